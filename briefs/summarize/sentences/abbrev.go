package sentences

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokenKind is what the word before a full stop is, as far as sentence
// ends are concerned.
type tokenKind int

const (
	tokRegular tokenKind = iota // an ordinary word: the stop ends the sentence
	tokNumber                   // "600", "$100.00", "1026.253.553"
	tokTitle                    // "Mr", "Dr", "Sen": never ends a sentence
	tokTime                     // "a.m", "p.m": ends one before any capital
	tokAbbrev                   // "U.S", "Inc", "e.g", "J": ends one only before a sentence starter
)

// classify says what kind of token the word before a full stop is. core
// has no leading quotes or brackets and no final full stop.
func classify(core string) tokenKind {
	switch {
	case core == "" || len(core) > 24 || strings.ContainsAny(core, "@/"):
		return tokRegular
	}
	last, _ := utf8.DecodeLastRuneInString(core)
	if unicode.IsDigit(last) {
		return tokNumber
	}
	// An entry in lower case matches any case; one with capitals only as
	// written (lower-casing a word never yields it).
	if kind, ok := abbreviations[core]; ok {
		return kind
	}
	if kind, ok := abbreviations[strings.ToLower(core)]; ok {
		return kind
	}
	if isInitialism(core) {
		return tokAbbrev
	}
	return tokRegular
}

// IsAbbreviation reports whether word, with or without its final full
// stop, is a title, an abbreviation or an initialism ("Dr.", "U.S.",
// "Inc", "Calif."): a word whose full stop need not end a sentence or a
// name.
func IsAbbreviation(word string) bool {
	core := strings.TrimSuffix(word, ".")
	k := classify(core)
	return k == tokTitle || k == tokAbbrev || k == tokTime
}

// isInitialism reports whether s is a single letter ("J") or letters in
// short groups joined by full stops ("U.S", "Ph.D", "i.v", "куб.м").
func isInitialism(s string) bool {
	group := 0
	for _, r := range s {
		switch {
		case r == '.' && group > 0:
			group = 0
		case unicode.IsLetter(r) && group < 3:
			group++
		default:
			return false
		}
	}
	return group > 0 && (utf8.RuneCountInString(s) == 1 || strings.Contains(s, "."))
}

