package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// These run the real extractor on seeds/ (the default --from) and check
// the answers a reader of the seed documents expects, with their evidence.

func TestSeedsPathPakistanRussiaCitesTheEvidence(t *testing.T) {
	code, out, errs := runCLI(t, "path", "Pakistan", "Russia")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{
		"Pakistan —bought from (2023-04",
		"Pakistan placed its first order for buying crude oil from Russia",
		"Pakistan ←held exercises with (2016)→ Russia",
		"In 2016, Russian and Pakistani troops for the first time ever conducted joint military exercises.",
		"Pakistan ←lifted embargo on (2014)— Russia",
		"2014 when Russia decided to lift its embargo on arms sales to Pakistan",
		"[doc 000_6c…, sentence ",
		"[doc 003_2f…, sentence ",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("path Pakistan Russia lacks %q:\n%s", want, out)
		}
	}
}

func TestSeedsPathIndiaPakistanAsOf2017GoesThroughRussia(t *testing.T) {
	code, out, errs := runCLI(t, "path", "India", "Pakistan", "--as-of", "2017")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{
		"1. India – Russia – Pakistan",
		"India —pressured (2016)→ Russia",
		"New Delhi pushed Russia to cancel its military exercises with Pakistan.",
		"India ←refused (2016)— Russia",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "(2023") {
		t.Errorf("an edge after 2017 was walked:\n%s", out)
	}
}

func TestSeedsAlignPakistanUSCountryLevel(t *testing.T) {
	code, out, errs := runCLI(t, "align", "Pakistan", "United States", "--country-level", "--format", "json")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var v struct {
		Alignment struct {
			Years []struct {
				Year  int
				Score float64
				Edges []struct{ Relation, Subject, Object string }
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatal(err)
	}
	score := map[int]float64{}
	for _, r := range v.Alignment.Years {
		score[r.Year] = r.Score
	}
	// 2011: the Abbottabad raid and the Salala strike; 2018: Trump's aid
	// cut and Pakistan's removal from IMET.
	for _, y := range []int{2011, 2018} {
		if s, ok := score[y]; !ok || s >= 0 {
			t.Errorf("%d should be a negative year, got %v (present %v); rows: %+v", y, s, ok, v.Alignment.Years)
		}
	}
}

func TestSeedsPathPakistanTalibanShowsTheMediation(t *testing.T) {
	code, out, errs := runCLI(t, "path", "Pakistan", "Taliban")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{
		"1. Pakistan – Taliban",
		"Pakistan —mediated (2020",
		"which were mediated by Pakistan",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("lacks %q:\n%s", want, out)
		}
	}
}
