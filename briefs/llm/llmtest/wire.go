package llmtest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"time"
	"unicode/utf8"
)

// Request is a request as the server received it.
type Request struct {
	Path    string
	Query   url.Values
	Header  http.Header
	RawBody string
	Body    ChatRequest
}

// ChatRequest is the part of a Chat Completions request tests look at.
type ChatRequest struct {
	Model          string          `json:"model"`
	Messages       []Message       `json:"messages"`
	Stream         bool            `json:"stream"`
	Temperature    float64         `json:"temperature"`
	MaxTokens      int             `json:"max_tokens"`
	ResponseFormat *ResponseFormat `json:"response_format"`
}

// Message is one chat message.
type Message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

// ResponseFormat is the requested answer format.
type ResponseFormat struct {
	Type       string          `json:"type"`
	JSONSchema json.RawMessage `json:"json_schema"`
}

// respond writes a scripted reply as an error, a raw body, a stream or a
// JSON completion, as the request and reply ask.
func (s *Server) respond(w http.ResponseWriter, r *http.Request, req Request, reply Reply) {
	for k, v := range reply.Header {
		w.Header().Set(k, v)
	}
	switch {
	case reply.Status >= 400 || reply.RawBody != "":
		writeError(w, reply)
	case req.Body.Stream:
		writeStream(w, r, req, reply)
	default:
		writeCompletion(w, req, reply)
	}
}

// writeError writes an error status with an OpenAI-shaped or raw body.
func writeError(w http.ResponseWriter, reply Reply) {
	status := reply.Status
	if status == 0 {
		status = http.StatusOK
	}
	if reply.RawBody != "" {
		w.WriteHeader(status)
		fmt.Fprint(w, reply.RawBody)
		return
	}
	e := reply.Error
	if e == nil {
		e = &APIError{Message: http.StatusText(status), Type: "server_error"}
	}
	var code any // OpenAI sends null when there is no code
	if e.Code != "" {
		code = e.Code
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{"error": map[string]any{
		"message": e.Message, "type": e.Type, "param": nil, "code": code}})
}

// writeCompletion writes a non-streaming chat.completion object.
func writeCompletion(w http.ResponseWriter, req Request, reply Reply) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]any{
		"id": "chatcmpl-test", "object": "chat.completion", "created": time.Now().Unix(), "model": req.Body.Model,
		"choices": []any{map[string]any{"index": 0, "finish_reason": finish(reply),
			"message": map[string]any{"role": "assistant", "content": content(reply)}}},
		"usage": map[string]int{"prompt_tokens": 100, "completion_tokens": 50, "total_tokens": 150},
	})
}

// writeStream writes the answer as server-sent events: a role chunk, content
// chunks, a chunk with the finish reason, then [DONE] — or stops early at
// CutAfter, as a server that gives up would, or drops the connection at
// ResetAfter, as a reset would.
func writeStream(w http.ResponseWriter, r *http.Request, req Request, reply Reply) {
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	flusher, _ := w.(http.Flusher)
	send := func(delta map[string]any, finishReason any) {
		chunk := map[string]any{"id": "chatcmpl-test", "object": "chat.completion.chunk", "created": time.Now().Unix(),
			"model": req.Body.Model, "choices": []any{map[string]any{"index": 0, "delta": delta, "finish_reason": finishReason}}}
		data, _ := json.Marshal(chunk)
		fmt.Fprintf(w, "data: %s\n\n", data)
		if flusher != nil {
			flusher.Flush()
		}
	}
	send(map[string]any{"role": "assistant", "content": ""}, nil)
	text, sent := content(reply), 0
	for _, piece := range chunks(text, 24) {
		if !wait(r, reply.ChunkDelay) {
			return
		}
		if reply.CutAfter > 0 && sent+len(piece) > reply.CutAfter {
			return
		}
		if reply.ResetAfter > 0 && sent+len(piece) > reply.ResetAfter {
			panic(http.ErrAbortHandler) // the server drops the connection without ending the response
		}
		send(map[string]any{"content": piece}, nil)
		sent += len(piece)
	}
	send(map[string]any{}, finish(reply))
	fmt.Fprint(w, "data: [DONE]\n\n")
}

// chunks splits s into pieces of about n bytes on character boundaries.
func chunks(s string, n int) []string {
	var out []string
	for len(s) > 0 {
		end := min(n, len(s))
		for end < len(s) && !utf8.RuneStart(s[end]) {
			end++
		}
		out = append(out, s[:end])
		s = s[end:]
	}
	return out
}

func content(reply Reply) string {
	if reply.Content == "" {
		return GoodAnswer()
	}
	return reply.Content
}

func finish(reply Reply) string {
	if reply.Finish == "" {
		return "stop"
	}
	return reply.Finish
}
