package main

import (
	"bufio"
	"context"
	"encoding/json"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/geoalign/geoalign/cypher"
	"github.com/geoalign/geoalign/cypher/neo4jtest"
	"github.com/geoalign/geoalign/dict"
	"github.com/geoalign/geoalign/graph"
)

// The seeds loaded into Neo4j and queried with --engine neo4j must print
// exactly what the embedded engine prints.
func TestNeo4jEngineAnswersAsTheEmbeddedOne(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a Neo4j container")
	}
	srv := neo4jtest.StartContainer(t)
	ctx := context.Background()

	code, out, errs := runCLI(t, "extract", "--format", "jsonl")
	if code != exitOK {
		t.Fatalf("extract: exit %d: %s", code, errs)
	}
	d, err := dict.Default(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ds := cypher.Dataset{Actors: d.GraphActors(), Relations: d.Vocabulary()}
	byDoc := map[string][]graph.Fact{}
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var f graph.Fact
		if err := json.Unmarshal(sc.Bytes(), &f); err != nil {
			t.Fatal(err)
		}
		byDoc[f.Doc] = append(byDoc[f.Doc], f)
	}
	var docs []string
	for id := range byDoc {
		docs = append(docs, id)
	}
	sort.Strings(docs)
	for _, id := range docs {
		ds.Documents = append(ds.Documents, cypher.Document{Document: graph.Document{ID: id}, Facts: byDoc[id]})
	}
	driver, err := cypher.Open(ctx, cypher.Config{URI: srv.URI, User: srv.User, Password: srv.Password, Database: srv.Database, RetryTime: 3 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer driver.Close(ctx)
	if _, err := cypher.NewLoader(driver, srv.Database).Load(ctx, ds); err != nil {
		t.Fatal(err)
	}

	t.Setenv("GEOALIGN_NEO4J_PASSWORD", srv.Password)
	neo4jFlags := []string{"--engine", "neo4j", "--neo4j-uri", srv.URI, "--neo4j-user", srv.User, "--neo4j-database", srv.Database}
	for _, args := range [][]string{
		{"path", "Pakistan", "Russia"},
		{"path", "India", "Pakistan", "--as-of", "2017", "--k", "3"},
		{"path", "Pakistan", "United States", "--country-level", "--k", "3", "--format", "json"},
		{"path", "India", "United States", "--k", "4", "--max-hops", "4", "--exclude-rel", "partnered_with", "--format", "dot"},
		{"align", "Pakistan", "United States", "--country-level"},
		{"align", "Russia", "India", "--since", "2016", "--format", "json"},
		{"timeline", "Pakistan", "Russia"},
		{"neighbors", "Pakistan", "--country-level"},
		{"actors"},
		{"path", "Pakistn", "Russia"},
		{"path", "Donald Trump", "Pakistan", "--country-level"},
	} {
		wantCode, want, wantErr := runCLI(t, args...)
		gotCode, got, gotErr := runCLI(t, append(args, neo4jFlags...)...)
		if gotCode != wantCode || got != want || gotErr != wantErr {
			t.Errorf("%v:\nneo4j (exit %d): %s%s\nembedded (exit %d): %s%s", args, gotCode, got, gotErr, wantCode, want, wantErr)
		}
	}

	// An official the extractor coined from her title is known to the
	// database only, with the office the load wrote; both engines lift her.
	coined := filepath.Join("cmd", "geoalign", "testdata", "coined") // runCLI works from the repository root
	if code, _, errs := runCLI(t, append([]string{"load", coined}, neo4jFlags[2:]...)...); code != exitOK {
		t.Fatalf("load %s: exit %d: %s", coined, code, errs)
	}
	for _, args := range [][]string{
		{"path", "Kenya", "China", "--country-level"},
		{"neighbors", "Kenya", "--country-level"},
		{"path", "Wanjiku Otieno", "World Bank"},
	} {
		wantCode, want, wantErr := runCLI(t, append(args, "--from", "seeds", "--from", coined)...)
		gotCode, got, gotErr := runCLI(t, append(args, neo4jFlags...)...)
		if wantCode != exitOK {
			t.Errorf("%v: embedded exit %d: %s", args, wantCode, wantErr)
		}
		if gotCode != wantCode || got != want || gotErr != wantErr {
			t.Errorf("%v:\nneo4j (exit %d): %s%s\nembedded (exit %d): %s%s", args, gotCode, got, gotErr, wantCode, want, wantErr)
		}
	}

	code, _, errs = runCLI(t, "path", "Pakistan", "Russia", "--engine", "neo4j", "--neo4j-uri", "bolt://127.0.0.1:1")
	if code != exitError || !strings.Contains(errs, "not reachable") {
		t.Errorf("unreachable Neo4j: exit %d, %q", code, errs)
	}
	oneLine(t, errs)
}
