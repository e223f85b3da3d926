package app

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"briefsmith/briefs"
	"briefsmith/internal/soaktest"
)

// The app's half of the kill -9 soak (issue 11, "Prove"; the CLI's half is
// TestKillDuringSave in the root package). A child process — this test
// binary running TestAppSaveSoakChild — builds a real Window on Fyne's
// test app, starts it (Window.Start, as `briefsmith FILE.brief` does) on a
// brief of about 5 MB (1.6 MB under -race), then edits the title in the
// outline's title field, waits for the recovery snapshot, and runs File ▸
// Save (what Ctrl+S runs: onSave → saveTo → WriteFileAtomic), again and
// again. It prints "saving T" before each
// save and "saved T" once the window has marked it saved. The parent kills
// it with SIGKILL at a random moment and checks that the brief on disk
// loads and is the last save reported complete or the one being written,
// byte for byte but for the title; that every recovery snapshot left is
// whole; and, once the next child has started on the brief, that no
// temporary file is left beside the brief or in the recovery folder.
//
// BRIEFSMITH_SOAK_ROUNDS sets the rounds (default 20, 8 under -short;
// `make soak` runs 200); BRIEFSMITH_SOAK_SEED repeats a run's kill moments.

// The child's environment: only the child has soakChildBrief set.
const (
	soakChildBrief    = "BRIEFSMITH_APP_SOAK_BRIEF"    // the brief to open and save
	soakChildRecovery = "BRIEFSMITH_APP_SOAK_RECOVERY" // its recovery folder
	soakChildPrefix   = "BRIEFSMITH_APP_SOAK_PREFIX"   // the titles it saves start with this
)

// soakBriefBytes is the size of the soaked brief: large enough that a
// save (encode, write, fsync) takes long enough for kills to land inside
// it. Under -race, where encoding is several times slower, 1 MiB does.
func soakBriefBytes() int {
	if raceDetector {
		return 1 << 20
	}
	return 4 << 20
}

// TestAppSaveSoakChild is the child process of TestKillDuringAppSave; it
// skips unless run by it.
func TestAppSaveSoakChild(t *testing.T) {
	path := os.Getenv(soakChildBrief)
	if path == "" {
		t.Skip("the child process of TestKillDuringAppSave")
	}
	c := newSoakChild(t, os.Getenv(soakChildRecovery))
	c.w.Start(path)
	c.settle()
	if c.w.doc == nil || c.w.doc.Path != path {
		t.Fatalf("the window did not open %s", path)
	}
	fmt.Printf("opened %s\n", c.w.doc.Brief.Title)
	if line, _ := bufio.NewReader(os.Stdin).ReadString('\n'); line != "go\n" {
		return // the parent only wanted this start
	}
	prefix := os.Getenv(soakChildPrefix)
	for k := 0; k < 100000; k++ {
		title := fmt.Sprintf("%ssave %d", prefix, k)
		c.w.outline.title.SetText(title)
		if c.w.doc.Brief.Title != title || !c.w.doc.Dirty() {
			t.Fatalf("typing the title did not edit the brief: %q, dirty %v", c.w.doc.Brief.Title, c.w.doc.Dirty())
		}
		c.untilSnapshot(t) // the user pauses: the recovery snapshot is written
		fmt.Printf("saving %s\n", title)
		saveCommand(t, c.w)
		c.untilSaved(t)
		fmt.Printf("saved %s\n", title)
	}
}

// soakChild is a window whose UI goroutine is the test's own: UI work is
// queued on ui and run by settle and untilSaved, background work runs on
// goroutines as in the real app (AsyncRunner) and is counted in pending.
type soakChild struct {
	w       *Window
	ui      chan func()
	pending atomic.Int64
}

func newSoakChild(t *testing.T, recovery string) *soakChild {
	c := &soakChild{ui: make(chan func(), 256)}
	run := Runner{UI: func(f func()) { c.ui <- f }, Background: func(f func()) {
		c.pending.Add(1)
		go func() {
			defer c.pending.Add(-1)
			f()
		}()
	}}
	c.w = New(test.NewTempApp(t), Deps{
		Importer: &fakeImporter{}, Exporter: &fakeExporter{},
		Summarizer:  func(Settings) briefs.Summarizer { return &fakeSummarizer{} },
		RecoveryDir: recovery, Run: run, Concurrency: 1,
	})
	c.w.snap.delay = 5 * time.Millisecond // snapshots while the saves run
	return c
}

// settle runs queued UI work until no background work is left.
func (c *soakChild) settle() {
	for {
		select {
		case f := <-c.ui:
			f()
		case <-time.After(time.Millisecond):
			if c.pending.Load() == 0 && len(c.ui) == 0 {
				return
			}
		}
	}
}

