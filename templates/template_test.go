package templates

import (
	"strings"
	"testing"
)

func TestNames(t *testing.T) {
	names := Names()
	if len(names) < 2 || names[0] != DefaultName {
		t.Fatalf("Names() = %q, want the default %q first and at least two", names, DefaultName)
	}
	seen := map[string]bool{}
	for _, n := range names {
		if seen[n] {
			t.Errorf("Names() lists %q twice", n)
		}
		seen[n] = true
	}
	if !seen["client-summary"] {
		t.Errorf("Names() = %q, missing client-summary", names)
	}
}

func TestLookup(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    string // template name, or a fragment of the error
		wantErr bool
	}{
		{"empty means default", "", DefaultName, false},
		{"default by name", "morning-brief", "morning-brief", false},
		{"second template", "client-summary", "client-summary", false},
		{"unknown lists the names", "weekly", "available: morning-brief, client-summary", true},
		{"path is not a name", "../builtin/morning-brief", "unknown template", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Lookup(tt.in)
			if tt.wantErr {
				if err == nil || !strings.Contains(err.Error(), tt.want) {
					t.Fatalf("Lookup(%q) error = %v, want one containing %q", tt.in, err, tt.want)
				}
				return
			}
			if err != nil || got.Name != tt.want || got.Title == "" || got.Description == "" {
				t.Fatalf("Lookup(%q) = %q (title %q), %v; want %q with title and description", tt.in, got.Name, got.Title, err, tt.want)
			}
		})
	}
}

func TestEveryBuiltinFileMatchesItsName(t *testing.T) {
	for _, n := range Names() {
		tpl, err := Lookup(n)
		if err != nil {
			t.Fatalf("Lookup(%q): %v", n, err)
		}
		if tpl.Name != n {
			t.Errorf("builtin/%s.json calls itself %q", n, tpl.Name)
		}
	}
}

func TestParseTemplateRejects(t *testing.T) {
	good, err := builtinFiles.ReadFile("builtin/morning-brief.json")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, from, to, wantErr string
	}{
		{"bad colour", `"#1F5AA6"`, `"blue"`, "#rrggbb"},
		{"unknown font", `"DejaVuSerif"`, `"Comic"`, "not embedded"},
		{"unknown page size", `"A4"`, `"A0"`, "page size"},
		{"unknown points style", `"bullets"`, `"stars"`, "points"},
		{"unknown field", `"label":`, `"lable":`, "unknown field"},
		{"zero line spacing", `"line_spacing": 1.38`, `"line_spacing": 0`, "line spacing"},
		{"absurd font size", `"title": 22`, `"title": 900`, "font size"},
		{"missing size", `"footer": 7.5,`, ``, "font size"},
		{"tiny margin", `"margin_mm": 20`, `"margin_mm": 1`, "margins"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := strings.Replace(string(good), tt.from, tt.to, 1)
			if data == string(good) {
				t.Fatalf("fixture edit %q did not apply", tt.from)
			}
			if _, err := parseTemplate([]byte(data)); err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("parseTemplate error = %v, want one containing %q", err, tt.wantErr)
			}
		})
	}
}
