//go:build race

package webpage

// raceSlowdown widens time bounds under -race, which makes this code
// several times slower; memory bounds stay as they are.
const raceSlowdown = 10.0
