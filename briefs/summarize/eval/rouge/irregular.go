package rouge

import "strings"

// irregularForms maps inflected English words that no suffix rule can reduce
// to their base form ("went" → "go", "children" → "child"). ROUGE-1.5.5
// consults a similar list (built from WordNet's exception files) before
// stemming; this one is written from common English grammar and covers the
// irregular verbs, plurals and comparatives frequent in news text. Each
// line is a base form followed by its irregular forms.
var irregularForms = buildIrregular(`
arise arose arisen
awake awoke awoken
be was were been
bear bore borne born
beat beaten
become became
begin began begun
bend bent
bet
bid
bind bound
bite bit bitten
bleed bled
blow blew blown
break broke broken
breed bred
bring brought
build built
burn burnt
burst
buy bought
catch caught
choose chose chosen
cling clung
come came
cost
creep crept
cut
deal dealt
dig dug
do did done does
draw drew drawn
dream dreamt
drink drank drunk
drive drove driven
eat ate eaten
fall fell fallen
feed fed
feel felt
fight fought
find found
flee fled
fling flung
fly flew flown flies
forbid forbade forbidden
forecast
foresee foresaw foreseen
forget forgot forgotten
forgive forgave forgiven
freeze froze frozen
get got gotten
give gave given
go went gone goes
grind ground
grow grew grown
hang hung
have has had
hear heard
hide hid hidden
hit
hold held
hurt
keep kept
kneel knelt
know knew known
lay laid
lead led
lean leant
leap leapt
learn learnt
leave left
lend lent
let
lie lay lain
light lit
lose lost
make made
mean meant
meet met
mislead misled
mistake mistook mistaken
overcome overcame
overtake overtook overtaken
overthrow overthrew overthrown
pay paid
prove proven
put
quit
read
rebuild rebuilt
repay repaid
ride rode ridden
ring rang rung
rise rose risen
run ran
say said
see saw seen
seek sought
sell sold
send sent
set
shake shook shaken
shed
shine shone
shoot shot
show shown
shrink shrank shrunk
shut
sing sang sung
sink sank sunk
sit sat
slay slew slain
sleep slept
slide slid
speak spoke spoken
speed sped
spend spent
spin spun
split
spread
spring sprang sprung
stand stood
steal stole stolen
stick stuck
sting stung
stink stank stunk
strike struck stricken
strive strove striven
swear swore sworn
sweep swept
swim swam swum
swing swung
take took taken
teach taught
tear tore torn
tell told
think thought
throw threw thrown
tread trod trodden
undergo underwent undergone
understand understood
undertake undertook undertaken
upset
uphold upheld
wake woke woken
wear wore worn
weave wove woven
weep wept
win won
wind wound
withdraw withdrew withdrawn
withhold withheld
write wrote written

analysis analyses
child children
crisis crises
criterion criteria
foot feet
goose geese
man men
medium media
mouse mice
person people
phenomenon phenomena
thesis theses
tooth teeth
woman women
chairman chairmen
businessman businessmen
policeman policemen
spokesman spokesmen
spokeswoman spokeswomen
fisherman fishermen

bad worse worst
far further furthest farther farthest
good better best
ill
little less least
many more most
`)

// buildIrregular reads lines of "base form form…" into a form → base map,
// keeping only forms longer than three letters: ROUGE-1.5.5 looks up, and
// stems, only such tokens.
func buildIrregular(table string) map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(table, "\n") {
		f := strings.Fields(line)
		for _, form := range f[min(1, len(f)):] {
			if len(form) > 3 {
				m[form] = f[0]
			}
		}
	}
	return m
}
