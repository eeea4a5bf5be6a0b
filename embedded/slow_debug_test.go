package embedded_test

import (
	"fmt"
	"context"
	"math/rand/v2"
	"runtime"
	"testing"
	"time"

	"github.com/geoalign/geoalign/graph"
)

func BenchmarkSlowDebug(b *testing.B) {
	s := bigStore(b)
	runtime.GC()
	ctx := context.Background()
	r := rand.New(rand.NewPCG(1, 1))
	slow := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		q := graph.PathQuery{From: randomActor(r), To: randomActor(r)}
		t0 := time.Now()
		paths, _ := s.ShortestPaths(ctx, q)
		d := time.Since(t0)
		t1 := time.Now()
		paths2, _ := s.ShortestPaths(ctx, q)
		d2 := time.Since(t1)
		if d > 8*time.Millisecond {
			h := 0
			if len(paths) > 0 {
				h = len(paths[0].Hops)
			}
			slow++
			_ = fmt.Sprintf("%s %s: %v (again %v) hops %d %d", q.From, q.To, d, d2, h, len(paths2))
		}
	}
	b.Logf("slow: %d of %d", slow, b.N)
}
