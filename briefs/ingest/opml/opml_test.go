package opml

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

const nested = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>My feeds</title></head><body>
  <outline text="Loose feed" type="rss" xmlUrl="http://127.0.0.1/loose.xml"/>
  <outline text="News">
    <outline text="Local">
      <outline text="Harbour Gazette" title="Harbour Gazette" type="rss" xmlUrl="http://127.0.0.1/harbour.xml" htmlUrl="http://127.0.0.1/"/>
      <outline text="Twice" type="rss" xmlUrl="http://127.0.0.1/loose.xml"/>
    </outline>
    <outline title="World wire" xmlUrl="http://127.0.0.1/world.json"/>
  </outline>
  <outline text="Empty folder"></outline>
</body></opml>`

func TestParse(t *testing.T) {
	win, _ := charmap.Windows1251.NewEncoder().String(`<?xml version="1.0" encoding="windows-1251"?><opml><body><outline text="Новости"><outline text="Лента" xmlUrl="http://127.0.0.1/r.xml"/></outline></body></opml>`)
	tests := []struct {
		name string
		in   string
		want []Feed
	}{
		{"nested folders, a duplicate kept once", nested, []Feed{
			{Title: "Loose feed", URL: "http://127.0.0.1/loose.xml", Folders: []string{}},
			{Title: "Harbour Gazette", URL: "http://127.0.0.1/harbour.xml", HTMLURL: "http://127.0.0.1/", Folders: []string{"News", "Local"}},
			{Title: "World wire", URL: "http://127.0.0.1/world.json", Folders: []string{"News"}},
		}},
		{"windows-1251 names", win, []Feed{{Title: "Лента", URL: "http://127.0.0.1/r.xml", Folders: []string{"Новости"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse([]byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			for i := range got {
				if got[i].Folders == nil {
					got[i].Folders = []string{}
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestParseRefuses(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"not OPML", "<rss></rss>", "not an OPML"},
		{"no feeds", "<opml><body><outline text='x'/></body></opml>", "lists no feeds"},
		{"broken XML", "<opml><body><outline", "could not be read"},
		{"too deep", "<opml><body>" + strings.Repeat("<outline text='f'>", 100) + "<outline xmlUrl='http://127.0.0.1/'/>" + strings.Repeat("</outline>", 100) + "</body></opml>", "nested more than"},
	}
	for _, tt := range tests {
		_, err := Parse([]byte(tt.in))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: got %v, want %q", tt.name, err, tt.want)
		}
	}
	if _, err := Parse(nil); !errors.Is(err, ErrNotOPML) {
		t.Errorf("empty: %v", err)
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(nested))
	f.Add([]byte("<opml><body><outline xmlUrl='x'><outline xmlUrl='y'/></outline></body></opml>"))
	f.Fuzz(func(t *testing.T, b []byte) {
		feeds, err := Parse(b)
		if err == nil && len(feeds) == 0 {
			t.Fatal("no error and no feeds")
		}
	})
}
