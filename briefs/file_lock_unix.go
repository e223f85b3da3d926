//go:build unix

package briefs

import (
	"errors"
	"os"
	"syscall"
)

// lockTemp takes an exclusive advisory lock on a temporary file that a
// write is filling, so that RemoveStaleTemps run by another writer of the
// same path leaves it alone. The lock ends when f is closed, or when the
// process dies, which is what makes a killed save's temp removable.
func lockTemp(f *os.File) error {
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX)
		if !errors.Is(err, syscall.EINTR) {
			return err
		}
	}
}

// tryLockTemp reports whether f's lock could be taken at once, that is,
// whether no live write holds it.
func tryLockTemp(f *os.File) bool {
	return syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB) == nil
}

// commitTemp renames the locked temporary file tmp to path and closes it,
// holding the lock until the rename is done.
func commitTemp(tmp *os.File, path string) error {
	if err := os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	return tmp.Close()
}
