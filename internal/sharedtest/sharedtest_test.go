package sharedtest

import (
	"os"
	"path/filepath"
	"testing"
)

func TestPathFindsSharedBesideModuleRoot(t *testing.T) {
	top := t.TempDir()
	repo := filepath.Join(top, "repo")
	pkg := filepath.Join(repo, "a", "b")
	for _, d := range []string{pkg, filepath.Join(top, "shared", "corpora", "x")} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	os.WriteFile(filepath.Join(repo, "go.mod"), []byte("module m\n"), 0o644)
	t.Chdir(pkg)
	if got := Path("corpora/x"); got == "" || filepath.Base(got) != "x" {
		t.Fatalf("Path = %q, want the shared corpus", got)
	}
	if got := Path("corpora/missing"); got != "" {
		t.Fatalf("Path of a missing folder = %q, want empty", got)
	}
}
