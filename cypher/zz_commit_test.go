package cypher

import (
	"context"
	"fmt"
	"os"
	"sort"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// scratch, not kept
func TestZZCommit(t *testing.T) {
	if os.Getenv("PROBE") == "" {
		t.Skip()
	}
	db := openTestDB(t)
	ctx := context.Background()
	db.query(t, "UNWIND range(1, 400) AS i CREATE (:Probe {id: i})", nil)
	db.query(t, "CREATE INDEX probe_id IF NOT EXISTS FOR (p:Probe) ON (p.id)", nil)
	props := map[string]any{}
	for i := 0; i < 17; i++ {
		props[fmt.Sprintf("p%d", i)] = []any{"synthetic-00012", "Sentence 12 of synthetic-00012: country-001 attacked country-002 in 2001."}
	}
	for _, tc := range []struct {
		name string
		text string
		rows int
	}{
		{"one node", "CREATE (:ProbeOne)", 0},
		{"1000 bare rels", "UNWIND range(1, $n) AS i MATCH (a:Probe {id: i % 400 + 1}) MATCH (b:Probe {id: (i * 7) % 400 + 1}) CREATE (a)-[:PROBE_REL]->(b)", 1000},
		{"1000 rels 17 array props", "UNWIND range(1, $n) AS i MATCH (a:Probe {id: i % 400 + 1}) MATCH (b:Probe {id: (i * 7) % 400 + 1}) CREATE (a)-[e:PROBE_REL]->(b) SET e = $props", 1000},
	} {
		var stmt, commit []time.Duration
		for i := 0; i < 8; i++ {
			sess := db.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: db.srv.Database})
			tx, _ := sess.BeginTransaction(ctx)
			start := time.Now()
			res, err := tx.Run(ctx, tc.text, map[string]any{"n": tc.rows, "props": props})
			if err != nil {
				t.Fatal(err)
			}
			res.Consume(ctx)
			stmt = append(stmt, time.Since(start))
			start = time.Now()
			if err := tx.Commit(ctx); err != nil {
				t.Fatal(err)
			}
			commit = append(commit, time.Since(start))
			sess.Close(ctx)
		}
		sort.Slice(stmt, func(i, j int) bool { return stmt[i] < stmt[j] })
		sort.Slice(commit, func(i, j int) bool { return commit[i] < commit[j] })
		fmt.Printf("%-26s stmt median %v commit median %v (min %v)\n", tc.name, stmt[4].Round(time.Millisecond/10), commit[4].Round(time.Millisecond/10), commit[0].Round(time.Millisecond/10))
	}
}
