package briefs

import "strings"

// TopicGroup is the items of one topic, as indexes into a brief's Items in
// their original order. Topic is the spelling of its first item; it is ""
// for the group of items that have no topic.
type TopicGroup struct {
	Topic string
	Items []int
}

// GroupByTopic keeps items with the same topic together, the groups in the
// order in which their topic first appears and items in their order within
// each. Topics match without regard to case or surrounding space. Items
// without a topic form one group of their own (Topic ""), placed where the
// first of them appears, so that they never sit under another topic's
// heading. The app's item list and every export use this order.
func GroupByTopic(items []Item) []TopicGroup {
	var groups []TopicGroup
	index := map[string]int{}
	for i := range items {
		topic := strings.Join(strings.Fields(items[i].Topic), " ")
		key := strings.ToLower(topic)
		g, ok := index[key]
		if !ok {
			g = len(groups)
			index[key] = g
			groups = append(groups, TopicGroup{Topic: topic})
		}
		groups[g].Items = append(groups[g].Items, i)
	}
	return groups
}

// GroupedOrder is GroupByTopic flattened: the indexes of items in the order
// they are shown.
func GroupedOrder(items []Item) []int {
	out := make([]int, 0, len(items))
	for _, g := range GroupByTopic(items) {
		out = append(out, g.Items...)
	}
	return out
}
