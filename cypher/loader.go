package cypher

import (
	"context"
	"fmt"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Loader writes datasets into Neo4j over Bolt: the schema first, then each
// document in one managed write transaction, its rows sent in batched
// UNWIND statements. A document is loaded whole or not at all; loading it
// again replaces its citations and leaves everything else as it was.
type Loader struct {
	driver   Driver
	database string
	// BatchSize is the most rows per statement (default DefaultBatchSize).
	BatchSize int
	// Progress hears of each loaded document (default: nothing).
	Progress Progress
}

// NewLoader returns a Loader writing to database through d, which the
// caller opened (Open) and closes.
func NewLoader(d Driver, database string) *Loader {
	return &Loader{driver: d, database: database}
}

// Load checks the whole dataset, then writes it. On failure the documents
// before the failing one stay loaded, and nothing of that one does.
func (l *Loader) Load(ctx context.Context, ds Dataset) (Summary, error) {
	start := time.Now()
	progress := l.Progress
	if progress == nil {
		progress = noProgress{}
	}
	schema, docs, err := plan(ds, l.BatchSize)
	if err != nil {
		return Summary{}, err
	}
	var total Summary
	if err := l.applySchema(ctx, schema); err != nil {
		return total, fmt.Errorf("create schema: %w", l.explain(err))
	}
	progress.Start(len(docs), ds.Facts())
	defer progress.Finish()
	for i, d := range docs {
		s, err := l.loadDocument(ctx, d)
		if err != nil {
			return total, fmt.Errorf("load %s: %w (%d of %d documents loaded before it; nothing of it was kept, so run the load again)",
				d.id, l.explain(err), i, len(docs))
		}
		total.merge(s)
		progress.Loaded(d.id, d.facts, s)
	}
	total.Elapsed = time.Since(start)
	return total, nil
}

// applySchema runs each schema statement in its own transaction, as Neo4j
// requires.
func (l *Loader) applySchema(ctx context.Context, schema []statement) error {
	for _, s := range schema {
		_, err := neo4j.ExecuteQuery(ctx, l.driver, s.text, s.params, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(l.database), neo4j.ExecuteQueryWithWritersRouting())
		if err != nil {
			return err
		}
	}
	return nil
}

// loadDocument runs a document's statements in one managed transaction.
// The driver may run the function again after a transient failure; every
// statement is an idempotent MERGE/SET, and the counters restart with it.
func (l *Loader) loadDocument(ctx context.Context, d documentPlan) (Summary, error) {
	sess := l.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: l.database, AccessMode: neo4j.AccessModeWrite})
	defer sess.Close(context.WithoutCancel(ctx))
	var s Summary
	_, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		s = Summary{Documents: 1, Facts: d.facts, Edges: d.edges}
		for _, st := range d.statements {
			res, err := tx.Run(ctx, st.text, st.params)
			if err != nil {
				return nil, err
			}
			rs, err := res.Consume(ctx)
			if err != nil {
				return nil, err
			}
			s.add(rs.Counters())
		}
		return nil, nil
	})
	return s, err
}

// explain turns a driver error into a one-line one saying what to do.
func (l *Loader) explain(err error) error {
	target := l.driver.Target()
	return explain(err, Config{URI: target.String(), Database: l.database})
}
