package app

// onMoveItem moves the selected item up (-1) or down (+1).
func (w *Window) onMoveItem(delta int) {
	if w.doc == nil {
		return
	}
	if j, ok := w.doc.Move(w.doc.Selected(), delta); ok {
		w.selectItem(j)
	}
}

// onDeleteItem deletes the selected item; Undo brings it back.
func (w *Window) onDeleteItem() {
	if w.doc == nil || !w.doc.Delete(w.doc.Selected()) {
		return
	}
	w.selectItem(w.doc.Selected())
	w.status.SetText("Item deleted. Ctrl+Z or Undo brings it back.")
}

// onUndoDelete restores the last deleted item.
func (w *Window) onUndoDelete() {
	if w.doc == nil {
		return
	}
	if i, ok := w.doc.Undo(); ok {
		w.selectItem(i)
	}
}

// onGroupByTopic puts items with the same topic together.
func (w *Window) onGroupByTopic() {
	if w.doc == nil {
		return
	}
	w.doc.GroupByTopic()
	w.selectItem(w.doc.Selected())
}
