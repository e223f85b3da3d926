package main

import (
	"context"
	"os/exec"
	"syscall"
	"testing"
	"time"
)

// Limits on the subprocesses the tests start. A child that outlives its
// limit is killed with everything it started, and its test fails saying
// so, instead of hanging the whole run until go test's own timeout.
const (
	cliLimit  = 5 * time.Minute // one run of the command line
	xvfbLimit = 4 * time.Minute // one smoke script under Xvfb
	toolLimit = time.Minute     // pdftotext and its kin
)

// boundedCommand is exec.Command with a limit: the command runs in a
// process group of its own, which is killed when limit passes or the test
// ends, and its output pipes are closed five seconds later even if a
// grandchild holds them. timedOut reports whether the limit ended it.
func boundedCommand(t testing.TB, limit time.Duration, name string, args ...string) (cmd *exec.Cmd, timedOut func() bool) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	t.Cleanup(cancel)
	cmd = exec.CommandContext(ctx, name, args...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.WaitDelay = 5 * time.Second
	return cmd, func() bool { return ctx.Err() == context.DeadlineExceeded }
}

// toolOutput runs a short tool such as pdftotext and returns its standard
// output, failing the test if it does not finish within toolLimit.
func toolOutput(t testing.TB, name string, args ...string) ([]byte, error) {
	t.Helper()
	cmd, timedOut := boundedCommand(t, toolLimit, name, args...)
	out, err := cmd.Output()
	if timedOut() {
		t.Fatalf("%s %v did not finish within %v", name, args, toolLimit)
	}
	return out, err
}

// TestBoundedCommandKillsAHungTree: a child that never ends, and a
// grandchild that keeps its output pipe open, are both ended at the limit.
func TestBoundedCommandKillsAHungTree(t *testing.T) {
	cmd, timedOut := boundedCommand(t, 500*time.Millisecond, "sh", "-c", "sleep 600 & sleep 600")
	start := time.Now()
	_, err := cmd.CombinedOutput()
	if took := time.Since(start); took > 20*time.Second {
		t.Fatalf("the hung command took %v to end", took)
	}
	if err == nil || !timedOut() {
		t.Fatalf("err %v, timed out %v: want an error from a command ended by its limit", err, timedOut())
	}
}
