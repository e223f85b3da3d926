package eml

import (
	"html"
	"regexp"
	"strings"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Story is one item of a newsletter.
type Story struct {
	Title string
	Link  string // its "Read more" link or the headline's link; "" when none
	HTML  string // a small page holding the headline and the story's paragraphs
}

// block is a run of text the eye reads as one piece: a paragraph, a
// heading, a list item or a table cell without blocks inside.
type block struct {
	text    string
	heading int    // 1 to 6, 0 when not a heading
	link    string // the first link inside
	more    bool   // whether it is a "Read more" link
	footer  bool   // unsubscribe lines and the like
}

// minStories is the fewest stories that make a newsletter worth
// splitting; one story is imported as the whole message.
const minStories = 2

// Stories splits a newsletter's HTML into its stories, or returns nil when
// it does not look like several stories. A story starts at a headline: the
// heading level (h1 to h3) used most often, at least twice; when there is
// no such level, a story ends at each "Read more" link and its first short
// line is its headline. Text before the first story (a greeting, "View in
// browser") and after a story's "Read more" link is left out, as are
// footer lines (unsubscribe, preferences).
func Stories(page string) []Story {
	doc, err := xhtml.Parse(strings.NewReader(page))
	if err != nil {
		return nil
	}
	var blocks []block
	collect(doc, &blocks)
	var stories []Story
	if level := headlineLevel(blocks); level > 0 {
		stories = byHeadings(blocks, level)
	} else {
		stories = byReadMore(blocks)
	}
	if len(stories) < minStories {
		return nil
	}
	return stories
}

// headlineLevel is the heading level from 1 to 3 used most often (at
// least minStories times), the higher level winning ties; 0 if none.
func headlineLevel(blocks []block) int {
	var count [4]int
	for _, b := range blocks {
		if b.heading >= 1 && b.heading <= 3 {
			count[b.heading]++
		}
	}
	best := 0
	for l := 1; l <= 3; l++ {
		if count[l] >= minStories && count[l] > count[best] {
			best = l
		}
	}
	return best
}

// byHeadings starts a story at each heading of the given level.
func byHeadings(blocks []block, level int) []Story {
	var stories []Story
	var cur *storyBuilder
	for _, b := range blocks {
		switch {
		case b.heading == level:
			if cur != nil {
				stories = cur.appendTo(stories)
			}
			cur = &storyBuilder{title: b.text, link: b.link}
		case cur != nil:
			cur.add(b)
		}
	}
	if cur != nil {
		stories = cur.appendTo(stories)
	}
	return stories
}

// byReadMore ends a story at each "Read more" link.
func byReadMore(blocks []block) []Story {
	var stories []Story
	cur := &storyBuilder{}
	for _, b := range blocks {
		if b.footer {
			continue
		}
		if cur.title == "" && !b.more && isHeadline(b.text) {
			cur.title, cur.link = b.text, b.link
			continue
		}
		cur.add(b)
		if b.more {
			if cur.title != "" {
				stories = cur.appendTo(stories)
			}
			cur = &storyBuilder{}
		}
	}
	return stories
}

// isHeadline reports whether s is short enough to be a headline.
func isHeadline(s string) bool {
	return len(strings.Fields(s)) <= 16 && !strings.HasSuffix(s, ".")
}

// storyBuilder gathers one story's blocks.
type storyBuilder struct {
	title, link string
	paras       []string
	closed      bool // a "Read more" link was seen: what follows is not the story
}

func (s *storyBuilder) add(b block) {
	switch {
	case s.closed || b.footer:
	case b.more:
		if b.link != "" {
			s.link = b.link
		}
		s.closed = true
	default:
		s.paras = append(s.paras, b.text)
	}
}

// appendTo adds the story to stories when it has text.
func (s *storyBuilder) appendTo(stories []Story) []Story {
	if len(s.paras) == 0 || s.title == "" {
		return stories
	}
	var b strings.Builder
	b.WriteString("<!doctype html><html><head><title>" + html.EscapeString(s.title) + "</title></head><body><article><h1>" + html.EscapeString(s.title) + "</h1>")
	for _, p := range s.paras {
		b.WriteString("<p>" + html.EscapeString(p) + "</p>")
	}
	b.WriteString("</article></body></html>")
	return append(stories, Story{Title: s.title, Link: s.link, HTML: b.String()})
}

var (
	readMore = regexp.MustCompile(`(?i)^(read|see) (more|on|the (full )?(story|article|report))\b|^continue reading\b|^full (story|article)\b|^more\b.*[›»→]$|^read\s*[›»→]$`)
	footer   = regexp.MustCompile(`(?i)unsubscribe|view (this email )?in (your )?browser|manage (your )?(preferences|subscription)|update your preferences|you (are )?received this|you're receiving this|forward (this|to a friend)|©|copyright`)
)

// blockTags are the elements that start a new block.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Blockquote: true, atom.Pre: true, atom.Table: true, atom.Tbody: true,
	atom.Thead: true, atom.Tr: true, atom.Td: true, atom.Th: true, atom.Section: true, atom.Article: true, atom.Header: true,
	atom.Footer: true, atom.Center: true, atom.Br: true, atom.Hr: true,
}

