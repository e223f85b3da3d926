package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// msgID names one message the command line prints to a person. Every such
// message is in the messages table below, so that they can be read (and
// tested) in one place; each says what happened and what to do.
type msgID int

// The messages, in the order of the table.
const (
	msgUsageHint msgID = iota
	msgUnknownCommand
	msgNoHelp
	msgNoDesktopApp
	msgOpenOne
	msgOpenMissing
	msgNeedSource
	msgNeedOut
	msgExportOne
	msgBadFormat
	msgBadLength
	msgBadConcurrency
	msgBadDate
	msgBadExtension
	msgBadColor
	msgBadLogo
	msgBrokenTemplate
	msgNoOperands
	msgBadFormatTemplates
	msgTimeoutNotPositive
	msgTimeoutTooLong
	msgBadSince
	msgBadLimit
	msgCancelled
	msgCancelledNotWritten
	msgCancelledSource
	msgNothingComposed
	msgWriteFailed
	msgWarnFlag
	msgWarnEmpty
	msgWarnGenre
	msgWarnDrafts
	msgLeftOut
	msgNoApproved
	msgNote
	msgNoKey
	msgHTTPLogHidden
	numMessages
)

// message is one entry of the table: a short stable id (used in tests and
// the README) and its fmt template. Names in the arguments are passed
// through shown first.
type message struct {
	id, text string
}

// messages is the table of user-facing messages. Keep the README's
// "Messages" list in step with it.
var messages = [numMessages]message{
	msgUsageHint:           {"usage-hint", "Run 'briefsmith help' for usage."},
	msgUnknownCommand:      {"unknown-command", "unknown command %s; the commands are %s"},
	msgNoHelp:              {"no-help", "no help for %s: not a command; run 'briefsmith help' for the list"},
	msgNoDesktopApp:        {"no-desktop-app", "this build has no desktop app; use a command, e.g. `briefsmith compose`"},
	msgOpenOne:             {"open-one", "open takes exactly one .brief file"},
	msgOpenMissing:         {"open-missing", "cannot open %s: %s; check the path"},
	msgNeedSource:          {"need-source", "%s needs at least one SOURCE (a file, a folder, a URL or - for standard input)"},
	msgNeedOut:             {"need-out", "%s: -o OUT is required (the file to write, e.g. -o brief.pdf)"},
	msgExportOne:           {"export-one", "export takes exactly one .brief file"},
	msgBadFormat:           {"bad-format", "%s: --format must be json or md, not %q"},
	msgBadLength:           {"bad-length", "--length must be brief, standard or detailed, not %q"},
	msgBadConcurrency:      {"bad-concurrency", "--concurrency must be 1 or more (0 chooses for you), not %d"},
	msgBadDate:             {"bad-date", "--date must be YYYY-MM-DD, e.g. 2026-11-23, not %q"},
	msgBadExtension:        {"bad-extension", "cannot write %s: the output's extension must be one of %s"},
	msgBadColor:            {"bad-color", "--brand-color must be a colour as #RRGGBB, e.g. '#0B6E4F' (quote it in a shell), not %q"},
	msgBadLogo:             {"bad-logo", "--logo %s: %s; give a PNG or JPEG file"},
	msgBrokenTemplate:      {"broken-template", "template %s does not load: %s; fix the file, or choose another template ('briefsmith templates' lists them)"},
	msgNoOperands:          {"no-operands", "%s takes no operands, only flags"},
	msgBadFormatTemplates:  {"bad-format-templates", "templates: --format must be text or json, not %q"},
	msgTimeoutNotPositive:  {"timeout-not-positive", "--timeout must be more than 0, e.g. 30s or 2m (it bounds each download), not %s"},
	msgTimeoutTooLong:      {"timeout-too-long", "--timeout may be at most %s (a page that has not arrived by then will not), not %s"},
	msgBadSince:            {"bad-since", "--since must be a duration such as 24h or 90m (entries published within it are imported), not %s"},
	msgBadLimit:            {"bad-limit", "--limit must be 0 (every entry) or more, not %d"},
	msgCancelled:           {"cancelled", "cancelled (Ctrl-C): %d of %d sources were not finished and nothing more was started; what finished was written"},
	msgCancelledNotWritten: {"cancelled-not-written", "cancelled (Ctrl-C): %s was not written (a file already there is unchanged); run the command again to write it"},
	msgCancelledSource:     {"cancelled-source", "%s: not finished: cancelled (Ctrl-C)"},
	msgNothingComposed:     {"nothing-composed", "no source could be used, so %s was not written; fix the errors above and run it again"},
	msgWriteFailed:         {"write-failed", "could not write %s: %s"},
	msgWarnFlag:            {"warn-flag", "warning: item %d (%s), %s: %s"},
	msgWarnEmpty:           {"warn-empty", "warning: item %d (%s): %s is empty; fill it in the app or leave it, it will not be printed"},
	msgWarnGenre:           {"warn-genre", "note: item %d (%s) is %s, not a news report, by what the page says; check that its three sections fit it"},
	msgWarnDrafts:          {"warn-drafts", "review: %d of %d items are drafts, not approved (items %s); approve them in the app, or pass --approved-only to leave them out"},
	msgLeftOut:             {"left-out", "review: %d item(s) not approved were left out (--approved-only)"},
	msgNoApproved:          {"no-approved", "no item is approved, so %s was not written; approve items in the app, or leave out --approved-only"},
	msgNote:                {"note", "note: %s: %s"},
	msgNoKey:               {"no-key", "note: %s; set OPENAI_API_KEY or store a key in the app's Settings"},
	msgHTTPLogHidden:       {"http-log-hidden", "note: %d low-level network message(s) were hidden (a server sent something unexpected, e.g. an unrequested response); the results above are not affected"},
}

