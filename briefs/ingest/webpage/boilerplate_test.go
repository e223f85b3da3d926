package webpage

import (
	"context"
	"strings"
	"testing"
)

func TestDropFurnitureParagraphs(t *testing.T) {
	body := "The council approved the budget on Tuesday after a long debate about the harbour."
	long := strings.TrimSpace(strings.Repeat("The harbour wall will be repaired over the winter, and the ferry pier will follow in the spring. ", 6))
	cases := []struct {
		name, in, want string
	}{
		{"photo credit", body + "\n\nPhoto: Jane Smith, Associated Press", body},
		{"image credit in brackets", body + "\n\nThe harbour at dawn. (Image credit: Port Authority)", body},
		{"caption with Credit", body + "\n\nThe harbour wall after the storm Credit: Getty", body},
		{"gallery counter", "Image 3 of 12\n\n" + body, body},
		{"advertisement label", body + "\n\nAdvertisement\n\n" + body + " Again.", body + "\n\n" + body + " Again."},
		{"share bar", "Facebook Twitter WhatsApp Email\n\n" + body, body},
		{"share bar in Portuguese", "Whatsapp Facebook Pint Baixar\n\n" + body, body},
		{"related pointer", body + "\n\nRelated: Council sets new harbour fees", body},
		{"read more label with headlines", body + "\n\nYou may also like...\n\nCouncil sets new harbour fees\n\nFerry trial starts in March", body},
		{"list ends at a sentence", body + "\n\nRead more\n\nCouncil sets new harbour fees\n\nThe mayor said the vote was close.", body + "\n\nThe mayor said the vote was close."},
		{"cookie notice", body + "\n\nThis website uses cookies to improve your experience. Accept Read More", body},
		{"repeated caption", "Crowds at the harbour on Monday.\n\n" + body + "\n\nCrowds at the harbour on Monday.", body},
		{"publication line", "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019\n\n" + body, body},
		{"bare date and time", body + "\n\nTuesday, November 19, 2019 at 9:45 am", body},
		{"bare date in Portuguese", "segunda-feira, 22 de janeiro de 2018 às 0:13\n\n" + body, body},
		{"link disclaimer", body + "\n\nThe BBC is not responsible for the content of external Internet sites", body},
		{"player notice", "Media playback is not supported on this device\n\n" + body, body},
		{"newsletter prompt", body + "\n\nSubscribe to the BBC Sport newsletter to get our pick of news, features and video sent to your inbox.", body},
		{"section tag", "From the section Get Inspired\n\n" + body, body},
		{"print note", body + "\n\nA version of this article appears in print on Nov. 19, 2019, Section B, Page 1 of the New York edition.", body},
		{"reprint note", body + "\n\nThis story was originally published on Wired.com.", body},
		{"gallery label", "Gallery: Galaxy Fold review | 31 Photos\n\n" + body, body},
		{"wire story's tail", body + "\n\n___\n\nAssociated Press writer Jill Lawless contributed to this report.\n\nFollow AP's full coverage of Brexit at https://apnews.com/Brexit", body},
		{"copyright line", body + "\n\nCopyright © 2019 Press TV. All rights reserved.", body},
		{"follow prompt", body + "\n\nFollow Newsbeat on Instagram, Facebook and Twitter.", body},
		{"contributors line", body + "\n\nContributing: Kristine Phillips", body},
		{"a sentence about following kept", body + "\n\nFollow the river path on foot and you reach the harbour wall that the council will repair.", body + "\n\nFollow the river path on foot and you reach the harbour wall that the council will repair."},
		{"adaptation note", body + "\n\nThis article has been adapted from its original source.", body},
		{"a sentence about copyright kept", body + "\n\nCopyright lawyers said the ruling would be appealed in the spring, and the publisher agreed.", body + "\n\nCopyright lawyers said the ruling would be appealed in the spring, and the publisher agreed."},
		{"a sentence about a reprint kept", body + "\n\nThis article, the council said, was reprinted in the town's newsletter without permission and should be withdrawn from the archive.", body + "\n\nThis article, the council said, was reprinted in the town's newsletter without permission and should be withdrawn from the archive."},
		{"a sentence about a newsletter kept", body + "\n\nThe council's newsletter will carry the new fees from March.", body + "\n\nThe council's newsletter will carry the new fees from March."},
		{"a Chinese paragraph with a year kept", body + "\n\n早在1985年，研究人员就发现了这种细胞在免疫反应中的作用。", body + "\n\n早在1985年，研究人员就发现了这种细胞在免疫反应中的作用。"},
		{"a Japanese paragraph with a date kept", "2019年11月18日、政府は新しい計画を発表した。\n\n" + body, "2019年11月18日、政府は新しい計画を発表した。\n\n" + body},
		{"a Chinese time stamp dropped", "2016年10月14日 07:17\n\n" + body, body},
		{"a sentence with a date kept", body + "\n\nThe vote was held on November 19, 2019 in the town hall.", body + "\n\nThe vote was held on November 19, 2019 in the town hall."},
		{"ordinary paragraphs kept", body + "\n\nThe mayor said: \"Related matters will wait.\"", body + "\n\nThe mayor said: \"Related matters will wait.\""},
		{"a sentence about sharing kept", body + "\n\nResidents can share their views at the library until Friday.", body + "\n\nResidents can share their views at the library until Friday."},
		{"slide counter", "1 / 5\n\n" + body, body},
		{"share prompt and highlights label", "Highlights\n\n" + body + "\n\nLike this story? Share it with a friend!", body},
		{"a repeated sentence keeps its first copy", "Israeli courts, however, have declared most major settlements legal.\n\n" + body + "\n\nIsraeli courts, however, have declared most major settlements legal.",
			"Israeli courts, however, have declared most major settlements legal.\n\n" + body},
		{"article tools", "By\n\nOrder Reprints\n\nPrint Article\n\nText size\n\n" + body, body},
		{"affiliate disclosure and buy buttons", "Disclosure: Harbour Post may earn a commission from some of the products featured on this page.\n\n" + body + "\n\nSee it now: Harbour Shop", body},
		{"write-to line and newsletter prompt", body + "\n\nWrite to Jo Lee at jo.lee@harbour.example\n\nStart your day with the Harbour Bell. Sign up for the free daily newsletter.", body},
		{"a sentence about writing to kept", body + "\n\nWrite to the council at the town hall if you object, the notice says.", body + "\n\nWrite to the council at the town hall if you object, the notice says."},
		{"byline and time stamp on one line", "By HNN Staff | November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM\n\n" + body, body},
		{"a sentence with a bar kept", "By the harbour | the council said on Monday that the ferry will return in 2020 with new crews and boats.\n\n" + body, "By the harbour | the council said on Monday that the ferry will return in 2020 with new crews and boats.\n\n" + body},
		{"pointers in the page's column", body + "\n\nStory continues below gallery\n\nRECENT ARTICLES\n\nPOPULAR THIS WEEK", body},
		{"date line with separators", "November 19, 2019 | 4:20am | Updated November 19, 2019 | 9:32pm\n\n" + body, body},
		{"relative time stamp", "Today 12:01 AM\n\n" + body, body},
		{"reporters' contacts", body + "\n\nReach the reporters on Twitter at http://twitter.com/JaneRoeAP\n\njane.roe@harbour.example\n\ntwitter.com/janeroe", body},
		{"pointers to more", body + "\n\nRelated coverage from How to Do Everything: Money:\n\nMore Business News", body},
		{"follow a handle", body + "\n\nFollow @HarbourDeals on Twitter to keep up with the latest deals.", body},
		{"a sentence about today kept", body + "\n\nToday 12 boats left the harbour before the storm.", body + "\n\nToday 12 boats left the harbour before the storm."},
		{"a sentence about reaching kept", body + "\n\nReach the harbour by ferry from the town quay, the council advises.", body + "\n\nReach the harbour by ferry from the town quay, the council advises."},
		{"long caption with its credit", body + "\n\nIn the photo the rocket stands on its pad in Baikonur on Tuesday, two days before the launch that failed minutes after lift-off over Siberia, " +
			"the space agency said. (Oleg Urusov/ Roscosmos Space Agency Press Service photo via AP)", body},
		{"caption opening in this photo", "In this photo dated Tuesday the rocket stands on its pad.\n\n" + body, body},
		{"wire credit in brackets", body + "\n\nFirefighters on the harbour wall on Monday. (AP Photo/Jane Roe)", body},
		{"a sentence about a photo kept", body + "\n\nThe council published the photo on Monday (it shows the wall) and asked residents for theirs.", body + "\n\nThe council published the photo on Monday (it shows the wall) and asked residents for theirs."},
		{"a long paragraph repeated keeps its first copy", long + "\n\n" + body + "\n\n" + long, long + "\n\n" + body},
		{"a long paragraph starting with a label kept", body + "\n\nWatch: " + strings.Repeat("the council debated the harbour plan again ", 6), body + "\n\nWatch: " + strings.TrimSpace(strings.Repeat("the council debated the harbour plan again ", 6))},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := dropFurnitureParagraphs(strings.TrimSpace(tc.in)); got != strings.TrimSpace(tc.want) {
				t.Errorf("got\n%q\nwant\n%q", got, tc.want)
			}
		})
	}
}

