package textclean

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// Decode returns b as UTF-8 text, not yet cleaned. A byte-order mark
// decides the encoding; UTF-16 without one is recognised by its zero bytes;
// bytes that are valid UTF-8 are UTF-8, and so are bytes that are mostly
// UTF-8 with a few broken sequences (those become U+FFFD); anything else is
// read as Windows-1252, in which every byte is a character, so Decode never
// fails.
func Decode(b []byte) string {
	switch {
	case bytes.HasPrefix(b, bomUTF8):
		return string(b[len(bomUTF8):])
	case bytes.HasPrefix(b, bomUTF16LE):
		return decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), b)
	case bytes.HasPrefix(b, bomUTF16BE):
		return decodeWith(unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), b)
	}
	if le, ok := LooksUTF16(b); ok {
		order := unicode.BigEndian
		if le {
			order = unicode.LittleEndian
		}
		return decodeWith(unicode.UTF16(order, unicode.IgnoreBOM), b)
	}
	if utf8.Valid(b) {
		return string(b)
	}
	if mostlyUTF8(b) {
		return string(bytes.ToValidUTF8(b, []byte("\uFFFD")))
	}
	return decodeWith(charmap.Windows1252, b)
}

// mostlyUTF8 reports whether b holds more well-formed multi-byte UTF-8
// sequences than bytes that are not UTF-8: text saved as UTF-8 and
// damaged, rather than text in a legacy encoding.
func mostlyUTF8(b []byte) bool {
	var multi, invalid int
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			invalid++
		case size > 1:
			multi++
		}
		i += size
	}
	return multi > invalid
}

// DecodeLabel decodes b using the character set named by label (as in
// "text/plain; charset=…"); declared UTF-8 keeps its valid characters and
// shows broken bytes as U+FFFD. It falls back to Decode when the label is
// empty, unknown, names UTF-16 (Decode reads byte-order marks and zero
// bytes), a UTF-16 byte-order mark contradicts it, or it names Windows-1252 (the label
// "iso-8859-1" means Windows-1252 on the web) while b is valid UTF-8: a
// common mislabelling, and bytes that are valid UTF-8 are UTF-8. Valid
// UTF-8 under any other legacy label (gb2312, shift_jis, windows-1251…)
// is read as UTF-8 only when the label's decoding would give invalid text
// (see mislabelledUTF8).
func DecodeLabel(b []byte, label string) string {
	enc, name := charset.Lookup(label)
	switch {
	case name == "utf-8" && !bytes.HasPrefix(b, bomUTF16LE) && !bytes.HasPrefix(b, bomUTF16BE):
		return string(bytes.ToValidUTF8(bytes.TrimPrefix(b, bomUTF8), []byte("\uFFFD")))
	case enc == nil || strings.HasPrefix(name, "utf-") || (name == "windows-1252" && utf8.Valid(b)):
		return Decode(b)
	case mislabelledUTF8(b, enc):
		return string(b)
	}
	return decodeWith(enc, b)
}

// mislabelledUTF8 reports whether b, which a label says is in enc, is
// really UTF-8: the bytes are valid UTF-8 with at least one multi-byte
// character, and decoding them with enc gives invalid text — more
// replacement characters (bytes enc cannot map), C1 control characters
// or private-use characters than the UTF-8 reading has. Text really in a
// legacy encoding decodes cleanly under its own label, so it keeps it.
func mislabelledUTF8(b []byte, enc encoding.Encoding) bool {
	if !utf8.Valid(b) || !hasMultiByte(b) {
		return false
	}
	return invalidRunes(decodeWith(enc, b)) > invalidRunes(string(b))
}

func hasMultiByte(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// invalidRunes counts the characters no real text holds: U+FFFD, C1
// controls and private-use code points.
func invalidRunes(s string) int {
	n := 0
	for _, r := range s {
		switch {
		case r == utf8.RuneError, r >= 0x80 && r <= 0x9F,
			r >= 0xE000 && r <= 0xF8FF, r >= 0xF0000:
			n++
		}
	}
	return n
}

// LooksUTF16 reports whether b, lacking a byte-order mark, is most likely
// UTF-16 text in mostly Latin script: a zero in nearly every other byte.
// littleEndian tells which byte of each pair holds the zero.
func LooksUTF16(b []byte) (littleEndian, ok bool) {
	sample := b[:min(len(b), 4096)&^1]
	if len(sample) < 4 {
		return false, false
	}
	var evenZero, oddZero int
	for i := 0; i < len(sample); i += 2 {
		if sample[i] == 0 {
			evenZero++
		}
		if sample[i+1] == 0 {
			oddZero++
		}
	}
	pairs := len(sample) / 2
	switch {
	case oddZero*10 >= pairs*9 && evenZero*10 <= pairs:
		return true, true
	case evenZero*10 >= pairs*9 && oddZero*10 <= pairs:
		return false, true
	}
	return false, false
}

// decodeWith decodes b with enc; the x/text decoders replace what they
// cannot map with U+FFFD instead of failing, so the error is only a
// safeguard.
func decodeWith(enc encoding.Encoding, b []byte) string {
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return string(bytes.ToValidUTF8(b, []byte("\uFFFD")))
	}
	return string(out)
}
