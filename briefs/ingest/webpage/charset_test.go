package webpage

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// chineseStory is long enough that its UTF-8 bytes hold pairs GBK cannot
// map.
const chineseStory = "谷歌旗下的人工智能公司周三发布了一台新电脑，它能利用记忆自主学习，研究人员称这是深度学习的新进展。"

func TestDecodeLegacyLabels(t *testing.T) {
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(chineseStory)
	if err != nil {
		t.Fatal(err)
	}
	page := func(body string) []byte {
		return []byte(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>` + body + `</p></body></html>`)
	}
	cases := []struct {
		name        string
		body        []byte
		contentType string
	}{
		{"real gb2312 page, meta label", page(gbk), ""},
		{"real gb2312 page, header label", page(gbk), "text/html; charset=GB2312"},
		{"UTF-8 page labelled gb2312 in meta", page(chineseStory), ""},
		{"UTF-8 page labelled gb2312 in the header", page(chineseStory), "text/html; charset=gb2312"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := Decode(tc.body, tc.contentType); !strings.Contains(got, chineseStory) {
				t.Errorf("Decode garbled the text: %q", got)
			}
		})
	}
}
