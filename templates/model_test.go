package templates

import (
	"html"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"briefsmith/briefs"
)

func TestSourceLinesAreTrue(t *testing.T) {
	fields := []string{"origin", "byline", "date", "link"}
	tests := []struct {
		name string
		a    briefs.Article
		want []string
	}{
		{"file names its file", briefs.Article{Kind: briefs.KindFile, Source: "/home/me/notes/harbour-bridge.txt"}, []string{"harbour-bridge.txt"}},
		{"saved web page: its outlet, not its file name", briefs.Article{Kind: briefs.KindFile, Source: "/tmp/source.html", Site: "BBC News", URL: "https://www.bbc.example/news/1"},
			[]string{"BBC News", "bbc.example/news/1"}},
		{"old brief: a path is a file", briefs.Article{Source: "samples/grain-prices.txt"}, []string{"grain-prices.txt"}},
		{"pasted says so", briefs.Article{Kind: briefs.KindPasted}, []string{"Pasted text"}},
		{"old brief: nothing recorded is pasted", briefs.Article{}, []string{"Pasted text"}},
		{"standard input", briefs.Article{Source: "-"}, []string{"Standard input"}},
		{"outlet and byline not repeated", briefs.Article{Site: "BBC News", Byline: "BBC News", URL: "https://www.bbc.example/news/1"},
			[]string{"BBC News", "bbc.example/news/1"}},
		{"no dangling separator", briefs.Article{Site: "Reuters", Byline: "Reuters, ·", URL: ""}, []string{"Reuters"}},
		{"trailing comma trimmed", briefs.Article{Site: "Harbour Post", Byline: "Jo Lee,"}, []string{"Harbour Post", "Jo Lee"}},
		{"web item: outlet from host", briefs.Article{Kind: briefs.KindURL, URL: "https://tradewatch.example/a"}, []string{"tradewatch.example", "tradewatch.example/a"}},
		{"javascript not linked", briefs.Article{Site: "X", URL: "javascript:alert(1)"}, []string{"X"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, p := range sourceParts(tt.a, fields) {
				got = append(got, p.Text)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("source = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestAlsoInIsShown(t *testing.T) {
	b := sampleBrief()
	b.Items[0].Article.AlsoIn = []briefs.Ref{{Site: "Coastal Times", URL: "https://coastaltimes.example/gas"}, {URL: "https://daily.example/x"}, {}}
	doc := NewDocument(mustLookup(t, ""), b)
	got := doc.Items[0].AlsoIn
	if len(got) != 2 || got[0].Text != "Coastal Times" || got[1].Text != "daily.example" || got[0].Link == "" {
		t.Fatalf("AlsoIn = %+v", got)
	}
	for _, ext := range []string{".md", ".txt", ".html"} {
		out := string(renderExt(t, ext, mustLookup(t, ""), Options{}, b))
		if !strings.Contains(out, "Also in") || !strings.Contains(out, "Coastal Times") {
			t.Errorf("%s lacks the other outlets", ext)
		}
	}
	text := normalize(pdfTool(t, "pdftotext", renderExt(t, ".pdf", mustLookup(t, ""), Options{}, b), "-enc", "UTF-8"))
	if !strings.Contains(text, "Also in: Coastal Times, daily.example") {
		t.Error("the PDF lacks the other outlets")
	}
}

func TestLabelIsNotACopyOfTheTitle(t *testing.T) {
	tpl := mustLookup(t, "")
	for _, tt := range []struct{ title, want string }{
		{"Morning Brief", ""}, {"MORNING BRIEF 23 Nov", ""}, {"Energy Digest", "Morning Brief"},
	} {
		if got := NewDocument(tpl, &briefs.Brief{Title: tt.title}).Label; got != tt.want {
			t.Errorf("title %q: label = %q, want %q", tt.title, got, tt.want)
		}
	}
}

func TestTopicsGroupAndUntopicedItemsStandApart(t *testing.T) {
	b := sampleBrief()
	// Energy, (none), Trade, Energy: the second Energy joins the first and
	// the topic-less item gets its own heading, not Energy's.
	b.Items[1].Topic = ""
	b.Items[3].Topic = "energy"
	doc := NewDocument(mustLookup(t, ""), b)
	var got []string
	for _, g := range doc.Groups {
		var ids []string
		for _, it := range g.Items {
			ids = append(ids, it.Headline[:10])
		}
		got = append(got, g.Heading+": "+strings.Join(ids, ", "))
	}
	want := []string{"Energy: Gas storag, Steel tari", "Other news: Offshore w", "Trade: Dock worke"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("groups = %q, want %q", got, want)
	}
	for i, it := range doc.Items {
		if it.N != i+1 {
			t.Errorf("item %d numbered %d", i, it.N)
		}
	}
	md := string(renderExt(t, ".md", mustLookup(t, ""), Options{}, b))
	if strings.Index(md, "# Other news") > strings.Index(md, "## Offshore wind") {
		t.Error("the topic-less item appears before its heading")
	}
}

func TestEmptySectionsAreLeftOut(t *testing.T) {
	b := sampleBrief()
	b.Items[0].Summary.WhatsNext = nil
	b.Items[1].Summary.WhatsNext = pts(" ", "")
	b.BottomLine = "  "
	for _, ext := range []string{".md", ".txt", ".html"} {
		out := html.UnescapeString(string(renderExt(t, ext, mustLookup(t, ""), Options{}, b)))
		if got := strings.Count(strings.ToLower(out), "what's next"); got != 2 {
			t.Errorf("%s shows What's Next %d times, want 2 (items 3 and 4)", ext, got)
		}
		if strings.Contains(strings.ToLower(out), "bottom line") {
			t.Errorf("%s shows an empty bottom line", ext)
		}
	}
	text := pdfTool(t, "pdftotext", renderExt(t, ".pdf", mustLookup(t, ""), Options{}, b), "-enc", "UTF-8")
	if got := strings.Count(text, "WHAT'S NEXT"); got != 2 {
		t.Errorf("the PDF shows WHAT'S NEXT %d times, want 2", got)
	}
}

func TestLibraryUserTemplatesOverrideBuiltins(t *testing.T) {
	dir := t.TempDir()
	good, _ := builtinFiles.ReadFile("builtin/morning-brief.toml")
	mine := strings.Replace(string(good), `title = "Morning Brief"`, `title = "Our Morning Brief"`, 1)
	os.WriteFile(filepath.Join(dir, "morning-brief.toml"), []byte(mine), 0o644)
	os.WriteFile(filepath.Join(dir, "broken.toml"), []byte("name = \"broken\"\n[page]\nmargin_mm = 200\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("ignored"), 0o644)
	lib := Library{Dir: dir}

	got, err := lib.Resolve("morning-brief")
	if err != nil || got.Title != "Our Morning Brief" || got.Origin() != filepath.Join(dir, "morning-brief.toml") {
		t.Fatalf("Resolve = %q from %q, %v; want the user's file", got.Title, got.Origin(), err)
	}
	if got, err := lib.Resolve("client-summary"); err != nil || got.Origin() != BuiltinOrigin {
		t.Fatalf("Resolve(client-summary) = %q, %v; want the built-in", got.Origin(), err)
	}
	if _, err := lib.Resolve("broken"); err == nil || !strings.Contains(err.Error(), "broken.toml: ") {
		t.Fatalf("a broken template gave %v, want an error naming the file", err)
	}
	checkListing(t, lib, dir)
}

// checkListing checks List over the folder TestLibraryUserTemplatesOverrideBuiltins made.
func checkListing(t *testing.T, lib Library, dir string) {
	entries, err := lib.List()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name)
		switch e.Name {
		case "morning-brief":
			if !e.Overrides || e.Origin != filepath.Join(dir, "morning-brief.toml") {
				t.Errorf("morning-brief entry = %+v, want the overriding user file", e)
			}
		case "broken":
			if e.Err == nil {
				t.Error("the broken file is listed without its error")
			}
		case "one-pager":
			if e.Origin != BuiltinOrigin {
				t.Errorf("one-pager origin = %q", e.Origin)
			}
		}
	}
	if want := []string{"morning-brief", "broken", "client-summary", "one-pager"}; !reflect.DeepEqual(names, want) {
		t.Errorf("List names = %q, want %q", names, want)
	}
	if entries, err := (Library{Dir: filepath.Join(dir, "missing")}).List(); err != nil || len(entries) != 3 {
		t.Errorf("a missing folder: %d entries, %v; want the 3 built-ins", len(entries), err)
	}
}

func TestUserFontFile(t *testing.T) {
	dir := t.TempDir()
	font, _ := os.ReadFile(filepath.Join("..", "assets", "fonts", "DejaVuSans.ttf"))
	os.WriteFile(filepath.Join(dir, "house.ttf"), font, 0o644)
	os.WriteFile(filepath.Join(dir, "cff.ttf"), []byte("OTTO....."), 0o644)
	tpl := "extends = \"morning-brief\"\nname = \"house\"\n[fonts]\nheading = \"house.ttf\"\nbody = \"house.ttf\"\n"
	os.WriteFile(filepath.Join(dir, "house.toml"), []byte(tpl), 0o644)
	got, err := (Library{Dir: dir}).Resolve("house")
	if err != nil {
		t.Fatal(err)
	}
	checkPDF(t, renderExt(t, ".pdf", got, Options{}, sampleBrief()))
	os.WriteFile(filepath.Join(dir, "cff.toml"), []byte(strings.ReplaceAll(tpl, "house.ttf", "cff.ttf")), 0o644)
	if _, err := (Library{Dir: dir}).Resolve("cff"); err == nil || !strings.Contains(err.Error(), "cff.toml: fonts.heading: cff.ttf has CFF") {
		t.Errorf("a CFF font gave %v", err)
	}
}
