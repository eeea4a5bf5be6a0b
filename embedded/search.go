package embedded

import (
	"context"

	gonum "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/traverse"
)

// search answers one path query over a filtered view. It finds the
// shortest length by growing breadth-first balls around both ends (gonum's
// BreadthFirst, re-walked one level deeper each round, the smaller
// frontier first) until they touch, then enumerates simple paths of each
// length in id order, cutting every branch whose distance to the end
// exceeds the hops left.
type search struct {
	ctx      context.Context
	v        view
	from, to int32
	maxHops  int

	distA, distB   map[int32]int // exact up to hA and hB
	hA, hB         int
	frontA, frontB int // how many actors lie at exactly hA and hB
}

// ball returns every node within h hops of start with its distance, and
// how many lie at exactly h. Visit records a node's depth when it is first
// reached: one more than the node being expanded, which until announces
// before its expansion; the walk stops when it dequeues a node at depth h,
// by which time every node up to h has been reached.
func (s *search) ball(start int32, h int) (map[int32]int, int) {
	dist := map[int32]int{start: 0}
	depth := 0
	bf := traverse.BreadthFirst{Visit: func(n gonum.Node) {
		id := int32(n.ID())
		if _, ok := dist[id]; !ok {
			dist[id] = depth + 1
		}
	}}
	bf.Walk(s.v, s.v.nodes[start], func(_ gonum.Node, d int) bool {
		depth = d
		return d >= h
	})
	at := 0
	for _, d := range dist {
		if d == h {
			at++
		}
	}
	return dist, at
}

// shortest is the fewest hops between the ends, or 0 when none is within
// maxHops. Once hA+hB reaches a path's length some actor on it lies in
// both balls, so the least distA+distB over shared actors is the answer as
// soon as it is no more than hA+hB.
func (s *search) shortest() (int, error) {
	s.distA, s.distB = map[int32]int{s.from: 0}, map[int32]int{s.to: 0}
	s.frontA, s.frontB = 1, 1
	for s.hA+s.hB < s.maxHops {
		if err := s.ctx.Err(); err != nil {
			return 0, err
		}
		if s.frontA <= s.frontB {
			s.hA++
			s.distA, s.frontA = s.ball(s.from, s.hA)
		} else {
			s.hB++
			s.distB, s.frontB = s.ball(s.to, s.hB)
		}
		if d := meet(s.distA, s.distB); d > 0 && d <= s.hA+s.hB {
			return d, nil
		}
		if s.frontA == 0 || s.frontB == 0 {
			return 0, nil
		}
	}
	return 0, nil
}

func meet(a, b map[int32]int) int {
	if len(b) < len(a) {
		a, b = b, a
	}
	best := 0
	for n, d := range a {
		if e, ok := b[n]; ok && (best == 0 || d+e < best) {
			best = d + e
		}
	}
	return best
}

// deepenB makes distB exact up to h, so longer paths are pruned as well.
func (s *search) deepenB(h int) {
	if h > s.hB && s.frontB > 0 {
		s.hB = h
		s.distB, s.frontB = s.ball(s.to, h)
	}
}

// enumerate lists up to limit simple paths of exactly length hops, in id
// order. When length is the shortest, the actor at position i is at
// distance exactly i from the start, which prunes the early levels too.
func (s *search) enumerate(length, limit int, shortest bool) ([][]int32, error) {
	ix, f := s.v.ix, s.v.f
	var out [][]int32
	seq := []int32{s.from}
	on := map[int32]bool{s.from: true}
	steps := 0
	var walk func(u int32) error
	walk = func(u int32) error {
		if steps++; steps%4096 == 0 {
			if err := s.ctx.Err(); err != nil {
				return err
			}
		}
		pos := len(seq)
		left := length - pos
		lo, hi := ix.slots(u)
		for j := lo; j < hi; j++ {
			n := ix.nbr[j]
			if on[n] || (n == s.to) != (left == 0) {
				continue
			}
			if left <= s.hB {
				if d, ok := s.distB[n]; !ok || d > left {
					continue
				}
			}
			if shortest && pos <= s.hA {
				if d, ok := s.distA[n]; !ok || d != pos {
					continue
				}
			}
			if !ix.slotAdmitted(j, f) {
				continue
			}
			if left == 0 {
				out = append(out, append(append([]int32(nil), seq...), n))
				if len(out) == limit {
					return nil
				}
				continue
			}
			seq = append(seq, n)
			on[n] = true
			err := walk(n)
			seq = seq[:len(seq)-1]
			delete(on, n)
			if err != nil || len(out) == limit {
				return err
			}
		}
		return nil
	}
	return out, walk(s.from)
}
