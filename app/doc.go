// Package app is Briefsmith's desktop window, built with Fyne.
//
// The Window (window.go) owns the open brief and wires the panes together.
// Each pane is a struct in its own file that holds its widgets, gets the
// Document and the callbacks it needs (never the Window) and handles its
// events in onX methods: the toolbar (toolbar.go), the outline
// (outline.go), the item editor (editor.go), the article pane (article.go),
// the start screen (start.go) and the dialogs for import
// (import_dialog.go), export (export_dialog.go), settings (settings.go)
// and choosing where to save (save_dialog.go). The flows that span panes
// and run slow work — open and save (file.go), import (importer.go),
// summarise (summarise.go), export (export.go) — are Window methods, each
// with a progress dialog and Cancel.
//
// The state being edited lives in a Document (document*.go): the Brief, its
// file path, a revision counter for the "unsaved" mark and an undo stack for
// deleted items. Every change goes through its methods; it is plain Go and
// is tested without widgets.
//
// Every error shown to the user goes through dialogs (dialogs.go), which
// also logs it with its detail to standard error. No dialog creates or
// empties a file: the save picker only names one, and briefs and exports
// are written atomically.
//
// The app never imports the pipeline packages: it receives them through Deps
// (deps.go), so its tests pass fakes. Slow work runs through a Runner: in the
// real app on a goroutine with results returned by fyne.Do, in tests inline.
package app
