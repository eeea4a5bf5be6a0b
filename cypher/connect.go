package cypher

import (
	"context"
	"fmt"
	"net/url"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Driver is the Neo4j driver. It is an alias so that the command line can
// hold and close the one driver of the process without importing the
// driver package.
type Driver = neo4j.DriverWithContext

// Config says which Neo4j to use and how to log in.
type Config struct {
	URI      string // bolt://, bolt+s://, neo4j://, neo4j+s://, ...
	User     string
	Password string // empty: no authentication
	Database string // empty: the server's default database
	// RetryTime bounds the driver's retries of a failed transaction
	// (0: the driver's 30 s), e.g. while the server restarts.
	RetryTime time.Duration
}

var schemes = map[string]bool{
	"bolt": true, "bolt+s": true, "bolt+ssc": true,
	"neo4j": true, "neo4j+s": true, "neo4j+ssc": true,
}

// Open builds the driver, checks that the server answers and that the
// database exists, and returns the driver for the caller to Close. Its
// errors are one line saying what to do.
func Open(ctx context.Context, cfg Config) (Driver, error) {
	u, err := url.Parse(cfg.URI)
	if err != nil || !schemes[u.Scheme] || u.Host == "" {
		return nil, fmt.Errorf("neo4j uri %q: want bolt://host:7687, neo4j://host or neo4j+s://host", cfg.URI)
	}
	auth := neo4j.NoAuth()
	if cfg.Password != "" {
		auth = neo4j.BasicAuth(cfg.User, cfg.Password, "")
	}
	d, err := neo4j.NewDriverWithContext(cfg.URI, auth, func(c *neo4j.Config) {
		if cfg.RetryTime > 0 {
			c.MaxTransactionRetryTime = cfg.RetryTime
		}
	})
	if err != nil {
		return nil, fmt.Errorf("neo4j uri %q: %w", cfg.URI, err)
	}
	if err := d.VerifyConnectivity(ctx); err != nil {
		d.Close(context.WithoutCancel(ctx))
		return nil, explain(err, cfg)
	}
	// VerifyConnectivity does not open the database: a misspelt name would
	// only show on the first write, after the progress bar started.
	_, err = neo4j.ExecuteQuery(ctx, d, "RETURN 1", nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(cfg.Database), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		d.Close(context.WithoutCancel(ctx))
		return nil, explain(err, cfg)
	}
	return d, nil
}
