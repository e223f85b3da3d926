package summarize

import "testing"

// headingCases are lines that are, or are not, section headings.
var headingCases = []struct {
	name  string
	line  string
	want  label
	isHdg bool
}{
	{"question mark", "What Happened?", labelHappened, true},
	{"upper case", "WHY IT MATTERS", labelWhy, true},
	{"this matters", "Why This Matters", labelWhy, true},
	{"curly apostrophe", "What’s Next", labelNext, true},
	{"straight apostrophe lower case", "what's next", labelNext, true},
	{"markdown heading", "## What happens next", labelNext, true},
	{"bold", "**The big picture**", labelWhy, true},
	{"trailing colon", "Background:", labelWhy, true},
	{"context", "Context", labelWhy, true},
	{"between the lines", "Between the lines", labelWhy, true},
	{"analysis", "Analysis", labelWhy, true},
	{"the news", "The news", labelHappened, true},
	{"what we know", "What we know", labelHappened, true},
	{"looking ahead", "Looking Ahead", labelNext, true},
	{"what to watch", "What to watch", labelNext, true},
	{"future improvements", "Future improvements", labelNext, true},
	{"roadmap", "## Roadmap", labelNext, true},
	{"bottom line", "The bottom line", labelNext, true},
	{"for an audience", "Why it matters for investors", labelWhy, true},
	{"numbered", "2. Why it matters", labelWhy, true},
	{"unknown heading", "What Analysts or Officials Are Saying", labelOther, true},
	{"outlet analysis", "Daljoog News Analysis", labelOther, true},
	{"body sentence", "What happened next was a surprise to everyone.", 0, false},
	{"long line", "What happened next was a surprise to everyone in the room and far beyond it", 0, false},
	{"ends with comma", "The news,", 0, false},
	{"lower-case fragment", "of the united nations", 0, false},
	{"empty", "", 0, false},
	{"digits only", "2024", 0, false},
	{"quoted line", "“We will win”", 0, false},
}

func TestHeadingLabel(t *testing.T) {
	for _, tc := range headingCases {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := headingLabel(tc.line)
			if ok != tc.isHdg || (ok && got != tc.want) {
				t.Errorf("headingLabel(%q) = %v, %v; want %v, %v", tc.line, got, ok, tc.want, tc.isHdg)
			}
		})
	}
}

// leadInCases are paragraphs that do or do not open with a lead-in.
var leadInCases = []struct {
	name string
	para string
	want label
	body string // the text after the lead-in; "" when there is none
}{
	{"axios", "Why it matters: The ports handle 40% of imports.", labelWhy, "The ports handle 40% of imports."},
	{"bold", "**The big picture:** Operators spent heavily.", labelWhy, "Operators spent heavily."},
	{"em dash", "What's next — Mediators will meet on Thursday.", labelNext, "Mediators will meet on Thursday."},
	{"driving the news", "Driving the news: The union voted.", labelHappened, "The union voted."},
	{"other lead-in", "Yes, but: Not everyone agrees.", labelOther, "Not everyone agrees."},
	{"body sentence with colon", "What happened next was a surprise: nobody came.", 0, ""},
	{"speech", "The minister said: we will act.", 0, ""},
	{"nothing after", "Why it matters:", 0, ""},
	{"no colon", "Why it matters is unclear", 0, ""},
}

func TestLeadIn(t *testing.T) {
	for _, tc := range leadInCases {
		t.Run(tc.name, func(t *testing.T) {
			l, at, ok := leadIn(tc.para)
			if ok != (tc.body != "") {
				t.Fatalf("leadIn(%q) ok = %v, want %v", tc.para, ok, tc.body != "")
			}
			if ok && (l != tc.want || tc.para[at:] != tc.body) {
				t.Errorf("leadIn(%q) = %v, %q; want %v, %q", tc.para, l, tc.para[at:], tc.want, tc.body)
			}
		})
	}
}

func TestNormaliseHeading(t *testing.T) {
	for in, want := range map[string]string{
		"What’s Next?":            "whats next",
		"  ## WHY -- it MATTERS ": "why it matters",
		"**Bottom line:**":        "bottom line",
		"":                        "",
	} {
		if got := normaliseHeading(in); got != want {
			t.Errorf("normaliseHeading(%q) = %q, want %q", in, got, want)
		}
	}
}
