package app

import (
	"context"
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// progress is the dialog shown while slow work runs: a bar, a line saying
// what is happening, and Cancel, which cancels the work's context.
type progress struct {
	onDone func() // run by finish
	dlg    *dialog.CustomDialog
	bar    *widget.ProgressBar
	note   *widget.Label
	cancel context.CancelFunc
	shown  time.Time // when step last redrew the dialog
}

// stepInterval is the least time between two redraws of the progress
// dialog; fast batches would otherwise spend their time repainting it.
const stepInterval = 100 * time.Millisecond

// showProgress shows the progress dialog over parent and returns the
// context the work must honour; onDone runs when finish closes it.
func showProgress(parent fyne.Window, title string, total int, onDone func()) (*progress, context.Context) {
	ctx, cancel := context.WithCancel(context.Background())
	p := &progress{onDone: onDone, cancel: cancel, bar: widget.NewProgressBar(), note: widget.NewLabel("Starting…")}
	p.bar.Max = float64(max(total, 1))
	p.note.Truncation = fyne.TextTruncateEllipsis
	p.dlg = dialog.NewCustomWithoutButtons(title, container.NewVBox(p.bar, p.note), parent)
	cancelB := widget.NewButton("Cancel", p.onCancel)
	p.dlg.SetButtons([]fyne.CanvasObject{cancelB})
	p.dlg.Resize(fyne.NewSize(440, 0))
	p.dlg.Show()
	return p, ctx
}

func (p *progress) onCancel() {
	p.cancel()
	p.note.SetText("Cancelling…")
}

// step reports that done of total are finished, the last being label. Call
// it on the UI goroutine.
func (p *progress) step(done, total int, label string) {
	if done < total && time.Since(p.shown) < stepInterval {
		return
	}
	p.shown = time.Now()
	p.bar.Max = float64(max(total, 1))
	p.bar.SetValue(float64(done))
	p.note.SetText(fmt.Sprintf("%d of %d: %s", done, total, label))
}

// say shows a short note about the work under way, such as an LLM's
// streaming progress; like step, at most ten times a second.
func (p *progress) say(note string) {
	if time.Since(p.shown) < stepInterval {
		return
	}
	p.shown = time.Now()
	p.note.SetText(note)
}

// finish closes the dialog and releases the context.
func (p *progress) finish() {
	p.cancel()
	p.dlg.Hide()
	p.onDone()
}
