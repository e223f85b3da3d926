package factcheck

import (
	"strings"
	"time"
)

// monthNames maps full and abbreviated month names to their number.
var monthNames = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10,
	"november": 11, "nov": 11, "december": 12, "dec": 12,
}

// weekdayNames maps weekday names to time.Weekday.
var weekdayNames = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday,
	"saturday": time.Saturday,
}

// monthWordsNeedingContext are month names that are also ordinary words
// ("may", "march"); they count as months only next to a number or after a
// preposition of time.
var monthWordsNeedingContext = map[string]bool{"may": true, "march": true, "mar": true, "jan": true, "dec": true}

// timePrepositions precede a bare month name: "in May", "by March".
var timePrepositions = map[string]bool{
	"in": true, "on": true, "by": true, "since": true, "until": true, "till": true, "of": true,
	"from": true, "early": true, "late": true, "mid": true, "last": true, "next": true, "this": true,
	"before": true, "after": true, "during": true, "through": true,
}

// monthAt reports whether toks[i] is a month name, using the context rule
// for words like "May".
func monthAt(toks []token, i int) (time.Month, bool) {
	t := toks[i]
	if t.kind != tokWord || !isCapitalised(t.text) {
		return 0, false
	}
	key := strings.ToLower(strings.TrimSuffix(t.text, "."))
	m, ok := monthNames[key]
	if !ok {
		return 0, false
	}
	if !monthWordsNeedingContext[key] {
		return m, true
	}
	nextIsNumber := i+1 < len(toks) && toks[i+1].kind == tokNumber
	prevIsNumber := i > 0 && toks[i-1].kind == tokNumber
	prevIsPreposition := i > 0 && toks[i-1].kind == tokWord && timePrepositions[strings.ToLower(toks[i-1].text)]
	return m, nextIsNumber || prevIsNumber || prevIsPreposition
}

// weekdayAt reports whether toks[i] is a capitalised weekday name.
func weekdayAt(toks []token, i int) (time.Weekday, bool) {
	t := toks[i]
	if t.kind != tokWord || !isCapitalised(t.text) {
		return 0, false
	}
	d, ok := weekdayNames[foldWord(t.text)]
	return d, ok
}

// dayNumber reads a day of the month from a number token: "3", "3rd", "21st".
func dayNumber(t token) (int, bool) {
	if t.kind != tokNumber {
		return 0, false
	}
	switch strings.ToLower(t.suffix) {
	case "", "st", "nd", "rd", "th":
	default:
		return 0, false
	}
	a, ok := parseDigits(t.digits)
	if !ok || a.value != float64(int(a.value)) || a.value < 1 || a.value > 31 || strings.ContainsAny(t.digits, ",.") {
		return 0, false
	}
	return int(a.value), true
}

// yearNumber reads a plausible year, or a decade like "1990s".
func yearNumber(t token) (int, bool) {
	if t.kind != tokNumber || len(t.digits) != 4 || (t.suffix != "" && t.suffix != "s") {
		return 0, false
	}
	a, ok := parseDigits(t.digits)
	if !ok || a.value < 1800 || a.value > 2199 {
		return 0, false
	}
	return int(a.value), true
}
