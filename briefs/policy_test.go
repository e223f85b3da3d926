package briefs

import (
	"runtime"
	"testing"
)

func TestUserAgent(t *testing.T) {
	for version, want := range map[string]string{"0.1.0": "Briefsmith/0.1.0", "": "Briefsmith/dev"} {
		if got := UserAgent(version); got != want {
			t.Errorf("UserAgent(%q) = %q, want %q", version, got, want)
		}
	}
}

func TestSummaryConcurrency(t *testing.T) {
	cores := runtime.NumCPU()
	tests := []struct {
		name                    string
		requested, networkLimit int
		keepCoreFree            bool
		want                    int
	}{
		{"a request wins", 3, 4, true, 3},
		{"an LLM overlaps its limit", 0, 4, true, 4},
		{"offline on the command line: one per core", 0, 0, false, cores},
		{"offline in the app: a core left for drawing", 0, 0, true, max(cores-1, 1)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := SummaryConcurrency(tc.requested, tc.networkLimit, tc.keepCoreFree); got != tc.want {
				t.Fatalf("got %d, want %d", got, tc.want)
			}
		})
	}
}
