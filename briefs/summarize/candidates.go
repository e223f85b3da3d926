package summarize

import (
	"context"
	"strings"

	"briefsmith/briefs/summarize/roles"
	"briefsmith/briefs/summarize/sentences"
)

// Caps on how many sentences are kept as candidates, so that the cost of
// ranking does not grow with the article: sentences before or under
// unrecognised headings, and sentences under each recognised section.
// The body's cap is high enough for a long feature's closing paragraphs,
// where its next steps often stand (150 cut a 5,000-word Slate feature
// before "Then, in 2021, Tor will publish …"); ranking 300 sentences
// takes about 20 ms.
const (
	maxBodyCandidates    = 300
	maxSectionCandidates = 40
)

// wireDatelineReach is how many opening sentences a wire dateline in
// capitals is trimmed from: the lead, or the sentence or two after a
// headline or stamp the extractor kept.
const wireDatelineReach = 3

// sentence is one candidate sentence of the article.
type sentence struct {
	start, end int    // byte span in the article text
	text       string // the span's text with runs of white space collapsed
	label      label  // the heading it sits under
	block      int    // index of its logical paragraph in document.blocks
	inPart     int    // position among the sentences since the last heading
}

// document is an article broken into labelled candidate sentences.
type document struct {
	text     string
	blocks   []block
	sents    []sentence
	sections [3]bool // which sections the article heads itself
}

// anyHeaded reports whether the article has any recognised section heading.
func (d *document) anyHeaded() bool {
	return d.sections[0] || d.sections[1] || d.sections[2]
}

// parseDocument splits text into blocks, follows its headings and lead-ins,
// and collects the candidate sentences under each. A text made only of
// heading-like lines (a dateline, a caption) is read again as plain
// sentences, so that it still gets a summary.
func parseDocument(ctx context.Context, text string) (*document, error) {
	d, err := parseBlocks(ctx, text, true)
	if err != nil || len(d.sents) > 0 {
		return d, err
	}
	return parseBlocks(ctx, text, false)
}

// parseBlocks is parseDocument with heading detection on or off.
func parseBlocks(ctx context.Context, text string, headings bool) (*document, error) {
	d := &document{text: text, blocks: splitParagraphs(text)}
	p := parser{doc: d, label: labelNone, headings: headings}
	for i, b := range d.blocks {
		if i%256 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		p.visit(i, b)
	}
	return d, nil
}

// parser carries the state of parseDocument from one block to the next.
type parser struct {
	doc      *document
	headings bool               // whether to look for headings and lead-ins at all
	label    label              // set by the last heading or lead-in
	inPart   int                // sentences kept since the last heading
	counts   [labelNext + 1]int // sentences kept under each label
}

// visit handles one block: a heading changes the current label, any other
// block contributes its sentences.
func (p *parser) visit(i int, b block) {
	line := p.doc.text[b.start:b.end]
	if !p.headings {
		p.addSentences(i, b.start, b.end, labelNone)
		return
	}
	if !strings.Contains(line, "\n") {
		if l, ok := headingLabel(line); ok {
			p.setHeading(l)
			return
		}
	}
	l, off := p.blockLabel(line)
	p.addSentences(i, b.start+off, b.end, l)
}

// setHeading starts a new stretch of text under label l.
func (p *parser) setHeading(l label) {
	p.label = l
	p.inPart = 0
	if sec, ok := l.section(); ok {
		p.doc.sections[sec] = true
	}
}

// blockLabel returns the label of a body block and how many bytes of
// lead-in to skip. A lead-in ("Why it matters: …") works like a heading:
// it labels its own paragraph and those after it, up to the next heading.
func (p *parser) blockLabel(line string) (label, int) {
	if l, body, ok := leadIn(line); ok {
		p.setHeading(l)
		return l, body
	}
	return p.label, 0
}

// addSentences splits text[start:end] into sentences and keeps those that
// fit under the candidate cap of label l.
func (p *parser) addSentences(blockIdx, start, end int, l label) {
	if p.full(l) {
		return
	}
	text := p.doc.text
	for k, s := range sentences.Split(text[start:end]) {
		st, en := trimRange(text, start+s.Start, start+s.End)
		if k == 0 && opensFactbox(text[st:en]) {
			return // "Coverage: Live coverage of … Live text on BBC Sport website"
		}
		if !hasWordChar(text[st:en]) || isBoilerplate(text[st:en]) || p.full(l) {
			continue
		}
		st += bulletLength(text[st:en])
		if k == 0 {
			st += numberLength(text[st:en])
		}
		switch n := len(p.doc.sents); {
		case n == 0:
			st += datelineLength(text[st:en])
		case n < wireDatelineReach:
			st += wireDatelineLength(text[st:en])
		}
		p.doc.sents = append(p.doc.sents, sentence{
			start: st, end: en, text: collapseSpace(text[st:en]), label: l,
			block: blockIdx, inPart: p.inPart,
		})
		p.inPart++
		p.counts[l]++
	}
}

// full reports whether label l has reached its candidate cap.
func (p *parser) full(l label) bool {
	if l == labelNone || l == labelOther {
		return p.counts[labelNone]+p.counts[labelOther] >= maxBodyCandidates
	}
	return p.counts[l] >= maxSectionCandidates
}

// hasWordChar reports whether s holds at least one letter or digit.
func hasWordChar(s string) bool {
	return strings.IndexFunc(s, isWordRune) >= 0
}

// collapseSpace replaces every run of white space in s by one space.
func collapseSpace(s string) string {
	if !needsCollapse(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// needsCollapse reports whether s has white space that collapseSpace
// must change: two spaces in a row, a tab or line break, or a no-break
// space. One pass over the bytes: most sentences have none.
func needsCollapse(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n', '\r', '\t':
			return true
		case ' ':
			if i+1 < len(s) && s[i+1] == ' ' {
				return true
			}
		case 0xC2: // U+00A0 is C2 A0 in UTF-8
			if i+1 < len(s) && s[i+1] == 0xA0 {
				return true
			}
		}
	}
	return false
}

// Candidate is a sentence the summariser reads: its byte span in the text,
// its text with white space collapsed, the paragraph it stands in, and
// whether a section heading of the article claims it.
type Candidate struct {
	Start, End int
	Text       string
	Para       int
	Headed     bool
}

// Candidates returns the candidate sentences of text in order, exactly as
// the summariser reads them (page furniture dropped, datelines trimmed).
// Training and evaluation use it to line labels up with what the
// summariser sees.
func Candidates(text string) []Candidate {
	d, err := parseDocument(context.Background(), text)
	if err != nil {
		return nil // parseDocument fails only when its context is cancelled
	}
	out := make([]Candidate, len(d.sents))
	for i, s := range d.sents {
		_, headed := s.label.section()
		out[i] = Candidate{Start: s.start, End: s.end, Text: s.text, Para: s.block, Headed: headed}
	}
	return out
}

// RoleInputs turns candidates into what the role classifier reads: the
// sentences no heading claims, in order. idx maps each input back to its
// candidate.
func RoleInputs(cands []Candidate) (in []roles.Sentence, idx []int) {
	for i, c := range cands {
		if !c.Headed {
			in = append(in, roles.Sentence{Text: c.Text, Para: c.Para})
			idx = append(idx, i)
		}
	}
	return in, idx
}
