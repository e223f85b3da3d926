// Package app is Briefsmith's desktop window, built with Fyne.
//
// The window is split into parts, one file each: the toolbar and menus
// (window.go, shortcuts.go), the brief outline (outline.go), the item editor
// (editor.go), the article pane (article.go) and the flows that run slow work
// — import, summarise, export — each with a progress dialog and Cancel.
//
// The state being edited lives in a Document (document.go): the Brief, its
// file path, a revision counter for the "unsaved" mark and an undo stack for
// deleted items. It is plain Go and is tested without widgets.
//
// The app never imports the pipeline packages: it receives them through Deps
// (deps.go), so its tests pass fakes. Slow work runs through a Runner: in the
// real app on a goroutine with results returned by fyne.Do, in tests inline.
package app
