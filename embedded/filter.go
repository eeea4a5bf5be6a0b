package embedded

import (
	"github.com/geoalign/geoalign/graph"
	"slices"
)

// filter is a graph.EdgeFilter compiled against an index: the relation
// lists become a table by relation number and the dates day numbers, so
// testing an edge during a search costs a few comparisons. It admits
// exactly what EdgeFilter.Admits admits.
type filter struct {
	allow       []bool // by relation number
	asOf, since int32  // 0: no bound
}

func (ix *index) compile(f graph.EdgeFilter) filter {
	c := filter{allow: make([]bool, len(ix.rels)), asOf: dayNumber(f.AsOf.End()), since: dayNumber(f.Since.Start())}
	for i, name := range ix.rels {
		c.allow[i] = name != graph.HoldsOffice &&
			(len(f.Relations) == 0 || slices.Contains(f.Relations, name)) && !slices.Contains(f.Exclude, name)
	}
	return c
}

func (f filter) admits(m edgeMeta) bool {
	if !m.happened || !f.allow[m.rel] {
		return false
	}
	if f.asOf != 0 && (m.end == 0 || m.end > f.asOf) {
		return false
	}
	if f.since != 0 && (m.start == 0 || m.start < f.since) {
		return false
	}
	return true
}

// slotAdmitted reports whether any edge of neighbour slot j passes f.
func (ix *index) slotAdmitted(j int32, f filter) bool {
	for _, e := range ix.slotEdges(j) {
		if f.admits(ix.meta[e]) {
			return true
		}
	}
	return false
}
