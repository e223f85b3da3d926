package summarize

import (
	"reflect"
	"strings"
	"testing"
)

// furnitureCases are sentences of page furniture and of news.
var furnitureCases = []struct {
	text string
	want bool
}{
	{"Will Aimson (Blackpool) wins a free kick in the attacking half.", true},
	{"Gus Mafuta (Gateshead) is shown the yellow card.", true},
	{"Attempt missed. Jamille Matt (Blackpool) header from the centre of the box misses to the left.", true},
	{"The referee showed him the yellow card for a late tackle in the first half.", false},
	{"Ars is asking Mojang for comment and will update this post if company officials respond.", true},
	{"We reached out to both sites and will update this article if more information becomes available.", true},
	{"This is a developing story.", true},
	{"The council will update its plan for the harbour next year.", false},
	{"We'll assume you're ok with this, but you can opt-out if you wish.", true},
	{"South Dakota Gov. Kristi NoemKristi Lynn NoemSouth Dakota governor defends meth campaign MORE (R) said on Monday the ads worked.", true},
	{"Read more: the council's budget explained", true},
	{"RELATED: Five things to know about the strike", true},
	{"(Photo: Jane Doe/Daily Planet)", true},
	{"By Jane Doe and John Roe, Staff Writers", true},
	{"Updated 5:32 PM ET, Tue November 19, 2019", true},
	{"Share on Facebook Share on Twitter", true},
	{"Tries: Leuluai, Ah Van 2, Bridge, White 2, Mellor Goals: Hanbury 5", true},
	{"Scorers: Kane 12, Son 67", true},
	{"Cover image: an artist's impression of the new bridge by Studio North", true},
	{"@citydesk The lantern parade on the opening night of the festival", true},
	{"DL Jon Ruiz 63 85% 1 tackle (1 combined).", true},
	{"Palm Grove (1-0): Tolman 25 points.", true},
	{"The Service Is Essentially A Beta Version Until 2020, But The Price Tag Is High", true},
	{"Welcome to the new 16-inch laptop.", true},
	{"This is the tech news you need to know this Tuesday.", true},
	{"Update: Police have reopened the road after the crash.", false},
	{"Shares of Acme (ACME) rose 2% to $150 on Tuesday.", false},
	{"Japan's Nikkei 225 (N225) declined 0.3%, while South Korea's Kospi Index (KOSPI) fell 0.5%.", false},
	{"The Dow rose 1.2% to 28,000, the S&P 500 0.5% to 3,100 and the Nasdaq 0.9%.", false},
	{"Many subscribers continued to pay for the bundle of channels.", false},
	{"A jury will pick the winning design in the first half of next year.", false},
	{"Sign up for our morning newsletter.", true},
	{"Gov. Kristi NoemKristi Lynn NoemSouth Dakota governor defends the campaign, officials said.", true},
	{"Posted on 19 November 2019", true},
	{"Published Tuesday, 4:05 PM", true},
	{"Cat found in New Mexico after going missing in Oregon Updated 11:21 pm CST, Tuesday, November 19, 2019", true},
	{"The bank updated its forecast on Tuesday, a year after the 2:1 share split.", false},
	{"Posted by admin", true},
	{"Posted on social media by the analysts, the video shows the game stuttering.", false},
	{"Published in 1990, the book sold a million copies.", false},
	{"Consumers will sign up for four to six streaming services.", false},
	{"The grant is part of GiveWell's programme, which aims to support future GiveWell charities.", false},
	{"It bought MinecraftEdu from the developer TeacherGaming last year.", false},
	{"Subscribe to read the full story", true},
	{"The Eagles (6-5, 3-4) snapped an 11-game losing streak to the Huskies.", false},
	{"United Nations Secretary General António Guterres Will Visit Kyiv And Moscow Next Week.", false},
	{"Warning: The council says the bridge will close in June.", false},
	{"By Monday the council had approved the budget.", false},
	{"McDonald's said its iPhone app had been downloaded a million times.", false},
	{"The council approved its budget on Monday, closing four libraries.", false},
	{"(3) If a library with that name exists - drink— Shay Friedman (@ironshay) August 22, 2013", true},
	{"Roads are closed across the city — BBC News (@BBCNews) 22 August 2013", true},
	{"The newsdesk (@newsdesk) said on 22 August 2013 that roads were closed.", false},
}

