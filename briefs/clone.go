package briefs

import "slices"

// Clone returns a deep copy of b that shares no slice, map or pointer with
// it, so background work (an export, a snapshot) can read the copy while
// the user keeps editing b. A nil brief clones to nil. clone_test.go fails
// when a field added to Brief or anything it holds is not deep-copied here.
func (b *Brief) Clone() *Brief {
	if b == nil {
		return nil
	}
	c := *b
	c.Items = cloneEach(b.Items, Item.Clone)
	if b.Brand != nil {
		br := *b.Brand
		br.LogoData = slices.Clone(br.LogoData)
		c.Brand = &br
	}
	return &c
}

// Clone returns a deep copy of it.
func (it Item) Clone() Item {
	it.Edited = slices.Clone(it.Edited)
	it.Article = it.Article.clone()
	it.Summary = it.Summary.clone()
	return it
}

func (a Article) clone() Article {
	a.AlsoIn = slices.Clone(a.AlsoIn)
	return a
}

func (s Summary) clone() Summary {
	s.WhatHappened = cloneEach(s.WhatHappened, Point.clone)
	s.WhyItMatters = cloneEach(s.WhyItMatters, Point.clone)
	s.WhatsNext = cloneEach(s.WhatsNext, Point.clone)
	if s.Quote != nil {
		q := *s.Quote
		s.Quote = &q
	}
	s.Flags = slices.Clone(s.Flags)
	return s
}

func (p Point) clone() Point {
	p.Spans = slices.Clone(p.Spans)
	return p
}

// cloneEach copies s element by element with clone; nil stays nil.
func cloneEach[T any](s []T, clone func(T) T) []T {
	if s == nil {
		return nil
	}
	out := make([]T, len(s))
	for i, v := range s {
		out[i] = clone(v)
	}
	return out
}
