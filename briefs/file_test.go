package briefs

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

func sampleBrief() *Brief {
	b := &Brief{Title: "Morning Brief", Date: "2026-11-23", PreparedFor: "The Duty Office"}
	it := b.NewItem(Article{
		Source: "a.txt", Title: "Bridge closes", Site: "Courier", URL: "https://courier.example/a",
		Published: time.Date(2026, 11, 20, 8, 30, 0, 0, time.UTC), Language: "en",
		Text: "The bridge will close. It needs repairs.",
	})
	it.Summary = Summary{
		Headline:     "Bridge closes",
		WhatHappened: []Point{{Text: "The bridge will close.", Spans: []Span{{0, 22}}}},
		WhyItMatters: []Point{{Text: "It needs repairs.", Spans: []Span{{23, 40}}}},
		Quote:        &Quote{Text: "Not unsafe today", Speaker: "Dana Okafor"},
		Summarizer:   "offline",
	}
	b.Items = append(b.Items, it)
	return b
}

func TestSaveLoadRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.brief")
	want := sampleBrief()
	if err := Save(path, want); err != nil {
		t.Fatal(err)
	}
	got, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("round trip changed the brief:\n got %+v\nwant %+v", got, want)
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Fatalf("Save left temporary files behind: %v", entries)
	}
}

func TestLoadRejectsBadFiles(t *testing.T) {
	good, _ := Marshal(sampleBrief())
	cases := []struct {
		name, data, wantErr string
	}{
		{"empty", "", "empty"},
		{"not json", "hello", "not a brief file"},
		{"truncated", string(good[:len(good)/2]), "not a brief file"},
		{"no version", `{"format":"briefsmith","title":"x","items":[]}`, "no version"},
		{"newer version", `{"format":"briefsmith","version":99,"items":[]}`, "newer version"},
		{"zero version", `{"format":"briefsmith","version":0}`, "version 0"},
		{"bad status", `{"format":"briefsmith","version":1,"items":[{"id":"a","status":"weird"}]}`, "unknown status"},
		{"duplicate ids", `{"format":"briefsmith","version":1,"items":[{"id":"a","status":"draft"},{"id":"a","status":"draft"}]}`, "used twice"},
		{"bad date", `{"format":"briefsmith","version":1,"date":"23/11/2026","items":[]}`, "YYYY-MM-DD"},
		{"span outside", `{"format":"briefsmith","version":1,"items":[{"id":"a","status":"draft","article":{"text":"abc"},"summary":{"what_happened":["x"],"spans":{"what_happened":[[[0,9]]]}}}]}`, "outside the article"},
		{"no format", `{"version":1,"items":[]}`, "no \"format\""},
		{"other format", `{"format":"other","version":1,"items":[]}`, "its format is \"other\""},
		{"impossible date", `{"format":"briefsmith","version":1,"date":"2026-13-45","items":[]}`, "not a calendar day"},
		{"bad published", `{"format":"briefsmith","version":1,"items":[{"id":"a","status":"draft","article":{"published":"yesterday"}}]}`, "RFC 3339"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Unmarshal([]byte(tc.data))
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Fatalf("Unmarshal(%q) error = %v, want one containing %q", tc.name, err, tc.wantErr)
			}
		})
	}
}

func TestNewerVersionIsTyped(t *testing.T) {
	_, err := Unmarshal([]byte(`{"format":"briefsmith","version":2,"items":[]}`))
	if !errors.Is(err, ErrNewerVersion) {
		t.Fatalf("error %v is not ErrNewerVersion", err)
	}
}

func TestLoadMissingFileNamesPath(t *testing.T) {
	path := filepath.Join(t.TempDir(), "nope.brief")
	_, err := Load(path)
	if err == nil || !strings.Contains(err.Error(), path) {
		t.Fatalf("Load error %v should name %s", err, path)
	}
}

func TestSaveFailureKeepsOldFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "x.brief")
	if err := Save(path, sampleBrief()); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(path)
	if os.Getuid() == 0 {
		t.Skip("root can write to read-only directories")
	}
	os.Chmod(dir, 0o500)
	defer os.Chmod(dir, 0o700)
	b := sampleBrief()
	b.Title = "changed"
	if err := Save(path, b); err == nil {
		t.Fatal("Save into a read-only directory succeeded")
	}
	after, _ := os.ReadFile(path)
	if string(before) != string(after) {
		t.Fatal("a failed Save changed the existing file")
	}
}

// TestWireNames pins the JSON field names that outside tools rely on.
func TestWireNames(t *testing.T) {
	it := sampleBrief().Items[0]
	var art, sum map[string]any
	mustRemarshal(t, it.Article, &art)
	mustRemarshal(t, it.Summary, &sum)
	for _, k := range []string{"source", "title", "byline", "site", "url", "published", "language", "text"} {
		if _, ok := art[k]; !ok {
			t.Errorf("article JSON lacks %q: %v", k, art)
		}
	}
	if art["published"] != "2026-11-20T08:30:00Z" {
		t.Errorf("published = %v, want RFC 3339", art["published"])
	}
	for _, k := range []string{"headline", "what_happened", "why_it_matters", "whats_next", "quote", "spans", "summarizer"} {
		if _, ok := sum[k]; !ok {
			t.Errorf("summary JSON lacks %q: %v", k, sum)
		}
	}
	if wh, ok := sum["what_happened"].([]any); !ok || wh[0] != "The bridge will close." {
		t.Errorf("what_happened should be an array of strings, got %#v", sum["what_happened"])
	}
}

func TestUnknownPublishedIsEmpty(t *testing.T) {
	var m map[string]any
	mustRemarshal(t, Article{Source: "x"}, &m)
	if m["published"] != "" {
		t.Fatalf("published = %#v, want empty string", m["published"])
	}
	var s map[string]any
	mustRemarshal(t, Summary{}, &s)
	if s["whats_next"] == nil {
		t.Fatalf("empty sections must be [] not null: %v", s)
	}
}

func mustRemarshal(t *testing.T, v any, into *map[string]any) {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, into); err != nil {
		t.Fatal(err)
	}
}

func FuzzUnmarshal(f *testing.F) {
	good, _ := Marshal(sampleBrief())
	f.Add(good)
	f.Add([]byte(`{"format":"briefsmith","version":1,"items":[{"id":"a","status":"draft","article":{"text":"abc"},"summary":{"what_happened":["x"],"spans":{"what_happened":[[[0,9]]]}}}]}`))
	f.Add([]byte(`{"format":"briefsmith","version":99}`))
	f.Add([]byte("\xef\xbb\xbf{}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := Unmarshal(data)
		if err != nil {
			return
		}
		// Whatever loads must save and load again unchanged.
		again, err := Marshal(b)
		if err != nil {
			t.Fatalf("loaded brief does not marshal: %v", err)
		}
		if _, err := Unmarshal(again); err != nil {
			t.Fatalf("re-saved brief does not load: %v", err)
		}
	})
}
