package realnews

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// MozillaDir is the folder of Mozilla Readability's test pages, relative
// to ../shared. Each page is one folder, MozillaDir/FOLDER, holding
// source.html, expected.html (Readability's extraction) and
// expected-metadata.json; its label file's Corpus is
// MozillaDir/FOLDER/expected.html and its ID is FOLDER.
const MozillaDir = "corpora/mozilla-readability/test/test-pages"

// MozillaField names the body a Mozilla label file was made on: the text
// of expected.html as HTMLText renders it.
const MozillaField = "expected.html:text"

// mozillaExpected is the extraction's file name in each page's folder.
const mozillaExpected = "expected.html"

// MozillaArticle is one Readability test page as the label tools see it.
type MozillaArticle struct {
	ID     string // the page's folder name, e.g. "bbc-1"
	Corpus string // its expected.html, relative to ../shared
	URL    string // the canonical (or og:url) address in source.html, or ""
	Outlet string // the URL's host without "www.", else the folder name without a "-N" suffix
	Body   string // the text labels are made on (MozillaField)
}

// MozillaSplitFor is the split a Mozilla test page (its folder name, e.g.
// "nytimes-1") belongs to, fixed before any page was labelled or scored:
// held out when the hex SHA-256 of the folder name starts with 0–3, about
// a quarter, as for the other corpora.
func MozillaSplitFor(folder string) string {
	h := sha256.Sum256([]byte(folder))
	return SplitFor(hex.EncodeToString(h[:]))
}

// htmlBlocks are the elements that start and end a paragraph-level block
// of HTMLText.
var htmlBlocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Nav: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Ul: true, atom.Ol: true, atom.Li: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Blockquote: true, atom.Pre: true, atom.Figure: true, atom.Figcaption: true,
	atom.Table: true, atom.Tr: true, atom.Td: true, atom.Th: true, atom.Caption: true,
	atom.Hr: true, atom.Br: true, atom.Form: true, atom.Fieldset: true, atom.Address: true,
}

// htmlSkipped are the elements whose content is not text.
var htmlSkipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Head: true,
}

// HTMLText is the plain text of an HTML document: one paragraph per
// block-level element (p, div, h1–h6, li, blockquote, td, br, …) with
// text, blocks separated by a blank line, entities decoded and each
// block's white space collapsed to single spaces and trimmed. Scripts,
// styles and the head are left out. It is deterministic and depends on
// the markup only.
func HTMLText(doc string) (string, error) {
	root, err := html.Parse(strings.NewReader(doc))
	if err != nil {
		return "", fmt.Errorf("parse html: %w", err)
	}
	t := &textWriter{}
	t.walk(root)
	t.flush()
	return strings.Join(t.blocks, "\n\n"), nil
}

// textWriter gathers HTMLText's blocks.
type textWriter struct {
	blocks []string
	cur    strings.Builder
}

// walk adds n and its descendants to the blocks.
func (t *textWriter) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		t.cur.WriteString(n.Data)
		return
	case html.ElementNode:
		if htmlSkipped[n.DataAtom] {
			return
		}
	}
	block := n.Type == html.ElementNode && htmlBlocks[n.DataAtom]
	if block {
		t.flush()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		t.walk(c)
	}
	if block {
		t.flush()
	}
}

// flush ends the current block, keeping it when it has text.
func (t *textWriter) flush() {
	if s := strings.Join(strings.Fields(t.cur.String()), " "); s != "" {
		t.blocks = append(t.blocks, s)
	}
	t.cur.Reset()
}

// LoadMozilla reads every Readability test page under shared (the
// ../shared folder), sorted by folder name. Pages without an
// expected.html are left out.
func LoadMozilla(shared string) ([]MozillaArticle, error) {
	paths, err := filepath.Glob(filepath.Join(shared, MozillaDir, "*", mozillaExpected))
	if err != nil {
		return nil, fmt.Errorf("list mozilla test pages: %w", err)
	}
	sort.Strings(paths)
	var out []MozillaArticle
	for _, p := range paths {
		folder := filepath.Base(filepath.Dir(p))
		a, err := readMozilla(shared, folder)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, nil
}

// MozillaCorpus is the Corpus field of the page in folder.
func MozillaCorpus(folder string) string {
	return MozillaDir + "/" + folder + "/" + mozillaExpected
}

// readMozilla reads the page in folder under shared.
func readMozilla(shared, folder string) (MozillaArticle, error) {
	dir := filepath.Join(shared, filepath.FromSlash(MozillaDir), folder)
	data, err := os.ReadFile(filepath.Join(dir, mozillaExpected))
	if err != nil {
		return MozillaArticle{}, fmt.Errorf("read mozilla page %s: %w", folder, err)
	}
	body, err := HTMLText(string(data))
	if err != nil {
		return MozillaArticle{}, fmt.Errorf("mozilla page %s: %w", folder, err)
	}
	a := MozillaArticle{ID: folder, Corpus: MozillaCorpus(folder), Body: body}
	if src, err := os.ReadFile(filepath.Join(dir, "source.html")); err == nil {
		a.URL = canonicalURL(string(src))
	}
	a.Outlet = mozillaOutlet(a.URL, folder)
	return a, nil
}

// mozillaOutlet is the host of raw without "www.", or, when it has none,
// the folder name without a trailing "-N".
func mozillaOutlet(raw, folder string) string {
	if u, err := url.Parse(raw); err == nil && u.Hostname() != "" {
		return strings.TrimPrefix(u.Hostname(), "www.")
	}
	if i := strings.LastIndexByte(folder, '-'); i > 0 && strings.Trim(folder[i+1:], "0123456789") == "" && i+1 < len(folder) {
		return folder[:i]
	}
	return folder
}

// canonicalURL is the page's <link rel="canonical"> address, else its
// og:url, else "". A scheme-relative address gets "https:".
func canonicalURL(src string) string {
	root, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return ""
	}
	var canon, og string
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch {
			case n.DataAtom == atom.Link && canon == "" && strings.EqualFold(attr(n, "rel"), "canonical"):
				canon = attr(n, "href")
			case n.DataAtom == atom.Meta && og == "" && attr(n, "property") == "og:url":
				og = attr(n, "content")
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(root)
	u := canon
	if u == "" {
		u = og
	}
	if strings.HasPrefix(u, "//") {
		u = "https:" + u
	}
	return strings.TrimSpace(u)
}

// attr is n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// isMozillaCorpus reports whether corpus is MozillaDir/FOLDER/expected.html.
func isMozillaCorpus(corpus string) bool {
	rest, ok := strings.CutPrefix(corpus, MozillaDir+"/")
	folder, ok2 := strings.CutSuffix(rest, "/"+mozillaExpected)
	return ok && ok2 && folder != "" && !strings.Contains(folder, "/")
}

// mozillaFolder is the folder of a Mozilla label file's corpus.
func mozillaFolder(corpus string) string {
	return strings.TrimSuffix(strings.TrimPrefix(corpus, MozillaDir+"/"), "/"+mozillaExpected)
}
