package roles

import "strings"

// phraseGroup is a named set of words and phrases that count as one piece
// of evidence; the feature is on when any of them occurs.
type phraseGroup struct {
	name    string
	phrases [][]string
}

// groupsOf parses "name: phrase, phrase, …" lines.
func groupsOf(spec string) []phraseGroup {
	var out []phraseGroup
	for _, line := range strings.Split(spec, "\n") {
		name, list, ok := strings.Cut(strings.TrimSpace(line), ":")
		if !ok {
			continue
		}
		g := phraseGroup{name: name}
		for _, p := range strings.Split(list, ",") {
			if f := strings.Fields(p); len(f) > 0 {
				g.phrases = append(g.phrases, f)
			}
		}
		out = append(out, g)
	}
	return out
}

// groups are the evidence the classifier weighs, one feature each. They
// are general English news idiom, not words of any one article.
var groups = groupsOf(`
future: will, shall, won't, 'll, will be, would be expected
plan: plans to, plan to, planning to, planned, intends to, intend to, aims to, aim to, set to, hopes to, wants to, seeks to, proposes, proposed, proposal
expected: expected to, is expected, are expected, is likely to, are likely to, likely to, forecast, forecasts, predicted, projected, on track to, poised to
scheduled: scheduled, due to, is due, are due, will meet, will vote, will decide, will announce, will hold, will be held, hearing, deadline, timetable, timeline, trial continues, hearing continues, case continues, inquest continues, search continues, talks continue, remanded until, remanded in custody until, bailed until, bailed to, adjourned until, adjourned to, has until, have until, until at least, runs until, go on sale, goes on sale, takes place, take place, taking place, reports earnings, report earnings, reports results, report results
later: next week, next month, next year, next step, next steps, later this, later today, coming weeks, coming days, coming months, coming years, upcoming, tomorrow, in the future, going forward, from now, ahead of, by the end of, from next, soon, eventually, in the next, within the next, over the next, in the coming, in the weeks ahead, in the months ahead, in the days ahead, in the years ahead, days time, weeks time, months time, years time, week's time, month's time, year's time, next season, next game, next match, next round, next election, next meeting, next phase, next stage, next few
open: whether, remains to be seen, unclear, uncertain, not yet, has yet to, have yet to, yet to be, awaiting, await, awaits, pending, undecided, still to
decide: to decide, to vote, to consider, considering, will review, review, investigation, inquiry, appeal, trial, talks, negotiations, consultation, to be decided
hedge: could, would, may, might, if, unless, possibly, potentially
comparison: than, compared, compared with, versus, more than, less than, fewer than, up from, down from, from a year, year on year, year-on-year
history: since, previous, previously, ago, earlier this, last year, last month, last week, in the past, for years, for decades, history, historic, historically, first time, first since, once, former, years, decades, again, returned, back
record: record, largest, biggest, highest, lowest, worst, best, most, least, first, only, ever, unprecedented, rare, all-time
change: rise, rose, risen, fall, fell, fallen, increase, increased, decrease, decline, declined, drop, dropped, jump, jumped, surge, surged, slump, grew, growth, doubled, cut, cuts
significance: means, meaning, significant, significance, important, importance, crucial, critical, key, major, vital, essential, landmark, milestone, stakes, matters, matter, signals, signal, marks, underscores, highlights, reflects, shows, suggests, indicates
consequence: because, as a result, result, consequence, consequences, impact, effect, effects, implications, affect, affects, affected, lead to, led to, leading to, so that, therefore, thanks to, due to, amid, after, following, in response
stakes: risk, risks, threat, threatens, threaten, danger, dangerous, fear, fears, concern, concerns, worried, worries, crisis, pressure, blow, boost, hit, hurt, damage, cost, costs, jobs, billions, millions, lives
reaction: welcomed, welcome, criticised, criticized, criticism, condemned, praised, slammed, blasted, urged, warned, called for, calls for, responded, reacted, response, protest, protested, backlash, opposition, opponents, critics, supporters, applauded, denounced, rejected, hailed, outrage
expert: analysts, analyst, experts, expert, economists, economist, observers, researchers, study, survey, research, data, report, according to
attribution: said, says, say, told, added, stated, explained, noted, according to, statement, spokesman, spokeswoman, spokesperson, interview, tweeted, wrote
event: announced, confirmed, killed, arrested, died, injured, won, lost, voted, approved, signed, launched, released, ruled, charged, accused, revealed, agreed, resigned, attacked, fired, sentenced, jailed, fined, unveiled, published, filed, sued, acquired, bought, sold, raised, reported, found, discovered, declared, passed, appointed, named, elected, struck, opened, closed
today: on monday, on tuesday, on wednesday, on thursday, on friday, on saturday, on sunday, yesterday, today, tonight, this week, this morning, overnight, last night, earlier today
colour: like, feel, felt, love, loved, beautiful, remember, recalled, smiled, laughed, wearing, wore, favourite, favorite, fun, kind of, sort of, you know, lot, really, pretty
firstperson: i, me, my, we, our, us, i'm, we're, i've, we've
context: background, context, part of, comes as, comes after, comes amid, is the latest, the latest, one of, among the, follows, came after, came amid, had been, has been, have been, already, long, ongoing, continuing, growing, remains, still
money: million, billion, trillion, percent, per cent, %, $, £, €, shares, stock, price, prices, revenue, profit, sales, market, economy, budget, tax
question: what, why, how, who
pending: is investigating, are investigating, is now investigating, are now investigating, under investigation, under way, underway, looking into, still searching, still exploring, still deciding, is considering, are considering, consulting on, is reviewing, are reviewing, is drafting, are drafting, is awaiting, are awaiting, yet to be, has yet to, have yet to, remains to be seen, up for discussion, in contention, not yet been, still faces, still face, faces charges, face charges, has been told to, have been told to, has been asked to, have been asked to, has been given until, have been given until
`)

// weekdays and months name the days of a scheduled step.
var (
	weekdays = setOf(`monday tuesday wednesday thursday friday saturday sunday`)
	months   = setOf(`january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec`)
)

// matchesAt reports whether phrase occurs in words at position i.
func matchesAt(words []string, i int, phrase []string) bool {
	if i+len(phrase) > len(words) {
		return false
	}
	for k, p := range phrase {
		if words[i+k] != p {
			return false
		}
	}
	return true
}

// groupPhrase is one phrase of a group.
type groupPhrase struct {
	group  string
	phrase []string
}

// phrasesByFirstWord indexes every phrase of groups by its first word, so
// that a sentence is matched in one pass over its words. Built once, never
// modified.
var phrasesByFirstWord = func() map[string][]groupPhrase {
	out := map[string][]groupPhrase{}
	for _, g := range groups {
		for _, p := range g.phrases {
			out[p[0]] = append(out[p[0]], groupPhrase{group: g.name, phrase: p})
		}
	}
	return out
}()

// groupsIn returns the set of the names of the groups whose phrases occur
// in words.
func groupsIn(words []string) map[string]bool {
	fired := map[string]bool{}
	for i, w := range words {
		for _, gp := range phrasesByFirstWord[w] {
			if !fired[gp.group] && matchesAt(words, i, gp.phrase) {
				fired[gp.group] = true
			}
		}
	}
	return fired
}
