package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"image"
	"image/png"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The smoke tests run the real binary under Xvfb. They skip under -short
// and when xvfb-run or ImageMagick's import is missing.

// stopShell defines stop PID for the smoke scripts: SIGTERM, then SIGKILL
// if the app is still alive 10 s later, then wait for it.
const stopShell = `stop() { kill $1 2>/dev/null; i=0; while kill -0 $1 2>/dev/null && [ $i -lt 100 ]; do sleep 0.1; i=$((i+1)); done; kill -9 $1 2>/dev/null; wait $1 2>/dev/null; }
`

// smokeScript starts the app, waits for its first frame, runs $ACTIONS,
// waits $WAIT seconds, takes a screenshot and records whether the app is
// still alive.
const smokeScript = stopShell + `
"$BIN" "$BRIEF" 2>"$LOG" &
pid=$!
i=0
while ! grep -q "first frame" "$LOG" && [ $i -lt 300 ]; do sleep 0.1; i=$((i+1)); done
sh -c "$ACTIONS"
sleep "$WAIT"
import -window root "$PNG"
if kill -0 $pid 2>/dev/null; then echo alive >"$ALIVE"; fi
stop $pid
exit 0
`

// smokeRun is one run of the app under Xvfb and what it left behind.
type smokeRun struct {
	log   string // the app's standard error with trace lines
	shot  image.Image
	alive bool
}

func needSmokeTools(t *testing.T, tools ...string) {
	t.Helper()
	if testing.Short() {
		t.Skip("smoke test skipped under -short")
	}
	for _, tool := range append([]string{"xvfb-run", "import"}, tools...) {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("smoke test needs %s: %v", tool, err)
		}
	}
}

// buildBinary builds briefsmith into a temporary folder.
func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "briefsmith")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// runSmoke runs bin on brief under Xvfb with a fresh home folder.
func runSmoke(t *testing.T, bin, brief, actions string, wait time.Duration) smokeRun {
	t.Helper()
	dir := t.TempDir()
	home := filepath.Join(dir, "home")
	files := map[string]string{"LOG": "app.log", "PNG": "shot.png", "ALIVE": "alive"}
	env := append(os.Environ(), "HOME="+home, "XDG_CONFIG_HOME="+home+"/.config", "XDG_CACHE_HOME="+home+"/.cache",
		"XDG_DATA_HOME="+home+"/.local/share", "LANG=en_US.UTF-8", "BRIEFSMITH_TRACE_STARTUP=1",
		"BIN="+bin, "BRIEF="+brief, "ACTIONS="+actions, fmt.Sprintf("WAIT=%.1f", wait.Seconds()))
	for k, name := range files {
		env = append(env, k+"="+filepath.Join(dir, name))
	}
	cmd, timedOut := boundedCommand(t, xvfbLimit, "xvfb-run", "-a", "-s", "-screen 0 1280x800x24", "sh", "-c", smokeScript)
	cmd.Env = env
	out, err := cmd.CombinedOutput()
	logData, _ := os.ReadFile(filepath.Join(dir, "app.log"))
	if timedOut() {
		t.Fatalf("the smoke script did not finish within %v; its output:\n%s\nthe app's log:\n%s", xvfbLimit, out, logData)
	}
	if err != nil {
		t.Fatalf("xvfb-run: %v\n%s", err, out)
	}
	_, aliveErr := os.Stat(filepath.Join(dir, "alive"))
	return smokeRun{log: string(logData), shot: readPNG(t, filepath.Join(dir, "shot.png")), alive: aliveErr == nil}
}

func readPNG(t *testing.T, path string) image.Image {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("no screenshot: %v", err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("screenshot %s: %v", path, err)
	}
	return img
}

// lumaStdDev is the standard deviation of the image's brightness; a blank
// or single-colour screen has (nearly) none.
func lumaStdDev(img image.Image) float64 {
	var sum, sq, n float64
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			r, g, bl, _ := img.At(x, y).RGBA()
			l := (0.299*float64(r) + 0.587*float64(g) + 0.114*float64(bl)) / 257
			sum, sq, n = sum+l, sq+l*l, n+1
		}
	}
	mean := sum / n
	return math.Sqrt(sq/n - mean*mean)
}

// traceMillis finds the milliseconds of the first trace line naming note.
func traceMillis(log, note string) (int, bool) {
	re := regexp.MustCompile(regexp.QuoteMeta(note) + `[^\n]*? at (\d+) ms`)
	m := re.FindStringSubmatch(log)
	if m == nil {
		return 0, false
	}
	ms, _ := strconv.Atoi(m[1])
	return ms, true
}

