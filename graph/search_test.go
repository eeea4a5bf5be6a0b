package graph_test

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/geoalign/geoalign/graph"
	"github.com/geoalign/geoalign/graph/graphtest"
)

func TestSearchPathsOnTheFixture(t *testing.T) {
	edges, dir, vocab := fixtureEdges(t)
	store := graphtest.SliceStore{All: edges, Dir: dir, Vocab: vocab}
	ctx := context.Background()
	for _, tc := range []struct {
		name string
		q    graph.PathQuery
		want [][]string
	}{
		{"direct", graph.PathQuery{From: "pakistan", To: "russia"}, [][]string{{"pakistan", "russia"}}},
		{"as of 2017 through Russia", graph.PathQuery{From: "india", To: "pakistan", AsOf: graph.MustDate("2017")},
			[][]string{{"india", "russia", "pakistan"}}},
		{"k=2 in id order", graph.PathQuery{From: "india", To: "pakistan", K: 2},
			[][]string{{"india", "russia", "pakistan"}, {"india", "un-general-assembly", "pakistan"}}},
		{"k beyond the shortest takes the next length", graph.PathQuery{From: "india", To: "pakistan", K: 5, MaxHops: 3},
			[][]string{{"india", "russia", "pakistan"}, {"india", "un-general-assembly", "pakistan"}}},
		{"rel filter", graph.PathQuery{From: "pakistan", To: "russia", Relations: []string{"abstained", "supported"}},
			[][]string{{"pakistan", "un-general-assembly", "india", "russia"}}},
		{"mediation", graph.PathQuery{From: "pakistan", To: "taliban"}, [][]string{{"pakistan", "taliban"}}},
		{"without since the 2016 refusal links India", graph.PathQuery{From: "pakistan", To: "india", Relations: []string{"refused", "held_exercises_with", "abstained"}},
			[][]string{{"pakistan", "russia", "india"}}},
		{"since 2017 excludes the 2016 refusal", graph.PathQuery{From: "pakistan", To: "india", Relations: []string{"refused", "held_exercises_with", "abstained"}, Since: graph.MustDate("2017")},
			[][]string{{"pakistan", "un-general-assembly", "india"}}},
		{"no path within max hops", graph.PathQuery{From: "nato", To: "taliban", MaxHops: 1}, nil},
		{"country level lifts Trump", graph.PathQuery{From: "pakistan", To: "united-states", Relations: []string{"cut_aid_to"}, CountryLevel: true},
			[][]string{{"pakistan", "united-states"}}},
		{"Trump has no edges of his own at country level", graph.PathQuery{From: "donald-trump", To: "pakistan", CountryLevel: true}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want := BruteWant(t, edges, dir, vocab, tc.q)
			paths, err := store.ShortestPaths(ctx, tc.q)
			if err != nil {
				t.Fatal(err)
			}
			if got := graphtest.PathsString(paths); got != graphtest.PathsString(want) {
				t.Fatalf("SearchPaths:\n%s\nbrute force:\n%s", got, graphtest.PathsString(want))
			}
			var seqs [][]string
			for _, p := range paths {
				seqs = append(seqs, p.Actors())
			}
			if tc.name == "k beyond the shortest takes the next length" {
				// Only the two 2-hop paths and whatever 3-hop paths the
				// fixture has, in order; checked against brute force above.
				if len(seqs) < 2 || !slices.Equal(seqs[0], tc.want[0]) || !slices.Equal(seqs[1], tc.want[1]) {
					t.Fatalf("paths = %v", seqs)
				}
				for _, s := range seqs[2:] {
					if len(s) != 4 {
						t.Errorf("after the 2-hop paths came %v, want 3-hop ones", s)
					}
				}
				return
			}
			if fmt.Sprint(seqs) != fmt.Sprint(tc.want) {
				t.Fatalf("paths = %v, want %v", seqs, tc.want)
			}
		})
	}
}

// BruteWant is the brute-force answer, lifted first for country level.
func BruteWant(t *testing.T, edges []graph.Edge, dir *graph.Directory, vocab graph.Relations, q graph.PathQuery) []graph.Path {
	t.Helper()
	if q.CountryLevel {
		edges = graph.Lift(edges, dir, vocab)
	}
	return graphtest.BrutePaths(edges, q)
}

func TestSearchPathsEdgesAreOldestFirstAndAllAdmitted(t *testing.T) {
	edges, dir, vocab := fixtureEdges(t)
	store := graphtest.SliceStore{All: edges, Dir: dir, Vocab: vocab}
	paths, err := store.ShortestPaths(context.Background(), graph.PathQuery{From: "pakistan", To: "russia"})
	if err != nil || len(paths) != 1 {
		t.Fatalf("paths = %v, %v", paths, err)
	}
	var got []string
	for _, e := range paths[0].Hops[0].Edges {
		got = append(got, e.Relation+" "+e.Date.String())
	}
	want := []string{"lifted_embargo_on 2014", "held_exercises_with 2016-09", "signed_agreement_with 2018", "bought_from 2023-04"}
	if !slices.Equal(got, want) {
		t.Errorf("hop edges = %v, want %v", got, want)
	}
	if ex := paths[0].Hops[0].Edges[1]; len(ex.Citations) != 2 {
		t.Errorf("the 2016 exercises cite %d sentences, want 2 (two documents)", len(ex.Citations))
	}
}

func TestSearchPathsRejectsTheSameActorTwice(t *testing.T) {
	edges, dir, vocab := fixtureEdges(t)
	store := graphtest.SliceStore{All: edges, Dir: dir, Vocab: vocab}
	_, err := store.ShortestPaths(context.Background(), graph.PathQuery{From: "pakistan", To: "pakistan"})
	if !errors.Is(err, graph.ErrSameActor) {
		t.Fatalf("err = %v, want ErrSameActor", err)
	}
}

func TestSearchPathsMatchesBruteForceOnRandomGraphs(t *testing.T) {
	vocab := graphtest.Dictionary(t).Vocabulary()
	ctx := context.Background()
	r := rand.New(rand.NewPCG(7, 7))
	var found, multi, long int
	for seed := uint64(1); seed <= 60; seed++ {
		edges, actors := graphtest.Synthetic(30, 70, vocab, seed)
		dir := graph.NewDirectory(actors)
		store := graphtest.SliceStore{All: edges, Dir: dir, Vocab: vocab}
		for i := 0; i < 20; i++ {
			q := graphtest.RandomQuery(r, 30, vocab)
			if q.From == q.To {
				continue
			}
			got, err := store.ShortestPaths(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			if want := BruteWant(t, edges, dir, vocab, q); graphtest.PathsString(got) != graphtest.PathsString(want) {
				t.Fatalf("seed %d, %+v:\nSearchPaths:\n%s\nbrute force:\n%s", seed, q, graphtest.PathsString(got), graphtest.PathsString(want))
			}
			if len(got) > 0 {
				found++
				if len(got) > 1 {
					multi++
				}
				if len(got[len(got)-1].Hops) > 2 {
					long++
				}
			}
		}
	}
	// The comparison means something only if the queries found paths,
	// several at a time, and long ones.
	if found < 200 || multi < 50 || long < 50 {
		t.Fatalf("random queries found %d answers, %d with several paths, %d with 3+ hops: too few to compare", found, multi, long)
	}
	t.Logf("%d answers, %d with several paths, %d with 3+ hops", found, multi, long)
}
