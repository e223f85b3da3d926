package sentences

import (
	"strings"
	"unicode"
)

// IsMonth reports whether word is a month name, in any case. After "12."
// it makes the number an ordinal in a date ("am 12. Juni") rather than a
// sentence end.
func IsMonth(word string) bool {
	return monthNames[strings.ToLower(word)]
}

// IsCalendarWord reports whether word names a month or a day of the week,
// in any case: "6 p.m. Tuesday" continues the sentence.
func IsCalendarWord(word string) bool {
	lower := strings.ToLower(word)
	return monthNames[lower] || dayNames[lower]
}

// isTimeZone reports whether word looks like a time-zone abbreviation
// ("ET", "GMT", "CEST"): two to four capital letters.
func isTimeZone(word string) bool {
	if len(word) < 2 || len(word) > 4 {
		return false
	}
	for _, r := range word {
		if !unicode.IsUpper(r) || r > unicode.MaxASCII {
			return false
		}
	}
	return true
}

// monthNames are the month names, in lower case, of English, German,
// French, Italian, Spanish and Dutch.
var monthNames = setOf(
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
	"januar", "jänner", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember",
	"janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
	"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "dicembre",
	"enero", "febrero", "abril", "mayo", "junio", "julio", "septiembre", "setiembre", "octubre", "noviembre", "diciembre",
	"januari", "februari", "maart", "mei", "augustus",
)

// rangeWords join the two days of a date range: "12. bis 13. September",
// "du 12. au 14. juillet", "dal 3. al 5. marzo", "12. to 14. May".
var rangeWords = setOf("bis", "to", "au", "al")

// dayNames are the English days of the week.
var dayNames = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true,
}

// setOf returns the set of the given words.
func setOf(words ...string) map[string]bool {
	set := make(map[string]bool, len(words))
	for _, w := range words {
		set[w] = true
	}
	return set
}
