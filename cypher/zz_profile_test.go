package cypher

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

func printPlan(p neo4j.ProfiledPlan, depth int, b *strings.Builder) {
	fmt.Fprintf(b, "%s%s rows=%d dbhits=%d %v\n", strings.Repeat("  ", depth), p.Operator(), p.Records(), p.DbHits(), p.Arguments()["Details"])
	for _, c := range p.Children() {
		printPlan(c, depth+1, b)
	}
}

func TestZZProfile(t *testing.T) {
	db := openTestDB(t)
	ds := synthetic(vocabulary(t), 3, 1000)
	ctx := context.Background()
	db.loader().Load(ctx, Dataset{Actors: ds.Actors, Relations: ds.Relations, Documents: ds.Documents[:2]})
	_, docs, _ := plan(Dataset{Actors: ds.Actors, Relations: ds.Relations, Documents: ds.Documents[2:]}, 1000)
	for _, s := range docs[0].statements {
		t0 := time.Now()
		res, err := neo4j.ExecuteQuery(ctx, db.driver, "PROFILE "+s.text, s.params, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase("neo4j"))
		if err != nil {
			t.Fatal(err)
		}
		el := time.Since(t0)
		rows := 0
		if r, ok := s.params["rows"].([]any); ok {
			rows = len(r)
		}
		if strings.Contains(s.text, "HELD_EXERCISES") || strings.HasPrefix(s.text, "MATCH (d") || strings.Contains(s.text, "Country") {
			var b strings.Builder
			printPlan(res.Summary.Profile(), 0, &b)
			t.Logf("%v rows=%d\n%s", el, rows, b.String())
		} else {
			t.Logf("%v rows=%d %.40s", el, rows, s.text)
		}
	}
}
