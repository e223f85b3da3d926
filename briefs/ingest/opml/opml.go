// Package opml reads OPML subscription lists, as exported by feed readers:
// every outline with an xmlUrl is a feed, and the outlines around it are
// the folders it was filed in.
package opml

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/net/html/charset"
)

// ErrNotOPML means the bytes are not an OPML document.
var ErrNotOPML = errors.New("not an OPML list of feeds")

// maxDepth bounds folder nesting, so a hostile file cannot exhaust the stack.
const maxDepth = 64

// Feed is one subscription.
type Feed struct {
	Title   string   // the outline's title or text
	URL     string   // the feed's address (xmlUrl)
	HTMLURL string   // the site's address, when given
	Folders []string // the enclosing folders, outermost first
}

// Looks reports whether b starts like an OPML document.
func Looks(b []byte) bool {
	return bytes.Contains(bytes.ToLower(b[:min(len(b), 1024)]), []byte("<opml"))
}

type outline struct {
	Text     string    `xml:"text,attr"`
	Title    string    `xml:"title,attr"`
	XMLURL   string    `xml:"xmlUrl,attr"`
	HTMLURL  string    `xml:"htmlUrl,attr"`
	Outlines []outline `xml:"outline"`
}

type document struct {
	XMLName xml.Name  `xml:"opml"`
	Body    []outline `xml:"body>outline"`
}

// Parse reads the feeds of an OPML document in document order. A feed
// listed twice (same address) is kept once, in its first folder.
func Parse(b []byte) ([]Feed, error) {
	if !Looks(b) {
		return nil, ErrNotOPML
	}
	dec := xml.NewDecoder(bytes.NewReader(b))
	dec.CharsetReader = func(label string, r io.Reader) (io.Reader, error) { return charset.NewReaderLabel(label, r) }
	dec.Strict = false
	var doc document
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("the OPML file could not be read (%v)", err)
	}
	var feeds []Feed
	seen := map[string]bool{}
	if err := walk(doc.Body, nil, seen, &feeds); err != nil {
		return nil, err
	}
	if len(feeds) == 0 {
		return nil, errors.New("the OPML file lists no feeds (no outline has an xmlUrl)")
	}
	return feeds, nil
}

// walk collects the feeds under outlines, inside folders.
func walk(outlines []outline, folders []string, seen map[string]bool, out *[]Feed) error {
	if len(folders) > maxDepth {
		return fmt.Errorf("the OPML folders are nested more than %d deep", maxDepth)
	}
	for _, o := range outlines {
		name := strings.TrimSpace(firstNonEmpty(o.Title, o.Text))
		if u := strings.TrimSpace(o.XMLURL); u != "" && !seen[u] {
			seen[u] = true
			*out = append(*out, Feed{Title: name, URL: u, HTMLURL: strings.TrimSpace(o.HTMLURL), Folders: append([]string(nil), folders...)})
		}
		if len(o.Outlines) > 0 {
			if err := walk(o.Outlines, append(folders, name), seen, out); err != nil {
				return err
			}
		}
	}
	return nil
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
