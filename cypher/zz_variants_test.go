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
			out = append(out, statement{text: text(g.typ), params: map[string]any{"rows": rs}})
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
	cites := func(typ string) string {
		return "WITH e, r WHERE properties(e) <> r.props\n" +
			"WITH e, [i IN range(0, size(e.docs) - 1) WHERE e.docs[i] < r.doc | " + citationOf("e") + "] +\n" +
			"[i IN range(0, size(r.props.docs) - 1) | " + citationOf("r.props") + "] +\n" +
			"[i IN range(0, size(e.docs) - 1) WHERE e.docs[i] > r.doc | " + citationOf("e") + "] AS cites" + deriveEdge
	}
	_ = cites
	existBody := func(typ string) string {
		return "MATCH (s:Actor {id: r.subject})\nMATCH (o:Actor {id: r.object})\nOPTIONAL MATCH (s)-[old:" + typ + " {key: r.key}]->(o)\nWITH s, o, r, old IS NOT NULL AS existed\nMERGE (s)-[e:" + typ + " {key: r.key}]->(o)\nON CREATE SET e += r.props\nWITH e, r WHERE existed OR e.docs <> r.props.docs\n" +
			strings.TrimPrefix(cites(typ), "WITH e, r WHERE properties(e) <> r.props\n")
	}
	compareBody := func(typ string) string {
		return "MATCH (s:Actor {id: r.subject})\nMATCH (o:Actor {id: r.object})\nMERGE (s)-[e:" + typ + " {key: r.key}]->(o)\nON CREATE SET e += r.props\n" + cites(typ)
	}
	subq := func(body func(string) string) func(d Document, vocab graph.Relations) []statement {
		return func(d Document, vocab graph.Relations) []statement {
			rows := edgeRows(d.ID, d.Facts, vocab)
			groups, _ := rowsByType(rows, vocab)
			_, types, _ := vocabularyTypes(vocab)
			byType := map[string]any{}
			for _, g := range groups {
				byType[strings.Trim(g.typ, "`")] = g.rows
			}
			var b strings.Builder
			for _, typ := range types {
				fmt.Fprintf(&b, "CALL () {\nUNWIND $rows.%s AS r\n%s\n}\n", strings.Trim(typ, "`"), body(typ))
			}
			return []statement{{text: b.String(), params: map[string]any{"rows": byType}}}
		}
	}
	unionRows := func(d Document, vocab graph.Relations) []any {
		rows := edgeRows(d.ID, d.Facts, vocab)
		out := make([]any, len(rows))
		for i, r := range rows {
			m := map[string]any{}
			for k, v := range r.row {
				m[k] = v
			}
			m["type"] = vocab[r.relation].Type()
			m["doc"] = d.ID
			out[i] = m
		}
		return out
	}
	variants := []variant{
		{"orig union", func(d Document, vocab graph.Relations) []statement {
			s, _ := origMergeEdges(vocab, unionRows(d, vocab))
			return []statement{s}
		}},
		{"per-type compare", perTypeVariant(func(typ string) string { return "UNWIND $rows AS r\n" + compareBody(typ) }, nil)},
		{"per-type exist", perTypeVariant(func(typ string) string { return "UNWIND $rows AS r\n" + existBody(typ) }, nil)},
		{"subq compare", subq(compareBody)},
		{"subq exist", subq(existBody)},
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
