package sentences

import "unicode"

// scanner walks one block and collects the byte offsets where sentences
// end.
type scanner struct {
	text  string
	blk   block
	spans spanTracker
	list  listState
	first int // where the first word of the current sentence starts; -1 before it
	cuts  []int
}

// scanBlock returns the offsets inside b at which one sentence ends and the
// next begins, in increasing order.
func scanBlock(text string, b block) []int {
	s := scanner{text: text, blk: b, first: -1}
	s.spans.spans = protectedSpans(text, b)
	s.run()
	return s.cuts
}

// run is the main loop: note each word start, and judge each stop.
func (s *scanner) run() {
	atWord := true
	for i := s.blk.start; i < s.blk.end; {
		if !atWord && isASCIIAlnum(s.text[i]) {
			i++ // inside a word: the common case, kept fast
			continue
		}
		r, size := runeAt(s.text, i)
		switch {
		case unicode.IsSpace(r):
			atWord = true
		case stopKindAt(s.text, i) != notStop:
			c := readCluster(s.text, i, s.blk.end)
			cut := s.judge(c)
			i, atWord = c.end, cut
			continue
		case atWord:
			s.wordStart(i)
			atWord = false
		}
		i += size
	}
}

// judge decides whether the sentence ends at cluster c and records the cut.
func (s *scanner) judge(c cluster) bool {
	at, ok := s.decide(c)
	if ok {
		s.cut(at)
	}
	return ok
}

// wordStart handles the start of a word at text[i]: bullets and the next
// marker of an inline list start a new sentence.
func (s *scanner) wordStart(i int) {
	r, size := runeAt(s.text, i)
	if in(r, bullets) {
		if s.first >= 0 {
			s.cut(i)
		}
		if i += size; i >= s.blk.end || unicode.IsSpace(rune(s.text[i])) {
			return // a bullet on its own: the item starts with the next word
		}
	}
	m, isMarker := parseMarker(s.text, i, s.blk.end)
	switch {
	case isMarker && s.first < 0:
		s.list.start(m)
	case isMarker && s.list.continues(m):
		s.cut(i)
	default:
		s.list.sawWord()
	}
	if s.first < 0 {
		s.first = i
	}
}

// cut records a sentence end at offset at.
func (s *scanner) cut(at int) {
	if at <= s.blk.start || at >= s.blk.end || (len(s.cuts) > 0 && at <= s.cuts[len(s.cuts)-1]) {
		return
	}
	s.cuts = append(s.cuts, at)
	s.first = -1
}
