package webpage

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/tdewolff/parse/v2"
	"github.com/tdewolff/parse/v2/css"
)

// cssToken is one token of a declaration's value, with CSS escapes
// resolved and identifiers in lower case; comments and white space are
// not kept.
type cssToken struct {
	kind css.TokenType
	text string
}

// declaration is one property's value.
type declaration struct {
	value     []cssToken
	important bool
}

// declarations maps lower-case property names to their values; later
// declarations of a property replace earlier ones unless those are
// !important.
type declarations map[string]declaration

// set records prop: value, keeping an earlier !important value against a
// later plain one.
func (d declarations) set(prop string, value declaration) {
	if old, ok := d[prop]; ok && old.important && !value.important {
		return
	}
	d[prop] = value
}

// parseInlineStyle reads a style attribute with a CSS tokenizer, so
// comments ("display:/**/none"), escapes ("display:\6e one"), odd spacing
// and !important are understood as a browser understands them.
func parseInlineStyle(style string) declarations {
	d := make(declarations)
	if strings.TrimSpace(style) == "" {
		return d
	}
	p := css.NewParser(parse.NewInputString(style), true)
	for {
		gt, _, data := p.Next()
		switch gt {
		case css.ErrorGrammar:
			return d
		case css.DeclarationGrammar:
			prop, value := readDeclaration(data, p.Values())
			d.set(prop, value)
		}
	}
}

// readDeclaration turns the parser's property name and value tokens into
// a declaration.
func readDeclaration(prop []byte, values []css.Token) (string, declaration) {
	var dec declaration
	for i := 0; i < len(values); i++ {
		t := values[i]
		if t.TokenType == css.WhitespaceToken || t.TokenType == css.CommentToken {
			continue
		}
		if t.TokenType == css.DelimToken && string(t.Data) == "!" && i+1 < len(values) &&
			strings.EqualFold(unescapeCSS(values[i+1].Data), "important") {
			dec.important = true
			i++
			continue
		}
		dec.value = append(dec.value, cssToken{kind: t.TokenType, text: strings.ToLower(unescapeCSS(t.Data))})
	}
	return strings.ToLower(unescapeCSS(prop)), dec
}

// unescapeCSS resolves CSS escapes: a backslash and one to six hex digits
// (plus one white-space character after them) is that code point; a
// backslash and any other character is that character.
func unescapeCSS(b []byte) string {
	s := string(b)
	if !strings.Contains(s, `\`) {
		return s
	}
	var out strings.Builder
	for i := 0; i < len(s); {
		if s[i] != '\\' || i+1 >= len(s) {
			out.WriteByte(s[i])
			i++
			continue
		}
		r, next := readEscape(s, i+1)
		out.WriteRune(r)
		i = next
	}
	return out.String()
}

// readEscape reads the escape whose backslash is just before s[i]; it
// returns the character and the index after the escape.
func readEscape(s string, i int) (rune, int) {
	j := i
	for j < len(s) && j < i+6 && isHex(s[j]) {
		j++
	}
	if j == i { // not hex: the character itself
		r, size := utf8.DecodeRuneInString(s[i:])
		return r, i + size
	}
	n, _ := strconv.ParseUint(s[i:j], 16, 32)
	if n == 0 || n > utf8.MaxRune || (n >= 0xD800 && n <= 0xDFFF) {
		n = utf8.RuneError
	}
	if j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n') {
		j++ // one white-space character ends the escape
	}
	return rune(n), j
}

func isHex(c byte) bool {
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')
}

// keyword is the value when it is a single identifier ("none"), else "".
func (d declarations) keyword(prop string) string {
	v := d[prop].value
	if len(v) == 1 && v[0].kind == css.IdentToken {
		return v[0].text
	}
	return ""
}

// hasKeyword reports whether prop's value holds the identifier kw
// anywhere (as in the shorthand "overflow: hidden auto").
func (d declarations) hasKeyword(prop, kw string) bool {
	for _, t := range d[prop].value {
		if t.kind == css.IdentToken && t.text == kw {
			return true
		}
	}
	return false
}

// length is a CSS length or number split into its number and unit ("px",
// "em", "%", "" for a bare number).
type length struct {
	n    float64
	unit string
}

// readLength parses a number, percentage or dimension token.
func readLength(t cssToken) (length, bool) {
	switch t.kind {
	case css.NumberToken, css.PercentageToken, css.DimensionToken:
	default:
		return length{}, false
	}
	end := strings.IndexFunc(t.text, func(r rune) bool { return !strings.ContainsRune("+-.0123456789eE", r) })
	if end < 0 {
		end = len(t.text)
	}
	// "1em" would otherwise read "1e" as an exponent
	for end > 0 && (t.text[end-1] == 'e' || t.text[end-1] == 'E') {
		end--
	}
	n, err := strconv.ParseFloat(t.text[:end], 64)
	return length{n: n, unit: t.text[end:]}, err == nil
}

// firstLength is the first length in prop's value.
func (d declarations) firstLength(prop string) (length, bool) {
	for _, t := range d[prop].value {
		if l, ok := readLength(t); ok {
			return l, true
		}
	}
	return length{}, false
}

// px converts l to CSS pixels; em and % are relative to fontPx, rem to
// 16px, viewport units to a 1280×800 window. ok is false for other units.
func (l length) px(fontPx float64) (float64, bool) {
	switch l.unit {
	case "px", "":
		return l.n, true
	case "pt":
		return l.n * 4 / 3, true
	case "pc":
		return l.n * 16, true
	case "in":
		return l.n * 96, true
	case "cm":
		return l.n * 96 / 2.54, true
	case "mm":
		return l.n * 96 / 25.4, true
	case "em", "ch", "ex":
		return l.n * fontPx, true
	case "rem":
		return l.n * 16, true
	case "%":
		return l.n * fontPx / 100, true
	case "vw", "vmax":
		return l.n * 12.8, true
	case "vh", "vmin":
		return l.n * 8, true
	}
	return 0, false
}

// functionArgs returns the numeric arguments of each function call in
// prop's value, by function name ("scale" → [0]).
func (d declarations) functionArgs(prop string) map[string][]length {
	out := make(map[string][]length)
	var name string
	for _, t := range d[prop].value {
		switch {
		case t.kind == css.FunctionToken:
			name = strings.TrimSuffix(t.text, "(")
			out[name] = out[name][:0:0]
		case t.kind == css.RightParenthesisToken:
			name = ""
		case name != "":
			if l, ok := readLength(t); ok {
				out[name] = append(out[name], l)
			}
		}
	}
	return out
}
