//go:build race

package app

// raceDetector is true under -race, which slows everything several times
// over; timing assertions then only log.
const raceDetector = true
