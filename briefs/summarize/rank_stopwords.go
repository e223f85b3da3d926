package summarize

import "strings"

// stopwords are English function words left out of similarity and overlap
// scores. It is a lookup table, never modified.
var stopwords = setOf(`a about above after again against all almost also although always am among an
and another any anyone anything are around as at be became because become been before being below
between both but by can cannot could did do does doing done down during each either else enough even
ever every few for from further get gets got had has have having he her here hers herself him himself
his how however i if in into is it its itself just least less let like made make many may me might
more most much must my myself neither no nor not now of off often on once one only or other others
otherwise our ours ourselves out over own per perhaps quite rather said same say says she should
since so some such than that the their theirs them themselves then there these they this those
though through thus to too under until up upon us very was we were what whatever when where whether
which while who whom whose why will with within without would yet you your yours yourself mr mrs ms
s t don didn doesn isn wasn weren won wouldn couldn shouldn hasn haven hadn ll ve re d m`)

// setOf returns the set of the white-space separated words of s.
func setOf(s string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(s) {
		set[w] = true
	}
	return set
}
