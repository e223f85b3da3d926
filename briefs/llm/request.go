package llm

import (
	"strings"

	"github.com/sashabaranov/go-openai"
)

// answerMode is how the answer's format is requested, from strictest to
// loosest. A server that rejects one mode is asked again with the next.
type answerMode int32

const (
	modeSchema answerMode = iota // response_format json_schema, strict
	modeJSON                     // response_format json_object
	modeText                     // no response_format: JSON asked for in the prompt, headings accepted
)

// String names the mode for status notes.
func (m answerMode) String() string {
	switch m {
	case modeSchema:
		return "JSON schema"
	case modeJSON:
		return "JSON mode"
	}
	return "plain text"
}

// Output token caps: room for the brief, and for reasoning models' hidden
// reasoning too.
const (
	maxAnswerTokens    = 1500
	maxReasoningTokens = 8000
)

// chatRequest builds the streaming request for prompt p in mode m.
func chatRequest(c Config, p prompt, m answerMode) openai.ChatCompletionRequest {
	req := openai.ChatCompletionRequest{
		Model: c.Model,
		Messages: []openai.ChatCompletionMessage{
			{Role: openai.ChatMessageRoleSystem, Content: p.system},
			{Role: openai.ChatMessageRoleUser, Content: p.user},
		},
		Stream: true,
	}
	if isReasoningModel(c.Model) {
		req.MaxCompletionTokens = maxReasoningTokens // these reject max_tokens and temperature
	} else {
		//lint:ignore SA1019 local servers (Ollama, LM Studio, llama.cpp) read max_tokens, not max_completion_tokens
		req.MaxTokens = maxAnswerTokens
		req.Temperature = float32(c.Temperature)
	}
	switch m {
	case modeSchema:
		req.ResponseFormat = &openai.ChatCompletionResponseFormat{
			Type:       openai.ChatCompletionResponseFormatTypeJSONSchema,
			JSONSchema: &openai.ChatCompletionResponseFormatJSONSchema{Name: schemaName, Schema: answerSchema(), Strict: true},
		}
	case modeJSON:
		req.ResponseFormat = &openai.ChatCompletionResponseFormat{Type: openai.ChatCompletionResponseFormatTypeJSONObject}
	}
	return req
}

// isReasoningModel reports whether go-openai applies its reasoning-model
// rules (no max_tokens, fixed temperature) to model.
func isReasoningModel(model string) bool {
	for _, p := range []string{"o1", "o3", "o4", "gpt-5", "gpt-6"} {
		if strings.HasPrefix(model, p) {
			return true
		}
	}
	return false
}
