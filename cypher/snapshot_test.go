package cypher

import (
	"context"
	"fmt"
	"os"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/geoalign/geoalign/cypher/neo4jtest"
	"github.com/geoalign/geoalign/graph"
)

func TestMain(m *testing.M) { os.Exit(neo4jtest.Main(m)) }

// testDB is a test's connection to an emptied database.
type testDB struct {
	srv    *neo4jtest.Server
	driver Driver
}

func openTestDB(t testing.TB) *testDB {
	t.Helper()
	srv := neo4jtest.Require(t)
	return connectTestDB(t, srv)
}

func connectTestDB(t testing.TB, srv *neo4jtest.Server) *testDB {
	t.Helper()
	d, err := Open(context.Background(), Config{URI: srv.URI, User: srv.User, Password: srv.Password, Database: srv.Database, RetryTime: 3 * time.Second})
	if err != nil {
		t.Fatalf("open %s: %v", srv.URI, err)
	}
	t.Cleanup(func() { d.Close(context.Background()) })
	return &testDB{srv: srv, driver: d}
}

func (db *testDB) loader() *Loader { return NewLoader(db.driver, db.srv.Database) }

func (db *testDB) load(t testing.TB, ds Dataset) Summary {
	t.Helper()
	s, err := db.loader().Load(context.Background(), ds)
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	return s
}

func (db *testDB) query(t testing.TB, cypher string, params map[string]any) []*neo4j.Record {
	t.Helper()
	res, err := neo4j.ExecuteQuery(context.Background(), db.driver, cypher, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(db.srv.Database))
	if err != nil {
		t.Fatalf("%s: %v", cypher, err)
	}
	return res.Records
}

func (db *testDB) clean(t testing.TB) {
	t.Helper()
	if err := db.srv.Clean(context.Background()); err != nil {
		t.Fatal(err)
	}
}

// counts are the numbers of nodes and relationships in the database.
func (db *testDB) counts(t testing.TB) (nodes, rels int64) {
	t.Helper()
	r := db.query(t, "CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[e]->() RETURN count(e) AS rels } RETURN nodes, rels", nil)
	return r[0].Values[0].(int64), r[0].Values[1].(int64)
}

// snapshot is the whole graph in a comparable form. Element ids are kept
// apart so tests can choose whether identity matters.
type snapshot struct {
	Nodes []string // "labels props", sorted
	Edges []string // "subject -TYPE-> object props", sorted
	IDs   map[string]string
}

func (db *testDB) snapshot(t testing.TB) snapshot {
	t.Helper()
	s := snapshot{IDs: map[string]string{}}
	for _, r := range db.query(t, "MATCH (n) RETURN labels(n), properties(n), elementId(n)", nil) {
		labels := toStrings(r.Values[0])
		sort.Strings(labels)
		line := strings.Join(labels, ":") + " " + render(r.Values[1])
		s.Nodes = append(s.Nodes, line)
		s.IDs[line] = r.Values[2].(string)
	}
	for _, r := range db.query(t, "MATCH (s)-[e]->(o) RETURN s.id, type(e), o.id, properties(e), elementId(e)", nil) {
		line := fmt.Sprintf("%s -%s-> %s %s", r.Values[0], r.Values[1], r.Values[2], render(r.Values[3]))
		s.Edges = append(s.Edges, line)
		s.IDs[line] = r.Values[4].(string)
	}
	sort.Strings(s.Nodes)
	sort.Strings(s.Edges)
	return s
}

// render prints a property map with sorted keys.
func render(v any) string {
	m, ok := v.(map[string]any)
	if !ok {
		return fmt.Sprintf("%#v", v)
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%s=%#v ", k, m[k])
	}
	return b.String()
}

// edges reads back every document-cited relationship as a graph.Edge, in
// key order: the inverse of the loader's conversion.
func (db *testDB) edges(t testing.TB) []graph.Edge {
	t.Helper()
	var out []graph.Edge
	recs := db.query(t, "MATCH (s:Actor)-[e]->(o:Actor) WHERE e.docs IS NOT NULL RETURN s.id, o.id, properties(e) ORDER BY e.key", nil)
	for _, r := range recs {
		p := r.Values[2].(map[string]any)
		e := graph.Edge{
			Key: p["key"].(string), Subject: r.Values[0].(string), Relation: p["relation"].(string), Object: r.Values[1].(string),
			Modality: graph.Modality(p["modality"].(string)),
			Between:  toStrings(p["between"]),
		}
		if s, ok := p["date"].(string); ok {
			e.Date = graph.MustDate(s)
		}
		e.Goods, _ = p["goods"].(string)
		e.Role, _ = p["role"].(string)
		docs, sentences, evidences := toStrings(p["docs"]), p["sentences"].([]any), toStrings(p["evidences"])
		dates, confidences := toStrings(p["citeDates"]), p["confidences"].([]any)
		for i := range docs {
			e.Citations = append(e.Citations, graph.Citation{Doc: docs[i], Sentence: int(sentences[i].(int64)), Evidence: evidences[i],
				Date: graph.MustDate(dates[i]), Confidence: confidences[i].(float64), Modality: e.Modality})
		}
		if got, want := p["sources"].(int64), int64(e.Sources()); got != want {
			t.Errorf("edge %s: sources = %d, want %d", e.Key, got, want)
		}
		checkDateProps(t, e, p)
		out = append(out, e)
	}
	return out
}

// checkDateProps checks the filter properties against graph.Date.
func checkDateProps(t testing.TB, e graph.Edge, p map[string]any) {
	t.Helper()
	want := map[string]any{"precision": orNull(string(e.Date.Precision())), "start": orNull(e.Date.Start()), "end": orNull(e.Date.End())}
	if !e.Date.IsZero() {
		want["year"] = int64(e.Date.Year)
	} else {
		want["year"] = nil
	}
	for k, w := range want {
		if !reflect.DeepEqual(p[k], w) {
			t.Errorf("edge %s: %s = %#v, want %#v", e.Key, k, p[k], w)
		}
	}
}

func toStrings(v any) []string {
	list, _ := v.([]any)
	if list == nil {
		return nil
	}
	out := make([]string, len(list))
	for i, x := range list {
		out[i] = x.(string)
	}
	return out
}

// wantEdges is what graph.MergeFacts makes of the facts, with the modality
// of every citation normalised as the graph stores it (on the edge).
func wantEdges(facts []graph.Fact, vocab graph.Relations) []graph.Edge {
	edges := graph.MergeFacts(facts, vocab)
	for i := range edges {
		for j := range edges[i].Citations {
			edges[i].Citations[j].Modality = edges[i].Modality
		}
	}
	return edges
}

func diffEdges(t testing.TB, got, want []graph.Edge) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%d edges, want %d", len(got), len(want))
	}
	index := map[string]graph.Edge{}
	for _, e := range got {
		index[e.Key] = e
	}
	for _, w := range want {
		g, ok := index[w.Key]
		if !ok {
			t.Errorf("edge %s missing", w.Key)
			continue
		}
		if !reflect.DeepEqual(g, w) {
			t.Errorf("edge %s:\n got %+v\nwant %+v", w.Key, g, w)
		}
	}
}