// untilSnapshot runs UI work until the recovery snapshot of the edit is
// on disk, then settles.
func (c *soakChild) untilSnapshot(t *testing.T) {
	deadline := time.After(2 * time.Minute)
	for {
		if _, err := os.Stat(c.w.snap.file); err == nil {
			c.settle()
			return
		}
		select {
		case f := <-c.ui:
			f()
		case <-time.After(time.Millisecond):
		case <-deadline:
			t.Fatal("no recovery snapshot was written within 2 minutes of the edit")
		}
	}
}

// untilSaved runs UI work until the brief is marked saved, then settles.
func (c *soakChild) untilSaved(t *testing.T) {
	deadline := time.After(2 * time.Minute)
	for c.w.doc.Dirty() {
		select {
		case f := <-c.ui:
			f()
		case <-deadline:
			t.Fatal("the save did not complete within 2 minutes (did it fail? the error dialog is not shown here)")
		}
	}
	c.settle()
}

func TestKillDuringAppSave(t *testing.T) {
	if os.Getenv(soakChildBrief) != "" {
		t.Skip("this is the child process")
	}
	rounds, seed := soaktest.Rounds(t), soaktest.Seed(t)
	rng := rand.New(rand.NewPCG(seed, 0))
	t.Logf("app kill -9 soak: %d rounds, seed %d (BRIEFSMITH_SOAK_SEED=%d BRIEFSMITH_SOAK_ROUNDS=%d repeats it)", rounds, seed, seed, rounds)
	s := newAppSoak(t)
	s.calibrate()
	for r := 0; r < rounds; r++ {
		s.round(rng, r)
	}
	s.nextStart("the start after the last round") // the last kill's temps must go too
	t.Logf("brief %.1f MB, one save ≈ %v; %s", float64(s.size)/1e6, s.saveDur.Round(time.Millisecond), soaktest.FormatTally(s.tally))
}

// appSoak is the parent's state between rounds.
type appSoak struct {
	t                   *testing.T
	dir, path, recovery string
	size                int           // the brief's size on disk
	onDisk              string        // the title of the brief on disk
	reference           []byte        // the brief the app saves, with its title blanked
	saveDur             time.Duration // one save in the child, measured
	tally               map[string]int
}

func newAppSoak(t *testing.T) *appSoak {
	dir := t.TempDir()
	s := &appSoak{t: t, dir: dir, path: filepath.Join(dir, "soak.brief"), recovery: filepath.Join(dir, "recovery"), tally: map[string]int{}}
	b := soakBrief(t, soakBriefBytes())
	b.Title = "Before the soak"
	if err := briefs.Save(s.path, b); err != nil {
		t.Fatal(err)
	}
	s.onDisk = b.Title
	return s
}

// soakBrief is the sample brief's items repeated to 200, their articles
// padded with paragraphs until the brief is about size bytes. (Padding
// with one long paragraph instead makes the article pane take minutes to
// show it: see docs/notes/NOTES-soak2.md.)
func soakBrief(t testing.TB, size int) *briefs.Brief {
	b := bigBrief(t, 200)
	per := size / len(b.Items)
	for i := range b.Items {
		a := &b.Items[i].Article
		var sb strings.Builder
		sb.WriteString(a.Text)
		for n := 0; sb.Len() < per; n++ {
			fmt.Fprintf(&sb, "\n\nParagraph %d of the long article goes on about the harbour, the grain and the weather.", n)
		}
		a.Text = sb.String()
	}
	return b
}

// soakProc is one child process.
type soakProc struct {
	cmd    *exec.Cmd
	stdin  io.WriteCloser
	lines  chan string // its stdout, closed at the end
	stderr bytes.Buffer
}

// start runs a child whose saves are titled prefix + "save N" and waits
// until its window has opened the brief; it returns the title it opened.
func (s *appSoak) start(prefix string) (*soakProc, string) {
	t := s.t
	t.Helper()
	p := &soakProc{cmd: exec.Command(os.Args[0], "-test.run=^TestAppSaveSoakChild$", "-test.count=1", "-test.timeout=30m"), lines: make(chan string, 1024)}
	p.cmd.Env = append(os.Environ(), soakChildBrief+"="+s.path, soakChildRecovery+"="+s.recovery, soakChildPrefix+"="+prefix)
	p.cmd.Stderr = &p.stderr
	out, err := p.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if p.stdin, err = p.cmd.StdinPipe(); err != nil {
		t.Fatal(err)
	}
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			p.lines <- sc.Text()
		}
		close(p.lines)
	}()
	for line := range p.lines {
		if title, ok := strings.CutPrefix(line, "opened "); ok {
			return p, title
		}
	}
	p.cmd.Wait()
	t.Fatalf("%s: the child ended before it opened the brief: %v\n%s", prefix, p.cmd.ProcessState, p.stderr.String())
	return nil, ""
}

