package roles

import (
	"math"
	"strings"
	"testing"
)

// forwardCases are sentences and whether they carry an explicit signal of
// the future.
var forwardCases = []struct {
	text string
	want bool
}{
	{"The council will vote on the plan next week.", true},
	{"I opposed the hold on the aid as soon as I learned about it, the official said.", false},
	{"Repairs will start as soon as the water drains away.", true},
	{"The bridge should reopen soon, engineers said.", true},
	{"The minister is expected to decide by the end of the month.", true},
	{"A hearing is scheduled for 4 June.", true},
	{"Officials say they'll publish the findings soon.", true},
	{"The company plans to open two more stores.", true},
	{"Police arrested two men on Tuesday.", false},
	{"If you quit, you'll find yourself in my shoes.", false},
	{"The attractor would eventually be recognised as a foundation of chaos theory.", false},
	{"You will be able to buy the phone from Friday.", true},
	{"The firm says it works within the law.", false},
	{"The minister is to resign after the vote.", true},
	{"Officials say they are going to appeal.", true},
	{"A major role of these receptors is to monitor the molecules in our body.", false},
	{"What it is to say is that this is a White House that obfuscates.", false},
	{"He definitely remembers going to get pizza that night.", false},
	{"Earlier this year, Ibrahimovic told his team-mates he will leave.", false},
	{"Last month, officials said the vote will take place on 12 June.", true},
	{"Inflation has stayed above target for two years.", false},
	{"The star, who acted in Will and Grace, said she did not call the police.", false},
	{"The next year, Waite published a small guide to the cards.", false},
	{"Although he had written a will, it was never witnessed.", false},
	{"The writer's unexecuted will left nothing to his family.", false},
	{"Her lawyer said Ford's will gave the house to the city.", false},
	{"The council that will decide the plan meets on Monday.", true},
	{"Its board will vote on the deal next week.", true},
	{"Police said the man had been remanded until 12 April.", true},
	{"It is what I’ll call rewind design.", false},
	{"If you have an older dock, the $49 adapter will connect it to the new machine.", false},
	{"If you live in the city, the new line will open on Monday.", true},
	{"If approved, the plan will take effect next year.", true},
	{"We'll publish the results in the spring.", true},
	{"The case was adjourned until next month.", true},
	{"The next step is a vote in parliament.", true},
	{"Will Smith will star in the film.", true},
	{"The trial continues.", true},
	{"The band continues to tour.", false},
	{"The council said it would appeal the ruling.", true},
	{"She said the deal would not have happened without him.", false},
	{"The firm has until 7 August to respond.", true},
	{"Police are investigating the cause of the fire.", true},
	{"Investigating officers said the car was stolen.", false},
	{"Construction could begin in 2022.", true},
	{"The statue was unveiled in May 2017.", false},
	{"It could have been worse, she said in 2019.", false},
	{"On 21 January 1945 the guards ordered him to leave with whatever he could carry.", false},
	{"The bridge could reopen in 2027, after all the repairs are done.", true},
	{"Araf has been told to respond to the report by Friday.", true},
	{"The tickets go on sale in the coming weeks.", true},
	{"The league has yet to decide on a date.", true},
	{"He said that due to the deterioration of the mine it was not possible to say how much explosive it held.", false},
	{"The delay is due to a fault in the signalling.", false},
	{"The minister is due to visit the site on Friday.", true},
	{"The trial, due to begin in March, has been moved.", true},
	{"The match was called off due to the weather, and will be replayed next week.", true},
	{"A social worker told him his life was going to be different.", false},
	{"They were going to kill him in England, he told journalists.", false},
	{"They were going to close the road on 4 June, the council said.", true},
	{"Will Aimson (Blackpool) wins a free kick in the attacking half.", false},
	{"Will the council agree to the plan?", true},
	{"", false},
}

