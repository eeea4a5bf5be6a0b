package cypher

import (
	"context"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

func TestZZTiming(t *testing.T) {
	db := openTestDB(t)
	ds := seedsDataset(t)
	schema, docs, _ := plan(ds, 1000)
	ctx := context.Background()
	for round := 0; round < 2; round++ {
		t0 := time.Now()
		for _, s := range schema {
			neo4j.ExecuteQuery(ctx, db.driver, s.text, nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase("neo4j"))
		}
		t.Logf("schema %d stmts: %v", len(schema), time.Since(t0))
		for _, d := range docs {
			for _, s := range d.statements {
				t1 := time.Now()
				_, err := neo4j.ExecuteQuery(ctx, db.driver, s.text, s.params, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase("neo4j"))
				if el := time.Since(t1); el > 50*time.Millisecond {
					t.Logf("%v %v %.80s", el, err, s.text)
				}
			}
		}
		t.Logf("round %d: %v", round, time.Since(t0))
	}
	t0 := time.Now()
	db.clean(t)
	t.Logf("clean %v", time.Since(t0))
}
