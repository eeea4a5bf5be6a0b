package graph_test

import (
	"context"
	"errors"
	"testing"

	"github.com/geoalign/geoalign/graph"
	"github.com/geoalign/geoalign/graph/graphtest"
)

func alignFixture(t *testing.T, q graph.AlignQuery) graph.Alignment {
	t.Helper()
	edges, dir, vocab := fixtureEdges(t)
	al, err := graph.Align(context.Background(), graphtest.SliceStore{All: edges, Dir: dir, Vocab: vocab}, dir, vocab, q)
	if err != nil {
		t.Fatal(err)
	}
	return al
}

func rows(al graph.Alignment) map[int]float64 {
	out := map[int]float64{}
	for _, r := range al.Years {
		out[r.Year] = r.Score
	}
	return out
}

func TestAlignSumsDirectEdgesByYear(t *testing.T) {
	al := alignFixture(t, graph.AlignQuery{A: "pakistan", B: "united-states", CountryLevel: true})
	want := map[int]float64{2011: -9, 2017: -8, 2018: -5, 2020: 5, 2022: -2, 2023: 1, 0: 6}
	if got := rows(al); len(got) != len(want) {
		t.Fatalf("rows = %v, want %v", got, want)
	}
	for y, w := range want {
		if got := rows(al)[y]; got != w {
			t.Errorf("%d: %v, want %v", y, got, w)
		}
	}
	if last := al.Years[len(al.Years)-1]; last.Year != 0 {
		t.Errorf("the undated row should come last, got %d", last.Year)
	}
	// The negated 2023 criticism ("had no objection") counts for nothing;
	// Khan's claimed 2022 accusation counts.
	for _, r := range al.Years {
		for _, e := range r.Edges {
			if e.Modality == graph.Negated || e.Modality == graph.Denied {
				t.Errorf("%s counted", e.Key)
			}
		}
	}
	if al.Direct != -12 || al.IndirectScore != 5 || al.Score != -9.5 || al.Verdict != graph.Opposed {
		t.Errorf("direct %v, indirect %v, score %v, verdict %q; want -12, 5, -9.5, opposed", al.Direct, al.IndirectScore, al.Score, al.Verdict)
	}
}

func TestAlignWithoutLiftingLeavesOfficialsOut(t *testing.T) {
	al := alignFixture(t, graph.AlignQuery{A: "pakistan", B: "united-states"})
	if _, ok := rows(al)[2018]; ok {
		t.Errorf("2018 row without lifting: Trump's aid cut is his own edge: %v", rows(al))
	}
	if _, ok := rows(al)[2011]; !ok {
		t.Errorf("2011 row missing: %v", rows(al))
	}
}

func TestAlignFiltersByDate(t *testing.T) {
	al := alignFixture(t, graph.AlignQuery{A: "pakistan", B: "united-states", CountryLevel: true, Filter: graph.EdgeFilter{Since: graph.MustDate("2018"), AsOf: graph.MustDate("2020")}})
	if got := rows(al); len(got) != 2 || got[2018] != -5 || got[2020] != 5 {
		t.Errorf("rows 2018–2020 = %v", got)
	}
}

func TestAlignStructuralBalance(t *testing.T) {
	vocab := graphtest.Dictionary(t).Vocabulary()
	fact := func(s, rel, o string) graph.Fact {
		return graph.Fact{Doc: "d", Subject: s, Relation: rel, Object: o, Date: graph.MustDate("2020"), Modality: graph.Asserted, Evidence: s + " " + rel + " " + o}
	}
	facts := []graph.Fact{
		fact("a", "supported", "friend"), fact("friend", "partnered_with", "b"), // + +
		fact("a", "supported", "ally"), fact("ally", "attacked", "b"), // + −
		fact("a", "criticized", "rival"), fact("rival", "supported", "b"), // − +
		fact("a", "attacked", "foe"), fact("b", "sanctioned", "foe"), // − −
		fact("a", "met", "mixed"), fact("mixed", "met", "b"), fact("b", "criticized", "mixed"), // C–B nets −2: − overall
		fact("a", "supported", "zero"), fact("zero", "supported", "b"), fact("b", "criticized", "zero"), fact("b", "congratulated", "zero"), // C–B nets +3
	}
	edges := graph.MergeFacts(facts, vocab)
	dir := graph.NewDirectory(nil)
	al, err := graph.Align(context.Background(), graphtest.SliceStore{All: edges}, dir, vocab, graph.AlignQuery{A: "a", B: "b"})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]struct {
		sign  int
		rule  string
		score float64
	}{
		"friend": {1, "friend of a friend", 4},
		"ally":   {-1, "enemy of a friend", -4},
		"rival":  {-1, "friend of an enemy", -3},
		"foe":    {1, "enemy of an enemy", 6},
		"mixed":  {-1, "enemy of a friend", -1},
		"zero":   {1, "friend of a friend", 3},
	}
	if len(al.Indirect) != len(want) {
		t.Fatalf("%d indirect paths, want %d: %+v", len(al.Indirect), len(want), al.Indirect)
	}
	for _, p := range al.Indirect {
		w := want[p.Via]
		if p.Sign != w.sign || p.Rule != w.rule || p.Score != w.score {
			t.Errorf("via %s: sign %d, %q, score %v; want %d, %q, %v", p.Via, p.Sign, p.Rule, p.Score, w.sign, w.rule, w.score)
		}
	}
	if al.Indirect[0].Via != "foe" {
		t.Errorf("strongest path first: got %s", al.Indirect[0].Via)
	}
	if len(al.Years) != 0 || al.Verdict != graph.Aligned || al.Score != 0.5*(4-4-3+6-1+3)/6 {
		t.Errorf("no direct edge: years %v, verdict %q, score %v", al.Years, al.Verdict, al.Score)
	}
}

func TestAlignWithNothingBetween(t *testing.T) {
	al := alignFixture(t, graph.AlignQuery{A: "india", B: "taliban"})
	if al.Verdict != graph.NoEvidence || len(al.Years) != 0 || len(al.Indirect) != 0 {
		t.Errorf("%+v", al)
	}
	if _, err := graph.Align(context.Background(), graphtest.SliceStore{}, graph.NewDirectory(nil), nil, graph.AlignQuery{A: "x", B: "x"}); !errors.Is(err, graph.ErrSameActor) {
		t.Errorf("same actor: %v", err)
	}
}
