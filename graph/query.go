package graph

import (
	"context"
	"fmt"
	"slices"
)

// PathQuery asks for the shortest paths between two actors.
type PathQuery struct {
	From, To     string   // actor ids
	AsOf         Date     // only edges whose whole date lies on or before AsOf's end
	Since        Date     // only edges whose date starts on or after Since's start
	Relations    []string // only these relations (empty: all)
	Exclude      []string // never these relations
	K            int      // how many distinct paths (default 1)
	MaxHops      int      // longest path considered (default DefaultMaxHops)
	CountryLevel bool     // lift officials' edges to the state served on the edge's date
}

// DefaultMaxHops bounds path search when a query does not.
const DefaultMaxHops = 6

// Normalize fills defaults and rejects impossible queries.
func (q PathQuery) Normalize() (PathQuery, error) {
	if q.K <= 0 {
		q.K = 1
	}
	if q.MaxHops <= 0 {
		q.MaxHops = DefaultMaxHops
	}
	if q.From == "" || q.To == "" {
		return q, fmt.Errorf("a path needs two actors")
	}
	if !q.AsOf.IsZero() && !q.Since.IsZero() && q.Since.Start() > q.AsOf.End() {
		return q, fmt.Errorf("--since %s is after --as-of %s", q.Since, q.AsOf)
	}
	return q, nil
}

// EdgeFilter is the part of a query that decides which edges may be walked.
// Both engines apply exactly these rules.
type EdgeFilter struct {
	AsOf, Since Date
	Relations   []string
	Exclude     []string
}

// Filter is q's edge filter.
func (q PathQuery) Filter() EdgeFilter {
	return EdgeFilter{AsOf: q.AsOf, Since: q.Since, Relations: q.Relations, Exclude: q.Exclude}
}

// Admits reports whether an alignment query may walk e: a relation (never
// holds_office), that happened (not negated or denied), allowed by the
// relation lists, and dated within the window. An undated edge passes only
// when no date bound is set.
func (f EdgeFilter) Admits(e Edge) bool {
	if e.Relation == HoldsOffice || !e.Modality.Happened() {
		return false
	}
	if len(f.Relations) > 0 && !slices.Contains(f.Relations, e.Relation) {
		return false
	}
	if slices.Contains(f.Exclude, e.Relation) {
		return false
	}
	if !f.AsOf.IsZero() && (e.Date.IsZero() || e.Date.End() > f.AsOf.End()) {
		return false
	}
	if !f.Since.IsZero() && (e.Date.IsZero() || e.Date.Start() < f.Since.Start()) {
		return false
	}
	return true
}

// Hop is one step of a path: from one actor to the next, with every
// admissible edge between them (oldest first), so the reader sees all the
// evidence for the step.
type Hop struct {
	From  string `json:"from"`
	To    string `json:"to"`
	Edges []Edge `json:"edges"`
}

// Path is a sequence of hops from the query's From to its To.
type Path struct {
	Hops []Hop `json:"hops"`
}

// Actors lists the path's actor ids, From first.
func (p Path) Actors() []string {
	if len(p.Hops) == 0 {
		return nil
	}
	ids := []string{p.Hops[0].From}
	for _, h := range p.Hops {
		ids = append(ids, h.To)
	}
	return ids
}

// Store is what an engine offers the queries: the facts it holds, as edges,
// and path search over them. The embedded engine and the Neo4j engine both
// implement it and must give the same answers.
type Store interface {
	// ShortestPaths returns up to q.K distinct actor sequences of the
	// fewest hops between q.From and q.To, in canonical order (see SortPaths).
	ShortestPaths(ctx context.Context, q PathQuery) ([]Path, error)
	// Edges returns every edge touching any of the actors (all edges when
	// ids is empty) that f admits, in key order.
	Edges(ctx context.Context, ids []string, f EdgeFilter) ([]Edge, error)
}