// abbreviations maps lower-case abbreviations (without their final full
// stop) to their kind. The list is about news text: titles, corporate
// suffixes, months, units, and the common abbreviations of the languages
// Briefsmith reads. Initialisms such as "U.S." need no entry.
var abbreviations = map[string]tokenKind{
	// Titles that come before a name.
	"mr": tokTitle, "mrs": tokTitle, "ms": tokTitle, "messrs": tokTitle, "mmes": tokTitle,
	"dr": tokTitle, "drs": tokTitle, "prof": tokTitle, "profs": tokTitle, "sen": tokTitle,
	"sens": tokTitle, "rep": tokTitle, "reps": tokTitle, "gov": tokTitle, "lt": tokTitle,
	"col": tokTitle, "maj": tokTitle, "gen": tokTitle, "capt": tokTitle, "cmdr": tokTitle,
	"adm": tokTitle, "sgt": tokTitle, "cpl": tokTitle, "pvt": tokTitle, "brig": tokTitle,
	"rev": tokTitle, "revd": tokTitle, "hon": tokTitle, "pres": tokTitle, "supt": tokTitle,
	"insp": tokTitle, "atty": tokTitle, "mt": tokTitle, "mme": tokTitle,
	"mlle": tokTitle, "sra": tokTitle, "srta": tokTitle, "sres": tokTitle, "lic": tokTitle,
	"ing": tokTitle, "dra": tokTitle, "sig": tokTitle, "dott": tokTitle,
	"frl": tokTitle, "dhr": tokTitle, "mevr": tokTitle, "проф": tokTitle, "акад": tokTitle,
	"им": tokTitle, "ул": tokTitle,
	// Times of day.
	"a.m": tokTime, "p.m": tokTime,
	// Everything else.
	"etc": tokAbbrev, "vs": tokAbbrev, "cf": tokAbbrev, "al": tokAbbrev, "ca": tokAbbrev,
	"approx": tokAbbrev, "apt": tokAbbrev, "assn": tokAbbrev, "assoc": tokAbbrev,
	"ave": tokAbbrev, "bldg": tokAbbrev, "blvd": tokAbbrev, "bros": tokAbbrev, "co": tokAbbrev,
	"corp": tokAbbrev, "dept": tokAbbrev, "dist": tokAbbrev, "div": tokAbbrev, "est": tokAbbrev,
	"fig": tokAbbrev, "figs": tokAbbrev, "ft": tokAbbrev, "govt": tokAbbrev, "hwy": tokAbbrev,
	"inc": tokAbbrev, "intl": tokAbbrev, "jr": tokAbbrev, "sr": tokAbbrev, "ltd": tokAbbrev,
	"llc": tokAbbrev, "plc": tokAbbrev, "mfg": tokAbbrev, "natl": tokAbbrev, "no": tokAbbrev,
	"nos": tokAbbrev, "nr": tokAbbrev, "n°": tokAbbrev, "nº": tokAbbrev, "núm": tokAbbrev,
	"op": tokAbbrev, "p": tokAbbrev, "pp": tokAbbrev, "para": tokAbbrev, "pct": tokAbbrev,
	"pt": tokAbbrev, "rd": tokAbbrev, "rs": tokAbbrev, "sec": tokAbbrev, "sq": tokAbbrev,
	"st": tokAbbrev, "ste": tokAbbrev, "tel": tokAbbrev, "univ": tokAbbrev, "vol": tokAbbrev,
	"vols": tokAbbrev, "art": tokAbbrev, "ch": tokAbbrev, "chap": tokAbbrev, "ed": tokAbbrev,
	"eds": tokAbbrev, "esp": tokAbbrev, "incl": tokAbbrev, "excl": tokAbbrev, "min": tokAbbrev,
	"max": tokAbbrev, "hr": tokAbbrev, "hrs": tokAbbrev, "yr": tokAbbrev, "yrs": tokAbbrev, "wk": tokAbbrev,
	"mo": tokAbbrev, "mos": tokAbbrev, "oz": tokAbbrev, "lb": tokAbbrev, "lbs": tokAbbrev,
	"viz": tokAbbrev, "ibid": tokAbbrev, "jan": tokAbbrev, "feb": tokAbbrev, "mar": tokAbbrev,
	"apr": tokAbbrev, "jun": tokAbbrev, "jul": tokAbbrev, "aug": tokAbbrev, "sep": tokAbbrev,
	"sept": tokAbbrev, "oct": tokAbbrev, "nov": tokAbbrev, "dec": tokAbbrev, "mon": tokAbbrev,
	"tue": tokAbbrev, "tues": tokAbbrev, "wed": tokAbbrev, "thu": tokAbbrev, "thur": tokAbbrev,
	"thurs": tokAbbrev, "fri": tokAbbrev, "sat": tokAbbrev, "sun": tokAbbrev,
	// Other languages.
	"bzw": tokAbbrev, "usw": tokAbbrev, "evtl": tokAbbrev, "ggf": tokAbbrev, "inkl": tokAbbrev,
	"vgl": tokAbbrev, "str": tokAbbrev, "aprox": tokAbbrev, "pág": tokAbbrev, "ud": tokAbbrev,
	"uds": tokAbbrev, "av": tokAbbrev, "bd": tokAbbrev, "env": tokAbbrev, "ecc": tokAbbrev,
	"bijv": tokAbbrev, "blz": tokAbbrev, "гг": tokAbbrev, "стр": tokAbbrev, "руб": tokAbbrev,
	"коп": tokAbbrev, "тыс": tokAbbrev, "млн": tokAbbrev, "млрд": tokAbbrev, "см": tokAbbrev,
	"др": tokAbbrev, "пр": tokAbbrev, "куб": tokAbbrev,
	// Written with a capital only: the AP style abbreviations of US
	// states, ordinary words in lower case.
	"Ala": tokAbbrev, "Ariz": tokAbbrev, "Ark": tokAbbrev, "Calif": tokAbbrev, "Colo": tokAbbrev,
	"Conn": tokAbbrev, "Del": tokAbbrev, "Fla": tokAbbrev, "Ga": tokAbbrev, "Ill": tokAbbrev,
	"Ind": tokAbbrev, "Kan": tokAbbrev, "Ky": tokAbbrev, "La": tokAbbrev, "Md": tokAbbrev,
	"Mass": tokAbbrev, "Mich": tokAbbrev, "Minn": tokAbbrev, "Miss": tokAbbrev,
	"Mont": tokAbbrev, "Neb": tokAbbrev, "Nev": tokAbbrev, "Okla": tokAbbrev, "Ore": tokAbbrev,
	"Pa": tokAbbrev, "Tenn": tokAbbrev, "Tex": tokAbbrev, "Vt": tokAbbrev, "Va": tokAbbrev,
	"Wash": tokAbbrev, "Wis": tokAbbrev, "Wyo": tokAbbrev,
}
