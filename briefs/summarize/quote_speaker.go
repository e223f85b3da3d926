package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"briefsmith/briefs/summarize/sentences"
	"briefsmith/briefs/summarize/stem"
)

// maxSpeakerWords bounds the length of a speaker's name and title.
const maxSpeakerWords = 8

// speechVerbs introduce or follow a quotation: in English, and the
// commonest of the languages news is most often read in besides (Spanish
// "dijo", Portuguese "disse", German "sagte", French "déclare", Italian
// "dichiarato"), which mark quotations the same way ("…", disse Tite).
var speechVerbs = setOf(`said says added adds told explained wrote warned insisted argued noted
stated declared asked replied continued claimed tweeted posted responded acknowledged stressed
testified recalled recalls admitted conceded
dijo afirmó explicó señaló aseguró añadió declaró indicó subrayó
disse diz afirmou explicou declarou acrescentou disseram afirma
sagte sagt erklärte betonte meinte sagten
déclare déclaré affirme affirmé ajoute ajouté explique expliqué souligne souligné estime estimé précise précisé dit
dichiarato spiegato affermato detto`)

// auxiliaries open a compound past before a speech verb after a quotation
// (French "a déclaré", Italian "ha detto").
var auxiliaries = setOf(`a ha`)

// pronouns stand for a speaker named earlier.
var pronouns = setOf(`he she they it we i`)

// speakerOf finds who said a quotation from the text before and after it
// in its paragraph: `"…," said X`, `"…," X said`, `X said: "…"` or
// `according to X`. It returns "" when none is found.
func speakerOf(before, after string) string {
	if s := speakerAfter(after); s != "" {
		return s
	}
	if s := speakerBefore(before); s != "" {
		return s
	}
	return accordingTo(before + " " + after)
}

// speakerAfter reads `, said X.` or `, X said.` right after a quotation.
func speakerAfter(after string) string {
	words := leadingWords(after, maxSpeakerWords+2)
	if len(words) == 0 {
		return ""
	}
	if speechVerbs[strings.ToLower(words[0])] {
		return withAppositive(words[1:])
	}
	if len(words) > 2 && auxiliaries[strings.ToLower(words[0])] && speechVerbs[strings.ToLower(words[1])] {
		return withAppositive(words[2:]) // "», a déclaré Emmanuel Macron", "», ha detto Conte"
	}
	for i := 1; i < len(words); i++ {
		if speechVerbs[strings.ToLower(trimPunct(words[i]))] {
			if endsClause(words[i-1]) {
				return ""
			}
			return nameRun(words[:i])
		}
	}
	return ""
}

// withAppositive reads a speaker after "said" and, when it is a
// description followed by a name ("the charity's chief executive, Sarah
// Obi"), puts the name first: "Sarah Obi, the charity's chief executive".
func withAppositive(words []string) string {
	desc := nameRun(words)
	n := len(strings.Fields(desc))
	if desc == "" || startsUpper(desc) || n >= len(words) || !strings.HasSuffix(words[n-1], ",") {
		return desc
	}
	name := nameRun(words[n:])
	if name == "" || !startsUpper(name) || len(strings.Fields(name)) > 4 {
		return desc
	}
	return name + ", " + desc
}

// speakerBefore reads `X said: ` or `X told reporters, ` right before a
// quotation.
func speakerBefore(before string) string {
	before = strings.TrimSpace(before)
	if !strings.HasSuffix(before, ":") && !strings.HasSuffix(before, ",") {
		return ""
	}
	words := strings.Fields(before)
	for i := len(words) - 1; i >= 1 && i >= len(words)-4; i-- {
		if speechVerbs[strings.ToLower(trimPunct(words[i]))] {
			if name := subjectBeforeWho(words[:i]); name != "" {
				return name
			}
			if name := nameBeforeTitle(words[:i]); name != "" {
				return name
			}
			if name := trailingName(words[:i]); name != "" {
				return name
			}
			return appositiveSubject(words[:i])
		}
	}
	return ""
}

// subjectBeforeWho is the speaker of `Miguel Garay, 78, a teacher who came
// from Pinar del Rio said:` when a relative clause stands between the
// name and the speech verb: the first run of capitalised words of the
// clause before "who" ("Miguel Garay"), so that the clause's own names
// (a place, a body) do not pass for the speaker. "" when words hold no
// "who" or no such name before it.
func subjectBeforeWho(words []string) string {
	words = clauseWords(words)
	who := -1
	for i, w := range words {
		if strings.ToLower(trimPunct(w)) == "who" {
			who = i
		}
	}
	if who < 1 {
		return ""
	}
	return leadingName(words[:who])
}

