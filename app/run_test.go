package app

import (
	"os"
	"testing"

	"briefsmith/assets"
)

func TestMetadataFromFyneAppTOML(t *testing.T) {
	manifest, err := os.ReadFile("../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	m := appMetadata(string(manifest), assets.Icon())
	if m.ID != "app.briefsmith.desktop" || m.Name != "Briefsmith" || m.Version == "" || !m.Migrations["fyneDo"] || m.Icon == nil {
		t.Fatalf("metadata %+v", m)
	}
}
