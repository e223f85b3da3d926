package eval

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// Figure is one measured number with what it is compared against.
type Figure struct {
	Group  string // e.g. "xsum", "sections", "speed"
	Name   string // e.g. "ROUGE-1 F, first What Happened sentence"
	Value  string // formatted, with its unit
	Target string // e.g. "≥ Lead-1 + 3.00", or "" when only reported
	Pass   *bool  // nil when the figure has no target
}

// Report collects figures in the order they are measured.
type Report struct {
	figures []Figure
}

// Add records a figure with no target.
func (r *Report) Add(group, name, value string) {
	r.figures = append(r.figures, Figure{Group: group, Name: name, Value: value})
}

// Check records a figure with a target and whether it was met.
func (r *Report) Check(group, name, value, target string, pass bool) {
	r.figures = append(r.figures, Figure{Group: group, Name: name, Value: value, Target: target, Pass: &pass})
}

// WriteTable writes the figures as an aligned plain-text table.
func (r *Report) WriteTable(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "GROUP\tFIGURE\tVALUE\tTARGET\tRESULT")
	for _, f := range r.figures {
		result := ""
		if f.Pass != nil {
			result = map[bool]string{true: "pass", false: "FAIL"}[*f.Pass]
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", f.Group, f.Name, f.Value, f.Target, result)
	}
	return tw.Flush()
}

// String is the table as text.
func (r *Report) String() string {
	var sb strings.Builder
	_ = r.WriteTable(&sb) // a strings.Builder never fails
	return sb.String()
}