// skipTags hold no reading text.
var skipTags = map[atom.Atom]bool{atom.Head: true, atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Svg: true}

// collect appends the blocks under n in document order.
func collect(n *xhtml.Node, out *[]block) {
	var inline []*xhtml.Node
	flush := func() {
		if b, ok := makeBlock(inline, 0); ok {
			*out = append(*out, b)
		}
		inline = nil
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == xhtml.ElementNode && (skipTags[c.DataAtom] || hidden(c)):
		case c.Type == xhtml.ElementNode && (blockTags[c.DataAtom] || hasBlock(c)):
			flush()
			if hasBlock(c) {
				collect(c, out)
			} else if b, ok := makeBlock([]*xhtml.Node{c}, headingLevel(c)); ok {
				*out = append(*out, b)
			}
		case c.Type == xhtml.TextNode || c.Type == xhtml.ElementNode:
			inline = append(inline, c)
		}
	}
	flush()
}

// hasBlock reports whether any element under n starts a block.
func hasBlock(n *xhtml.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == xhtml.ElementNode && (blockTags[c.DataAtom] || hasBlock(c)) {
			return true
		}
	}
	return false
}

// hidden reports an element styled out of sight, such as a newsletter's
// preheader.
func hidden(n *xhtml.Node) bool {
	for _, a := range n.Attr {
		if a.Key == "style" {
			s := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			return strings.Contains(s, "display:none") || strings.Contains(s, "mso-hide:all")
		}
		if a.Key == "hidden" {
			return true
		}
	}
	return false
}

func headingLevel(n *xhtml.Node) int {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return int(n.Data[1] - '0')
	}
	return 0
}

// makeBlock turns nodes into a block of their text.
func makeBlock(nodes []*xhtml.Node, heading int) (block, bool) {
	var b strings.Builder
	var link string
	for _, n := range nodes {
		text(n, &b, &link)
	}
	s := strings.Join(strings.Fields(b.String()), " ")
	if s == "" {
		return block{}, false
	}
	blk := block{text: s, heading: heading, link: link}
	blk.more = readMore.MatchString(s) && len(strings.Fields(s)) <= 8
	blk.footer = footer.MatchString(s)
	return blk, true
}

// text writes the text under n and notes its first link.
func text(n *xhtml.Node, b *strings.Builder, link *string) {
	switch {
	case n.Type == xhtml.TextNode:
		b.WriteString(n.Data)
	case n.Type != xhtml.ElementNode || skipTags[n.DataAtom] || hidden(n):
		return
	case n.DataAtom == atom.A && *link == "":
		for _, a := range n.Attr {
			if a.Key == "href" && strings.HasPrefix(a.Val, "http") {
				*link = a.Val
			}
		}
	}
	if n.Type == xhtml.ElementNode && blockTags[n.DataAtom] {
		b.WriteByte(' ')
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		text(c, b, link)
	}
}
