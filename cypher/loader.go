package cypher

import (
	"context"
	"fmt"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Loader writes datasets into Neo4j over Bolt: the schema first, then each
// document in one managed write transaction, its rows sent in batched
// UNWIND statements (a 1,000-fact document is a handful of statements: its
// new actors, its old citations, its node, its edges, its new offices). A
// document is loaded whole or not at all; loading it again replaces its
// citations and leaves everything else as it was.
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
	pl, schema, err := newPlanner(ds, l.BatchSize, true)
	if err != nil {
		return Summary{}, err
	}
	var total Summary
	if err := l.applySchema(ctx, schema); err != nil {
		return total, fmt.Errorf("create schema: %w", l.explain(err))
	}
	progress.Start(len(ds.Documents), ds.Facts())
	defer progress.Finish()
	// The next document's statements are built while the server works on
	// this one's, and only they are held at a time.
	plans := make(chan documentPlan, 1)
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		defer close(plans)
		for _, d := range ds.Documents {
			select {
			case plans <- pl.document(d):
			case <-stop:
				return
			}
		}
	}()
	i := 0
	for d := range plans {
		s, err := l.loadDocument(ctx, d)
		if err != nil {
			return total, fmt.Errorf("load %s: %w (%d of %d documents loaded before it; nothing of it was kept, so run the load again)",
				d.id, l.explain(err), i, len(ds.Documents))
		}
		total.merge(s)
		progress.Loaded(d.id, d.facts, s)
		i++
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

// replanSkip keeps the server on the plans it made first for the
// document statements. Their plans do not depend on the graph's statistics
// (every lookup is a unique-constraint seek), but a load changes those
// statistics so fast that the server would otherwise replan the large edge
// statement every few seconds, each time for longer than a document
// takes. Schema changes still invalidate the plans.
const replanSkip = "CYPHER replan=skip "

// loadDocument runs a document's statements in one managed transaction.
// Before each batch of edges it asks which of them exist, so that
// updateEdges gets only those and createEdges only the others. The driver
// may run the function again after a transient failure; every statement
// is idempotent, and the counters restart with it.
func (l *Loader) loadDocument(ctx context.Context, d documentPlan) (Summary, error) {
	sess := l.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: l.database, AccessMode: neo4j.AccessModeWrite})
	defer sess.Close(context.WithoutCancel(ctx))
	var s Summary
	_, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		s = Summary{Documents: 1, Facts: d.facts, Edges: d.edges}
		run := func(st statement) error {
			res, err := tx.Run(ctx, replanSkip+st.text, st.params)
			if err != nil {
				return err
			}
			rs, err := res.Consume(ctx)
			if err != nil {
				return err
			}
			s.add(rs.Counters())
			return nil
		}
		for _, st := range d.before {
			if err := run(st); err != nil {
				return nil, err
			}
		}
		for _, b := range d.batches {
			changed, fresh, err := splitBatch(ctx, tx, d.types, b)
			if err != nil {
				return nil, err
			}
			if len(changed) > 0 {
				if err := run(setEdges(d.types, changed)); err != nil {
					return nil, err
				}
			}
			if len(fresh) > 0 {
				if err := run(createEdges(d.types, b.doc, fresh, true)); err != nil {
					return nil, err
				}
			}
		}
		for _, st := range d.after {
			if err := run(st); err != nil {
				return nil, err
			}
		}
		return nil, nil
	})
	return s, err
}

// splitBatch asks the server which of b's edges exist, merges b's
// citations into those (restate), and returns the rows of the ones that
// change, for setEdges, and the rows of the new ones, for createEdges.
func splitBatch(ctx context.Context, tx neo4j.ManagedTransaction, types []string, b edgeBatch) (changed map[string]any, fresh map[string][]edgeRow, err error) {
	st := existingEdges(types, b.rows)
	res, err := tx.Run(ctx, replanSkip+st.text, st.params)
	if err != nil {
		return nil, nil, err
	}
	stored := map[string]map[string]any{}
	for res.Next(ctx) {
		v := res.Record().Values
		key, _ := v[0].(string)
		props, _ := v[1].(map[string]any)
		stored[key] = props
	}
	if err := res.Err(); err != nil {
		return nil, nil, err
	}
	changed, fresh = map[string]any{}, map[string][]edgeRow{}
	dates := dateTexts{}
	for typ, rows := range b.rows {
		for _, r := range rows {
			old, ok := stored[r.key]
			if !ok {
				fresh[typ] = append(fresh[typ], r)
				continue
			}
			props, differs, err := restate(r, old, dates)
			if err != nil {
				return nil, nil, err
			}
			if differs {
				list, _ := changed[typ].([]any)
				changed[typ] = append(list, map[string]any{"key": r.key, "props": props})
			}
		}
	}
	return changed, fresh, nil
}

// explain turns a driver error into a one-line one saying what to do.
func (l *Loader) explain(err error) error {
	target := l.driver.Target()
	return explain(err, Config{URI: target.String(), Database: l.database})
}
