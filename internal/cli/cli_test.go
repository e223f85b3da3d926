package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func run(env Env, args ...string) (code int, out, errs string) {
	var o, e bytes.Buffer
	env.Out, env.Err, env.In = &o, &e, strings.NewReader("")
	code = Run(context.Background(), env, args)
	return code, o.String(), e.String()
}

func TestVersionComesFromEnv(t *testing.T) {
	code, out, _ := run(Env{Version: "9.8.7"}, "version")
	if code != exitOK || out != "briefsmith 9.8.7\n" {
		t.Fatalf("code %d, out %q", code, out)
	}
}

// TestOpeningTheAppGoesThroughEnv: the command line never starts the
// desktop app itself; it calls the function main wires in.
func TestOpeningTheAppGoesThroughEnv(t *testing.T) {
	brief := filepath.Join(t.TempDir(), "today.brief")
	if err := os.WriteFile(brief, []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		args     []string
		wantPath string
	}{
		{"no command opens the start screen", nil, ""},
		{"a .brief file opens it", []string{brief}, brief},
		{"open FILE opens it", []string{"open", brief}, brief},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var opened []string
			code, _, _ := run(Env{OpenApp: func(path string) int { opened = append(opened, path); return 7 }}, tc.args...)
			if code != 7 || len(opened) != 1 || opened[0] != tc.wantPath {
				t.Fatalf("code %d, opened %q", code, opened)
			}
		})
	}
}

func TestNoAppInThisBuild(t *testing.T) {
	code, _, errs := run(Env{})
	if code != exitFailed || !strings.Contains(errs, "no desktop app") {
		t.Fatalf("code %d, stderr %q", code, errs)
	}
}
