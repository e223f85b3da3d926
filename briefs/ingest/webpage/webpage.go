// Package webpage extracts a news article from an HTML page. It decodes the
// page's character set (byte-order mark, then the HTTP Content-Type header,
// then <meta charset>; bytes that are valid UTF-8 are UTF-8), parses it,
// removes text a reader would not see, finds the main text with
// go-readability and reads the metadata (title, byline, site, canonical
// link, publication time, language).
package webpage

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"

	"codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"

	"briefsmith/briefs"
	"briefsmith/briefs/ingest/textclean"
)

// The ways Extract fails besides cancellation.
var (
	ErrNoText    = errors.New("no article text found on the page")
	ErrBadMarkup = errors.New("the HTML could not be read") // e.g. nested more than 512 deep
)

// Extract reads the article in an HTML page. contentType is the HTTP
// Content-Type header ("" for a local file); pageURL is where the page came
// from (nil for a local file) and is the fallback for Article.URL. Source is
// left for the caller to fill. When the page holds only a cookie notice, a
// subscription box or a login form, or too little text to be the article,
// the error is ErrCookieWall, ErrPaywall, ErrLoginPage or ErrTooShort (a
// *TooShortError) and the article comes back with what could be read, to
// show a person; it must not be summarised. Extraction cannot be interrupted midway, so
// ctx is checked between its steps.
func Extract(ctx context.Context, body []byte, contentType string, pageURL *url.URL) (briefs.Article, error) {
	page := Decode(body, contentType)
	if countElements(page).tooCostly(len(page)) {
		return extractFlat(ctx, page, body, pageURL)
	}
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return briefs.Article{}, fmt.Errorf("%w (%v)", ErrBadMarkup, err)
	}
	RemoveHidden(doc)
	meta := readMeta(doc, pageURL)
	removeFurniture(doc)
	unlinkProse(doc)
	if err := ctx.Err(); err != nil {
		return briefs.Article{}, err
	}
	ra, err := readability.FromDocument(doc, pageURL)
	if err != nil {
		ra = readability.Article{}
	}
	if err := ctx.Err(); err != nil {
		return briefs.Article{}, err
	}
	if ra.Node != nil {
		removeLinkLists(ra.Node)
		markQuotations(ra.Node)
	}
	a := meta.article(ra)
	return finish(a, dropRepeatedMeta(mainText(ra, doc), a, meta.h1s), body, hasPasswordField(doc))
}

// extractFlat reads a page too costly for a tree straight
// from the tokenizer (see flatText).
func extractFlat(ctx context.Context, page string, body []byte, pageURL *url.URL) (briefs.Article, error) {
	meta, text, password := flatText(page)
	if err := ctx.Err(); err != nil {
		return briefs.Article{}, err
	}
	meta.pageURL = pageURL
	a := meta.article(readability.Article{})
	return finish(a, dropRepeatedMeta(textclean.JoinLines(textclean.Clean(text)), a, meta.h1s), body, password)
}

// finish checks the text read from the page for walls, removes the
// furniture paragraphs and sets it as a's text; an empty text, a wall and
// a text too short to be the article are errors.
func finish(a briefs.Article, text string, body []byte, password bool) (briefs.Article, error) {
	if text == "" {
		return briefs.Article{}, ErrNoText
	}
	if err := checkWalls(text, body, password); err != nil {
		a.Text = text
		return a, err
	}
	a.Text = spaceAfterWireTag(dropCitationMarks(dropTweetButtons(dropInnerRepeats(dropFurnitureParagraphs(text)))))
	if a.Published.IsZero() {
		a.Published = datelineDate(a.Text)
	}
	if n := countWords(a.Text); n < minWords && len(body) >= minPageBytes {
		return a, &TooShortError{Words: n}
	}
	return a, nil
}

// datelinePattern matches a date that opens an article's text as a wire
// dateline does ("Feb. 23, 2015 -- Life-threatening peanut allergies …",
// "March 3, 2021 — …").
var datelinePattern = regexp.MustCompile(`^(` + shortMonthPattern + `) (\d{1,2}), (\d{4}) ?(?:--|—|–|-) `)

// datelineDate is the day a dateline opening text names, for a page whose
// markup states no date; the zero time when there is none.
func datelineDate(text string) time.Time {
	m := datelinePattern.FindStringSubmatch(text)
	if m == nil {
		return time.Time{}
	}
	month := strings.TrimSuffix(m[1], ".")
	if len(month) > 3 {
		month = month[:3]
	}
	t, err := time.Parse("Jan 2 2006", month+" "+m[2]+" "+m[3])
	if err != nil {
		return time.Time{}
	}
	return t
}

