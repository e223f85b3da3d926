package llm

import (
	"errors"
	"sync"
	"time"
)

// breakFor is how long a failure that will not fix itself (a refused key,
// no quota, a missing model, no server) short-cuts later articles.
const breakFor = 30 * time.Second

// breaker remembers such a failure so that the rest of a batch falls back
// at once with the same reason instead of each article asking again.
type breaker struct {
	mu    sync.Mutex
	err   error
	until time.Time
}

// tripped returns the remembered failure while it is fresh.
func (b *breaker) tripped(now time.Time) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.err != nil && now.Before(b.until) {
		return b.err
	}
	return nil
}

// record remembers err if it is a lasting failure; a success clears it.
func (b *breaker) record(err error, now time.Time) {
	b.mu.Lock()
	defer b.mu.Unlock()
	switch {
	case err == nil:
		b.err = nil
	case lasting(err):
		b.err, b.until = err, now.Add(breakFor)
	}
}

// lasting reports failures that a retry seconds later would repeat.
func lasting(err error) bool {
	if errors.Is(err, errNoText) {
		return false
	}
	status, _, quota := httpFailure(err)
	return status == 401 || status == 403 || status == 404 || quota || unreachable(err)
}
