package main

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"briefsmith/briefs"
	"briefsmith/internal/soaktest"
)

// The kill -9 soak: the CLI is killed at random moments while it composes
// or exports, and every round must leave the last saved file intact (or no
// file, if none was ever saved), and the next complete run must leave no
// temporary file behind. A round is one killed run; the rounds take the
// four commands in turn. BRIEFSMITH_SOAK_ROUNDS sets the number of rounds
// (default 20, 8 under -short; `make soak` runs 200) and BRIEFSMITH_SOAK_SEED
// repeats a run's kill moments.

// killScenario is one command the soak kills.
type killScenario struct {
	name string // for the log, e.g. "compose .pdf"
	out  string // the file the command writes, inside the round's folder
	// args returns the command line writing dir/out under title.
	args func(dir, title string) []string
	// same reports whether a killed run's file, if it is new, must equal
	// the next complete run's file byte for byte (a PDF holds its
	// creation time, so it is checked for completeness instead).
	same bool
}

// soakState is what the soak keeps between rounds of one scenario.
type soakState struct {
	sc       killScenario
	dir      string
	duration time.Duration // a complete run's wall time, for the kill moments
	tally    map[string]int
}

func TestKillDuringSave(t *testing.T) {
	rounds := soaktest.Rounds(t)
	seed := soaktest.Seed(t)
	rng := rand.New(rand.NewPCG(seed, 0))
	t.Logf("kill -9 soak: %d rounds, seed %d (BRIEFSMITH_SOAK_SEED=%d BRIEFSMITH_SOAK_ROUNDS=%d repeats it)", rounds, seed, seed, rounds)
	base := soakBaseBrief(t)
	var states []*soakState
	for _, sc := range killScenarios(base) {
		st := &soakState{sc: sc, tally: map[string]int{}}
		st.dir = t.TempDir()
		st.duration = st.calibrate(t)
		states = append(states, st)
	}
	for r := 0; r < rounds; r++ {
		st := states[r%len(states)]
		if visit := r / len(states); visit%4 == 3 {
			st.dir = t.TempDir() // start again with no file, so "never saved" is tried too
		}
		st.round(t, rng, r)
	}
	for _, st := range states {
		t.Logf("%-15s (complete run %v): %s", st.sc.name, st.duration.Round(time.Millisecond), soaktest.FormatTally(st.tally))
	}
}

// soakSources are the articles every compose reads.
func soakSources() []string {
	return []string{sample("harbour-bridge-closure.txt"), sample("library-robotics.html"), sample("solar-cooperative.md"), sample("grain-prices.txt")}
}

