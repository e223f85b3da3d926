package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// ctrl is Ctrl on Linux and Windows, Cmd on macOS.
const ctrl = fyne.KeyModifierShortcutDefault

// keys makes a keyboard shortcut.
func keys(k fyne.KeyName, m fyne.KeyModifier) *desktop.CustomShortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: m}
}

// command is one menu entry with its shortcut. Shortcuts on menu items work
// even while a text field has focus; Ctrl+Z and Ctrl+V (windowOnly) are
// window shortcuts instead, so text fields keep their own undo and paste.
type command struct {
	menu       string        // "File", "Edit", "Brief" or "Help"
	label      string        // menu label
	keys       string        // as Help shows it, "" for none
	shortcut   fyne.Shortcut // nil when none or windowOnly
	windowOnly bool          // the shortcut works outside text fields only
	run        func()
}

// commands lists every menu command in menu order; the menus and the Help
// table are both made from it.
func (w *Window) commands() []command {
	return []command{
		{"File", "New brief", "Ctrl+N", keys(fyne.KeyN, ctrl), false, w.onNew},
		{"File", "Open…", "Ctrl+O", keys(fyne.KeyO, ctrl), false, w.onOpen},
		{"File", "Save", "Ctrl+S", keys(fyne.KeyS, ctrl), false, w.onSave},
		{"File", "Save as…", "Ctrl+Shift+S", keys(fyne.KeyS, ctrl|fyne.KeyModifierShift), false, w.onSaveAs},
		{"File", "Import…", "Ctrl+I", keys(fyne.KeyI, ctrl), false, w.onImport},
		{"File", "Feeds…", "Ctrl+Shift+I", keys(fyne.KeyI, ctrl|fyne.KeyModifierShift), false, w.onFeeds},
		{"File", "Paste links or text as new items", "Ctrl+V", nil, true, w.onPasteClipboard},
		{"File", "Export…", "Ctrl+E", keys(fyne.KeyE, ctrl), false, w.onExport},
		{"File", "Settings…", "", nil, false, w.onSettings},
		{"File", "Quit", "Ctrl+Q", keys(fyne.KeyQ, ctrl), false, w.onClose},
		{"Edit", "Move item up", "Alt+Up", keys(fyne.KeyUp, fyne.KeyModifierAlt), false, func() { w.onMoveItem(-1) }},
		{"Edit", "Move item down", "Alt+Down", keys(fyne.KeyDown, fyne.KeyModifierAlt), false, func() { w.onMoveItem(1) }},
		{"Edit", "Delete item", "", nil, false, w.onDeleteItem},
		{"Edit", "Undo delete item", "Ctrl+Z", nil, true, w.onUndoDelete},
		{"Edit", "Group items by topic", "", nil, false, w.onGroupByTopic},
		{"Brief", "Brand for this brief…", "", nil, false, w.onBriefBrand},
		{"Brief", "Summarise selected item", "Ctrl+Enter", summariseKeys(), false, w.onSummariseSelected},
		{"Brief", "Summarise all items", "Ctrl+Shift+Enter", summariseAllKeys(), false, w.onSummariseAll},
		{"Help", "Keyboard shortcuts", "", nil, false, w.onShowShortcuts},
		{"Help", "About Briefsmith", "", nil, false, w.onAbout},
	}
}

func summariseKeys() fyne.Shortcut    { return keys(fyne.KeyReturn, ctrl) }
func summariseAllKeys() fyne.Shortcut { return keys(fyne.KeyReturn, ctrl|fyne.KeyModifierShift) }

// addShortcuts registers the window-level shortcuts, which fire only when
// no text field has focus.
func (w *Window) addShortcuts() {
	c := w.win.Canvas()
	c.AddShortcut(&fyne.ShortcutUndo{}, func(fyne.Shortcut) { w.onUndoDelete() })
	c.AddShortcut(&fyne.ShortcutPaste{}, w.onPaste)
}

// mainMenu builds the menus from commands.
func (w *Window) mainMenu() *fyne.MainMenu {
	var menus []*fyne.Menu
	byName := map[string]*fyne.Menu{}
	for _, c := range w.commands() {
		m := byName[c.menu]
		if m == nil {
			m = fyne.NewMenu(c.menu)
			byName[c.menu] = m
			menus = append(menus, m)
		}
		it := fyne.NewMenuItem(c.label, c.run)
		it.Shortcut = c.shortcut
		it.IsQuit = c.label == "Quit" // replaces Fyne's own Quit, which would skip the unsaved-changes question
		m.Items = append(m.Items, it)
	}
	return fyne.NewMainMenu(menus...)
}
