package eval

import (
	"fmt"
	"strings"

	"briefsmith/briefs"
	"briefsmith/briefs/summarize/eval/realnews"
)

// roleOfSection is the label a section's sentences should carry.
var roleOfSection = [...]string{realnews.Happened, realnews.Matters, realnews.Next}

// SectionScore counts, for one section over a set of labelled articles,
// how its chosen sentences fared.
type SectionScore struct {
	Chosen, Right int // chosen sentences, and those labelled with the section's role
	WithBest, Hit int // articles with a best sentence for it, and those where one was chosen
	Empty         int // articles where the section came out empty
}

// RealNewsScore is the section figures of one split of the labelled real
// news (see ../shared/docs/labelling.md).
type RealNewsScore struct {
	Articles int
	Sections [3]SectionScore
	Chosen   int // chosen sentences in all sections
	Right    int // those whose label is their section's role
}

// Precision is the share of sec's chosen sentences labelled with its role.
func (s SectionScore) Precision() float64 { return ratio(s.Right, s.Chosen) }

// Recall is the share of articles with a best sentence for the section
// where one of them was chosen.
func (s SectionScore) Recall() float64 { return ratio(s.Hit, s.WithBest) }

// Precision is the share of all chosen sentences labelled with their
// section's role.
func (s RealNewsScore) Precision() float64 { return ratio(s.Right, s.Chosen) }

// ratio is num/den, and 0 when den is 0.
func ratio(num, den int) float64 {
	if den == 0 {
		return 0
	}
	return float64(num) / float64(den)
}

// Add scores one summary of article a against its labels.
func (s *RealNewsScore) Add(a realnews.Article, sum briefs.Summary) {
	s.Articles++
	for _, sec := range briefs.Sections {
		sc := &s.Sections[sec]
		role := roleOfSection[sec]
		best := a.Best[role]
		if len(best) > 0 {
			sc.WithBest++
		}
		pts := sum.Points(sec)
		if len(pts) == 0 {
			sc.Empty++
		}
		hit := false
		for _, p := range pts {
			i := pointSentence(a, p)
			sc.Chosen++
			s.Chosen++
			if i >= 0 && a.Sentences[i].Label == role {
				sc.Right++
				s.Right++
			}
			hit = hit || i >= 0 && containsInt(best, i)
		}
		if hit && len(best) > 0 {
			sc.Hit++
		}
	}
}

// pointSentence is the labelled sentence a point was taken from, or -1.
func pointSentence(a realnews.Article, p briefs.Point) int {
	if len(p.Spans) == 0 {
		return -1
	}
	return a.SentenceAt(p.Spans[0].Start, p.Spans[len(p.Spans)-1].End)
}

// containsInt reports whether xs holds x.
func containsInt(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

// Describe formats a section's figures: precision with counts, best-
// sentence recall with counts, and the empty rate.
func (s SectionScore) Describe(articles int) string {
	return fmt.Sprintf("precision %.2f (%d/%d), best recall %.0f %% (%d/%d), empty %.0f %% (%d/%d)",
		s.Precision(), s.Right, s.Chosen, 100*s.Recall(), s.Hit, s.WithBest,
		100*ratio(s.Empty, articles), s.Empty, articles)
}

// Outlets counts the distinct outlets of the articles.
func Outlets(arts []realnews.Article) int {
	seen := map[string]bool{}
	for _, a := range arts {
		seen[strings.ToLower(a.Outlet)] = true
	}
	return len(seen)
}
