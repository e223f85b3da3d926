package briefs

import (
	"context"
	"io"
)

// Importer turns one source (a path, a URL, or "-" for standard input) into
// an Article. It returns an error that names the source and says in plain
// words what is wrong; it never panics on bad input.
type Importer interface {
	Import(ctx context.Context, source string) (Article, error)
}

// Length is how much a summary says per section.
type Length int

// The length presets.
const (
	LengthStandard Length = iota // up to 2 sentences a section (the default)
	LengthBrief                  // 1 sentence a section
	LengthDetailed               // up to 3 sentences a section
)

// MaxPoints is the most sentences a section holds at this length.
func (l Length) MaxPoints() int {
	switch l {
	case LengthBrief:
		return 1
	case LengthDetailed:
		return 3
	}
	return 2
}

// String is the preset's name as used on the command line.
func (l Length) String() string {
	switch l {
	case LengthBrief:
		return "brief"
	case LengthDetailed:
		return "detailed"
	}
	return "standard"
}

// ParseLength reads a preset name: "brief", "standard" or "detailed".
func ParseLength(s string) (Length, bool) {
	for _, l := range []Length{LengthBrief, LengthStandard, LengthDetailed} {
		if l.String() == s {
			return l, true
		}
	}
	return LengthStandard, false
}

// SummaryOptions tunes a summariser's output.
type SummaryOptions struct {
	Length   Length
	Audience string // optional, e.g. "a minister's private office" (LLM only)
	Tone     string // optional, e.g. "neutral" (LLM only)
	Language string // output language; empty means the article's own (LLM only)
	// Status, when set, receives short progress notes while one summary is
	// being written ("receiving 412 characters", "retrying in 2 s"). It may be
	// called from any goroutine.
	Status func(note string)
}

// Summarizer writes a Summary of an article. Implementations are safe for
// concurrent use, honour ctx cancellation, and return an error (never a
// panic) when they cannot produce a summary.
type Summarizer interface {
	Summarize(ctx context.Context, a Article, opts SummaryOptions) (Summary, error)
}

// Renderer writes a brief as a document (PDF, Markdown, …).
type Renderer interface {
	Render(ctx context.Context, w io.Writer, b *Brief) error
}

// Progress reports how far a batch has come: done of total finished, with a
// short label for the item just finished. It may be nil.
type Progress func(done, total int, label string)

// Expander is implemented by importers for which one source can stand for
// several articles: a feed, an OPML list of feeds, a folder, a newsletter
// holding several stories. Expand returns the sources to import one by one
// (each acceptable to Import), or the source itself when it stands alone.
// ImportAll calls it before importing.
type Expander interface {
	Expand(ctx context.Context, source string) ([]string, error)
}

// ImportResult is the outcome of importing one source of a batch: the
// article, or the error saying why it could not be read. Notice, when set,
// tells the user something that did not stop the import (for example that
// a duplicate of an earlier source was skipped).
type ImportResult struct {
	Source  string
	Article Article
	Err     error
	Notice  string
	// Skipped is set when the source was not imported because it repeats
	// an earlier one (ImportOptions.SameAs); Notice says which.
	Skipped bool
}
