package humanize

import "testing"

func TestBytes(t *testing.T) {
	cases := []struct {
		name string
		n    int64
		want string
	}{
		{"zero", 0, "0 bytes"},
		{"under a KiB", 1023, "1023 bytes"},
		{"exact KiB", 2048, "2 KiB"},
		{"fractional KiB", 2560, "2.5 KiB"},
		{"ten MiB", 10 << 20, "10 MiB"},
		{"fifty MB file", 50_000_000, "47.7 MiB"},
		{"GiB", 3 << 30, "3 GiB"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := Bytes(tc.n); got != tc.want {
				t.Errorf("Bytes(%d) = %q, want %q", tc.n, got, tc.want)
			}
		})
	}
}
