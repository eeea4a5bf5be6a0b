package extract

import (
	"reflect"
	"testing"
)

func TestSplitSentences(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"Mr. Doval met Mr. Patrushev on Feb. 17 in Moscow. They spoke.",
			[]string{"Mr. Doval met Mr. Patrushev on Feb. 17 in Moscow.", "They spoke."}},
		{"The U.S. Congress cut aid. The U.S. said no.",
			[]string{"The U.S. Congress cut aid.", "The U.S. said no."}},
		{"Relations with the U.S. The next step is unclear.",
			[]string{"Relations with the U.S.", "The next step is unclear."}},
		{"Resolution No. 2 passed. It was 3.5 per cent.",
			[]string{"Resolution No. 2 passed.", "It was 3.5 per cent."}},
		{"He said “no.” Then he left!", []string{"He said “no.”", "Then he left!"}},
		{"J. Smith wrote it. Did he?", []string{"J. Smith wrote it.", "Did he?"}},
		{"Headline without a period\nSecond paragraph. Two.", []string{"Headline without a period", "Second paragraph.", "Two."}},
	}
	for _, c := range cases {
		var got []string
		for _, s := range splitSentences(c.in) {
			got = append(got, s.text)
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("splitSentences(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

func TestTokenize(t *testing.T) {
	var got []string
	for _, tk := range tokenize("Pakistan’s U.S.-backed Iran-Saudi deal didn't, Mr. Doval; 2,000 troops in 1990s.") {
		got = append(got, tk.lower)
	}
	want := []string{"pakistan", "'s", "u.s.", "-", "backed", "iran", "-", "saudi", "deal", "did", "n't", ",", "mr", "doval", ";", "2,000", "troops", "in", "1990s", "."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("tokenize\n got %q\nwant %q", got, want)
	}
}
