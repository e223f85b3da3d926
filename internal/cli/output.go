package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"path/filepath"
	"strings"

	"briefsmith/briefs"
	"briefsmith/templates"
)

// outputFlags are the flags compose and export share: where to write,
// which template, and the review's --approved-only.
type outputFlags struct {
	out, template string
	approvedOnly  bool
	brandFlags    brandFlags
	brand         briefs.Brand // the brand flags, checked
}

func (o *outputFlags) register(fs *flag.FlagSet, templateDefault string) {
	fs.StringVar(&o.out, "o", "", "write to `OUT` (required); its extension picks the format: "+strings.Join(templates.Formats(), " "))
	fs.StringVar(&o.template, "template", "", "template `NAME or PATH` ("+templateDefault+"): "+strings.Join(templates.Names(), ", ")+", or a .toml file")
	fs.BoolVar(&o.approvedOnly, "approved-only", false, "leave out every item that is not approved")
	o.brandFlags.register(fs)
}

// check validates the output flags of command cmd.
func (o *outputFlags) check(cmd string) error {
	if o.out == "" {
		return usage(msgNeedOut, cmd)
	}
	if err := checkFormat(o.out); err != nil {
		return err
	}
	brand, err := o.brandFlags.brand()
	if err != nil {
		return err
	}
	o.brand = brand
	return resolveTemplate(o.template)
}

func checkFormat(out string) error {
	ext := strings.ToLower(filepath.Ext(out))
	for _, f := range templates.Formats() {
		if f == ext {
			return nil
		}
	}
	return usage(msgBadExtension, shown(out), strings.Join(templates.Formats(), ", "))
}

// write reviews b (see review), keeps only its approved items when asked,
// exports it to OUT and prints the path written. It reports every failure
// itself; the error only says that there was one.
func (o *outputFlags) write(ctx context.Context, c *cli, b *briefs.Brief) error {
	if o.approvedOnly {
		c.approvedItems(b)
		if len(b.Items) == 0 {
			c.say(msgNoApproved, shown(o.out))
			return errNothingToWrite
		}
	}
	c.review(b, o.approvedOnly)
	applyBrand(b, o.brand)
	lib := templates.UserLibrary()
	err := templates.ExportFile(ctx, o.out, b, templates.Options{Template: b.Template, Library: &lib})
	switch {
	case errors.Is(err, context.Canceled):
		c.say(msgCancelledNotWritten, shown(o.out))
		return err
	case err != nil:
		c.say(msgWriteFailed, shown(o.out), strings.TrimPrefix(err.Error(), "export "+o.out+": "))
		return err
	}
	fmt.Fprintln(c.out, shown(o.out))
	return nil
}

// errNothingToWrite is write's error when --approved-only left no item.
var errNothingToWrite = errors.New("nothing to write")
