package webpage

import "testing"

// TestByline checks that an author credit is tidied and that a credit
// holding only dates names nobody.
func TestByline(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"By Jane Doe", "Jane Doe"},
		{"  Sarah Archer ", "Sarah Archer"},
		{"April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm", ""},
		{"Tuesday, November 19, 2019", ""},
		{"Steven Davidoff Solomon, 1 August 2016", "Steven Davidoff Solomon, 1 August 2016"},
		{"Jane Doe, 1 August 2016", "Jane Doe, 1 August 2016"},
		{"Published: 3 May 2020, 10:15 GMT", ""},
		{"Carrie ArnoldNovember 15, 2019", "Carrie Arnold"},
		{"", ""},
	} {
		if got := byline(tc.in); got != tc.want {
			t.Errorf("byline(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
