package summarize

import (
	"strings"
	"unicode/utf8"

	"briefsmith/briefs"
)

// Quotations shorter or longer than these word counts are not key quotes:
// short ones are scare quotes or titles, long ones whole passages.
const (
	minQuoteWords = 6
	maxQuoteWords = 60
)

// maxQuoteScan bounds how many bytes of paragraphs are searched for quotes.
const maxQuoteScan = 200_000

// quotation is a direct quotation found in the article.
type quotation struct {
	start, end int    // byte span of the words inside the quote marks
	speaker    string // as written: a name, a description or a pronoun
	named      string // the last name mentioned before it in its paragraph
	block      int    // the paragraph it stands in
	score      float64
}

// keyQuote returns the most newsworthy direct quotation with a speaker, or
// nil when the article has none. A quotation inside one of the points
// already chosen (points, as spans), or whose words a point repeats
// elsewhere (a pull quote), would only repeat it, and one that reads as a
// broken-off fragment or is the title of a book, film or song (see
// isTitle) says nothing on its own: none of them is used.
func keyQuote(d *document, r *ranking, points []briefs.Span) *briefs.Quote {
	var best *quotation
	lastSpeaker, lastBlock := "", 0
	for _, q := range findQuotations(d) {
		previous := lastSpeaker
		if q.block-lastBlock > lookBack {
			previous = "" // "…," he said, five paragraphs and a new person later, is someone else
		}
		q.speaker = resolveSpeaker(q.speaker, q.named, previous)
		if q.speaker == "" {
			continue
		}
		lastSpeaker, lastBlock = q.speaker, q.block
		if words := d.text[q.start:q.end]; insideAny(q, points) || repeatsAny(d.text, words, points) ||
			isBrokenFragment(words) || isTitle(words) {
			continue
		}
		q.score = quoteScore(d, r, q)
		if best == nil || q.score > best.score {
			qq := q
			best = &qq
		}
	}
	if best == nil {
		return nil
	}
	return &briefs.Quote{Text: quoteText(d.text[best.start:best.end]), Speaker: fullSpeaker(withoutPossessive(best.speaker), d.text)}
}

// findQuotations lists the quotations of the paragraphs that hold candidate
// sentences, in order, with their speakers as written (possibly a pronoun).
func findQuotations(d *document) []quotation {
	var out []quotation
	scanned, lastBlock := 0, -1
	carry := "" // the speaker of a quotation that runs on into the next paragraph
	for _, s := range d.sents {
		if s.block == lastBlock || scanned > maxQuoteScan {
			continue
		}
		if s.block != lastBlock+1 {
			carry = ""
		}
		lastBlock = s.block
		b := d.blocks[s.block]
		scanned += b.end - b.start
		qs, runsOn := quotationsIn(d.text, b.start, b.end)
		for k := range qs {
			q := &qs[k]
			q.block = s.block
			if k == 0 && q.speaker == "" && q.start-b.start <= 3 {
				q.speaker = carry
			}
			if (pronouns[strings.ToLower(q.speaker)] || isPersonDescription(q.speaker)) && q.named == "" {
				q.named = speakerNamedBefore(d, s.block)
			}
		}
		carry = runsOn
		out = append(out, qs...)
	}
	return out
}

// lookBack is how many paragraphs before a quotation are searched for the
// person its pronoun stands for.
const lookBack = 3

// speakerNamedBefore is the person last said to speak ("Bob Young said …")
// in the few paragraphs before block, or "": a quotation that opens its
// paragraph with "…," he said stands for that person. When the paragraph
// right before says nobody spoke but opens its last sentence with a
// person ("Mr Storm is enthusiastic about …"), the pronoun stands for them.
func speakerNamedBefore(d *document, block int) string {
	for b := block - 1; b >= 0 && b >= block-lookBack; b-- {
		para := d.text[d.blocks[b].start:d.blocks[b].end]
		if name := lastSpeechSubject(tail(para, speakerContext)); name != "" {
			return name
		}
		if b == block-1 {
			if name := openingSubject(lastSentence(tail(para, speakerContext))); name != "" {
				return name
			}
		}
	}
	return ""
}

// speakerContext bounds how much text around a quotation is searched for
// its speaker, so that a paragraph of many quotations stays linear.
const speakerContext = 400

// quotationsIn finds quotations in text[start:end] marked by curly double
// quotes, by pairs of straight double quotes, or by curly single quotes
// (British style) that open at the start of a word. runsOn is the speaker
// of a quotation left open at the paragraph's end, as one that continues
// in the next paragraph is ("" when there is none).
func quotationsIn(text string, start, end int) (out []quotation, runsOn string) {
	para := text[start:end]
	for i := 0; i < len(para); {
		closer, width := quoteOpen(para, i)
		if closer == "" {
			i++
			continue
		}
		inner := i + width
		closeAt := quoteClose(para[inner:], closer)
		unclosed := closeAt < 0
		if unclosed {
			// A quotation that runs on into the next paragraph leaves its
			// paragraph open at a sentence's end.
			if !endsSentence(para) {
				break
			}
			closeAt = len(strings.TrimRight(para[inner:], " \n"))
		}
		after := min(inner+closeAt+len(closer), len(para))
		speaker := speakerOf(tail(para[:i], speakerContext), head(para[after:], speakerContext))
		if unclosed {
			runsOn = speaker
		}
		if n := len(strings.Fields(para[inner : inner+closeAt])); n >= minQuoteWords && n <= maxQuoteWords {
			out = append(out, quotation{
				start: start + inner, end: start + inner + closeAt, speaker: speaker,
				named: lastName(withoutQuoted(tail(para[:i], speakerContext))),
			})
		}
		i = after
	}
	return out, runsOn
}

