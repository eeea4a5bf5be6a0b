package graphtest

import (
	"sort"

	"github.com/geoalign/geoalign/graph"
)

func graphSortByKey(edges []graph.Edge) {
	sort.Slice(edges, func(i, j int) bool { return edges[i].Key < edges[j].Key })
}

// BrutePaths is the canonical answer to q computed the slow, obvious way:
// every simple path of at most q.MaxHops hops over the admitted edges,
// sorted canonically, the first q.K kept. Edges are taken as they are (lift
// them first for a country-level answer).
func BrutePaths(edges []graph.Edge, q graph.PathQuery) []graph.Path {
	q, err := q.Normalize()
	if err != nil || q.From == q.To {
		return nil
	}
	f := q.Filter()
	var admitted []graph.Edge
	adj := map[string]map[string]bool{}
	for _, e := range edges {
		if !f.Admits(e) || e.Subject == e.Object {
			continue
		}
		admitted = append(admitted, e)
		for _, p := range [][2]string{{e.Subject, e.Object}, {e.Object, e.Subject}} {
			if adj[p[0]] == nil {
				adj[p[0]] = map[string]bool{}
			}
			adj[p[0]][p[1]] = true
		}
	}
	var seqs [][]string
	on := map[string]bool{q.From: true}
	seq := []string{q.From}
	var walk func(id string)
	walk = func(id string) {
		if id == q.To {
			seqs = append(seqs, append([]string(nil), seq...))
			return
		}
		if len(seq)-1 == q.MaxHops {
			return
		}
		for n := range adj[id] {
			if on[n] {
				continue
			}
			on[n] = true
			seq = append(seq, n)
			walk(n)
			seq = seq[:len(seq)-1]
			delete(on, n)
		}
	}
	walk(q.From)
	between := graph.EdgesBetween(admitted)
	paths := make([]graph.Path, len(seqs))
	for i, s := range seqs {
		paths[i] = graph.NewPath(s, between)
	}
	graph.SortPaths(paths)
	if len(paths) > q.K {
		paths = paths[:q.K]
	}
	return paths
}
