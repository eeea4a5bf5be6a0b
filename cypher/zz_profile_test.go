package cypher

import (
	"context"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

func TestZZUnion(t *testing.T) {
	db := openTestDB(t)
	ctx := context.Background()
	q := `UNWIND $rows AS r
MERGE (s:Actor {id: r.s}) MERGE (o:Actor {id: r.o})
WITH s, o, r
CALL (s, o, r) {
  WITH * WHERE r.type = 'A'
  MERGE (s)-[e:` + "`A`" + ` {key: r.key}]->(o) ON CREATE SET e += r.props
  RETURN e
  UNION ALL
  WITH * WHERE r.type = 'B'
  MERGE (s)-[e:` + "`B`" + ` {key: r.key}]->(o) ON CREATE SET e += r.props
  RETURN e
}
WITH e, r WHERE properties(e) <> r.props
RETURN e.key, properties(e), r.props`
	rows := []any{map[string]any{"s": "x", "o": "y", "type": "A", "key": "k1", "props": map[string]any{"key": "k1", "l": []any{"a"}, "n": []any{int64(1)}, "f": []any{0.5}}},
		map[string]any{"s": "x", "o": "y", "type": "B", "key": "k2", "props": map[string]any{"key": "k2"}}}
	for i := 0; i < 2; i++ {
		res, err := neo4j.ExecuteQuery(ctx, db.driver, q, map[string]any{"rows": rows}, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase("neo4j"))
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("records %d: %v; created %d", len(res.Records), res.Records, res.Summary.Counters().RelationshipsCreated())
	}
}
