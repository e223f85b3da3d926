package sentences

import (
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"briefsmith/internal/sharedtest"
)

// The evaluation against the published Golden Rules and the pragmatic
// segmenter's English spec. The corpora live in ../shared (copyright text,
// never copied into the repository); the tests skip when it is absent. They
// print their figures and enforce the acceptance thresholds only when
// BRIEFSMITH_EVAL=1 (make eval).

// goldenCase is one case of any of the corpora.
type goldenCase struct {
	Language string         `json:"language"`
	Rule     int            `json:"rule"`
	Title    string         `json:"title"`
	Name     string         `json:"name"`
	Input    string         `json:"input"`
	Expected []string       `json:"expected"`
	Options  map[string]any `json:"options"`
}

// label names a case in failure reports.
func (c goldenCase) label() string {
	switch {
	case c.Name != "":
		return c.Name
	case c.Rule != 0:
		return fmt.Sprintf("%s rule %d (%s)", c.Language, c.Rule, c.Title)
	}
	return fmt.Sprintf("%.40q", c.Input)
}

// corpusDir finds ../shared/corpora/sentence-segmentation, or skips the test.
func corpusDir(t *testing.T) string {
	return sharedtest.Require(t, "corpora/sentence-segmentation")
}

// loadCases reads one corpus file.
func loadCases(t *testing.T, name string) []goldenCase {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(corpusDir(t), name))
	if err != nil {
		t.Skipf("corpus %s unreadable: %v", name, err)
	}
	var cases []goldenCase
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatalf("corpus %s: %v", name, err)
	}
	return cases
}

// segments runs Split and returns the sentence texts.
func segments(text string) []string {
	var out []string
	for _, s := range Split(text) {
		out = append(out, s.Text)
	}
	return out
}

// normaliseSpace collapses white-space runs to one space and drops white
// space between two CJK characters. Split returns slices of its input, so
// it cannot rewrite "a cold \nnight" as "a cold night" the way a
// text-cleaning segmenter does; this comparison forgives exactly that.
func normaliseSpace(s string) string {
	var b strings.Builder
	pendingSpace := false
	var last rune = -1
	for _, r := range strings.TrimSpace(s) {
		if unicode.IsSpace(r) {
			pendingSpace = true
			continue
		}
		if pendingSpace && !(isCJK(last) && isCJK(r)) {
			b.WriteByte(' ')
		}
		pendingSpace = false
		b.WriteRune(r)
		last = r
	}
	return b.String()
}

// sameSegments compares two segment lists, optionally after normaliseSpace.
func sameSegments(got, want []string, normalise bool) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		g, w := strings.TrimSpace(got[i]), strings.TrimSpace(want[i])
		if normalise {
			g, w = normaliseSpace(g), normaliseSpace(w)
		}
		if g != w {
			return false
		}
	}
	return true
}

// achievable reports whether some segmentation of the input, compared after
// normaliseSpace, yields the expected list. Cases that fail this need the
// text itself rewritten (HTML stripped, dots removed, backticks changed,
// letters joined across lines), which a segmenter that returns offsets into
// its input cannot do.
func achievable(c goldenCase) bool {
	text := normaliseSpace(c.Input)
	pos := 0
	for _, e := range c.Expected {
		e = normaliseSpace(e)
		for pos < len(text) && text[pos] == ' ' {
			pos++
		}
		if !strings.HasPrefix(text[pos:], e) {
			return false
		}
		pos += len(e)
	}
	return strings.TrimSpace(text[pos:]) == ""
}

// sameBoundaries compares two segment lists by their letters and digits
// only: it asks whether the sentence boundaries fall in the same places,
// forgiving the punctuation and white space a text-cleaning segmenter
// rewrites (backticks to quotes, ". . ." to "…", line joins).
func sameBoundaries(got, want []string) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		if alnum(got[i]) != alnum(want[i]) {
			return false
		}
	}
	return true
}

// alnum keeps the letters and digits of s.
func alnum(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, s)
}

// score is one corpus's result.
type score struct {
	total, strict, normalised, boundaries int
	failures                              []string
}

// run scores the cases.
func run(cases []goldenCase) score {
	var sc score
	for _, c := range cases {
		got := segments(c.Input)
		sc.total++
		if sameBoundaries(got, c.Expected) {
			sc.boundaries++
		}
		if sameSegments(got, c.Expected, false) {
			sc.strict++
		}
		if sameSegments(got, c.Expected, true) {
			sc.normalised++
			continue
		}
		sc.failures = append(sc.failures, fmt.Sprintf("%s\n    input: %q\n     want: %q\n      got: %q", c.label(), c.Input, c.Expected, got))
	}
	return sc
}

