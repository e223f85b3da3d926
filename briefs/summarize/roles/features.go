package roles

import (
	"strconv"
	"strings"

	"briefsmith/briefs/summarize/stem"
)

// Sentence is what the classifier reads of one sentence: its text and the
// index of the paragraph it stands in.
type Sentence struct {
	Text string
	Para int
}

// Vector is a sentence's features by name, each with its value (most are 1).
type Vector map[string]float64

// vectorHint is room for a sentence's features: most have 25–50, and a
// map sized up front does not grow (and rehash) as they are added.
const vectorHint = 48

// wordsHint is about how many new words a sentence of news brings: room
// for an article's words in its caches.
const wordsHint = 8

// Extract returns the features of each sentence of an article, read in
// order; title may be empty. The first sentence is taken as the lead.
// stems may hold the stems of the article's words already (the
// summariser's ranker fills it); nil starts an empty cache.
func Extract(sents []Sentence, title string, stems stem.Cache) []Vector {
	if stems == nil {
		stems = stem.NewCache(wordsHint * len(sents))
	}
	toks := make([][]token, len(sents))
	for i, s := range sents {
		toks[i] = tokenize(s.Text)
	}
	var lead map[string]bool
	if len(toks) > 0 {
		lead = contentSet(toks[0])
	}
	titleSet := contentSet(tokenize(title))
	names := make(map[string]string, wordsHint*len(sents)) // word → its stem's feature, as an article repeats its words
	out := make([]Vector, len(sents))
	for i, s := range sents {
		v := make(Vector, vectorHint)
		v["bias"] = 1
		addPosition(v, i, len(sents), s.Para, i > 0 && sents[i-1].Para != s.Para || i == 0)
		if i > 0 && sents[i-1].Para == s.Para {
			v["in-para"] = 1
		}
		addWords(v, toks[i])
		addStems(v, toks[i], stems, names)
		addText(v, s.Text)
		if len(lead) > 0 && i > 0 || len(titleSet) > 0 {
			own := contentSet(toks[i])
			addOverlap(v, leadOverlap, lead, own, i == 0)
			addOverlap(v, titleOverlap, titleSet, own, false)
		}
		out[i] = v
	}
	return out
}

// addStems adds the stem of each content word ("w:concern", "w:expect"),
// remembering each word's feature in names:
// the vocabulary of significance, plans and reaction beyond the cue groups.
// Training keeps only the stems common enough to generalise (see
// TrainOptions.MinCount); the others have no weight and count for nothing.
func addStems(v Vector, toks []token, stems stem.Cache, names map[string]string) {
	for _, t := range toks {
		if functionWords[t.lower] || len(t.lower) < 3 || hasDigit(t.raw) {
			continue
		}
		name, ok := names[t.lower]
		if !ok {
			name = "w:" + stems.Porter(t.lower)
			names[t.lower] = name
		}
		v[name] = 1
	}
}

// addPosition adds where the sentence stands: its index among the
// sentences (the lead is 0), its relative place, its paragraph.
func addPosition(v Vector, i, n, para int, opensPara bool) {
	v[posBuckets.key(i)] = 1
	if n > 1 {
		rel := float64(i) / float64(n-1)
		v["rel"] = rel
		v[relQuarters[int(rel*3.999)]] = 1
	}
	if i == n-1 && n > 3 {
		v["last"] = 1
	}
	v[paraBuckets.key(para)] = 1
	if opensPara {
		v["opens-para"] = 1
	}
}

// relQuarters name the quarter of the article a sentence stands in.
var relQuarters = [4]string{"relq:0", "relq:1", "relq:2", "relq:3"}

// buckets name ranges of a count: prefix and "0-0", "1-1", "3-4", … or
// "13+", one name for every value up to the last limit, made once.
type buckets []string

// bucketsOf makes the names of the ranges that start at limits (in
// increasing order, the first 0).
func bucketsOf(prefix string, limits ...int) buckets {
	last := limits[len(limits)-1]
	out := make(buckets, last+1)
	for k, lo := range limits {
		name := prefix + strconv.Itoa(lo) + "+"
		hi := last
		if k+1 < len(limits) {
			hi = limits[k+1] - 1
			name = prefix + strconv.Itoa(lo) + "-" + strconv.Itoa(hi)
		}
		for x := lo; x <= hi; x++ {
			out[x] = name
		}
	}
	return out
}

// key is the name of the range x falls in.
func (b buckets) key(x int) string {
	return b[max(0, min(x, len(b)-1))]
}

