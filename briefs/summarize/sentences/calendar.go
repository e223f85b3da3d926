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

// isCalendarWord reports whether word names a month or a day of the week:
// "6 p.m. Tuesday" continues the sentence.
func isCalendarWord(word string) bool {
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

// monthNames are English and German month names.
var monthNames = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true, "januar": true, "februar": true, "märz": true,
	"juni": true, "juli": true, "oktober": true, "dezember": true,
}

// dayNames are the English days of the week.
var dayNames = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true,
}