// appositiveSubject is the speaker of `Nelson Evans, a Bernie Sanders
// supporter from California, told` when a description set off by commas
// stands between the name and the speech verb: the clause's opening name
// (after a conjunction such as "But"), followed by the comma that opens
// the description, so that names inside the description do not pass for
// the speaker. It is "" when the words before the verb do not close a
// description with a comma, or when the clause opens with something other
// than a name ("On Tuesday, …", "In London, …").
func appositiveSubject(words []string) string {
	words = clauseWords(words)
	for len(words) > 0 && clauseOpeners[stem.LowerASCII(trimPunct(words[0]))] {
		words = words[1:]
	}
	if len(words) < 3 || !strings.HasSuffix(words[len(words)-1], ",") {
		return ""
	}
	name := leadingName(words)
	n := len(strings.Fields(name))
	if n == 0 || n >= len(words) || !strings.HasSuffix(words[n-1], ",") ||
		stopwords[stem.LowerASCII(trimPunct(words[0]))] || sentences.IsCalendarWord(trimPunct(words[0])) {
		return ""
	}
	return name
}

// nameBeforeTitle is the speaker of `Sir Nick Partridge, Chief Executive
// of the Terrence Higgins Trust said:`, where the comma that should close
// the title is missing: a name of two or more words that opens the clause
// (after a conjunction), a comma, and a title in capitals with no other
// comma, so that the title does not pass for the speaker. "" otherwise.
func nameBeforeTitle(words []string) string {
	words = clauseWords(words)
	for len(words) > 0 && clauseOpeners[stem.LowerASCII(trimPunct(words[0]))] {
		words = words[1:]
	}
	name := leadingName(words)
	n := len(strings.Fields(name))
	if n < 2 || n >= len(words) || !strings.HasSuffix(words[n-1], ",") || !startsUpper(words[n]) ||
		stopwords[stem.LowerASCII(trimPunct(words[0]))] || sentences.IsCalendarWord(trimPunct(words[0])) {
		return ""
	}
	for _, w := range words[n:] {
		if strings.ContainsAny(w, ",;") {
			return ""
		}
	}
	return name
}

// clauseOpeners are the conjunctions and adverbs a clause may open with
// before its subject: "But Mikhail Yemelyanov, deputy leader of …, said".
var clauseOpeners = setOf(`but and yet so however meanwhile also still now then`)

// leadingName is the first run of capitalised words in words (with
// joiners inside it), ending at punctuation, of at most maxSpeakerWords and
// not a lone "The"; "" when there is none.
func leadingName(words []string) string {
	var run []string
	for _, w := range words {
		t := trimPunct(w)
		switch {
		case t != "" && startsUpper(t):
			run = append(run, t)
		case len(run) > 0 && joiners[t]:
			run = append(run, t)
		case len(run) > 0:
			return nameOf(run)
		}
		if len(run) > 0 && t != w && !isAbbreviated(w) {
			return nameOf(run)
		}
	}
	return nameOf(run)
}

// nameOf joins run as a name, without joiners at its end; "" when it is
// empty, too long, a pronoun, a quantifier ("Some said …") or only "The".
func nameOf(run []string) string {
	for len(run) > 0 && joiners[run[len(run)-1]] {
		run = run[:len(run)-1]
	}
	if len(run) == 0 || len(run) > maxSpeakerWords || len(run) == 1 && (run[0] == "The" || pronouns[strings.ToLower(run[0])] ||
		quantifiers[strings.ToLower(run[0])]) {
		return ""
	}
	return strings.Join(run, " ")
}

// quantifiers stand for an unnamed number of people, not a speaker.
var quantifiers = setOf(`some many others most several both few all each one another`)

// possessives open a speaker described by their relation to someone
// ("his lawyer Keith Fink"), which reads wrongly once the quote stands
// alone in a brief.
var possessives = setOf(`his her their its our my your`)

