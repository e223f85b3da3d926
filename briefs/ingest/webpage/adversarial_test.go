package webpage

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

// TestExtractAdversarialPages checks that pathological markup within the
// 10 MiB cap is handled in bounded time and without a crash.
func TestExtractAdversarialPages(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	cases := []struct {
		name    string
		body    string
		wantErr error
	}{
		{"deep nesting", strings.Repeat("<div>", 200_000) + "text", ErrBadMarkup},
		{"unclosed formatting", strings.Repeat("<b><i><a href=x>", 50_000) + "text", ErrBadMarkup},
		{"nested tables", strings.Repeat("<table><tr><td>", 50_000) + "text", ErrBadMarkup},
		{"one huge paragraph", "<p>" + strings.Repeat("word ", 2_000_000) + "</p>", nil},
		{"many tiny paragraphs", strings.Repeat("<p>a</p>", 500_000), nil},
		{"huge attribute", `<p style="` + strings.Repeat("x:y;", 1_000_000) + `">text</p>`, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			_, err := Extract(context.Background(), []byte(tc.body), "", nil)
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("err = %v, want %v", err, tc.wantErr)
			}
			t.Logf("%d bytes in %v", len(tc.body), time.Since(start))
			// About a second of CPU each; the bound allows for a busy machine.
			if d := time.Since(start); d > time.Minute {
				t.Errorf("took %v", d)
			}
		})
	}
}
