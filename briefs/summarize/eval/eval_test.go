package eval

import (
	"fmt"
	"testing"
)

// TestEval runs every measurement of the offline summariser and prints one
// table of all figures, to the test log and to standard output. It runs
// only with BRIEFSMITH_EVAL=1; parts that need ../shared skip without it.
// Run one part with, for example, -run 'Eval/Sections'.
func TestEval(t *testing.T) {
	requireEval(t)
	var r Report
	t.Run("XSum", func(t *testing.T) { evalXSum(t, &r) })
	t.Run("RealNews", func(t *testing.T) { evalRealNews(t, &r) })
	t.Run("Scrapinghub", func(t *testing.T) { evalScrapinghub(t, &r) })
	t.Run("Sections", func(t *testing.T) { evalSections(t, &r) })
	t.Run("Speed", func(t *testing.T) { evalSpeed(t, &r) })
	t.Run("Determinism", func(t *testing.T) { evalDeterminism(t, &r) })
	table := r.String()
	t.Log("summary of figures:\n" + table)
	fmt.Print("\n=== Briefsmith offline summariser: evaluation figures ===\n" + table + "\n")
}

// record logs a figure and adds it to the report without a target.
func record(t *testing.T, r *Report, group, name, value string) {
	t.Helper()
	t.Logf("%s: %s = %s", group, name, value)
	r.Add(group, name, value)
}

// check logs a figure, adds it to the report with its target, and fails the
// test when the target is missed.
func check(t *testing.T, r *Report, group, name, value, target string, pass bool) {
	t.Helper()
	t.Logf("%s: %s = %s (target %s)", group, name, value, target)
	r.Check(group, name, value, target, pass)
	if !pass {
		t.Errorf("%s: %s = %s misses the target %s", group, name, value, target)
	}
}