// The ranges of the counted features.
var (
	posBuckets     = bucketsOf("pos:", 0, 1, 2, 3, 5, 8, 13)
	paraBuckets    = bucketsOf("para:", 0, 1, 2, 4)
	lenBuckets     = bucketsOf("len:", 0, 8, 16, 26, 40)
	nameBuckets    = bucketsOf("names:", 0, 1, 3, 6)
	numberBuckets  = bucketsOf("numbers:", 0, 1, 3)
	groupFeature   = groupFeatures()
	firstWordNames = map[string]string{"backref": "first:backref", "connective": "first:connective",
		"capital": "first:capital", "plain": "first:plain"}
)

// groupFeatures maps each group's name to its feature's name.
func groupFeatures() map[string]string {
	out := map[string]string{}
	for _, g := range groups {
		out[g.name] = "g:" + g.name
	}
	return out
}

// addWords adds the cue groups, cue words, figures, names, length and the
// opening two words.
func addWords(v Vector, toks []token) {
	words := make([]string, len(toks))
	names, numbers, years := 0, 0, 0
	for i, t := range toks {
		words[i] = t.lower
		switch {
		case hasDigit(t.raw):
			numbers++
			if len(t.raw) == 4 && (strings.HasPrefix(t.raw, "19") || strings.HasPrefix(t.raw, "20")) {
				years++
			}
		case i > 0 && isCapitalised(t.raw) && !functionWords[t.lower]:
			names++
		}
		if strings.HasSuffix(t.lower, "'ll") && !isDiscourseFuture(toks, i) {
			v["g:future"] = 1
		}
	}
	fired := firedGroups(toks, words)
	if futureConstruction(words) {
		fired["future"] = true
	}
	for name := range fired {
		v[groupFeature[name]] = 1
	}
	v[lenBuckets.key(len(toks))] = 1
	v[nameBuckets.key(names)] = 1
	v[numberBuckets.key(numbers)] = 1
	if years > 0 {
		v["year"] = 1
	}
	addCombinations(v, fired, words, numbers > 0)
	addOpening(v, toks, words)
}

// addOpening adds the class of the first word and the opening pair of
// words, which names what a sentence is about: "the move", "it is", "he
// said", "the company".
func addOpening(v Vector, toks []token, words []string) {
	if len(words) > 0 {
		v[firstWordNames[firstWordClass(toks[0])]] = 1
	}
	if len(words) > 1 {
		v["open2:"+words[0]+" "+words[1]] = 1
	}
}

// addCombinations adds features that only mean something together: a
// future verb with a date is a scheduled step, a figure with a comparison
// is context, a reaction with attribution is a response to the news.
func addCombinations(v Vector, fired map[string]bool, words []string, figures bool) {
	date := dateKind(words)
	if date != "" {
		v["date:"+date] = 1
	}
	fired["date"] = date != ""
	fired["figures"] = figures
	fired["forward"] = fired["future"] || fired["plan"] || fired["expected"]
	fired["when"] = fired["later"] || fired["scheduled"]
	for _, c := range combinations {
		if fired[c.a] && fired[c.b] {
			v[c.name] = 1
		}
	}
	addSaidEnd(v, words)
	addFutureFrame(v, words)
}

// addFutureFrame marks future verbs that do not announce a next step: one
// whose subject is the reader ("you'll find", "you will need": advice or
// a hypothetical), one in a condition put to the reader ("If you…, … will")
// and the future seen from the past ("would eventually
// become", "would later", or any future in a sentence that opens in the
// past: "Earlier this year, he told team-mates he will…"), which tells
// history.
func addFutureFrame(v Vector, words []string) {
	if opensInPast(words) {
		v["future:past"] = 1
	}
	if len(words) > 1 && (words[0] == "if" || words[0] == "when") && readerWords[words[1]] {
		v["future:you"] = 1 // "If you have an older dock, the adapter will connect it": advice
	}
	dated := dateKind(words) != "" || v["year"] > 0
	for i := range words {
		if name := futureFrameAt(words, i, dated); name != "" {
			v[name] = 1
		}
	}
}

// futureFrameAt names the frame of a future verb at words[i], if one
// stands there: "future:you", "future:past", "future:reported" (indirect
// speech: "said it would appeal") or "modal+date" ("could begin in 2022",
// in a sentence that is dated).
func futureFrameAt(words []string, i int, dated bool) string {
	w, next := words[i], ""
	if i+1 < len(words) {
		next = words[i+1]
	}
	switch {
	case w == "you'll" || w == "you'd" || w == "you" && youFuture[next]:
		return "future:you"
	case w == "would" && pastFuture[next], pastGoingTo(words, i):
		return "future:past" // "would eventually become", "his life was going to be different"
	case w == "would" && reportedFuture(words, i):
		return "future:reported"
	case modals[w] && next != "" && next != "have" && dated && !inFreeRelative(words, i):
		return "modal+date"
	}
	return ""
}

