package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// The main layouts are kept as markup masters in testdata/. After an
// intended change, copy testdata/failed/<name> over the master.
func TestLayouts(t *testing.T) {
	tests := []struct {
		name  string
		setup func(h *harness)
	}{
		{"start_screen.xml", func(h *harness) {}},
		{"workspace.xml", func(h *harness) {
			h.w.onNew()
			h.w.importJobs(parseImportInput(sampleURLs()))
			h.w.onSummariseAll()
			h.w.doc.SetTopic(1, "Economy") // Grain joins its own group after the items without a topic
			h.w.selectItem(2)
		}},
		{"export_dialog.xml", func(h *harness) {
			h.w.onNew()
			h.w.importJobs(parseImportInput(sampleURLs()))
			h.w.doc.Brief.ExportPath = "/briefs/Morning Brief 2026-11-23.pdf"
			h.w.onExport()
		}},
		{"import_dialog.xml", func(h *harness) {
			h.w.onNew()
			h.w.onImport()
		}},
		{"settings_dialog.xml", func(h *harness) {
			h.w.deps.LLM = &fakeLLMStore{saved: LLMSettings{Preset: "OpenAI", BaseURL: "https://api.openai.com/v1", Model: "gpt-4o-mini"}}
			h.w.onSettings()
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness(t)
			h.w.win.Resize(fyne.NewSize(1280, 800))
			h.w.Start("")
			tc.setup(h)
			test.AssertRendersToMarkup(t, tc.name, h.w.win.Canvas())
		})
	}
}
