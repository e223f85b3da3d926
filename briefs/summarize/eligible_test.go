package summarize

import "testing"

func TestIsBareQuotation(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{`"Rain in October came too late for most of the wheat belt."`, true},
		{`“We will not back down,” he said.`, false},
		{`“We will not back down.”`, true},
		{`«Nous continuerons.»`, true},
		{`"The crop failed," said Ruth Halvorsen. "Rain came too late."`, false},
		{`The minister said "enough" twice.`, false},
		{`Prices rose 7% on Thursday.`, false},
		{``, false},
	}
	for _, tc := range cases {
		if got := isBareQuotation(tc.text); got != tc.want {
			t.Errorf("isBareQuotation(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
