package cypher

import (
	"context"
	"fmt"
	"sort"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/geoalign/geoalign/graph"
)

// Store answers the graph.Store queries from the data model the Loader
// writes. Plain path queries run as Cypher allShortestPaths, then as
// fixed-length patterns when k asks for longer paths; country-level
// queries lift officials' edges with graph.Lift, on the edges Cypher
// returns, and search level by level (graph.SearchPaths), so both engines
// lift by the same code and the same dictionary offices.
type Store struct {
	driver   Driver
	database string
	dir      *graph.Directory
	vocab    graph.Relations
}

var _ graph.Store = (*Store)(nil)

// NewStore queries database through d, which the caller opened and closes.
// dir's offices lift officials at country level, vocab gives the relations'
// symmetry: build both from the dictionary the data was loaded with, and
// add the database's own Actors to dir, so that officials the extraction
// coined from their titles, which only the database knows, lift too.
func NewStore(d Driver, database string, dir *graph.Directory, vocab graph.Relations) *Store {
	return &Store{driver: d, database: database, dir: dir, vocab: vocab}
}

// admits is the Cypher twin of graph.EdgeFilter.Admits for relationship
// variable e, with the parameters of filterParams. Start and end are the
// "YYYY-MM-DD" bounds the Loader derives from the merged date, null for
// an undated edge.
const admits = `type(e) <> 'HOLDS_OFFICE' AND e.modality IN ['asserted', 'claimed']
  AND (size($relations) = 0 OR e.relation IN $relations) AND NOT e.relation IN $exclude
  AND ($asOf IS NULL OR (e.end IS NOT NULL AND e.end <= $asOf))
  AND ($since IS NULL OR (e.start IS NOT NULL AND e.start >= $since))`

func filterParams(f graph.EdgeFilter) map[string]any {
	return map[string]any{
		"relations": toDBStrings(f.Relations),
		"exclude":   toDBStrings(f.Exclude),
		"asOf":      orNull(f.AsOf.End()),
		"since":     orNull(f.Since.Start()),
	}
}

func toDBStrings(list []string) []any {
	out := make([]any, len(list))
	for i, s := range list {
		out[i] = s
	}
	return out
}

func (s *Store) read(ctx context.Context, query string, params map[string]any) ([]*neo4j.Record, error) {
	res, err := neo4j.ExecuteQuery(ctx, s.driver, query, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.database), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		target := s.driver.Target()
		return nil, explain(err, Config{URI: target.String(), Database: s.database})
	}
	return res.Records, nil
}

// Edges returns the edges touching any of ids (all edges when ids is
// empty) that f admits, in key order.
func (s *Store) Edges(ctx context.Context, ids []string, f graph.EdgeFilter) ([]graph.Edge, error) {
	params := filterParams(f)
	query := `MATCH (a:Actor)-[e]->(b:Actor) WHERE ` + admits + `
RETURN a.id AS subject, b.id AS object, properties(e) AS props`
	if len(ids) > 0 {
		params["ids"] = toDBStrings(ids)
		query = `MATCH (x:Actor) WHERE x.id IN $ids
MATCH (x)-[e]-(:Actor) WHERE ` + admits + `
WITH DISTINCT e
RETURN startNode(e).id AS subject, endNode(e).id AS object, properties(e) AS props`
	}
	recs, err := s.read(ctx, query, params)
	if err != nil {
		return nil, fmt.Errorf("edges of %v: %w", ids, err)
	}
	edges := make([]graph.Edge, 0, len(recs))
	for _, r := range recs {
		e, err := fromDBEdge(r.Values[0], r.Values[1], r.Values[2])
		if err != nil {
			return nil, fmt.Errorf("edges of %v: %w", ids, err)
		}
		edges = append(edges, e)
	}
	sort.Slice(edges, func(i, j int) bool { return edges[i].Key < edges[j].Key })
	return edges, nil
}

// Actors lists the actors the database holds, by id, with the offices the
// Loader wrote from its actors (HOLDS_OFFICE edges with source
// "dictionary"; extracted holds_office edges are evidence, not offices).
func (s *Store) Actors(ctx context.Context) ([]graph.Actor, error) {
	recs, err := s.read(ctx, actorsQuery, nil)
	if err != nil {
		return nil, fmt.Errorf("list actors: %w", err)
	}
	out := make([]graph.Actor, 0, len(recs))
	for _, r := range recs {
		a := graph.Actor{ID: dbString(r.Values[0]), Name: dbString(r.Values[1]), Kind: graph.Kind(dbString(r.Values[2]))}
		a.Aliases = dbStrings(r.Values[3])
		offices, err := dbOffices(r.Values[4])
		if err != nil {
			return nil, fmt.Errorf("list actors: %s: %w", a.ID, err)
		}
		a.Offices = offices
		out = append(out, a)
	}
	return out, nil
}

const actorsQuery = `MATCH (a:Actor)
OPTIONAL MATCH (a)-[h:HOLDS_OFFICE {source: 'dictionary'}]->(of:Actor)
WITH a, h, of ORDER BY of.id, h.role, h.from
RETURN a.id, a.name, a.kind, a.aliases,
  collect(CASE WHEN h IS NULL THEN null ELSE {of: of.id, role: h.role, from: h.from, to: h.to} END)
ORDER BY a.id`

