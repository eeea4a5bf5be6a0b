package cypher

import (
	"context"
	"reflect"
	"sort"
	"testing"
	"time"

	"github.com/geoalign/geoalign/cypher/neo4jtest"
	"github.com/geoalign/geoalign/graph"
	"github.com/geoalign/geoalign/graph/graphtest"
)

// storeWith loads facts into the emptied test database and returns a
// Store over it, with the dictionary actors and vocabulary they use.
func storeWith(t testing.TB, facts []graph.Fact, actors []graph.Actor, vocab graph.Relations) *Store {
	t.Helper()
	srv := neo4jtest.Require(t)
	ctx := context.Background()
	d, err := Open(ctx, Config{URI: srv.URI, User: srv.User, Password: srv.Password, Database: srv.Database, RetryTime: 3 * time.Second})
	if err != nil {
		t.Fatalf("open %s: %v", srv.URI, err)
	}
	t.Cleanup(func() { d.Close(context.Background()) })
	if _, err := NewLoader(d, srv.Database).Load(ctx, datasetOf(facts, actors, vocab)); err != nil {
		t.Fatalf("load: %v", err)
	}
	dir := graph.NewDirectory(actors)
	s := NewStore(d, srv.Database, dir, vocab)
	stored, err := s.Actors(ctx)
	if err != nil {
		t.Fatalf("actors: %v", err)
	}
	dir.Add(stored...)
	return s
}

// datasetOf groups facts by document, in document order.
func datasetOf(facts []graph.Fact, actors []graph.Actor, vocab graph.Relations) Dataset {
	byDoc := map[string][]graph.Fact{}
	for _, f := range facts {
		byDoc[f.Doc] = append(byDoc[f.Doc], f)
	}
	ids := make([]string, 0, len(byDoc))
	for id := range byDoc {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	ds := Dataset{Actors: actors, Relations: vocab}
	for _, id := range ids {
		ds.Documents = append(ds.Documents, Document{Document: graph.Document{ID: id}, Facts: byDoc[id]})
	}
	return ds
}

func fixtureStore(t testing.TB) (*Store, []graph.Edge) {
	t.Helper()
	d := graphtest.Dictionary(t)
	vocab := d.Vocabulary()
	return storeWith(t, graphtest.Facts(), d.GraphActors(), vocab), graph.MergeFacts(graphtest.Facts(), vocab)
}

func TestStoreEdgesAreTheMergedFacts(t *testing.T) {
	s, merged := fixtureStore(t)
	ctx := context.Background()
	got, err := s.Edges(ctx, nil, graph.EdgeFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var want []graph.Edge
	for _, e := range merged {
		if (graph.EdgeFilter{}).Admits(e) {
			want = append(want, e)
		}
	}
	if !reflect.DeepEqual(got, want) {
		for i := range min(len(got), len(want)) {
			if !reflect.DeepEqual(got[i], want[i]) {
				t.Fatalf("edge %d:\n got %+v\nwant %+v", i, got[i], want[i])
			}
		}
		t.Fatalf("got %d edges, want %d", len(got), len(want))
	}

	pk, err := s.Edges(ctx, []string{"pakistan", "russia"}, graph.EdgeFilter{AsOf: graph.MustDate("2016-12")})
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, e := range pk {
		keys = append(keys, e.Key)
	}
	wantKeys := []string{
		"china|partnered_with|pakistan|2011|asserted", // symmetric: smaller id first
		"india|pressured|russia|2016|asserted",
		"nato|attacked|pakistan|2011|asserted",
		"pakistan|blocked|nato|2011|asserted",
		"pakistan|held_exercises_with|russia|2016|asserted",
		"russia|lifted_embargo_on|pakistan|2014|asserted",
		"russia|refused|india|2016|asserted",
		"united-states|attacked|pakistan|2011|asserted",
	}
	if !reflect.DeepEqual(keys, wantKeys) {
		t.Errorf("edges of Pakistan and Russia as of 2016-12:\n got %v\nwant %v", keys, wantKeys)
	}
}

func TestStoreShortestPaths(t *testing.T) {
	s, _ := fixtureStore(t)
	ctx := context.Background()
	paths, err := s.ShortestPaths(ctx, graph.PathQuery{From: "india", To: "pakistan", AsOf: graph.MustDate("2017")})
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) != 1 || !reflect.DeepEqual(paths[0].Actors(), []string{"india", "russia", "pakistan"}) {
		t.Fatalf("paths = %s", graphtest.PathsString(paths))
	}
	if _, err := s.ShortestPaths(ctx, graph.PathQuery{From: "india", To: "india"}); err != graph.ErrSameActor {
		t.Errorf("same actor: err = %v", err)
	}
	none, err := s.ShortestPaths(ctx, graph.PathQuery{From: "atlantis", To: "pakistan"})
	if err != nil || len(none) != 0 {
		t.Errorf("unknown actor: %v, %v", none, err)
	}
}
