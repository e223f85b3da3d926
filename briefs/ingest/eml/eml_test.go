package eml

import (
	"errors"
	"mime"
	"mime/quotedprintable"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"
)

// cp1251Mail is a Russian newsletter as an old mailer sends it: the
// subject as an RFC 2047 word and the body quoted-printable, both in
// windows-1251.
func cp1251Mail(t testing.TB) []byte {
	enc := charmap.Windows1251.NewEncoder()
	subject, _ := enc.String("Новости дня")
	body, _ := enc.String("<html><head><meta charset=\"windows-1251\"></head><body><h1>Паром снова ходит</h1><p>Паромы возобновят рейсы в понедельник после переговоров.</p></body></html>")
	var qp strings.Builder
	w := quotedprintable.NewWriter(&qp)
	w.Write([]byte(body))
	w.Close()
	return []byte("From: =?windows-1251?Q?" + qpWord(t, "Городская газета") + "?= <news@127.0.0.1>\r\n" +
		"Subject: " + mime.BEncoding.Encode("windows-1251", subject) + "\r\n" +
		"Date: Tue, 1 Dec 2026 07:30:00 +0300\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: text/html; charset=windows-1251\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" + qp.String())
}

// qpWord encodes s as the Q text of an RFC 2047 word in windows-1251.
func qpWord(t testing.TB, s string) string {
	b, err := charmap.Windows1251.NewEncoder().String(s)
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	for _, c := range []byte(b) {
		if c < 0x80 && c != ' ' && c != '=' && c != '?' && c != '_' {
			out.WriteByte(c)
			continue
		}
		if c == ' ' {
			out.WriteByte('_')
			continue
		}
		out.WriteString("=" + strings.ToUpper(string("0123456789abcdef"[c>>4])+string("0123456789abcdef"[c&15])))
	}
	return out.String()
}

// newsletter is a multipart message whose HTML part holds three stories
// under h2 headlines, a hidden preheader, a greeting and a footer.
const newsletter = "From: Harbour Gazette <brief@127.0.0.1>\r\nSubject: Morning brief\r\nDate: Tue, 01 Dec 2026 06:00:00 +0000\r\n" +
	"MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=\"b1\"\r\n\r\n" +
	"--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPlain version.\r\n" +
	"--b1\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + newsletterHTML + "\r\n--b1--\r\n"

const newsletterHTML = `<html><body>
<div style="display: none">Today: ferries, budget, storm</div>
<table><tr><td><a href="http://127.0.0.1/web">View in browser</a></td></tr>
<tr><td><p>Good morning. Here is what you need to know.</p>
<h2><a href="http://127.0.0.1/ferry">Ferry strike ends</a></h2>
<p>The harbour ferries will run again on Monday after talks.</p>
<p>The union agreed a new winter rota.</p>
<p><a href="http://127.0.0.1/ferry?utm_source=brief">Read more</a></p>
<p>Sponsored: try our crossword.</p>
<h2>Council passes budget</h2>
<p>The council approved the budget by nine votes to four.</p>
<p><a href="http://127.0.0.1/budget">Read the full story →</a></p>
<h2>Storm warning</h2>
<p>Gales are expected on the coast tonight.</p>
</td></tr>
<tr><td><p>You received this because you subscribed. <a href="http://127.0.0.1/u">Unsubscribe</a></p></td></tr></table>
</body></html>`

// readMoreOnly has no headings: bold headlines in table cells, each story
// ending in a "Read more" link.
const readMoreOnly = `<html><body><table>
<tr><td><b>Tram line opens</b></td></tr><tr><td>The new tram line carried 4,000 people on its first day.</td></tr><tr><td><a href="http://127.0.0.1/tram">Read more »</a></td></tr>
<tr><td><b>Library hours extended</b></td></tr><tr><td>The central library will open until nine on weekdays.</td></tr><tr><td><a href="http://127.0.0.1/library">Continue reading</a></td></tr>
<tr><td>Unsubscribe | Manage preferences</td></tr></table></body></html>`

