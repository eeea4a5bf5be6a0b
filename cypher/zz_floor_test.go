package cypher

import (
	"context"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

func TestZZFloor(t *testing.T) {
	db := openTestDB(t)
	ctx := context.Background()
	for round := 0; round < 3; round++ {
		sess := db.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: "neo4j"})
		var inTx time.Duration
		t0 := time.Now()
		sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
			t1 := time.Now()
			for i := 0; i < 100; i++ {
				r, _ := tx.Run(ctx, "RETURN 1", nil)
				r.Consume(ctx)
			}
			r, _ := tx.Run(ctx, "MERGE (n:Probe {id: 1}) SET n.x = $x", map[string]any{"x": round})
			r.Consume(ctx)
			inTx = time.Since(t1)
			return nil, nil
		})
		t.Logf("100 x RETURN 1 + 1 write: %v in tx, %v with begin/commit", inTx, time.Since(t0))
		sess.Close(ctx)
	}
}
