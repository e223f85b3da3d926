package llm

import (
	"encoding/json"
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

// stringList accepts a JSON array of strings or, from looser models, a
// single string.
type stringList []string

// UnmarshalJSON reads ["a", "b"] or "a".
func (l *stringList) UnmarshalJSON(data []byte) error {
	var one string
	if err := json.Unmarshal(data, &one); err == nil {
		*l = nil
		if strings.TrimSpace(one) != "" {
			*l = stringList{one}
		}
		return nil
	}
	var many []string
	if err := json.Unmarshal(data, &many); err != nil {
		return err
	}
	*l = many
	return nil
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
