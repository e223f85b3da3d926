package briefs

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// FileVersion is the .brief format version this build writes. Files with a
// higher version are refused with ErrNewerVersion rather than misread.
const FileVersion = 1

// FileExt is the extension of a saved brief.
const FileExt = ".brief"

// ErrNewerVersion is returned by Load for a file written by a newer
// Briefsmith than this one.
var ErrNewerVersion = errors.New("written by a newer version of Briefsmith")

// fileJSON is the on-disk envelope of a brief.
type fileJSON struct {
	Format  string `json:"format"`
	Version int    `json:"version"`
	Brief
}

const formatName = "briefsmith"

// Marshal encodes b in the .brief format (indented JSON with a version).
func Marshal(b *Brief) ([]byte, error) {
	data, err := json.MarshalIndent(fileJSON{Format: formatName, Version: FileVersion, Brief: *b}, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("encode brief: %w", err)
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

// Load reads and validates the brief at path.
func Load(path string) (*Brief, error) {
	data, err := os.ReadFile(path)
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
	if err := WriteFileAtomic(path, data, 0o644); err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	return nil
}

// WriteFileAtomic writes data to path through a synced temporary file and a
// rename, then syncs the directory so the rename itself is durable.
func WriteFileAtomic(path string, data []byte, perm os.FileMode) (err error) {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
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
	if err = tmp.Close(); err != nil {
		return err
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	if d, derr := os.Open(dir); derr == nil {
		d.Sync() // best effort: not every filesystem supports syncing a directory
		d.Close()
	}
	return nil
}
