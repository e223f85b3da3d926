package webpage

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// story is a visible article of about 170 words, for the pages below.
const story = `<p>The port authority of Westmere approved a plan on Thursday to dredge the main channel so that larger container ships can reach the docks, ending two years of argument between shipping lines and the town's fishing fleet.</p>
<p>Under the plan, work will start in March and continue for nine months. The authority said the dredged sand would be used to rebuild dunes along the northern beach, which winter storms have worn away.</p>
<p>Fishing crews had objected that dredging would disturb the shellfish beds near the harbour mouth. The authority agreed to stop work during the spawning season and to pay for a survey of the beds each year for five years.</p>
<p>Shipping lines said the deeper channel would let them call at Westmere instead of unloading at ports further along the coast. The authority expects traffic through the docks to grow by a third within a decade, bringing about two hundred jobs.</p>`

// wallPage is a page with the head and navigation real pages have.
func wallPage(head, body string) string {
	return "<!doctype html><html><head><title>Westmere to dredge channel</title>" +
		`<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="/favicon.ico">` +
		`<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'site-analytics');</script>` +
		`<script>(function(){var s=document.createElement('script');s.async=true;s.src='/static/app.js';document.head.appendChild(s);})();</script>` +
		`<style>nav a{margin:0 .5em;color:#036;text-decoration:none} footer{font-size:.8em;color:#555;border-top:1px solid #ccc;padding:1em 0} body{max-width:40em;margin:auto;font-family:Georgia,serif;line-height:1.5}</style>` +
		head + "</head><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/sport\">Sport</a> <a href=\"/weather\">Weather</a></nav>" + body +
		"<footer><a href=\"/about\">About us</a> <a href=\"/contact\">Contact</a> <a href=\"/privacy\">Privacy</a> <a href=\"/terms\">Terms of use</a> <a href=\"/jobs\">Jobs</a> <a href=\"/advertise\">Advertise</a></footer></body></html>"
}

var wallCases = []struct {
	name string
	html string
	want error // nil: an article
}{
	{"cookie wall", wallPage("", `<div class="consent"><h2>We value your privacy</h2><p>We and our partners use cookies and similar tracking technologies to store and access information on your device, to personalise ads and content, and to measure audiences. You can accept all, reject all or manage preferences at any time.</p><button>Accept all</button><button>Manage preferences</button></div>`), ErrCookieWall},
	{"cookie wall in German", wallPage("", `<div><p>Wir verwenden Cookies und ähnliche Technologien. Mit Klick auf „Akzeptieren“ stimmen Sie der Verarbeitung Ihrer Daten zu. Ihre Einwilligung können Sie jederzeit in den Datenschutz-Einstellungen widerrufen.</p><p>Akzeptieren und weiter</p></div>`), ErrCookieWall},
	{"subscription box with a teaser", wallPage("", `<article><h1>Westmere to dredge channel</h1><p>The port authority of Westmere approved a plan on Thursday to dredge the main channel.</p><div class="paywall"><p>This article is for subscribers only. Subscribe now to continue reading: unlimited digital access for $1 a week for the first year.</p><p>Already a subscriber? Sign in.</p></div></article>`), ErrPaywall},
	{"subscription box in French", wallPage("", `<article><p>Le port de Westmere a approuvé jeudi un projet de dragage du chenal principal.</p><p>Cet article est réservé aux abonnés. Abonnez-vous pour lire la suite, à partir de 1 € le premier mois.</p></article>`), ErrPaywall},
	{"structured data says not free and the text is a teaser", wallPage(`<script type="application/ld+json">{"@type":"NewsArticle","isAccessibleForFree": "False"}</script>`, `<article><p>The port authority of Westmere approved a plan on Thursday to dredge the main channel so that larger container ships can reach the docks, ending two years of argument between shipping lines and the fishing fleet.</p><p>Under the plan, work will start in March…</p></article>`), ErrPaywall},
	{"login page", wallPage("", `<main><h1>Sign in to your account</h1><form><label>E-mail address <input type="email" name="email"></label><label>Password <input type="password" name="password"></label><label><input type="checkbox"> Remember me</label><button>Log in</button><p>Forgot your password? Create an account.</p></form></main>`), ErrLoginPage},
	{"too short", wallPage("", `<article><p>Video: the channel at dawn.</p></article>`), ErrTooShort},
	{"article", wallPage("", "<article><h1>Westmere to dredge channel</h1>"+story+"</article>"), nil},
	{"article with a cookie banner", wallPage("", "<article>"+story+"</article>"+`<div id="cookie-banner"><p>This site uses cookies. By continuing you accept our cookie policy.</p><button>Accept</button></div>`), nil},
	{"article ending with a subscription plug", wallPage("", "<article>"+story+"<p>Subscribe to the Westmere Gazette for $2 a month to support local reporting.</p></article>"), nil},
	{"article about cookies and passwords", wallPage("", `<header><form><input type="password" name="pw"><button>Log in</button></form></header><article>`+story+`<p>The bakery on the quay, famous for its oat cookies, said its sales doubled. Its owner joked that the new password for the shop's wifi is "dredge".</p></article>`), nil},
	{"article whose structured data says not free but whose text is whole", wallPage(`<script type="application/ld+json">{"isAccessibleForFree":false}</script>`, "<article>"+story+"</article>"), nil},
	{"short news item of twenty words", wallPage("", `<article><p>Westmere port authority approved on Thursday a plan to dredge the main channel, work starting in March and lasting nine months.</p></article>`), nil},
}

