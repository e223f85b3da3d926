package cli

import (
	"fmt"
	"io"
	"os"
	"strings"
)

// peakRSSEnv, set to "1", makes Run end by writing this process's peak
// resident memory to standard error as one line, "peak-rss-kb: N" (VmHWM
// from /proc/self/status; nothing where there is no /proc). Tests measure
// the binary with it: on Linux a child's rusage ru_maxrss is not its own,
// since the kernel carries the parent's high-water mark across fork and
// exec, while VmHWM starts afresh with the new program.
const peakRSSEnv = "BRIEFSMITH_REPORT_PEAK_RSS"

// reportPeakRSS writes the "peak-rss-kb: N" line to w.
func reportPeakRSS(w io.Writer) {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			fmt.Fprintf(w, "peak-rss-kb: %s\n", strings.TrimSuffix(strings.TrimSpace(v), " kB"))
			return
		}
	}
}
