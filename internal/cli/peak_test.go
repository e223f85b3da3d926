package cli

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// BRIEFSMITH_REPORT_PEAK_RSS=1 ends every command with one
// "peak-rss-kb: N" line on standard error, N this process's VmHWM; without
// it nothing is added.
func TestPeakRSSReport(t *testing.T) {
	if _, err := os.Stat("/proc/self/status"); err != nil {
		t.Skip("no /proc here")
	}
	getenv := func(k string) string {
		if k == peakRSSEnv {
			return "1"
		}
		return ""
	}
	code, out, errs := run(Env{Version: "1.2.3", Getenv: getenv}, "version")
	m := regexp.MustCompile(`(?m)\Apeak-rss-kb: (\d+)\n\z`).FindStringSubmatch(errs)
	if code != exitOK || out != "briefsmith 1.2.3\n" || m == nil {
		t.Fatalf("code %d, out %q, stderr %q: want one peak-rss-kb line", code, out, errs)
	}
	if kb, _ := strconv.Atoi(m[1]); kb < 1000 {
		t.Errorf("peak %d kB: less than a Go test process needs", kb)
	}
	if _, _, errs := run(Env{Version: "1.2.3"}, "version"); strings.Contains(errs, "peak-rss") {
		t.Errorf("reported without %s: %q", peakRSSEnv, errs)
	}
}
