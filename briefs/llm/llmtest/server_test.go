package llmtest

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
)

func post(t *testing.T, url, body string) (*http.Response, string) {
	t.Helper()
	resp, err := http.Post(url+"/chat/completions", "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	return resp, string(data)
}

func TestWireFormat(t *testing.T) {
	cases := []struct {
		name     string
		script   Script
		body     string
		status   int
		ctype    string
		contains []string
		absent   []string
	}{
		{"stream", Script{}, `{"model":"m","stream":true}`, 200, "text/event-stream",
			[]string{"data: {", `"object":"chat.completion.chunk"`, `"finish_reason":"stop"`, "\n\ndata: [DONE]\n\n"}, nil},
		{"cut stream", Script{Replies: []Reply{{CutAfter: 30}}}, `{"model":"m","stream":true}`, 200, "text/event-stream",
			[]string{"data: {"}, []string{"[DONE]", `"finish_reason":"stop"`}},
		{"length stream", Script{Replies: []Reply{{Finish: "length"}}}, `{"model":"m","stream":true}`, 200, "text/event-stream",
			[]string{`"finish_reason":"length"`, "[DONE]"}, nil},
		{"plain completion", Script{}, `{"model":"m"}`, 200, "application/json",
			[]string{`"object":"chat.completion"`, `"finish_reason":"stop"`, `"usage"`}, []string{"data:"}},
		{"openai error", Script{Replies: []Reply{{Status: 429, Header: map[string]string{"Retry-After": "2"},
			Error: &APIError{Message: "slow down", Type: "requests", Code: "rate_limit_exceeded"}}}}, `{"model":"m"}`, 429, "application/json",
			[]string{`{"error":{"code":"rate_limit_exceeded","message":"slow down","param":null,"type":"requests"}}`}, nil},
		{"schema rejected", Script{RejectSchema: true}, `{"model":"m","response_format":{"type":"json_schema"}}`, 400, "application/json",
			[]string{"json_schema is not supported"}, nil},
		{"key required", Script{APIKey: "k"}, `{"model":"m"}`, 401, "application/json", []string{"invalid_api_key"}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			srv := NewServer(t, tc.script)
			resp, body := post(t, srv.URL, tc.body)
			if resp.StatusCode != tc.status || !strings.HasPrefix(resp.Header.Get("Content-Type"), tc.ctype) {
				t.Errorf("status %d %q, want %d %q", resp.StatusCode, resp.Header.Get("Content-Type"), tc.status, tc.ctype)
			}
			for _, s := range tc.contains {
				if !strings.Contains(body, s) {
					t.Errorf("body lacks %q:\n%s", s, body)
				}
			}
			for _, s := range tc.absent {
				if strings.Contains(body, s) {
					t.Errorf("body has %q:\n%s", s, body)
				}
			}
		})
	}
}

func TestStreamReassemblesAnswer(t *testing.T) {
	srv := NewServer(t, Script{})
	_, body := post(t, srv.URL, `{"model":"m","stream":true}`)
	var got strings.Builder
	for _, line := range strings.Split(body, "\n") {
		data, ok := strings.CutPrefix(line, "data: ")
		if !ok || data == "[DONE]" {
			continue
		}
		var chunk struct {
			Choices []struct {
				Delta struct{ Content string } `json:"delta"`
			} `json:"choices"`
		}
		if err := json.Unmarshal([]byte(data), &chunk); err != nil {
			t.Fatalf("bad chunk %q: %v", data, err)
		}
		got.WriteString(chunk.Choices[0].Delta.Content)
	}
	if got.String() != GoodAnswer() {
		t.Errorf("reassembled %q", got.String())
	}
	if !json.Valid([]byte(GoodAnswer())) || !json.Valid([]byte(InventedAnswer())) {
		t.Error("canned answers are not valid JSON")
	}
}

func TestCountersAndDelay(t *testing.T) {
	srv := NewServer(t, Script{Delay: 100 * time.Millisecond})
	done := make(chan struct{})
	for range 3 {
		go func() {
			defer func() { done <- struct{}{} }()
			resp, err := http.Post(srv.URL+"/chat/completions", "application/json", strings.NewReader(`{"model":"m"}`))
			if err == nil {
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
			}
		}()
	}
	for range 3 {
		<-done
	}
	if srv.Count() != 3 || srv.MaxInFlight() != 3 || len(srv.Requests()) != 3 || srv.Requests()[0].Body.Model != "m" {
		t.Errorf("count %d, max in flight %d", srv.Count(), srv.MaxInFlight())
	}
}
