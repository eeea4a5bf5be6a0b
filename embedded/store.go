package embedded

import (
	"context"
	"fmt"
	"sort"
	"sync"

	gonum "gonum.org/v1/gonum/graph"

	"github.com/geoalign/geoalign/dict"
	"github.com/geoalign/geoalign/graph"
)

// Store is the in-process engine. It is safe for concurrent use.
type Store struct {
	vocab graph.Relations
	dir   *graph.Directory
	raw   layer

	liftOnce sync.Once
	lifted   layer // country level, built on first use
}

// layer is one indexed edge set with its boxed gonum nodes.
type layer struct {
	ix    *index
	nodes []gonum.Node
}

func newLayer(edges []graph.Edge) layer {
	ix := newIndex(edges)
	return layer{ix: ix, nodes: ix.gonumNodes()}
}

var _ graph.Store = (*Store)(nil)

// New builds the engine from fact records and the dictionary: facts merge
// into edges (graph.MergeFacts) by the dictionary's vocabulary, and the
// dictionary's offices drive country-level lifting.
func New(facts []graph.Fact, d *dict.Dictionary) *Store {
	vocab := d.Vocabulary()
	return FromEdges(graph.MergeFacts(facts, vocab), d.GraphActors(), vocab)
}

// FromEdges builds the engine from merged edges; actors supply the offices
// for country-level queries.
func FromEdges(edges []graph.Edge, actors []graph.Actor, vocab graph.Relations) *Store {
	return &Store{vocab: vocab, dir: graph.NewDirectory(actors), raw: newLayer(edges)}
}

// countryLevel is the lifted layer, built once.
func (s *Store) countryLevel() layer {
	s.liftOnce.Do(func() { s.lifted = newLayer(graph.Lift(s.raw.ix.edges, s.dir, s.vocab)) })
	return s.lifted
}

// Actors lists the ids of every actor some edge touches.
func (s *Store) Actors() []string { return append([]string(nil), s.raw.ix.ids...) }

// Edges returns the edges touching any of ids (all edges when ids is
// empty) that f admits, in key order.
func (s *Store) Edges(ctx context.Context, ids []string, f graph.EdgeFilter) ([]graph.Edge, error) {
	return s.raw.edges(ctx, ids, f)
}

func (l layer) edges(ctx context.Context, ids []string, f graph.EdgeFilter) ([]graph.Edge, error) {
	ix := l.ix
	cf := ix.compile(f)
	var picked []int32
	if len(ids) == 0 {
		for e := range ix.edges {
			if cf.admits(ix.meta[e]) {
				picked = append(picked, int32(e))
			}
		}
	} else {
		seen := map[int32]bool{}
		for _, id := range ids {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			u, ok := ix.node[id]
			if !ok {
				continue
			}
			lo, hi := ix.slots(u)
			for j := lo; j < hi; j++ {
				for _, e := range ix.slotEdges(j) {
					if !seen[e] && cf.admits(ix.meta[e]) {
						seen[e] = true
						picked = append(picked, e)
					}
				}
			}
		}
		sort.Slice(picked, func(i, j int) bool { return picked[i] < picked[j] })
	}
	out := make([]graph.Edge, len(picked))
	for i, e := range picked {
		out[i] = ix.edges[e]
	}
	return out, nil
}

// ShortestPaths answers q in the canonical order of graph.SortPaths.
func (s *Store) ShortestPaths(ctx context.Context, q graph.PathQuery) ([]graph.Path, error) {
	q, err := q.Normalize()
	if err != nil {
		return nil, err
	}
	if q.From == q.To {
		return nil, graph.ErrSameActor
	}
	l := s.raw
	if q.CountryLevel {
		l = s.countryLevel()
	}
	ix := l.ix
	from, okA := ix.node[q.From]
	to, okB := ix.node[q.To]
	if !okA || !okB {
		return []graph.Path{}, nil
	}
	f := ix.compile(q.Filter())
	sr := &search{ctx: ctx, v: ix.view(f, l.nodes), from: from, to: to, maxHops: q.MaxHops}
	d, err := sr.shortest()
	if err != nil {
		return nil, fmt.Errorf("path %s to %s: %w", q.From, q.To, err)
	}
	var seqs [][]int32
	for length := d; d > 0 && length <= q.MaxHops && len(seqs) < q.K; length++ {
		sr.deepenB(length / 2)
		found, err := sr.enumerate(length, q.K-len(seqs), length == d)
		if err != nil {
			return nil, fmt.Errorf("path %s to %s: %w", q.From, q.To, err)
		}
		seqs = append(seqs, found...)
	}
	paths := make([]graph.Path, len(seqs))
	for i, seq := range seqs {
		ids := make([]string, len(seq))
		for k, n := range seq {
			ids[k] = ix.ids[n]
		}
		paths[i] = graph.NewPath(ids, func(a, b string) []graph.Edge { return l.admitted(a, b, f) })
	}
	return paths, nil
}

// admitted lists the edges between a and b that f admits.
func (l layer) admitted(a, b string, f filter) []graph.Edge {
	ix := l.ix
	j := ix.slotOf(ix.node[a], ix.node[b])
	if j < 0 {
		return nil
	}
	var out []graph.Edge
	for _, e := range ix.slotEdges(j) {
		if f.admits(ix.meta[e]) {
			out = append(out, ix.edges[e])
		}
	}
	return out
}
