package sentences

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// splitCases are the behaviours the segmenter promises, written for news
// text. FuzzSplit is seeded from the same table.
var splitCases = []struct {
	name string
	in   string
	want []string
}{
	{"empty", "", nil},
	{"white space only", " \n\t\n ", nil},
	{"no punctuation", "just some words", []string{"just some words"}},
	{"two plain sentences", "The vote passed. Ministers cheered.", []string{"The vote passed.", "Ministers cheered."}},
	{"question and exclamation", "Will it pass? Nobody knows! We wait.", []string{"Will it pass?", "Nobody knows!", "We wait."}},
	{"double punctuation", "Really?! Yes.", []string{"Really?!", "Yes."}},
	{"title before name", "Mr. Brown met Dr. Patel in the morning.", []string{"Mr. Brown met Dr. Patel in the morning."}},
	{"initials", "J. K. Rowling wrote the books. She lives in Edinburgh.", []string{"J. K. Rowling wrote the books.", "She lives in Edinburgh."}},
	{"middle initial", "George W. Bush spoke first.", []string{"George W. Bush spoke first."}},
	{"U.S. inside a name", "The U.S. Senate voted on Monday.", []string{"The U.S. Senate voted on Monday."}},
	{"U.S. ending a sentence", "Exports rose in the U.S. The euro fell.", []string{"Exports rose in the U.S.", "The euro fell."}},
	{"U.S. before lower case", "The U.S. economy grew.", []string{"The U.S. economy grew."}},
	{"money and decimals", "The deal is worth $3.5 billion. Shares rose 4.2% on Monday.", []string{"The deal is worth $3.5 billion.", "Shares rose 4.2% on Monday."}},
	{"number ends sentence", "Turnout was 62.5. That is a record.", []string{"Turnout was 62.5.", "That is a record."}},
	{"p.m. inside a sentence", "It starts at 3 p.m. on Friday. It lasts an hour.", []string{"It starts at 3 p.m. on Friday.", "It lasts an hour."}},
	{"p.m. ending a sentence", "He left at 6 p.m. Travellers stayed.", []string{"He left at 6 p.m.", "Travellers stayed."}},
	{"p.m. before a weekday", "The storm arrives by 6 a.m. Tuesday.", []string{"The storm arrives by 6 a.m. Tuesday."}},
	{"No. before a number", "He arrived at No. 10 Downing Street. Reporters waited.", []string{"He arrived at No. 10 Downing Street.", "Reporters waited."}},
	{"month abbreviation", "He was born on Jan. 5, 1960. He died in 2020.", []string{"He was born on Jan. 5, 1960.", "He died in 2020."}},
	{"e.g.", "Bring documents, e.g. a passport. Then queue.", []string{"Bring documents, e.g. a passport.", "Then queue."}},
	{"corporate suffix then pronoun", "She joined Acme Corp. It was 1999.", []string{"She joined Acme Corp.", "It was 1999."}},
	{"state abbreviation", "It happened in Springfield, Ill. The police came.", []string{"It happened in Springfield, Ill.", "The police came."}},
	{"ellipsis then capital", "Markets fell... Investors panicked.", []string{"Markets fell...", "Investors panicked."}},
	{"ellipsis mid sentence", "He paused … and then went on.", []string{"He paused … and then went on."}},
	{"quote ends sentence", `He said "Stop." Then he left.`, []string{`He said "Stop."`, "Then he left."}},
	{"quote continues sentence", `"Stop." she said.`, []string{`"Stop." she said.`}},
	{"curly quote ends sentence", "She said, “We won.” The crowd cheered.", []string{"She said, “We won.”", "The crowd cheered."}},
	{"quoted sentences stay together", `He said: "We will not back down. This is our moment." He left.`, []string{`He said: "We will not back down. This is our moment."`, "He left."}},
	{"parenthesis keeps its stop", "He resigned (he was 64.) last year.", []string{"He resigned (he was 64.) last year."}},
	{"footnote after stop", "Rates rose.[3] Prices followed.", []string{"Rates rose.[3]", "Prices followed."}},
	{"heading on its own line", "Why it matters\nThe plan cuts bills.", []string{"Why it matters", "The plan cuts bills."}},
	{"heading with colon", "What's next:\nA vote on Friday.", []string{"What's next:", "A vote on Friday."}},
	{"paragraph break ends sentence", "Talks continue\n\nno deal yet", []string{"Talks continue", "no deal yet"}},
	{"hard-wrapped line joins", "The minister said on Tuesday that the\ngovernment would act soon.", []string{"The minister said on Tuesday that the\ngovernment would act soon."}},
	{"dash list", "Key points:\n- Taxes rise\n- Spending falls", []string{"Key points:", "- Taxes rise", "- Spending falls"}},
	{"bullet list inline", "• First point • Second point", []string{"• First point", "• Second point"}},
	{"numbered list inline", "1. Taxes rise 2. Spending falls 3. Debt falls", []string{"1. Taxes rise", "2. Spending falls", "3. Debt falls"}},
	{"numbered list with stops", "1. Taxes rise. 2. Spending falls.", []string{"1. Taxes rise.", "2. Spending falls."}},
	{"numbered list on lines", "1) Taxes rise\n2) Spending falls", []string{"1) Taxes rise", "2) Spending falls"}},
	{"number in text is no list", "Options 1. and 2. were rejected.", []string{"Options 1. and 2. were rejected."}},
	{"URL and email", "Write to press@example.org or see https://example.org/news. More soon.", []string{"Write to press@example.org or see https://example.org/news.", "More soon."}},
	{"domain name", "Visit www.example.Gov.uk today.", []string{"Visit www.example.Gov.uk today."}},
	{"missing space", "It rained.Then it stopped.", []string{"It rained.", "Then it stopped."}},
	{"Russian abbreviations", "Встреча прошла в 2024 г. в Москве. Т.е. ничего нового.", []string{"Встреча прошла в 2024 г. в Москве.", "Т.е. ничего нового."}},
	{"Chinese", "他说：“我们会赢。”然后离开了。市场上涨了３．５％！", []string{"他说：“我们会赢。”", "然后离开了。", "市场上涨了３．５％！"}},
	{"Japanese", "東京都は対策を発表した。「感染を防ぐ」としている。", []string{"東京都は対策を発表した。", "「感染を防ぐ」としている。"}},
	{"Japanese wrapped line", "これは新しい\n計画です。", []string{"これは新しい", "計画です。"}},
	{"Japanese particle wraps", "これは政府の\n計画です。", []string{"これは政府の\n計画です。"}},
	{"Arabic", "قال الرئيس إن المفاوضات ستستمر. هل ستنجح؟ لا أحد يعرف.", []string{"قال الرئيس إن المفاوضات ستستمر.", "هل ستنجح؟", "لا أحد يعرف."}},
	{"Hindi", "यह सच है। वह आया।", []string{"यह सच है।", "वह आया।"}},
	{"Greek question mark", "Πού είναι; Εδώ.", []string{"Πού είναι;", "Εδώ."}},
	{"Armenian colon", "Ինչ ես ասում: Ոչինչ:", []string{"Ինչ ես ասում:", "Ոչինչ:"}},
	{"Amharic without spaces", "ሰላም ነው።እንዴት ነህ፧", []string{"ሰላም ነው።", "እንዴት ነህ፧"}},
	{"all-quote paragraph splits", `"We lost. We will be back."`, []string{`"We lost.`, `We will be back."`}},
	{"initials are no list", "A. B. Smith and C. D. Jones spoke.", []string{"A. B. Smith and C. D. Jones spoke."}},
	{"lettered list", "a. Rates rise b. Spending falls", []string{"a. Rates rise", "b. Spending falls"}},
	{"parenthesised list", "(i) Rates rise. (ii) Spending falls.", []string{"(i) Rates rise.", "(ii) Spending falls."}},
	{"inline reference numbers", "Costs rose.12 13 Prices followed.", []string{"Costs rose.12 13", "Prices followed."}},
	{"timeline lines", "3 May - Talks begin after the election of the new leader\n9 May - Talks collapse", []string{"3 May - Talks begin after the election of the new leader", "9 May - Talks collapse"}},
	{"stray closing line", "He called it \"a disgrace\n\".", []string{"He called it \"a disgrace\n\"."}},
	{"omission in brackets", "He said [...] nothing more.", []string{"He said [...] nothing more."}},
	{"German date ordinal", "Die Wahl ist am 12. Juni. Dann zählt jede Stimme.", []string{"Die Wahl ist am 12. Juni.", "Dann zählt jede Stimme."}},
	{"German date range", "Vom 4. Bis 6. Oktober öffnet die Messe. Der Eintritt ist frei.", []string{"Vom 4. Bis 6. Oktober öffnet die Messe.", "Der Eintritt ist frei."}},
	{"dashed date range", "Das Fest läuft vom 4. – 6. Mai. Der Eintritt ist frei.", []string{"Das Fest läuft vom 4. – 6. Mai.", "Der Eintritt ist frei."}},
	{"days listed before a month", "Geschlossen am 3. 4. und 5. Juni. Sonst offen.", []string{"Geschlossen am 3. 4. und 5. Juni.", "Sonst offen."}},
	{"numeric date", "Bis zum 31.03.2021 müssen alle Anträge vorliegen. Danach ist Schluss.", []string{"Bis zum 31.03.2021 müssen alle Anträge vorliegen.", "Danach ist Schluss."}},
	{"Italian date range", "Si vota dal 3. Al 5. Marzo. Poi si conta.", []string{"Si vota dal 3. Al 5. Marzo.", "Poi si conta."}},
	{"French month", "Rendez-vous le 14. Juillet. Venez nombreux.", []string{"Rendez-vous le 14. Juillet.", "Venez nombreux."}},
	{"Dutch month", "De winkel opent op 3. Mei. Iedereen is welkom.", []string{"De winkel opent op 3. Mei.", "Iedereen is welkom."}},
	{"range word without a number", "She finished 2. To her coach, that was a win.", []string{"She finished 2.", "To her coach, that was a win."}},
	{"German range word without a number", "Das Team wurde 2. Bis zuletzt war es knapp.", []string{"Das Team wurde 2.", "Bis zuletzt war es knapp."}},
	{"score ends sentence", "The score was 3-1. Fans cheered.", []string{"The score was 3-1.", "Fans cheered."}},
	{"year ends sentence", "He was born in 1990. She was not.", []string{"He was born in 1990.", "She was not."}},
	{"year before a number", "The hall opened in 1990. 200 people came.", []string{"The hall opened in 1990.", "200 people came."}},
	{"list number ends sentence", "Top 10. The next item", []string{"Top 10.", "The next item"}},
	{"Spanish inverted marks", "¿Qué pasó? ¡Nadie lo sabe!", []string{"¿Qué pasó?", "¡Nadie lo sabe!"}},
	{"elided decade before a possessive", "They premiered in the 1970s and ’80s. If the films’ cuts return, fans will cheer.", []string{"They premiered in the 1970s and ’80s.", "If the films’ cuts return, fans will cheer."}},
	{"elided year before a plural", "She joined with the class of '19. The others' plans changed.", []string{"She joined with the class of '19.", "The others' plans changed."}},
	{"site name with a capitalised ending", "PanARMENIAN.Net - Protesters were killed in 21 cities. The toll may be higher.", []string{"PanARMENIAN.Net - Protesters were killed in 21 cities.", "The toll may be higher."}},
	{"sentences glued by a missing space", "He was taken to a physician.Police said he was stable.", []string{"He was taken to a physician.", "Police said he was stable."}},
	{"a state's initials after a party", "Rep. Jo Lee, R-W.Va., visited the border. Then he left.", []string{"Rep. Jo Lee, R-W.Va., visited the border.", "Then he left."}},
	{"initials before a hyphen", "He visited the U.S.-Mexico border on Monday. Then he left.", []string{"He visited the U.S.-Mexico border on Monday.", "Then he left."}},
	{"an initial glued to a name", "The plan B.Then failed.", []string{"The plan B.Then failed."}},
	{"invalid UTF-8", "Bad \xff\xfe bytes. Next one.", []string{"Bad \xff\xfe bytes.", "Next one."}},
}

