// Package posixlocale keeps Fyne quiet under the C and POSIX locales.
//
// Fyne reads the user's locale in an init function and logs "Error parsing
// user locale C" when LANG is C.UTF-8 (the default of many servers, CI
// machines and cron jobs), so every command of the binary would start with
// a spurious error. Go initialises packages in import-path order once their
// dependencies are ready, so this package (standard library only, path
// "briefsmith/…") runs before "fyne.io/…" and, under a C or POSIX locale,
// asks for English through LANGUAGE, which only message catalogues read.
// Import it for its side effect from package main.
package posixlocale

import (
	"os"
	"strings"
)

func init() {
	if os.Getenv("LANGUAGE") == "" && isPOSIX(effectiveLocale(os.Getenv)) {
		os.Setenv("LANGUAGE", "en")
	}
}

// effectiveLocale is the locale messages are shown in: the first of
// LC_ALL, LC_MESSAGES and LANG that is set.
func effectiveLocale(getenv func(string) string) string {
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if val := getenv(v); val != "" {
			return val
		}
	}
	return ""
}

// isPOSIX reports whether a locale name is C or POSIX, with or without a
// codeset or modifier ("C.UTF-8", "POSIX@euro").
func isPOSIX(locale string) bool {
	name, _, _ := strings.Cut(locale, ".")
	name, _, _ = strings.Cut(name, "@")
	return name == "C" || name == "POSIX"
}