// wireTag matches an agency's tag glued to the word after it, as pages
// that set the tag in its own element print it: "(CNN)President …".
var wireTag = regexp.MustCompile(`\((CNN(?: Business| Money| Politics| Sport| Travel| Style)?|AP|AFP|UPI|Reuters|Bloomberg|dpa|PA|AAP|Xinhua|KUNA|IANS|PTI|ANI|EFE|Yonhap|Kyodo)\)(\p{Lu})`)

// spaceAfterWireTag puts a space between a wireTag and the word after it.
func spaceAfterWireTag(text string) string {
	if !strings.Contains(text, ")") {
		return text
	}
	return wireTag.ReplaceAllString(text, "($1) $2")
}

// tweetButton matches a "Click To Tweet" button's label glued to the end
// of the pull quote it shares.
var tweetButton = regexp.MustCompile(`([.!?"”'’])Click [Tt]o [Tt]weet\b`)

// dropTweetButtons removes tweetButton labels from text.
func dropTweetButtons(text string) string {
	if !strings.Contains(text, "weet") {
		return text
	}
	return tweetButton.ReplaceAllString(text, "$1")
}

// citationMark matches a reference-list marker glued to the word before
// it, as encyclopaedias print them: "in 1998.[23]", "US$1,000[4]".
var citationMark = regexp.MustCompile(`([^\s\[])\[(\d{1,3}|citation needed)\]`)

// dropCitationMarks removes the markers citationMark matches.
func dropCitationMarks(text string) string {
	return citationMark.ReplaceAllString(text, "$1")
}

// Decode returns the page as UTF-8 text, choosing the character set from a
// byte-order mark, then contentType's charset, then a <meta> declaration in
// the first 1024 bytes; undeclared bytes that are valid UTF-8 are UTF-8
// (so are valid UTF-8 bytes labelled Latin-1 or Windows-1252, a common
// mislabelling), and anything else is Windows-1252. The result is cleaned
// with textclean.Clean.
func Decode(body []byte, contentType string) string {
	_, name, _ := charset.DetermineEncoding(body, contentType)
	return textclean.Clean(textclean.DecodeLabel(body, name))
}

// mainText renders the article readability found, one paragraph per block
// element (headings included); when it found nothing, the whole body's text.
func mainText(ra readability.Article, doc *html.Node) string {
	var b bytes.Buffer
	if ra.Node == nil || ra.RenderText(&b) != nil || strings.TrimSpace(b.String()) == "" {
		b.Reset()
		if body := findElement(doc, "body"); body != nil {
			b.WriteString(render.InnerText(body))
		}
	}
	return textclean.JoinLines(textclean.Clean(b.String()))
}

// dropRepeatedMeta removes leading paragraphs that only repeat the title,
// a heading of the page (headings: its <h1>s, when the title is another),
// the author credit or the site's name, which readability sometimes leaves
// in the text.
func dropRepeatedMeta(text string, a briefs.Article, headings []string) string {
	for {
		first, rest, _ := strings.Cut(text, "\n\n")
		if !repeatsMeta(first, a, headings) || rest == "" {
			return text
		}
		text = rest
	}
}

func repeatsMeta(para string, a briefs.Article, headings []string) bool {
	if a.Title != "" && strings.EqualFold(para, a.Title) || a.Site != "" && strings.EqualFold(para, a.Site) {
		return true
	}
	for _, h := range headings {
		if h = tidy(h); h != "" && strings.EqualFold(para, h) {
			return true
		}
	}
	credit := strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(para, "By "), "by "))
	return a.Byline != "" && strings.EqualFold(credit, a.Byline)
}

// findElement returns the first element named tag in n's tree, or nil.
func findElement(n *html.Node, tag string) *html.Node {
	var found *html.Node
	walk(n, func(e *html.Node) bool {
		if found == nil && e.Type == html.ElementNode && e.Data == tag {
			found = e
		}
		return found == nil
	})
	return found
}

// walk calls visit for n and, while visit returns true, its descendants in
// document order. It uses an explicit stack so deep trees cannot overflow.
func walk(n *html.Node, visit func(*html.Node) bool) {
	stack := []*html.Node{n}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if !visit(n) {
			continue
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
}
