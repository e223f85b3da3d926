package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"briefsmith/briefs"
)

// Labelled is one hand-written article whose paragraphs are known to belong
// to What Happened, Why It Matters or What's Next, in two versions: as
// written, with its headings, and with every heading and lead-in removed.
type Labelled struct {
	Name     string // file name without extension, e.g. "07-port-strike"
	Title    string
	Headed   LabelledText // the body as written
	Stripped LabelledText // the body without headings or lead-ins
}

// LabelledText is an article body with the true section of every byte of
// its paragraphs.
type LabelledText struct {
	Text   string
	Ranges []SectionRange // one per paragraph, in order
}

// SectionRange says that Text[Start:End] belongs to Section.
type SectionRange struct {
	Start, End int
	Section    briefs.Section
}

// Article returns the text as an article with the given title.
func (lt LabelledText) Article(name, title string) briefs.Article {
	return briefs.Article{Source: name, Title: title, Text: lt.Text}
}

// SectionOf returns the true section of the text that spans cover: the
// section holding most of their bytes. It reports false when the spans
// cover no labelled byte.
func (lt LabelledText) SectionOf(spans []briefs.Span) (briefs.Section, bool) {
	var bytes [len(briefs.Sections)]int
	for _, sp := range spans {
		for _, r := range lt.Ranges {
			if n := min(sp.End, r.End) - max(sp.Start, r.Start); n > 0 && int(r.Section) < len(bytes) {
				bytes[r.Section] += n
			}
		}
	}
	best, found := briefs.WhatHappened, false
	for _, sec := range briefs.Sections {
		if bytes[sec] > 0 && (!found || bytes[sec] > bytes[best]) {
			best, found = sec, true
		}
	}
	return best, found
}

// ParseLabelled reads a labelled article: a title line, a blank line, then
// paragraphs separated by blank lines. A paragraph that is a heading on its
// own ("Why it matters") opens a section, as does a lead-in ("What's next:
// …"); text before the first heading is What Happened.
func ParseLabelled(name, content string) (Labelled, error) {
	content = strings.ReplaceAll(content, "\r\n", "\n")
	title, body, _ := strings.Cut(strings.TrimLeft(content, "\n"), "\n")
	l := Labelled{Name: name, Title: strings.TrimSpace(title)}
	var headed, stripped textBuilder
	sec := briefs.WhatHappened
	for _, para := range paragraphs(body) {
		if s, ok := headingSection(para); ok {
			sec = s
			headed.add(para, sec)
			continue
		}
		text := para
		if s, at, ok := leadIn(para); ok {
			sec, text = s, para[at:]
		}
		headed.add(para, sec)
		stripped.add(text, sec)
	}
	l.Headed, l.Stripped = headed.done(), stripped.done()
	if l.Title == "" || len(l.Stripped.Ranges) == 0 {
		return l, fmt.Errorf("%s: no title or no body", name)
	}
	return l, nil
}

// LoadLabelled reads every dir/*.txt file in name order.
func LoadLabelled(dir string) ([]Labelled, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	var out []Labelled
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		l, err := ParseLabelled(strings.TrimSuffix(filepath.Base(p), ".txt"), string(data))
		if err != nil {
			return nil, err
		}
		out = append(out, l)
	}
	return out, nil
}

// paragraphs splits text at blank lines, trimming each paragraph and
// joining its lines with spaces.
func paragraphs(text string) []string {
	var out []string
	for _, chunk := range strings.Split(text, "\n\n") {
		if p := strings.Join(strings.Fields(chunk), " "); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// textBuilder joins paragraphs with blank lines, recording each one's range.
type textBuilder struct {
	sb     strings.Builder
	ranges []SectionRange
}

func (b *textBuilder) add(para string, sec briefs.Section) {
	if b.sb.Len() > 0 {
		b.sb.WriteString("\n\n")
	}
	start := b.sb.Len()
	b.sb.WriteString(para)
	b.ranges = append(b.ranges, SectionRange{Start: start, End: b.sb.Len(), Section: sec})
}

func (b *textBuilder) done() LabelledText {
	return LabelledText{Text: b.sb.String(), Ranges: b.ranges}
}
