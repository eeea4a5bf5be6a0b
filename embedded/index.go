package embedded

import (
	"sort"

	"github.com/geoalign/geoalign/graph"
)

// index holds edges by actor in compressed sparse rows. Node numbers follow
// actor-id order. Node u's neighbours are nbr[off[u]:off[u+1]], ascending;
// the edges joining u to its neighbour in slot j are eix[eoff[j]:eoff[j+1]].
type index struct {
	ids   []string // node → actor id, ascending
	node  map[string]int32
	edges []graph.Edge // in key order
	meta  []edgeMeta   // what filters read, per edge
	rels  []string     // relation number → name

	off, nbr, eoff, eix []int32
}

// edgeMeta is the part of an edge a filter reads, in a form cheap to test.
type edgeMeta struct {
	rel        int32
	start, end int32 // yyyymmdd of the first and last day the date may denote; 0 undated
	happened   bool
}

func newIndex(edges []graph.Edge) *index {
	sorted := append([]graph.Edge(nil), edges...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Key < sorted[j].Key })
	ix := &index{node: map[string]int32{}, edges: sorted, meta: make([]edgeMeta, len(sorted))}

	seen := map[string]bool{}
	for _, e := range sorted {
		seen[e.Subject], seen[e.Object] = true, true
	}
	for id := range seen {
		ix.ids = append(ix.ids, id)
	}
	sort.Strings(ix.ids)
	for i, id := range ix.ids {
		ix.node[id] = int32(i)
	}

	relNum := map[string]int32{}
	for i, e := range sorted {
		r, ok := relNum[e.Relation]
		if !ok {
			r = int32(len(ix.rels))
			relNum[e.Relation] = r
			ix.rels = append(ix.rels, e.Relation)
		}
		ix.meta[i] = edgeMeta{rel: r, start: dayNumber(e.Date.Start()), end: dayNumber(e.Date.End()), happened: e.Modality.Happened()}
	}

	// One entry per edge end, sorted by (node, neighbour, age).
	type end struct{ u, v, e int32 }
	ends := make([]end, 0, 2*len(sorted))
	for i, e := range sorted {
		if e.Subject == e.Object {
			continue
		}
		u, v := ix.node[e.Subject], ix.node[e.Object]
		ends = append(ends, end{u, v, int32(i)}, end{v, u, int32(i)})
	}
	older := func(a, b int32) bool {
		ma, mb := ix.meta[a], ix.meta[b]
		if (ma.start == 0) != (mb.start == 0) {
			return mb.start == 0
		}
		if ma.start != mb.start {
			return ma.start < mb.start
		}
		if ma.end != mb.end {
			return ma.end < mb.end
		}
		return a < b // key order
	}
	sort.Slice(ends, func(i, j int) bool {
		a, b := ends[i], ends[j]
		if a.u != b.u {
			return a.u < b.u
		}
		if a.v != b.v {
			return a.v < b.v
		}
		return older(a.e, b.e)
	})

	ix.off = make([]int32, len(ix.ids)+1)
	ix.eix = make([]int32, len(ends))
	for i, en := range ends {
		ix.eix[i] = en.e
		if i == 0 || en.u != ends[i-1].u || en.v != ends[i-1].v {
			ix.nbr = append(ix.nbr, en.v)
			ix.eoff = append(ix.eoff, int32(i))
			ix.off[en.u+1]++
		}
	}
	ix.eoff = append(ix.eoff, int32(len(ends)))
	for u := 1; u < len(ix.off); u++ {
		ix.off[u] += ix.off[u-1]
	}
	return ix
}

// dayNumber reads "YYYY-MM-DD" as the number YYYYMMDD, which orders as the
// string does; "" is 0.
func dayNumber(s string) int32 {
	if len(s) != 10 {
		return 0
	}
	n := int32(0)
	for _, c := range s {
		if c != '-' {
			n = n*10 + int32(c-'0')
		}
	}
	return n
}

// slots are u's neighbour slots.
func (ix *index) slots(u int32) (lo, hi int32) { return ix.off[u], ix.off[u+1] }

// slotEdges are the edges of neighbour slot j, oldest first.
func (ix *index) slotEdges(j int32) []int32 { return ix.eix[ix.eoff[j]:ix.eoff[j+1]] }

// slotOf finds u's slot for neighbour v, or -1.
func (ix *index) slotOf(u, v int32) int32 {
	lo, hi := ix.slots(u)
	k := sort.Search(int(hi-lo), func(i int) bool { return ix.nbr[lo+int32(i)] >= v })
	if j := lo + int32(k); j < hi && ix.nbr[j] == v {
		return j
	}
	return -1
}
