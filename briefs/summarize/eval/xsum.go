package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"briefsmith/briefs"
	"briefsmith/briefs/summarize/eval/realnews"
)

// XSumSample is one article of the XSum sample set: the BBC's introduction
// (the reference summary) and the rest of the body, one paragraph a line.
type XSumSample struct {
	Path         string   // file it was read from
	URL          string   // archived BBC address
	Introduction string   // the BBC's one-sentence introduction
	Paragraphs   []string // the rest of the body
}

// Article is the sample as the summariser sees it: the body paragraphs
// joined by blank lines, with no title and without the introduction.
func (s XSumSample) Article() briefs.Article {
	return briefs.Article{Source: s.Path, URL: s.URL, Text: strings.Join(s.Paragraphs, "\n\n")}
}

// ParseXSum reads one XSum .data file (see realnews.XSumFields).
func ParseXSum(data string) (XSumSample, error) {
	url, intro, rest := realnews.XSumFields(data)
	s := XSumSample{URL: url, Introduction: intro, Paragraphs: rest}
	if s.Introduction == "" || len(s.Paragraphs) == 0 {
		return s, fmt.Errorf("no introduction or no body")
	}
	return s, nil
}

// LoadXSumSamples reads every dir/*/*.data file, in path order. Files that
// lack an introduction or a body are skipped and counted in skipped.
func LoadXSumSamples(dir string) (samples []XSumSample, skipped int, err error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*", "*.data"))
	if err != nil {
		return nil, 0, err
	}
	sort.Strings(paths)
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, 0, err
		}
		s, err := ParseXSum(string(data))
		if err != nil {
			skipped++
			continue
		}
		s.Path = p
		samples = append(samples, s)
	}
	return samples, skipped, nil
}

// CleanText is the body without the page furniture at its top: what an
// article extractor would have kept. The fair Lead-1 baseline reads it.
func (s XSumSample) CleanText() string {
	return strings.Join(realnews.DropXSumWidgets(s.Paragraphs), "\n\n")
}
