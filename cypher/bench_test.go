package cypher

import (
	"context"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/geoalign/geoalign/graph"
)

// BenchmarkLoad loads 100,000 synthetic facts (100 documents of 1,000; see
// synthetic) into an empty database and reports facts/s:
//
//   - batched: the Loader, 1,000 rows per UNWIND statement;
//   - per-fact: the same Loader with one row per statement;
//   - floor: no model at all, one bare CREATE per event row (no properties)
//     in the same one-transaction-per-document shape: what this server and
//     machine allow before any of the loader's work.
//
// The server's JVM is warmed first on 100 other full-size documents
// (loaded, then deleted), and plans on two small ones at the variant's batch
// size, so the figures are the steady state, not JIT or Cypher compilation:
// a container fresh from its image runs its first documents at half speed
// or less. Run it with:
//
//	go test ./cypher -run '^$' -bench BenchmarkLoad -benchtime 1x -timeout 90m
func BenchmarkLoad(b *testing.B) {
	for _, bc := range []struct {
		name  string
		batch int
	}{{"batched", DefaultBatchSize}, {"per-fact", 1}} {
		b.Run(bc.name, func(b *testing.B) {
			db := openTestDB(b)
			ds := synthetic(vocabulary(b), 100, 1000)
			warmJVM(b, db, ds)
			l := db.loader()
			l.BatchSize = bc.batch
			if _, err := l.Load(context.Background(), warmup(ds)); err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			var facts, seconds float64
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
	b.Run("floor", func(b *testing.B) {
		db := openTestDB(b)
		ds := synthetic(vocabulary(b), 100, 1000)
		warmJVM(b, db, ds)
		b.ResetTimer()
		var facts, seconds float64
		for i := 0; i < b.N; i++ {
			b.StopTimer()
			db.clean(b)
			var rows []any
			for _, a := range ds.Actors {
				rows = append(rows, actorRow(a))
			}
			s := mergeActors(rows)
			db.query(b, s.text, s.params)
			bareCreate(b, db, ds.Relations, warmup(ds).Documents)
			b.StartTimer()
			start := time.Now()
			bareCreate(b, db, ds.Relations, ds.Documents)
			seconds += time.Since(start).Seconds()
			facts += float64(ds.Facts())
		}
		b.ReportMetric(facts/seconds, "facts/s")
	})
}

// warmJVM loads 100 full-size documents like ds's but not in it with the
// batched loader, then empties the database. On a container fresh from its
// image a first such load runs at half the speed of the next ones, which
// are within run-to-run variation of each other.
func warmJVM(b *testing.B, db *testDB, ds Dataset) {
	b.Helper()
	w := synthetic(ds.Relations, 200, 1000)
	w.Documents = w.Documents[100:]
	if _, err := db.loader().Load(context.Background(), w); err != nil {
		b.Fatal(err)
	}
	db.clean(b)
}

// warmup is two documents like ds's but not in it.
func warmup(ds Dataset) Dataset {
	w := synthetic(ds.Relations, 102, 10)
	w.Documents = w.Documents[100:]
	return w
}

// bareCreate writes one property-less relationship per event row of each
// document, one transaction per document.
func bareCreate(b *testing.B, db *testDB, vocab graph.Relations, docs []Document) {
	ctx := context.Background()
	for _, d := range docs {
		rows := edgeRows(d.ID, d.Facts, vocab)
		params := make([]any, len(rows))
		for i, r := range rows {
			params[i] = map[string]any{"subject": r.row["subject"], "object": r.row["object"]}
		}
		sess := db.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: db.srv.Database})
		_, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
			res, err := tx.Run(ctx, "UNWIND $rows AS r MATCH (s:Actor {id: r.subject}) MATCH (o:Actor {id: r.object}) CREATE (s)-[:BENCH_FLOOR]->(o)",
				map[string]any{"rows": params})
			if err != nil {
				return nil, err
			}
			_, err = res.Consume(ctx)
			return nil, err
		})
		sess.Close(ctx)
		if err != nil {
			b.Fatal(err)
		}
	}
}
