//go:build !unix

package briefs

import "os"

// lockTemp does nothing where flock is not available: there, a concurrent
// write of the same path may have its temporary file removed and fail
// (never losing the saved file).
func lockTemp(*os.File) error { return nil }

// tryLockTemp reports every temporary file as free where flock is not
// available.
func tryLockTemp(*os.File) bool { return true }

// commitTemp closes tmp and renames it to path (an open file cannot be
// renamed everywhere).
func commitTemp(tmp *os.File, path string) error {
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
