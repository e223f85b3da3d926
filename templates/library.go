package templates

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"

	"briefsmith/briefs"
)

//go:embed builtin/*.toml
var builtinFiles embed.FS

// BuiltinOrigin is the Origin of a template embedded in the binary.
const BuiltinOrigin = "built-in"

// maxTemplateBytes bounds a template file; real ones are a few kilobytes.
const maxTemplateBytes = 1 << 20

// Library finds templates: the built-ins, and the user's own *.toml files in
// Dir, which override a built-in of the same name. The zero Library has no
// user folder and so sees only the built-ins (and explicit paths).
type Library struct {
	Dir string // folder of the user's templates; "" for none
}

// UserDir is the folder of the user's own templates:
// os.UserConfigDir()/briefsmith/templates.
func UserDir() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("find the templates folder: %w", err)
	}
	return filepath.Join(dir, "briefsmith", "templates"), nil
}

// UserLibrary is the Library over UserDir, or the built-ins alone when the
// system has no config folder.
func UserLibrary() Library {
	dir, _ := UserDir() // no config dir: built-ins only, which is all there is
	return Library{Dir: dir}
}

// Entry is one template a Library offers.
type Entry struct {
	Name, Title, Description string
	Origin                   string // BuiltinOrigin or the file's path
	Overrides                bool   // a user file that replaces a built-in of the same name
	Err                      error  // a user file that does not load: why (the entry is still listed)
}

// List returns every template, the default first and the rest by name. A
// broken user file is listed with its error rather than hidden; List fails
// only when Dir exists but cannot be read.
func (l Library) List() ([]Entry, error) {
	byName := map[string]Entry{}
	for _, n := range Names() {
		t, err := Lookup(n)
		byName[n] = Entry{Name: n, Title: t.Title, Description: t.Description, Origin: BuiltinOrigin, Err: err}
	}
	files, err := l.userFiles()
	if err != nil {
		return nil, err
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".toml")
		e := Entry{Name: name, Origin: f}
		_, e.Overrides = byName[name]
		if t, err := loadFile(f); err != nil {
			e.Err = err
		} else {
			e.Title, e.Description = t.Title, t.Description
		}
		byName[name] = e
	}
	return sortEntries(byName), nil
}

func sortEntries(byName map[string]Entry) []Entry {
	out := make([]Entry, 0, len(byName))
	for _, e := range byName {
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool {
		if (out[i].Name == DefaultName) != (out[j].Name == DefaultName) {
			return out[i].Name == DefaultName
		}
		return out[i].Name < out[j].Name
	})
	return out
}

// userFiles lists Dir/*.toml; a missing Dir is no error.
func (l Library) userFiles() ([]string, error) {
	if l.Dir == "" {
		return nil, nil
	}
	entries, err := os.ReadDir(l.Dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("list templates in %s: %w", l.Dir, err)
	}
	var out []string
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".toml") {
			out = append(out, filepath.Join(l.Dir, e.Name()))
		}
	}
	return out, nil
}