// killAndCollect SIGKILLs the child and returns the last title it reported
// saved ("" for none) and the title of the save it had begun after that
// ("" for none).
func (p *soakProc) killAndCollect() (saved, writing string, killed bool) {
	p.cmd.Process.Signal(syscall.SIGKILL)
	for line := range p.lines {
		if title, ok := strings.CutPrefix(line, "saving "); ok {
			writing = title
		} else if title, ok := strings.CutPrefix(line, "saved "); ok {
			saved, writing = title, ""
		}
	}
	p.cmd.Wait()
	ws, _ := p.cmd.ProcessState.Sys().(syscall.WaitStatus)
	return saved, writing, ws.Signaled()
}

// calibrate times a child's saves, then kills it; what it leaves is the
// reference the rounds compare with.
func (s *appSoak) calibrate() {
	t := s.t
	p, _ := s.start("Calibration ")
	io.WriteString(p.stdin, "go\n")
	var times []time.Time
	var last string
	for line := range p.lines {
		if title, ok := strings.CutPrefix(line, "saved "); ok {
			last = title
			if times = append(times, time.Now()); len(times) == 5 {
				break
			}
		}
	}
	if len(times) < 5 {
		p.cmd.Wait()
		t.Fatalf("the calibration child saved %d times, then ended: %v\n%s", len(times), p.cmd.ProcessState, p.stderr.String())
	}
	s.saveDur = times[4].Sub(times[0]) / 4
	saved, writing, _ := p.killAndCollect()
	if saved == "" {
		saved = last
	}
	s.checkRaces("calibration", p)
	b, err := briefs.Load(s.path)
	if err != nil {
		t.Fatalf("after the calibration: %v", err)
	}
	if b.Title != saved && b.Title != writing {
		t.Fatalf("after the calibration the brief is titled %q, want %q or %q", b.Title, saved, writing)
	}
	s.onDisk, s.reference = b.Title, blankTitle(t, b)
	st, err := os.Stat(s.path)
	if err != nil {
		t.Fatal(err)
	}
	s.size = int(st.Size())
	s.checkSnapshots("calibration", "Calibration")
}

