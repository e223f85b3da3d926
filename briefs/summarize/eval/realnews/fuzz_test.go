package realnews

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzHTMLText: any markup gives text or an error, never a panic, and the
// text is deterministic and free of the markup's tags.
func FuzzHTMLText(f *testing.F) {
	for _, s := range []string{
		"<p>One <b>two</b> &amp; three.</p><p>Four.</p>",
		"<div><script>x()</script><h2>Head</h2><ul><li>a</li><li>b</li></ul></div>",
		"<p>unclosed <i>tags", "", "<<<>>>", "<svg><text>hidden</text></svg><p>shown</p>",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, doc string) {
		text, err := HTMLText(doc)
		if err != nil {
			return
		}
		again, _ := HTMLText(doc)
		if again != text {
			t.Fatalf("not deterministic: %q vs %q", text, again)
		}
		if utf8.ValidString(doc) && !utf8.ValidString(text) {
			t.Fatalf("valid UTF-8 in, invalid out: %q", text)
		}
		if strings.Contains(text, "\n\n\n") {
			t.Fatalf("more than one blank line between blocks: %q", text)
		}
	})
}

// FuzzXSumBody: any file gives a URL and body or an error, never a panic;
// every word of the body is in the file (the introduction's lines are
// joined with spaces).
func FuzzXSumBody(f *testing.F) {
	f.Add("[XSUM]URL[XSUM]\nhttp://x.test/a\n\n[XSUM]INTRODUCTION[XSUM]\nIntro.\n\n[XSUM]RESTBODY[XSUM]\nBody one.\nBody two.\n")
	f.Add("[XSUM]RESTBODY[XSUM]\n")
	f.Add("")
	f.Fuzz(func(t *testing.T, data string) {
		_, body, err := XSumBody(data)
		if err != nil {
			return
		}
		for _, w := range strings.Fields(body) {
			if !strings.Contains(data, w) {
				t.Fatalf("body word %q is not in the file", w)
			}
		}
	})
}
