// Package neo4jtest gives tests a real Neo4j: one container of the
// project's neo4j:5.26-community image per test binary, or the server named
// by GEOALIGN_TEST_NEO4J_URI (and GEOALIGN_TEST_NEO4J_PASSWORD).
//
// Use it from TestMain, which removes the container after the tests:
//
//	func TestMain(m *testing.M) { os.Exit(neo4jtest.Main(m)) }
//
// and call Require(t) in each test that needs the server: the first call
// starts the one container of the test binary (so tests that need no
// server never wait for it), and every call returns the server with an
// empty database. Without Docker the test is skipped, or failed when
// CI=true. A container that cannot start fails the test with its log.
//
// Beware: an external server's database is wiped before every test.
package neo4jtest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/netip"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/moby/moby/api/types/container"
	"github.com/moby/moby/api/types/network"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/testcontainers/testcontainers-go"
	tcneo4j "github.com/testcontainers/testcontainers-go/modules/neo4j"
	"github.com/testcontainers/testcontainers-go/wait"
)

// Image is the server image, built locally by neo4j/image/build.sh.
const Image = "neo4j:5.26-community"

// Password is the admin password of the containers this package starts.
const Password = "geoalign-test"

// Database is the one user database of Neo4j Community.
const Database = "neo4j"

// Server is a running Neo4j the tests may use.
type Server struct {
	URI      string
	User     string
	Password string
	Database string
	ctr      *tcneo4j.Neo4jContainer // nil for an external server
}

var (
	once       sync.Once
	shared     *Server
	skipReason string // why there is no shared server
	startErr   error  // why the shared container did not start
)

// Main runs the tests and then removes the shared container, if a test
// started it; its result is the exit code.
func Main(m *testing.M) int {
	code := m.Run()
	if shared != nil && shared.ctr != nil {
		if err := shared.ctr.Terminate(context.Background()); err != nil {
			fmt.Fprintf(os.Stderr, "neo4jtest: remove container: %v\n", err)
			code = 1
		}
	}
	return code
}

// Require returns the shared server, started on first use, with an empty
// database. Without Docker it skips t, or fails it when CI=true; a
// container that does not come up fails t with the container's log.
func Require(t testing.TB) *Server {
	t.Helper()
	once.Do(func() { shared, skipReason, startErr = startShared(context.Background()) })
	if startErr != nil {
		t.Fatalf("neo4jtest: %v", startErr)
	}
	if shared == nil {
		unavailable(t, skipReason)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	if err := shared.Clean(ctx); err != nil {
		t.Fatalf("neo4jtest: clean %s: %v", shared.URI, err)
	}
	return shared
}

func unavailable(t testing.TB, reason string) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatalf("neo4jtest: no Neo4j in CI: %s", reason)
	}
	t.Skipf("neo4jtest: skipped, %s", reason)
}

func startShared(ctx context.Context) (*Server, string, error) {
	if uri := os.Getenv("GEOALIGN_TEST_NEO4J_URI"); uri != "" {
		return &Server{URI: uri, User: "neo4j", Password: os.Getenv("GEOALIGN_TEST_NEO4J_PASSWORD"), Database: Database}, "", nil
	}
	if reason := dockerMissing(ctx); reason != "" {
		return nil, reason, nil
	}
	srv, err := startContainer(ctx)
	if err != nil {
		return nil, "", err
	}
	return srv, "", nil
}

// dockerMissing says why containers cannot run here, or "" if they can.
func dockerMissing(ctx context.Context) string {
	configureTestcontainers()
	p, err := testcontainers.NewDockerProvider()
	if err != nil {
		return fmt.Sprintf("Docker is not available (%v); set GEOALIGN_TEST_NEO4J_URI to use a running Neo4j", oneLine(err))
	}
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := p.Health(ctx); err != nil {
		return fmt.Sprintf("Docker is not available (%v); set GEOALIGN_TEST_NEO4J_URI to use a running Neo4j", oneLine(err))
	}
	return ""
}

// configureTestcontainers applies what these machines need: the Ryuk image
// cannot be pulled, and /.dockerenv makes testcontainers map ports on the
// default gateway unless told to use loopback.
func configureTestcontainers() {
	for k, v := range map[string]string{
		"TESTCONTAINERS_RYUK_DISABLED": "true",
		"TESTCONTAINERS_HOST_OVERRIDE": "localhost",
	} {
		if os.Getenv(k) == "" {
			os.Setenv(k, v)
		}
	}
}

// StartContainer starts a container of its own for t (for tests that stop
// the server), removed when t ends. It skips or fails t like Require when
// Docker is missing.
func StartContainer(t testing.TB) *Server {
	t.Helper()
	ctx := context.Background()
	if reason := dockerMissing(ctx); reason != "" {
		unavailable(t, reason)
	}
	srv, err := startContainer(ctx)
	if err != nil {
		t.Fatalf("neo4jtest: %v", err)
	}
	t.Cleanup(func() {
		if err := srv.ctr.Terminate(context.Background()); err != nil {
			t.Errorf("neo4jtest: remove container: %v", err)
		}
	})
	return srv
}

