package briefs

import (
	"encoding/json"
	"reflect"
	"testing"
)

func TestBrandOver(t *testing.T) {
	base := Brand{Name: "Template Co", Color: "#111111", Logo: "t.png", Banner: "OFFICIAL", Disclaimer: "Base."}
	tests := []struct {
		name string
		top  Brand
		want Brand
	}{
		{"empty keeps base", Brand{}, base},
		{"name and colour win", Brand{Name: "Acme", Color: "#FF0000"},
			Brand{Name: "Acme", Color: "#FF0000", Logo: "t.png", Banner: "OFFICIAL", Disclaimer: "Base."}},
		{"blank text does not win", Brand{Banner: "  "}, base},
		{"logo bytes replace a path", Brand{LogoData: []byte{1, 2}},
			Brand{Name: "Template Co", Color: "#111111", LogoData: []byte{1, 2}, Banner: "OFFICIAL", Disclaimer: "Base."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.top.Over(base)
			if len(got.LogoData) == 0 {
				got.LogoData = nil
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("Over = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestBrandValidate(t *testing.T) {
	for _, c := range []struct {
		color string
		ok    bool
	}{{"", true}, {"#1f5AA6", true}, {"1F5AA6", false}, {"#12345", false}, {"#GGGGGG", false}, {"blue", false}} {
		if err := (Brand{Color: c.color}).Validate(); (err == nil) != c.ok {
			t.Errorf("Validate(%q) = %v, want ok=%v", c.color, err, c.ok)
		}
	}
	b := &Brief{Brand: &Brand{Color: "red"}}
	if err := b.Validate(); err == nil {
		t.Error("a brief with a bad brand colour validated")
	}
}

func TestBrandRoundTripsInBrief(t *testing.T) {
	in := Brief{Title: "T", Brand: &Brand{Name: "Acme", Color: "#123456", LogoData: []byte("\x89PNG"), Banner: "SECRET", Disclaimer: "D"}}
	data, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	var out Brief
	if err := json.Unmarshal(data, &out); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(in.Brand, out.Brand) {
		t.Fatalf("brand after round trip = %+v, want %+v", out.Brand, in.Brand)
	}
}

func TestGroupByTopic(t *testing.T) {
	item := func(topic string) Item { return Item{Topic: topic} }
	tests := []struct {
		name   string
		topics []string
		want   []TopicGroup
	}{
		{"empty", nil, nil},
		{"same topics kept together in first-appearance order",
			[]string{"Economy", "Crime", "economy ", "Crime"},
			[]TopicGroup{{"Economy", []int{0, 2}}, {"Crime", []int{1, 3}}}},
		{"no topic never joins another group",
			[]string{"Economy", "", "Economy", ""},
			[]TopicGroup{{"Economy", []int{0, 2}}, {"", []int{1, 3}}}},
		{"untopiced first", []string{"", "Trade"}, []TopicGroup{{"", []int{0}}, {"Trade", []int{1}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var items []Item
			for _, tp := range tt.topics {
				items = append(items, item(tp))
			}
			if got := GroupByTopic(items); !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("GroupByTopic = %+v, want %+v", got, tt.want)
			}
		})
	}
	if got := GroupedOrder([]Item{item("A"), item("B"), item("a")}); !reflect.DeepEqual(got, []int{0, 2, 1}) {
		t.Fatalf("GroupedOrder = %v", got)
	}
}
