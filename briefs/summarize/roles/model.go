package roles

import (
	"math"
	"sort"
)

// The four roles, in the order of a probability vector.
const (
	Happened = iota
	Matters
	Next
	Other
	// NumRoles is how many roles there are.
	NumRoles
)

// Names are the roles as the label files spell them.
var Names = [NumRoles]string{"happened", "matters", "next", "other"}

// RoleOf returns the role a label names, or -1.
func RoleOf(label string) int {
	for k, n := range Names {
		if n == label {
			return k
		}
	}
	return -1
}

// Probs are the probabilities of the four roles, summing to 1.
type Probs [NumRoles]float64

// Weights are a model: for each feature, its weight towards each role.
type Weights map[string][NumRoles]float64

// Classify returns the probabilities of each role for a sentence, by the
// weights learnt from the labelled real news.
func Classify(v Vector) Probs { return learnt.Classify(v) }

// Thresholds are the least probability of its role a sentence needs to
// serve each section.
type Thresholds struct {
	Happened, Matters, Next float64
}

// Model is a classifier and the thresholds the summariser applies to it.
type Model struct {
	Weights    Weights
	Thresholds Thresholds
}

// Default returns the model learnt by make train from the labelled real
// news; it must not be modified.
func Default() *Model { return &defaultModel }

// defaultModel is the learnt model.
var defaultModel = Model{Weights: learnt, Thresholds: learntThresholds}

// Classify returns the probabilities of each role for v under w.
func (w Weights) Classify(v Vector) Probs {
	var z [NumRoles]float64
	for name, x := range v {
		if ws, ok := w[name]; ok {
			for k := range z {
				z[k] += ws[k] * x
			}
		}
	}
	return softmax(z)
}

// softmax turns scores into probabilities.
func softmax(z [NumRoles]float64) Probs {
	top := z[0]
	for _, s := range z[1:] {
		top = math.Max(top, s)
	}
	var p Probs
	sum := 0.0
	for k, s := range z {
		p[k] = math.Exp(s - top)
		sum += p[k]
	}
	for k := range p {
		p[k] /= sum
	}
	return p
}

// Example is one labelled sentence for training.
type Example struct {
	X    Vector
	Role int
}

// TrainOptions set the learning: passes over the data, the step size, the
// L2 penalty per example, and the fewest training sentences a feature must
// occur in to get a weight (rarer ones, mostly word stems, would learn the
// training articles' topics rather than the roles).
type TrainOptions struct {
	Epochs   int
	Rate     float64
	L2       float64
	MinCount int
}

// DefaultTrainOptions are the settings `make train` uses, chosen by
// cross-validation on the training articles.
var DefaultTrainOptions = TrainOptions{Epochs: 400, Rate: 0.5, L2: 3e-3, MinCount: 5}

// Train fits a multinomial logistic regression to the examples by full-
// batch gradient descent with AdaGrad steps. It is deterministic: features
// are visited in sorted order and nothing is random.
func Train(examples []Example, o TrainOptions) Weights {
	names := featureNames(examples, o.MinCount)
	index := make(map[string]int, len(names))
	for i, n := range names {
		index[n] = i
	}
	xs := sparseVectors(examples, index)
	w := make([][NumRoles]float64, len(names))
	hist := make([][NumRoles]float64, len(names))
	n := float64(len(examples))
	for epoch := 0; epoch < o.Epochs; epoch++ {
		grad := make([][NumRoles]float64, len(names))
		for e, x := range xs {
			var z [NumRoles]float64
			for j, id := range x.ids {
				for k := range z {
					z[k] += w[id][k] * x.vals[j]
				}
			}
			p := softmax(z)
			for k := range p {
				d := p[k]
				if k == examples[e].Role {
					d--
				}
				for j, id := range x.ids {
					grad[id][k] += d * x.vals[j] / n
				}
			}
		}
		for i := range w {
			for k := range w[i] {
				g := grad[i][k]
				if names[i] != "bias" {
					g += o.L2 * w[i][k]
				}
				hist[i][k] += g * g
				w[i][k] -= o.Rate * g / (math.Sqrt(hist[i][k]) + 1e-8)
			}
		}
	}
	out := make(Weights, len(names))
	for i, name := range names {
		out[name] = w[i]
	}
	return out
}

// sparse is an example's features as indexes into the kept names, with
// their values.
type sparse struct {
	ids  []int
	vals []float64
}

// sparseVectors turns each example's features into a sparse vector over
// index, in sorted order; features not in index are too rare to weigh.
func sparseVectors(examples []Example, index map[string]int) []sparse {
	xs := make([]sparse, len(examples))
	for e, ex := range examples {
		for _, n := range sortedKeys(ex.X) {
			if id, ok := index[n]; ok {
				xs[e].ids = append(xs[e].ids, id)
				xs[e].vals = append(xs[e].vals, ex.X[n])
			}
		}
	}
	return xs
}

// featureNames returns the names of the features that occur in at least
// minCount examples, sorted.
func featureNames(examples []Example, minCount int) []string {
	count := map[string]int{}
	for _, ex := range examples {
		for n := range ex.X {
			count[n]++
		}
	}
	kept := map[string]bool{}
	for n, k := range count {
		if k >= minCount {
			kept[n] = true
		}
	}
	return sortedKeys(kept)
}

// sortedKeys returns the keys of m in order.
func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