// startContainer runs the image with ports published on loopback only and
// waits up to two minutes (the module's 60 s is tight on two busy cores).
func startContainer(ctx context.Context) (*Server, error) {
	configureTestcontainers()
	ports := []string{"7687/tcp", "7474/tcp", "7473/tcp"} // every port the module exposes
	ctr, err := tcneo4j.Run(ctx, Image,
		tcneo4j.WithAdminPassword(Password),
		testcontainers.WithHostConfigModifier(func(hc *container.HostConfig) {
			hc.PortBindings = network.PortMap{}
			for _, p := range ports {
				hc.PortBindings[network.MustParsePort(p)] = []network.PortBinding{{HostIP: netip.MustParseAddr("127.0.0.1")}}
			}
		}),
		testcontainers.WithWaitStrategyAndDeadline(2*time.Minute,
			wait.ForLog("Started."),
			wait.ForHTTP("/").WithPort("7474/tcp"),
		),
	)
	if err != nil {
		logs := containerLogs(ctr)
		if ctr != nil {
			ctr.Terminate(context.Background())
		}
		return nil, fmt.Errorf("start %s: %v\n--- container log ---\n%s--- end of log ---\nbuild the image with neo4j/image/build.sh", Image, err, logs)
	}
	srv := &Server{User: "neo4j", Password: Password, Database: Database, ctr: ctr}
	if err := srv.refreshURI(ctx); err != nil {
		ctr.Terminate(context.Background())
		return nil, err
	}
	return srv, nil
}

func containerLogs(ctr *tcneo4j.Neo4jContainer) string {
	if ctr == nil {
		return "(no container)\n"
	}
	rc, err := ctr.Logs(context.Background())
	if err != nil {
		return fmt.Sprintf("(no log: %v)\n", err)
	}
	defer rc.Close()
	b, _ := io.ReadAll(rc)
	return string(b)
}

// refreshURI reads the mapped Bolt port, which changes when a stopped
// container starts again.
func (s *Server) refreshURI(ctx context.Context) error {
	port, err := s.ctr.MappedPort(ctx, "7687/tcp")
	if err != nil {
		return fmt.Errorf("neo4j bolt port: %w", err)
	}
	s.URI = fmt.Sprintf("bolt://localhost:%d", port.Num())
	return nil
}

// Stop stops the server's container; timeout 0 kills it at once, mid
// transaction. Only for servers from StartContainer.
func (s *Server) Stop(ctx context.Context, timeout time.Duration) error {
	if s.ctr == nil {
		return errors.New("neo4jtest: cannot stop an external server")
	}
	return s.ctr.Stop(ctx, &timeout)
}

// Start starts a stopped container again and waits until it serves Bolt;
// URI is updated to the new port.
func (s *Server) Start(ctx context.Context) error {
	if s.ctr == nil {
		return errors.New("neo4jtest: cannot start an external server")
	}
	if err := s.ctr.Start(ctx); err != nil {
		return fmt.Errorf("neo4jtest: restart: %v\n%s", err, containerLogs(s.ctr))
	}
	if err := s.refreshURI(ctx); err != nil {
		return err
	}
	deadline := time.Now().Add(2 * time.Minute)
	for {
		err := s.ping(ctx)
		if err == nil {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("neo4jtest: restarted server does not answer: %v\n%s", err, containerLogs(s.ctr))
		}
		time.Sleep(500 * time.Millisecond)
	}
}

func (s *Server) driver() (neo4j.DriverWithContext, error) {
	return neo4j.NewDriverWithContext(s.URI, neo4j.BasicAuth(s.User, s.Password, ""))
}

func (s *Server) ping(ctx context.Context) error {
	d, err := s.driver()
	if err != nil {
		return err
	}
	defer d.Close(ctx)
	_, err = neo4j.ExecuteQuery(ctx, d, "RETURN 1", nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.Database))
	return err
}

// Clean deletes every node and relationship; constraints and indexes stay,
// since the loader creates them idempotently.
func (s *Server) Clean(ctx context.Context) error {
	d, err := s.driver()
	if err != nil {
		return err
	}
	defer d.Close(ctx)
	sess := d.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.Database})
	defer sess.Close(ctx)
	// IN TRANSACTIONS keeps a large graph (the benchmark's) within memory
	// limits; it needs an auto-commit transaction, hence Run. Relationships
	// go first: a few hundred nodes can hold a million of them.
	for _, q := range []string{
		"MATCH ()-[e]->() CALL (e) { DELETE e } IN TRANSACTIONS OF 10000 ROWS",
		"MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS",
	} {
		res, err := sess.Run(ctx, q, nil)
		if err != nil {
			return err
		}
		if _, err := res.Consume(ctx); err != nil {
			return err
		}
	}
	return nil
}

func oneLine(err error) string { return strings.Join(strings.Fields(err.Error()), " ") }