// withoutPossessive drops a leading possessive and the lower-case words of
// the relation after it when a name follows: "his lawyer Keith Fink" gives
// "Keith Fink"; "his lawyer" stays as it is.
func withoutPossessive(speaker string) string {
	words := strings.Fields(speaker)
	if len(words) < 2 || !possessives[strings.ToLower(words[0])] {
		return speaker
	}
	i := 1
	for i < len(words) && !startsUpper(words[i]) {
		i++
	}
	if i == len(words) {
		return speaker
	}
	return strings.Join(words[i:], " ")
}

// lastSpeechSubject is the name before the last speech verb in s that has
// one ("Administrator Bob Young said it had been …" gives "Administrator
// Bob Young"; "Tristram Hunt MP, who …, said" gives "Tristram Hunt MP"),
// or "".
func lastSpeechSubject(s string) string {
	words := strings.Fields(s)
	for i := len(words) - 1; i >= 1; i-- {
		if !speechVerbs[strings.ToLower(trimPunct(words[i]))] {
			continue
		}
		name := subjectBeforeWho(words[:i])
		if name == "" {
			name = trailingName(words[:i])
		}
		if name == "" {
			name = appositiveSubject(words[:i])
		}
		if !startsUpper(name) && pronouns[strings.ToLower(trimPunct(words[i-1]))] {
			name = clauseSubject(clauseWords(words[:i])) // "As Ron Jones … prepares to mark Holocaust Memorial Day, he says"
		}
		if !startsUpper(name) { // "Tristram Hunt MP, who was involved in the campaign, said"
			name = lastName(strings.Join(clauseWords(words[:i]), " "))
		}
		if startsUpper(name) && !pronouns[strings.ToLower(name)] {
			return name
		}
	}
	return ""
}

// clauseWords are the words of the last sentence in words: those after the
// last one that ends a sentence.
func clauseWords(words []string) []string {
	for i := len(words) - 1; i >= 0; i-- {
		if w := words[i]; endsSentence(w) && !isAbbreviated(w) {
			return words[i+1:]
		}
	}
	return words
}

// accordingTo reads `according to X` anywhere in s.
func accordingTo(s string) string {
	i := strings.Index(stem.LowerASCII(s), "according to ")
	if i < 0 {
		return ""
	}
	return nameRun(leadingWords(s[i+len("according to "):], maxSpeakerWords))
}

// resolveSpeaker replaces a pronoun or a description standing for a name
// ("the 35-year-old", "the teenager") by the person last named in the
// quotation's paragraph, else by the previous quotation's speaker; with
// neither, a description stays.
func resolveSpeaker(speaker, named, previous string) string {
	if !pronouns[strings.ToLower(speaker)] && !isPersonDescription(speaker) {
		return speaker
	}
	if named != "" {
		return named
	}
	if previous == "" && isPersonDescription(speaker) {
		return speaker
	}
	return previous
}

// isPersonDescription reports whether s is "the 35-year-old", "the
// 35-year-old Briton" or "the teenager": a person the article named before.
func isPersonDescription(s string) bool {
	words := strings.Fields(strings.ToLower(s))
	if len(words) < 2 || len(words) > 3 || words[0] != "the" {
		return false
	}
	if len(words) == 2 && personNouns[words[1]] {
		return true
	}
	age, ok := strings.CutSuffix(words[1], "-year-old")
	return ok && age != "" && strings.Trim(age, "0123456789") == ""
}

// personNouns describe a person the article has named ("the teenager
// said"); an office ("the minister") is left as it is, since it names
// the speaker well enough.
var personNouns = setOf(`teenager teen youngster boy girl schoolboy schoolgirl pensioner student woman man`)

// subordinators open a clause before its subject: "As Ron Jones prepares
// …, he says".
var subordinators = setOf(`as when while after before although though because since if once until`)

// clauseSubject returns the first run of two or more capitalised words in
// a clause, after the word that opens it: the subject a pronoun later in
// the clause stands for; "" when there is none.
func clauseSubject(words []string) string {
	if len(words) > 0 {
		if w := strings.ToLower(trimPunct(words[0])); subordinators[w] || clauseOpeners[w] {
			words = words[1:]
		}
	}
	var run []string
	for _, w := range words {
		t := trimPunct(w)
		if t == "" || !startsUpper(t) {
			if len(run) >= 2 {
				break
			}
			run = nil
			continue
		}
		run = append(run, t)
		if t != w && !isAbbreviated(w) {
			if len(run) >= 2 {
				break
			}
			run = nil
		}
	}
	if len(run) < 2 || run[0] == "The" {
		return ""
	}
	return strings.Join(run, " ")
}

