package textclean

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// timeBound is the most one input may take. It is generous: it is there
// to catch runaway (quadratic or looping) work, and test machines are
// often busy.
const timeBound = 10 * time.Second

var cleanCases = []struct {
	name, in, want string
}{
	{"plain ASCII unchanged", "Hello, world.", "Hello, world."},
	{"CRLF line endings", "one\r\ntwo\r\n", "one\ntwo\n"},
	{"lone CR line endings", "one\rtwo", "one\ntwo"},
	{"zero-width space removed", "pay\u200Bload", "payload"},
	{"bidi override removed", "abc\u202Edef\u202C", "abcdef"},
	{"bidi isolates removed", "a\u2066b\u2069c", "abc"},
	{"word joiner and BOM removed", "\uFEFFa\u2060b", "ab"},
	{"soft hyphen removed", "extra\u00ADordinary", "extraordinary"},
	{"NUL bytes removed", "a\x00b\x00", "ab"},
	{"other controls removed", "a\x07b\x1bc\x7f", "abc"},
	{"tab kept", "a\tb", "a\tb"},
	{"form feed becomes a line break", "a\fb", "a\nb"},
	{"paragraph separator becomes a blank line", "a\u2029b", "a\n\nb"},
	{"invalid bytes become U+FFFD", "a\xffb", "a\uFFFDb"},
	{"decomposed accent composed", "cafe\u0301", "café"},
	{"tag characters removed", "vote\U000E0069\U000E0067\U000E006E\U000E006F\U000E0072\U000E0065 yes", "vote yes"},
	{"tag range ends removed", "a\U000E0000b\U000E007Fc", "abc"},
	{"supplementary variation selectors removed", "x\U000E0100\U000E01EFy", "xy"},
	{"emoji kept", "launch 🚀 today 👍🏽", "launch 🚀 today 👍🏽"},
	{"Arabic kept", "مرحبا بالعالم", "مرحبا بالعالم"},
	{"Hebrew kept", "שלום עולם", "שלום עולם"},
}