func TestIsBoilerplate(t *testing.T) {
	for _, tc := range furnitureCases {
		if got := isBoilerplate(tc.text); got != tc.want {
			t.Errorf("isBoilerplate(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestPhraseIndexFindsWhatContainsPhraseFinds checks the one-pass index
// against trying every boilerplate phrase in turn, on the furniture cases
// and on phrases at the edges of words and of the text.
func TestPhraseIndexFindsWhatContainsPhraseFinds(t *testing.T) {
	texts := []string{"newsletter", "newsletters", "the newsletter.", "design in", "sign in", "signin",
		"photo by jane", "photos by jane", "(ap photo/john)", "opt-out", "opted out", "cookies", "cookie",
		"read more", "read moreover", "", "é newsletter é", "subscribers"}
	for _, tc := range furnitureCases {
		texts = append(texts, strings.ToLower(tc.text))
	}
	for _, s := range texts {
		if got, want := boilerplateIndex.in(s), holdsBoilerplate(s); got != want {
			t.Errorf("boilerplateIndex.in(%q) = %v, want %v (as containsPhrase finds)", s, got, want)
		}
	}
}

// holdsBoilerplate tries every boilerplate phrase in turn, as the index
// must find them.
func holdsBoilerplate(s string) bool {
	for _, p := range boilerplate {
		if containsPhrase(s, p) {
			return true
		}
	}
	return false
}

func FuzzPhraseIndex(f *testing.F) {
	f.Add("sign up for our newsletter")
	f.Add("(photo: getty images)")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := boilerplateIndex.in(s), holdsBoilerplate(s); got != want {
			t.Errorf("boilerplateIndex.in(%q) = %v, containsPhrase says %v", s, got, want)
		}
	})
}

func TestIsBareQuotation(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{`"Rain in October came too late for most of the wheat belt."`, true},
		{`“We will not back down,” he said.`, false},
		{`“We will not back down.”`, true},
		{`«Nous continuerons.»`, true},
		{`"The crop failed," said Ruth Halvorsen. "Rain came too late."`, false},
		{`The minister said "enough" twice.`, false},
		{`Prices rose 7% on Thursday.`, false},
		{``, false},
	}
	for _, tc := range cases {
		if got := isBareQuotation(tc.text); got != tc.want {
			t.Errorf("isBareQuotation(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestPointsToLink(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"You can view our June 2018 open thread here.", true},
		{"Read the full report here.", true},
		{"Watch the video below.", true},
		{"You can still vote here until 10pm on Thursday in the town hall, officials said.", false},
		{"Read's lawyers said he would appeal against the ruling.", false},
		{"The minister said the plant would stay here.", false},
	} {
		if got := pointsToLink(tc.text); got != tc.want {
			t.Errorf("pointsToLink(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestLeansOnPrevious(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"For example, customers will not pay fees on transfers.", true},
		{"It also comes ahead of a speech by the prime minister.", true},
		{"“He added that the talks would resume.", true},
		{"It was the biggest share sale in Hong Kong for nine years.", false},
		{"Foreign ministers also met in Geneva.", false},
		{"Which is not to say that the visit was not routine.", true},
		{"That was when the company shipped its first phone with the new display.", true},
		{"That decision was made in the spring by the full council.", false},
		{"Whichever side wins, the vote will be close.", false},
		{"The other is First Direct, which has much lower running costs.", true},
		{"The same is true for the new escape button, which Apple had axed in 2016.", true},
		{"One would hope so, since the business could use some optimism.", true},
		{"It’s because the play was part of the opening ceremony.", true},
		{"After this, his friends will be more careful.", true},
		{"After this year's vote, the council will meet again in March.", false},
		{"The other candidates withdrew on Friday.", false},
		{"Moreover, some of that money went to farmers.", true},
		{"Second, the health service changed its rules in 2007.", true},
		{"As we’ve noted, a study concluded the opposite.", true},
		{"The former Dawson’s Creek star, 42, was voted off on Monday.", false},
		{"Secondary schools will reopen on Monday.", false},
		{"For that reason, the agency wants to lend to many more students.", true},
		{"A few days earlier, the minister had promised a review.", true},
		{"By contrast, exports to Asia rose by a tenth.", true},
		{"First, the bank must win the approval of regulators.", true},
		{"First Direct said it would close two branches.", false},
		{"The same day, police closed the road.", true},
		{"The same rules apply to contractors from next year.", false},
	}
	for _, tc := range cases {
		if got := leansOnPrevious(tc.text); got != tc.want {
			t.Errorf("leansOnPrevious(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestIsQuotationTail(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{`If they are not part of the dialogue then the dialogue will fail."`, true},
		{`It was the worst day of my life.”`, true},
		{`“We will not back down,” he said.`, false},
		{`He called it “a betrayal.”`, false},
		{`Prices rose 7% on Thursday.`, false},
	}
	for _, tc := range cases {
		if got := isQuotationTail(tc.text); got != tc.want {
			t.Errorf("isQuotationTail(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestIsQuotationHead(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{`"The only way he will not be in the team next year is if he decides he cannot face it any longer.`, true},
		{`“We will not back down.`, true},
		{`“We will not back down,” he said.`, false},
		{`"Hopefully, it will be rebuilt on another site," he said.`, false},
		{`He called it "a betrayal".`, false},
	}
	for _, tc := range cases {
		if got := isQuotationHead(tc.text); got != tc.want {
			t.Errorf("isQuotationHead(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestListIntroductionIsNoPoint checks that a sentence introducing a list
// with a colon is no point: without its list it says nothing.
func TestListIntroductionIsNoPoint(t *testing.T) {
	text := "Four current or former England players will take part in the tournament:"
	if eligible(text, features{words: strings.Fields(text)}) {
		t.Errorf("eligible(%q) = true, want false", text)
	}
}

func TestInsideQuotations(t *testing.T) {
	text := "The club's manager praised his players on Sunday after the win in Glasgow.\n\n" +
		"Thompson said: \"With Rangers in the league, it was always going to be hard. They've still been the second-top team all season. We are proud of that.\"\n\n" +
		"The club will play its final match on Saturday against the league leaders."
	d, _ := parsedAndRanked(t, text)
	inside := insideQuotations(d.sents)
	want := map[string]bool{"They've still been the second-top team all season.": true, "We are proud of that.\"": true}
	for i, s := range d.sents {
		if inside[i] != want[s.text] {
			t.Errorf("%q: inside = %v, want %v", s.text, inside[i], want[s.text])
		}
	}
}

func TestOpensLowerCase(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"permitting children to download software that will allow them to keep playing at home.", true},
		{"“and then the council will vote on it,” she said.", true},
		{"iPhone sales fell by a tenth in the quarter, the company said.", false},
		{"eBay, the auction site, said it would cut 1,000 jobs.", false},
		{"The council will vote on Tuesday.", false},
		{"“We will appeal,” the club said.", false},
		{"2019 was the warmest year on record in the city.", false},
		{"北京市政府周一宣布了新的措施。", false},
	} {
		if got := opensLowerCase(tc.text); got != tc.want {
			t.Errorf("opensLowerCase(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestNumberLength(t *testing.T) {
	for _, tc := range []struct {
		text string
		want int
	}{
		{"1. The Syrian authorities are responsible for packing the weapons.", 3},
		{"12) Councils must publish their budgets.", 4},
		{"3.5 million people voted.", 0},
		{"1.The marker has no space.", 0},
		{"2. and then lower case.", 0},
		{"2019. A year of change.", 0},
		{"No number here.", 0},
		{"7.", 0},
	} {
		if got := numberLength(tc.text); got != tc.want {
			t.Errorf("numberLength(%q) = %d, want %d", tc.text, got, tc.want)
		}
	}
}

func TestFragmentsOnlyInACasedArticle(t *testing.T) {
	cased := []sentence{{text: "The council met on Monday."}, {text: "permitting children to play at home."}, {text: "It voted to close the pool."}}
	if got := fragments(cased); !reflect.DeepEqual(got, []bool{false, true, false}) {
		t.Errorf("fragments(cased) = %v, want [false true false]", got)
	}
	lower := []sentence{{text: "the council met on monday."}, {text: "it voted to close the pool."}}
	if got := fragments(lower); !reflect.DeepEqual(got, []bool{false, false}) {
		t.Errorf("fragments(lower case) = %v, want none", got)
	}
}