func TestExtractRemovesFurniture(t *testing.T) {
	page := `<html><head><title>Harbour budget approved</title></head><body><article>
<h1>Harbour budget approved</h1>
<div class="article-share-bar"><a href="#">Facebook</a> <a href="#">Twitter</a></div>
<figure><img src="a.jpg"><figcaption>Boats in the harbour on Monday. Photo: J. Smith</figcaption></figure>
<p>The council approved the harbour budget on Tuesday after a long debate, with ` +
		`<a href="/p/rep-lee">Rep. Lee</a><span class="rollover-people-block"><a href="/p/rep-lee">Rep. Lee</a> Harbour committee chair, re-elected in 2024 MORE</span> voting in favour.</p>
<p>The budget pays for repairs to the harbour wall, a new ferry pier and two more harbour staff, and it keeps mooring fees at last year's level for local boats.</p>
<p>Opponents said the council should have waited for the survey of the wall, which is due in the spring, before committing money to the repairs.</p>
<div class="related-stories"><h3>Related</h3><ul><li><a href="/a">Ferry trial starts in March</a></li><li><a href="/b">Harbour fees frozen</a></li></ul></div>
</article></body></html>`
	a, err := Extract(context.Background(), []byte(page), "text/html; charset=utf-8", nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, furniture := range []string{"Facebook", "Photo: J. Smith", "Boats in the harbour", "committee chair", "MORE", "Ferry trial starts", "Related"} {
		if strings.Contains(a.Text, furniture) {
			t.Errorf("%q reached the text:\n%s", furniture, a.Text)
		}
	}
	if !strings.Contains(a.Text, "with Rep. Lee voting in favour.") || !strings.Contains(a.Text, "Opponents said") {
		t.Errorf("article text lost:\n%s", a.Text)
	}
}

// TestHoverCardKeepsTheName: a pop-up card over a name goes, the name in
// the sentence stays.
func TestHoverCardKeepsTheName(t *testing.T) {
	card := `<span class="rollover-people"><a class="rollover-people-link" href="/people/jane-roe">Jane Roe</a><span class="rollover-people-block"><img src="x.jpg" alt=""><a class="name" href="/people/jane-roe">Jane Roe</a><a href="/other">Council passes budget | Mayor resigns | Ferry fares rise</a></span></span>`
	page := wallPage("", "<article><p>A man pleaded guilty on Tuesday to threatening to kill Rep. "+card+" (D-Minn.), prosecutors said.</p>"+story+"</article>")
	a, err := Extract(context.Background(), []byte(page), "text/html; charset=utf-8", nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "kill Rep. Jane Roe (D-Minn.)") || strings.Contains(a.Text, "Mayor resigns") {
		t.Errorf("text:\n%s", a.Text)
	}
}

// TestLinkedHeadingOverProseStays: a heading that is only a link but heads
// the article's own prose (a listicle's items) stays, while a related
// story's linked heading over a short teaser, and a related-posts box,
// go.
func TestLinkedHeadingOverProseStays(t *testing.T) {
	review := strings.Repeat("The game puts you in a neon world where every beat of the music moves the track under you, and it rewards patience. ", 2)
	page := `<html><head><title>The best harbour games</title></head><body><article>
<h1>The best harbour games</h1>
<p>` + strings.Repeat("Six new games are set in harbours this year, and we played all of them for a week. ", 3) + `</p>
<h3><a href="https://games.example/tide">“Tide Runner” ($20)</a></h3>
<div class="video"><iframe src="https://video.example/1"></iframe></div>
<p>` + review + `</p>
<h3><a href="https://games.example/pier">“Pier Pressure” ($30)</a></h3>
<p>` + review + `</p>
<h3><a href="/news/ferry-fares">Ferry fares rise again</a></h3>
<p>Commuters face higher fares from May.</p>
<div class="jp-relatedposts-post"><h4><a href="/news/pier">New pier opens</a></h4><p>` + review + `</p></div>
</article></body></html>`
	a, err := Extract(context.Background(), []byte(page), "text/html; charset=utf-8", nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, kept := range []string{"“Tide Runner” ($20)", "“Pier Pressure” ($30)"} {
		if !strings.Contains(a.Text, kept) {
			t.Errorf("%q lost from the text:\n%s", kept, a.Text)
		}
	}
	for _, gone := range []string{"Ferry fares rise again", "New pier opens"} {
		if strings.Contains(a.Text, gone) {
			t.Errorf("%q reached the text:\n%s", gone, a.Text)
		}
	}
}

// TestBlockquotesAreMarkedAsQuotations: a statement set off in a
// <blockquote> reads as a quotation in the text, while its attribution, a
// code sample and a paragraph already in marks stay as they are.
func TestBlockquotesAreMarkedAsQuotations(t *testing.T) {
	body := strings.Repeat("The council approved the harbour budget on Tuesday after a long debate about repairs. ", 4)
	page := `<html><head><title>Harbour budget approved</title></head><body><article><p>` + body + `</p>
<p>The mayor wrote to residents on Monday:</p>
<blockquote><p> We will repair the <em>whole</em> wall before the winter storms arrive. </p>
<p>“The pier comes next, and then the ferry terminal,” she added in the letter.</p>
<footer>Mayor Ann Lee, in her letter</footer></blockquote>
<blockquote><pre><code>repair(wall) { return pier; } // the council's plan as code for the test</code></pre></blockquote>
<p>` + body + `</p></article></body></html>`
	a, err := Extract(context.Background(), []byte(page), "text/html; charset=utf-8", nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"“We will repair the whole wall before the winter storms arrive.”", "“The pier comes next, and then the ferry terminal,” she added"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, a.Text)
		}
	}
	for _, bad := range []string{"““", "”.”", "“Mayor", "“repair"} {
		if strings.Contains(a.Text, bad) {
			t.Errorf("text has %q:\n%s", bad, a.Text)
		}
	}
}

