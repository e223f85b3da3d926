package app

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"briefsmith/briefs"
)

// fakeImporter serves articles from a map; unknown sources fail.
type fakeImporter struct {
	articles map[string]briefs.Article
	errs     map[string]error           // sources that fail with this error
	sameAs   func(source string) string // as briefs.ImportOptions.SameAs
}

func (f *fakeImporter) Import(_ context.Context, source string) (briefs.Article, error) {
	if err, ok := f.errs[source]; ok {
		return briefs.Article{}, err
	}
	if a, ok := f.articles[source]; ok {
		return a, nil
	}
	return briefs.Article{}, fmt.Errorf("%s: not found", source)
}

// ImportAll imports one source at a time, so progress arrives in order.
func (f *fakeImporter) ImportAll(ctx context.Context, sources []string, progress briefs.Progress) []briefs.ImportResult {
	return briefs.ImportAll(ctx, f, sources, briefs.ImportOptions{Concurrency: 1, SameAs: f.sameAs}, progress)
}

func (f *fakeImporter) ImportText(_ context.Context, label, text string) (briefs.Article, error) {
	if strings.TrimSpace(text) == "" {
		return briefs.Article{}, errors.New("the text is empty")
	}
	return briefs.Article{Source: label, Title: label, Text: text}, nil
}

// fakeSummarizer writes a summary from the article's sentences: the first
// sentence is What Happened, the second Why It Matters, the third What's
// Next, each with its span. round is added to the headline so tests can
// tell a re-summarise from the first one.
type fakeSummarizer struct {
	round int
	calls int
}

func (f *fakeSummarizer) Summarize(ctx context.Context, a briefs.Article, _ briefs.SummaryOptions) (briefs.Summary, error) {
	if err := ctx.Err(); err != nil {
		return briefs.Summary{}, err
	}
	f.calls++
	s := briefs.Summary{Headline: fmt.Sprintf("%s (round %d)", a.Title, f.round), Summarizer: "fake"}
	sents := sentenceSpans(a.Text)
	for i, sec := range briefs.Sections {
		if i < len(sents) {
			sp := sents[i]
			s.SetPoints(sec, []briefs.Point{{Text: a.Text[sp.Start:sp.End], Spans: []briefs.Span{sp}}})
		}
	}
	return s, nil
}

// sentenceSpans splits text at ". " boundaries.
func sentenceSpans(text string) []briefs.Span {
	var out []briefs.Span
	start := 0
	for i := 0; i < len(text); i++ {
		if text[i] == '.' && (i+1 == len(text) || text[i+1] == ' ') {
			out = append(out, briefs.Span{Start: start, End: i + 1})
			start = i + 2
		}
	}
	return out
}

// fakeExporter remembers the last brief it was asked to export and writes
// a plain-text rendering of it.
type fakeExporter struct {
	last     *briefs.Brief
	template string
	brand    *briefs.Brand
	err      error
}

func (f *fakeExporter) Templates() []string { return []string{"morning-brief", "one-pager"} }
func (f *fakeExporter) Formats() []string {
	return []string{".pdf", ".docx", ".html", ".txt", ".md", ".brief", ".json"}
}

func (f *fakeExporter) Export(ctx context.Context, path string, b *briefs.Brief, o ExportOptions) error {
	text, err := f.Text(ctx, b, o)
	if err != nil {
		return err
	}
	return os.WriteFile(path, []byte(text), 0o644)
}

func (f *fakeExporter) Text(_ context.Context, b *briefs.Brief, o ExportOptions) (string, error) {
	if f.err != nil {
		return "", f.err
	}
	f.last, f.template, f.brand = b, o.Template, o.Brand
	var sb strings.Builder
	for _, it := range b.Items {
		fmt.Fprintln(&sb, it.Summary.Headline)
		for _, sec := range briefs.Sections {
			fmt.Fprintln(&sb, strings.Join(it.Summary.Texts(sec), " "))
		}
	}
	return sb.String(), nil
}

