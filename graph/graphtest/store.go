package graphtest

import (
	"context"

	"github.com/geoalign/geoalign/graph"
)

// SliceStore is the plainest graph.Store: it scans a slice of edges for
// every question and searches with graph.SearchPaths. Tests use it as a
// reference to hold the real engines to.
type SliceStore struct {
	All   []graph.Edge
	Dir   *graph.Directory
	Vocab graph.Relations
}

var _ graph.Store = SliceStore{}

// Edges returns the edges touching any of ids (all when ids is empty) that
// f admits, in key order.
func (s SliceStore) Edges(ctx context.Context, ids []string, f graph.EdgeFilter) ([]graph.Edge, error) {
	want := map[string]bool{}
	for _, id := range ids {
		want[id] = true
	}
	var out []graph.Edge
	for _, e := range s.All {
		if (len(ids) == 0 || want[e.Subject] || want[e.Object]) && f.Admits(e) {
			out = append(out, e)
		}
	}
	graphSortByKey(out)
	return out, ctx.Err()
}

// ShortestPaths searches by expansion, lifting first when asked to.
func (s SliceStore) ShortestPaths(ctx context.Context, q graph.PathQuery) ([]graph.Path, error) {
	f := q.Filter()
	expand := func(ctx context.Context, ids []string) ([]graph.Edge, error) {
		if q.CountryLevel {
			return graph.LiftedEdges(ctx, s, s.Dir, s.Vocab, ids, f)
		}
		return s.Edges(ctx, ids, f)
	}
	return graph.SearchPaths(ctx, q, expand)
}
