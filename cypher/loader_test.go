package cypher

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/geoalign/geoalign/graph"
)

func TestLoadMatchesMergeFacts(t *testing.T) {
	db := openTestDB(t)
	ds := fixture(t)
	s := db.load(t, ds)

	// 9 actors the facts name (china and vladimir-putin are not named) + 3
	// documents; 11 events + 2 dictionary offices (Lavrov, Sharif).
	if nodes, rels := db.counts(t); nodes != 12 || rels != 13 {
		t.Errorf("counts: %d nodes, %d relationships; want 12, 13", nodes, rels)
	}
	if s.NodesCreated != 12 || s.RelationshipsCreated != 13 || s.Documents != 3 || s.Facts != 14 {
		t.Errorf("summary: %+v", s)
	}
	diffEdges(t, db.edges(t), wantEdges(allFacts(ds.Documents), ds.Relations))

	// Three documents report the drills with dates 2016, 2016-09 and
	// 2016-10: one edge, dated to the year they share.
	drills := db.query(t, "MATCH (:Actor {id: 'pakistan'})-[e:HELD_EXERCISES_WITH]->(:Actor {id: 'russia'}) RETURN properties(e)", nil)
	if len(drills) != 1 {
		t.Fatalf("%d drills edges, want 1", len(drills))
	}
	p := drills[0].Values[0].(map[string]any)
	want := map[string]any{
		"date": "2016", "precision": "year", "start": "2016-01-01", "end": "2016-12-31", "year": int64(2016), "sources": int64(3),
		"docs": []any{"doc-a", "doc-b", "doc-c"}, "citeDates": []any{"2016", "2016-09", "2016-10"}, "sentences": []any{int64(3), int64(7), int64(1)},
	}
	for k, w := range want {
		if !reflect.DeepEqual(p[k], w) {
			t.Errorf("drills %s = %#v, want %#v", k, p[k], w)
		}
	}

	oil := db.query(t, "MATCH (:Actor {id: 'pakistan'})-[e:BOUGHT_FROM]->(:Actor {id: 'russia'}) RETURN e.evidences[0], e.goods, e.end", nil)
	if len(oil) != 1 || oil[0].Values[0] != nasty || oil[0].Values[1] != "crude oil" || oil[0].Values[2] != "2023-06-30" {
		t.Errorf("bought_from edge: %v", oil)
	}

	office := db.query(t, "MATCH (:Official {id: 'shehbaz-sharif'})-[e:HOLDS_OFFICE {source: 'dictionary'}]->(:Country {id: 'pakistan'}) RETURN e.key, e.role, e.from, e.to, e.start, e.end", nil)
	if len(office) != 1 || !reflect.DeepEqual(office[0].Values, []any{"office|shehbaz-sharif|pakistan|Prime Minister|2022-04-11", "Prime Minister", "2022-04-11", nil, "2022-04-11", nil}) {
		t.Errorf("dictionary office edge: %v", office)
	}

	labels := db.query(t, "MATCH (a:Actor) RETURN a.id, labels(a) ORDER BY a.id", nil)
	for _, r := range labels {
		if l := r.Values[1].([]any); len(l) != 2 {
			t.Errorf("actor %s has labels %v, want Actor and one kind", r.Values[0], l)
		}
	}
	doc := db.query(t, "MATCH (d:Document {id: 'doc-b'}) RETURN d.title, d.source, d.published", nil)
	if len(doc) != 1 || !reflect.DeepEqual(doc[0].Values, []any{"Oil; and \"aid\"", "Dawn", "2023-06"}) {
		t.Errorf("document doc-b: %v", doc)
	}
}

func TestLoadTwiceChangesNothing(t *testing.T) {
	db := openTestDB(t)
	ds := fixture(t)
	db.load(t, ds)
	before := db.snapshot(t)
	s := db.load(t, ds)
	after := db.snapshot(t)
	if !reflect.DeepEqual(before, after) {
		t.Errorf("second load changed the graph:\nbefore %v\nafter  %v", before, after)
	}
	if s.NodesCreated+s.NodesDeleted+s.RelationshipsCreated+s.RelationshipsDeleted+s.PropertiesSet != 0 {
		t.Errorf("second load wrote: %v", s)
	}
}

func TestReloadChangedDocumentReplacesOnlyItsCitations(t *testing.T) {
	db := openTestDB(t)
	ds := fixture(t)
	db.load(t, ds)
	before := db.snapshot(t)

	changed := ds
	changed.Documents = []Document{changedDocB()}
	db.load(t, changed)

	docs := fixtureDocs()
	docs[1] = changedDocB()
	diffEdges(t, db.edges(t), wantEdges(allFacts(docs), ds.Relations))

	// Edges doc-b never cited are untouched, down to their identity.
	after := db.snapshot(t)
	untouched := 0
	for _, line := range before.Edges {
		if strings.Contains(line, `"doc-b"`) {
			continue
		}
		untouched++
		if after.IDs[line] != before.IDs[line] {
			t.Errorf("edge not cited by doc-b changed: %s", line)
		}
	}
	if untouched != 9 {
		t.Errorf("%d edges not cited by doc-b, want 9", untouched)
	}
	// The purchase only doc-b reported is gone; the drills now read 2016-10
	// (2016, 2016, 2016-10: the most precise date, which the others contain).
	if r := db.query(t, "MATCH ()-[e:BOUGHT_FROM]->() RETURN count(e)", nil); r[0].Values[0] != int64(0) {
		t.Errorf("bought_from edges left: %v", r[0].Values[0])
	}
	if r := db.query(t, "MATCH ()-[e:HELD_EXERCISES_WITH]->() RETURN e.date, e.citeDates", nil); len(r) != 1 || r[0].Values[0] != "2016-10" {
		t.Errorf("drills after reload: %v", r)
	}

	// An incremental reload ends where a fresh load of the new documents does.
	db.clean(t)
	fresh := ds
	fresh.Documents = docs
	db.load(t, fresh)
	if f := db.snapshot(t); !reflect.DeepEqual(f.Nodes, after.Nodes) || !reflect.DeepEqual(f.Edges, after.Edges) {
		t.Errorf("incremental reload differs from a fresh load:\nincremental %v\nfresh       %v", after.Edges, f.Edges)
	}
}

func TestLoadRejectsInvalidDatasetBeforeWriting(t *testing.T) {
	db := openTestDB(t)
	ds := fixture(t)
	bad := fact("doc-d", 1, "pakistan", "befriended", "russia", "2020", graph.Asserted, "x")
	ds.Documents = append(ds.Documents, Document{Document: graph.Document{ID: "doc-d"}, Facts: []graph.Fact{bad}})
	_, err := db.loader().Load(context.Background(), ds)
	if err == nil || !strings.Contains(err.Error(), `relation "befriended" is not in the vocabulary`) {
		t.Fatalf("err = %v", err)
	}
	if nodes, rels := db.counts(t); nodes+rels != 0 {
		t.Errorf("an invalid dataset wrote %d nodes, %d relationships", nodes, rels)
	}
}
