package app

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"briefsmith/briefs"
)

// snapshotDelay is how long after the last edit a recovery snapshot is
// written.
const snapshotDelay = time.Second

// snapshot is the on-disk form of unsaved work.
type snapshot struct {
	Path  string          `json:"path"`  // the brief's file, "" if never saved
	Saved time.Time       `json:"saved"` // when the snapshot was taken
	Brief json.RawMessage `json:"brief"` // the brief in the .brief format
}

// snapshotter writes the open brief to the recovery folder about a second
// after the last edit, off the UI goroutine, and removes it once the brief
// is saved or knowingly discarded.
type snapshotter struct {
	dir   string
	file  string // this session's snapshot
	run   Runner
	delay time.Duration
	timer *time.Timer // touched on the UI goroutine only
	doc   *Document   // read on the UI goroutine only
	mu    sync.Mutex  // orders the background writes and removals
	gen   int         // bumped by discard; guarded by mu
}

func newSnapshotter(dir string, run Runner) *snapshotter {
	name := fmt.Sprintf("unsaved-%d-%d.json", time.Now().UnixNano(), os.Getpid())
	return &snapshotter{dir: dir, file: filepath.Join(dir, name), run: run, delay: snapshotDelay}
}

// schedule (re)starts the countdown to a snapshot of d.
func (s *snapshotter) schedule(d *Document) {
	if s.dir == "" {
		return
	}
	s.doc = d
	if s.timer != nil {
		s.timer.Stop()
	}
	s.timer = time.AfterFunc(s.delay, func() { s.run.UI(s.flush) })
}

// flush writes the snapshot now. It runs on the UI goroutine and hands the
// file write to the background.
func (s *snapshotter) flush() {
	if s.doc == nil || !s.doc.Dirty() {
		return
	}
	data, err := encodeSnapshot(s.doc, time.Now())
	if err != nil {
		return // a brief that cannot be encoded cannot be saved either; Save reports it
	}
	s.mu.Lock()
	gen := s.gen
	s.mu.Unlock()
	s.run.Background(func() { s.write(gen, data) })
}

func (s *snapshotter) write(gen int, data []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if gen != s.gen {
		return // discarded while waiting
	}
	if err := os.MkdirAll(s.dir, 0o700); err == nil {
		_ = briefs.WriteFileAtomic(s.file, data, 0o600) // best effort: recovery must never get in the way
	}
}

func encodeSnapshot(d *Document, now time.Time) ([]byte, error) {
	b, err := briefs.Marshal(d.Brief)
	if err != nil {
		return nil, err
	}
	return json.Marshal(snapshot{Path: d.Path, Saved: now.UTC(), Brief: b})
}

// discard cancels a pending snapshot and removes the written one.
func (s *snapshotter) discard() {
	s.stop()
	if s.dir == "" {
		return
	}
	s.mu.Lock()
	s.gen++
	s.mu.Unlock()
	s.run.Background(func() {
		s.mu.Lock()
		defer s.mu.Unlock()
		os.Remove(s.file)
	})
}

// stop cancels a pending snapshot.
func (s *snapshotter) stop() {
	if s.timer != nil {
		s.timer.Stop()
	}
}
