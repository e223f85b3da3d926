package app

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"briefsmith/briefs"
)

// Window is Briefsmith's main window: the start screen, or the workspace of
// one open brief (outline, editor, article) under a toolbar. It owns the
// open Document and wires the panes together: each pane gets the Document
// and the callbacks it needs, never the Window. The flows that span panes
// (open and save, import, summarise, export, settings) are its methods.
type Window struct {
	app      fyne.App
	win      fyne.Window
	deps     Deps
	settings Settings
	doc      *Document // nil while the start screen shows

	toolbar *toolbar
	outline *outline
	editor  *editor
	article *articlePane
	status  *widget.Label
	dlgs    *dialogs // questions and errors, which are also logged
	snap    *snapshotter
	root    *fyne.Container // holds the start screen or the workspace
	busy    bool            // an import, summarise or export is running

	// The dialogs shown last, kept so that tests can press their buttons.
	lastReport   *importReport
	lastFeeds    *feedsDialog
	lastExport   *exportForm
	lastBrand    *briefBrandDialog
	lastSettings *settingsForm
}

// New builds the main window of a with the services in deps. Call Start to
// show it.
func New(a fyne.App, deps Deps) *Window {
	if deps.Run.UI == nil || deps.Run.Background == nil {
		deps.Run = AsyncRunner()
	}
	w := &Window{app: a, deps: deps, win: a.NewWindow("Briefsmith")}
	w.dlgs = newDialogs(w.win)
	w.settings = loadSettings(a.Preferences())
	if deps.LLM != nil {
		if s, err := deps.LLM.Load(); err == nil {
			w.settings.LLM = s
		}
	}
	applyTheme(a, w.settings.Theme)
	w.snap = newSnapshotter(deps.RecoveryDir, deps.Run)
	w.build()
	return w
}

// Start shows the window: on the brief at path, or on the start screen when
// path is "", then offers back unsaved work left by a crash, if any.
func (w *Window) Start(path string) {
	w.win.Show()
	if path != "" {
		w.openPath(path)
	} else {
		w.showStart()
	}
	w.offerRecovery()
}

func (w *Window) build() {
	w.toolbar = newToolbar(w.win, toolbarActions{
		onNew: w.onNew, onOpen: w.onOpen, onSave: w.onSave, onImport: w.onImport,
		onExport: w.onExport, onSettings: w.onSettings,
		onSummariseSelected: w.onSummariseSelected, onSummariseAll: w.onSummariseAll,
	})
	w.outline = newOutline(outlineActions{onSelect: w.selectItem, onMove: w.onMoveItem, onDelete: w.onDeleteItem, onUndo: w.onUndoDelete, onBrand: w.onBriefBrand})
	w.editor = newEditor(w.onRegenerate)
	w.article = newArticlePane()
	w.status = widget.NewLabel("")
	w.status.Truncation = fyne.TextTruncateEllipsis
	w.root = container.NewStack()
	top := container.NewVBox(w.toolbar.box, widget.NewSeparator())
	bottom := container.NewBorder(widget.NewSeparator(), nil, nil, newFirstFrameProbe(w.deps.Trace), w.status)
	w.win.SetContent(container.NewBorder(top, bottom, nil, nil, w.root))
	w.win.SetMainMenu(w.mainMenu())
	w.addShortcuts()
	w.win.SetOnDropped(w.onDropped)
	w.win.SetCloseIntercept(w.onClose)
	w.win.Resize(fyne.NewSize(1280, 800))
}

// workspace is the three-pane layout of an open brief.
func (w *Window) workspace() fyne.CanvasObject {
	right := container.NewHSplit(w.editor.box, w.article.box)
	right.Offset = 0.56
	split := container.NewHSplit(w.outline.box, right)
	split.Offset = 0.24
	return split
}

// setDocument makes d the open brief and shows the workspace.
func (w *Window) setDocument(d *Document) {
	w.doc = d
	d.OnChange(w.onDocChanged)
	w.root.Objects = []fyne.CanvasObject{w.workspace()}
	w.root.Refresh()
	w.outline.show(d)
	w.selectItem(d.Selected())
	w.refreshChrome()
}

// showStart shows the start screen: New brief, Open, and recent briefs.
func (w *Window) showStart() {
	w.doc = nil
	start := newStartScreen(w.app.Preferences(), startActions{onNew: w.onNew, onOpen: w.onOpen, onOpenPath: w.openPath})
	w.root.Objects = []fyne.CanvasObject{start}
	w.root.Refresh()
	w.refreshChrome()
	w.status.SetText("Create a brief or open one to begin.")
}

// onDocChanged runs after every edit: the title, status line and outline
// follow, and a recovery snapshot is scheduled.
func (w *Window) onDocChanged(structural bool) {
	if structural {
		w.outline.reload()
	} else {
		w.outline.refreshSelected()
		w.editor.syncStatus()
	}
	w.refreshChrome()
	w.snap.schedule(w.doc)
}

// refreshChrome updates the title bar, toolbar and status line.
func (w *Window) refreshChrome() {
	if title := windowTitle(w.doc); w.win.Title() != title { // runs on every keystroke: skip needless window-system calls
		w.win.SetTitle(title)
	}
	w.toolbar.refresh(w.toolbarState())
	if w.doc != nil && !w.busy {
		setLabel(w.status, statusLine(w.doc), widget.MediumImportance)
	}
}

func (w *Window) toolbarState() toolbarState {
	open := w.doc != nil
	return toolbarState{open: open, hasItems: open && w.doc.Len() > 0, busy: w.busy}
}

// windowTitle is the title bar text; a leading "*" marks unsaved changes.
func windowTitle(d *Document) string {
	if d == nil {
		return "Briefsmith"
	}
	mark := ""
	if d.Dirty() {
		mark = "*"
	}
	return fmt.Sprintf("%s%s — Briefsmith", mark, d.Name())
}

// statusLine summarises the brief for the status bar.
func statusLine(d *Document) string {
	n, approved := d.Len(), 0
	for _, it := range d.Brief.Items {
		if it.Status == briefs.StatusApproved {
			approved++
		}
	}
	s := plural(n, "item") + fmt.Sprintf(" · %d approved", approved)
	if f := d.FlagCount(); f > 0 {
		s += " · " + plural(f, "claim") + " to check"
	}
	if d.Dirty() {
		return s + " · unsaved changes"
	}
	return s + " · saved"
}

// selectItem shows item i in the editor and article panes.
func (w *Window) selectItem(i int) {
	if w.doc == nil {
		return
	}
	w.doc.Select(i)
	w.editor.show(w.doc, w.doc.Selected())
	w.article.show(w.doc.Item(w.doc.Selected()))
	w.outline.selectRow(w.doc.Selected())
	w.toolbar.refresh(w.toolbarState())
}

// startProgress marks the window busy and shows a progress dialog; it
// returns the context the work must honour.
func (w *Window) startProgress(title string, total int) (*progress, context.Context) {
	p, ctx := showProgress(w.win, title, total, func() { w.setBusy(false, "") })
	w.setBusy(true, title+"…")
	return p, ctx
}

// setBusy marks a slow job as running, with a note in the status bar.
func (w *Window) setBusy(busy bool, note string) {
	w.busy = busy
	w.status.SetText(note)
	if !busy {
		w.refreshChrome()
	}
}

// plural is n and noun, with an "s" unless n is 1: "1 item", "4 items".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
