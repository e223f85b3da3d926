package webpage

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// What Extract reports instead of an article when the page holds none a
// reader could use: test with errors.Is. Their texts are meant for
// people ("only a cookie notice could be read").
var (
	ErrCookieWall = errors.New("only a cookie notice could be read")
	ErrPaywall    = errors.New("only the subscription notice could be read")
	ErrLoginPage  = errors.New("the page is a login form")
	ErrTooShort   = errors.New("the extracted text is too short to be the article")
)

// TooShortError is ErrTooShort with the number of words found.
type TooShortError struct{ Words int }

// Error names the word count.
func (e *TooShortError) Error() string {
	if e.Words == 1 {
		return fmt.Sprintf("%v (1 word)", ErrTooShort)
	}
	return fmt.Sprintf("%v (%d words)", ErrTooShort, e.Words)
}

// Is makes errors.Is(err, ErrTooShort) true.
func (e *TooShortError) Is(target error) bool { return target == ErrTooShort }

// TeaserError is ErrPaywall for a page whose markup marks the article as
// for subscribers and that shows only its opening (Words long): the reader
// is told what was read, not that only a notice was.
type TeaserError struct{ Words int }

// Error says the article is for subscribers and how much of it shows.
func (e *TeaserError) Error() string {
	return fmt.Sprintf("the article is for subscribers: only its opening (%d words) could be read", e.Words)
}

// Is makes errors.Is(err, ErrPaywall) true.
func (e *TeaserError) Is(target error) bool { return target == ErrPaywall }

// FailureKind names the kind of a wall or too-short failure for
// machine-readable output: "cookie-wall", "paywall", "login-page",
// "too-short", or "" for any other error.
func FailureKind(err error) string {
	switch {
	case errors.Is(err, ErrCookieWall):
		return "cookie-wall"
	case errors.Is(err, ErrPaywall):
		return "paywall"
	case errors.Is(err, ErrLoginPage):
		return "login-page"
	case errors.Is(err, ErrTooShort):
		return "too-short"
	}
	return ""
}

// minWords is the shortest text accepted as an article. The shortest
// news items in the benchmarks run to 18 words; what is shorter is a
// caption, a script notice or an error message.
const minWords = 15

// minPageBytes is the smallest page whose short text is reported as too
// short: a real web page (head, scripts, navigation) is never smaller,
// while a pasted fragment or a hand-written page of one line is all
// there is to read.
const minPageBytes = 1024

// Cue phrases, matched against each paragraph of the extracted text in
// lower case (notFree against the markup), in the languages news is most often read in.
var (
	cookieCues = regexp.MustCompile(`\bcookies?\b|\bconsent\b|\bgdpr\b|privacy (settings|preferences|choices|policy)|` +
		`manage (preferences|options|settings)|accept all|reject all|tracking technologies|` +
		`einwilligung|datenschutz|zustimmen|akzeptieren|nous utilisons des|consentement|` +
		`utilizamos cookies|usamos cookies|aceptar|utilizziamo|acconsenti|файлы cookie`)
	payCues = regexp.MustCompile(`\bsubscri(be|ber|bers|ption|ptions)\b|\bpaywall\b|free trial|unlimited (digital )?access|` +
		`premium (article|content|story)|become a (member|subscriber)|per (month|week)|a month\b|/mo(nth)?\b|` +
		`\babonn|\babo\b|abonnement|suscr[ií]b|suscripci[oó]n|abbonati|abbonamento|подпис`)
	strongPayCues = regexp.MustCompile(`(continue|keep) reading|read the (full|whole|rest of the) (article|story)|` +
		`(article|story|content) is (only )?(available )?(for|to) (subscribers|members)|subscribers only|` +
		`already a (subscriber|member)|subscribe (now )?to (read|continue|unlock)|unlock (this|the) (article|story)|` +
		`weiterlesen mit|lesen sie weiter|réservé aux abonnés|exclusivo para suscriptores`)
	loginCues = regexp.MustCompile(`\b(sign|log) ?(in|on)\b|\bpassword\b|\busername\b|forgot|remember me|` +
		`create (an )?account|e-?mail address|anmelden|passwort|connexion|mot de passe|contraseña|iniciar sesión|войти|пароль`)
	notFree = regexp.MustCompile(`(?i)"isAccessibleForFree"\s*:\s*"?false`)
)

// maxWallText is the longest text (in bytes) that may still be a wall;
// every wall rule needs fewer than 150 words outside the notice, and
// notices run to a few hundred words.
const maxWallText = 16 << 10

