package soaktest

import "testing"

func TestRoundsAndSeedFromEnvironment(t *testing.T) {
	t.Setenv("BRIEFSMITH_SOAK_ROUNDS", "7")
	t.Setenv("BRIEFSMITH_SOAK_SEED", "42")
	if got := Rounds(t); got != 7 {
		t.Errorf("Rounds = %d, want 7", got)
	}
	if got := Seed(t); got != 42 {
		t.Errorf("Seed = %d, want 42", got)
	}
}

func TestRoundsDefault(t *testing.T) {
	t.Setenv("BRIEFSMITH_SOAK_ROUNDS", "")
	want := 20
	if testing.Short() {
		want = 8
	}
	if got := Rounds(t); got != want {
		t.Errorf("Rounds = %d, want %d", got, want)
	}
}

func TestFormatTally(t *testing.T) {
	if got := FormatTally(map[string]int{"timed": 3, "mid-write": 2}); got != "mid-write 2, timed 3" {
		t.Errorf("FormatTally = %q", got)
	}
}