// inFreeRelative reports whether the modal at words[i] stands in a clause
// such as "whatever he could carry" or "all they could": an ability, not a
// plan.
func inFreeRelative(words []string, i int) bool {
	for k := max(0, i-2); k < i; k++ {
		if freeRelatives[words[k]] {
			return true
		}
	}
	return false
}

// freeRelatives open the clauses inFreeRelative looks for.
var freeRelatives = setOf(`whatever what wherever whoever everything anything all best`)

// pastGoingTo reports whether words[i] opens "going to" after "was" or
// "were": a future seen from the past.
func pastGoingTo(words []string, i int) bool {
	return words[i] == "going" && i > 0 && i+1 < len(words) && words[i+1] == "to" &&
		(words[i-1] == "was" || words[i-1] == "were")
}

// reportedFuture reports whether the "would" at words[i] reports a
// future in indirect speech ("the council said it would appeal"): a
// reporting verb stands a few words before it, and no "have" follows
// (which makes it a conditional about the past).
func reportedFuture(words []string, i int) bool {
	if i+1 >= len(words) || words[i+1] == "have" || words[i+1] == "not" && i+2 < len(words) && words[i+2] == "have" {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if reportingVerbs[words[k]] {
			return true
		}
	}
	return false
}

// futureConstruction reports whether words hold "is to" or "are to" that
// announce a step ("the minister is to resign"), not a definition ("the
// aim is to", "that is to say"), or "going to" after a form of "be" ("is
// going to", not "remembers going to get pizza").
func futureConstruction(words []string) bool {
	for i := 1; i+1 < len(words); i++ {
		switch w, next := words[i], words[i+1]; {
		case (w == "is" || w == "are") && next == "to":
			if !definesBefore(words, i) && (i+2 >= len(words) || !toIdioms[words[i+2]]) {
				return true
			}
		case w == "going" && next == "to" && beForms[words[i-1]]:
			return true
		}
	}
	return false
}

// definesBefore reports whether one of the four words before words[i]
// is a noun that "is to" defines ("a major role of these cells is to").
func definesBefore(words []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if definitionNouns[words[k]] {
			return true
		}
	}
	return false
}

// opensInPast reports whether words open with a time gone by: "earlier",
// "yesterday", "last week", "last year"….
func opensInPast(words []string) bool {
	switch {
	case len(words) == 0:
		return false
	case words[0] == "earlier" || words[0] == "yesterday":
		return true
	}
	return words[0] == "last" && len(words) > 1 && pastUnits[words[1]]
}

var (
	pastUnits       = setOf(`week month year season night summer winter spring autumn fall decade century time`)
	definitionNouns = setOf(`aim aims goal goals idea job role roles task challenge challenges purpose point plan
hope hopes way answer key solution priority mission objective object intention strategy trick rule what thing`)
	toIdioms       = setOf(`say blame thank`)
	beForms        = setOf(`is are am be been being was were i'm you're we're they're he's she's it's not`)
	youFuture      = setOf(`will won't 'll would 'd shall`)
	readerWords    = setOf(`you you're you've your`)
	pastFuture     = setOf(`eventually later go become prove come soon`)
	modals         = setOf(`should could might`)
	reportingVerbs = setOf(`said says told announced confirmed added insisted promised pledged warned stated vowed indicated signalled signaled`)
)

// combinations are the pairs of evidence that count together, by the names
// of their groups (and "date", "figures", "forward", "when").
var combinations = []struct{ name, a, b string }{
	{"future+date", "future", "date"},
	{"future+when", "forward", "when"},
	{"figure+comparison", "comparison", "figures"},
	{"future+said", "future", "attribution"},
	{"hedge+stakes", "hedge", "stakes"},
	{"event+today", "event", "today"},
	{"market-move", "change", "money"},
	{"hedge+consequence", "hedge", "consequence"},
	{"reaction+said", "reaction", "attribution"},
	{"history+figure", "history", "figures"},
}

// dateKind is "weekday" or "month" when words name a day ("Friday", "4
// June", "June 4"), else "".
func dateKind(words []string) string {
	date := ""
	for i, w := range words {
		switch {
		case weekdays[w]:
			date = "weekday"
		case months[w] && w != "may" && (i+1 < len(words) && hasDigit(words[i+1]) || i > 0 && hasDigit(words[i-1])):
			date = "month"
		}
	}
	return date
}

