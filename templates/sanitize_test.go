package templates

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

var sanitizeTests = []struct {
	name       string
	in         string
	keepBreaks bool
	want       string
}{
	{"plain ascii unchanged", "Gas prices eased.", false, "Gas prices eased."},
	{"accents and cyrillic kept", "Ünïcödé Привет", false, "Ünïcödé Привет"},
	{"arabic and hebrew kept", "مرحبا שלום", false, "مرحبا שלום"},
	{"invalid byte becomes replacement", "a\xc0b", false, "a\uFFFDb"},
	{"run of invalid bytes becomes one mark", "a\xff\xfe\xc0b", false, "a\uFFFDb"},
	{"encoded surrogate replaced", "x\xed\xa0\x80y", false, "x\uFFFDy"},
	{"emoji dropped and gap closed", "Launch 🚀 today", false, "Launch today"},
	{"emoji with skin tone and joiners dropped", "a 👍🏽👨‍👩‍👧 b", false, "a b"},
	{"flag dropped", "UK 🇬🇧 deal", false, "UK deal"},
	{"variation selector dropped", "sun ☀\uFE0F up", false, "sun ☀ up"},
	{"math letters become plain", "𝐁𝐨𝐥𝐝", false, "Bold"},
	{"cjk extension b replaced", "𠀀x", false, "\uFFFDx"},
	{"fullwidth forms kept (the CJK font draws them in a PDF)", "ＡＢＣ１？（）", false, "ＡＢＣ１？（）"},
	{"nul and c0 controls removed", "a\x00b\x01c\x1bd", false, "abcd"},
	{"c1 controls removed", "a\u0085b\u009bc", false, "a bc"},
	{"tab becomes space", "a\tb", false, "a b"},
	{"zero width removed", "zero\u200bwidth\u200d\u2060\ufeff", false, "zerowidth"},
	{"bidi controls removed", "\u202eabc\u202c\u200e\u200f\u2066x\u2069", false, "abcx"},
	{"soft hyphen removed", "co\u00adoperate", false, "cooperate"},
	{"no-break space kept", "10\u00a0000", false, "10\u00a0000"},
	{"wide spaces folded", "a\u2003\u3000b", false, "a b"},
	{"line breaks folded in a line", "one\r\ntwo\nthree", false, "one two three"},
	{"line breaks kept in a paragraph", "one\r\ntwo\u2028three", true, "one\ntwo\nthree"},
	{"spaces around breaks trimmed", "  one  \n  two  ", true, "one\ntwo"},
	{"empty stays empty", "", false, ""},
	{"only controls becomes empty", "\x00\x01\u200b", false, ""},
}

func TestSanitize(t *testing.T) {
	for _, tt := range sanitizeTests {
		t.Run(tt.name, func(t *testing.T) {
			got := collapseSpaces(sanitize(tt.in, tt.keepBreaks))
			if got != tt.want {
				t.Errorf("sanitize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestClip(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		limit int
		want  string
	}{
		{"short kept", "abc", 5, "abc"},
		{"exact kept", "abcde", 5, "abcde"},
		{"long cut with ellipsis", "abcdef", 5, "abcd…"},
		{"multibyte counted as runes", "ääääää", 3, "ää…"},
		{"multibyte at limit kept", "äää", 3, "äää"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := clip(tt.in, tt.limit); got != tt.want {
				t.Errorf("clip(%q, %d) = %q, want %q", tt.in, tt.limit, got, tt.want)
			}
		})
	}
}

func TestCleanURL(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"ordinary", "https://example.com/a?b=1", "https://example.com/a?b=1"},
		{"spaces and controls removed", " https://example.com/a b\x00", "https://example.com/ab"},
		{"absurdly long dropped", "https://example.com/" + strings.Repeat("a", 3000), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cleanURL(tt.in); got != tt.want {
				t.Errorf("cleanURL(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
	if got := linkTarget("https://example.com/straße"); got != "https://example.com/stra%C3%9Fe" {
		t.Errorf("linkTarget = %q, want percent-encoded UTF-8", got)
	}
}

func TestCleanParagraphBoundsLength(t *testing.T) {
	got := cleanParagraph(strings.Repeat("x", 1<<20))
	if n := utf8.RuneCountInString(got); n != maxParagraphRunes {
		t.Fatalf("a 1 MB line was cut to %d runes, want %d", n, maxParagraphRunes)
	}
	if !strings.HasSuffix(got, ellipsis) {
		t.Error("cut text does not end with an ellipsis")
	}
}

// checkSafe fails when s holds anything gofpdf cannot take or should not
// print.
func checkSafe(t *testing.T, in, s string, keepBreaks bool) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Fatalf("sanitize(%q) = %q is not valid UTF-8", in, s)
	}
	for _, r := range s {
		switch {
		case r > 0xFFFF:
			t.Fatalf("sanitize(%q) kept %U above the BMP", in, r)
		case r == '\n' && keepBreaks:
		case unicode.IsControl(r) || unicode.Is(unicode.Cf, r):
			t.Fatalf("sanitize(%q) kept control or format character %U", in, r)
		}
	}
}

func FuzzSanitize(f *testing.F) {
	for _, tt := range sanitizeTests {
		f.Add(tt.in, tt.keepBreaks)
	}
	f.Fuzz(func(t *testing.T, in string, keepBreaks bool) {
		clean := cleanLine
		if keepBreaks {
			clean = cleanParagraph
		}
		got := clean(in)
		checkSafe(t, in, got, keepBreaks)
		if again := clean(got); again != got {
			t.Fatalf("not idempotent: %q → %q → %q", in, got, again)
		}
	})
}
