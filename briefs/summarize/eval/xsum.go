package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"briefsmith/briefs"
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

// xsumMarker wraps each field name in an XSum .data file.
const xsumMarker = "[XSUM]"

// ParseXSum reads one XSum .data file: fields introduced by lines such as
// "[XSUM]URL[XSUM]", "[XSUM]INTRODUCTION[XSUM]" and "[XSUM]RESTBODY[XSUM]".
func ParseXSum(data string) (XSumSample, error) {
	fields := map[string][]string{}
	field := ""
	for _, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if name, ok := xsumField(line); ok {
			field = name
			continue
		}
		if field != "" && line != "" {
			fields[field] = append(fields[field], line)
		}
	}
	s := XSumSample{
		URL:          strings.Join(fields["URL"], " "),
		Introduction: strings.Join(fields["INTRODUCTION"], " "),
		Paragraphs:   fields["RESTBODY"],
	}
	if s.Introduction == "" || len(s.Paragraphs) == 0 {
		return s, fmt.Errorf("no introduction or no body")
	}
	return s, nil
}

// xsumField reports whether line is a field marker, and which.
func xsumField(line string) (string, bool) {
	if len(line) < 2*len(xsumMarker) || !strings.HasPrefix(line, xsumMarker) || !strings.HasSuffix(line, xsumMarker) {
		return "", false
	}
	return line[len(xsumMarker) : len(line)-len(xsumMarker)], true
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

// widgetLines are the labels of the BBC page furniture (share buttons, media
// player notices) that the XSum extraction left at the top of many bodies.
var widgetLines = map[string]bool{
	"share this with": true, "email": true, "facebook": true, "messenger": true,
	"twitter": true, "pinterest": true, "whatsapp": true, "linkedin": true,
	"copy this link": true, "these are external links and will open in a new window": true,
	"media playback is not supported on this device": true,
	"media playback is unsupported on your device":   true,
}

// CleanText is the body without the page furniture at its top: what an
// article extractor would have kept. The fair Lead-1 baseline reads it.
func (s XSumSample) CleanText() string {
	i := 0
	for i < len(s.Paragraphs) && widgetLines[strings.ToLower(strings.TrimSpace(s.Paragraphs[i]))] {
		i++
	}
	return strings.Join(s.Paragraphs[i:], "\n\n")
}