func TestWalls(t *testing.T) {
	for _, tc := range wallCases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract(context.Background(), []byte(tc.html), "text/html; charset=utf-8", nil)
			switch {
			case tc.want == nil && err != nil:
				t.Fatalf("an article was reported as %q (%s):\n%s", err, FailureKind(err), a.Text)
			case tc.want != nil && !errors.Is(err, tc.want):
				t.Fatalf("err = %v, want %v; text:\n%s", err, tc.want, a.Text)
			}
			if tc.want != nil && FailureKind(err) == "" {
				t.Errorf("FailureKind(%v) is empty", err)
			}
		})
	}
}

func TestShortFragmentIsNotTooShort(t *testing.T) {
	a, err := Extract(context.Background(), []byte("<title>Ferry</title><p>The board voted.</p>"), "", nil)
	if err != nil || a.Text != "The board voted." {
		t.Fatalf("a pasted fragment: %q, %v", a.Text, err)
	}
}

func TestTooShortErrorNamesWords(t *testing.T) {
	a, err := Extract(context.Background(), []byte(wallPage("", "<p>Only four words here.</p>")), "", nil)
	var short *TooShortError
	if !errors.As(err, &short) || short.Words != countWords(a.Text) || short.Words == 0 ||
		!strings.Contains(err.Error(), fmt.Sprintf("(%d words)", short.Words)) {
		t.Fatalf("err = %v, want a TooShortError naming the %d words of %q", err, countWords(a.Text), a.Text)
	}
}

// TestTeaserSaysWhatWasRead: a page marked for subscribers that shows only
// the article's opening is a paywall, and the message says the opening
// was read, not that only a subscription notice was.
func TestTeaserSaysWhatWasRead(t *testing.T) {
	page := wallPage(`<script type="application/ld+json">{"@type":"NewsArticle","isAccessibleForFree": "False"}</script>`,
		`<article><p>The port authority of Westmere approved a plan on Thursday to dredge the main channel so that larger container ships can reach the docks, ending two years of argument between shipping lines and the fishing fleet.</p><p>Under the plan, work will start in March…</p></article>`)
	_, err := Extract(context.Background(), []byte(page), "text/html; charset=utf-8", nil)
	var teaser *TeaserError
	if !errors.As(err, &teaser) || !errors.Is(err, ErrPaywall) || FailureKind(err) != "paywall" {
		t.Fatalf("err = %v, want a TeaserError that is ErrPaywall", err)
	}
	if teaser.Words < 30 || !strings.Contains(err.Error(), "only its opening") {
		t.Errorf("message %q (%d words) does not say the opening was read", err, teaser.Words)
	}
}
