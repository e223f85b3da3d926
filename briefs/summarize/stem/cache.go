package stem

// Cache remembers the Porter stems of the words of one text: an article
// repeats its words, and stemming is among the costliest steps of reading
// it. A Cache is not safe for concurrent use; give each summary its own.
type Cache map[string]string

// NewCache returns an empty cache with room for about n words.
func NewCache(n int) Cache { return make(Cache, n) }

// Porter returns Porter(word), from the cache when word has been stemmed
// before.
func (c Cache) Porter(word string) string {
	if s, ok := c[word]; ok {
		return s
	}
	s := Porter(word)
	c[word] = s
	return s
}
