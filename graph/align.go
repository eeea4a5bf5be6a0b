package graph

import (
	"context"
	"fmt"
	"math"
	"sort"
)

// AlignQuery asks how two actors stand toward each other.
type AlignQuery struct {
	A, B         string
	Filter       EdgeFilter
	CountryLevel bool // lift officials' edges to the state served (see Lift)
}

// ScoredEdge is an edge with the weight it adds to an alignment: its
// relation's Weight from the vocabulary (cooperation +, conflict −).
type ScoredEdge struct {
	Edge
	Weight float64 `json:"weight"`
}

// YearRow sums the direct edges of one year. Year 0 holds the undated ones.
type YearRow struct {
	Year  int          `json:"year"`
	Score float64      `json:"score"`
	Edges []ScoredEdge `json:"edges"`
}

// SignedHop is one side of a two-hop path, with the net weight of its
// edges; its sign says friend (+) or enemy (−).
type SignedHop struct {
	From  string       `json:"from"`
	To    string       `json:"to"`
	Net   float64      `json:"net"`
	Edges []ScoredEdge `json:"edges"`
}

// BalancePath is indirect evidence by structural balance: A and B each
// relate to a third actor, and the signs of the two relations imply one
// between A and B.
type BalancePath struct {
	Via    string    `json:"via"`
	First  SignedHop `json:"first"`  // A – Via
	Second SignedHop `json:"second"` // Via – B
	Sign   int       `json:"sign"`
	Rule   string    `json:"rule"`
	// Score is the sign times the weaker hop's |net|: a chain of
	// inference is no stronger than its weakest link.
	Score float64 `json:"score"`
}

// Alignment is the answer to an AlignQuery: the direct evidence year by
// year, the indirect evidence, and how they add up.
type Alignment struct {
	A            string        `json:"a"`
	B            string        `json:"b"`
	CountryLevel bool          `json:"country_level"`
	Years        []YearRow     `json:"years"`
	Direct       float64       `json:"direct"`
	Indirect     []BalancePath `json:"indirect"`
	// IndirectScore is the mean score of the indirect paths, so that many
	// third parties count as one voice rather than drowning the direct
	// record.
	IndirectScore float64 `json:"indirect_score"`
	// Score is Direct + IndirectWeight × IndirectScore.
	Score   float64 `json:"score"`
	Verdict string  `json:"verdict"`
}

// IndirectWeight discounts inferred evidence against what A and B did to
// each other.
const IndirectWeight = 0.5

// Verdicts.
const (
	Aligned    = "aligned"
	Opposed    = "opposed"
	Neutral    = "neutral"
	NoEvidence = "no evidence"
)

// Align weighs the evidence between q.A and q.B held by s. Direct edges
// between them (happened, admitted by q.Filter) add their relation's weight
// to their year's row; every third actor related to both adds a signed
// two-hop path by structural balance (friend of a friend +, enemy of a
// friend −, enemy of an enemy +). Negated and denied edges never count.
func Align(ctx context.Context, s Store, dir *Directory, vocab Relations, q AlignQuery) (Alignment, error) {
	if q.A == q.B {
		return Alignment{}, ErrSameActor
	}
	ends := []string{q.A, q.B}
	var edges []Edge
	var err error
	if q.CountryLevel {
		edges, err = LiftedEdges(ctx, s, dir, vocab, ends, q.Filter)
	} else {
		edges, err = s.Edges(ctx, ends, q.Filter)
	}
	if err != nil {
		return Alignment{}, fmt.Errorf("align %s and %s: %w", q.A, q.B, err)
	}
	al := Alignment{A: q.A, B: q.B, CountryLevel: q.CountryLevel, Years: []YearRow{}, Indirect: []BalancePath{}}
	weigh := func(e Edge) ScoredEdge { return ScoredEdge{Edge: e, Weight: vocab[e.Relation].Weight} }

	rows := map[int]*YearRow{}
	viaA, viaB := map[string][]ScoredEdge{}, map[string][]ScoredEdge{}
	for _, e := range edges {
		if !q.Filter.Admits(e) || e.Subject == e.Object {
			continue
		}
		se := weigh(e)
		switch {
		case pairKey(e.Subject, e.Object) == pairKey(q.A, q.B):
			r := rows[e.Date.Year]
			if r == nil {
				r = &YearRow{Year: e.Date.Year}
				rows[e.Date.Year] = r
			}
			r.Edges = append(r.Edges, se)
			r.Score += se.Weight
			al.Direct += se.Weight
		case e.Subject == q.A || e.Object == q.A:
			viaA[e.Other(q.A)] = append(viaA[e.Other(q.A)], se)
		case e.Subject == q.B || e.Object == q.B:
			viaB[e.Other(q.B)] = append(viaB[e.Other(q.B)], se)
		}
	}
	for _, r := range rows {
		sortScored(r.Edges)
		al.Years = append(al.Years, *r)
	}
	sort.Slice(al.Years, func(i, j int) bool {
		a, b := al.Years[i].Year, al.Years[j].Year
		if (a == 0) != (b == 0) {
			return b == 0
		}
		return a < b
	})

	for via, first := range viaA {
		second, ok := viaB[via]
		if !ok {
			continue
		}
		h1, h2 := signedHop(q.A, via, first), signedHop(via, q.B, second)
		sign := signOf(h1.Net) * signOf(h2.Net)
		if sign == 0 {
			continue // a hop whose edges cancel out implies nothing
		}
		al.Indirect = append(al.Indirect, BalancePath{
			Via: via, First: h1, Second: h2, Sign: sign,
			Rule:  balanceRule(signOf(h1.Net), signOf(h2.Net)),
			Score: float64(sign) * math.Min(math.Abs(h1.Net), math.Abs(h2.Net)),
		})
	}
	sort.Slice(al.Indirect, func(i, j int) bool {
		a, b := al.Indirect[i], al.Indirect[j]
		if math.Abs(a.Score) != math.Abs(b.Score) {
			return math.Abs(a.Score) > math.Abs(b.Score)
		}
		return a.Via < b.Via
	})
	for _, p := range al.Indirect {
		al.IndirectScore += p.Score
	}
	if n := len(al.Indirect); n > 0 {
		al.IndirectScore /= float64(n)
	}
	al.Score = al.Direct + IndirectWeight*al.IndirectScore
	al.Verdict = verdict(al)
	return al, nil
}

func signedHop(from, to string, edges []ScoredEdge) SignedHop {
	sortScored(edges)
	h := SignedHop{From: from, To: to, Edges: edges}
	for _, e := range edges {
		h.Net += e.Weight
	}
	return h
}

func sortScored(edges []ScoredEdge) {
	sort.Slice(edges, func(i, j int) bool { return olderThan(edges[i].Edge, edges[j].Edge) })
}

func signOf(x float64) int {
	switch {
	case x > 0:
		return 1
	case x < 0:
		return -1
	}
	return 0
}

// balanceRule names the structural-balance rule for two hop signs.
func balanceRule(first, second int) string {
	switch {
	case first > 0 && second > 0:
		return "friend of a friend"
	case first < 0 && second < 0:
		return "enemy of an enemy"
	case first > 0:
		return "enemy of a friend" // B is the enemy of A's friend
	}
	return "friend of an enemy"
}

func verdict(al Alignment) string {
	switch {
	case len(al.Years) == 0 && len(al.Indirect) == 0:
		return NoEvidence
	case al.Score > 0:
		return Aligned
	case al.Score < 0:
		return Opposed
	}
	return Neutral
}
