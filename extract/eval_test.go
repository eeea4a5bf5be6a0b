package extract

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/geoalign/geoalign/corpus"
	"github.com/geoalign/geoalign/dict"
	"github.com/geoalign/geoalign/graph"
)

// goldFact is one line of testdata/eval/gold.jsonl: what a careful analyst
// recorded for a sentence of an unseen document, actors by display name.
type goldFact struct {
	Doc      string `json:"doc"`
	Quote    string `json:"quote"`
	Subject  string `json:"subject"`
	Relation string `json:"relation"`
	Object   string `json:"object"`
	Date     string `json:"date"`
	Modality string `json:"modality"`
}

// evalScore is the outcome of comparing extracted facts with the gold set.
type evalScore struct {
	predicted, gold, truePos, goldFound int
	datesRight, datesChecked            int
	misses, wrong                       []string
}

func (s evalScore) precision() float64 { return ratio(s.truePos, s.predicted) }
func (s evalScore) recall() float64    { return ratio(s.goldFound, s.gold) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// splitDocs says which documents each split holds: "dev" was looked at
// while the rules were tuned; "held-out" was only scored (its error list
// was seen once, early); "blind" was written after the extractor and never
// looked at, only scored.
var splitDocs = map[string]string{"dev": "01-05", "held-out": "06-10", "blind": "11-15"}

// evaluate extracts the documents of dir and scores them against gold.jsonl:
// all of them, or one split (see splitDocs).
// A predicted fact is right when a gold fact of the same document has the
// same relation, the same actors (either order for symmetric relations) and
// a quote inside the fact's evidence sentence.
func evaluate(t *testing.T, dir, split string) evalScore {
	t.Helper()
	ctx := context.Background()
	d, err := dict.Default(ctx)
	if err != nil {
		t.Fatal(err)
	}
	x, err := New(d)
	if err != nil {
		t.Fatal(err)
	}
	c, err := corpus.Read(ctx, []string{dir}, corpus.Options{Manifest: filepath.Join(dir, "manifest.yaml")})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Problems) > 0 {
		t.Fatalf("eval documents: %v", c.Problems)
	}
	inSplit := func(doc string) bool {
		switch split {
		case "dev":
			return doc < "06"
		case "held-out":
			return doc >= "06" && doc < "11"
		case "blind":
			return doc >= "11"
		}
		return true
	}
	var golds []goldFact
	for _, g := range readGold(t, filepath.Join(dir, "gold.jsonl")) {
		if inSplit(g.Doc) {
			golds = append(golds, g)
		}
	}
	resolve := nameResolver(d)
	vocab := d.Vocabulary()
	var s evalScore
	s.gold = len(golds)
	found := make([]bool, len(golds))
	sameFact := func(f graph.Fact, g goldFact) bool {
		gs, go_ := resolve(g.Subject), resolve(g.Object)
		if f.Doc != g.Doc || f.Relation != g.Relation || !strings.Contains(f.Evidence, g.Quote) {
			return false
		}
		if f.Subject == gs && f.Object == go_ {
			return true
		}
		return vocab[f.Relation].Symmetric && f.Subject == go_ && f.Object == gs
	}
	for _, doc := range c.Documents {
		if !inSplit(doc.ID) {
			continue
		}
		for _, f := range x.Extract(doc) {
			s.predicted++
			hit := false
			for i, g := range golds {
				if !sameFact(f, g) {
					continue
				}
				if !hit {
					hit = true
					s.truePos++
					if g.Date != "" {
						s.datesChecked++
						if f.Date.String() == g.Date {
							s.datesRight++
						}
					}
				}
				found[i] = true
			}
			if !hit {
				s.wrong = append(s.wrong, fmt.Sprintf("%s: %s %s %s [%s]", f.Doc, f.Subject, f.Relation, f.Object, clipText(f.Evidence)))
			}
		}
	}
	for i, g := range golds {
		if found[i] {
			s.goldFound++
		} else {
			s.misses = append(s.misses, fmt.Sprintf("%s: %s %s %s [%s]", g.Doc, g.Subject, g.Relation, g.Object, g.Quote))
		}
	}
	return s
}

func clipText(s string) string {
	if len(s) > 100 {
		return s[:100] + "…"
	}
	return s
}

func readGold(t *testing.T, path string) []goldFact {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []goldFact
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var g goldFact
		if err := json.Unmarshal([]byte(line), &g); err != nil {
			t.Fatalf("%s:%d: %v", path, n, err)
		}
		out = append(out, g)
	}
	return out
}

