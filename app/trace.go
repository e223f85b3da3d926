package app

import (
	"context"
	"time"

	"fyne.io/fyne/v2"
)

// WatchUI measures how long the UI goroutine takes to run an empty task,
// every interval, until ctx ends; report receives the longest wait of each
// second. A wait over ~100 ms is a frame the user saw freeze. It must not
// be called on the UI goroutine.
func WatchUI(ctx context.Context, interval time.Duration, report func(worst time.Duration)) {
	tick := time.NewTicker(interval)
	defer tick.Stop()
	var worst time.Duration
	window := time.Now()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		start := time.Now()
		fyne.DoAndWait(func() {})
		worst = max(worst, time.Since(start))

		if time.Since(window) >= time.Second {
			report(worst)
			worst, window = 0, time.Now()
		}
	}
}

// trace passes a timing note to Deps.Trace, if set.
func (w *Window) trace(note string) {
	if w.deps.Trace != nil {
		w.deps.Trace(note)
	}
}
