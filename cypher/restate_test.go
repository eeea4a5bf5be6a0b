package cypher

import (
	"reflect"
	"testing"

	"github.com/geoalign/geoalign/graph"
)

// asDriverReturns turns properties as edgeProps makes them into what the
// driver reads back: lists as []any.
func asDriverReturns(p map[string]any) map[string]any {
	out := make(map[string]any, len(p))
	for k, v := range p {
		out[k] = asStored(v)
	}
	return out
}

// Merging a document's citations into a stored edge gives what edgeProps
// gives for all the citations at once, whatever order the documents load.
func TestRestateMatchesMergingAllCitations(t *testing.T) {
	vocab := vocabulary(t)
	fact := func(doc string, sentence int, date graph.Date, between ...string) graph.Fact {
		return graph.Fact{Subject: "pakistan", Relation: "mediated", Object: "united-states", Date: date,
			Precision: date.Precision(), Modality: graph.Asserted, Confidence: 0.8, Doc: doc, Sentence: sentence,
			Evidence: doc + " sentence", Between: between}
	}
	a := edgeRows("doc-a", []graph.Fact{fact("doc-a", 3, graph.Date{Year: 2020, Month: 2}, "taliban")}, vocab)
	b := edgeRows("doc-b", []graph.Fact{fact("doc-b", 1, graph.Date{Year: 2020}), fact("doc-b", 7, graph.Date{Year: 2020, Month: 2, Day: 29})}, vocab)
	if len(a) != 1 || len(b) != 1 || a[0].key != b[0].key {
		t.Fatalf("want one shared event, got %d and %d rows", len(a), len(b))
	}
	all := append(append([]citation(nil), a[0].cites...), b[0].cites...)
	want := edgeProps(a[0].key, a[0].name, a[0].modality, all, dateTexts{})

	for _, order := range [][2]edgeRow{{a[0], b[0]}, {b[0], a[0]}} {
		stored := asDriverReturns(order[0].row["props"].(map[string]any))
		got, changed, err := restate(order[1], stored, dateTexts{})
		if err != nil {
			t.Fatal(err)
		}
		if !changed || !reflect.DeepEqual(got, want) {
			t.Errorf("%s after %s: changed %v\n got %v\nwant %v", order[1].doc, order[0].doc, changed, got, want)
		}
		// Loading the same document again changes nothing.
		if _, changed, _ := restate(order[1], asDriverReturns(got), dateTexts{}); changed {
			t.Errorf("reloading %s changes the edge", order[1].doc)
		}
	}
}

func TestRestateRejectsBrokenCitations(t *testing.T) {
	rows := edgeRows("doc-a", []graph.Fact{{Subject: "a", Relation: "met", Object: "b", Doc: "doc-a", Evidence: "x"}}, vocabulary(t))
	stored := asDriverReturns(rows[0].row["props"].(map[string]any))
	stored["sentences"] = []any{}
	if _, _, err := restate(rows[0], stored, dateTexts{}); err == nil {
		t.Fatal("citation arrays of different lengths were accepted")
	}
}
