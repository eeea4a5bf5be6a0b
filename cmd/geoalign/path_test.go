package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestPathFormatsOnHandMadeFacts(t *testing.T) {
	facts := fixtureFacts(t)
	for _, tc := range []struct {
		golden string
		args   []string
	}{
		{"path_india_pakistan_2017.txt", []string{"path", "India", "Pakistan", "--as-of", "2017"}},
		{"path_pakistan_us_country_level.txt", []string{"path", "Islamabad", "the united states", "--country-level", "--k", "3", "--rel", "criticized,mediated,signed_agreement_with,cut_aid_to"}},
		{"path_india_pakistan.dot", []string{"path", "Indian", "Pakistan", "--k", "2", "--format", "dot"}},
		{"path_india_pakistan.mmd", []string{"path", "New Delhi", "Pakistan", "--k", "2", "--format", "mermaid"}},
		{"path_pakistan_taliban.json", []string{"path", "Pakistan", "Afghan Taliban", "--format", "json"}},
	} {
		t.Run(tc.golden, func(t *testing.T) {
			code, out, errs := runCLI(t, append(tc.args, "--from", facts)...)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, errs)
			}
			golden(t, tc.golden, out)
			if strings.HasSuffix(tc.golden, ".json") {
				var v map[string]any
				if err := json.Unmarshal([]byte(out), &v); err != nil {
					t.Errorf("not JSON: %v", err)
				}
			}
		})
	}
}

func TestPathFilters(t *testing.T) {
	facts := fixtureFacts(t)
	for _, tc := range []struct {
		args       []string
		want, miss string
	}{
		{[]string{"path", "India", "Pakistan", "--as-of", "2017"}, "1. India – Russia – Pakistan", "UN General Assembly"},
		{[]string{"path", "India", "Pakistan", "--since", "2020", "--k", "2"}, "2. India – UN General Assembly – Pakistan", "(2016)"},
		{[]string{"path", "Pakistan", "India", "--rel", "abstained"}, "Pakistan – UN General Assembly – India", "Russia"},
		{[]string{"path", "Pakistan", "India", "--exclude-rel", "abstained,supported,bought_from,lifted_embargo_on,signed_agreement_with"}, "Pakistan ←held exercises with (2016-09)→ Russia", "UN General Assembly"},
		{[]string{"path", "United States", "Pakistan", "--rel", "cut_aid_to", "--country-level"}, "United States —cut aid to (2018)→ Pakistan", "Donald Trump —"},
	} {
		code, out, errs := runCLI(t, append(tc.args, "--from", facts)...)
		if code != exitOK {
			t.Errorf("%v: exit %d: %s", tc.args, code, errs)
			continue
		}
		if !strings.Contains(out, tc.want) || strings.Contains(out, tc.miss) {
			t.Errorf("%v: want %q and not %q in:\n%s", tc.args, tc.want, tc.miss, out)
		}
	}
}

// Every mistake gets one line on stderr, nothing on stdout, and the exit
// code main.go defines: 2 for how the command was called, 1 for an answer
// that cannot be given.
func TestQueryErrors(t *testing.T) {
	facts := fixtureFacts(t)
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"path", "Pakistn", "Russia"}, exitUsage, "no actor 'Pakistn'; did you mean Pakistan"},
		{[]string{"path", "Pakistan", "Islamabad"}, exitUsage, "same actor"},
		{[]string{"path", "Pakistan"}, exitUsage, "usage: geoalign path A B"},
		{[]string{"path", "Pakistan", "Russia", "--as-of", "2017-13"}, exitUsage, `--as-of: date "2017-13": no such date`},
		{[]string{"path", "Pakistan", "Russia", "--since", "last year"}, exitUsage, "--since: date"},
		{[]string{"path", "Pakistan", "Russia", "--since", "2020", "--as-of", "2019"}, exitUsage, "--since 2020 is after --as-of 2019"},
		{[]string{"path", "Pakistan", "Russia", "--rel", "hugged"}, exitUsage, `--rel: relation "hugged" is not in the vocabulary`},
		{[]string{"path", "Pakistan", "Russia", "--exclude-rel", "met,hugged"}, exitUsage, `--exclude-rel: relation "hugged"`},
		{[]string{"path", "Pakistan", "Russia", "--format", "svg"}, exitUsage, `--format "svg"`},
		{[]string{"path", "Pakistan", "Russia", "--k", "0"}, exitUsage, "--k and --max-hops"},
		{[]string{"path", "Pakistan", "Russia", "--engine", "sqlite"}, exitUsage, `--engine "sqlite"`},
		{[]string{"path", "Pakistan", "Al-Qaeda"}, exitError, "Al-Qaeda has no edges in the graph"},
		{[]string{"path", "Pakistan", "Russia", "--as-of", "2010"}, exitError, "Pakistan has no edges (as of 2010)"},
		{[]string{"path", "Donald Trump", "Pakistan", "--country-level"}, exitError, "Donald Trump has no edges at country level"},
		{[]string{"path", "NATO", "Taliban", "--max-hops", "1"}, exitError, "no path between NATO and Taliban within 1 hops"},
		{[]string{"path", "India", "Taliban", "--rel", "abstained,refused,signed_agreement_with"}, exitError, "no path between India and Taliban within 6 hops (relations abstained, refused, signed_agreement_with)"},
		{[]string{"align", "Pakistan", "Pakistani"}, exitUsage, "same actor"},
		{[]string{"align", "Pakistan", "Atlantis"}, exitUsage, "no actor 'Atlantis'"},
		{[]string{"timeline", "Taliban", "India"}, exitError, "no edge links Taliban and India directly"},
		{[]string{"timeline"}, exitUsage, "usage: geoalign timeline A [B]"},
		{[]string{"neighbors", "Pakistan", "--format", "dot"}, exitUsage, `--format "dot"`},
		{[]string{"actors", "--kind", "planet"}, exitUsage, `--kind "planet"`},
		{[]string{"actors", "zzzz"}, exitError, `no actor matches "zzzz"`},
	} {
		code, out, errs := runCLI(t, append(tc.args, "--from", facts)...)
		if code != tc.code || !strings.Contains(errs, tc.want) || out != "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit %d and %q", tc.args, code, out, errs, tc.code, tc.want)
			continue
		}
		oneLine(t, errs)
	}
}

// Facts written to a file and read back lift an official the extractor
// coined (in no dictionary) to her state, as reading the document does.
func TestFactFilesLiftCoinedOfficials(t *testing.T) {
	doc := filepath.Join("cmd", "geoalign", "testdata", "coined") // runCLI works from the repository root
	code, facts, errs := runCLI(t, "extract", "--format", "jsonl", doc)
	if code != exitOK {
		t.Fatalf("extract: exit %d: %s", code, errs)
	}
	file := filepath.Join(t.TempDir(), "facts.jsonl")
	if err := os.WriteFile(file, []byte(facts), 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{"path", "Kenya", "China", "--country-level"}
	wantCode, want, wantErr := runCLI(t, append(args, "--from", doc)...)
	gotCode, got, gotErr := runCLI(t, append(args, "--from", file)...)
	if wantCode != exitOK || !strings.Contains(want, "Kenya ←met (2024-03-03)→ China") {
		t.Fatalf("from the document: exit %d: %s%s", wantCode, want, wantErr)
	}
	if gotCode != wantCode || got != want {
		t.Errorf("from the fact file (exit %d): %s%s\nfrom the document: %s", gotCode, got, gotErr, want)
	}
}
