package factcheck

import (
	"strings"
	"time"

	"briefsmith/briefs"
)

// sourceAmount is a number found in the article, with its currency if any.
type sourceAmount struct {
	value    float64
	currency string
}

// index is what the article supports: its numbers, dates, words and folded
// text.
type index struct {
	amounts  []sourceAmount
	months   map[time.Month]bool
	days     map[[2]int]bool // month, day
	weekdays map[time.Weekday]bool
	words    map[string]bool
	folded   string // foldText of the whole source, padded with spaces
}

// newIndex indexes the article's text and metadata.
func newIndex(a briefs.Article) *index {
	ix := &index{
		months: map[time.Month]bool{}, days: map[[2]int]bool{},
		weekdays: map[time.Weekday]bool{}, words: map[string]bool{},
	}
	var folded []string
	for _, field := range []string{a.Title, a.Byline, a.Site, a.Text} {
		ix.addText(field)
		folded = append(folded, foldText(field))
	}
	ix.folded = " " + strings.Join(folded, " ") + " "
	if !a.Published.IsZero() {
		ix.addDate(a.Published)
	}
	return ix
}

// addText records the claims and words of one field of the article.
func (ix *index) addText(text string) {
	for _, c := range extractClaims(text, false) {
		ix.addClaim(c)
	}
	for _, t := range tokenize(text) {
		if t.kind != tokWord {
			continue
		}
		ix.addWord(t.text)
		if v, ok := wordNumber(t.text, numberWords); ok {
			ix.amounts = append(ix.amounts, sourceAmount{value: v})
		}
		if v, ok := sourceOnlyWords[strings.ToLower(t.text)]; ok {
			ix.amounts = append(ix.amounts, sourceAmount{value: v})
		}
	}
}

// addWord records a word, and each part of a hyphenated word.
func (ix *index) addWord(w string) {
	f := foldWord(w)
	ix.words[f] = true
	if strings.Contains(f, "-") {
		for _, part := range strings.Split(f, "-") {
			ix.words[part] = true
		}
	}
}

// addClaim records the numbers and dates of one claim of the source.
func (ix *index) addClaim(c claim) {
	switch c.kind {
	case kindNumber, kindMoney:
		ix.amounts = append(ix.amounts, sourceAmount{c.amount.value, c.currency}, sourceAmount{c.raw, c.currency})
	case kindDate:
		ix.addDateClaim(c)
	}
}

// addDateClaim records a month, day, year or weekday of the source.
func (ix *index) addDateClaim(c claim) {
	if c.isDay {
		ix.weekdays[c.weekday] = true
	}
	if c.month != 0 {
		ix.months[c.month] = true
	}
	if c.day != 0 {
		ix.days[[2]int{int(c.month), c.day}] = true
		ix.amounts = append(ix.amounts, sourceAmount{value: float64(c.day)})
	}
	if c.year != 0 {
		ix.amounts = append(ix.amounts, sourceAmount{value: float64(c.year)})
	}
}

// addDate records a date from the article's metadata.
func (ix *index) addDate(t time.Time) {
	ix.addDateClaim(claim{kind: kindDate, month: t.Month(), day: t.Day(), year: t.Year(), weekday: t.Weekday(), isDay: true})
}

// supports reports whether the article backs claim c.
func (ix *index) supports(c claim) bool {
	switch c.kind {
	case kindNumber:
		return ix.hasAmount(c.amount, "")
	case kindMoney:
		return ix.hasAmount(c.amount, c.currency)
	case kindDate:
		return ix.hasDate(c)
	case kindName:
		return ix.hasName(c.words)
	case kindQuote:
		return ix.hasQuote(c.parts)
	}
	return true
}

// hasAmount reports whether a source number matches a; with a currency, the
// source number must be in that currency or in none.
func (ix *index) hasAmount(a amount, currency string) bool {
	for _, s := range ix.amounts {
		if currency != "" && s.currency != "" && s.currency != currency {
			continue
		}
		if a.matches(s.value) {
			return true
		}
	}
	return false
}

// hasDate reports whether every part of a date claim is in the source.
func (ix *index) hasDate(c claim) bool {
	switch {
	case c.isDay && !ix.weekdays[c.weekday]:
		return false
	case c.month != 0 && !ix.months[c.month]:
		return false
	case c.day != 0 && !ix.days[[2]int{int(c.month), c.day}]:
		return false
	case c.year != 0 && !ix.hasAmount(amount{value: float64(c.year)}, ""):
		return false
	}
	return true
}

// aliases are common short forms of names an article may spell out.
var aliases = map[string][]string{
	"us": {"united states", "america", "american"}, "usa": {"united states", "america"},
	"uk": {"united kingdom", "britain", "british"}, "eu": {"european union"},
	"un": {"united nations"}, "nato": {"north atlantic treaty organization"},
}

// hasName reports whether each word of a name is in the source, allowing
// "Chinese" for "China", similar adjectives of place, and "US" for
// "United States".
func (ix *index) hasName(words []string) bool {
	if ix.hasShortForm(strings.Join(words, " ")) {
		return true
	}
	for _, w := range words {
		if !ix.words[w] && !ix.hasDemonym(w) && !ix.hasAlias(w) {
			return false
		}
	}
	return true
}

// hasShortForm reports whether the source uses a short form of the long
// name ("U.S." for "United States").
func (ix *index) hasShortForm(long string) bool {
	for short, longs := range aliases {
		for _, l := range longs {
			if l == long && ix.words[short] {
				return true
			}
		}
	}
	return false
}

// hasAlias reports whether the source spells out the short form w.
func (ix *index) hasAlias(w string) bool {
	for _, long := range aliases[w] {
		if strings.Contains(ix.folded, " "+long+" ") {
			return true
		}
	}
	return false
}

// demonymEndings end adjectives of place: "Russian", "Chinese", "British".
var demonymEndings = []string{"an", "ese", "ish", "i", "ch"}

// hasDemonym reports whether w looks like an adjective of place whose first
// four letters begin a word of the source ("German" for "Germany").
func (ix *index) hasDemonym(w string) bool {
	if len(w) < 5 || !hasAnySuffix(w, demonymEndings) {
		return false
	}
	for s := range ix.words {
		if len(s) >= 4 && strings.HasPrefix(s, w[:4]) {
			return true
		}
	}
	return false
}

// hasQuote reports whether every fragment of a quotation is in the source.
func (ix *index) hasQuote(parts []string) bool {
	for _, p := range parts {
		if !strings.Contains(ix.folded, " "+p+" ") {
			return false
		}
	}
	return true
}

func hasAnySuffix(s string, suffixes []string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}
