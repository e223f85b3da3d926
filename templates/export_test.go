package templates

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"briefsmith/briefs"
)

func TestExportFile(t *testing.T) {
	tests := []struct {
		name   string
		file   string
		prefix string
	}{
		{"pdf", "brief.pdf", "%PDF-"},
		{"upper-case extension", "BRIEF.PDF", "%PDF-"},
		{"markdown", "brief.md", "**OFFICIAL"},
		{"saved brief", "brief.brief", "{"},
		{"json", "brief.json", "{"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), tt.file)
			if err := ExportFile(context.Background(), path, sampleBrief(), Options{}); err != nil {
				t.Fatal(err)
			}
			data, err := os.ReadFile(path)
			if err != nil || !bytes.HasPrefix(data, []byte(tt.prefix)) {
				t.Fatalf("%s starts %q (err %v), want %q", tt.file, data[:min(len(data), 10)], err, tt.prefix)
			}
		})
	}
}

func TestExportFileBriefRoundTrips(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.brief")
	want := sampleBrief()
	if err := ExportFile(context.Background(), path, want, Options{}); err != nil {
		t.Fatal(err)
	}
	got, err := briefs.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if got.Title != want.Title || len(got.Items) != len(want.Items) || got.Items[2].Summary.Headline != want.Items[2].Summary.Headline {
		t.Errorf("round trip changed the brief: %+v", got)
	}
}

func TestExportFileTemplateChoice(t *testing.T) {
	dir := t.TempDir()
	b := sampleBrief()
	b.Template = "client-summary"
	tests := []struct {
		name    string
		opt     string
		wantErr string
	}{
		{"brief's own template", "", ""},
		{"option overrides", "morning-brief", ""},
		{"unknown option", "weekly", "unknown template"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := ExportFile(context.Background(), filepath.Join(dir, "b.pdf"), b, Options{Template: tt.opt})
			if (tt.wantErr == "") != (err == nil) || (err != nil && !strings.Contains(err.Error(), tt.wantErr)) {
				t.Fatalf("err = %v, want %q", err, tt.wantErr)
			}
		})
	}
}

func TestExportFileFailures(t *testing.T) {
	dir := t.TempDir()
	notDir := filepath.Join(dir, "file")
	os.WriteFile(notDir, []byte("x"), 0o644)
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	tests := []struct {
		name    string
		ctx     context.Context
		path    string
		brief   *briefs.Brief
		wantErr string
	}{
		{"unknown extension names the supported ones", context.Background(), filepath.Join(dir, "b.odt"), sampleBrief(), ".pdf, .docx, .html, .txt, .md, .brief, .json"},
		{"no extension", context.Background(), filepath.Join(dir, "brief"), sampleBrief(), "unsupported file type"},
		{"unwritable directory", context.Background(), filepath.Join(notDir, "b.pdf"), sampleBrief(), "export"},
		{"missing directory", context.Background(), filepath.Join(dir, "no", "such", "b.md"), sampleBrief(), "no such file"},
		{"nil brief", context.Background(), filepath.Join(dir, "b.pdf"), nil, "no brief"},
		{"cancelled", cancelled, filepath.Join(dir, "b.pdf"), sampleBrief(), "context canceled"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := ExportFile(tt.ctx, tt.path, tt.brief, Options{})
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("err = %v, want one containing %q", err, tt.wantErr)
			}
		})
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("failed exports left files behind: %v", entries)
	}
}

func TestExportFileKeepsOldFileOnFailure(t *testing.T) {
	path := filepath.Join(t.TempDir(), "b.pdf")
	os.WriteFile(path, []byte("previous"), 0o644)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := ExportFile(ctx, path, sampleBrief(), Options{}); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if data, _ := os.ReadFile(path); string(data) != "previous" {
		t.Errorf("a failed export changed the file to %d bytes", len(data))
	}
}

func TestFormats(t *testing.T) {
	got := strings.Join(Formats(), " ")
	if got != ".pdf .docx .html .txt .md .brief .json" {
		t.Errorf("Formats() = %q", got)
	}
}
