//go:build race

package main

// raceDetector is true under -race. The race runtime makes this test
// process several hundred MiB, and Linux carries a parent's resident high
// water mark into a child it forks and execs, so a child's peak RSS is then
// not its own: memory bounds on child processes only log under -race.
const raceDetector = true
