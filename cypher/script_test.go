package cypher

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/geoalign/geoalign/graph"
)

// splitScript cuts a script into statements the way a client does: comment
// lines dropped, ';' ending a statement (literals never hold a raw ';').
func splitScript(script string) []string {
	var kept []string
	for _, line := range strings.Split(script, "\n") {
		if !strings.HasPrefix(strings.TrimSpace(line), "//") {
			kept = append(kept, line)
		}
	}
	var stmts []string
	for _, s := range strings.Split(strings.Join(kept, "\n"), ";") {
		if s = strings.TrimSpace(s); s != "" {
			stmts = append(stmts, s)
		}
	}
	return stmts
}

// runScript runs each statement in its own auto-commit transaction, as the
// Browser and cypher-shell do.
func (db *testDB) runScript(t testing.TB, script []byte) {
	t.Helper()
	for _, s := range splitScript(string(script)) {
		if _, err := neo4j.ExecuteQuery(context.Background(), db.driver, s, nil, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(db.srv.Database)); err != nil {
			t.Fatalf("script statement failed: %v\n%s", err, s)
		}
	}
}

func sameGraph(t testing.TB, what string, got, want snapshot) {
	t.Helper()
	if !reflect.DeepEqual(got.Nodes, want.Nodes) || !reflect.DeepEqual(got.Edges, want.Edges) {
		t.Errorf("%s: %d nodes, %d edges; want %d, %d\n got %v\nwant %v", what,
			len(got.Nodes), len(got.Edges), len(want.Nodes), len(want.Edges), got.Edges, want.Edges)
	}
}

func TestScriptMatchesLoader(t *testing.T) {
	for name, ds := range map[string]func(testing.TB) Dataset{"fixture": fixture, "seeds": seedsDataset} {
		t.Run(name, func(t *testing.T) {
			db := openTestDB(t)
			ds := ds(t)
			db.load(t, ds)
			loaded := db.snapshot(t)

			db.clean(t)
			script := encode(t, ds)
			db.runScript(t, script)
			sameGraph(t, "script", db.snapshot(t), loaded)

			db.runScript(t, script)
			sameGraph(t, "script run twice", db.snapshot(t), loaded)
		})
	}
}

// TestScriptRunsInCypherShell feeds the script to the real cypher-shell
// (fetched by neo4j/fetch-jars.sh); it is skipped where that is missing.
func TestScriptRunsInCypherShell(t *testing.T) {
	lib := os.Getenv("GEOALIGN_CYPHER_SHELL_LIB")
	if lib == "" {
		lib = filepath.Join("..", ".cache", "neo4j", "cypher-shell", "lib")
	}
	java, err := exec.LookPath("java")
	if _, statErr := os.Stat(filepath.Join(lib, ".complete")); statErr != nil || err != nil {
		t.Skipf("cypher-shell not available (need java and %s; run neo4j/fetch-jars.sh)", lib)
	}
	db := openTestDB(t)
	ds := fixture(t)
	db.load(t, ds)
	loaded := db.snapshot(t)
	db.clean(t)

	file := filepath.Join(t.TempDir(), "graph.cypher")
	if err := os.WriteFile(file, encode(t, ds), 0o644); err != nil {
		t.Fatal(err)
	}
	abs, _ := filepath.Abs(lib)
	cmd := exec.Command(java, "-cp", filepath.Join(abs, "*"), "org.neo4j.shell.Main",
		"-a", db.srv.URI, "-d", db.srv.Database, "--fail-fast", "-f", file)
	cmd.Env = append(os.Environ(), "NEO4J_USERNAME="+db.srv.User, "NEO4J_PASSWORD="+db.srv.Password)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("cypher-shell -f: %v\n%s", err, out)
	}
	sameGraph(t, "cypher-shell", db.snapshot(t), loaded)
}

func TestLiteralsReadBackUnchanged(t *testing.T) {
	db := openTestDB(t)
	values := []any{nasty, "", `\`, `\\'`, "'", `"`, "a;b", "\x00\x01\x1f\x7f", "\u2028\u2029\ufeff", "𝄞 emoji 👩‍👩‍👧", "$rows", "// not a comment",
		int64(-42), 0.1, 1.0, 1e-9, []any{"x", "y'"}, map[string]any{"k": "v;", "odd key": int64(1)}}
	for _, v := range values {
		lit, err := literal(v)
		if err != nil {
			t.Fatalf("literal(%#v): %v", v, err)
		}
		r := db.query(t, "RETURN "+lit+" AS v", nil)
		if got := r[0].Values[0]; !reflect.DeepEqual(got, v) {
			t.Errorf("RETURN %s = %#v, want %#v", lit, got, v)
		}
	}
}

func TestLoadSeeds(t *testing.T) {
	db := openTestDB(t)
	ds := seedsDataset(t)
	if ds.Facts() == 0 {
		t.Fatal("the extractor found no facts in the seeds")
	}
	db.load(t, ds)

	actors, err := newActorIndex(ds.Actors)
	if err != nil {
		t.Fatal(err)
	}
	present := map[string]graph.Actor{}
	offices := map[string]bool{}
	for _, d := range ds.Documents {
		for _, a := range documentActors(d.Facts, actors) {
			present[a.ID] = a
			for _, o := range a.Offices {
				if a.Kind == graph.Official {
					offices[OfficeKey(a.ID, o)] = true
				}
			}
		}
	}
	want := wantEdges(allFacts(ds.Documents), ds.Relations)
	nodes, rels := db.counts(t)
	if nodes != int64(len(ds.Documents)+len(present)) || rels != int64(len(want)+len(offices)) {
		t.Errorf("seeds: %d nodes, %d relationships; want %d documents + %d actors, %d events + %d offices",
			nodes, rels, len(ds.Documents), len(present), len(want), len(offices))
	}
	diffEdges(t, db.edges(t), want)
	t.Logf("seeds: %d facts, %d nodes, %d relationships", ds.Facts(), nodes, rels)
}

// TestReadyQueriesAnswer runs every cypher/queries file, as written, on
// the seeds and the fixture: each must be one parameter-free statement with
// its literals marked for editing, and must return rows.
func TestReadyQueriesAnswer(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("queries", "*.cypher"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no queries: %v", err)
	}
	db := openTestDB(t)
	db.load(t, seedsDataset(t))
	db.load(t, fixture(t))
	param := regexp.MustCompile(`\$[A-Za-z_{]|:param`)
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			text := string(data)
			if !strings.Contains(text, "// <-- EDIT") {
				t.Error("no literal marked // <-- EDIT")
			}
			if param.MatchString(text) {
				t.Error("uses parameters")
			}
			stmts := splitScript(text)
			if len(stmts) != 1 || !strings.HasSuffix(strings.TrimSpace(text), ";") {
				t.Fatalf("want one statement ended by ';', have %d", len(stmts))
			}
			if rows := db.query(t, stmts[0], nil); len(rows) == 0 {
				t.Error("no rows on the seeds and the fixture")
			}
		})
	}
}
