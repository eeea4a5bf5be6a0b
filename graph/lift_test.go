package graph_test

import (
	"context"
	"reflect"
	"testing"

	"github.com/geoalign/geoalign/graph"
	"github.com/geoalign/geoalign/graph/graphtest"
)

func fixtureEdges(t *testing.T) ([]graph.Edge, *graph.Directory, graph.Relations) {
	t.Helper()
	vocab := graphtest.Dictionary(t).Vocabulary()
	return graph.MergeFacts(graphtest.Facts(), vocab), graphtest.Directory(t), vocab
}

func edgeByKey(edges []graph.Edge, key string) (graph.Edge, bool) {
	for _, e := range edges {
		if e.Key == key {
			return e, true
		}
	}
	return graph.Edge{}, false
}

func TestLiftMovesOfficialsToTheStateServedOnTheEdgesDate(t *testing.T) {
	edges, dir, vocab := fixtureEdges(t)
	lifted := graph.Lift(edges, dir, vocab)
	for _, key := range []string{
		"united-states|cut_aid_to|pakistan|2018|asserted",           // Trump, president in 2018
		"pakistan|criticized|united-states|2022|claimed",            // Khan, prime minister until 2022-04-10
		"united-states|invited|pakistan|2022|asserted",              // Blinken invited Bilawal
		"russia|congratulated|pakistan|2022|asserted",               // Lavrov congratulated Bilawal
		"india|met|russia|2023|asserted",                            // Doval met Patrushev (symmetric: smaller id first)
		"imran-khan|criticized|united-states|2023|asserted",         // out of office in 2023: stays himself
		"pakistan|visited|russia|2018|asserted",                     // Bajwa, army chief
		"taliban|signed_agreement_with|united-states|2020|asserted", // symmetric
	} {
		if _, ok := edgeByKey(lifted, key); !ok {
			t.Errorf("lifted edges lack %s", key)
		}
	}
	for _, e := range lifted {
		if e.Subject == e.Object {
			t.Errorf("self-loop kept: %s", e.Key)
		}
		if e.Relation == graph.HoldsOffice {
			t.Errorf("holds_office edge survived lifting: %s", e.Key)
		}
		for _, id := range []string{e.Subject, e.Object} {
			if a, _ := dir.Actor(id); a.Kind == graph.Official && a.ServedOn(e.Date) != "" {
				t.Errorf("%s still names %s, who served %s then", e.Key, id, a.ServedOn(e.Date))
			}
		}
	}
}

func TestLiftMergesEdgesThatBecomeOneEvent(t *testing.T) {
	vocab := graphtest.Dictionary(t).Vocabulary()
	dir := graphtest.Directory(t)
	facts := []graph.Fact{
		{Doc: "d1", Sentence: 1, Subject: "donald-trump", Relation: "criticized", Object: "pakistan", Date: graph.MustDate("2018"), Modality: graph.Asserted, Evidence: "Trump criticized Pakistan."},
		{Doc: "d2", Sentence: 4, Subject: "united-states", Relation: "criticized", Object: "pakistan", Date: graph.MustDate("2018-01"), Modality: graph.Asserted, Evidence: "Washington criticized Islamabad in January 2018."},
		{Doc: "d3", Sentence: 2, Subject: "united-states", Relation: "criticized", Object: "pakistan", Date: graph.MustDate("2018-01"), Modality: graph.Negated, Evidence: "Washington did not criticize Islamabad."},
	}
	lifted := graph.Lift(graph.MergeFacts(facts, vocab), dir, vocab)
	if len(lifted) != 2 {
		t.Fatalf("got %d lifted edges, want the asserted event and the negated one: %+v", len(lifted), lifted)
	}
	e, ok := edgeByKey(lifted, "united-states|criticized|pakistan|2018|asserted")
	if !ok {
		t.Fatalf("no merged event in %+v", lifted)
	}
	if len(e.Citations) != 2 || e.Citations[0].Doc != "d1" || e.Citations[1].Doc != "d2" {
		t.Errorf("citations = %+v, want d1 and d2", e.Citations)
	}
	if e.Date != graph.MustDate("2018-01") {
		t.Errorf("merged date = %s, want 2018-01 (2018 contains it)", e.Date)
	}
}

func TestLiftedEdgesEqualLiftingEverything(t *testing.T) {
	edges, dir, vocab := fixtureEdges(t)
	store := graphtest.SliceStore{All: edges, Dir: dir, Vocab: vocab}
	all := graph.Lift(edges, dir, vocab)
	for _, f := range []graph.EdgeFilter{{}, {AsOf: graph.MustDate("2019")}, {Since: graph.MustDate("2018-01")}, {Relations: []string{"criticized", "invited"}}} {
		for _, ids := range [][]string{{"pakistan"}, {"united-states", "russia"}, {"imran-khan"}} {
			got, err := graph.LiftedEdges(context.Background(), store, dir, vocab, ids, f)
			if err != nil {
				t.Fatal(err)
			}
			var want []graph.Edge
			for _, e := range all {
				touches := false
				for _, id := range ids {
					touches = touches || e.Subject == id || e.Object == id
				}
				if touches && f.Admits(e) {
					want = append(want, e)
				}
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("LiftedEdges(%v, %+v):\n got %v\nwant %v", ids, f, keys(got), keys(want))
			}
		}
	}
}

func keys(edges []graph.Edge) []string {
	out := make([]string, len(edges))
	for i, e := range edges {
		out[i] = e.Key
	}
	return out
}
