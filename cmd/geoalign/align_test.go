package main

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestAlignOnHandMadeFacts(t *testing.T) {
	facts := fixtureFacts(t)
	code, out, errs := runCLI(t, "align", "Pakistan", "United States", "--country-level", "--from", facts)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	golden(t, "align_pakistan_us_country_level.txt", out)

	code, out, errs = runCLI(t, "align", "Pakistan", "United States", "--country-level", "--format", "json", "--from", facts)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var v struct {
		Summary   string
		Alignment struct {
			Years []struct {
				Year  int
				Score float64
			}
			Verdict string
		}
	}
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	negative := map[int]bool{}
	for _, r := range v.Alignment.Years {
		negative[r.Year] = r.Score < 0
	}
	if !negative[2011] || !negative[2018] || v.Alignment.Verdict != "opposed" {
		t.Errorf("want 2011 and 2018 negative, opposed: %+v", v.Alignment)
	}

	// Without lifting, Trump's 2018 aid cut is his own, not the state's.
	_, out, _ = runCLI(t, "align", "Pakistan", "United States", "--from", facts)
	if strings.Contains(out, "\n2018 ") {
		t.Errorf("2018 row without --country-level:\n%s", out)
	}
}

func TestTimelineNeighborsActorsOnHandMadeFacts(t *testing.T) {
	facts := fixtureFacts(t)
	for _, tc := range []struct {
		golden string
		args   []string
	}{
		{"timeline_pakistan_us_country_level.txt", []string{"timeline", "Pakistan", "US", "--country-level"}},
		{"timeline_russia_since_2018.txt", []string{"timeline", "Russia", "--since", "2018"}},
		{"neighbors_pakistan.txt", []string{"neighbors", "Pakistan"}},
		{"neighbors_russia_country_level.json", []string{"neighbours", "Moscow", "--country-level", "--format", "json"}},
	} {
		t.Run(tc.golden, func(t *testing.T) {
			code, out, errs := runCLI(t, append(tc.args, "--from", facts)...)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, errs)
			}
			golden(t, tc.golden, out)
		})
	}
}

func TestTimelineIsOldestFirst(t *testing.T) {
	code, out, errs := runCLI(t, "timeline", "Pakistan", "--from", fixtureFacts(t))
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var dates []string
	for _, line := range strings.Split(out, "\n")[2:] {
		if f := strings.Fields(line); len(f) > 0 && !strings.HasPrefix(f[0], `"`) {
			dates = append(dates, f[0])
		}
	}
	if len(dates) < 10 {
		t.Fatalf("only %d edges:\n%s", len(dates), out)
	}
	for i := 1; i < len(dates); i++ {
		if dates[i] != "undated" && (dates[i-1] == "undated" || dates[i][:4] < dates[i-1][:4]) {
			t.Errorf("%s after %s", dates[i], dates[i-1])
		}
	}
}

func TestFactFileErrors(t *testing.T) {
	bad := writeFile(t, "bad.jsonl", "{\"doc\":\"d\",\"subject\":\"pakistan\",\"relation\":\"met\",\"object\":\"russia\"}\n{not json\n")
	code, _, errs := runCLI(t, "path", "Pakistan", "Russia", "--from", bad)
	if code != exitError || !strings.Contains(errs, bad+" line 2") {
		t.Errorf("exit %d, %q", code, errs)
	}
	oneLine(t, errs)
	code, _, errs = runCLI(t, "path", "Pakistan", "Russia", "--from", bad+".missing.jsonl")
	if code != exitError || !strings.Contains(errs, "no such file") {
		t.Errorf("exit %d, %q", code, errs)
	}
}

// The actors listing reads the dictionary, whose aliases grow: check what
// the facts decide, not the whole table.
func TestActorsOnHandMadeFacts(t *testing.T) {
	facts := fixtureFacts(t)
	code, out, errs := runCLI(t, "actors", "--from", facts)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(out, "\n")
	if !strings.HasPrefix(lines[0], "ID") || !strings.HasPrefix(lines[1], "pakistan ") || !strings.Contains(lines[1], " 17 ") {
		t.Errorf("Pakistan, with 17 edges, should come first:\n%s", out)
	}
	if strings.Contains(out, "al-qaeda") {
		t.Errorf("actors without edges listed without --all:\n%s", out)
	}
	_, out, _ = runCLI(t, "actors", "--all", "--kind", "group", "--from", facts)
	if !strings.Contains(out, "\nal-qaeda ") || strings.Contains(out, "\npakistan ") {
		t.Errorf("--all --kind group:\n%s", out)
	}
	_, out, _ = runCLI(t, "actors", "trump", "--from", facts)
	if !strings.Contains(out, "donald-trump") || !strings.Contains(out, "President of United States, 2017-01-20–2021-01-20") {
		t.Errorf("one match shows the offices:\n%s", out)
	}
	_, out, _ = runCLI(t, "actors", "--format", "json", "--from", facts)
	if !strings.Contains(out, `"id": "pakistan"`) || !strings.Contains(out, `"edges": 17`) {
		t.Errorf("json:\n%s", out)
	}
}
