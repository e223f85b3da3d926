package llmtest

import (
	"time"

	"briefsmith/briefs"
)

// Article is a small news article whose facts GoodAnswer keeps to.
func Article() briefs.Article {
	return briefs.Article{
		Source: "https://news.example.com/harbour", Title: "Port of Eastmouth to close for repairs",
		Site: "Example News", URL: "https://news.example.com/harbour",
		Published: time.Date(2025, time.March, 3, 8, 0, 0, 0, time.UTC),
		Text: "The Port of Eastmouth will close for six weeks from 14 April while engineers repair its main sea wall, the harbour authority said on Monday.\n\n" +
			"The repairs will cost £12 million and affect about 1,200 workers. Harbour master Alice Moreno said: \"We cannot keep ships safe behind a wall that is crumbling.\"\n\n" +
			"Shipping lines will divert cargo to Westbury, which expects 40% more traffic.\n\n" +
			"The authority will publish a reopening date in May.",
	}
}

// GoodAnswer is a well-formed JSON answer for Article, supported by it
// throughout, so the fact checker finds nothing.
func GoodAnswer() string {
	return `{"headline":"Port of Eastmouth closes for six weeks of sea wall repairs",` +
		`"what_happened":["The Port of Eastmouth will close for six weeks from 14 April to repair its main sea wall."],` +
		`"why_it_matters":["The repairs cost £12 million and affect about 1,200 workers.","Cargo will go to Westbury, which expects 40% more traffic."],` +
		`"whats_next":["The authority will publish a reopening date in May."],` +
		`"key_quote":{"text":"We cannot keep ships safe behind a wall that is crumbling.","speaker":"Alice Moreno"}}`
}

// HeadingsAnswer is a plain-text answer for Article under the three
// headings, as a model without JSON support writes it.
func HeadingsAnswer() string {
	return "Headline: Port of Eastmouth closes for repairs\n\n" +
		"## What Happened\n- The Port of Eastmouth will close for six weeks from 14 April.\n\n" +
		"## Why It Matters\n- About 1,200 workers are affected.\n\n" +
		"## What's Next\n- A reopening date will follow in May.\n\n" +
		"Key quote: \"We cannot keep ships safe behind a wall that is crumbling.\" — Alice Moreno\n"
}

// InventedAnswer is a JSON answer for Article that invents a number
// (£40 million, 3,000 workers) and a name (John Smith).
func InventedAnswer() string {
	return `{"headline":"Port of Eastmouth closes for repairs",` +
		`"what_happened":["The port will close for repairs costing £40 million, John Smith said."],` +
		`"why_it_matters":["About 3,000 workers are affected."],` +
		`"whats_next":["A reopening date will follow in May."],` +
		`"key_quote":{"text":"","speaker":""}}`
}
