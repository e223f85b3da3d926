package templates

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"briefsmith/briefs"
)

// TestWriteSamples writes every built-in in every format, for a person to
// look at, when BRIEFSMITH_SAMPLES names a directory:
//
//	BRIEFSMITH_SAMPLES=/tmp/samples go test ./templates/ -run TestWriteSamples
//	pdftoppm -r 60 -png /tmp/samples/morning-brief-items25.pdf /tmp/samples/page
func TestWriteSamples(t *testing.T) {
	dir := os.Getenv("BRIEFSMITH_SAMPLES")
	if dir == "" {
		t.Skip("set BRIEFSMITH_SAMPLES=dir to write sample documents")
	}
	samples := map[string]*briefs.Brief{"sample": sampleBrief(), "stress": stressBrief(), "items25": benchBrief(25)}
	brand := &briefs.Brand{Name: "Acme Advisory", LogoData: testLogo(t), Banner: "Confidential", Color: "#0B6E4F"}
	for _, name := range Names() {
		for label, b := range samples {
			for _, ext := range goldenFormats {
				path := filepath.Join(dir, name+"-"+label+ext)
				err := ExportFile(context.Background(), path, b, Options{Template: name})
				var fit *FitError
				if errors.As(err, &fit) {
					t.Logf("%s: %v", path, err)
					continue
				}
				if err != nil {
					t.Fatal(err)
				}
			}
		}
		if err := ExportFile(context.Background(), filepath.Join(dir, name+"-brand.pdf"), sampleBrief(), Options{Template: name, Brand: brand}); err != nil {
			t.Fatal(err)
		}
		if err := ExportFile(context.Background(), filepath.Join(dir, name+"-brand.html"), sampleBrief(), Options{Template: name, Brand: brand}); err != nil {
			t.Fatal(err)
		}
	}
}
