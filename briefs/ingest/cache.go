package ingest

import (
	"slices"
	"sync"

	"briefsmith/briefs/ingest/feed"
	"briefsmith/briefs/ingest/fetch"
)

// feedItem is what the importer remembers of a feed entry between Expand
// and Import: the feed's own content, the fallback when the linked page
// cannot be read.
type feedItem struct {
	feedTitle string
	entry     feed.Entry
}

// memo is a bounded, concurrency-safe map that forgets its oldest keys.
type memo[V any] struct {
	mu    sync.Mutex
	max   int
	order []string
	items map[string]V
}

func newMemo[V any](max int) *memo[V] {
	return &memo[V]{max: max, items: map[string]V{}}
}

func (m *memo[V]) put(key string, v V) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.items[key]; !ok {
		m.order = append(m.order, key)
	}
	m.items[key] = v
	for len(m.order) > m.max {
		delete(m.items, m.order[0])
		m.order = m.order[1:]
	}
}

func (m *memo[V]) get(key string) (V, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.items[key]
	return v, ok
}

// take returns and forgets the value for key.
func (m *memo[V]) take(key string) (V, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.items[key]
	if ok {
		delete(m.items, key)
		m.order = slices.DeleteFunc(m.order, func(k string) bool { return k == key })
	}
	return v, ok
}

// pages keeps a page Expand fetched to see whether it was a feed, so that
// Import need not fetch it again.
type pages = memo[fetch.Page]
