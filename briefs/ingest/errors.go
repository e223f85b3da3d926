package ingest

import (
	"errors"

	"briefsmith/briefs/ingest/fetch"
)

// The kinds of failure an import reports; test with errors.Is. Network
// failures also match the fetch package's errors, and cancellation
// matches context.Canceled.
var (
	ErrEmpty    = errors.New("no text to import")
	ErrNotText  = errors.New("not a text, Markdown or HTML source")
	ErrTooLarge = fetch.ErrTooLarge
	ErrNotFound = errors.New("no such file")
	ErrNotFile  = errors.New("not a regular file")
	ErrScheme   = errors.New("unsupported address scheme")
)

// Error is a failed import: which source, and what is wrong in plain words.
// Err keeps the underlying cause for logs and errors.Is.
type Error struct {
	Source  string // the path or address as given, or "standard input"
	Problem string // e.g. "the server answered 404 Not Found"
	Err     error
}

// Error returns "source: problem".
func (e *Error) Error() string { return e.Source + ": " + e.Problem }

// Unwrap returns the underlying cause.
func (e *Error) Unwrap() error { return e.Err }

// fail returns an *Error for source.
func fail(source, problem string, err error) error {
	return &Error{Source: source, Problem: problem, Err: err}
}
