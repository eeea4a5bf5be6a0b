package graphtest

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/geoalign/geoalign/graph"
)

// PathsString renders paths compactly for comparison, one per line: the
// actor sequence, then each hop's edge keys in order,
// "a-b-c[k1,k2|k3]".
func PathsString(paths []graph.Path) string {
	var out []string
	for _, p := range paths {
		var hops []string
		for _, h := range p.Hops {
			var keys []string
			for _, e := range h.Edges {
				keys = append(keys, e.Key)
			}
			hops = append(hops, strings.Join(keys, ","))
		}
		out = append(out, strings.Join(p.Actors(), "-")+"["+strings.Join(hops, "|")+"]")
	}
	return strings.Join(out, "\n")
}

// RandomQuery draws a path query over a Synthetic graph of n actors: any
// two actors, sometimes a date window or relation lists, sometimes country
// level, k and max hops small.
func RandomQuery(r *rand.Rand, n int, vocab graph.Relations) graph.PathQuery {
	id := func() string { return fmt.Sprintf("a%07d", r.IntN(n)) }
	q := graph.PathQuery{From: id(), To: id(), K: 1 + r.IntN(4), MaxHops: 1 + r.IntN(5), CountryLevel: r.IntN(4) == 0}
	names := vocab.Names()
	pick := func() string { return names[r.IntN(len(names))] }
	switch r.IntN(6) {
	case 0:
		q.AsOf = graph.Date{Year: 1995 + r.IntN(30), Month: r.IntN(13)}
	case 1:
		q.Since = graph.Date{Year: 1990 + r.IntN(30)}
	case 2:
		q.Relations = []string{pick(), pick(), pick(), pick(), pick(), pick()}
	case 3:
		q.Exclude = []string{pick(), pick()}
	}
	return q
}
