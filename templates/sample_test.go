package templates

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"briefsmith/briefs"
)

// TestWriteSamples writes sample PDFs for a person to look at when
// BRIEFSMITH_SAMPLES names a directory:
//
//	BRIEFSMITH_SAMPLES=/tmp/samples go test ./templates/ -run TestWriteSamples
//	pdftoppm -r 80 -png /tmp/samples/morning-brief-stress.pdf /tmp/samples/page
func TestWriteSamples(t *testing.T) {
	dir := os.Getenv("BRIEFSMITH_SAMPLES")
	if dir == "" {
		t.Skip("set BRIEFSMITH_SAMPLES=dir to write sample PDFs")
	}
	samples := map[string]*briefs.Brief{"sample": sampleBrief(), "stress": stressBrief(), "bench": benchBrief(20)}
	for _, name := range Names() {
		for label, b := range samples {
			path := filepath.Join(dir, name+"-"+label+".pdf")
			if err := ExportFile(context.Background(), path, b, Options{Template: name}); err != nil {
				t.Fatal(err)
			}
		}
	}
}
