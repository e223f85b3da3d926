package llm

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestRetryAfter(t *testing.T) {
	now := time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC)
	cases := []struct {
		name   string
		header map[string]string
		want   time.Duration
		ok     bool
	}{
		{"none", nil, 0, false},
		{"seconds", map[string]string{"Retry-After": "2"}, 2 * time.Second, true},
		{"fractional seconds", map[string]string{"Retry-After": "0.5"}, 500 * time.Millisecond, true},
		{"milliseconds win", map[string]string{"Retry-After": "9", "retry-after-ms": "150"}, 150 * time.Millisecond, true},
		{"http date", map[string]string{"Retry-After": now.Add(3 * time.Second).Format(http.TimeFormat)}, 3 * time.Second, true},
		{"date in the past", map[string]string{"Retry-After": now.Add(-time.Hour).Format(http.TimeFormat)}, 0, true},
		{"garbage", map[string]string{"Retry-After": "soon"}, 0, false},
		{"negative", map[string]string{"Retry-After": "-3"}, 0, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			h := http.Header{}
			for k, v := range tc.header {
				h.Set(k, v)
			}
			got, ok := retryAfter(h, now)
			if got != tc.want || ok != tc.ok {
				t.Errorf("retryAfter = %v, %v; want %v, %v", got, ok, tc.want, tc.ok)
			}
		})
	}
}

// scripted answers each request with the next status; the last repeats.
func scripted(t *testing.T, statuses []int, body string, header map[string]string) (*httptest.Server, *atomic.Int32, *[]string) {
	var n atomic.Int32
	var bodies []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		bodies = append(bodies, string(b))
		i := min(int(n.Add(1))-1, len(statuses)-1)
		for k, v := range header {
			w.Header().Set(k, v)
		}
		w.WriteHeader(statuses[i])
		io.WriteString(w, body)
	}))
	t.Cleanup(srv.Close)
	return srv, &n, &bodies
}

func TestRetryDoer(t *testing.T) {
	quota := `{"error":{"message":"You exceeded your current quota","type":"insufficient_quota","code":"insufficient_quota"}}`
	cases := []struct {
		name     string
		statuses []int
		body     string
		header   map[string]string
		attempts int32
		final    int
	}{
		{"success first time", []int{200}, "", nil, 1, 200},
		{"408 retried", []int{408, 200}, "", nil, 2, 200},
		{"409 retried", []int{409, 200}, "", nil, 2, 200},
		{"429 rate limit retried", []int{429, 200}, `{"error":{"code":"rate_limit_exceeded"}}`, nil, 2, 200},
		{"503 until retries run out", []int{503}, "", nil, 3, 503},
		{"500 502 then 200", []int{500, 502, 200}, "", nil, 3, 200},
		{"quota exhaustion not retried", []int{429}, quota, nil, 1, 429},
		{"400 not retried", []int{400}, "", nil, 1, 400},
		{"401 not retried", []int{401}, "", nil, 1, 401},
		{"403 not retried", []int{403}, "", nil, 1, 403},
		{"404 not retried", []int{404}, "", nil, 1, 404},
		{"501 not retried", []int{501}, "", nil, 1, 501},
		{"x-should-retry false wins", []int{503}, "", map[string]string{"x-should-retry": "false"}, 1, 503},
		{"retry-after-ms honoured", []int{429, 200}, "", map[string]string{"retry-after-ms": "20"}, 2, 200},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			srv, n, bodies := scripted(t, tc.statuses, tc.body, tc.header)
			d := &retryDoer{next: srv.Client(), policy: retryPolicy{maxRetries: 2, base: time.Millisecond, maxBackoff: 5 * time.Millisecond, maxRetryAfter: time.Second}}
			req, _ := http.NewRequest(http.MethodPost, srv.URL, strings.NewReader(`{"model":"m"}`))
			resp, err := d.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			got, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != tc.final || n.Load() != tc.attempts {
				t.Errorf("status %d after %d attempts, want %d after %d", resp.StatusCode, n.Load(), tc.final, tc.attempts)
			}
			if string(got) != tc.body {
				t.Errorf("body = %q, want %q intact", got, tc.body)
			}
			for i, b := range *bodies {
				if b != `{"model":"m"}` {
					t.Errorf("attempt %d sent body %q: not rewound", i+1, b)
				}
			}
		})
	}
}

func TestRetryWaitHonoursRetryAfterAndCap(t *testing.T) {
	srv, n, _ := scripted(t, []int{429, 200}, "", map[string]string{"Retry-After": "3600"})
	d := &retryDoer{next: srv.Client(), policy: retryPolicy{maxRetries: 2, base: time.Millisecond, maxBackoff: time.Millisecond, maxRetryAfter: 100 * time.Millisecond}}
	var notes notes
	ctx := withStatus(context.Background(), notes.add)
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, srv.URL, nil)
	start := time.Now()
	resp, err := d.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if el := time.Since(start); el < 100*time.Millisecond || el > 900*time.Millisecond || n.Load() != 2 {
		t.Errorf("waited %v over %d attempts, want the 100 ms cap and 2 attempts", el, n.Load())
	}
	if !strings.Contains(notes.joined(), "429; retrying in 0.1 s") {
		t.Errorf("no retry note: %q", notes.joined())
	}
}

func TestRetryGivesUpWhenWaitOutlastsDeadline(t *testing.T) {
	srv, n, _ := scripted(t, []int{429, 200}, "", map[string]string{"Retry-After": "30"})
	d := &retryDoer{next: srv.Client(), policy: defaultPolicy(2)}
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, srv.URL, nil)
	resp, err := d.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 429 || n.Load() != 1 {
		t.Errorf("status %d after %d attempts, want the 429 at once", resp.StatusCode, n.Load())
	}
}

func TestRetryStopsOnCancel(t *testing.T) {
	srv, _, _ := scripted(t, []int{503}, "", map[string]string{"Retry-After": "5"})
	d := &retryDoer{next: srv.Client(), policy: defaultPolicy(2)}
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, srv.URL, nil)
	start := time.Now()
	_, err := d.Do(req)
	if err == nil || time.Since(start) > time.Second {
		t.Errorf("err = %v after %v, want a prompt cancellation", err, time.Since(start))
	}
}

func TestBackoffGrowsWithJitterAndCap(t *testing.T) {
	d := &retryDoer{policy: defaultPolicy(5)}
	for attempt, base := range []time.Duration{500 * time.Millisecond, time.Second, 2 * time.Second, 4 * time.Second, 8 * time.Second, 8 * time.Second} {
		got := d.backoff(attempt, nil)
		if got > base || got < base*3/4 {
			t.Errorf("attempt %d: backoff %v, want within [%v, %v]", attempt, got, base*3/4, base)
		}
	}
}
