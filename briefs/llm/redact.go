package llm

import (
	"regexp"
	"strings"
)

// keyShapes match strings that look like API keys even when they are not
// the configured one: OpenAI-style "sk-…" keys and bearer tokens.
var keyShapes = regexp.MustCompile(`sk-[A-Za-z0-9_\-]{8,}|(?i:bearer\s+)[A-Za-z0-9_\-\.]{8,}`)

// Redact replaces every occurrence of each secret in s with "[redacted]",
// and anything shaped like an API key with "[redacted key]". Secrets shorter
// than four characters are ignored, since replacing them would garble s.
func Redact(s string, secrets ...string) string {
	for _, sec := range secrets {
		if len(sec) >= 4 {
			s = strings.ReplaceAll(s, sec, "[redacted]")
		}
	}
	return keyShapes.ReplaceAllString(s, "[redacted key]")
}
