package cypher

import (
	"context"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/geoalign/geoalign/cypher/neo4jtest"
)

// oneLineWith checks that a failure is told in one line that says what to do.
func oneLineWith(t *testing.T, err error, want ...string) {
	t.Helper()
	if err == nil {
		t.Fatal("no error")
	}
	msg := err.Error()
	if strings.ContainsAny(msg, "\n\r") {
		t.Errorf("error is not one line: %q", msg)
	}
	for _, w := range want {
		if !strings.Contains(msg, w) {
			t.Errorf("error %q does not say %q", msg, w)
		}
	}
}

// closedPort is a loopback port nothing listens on.
func closedPort(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	return addr
}

func TestOpenSaysWhatToDo(t *testing.T) {
	db := openTestDB(t)
	srv := db.srv
	ctx := context.Background()
	addr := closedPort(t)
	for name, tc := range map[string]struct {
		cfg  Config
		want []string
	}{
		"server down": {Config{URI: "bolt://" + addr, User: "neo4j", Password: "x", Database: "neo4j"},
			[]string{"neo4j at bolt://" + addr + " is not reachable", "docker compose up -d"}},
		"server down, neo4j+s": {Config{URI: "neo4j+s://" + addr, User: "neo4j", Password: "x", Database: "neo4j"},
			[]string{"is not reachable", "docker compose up -d"}},
		"wrong password": {Config{URI: srv.URI, User: srv.User, Password: "not-the-password", Database: srv.Database},
			[]string{"refused user \"neo4j\"", "wrong user or password", "GEOALIGN_NEO4J_PASSWORD"}},
		"no password": {Config{URI: srv.URI, User: srv.User, Database: srv.Database},
			[]string{"wants a password", "GEOALIGN_NEO4J_PASSWORD"}},
		"wrong database": {Config{URI: srv.URI, User: srv.User, Password: srv.Password, Database: "geoalign"},
			[]string{`has no database "geoalign"`, "--neo4j-database"}},
		"not a neo4j uri": {Config{URI: "http://" + addr, User: "neo4j", Password: "x"},
			[]string{"want bolt://"}},
	} {
		t.Run(name, func(t *testing.T) {
			d, err := Open(ctx, tc.cfg)
			if err == nil {
				d.Close(ctx)
			}
			oneLineWith(t, err, tc.want...)
		})
	}
	// A wrong password locks the user after a few tries; wait the lock out
	// so later tests can log in.
	time.Sleep(6 * time.Second)
}

func TestLoadIntoMissingDatabaseWritesNothing(t *testing.T) {
	db := openTestDB(t)
	_, err := NewLoader(db.driver, "geoalign").Load(context.Background(), fixture(t))
	oneLineWith(t, err, `has no database "geoalign"`)
	if nodes, rels := db.counts(t); nodes+rels != 0 {
		t.Errorf("%d nodes, %d relationships written", nodes, rels)
	}
}

// TestServerStopsMidLoad kills the server (no grace period) while the
// loader is busy, then restarts it: every document is either whole or
// absent, and the error says what to do.
func TestServerStopsMidLoad(t *testing.T) {
	srv := neo4jtest.StartContainer(t)
	db := connectTestDB(t, srv)
	ds := synthetic(vocabulary(t), 30, 300)

	stopped := make(chan error, 1)
	var once sync.Once
	l := db.loader()
	l.Progress = &progressCounter{after: func(doc string, done int) {
		if done == 3 {
			once.Do(func() {
				go func() { stopped <- srv.Stop(context.Background(), 0) }()
			})
		}
	}}
	_, loadErr := l.Load(context.Background(), ds)
	if stopErr := <-stopped; stopErr != nil {
		t.Fatalf("stop the server: %v", stopErr)
	}
	oneLineWith(t, loadErr, "is not reachable", "docker compose up -d", "nothing of it was kept, so run the load again")

	if err := srv.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	db = connectTestDB(t, srv)
	_, plans, err := plan(ds, DefaultBatchSize)
	if err != nil {
		t.Fatal(err)
	}
	loaded := 0
	for _, p := range plans {
		r := db.query(t, "MATCH (d:Document {id: $id}) RETURN d.edges", map[string]any{"id": p.id})
		cited := db.query(t, "MATCH ()-[e]->() WHERE $id IN e.docs RETURN e.key, size([x IN e.docs WHERE x = $id])", map[string]any{"id": p.id})
		if len(r) == 0 {
			if len(cited) != 0 {
				t.Errorf("document %s is absent but %d edges cite it: half loaded", p.id, len(cited))
			}
			continue
		}
		loaded++
		if len(cited) != p.edges || len(r[0].Values[0].([]any)) != p.edges {
			t.Errorf("document %s: %d edges cite it and it lists %d, want %d: half loaded", p.id, len(cited), len(r[0].Values[0].([]any)), p.edges)
		}
	}
	if loaded < 3 || loaded == len(plans) {
		t.Errorf("%d of %d documents loaded; want the 3 before the stop and not all", loaded, len(plans))
	}
	t.Logf("%d of %d documents survived the stop whole; error: %v", loaded, len(plans), loadErr)
}

// progressCounter calls after with each loaded document and how many are
// done.
type progressCounter struct {
	done  int
	after func(doc string, done int)
}

func (p *progressCounter) Start(int, int) {}
func (p *progressCounter) Finish()        {}
func (p *progressCounter) Loaded(doc string, _ int, _ Summary) {
	p.done++
	p.after(doc, p.done)
}
