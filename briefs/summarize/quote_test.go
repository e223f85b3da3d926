package summarize

import (
	"strings"
	"testing"

	"briefsmith/briefs"
)

// quoteCases are paragraphs with the key quote and speaker expected; an
// empty want means no quote.
var quoteCases = []struct {
	name, text, want, speaker string
}{
	{"said after", `"We cannot run a modern port with the rules of the last century," said Martin Hale, chairman of the association.`,
		"We cannot run a modern port with the rules of the last century", "Martin Hale"},
	{"name said after", `“The cuts are painful but there was no other way to balance the books,” Helen Okafor said.`,
		"The cuts are painful but there was no other way to balance the books", "Helen Okafor"},
	{"said colon before", `Foreign Minister Abbas Araghchi said: "Our programme is peaceful and always has been under inspection."`,
		"Our programme is peaceful and always has been under inspection.", "Foreign Minister Abbas Araghchi"},
	{"pronoun resolved", `Mayor Helen Okafor defended the plan. "We have a hole of 80 million in this budget to fill," she told reporters.`,
		"We have a hole of 80 million in this budget to fill", "Mayor Helen Okafor"},
	{"according to", `The plan is "the biggest change to the ports in fifty years", according to the transport ministry.`,
		"the biggest change to the ports in fifty years", "the transport ministry"},
	{"description then name", `"Families were just starting to feel they had room to breathe," said the charity's chief executive, Sarah Obi.`,
		"Families were just starting to feel they had room to breathe", "Sarah Obi, the charity's chief executive"},
	{"british single quotes", `‘We don’t accept that the strike is over, and we never will,’ said union leader Rosa Delgado.`,
		"We don’t accept that the strike is over, and we never will", "union leader Rosa Delgado"},
	{"according to after invalid byte", "\"We will not give up on this town, not ever,\" \xc5according to Mayor Ann Lee.",
		"We will not give up on this town, not ever", "Mayor Ann Lee"},
	{"invalid byte before according to", "\"0 0 0 0 0 0\"\xc5ACCording to 0", "", ""},
	{"scare quotes only", `The so-called "peace dividend" never arrived.`, "", ""},
	{"no speaker", `"This is a quotation with nobody attached to it at all."`, "", ""},
	{"no quotes", "Nothing quoted here at all, just a plain sentence.", "", ""},
	{"unclosed", `He said "this never ends and goes on and on`, "", ""},
	{"initialism in the title", `"We will pursue everyone responsible for these crimes," said U.S. Attorney Nealy Cox.`,
		"We will pursue everyone responsible for these crimes", "U.S. Attorney Nealy Cox"},
	{"initialism before said", `U.S. Attorney Nealy Cox said: "We will pursue everyone responsible for these crimes."`,
		"We will pursue everyone responsible for these crimes.", "U.S. Attorney Nealy Cox"},
	{"book title", `In her book “A Paradise Built in Hell: The Extraordinary Communities that Arise in Disaster,” Rebecca Solnit wrote of the purpose people find in adversity.`, "", ""},
	{"speech with capitalised names", `"Angela Merkel and Emmanuel Macron will meet again in Berlin next month," said spokesman Jan Weber.`,
		"Angela Merkel and Emmanuel Macron will meet again in Berlin next month", "spokesman Jan Weber"},
	{"surname named in full before", "Veteran industry analyst Ken Doctor has followed the sale for years.\n\n\"Financial players are making significant money on the way down,\" said Doctor.",
		"Financial players are making significant money on the way down", "Ken Doctor"},
	{"honorific and surname named in full before", "Alex Salmond spoke in Perth on Friday.\n\n\"We will not be told what to do by anyone in London,\" said Mr Salmond.",
		"We will not be told what to do by anyone in London", "Alex Salmond"},
	{"possessive organisation and surname", "Rachel Stephens, senior analyst at RedMonk, has studied the survey.\n\n\"Teams are shipping faster than they did a year ago,\" said RedMonk's Stephens.",
		"Teams are shipping faster than they did a year ago", "Rachel Stephens"},
	{"title before the surname is no first name", "President Okafor spoke on Monday.\n\n\"The budget will be balanced by the end of the year,\" said Okafor.",
		"The budget will be balanced by the end of the year", "Okafor"},
	{"pronoun for the subject of a clause before", "As Ron Jones, from Newport, prepares to mark Holocaust Memorial Day on Friday, he says the memories stay.\n\nHe was captured in 1943.\n\n\"I think the guards thought that football was an easy way of keeping us quiet,\" he said.",
		"I think the guards thought that football was an easy way of keeping us quiet", "Ron Jones"},
	{"pronoun for the person the paragraph before opens with", "Marcus Storm founded the studio in 2015, and Ingrid Franov said the headsets sold out within a week of the launch.\n\nMr Storm is enthusiastic about how VR can transform learning.\n\n\"We see a future where children in history lessons go back to revolutionary France,\" he said.",
		"We see a future where children in history lessons go back to revolutionary France", "Marcus Storm"},
	{"age for the person the paragraph before opens with", "The cyclist won the road race in Nottwil on Thursday.\n\nDame Sarah Storey now holds 16 world titles.\n\n\"It's a massive relief to win after such a hard year,\" the 37-year-old said.",
		"It's a massive relief to win after such a hard year", "Dame Sarah Storey"},
	{"Portuguese speech verb after the quotation", "O técnico Tite convocou 23 jogadores para os jogos de novembro.\n\n\"Nós queremos ganhar os dois jogos e chegar bem à Copa América\", disse Tite.",
		"Nós queremos ganhar os dois jogos e chegar bem à Copa América", "Tite"},
	{"Spanish speech verb after the name", "El ministro presentó el presupuesto el martes.\n\n\"Este presupuesto protege a las familias más vulnerables del país\", dijo el ministro Carlos Ruiz.",
		"Este presupuesto protege a las familias más vulnerables del país", "el ministro Carlos Ruiz"},
	{"French guillemets", "Le président a présenté son plan mardi.\n\n« Nous allons réformer le système de retraite dès l'année prochaine », a déclaré Emmanuel Macron.",
		"Nous allons réformer le système de retraite dès l'année prochaine", "Emmanuel Macron"},
	{"German low-high quotes", "Die Kanzlerin sprach am Dienstag in Berlin.\n\n„Wir werden die Steuern im nächsten Jahr nicht erhöhen“, sagte Angela Merkel.",
		"Wir werden die Steuern im nächsten Jahr nicht erhöhen", "Angela Merkel"},
	{"testified", "David Holmes, a diplomat in Kyiv, spoke to the committee on Thursday.\n\n\"I heard the president ask about the investigations on the call,\" Holmes testified.",
		"I heard the president ask about the investigations on the call", "David Holmes"},
	{"a quantifier is no speaker", "Residents gathered outside the town hall on Monday night.\n\n\"We were never asked what we wanted for the park,\" some said.",
		"", ""},
	{"a name inside a quotation is not its speaker", "\"Who on earth is Ellen Fetter?\" Rothman recalls thinking at the time, said Daniel Rothman. \"It is one of the most important papers in computational physics,\" he said.",
		"It is one of the most important papers in computational physics", "Daniel Rothman"},
	{"clause after the name", `"It is a sad day for Swedish football and for me," said Ibrahimovic after Sweden missed out on qualifying for the finals.`,
		"It is a sad day for Swedish football and for me", "Ibrahimovic"},
	{"where it was said", `"Surveillance of this kind has no place in a democracy," said Privacy International on its website.`,
		"Surveillance of this kind has no place in a democracy", "Privacy International"},
	{"age resolved", `Jenson Button finished fifth. "The only way forward is to keep racing and keep learning every week," said the 35-year-old.`,
		"The only way forward is to keep racing and keep learning every week", "Jenson Button"},
	{"age with nobody named stays", `"The only way forward is to keep racing and keep learning every week," said the 35-year-old.`,
		"The only way forward is to keep racing and keep learning every week", "the 35-year-old"},
	{"pronoun for the speaker of the paragraph before", "Administrator Ruth Bell said it had been \"deeply satisfying\" to sign off the sale on Monday.\n\n\"Today's outcome would not have been possible without the goodwill shown during the long talks,\" she said.",
		"Today's outcome would not have been possible without the goodwill shown during the long talks", "Administrator Ruth Bell"},
	{"pronoun for a speaker described in a clause", "Tom Reed MP, who led the campaign, said the result was \"wonderful news\".\n\n\"The collection tells the story of this town and of the people who built it,\" he said.",
		"The collection tells the story of this town and of the people who built it", "Tom Reed MP"},
	{"quotation running on into the next paragraph", "Chief Inspector Ana Silva said: \"The owners are upset.\n\n\"This is an alarming attack which shows why the licensing of air guns is overdue.\"",
		"This is an alarming attack which shows why the licensing of air guns is overdue.", "Chief Inspector Ana Silva"},
	{"pronoun with nobody named before", "The meeting ended late.\n\n\"We will keep going until every family has a home of its own,\" he said.", "", ""},
	{"name before a relative clause naming a place", `Miguel Ortiz, 78, a retired teacher who came from Cuba's Pinar del Rio said: "His story was our story and we told it to our children."`,
		"His story was our story and we told it to our children.", "Miguel Ortiz"},
	{"pronoun for a name before a relative clause", "Ana Ruiz, a nurse who moved from Santa Clara, said the town had changed.\n\n\"There is such a great tradition of music in this town and it lives on,\" she said.",
		"There is such a great tradition of music in this town and it lives on", "Ana Ruiz"},
	{"pronoun for a name before a description with a name in it", "Nelson Ames, a Mary Lowe supporter from Ohio, told reporters the campaign was reaching young voters.\n\n\"There are people who pay for the app just to reach others across the country,\" he said.",
		"There are people who pay for the app just to reach others across the country", "Nelson Ames"},
	{"name before a description, said colon", `Nelson Ames, a Mary Lowe supporter from Ohio, said: "There are people who pay for the app just to reach others."`,
		"There are people who pay for the app just to reach others.", "Nelson Ames"},
	{"a day before the speaker is no name", "On Tuesday, the minister, speaking in Paris, said: \"We will not sign this treaty in its present form at all.\"",
		"", ""},
	{"conjunction before a name and a description", "But Ivan Petrov, deputy leader of A Just Party, said the law did not go far enough.\n\n\"In conditions where a neighbouring state falls apart we must be able to act,\" he said.",
		"In conditions where a neighbouring state falls apart we must be able to act", "Ivan Petrov"},
	{"a place opening the clause is no name", "In London, the minister, speaking to reporters, said: \"We will not sign this treaty in its present form at all.\"",
		"", ""},
	{"a day opening the clause is no name", "Tuesday, the minister, speaking in Paris, said: \"We will not sign this treaty in its present form at all.\"",
		"", ""},
	{"relation by a possessive", `"We will appeal this ruling as soon as the court allows it," said his lawyer Keith Fenton.`,
		"We will appeal this ruling as soon as the court allows it", "Keith Fenton"},
	{"comma before a quotation inside", `“The plan said, ‘We build the bridge first and the road after it. The end,’” said engineer Maria Lopez.`,
		"The plan said, ‘We build the bridge first and the road after it. The end’", "engineer Maria Lopez"},
	{"name before a title with no closing comma", `But Sir Nick Partridge, Chief Executive of the Harbour Trust said: "The remaining rule is based on the risk to the group as a whole."`,
		"The remaining rule is based on the risk to the group as a whole.", "Sir Nick Partridge"},
	{"a pronoun five paragraphs after the last speaker is unknown", "\"and then the rest of the money goes to every school,\" said Dana Quist, the director.\n\n" +
		"The plan was welcomed by Lee Warren, a head teacher.\n\nHis school uses the game already.\n\nIt teaches a play with it.\n\nHe said others should be careful.\n\n" +
		"\"Technology can lead to exceptional learning, but it needs other tools,\" he said.",
		"", ""},
	{"two speakers together", "Reg Keys and Roger Bacon lost their sons in the war.\n\nMr Keys and Mr Bacon said in a statement: \"This is great proof that the public wants answers about the war.\"",
		"This is great proof that the public wants answers about the war.", "Reg Keys and Roger Bacon"},
	{"a sentence before and a name", `The council met, and Mayor Ann Lee said: "We will not give up on this harbour, not ever."`,
		"We will not give up on this harbour, not ever.", "Mayor Ann Lee"},
	{"pronoun for a person after their job title in the paragraph before", "\"and then we hope to confirm the whole management team of the harbour,\" said chief executive Martyn Hale.\n\n" +
		"Union chairman Gareth Dale, who is also on the panel, believes the tour will benefit the team.\n\n" +
		"\"2017 is a real summer of opportunity for coaches in this harbour town,\" he said.",
		"2017 is a real summer of opportunity for coaches in this harbour town", "Gareth Dale"},
	{"a description for the person named before", "Jak Trueman, 17, was told in January that his cancer had spread.\n\n\"This is the saddest day of our lives yet but I am going to fight,\" the teenager said.",
		"This is the saddest day of our lives yet but I am going to fight", "Jak Trueman"},
	{"a described speaker of several words", "A Harbour council spokesman said ministers consider the current system unfair.\n\nHe added: \"That is why we have set up a commission to examine fairer alternatives.\"",
		"That is why we have set up a commission to examine fairer alternatives.", "A Harbour council spokesman"},
	{"pronoun for a person after a leading job title", "\"and then we will see what the ministry says about it,\" said the Harbour Ministry.\n\n" +
		"Lawyer Margaret Heath, vice-chairwoman of the harbour group, is one of those worried about the form.\n\n\"Generally speaking, we do not name the third party on the form,\" she said.",
		"Generally speaking, we do not name the third party on the form", "Margaret Heath"},
	{"broken fragment", `The mayor said the plan was "and then the rest of the money goes to the city", officials said.`, "", ""},
}

