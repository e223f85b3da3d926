package summarize

import (
	"strconv"
	"strings"
)

// cue is a word or phrase that hints at a section, with how strongly.
type cue struct {
	words  []string
	weight float64
}

// cueTable indexes cues by their first word. It is built once and never
// modified.
type cueTable map[string][]cue

// cuesOf parses "phrase=weight" lines into a table.
func cuesOf(spec string) cueTable {
	t := cueTable{}
	for _, line := range strings.Split(spec, "\n") {
		phrase, w, ok := strings.Cut(strings.TrimSpace(line), "=")
		if !ok {
			continue
		}
		weight, _ := strconv.ParseFloat(strings.TrimSpace(w), 64) // a test checks every weight
		c := cue{words: strings.Fields(phrase), weight: weight}
		t[c.words[0]] = append(t[c.words[0]], c)
	}
	return t
}

// score sums the weights of the cues found in words, each cue counted at
// most once.
func (t cueTable) score(words []string) float64 {
	total := 0.0
	var seen []*cue
	for i, w := range words {
		for k := range t[w] {
			c := &t[w][k]
			if matchesAt(words, i, c.words) && !containsCue(seen, c) {
				total += c.weight
				seen = append(seen, c)
			}
		}
	}
	return total
}

// matchesAt reports whether phrase occurs in words at position i.
func matchesAt(words []string, i int, phrase []string) bool {
	if i+len(phrase) > len(words) {
		return false
	}
	for k, p := range phrase {
		if words[i+k] != p {
			return false
		}
	}
	return true
}

// containsCue reports whether c is among seen.
func containsCue(seen []*cue, c *cue) bool {
	for _, s := range seen {
		if s == c {
			return true
		}
	}
	return false
}

// nextCues mark plans, schedules and the future: What's Next.
var nextCues = cuesOf(`will=2
shall=2
won't=2
expected to=2
is expected=1
are expected=1
due to be=2
is due=2
are due=2
set to=1.5
plans to=2
plan to=2
planning to=2
planned=1
intends to=2
intend to=2
aims to=1
hopes to=1
scheduled=2
next week=2
next month=2
next year=2
next step=2
next steps=2
later this=2
coming weeks=2
coming days=2
coming months=2
coming years=2
upcoming=2
tomorrow=2
deadline=1
going forward=2
in the future=2
looking ahead=2
is likely to=1
are likely to=1
to decide=1
to vote=1
await=1
awaits=1
awaiting=1
pending=1
could=0.5
may=0.5
might=0.5
must now=2
must=1
is considering=2
are considering=2
considering=1
is preparing=2
are preparing=2
preparing=1
hoped to=1.5
within the next=2
if=0.5
appeal=0.5`)

// whyCues mark significance, consequence, history and context: Why It
// Matters.
var whyCues = cuesOf(`because=1.5
as a result=1.5
means=1.5
meaning=1
significant=1.5
significance=1.5
important=1.5
crucial=1.5
critical=1
key=0.5
major=0.5
first time=1.5
since=1
history=1.5
historic=1.5
amid=1
comes as=1.5
comes after=1.5
comes amid=1.5
after years=1.5
impact=1.5
affect=1
affects=1
risk=1
risks=1
threat=1
threatens=1
could=1
would=1
may=0.5
might=0.5
raise=0.5
raises=1
signal=1
signals=1
marks=1
shift=1
largest=1
biggest=1
record=1
highest=1
lowest=1
concern=1
concerns=1
fears=1
critics=1
analysts=1.5
experts=1
previously=1
last year=1
in the past=1
years=0.5
decades=1
tensions=1
strained=1
underscores=1.5
highlights=1
reflects=1.5
indicates=1
consequence=1.5
consequences=1.5
implications=1.5
stakes=1.5
matters=1.5
reason=1
already=0.5
normally=1
usually=1
typically=1
face=1
faces=1
higher costs=1.5
higher prices=1.5
ever=0.5
remains=0.5
ongoing=0.5
growing=0.5
despite=0.5
had been=0.5
has been=0.5
have been=0.5
would represent=1.5
for years=1.5
long=0.5
in a row=1.5
test of=1.5
one of the=1
among the=1
most=0.5
rare=1
unusual=1
at odds=1.5
a fifth=1
a quarter=1
a third=1
average=1
study=0.5
survey=1
research=1
estimates=1
estimated=0.5`)

// happenedCues mark reported events: What Happened.
var happenedCues = cuesOf(`said=1
says=0.5
announced=1.5
confirmed=1.5
told=1
reported=1
killed=1.5
arrested=1.5
died=1.5
injured=1.5
won=1
lost=1
voted=1.5
approved=1.5
signed=1.5
launched=1.5
released=1
ruled=1.5
charged=1.5
accused=1
revealed=1
agreed=1
rejected=1
resigned=1.5
attacked=1.5
struck=1
fired=1
sentenced=1.5
jailed=1.5
fined=1.5
unveiled=1.5
published=1
on monday=1.5
on tuesday=1.5
on wednesday=1.5
on thursday=1.5
on friday=1.5
on saturday=1.5
on sunday=1.5
yesterday=1.5
today=1
tonight=1
this week=1
earlier=0.5
has announced=1
have announced=1`)
