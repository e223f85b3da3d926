package llm

import (
	"regexp"
	"strings"
)

// keyShapes match strings that look like API keys even when they are not
// the configured one: OpenAI-style "sk-…" keys and bearer tokens.
var keyShapes = regexp.MustCompile(`sk-[A-Za-z0-9_\-]{8,}|(?i:bearer\s+)[A-Za-z0-9_\-\.]{8,}`)

// minPiece is the shortest run of a secret that Redact removes when it
// appears on its own: an error body may echo a key without its "sk-"
// prefix, or a model may be coaxed into printing half of it.
const minPiece = 8

// Redact replaces every occurrence of each secret in s — and every run of
// minPiece or more characters of it — with "[redacted]", and anything
// shaped like an API key with "[redacted key]". Secrets shorter than four
// characters are ignored, since replacing them would garble s; secrets
// shorter than minPiece are replaced only whole.
func Redact(s string, secrets ...string) string {
	for _, sec := range secrets {
		switch {
		case len(sec) >= minPiece:
			s = redactPieces(s, sec)
		case len(sec) >= 4:
			s = strings.ReplaceAll(s, sec, "[redacted]")
		}
	}
	return keyShapes.ReplaceAllString(s, "[redacted key]")
}

// redactPieces replaces each maximal run of s that is a substring of secret
// and at least minPiece bytes long. Keys are short, so the quadratic
// extension is cheap; positions are found through the secret's 8-grams.
func redactPieces(s, secret string) string {
	grams := make(map[string]bool, len(secret))
	for i := 0; i+minPiece <= len(secret); i++ {
		grams[secret[i:i+minPiece]] = true
	}
	var b strings.Builder
	last := 0
	for i := 0; i+minPiece <= len(s); {
		if !grams[s[i:i+minPiece]] {
			i++
			continue
		}
		end := i + minPiece
		for end < len(s) && strings.Contains(secret, s[i:end+1]) {
			end++
		}
		b.WriteString(s[last:i])
		b.WriteString("[redacted]")
		last, i = end, end
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}
