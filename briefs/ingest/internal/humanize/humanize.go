// Package humanize writes sizes and durations the way the importers'
// error messages show them to people.
package humanize

import "fmt"

// Bytes writes a byte count in binary units: "512 bytes", "2.5 KiB",
// "10 MiB", "1.2 GiB".
func Bytes(n int64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d bytes", n)
	}
	value, prefix := float64(n)/unit, "KMGTPE"
	for i := 0; value >= unit && i < len(prefix)-1; i++ {
		value, prefix = value/unit, prefix[1:]
	}
	if value == float64(int64(value)) {
		return fmt.Sprintf("%d %ciB", int64(value), prefix[0])
	}
	return fmt.Sprintf("%.1f %ciB", value, prefix[0])
}
