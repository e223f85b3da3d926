//go:build !race

package webpage

// raceSlowdown is 1 without -race; see race_on_test.go.
const raceSlowdown = 1.0