// sampleArticles are three short articles keyed by their URL.
func sampleArticles() map[string]briefs.Article {
	mk := func(slug, title, site, text string) briefs.Article {
		return briefs.Article{Source: "https://news.example/" + slug, URL: "https://news.example/" + slug,
			Title: title, Site: site, Published: time.Date(2026, 11, 23, 7, 0, 0, 0, time.UTC), Text: text}
	}
	return map[string]briefs.Article{
		"https://news.example/bridge": mk("bridge", "Harbour bridge closes for repairs", "Harbour Herald",
			"The harbour bridge closed on Monday for urgent repairs. Commuters face detours of up to forty minutes. Engineers will inspect the cables next week."),
		"https://news.example/grain": mk("grain", "Grain prices climb", "Farm Wire",
			"Wheat prices rose four per cent on Tuesday. Bakers warn bread may cost more. The ministry will publish forecasts in March."),
		"https://news.example/solar": mk("solar", "Solar cooperative opens", "Valley Times",
			"A solar cooperative switched on its first panels. Members expect lower bills this winter. A second site is planned for spring."),
	}
}

func sampleURLs() string {
	return "https://news.example/bridge\nhttps://news.example/grain\nhttps://news.example/solar"
}

// harness is a window on a test app with fake services.
type harness struct {
	t   *testing.T
	w   *Window
	imp *fakeImporter
	sum *fakeSummarizer
	exp *fakeExporter
}

func newHarness(t *testing.T) *harness {
	t.Helper()
	a := test.NewTempApp(t)
	h := &harness{t: t, imp: &fakeImporter{articles: sampleArticles()}, sum: &fakeSummarizer{round: 1}, exp: &fakeExporter{}}
	h.w = New(a, Deps{
		Importer:    h.imp,
		Exporter:    h.exp,
		Summarizer:  func(Settings) briefs.Summarizer { return h.sum },
		Version:     "9.9.9",
		Concurrency: 1,
		Run:         SyncRunner(),
		Now:         func() time.Time { return time.Date(2026, 11, 23, 8, 0, 0, 0, time.UTC) },
	})
	h.w.win.Resize(fyne.NewSize(1280, 800))
	return h
}

// overlayButton finds a button labelled label in the top dialog.
func (h *harness) overlayButton(label string) *widget.Button {
	h.t.Helper()
	top := h.w.win.Canvas().Overlays().Top()
	if top == nil {
		h.t.Fatalf("no dialog is open; wanted button %q", label)
	}
	if b := findButton(top, label); b != nil {
		return b
	}
	h.t.Fatalf("the open dialog has no button %q", label)
	return nil
}

// tapDialog taps the button labelled label in the top dialog.
func (h *harness) tapDialog(label string) { test.Tap(h.overlayButton(label)) }

func findButton(o fyne.CanvasObject, label string) *widget.Button {
	if b, ok := o.(*widget.Button); ok && b.Text == label {
		return b
	}
	var kids []fyne.CanvasObject
	switch v := o.(type) {
	case *fyne.Container:
		kids = v.Objects
	case fyne.Widget:
		kids = test.WidgetRenderer(v).Objects()
	}
	for _, k := range kids {
		if b := findButton(k, label); b != nil {
			return b
		}
	}
	return nil
}

// noDialog fails when a dialog is still open.
func (h *harness) noDialog() {
	h.t.Helper()
	if top := h.w.win.Canvas().Overlays().Top(); top != nil && top.Visible() {
		h.t.Fatalf("a dialog is still open")
	}
}

// overlayEntry finds the entry with placeholder in the top dialog.
func (h *harness) overlayEntry(placeholder string) *widget.Entry {
	h.t.Helper()
	var found *widget.Entry
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if e, ok := o.(*widget.Entry); ok && e.PlaceHolder == placeholder && found == nil {
			found = e
			return
		}
		switch v := o.(type) {
		case *fyne.Container:
			for _, k := range v.Objects {
				walk(k)
			}
		case fyne.Widget:
			for _, k := range test.WidgetRenderer(v).Objects() {
				walk(k)
			}
		}
	}
	if top := h.w.win.Canvas().Overlays().Top(); top != nil {
		walk(top)
	}
	if found == nil {
		h.t.Fatalf("the open dialog has no entry %q", placeholder)
	}
	return found
}

// logTo makes the window log to a buffer, which it returns.
func (h *harness) logTo() *strings.Builder {
	var buf strings.Builder
	h.w.dlgs.log = slog.New(slog.NewTextHandler(&buf, nil))
	return &buf
}