func TestKeyQuote(t *testing.T) {
	for _, tc := range quoteCases {
		t.Run(tc.name, func(t *testing.T) {
			d, r := parsedAndRanked(t, tc.text)
			q := keyQuote(d, r, nil)
			switch {
			case tc.want == "" && q != nil:
				t.Errorf("got quote %+v, want none", *q)
			case tc.want != "" && q == nil:
				t.Errorf("got no quote, want %q", tc.want)
			case q != nil && (q.Text != tc.want || q.Speaker != tc.speaker):
				t.Errorf("got %q by %q, want %q by %q", q.Text, q.Speaker, tc.want, tc.speaker)
			}
		})
	}
}

// TestKeyQuoteRepeatsNoPullQuote checks that a quotation whose words a
// point already gives from another paragraph (a pull quote lifted from it)
// is not the key quote.
func TestKeyQuoteRepeatsNoPullQuote(t *testing.T) {
	point := "Since 2008 there has not been a single year of revenue gain in the industry as a whole."
	text := point + "\n\n\"Since 2008, there has not been a single year of revenue gain in the industry as a whole,\" said analyst Ken Dorr."
	d, r := parsedAndRanked(t, text)
	if q := keyQuote(d, r, nil); q == nil || q.Speaker != "analyst Ken Dorr" {
		t.Fatalf("without points: got %+v, want the analyst's quotation", q)
	}
	if q := keyQuote(d, r, []briefs.Span{{Start: 0, End: len(point)}}); q != nil {
		t.Errorf("got %+v, which repeats the point %q", *q, point)
	}
}

// TestKeyQuoteRepeatsNoPoint checks that the key quote is never the words
// of a sentence already chosen as a point.
func TestKeyQuoteRepeatsNoPoint(t *testing.T) {
	text := `Police arrested two men on Tuesday after a raid on a warehouse in the city centre.

"This was a well organised gang and we have stopped them for good," said Chief Inspector Ann Lee.`
	sum := summariseFor(t, briefs.Article{Text: text}, briefs.LengthDetailed)
	if sum.Quote == nil {
		return // no quote at all is fine
	}
	for _, sec := range briefs.Sections {
		for _, p := range sum.Points(sec) {
			if strings.Contains(p.Text, sum.Quote.Text) {
				t.Errorf("the key quote %q repeats the point %q", sum.Quote.Text, p.Text)
			}
		}
	}
}