func TestSplit(t *testing.T) {
	for _, tc := range splitCases {
		t.Run(tc.name, func(t *testing.T) {
			got := segments(tc.in)
			if !slices.Equal(got, tc.want) {
				t.Errorf("Split(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
			checkOffsets(t, tc.in, Split(tc.in))
		})
	}
}

// checkOffsets asserts the Sentence contract: each Text is exactly
// text[Start:End], trimmed, non-empty, and the sentences are in order
// without overlapping.
func checkOffsets(t *testing.T, text string, got []Sentence) {
	t.Helper()
	prevEnd := 0
	for i, s := range got {
		switch {
		case s.Start < prevEnd || s.End < s.Start || s.End > len(text):
			t.Fatalf("sentence %d has bad offsets [%d,%d) after %d in %d bytes", i, s.Start, s.End, prevEnd, len(text))
		case text[s.Start:s.End] != s.Text:
			t.Fatalf("sentence %d: text[%d:%d] = %q, Text = %q", i, s.Start, s.End, text[s.Start:s.End], s.Text)
		case strings.TrimSpace(s.Text) != s.Text || s.Text == "":
			t.Fatalf("sentence %d is not trimmed or is empty: %q", i, s.Text)
		}
		prevEnd = s.End
	}
}

// TestSplitCoversAllText checks that no non-space text is lost between
// sentences.
func TestSplitCoversAllText(t *testing.T) {
	for _, tc := range splitCases {
		var joined strings.Builder
		for _, s := range Split(tc.in) {
			joined.WriteString(s.Text)
		}
		if squeeze(joined.String()) != squeeze(tc.in) {
			t.Errorf("%s: sentences lose text", tc.name)
		}
	}
}

// TestSplitOffsetsProperty checks the offset contract on pseudo-random
// texts built from the pieces the rules care about.
func TestSplitOffsetsProperty(t *testing.T) {
	pieces := []string{"Mr.", "U.S.", "word", "Word", ". ", "! ", "?", "...", ". . .", "\"", "'", "“", "”",
		"(", ")", "[1]", "\n", "\n\n", " ", "1.", "a)", "•", "3.5", "。", "中文", "\xff", "\t", "–"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		var b strings.Builder
		for range rng.IntN(40) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := b.String()
		got := Split(text)
		checkOffsets(t, text, got)
		if squeeze(joinTexts(got)) != squeeze(text) {
			t.Fatalf("sentences lose text of %q", text)
		}
	}
}

// squeeze removes all white space.
func squeeze(s string) string {
	return strings.Join(strings.Fields(s), "")
}
