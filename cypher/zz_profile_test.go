package cypher

import (
	"context"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

func TestZZProfile(t *testing.T) {
	db := openTestDB(t)
	ds := synthetic(vocabulary(t), 8, 1000)
	ctx := context.Background()
	db.loader().Load(ctx, Dataset{Actors: ds.Actors, Relations: ds.Relations, Documents: ds.Documents[:4]})
	_, docs, _ := plan(Dataset{Actors: ds.Actors, Relations: ds.Relations, Documents: ds.Documents[4:]}, 1000)
	for _, d := range docs {
		sess := db.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: "neo4j"})
		tStart := time.Now()
		var times []time.Duration
		_, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
			times = nil
			for _, s := range d.statements {
				t0 := time.Now()
				r, err := tx.Run(ctx, s.text, s.params)
				if err != nil {
					return nil, err
				}
				if _, err := r.Consume(ctx); err != nil {
					return nil, err
				}
				times = append(times, time.Since(t0))
			}
			return nil, nil
		})
		total := time.Since(tStart)
		var sum time.Duration
		for _, x := range times {
			sum += x
		}
		t.Logf("doc %s: %d stmts, statements %v, commit+rest %v; first five %v", d.id, len(times), sum, total-sum, times[:5])
		sess.Close(ctx)
		if err != nil {
			t.Fatal(err)
		}
	}
}