// Resolve returns the template that nameOrPath names: a path (anything with
// a slash or ending in ".toml") is loaded from that file; a name is looked
// up in Dir, then among the built-ins; "" means DefaultName.
func (l Library) Resolve(nameOrPath string) (Template, error) {
	if strings.ContainsAny(nameOrPath, `/\`) || strings.HasSuffix(nameOrPath, ".toml") {
		return loadFile(nameOrPath)
	}
	if nameOrPath == "" {
		nameOrPath = DefaultName
	}
	if l.Dir != "" {
		f := filepath.Join(l.Dir, nameOrPath+".toml")
		if _, err := os.Stat(f); err == nil {
			return loadFile(f)
		}
	}
	return Lookup(nameOrPath)
}

// Names returns the built-in template names, the default first and the
// others in alphabetical order.
func Names() []string {
	entries, _ := builtinFiles.ReadDir("builtin") // embedded: cannot fail
	names := []string{DefaultName}
	for _, e := range entries {
		if n := strings.TrimSuffix(e.Name(), ".toml"); n != DefaultName {
			names = append(names, n)
		}
	}
	sort.Strings(names[1:])
	return names
}

// Lookup returns the built-in template called name; "" means the default.
// An unknown name is an error that lists the known ones. It never reads the
// user's folder: use Library.Resolve for that.
func Lookup(name string) (Template, error) {
	if name == "" {
		name = DefaultName
	}
	file := path.Join("builtin", name+".toml")
	data, err := builtinFiles.ReadFile(file)
	if err != nil || strings.ContainsAny(name, `/\`) {
		return Template{}, fmt.Errorf("unknown template %q (available: %s)", name, strings.Join(Names(), ", "))
	}
	t, err := parseTemplate(name+".toml", data, "")
	if err != nil {
		return Template{}, err
	}
	t.origin = BuiltinOrigin
	return t, nil
}

// loadFile reads and checks a user's template file.
func loadFile(file string) (Template, error) {
	info, err := os.Stat(file)
	if err != nil {
		return Template{}, fmt.Errorf("template %s: %w", file, err)
	}
	if info.Size() > maxTemplateBytes {
		return Template{}, fmt.Errorf("%s: the file is %d bytes; a template is at most %d", filepath.Base(file), info.Size(), maxTemplateBytes)
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return Template{}, fmt.Errorf("template %s: %w", file, err)
	}
	t, err := parseTemplate(filepath.Base(file), data, filepath.Dir(file))
	if err != nil {
		return Template{}, err
	}
	t.origin = file
	return t, nil
}

// parseTemplate decodes and checks one template file; name is the file's
// name for messages, dir the folder its relative paths start from. A file
// with "extends" starts from that built-in's values.
func parseTemplate(name string, data []byte, dir string) (Template, error) {
	var head struct {
		Extends string `toml:"extends"`
	}
	if _, err := toml.Decode(string(data), &head); err != nil {
		return Template{}, fmt.Errorf("%s: %w", name, err)
	}
	var t Template
	if head.Extends != "" {
		base, err := Lookup(head.Extends)
		if err != nil {
			return Template{}, fmt.Errorf("%s: extends: %w", name, err)
		}
		// Lists are replaced, not merged, when the file gives them.
		t = base
		t.Sections.Show, t.Source.Fields = nil, nil
		t = restoreLists(t, base, data)
	}
	md, err := toml.Decode(string(data), &t)
	if err != nil {
		return Template{}, fmt.Errorf("%s: %w", name, err)
	}
	if und := md.Undecoded(); len(und) > 0 {
		return Template{}, fmt.Errorf("%s: %s: unknown field", name, und[0].String())
	}
	t.dir = dir
	if err := t.loadLogo(); err != nil {
		return Template{}, fmt.Errorf("%s: %w", name, err)
	}
	if err := t.validate(); err != nil {
		return Template{}, fmt.Errorf("%s: %w", name, err)
	}
	return t, nil
}

// restoreLists puts back the base's lists unless data sets them itself.
func restoreLists(t, base Template, data []byte) Template {
	var probe struct {
		Sections struct {
			Show []string `toml:"show"`
		} `toml:"sections"`
		Source struct {
			Fields []string `toml:"fields"`
		} `toml:"source"`
	}
	md, _ := toml.Decode(string(data), &probe) // already decoded once without error
	if !md.IsDefined("sections", "show") {
		t.Sections.Show = base.Sections.Show
	}
	if !md.IsDefined("source", "fields") {
		t.Source.Fields = base.Source.Fields
	}
	return t
}

// loadLogo reads brand.logo when the template names one.
func (t *Template) loadLogo() error {
	if t.Brand.Logo == "" {
		t.logo = nil
		return nil
	}
	data, err := os.ReadFile(t.path(t.Brand.Logo))
	if err != nil {
		return fieldErr("brand.logo", "cannot read the logo: %v", err)
	}
	t.logo = data
	return nil
}

// WithBrand returns t with b's non-empty fields laid over its brand: name,
// colour (which becomes the accent), logo, banner and disclaimer. A logo
// path in b is read here; a bad logo or colour is an error naming the field.
func (t Template) WithBrand(b briefs.Brand) (Template, error) {
	if b.IsZero() {
		return t, nil
	}
	if err := b.Validate(); err != nil {
		return t, err
	}
	for _, f := range []struct {
		dst *string
		src string
	}{{&t.Brand.Name, b.Name}, {&t.Brand.Color, b.Color},
		{&t.Brand.Banner, b.Banner}, {&t.Brand.Disclaimer, b.Disclaimer}} {
		if strings.TrimSpace(f.src) != "" {
			*f.dst = f.src
		}
	}
	switch {
	case len(b.LogoData) > 0:
		t.logo, t.Brand.Logo = b.LogoData, "(brand logo)"
	case b.Logo != "":
		data, err := os.ReadFile(b.Logo)
		if err != nil {
			return t, fmt.Errorf("brand logo: %w", err)
		}
		t.logo, t.Brand.Logo = data, b.Logo
	}
	if t.Brand.LogoPlace == "none" && len(t.logo) > 0 && (len(b.LogoData) > 0 || b.Logo != "") {
		t.Brand.LogoPlace = "left" // a logo given explicitly is meant to show
	}
	if err := t.checkBrand(); err != nil {
		return t, fmt.Errorf("brand: %w", err)
	}
	return t, nil
}
