package ingest

import (
	"context"
	"io"

	"briefsmith/briefs"
)

// stdinName is how standard input is named in errors.
const stdinName = "standard input"

// importStdin reads standard input to its end and sniffs its format.
func (im *Importer) importStdin(ctx context.Context) (briefs.Article, error) {
	b, err := im.readStdin(ctx)
	if err != nil {
		return briefs.Article{}, err
	}
	if len(b) == 0 {
		return briefs.Article{}, fail(stdinName, "nothing was given on standard input", ErrEmpty)
	}
	a, err := convert(ctx, origin{source: stdinName, noun: "input"}, b)
	if err != nil {
		return briefs.Article{}, err
	}
	a.Source, a.Kind = "-", briefs.KindStdin
	return a, nil
}

// readStdin reads up to the size cap. A read blocked on a terminal cannot
// be interrupted, so on cancellation it returns at once and leaves the
// reading goroutine to finish when the input ends.
func (im *Importer) readStdin(ctx context.Context) ([]byte, error) {
	type result struct {
		b   []byte
		err error
	}
	done := make(chan result, 1)
	go func() {
		b, err := io.ReadAll(io.LimitReader(im.opts.Stdin, im.opts.MaxBytes+1))
		done <- result{b, err}
	}()
	select {
	case <-ctx.Done():
		return nil, fail(stdinName, "cancelled", ctx.Err())
	case r := <-done:
		switch {
		case r.err != nil:
			return nil, fail(stdinName, "could not read standard input", r.err)
		case int64(len(r.b)) > im.opts.MaxBytes:
			return nil, im.tooLarge(stdinName, "input", -1)
		}
		return r.b, nil
	}
}