// soakBaseBrief composes the brief the export rounds render.
func soakBaseBrief(t *testing.T) *briefs.Brief {
	out := filepath.Join(t.TempDir(), "base.brief")
	r := runBin(t, "", append([]string{"compose", "--date", "2026-11-23", "-o", out}, soakSources()...)...)
	if r.code != 0 {
		t.Fatalf("compose the base brief: code %d: %s", r.code, r.stderr)
	}
	b, err := briefs.Load(out)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func killScenarios(base *briefs.Brief) []killScenario {
	compose := func(ext string) killScenario {
		return killScenario{name: "compose " + ext, out: "brief" + ext, same: ext != ".pdf",
			args: func(dir, title string) []string {
				return append([]string{"compose", "--title", title, "--date", "2026-11-23", "-o", filepath.Join(dir, "brief"+ext)}, soakSources()...)
			}}
	}
	export := killScenario{name: "export .pdf", out: "export.pdf",
		args: func(dir, title string) []string {
			in := filepath.Join(dir, "in.brief")
			b := *base
			b.Title = title
			if err := briefs.Save(in, &b); err != nil {
				panic(err) // the test's own write to its own temporary folder
			}
			return []string{"export", "-o", filepath.Join(dir, "export.pdf"), in}
		}}
	return []killScenario{compose(briefs.FileExt), compose(".pdf"), compose(".md"), export}
}

// soakEnv is the environment of every soak run: no HOME of the user's, no key.
func soakEnv(home string) []string {
	return append(os.Environ(), "HOME="+home, "XDG_CONFIG_HOME="+filepath.Join(home, ".config"),
		"OPENAI_API_KEY=", "OPENAI_BASE_URL=", "OPENAI_MODEL=")
}

// calibrate times one complete run, the scale of the random kill moments.
func (st *soakState) calibrate(t *testing.T) time.Duration {
	var longest time.Duration
	for i := 0; i < 2; i++ {
		r := runCmd(t, "", soakEnv(t.TempDir()), st.sc.args(t.TempDir(), "Calibration")...)
		if r.code != 0 {
			t.Fatalf("%s: code %d: %s", st.sc.name, r.code, r.stderr)
		}
		longest = max(longest, r.wall)
	}
	return longest
}

// round kills one run, checks what it left, then runs the same command to
// the end and checks that no temporary file remains.
func (st *soakState) round(t *testing.T, rng *rand.Rand, r int) {
	t.Helper()
	title := fmt.Sprintf("Soak round %d", r)
	target := filepath.Join(st.dir, st.sc.out)
	before, beforeErr := os.ReadFile(target)
	args := st.sc.args(st.dir, title)
	how, killed := st.killRun(t, rng, args)
	after, afterErr := os.ReadFile(target)
	left := tempsIn(t, st.dir)
	if len(left) > 0 {
		st.tally["temp left"]++
	}
	st.tally[how]++

	complete := runCmd(t, "", soakEnv(t.TempDir()), args...)
	if complete.code != 0 {
		t.Fatalf("round %d %s: the run after the kill failed: code %d: %s", r, st.sc.name, complete.code, complete.stderr)
	}
	if rest := tempsIn(t, st.dir); len(rest) > 0 {
		t.Errorf("round %d %s: after the next complete run, temporary files remain: %v", r, st.sc.name, rest)
	}
	fresh, err := os.ReadFile(target)
	if err != nil {
		t.Fatalf("round %d %s: the complete run wrote nothing: %v", r, st.sc.name, err)
	}
	if err := st.checkNew(t, fresh, fresh, title); err != nil {
		t.Fatalf("round %d %s: the complete run's file is wrong: %v", r, st.sc.name, err)
	}

	outcome, err := st.judge(t, before, beforeErr, after, afterErr, fresh, title)
	st.tally["file "+outcome]++
	if err != nil {
		t.Errorf("round %d %s (%s, killed %v): %v", r, st.sc.name, how, killed, err)
	}
}

// judge classifies the file a killed run left: "absent" (and never saved
// before), "old" (byte for byte the previous file) or "new" (complete).
func (st *soakState) judge(t *testing.T, before []byte, beforeErr error, after []byte, afterErr error, fresh []byte, title string) (string, error) {
	switch {
	case afterErr != nil && beforeErr != nil:
		return "absent", nil
	case afterErr != nil:
		return "lost", fmt.Errorf("the file saved before is gone: %v", afterErr)
	case beforeErr == nil && bytes.Equal(after, before):
		return "old", nil
	}
	if err := st.checkNew(t, after, fresh, title); err != nil {
		return "damaged", fmt.Errorf("the file is neither the old one nor a complete new one (%d bytes): %v", len(after), err)
	}
	return "new", nil
}

// checkNew reports whether data is a complete output of the run titled title.
func (st *soakState) checkNew(t *testing.T, data, fresh []byte, title string) error {
	if st.sc.same && !bytes.Equal(data, fresh) {
		return fmt.Errorf("differs from a complete run's output (%d bytes, want %d)", len(data), len(fresh))
	}
	switch filepath.Ext(st.sc.out) {
	case briefs.FileExt:
		b, err := briefs.Unmarshal(data)
		if err != nil {
			return err
		}
		if b.Title != title || len(b.Items) != len(soakSources()) {
			return fmt.Errorf("title %q with %d items, want %q with %d", b.Title, len(b.Items), title, len(soakSources()))
		}
	case ".pdf":
		return checkPDF(t, data, title)
	case ".md":
		if !bytes.HasPrefix(data, []byte("# "+title+"\n")) {
			return fmt.Errorf("does not start with the title %q", title)
		}
	}
	return nil
}

// checkPDF reports whether data is a whole PDF whose text holds title.
func checkPDF(t *testing.T, data []byte, title string) error {
	if !bytes.HasSuffix(bytes.TrimRight(data, "\r\n"), []byte("%%EOF")) {
		return fmt.Errorf("the PDF does not end with %%%%EOF")
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		return nil // the end marker is all we can check without poppler
	}
	p := filepath.Join(t.TempDir(), "check.pdf")
	if err := os.WriteFile(p, data, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := toolOutput(t, "pdftotext", "-enc", "UTF-8", p, "-")
	if err != nil {
		return fmt.Errorf("pdftotext: %v: %s", err, out)
	}
	if !strings.Contains(normalizeSpace(string(out)), title) {
		return fmt.Errorf("the PDF's text lacks %q", title)
	}
	return nil
}

// killRun starts the command and SIGKILLs it either at a random moment of
// a complete run's duration ("timed") or just after its temporary file
// appears ("mid-save"). It returns how the run ended and the kill moment.
func (st *soakState) killRun(t *testing.T, rng *rand.Rand, args []string) (string, time.Duration) {
	t.Helper()
	cmd, _ := boundedCommand(t, cliLimit, binPath, args...)
	cmd.Env = soakEnv(t.TempDir())
	midSave := rng.IntN(2) == 0
	delay := time.Duration(rng.Int64N(int64(st.duration)*6/5 + 1))
	jitter := time.Duration(rng.Int64N(int64(2 * time.Millisecond)))
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	exited := make(chan struct{})
	killedAt := make(chan time.Duration, 1)
	go func() {
		if midSave {
			if !waitForTemp(st.dir, st.sc.out, exited) {
				killedAt <- -1
				return
			}
			time.Sleep(jitter)
		} else {
			select {
			case <-time.After(delay):
			case <-exited:
				killedAt <- -1
				return
			}
		}
		killedAt <- time.Since(start)
		cmd.Process.Signal(syscall.SIGKILL)
	}()
	cmd.Wait()
	close(exited)
	at := <-killedAt
	ws, _ := cmd.ProcessState.Sys().(syscall.WaitStatus)
	mode := "timed"
	if midSave {
		mode = "mid-save"
	}
	if !ws.Signaled() {
		return mode + ": finished first", at
	}
	return mode + ": killed", at
}

// waitForTemp polls dir until a temporary file of out appears (true) or
// the process exits (false).
func waitForTemp(dir, out string, exited <-chan struct{}) bool {
	prefix := "." + out + ".tmp-"
	for {
		select {
		case <-exited:
			return false
		default:
		}
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if strings.HasPrefix(e.Name(), prefix) {
				return true
			}
		}
	}
}

// tempsIn lists the interrupted-save temporary files (".NAME.tmp-*") in dir.
func tempsIn(t *testing.T, dir string) []string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(dir, ".*.tmp-*"))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestStaleTempsRemovedAtStart: the temporary file an interrupted save left
// beside OUT is removed by the next compose or export to OUT, even one that
// then fails before it writes (the issue: "clean them on the next save and
// at start"). Another file's temporary file is left alone.
func TestStaleTempsRemovedAtStart(t *testing.T) {
	good := sample("grain-prices.txt")
	cases := []struct {
		name, out string
		args      func(dir string) []string
		wantCode  int
	}{
		{"compose that saves", "b.brief", func(dir string) []string {
			return []string{"compose", "-o", filepath.Join(dir, "b.brief"), good}
		}, 0},
		{"compose with no usable source", "b.pdf", func(dir string) []string {
			return []string{"compose", "-o", filepath.Join(dir, "b.pdf"), filepath.Join(dir, "missing.txt")}
		}, 1},
		{"export of a damaged brief", "x.pdf", func(dir string) []string {
			bad := filepath.Join(dir, "bad.brief")
			if err := os.WriteFile(bad, []byte(`{"format": "briefsmith", "version": 1, "items": [`), 0o600); err != nil {
				t.Fatal(err)
			}
			return []string{"export", "-o", filepath.Join(dir, "x.pdf"), bad}
		}, 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			stale := filepath.Join(dir, "."+tc.out+".tmp-1234567")
			other := filepath.Join(dir, ".other.brief.tmp-1234567")
			for _, p := range []string{stale, other} {
				if err := os.WriteFile(p, []byte("half a save"), 0o600); err != nil {
					t.Fatal(err)
				}
			}
			if r := runBin(t, "", tc.args(dir)...); r.code != tc.wantCode {
				t.Fatalf("code %d, want %d: %s", r.code, tc.wantCode, r.stderr)
			}
			if _, err := os.Stat(stale); err == nil {
				t.Errorf("the interrupted save's %s is still there (compose and export must call briefs.RemoveStaleTemps(OUT) at start; see docs/notes/NOTES-soak.md)", filepath.Base(stale))
			}
			if _, err := os.Stat(other); err != nil {
				t.Errorf("another file's temporary file was removed: %v", err)
			}
		})
	}
}

