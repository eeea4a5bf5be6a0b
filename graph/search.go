package graph

import (
	"context"
	"fmt"
	"sort"
)

// Expander returns the admitted edges touching any of ids. It is how
// SearchPaths sees a graph it cannot hold: a database queried level by
// level, or a lifted view computed on demand.
type Expander func(ctx context.Context, ids []string) ([]Edge, error)

// SearchPaths answers q in canonical order (see SortPaths) over the graph
// that expand reveals. It finds the shortest length with a bidirectional
// breadth-first search, then enumerates simple paths of each length in
// actor-id order, pruned by the distance to q.To, until it has q.K.
func SearchPaths(ctx context.Context, q PathQuery, expand Expander) ([]Path, error) {
	q, err := q.Normalize()
	if err != nil {
		return nil, err
	}
	if q.From == q.To {
		return nil, ErrSameActor
	}
	s := &expansion{ctx: ctx, expand: expand, filter: q.Filter(), adj: map[string]map[string][]Edge{}}
	d, err := s.shortest(q.From, q.To, q.MaxHops)
	if err != nil || d == 0 {
		return []Path{}, err
	}
	var seqs [][]string
	for length := d; length <= q.MaxHops && len(seqs) < q.K; length++ {
		if err := s.reachTo(length / 2); err != nil {
			return nil, err
		}
		found, err := s.enumerate(q.From, q.To, length, q.K-len(seqs), length == d)
		if err != nil {
			return nil, err
		}
		seqs = append(seqs, found...)
	}
	paths := make([]Path, len(seqs))
	for i, seq := range seqs {
		paths[i] = NewPath(seq, func(a, b string) []Edge { return s.adj[a][b] })
	}
	return paths, nil
}

// expansion caches what expand revealed, and the breadth-first distances
// from both ends.
type expansion struct {
	ctx    context.Context
	expand Expander
	filter EdgeFilter                   // applied again here, so an expander's slip cannot widen the answer
	adj    map[string]map[string][]Edge // actor → neighbour → edges

	from, to     string
	distA, distB map[string]int // exact up to hA and hB
	hA, hB       int
	frontA       []string // actors at distance hA from the start
	frontB       []string // actors at distance hB from the end
}

// load fetches the neighbours of every id not yet known.
func (s *expansion) load(ids []string) error {
	var missing []string
	for _, id := range ids {
		if _, ok := s.adj[id]; !ok {
			missing = append(missing, id)
			s.adj[id] = map[string][]Edge{}
		}
	}
	if len(missing) == 0 {
		return nil
	}
	sort.Strings(missing)
	edges, err := s.expand(s.ctx, missing)
	if err != nil {
		return fmt.Errorf("expand %d actors: %w", len(missing), err)
	}
	for _, e := range edges {
		if e.Subject == e.Object || !s.filter.Admits(e) {
			continue
		}
		for _, end := range [2][2]string{{e.Subject, e.Object}, {e.Object, e.Subject}} {
			if m, ok := s.adj[end[0]]; ok && !hasKey(m[end[1]], e.Key) {
				m[end[1]] = append(m[end[1]], e)
			}
		}
	}
	return nil
}

func hasKey(edges []Edge, key string) bool {
	for _, e := range edges {
		if e.Key == key {
			return true
		}
	}
	return false
}

// neighbours lists id's neighbours in id order.
func (s *expansion) neighbours(id string) ([]string, error) {
	if err := s.load([]string{id}); err != nil {
		return nil, err
	}
	out := make([]string, 0, len(s.adj[id]))
	for n := range s.adj[id] {
		out = append(out, n)
	}
	sort.Strings(out)
	return out, nil
}

// step grows one side's search by one level.
func (s *expansion) step(dist map[string]int, front []string, h int) ([]string, error) {
	if err := s.load(front); err != nil {
		return nil, err
	}
	var next []string
	for _, id := range front {
		for n := range s.adj[id] {
			if _, seen := dist[n]; !seen {
				dist[n] = h + 1
				next = append(next, n)
			}
		}
	}
	sort.Strings(next)
	return next, nil
}

// shortest is the fewest hops between from and to, or 0 when none is
// within maxHops. Each round grows the side with the smaller frontier; once
// hA+hB covers a path's length, some actor on it is within reach of both.
func (s *expansion) shortest(from, to string, maxHops int) (int, error) {
	s.from, s.to = from, to
	s.distA, s.distB = map[string]int{from: 0}, map[string]int{to: 0}
	s.frontA, s.frontB = []string{from}, []string{to}
	for s.hA+s.hB < maxHops {
		if err := s.ctx.Err(); err != nil {
			return 0, err
		}
		var err error
		if len(s.frontA) <= len(s.frontB) {
			s.frontA, err = s.step(s.distA, s.frontA, s.hA)
			s.hA++
		} else {
			s.frontB, err = s.step(s.distB, s.frontB, s.hB)
			s.hB++
		}
		if err != nil {
			return 0, err
		}
		if d := meet(s.distA, s.distB); d > 0 && d <= s.hA+s.hB {
			return d, nil
		}
		if len(s.frontA) == 0 || len(s.frontB) == 0 {
			return 0, nil
		}
	}
	return 0, nil
}

// meet is the least distA+distB over actors both sides reached (0: none).
func meet(distA, distB map[string]int) int {
	small, large := distA, distB
	if len(large) < len(small) {
		small, large = large, small
	}
	best := 0
	for id, d := range small {
		if e, ok := large[id]; ok && (best == 0 || d+e < best) {
			best = d + e
		}
	}
	return best
}

// reachTo makes distB exact up to depth h, for pruning longer paths.
func (s *expansion) reachTo(h int) error {
	for s.hB < h && len(s.frontB) > 0 {
		next, err := s.step(s.distB, s.frontB, s.hB)
		if err != nil {
			return err
		}
		s.frontB, s.hB = next, s.hB+1
	}
	return nil
}

// enumerate lists up to limit simple paths of exactly length hops from
// from to to, in actor-id order: a depth-first walk over neighbours in id
// order, cut wherever the end is provably out of reach. On a shortest
// path the actor at position i is at distance exactly i from the start,
// which prunes the early levels too.
func (s *expansion) enumerate(from, to string, length, limit int, shortest bool) ([][]string, error) {
	var out [][]string
	seq := []string{from}
	on := map[string]bool{from: true}
	var walk func(id string) error
	walk = func(id string) error {
		if err := s.ctx.Err(); err != nil {
			return err
		}
		ns, err := s.neighbours(id)
		if err != nil {
			return err
		}
		pos := len(seq) // position of the next actor
		left := length - pos
		var next []string
		for _, n := range ns {
			if on[n] || (n == to) != (left == 0) {
				continue
			}
			if left <= s.hB {
				if d, ok := s.distB[n]; !ok || d > left {
					continue
				}
			}
			if shortest && pos <= s.hA {
				if d, ok := s.distA[n]; !ok || d != pos {
					continue
				}
			}
			next = append(next, n)
		}
		if left == 0 {
			for _, n := range next {
				out = append(out, append(append([]string(nil), seq...), n))
				if len(out) == limit {
					break
				}
			}
			return nil
		}
		// One expansion for the whole level, not one per actor: each is a
		// round trip to the database.
		if err := s.load(next); err != nil {
			return err
		}
		for _, n := range next {
			seq = append(seq, n)
			on[n] = true
			err := walk(n)
			seq = seq[:len(seq)-1]
			delete(on, n)
			if err != nil || len(out) == limit {
				return err
			}
		}
		return nil
	}
	return out, walk(from)
}
