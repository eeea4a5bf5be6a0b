package cypher

import (
	"context"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/geoalign/geoalign/graph"
)

// scratch, not kept
type variant struct {
	name  string
	stmts func(d Document, vocab graph.Relations) []statement
}

func perTypeVariant(text func(typ string) string, rowf func(map[string]any) any) func(d Document, vocab graph.Relations) []statement {
	return func(d Document, vocab graph.Relations) []statement {
		rows := edgeRows(d.ID, d.Facts, vocab)
		groups, _ := rowsByType(rows, vocab)
		var out []statement
		for _, g := range groups {
			rs := g.rows
			if rowf != nil {
				rs = make([]any, len(g.rows))
				for i, r := range g.rows {
					rs[i] = rowf(r.(map[string]any))
				}
			}
			out = append(out, statement{text: text(g.typ), params: map[string]any{"rows": rs, "doc": d.ID}})
		}
		return out
	}
}

func TestZZVariants(t *testing.T) {
	if os.Getenv("PROBE") == "" {
		t.Skip()
	}
	db := openTestDB(t)
	vocab := vocabulary(t)
	ds := synthetic(vocab, 100, 1000)
	first := ds
	first.Documents = ds.Documents[:60]
	if _, err := db.loader().Load(context.Background(), first); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	variants := []variant{
		{"trivial x26", func(d Document, vocab graph.Relations) []statement {
			var out []statement
			for i := 0; i < 26; i++ {
				out = append(out, statement{text: "RETURN 1"})
			}
			return out
		}},
		{"per-type full", perTypeVariant(func(typ string) string { return mergeEdges(typ, nil).text }, nil)},
		{"per-type merge only", perTypeVariant(func(typ string) string {
			return `UNWIND $rows AS r MATCH (s:Actor {id: r.subject}) MATCH (o:Actor {id: r.object}) MERGE (s)-[e:` + typ + ` {key: r.key}]->(o) ON CREATE SET e += r.props`
		}, nil)},
		{"per-type merge+compare", perTypeVariant(func(typ string) string {
			return `UNWIND $rows AS r MATCH (s:Actor {id: r.subject}) MATCH (o:Actor {id: r.object}) MERGE (s)-[e:` + typ + ` {key: r.key}]->(o) ON CREATE SET e += r.props WITH e, r WHERE properties(e) <> r.props RETURN count(*)`
		}, nil)},
		{"per-type create bare", perTypeVariant(func(typ string) string {
			return `UNWIND $rows AS r MATCH (s:Actor {id: r.subject}) MATCH (o:Actor {id: r.object}) CREATE (s)-[e:` + typ + `]->(o)`
		}, nil)},
		{"per-type create props", perTypeVariant(func(typ string) string {
			return `UNWIND $rows AS r MATCH (s:Actor {id: r.subject}) MATCH (o:Actor {id: r.object}) CREATE (s)-[e:` + typ + `]->(o) SET e = r.props`
		}, func(r map[string]any) any {
			props := map[string]any{}
			for k, v := range r["props"].(map[string]any) {
				props[k] = v
			}
			props["key"] = props["key"].(string) + "#new"
			return map[string]any{"subject": r["subject"], "object": r["object"], "props": props}
		})},
	}
	var names []string
	for _, v := range variants {
		names = append(names, v.name)
	}
	stmtTime := map[string][]time.Duration{}
	commitTime := map[string][]time.Duration{}
	for round := 0; round < 2; round++ {
		for _, d := range ds.Documents[60:70] {
			for _, v := range variants {
				sess := db.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: db.srv.Database})
				tx, err := sess.BeginTransaction(ctx)
				if err != nil {
					t.Fatal(err)
				}
				start := time.Now()
				for _, st := range v.stmts(d, vocab) {
					res, err := tx.Run(ctx, st.text, st.params)
					if err != nil {
						t.Fatalf("%s: %v", v.name, err)
					}
					if _, err := res.Consume(ctx); err != nil {
						t.Fatalf("%s: %v", v.name, err)
					}
				}
				if round > 0 {
					stmtTime[v.name] = append(stmtTime[v.name], time.Since(start))
				}
				tx.Rollback(ctx)
				sess.Close(ctx)
			}
		}
	}
	_ = commitTime
	for _, n := range names {
		ds := stmtTime[n]
		sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
		var parts []string
		for _, d := range ds {
			parts = append(parts, fmt.Sprint(d.Round(time.Millisecond)))
		}
		fmt.Printf("%-28s median %v  [%s]\n", n, ds[len(ds)/2].Round(time.Millisecond), strings.Join(parts, " "))
	}
}
