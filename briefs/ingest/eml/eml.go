// Package eml reads e-mail messages (.eml files), such as newsletters,
// with enmime: headers and bodies in any character set, quoted-printable
// or base64, multipart or not. A newsletter that carries several stories
// can be split into them with Stories.
package eml

import (
	"bytes"
	"errors"
	"fmt"
	"net/mail"
	"strings"
	"time"

	"github.com/jhillyerd/enmime/v2"
)

// ErrNotMail means the bytes are not an e-mail message.
var ErrNotMail = errors.New("not an e-mail message")

// Message is what an importer needs of an e-mail.
type Message struct {
	Subject string
	From    string    // the sender's display name, else the address
	Date    time.Time // zero when missing or unreadable
	HTML    string    // the HTML body, as UTF-8; "" when there is none
	Text    string    // the plain-text body, as UTF-8
}

// Looks reports whether b starts with mail headers: a first line
// "Name: value" and a From, Subject, Date or Received header in the first
// few kilobytes.
func Looks(b []byte) bool {
	head := b[:min(len(b), 8192)]
	first, _, _ := bytes.Cut(head, []byte("\n"))
	name, _, ok := bytes.Cut(first, []byte(":"))
	if !ok || len(name) == 0 || bytes.ContainsAny(name, " \t<>") {
		return false
	}
	low := bytes.ToLower(head)
	for _, h := range []string{"\nfrom:", "\nsubject:", "\ndate:", "\nreceived:", "\nmime-version:"} {
		if bytes.Contains(append([]byte("\n"), low...), []byte(h)) {
			return true
		}
	}
	return false
}

// Read parses a message. A leading mbox separator line ("From sender
// date", as some mail programs save a message) is skipped.
func Read(b []byte) (m Message, err error) {
	if bytes.HasPrefix(b, []byte("From ")) {
		_, b, _ = bytes.Cut(b, []byte("\n"))
	}
	if !Looks(b) {
		return Message{}, ErrNotMail
	}
	defer func() { // a parser bug must not crash an import
		if r := recover(); r != nil {
			m, err = Message{}, fmt.Errorf("the message could not be read (%v)", r)
		}
	}()
	env, err := enmime.NewParser(enmime.SkipMalformedParts(true)).ReadEnvelope(bytes.NewReader(b))
	if err != nil {
		return Message{}, fmt.Errorf("the message could not be read (%v)", err)
	}
	m = Message{Subject: strings.TrimSpace(env.GetHeader("Subject")), HTML: env.HTML, Text: env.Text, From: sender(env.GetHeader("From"))}
	if d, err := env.Date(); err == nil {
		m.Date = d
	}
	if strings.TrimSpace(m.HTML) == "" && strings.TrimSpace(m.Text) == "" {
		return Message{}, errors.New("the message has no text or HTML body")
	}
	return m, nil
}

// sender is the display name of a From header, else its address, else
// the header as written.
func sender(from string) string {
	a, err := mail.ParseAddress(from)
	switch {
	case err != nil:
		return strings.TrimSpace(from)
	case a.Name != "":
		return a.Name
	}
	return a.Address
}
