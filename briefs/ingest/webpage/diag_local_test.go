package webpage

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

func TestDiagLocal(t *testing.T) {
	if os.Getenv("DIAG") == "" {
		t.Skip()
	}
	dir := findShared(benchDir)
	truth := readBench(t, filepath.Join(dir, "ground-truth.json"))
	type row struct{ id string; p, r float64; extra []string }
	var rows []row
	for id, gt := range truth {
		text := extractBenchPage(t, filepath.Join(dir, "html", id+".html.gz"), gt.URL)
		tp, fp, fn := shingleMatch(gt.ArticleBody, text)
		want := shingles(gt.ArticleBody)
		var extra []string
		for _, para := range strings.Split(text, "\n\n") {
			s := shingles(para); hit := 0
			for k := range s { if want[k] > 0 { hit++ } }
			if hit*2 < len(s) { extra = append(extra, para) }
		}
		rows = append(rows, row{id, docPrecision(tp, fp, fn), docRecall(tp, fp, fn), extra})
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].p < rows[j].p })
	f, _ := os.Create("/tmp/diag.txt")
	defer f.Close()
	for _, r := range rows {
		fmt.Fprintf(f, "== %s P %.3f R %.3f\n", r.id, r.p, r.r)
		for _, e := range r.extra { if len(e) > 300 { e = e[:300] }; fmt.Fprintf(f, "   | %s\n", e) }
	}
}
