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

// ldPublished is the first datePublished the JSON-LD scripts give that
// parses as a plausible time (after 1900: CMSs write "0001-01-01" for
// none). Scripts that are not valid JSON are skipped.
func ldPublished(scripts []string) (time.Time, bool) {
	for _, s := range scripts {
		var doc any
		if err := json.Unmarshal([]byte(s), &doc); err != nil {
			continue // malformed markup is common and says nothing
		}
		for _, d := range ldDates(ldNodes(doc)) {
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
