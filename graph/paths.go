package graph

import (
	"errors"
	"slices"
	"sort"
)

// The canonical answer to a PathQuery, which every engine gives:
//
//   - a path is a simple sequence of actors (no actor twice), walked
//     without regard to edge direction, with at least one admitted edge
//     between each consecutive pair;
//   - each Hop carries every admitted edge between its two actors, oldest
//     first (SortByDate);
//   - paths are ordered by number of hops, then by their actor-id sequence
//     compared id by id (SortPaths);
//   - the answer is the first K paths of that order no longer than MaxHops:
//     all of the shortest length first, then the next length if K asks for
//     more, and so on.

// ErrSameActor is the answer to a path between an actor and itself.
var ErrSameActor = errors.New("both ends are the same actor")

// ComparePaths orders paths canonically: fewer hops first, then by
// actor-id sequence.
func ComparePaths(a, b Path) int {
	if len(a.Hops) != len(b.Hops) {
		return len(a.Hops) - len(b.Hops)
	}
	return slices.Compare(a.Actors(), b.Actors())
}

// SortPaths puts paths in canonical order.
func SortPaths(paths []Path) {
	sort.SliceStable(paths, func(i, j int) bool { return ComparePaths(paths[i], paths[j]) < 0 })
}

// SortByDate puts edges oldest first: by the first day each may denote,
// then the last; undated edges go last, since their age is unknown; ties
// by key, so the order never depends on the engine.
func SortByDate(edges []Edge) {
	sort.Slice(edges, func(i, j int) bool { return olderThan(edges[i], edges[j]) })
}

// olderThan is SortByDate's order.
func olderThan(a, b Edge) bool {
	if a.Date.IsZero() != b.Date.IsZero() {
		return b.Date.IsZero()
	}
	if s, t := a.Date.Start(), b.Date.Start(); s != t {
		return s < t
	}
	if s, t := a.Date.End(), b.Date.End(); s != t {
		return s < t
	}
	return a.Key < b.Key
}

// NewPath builds the path along actors, with each hop's edges taken from
// between (the admitted edges joining two actors, in any order).
func NewPath(actors []string, between func(a, b string) []Edge) Path {
	var p Path
	for i := 0; i+1 < len(actors); i++ {
		edges := append([]Edge(nil), between(actors[i], actors[i+1])...)
		SortByDate(edges)
		p.Hops = append(p.Hops, Hop{From: actors[i], To: actors[i+1], Edges: edges})
	}
	return p
}

// pairKey names the unordered pair of actors a hop joins.
func pairKey(a, b string) string {
	if b < a {
		a, b = b, a
	}
	return a + "\x00" + b
}

// EdgesBetween groups edges by the unordered pair of actors they join, for
// NewPath.
func EdgesBetween(edges []Edge) func(a, b string) []Edge {
	byPair := map[string][]Edge{}
	for _, e := range edges {
		k := pairKey(e.Subject, e.Object)
		byPair[k] = append(byPair[k], e)
	}
	return func(a, b string) []Edge { return byPair[pairKey(a, b)] }
}
