package briefs

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// FileVersion is the .brief format version this build writes. Files with a
// higher version are refused with ErrNewerVersion rather than misread.
const FileVersion = 1

// FileExt is the extension of a saved brief.
const FileExt = ".brief"

// ErrNewerVersion is returned by Load for a file written by a newer
// Briefsmith than this one.
var ErrNewerVersion = errors.New("written by a newer version of Briefsmith")

// ErrTooLarge is returned by Load for a file over MaxFileSize, and by
// Marshal (so by every save) for a brief that would encode to more: a
// brief is never written that could not be opened again.
var ErrTooLarge = errors.New("too large to be a brief")

// MaxFileSize is the largest .brief file Load reads. A brief of 50 items,
// each with a long article, is a few MiB; anything near this size is not a
// brief, and reading it whole would cost several times its size in memory.
const MaxFileSize = 32 << 20

// NewFileMode is the mode of a newly created brief: private to the user,
// since briefs often hold material not yet meant for others. Overwriting an
// existing file keeps that file's mode.
const NewFileMode os.FileMode = 0o600

// fileJSON is the on-disk envelope of a brief.
type fileJSON struct {
	Format  string `json:"format"`
	Version int    `json:"version"`
	Brief
}

const formatName = "briefsmith"

// Marshal encodes b in the .brief format (indented JSON with a version). It
// refuses what Load would refuse: a brief that does not validate, and one
// whose encoding would exceed MaxFileSize (ErrTooLarge).
func Marshal(b *Brief) ([]byte, error) {
	if err := b.Validate(); err != nil {
		return nil, fmt.Errorf("encode brief: %w", err)
	}
	data, err := json.MarshalIndent(fileJSON{Format: formatName, Version: FileVersion, Brief: *b}, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("encode brief: %w", err)
	}
	if len(data) >= MaxFileSize {
		return nil, fmt.Errorf("the brief would be %d MiB, over the %d MiB a brief may hold (remove items or import shorter articles): %w",
			len(data)>>20, MaxFileSize>>20, ErrTooLarge)
	}
	return append(data, '\n'), nil
}