// ShortestPaths answers q in the canonical order of graph.SortPaths.
func (s *Store) ShortestPaths(ctx context.Context, q graph.PathQuery) ([]graph.Path, error) {
	q, err := q.Normalize()
	if err != nil {
		return nil, err
	}
	if q.From == q.To {
		return nil, graph.ErrSameActor
	}
	f := q.Filter()
	if q.CountryLevel {
		expand := func(ctx context.Context, ids []string) ([]graph.Edge, error) {
			return graph.LiftedEdges(ctx, s, s.dir, s.vocab, ids, f)
		}
		paths, err := graph.SearchPaths(ctx, q, expand)
		if err != nil {
			return nil, fmt.Errorf("path %s to %s at country level: %w", q.From, q.To, err)
		}
		return paths, nil
	}
	seqs, err := s.sequences(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("path %s to %s: %w", q.From, q.To, err)
	}
	between, err := s.hopEdges(ctx, seqs, f)
	if err != nil {
		return nil, fmt.Errorf("path %s to %s: %w", q.From, q.To, err)
	}
	paths := make([]graph.Path, len(seqs))
	for i, seq := range seqs {
		paths[i] = graph.NewPath(seq, between)
	}
	return paths, nil
}

// shortestQuery finds every shortest actor sequence; the hop bound is a
// literal because Cypher takes no parameter there.
const shortestQuery = `MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
MATCH p = allShortestPaths((a)-[rs*..%d]-(b))
WHERE all(e IN rs WHERE ` + admits + `)
RETURN DISTINCT [n IN nodes(p) | n.id] AS ids`

// lengthQuery finds every simple actor sequence of one length.
const lengthQuery = `MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
MATCH p = (a)-[rs*%d]-(b)
WHERE all(e IN rs WHERE ` + admits + `)
WITH [n IN nodes(p) | n.id] AS ids
WHERE all(i IN range(1, size(ids) - 1) WHERE NOT ids[i] IN ids[0..i])
RETURN DISTINCT ids`

// sequences lists the first q.K actor sequences in canonical order: the
// shortest ones, then longer lengths while k asks for more.
func (s *Store) sequences(ctx context.Context, q graph.PathQuery) ([][]string, error) {
	params := filterParams(q.Filter())
	params["from"], params["to"] = q.From, q.To
	found, err := s.idLists(ctx, fmt.Sprintf(shortestQuery, q.MaxHops), params)
	if err != nil || len(found) == 0 {
		return found, err
	}
	seqs := found[:min(len(found), q.K)]
	shortest := len(found[0]) - 1
	for length := shortest + 1; length <= q.MaxHops && len(seqs) < q.K; length++ {
		more, err := s.idLists(ctx, fmt.Sprintf(lengthQuery, length), params)
		if err != nil {
			return nil, err
		}
		seqs = append(seqs, more[:min(len(more), q.K-len(seqs))]...)
	}
	return seqs, nil
}

// idLists runs a query returning id lists and sorts them canonically.
func (s *Store) idLists(ctx context.Context, query string, params map[string]any) ([][]string, error) {
	recs, err := s.read(ctx, query, params)
	if err != nil {
		return nil, err
	}
	out := make([][]string, len(recs))
	for i, r := range recs {
		out[i] = dbStrings(r.Values[0])
	}
	sort.Slice(out, func(i, j int) bool { return lessIDs(out[i], out[j]) })
	return out, nil
}

func lessIDs(a, b []string) bool {
	if len(a) != len(b) {
		return len(a) < len(b)
	}
	for i := range a {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return false
}

// hopEdges fetches, in one query, every admitted edge between the
// consecutive actors of seqs.
func (s *Store) hopEdges(ctx context.Context, seqs [][]string, f graph.EdgeFilter) (func(a, b string) []graph.Edge, error) {
	seen := map[[2]string]bool{}
	var pairs []any
	for _, seq := range seqs {
		for i := 0; i+1 < len(seq); i++ {
			p := [2]string{min(seq[i], seq[i+1]), max(seq[i], seq[i+1])}
			if !seen[p] {
				seen[p] = true
				pairs = append(pairs, []any{p[0], p[1]})
			}
		}
	}
	var edges []graph.Edge
	if len(pairs) > 0 {
		params := filterParams(f)
		params["pairs"] = pairs
		recs, err := s.read(ctx, `UNWIND $pairs AS pair
MATCH (:Actor {id: pair[0]})-[e]-(:Actor {id: pair[1]}) WHERE `+admits+`
RETURN startNode(e).id, endNode(e).id, properties(e)`, params)
		if err != nil {
			return nil, fmt.Errorf("edges of the hops: %w", err)
		}
		for _, r := range recs {
			e, err := fromDBEdge(r.Values[0], r.Values[1], r.Values[2])
			if err != nil {
				return nil, err
			}
			edges = append(edges, e)
		}
	}
	return graph.EdgesBetween(edges), nil
}