// lastName returns the last run of two or more capitalised words in s,
// without a leading "The": the person (or body) most recently named.
func lastName(s string) string {
	var last, run []string
	for _, w := range strings.Fields(s) {
		t := trimPunct(w)
		if t != "" && startsUpper(t) {
			run = append(run, t)
		} else {
			run = nil
		}
		if len(run) >= 2 && !(len(run) == 2 && run[0] == "The") {
			last = append([]string(nil), run...)
		}
		if t != w {
			run = nil
		}
	}
	if len(last) > 0 && last[0] == "The" {
		last = last[1:]
	}
	return strings.Join(last, " ")
}

// leadingWords returns the first n words of s, after any leading comma.
func leadingWords(s string, n int) []string {
	words := strings.Fields(strings.TrimLeft(s, ", "))
	if len(words) > n {
		words = words[:n]
	}
	return words
}

// nameRun returns the words of a speaker's description up to the first
// punctuation, or a word that starts a new clause once a name has begun:
// "Russian envoy Mikhail Ulyanov" of "Russian envoy Mikhail Ulyanov. He
// added…", "Ibrahimovic" of "Ibrahimovic after Sweden missed out". It returns "" unless the run is short and names
// someone (a capital letter, a pronoun, or "the …").
func nameRun(words []string) string {
	var run []string
	for _, w := range words {
		t := trimPunct(w)
		if t == "" || speakerEnds[t] && hasCapital(strings.Join(run, " ")) {
			break
		}
		if isAbbreviated(w) {
			t = strings.TrimLeft(w, "\"“”'‘’(")
		}
		run = append(run, t)
		if t != w || len(run) == maxSpeakerWords {
			break
		}
	}
	if len(run) == 0 || len(run) > maxSpeakerWords {
		return ""
	}
	name := strings.Join(run, " ")
	if hasCapital(name) || pronouns[strings.ToLower(name)] || isDescribed(run) {
		return name
	}
	return ""
}

// speakerEnds are the lower-case words after which a speaker's name is
// over: what follows says when, where or why they spoke.
var speakerEnds = setOf(`after before when while as on in at during following who which that because since
from about`)

// trailingName returns the name at the end of words, the text before a
// speech verb: a pronoun, the run of capitalised words (with joiners such
// as "of") back to the first punctuation, or "the spokesman".
func trailingName(words []string) string {
	n := len(words)
	if n == 0 {
		return ""
	}
	if pronouns[strings.ToLower(words[n-1])] {
		return words[n-1]
	}
	i := n
	for i > 0 && (!strings.ContainsAny(words[i-1], ",;:.\"“”") || isAbbreviated(words[i-1])) &&
		(startsUpper(words[i-1]) || (i < n && joiners[words[i-1]])) {
		i--
	}
	for i < n && joiners[words[i]] {
		i++
	}
	i = withPartner(words, i)
	if i < n && n-i <= maxSpeakerWords {
		return strings.Join(words[i:], " ")
	}
	return describedSpeaker(words)
}

// describedSpeaker is the description that ends words when it names a
// speaker without a name: "the spokesman", "a Scottish government
// spokesman" (two to four words from "a" or "the", none with punctuation);
// "" otherwise.
func describedSpeaker(words []string) string {
	for k := 2; k <= 4 && k <= len(words); k++ {
		tail := words[len(words)-k:]
		if isDescribed(tail) && !strings.ContainsAny(strings.Join(tail, " "), ",;:.\"“”") {
			return strings.Join(tail, " ")
		}
	}
	return ""
}

// withPartner extends a name that starts at words[i] back over "and" and
// the name before it, for two people who speak together ("Mr Keys and Mr
// Bacon said in a statement"): the index the pair starts at, or i.
func withPartner(words []string, i int) int {
	if i < 2 || words[i-1] != "and" {
		return i
	}
	j := i - 1
	for j > 0 && i-1-j < 3 && startsUpper(words[j-1]) && !strings.ContainsAny(words[j-1], ",;:\"“”") {
		j--
	}
	if j == i-1 || (j > 0 && startsUpper(words[j-1])) {
		return i // no name before "and", or a longer run than a name
	}
	return j
}

