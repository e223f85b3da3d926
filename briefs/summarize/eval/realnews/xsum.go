package realnews

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// XSumDir is the folder of the XSum samples, relative to ../shared. Each
// article is one dir/*/ID.data file; its label file's Corpus is that
// file's path relative to ../shared.
const XSumDir = "corpora/xsum-samples"

// XSumField names the body an XSum label file was made on: the BBC's
// introduction (the article's first paragraph) and the rest of the body,
// without the share and media-player lines at its top, paragraphs joined
// by blank lines. See XSumBody.
const XSumField = "introduction+restbody"

// XSumOutlet is the outlet of every XSum article.
const XSumOutlet = "bbc.co.uk"

// xsumMarker wraps each field name in an XSum .data file.
const xsumMarker = "[XSUM]"

// xsumWidgets are the labels of the BBC page furniture (share buttons,
// media player notices) left at the top of many XSum bodies (see
// DropXSumWidgets).
var xsumWidgets = map[string]bool{
	"share this with": true, "email": true, "facebook": true, "messenger": true,
	"twitter": true, "pinterest": true, "whatsapp": true, "linkedin": true,
	"copy this link": true, "these are external links and will open in a new window": true,
	"media playback is not supported on this device": true,
	"media playback is unsupported on your device":   true,
}

// XSumArticle is one XSum sample as the label tools see it.
type XSumArticle struct {
	ID     string // the BBC story id, the file's base name
	Corpus string // the .data file, relative to ../shared
	URL    string // the archived BBC address
	Body   string // the text labels are made on (XSumField)
}

// XSumFields reads the fields of an XSum .data file, introduced by lines
// such as "[XSUM]URL[XSUM]", "[XSUM]INTRODUCTION[XSUM]" and
// "[XSUM]RESTBODY[XSUM]": the URL, the introduction (its lines joined by
// spaces) and the rest of the body, one trimmed paragraph a line.
func XSumFields(data string) (url, intro string, rest []string) {
	fields := map[string][]string{}
	field := ""
	for _, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if name, ok := xsumFieldName(line); ok {
			field = name
			continue
		}
		if field != "" && line != "" {
			fields[field] = append(fields[field], line)
		}
	}
	return strings.Join(fields["URL"], " "), strings.Join(fields["INTRODUCTION"], " "), fields["RESTBODY"]
}

// DropXSumWidgets returns paras without the page-furniture lines (share
// buttons, media-player notices) at their top: what an article extractor
// would have kept.
func DropXSumWidgets(paras []string) []string {
	for len(paras) > 0 && xsumWidgets[strings.ToLower(strings.TrimSpace(paras[0]))] {
		paras = paras[1:]
	}
	return paras
}

// XSumBody parses an XSum .data file into its URL and the body labels are
// made on (see XSumField). It fails when the introduction or the rest of
// the body is missing.
func XSumBody(data string) (url, body string, err error) {
	url, intro, rest := XSumFields(data)
	rest = DropXSumWidgets(rest)
	if intro == "" || len(rest) == 0 {
		return "", "", fmt.Errorf("no introduction or no body")
	}
	return url, intro + "\n\n" + strings.Join(rest, "\n\n"), nil
}

// xsumFieldName reports whether line is a field marker, and which.
func xsumFieldName(line string) (string, bool) {
	if len(line) < 2*len(xsumMarker) || !strings.HasPrefix(line, xsumMarker) || !strings.HasSuffix(line, xsumMarker) {
		return "", false
	}
	return line[len(xsumMarker) : len(line)-len(xsumMarker)], true
}

// LoadXSum reads every XSum sample under shared (the ../shared folder),
// sorted by id. Files without an introduction or a body are left out.
func LoadXSum(shared string) ([]XSumArticle, error) {
	paths, err := filepath.Glob(filepath.Join(shared, XSumDir, "*", "*.data"))
	if err != nil {
		return nil, fmt.Errorf("list xsum samples: %w", err)
	}
	var out []XSumArticle
	for _, p := range paths {
		rel, err := filepath.Rel(shared, p)
		if err != nil {
			return nil, fmt.Errorf("xsum sample %s: %w", p, err)
		}
		a, err := readXSum(shared, filepath.ToSlash(rel))
		if err != nil {
			continue
		}
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool {
		return out[i].ID < out[j].ID || out[i].ID == out[j].ID && out[i].Corpus < out[j].Corpus
	})
	return out, nil
}

// readXSum reads the sample at rel (relative to shared).
func readXSum(shared, rel string) (XSumArticle, error) {
	data, err := os.ReadFile(filepath.Join(shared, filepath.FromSlash(rel)))
	if err != nil {
		return XSumArticle{}, fmt.Errorf("read xsum sample: %w", err)
	}
	url, body, err := XSumBody(string(data))
	if err != nil {
		return XSumArticle{}, fmt.Errorf("xsum sample %s: %w", rel, err)
	}
	id := strings.TrimSuffix(filepath.Base(rel), ".data")
	return XSumArticle{ID: id, Corpus: rel, URL: url, Body: body}, nil
}

// Library reads the bodies of labelled articles from the corpora under a
// shared folder, decoding the scrapinghub ground truth once, when first
// needed. It is not safe for concurrent use.
type Library struct {
	shared string
	ground Corpus
}

// NewLibrary reads bodies from the corpora under shared (the ../shared
// folder).
func NewLibrary(shared string) *Library { return &Library{shared: shared} }

// GroundTruth is the scrapinghub ground truth.
func (l *Library) GroundTruth() (Corpus, error) {
	if l.ground == nil {
		c, err := LoadCorpus(filepath.Join(l.shared, GroundTruth))
		if err != nil {
			return nil, err
		}
		l.ground = c
	}
	return l.ground, nil
}

// Body is the text a's labels were made on, read from its corpus. It does
// not check the labels against it (see Article.Check).
func (l *Library) Body(a Article) (string, error) {
	switch a.Kind() {
	case Scrapinghub:
		c, err := l.GroundTruth()
		if err != nil {
			return "", err
		}
		e, ok := c[a.ID]
		if !ok {
			return "", fmt.Errorf("labels %s: no such article in %s", a.ID, GroundTruth)
		}
		return e.ArticleBody, nil
	case XSum:
		x, err := readXSum(l.shared, a.Corpus)
		if err != nil {
			return "", fmt.Errorf("labels %s: %w", a.ID, err)
		}
		return x.Body, nil
	case Mozilla:
		if f := mozillaFolder(a.Corpus); f != a.ID {
			return "", fmt.Errorf("labels %s: corpus %s is not page %s", a.ID, a.Corpus, a.ID)
		}
		m, err := readMozilla(l.shared, a.ID)
		if err != nil {
			return "", fmt.Errorf("labels %s: %w", a.ID, err)
		}
		return m.Body, nil
	}
	return "", fmt.Errorf("labels %s: unknown corpus %q", a.ID, a.Corpus)
}
