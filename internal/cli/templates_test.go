package cli

import (
	"bytes"
	"encoding/json"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// userTemplates makes a config folder with one good and one broken user
// template and returns the folder of templates.
func userTemplates(t *testing.T) string {
	t.Helper()
	cfg := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", cfg)
	dir := filepath.Join(cfg, "briefsmith", "templates")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"house.toml":          "extends = \"morning-brief\"\nname = \"house\"\ntitle = \"House Brief\"\ndescription = \"Ours.\"\n",
		"client-summary.toml": "extends = \"client-summary\"\nname = \"client-summary\"\ntitle = \"Our Client Summary\"\n",
		"broken.toml":         "extends = \"morning-brief\"\nname = \"broken\"\n[page]\nmargin_mm = 200\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestTemplatesListsWhereEachComesFrom(t *testing.T) {
	dir := userTemplates(t)
	code, out, errs := run(Env{}, "templates")
	if code != exitFailed {
		t.Errorf("exit status %d, want 1 for the broken file", code)
	}
	checkListed(t, out, dir)
	if !strings.Contains(errs, "broken.toml: page.margin_mm: must be between 5 and 50 (got 200)") {
		t.Errorf("stderr does not say what is wrong: %q", errs)
	}
}

// checkListed checks that each template's line names where it comes from.
func checkListed(t *testing.T, out, dir string) {
	t.Helper()
	lines := strings.Split(out, "\n")
	want := map[string]string{
		"morning-brief":  "built-in",
		"one-pager":      "built-in",
		"house":          filepath.Join(dir, "house.toml"),
		"client-summary": filepath.Join(dir, "client-summary.toml"),
		"broken":         filepath.Join(dir, "broken.toml"),
	}
	for name, from := range want {
		found := false
		for _, l := range lines {
			f := strings.Fields(l)
			if len(f) >= 2 && f[0] == name && f[1] == from {
				found = true
			}
		}
		if !found {
			t.Errorf("no line %q from %q in:\n%s", name, from, out)
		}
	}
	if !strings.Contains(out, "(replaces the built-in)") || !strings.Contains(out, dir) {
		t.Errorf("override or folder not shown:\n%s", out)
	}
}

func TestTemplatesJSON(t *testing.T) {
	userTemplates(t)
	code, out, _ := run(Env{}, "templates", "--format", "json")
	var list []map[string]any
	if err := json.Unmarshal([]byte(out), &list); err != nil || code != exitFailed {
		t.Fatalf("json: code %d, %v\n%s", code, err, out)
	}
	for _, e := range list {
		for _, k := range []string{"name", "title", "description", "origin"} {
			if _, ok := e[k]; !ok {
				t.Errorf("%v lacks %q", e["name"], k)
			}
		}
		if e["name"] == "broken" && e["error"] == nil {
			t.Errorf("broken template has no error: %v", e)
		}
	}
}

func TestTemplateByNameOrPath(t *testing.T) {
	dir := userTemplates(t)
	f := newFixtures(t)
	for _, tmpl := range []string{"house", filepath.Join(dir, "house.toml"), "one-pager"} {
		out := filepath.Join(t.TempDir(), "b.txt")
		code, _, errs := run(Env{}, "compose", "--template", tmpl, "-o", out, f.story)
		if code != exitOK {
			t.Errorf("--template %s: code %d, %s", tmpl, code, errs)
		}
	}
	code, _, errs := run(Env{}, "compose", "--template", "nope", "-o", filepath.Join(t.TempDir(), "b.pdf"), f.story)
	if code != exitUsage || !strings.Contains(errs, `unknown template "nope"`) {
		t.Errorf("unknown template: code %d, %s", code, errs)
	}
}

func writePNG(t *testing.T, path string) {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 8, 4))
	for x := 0; x < 8; x++ {
		img.Set(x, 1, color.RGBA{11, 110, 79, 255})
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestBrandFlags: the 6 a.m. run's brand flags reach the document, in
// every format, and a .brief written with them carries them.
func TestBrandFlags(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	f := newFixtures(t)
	logo := filepath.Join(f.dir, "logo.png")
	writePNG(t, logo)
	brand := []string{"--logo", logo, "--brand-name", "Acme Advisory", "--brand-color", "#0B6E4F", "--banner", "CONFIDENTIAL – CLIENT ONLY", "--disclaimer", "Not investment advice."}
	dir := t.TempDir()
	html := filepath.Join(dir, "b.html")
	code, _, errs := run(Env{}, append(append([]string{"compose", "--template", "client-summary", "-o", html}, brand...), f.story)...)
	if code != exitOK {
		t.Fatalf("compose: code %d, %s", code, errs)
	}
	data, _ := os.ReadFile(html)
	for _, want := range []string{"Acme Advisory", "CONFIDENTIAL – CLIENT ONLY", "Not investment advice.", "data:image/png;base64,"} {
		if !strings.Contains(string(data), want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
	if !strings.Contains(strings.ToLower(string(data)), "#0b6e4f") {
		t.Errorf("HTML lacks the brand colour")
	}
	saved := filepath.Join(dir, "b.brief")
	if code, _, errs := run(Env{}, append(append([]string{"compose", "-o", saved}, brand...), f.story)...); code != exitOK {
		t.Fatalf("compose .brief: code %d, %s", code, errs)
	}
	txt := filepath.Join(dir, "again.txt")
	if code, _, errs := run(Env{}, "export", "--banner", "INTERNAL", "-o", txt, saved); code != exitOK {
		t.Fatalf("export: code %d, %s", code, errs)
	}
	text, _ := os.ReadFile(txt)
	if !strings.Contains(string(text), "INTERNAL") || !strings.Contains(string(text), "Acme Advisory") || strings.Contains(string(text), "CONFIDENTIAL") {
		t.Errorf("export's --banner should replace the saved banner and keep the saved name:\n%s", text)
	}
}
