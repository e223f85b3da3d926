package briefs

import "runtime"

// UserAgent is the User-Agent header every HTTP request of this build
// sends, built from the release version: "Briefsmith/0.1.0".
func UserAgent(version string) string {
	if version == "" {
		version = "dev"
	}
	return "Briefsmith/" + version
}

// SummaryConcurrency is the one rule for how many articles a batch
// summarises at once, used by the command line and the app alike:
//   - requested > 0 (a flag, or a test) wins;
//   - a network-bound summariser (an LLM; networkLimit > 0) overlaps
//     networkLimit calls, since each mostly waits on the server;
//   - the offline summariser is CPU-bound, so it runs one article per core,
//     less one core when keepCoreFree is set (a window is drawing), and
//     never fewer than one.
func SummaryConcurrency(requested, networkLimit int, keepCoreFree bool) int {
	switch {
	case requested > 0:
		return requested
	case networkLimit > 0:
		return networkLimit
	}
	n := runtime.NumCPU()
	if keepCoreFree {
		n--
	}
	return max(n, 1)
}
