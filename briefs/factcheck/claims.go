package factcheck

import (
	"strings"
	"time"
)

// The kinds of claim, as used in briefs.Flag.Kind.
const (
	kindNumber = "number"
	kindMoney  = "money"
	kindDate   = "date"
	kindName   = "name"
	kindQuote  = "quote"
)

// claim is one checkable fact found in a text.
type claim struct {
	kind  string
	text  string // as written
	start int    // byte offset in the text it came from, for ordering

	amount   amount  // number, money, year
	raw      float64 // the number before any scale word ("3.5" of "3.5 billion")
	currency string  // money: ISO code

	month   time.Month // date: 0 when absent
	day     int        // date: 0 when absent
	year    int        // date: 0 when absent
	weekday time.Weekday
	isDay   bool // date: a weekday name

	words []string // name: its significant words, folded
	parts []string // quote: folded fragments between ellipses
}

// extractor walks the tokens of one text, marking those a claim has used.
type extractor struct {
	text   string
	toks   []token
	used   []bool
	claims []claim
}

// extractClaims finds the numbers, amounts, dates, names (when withNames and
// the text is not in title case) and quotations in text.
func extractClaims(text string, withNames bool) []claim {
	toks := tokenize(text)
	e := &extractor{text: text, toks: toks, used: make([]bool, len(toks))}
	e.dates()
	e.numbers()
	e.years()
	if withNames && !isTitleCase(toks) {
		e.names()
	}
	e.claims = append(e.claims, quoteClaims(text)...)
	return e.claims
}

// add records a claim spanning tokens from..to (inclusive) and marks them used.
func (e *extractor) add(c claim, from, to int) {
	c.start = e.toks[from].start
	c.text = e.text[c.start:e.toks[to].end]
	for k := from; k <= to; k++ {
		e.used[k] = true
	}
	e.claims = append(e.claims, c)
}

// free reports whether token i exists and no claim has used it yet.
func (e *extractor) free(i int) bool {
	return i >= 0 && i < len(e.toks) && !e.used[i]
}

// dates finds "3 March", "March 3rd, 2025", "March 2025", "in May" and
// weekday names.
func (e *extractor) dates() {
	for i := range e.toks {
		if !e.free(i) {
			continue
		}
		if d, ok := weekdayAt(e.toks, i); ok {
			e.add(claim{kind: kindDate, weekday: d, isDay: true}, i, i)
			continue
		}
		m, ok := monthAt(e.toks, i)
		if !ok {
			continue
		}
		c, from, to := claim{kind: kindDate, month: m}, i, i
		if e.free(i - 1) {
			if d, ok := dayNumber(e.toks[i-1]); ok {
				c.day, from = d, i-1
			}
		}
		if c.day == 0 && e.free(i+1) {
			if d, ok := dayNumber(e.toks[i+1]); ok {
				c.day, to = d, i+1
			}
		}
		to = e.yearAfter(&c, to)
		e.add(c, from, to)
	}
}

// yearAfter extends a date ending at token to with a following year,
// optionally after a comma, and returns the new last token.
func (e *extractor) yearAfter(c *claim, to int) int {
	next := to + 1
	if e.free(next) && e.toks[next].text == "," {
		next++
	}
	if e.free(next) {
		if y, ok := yearNumber(e.toks[next]); ok {
			c.year = y
			c.amount = amount{value: float64(y), unit: 1, roundedTo: 1}
			return next
		}
	}
	return to
}

// years turns lone years and decades ("2025", "1990s") into date claims.
func (e *extractor) years() {
	for i := range e.toks {
		if !e.free(i) {
			continue
		}
		if y, ok := yearNumber(e.toks[i]); ok {
			e.add(claim{kind: kindDate, year: y, amount: amount{value: float64(y), unit: 1, roundedTo: 1}}, i, i)
		}
	}
}

// numbers finds plain numbers, percentages, amounts of money and spelled-out
// numbers.
func (e *extractor) numbers() {
	for i := range e.toks {
		if !e.free(i) {
			continue
		}
		t := e.toks[i]
		switch {
		case t.kind == tokSymbol && currencies[t.text] != "" && e.free(i+1) && e.toks[i+1].kind == tokNumber:
			e.number(i+1, i, currencies[t.text])
		case t.kind == tokNumber:
			if _, isYear := yearNumber(t); isYear && !e.scaleAfter(i) {
				continue // left for years()
			}
			e.number(i, i, e.currencyCodeBefore(i))
		case t.kind == tokWord:
			e.spelledNumber(i)
		}
	}
}

// number records the number at token i, with any scale and currency, as a
// claim starting at token from.
func (e *extractor) number(i, from int, currency string) {
	t := e.toks[i]
	a, ok := parseDigits(t.digits)
	if !ok {
		e.used[i] = true
		return
	}
	c := claim{kind: kindNumber, raw: a.value, currency: currency}
	to := i
	if f, ok := scales[strings.ToLower(t.suffix)]; ok {
		a = a.scaled(f)
	} else if e.scaleAfter(i) {
		to = i + 1
		a = a.scaled(scales[strings.ToLower(e.toks[to].text)])
	}
	to = e.unitAfter(&c, to)
	c.amount = a
	if c.currency != "" {
		c.kind = kindMoney
	}
	e.add(c, from, to)
}

// scaleAfter reports whether the word after token i is a scale word such as
// "million" or "bn". Single letters ("m", "k") count only when glued on.
func (e *extractor) scaleAfter(i int) bool {
	if !e.free(i+1) || e.toks[i+1].kind != tokWord {
		return false
	}
	w := strings.ToLower(e.toks[i+1].text)
	_, ok := scales[w]
	return ok && len(w) > 1
}

// unitAfter absorbs a following "%", "per cent", "percent" or currency word
// ("dollars") into the claim and returns its new last token.
func (e *extractor) unitAfter(c *claim, to int) int {
	if !e.free(to + 1) {
		return to
	}
	next := e.toks[to+1]
	w := strings.ToLower(next.text)
	switch {
	case next.text == "%" || w == "percent" || w == "pc":
		return to + 1
	case w == "per" && e.free(to+2) && strings.EqualFold(e.toks[to+2].text, "cent"):
		return to + 2
	case next.kind == tokWord && currencies[w] != "" && len(w) > 3:
		c.currency = currencies[w]
		return to + 1
	}
	return to
}

// currencyCodeBefore returns the currency of an upper-case code such as
// "USD" or "EUR" just before token i, or "".
func (e *extractor) currencyCodeBefore(i int) string {
	if !e.free(i-1) || e.toks[i-1].kind != tokWord {
		return ""
	}
	w := e.toks[i-1].text
	if len(w) == 3 && strings.ToUpper(w) == w {
		if c := currencies[strings.ToLower(w)]; c != "" {
			e.used[i-1] = true
			return c
		}
	}
	return ""
}

// spelledNumber records "three" or "twenty-five", with a scale word after it
// ("three million").
func (e *extractor) spelledNumber(i int) {
	v, ok := wordNumber(e.toks[i].text, numberWords)
	if !ok {
		return
	}
	a := amount{value: v, unit: 1, roundedTo: 1}
	to := i
	if e.scaleAfter(i) {
		to = i + 1
		a = a.scaled(scales[strings.ToLower(e.toks[to].text)])
	}
	c := claim{kind: kindNumber, raw: v, amount: a}
	to = e.unitAfter(&c, to)
	if c.currency != "" {
		c.kind = kindMoney
	}
	e.add(c, i, to)
}
