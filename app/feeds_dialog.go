package app

import (
	"context"
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"
)

// feedTimeout bounds reading one feed for the Feeds dialog.
const feedTimeout = 30 * time.Second

// feedsActions are what the Feeds dialog asks of the window.
type feedsActions struct {
	onImport func(jobs []importJob) // import the ticked entries
	now      func() time.Time
	run      Runner
	folder   string // where the OPML file dialog starts
}

// feedEntryRow is an entry offered in the dialog, with its check box.
type feedEntryRow struct {
	feed  string // the saved feed's address
	entry FeedEntry
	check *widget.Check
}

// feedsDialog lists the entries of the saved feeds that came since each
// feed's last run, to tick and import; "Add feed" and "Import OPML…" add
// to the saved feeds.
type feedsDialog struct {
	store   FeedStore
	dlgs    *dialogs
	act     feedsActions
	started time.Time // this run's time, recorded for the feeds imported
	rows    []*feedEntryRow
	feeds   []string // the feeds read, marked as run on import
	status  *widget.Label
	list    *fyne.Container
	url     *widget.Entry
	add     *widget.Button
	opml    *widget.Button
	dlg     *dialog.ConfirmDialog
}

// showFeedsDialog shows the Feeds dialog over d's window and reads the
// saved feeds' entries in the background.
func showFeedsDialog(d *dialogs, store FeedStore, act feedsActions) *feedsDialog {
	f := &feedsDialog{store: store, dlgs: d, act: act, status: wrapped("Reading the saved feeds…"), list: container.NewVBox()}
	f.url = widget.NewEntry()
	f.url.SetPlaceHolder("Feed address (RSS, Atom or JSON Feed)")
	f.add = widget.NewButton("Add feed", f.onAdd)
	f.opml = widget.NewButton("Import OPML…", f.onOPML)
	top := container.NewVBox(container.NewBorder(nil, nil, nil, container.NewHBox(f.add, f.opml), f.url), f.status)
	body := container.NewBorder(top, nil, nil, nil, container.NewVScroll(f.list))
	f.dlg = dialog.NewCustomConfirm("Feeds", "Import ticked", "Close", body, f.onClosed, d.parent)
	f.dlg.Resize(fyne.NewSize(720, 520))
	f.dlg.Show()
	f.reload()
	return f
}

// feedResult is one saved feed's entries since its last run, or why they
// could not be read.
type feedResult struct {
	feed    SavedFeed
	entries []FeedEntry
	err     error
}

// reload reads every saved feed off the UI goroutine and lists the new
// entries.
func (f *feedsDialog) reload() {
	f.started = f.act.now()
	store := f.store
	f.act.run.Background(func() {
		saved, err := store.Saved()
		var results []feedResult
		for _, fd := range saved {
			ctx, cancel := context.WithTimeout(context.Background(), feedTimeout)
			entries, err := store.Entries(ctx, fd.URL)
			cancel()
			results = append(results, feedResult{feed: fd, entries: newEntries(entries, fd.LastRun), err: err})
		}
		f.act.run.UI(func() { f.show(results, err) })
	})
}

// newEntries keeps the entries published after the last run; before the
// first run, and for undated entries of a feed never run, all of them.
func newEntries(entries []FeedEntry, lastRun time.Time) []FeedEntry {
	if lastRun.IsZero() {
		return entries
	}
	var out []FeedEntry
	for _, e := range entries {
		if e.Published.After(lastRun) {
			out = append(out, e)
		}
	}
	return out
}

