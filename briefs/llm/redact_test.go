package llm

import (
	"strings"
	"testing"
)

func TestRedactRemovesTheKeyAndItsPieces(t *testing.T) {
	const key = "sk-proj-Abc123Def456Ghi789Jkl012"
	cases := []struct{ name, in string }{
		{"whole key", "the key is " + key + "."},
		{"without the prefix", "Incorrect API key provided: proj-Abc123Def456Ghi789Jkl012"},
		{"a middle piece", "part: 3Def456Ghi7 end"},
		{"the tail", "…Jkl012 and " + key[len(key)-10:]},
		{"twice", key + " " + key[5:20]},
		{"in JSON", `{"what_happened":["Key: ` + key[3:] + `"]}`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			out := Redact(tc.in, key)
			for i := 0; i+minPiece <= len(key); i++ {
				if strings.Contains(out, key[i:i+minPiece]) {
					t.Fatalf("Redact(%q) = %q still holds %q", tc.in, out, key[i:i+minPiece])
				}
			}
			if !strings.Contains(out, "[redacted") {
				t.Fatalf("Redact(%q) = %q says nothing was removed", tc.in, out)
			}
		})
	}
}

func TestRedactLeavesOtherTextAlone(t *testing.T) {
	const key = "sk-proj-Abc123Def456Ghi789Jkl012"
	for _, in := range []string{"", "The port will close for six weeks.", "Abc123D is seven", "proj-Ab is short"} {
		if out := Redact(in, key); out != in {
			t.Errorf("Redact(%q) = %q, want it unchanged", in, out)
		}
	}
	if out := Redact("code 1234 here", "1234"); out != "code [redacted] here" {
		t.Errorf("short secret: %q", out)
	}
}

func FuzzRedact(f *testing.F) {
	f.Add("the key sk-proj-Abc123Def456Ghi789Jkl012 leaked", "sk-proj-Abc123Def456Ghi789Jkl012")
	f.Add("aaaaaaaaaaaaaaaaaaaa", "aaaaaaaaa")
	f.Fuzz(func(t *testing.T, s, key string) {
		out := Redact(s, key)
		if len(key) >= minPiece && strings.Contains(out, key) {
			t.Fatalf("the key survived: %q", out)
		}
	})
}
