package cypher

import (
	"bytes"
	"context"
	"math/rand/v2"
	"testing"

	"github.com/geoalign/geoalign/embedded"
	"github.com/geoalign/geoalign/graph"
	"github.com/geoalign/geoalign/graph/graphtest"
)

// The Neo4j engine and the embedded engine, given the same facts, must
// give the same answers: the same paths in the same order, the same edges
// in every hop, and so the same explanations, word for word.

// explainPaths renders an answer in every path format, for comparison.
func explainPaths(t *testing.T, q graph.PathQuery, paths []graph.Path, dir *graph.Directory, vocab graph.Relations) string {
	t.Helper()
	var b bytes.Buffer
	r := graph.PathReport{Query: q, Paths: paths}
	for _, write := range []func() error{
		func() error { return graph.WritePathsText(&b, r, dir, vocab) },
		func() error { return graph.WritePathsJSON(&b, r, dir) },
		func() error { return graph.WritePathsDOT(&b, r, dir, vocab) },
		func() error { return graph.WritePathsMermaid(&b, r, dir, vocab) },
	} {
		if err := write(); err != nil {
			t.Fatal(err)
		}
	}
	return b.String()
}

func explainAlignment(t *testing.T, al graph.Alignment, f graph.EdgeFilter, dir *graph.Directory, vocab graph.Relations) string {
	t.Helper()
	var b bytes.Buffer
	if err := graph.WriteAlignText(&b, al, f, dir, vocab); err != nil {
		t.Fatal(err)
	}
	if err := graph.WriteAlignJSON(&b, al, dir); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestEnginesAgreeOnTheFixture(t *testing.T) {
	d := graphtest.Dictionary(t)
	vocab, dir := d.Vocabulary(), graphtest.Directory(t)
	neo := storeWith(t, graphtest.Facts(), d.GraphActors(), vocab)
	emb := embedded.New(graphtest.Facts(), d)
	ctx := context.Background()

	for _, tc := range []struct {
		name  string
		q     graph.PathQuery
		hops  int // of the first path; 0 when there is none
		paths int
	}{
		{"direct", graph.PathQuery{From: "pakistan", To: "russia"}, 1, 1},
		{"as of 2017 through Russia", graph.PathQuery{From: "india", To: "pakistan", AsOf: graph.MustDate("2017")}, 2, 1},
		{"k beyond the shortest", graph.PathQuery{From: "india", To: "pakistan", K: 6, MaxHops: 3}, 2, 2},
		{"relations", graph.PathQuery{From: "pakistan", To: "russia", Relations: []string{"abstained", "supported"}}, 3, 1},
		{"since", graph.PathQuery{From: "pakistan", To: "india", Relations: []string{"refused", "held_exercises_with", "abstained"}, Since: graph.MustDate("2017")}, 2, 1},
		{"exclude", graph.PathQuery{From: "united-states", To: "pakistan", Exclude: []string{"attacked", "gave_aid_to", "consulted", "mediated"}, K: 3}, 3, 2},
		{"mediation", graph.PathQuery{From: "pakistan", To: "taliban", K: 2}, 1, 2},
		{"no path within the bound", graph.PathQuery{From: "nato", To: "taliban", MaxHops: 1}, 0, 0},
		{"unknown actor", graph.PathQuery{From: "atlantis", To: "pakistan"}, 0, 0},
		{"country level", graph.PathQuery{From: "united-states", To: "pakistan", Relations: []string{"criticized"}, CountryLevel: true}, 1, 1},
		{"country level, several", graph.PathQuery{From: "india", To: "united-states", CountryLevel: true, K: 4}, 3, 4},
		{"country level as of", graph.PathQuery{From: "russia", To: "united-states", CountryLevel: true, AsOf: graph.MustDate("2022-12"), K: 2}, 2, 2},
		{"an official lifted away", graph.PathQuery{From: "donald-trump", To: "pakistan", CountryLevel: true}, 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want, err := emb.ShortestPaths(ctx, tc.q)
			if err != nil {
				t.Fatal(err)
			}
			got, err := neo.ShortestPaths(ctx, tc.q)
			if err != nil {
				t.Fatal(err)
			}
			if g, w := graphtest.PathsString(got), graphtest.PathsString(want); g != w {
				t.Fatalf("neo4j:\n%s\nembedded:\n%s", g, w)
			}
			if len(want) != tc.paths || (len(want) > 0 && len(want[0].Hops) != tc.hops) {
				t.Fatalf("both engines found %d paths (%s); the case expects %d of %d hops first", len(want), graphtest.PathsString(want), tc.paths, tc.hops)
			}
			if g, w := explainPaths(t, tc.q, got, dir, vocab), explainPaths(t, tc.q, want, dir, vocab); g != w {
				t.Fatalf("explanations differ:\nneo4j:\n%s\nembedded:\n%s", g, w)
			}
		})
	}

	for _, q := range []graph.AlignQuery{
		{A: "pakistan", B: "united-states", CountryLevel: true},
		{A: "pakistan", B: "united-states"},
		{A: "india", B: "pakistan", Filter: graph.EdgeFilter{AsOf: graph.MustDate("2019")}},
		{A: "russia", B: "united-states", CountryLevel: true, Filter: graph.EdgeFilter{Exclude: []string{"mediated"}}},
	} {
		want, err := graph.Align(ctx, emb, dir, vocab, q)
		if err != nil {
			t.Fatal(err)
		}
		got, err := graph.Align(ctx, neo, dir, vocab, q)
		if err != nil {
			t.Fatal(err)
		}
		if g, w := explainAlignment(t, got, q.Filter, dir, vocab), explainAlignment(t, want, q.Filter, dir, vocab); g != w {
			t.Errorf("align %+v differs:\nneo4j:\n%s\nembedded:\n%s", q, g, w)
		}
		if len(want.Years) == 0 && len(want.Indirect) == 0 {
			t.Errorf("align %+v found no evidence: the case compares nothing", q)
		}
	}
}

// On random graphs with parallel edges, officials and every filter, both
// engines give the brute-force canonical answer.
func TestEnginesAgreeOnRandomGraphs(t *testing.T) {
	vocab := vocabulary(t)
	facts, actors := graphtest.SyntheticFacts(40, 140, vocab, 3)
	neo := storeWith(t, facts, actors, vocab)
	emb := embedded.FromEdges(graph.MergeFacts(facts, vocab), actors, vocab)
	ctx := context.Background()
	r := rand.New(rand.NewPCG(5, 8))
	found := 0
	for i := 0; i < 120; i++ {
		q := graphtest.RandomQuery(r, 40, vocab)
		if q.From == q.To {
			continue
		}
		q.MaxHops = min(q.MaxHops, 4) // fixed-length Cypher patterns grow fast
		want, err := emb.ShortestPaths(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		got, err := neo.ShortestPaths(ctx, q)
		if err != nil {
			t.Fatalf("%+v: %v", q, err)
		}
		if g, w := graphtest.PathsString(got), graphtest.PathsString(want); g != w {
			t.Fatalf("%+v:\nneo4j:\n%s\nembedded:\n%s", q, g, w)
		}
		if len(want) > 0 {
			found++
		}
	}
	if found < 40 {
		t.Fatalf("only %d queries found paths: too few to compare", found)
	}
}
