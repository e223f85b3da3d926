// Package soaktest holds what the kill -9 soaks of the command line (the
// root package's TestKillDuringSave) and of the app (app's
// TestKillDuringAppSave) share: how many rounds to run, the seed of their
// random kill moments, and how a round tally is printed.
package soaktest

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Rounds reads BRIEFSMITH_SOAK_ROUNDS: 20 by default, 8 under -short
// (`make soak` sets 200).
func Rounds(t testing.TB) int {
	t.Helper()
	if s := os.Getenv("BRIEFSMITH_SOAK_ROUNDS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			t.Fatalf("BRIEFSMITH_SOAK_ROUNDS=%q: want a positive number", s)
		}
		return n
	}
	if testing.Short() {
		return 8
	}
	return 20
}

// Seed reads BRIEFSMITH_SOAK_SEED, which repeats a run's kill moments, or
// picks a new seed.
func Seed(t testing.TB) uint64 {
	t.Helper()
	if s := os.Getenv("BRIEFSMITH_SOAK_SEED"); s != "" {
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatalf("BRIEFSMITH_SOAK_SEED=%q: want a number", s)
		}
		return n
	}
	return uint64(time.Now().UnixNano())
}

// FormatTally prints a tally of outcomes as "name count, …" in name order.
func FormatTally(tally map[string]int) string {
	keys := make([]string, 0, len(tally))
	for k := range tally {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d", k, tally[k])
	}
	return strings.Join(parts, ", ")
}
