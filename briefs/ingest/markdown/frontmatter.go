package markdown

import (
	"strings"
	"time"

	"briefsmith/briefs"
	"briefsmith/briefs/ingest/textclean"
)

// maxFrontMatter is how far into the file the closing "---" is looked for.
const maxFrontMatter = 8 << 10

// frontMatter reads a YAML front-matter block ("---" lines around
// "key: value" pairs) at the start of src, returning what it says about
// the article and the Markdown after it. Without one it returns src.
func frontMatter(src string) (briefs.Article, string) {
	var a briefs.Article
	rest, ok := strings.CutPrefix(src, "---\n")
	if !ok {
		return a, src
	}
	end := strings.Index(rest[:min(len(rest), maxFrontMatter)], "\n---\n")
	if end < 0 {
		return a, src
	}
	for line := range strings.Lines(rest[:end]) {
		key, val, found := strings.Cut(line, ":")
		if found {
			setField(&a, strings.ToLower(strings.TrimSpace(key)), unquote(val))
		}
	}
	return a, rest[end+len("\n---\n"):]
}

// setField stores one front-matter value in a.
func setField(a *briefs.Article, key, val string) {
	switch key {
	case "title":
		a.Title = val
	case "author", "byline":
		a.Byline = val
	case "date", "published":
		a.Published = parseDate(val)
	}
}

func unquote(v string) string {
	v = strings.TrimSpace(v)
	if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && v[len(v)-1] == v[0] {
		v = v[1 : len(v)-1]
	}
	return textclean.Squeeze(v)
}

// parseDate reads the date forms front matter commonly uses; zero when
// none fits.
func parseDate(v string) time.Time {
	for _, layout := range []string{time.RFC3339, "2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02"} {
		if t, err := time.Parse(layout, v); err == nil {
			return t
		}
	}
	return time.Time{}
}
