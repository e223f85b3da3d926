package llm

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/sashabaranov/go-openai/jsonschema"
)

// answer is the JSON the model is asked for. No field is omitempty: strict
// JSON-schema mode requires every property to be listed as required.
type answer struct {
	Headline     string      `json:"headline"`
	WhatHappened stringList  `json:"what_happened"`
	WhyItMatters stringList  `json:"why_it_matters"`
	WhatsNext    stringList  `json:"whats_next"`
	KeyQuote     answerQuote `json:"key_quote"`
}

// answerQuote is the key quotation; both fields empty when there is none.
type answerQuote struct {
	Text    string `json:"text"`
	Speaker string `json:"speaker"`
}

// stringList is a JSON array of strings. Anything else — a bare string, a
// number, an object, an array holding non-strings — is an error, so an
// answer in the wrong shape is refused rather than read as empty sections.
type stringList []string

// UnmarshalJSON reads ["a", "b"]; null reads as no sentences.
func (l *stringList) UnmarshalJSON(data []byte) error {
	var many []string
	if err := json.Unmarshal(data, &many); err != nil {
		return fmt.Errorf("want a list of sentences, got %s", jsonKind(data))
	}
	*l = many
	return nil
}

// jsonKind names the kind of a JSON value for error messages.
func jsonKind(data []byte) string {
	t := strings.TrimSpace(string(data))
	switch {
	case t == "":
		return "nothing"
	case t[0] == '"':
		return "a string"
	case t[0] == '{':
		return "an object"
	case t[0] == '[':
		return "a list with something other than sentences"
	case t == "true" || t == "false":
		return "true/false"
	case t == "null":
		return "null"
	}
	return "a number"
}

// schemaName names the response format in requests.
const schemaName = "brief_item"

// answerSchema is the JSON schema of answer for strict structured output.
func answerSchema() *jsonschema.Definition {
	str := func(desc string) jsonschema.Definition {
		return jsonschema.Definition{Type: jsonschema.String, Description: desc}
	}
	list := func(desc string) jsonschema.Definition {
		return jsonschema.Definition{Type: jsonschema.Array, Description: desc, Items: &jsonschema.Definition{Type: jsonschema.String}}
	}
	return &jsonschema.Definition{
		Type: jsonschema.Object,
		Properties: map[string]jsonschema.Definition{
			"headline":       str("One line in sentence case, at most 12 words."),
			"what_happened":  list("Short sentences: the news itself."),
			"why_it_matters": list("Short sentences: the consequences and context."),
			"whats_next":     list("Short sentences: what comes next or what to watch for."),
			"key_quote": {
				Type: jsonschema.Object,
				Properties: map[string]jsonschema.Definition{
					"text":    str("A quotation copied word for word from the article, or empty."),
					"speaker": str("Who said it, or empty."),
				},
				Required:             []string{"text", "speaker"},
				AdditionalProperties: false,
			},
		},
		Required:             []string{"headline", "what_happened", "why_it_matters", "whats_next", "key_quote"},
		AdditionalProperties: false,
	}
}
