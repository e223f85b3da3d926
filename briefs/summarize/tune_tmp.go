package summarize

import (
	"os"
	"strconv"
	"strings"
)

// TEMPORARY tuning hook, removed before the final commit.
var tune = func() map[string]float64 {
	m := map[string]float64{}
	for _, kv := range strings.Split(os.Getenv("BRIEFSMITH_TUNE"), ",") {
		k, v, ok := strings.Cut(kv, "=")
		if ok {
			f, _ := strconv.ParseFloat(v, 64)
			m[k] = f
		}
	}
	return m
}()

func tv(k string, def float64) float64 {
	if v, ok := tune[k]; ok {
		return v
	}
	return def
}
