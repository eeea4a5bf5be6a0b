package graphtest

import (
	"fmt"
	"math/rand/v2"
	"sort"

	"github.com/geoalign/geoalign/graph"
)

// Synthetic is SyntheticFacts merged into edges.
func Synthetic(n, m int, vocab graph.Relations, seed uint64) ([]graph.Edge, []graph.Actor) {
	facts, actors := SyntheticFacts(n, m, vocab, seed)
	return graph.MergeFacts(facts, vocab), actors
}

// SyntheticFacts makes a random graph of n actors and m facts (about as
// many edges) for property tests and benchmarks: ids "a0000001"… (so id
// order is number order), one actor in ten an official holding an office of one of the
// first tenth for a span of years, relations drawn from vocab, dates from
// 1990 to 2023 at every precision, a few undated, a few negated or claimed,
// and parallel edges between the same pair as real text has. The same
// seed gives the same graph.
func SyntheticFacts(n, m int, vocab graph.Relations, seed uint64) ([]graph.Fact, []graph.Actor) {
	r := rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
	id := func(i int) string { return fmt.Sprintf("a%07d", i) }
	states := max(n/10, 1)
	actors := make([]graph.Actor, n)
	for i := range actors {
		actors[i] = graph.Actor{ID: id(i), Name: fmt.Sprintf("Actor %d", i), Kind: graph.Country}
		if i >= states && i%10 == 0 {
			from := 1990 + r.IntN(30)
			actors[i].Kind = graph.Official
			actors[i].Offices = []graph.Office{{Role: "Minister", Of: id(r.IntN(states)),
				From: graph.Date{Year: from}, To: graph.Date{Year: from + 1 + r.IntN(8)}}}
		}
	}
	var rels []string
	for _, name := range vocab.Names() {
		if name != graph.HoldsOffice {
			rels = append(rels, name)
		}
	}
	sort.Strings(rels)
	var facts []graph.Fact
	for len(facts) < m {
		a, b := r.IntN(n), r.IntN(n)
		if a == b {
			continue
		}
		repeat := 1
		if r.IntN(8) == 0 {
			repeat = 2 + r.IntN(3) // several events between one pair
		}
		for k := 0; k < repeat && len(facts) < m; k++ {
			facts = append(facts, randomFact(r, id(a), rels[r.IntN(len(rels))], id(b), len(facts)))
		}
	}
	return facts, actors
}

func randomFact(r *rand.Rand, subject, relation, object string, i int) graph.Fact {
	var d graph.Date
	if r.IntN(50) != 0 {
		d.Year = 1990 + r.IntN(34)
		if r.IntN(2) == 0 {
			d.Month = 1 + r.IntN(12)
			if r.IntN(2) == 0 {
				d.Day = 1 + r.IntN(28)
			}
		}
	}
	mod := graph.Asserted
	switch r.IntN(40) {
	case 0:
		mod = graph.Negated
	case 1:
		mod = graph.Claimed
	}
	doc := fmt.Sprintf("doc%05d", i/40)
	return graph.Fact{Doc: doc, Sentence: i % 40, Subject: subject, Relation: relation, Object: object,
		Date: d, Precision: d.Precision(), Modality: mod, Confidence: 0.8,
		Evidence: fmt.Sprintf("%s %s %s.", subject, relation, object)}
}
