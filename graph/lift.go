package graph

import (
	"context"
	"fmt"
	"sort"
)

// Lift returns the edges at country level: each endpoint that is an
// official becomes the actor the official served on the edge's date
// (Directory.LiftID); edges that become self-loops (an official and the
// state served, such as holds_office) are dropped; edges that now share an
// EdgeKey are merged into one event citing all their sentences. The result
// is in key order. Officials who served nothing on the date stay themselves.
func Lift(edges []Edge, dir *Directory, vocab Relations) []Edge {
	sorted := append([]Edge(nil), edges...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Key < sorted[j].Key })
	byKey := map[string]*Edge{}
	var keys []string
	for _, e := range sorted {
		s, o := dir.LiftID(e.Subject, e.Date), dir.LiftID(e.Object, e.Date)
		if s == o {
			continue
		}
		sym := vocab[e.Relation].Symmetric
		if sym && o < s {
			s, o = o, s
		}
		key := EdgeKey(s, e.Relation, o, e.Date, e.Modality, sym)
		between := liftIDs(dir, e.Between, e.Date)
		m, ok := byKey[key]
		if !ok {
			lifted := e
			lifted.Key, lifted.Subject, lifted.Object = key, s, o
			lifted.Between = between
			lifted.Citations = append([]Citation(nil), e.Citations...)
			byKey[key] = &lifted
			keys = append(keys, key)
			continue
		}
		m.Citations = append(m.Citations, e.Citations...)
		m.absorb(between, e.Goods, e.Role)
	}
	return finishEdges(byKey, keys)
}

func liftIDs(dir *Directory, ids []string, d Date) []string {
	if len(ids) == 0 {
		return nil
	}
	var out []string
	for _, id := range ids {
		out = unionSorted(out, []string{dir.LiftID(id, d)})
	}
	return out
}

// LiftedEdges returns the country-level edges touching any of ids (all
// edges when ids is empty) that f admits, from a store that holds the actors' own edges. It asks the store
// for the edges of ids and of every official who ever served one of them,
// since only those can lift onto ids, lifts them all, and filters after
// lifting: merging can make an edge's date more precise, and the date
// window must judge the merged event, as the embedded engine does.
func LiftedEdges(ctx context.Context, s Store, dir *Directory, vocab Relations, ids []string, f EdgeFilter) ([]Edge, error) {
	fetch := append([]string(nil), ids...)
	for _, id := range ids {
		fetch = unionSorted(fetch, dir.OfficialsOf(id))
	}
	// Relation and modality are part of the key, so they may filter before
	// lifting; dates may not.
	raw, err := s.Edges(ctx, fetch, EdgeFilter{Relations: f.Relations, Exclude: f.Exclude})
	if err != nil {
		return nil, fmt.Errorf("lift to country level: %w", err)
	}
	want := map[string]bool{}
	for _, id := range ids {
		want[id] = true
	}
	var out []Edge
	for _, e := range Lift(raw, dir, vocab) {
		if (len(ids) == 0 || want[e.Subject] || want[e.Object]) && f.Admits(e) {
			out = append(out, e)
		}
	}
	return out, nil
}