// addSaidEnd marks attribution at the end of a sentence ("…, she said"),
// the usual form of a reported statement or reaction.
func addSaidEnd(v Vector, words []string) {
	n := len(words)
	for k := n - 1; k >= 0 && k >= n-4; k-- {
		switch words[k] {
		case "said", "says", "say", "added", "told", "according":
			v["said-end"] = 1
			return
		}
	}
}

// firstWordClass sorts a sentence's first word: a pronoun or connective
// that points back, a quote mark, a name, or a plain word.
func firstWordClass(t token) string {
	switch {
	case backRefs[t.lower]:
		return "backref"
	case connectives[t.lower]:
		return "connective"
	case isCapitalised(t.raw):
		return "capital"
	}
	return "plain"
}

var (
	backRefs    = setOf(`he she they it this that these those his her their its there such`)
	connectives = setOf(`but and also however instead meanwhile yet still while although though so then now`)
)

// addText adds what the raw text shows: quotation marks, a question, money
// and per cent signs, a colon.
func addText(v Vector, s string) {
	t := strings.TrimSpace(s)
	quotes := strings.Count(t, "\"") + strings.Count(t, "“") + strings.Count(t, "”")
	if quotes > 0 {
		v["quote"] = 1
		if strings.ContainsAny(t[:1], "\"“‘'") {
			v["quote:opens"] = 1
		}
		if inside := quotedShare(t); inside > 0.6 {
			v["quote:mostly"] = 1
		}
	}
	if strings.HasSuffix(strings.TrimRight(t, "\"”’' "), "?") {
		v["question"] = 1
	}
	if strings.ContainsAny(t, "$£€¥%") {
		v["money-sign"] = 1
	}
	if strings.Contains(t, ":") {
		v["colon"] = 1
	}
}

// quotedShare is the share of s's bytes inside double quotation marks.
func quotedShare(s string) float64 {
	in, inside := 0, false
	for _, r := range s {
		if r == '"' || r == '“' || r == '”' {
			inside = !inside
			continue
		}
		if inside {
			in++
		}
	}
	return float64(in) / float64(len(s)+1)
}

// contentSet returns the lower-case content words of toks.
func contentSet(toks []token) map[string]bool {
	out := map[string]bool{}
	for _, t := range toks {
		if !functionWords[t.lower] && len(t.lower) > 2 {
			out[t.lower] = true
		}
	}
	return out
}

// overlapNames are the features of the overlap with one reference: the
// share, and whether it is high or none.
type overlapNames struct{ share, high, none string }

// The overlap features with the lead and with the title.
var (
	leadOverlap  = overlapNames{"lead-overlap", "lead-overlap:high", "lead-overlap:none"}
	titleOverlap = overlapNames{"title-overlap", "title-overlap:high", "title-overlap:none"}
)

// addOverlap adds how much of ref (the lead's or the title's content
// words) the sentence, whose content words are own, repeats, as a share
// and as a bucket.
func addOverlap(v Vector, name overlapNames, ref, own map[string]bool, self bool) {
	if len(ref) == 0 || self {
		return
	}
	shared := 0
	for w := range own {
		if ref[w] {
			shared++
		}
	}
	share := float64(shared) / float64(len(ref))
	v[name.share] = share
	switch {
	case share >= 0.4:
		v[name.high] = 1
	case shared == 0:
		v[name.none] = 1
	}
}

// forwardFeatures are the features that are explicit signals of the
// future: a future verb, a plan, an expectation, a schedule, a time ahead.
var forwardFeatures = []string{"g:future", "g:plan", "g:expected", "g:scheduled", "g:later", "future+date", "future:reported", "g:pending", "modal+date"}

// Forward reports whether a sentence carries an explicit signal of the
// future, which What's Next requires.
// A future verb addressed to the reader or seen from the past (see
// addFutureFrame) counts only with a date or a schedule.
func Forward(v Vector) bool {
	if (v["future:you"] > 0 || v["future:past"] > 0) && !dated(v) {
		return false
	}
	for _, f := range forwardFeatures {
		if v[f] > 0 {
			return true
		}
	}
	return false
}

// dated reports whether a sentence names a day or a schedule.
func dated(v Vector) bool {
	return v["g:scheduled"] > 0 || v["date:weekday"] > 0 || v["date:month"] > 0 || v["future+date"] > 0
}

