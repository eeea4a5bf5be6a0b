package embedded

import (
	gonum "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/iterator"
	"gonum.org/v1/gonum/graph/simple"
)

// view is the index seen through one query's filter, as a gonum
// undirected graph: two actors are adjacent when some edge between them
// passes the filter, whatever its direction.
type view struct {
	ix    *index
	f     filter
	nodes []gonum.Node // node → gonum node, boxed once per index
}

var _ gonum.Undirected = view{}

func (ix *index) view(f filter, nodes []gonum.Node) view { return view{ix: ix, f: f, nodes: nodes} }

// gonumNodes boxes every node once, so walks do not allocate per visit.
func (ix *index) gonumNodes() []gonum.Node {
	out := make([]gonum.Node, len(ix.ids))
	for i := range out {
		out[i] = simple.Node(i)
	}
	return out
}

func (v view) Node(id int64) gonum.Node {
	if id < 0 || id >= int64(len(v.nodes)) {
		return nil
	}
	return v.nodes[id]
}

func (v view) Nodes() gonum.Nodes { return iterator.NewOrderedNodes(v.nodes) }

// From lists u's admitted neighbours, in id order.
func (v view) From(id int64) gonum.Nodes {
	lo, hi := v.ix.slots(int32(id))
	return &neighbours{v: v, j: lo - 1, lo: lo, hi: hi}
}

func (v view) HasEdgeBetween(x, y int64) bool {
	j := v.ix.slotOf(int32(x), int32(y))
	return j >= 0 && v.ix.slotAdmitted(j, v.f)
}

func (v view) Edge(uid, vid int64) gonum.Edge { return v.EdgeBetween(uid, vid) }

func (v view) EdgeBetween(x, y int64) gonum.Edge {
	if !v.HasEdgeBetween(x, y) {
		return nil
	}
	return simple.Edge{F: v.nodes[x], T: v.nodes[y]}
}

// neighbours iterates a node's admitted neighbour slots.
type neighbours struct {
	v         view
	j, lo, hi int32
}

func (it *neighbours) Next() bool {
	for it.j+1 < it.hi {
		it.j++
		if it.v.ix.slotAdmitted(it.j, it.v.f) {
			return true
		}
	}
	return false
}

// Len is unknown without testing every slot against the filter.
func (it *neighbours) Len() int { return -1 }

func (it *neighbours) Reset() { it.j = it.lo - 1 }

func (it *neighbours) Node() gonum.Node { return it.v.nodes[it.v.ix.nbr[it.j]] }
