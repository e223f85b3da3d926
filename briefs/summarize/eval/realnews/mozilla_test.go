package realnews

import (
	"os"
	"path/filepath"
	"testing"
)

func TestHTMLText(t *testing.T) {
	doc := `<div id="readability-page-1"><h1>Big  news</h1><p>The council <b>approved</b>
	the plan &amp; the budget&nbsp;on Monday.<br>A second line.</p><script>var x = "no";</script>
	<ul><li>One</li><li> Two </li></ul><p>  </p><figure><img alt="x"><figcaption>A photo</figcaption></figure></div>`
	got, err := HTMLText(doc)
	if err != nil {
		t.Fatal(err)
	}
	want := "Big news\n\nThe council approved the plan & the budget on Monday.\n\nA second line.\n\nOne\n\nTwo\n\nA photo"
	if got != want {
		t.Errorf("HTMLText = %q, want %q", got, want)
	}
	again, _ := HTMLText(doc)
	if again != got {
		t.Error("HTMLText is not deterministic")
	}
}

func TestMozillaSplitFor(t *testing.T) {
	// sha256("bbc-1") starts with 5, sha256("guardian-1") with 1.
	if got := MozillaSplitFor("bbc-1"); got != Train {
		t.Errorf("bbc-1 is %s, want %s", got, Train)
	}
	if got := MozillaSplitFor("guardian-1"); got != HeldOut {
		t.Errorf("guardian-1 is %s, want %s", got, HeldOut)
	}
}

func TestMozillaKind(t *testing.T) {
	a := Article{Corpus: MozillaCorpus("bbc-1"), ID: "bbc-1"}
	if a.Kind() != Mozilla || a.WantSplit() != MozillaSplitFor("bbc-1") {
		t.Errorf("Kind = %q, WantSplit = %q", a.Kind(), a.WantSplit())
	}
	for _, c := range []string{MozillaDir + "/bbc-1/source.html", MozillaDir + "/a/b/expected.html", MozillaDir + "//expected.html"} {
		if k := (Article{Corpus: c}).Kind(); k != "" {
			t.Errorf("Kind(%q) = %q, want none", c, k)
		}
	}
}

func TestMozillaOutlet(t *testing.T) {
	cases := map[[2]string]string{
		{"https://www.nytimes.com/2017/x.html", "nytimes-1"}: "nytimes.com",
		{"", "webmd-2"}: "webmd",
		{"", "cnn"}:     "cnn",
		{"", "a-b"}:     "a-b",
	}
	for in, want := range cases {
		if got := mozillaOutlet(in[0], in[1]); got != want {
			t.Errorf("mozillaOutlet(%q, %q) = %q, want %q", in[0], in[1], got, want)
		}
	}
}

func TestLoadMozillaAndBody(t *testing.T) {
	shared := t.TempDir()
	dir := filepath.Join(shared, filepath.FromSlash(MozillaDir), "paper-1")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"expected.html": "<div><p>It happened.</p><p>It matters.</p></div>",
		"source.html":   `<html><head><meta property="og:url" content="//www.paper.com/a"></head><body></body></html>`,
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ms, err := LoadMozilla(shared)
	if err != nil || len(ms) != 1 {
		t.Fatalf("LoadMozilla = %v, %v", ms, err)
	}
	m := ms[0]
	if m.ID != "paper-1" || m.URL != "https://www.paper.com/a" || m.Outlet != "paper.com" || m.Body != "It happened.\n\nIt matters." {
		t.Errorf("page %+v", m)
	}
	body, err := NewLibrary(shared).Body(Article{Corpus: m.Corpus, ID: m.ID})
	if err != nil || body != m.Body {
		t.Errorf("Body = %q, %v", body, err)
	}
	if _, err := NewLibrary(shared).Body(Article{Corpus: m.Corpus, ID: "other"}); err == nil {
		t.Error("a label file whose id is not its folder reads a body")
	}
}
