package webpage

import (
	"encoding/json"
	"strings"
	"time"
)

// maxLDBytes is the most JSON-LD read from one page, all scripts
// together: real pages carry a few kilobytes, and the cap bounds the time
// a huge script can cost.
const maxLDBytes = 1 << 20

// ldScript returns the JSON-LD text of a <script> element's content
// without the CDATA markers some pages wrap it in.
func ldScript(content string) string {
	s := strings.TrimSpace(content)
	s = strings.TrimPrefix(s, "<![CDATA[")
	s = strings.TrimSuffix(s, "]]>")
	return strings.TrimSpace(s)
}

// ldDoc is what one JSON-LD script describes: its nodes (see ldNodes).
type ldDoc []map[string]any

// parseLD reads one JSON-LD script; false when it is not valid JSON,
// which is common and says nothing.
func parseLD(text string) (ldDoc, bool) {
	var doc any
	if err := json.Unmarshal([]byte(text), &doc); err != nil {
		return nil, false
	}
	return ldNodes(doc), true
}

// ldPublished is the first datePublished the JSON-LD documents give that
// parses as a plausible time (after 1900: CMSs write "0001-01-01" for
// none).
func ldPublished(docs []ldDoc) (time.Time, bool) {
	for _, doc := range docs {
		for _, d := range ldDates(doc) {
			if t, ok := parseTime(d); ok && t.Year() > 1900 {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

// ldDates are the nodes' datePublished strings, those of articles
// (NewsArticle, BlogPosting…) before those of other nodes (a WebPage).
func ldDates(nodes []map[string]any) []string {
	var articles, others []string
	for _, n := range nodes {
		d, _ := n["datePublished"].(string)
		switch {
		case d == "":
		case isArticleType(n["@type"]):
			articles = append(articles, d)
		default:
			others = append(others, d)
		}
	}
	return append(articles, others...)
}

// ldNodes are the objects a JSON-LD document describes: the document or
// the items of a top-level array, each followed by the nodes of its
// "@graph".
func ldNodes(doc any) []map[string]any {
	var nodes []map[string]any
	for _, top := range asList(doc) {
		obj, ok := top.(map[string]any)
		if !ok {
			continue
		}
		nodes = append(nodes, obj)
		for _, item := range asList(obj["@graph"]) {
			if node, ok := item.(map[string]any); ok {
				nodes = append(nodes, node)
			}
		}
	}
	return nodes
}

// asList is v's items when it is an array, else v alone (nil for nil).
func asList(v any) []any {
	switch v := v.(type) {
	case nil:
		return nil
	case []any:
		return v
	}
	return []any{v}
}

// isArticleType reports whether a JSON-LD @type (a name or a list of
// names) names a kind of article: Article, NewsArticle, BlogPosting,
// ReportageNewsArticle…
func isArticleType(t any) bool {
	for _, name := range asList(t) {
		s, _ := name.(string)
		if strings.HasSuffix(s, "Article") || strings.HasSuffix(s, "Posting") {
			return true
		}
	}
	return false
}

// ldAuthor is the name of the first article node's author in the JSON-LD
// documents (else a web page node's): the author's "name", or that of the node its "@id" points to, as
// Yoast's graphs write it ({"author":{"@id":"…/#/schema/person/…"}} and a
// separate Person node); several authors are joined with "and". "" when
// no article names one.
func ldAuthor(docs []ldDoc) string {
	for _, nodes := range docs {
		byID := make(map[string]map[string]any, len(nodes))
		for _, n := range nodes {
			if id, _ := n["@id"].(string); id != "" {
				byID[id] = n
			}
		}
		for _, articles := range []bool{true, false} {
			for _, n := range nodes {
				if isArticleType(n["@type"]) != articles || !articles && !isPageType(n["@type"]) {
					continue
				}
				if names := authorNames(n["author"], byID); len(names) > 0 {
					return strings.Join(names, " and ")
				}
			}
		}
	}
	return ""
}

// isPageType reports whether a JSON-LD @type names a web page (WebPage,
// ItemPage…), whose author Yoast writes when the article node has none.
func isPageType(t any) bool {
	for _, name := range asList(t) {
		if s, _ := name.(string); strings.HasSuffix(s, "Page") {
			return true
		}
	}
	return false
}

// maxLDAuthors bounds the authors read from one article node.
const maxLDAuthors = 4

// authorNames are the names of a JSON-LD author value: a name, a node with
// a name, a reference to a node by its @id, or a list of them.
func authorNames(v any, byID map[string]map[string]any) []string {
	var names []string
	for _, a := range asList(v) {
		if len(names) == maxLDAuthors {
			break
		}
		var name string
		switch a := a.(type) {
		case string:
			name = a
		case map[string]any:
			name, _ = a["name"].(string)
			if id, _ := a["@id"].(string); name == "" && id != "" {
				name, _ = byID[id]["name"].(string)
			}
		}
		if name = strings.TrimSpace(name); name != "" {
			names = append(names, name)
		}
	}
	return names
}
