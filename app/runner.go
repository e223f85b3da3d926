package app

import "fyne.io/fyne/v2"

// Runner moves work between the UI goroutine and the background. The real
// app runs Background on a new goroutine and UI through fyne.Do; tests run
// both inline so that they are synchronous and race-free.
type Runner struct {
	Background func(func()) // runs slow work off the UI goroutine
	UI         func(func()) // runs widget updates on the UI goroutine
}

// AsyncRunner is the Runner of the real app.
func AsyncRunner() Runner {
	return Runner{Background: func(f func()) { go f() }, UI: fyne.Do}
}

// SyncRunner runs everything inline on the caller's goroutine; for tests.
func SyncRunner() Runner {
	inline := func(f func()) { f() }
	return Runner{Background: inline, UI: inline}
}