// report logs the failures and prints a summary line.
func report(t *testing.T, name string, sc score, logMisses bool) {
	t.Helper()
	for _, f := range sc.failures {
		if logMisses {
			t.Logf("miss: %s", f)
		}
	}
	line := fmt.Sprintf("%s: %d/%d (%.1f%%) whitespace-normalised, %d/%d strict, %d/%d (%.1f%%) same boundaries", name,
		sc.normalised, sc.total, pct(sc.normalised, sc.total), sc.strict, sc.total,
		sc.boundaries, sc.total, pct(sc.boundaries, sc.total))
	t.Log(line)
	fmt.Println("EVAL " + line)
}

// pct is a percentage.
func pct(k, n int) float64 {
	if n == 0 {
		return 0
	}
	return 100 * float64(k) / float64(n)
}

// enforce fails the test below the threshold. The tests that call it
// skip when the corpus is absent, so the threshold holds whenever it is
// present, in make test as in make eval.
func enforce(t *testing.T, name string, got, want int) {
	t.Helper()
	if got < want {
		t.Errorf("%s: %d passed, need at least %d", name, got, want)
	}
}

// TestEvalGoldenRules scores the 52 English Golden Rules (acceptance: at
// least 50, whitespace-normalised).
func TestEvalGoldenRules(t *testing.T) {
	sc := run(loadCases(t, "golden_rules_en.json"))
	report(t, "golden_rules_en", sc, true)
	enforce(t, "golden_rules_en", sc.normalised, 50)
}

// TestEvalPySBDGoldenRules scores pySBD's 48-rule English subset.
func TestEvalPySBDGoldenRules(t *testing.T) {
	sc := run(loadCases(t, "pysbd_golden_rules_en_48.json"))
	report(t, "pysbd_golden_rules_en_48", sc, true)
	enforce(t, "pysbd_golden_rules_en_48", sc.normalised, 46)
}

// TestEvalEnglishSpec scores the pragmatic segmenter's English spec cases.
// The acceptance figure (at least 95 %) is over the cases a segmenter that
// does not rewrite its input can pass; the others are reported apart.
func TestEvalEnglishSpec(t *testing.T) {
	cases := loadCases(t, "english_spec_cases.json")
	var fair, rewrite []goldenCase
	for _, c := range cases {
		if achievable(c) {
			fair = append(fair, c)
		} else {
			rewrite = append(rewrite, c)
		}
	}
	all := run(cases)
	report(t, "english_spec (all)", all, false)
	sc := run(fair)
	report(t, "english_spec (no text rewriting needed)", sc, true)
	report(t, "english_spec (needs text rewriting)", run(rewrite), true)
	enforce(t, "english_spec", 100*sc.normalised, 95*sc.total)
}

// Thresholds of the multilingual Golden Rules: of all cases, and of each
// language but those known to be weak (Arabic: its comma-like question
// mark and undotted abbreviations are not handled), in per cent.
const (
	minAllLanguages = 90
	minPerLanguage  = 75
)

// weakLanguages are reported but not held to minPerLanguage.
var weakLanguages = map[string]bool{"Arabic": true}

// TestEvalAllLanguages scores the multilingual Golden Rules per language
// and holds the total, and each language not known to be weak, to its
// threshold.
func TestEvalAllLanguages(t *testing.T) {
	byLang := map[string][]goldenCase{}
	for _, c := range loadCases(t, "golden_rules_all_languages.json") {
		byLang[c.Language] = append(byLang[c.Language], c)
	}
	var parts []string
	passed, total := 0, 0
	for _, l := range slices.Sorted(maps.Keys(byLang)) {
		sc := run(byLang[l])
		for _, f := range sc.failures {
			t.Logf("miss: %s", f)
		}
		parts = append(parts, fmt.Sprintf("%s %d/%d", l, sc.normalised, sc.total))
		passed, total = passed+sc.normalised, total+sc.total
		if !weakLanguages[l] {
			enforce(t, "golden_rules_all_languages "+l, 100*sc.normalised, minPerLanguage*sc.total)
		}
	}
	enforce(t, "golden_rules_all_languages", 100*passed, minAllLanguages*total)
	line := "golden_rules_all_languages: " + strings.Join(parts, ", ")
	t.Log(line)
	fmt.Println("EVAL " + line)
}
