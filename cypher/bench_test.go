package cypher

import (
	"context"
	"testing"
)

// BenchmarkLoad loads 100,000 synthetic facts (100 documents of 1,000) into
// an empty database, batched (1,000 rows per UNWIND) and with one statement
// per event row, and reports facts/s. Plans are warmed first so the figure
// is the steady state, not Cypher compilation. Run it with:
//
//	go test ./cypher -run '^$' -bench BenchmarkLoad -benchtime 1x -timeout 60m
func BenchmarkLoad(b *testing.B) {
	for _, bc := range []struct {
		name  string
		batch int
	}{{"batched", DefaultBatchSize}, {"per-fact", 1}} {
		b.Run(bc.name, func(b *testing.B) {
			db := openTestDB(b)
			ds := synthetic(vocabulary(b), 100, 1000)
			warm := synthetic(vocabulary(b), 2, 1000)
			l := db.loader()
			l.BatchSize = bc.batch
			if _, err := l.Load(context.Background(), warm); err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			var facts float64
			var seconds float64
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				db.clean(b)
				b.StartTimer()
				s, err := l.Load(context.Background(), ds)
				if err != nil {
					b.Fatal(err)
				}
				facts += float64(s.Facts)
				seconds += s.Elapsed.Seconds()
				b.Logf("%s: %v", bc.name, s)
			}
			b.ReportMetric(facts/seconds, "facts/s")
		})
	}
}