// blankTitle is b encoded with its title removed.
func blankTitle(t *testing.T, b *briefs.Brief) []byte {
	c := *b
	c.Title = ""
	data, err := briefs.Marshal(&c)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// round starts a child on the brief (the "next start" of the previous
// round), checks that the start cleaned up, lets it save, kills it and
// checks what is left. The kill comes at a random moment within two saves
// ("timed"), 0–2 ms after a temporary file of the brief appears
// ("mid-write"), or within half a save after one of a recovery snapshot
// appears ("mid-snapshot").
func (s *appSoak) round(rng *rand.Rand, r int) {
	name := fmt.Sprintf("round %d", r)
	prefix := fmt.Sprintf("Round %d ", r)
	p, opened := s.start(prefix)
	s.checkStart(name, opened)
	mode := []string{"timed", "mid-write", "mid-snapshot"}[rng.IntN(3)]
	delay := time.Duration(rng.Int64N(int64(2*s.saveDur) + 1))
	jitter := time.Duration(rng.Int64N(int64(2 * time.Millisecond))) // inside the write
	snapJitter := time.Duration(rng.Int64N(int64(s.saveDur/2) + 1))  // inside or just after it
	io.WriteString(p.stdin, "go\n")
	switch mode {
	case "timed":
		time.Sleep(delay)
	case "mid-write":
		if !waitForTemp(s.dir, "."+filepath.Base(s.path)+".tmp-", time.Minute) {
			s.t.Errorf("%s: no save began within a minute", name)
		}
		time.Sleep(jitter)
	case "mid-snapshot":
		if !waitForTemp(s.recovery, ".unsaved-", 30*time.Second) {
			s.tally["mid-snapshot: no snapshot write seen in 30 s"]++
		}
		time.Sleep(snapJitter)
	}
	saved, writing, killed := p.killAndCollect()
	s.checkRaces(name, p)
	if !killed {
		s.t.Fatalf("%s: the child ended before the kill: %v\n%s", name, p.cmd.ProcessState, p.stderr.String())
	}
	s.tally[mode+" kills"]++
	if len(soakTemps(s.t, s.dir)) > 0 {
		s.tally["killed mid-write (brief temp left)"]++
	}
	if len(soakTemps(s.t, s.recovery)) > 0 {
		s.tally["killed mid-snapshot (snapshot temp left)"]++
	}
	s.judge(name, saved, writing)
	s.checkSnapshots(name, prefix)
}

// checkStart: the window opened the brief that is on disk, and removed the
// temporary files the last kill left.
func (s *appSoak) checkStart(name, opened string) {
	if opened != s.onDisk {
		s.t.Errorf("%s: the start opened %q, but the brief on disk is %q", name, opened, s.onDisk)
	}
	for _, d := range []string{s.dir, s.recovery} {
		if left := soakTemps(s.t, d); len(left) > 0 {
			s.t.Errorf("%s: after the next start, temporary files remain: %v", name, left)
		}
	}
}

// nextStart starts a child that only opens the brief, checks it and lets
// it quit.
func (s *appSoak) nextStart(name string) {
	p, opened := s.start("Last start ")
	s.checkStart(name, opened)
	p.stdin.Close()
	if err := p.cmd.Wait(); err != nil {
		s.t.Errorf("%s: the child failed: %v\n%s", name, err, p.stderr.String())
	}
}

// judge checks the brief a killed child left: it loads, and it is the last
// save reported complete or the one being written, byte for byte but for
// the title.
func (s *appSoak) judge(name, saved, writing string) {
	t := s.t
	if saved == "" {
		saved = s.onDisk // nothing completed this round: the last round's brief still counts
	}
	b, err := briefs.Load(s.path)
	switch {
	case err != nil:
		t.Errorf("%s: the brief does not load after the kill: %v", name, err)
		return
	case b.Title == saved:
		s.tally["brief = last completed save"]++
	case writing != "" && b.Title == writing:
		s.tally["brief = the save being written"]++
	default:
		t.Errorf("%s: the brief is titled %q after the kill, want %q (last completed save) or %q (being written)", name, b.Title, saved, writing)
	}
	if !bytes.Equal(blankTitle(t, b), s.reference) {
		t.Errorf("%s: the brief loads but differs from what the app saves (beyond its title)", name)
	}
	s.onDisk = b.Title
}

// checkSnapshots: every recovery snapshot a kill left is whole and holds
// the brief being edited, with the soaked brief's path. It then removes
// them, as Discard would, so that the folder does not grow by a few MB a
// round.
func (s *appSoak) checkSnapshots(name, prefix string) {
	names, _ := filepath.Glob(filepath.Join(s.recovery, "unsaved-*.json"))
	for _, n := range names {
		r, err := readSnapshot(n)
		switch {
		case err != nil:
			s.t.Errorf("%s: the kill left a damaged snapshot: %v", name, err)
		case r.snap.Path != s.path || !strings.HasPrefix(r.brief.Title, prefix) || !bytes.Equal(blankTitle(s.t, r.brief), s.reference):
			s.t.Errorf("%s: the snapshot left holds another brief: %q titled %q", name, r.snap.Path, r.brief.Title)
		default:
			s.tally["whole snapshot left (offered at the next start)"]++
		}
		os.Remove(n)
	}
}

// checkRaces fails the test when the child (built with -race) found a race.
func (s *appSoak) checkRaces(name string, p *soakProc) {
	if strings.Contains(p.stderr.String(), "DATA RACE") || strings.Contains(p.stderr.String(), "panic:") {
		s.t.Errorf("%s: the child reported:\n%s", name, p.stderr.String())
	}
}

// waitForTemp polls dir until a file whose name starts with prefix, and
// that was not there when it began, appears (true) or limit passes (false).
func waitForTemp(dir, prefix string, limit time.Duration) bool {
	old := map[string]bool{}
	for _, e := range readDirNames(dir) {
		old[e] = true
	}
	for end := time.Now().Add(limit); time.Now().Before(end); time.Sleep(100 * time.Microsecond) {
		for _, e := range readDirNames(dir) {
			if strings.HasPrefix(e, prefix) && !old[e] {
				return true
			}
		}
	}
	return false
}

// readDirNames lists the names in dir (none when it cannot be read).
func readDirNames(dir string) []string {
	entries, _ := os.ReadDir(dir)
	names := make([]string, len(entries))
	for i, e := range entries {
		names[i] = e.Name()
	}
	return names
}

// soakTemps lists the interrupted-write temporary files (".NAME.tmp-*") in dir.
func soakTemps(t *testing.T, dir string) []string {
	m, err := filepath.Glob(filepath.Join(dir, ".*.tmp-*"))
	if err != nil {
		t.Fatal(err)
	}
	return m
}