// text renders message id with its arguments, with every control
// character left in it escaped.
func (id msgID) text(a ...any) string {
	return escapeControls(fmt.Sprintf(messages[id].text, a...))
}

// say prints message id on stderr, prefixed with the program's name.
func (c *cli) say(id msgID, a ...any) {
	fmt.Fprintf(c.errw, "%s: %s\n", programName, id.text(a...))
}

// shown is a file name, URL or other outside string as messages print it:
// unchanged when every character is printable, else quoted Go-style
// (strconv.Quote), so a name holding a newline, a tab, a terminal escape
// code or a bidi override cannot break or forge a line.
func shown(s string) string {
	if isPlain(s) {
		return s
	}
	return strconv.Quote(s)
}

func isPlain(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if r != ' ' && !unicode.IsPrint(r) {
			return false
		}
	}
	return true
}

// escapeControls replaces every non-printable character of s (control
// codes, bidi overrides, invalid bytes) with its Go escape, without
// quoting the rest: the last guard on text the command line did not
// compose itself, such as an error from a server.
func escapeControls(s string) string {
	if isPlain(s) {
		return s
	}
	var b strings.Builder
	for i, r := range s {
		switch {
		case r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD"):
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r == ' ' || unicode.IsPrint(r):
			b.WriteRune(r)
		default:
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
		}
	}
	return b.String()
}

// errorText is err's message with src (the source it names) shown safely
// and any other control character escaped.
func errorText(src string, err error) string {
	msg := err.Error()
	if src != "" && !isPlain(src) {
		msg = strings.ReplaceAll(msg, src, shown(src))
	}
	return escapeControls(msg)
}

// badUsage is a mistake in the command line found while checking flags:
// the message that explains it. Commands print it with usageError.
type badUsage struct {
	id   msgID
	args []any
}

func (b *badUsage) Error() string { return b.id.text(b.args...) }

// usage returns the mistake that message id explains.
func usage(id msgID, a ...any) error { return &badUsage{id: id, args: a} }

// reportUsage prints a problem found while checking a command line and
// returns the exit status: a badUsage through the table and any other
// error (from a package) after the command's name are usage errors (2); a
// template file that exists but does not load is a failure (1).
func (c *cli) reportUsage(cmd string, err error) int {
	var b *badUsage
	var bt brokenTemplate
	switch {
	case errors.As(err, &b):
		c.usageError(b.id, b.args...)
		return exitUsage
	case errors.As(err, &bt):
		c.say(msgBrokenTemplate, shown(bt.name), bt.err.Error())
		return exitFailed
	}
	fmt.Fprintf(c.errw, "%s: %s: %s\n", programName, cmd, escapeControls(err.Error()))
	fmt.Fprintln(c.errw, msgUsageHint.text())
	return exitUsage
}

// fileProblem says in plain words why a file could not be used.
func fileProblem(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
