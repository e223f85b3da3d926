package templates

import (
	"fmt"
	"strings"
	"time"

	"briefsmith/briefs"
)

// The fixtures below are invented news written for these tests.

func pts(texts ...string) []briefs.Point {
	out := make([]briefs.Point, len(texts))
	for i, t := range texts {
		out[i] = briefs.Point{Text: t}
	}
	return out
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// sampleBrief is a realistic four-item brief in English with every optional
// part set: topics, quotes, bottom line, distribution.
func sampleBrief() *briefs.Brief {
	return &briefs.Brief{
		Title:        "Energy and Trade Morning Brief",
		Date:         "2026-11-23",
		PreparedBy:   "Policy Unit",
		PreparedFor:  "Minister for Trade",
		Distribution: "Official – Sensitive",
		BottomLine:   "Gas prices eased after the storage report, but the port strike and the tariff review both land this week and need a line ready by Wednesday.",
		Items: []briefs.Item{
			{
				ID: "item-1", Topic: "Energy", Status: briefs.StatusApproved,
				Article: briefs.Article{Title: "Storage report calms gas market", Site: "Northern Ledger", Byline: "Ana Ruiz",
					URL: "https://www.northernledger.example/markets/2026/11/22/gas-storage-report", Published: day("2026-11-22")},
				Summary: briefs.Summary{
					Headline:     "Gas storage stands at 91 per cent as winter demand begins",
					WhatHappened: pts("The national grid operator reported storage at 91 per cent of capacity on Sunday, above the five-year average.", "Wholesale prices for December delivery fell 6 per cent on the news."),
					WhyItMatters: pts("Higher stocks reduce the risk of emergency demand curbs during a cold snap.", "Lower wholesale prices feed into the household price cap review due in February."),
					WhatsNext:    pts("The operator publishes its winter outlook on Thursday."),
					Quote:        &briefs.Quote{Text: "We enter the winter in a stronger position than at any time in the last five years.", Speaker: "Maria Olsen, grid operator chief executive"},
				},
			},
			{
				ID: "item-2", Topic: "Energy", Status: briefs.StatusEdited,
				Article: briefs.Article{Title: "Offshore wind auction", Site: "Coastal Times", URL: "https://coastaltimes.example/wind-auction", Published: day("2026-11-21")},
				Summary: briefs.Summary{
					Headline:     "Offshore wind auction attracts record eleven bids",
					WhatHappened: pts("Eleven consortia bid for the three northern seabed leases, the most in any round so far."),
					WhyItMatters: pts("Strong interest suggests the revised strike price has restored investor confidence after last year's failed round."),
					WhatsNext:    pts("Winners are due to be named in January, subject to a grid connection review."),
				},
			},
			{
				ID: "item-3", Topic: "Trade", Status: briefs.StatusApproved,
				Article: briefs.Article{Title: "Port workers vote to strike", Site: "Harbour Post", URL: "https://harbourpost.example/news/port-strike-vote", Published: day("2026-11-22")},
				Summary: briefs.Summary{
					Headline:     "Dock workers at two container ports vote for a 72-hour strike",
					WhatHappened: pts("Members of the dockers' union voted by 78 per cent to strike from Friday over pay and shift patterns.", "Talks between the union and the port operators broke down on Saturday evening."),
					WhyItMatters: pts("The two ports handle roughly a third of the country's container traffic.", "Retailers warn of gaps on shelves in the run-up to the holiday season."),
					WhatsNext:    pts("The conciliation service has invited both sides to talks on Tuesday.", "Operators are seeking a court injunction on procedural grounds."),
					Quote:        &briefs.Quote{Text: "Nobody wants a strike, but our members have been left with no choice.", Speaker: "Tom Baxter, union regional secretary"},
				},
			},
			{
				ID: "item-4", Topic: "Trade", Status: briefs.StatusDraft,
				Article: briefs.Article{Title: "Tariff review", URL: "https://tradewatch.example/tariff-review"},
				Summary: briefs.Summary{
					Headline:     "Steel tariff review opens with a call for evidence",
					WhatHappened: pts("The trade remedies authority opened its review of steel safeguard tariffs and asked for evidence by 15 December."),
					WhyItMatters: pts("The tariffs expire next June, and the decision will shape talks with two partners who want them lifted."),
					WhatsNext:    pts("Ministers are expected to set out a provisional view in March."),
				},
			},
		},
	}
}

// stressBrief mixes scripts, emoji, broken bytes, controls, a very long URL
// and a very long word: the text the sanitiser and the layout must survive.
func stressBrief() *briefs.Brief {
	longWord := strings.Repeat("Donaudampfschifffahrtsgesellschaft", 12)
	longURL := "https://example.com/" + strings.Repeat("very-long-path-segment/", 30) + "?q=" + strings.Repeat("x", 100)
	return &briefs.Brief{
		Title:       "Stress 🚀 brief — Ünïcödé \xc0 test",
		Date:        "2026-11-23",
		PreparedBy:  "Тестовый отдел",
		PreparedFor: "מחלקת בדיקות",
		Items: []briefs.Item{
			{
				ID: "item-1", Status: briefs.StatusDraft, Topic: "Scripts",
				Article: briefs.Article{Title: "Arabic", Site: "الجزيرة", URL: longURL, Published: day("2026-11-20")},
				Summary: briefs.Summary{
					Headline:     "مرحبا بالعالم: السلام عليكم في الاجتماع",
					WhatHappened: pts("قال الوزير إن الحكومة ستعلن عن خطة جديدة للطاقة في عام 2027.", "English sentence with an Arabic word مرحبا in the middle."),
					WhyItMatters: pts("שלום עולם, זהו משפט בעברית עם מספר 42."),
					WhatsNext:    pts("Привет, мир! Это предложение на русском языке с ёлкой.", "中文测试：日本語のテキストと한국어 텍스트."),
					Quote:        &briefs.Quote{Text: "Emoji 😀👍🏽👨‍👩‍👧 and flags 🇬🇧 vanish, text stays.", Speaker: "Ｆｕｌｌｗｉｄｔｈ 𝐁𝐨𝐥𝐝 speaker"},
				},
			},
			{
				ID: "item-2", Status: briefs.StatusDraft,
				Article: briefs.Article{Title: "Long", URL: "javascript:alert(1)"},
				Summary: briefs.Summary{
					Headline:     "A headline with a very long word " + longWord,
					WhatHappened: pts("Controls\x00\x01\x1b[31m and\ttabs\u200b zero\u200dwidth \u202eoverride\u202c and \ufeffBOM.", longWord+" "+longURL),
					WhyItMatters: pts("Invalid bytes \xff\xfe\xc0\xc1 and a lone \xed\xa0\x80 surrogate."),
					WhatsNext:    pts("CJK Extension B 𠀀𠀁 and math 𝒜 and tag \U000E0041 characters."),
				},
			},
		},
	}
}

// benchSentences are recycled to make realistic-length summaries.
var benchSentences = []string{
	"The regional council approved a revised budget that shifts funding from road maintenance towards public transport and cycling schemes.",
	"Officials said the change would be phased in over three years to give contractors time to adjust their plans.",
	"Opposition members argued that rural areas would lose out because bus services there remain infrequent and unreliable.",
	"Business groups welcomed the decision but asked for clearer timelines on the tram extension and the new interchange.",
	"The finance director warned that inflation in construction costs could still push several projects over budget.",
	"A consultation on the detailed proposals will open next month and run for twelve weeks.",
	"Independent analysts expect the plan to cut journey times in the city centre by about a tenth.",
	"Unions representing transport staff said they would seek assurances on jobs and training before backing the plan.",
}

// benchBrief is an n-item brief with about 200 words of summary per item.
func benchBrief(n int) *briefs.Brief {
	b := &briefs.Brief{Title: "Benchmark Brief", Date: "2026-11-23", PreparedBy: "Bench", BottomLine: benchSentences[0]}
	for i := 0; i < n; i++ {
		s := func(k int) string { return benchSentences[(i+k)%len(benchSentences)] }
		b.Items = append(b.Items, briefs.Item{
			ID: fmt.Sprintf("item-%d", i+1), Status: briefs.StatusDraft, Topic: fmt.Sprintf("Topic %d", i/5+1),
			Article: briefs.Article{Title: "Article", Site: "Daily Example", URL: fmt.Sprintf("https://daily.example/news/%d", i), Published: day("2026-11-22")},
			Summary: briefs.Summary{
				Headline:     fmt.Sprintf("Council budget story number %d moves spending towards transport", i+1),
				WhatHappened: pts(s(0), s(1), s(2)),
				WhyItMatters: pts(s(3), s(4), s(5)),
				WhatsNext:    pts(s(6), s(7)),
				Quote:        &briefs.Quote{Text: s(1), Speaker: "A council spokesperson"},
			},
		})
	}
	return b
}
