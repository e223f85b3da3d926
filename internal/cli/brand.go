package cli

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"

	"briefsmith/briefs"
)

// maxLogoBytes bounds the --logo file: a logo is a small image.
const maxLogoBytes = 5 << 20

// brandFlags are the brand flags of compose and export, for the automated
// 6 a.m. run: each one set replaces the template's (and the brief's own).
type brandFlags struct {
	logo, name, color, banner, disclaimer string
}

func (f *brandFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.logo, "logo", "", "logo image `FILE` (PNG or JPEG)")
	fs.StringVar(&f.name, "brand-name", "", "firm or client `name` shown on the brief")
	fs.StringVar(&f.color, "brand-color", "", "accent colour as `#RRGGBB`")
	fs.StringVar(&f.banner, "banner", "", "classification `text` on every page, e.g. CONFIDENTIAL")
	fs.StringVar(&f.disclaimer, "disclaimer", "", "closing disclaimer `text`")
}

// brand validates the flags into a brand (zero when none is set); the
// logo's bytes are read here, so a .brief written with them carries it.
func (f *brandFlags) brand() (briefs.Brand, error) {
	b := briefs.Brand{Name: f.name, Color: f.color, Banner: f.banner, Disclaimer: f.disclaimer}
	if f.color != "" && !briefs.IsHexColor(f.color) {
		return b, usage(msgBadColor, f.color)
	}
	if f.logo == "" {
		return b, nil
	}
	data, err := readLogo(f.logo)
	if err != nil {
		return b, usage(msgBadLogo, shown(f.logo), err.Error())
	}
	b.LogoData = data
	return b, nil
}

// readLogo reads a PNG or JPEG file of at most maxLogoBytes.
func readLogo(path string) ([]byte, error) {
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, errors.New("no such file")
	case err != nil:
		return nil, errors.New(fileProblem(err))
	case info.IsDir():
		return nil, errors.New("is a folder, not an image")
	case info.Size() > maxLogoBytes:
		return nil, fmt.Errorf("the file is %d bytes; a logo may be at most %d", info.Size(), maxLogoBytes)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, errors.New(fileProblem(err))
	}
	if !bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")) && !bytes.HasPrefix(data, []byte("\xff\xd8\xff")) {
		return nil, errors.New("not a PNG or JPEG image")
	}
	return data, nil
}

// apply lays the flags' brand over b's own: an explicit flag wins.
func applyBrand(b *briefs.Brief, flags briefs.Brand) {
	if flags.IsZero() {
		return
	}
	if b.Brand != nil {
		flags = flags.Over(*b.Brand)
	}
	b.Brand = &flags
}
