package briefs

import (
	"os/exec"
	"strings"
	"testing"
)

// TestDomainImportsNoAdapters keeps the domain free of the GUI, PDF and LLM
// libraries: they belong to app/, templates/ and briefs/llm/.
func TestDomainImportsNoAdapters(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, dep := range strings.Fields(string(out)) {
		for _, banned := range []string{"fyne.io/", "github.com/jung-kurt/gofpdf", "github.com/sashabaranov/go-openai"} {
			if strings.HasPrefix(dep, banned) {
				t.Errorf("package briefs depends on %s", dep)
			}
		}
		if strings.Contains(dep, ".") && !strings.HasPrefix(dep, "briefsmith") && !strings.HasPrefix(dep, "vendor/") && !strings.HasPrefix(dep, "internal/") {
			t.Errorf("package briefs should use the standard library only, but depends on %s", dep)
		}
	}
}
