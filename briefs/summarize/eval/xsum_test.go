package eval

import (
	"reflect"
	"testing"
)

// xsumCases are small XSum files and how they must parse.
var xsumCases = []struct {
	name      string
	data      string
	want      XSumSample
	wantClean string
	wantErr   bool
}{
	{
		name: "all fields",
		data: "[XSUM]URL[XSUM]\nhttp://example.org/a\n\n[XSUM]INTRODUCTION[XSUM]\nA town got a bridge.\n\n" +
			"[XSUM]RESTBODY[XSUM]\nFirst paragraph.\nSecond paragraph.\n",
		want: XSumSample{URL: "http://example.org/a", Introduction: "A town got a bridge.",
			Paragraphs: []string{"First paragraph.", "Second paragraph."}},
		wantClean: "First paragraph.\n\nSecond paragraph.",
	},
	{
		name: "share widget lines are dropped from the clean text only",
		data: "[XSUM]INTRODUCTION[XSUM]\nIntro.\n[XSUM]RESTBODY[XSUM]\nShare this with\nEmail\nFacebook\nBody starts.\n",
		want: XSumSample{Introduction: "Intro.",
			Paragraphs: []string{"Share this with", "Email", "Facebook", "Body starts."}},
		wantClean: "Body starts.",
	},
	{"no body", "[XSUM]INTRODUCTION[XSUM]\nIntro.\n", XSumSample{}, "", true},
	{"empty", "", XSumSample{}, "", true},
	{"marker only", "[XSUM]", XSumSample{}, "", true},
}

func TestParseXSum(t *testing.T) {
	for _, tt := range xsumCases {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseXSum(tt.data)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, want error %v", err, tt.wantErr)
			}
			if tt.wantErr {
				return
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("ParseXSum = %+v, want %+v", got, tt.want)
			}
			if c := got.CleanText(); c != tt.wantClean {
				t.Errorf("CleanText = %q, want %q", c, tt.wantClean)
			}
			if a := got.Article(); a.Title != "" || a.URL != tt.want.URL {
				t.Errorf("Article = %+v: want no title and the URL", a)
			}
		})
	}
}

// FuzzParseXSum checks that any input either fails or has both an
// introduction and a body, seeded with the table above.
func FuzzParseXSum(f *testing.F) {
	for _, c := range xsumCases {
		f.Add(c.data)
	}
	f.Fuzz(func(t *testing.T, data string) {
		s, err := ParseXSum(data)
		if err == nil && (s.Introduction == "" || len(s.Paragraphs) == 0) {
			t.Errorf("accepted a sample with no introduction or body: %+v", s)
		}
		_ = s.CleanText()
	})
}
