package feed

import (
	"errors"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"
)

// encode writes s in a legacy character set, as an old CMS would.
func encode(t testing.TB, cm *charmap.Charmap, s string) []byte {
	t.Helper()
	b, err := cm.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func rss(prolog, items string) string {
	return prolog + `<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Harbour Gazette</title><link>http://127.0.0.1/</link>` + items + `</channel></rss>`
}

func TestParse(t *testing.T) {
	utc := func(y int, m time.Month, d, h, min int) time.Time { return time.Date(y, m, d, h, min, 0, 0, time.UTC) }
	tests := []struct {
		name      string
		in        []byte
		title     string
		link      string
		published time.Time
		content   string
	}{
		{"RFC 822 with a numeric zone",
			[]byte(rss(`<?xml version="1.0"?>`, `<item><title>Ferry strike</title><link>http://127.0.0.1/a</link><pubDate>Tue, 01 Dec 2026 07:30:00 +0100</pubDate><description>Short &lt;b&gt;summary&lt;/b&gt;</description><content:encoded><![CDATA[<p>Full text</p>]]></content:encoded></item>`)),
			"Ferry strike", "http://127.0.0.1/a", utc(2026, 12, 1, 6, 30), "<p>Full text</p>"},
		{"RFC 822 without a weekday, two-digit year and a named zone",
			[]byte(rss(`<?xml version="1.0"?>`, `<item><title>Budget</title><link>http://127.0.0.1/b</link><pubDate>1 Dec 26 07:30 GMT</pubDate><description>Summary only</description></item>`)),
			"Budget", "http://127.0.0.1/b", utc(2026, 12, 1, 7, 30), "Summary only"},
		{"RFC 822 with no zone at all (read as UTC)",
			[]byte(rss(`<?xml version="1.0"?>`, `<item><title>Storm</title><link>http://127.0.0.1/c</link><pubDate>Tue, 01 Dec 2026 07:30:00</pubDate></item>`)),
			"Storm", "http://127.0.0.1/c", utc(2026, 12, 1, 7, 30), ""},
		{"ISO 8601 in an RSS dc:date",
			[]byte(rss(`<?xml version="1.0"?>`, `<item xmlns:dc="http://purl.org/dc/elements/1.1/"><title>Port</title><link>http://127.0.0.1/d</link><dc:date>2026-12-01T07:30:00Z</dc:date></item>`)),
			"Port", "http://127.0.0.1/d", utc(2026, 12, 1, 7, 30), ""},
		{"Atom with an offset and HTML content",
			[]byte(`<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title><entry><title>Tram line</title><link rel="alternate" href="http://127.0.0.1/e"/><published>2026-12-01T09:30:00+02:00</published><content type="html">&lt;p&gt;Atom text&lt;/p&gt;</content></entry></feed>`),
			"Tram line", "http://127.0.0.1/e", utc(2026, 12, 1, 7, 30), "<p>Atom text</p>"},
		{"Atom with only an updated date",
			[]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><title>Only updated</title><link href="http://127.0.0.1/f"/><updated>2026-12-01T07:30:00Z</updated><summary>Sum</summary></entry></feed>`),
			"Only updated", "http://127.0.0.1/f", utc(2026, 12, 1, 7, 30), "Sum"},
		{"JSON Feed 1.1 with content_html",
			[]byte(`{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[{"id":"1","url":"http://127.0.0.1/g","title":"Jason","content_html":"<p>JSON text</p>","date_published":"2026-12-01T07:30:00Z"}]}`),
			"Jason", "http://127.0.0.1/g", utc(2026, 12, 1, 7, 30), "<p>JSON text</p>"},
		{"ISO-8859-1 declared in the prolog",
			encode(t, charmap.ISO8859_1, rss(`<?xml version="1.0" encoding="ISO-8859-1"?>`, `<item><title>Café déjà vu</title><link>http://127.0.0.1/h</link><description>Übersicht</description></item>`)),
			"Café déjà vu", "http://127.0.0.1/h", time.Time{}, "Übersicht"},
		{"windows-1251 declared in the prolog",
			encode(t, charmap.Windows1251, rss(`<?xml version="1.0" encoding="windows-1251"?>`, `<item><title>Новости дня</title><link>http://127.0.0.1/i</link><description>Паром отменён</description></item>`)),
			"Новости дня", "http://127.0.0.1/i", time.Time{}, "Паром отменён"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Parse(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if len(f.Entries) != 1 {
				t.Fatalf("got %d entries, want 1", len(f.Entries))
			}
			e := f.Entries[0]
			if e.Title != tt.title || e.Link != tt.link || e.Content != tt.content {
				t.Errorf("got %q %q %q, want %q %q %q", e.Title, e.Link, e.Content, tt.title, tt.link, tt.content)
			}
			if !e.Published.Equal(tt.published) {
				t.Errorf("published %v, want %v", e.Published, tt.published)
			}
		})
	}
}

func TestParseRefuses(t *testing.T) {
	for _, in := range []string{"", "<html><body>hello</body></html>", `{"a":1}`, "plain words", `<rss><channel><item><title>x`} {
		_, err := Parse([]byte(in))
		if err == nil {
			t.Errorf("Parse(%q) = nil error", in)
		}
		if in != `<rss><channel><item><title>x` && !errors.Is(err, ErrNotFeed) {
			t.Errorf("Parse(%q) = %v, want ErrNotFeed", in, err)
		}
	}
}

func TestSelect(t *testing.T) {
	now := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	at := func(h int) time.Time { return now.Add(-time.Duration(h) * time.Hour) }
	entries := []Entry{{Title: "old", Published: at(30)}, {Title: "new", Published: at(1)}, {Title: "undated"}, {Title: "mid", Published: at(5)}}
	tests := []struct {
		name  string
		since time.Duration
		limit int
		want  []string
	}{
		{"all, newest first", 0, 0, []string{"new", "mid", "old", "undated"}},
		{"since 24 h keeps undated", 24 * time.Hour, 0, []string{"new", "mid", "undated"}},
		{"limit 2", 0, 2, []string{"new", "mid"}},
		{"since 2 h, limit 5", 2 * time.Hour, 5, []string{"new", "undated"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Select(entries, tt.since, tt.limit, now)
			var titles []string
			for _, e := range got {
				titles = append(titles, e.Title)
			}
			if len(titles) != len(tt.want) {
				t.Fatalf("got %v, want %v", titles, tt.want)
			}
			for i := range titles {
				if titles[i] != tt.want[i] {
					t.Fatalf("got %v, want %v", titles, tt.want)
				}
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(rss(`<?xml version="1.0"?>`, `<item><title>t</title><link>http://127.0.0.1/a</link><pubDate>1 Dec 26 07:30 GMT</pubDate></item>`)))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>x</title></entry></feed>`))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1"}]}`))
	f.Add([]byte(`<?xml version="1.0" encoding="windows-1251"?><rss><channel><item><title>\xcd</title></item></channel></rss>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		f, err := Parse(b)
		if err == nil && len(f.Entries) > len(b) {
			t.Fatalf("%d entries from %d bytes", len(f.Entries), len(b))
		}
	})
}