// show lists the entries, ticked, under their feeds' names.
func (f *feedsDialog) show(results []feedResult, err error) {
	f.rows, f.feeds = nil, nil
	f.list.Objects = nil
	if err != nil {
		f.dlgs.log.Error("reading the saved feeds", "err", err)
		f.status.SetText("Could not read the saved feeds: " + err.Error())
		f.list.Refresh()
		return
	}
	n := 0
	for _, r := range results {
		f.list.Add(widget.NewLabelWithStyle(firstNonEmpty(r.feed.Title, r.feed.URL), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		if r.err != nil {
			f.dlgs.log.Warn("reading a feed", "feed", r.feed.URL, "err", r.err)
			l := wrapped("Could not be read: " + r.err.Error())
			l.Importance = widget.WarningImportance
			f.list.Add(l)
			continue
		}
		f.feeds = append(f.feeds, r.feed.URL)
		if len(r.entries) == 0 {
			f.list.Add(caption("Nothing new since " + runTime(r.feed.LastRun)))
		}
		for _, e := range r.entries {
			row := &feedEntryRow{feed: r.feed.URL, entry: e, check: widget.NewCheck(entryLabel(e), nil)}
			row.check.SetChecked(true)
			f.rows = append(f.rows, row)
			f.list.Add(row.check)
			n++
		}
	}
	f.status.SetText(feedsSummary(len(results), n))
	f.list.Refresh()
}

func feedsSummary(feeds, entries int) string {
	if feeds == 0 {
		return "No saved feeds yet: add a feed's address or import an OPML list."
	}
	return fmt.Sprintf("%d new entries in %d feeds since their last run.", entries, feeds)
}

func runTime(t time.Time) string {
	if t.IsZero() {
		return "ever"
	}
	return "the last run, " + t.Local().Format("Mon 2 Jan 15:04")
}

func entryLabel(e FeedEntry) string {
	title := firstNonEmpty(e.Title, e.Source)
	if e.Published.IsZero() {
		return title
	}
	return title + "  ·  " + e.Published.Local().Format("2 Jan 15:04")
}

// ticked are the import jobs of the ticked entries.
func (f *feedsDialog) ticked() []importJob {
	var jobs []importJob
	for _, r := range f.rows {
		if r.check.Checked {
			jobs = append(jobs, importJob{source: r.entry.Source, label: firstNonEmpty(r.entry.Title, r.entry.Source)})
		}
	}
	return jobs
}

// onClosed imports the ticked entries and records the run of every feed
// read, so that the next run offers only what came after.
func (f *feedsDialog) onClosed(ok bool) {
	if !ok {
		return
	}
	jobs := f.ticked()
	if len(f.feeds) > 0 {
		if err := f.store.MarkRun(f.feeds, f.started); err != nil {
			f.dlgs.showError("Could not record the feeds' last run", err)
		}
	}
	f.act.onImport(jobs)
}

// onAdd saves the feed typed (reading it first, off the UI goroutine) and
// reads the feeds again.
func (f *feedsDialog) onAdd() {
	u := strings.TrimSpace(f.url.Text)
	if u == "" {
		return
	}
	f.status.SetText("Reading " + u + "…")
	store := f.store
	f.act.run.Background(func() {
		err := store.AddFeed(u)
		f.act.run.UI(func() {
			if err != nil {
				f.status.SetText("")
				f.dlgs.showError("Could not add the feed", err)
				return
			}
			f.url.SetText("")
			f.reload()
		})
	})
}

// onOPML picks an OPML file and saves its feeds.
func (f *feedsDialog) onOPML() {
	fd := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			f.dlgs.showError("Could not choose the OPML file", err)
			return
		}
		if r == nil {
			return
		}
		_ = r.Close()
		f.addOPML(r.URI().Path())
	}, f.dlgs.parent)
	fd.SetFilter(storage.NewExtensionFileFilter([]string{".opml", ".xml"}))
	setDialogFolder(fd, f.act.folder)
	fd.Show()
}

// addOPML saves the feeds of the OPML file at path and reads them.
func (f *feedsDialog) addOPML(path string) {
	n, err := f.store.AddOPML(path)
	if err != nil {
		f.dlgs.showError("Could not import the OPML file", err)
		return
	}
	f.status.SetText(fmt.Sprintf("%d feeds added.", n))
	f.reload()
}