func TestClean(t *testing.T) {
	for _, tc := range cleanCases {
		t.Run(tc.name, func(t *testing.T) {
			if got := Clean(tc.in); got != tc.want {
				t.Errorf("Clean(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestJoinLines(t *testing.T) {
	in := "  first\n line \n\n \t\nsecond\u00A0 para"
	if got, want := JoinLines(in), JoinParagraphs(strings.Split(in, "\n")); got != want {
		t.Errorf("JoinLines = %q, JoinParagraphs = %q", got, want)
	}
}

func TestJoinParagraphs(t *testing.T) {
	got := JoinParagraphs([]string{"  first\n line ", "", " \t", "second\u00A0 para"})
	if want := "first line\n\nsecond para"; got != want {
		t.Errorf("JoinParagraphs = %q, want %q", got, want)
	}
}

var decodeCases = []struct {
	name string
	in   []byte
	want string
}{
	{"UTF-8", []byte("naïve café"), "naïve café"},
	{"UTF-8 with BOM", []byte("\xEF\xBB\xBFhello"), "hello"},
	{"UTF-16LE with BOM", []byte("\xFF\xFEh\x00\xE9\x00"), "hé"},
	{"UTF-16BE with BOM", []byte("\xFE\xFF\x00h\x00\xE9"), "hé"},
	{"UTF-16LE without BOM", utf16le("Plain words here"), "Plain words here"},
	{"Windows-1252", []byte("caf\xE9 \x93quoted\x94 \x80"), "café “quoted” €"},
	{"mostly UTF-8 with one broken byte", []byte("déjà vu \xff über"), "déjà vu \uFFFD über"},
	{"empty", nil, ""},
}

func utf16le(s string) []byte {
	var b []byte
	for _, r := range s {
		b = append(b, byte(r), 0)
	}
	return b
}

func TestDecode(t *testing.T) {
	for _, tc := range decodeCases {
		t.Run(tc.name, func(t *testing.T) {
			if got := Decode(tc.in); got != tc.want {
				t.Errorf("Decode(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestDecodeLabel(t *testing.T) {
	cases := []struct {
		name, label string
		in          []byte
		want        string
	}{
		{"declared Latin-1 but valid UTF-8", "iso-8859-1", []byte("café"), "café"},
		{"declared Latin-1 and really Latin-1", "iso-8859-1", []byte("caf\xE9"), "café"},
		{"declared windows-1251", "windows-1251", []byte("\xCF\xF0\xE8\xE2\xE5\xF2"), "Привет"},
		{"declared Shift_JIS", "shift_jis", []byte("\x93\xfa\x96\x7b"), "日本"},
		{"declared gb2312 and really GBK", "gb2312", []byte("\xD0\xC2\xCE\xC5\xB1\xA8\xB5\xC0"), "新闻报道"},
		{"declared gb2312 but valid UTF-8", "gb2312", []byte(chineseNews), chineseNews},
		{"declared gb2312, short valid UTF-8 that GBK decodes cleanly stays GBK", "gb2312", []byte("深度学习新闻报道"), "娣卞害瀛︿範鏂伴椈鎶ラ亾"},
		{"declared gbk but valid UTF-8 with Latin", "gbk", []byte("DeepMind 新电脑"), "DeepMind 新电脑"},
		{"declared Shift_JIS but valid UTF-8", "shift_jis", []byte(japaneseNews), japaneseNews},
		{"declared Shift_JIS, short valid UTF-8 that decodes cleanly stays Shift_JIS", "shift_jis", []byte("日本"), "譌･譛ｬ"},
		{"declared EUC-KR but valid UTF-8", "euc-kr", []byte("한국 뉴스"), "한국 뉴스"},
		{"declared gb2312, ASCII only", "gb2312", []byte("plain text"), "plain text"},
		{"unknown label falls back", "x-no-such-set", []byte("caf\xE9"), "café"},
		{"UTF-16 label on ASCII bytes", "utf-16", []byte("hello"), "hello"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := DecodeLabel(tc.in, tc.label); got != tc.want {
				t.Errorf("DecodeLabel(%q, %q) = %q, want %q", tc.in, tc.label, got, tc.want)
			}
		})
	}
}

func TestCleanLongLineIsLinear(t *testing.T) {
	line := strings.Repeat("word ", 1<<20/5) // 1 MB, no line break
	start := time.Now()
	if got := Clean(line); len(got) != len(line) {
		t.Fatalf("Clean changed the length: %d → %d", len(line), len(got))
	}
	if d := time.Since(start); d > timeBound {
		t.Errorf("Clean of 1 MB took %v", d)
	}
}

func FuzzDecodeClean(f *testing.F) {
	for _, tc := range decodeCases {
		f.Add(tc.in)
	}
	for _, tc := range cleanCases {
		f.Add([]byte(tc.in))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		start := time.Now()
		s := Clean(Decode(b))
		if Clean(s) != s {
			t.Fatalf("Clean is not idempotent on %q", s) // the fast path must agree with the slow one
		}
		if !utf8.ValidString(s) {
			t.Fatalf("invalid UTF-8 out of %q", b)
		}
		if strings.ContainsFunc(s, IsInvisible) || strings.ContainsRune(s, 0) || strings.ContainsRune(s, '\r') {
			t.Fatalf("invisible, NUL or CR left in %q", s)
		}
		if d := time.Since(start); d > timeBound {
			t.Fatalf("took %v", d)
		}
	})
}

// japaneseNews is a sentence whose UTF-8 bytes Shift_JIS cannot all map.
const japaneseNews = "東京都は月曜日、新しい防災計画を発表した。計画では、大地震の際に避難所を増やす。"

// chineseNews is a sentence whose UTF-8 bytes GBK cannot all map.
const chineseNews = "谷歌旗下的人工智能公司周三发布了一台新电脑，它能利用记忆自主学习，研究人员称这是深度学习的新进展。"
