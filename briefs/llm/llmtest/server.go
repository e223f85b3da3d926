// Package llmtest is an OpenAI-compatible Chat Completions server for tests.
// It speaks the real wire format — JSON bodies, server-sent-event streams
// with "data: {…}" chunks and "data: [DONE]", OpenAI-shaped error bodies,
// Retry-After headers — and plays a Script of replies, counting requests and
// the most it had in flight at once. It listens on 127.0.0.1 only.
package llmtest

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// Reply is one scripted answer.
type Reply struct {
	Status     int               // HTTP status; 0 means 200
	Header     map[string]string // extra response headers, e.g. {"Retry-After": "1"}
	Error      *APIError         // with Status ≥ 400: an OpenAI error body
	RawBody    string            // sent verbatim instead of any other body (with Status)
	Content    string            // the assistant's answer; GoodAnswer() when empty
	Finish     string            // finish_reason of the last chunk; "stop" when empty
	CutAfter   int               // stream: end after this many bytes of content, with no finish_reason and no [DONE]
	ResetAfter int               // stream: after this many bytes of content, drop the connection mid-response (a reset)
	Delay      time.Duration     // wait before the response headers (ends if the client goes away)
	ChunkDelay time.Duration     // stream: wait between chunks
}

// APIError is the "error" object of an OpenAI error body.
type APIError struct {
	Message string
	Type    string
	Code    string
}

// Script is what a Server answers.
type Script struct {
	Replies        []Reply       // served in order, the last one repeating; none means a good answer every time
	RejectSchema   bool          // answer 400 to response_format json_schema, like servers without schema support
	RejectJSONMode bool          // answer 400 to response_format json_object, like LM Studio
	Delay          time.Duration // added before every reply
	APIKey         string        // when set, requests must carry this key (Bearer or api-key) or get 401
}

// Server is a running test server. Its methods are safe for concurrent use.
type Server struct {
	URL    string // base URL for clients, ending in "/v1"
	Root   string // scheme and host only, for Azure-style clients
	srv    *httptest.Server
	script Script

	mu       sync.Mutex
	requests []Request
	next     int

	inFlight    atomic.Int64
	maxInFlight atomic.Int64
}

// NewServer starts a server playing script; it is closed when the test ends.
func NewServer(t testing.TB, script Script) *Server {
	t.Helper()
	s := &Server{script: script}
	s.srv = httptest.NewServer(http.HandlerFunc(s.handle))
	s.Root = s.srv.URL
	s.URL = s.srv.URL + "/v1"
	t.Cleanup(s.Close)
	return s
}

// Close stops the server, waiting for handlers to return. It is safe to
// call more than once.
func (s *Server) Close() { s.srv.Close() }

// Requests returns the requests received so far, in arrival order.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

// Count is the number of requests received so far.
func (s *Server) Count() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.requests)
}

// MaxInFlight is the most requests the server was handling at once.
func (s *Server) MaxInFlight() int { return int(s.maxInFlight.Load()) }

// handle answers one request.
func (s *Server) handle(w http.ResponseWriter, r *http.Request) {
	s.enter()
	defer s.inFlight.Add(-1)
	req := s.record(r)
	switch {
	case !strings.HasSuffix(r.URL.Path, "/chat/completions"):
		writeError(w, Reply{Status: 404, Error: &APIError{Message: "Unknown request URL: " + r.URL.Path, Type: "invalid_request_error"}})
		return
	case !s.authorised(r):
		writeError(w, Reply{Status: 401, Error: &APIError{
			Message: "Incorrect API key provided: " + presentedKey(r) + ".", Type: "invalid_request_error", Code: "invalid_api_key"}})
		return
	}
	if rej, ok := s.rejection(req); ok {
		writeError(w, rej)
		return
	}
	reply := s.nextReply()
	if !wait(r, s.script.Delay+reply.Delay) {
		return
	}
	s.respond(w, r, req, reply)
}

// enter counts a request in and updates the in-flight gauge.
func (s *Server) enter() {
	n := s.inFlight.Add(1)
	for {
		m := s.maxInFlight.Load()
		if n <= m || s.maxInFlight.CompareAndSwap(m, n) {
			return
		}
	}
}

// record reads and keeps the request.
func (s *Server) record(r *http.Request) Request {
	body, _ := io.ReadAll(io.LimitReader(r.Body, 8<<20))
	req := Request{Path: r.URL.Path, Query: r.URL.Query(), Header: r.Header.Clone(), RawBody: string(body)}
	_ = json.Unmarshal(body, &req.Body) // a malformed body is recorded raw
	s.mu.Lock()
	s.requests = append(s.requests, req)
	s.mu.Unlock()
	return req
}

// authorised checks the key when the script requires one.
func (s *Server) authorised(r *http.Request) bool {
	return s.script.APIKey == "" || presentedKey(r) == s.script.APIKey
}

// presentedKey is the key a request carries, from either header style. A
// real OpenAI error echoes a masked form of it; this server echoes it whole,
// the worst case for leak tests.
func presentedKey(r *http.Request) string {
	if k := r.Header.Get("api-key"); k != "" {
		return k
	}
	return strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
}

// rejection answers 400 to a response format the script says is unsupported.
func (s *Server) rejection(req Request) (Reply, bool) {
	rf := req.Body.ResponseFormat
	switch {
	case rf == nil:
	case rf.Type == "json_schema" && s.script.RejectSchema:
		return Reply{Status: 400, Error: &APIError{Message: "response_format type json_schema is not supported by this server", Type: "invalid_request_error"}}, true
	case rf.Type == "json_object" && s.script.RejectJSONMode:
		return Reply{Status: 400, Error: &APIError{Message: "'response_format.type' must be 'json_schema' or 'text'", Type: "invalid_request_error"}}, true
	}
	return Reply{}, false
}

// nextReply takes the next scripted reply; the last one repeats.
func (s *Server) nextReply() Reply {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.script.Replies) == 0 {
		return Reply{}
	}
	i := min(s.next, len(s.script.Replies)-1)
	s.next++
	return s.script.Replies[i]
}

// wait sleeps for d, returning false if the client went away first.
func wait(r *http.Request, d time.Duration) bool {
	if d <= 0 {
		return true
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-r.Context().Done():
		return false
	}
}
