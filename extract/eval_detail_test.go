package extract

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/geoalign/geoalign/corpus"
	"github.com/geoalign/geoalign/dict"
)

// TestEvalDetail prints, with GEOALIGN_EVAL_DETAIL=1, the tuning set's
// misses and wrong facts and every matched fact whose date differs from the
// gold date, for documents 01-10 and 21-30 (never the blind 11-15).
func TestEvalDetail(t *testing.T) {
	if os.Getenv("GEOALIGN_EVAL_DETAIL") == "" {
		t.Skip("set GEOALIGN_EVAL_DETAIL=1")
	}
	tune := evaluate(t, filepath.Join("testdata", "dev"), "")
	sort.Strings(tune.misses)
	sort.Strings(tune.wrong)
	for _, m := range tune.misses {
		t.Logf("tmissed: %s", m)
	}
	for _, w := range tune.wrong {
		t.Logf("twrong:  %s", w)
	}
	ctx := context.Background()
	d, err := dict.Default(ctx)
	if err != nil {
		t.Fatal(err)
	}
	x, err := New(d)
	if err != nil {
		t.Fatal(err)
	}
	resolve := nameResolver(d)
	vocab := d.Vocabulary()
	for _, dir := range []string{filepath.Join("testdata", "eval"), filepath.Join("testdata", "dev")} {
		c, err := corpus.Read(ctx, []string{dir}, corpus.Options{Manifest: filepath.Join(dir, "manifest.yaml")})
		if err != nil {
			t.Fatal(err)
		}
		golds := readGold(t, filepath.Join(dir, "gold.jsonl"))
		for _, doc := range c.Documents {
			if doc.ID >= "11" && doc.ID < "16" {
				continue
			}
			for _, f := range x.Extract(doc) {
				for _, g := range golds {
					if g.Doc >= "11" && g.Doc < "16" || g.Doc != doc.ID || g.Relation != f.Relation || !strings.Contains(f.Evidence, g.Quote) {
						continue
					}
					gs, gob := resolve(g.Subject), resolve(g.Object)
					if !(f.Subject == gs && f.Object == gob || vocab[f.Relation].Symmetric && f.Subject == gob && f.Object == gs) {
						continue
					}
					if g.Date != "" && f.Date.String() != g.Date {
						t.Logf("date: %s: %s %s %s got %s want %s [%s]", doc.ID, f.Subject, f.Relation, f.Object, f.Date.String(), g.Date, g.Quote)
					}
					break
				}
			}
		}
	}
}
