package factcheck

import (
	"math"
	"strconv"
	"strings"
)

// scales maps words and suffixes that multiply a number to their factor.
var scales = map[string]float64{
	"thousand": 1e3, "k": 1e3,
	"million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6,
	"billion": 1e9, "bn": 1e9, "b": 1e9,
	"trillion": 1e12, "tn": 1e12, "trn": 1e12,
}

// currencies maps symbols, codes and words to an ISO currency code.
var currencies = map[string]string{
	"$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD",
	"€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
	"£": "GBP", "gbp": "GBP", "pound": "GBP", "pounds": "GBP", "sterling": "GBP",
	"¥": "JPY", "jpy": "JPY", "yen": "JPY",
	"chf": "CHF", "francs": "CHF", "yuan": "CNY", "cny": "CNY", "rupees": "INR", "inr": "INR",
}

// numberWords are the spelled-out numbers a summary may use instead of digits.
var numberWords = map[string]float64{
	"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90, "dozen": 12, "hundred": 100,
}

// sourceOnlyWords stand for a number in an article but are too vague to be a
// claim in a summary ("one" is also a pronoun).
var sourceOnlyWords = map[string]float64{
	"one": 1, "both": 2, "pair": 2, "twice": 2, "double": 2, "doubled": 2, "half": 0.5,
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "tenth": 10,
}

// amount is a number as written: its value (scale applied), the precision of
// its last written digit, and whether trailing zeros suggest rounding.
type amount struct {
	value     float64
	unit      float64 // value of the last written digit, scale applied
	roundedTo float64 // value of the last non-zero digit when the number ends in zeros
}

// parseDigits reads "12,000", "3.5" or "1.234.567" (European thousands).
func parseDigits(s string) (amount, bool) {
	if strings.Count(s, ".") > 1 || (strings.Contains(s, ".") && strings.Contains(s, ",") && strings.Index(s, ".") < strings.Index(s, ",")) {
		s = strings.ReplaceAll(s, ".", "") // European thousands separators
		s = strings.ReplaceAll(s, ",", ".")
	}
	clean := strings.ReplaceAll(s, ",", "")
	v, err := strconv.ParseFloat(clean, 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return amount{}, false
	}
	a := amount{value: v, unit: 1, roundedTo: 1}
	if dot := strings.IndexByte(clean, '.'); dot >= 0 {
		a.unit = math.Pow(10, -float64(len(clean)-dot-1))
		a.roundedTo = a.unit
		return a, true
	}
	zeros := len(clean) - len(strings.TrimRight(clean, "0"))
	if zeros < len(clean) {
		a.roundedTo = math.Pow(10, float64(zeros))
	}
	return a, true
}

// scaled multiplies the amount by factor.
func (a amount) scaled(factor float64) amount {
	return amount{value: a.value * factor, unit: a.unit * factor, roundedTo: a.roundedTo * factor}
}

// matches reports whether the source value v supports this amount: equal,
// or equal after rounding to the precision the amount was written with.
func (a amount) matches(v float64) bool {
	if v == a.value {
		return true
	}
	// Rounding keeps at least two significant digits: "3.5" for 3.52,
	// "40%" for 39.6%, "12,000" for 12,345, but not "4 billion" for 3.52.
	diff := math.Abs(v - a.value)
	limit := math.Abs(a.value) / 10
	return (a.unit <= limit && diff <= a.unit/2) || (a.roundedTo <= limit && diff <= a.roundedTo/2)
}

// wordNumber reads a spelled-out number such as "three" or "twenty-five".
func wordNumber(w string, table map[string]float64) (float64, bool) {
	w = strings.ToLower(w)
	if v, ok := table[w]; ok {
		return v, true
	}
	tens, ones, found := strings.Cut(w, "-")
	if !found {
		return 0, false
	}
	t, ok1 := numberWords[tens]
	o, ok2 := numberWords[ones]
	if !ok1 || !ok2 || t < 20 || t > 90 || o >= 10 {
		return 0, false
	}
	return t + o, true
}
