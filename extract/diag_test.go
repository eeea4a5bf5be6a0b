package extract

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/geoalign/geoalign/corpus"
	"github.com/geoalign/geoalign/dict"
)

func TestDiagMisses(t *testing.T) {
	ctx := context.Background()
	d, _ := dict.Default(ctx)
	x, _ := New(d)
	resolve := nameResolver(d)
	cats := map[string]int{}
	for _, dir := range []string{"testdata/dev", "testdata/dev2", "testdata/dev3", "testdata/eval"} {
		c, _ := corpus.Read(ctx, []string{dir}, corpus.Options{Manifest: filepath.Join(dir, "manifest.yaml")})
		texts := map[string]string{}
		for _, doc := range c.Documents {
			texts[doc.ID] = doc.Text
		}
		for _, m := range evaluateMissesOnly(t, dir) {
			g := m
			if dir == "testdata/eval" && g.Doc >= "11" {
				continue
			}
			var sent string
			for _, s := range splitSentences(texts[g.Doc]) {
				if strings.Contains(s.text, g.Quote) {
					sent = s.text
				}
			}
			a := x.analyse(sent, nil)
			ids := map[string]bool{}
			for _, mt := range a.mentions {
				ids[mt.actor] = true
			}
			hasS, hasO := ids[resolve(g.Subject)], ids[resolve(g.Object)]
			trig := false
			for _, mt := range x.findTriggers(a) {
				if mt.trig.relation == g.Relation {
					trig = true
				}
			}
			key := fmt.Sprintf("subj=%v obj=%v trig=%v", hasS, hasO, trig)
			cats[key]++
			if testing.Verbose() && hasS && hasO && trig && g.Doc >= "41" {
				t.Logf("%s | %s %s %s | %s", g.Doc, g.Subject, g.Relation, g.Object, sent)
			}
		}
	}
	for k, v := range cats {
		t.Logf("%-40s %d", k, v)
	}
}

func evaluateMissesOnly(t *testing.T, dir string) []goldFact {
	s := evaluate(t, dir, "")
	var out []goldFact
	golds := readGold(t, filepath.Join(dir, "gold.jsonl"))
	for _, m := range s.misses {
		for _, g := range golds {
			if fmt.Sprintf("%s: %s %s %s [%s]", g.Doc, g.Subject, g.Relation, g.Object, g.Quote) == m {
				out = append(out, g)
				break
			}
		}
	}
	return out
}
