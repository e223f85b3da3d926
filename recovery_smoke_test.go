package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// recoveryScript runs the app on $BRIEF, types into the brief's title with
// xdotool, waits for the recovery snapshot, kills the app with SIGKILL,
// keeps a copy of the recovery folder, starts the app again with the same
// home folder and waits for it to offer the work back.
const recoveryScript = stopShell + `
waitfor() { i=0; while ! grep -q "$2" "$1" && [ $i -lt 300 ]; do sleep 0.1; i=$((i+1)); done; }
"$BIN" "$BRIEF" 2>"$LOG1" &
pid=$!
waitfor "$LOG1" "first frame"
timeout 60 xdotool search --sync --name Briefsmith windowfocus
sleep 1
xdotool mousemove 180 93 click 1  # the title field, under the menu bar and the toolbar
sleep 0.3
xdotool key ctrl+a
xdotool type --delay 30 "$TYPED"
sleep 3
kill -9 $pid
wait $pid 2>/dev/null
cp -r "$XDG_CONFIG_HOME/briefsmith/recovery" "$KEPT" 2>/dev/null
"$BIN" 2>"$LOG2" &
pid=$!
waitfor "$LOG2" "recovery: offered"
stop $pid
exit 0
`

// TestSmokeRecoveryAfterKill edits a brief in the real app under Xvfb,
// kills it with SIGKILL mid-edit and checks that the next start offers the
// unsaved edit back (issue 11, "App recovery").
func TestSmokeRecoveryAfterKill(t *testing.T) {
	needSmokeTools(t, "xdotool")
	bin := buildBinary(t)
	dir := t.TempDir()
	brief := filepath.Join(dir, "sample.brief")
	copyFile(t, filepath.Join("app", "testdata", "sample.brief"), brief)
	home := filepath.Join(dir, "home")
	const typed = "Edited before the crash"
	vars := map[string]string{
		"HOME": home, "XDG_CONFIG_HOME": home + "/.config", "XDG_CACHE_HOME": home + "/.cache",
		"XDG_DATA_HOME": home + "/.local/share", "LANG": "en_US.UTF-8", "BRIEFSMITH_TRACE_STARTUP": "1",
		"BIN": bin, "BRIEF": brief, "TYPED": typed, "KEPT": filepath.Join(dir, "kept"),
		"LOG1": filepath.Join(dir, "run1.log"), "LOG2": filepath.Join(dir, "run2.log"),
	}
	cmd, timedOut := boundedCommand(t, xvfbLimit, "xvfb-run", "-a", "-s", "-screen 0 1280x800x24", "sh", "-c", recoveryScript)
	cmd.Env = os.Environ()
	for k, v := range vars {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	out, err := cmd.CombinedOutput()
	log1, _ := os.ReadFile(vars["LOG1"])
	log2, _ := os.ReadFile(vars["LOG2"])
	if timedOut() {
		t.Fatalf("the recovery script did not finish within %v; its output:\n%s\nfirst run's log:\n%s\nsecond run's log:\n%s", xvfbLimit, out, log1, log2)
	}
	if err != nil {
		t.Fatalf("xvfb-run: %v\n%s", err, out)
	}
	snap := killedSnapshot(t, vars["KEPT"], typed, string(log1))
	if !strings.Contains(string(log2), "recovery: offered "+snap) {
		t.Fatalf("the next start did not offer %s back; its log:\n%s", snap, log2)
	}
}

// killedSnapshot finds the snapshot in dir whose brief has the typed title.
func killedSnapshot(t *testing.T, dir, title, log string) string {
	t.Helper()
	names, _ := filepath.Glob(filepath.Join(dir, "unsaved-*.json"))
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		var s struct {
			Brief struct {
				Title string `json:"title"`
			} `json:"brief"`
		}
		if err := json.Unmarshal(data, &s); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if s.Brief.Title == title {
			return filepath.Base(name)
		}
	}
	t.Fatalf("no recovery snapshot with the title %q among %v (did the click miss the title field?); log:\n%s", title, names, log)
	return ""
}