// Unmarshal decodes and validates a brief in the .brief format.
func Unmarshal(data []byte) (*Brief, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, errors.New("the file is empty")
	}
	var head struct {
		Format  string `json:"format"`
		Version *int   `json:"version"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return nil, fmt.Errorf("not a brief file (damaged or not JSON): %w", err)
	}
	switch {
	case head.Format == "":
		return nil, fmt.Errorf("not a brief file: it has no \"format\": %q field", formatName)
	case head.Format != formatName:
		return nil, fmt.Errorf("not a brief file: its format is %q, not %q", head.Format, formatName)
	case head.Version == nil:
		return nil, errors.New("not a brief file: it has no version")
	case *head.Version > FileVersion:
		return nil, fmt.Errorf("format version %d, this build reads up to %d: %w", *head.Version, FileVersion, ErrNewerVersion)
	case *head.Version < 1:
		return nil, fmt.Errorf("not a brief file: version %d", *head.Version)
	}
	var f fileJSON
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("damaged brief file: %w", err)
	}
	b := f.Brief
	if err := b.Validate(); err != nil {
		return nil, fmt.Errorf("damaged brief file: %w", err)
	}
	return &b, nil
}

// Load reads and validates the brief at path. A file over MaxFileSize is
// refused with ErrTooLarge before it is read.
func Load(path string) (*Brief, error) {
	data, err := readCapped(path, MaxFileSize)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	b, err := Unmarshal(data)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return b, nil
}

// Save writes b to path atomically: the new content goes to a temporary file
// in the same directory, is synced to disk, then renamed over path, so a crash
// leaves either the old file or the new one, never a torn mix.
func Save(path string, b *Brief) error {
	data, err := Marshal(b)
	if err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	if err := WriteFileAtomic(path, data, NewFileMode); err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	return nil
}

// readCapped reads the file at path, refusing one larger than limit bytes
// without reading it (and without trusting the size a special file reports).
func readCapped(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.Size() > limit {
		return nil, fmt.Errorf("the file is %d MiB, over the %d MiB limit: %w", st.Size()>>20, limit>>20, ErrTooLarge)
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("the file is over the %d MiB limit: %w", limit>>20, ErrTooLarge)
	}
	return data, nil
}

// WriteFileAtomic writes data to path through a synced temporary file and a
// rename, then syncs the directory so the rename itself is durable. Nothing
// touches the existing file until the rename. perm is the mode of a new
// file; an existing file keeps its own mode. When path is a symbolic link,
// the file it points to is replaced and the link is kept. Temporary files
// left by an earlier interrupted write of the same file are removed.
func WriteFileAtomic(path string, data []byte, perm os.FileMode) (err error) {
	path, perm, err = writeTarget(path, perm)
	if err != nil {
		return err
	}
	RemoveStaleTemps(path)
	dir := filepath.Dir(path)
	tmp, err := createLockedTemp(dir, tempPrefix(path))
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Chmod(perm); err != nil {
		return err
	}
	if err = commitTemp(tmp, path); err != nil {
		return err
	}
	if d, derr := os.Open(dir); derr == nil {
		d.Sync() // best effort: not every filesystem supports syncing a directory
		d.Close()
	}
	return nil
}

// createLockedTemp creates a temporary file in dir named prefix+random and
// locks it (see lockTemp). A concurrent RemoveStaleTemps may remove the file
// between its creation and the lock; the file is then made again.
func createLockedTemp(dir, prefix string) (*os.File, error) {
	for {
		tmp, err := os.CreateTemp(dir, prefix+"*")
		if err != nil {
			return nil, err
		}
		if err := lockTemp(tmp); err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
			return nil, err
		}
		if stillThere(tmp) {
			return tmp, nil
		}
		tmp.Close()
	}
}

// stillThere reports whether the open file f is still the file at its name.
func stillThere(f *os.File) bool {
	open, err := f.Stat()
	if err != nil {
		return false
	}
	named, err := os.Lstat(f.Name())
	return err == nil && os.SameFile(open, named)
}

// writeTarget resolves where a write to path really goes: through any
// symbolic links to the final file, whose mode replaces perm when it exists.
func writeTarget(path string, perm os.FileMode) (string, os.FileMode, error) {
	real, err := filepath.EvalSymlinks(path)
	switch {
	case err == nil:
		path = real
	case !errors.Is(err, fs.ErrNotExist):
		return "", 0, err
	default:
		// A dangling link: write where it points, creating the file.
		if target, lerr := os.Readlink(path); lerr == nil {
			if !filepath.IsAbs(target) {
				target = filepath.Join(filepath.Dir(path), target)
			}
			path = target
		}
	}
	if st, err := os.Stat(path); err == nil {
		if !st.Mode().IsRegular() {
			return "", 0, fmt.Errorf("%s is not a regular file", path)
		}
		perm = st.Mode().Perm()
	}
	return path, perm, nil
}

// tempPrefix is the name prefix of the temporary files WriteFileAtomic
// makes for path: ".NAME.tmp-".
func tempPrefix(path string) string {
	return "." + filepath.Base(path) + ".tmp-"
}

// RemoveStaleTemps removes the temporary files an interrupted
// WriteFileAtomic of path may have left beside it. A temp that a write in
// progress (in this process or another) holds locked is left alone, so two
// saves of the same file do not break each other. It is best effort: a
// file that cannot be removed is left alone. Callers run it at start for
// the files they know; WriteFileAtomic runs it before every write.
func RemoveStaleTemps(path string) {
	matches, err := filepath.Glob(filepath.Join(filepath.Dir(path), globEscape(tempPrefix(path))+"*"))
	if err != nil {
		return
	}
	for _, m := range matches {
		removeIfStale(m)
	}
}

// RemoveStaleTempsMatching is RemoveStaleTemps for every file in dir whose
// name matches the glob pattern, for callers that write files of many names
// (the app's recovery snapshots, one per session) and so cannot name them.
func RemoveStaleTempsMatching(dir, pattern string) {
	matches, err := filepath.Glob(filepath.Join(dir, "."+pattern+".tmp-*"))
	if err != nil {
		return
	}
	for _, m := range matches {
		removeIfStale(m)
	}
}

// removeIfStale removes the temporary file at name unless it is not a
// regular file or a live write holds its lock.
func removeIfStale(name string) {
	if st, err := os.Lstat(name); err != nil || !st.Mode().IsRegular() {
		return
	}
	f, err := os.Open(name)
	if err != nil {
		return
	}
	defer f.Close()
	if tryLockTemp(f) && stillThere(f) {
		os.Remove(name)
	}
}

// globEscape quotes the characters filepath.Match treats specially.
func globEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(`*?[\`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
