package posixlocale

import "testing"

func TestIsPOSIX(t *testing.T) {
	cases := map[string]bool{
		"C": true, "C.UTF-8": true, "C.utf8": true, "POSIX": true, "POSIX@euro": true,
		"": false, "en_US.UTF-8": false, "de_DE": false, "Cy_GB": false,
	}
	for locale, want := range cases {
		if got := isPOSIX(locale); got != want {
			t.Errorf("isPOSIX(%q) = %v, want %v", locale, got, want)
		}
	}
}

func TestEffectiveLocaleOrder(t *testing.T) {
	env := map[string]string{"LANG": "C.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8"}
	if got := effectiveLocale(func(k string) string { return env[k] }); got != "fr_FR.UTF-8" {
		t.Fatalf("effectiveLocale = %q, LC_MESSAGES should win over LANG", got)
	}
}