func TestForward(t *testing.T) {
	for _, tc := range forwardCases {
		v := Extract([]Sentence{{Text: "Lead sentence of the story."}, {Text: tc.text, Para: 1}}, "", nil)[1]
		if got := Forward(v); got != tc.want {
			t.Errorf("Forward(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// featureCases are sentences (the second of an article) and features they
// must have.
var featureCases = []struct {
	text string
	want []string
}{
	{`"We will not back down," she said.`, []string{"quote", "quote:opens", "g:future", "g:attribution", "said-end"}},
	{"Shares fell 5% after the results, the lowest since 2009.", []string{"market-move", "g:history", "year", "money-sign", "history+figure"}},
	{"The union welcomed the decision, a spokesman said.", []string{"g:reaction", "reaction+said", "open2:the union"}},
	{"The move comes as the council's budget is squeezed.", []string{"open2:the move", "lead-overlap", "title-overlap"}},
	{"Talks will resume on Friday.", []string{"future+date", "date:weekday"}},
	{"Is this the end?", []string{"question"}},
	{"It could mean higher prices for millions of households.", []string{"hedge+stakes", "first:backref"}},
}

func TestExtract(t *testing.T) {
	for _, tc := range featureCases {
		v := Extract([]Sentence{{Text: "The council approved its budget on Monday."}, {Text: tc.text}}, "Budget approved", nil)[1]
		for _, f := range tc.want {
			if v[f] == 0 {
				t.Errorf("%q lacks feature %s; has %v", tc.text, f, keys(v))
			}
		}
		if v["bias"] != 1 || v["pos:1-1"] != 1 {
			t.Errorf("%q: bias or position missing: %v", tc.text, keys(v))
		}
	}
}

func TestExtractPosition(t *testing.T) {
	vs := Extract([]Sentence{{Text: "One.", Para: 0}, {Text: "Two.", Para: 0}, {Text: "Three.", Para: 1}}, "", nil)
	if vs[0]["pos:0-0"] != 1 || vs[1]["in-para"] != 1 || vs[2]["opens-para"] != 1 || vs[2]["last"] != 0 {
		t.Errorf("positions: %v / %v / %v", keys(vs[0]), keys(vs[1]), keys(vs[2]))
	}
}

func TestClassifySumsToOne(t *testing.T) {
	vs := Extract([]Sentence{{Text: "The council approved its budget on Monday."}, {Text: "It will vote again next week."}}, "", nil)
	for _, v := range vs {
		p := Classify(v)
		sum := 0.0
		for _, x := range p {
			if x < 0 || x > 1 || math.IsNaN(x) {
				t.Fatalf("probability %v out of range", x)
			}
			sum += x
		}
		if math.Abs(sum-1) > 1e-9 {
			t.Errorf("probabilities sum to %v", sum)
		}
	}
}

// TestTrainLearnsASeparableRule checks that training finds a feature that
// decides the role, and that it is deterministic.
func TestTrainLearnsASeparableRule(t *testing.T) {
	var examples []Example
	for i := 0; i < 40; i++ {
		role, f := Happened, "a"
		if i%2 == 1 {
			role, f = Next, "b"
		}
		examples = append(examples, Example{X: Vector{"bias": 1, f: 1}, Role: role})
	}
	o := TrainOptions{Epochs: 200, Rate: 0.5, L2: 1e-3}
	w := Train(examples, o)
	if p := w.Classify(Vector{"bias": 1, "a": 1}); p[Happened] < 0.8 {
		t.Errorf("P(happened | a) = %.2f, want ≥ 0.8", p[Happened])
	}
	if p := w.Classify(Vector{"bias": 1, "b": 1}); p[Next] < 0.8 {
		t.Errorf("P(next | b) = %.2f, want ≥ 0.8", p[Next])
	}
	again := Train(examples, o)
	for n, ws := range w {
		if again[n] != ws {
			t.Fatalf("training is not deterministic: %s %v vs %v", n, ws, again[n])
		}
	}
}

// TestTrainDropsRareFeatures checks MinCount: a feature in fewer training
// sentences gets no weight, one in as many does.
func TestTrainDropsRareFeatures(t *testing.T) {
	var examples []Example
	for i := 0; i < 10; i++ {
		x := Vector{"bias": 1, "common": 1}
		if i < 2 {
			x["rare"] = 1
		}
		examples = append(examples, Example{X: x, Role: Matters})
	}
	w := Train(examples, TrainOptions{Epochs: 20, Rate: 0.5, L2: 1e-3, MinCount: 3})
	if _, ok := w["rare"]; ok {
		t.Error("a feature of 2 sentences got a weight with MinCount 3")
	}
	if _, ok := w["common"]; !ok {
		t.Error("a feature of 10 sentences got no weight")
	}
}

func TestExtractStems(t *testing.T) {
	v := Extract([]Sentence{{Text: "Regulators expressed concerns about the merger."}}, "", nil)[0]
	for _, f := range []string{"w:regul", "w:concern", "w:merger"} {
		if v[f] != 1 {
			t.Errorf("lacks the stem feature %s; has %v", f, keys(v))
		}
	}
	if v["w:the"] != 0 || v["w:about"] != 0 {
		t.Errorf("function words became stem features: %v", keys(v))
	}
}

func TestRoleOf(t *testing.T) {
	for k, n := range Names {
		if RoleOf(n) != k {
			t.Errorf("RoleOf(%q) = %d, want %d", n, RoleOf(n), k)
		}
	}
	if RoleOf("colour") != -1 {
		t.Error("an unknown label has a role")
	}
}

func TestDefaultModelIsTrained(t *testing.T) {
	m := Default()
	if len(m.Weights) < 20 || m.Thresholds.Happened <= 0 || m.Thresholds.Matters <= 0 || m.Thresholds.Next <= 0 {
		t.Errorf("the default model looks untrained: %d weights, thresholds %+v", len(m.Weights), m.Thresholds)
	}
}

// FuzzExtract checks that no sentence makes Extract or Classify panic or
// return a probability that is not a number. It is seeded from the tables.
func FuzzExtract(f *testing.F) {
	for _, tc := range forwardCases {
		f.Add(tc.text)
	}
	for _, tc := range featureCases {
		f.Add(tc.text)
	}
	f.Add(strings.Repeat("will ", 5000))
	f.Fuzz(func(t *testing.T, s string) {
		for _, v := range Extract([]Sentence{{Text: s}, {Text: s, Para: 1}}, s, nil) {
			for _, p := range Classify(v) {
				if math.IsNaN(p) {
					t.Fatalf("NaN probability for %q", s)
				}
			}
		}
	})
}

// keys lists the features of v, for messages.
func keys(v Vector) []string { return sortedKeys(v) }