// TestQuotationCreditStays: the linked name of a quotation's source right
// after its blockquote ("[Engadget]") is the quotation's credit, not a
// list of links.
func TestQuotationCreditStays(t *testing.T) {
	body := strings.Repeat("Reviewers tried the harbour streaming service this week and most were impressed by its speed. ", 4)
	page := `<html><head><title>Reviews</title></head><body><article><p>` + body + `</p>
<blockquote><p>The service is fast, and it works on every screen in the house, which is more than its rivals manage.</p></blockquote>
<p><strong>[</strong><a href="https://reviews.example/a"><strong>Harbour Review</strong></a><strong>]</strong></p>
<p>` + body + ` Again.</p>
<p><a href="/more">More reviews of streaming services</a></p></article></body></html>`
	a, err := Extract(context.Background(), []byte(page), "text/html; charset=utf-8", nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "[Harbour Review]") {
		t.Errorf("the quotation's credit was lost:\n%s", a.Text)
	}
	if strings.Contains(a.Text, "More reviews") {
		t.Errorf("a link line reached the text:\n%s", a.Text)
	}
}

// TestShortParagraphWithALinkStays: a short paragraph beside the body,
// a quarter of it a link, is the story's (readability alone drops it).
func TestShortParagraphWithALinkStays(t *testing.T) {
	card := func(p string) string {
		return `<div class="card collection-item"><div class="card-content card-article"><p>` + p + `</p></div></div>`
	}
	page := `<html><head><title>Water on the moon</title></head><body><article>` +
		card(strings.Repeat("Scientists confirmed on Monday that the ocean moon releases water vapour into space, a find that matters for life. ", 3)) +
		card("Finding water vapour there, he said, is the next best thing to liquid water.") +
		card(`The discovery, the team said, was announced in an article published Monday in the <a href="https://journal.example/a">journal Planetary Letters</a>.`) +
		card(strings.Repeat("The team reported that they detected thousands of pounds of water vapour being released every second from the moon. ", 3)) +
		`<p class="byline">By <a rel="author" href="/staff/jo">Jo Lee</a></p></article></body></html>`
	a, err := Extract(context.Background(), []byte(page), "text/html; charset=utf-8", nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "The discovery, the team said, was announced in an article published Monday in the journal Planetary Letters.") {
		t.Errorf("the paragraph with a link was lost:\n%s", a.Text)
	}
}

func TestDropInnerRepeats(t *testing.T) {
	body := "The council approved the harbour budget on Tuesday after a long debate, and the mayor said: “If we fix the wall now, the ferry can come back by the spring,” before the vote."
	other := "The ferry operator said it would study the plan and answer within a month, once the survey is done."
	for _, tc := range []struct{ name, in, want string }{
		{"pull quote with its speaker", body + "\n\n“If we fix the wall now, the ferry can come back by the spring,” the mayor said.\n\n" + other, body + "\n\n" + other},
		{"teaser repeated inside the lead", "The council approved the harbour budget on Tuesday after a long debate\n\n" + body, body},
		{"short words kept", "The vote was close.\n\n" + body + " The vote was close.", "The vote was close.\n\n" + body + " The vote was close."},
		{"different words kept", body + "\n\n" + other, body + "\n\n" + other},
	} {
		if got := dropInnerRepeats(tc.in); got != tc.want {
			t.Errorf("%s:\ngot  %q\nwant %q", tc.name, got, tc.want)
		}
	}
}