// isAbbreviated reports whether w is a title, abbreviation or initialism
// with its full stop ("U.S.", "Dr."), which does not end a name.
func isAbbreviated(w string) bool {
	return strings.HasSuffix(w, ".") && sentences.IsAbbreviation(w)
}

// joiners may sit inside a name or title: "Secretary of State".
var joiners = setOf(`of the de la van von al bin`)

// isDescribed reports whether words read "the spokesman" or "a spokesman".
func isDescribed(words []string) bool {
	first := strings.ToLower(words[0])
	return len(words) >= 2 && len(words) <= 4 && (first == "the" || first == "a")
}

// startsUpper reports whether w starts with an upper-case letter.
func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// hasCapital reports whether s has an upper-case letter.
func hasCapital(s string) bool { return strings.IndexFunc(s, unicode.IsUpper) >= 0 }

// trimPunct strips punctuation around a word.
func trimPunct(w string) string {
	return strings.TrimFunc(w, func(r rune) bool { return unicode.IsPunct(r) && r != '-' })
}

// openingSubject is the person a sentence opens with when an honorific
// marks them as one ("Mr Storm is enthusiastic about …"): the honorific and
// the capitalised words after it, followed by a word in lower case; ""
// otherwise ("The deal …", "Hong Kong is …": a place may open a sentence
// as well as a person).
func openingSubject(sentence string) string {
	words := strings.Fields(sentence)
	if name := titledSubject(words); name != "" {
		return name
	}
	if len(words) < 3 || !honorifics[strings.ToLower(words[0])] {
		return ""
	}
	run := append([]string{words[0]}, capitalisedRun(words[1:])...)
	if len(run) < 2 || len(run) > maxSpeakerWords || len(run) == len(words) || startsUpper(words[len(run)]) {
		return ""
	}
	return strings.Join(run, " ")
}

// jobTitleWords end the job title that may open a sentence before a
// person's name ("Union chairman Gareth Davies, who …").
var jobTitleWords = setOf(`chairman chairwoman vice-chairwoman vice-chairman chair chief executive director minister spokesman spokeswoman spokesperson
president secretary leader coach manager captain head officer professor governor mayor commissioner founder editor
lawyer solicitor barrister attorney councillor inspector detective`)

// titledSubject is the person a sentence opens with after their job title
// ("Union chairman Gareth Davies, who is also …", "Head coach Warren
// Gatland is …", "Lawyer Margaret Heathcote, …"): a job word, alone or
// after a capitalised word, then two or three capitalised words followed
// by a comma or a word in lower case; "" otherwise.
func titledSubject(words []string) string {
	start := 2 // "Union chairman Gareth Davies"
	if len(words) >= 4 && jobTitleWords[strings.ToLower(words[0])] {
		start = 1 // "Lawyer Margaret Heathcote"
	}
	if len(words) < start+3 || !startsUpper(words[0]) || start == 2 && !jobTitleWords[words[1]] {
		return ""
	}
	run := capitalisedRun(words[start:min(len(words), start+3)])
	if n := len(run); n < 2 || start+n >= len(words) || startsUpper(words[start+n]) && !strings.HasSuffix(words[start+n-1], ",") {
		return ""
	}
	return strings.Join(run, " ")
}

// capitalisedRun is the capitalised words that open words, without their
// punctuation, up to the first that a comma or a stop ends ("Davies,").
func capitalisedRun(words []string) []string {
	var run []string
	for _, w := range words {
		t := trimPunct(w)
		if t == "" || !startsUpper(t) {
			break
		}
		run = append(run, t)
		if t != w {
			break
		}
	}
	return run
}

// lastSentence is the last sentence of a paragraph's text.
func lastSentence(s string) string {
	words := strings.Fields(strings.TrimSpace(s))
	if len(words) == 0 {
		return ""
	}
	return strings.Join(clauseWords(words[:len(words)-1]), " ") + " " + words[len(words)-1]
}

// withoutQuoted is s with the words inside double quotation marks blanked
// out: a name a speaker mentions ("“… who is Ellen Fetter?” Rothman
// recalls") is not the person speaking.
func withoutQuoted(s string) string {
	b := []byte(s)
	in := false
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '“' || r == '"' && !in:
			in = true
		case r == '”' || r == '"' && in:
			in = false
		case in:
			for k := i; k < i+w; k++ {
				b[k] = ' '
			}
		}
		i += w
	}
	return string(b)
}