// maxWallWords is the longest text, in words, that may still be a wall:
// each rule needs the words outside the notice to be under 150, and no
// notice seen runs to 350 words.
const maxWallWords = 500

// Hints are substrings one of which every match of the cue expressions
// holds: a cheap test that spares most paragraphs the expressions.
var (
	cookieHints = []string{"cookie", "consent", "gdpr", "privacy", "manage", "accept", "reject", "tracking",
		"einwilligung", "datenschutz", "zustimm", "akzept", "nous utilisons", "utilizamos", "usamos",
		"aceptar", "utilizziamo", "acconsenti"}
	payHints = []string{"subscri", "paywall", "trial", "unlimited", "premium", "member", "per ", "month", "/mo",
		"abo", "suscr", "abbona", "подпис", "reading", "read the", "available", "only", "unlock", "weiterlesen",
		"lesen sie", "réservé", "exclusivo"}
	loginHints = []string{"sign", "log", "password", "username", "forgot", "remember", "account", "mail",
		"anmelden", "passwort", "connexion", "mot de passe", "contraseña", "sesión", "войти", "пароль"}
)

// mayMatch reports whether s holds one of hints.
func mayMatch(s string, hints []string) bool {
	for _, h := range hints {
		if strings.Contains(s, h) {
			return true
		}
	}
	return false
}

// cueWords is how many words of text fall in paragraphs that match each
// kind of cue.
type cueWords struct{ total, cookie, pay, login int }

func countCues(text string) (c cueWords, strongPay bool) {
	for _, para := range strings.Split(strings.ToLower(text), "\n\n") {
		n := countWords(para)
		c.total += n
		strong := mayMatch(para, payHints) && strongPayCues.MatchString(para)
		if mayMatch(para, cookieHints) && cookieCues.MatchString(para) {
			c.cookie += n
		}
		if strong || (mayMatch(para, payHints) && payCues.MatchString(para)) {
			c.pay += n
		}
		if mayMatch(para, loginHints) && loginCues.MatchString(para) {
			c.login += n
		}
		strongPay = strongPay || strong
	}
	return c, strongPay
}

// checkWalls reports an error when the extracted text is a cookie
// notice, a subscription box or a login form. raw is the page's markup; password says it has a password
// field.
func checkWalls(text string, raw []byte, password bool) error {
	if len(text) > maxWallText || countWords(text) > maxWallWords {
		return nil // far longer than any notice: an article
	}
	c, strongPay := countCues(text)
	rest := c.total - max(c.cookie, c.pay, c.login) // the words that are not wall
	switch {
	case c.total == 0:
		return nil // ErrNoText is reported by the caller
	case share(c.cookie, c.total) >= 0.5 && rest < 150:
		return ErrCookieWall
	case share(c.pay, c.total) >= 0.4 && rest < 150, strongPay && c.total-c.pay < 120:
		return ErrPaywall
	case notFree.Match(raw) && c.total < 150:
		return teaserWall(c)
	case password && (share(c.login, c.total) >= 0.3 || c.total < 60) && rest < 150:
		return ErrLoginPage
	}
	return nil
}

// teaserWall is the error for a short text of a page marked for
// subscribers: a TeaserError when none of it is a subscription notice (the
// article's opening is what shows), ErrPaywall otherwise.
func teaserWall(c cueWords) error {
	if c.pay == 0 {
		return &TeaserError{Words: c.total}
	}
	return ErrPaywall
}

// countWords counts the words of s; in scripts written without spaces
// (Chinese, Japanese, Thai…) two characters count as one word.
func countWords(s string) int {
	words, dense := 0, 0
	for _, f := range strings.Fields(s) {
		n := 0
		for _, r := range f {
			if isDenseScript(r) {
				n++
			}
		}
		dense += n
		if n < utf8.RuneCountInString(f) {
			words++
		}
	}
	return words + dense/2
}

// isDenseScript reports whether r belongs to a script written without
// spaces between words (Chinese, Japanese, Thai…).
func isDenseScript(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar)
}

func share(part, whole int) float64 { return float64(part) / float64(max(1, whole)) }

// hasPasswordField reports whether doc has a visible password input.
func hasPasswordField(doc *html.Node) bool {
	found := false
	walk(doc, func(n *html.Node) bool {
		if n.Type == html.ElementNode && n.Data == "input" && strings.EqualFold(attr(n, "type"), "password") {
			found = true
		}
		return !found
	})
	return found
}
