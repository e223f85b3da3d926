package llm

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"strings"
	"syscall"

	"github.com/sashabaranov/go-openai"
)

// plainErrors already read as plain words.
var plainErrors = []error{errTimeout, errStalled, errCutOff, errLength, errFiltered, errTooLong, errNoAnswer, errBadAnswer, errNoText, errDropped}

// reason says in plain words why a request failed. It never includes the
// request, whose headers carry the key.
func reason(err error, c Config) string {
	for _, p := range plainErrors {
		if errors.Is(err, p) {
			return err.Error()
		}
	}
	if status, msg, quota := httpFailure(err); status != 0 {
		return httpReason(status, msg, quota)
	}
	if unreachable(err) {
		return "could not reach the AI server at " + host(c.BaseURL)
	}
	var urlErr *url.Error
	if errors.As(err, &urlErr) {
		return "the connection to the AI server failed: " + shorten(urlErr.Err.Error())
	}
	return "unexpected error: " + shorten(err.Error())
}

// httpFailure extracts the status, the server's message and whether it means
// quota exhaustion from go-openai's error types.
func httpFailure(err error) (int, string, bool) {
	var reqErr *openai.RequestError
	var apiErr *openai.APIError
	switch {
	case errors.As(err, &reqErr):
		msg := string(reqErr.Body)
		if errors.As(reqErr.Err, &apiErr) && apiErr.Message != "" {
			msg = apiErr.Message
		}
		return reqErr.HTTPStatusCode, msg, strings.Contains(msg, "insufficient_quota")
	case errors.As(err, &apiErr):
		quota := apiErr.Type == "insufficient_quota" || fmt.Sprint(apiErr.Code) == "insufficient_quota"
		return apiErr.HTTPStatusCode, apiErr.Message, quota
	}
	return 0, "", false
}

// httpStatus is the HTTP status behind err, or 0.
func httpStatus(err error) int {
	status, _, _ := httpFailure(err)
	return status
}

// httpReason words an HTTP failure.
func httpReason(status int, msg string, quota bool) string {
	switch {
	case status == 401:
		return "the server refused the API key (401)"
	case status == 403:
		return "access denied: the key may lack permission for this model (403)"
	case status == 404:
		return "model or address not found (404): " + shorten(msg)
	case status == 429 && quota:
		return "the account has run out of quota (429)"
	case status == 429:
		return "the server is limiting requests (429); try fewer at once"
	case status >= 500:
		return fmt.Sprintf("the AI server had an internal problem (%d)", status)
	}
	return fmt.Sprintf("the server rejected the request (%d): %s", status, shorten(msg))
}

// formatRejected reports whether err is a server refusing the requested
// response format, so a looser one is worth trying.
func formatRejected(err error) bool {
	status, msg, _ := httpFailure(err)
	if status != 400 && status != 422 {
		return false
	}
	msg = strings.ToLower(msg)
	for _, w := range []string{"response_format", "json_schema", "json_object", "schema", "grammar", "format"} {
		if strings.Contains(msg, w) {
			return true
		}
	}
	return false
}

// unreachable reports a refused connection or an unknown host.
func unreachable(err error) bool {
	var dnsErr *net.DNSError
	var opErr *net.OpError
	return errors.Is(err, syscall.ECONNREFUSED) || errors.As(err, &dnsErr) || (errors.As(err, &opErr) && opErr.Op == "dial")
}

// host is the host:port of a base URL, for messages.
func host(baseURL string) string {
	if u, err := url.Parse(baseURL); err == nil && u.Host != "" {
		return u.Host
	}
	return "the configured address"
}

// shorten keeps error text to one short line.
func shorten(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 160 {
		s = truncateUTF8(s, 157) + "…"
	}
	return s
}
