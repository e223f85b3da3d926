package app

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"
)

// savePicker asks where to save a file and hands back the path. It creates,
// opens and empties nothing: the caller writes the file atomically later.
//
// Fyne's own save dialog cannot be used for this. Before its callback runs
// it calls storage.Writer on the chosen file, which for a local file is
// os.Create: the file is created, or an existing one emptied, before the
// app has written a byte (fyne v2.7.4 dialog/file.go, makeOpenButton, and
// internal/repository/file.go, openFile). It also joins whatever is typed
// to the current folder with storage.Child, so "~/briefs/morning.brief" or
// an absolute path named a file that could not be created, and the error
// was easy to drop. Fyne has no mode that only picks a path (fyne-io/fyne
// issue 1264). So this dialog is a folder (typed, or picked with Fyne's
// folder dialog, which creates nothing) and a file name, which may also be
// a full path.
type savePicker struct {
	dlgs     *dialogs
	req      saveRequest
	folder   *widget.Entry
	name     *widget.Entry
	browse   *widget.Button
	dlg      *dialog.ConfirmDialog
	onChosen func(path string)
}

// saveRequest says what the save picker asks for.
type saveRequest struct {
	title  string // dialog title
	folder string // where to start; "" for the home folder
	name   string // suggested file name
	ext    string // added when the chosen name lacks it, e.g. ".brief"
}

// chooseSavePath shows the save picker over d's window; chosen runs with
// the absolute path once the user picked one (and agreed to replace an
// existing file). Cancel runs nothing.
func chooseSavePath(d *dialogs, req saveRequest, chosen func(path string)) *savePicker {
	p := &savePicker{dlgs: d, req: req, folder: widget.NewEntry(), name: widget.NewEntry(), onChosen: chosen}
	p.folder.SetText(req.folder)
	p.folder.SetPlaceHolder("Folder")
	p.name.SetText(req.name)
	p.name.SetPlaceHolder("File name")
	p.name.OnSubmitted = func(string) { p.dlg.Confirm() }
	p.browse = widget.NewButton("Browse…", p.onBrowse)
	form := widget.NewForm(
		widget.NewFormItem("Folder", container.NewBorder(nil, nil, nil, p.browse, p.folder)),
		widget.NewFormItem("File name", p.name),
	)
	hint := caption("Type a name, or a full path such as ~/briefs/morning.brief.")
	p.dlg = dialog.NewCustomConfirm(req.title, "Save", "Cancel", container.NewVBox(form, hint), p.onClosed, d.parent)
	p.dlg.Resize(fyne.NewSize(620, 0))
	p.dlg.Show()
	d.parent.Canvas().Focus(p.name)
	return p
}

// onBrowse picks the folder with Fyne's folder dialog.
func (p *savePicker) onBrowse() {
	fd := dialog.NewFolderOpen(p.onFolder, p.dlgs.parent)
	if dir, err := expandHome(strings.TrimSpace(p.folder.Text)); err == nil && dir != "" {
		if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
			fd.SetLocation(l)
		}
	}
	fd.Show()
}

func (p *savePicker) onFolder(dir fyne.ListableURI, err error) {
	if err != nil {
		p.dlgs.showError("Could not choose the folder", err)
		return
	}
	if dir != nil {
		p.folder.SetText(dir.Path())
	}
}

// onClosed checks the chosen path and hands it on, after asking before
// an existing file is replaced. After an error the picker comes back with
// what was typed, to be corrected.
func (p *savePicker) onClosed(ok bool) {
	if !ok {
		return
	}
	path, err := resolveSavePath(p.folder.Text, p.name.Text, p.req.ext)
	if err != nil {
		p.fail(err)
		return
	}
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		p.onChosen(path)
	case err != nil:
		p.fail(err)
	case info.IsDir():
		p.fail(fmt.Errorf("%s is a folder; choose a file name", path))
	default:
		p.dlgs.ask("Replace the file?", fmt.Sprintf("%s already exists. Replace it?", path),
			choice{label: "Cancel", run: p.dlg.Show}, choice{label: "Replace", important: true, run: func() { p.onChosen(path) }})
	}
}

func (p *savePicker) fail(err error) {
	p.dlgs.showErrorThen("Cannot save there", err, p.dlg.Show)
}

// resolveSavePath turns the typed folder and name into an absolute path
// ending in ext. The name may be a full path, absolute or starting with ~;
// the folder it names must exist.
func resolveSavePath(folder, name, ext string) (string, error) {
	name, err := expandHome(strings.TrimSpace(name))
	if err != nil {
		return "", err
	}
	if name == "" || strings.HasSuffix(name, string(filepath.Separator)) {
		return "", errors.New("type a file name")
	}
	if !filepath.IsAbs(name) {
		dir, err := expandHome(strings.TrimSpace(folder))
		if err != nil {
			return "", err
		}
		if dir == "" {
			return "", errors.New("type a folder, or a full path as the file name")
		}
		name = filepath.Join(dir, name)
	}
	path, err := filepath.Abs(withExt(name, ext))
	if err != nil {
		return "", fmt.Errorf("%s: %w", name, err)
	}
	dir := filepath.Dir(path)
	info, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "", fmt.Errorf("the folder %s does not exist", dir)
	case err != nil:
		return "", fmt.Errorf("the folder %s: %w", dir, err)
	case !info.IsDir():
		return "", fmt.Errorf("%s is a file, not a folder", dir)
	}
	return path, nil
}

// expandHome replaces a leading "~" or "~/" by the home folder.
func expandHome(p string) (string, error) {
	if p != "~" && !strings.HasPrefix(p, "~/") && !strings.HasPrefix(p, `~\`) {
		return p, nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("cannot find the home folder for %s: %w", p, err)
	}
	return filepath.Join(home, p[1:]), nil
}