func TestSmokeWindowDraws(t *testing.T) {
	needSmokeTools(t)
	bin := buildBinary(t)
	brief := filepath.Join(t.TempDir(), "sample.brief")
	copyFile(t, filepath.Join("app", "testdata", "sample.brief"), brief)
	run := runSmoke(t, bin, brief, "true", 5*time.Second)
	if !run.alive {
		t.Fatalf("the app died within 5 s; its log:\n%s", run.log)
	}
	if sd := lumaStdDev(run.shot); sd < 10 {
		t.Fatalf("the screenshot looks blank (brightness std-dev %.1f)", sd)
	}
	ms, ok := traceMillis(run.log, "first frame")
	if !ok {
		t.Fatalf("no first-frame trace; log:\n%s", run.log)
	}
	t.Logf("time to first frame: %d ms (fresh home folder, so Fyne builds its font index)", ms)
}

// TestSmokeResponsiveWhileSummarising summarises a 20-item brief through
// the keyboard (Ctrl+Shift+Enter) and reports the longest UI stall.
func TestSmokeResponsiveWhileSummarising(t *testing.T) {
	needSmokeTools(t, "xdotool")
	bin := buildBinary(t)
	brief := filepath.Join(t.TempDir(), "twenty.brief")
	writeBigBrief(t, filepath.Join("app", "testdata", "sample.brief"), brief, 20)
	// Summarise all, then export: Ctrl+E and a click on the dialog's Export
	// button (where it sits in a 1280×800 window).
	keys := "timeout 60 xdotool search --sync --name Briefsmith windowfocus; sleep 1; xdotool key ctrl+shift+Return; " +
		"sleep 4; xdotool key ctrl+e; sleep 1; xdotool mousemove 684 476 click 1"
	run := runSmoke(t, bin, brief, keys, 6*time.Second)
	if !run.alive {
		t.Fatalf("the app died; its log:\n%s", run.log)
	}
	start, ok1 := traceMillis(run.log, "summarise 20 items: start")
	done, ok2 := traceMillis(run.log, "summarise: done")
	applied := regexp.MustCompile(`applied in (\d+) ms`).FindStringSubmatch(run.log)
	if !ok1 || !ok2 || applied == nil {
		t.Fatalf("summarising did not start and finish; log:\n%s", run.log)
	}
	uiWork, _ := strconv.Atoi(applied[1])
	worst := worstStall(run.log, start, done+1000)
	t.Logf("summarised 20 items in %d ms; applying them took the UI goroutine %d ms; "+
		"longest wait for the UI goroutine meanwhile %d ms (includes drawing and machine load)", done-start, uiWork, worst)
	if uiWork > 100 {
		t.Errorf("applying 20 summaries blocked the UI goroutine for %d ms", uiWork)
	}
	if es, ok := traceMillis(run.log, "export: start"); ok {
		ed, _ := traceMillis(run.log, "export: done")
		t.Logf("exported 20 items to PDF in %d ms; longest wait for the UI goroutine meanwhile %d ms", ed-es, worstStall(run.log, es, ed+1000))
	} else {
		t.Logf("the export was not triggered (the click missed the dialog's button); log:\n%s", run.log)
	}
}

// worstStall is the largest "ui stall max" reported between from and to ms.
func worstStall(log string, from, to int) int {
	re := regexp.MustCompile(`ui stall max (\d+) ms at (\d+) ms`)
	worst := 0
	sc := bufio.NewScanner(strings.NewReader(log))
	for sc.Scan() {
		if m := re.FindStringSubmatch(sc.Text()); m != nil {
			stall, _ := strconv.Atoi(m[1])
			at, _ := strconv.Atoi(m[2])
			if at >= from && at <= to {
				worst = max(worst, stall)
			}
		}
	}
	return worst
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// writeBigBrief repeats the fixture's items until there are n, with fresh
// IDs, and writes the result to to.
func writeBigBrief(t *testing.T, from, to string, n int) {
	t.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	items := doc["items"].([]any)
	var out []any
	for i := 0; len(out) < n; i++ {
		it := map[string]any{}
		for k, v := range items[i%len(items)].(map[string]any) {
			it[k] = v
		}
		it["id"] = fmt.Sprintf("item-%d", i+1)
		out = append(out, it)
	}
	doc["items"] = out
	data, _ = json.Marshal(doc)
	if err := os.WriteFile(to, data, 0o644); err != nil {
		t.Fatal(err)
	}
}
