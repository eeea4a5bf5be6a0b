package embedded_test

import (
	"context"
	"errors"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/geoalign/geoalign/embedded"
	"github.com/geoalign/geoalign/graph"
	"github.com/geoalign/geoalign/graph/graphtest"
)

func fixtureStore(t *testing.T) (*embedded.Store, []graph.Edge, *graph.Directory, graph.Relations) {
	t.Helper()
	d := graphtest.Dictionary(t)
	vocab := d.Vocabulary()
	return embedded.New(graphtest.Facts(), d), graph.MergeFacts(graphtest.Facts(), vocab), graphtest.Directory(t), vocab
}

func TestShortestPathsOnTheFixture(t *testing.T) {
	s, _, _, _ := fixtureStore(t)
	ctx := context.Background()
	for _, tc := range []struct {
		name string
		q    graph.PathQuery
		want string
	}{
		{"direct, every edge oldest first", graph.PathQuery{From: "pakistan", To: "russia"},
			"pakistan-russia[russia|lifted_embargo_on|pakistan|2014|asserted,pakistan|held_exercises_with|russia|2016|asserted,pakistan|signed_agreement_with|russia|2018|asserted,pakistan|bought_from|russia|2023|asserted]"},
		{"as of 2017 through Russia", graph.PathQuery{From: "india", To: "pakistan", AsOf: graph.MustDate("2017")},
			"india-russia-pakistan[india|pressured|russia|2016|asserted,russia|refused|india|2016|asserted|russia|lifted_embargo_on|pakistan|2014|asserted,pakistan|held_exercises_with|russia|2016|asserted]"},
		{"mediation", graph.PathQuery{From: "pakistan", To: "taliban"},
			"pakistan-taliban[pakistan|mediated|taliban|2020|asserted]"},
		{"negated edges are never walked", graph.PathQuery{From: "united-states", To: "pakistan", Relations: []string{"criticized"}}, ""},
		{"country level", graph.PathQuery{From: "united-states", To: "pakistan", Relations: []string{"criticized"}, CountryLevel: true},
			"united-states-pakistan[united-states|criticized|pakistan|2017|asserted,pakistan|criticized|united-states|2022|claimed]"},
		{"unknown actor has no path", graph.PathQuery{From: "atlantis", To: "pakistan"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			paths, err := s.ShortestPaths(ctx, tc.q)
			if err != nil {
				t.Fatal(err)
			}
			if got := graphtest.PathsString(paths); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

func TestShortestPathsRejectsTheSameActorTwice(t *testing.T) {
	s, _, _, _ := fixtureStore(t)
	if _, err := s.ShortestPaths(context.Background(), graph.PathQuery{From: "india", To: "india"}); !errors.Is(err, graph.ErrSameActor) {
		t.Fatalf("err = %v, want ErrSameActor", err)
	}
}

func TestEdgesTouchingActorsInKeyOrder(t *testing.T) {
	s, edges, _, _ := fixtureStore(t)
	ctx := context.Background()
	for _, tc := range []struct {
		ids []string
		f   graph.EdgeFilter
	}{
		{nil, graph.EdgeFilter{}},
		{[]string{"pakistan"}, graph.EdgeFilter{}},
		{[]string{"pakistan", "russia"}, graph.EdgeFilter{AsOf: graph.MustDate("2016-12")}},
		{[]string{"united-states"}, graph.EdgeFilter{Since: graph.MustDate("2017-08")}},
		{[]string{"india", "atlantis"}, graph.EdgeFilter{Exclude: []string{"abstained"}}},
	} {
		got, err := s.Edges(ctx, tc.ids, tc.f)
		if err != nil {
			t.Fatal(err)
		}
		want, _ := graphtest.SliceStore{All: edges}.Edges(ctx, tc.ids, tc.f)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Edges(%v, %+v):\n got %d edges\nwant %d", tc.ids, tc.f, len(got), len(want))
		}
		if len(want) == 0 {
			t.Errorf("Edges(%v, %+v) is empty: the case tests nothing", tc.ids, tc.f)
		}
	}
}

// The embedded engine must give exactly the brute-force canonical answer,
// whatever the filters, k, max hops and level.
func TestShortestPathsMatchesBruteForceOnRandomGraphs(t *testing.T) {
	vocab := graphtest.Dictionary(t).Vocabulary()
	ctx := context.Background()
	r := rand.New(rand.NewPCG(11, 3))
	var found, multi int
	for seed := uint64(1); seed <= 80; seed++ {
		edges, actors := graphtest.Synthetic(30, 70, vocab, seed)
		s := embedded.FromEdges(edges, actors, vocab)
		dir := graph.NewDirectory(actors)
		for i := 0; i < 25; i++ {
			q := graphtest.RandomQuery(r, 30, vocab)
			if q.From == q.To {
				continue
			}
			got, err := s.ShortestPaths(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			all := edges
			if q.CountryLevel {
				all = graph.Lift(edges, dir, vocab)
			}
			want := graphtest.BrutePaths(all, q)
			if graphtest.PathsString(got) != graphtest.PathsString(want) {
				t.Fatalf("seed %d, %+v:\nembedded:\n%s\nbrute force:\n%s", seed, q, graphtest.PathsString(got), graphtest.PathsString(want))
			}
			if len(got) > 0 {
				found++
			}
			if len(got) > 1 {
				multi++
			}
		}
	}
	if found < 300 || multi < 80 {
		t.Fatalf("only %d answers, %d with several paths: too few to compare", found, multi)
	}
}

// Edges through the compiled filter must equal EdgeFilter.Admits on every
// edge, for any filter.
func TestCompiledFilterAdmitsWhatEdgeFilterAdmits(t *testing.T) {
	vocab := graphtest.Dictionary(t).Vocabulary()
	edges, actors := graphtest.Synthetic(200, 3000, vocab, 5)
	s := embedded.FromEdges(edges, actors, vocab)
	r := rand.New(rand.NewPCG(1, 2))
	ctx := context.Background()
	for i := 0; i < 200; i++ {
		q := graphtest.RandomQuery(r, 200, vocab)
		if r.IntN(2) == 0 {
			q.AsOf = graph.Date{Year: 1990 + r.IntN(35), Month: r.IntN(13)}
			if q.AsOf.Month > 0 {
				q.AsOf.Day = r.IntN(29)
			}
		}
		f := q.Filter()
		got, err := s.Edges(ctx, nil, f)
		if err != nil {
			t.Fatal(err)
		}
		var want []graph.Edge
		for _, e := range edges {
			if f.Admits(e) {
				want = append(want, e)
			}
		}
		if len(got) != len(want) {
			t.Fatalf("filter %+v: compiled admits %d edges, Admits %d", f, len(got), len(want))
		}
	}
}
