package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/geoalign/geoalign/graph"
	"github.com/geoalign/geoalign/graph/graphtest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./graph -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (go test ./graph -update rewrites it):\n--- got ---\n%s\n--- want ---\n%s", name, got, want)
	}
}

func fixturePaths(t *testing.T, q graph.PathQuery) (graph.PathReport, *graph.Directory, graph.Relations) {
	t.Helper()
	edges, dir, vocab := fixtureEdges(t)
	store := graphtest.SliceStore{All: edges, Dir: dir, Vocab: vocab}
	paths, err := store.ShortestPaths(context.Background(), q)
	if err != nil || len(paths) == 0 {
		t.Fatalf("%+v: %v, %v", q, paths, err)
	}
	q, _ = q.Normalize()
	return graph.PathReport{Query: q, Paths: paths}, dir, vocab
}

func TestPathFormats(t *testing.T) {
	for _, tc := range []struct {
		name string
		q    graph.PathQuery
	}{
		{"india_pakistan_as_of_2017", graph.PathQuery{From: "india", To: "pakistan", AsOf: graph.MustDate("2017")}},
		{"india_pakistan_k2", graph.PathQuery{From: "india", To: "pakistan", K: 2, Since: graph.MustDate("2016")}},
		{"us_pakistan_country_level", graph.PathQuery{From: "united-states", To: "pakistan", CountryLevel: true, Relations: []string{"criticized", "mediated", "signed_agreement_with"}, K: 2}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, dir, vocab := fixturePaths(t, tc.q)
			var text, js, dot, mmd bytes.Buffer
			if err := graph.WritePathsText(&text, r, dir, vocab); err != nil {
				t.Fatal(err)
			}
			if err := graph.WritePathsJSON(&js, r, dir); err != nil {
				t.Fatal(err)
			}
			if err := graph.WritePathsDOT(&dot, r, dir, vocab); err != nil {
				t.Fatal(err)
			}
			if err := graph.WritePathsMermaid(&mmd, r, dir, vocab); err != nil {
				t.Fatal(err)
			}
			golden(t, "path_"+tc.name+".txt", text.Bytes())
			golden(t, "path_"+tc.name+".json", js.Bytes())
			golden(t, "path_"+tc.name+".dot", dot.Bytes())
			golden(t, "path_"+tc.name+".mmd", mmd.Bytes())
			var parsed map[string]any
			if err := json.Unmarshal(js.Bytes(), &parsed); err != nil {
				t.Errorf("JSON does not parse: %v", err)
			}
		})
	}
}

// The text reads each hop from the path's side with the arrow in the
// edge's real direction, and quotes every citation.
func TestPathTextReadsHopsWithRealArrows(t *testing.T) {
	r, dir, vocab := fixturePaths(t, graph.PathQuery{From: "pakistan", To: "russia"})
	var b bytes.Buffer
	if err := graph.WritePathsText(&b, r, dir, vocab); err != nil {
		t.Fatal(err)
	}
	text := b.String()
	for _, want := range []string{
		"Pakistan ←lifted embargo on (2014)— Russia",
		"Pakistan ←held exercises with (2016-09)→ Russia",
		"Pakistan —bought from (2023-04, crude oil)→ Russia",
		`"In 2016, Russian and Pakistani troops for the first time ever conducted joint military exercises."  [doc 003_2f…, sentence 14]`,
		`"Pakistan and Russia held their first joint exercises, Druzhba, in September 2016."  [doc 004_7c…, sentence 6]`,
		"Pakistan and Russia are directly linked: 4 events (2014–2023), cited by 5 sentences in 4 documents.",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q:\n%s", want, text)
		}
	}
}

// Graphviz must accept the DOT output; skipped where dot is not installed
// (apt-get install graphviz).
func TestPathDOTRendersWithGraphviz(t *testing.T) {
	dotBin, err := exec.LookPath("dot")
	if err != nil {
		t.Skip("graphviz not installed")
	}
	r, dir, vocab := fixturePaths(t, graph.PathQuery{From: "united-states", To: "pakistan", CountryLevel: true, K: 3})
	var b bytes.Buffer
	if err := graph.WritePathsDOT(&b, r, dir, vocab); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(dotBin, "-Tsvg")
	cmd.Stdin = &b
	out, err := cmd.CombinedOutput()
	if err != nil || !bytes.Contains(out, []byte("<svg")) {
		t.Fatalf("dot -Tsvg: %v\n%s", err, out)
	}
}

func TestAlignFormats(t *testing.T) {
	edges, dir, vocab := fixtureEdges(t)
	store := graphtest.SliceStore{All: edges, Dir: dir, Vocab: vocab}
	q := graph.AlignQuery{A: "pakistan", B: "united-states", CountryLevel: true}
	al, err := graph.Align(context.Background(), store, dir, vocab, q)
	if err != nil {
		t.Fatal(err)
	}
	var text, js bytes.Buffer
	if err := graph.WriteAlignText(&text, al, q.Filter, dir, vocab); err != nil {
		t.Fatal(err)
	}
	if err := graph.WriteAlignJSON(&js, al, dir); err != nil {
		t.Fatal(err)
	}
	golden(t, "align_pakistan_us_country_level.txt", text.Bytes())
	golden(t, "align_pakistan_us_country_level.json", js.Bytes())
}
