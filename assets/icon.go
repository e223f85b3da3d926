package assets

import _ "embed"

//go:generate go run icon_gen.go

// icon is the 512×512 app icon drawn by icon_gen.go.
//
//go:embed icon.png
var icon []byte

// Icon returns the app icon as PNG bytes. The caller must not modify them.
func Icon() []byte { return icon }