// quoteOpen reports whether para has an opening quote mark at byte i: it
// returns the matching closing mark and the opening mark's width, or "".
func quoteOpen(para string, i int) (string, int) {
	s := para[i:]
	switch {
	case strings.HasPrefix(s, "“"):
		return "”", len("“")
	case strings.HasPrefix(s, "«"): // French, Spanish, Russian
		return "»", len("«")
	case strings.HasPrefix(s, "„"): // German, Czech, Polish
		return "“", len("„")
	case strings.HasPrefix(s, "\""):
		return "\"", 1
	case strings.HasPrefix(s, "‘") && (i == 0 || strings.ContainsRune(" (\n—–", lastRune(para[:i]))):
		return "’", len("‘")
	}
	return "", 0
}

// quoteClose finds the closing mark closer in s and returns its offset, or
// -1. A curly single quote closes only where no letter follows, so the
// apostrophe of "don’t" does not end a quotation.
func quoteClose(s, closer string) int {
	for from := 0; from < len(s); {
		i := strings.Index(s[from:], closer)
		if i < 0 {
			return -1
		}
		at := from + i
		if closer != "’" || !nextIsLetter(s, at+len(closer)) {
			return at
		}
		from = at + len(closer)
	}
	return -1
}

// head returns at most n bytes from the start of s, tail at most n bytes
// from its end; either may split a rune, which the word scanners tolerate.
func head(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// tail returns at most n bytes from the end of s.
func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

// lastRune returns the last rune of s.
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// quoteScore weighs a quotation by the importance of the sentence it opens
// in and by its length, which favours a full statement over a fragment.
func quoteScore(d *document, r *ranking, q quotation) float64 {
	score := 0.0
	for i, s := range d.sents {
		if s.start <= q.start && q.start < s.end+2 {
			score = r.score[i]
			break
		}
	}
	words := len(strings.Fields(collapseSpace(d.text[q.start:q.end])))
	if words >= 10 && words <= 35 {
		score += 0.5
	}
	return score
}

// insideAny reports whether q overlaps one of spans.
func insideAny(q quotation, spans []briefs.Span) bool {
	for _, sp := range spans {
		if q.start < sp.End && sp.Start < q.end {
			return true
		}
	}
	return false
}

// repeatsAny reports whether the words of a quotation and the text of one
// of points hold the same words (one within the other), ignoring case and
// punctuation: a pull quote repeats the paragraph it was lifted from.
func repeatsAny(text, words string, points []briefs.Span) bool {
	q := plainWords(words)
	if strings.Count(q, " ")+1 < minQuoteWords {
		return false
	}
	for _, sp := range points {
		if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
			continue
		}
		p := plainWords(text[sp.Start:sp.End])
		long := strings.Count(p, " ")+1 >= minQuoteWords
		if strings.Contains(" "+p+" ", " "+q+" ") || long && strings.Contains(" "+q+" ", " "+p+" ") {
			return true
		}
	}
	return false
}

// plainWords is s in lower case with only its letters and digits, its
// words joined by single spaces.
func plainWords(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !isWordRune(r) && r != '\''
	}), " ")
}

// fragmentStarts are words a quotation cannot start with and still read
// as a statement of its own: it was cut from the middle of a clause.
var fragmentStarts = setOf(`and but or nor so that which who whom whose to of for with by from as
than then because if`)

// isBrokenFragment reports whether a quotation is a piece of a sentence that
// does not stand alone: it starts in lower case with a joining word
// ("and the rest…"), or ends on one.
func isBrokenFragment(s string) bool {
	words := strings.Fields(strings.ToLower(strings.Trim(s, " ,;:—–-…")))
	if len(words) == 0 {
		return true
	}
	first := strings.Trim(words[0], "'‘’\"“”(")
	last := strings.Trim(words[len(words)-1], ".,;:!?'‘’\"“”)")
	return !startsUpper(strings.TrimLeft(s, " '‘’\"“”(")) && fragmentStarts[first] || fragmentStarts[last]
}

// isTitle reports whether quoted words are a title in title case ("A
// Paradise Built in Hell: The Extraordinary Communities…"), not speech:
// at least three of the words after the first are longer than three
// letters, and 80 % of those start with a capital.
func isTitle(s string) bool {
	long, capital := 0, 0
	for i, w := range strings.Fields(s) {
		w = strings.Trim(w, "'‘’\"“”(),.:;!?")
		if i == 0 || len(w) <= 3 {
			continue
		}
		long++
		if startsUpper(w) {
			capital++
		}
	}
	return long >= 3 && capital*5 >= long*4
}

// quoteText tidies the words of a quotation: white space collapsed and a
// trailing comma (from `"…," she said`) dropped, also when a quotation
// within it closes after the comma (`"…‘The end,’" she said`).
func quoteText(s string) string {
	s = strings.TrimRight(strings.TrimSpace(collapseSpace(s)), ", ")
	inner := strings.TrimRight(s, "'‘’\"“”")
	if closers := s[len(inner):]; closers != "" && strings.HasSuffix(inner, ",") {
		return strings.TrimRight(inner, ", ") + closers
	}
	return s
}
