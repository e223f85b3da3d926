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
			t.Errorf("builtin/%s.toml calls itself %q", n, tpl.Name)
		}
	}
}

func TestParseTemplateRejects(t *testing.T) {
	good, err := builtinFiles.ReadFile("builtin/morning-brief.toml")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, from, to, wantErr string
	}{
		{"bad colour", `accent = "#1F5AA6"`, `accent = "blue"`, `acme.toml: colors.accent: must be a colour in #RRGGBB form (got "blue")`},
		{"unknown font", `body = "DejaVuSerif"`, `body = "Comic"`, `acme.toml: fonts.body: must be DejaVuSans or DejaVuSerif`},
		{"missing font file", `body = "DejaVuSerif"`, `body = "fonts/missing.ttf"`, `acme.toml: fonts.body: cannot read the font`},
		{"unknown page size", `size = "A4"`, `size = "A0"`, `acme.toml: page.size: must be "A4" or "Letter" (got "A0")`},
		{"unknown points style", `points = "bullets"`, `points = "stars"`, `acme.toml: layout.points: must be "bullets" or "paragraphs" (got "stars")`},
		{"unknown field", `label = "Morning Brief"`, `lable = "Morning Brief"`, `acme.toml: lable: unknown field`},
		{"unknown nested field", `margin_mm = 20`, `margin_mm = 20` + "\nmargins = 3", `acme.toml: page.margins: unknown field`},
		{"zero line spacing", `line_spacing = 1.38`, `line_spacing = 0`, `acme.toml: sizes.line_spacing: must be between 1 and 3 (got 0)`},
		{"absurd font size", `title = 22`, `title = 900`, `acme.toml: sizes.title: must be between 4 and 48 (got 900)`},
		{"missing size", "footer = 7.5\n", "", `acme.toml: sizes.footer: must be between 4 and 48 (got 0)`},
		{"huge margin", `margin_mm = 20`, `margin_mm = 200`, `acme.toml: page.margin_mm: must be between 5 and 50 (got 200)`},
		{"wrong type", `margin_mm = 20`, `margin_mm = "wide"`, `acme.toml: toml: line`},
		{"unknown section", `show = ["what_happened",`, `show = ["what_hapened",`, `acme.toml: sections.show: "what_hapened" is not one of`},
		{"shown section without wording", `what_happened = "What Happened"`, `what_happened = ""`, `acme.toml: sections.what_happened: must not be empty`},
		{"unknown source field", `fields = ["origin",`, `fields = ["outlet",`, `acme.toml: source.fields: "outlet" is not one of`},
		{"bad logo place", `logo_place = "right"`, `logo_place = "middle"`, `acme.toml: brand.logo_place: must be "left", "right" or "none"`},
		{"missing logo", `logo = ""`, `logo = "nowhere.png"`, `acme.toml: brand.logo: cannot read the logo`},
		{"bad brand colour", `color = ""`, `color = "#12"`, `acme.toml: brand.color: must be a colour`},
		{"broken syntax", `[page]`, `[page`, `acme.toml: toml:`},
		{"extends unknown", `name = "morning-brief"`, `name = "acme"` + "\nextends = \"nope\"", `acme.toml: extends: unknown template "nope"`},
	}
	dir := t.TempDir()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := strings.Replace(string(good), tt.from, tt.to, 1)
			if data == string(good) {
				t.Fatalf("fixture edit %q did not apply", tt.from)
			}
			_, err := parseTemplate("acme.toml", []byte(data), dir)
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("parseTemplate error = %v, want one containing %q", err, tt.wantErr)
			}
		})
	}
}

// FuzzParseTemplate feeds template files to the parser: it must return a
// template or an error, never panic.
func FuzzParseTemplate(f *testing.F) {
	for _, n := range Names() {
		data, err := builtinFiles.ReadFile("builtin/" + n + ".toml")
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("extends = \"morning-brief\"\nname = \"x\"\n[page]\nmargin_mm = 1e400\n"))
	f.Add([]byte("\x00\xff[[["))
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		tpl, err := parseTemplate("fuzz.toml", data, dir)
		if err == nil && tpl.validate() != nil {
			t.Fatalf("parseTemplate accepted a template that does not validate")
		}
	})
}