// withoutFalseFutures is words with look-alikes of a future signal
// masked: "Will" capitalised after a sentence's start, a name or a title
// ("Will and Grace"), the noun "will" ("he had written a will", see
// isNounWill), the "soon" of "as soon as" (see isAsSoonAs), and the "next"
// of a narrative that opens "The next year, …" (a year after a past
// event). It returns words itself when there is nothing to mask.
func withoutFalseFutures(toks []token, words []string) []string {
	var out []string
	mask := func(i int) {
		if out == nil {
			out = append([]string(nil), words...)
		}
		out[i] = "\x00" + words[i]
	}
	for i, t := range toks {
		if t.raw == "Will" && (i > 0 || opensName(toks)) || t.lower == "will" && isNounWill(words, i) || isAsSoonAs(words, i) {
			mask(i)
		}
	}
	if len(toks) > 2 && toks[0].raw == "The" && words[1] == "next" && narrativeUnits[words[2]] {
		mask(1)
	}
	if out == nil {
		return words
	}
	return out
}

// isAsSoonAs reports whether words[i] is the "soon" of the conjunction
// "as soon as" ("I opposed the hold as soon as I learned of it"), which
// says when, not that something is to come.
func isAsSoonAs(words []string, i int) bool {
	return words[i] == "soon" && i > 0 && i+1 < len(words) && words[i-1] == "as" && words[i+1] == "as"
}

// firedGroups is the set of the cue groups a sentence holds, read
// without its look-alikes of a future (withoutFalseFutures) and without a
// schedule that is only a cause ("due to the deterioration of the mine").
func firedGroups(toks []token, words []string) map[string]bool {
	read := withoutFalseFutures(toks, words)
	fired := groupsIn(read)
	if fired["scheduled"] && !scheduledBeyondCause(read) {
		delete(fired, "scheduled")
	}
	return fired
}

// scheduledBeyondCause reports whether words, which hold a scheduled step's
// phrase, still do once every "due" that gives a cause ("due to the
// weather", "is due to a fault") is masked: the scheduled "due to" opens a
// verb ("due to begin", "is due to be sentenced"), the causal one a noun.
func scheduledBeyondCause(words []string) bool {
	var masked []string
	for i := 0; i+2 < len(words); i++ {
		if words[i] == "due" && words[i+1] == "to" && causeOpeners[words[i+2]] {
			if masked == nil {
				masked = append([]string(nil), words...)
			}
			masked[i] = "\x00due"
		}
	}
	return masked == nil || groupsIn(masked)["scheduled"]
}

// causeOpeners open the noun after a causal "due to"; a scheduled step's
// verb never follows "due to" with them.
var causeOpeners = setOf(`the a an his her its their our my your this that these those such some several`)

// opensName reports whether a sentence opens with two capitalised words,
// the second no function word: "Will Aimson (Blackpool) wins a free kick"
// opens with a name, "Will they agree?" with a modal.
func opensName(toks []token) bool {
	return len(toks) > 1 && isCapitalised(toks[0].raw) && isCapitalised(toks[1].raw) && !functionWords[toks[1].lower]
}

// isDiscourseFuture reports whether toks[i], a word ending in "'ll", is
// a writer's future about their own words ("what I'll call rewind
// design", "I'll admit", "I'll say this"): it announces nothing.
func isDiscourseFuture(toks []token, i int) bool {
	return (toks[i].lower == "i'll" || toks[i].lower == "we'll") && i+1 < len(toks) && discourseVerbs[toks[i+1].lower]
}

// discourseVerbs are what a writer does with words.
var discourseVerbs = setOf(`call say admit confess concede grant bet note argue add repeat`)

// isNounWill reports whether words[i], "will", is the noun: after a
// determiner or a possessive ("a will", "his will", "Ford's will"), or
// after one and a word qualifying it ("his unexecuted will", "the
// political will"); a modal "will" never follows them.
func isNounWill(words []string, i int) bool {
	if i == 0 {
		return false
	}
	prev := words[i-1]
	if ownsWill(prev) {
		return true
	}
	return i >= 2 && ownsWill(words[i-2]) && (willQualifiers[prev] || strings.HasSuffix(prev, "ed"))
}

// ownsWill reports whether w is a determiner or a possessive ("Ford's").
func ownsWill(w string) bool {
	return willDeterminers[w] || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

// willDeterminers come before the noun "will", never before the modal;
// willQualifiers are words that qualify the noun ("free will").
var (
	willDeterminers = setOf(`a an the his her their its my your our whose`)
	willQualifiers  = setOf(`free good ill political last living new original`)
)

// narrativeUnits are the spans of time in "The next day, …".
var narrativeUnits = setOf(`day morning evening night week month year season summer winter spring autumn`)