func TestRead(t *testing.T) {
	tests := []struct {
		name, subject, from, inHTML, inText string
		date                                time.Time
		in                                  []byte
	}{
		{"windows-1251 headers and body", "Новости дня", "Городская газета", "Паромы возобновят рейсы", "",
			time.Date(2026, 12, 1, 4, 30, 0, 0, time.UTC), cp1251Mail(t)},
		{"multipart newsletter", "Morning brief", "Harbour Gazette", "Council passes budget", "Plain version.",
			time.Date(2026, 12, 1, 6, 0, 0, 0, time.UTC), []byte(newsletter)},
		{"an mbox separator line first", "Note", "a@127.0.0.1", "", "Just text.", time.Time{},
			[]byte("From a@127.0.0.1 Tue Dec  1 07:30:00 2026\nFrom: a@127.0.0.1\nSubject: Note\n\nJust text.\n")},
		{"plain text only, no date", "Note", "a@127.0.0.1", "", "Just text.", time.Time{},
			[]byte("From: a@127.0.0.1\nSubject: Note\n\nJust text.\n")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Read(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if m.Subject != tt.subject || m.From != tt.from || !m.Date.Equal(tt.date) {
				t.Errorf("got %q %q %v", m.Subject, m.From, m.Date)
			}
			if !strings.Contains(m.HTML, tt.inHTML) || !strings.Contains(m.Text, tt.inText) {
				t.Errorf("bodies: html %q text %q", m.HTML, m.Text)
			}
		})
	}
}

func TestReadRefuses(t *testing.T) {
	for _, in := range []string{"", "hello world", "<html>x</html>", "From: a@127.0.0.1\nSubject: x\n\n"} {
		_, err := Read([]byte(in))
		if err == nil {
			t.Errorf("Read(%q) = nil error", in)
		}
	}
	if _, err := Read([]byte("plain words")); !errors.Is(err, ErrNotMail) {
		t.Errorf("not mail: %v", err)
	}
}

func TestStories(t *testing.T) {
	type story struct{ title, link, text, not string }
	tests := []struct {
		name string
		html string
		want []story
	}{
		{"h2 headlines", newsletterHTML, []story{
			{"Ferry strike ends", "http://127.0.0.1/ferry?utm_source=brief", "The union agreed a new winter rota.", "Sponsored"},
			{"Council passes budget", "http://127.0.0.1/budget", "nine votes to four", "Read the full"},
			{"Storm warning", "", "Gales are expected", "Unsubscribe"},
		}},
		{"read-more links only", readMoreOnly, []story{
			{"Tram line opens", "http://127.0.0.1/tram", "4,000 people", "Read more"},
			{"Library hours extended", "http://127.0.0.1/library", "until nine", "preferences"},
		}},
		{"a single story is not split", `<html><body><h1>Only</h1><p>One story here.</p><p><a href="http://127.0.0.1/x">Read more</a></p></body></html>`, nil},
		{"empty", ``, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Stories(tt.html)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d stories %+v, want %d", len(got), got, len(tt.want))
			}
			for i, w := range tt.want {
				g := got[i]
				if g.Title != w.title || g.Link != w.link || !strings.Contains(g.HTML, w.text) || strings.Contains(g.HTML, w.not) {
					t.Errorf("story %d: %q %q %q\nwant %+v", i, g.Title, g.Link, g.HTML, w)
				}
			}
		})
	}
}

func FuzzRead(f *testing.F) {
	f.Add(cp1251Mail(f))
	f.Add([]byte(newsletter))
	f.Add([]byte("From: a\nContent-Type: multipart/mixed; boundary=x\n\n--x\nContent-Type: text/html\n\n<p>x\n--x--"))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := Read(b)
		if err == nil && m.HTML == "" && m.Text == "" {
			t.Fatal("no error and no body")
		}
	})
}

func FuzzStories(f *testing.F) {
	f.Add(newsletterHTML)
	f.Add(readMoreOnly)
	f.Fuzz(func(t *testing.T, s string) {
		for _, st := range Stories(s) {
			if st.Title == "" || st.HTML == "" {
				t.Fatalf("empty story %+v", st)
			}
		}
	})
}