// nameResolver maps an annotator's display name to an actor id through the
// dictionary's names and aliases; a name the dictionaries lack maps to the
// id the extractor coins for a person of that name.
func nameResolver(d *dict.Dictionary) func(string) string {
	byName := map[string]string{}
	for _, a := range d.Actors {
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			byName[n] = a.ID
			byName[strings.ToLower(n)] = a.ID
		}
	}
	return func(n string) string {
		if id, ok := byName[n]; ok {
			return id
		}
		if id, ok := byName[strings.ToLower(n)]; ok {
			return id
		}
		return slug(n)
	}
}

// TestEvaluation measures precision and recall on the annotated unseen
// documents in testdata/eval (see its README). The floors guard against
// regressions; the figures are printed with -v.
func TestEvaluation(t *testing.T) {
	dir := filepath.Join("testdata", "eval")
	if _, err := os.Stat(filepath.Join(dir, "gold.jsonl")); err != nil {
		t.Fatalf("evaluation set missing: %v", err)
	}
	s := evaluate(t, dir, "")
	if tune := evaluate(t, filepath.Join("testdata", "dev"), ""); tune.gold > 0 {
		t.Logf("tuning    testdata/dev 21-30: precision %.3f (%d/%d), recall %.3f (%d/%d)",
			tune.precision(), tune.truePos, tune.predicted, tune.recall(), tune.goldFound, tune.gold)
		logErrors(t, tune)
	}
	// the other sets, each with its floor; only blind4 is still blind: its
	// errors are never printed (blind and blind3 were opened for tuning in
	// the eighth session, see testdata/eval/README.md)
	for _, set := range []struct {
		label, dir        string
		blind             bool
		precision, recall float64
	}{
		{"tuning-2  testdata/dev2 41-46", "dev2", false, 0, 0},
		{"tuning-3  testdata/dev3 51-58", "dev3", false, 0, 0},
		{"tuning-4  testdata/blind 31-38 (blind-2 until session 8)", "blind", false, blindPrecisionFloor, blindRecallFloor},
		{"tuning-5  testdata/blind3 61-68 (blind-3 until session 8)", "blind3", false, blind3PrecisionFloor, blind3RecallFloor},
		{"blind-4   testdata/blind4 71-78", "blind4", true, blind4PrecisionFloor, blind4RecallFloor},
	} {
		dir := filepath.Join("testdata", set.dir)
		if !exists(filepath.Join(dir, "gold.jsonl")) {
			t.Errorf("%s: missing", dir)
			continue
		}
		b := evaluate(t, dir, "")
		t.Logf("%s: precision %.3f (%d/%d), recall %.3f (%d/%d), dates right %d/%d", set.label,
			b.precision(), b.truePos, b.predicted, b.recall(), b.goldFound, b.gold, b.datesRight, b.datesChecked)
		if !set.blind {
			logErrors(t, b)
		}
		if b.precision() < set.precision || b.recall() < set.recall {
			t.Errorf("%s: precision %.3f (floor %.2f), recall %.3f (floor %.2f)", set.label, b.precision(), set.precision, b.recall(), set.recall)
		}
	}
	for _, split := range []string{"dev", "held-out", "blind"} {
		sc := evaluate(t, dir, split)
		if sc.gold == 0 {
			continue
		}
		t.Logf("%-9s %s: precision %.3f (%d/%d), recall %.3f (%d/%d)", split, splitDocs[split],
			sc.precision(), sc.truePos, sc.predicted, sc.recall(), sc.goldFound, sc.gold)
	}
	logErrors(t, s)
	t.Logf("precision %.3f (%d/%d), recall %.3f (%d/%d), dates right %d/%d",
		s.precision(), s.truePos, s.predicted, s.recall(), s.goldFound, s.gold, s.datesRight, s.datesChecked)
	if s.precision() < evalPrecisionFloor || s.recall() < evalRecallFloor {
		t.Errorf("precision %.3f (floor %.2f), recall %.3f (floor %.2f)", s.precision(), evalPrecisionFloor, s.recall(), evalRecallFloor)
	}
}

// logErrors prints a tuning set's misses and wrong facts under -v.
func logErrors(t *testing.T, s evalScore) {
	t.Helper()
	if !testing.Verbose() {
		return
	}
	sort.Strings(s.misses)
	sort.Strings(s.wrong)
	for _, m := range s.misses {
		t.Logf("missed: %s", m)
	}
	for _, w := range s.wrong {
		t.Logf("wrong:  %s", w)
	}
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
