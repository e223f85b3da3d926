package rouge

// Mean accumulates per-pair Scores and reports their average, the way
// ROUGE-1.5.5 averages P, R and F separately over summaries. The zero value
// is ready to use.
type Mean struct {
	n   int
	sum Scores
}

// Add counts one pair's scores.
func (m *Mean) Add(s Scores) {
	m.n++
	m.sum.R1 = m.sum.R1.plus(s.R1)
	m.sum.R2 = m.sum.R2.plus(s.R2)
	m.sum.RL = m.sum.RL.plus(s.RL)
}

// N is the number of pairs added.
func (m *Mean) N() int { return m.n }

// Scores returns the mean of every P, R and F added so far; zero when none
// were.
func (m *Mean) Scores() Scores {
	if m.n == 0 {
		return Scores{}
	}
	k := 1 / float64(m.n)
	return Scores{R1: m.sum.R1.times(k), R2: m.sum.R2.times(k), RL: m.sum.RL.times(k)}
}

func (a PRF) plus(b PRF) PRF      { return PRF{P: a.P + b.P, R: a.R + b.R, F: a.F + b.F} }
func (a PRF) times(k float64) PRF { return PRF{P: a.P * k, R: a.R * k, F: a.F * k} }
