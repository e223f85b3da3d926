package llm

import (
	"context"
	"fmt"
	"time"
)

// statusKey is the context key of the per-article status callback, which
// lets the shared retrying transport report waits to the right article.
type statusKey struct{}

// withStatus returns ctx carrying the progress callback fn (may be nil).
func withStatus(ctx context.Context, fn func(string)) context.Context {
	if fn == nil {
		return ctx
	}
	return context.WithValue(ctx, statusKey{}, fn)
}

// note sends a progress note to the callback carried by ctx, if any.
func note(ctx context.Context, format string, args ...any) {
	if fn, ok := ctx.Value(statusKey{}).(func(string)); ok {
		fn(fmt.Sprintf(format, args...))
	}
}

// seconds formats a duration for people: "0.5 s", "2 s", "90 s".
func seconds(d time.Duration) string {
	s := d.Seconds()
	if s < 10 && s != float64(int(s)) {
		return fmt.Sprintf("%.1f s", s)
	}
	return fmt.Sprintf("%.0f s", s)
}