// TestComposedBriefIsPrivate: a new brief written by compose or export is
// private to the user (briefs.NewFileMode), like one the app saves; an
// existing file keeps its mode. PDFs and Markdown are documents to share.
func TestComposedBriefIsPrivate(t *testing.T) {
	dir := t.TempDir()
	brief := filepath.Join(dir, "new.brief")
	if r := runBin(t, "", "compose", "-o", brief, sample("grain-prices.txt")); r.code != 0 {
		t.Fatalf("compose: code %d: %s", r.code, r.stderr)
	}
	again := filepath.Join(dir, "again.json")
	if r := runBin(t, "", "export", "-o", again, brief); r.code != 0 {
		t.Fatalf("export: code %d: %s", r.code, r.stderr)
	}
	for _, p := range []string{brief, again} {
		st, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if st.Mode().Perm() != briefs.NewFileMode {
			t.Errorf("%s: mode %v, want %v (templates.ExportFile must create briefs with briefs.NewFileMode; see docs/notes/NOTES-soak.md)", filepath.Base(p), st.Mode().Perm(), briefs.NewFileMode)
		}
	}
	if err := os.Chmod(brief, 0o640); err != nil {
		t.Fatal(err)
	}
	if r := runBin(t, "", "compose", "-o", brief, sample("grain-prices.txt")); r.code != 0 {
		t.Fatalf("compose over it: code %d: %s", r.code, r.stderr)
	}
	st, err := os.Stat(brief)
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o640 {
		t.Errorf("overwriting changed the mode to %v, want 0640", st.Mode().Perm())
	}
}

// TestConcurrentComposesOfOneFile: two compose runs writing the same file
// at once both succeed and leave a whole PDF. Before temps were locked, one
// run's cleanup removed the other's temp: "rename …: no such file".
func TestConcurrentComposesOfOneFile(t *testing.T) {
	out := filepath.Join(t.TempDir(), "same.pdf")
	args := []string{"compose", "-o", out, sample("grain-prices.txt"), sample("library-robotics.html")}
	for round := 0; round < 8; round++ {
		errs := make(chan error, 2)
		for i := 0; i < 2; i++ {
			cmd, _ := boundedCommand(t, cliLimit, binPath, args...)
			cmd.Env = soakEnv(t.TempDir())
			go func() {
				if out, err := cmd.CombinedOutput(); err != nil {
					errs <- fmt.Errorf("%v: %s", err, out)
					return
				}
				errs <- nil
			}()
		}
		for i := 0; i < 2; i++ {
			if err := <-errs; err != nil {
				t.Errorf("round %d: %v", round, err)
			}
		}
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if err := checkPDF(t, data, "Morning Brief"); err != nil {
		t.Error(err)
	}
}
