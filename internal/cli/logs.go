package cli

import (
	"log"
	"sync"
)

// hiddenLog takes the standard log package's output for one command-line
// run. net/http logs through it ("Unsolicited response received on idle
// HTTP channel starting with …", with a hostile page's bytes); such lines
// are for developers, so they are counted, not printed, and the run ends
// with one msgHTTPLogHidden note when there were any.
type hiddenLog struct {
	mu    sync.Mutex
	lines int
}

func (h *hiddenLog) Write(p []byte) (int, error) {
	h.mu.Lock()
	h.lines++
	h.mu.Unlock()
	return len(p), nil
}

func (h *hiddenLog) count() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.lines
}

// captureLog sends the standard logger's output to a hiddenLog until the
// returned function is called, which restores it and reports what was
// hidden. The standard logger is the process's; a command line owns the
// process while it runs.
func (c *cli) captureLog() (restore func()) {
	h := &hiddenLog{}
	prev := log.Writer()
	log.SetOutput(h)
	return func() {
		log.SetOutput(prev)
		if n := h.count(); n > 0 {
			c.say(msgHTTPLogHidden, n)
		}
	}
}
