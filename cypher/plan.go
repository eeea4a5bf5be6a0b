package cypher

import (
	"fmt"
	"sort"

	"github.com/geoalign/geoalign/graph"
)

// DefaultBatchSize is how many rows one UNWIND statement carries.
const DefaultBatchSize = 1000

// statement is one Cypher statement with its parameters.
type statement struct {
	text   string
	params map[string]any
}

// documentPlan is everything one document's transaction runs: the
// statements before its edges, its edges in batches, and the statements
// after them.
type documentPlan struct {
	id      string
	facts   int
	edges   int
	types   []string // the vocabulary's relationship types, quoted
	before  []statement
	batches []edgeBatch
	after   []statement
}

// edgeBatch is up to a batch's worth of a document's edge rows, grouped
// by relationship type (unquoted).
type edgeBatch struct {
	doc  string
	rows map[string][]edgeRow
}

// statements are the document's statements as the script runs them, with
// no answer from the server in between: each batch's rows go to
// updateEdges and createEdges whole, each of which acts on the rows it
// concerns (an existing edge, a new one). The Loader asks which edges
// exist first and sends each statement only its rows (see Loader).
func (p documentPlan) statements() []statement {
	out := append([]statement(nil), p.before...)
	for _, b := range p.batches {
		out = append(out, updateEdges(p.types, b.doc, b.rows), createEdges(p.types, b.doc, b.rows, false))
	}
	return append(out, p.after...)
}

// plan checks the whole dataset and turns it into the schema statements
// and one statement list per document, so that nothing is written when any
// document is invalid.
func plan(ds Dataset, batch int) (schema []statement, docs []documentPlan, err error) {
	pl, schema, err := newPlanner(ds, batch, false)
	if err != nil {
		return nil, nil, err
	}
	for _, d := range ds.Documents {
		docs = append(docs, pl.document(d))
	}
	return schema, docs, nil
}

// planner plans a dataset's documents in order. Each document's
// statements merge the actors it names and its officials' dictionary
// offices, unless mergeOnce is set: the Loader sets it, since it commits
// each document before it starts the next, so that what an earlier
// document merged is in the graph, as the dictionary has it, when a later
// one needs it. Each actor and office is then merged once, by the first
// document that needs it (a document's statements are whole only after
// those of the documents before it). The script keeps every document's
// statements whole.
type planner struct {
	vocab     graph.Relations
	actors    actorIndex
	batch     int
	types     []string // the vocabulary's relationship types, quoted
	mergeOnce bool

	mergedActors  map[string]bool // ids
	mergedOffices map[string]bool // OfficeKey
}

// newPlanner checks the whole dataset, so that planning its documents
// cannot fail, and returns the schema statements.
func newPlanner(ds Dataset, batch int, mergeOnce bool) (*planner, []statement, error) {
	if batch <= 0 {
		batch = DefaultBatchSize
	}
	if len(ds.Relations) == 0 {
		return nil, nil, fmt.Errorf("no relation vocabulary")
	}
	actors, err := newActorIndex(ds.Actors)
	if err != nil {
		return nil, nil, err
	}
	schema, err := schemaStatements(ds.Relations)
	if err != nil {
		return nil, nil, err
	}
	_, types, err := vocabularyTypes(ds.Relations)
	if err != nil {
		return nil, nil, err
	}
	seen := map[string]bool{}
	for _, d := range ds.Documents {
		if d.ID == "" {
			return nil, nil, fmt.Errorf("a document has no id")
		}
		if seen[d.ID] {
			return nil, nil, fmt.Errorf("document %s is listed twice", d.ID)
		}
		seen[d.ID] = true
		for _, f := range d.Facts {
			if err := checkFact(f, ds.Relations, actors); err != nil {
				return nil, nil, fmt.Errorf("document %s: %w", d.ID, err)
			}
		}
	}
	pl := &planner{vocab: ds.Relations, actors: actors, batch: batch, types: types, mergeOnce: mergeOnce,
		mergedActors: map[string]bool{}, mergedOffices: map[string]bool{}}
	return pl, schema, nil
}

// document orders the statements of d, which newPlanner checked: its
// actors, then the removal of its citations that no longer hold (this
// reads the document node's old edge keys, so it precedes the document's
// upsert), the document, its edges, and its officials' offices.
func (pl *planner) document(d Document) documentPlan {
	present := documentActors(d.Facts, pl.actors)
	p := documentPlan{id: d.ID, facts: len(d.Facts), types: pl.types}

	var actorRows []any
	for _, a := range present {
		if pl.mergeOnce {
			if pl.mergedActors[a.ID] {
				continue
			}
			pl.mergedActors[a.ID] = true
		}
		actorRows = append(actorRows, actorRow(a))
	}
	for _, chunk := range chunks(actorRows, pl.batch) {
		p.before = append(p.before, mergeActors(chunk))
	}

	rows := edgeRows(d.ID, d.Facts, pl.vocab)
	keys := make([]string, len(rows))
	for i, r := range rows {
		keys[i] = r.key
	}
	p.edges = len(rows)
	p.before = append(p.before, dropStaleCitations(d.ID, keys), mergeDocument(d.Document, keys))
	for _, chunk := range chunks(rows, pl.batch) {
		b := edgeBatch{doc: d.ID, rows: map[string][]edgeRow{}}
		for _, r := range chunk {
			typ := pl.vocab[r.relation].Type()
			b.rows[typ] = append(b.rows[typ], r)
		}
		p.batches = append(p.batches, b)
	}

	var offices []any
	for _, row := range officeRows(present) {
		if pl.mergeOnce {
			key := row.(map[string]any)["props"].(map[string]any)["key"].(string)
			if pl.mergedOffices[key] {
				continue
			}
			pl.mergedOffices[key] = true
		}
		offices = append(offices, row)
	}
	for _, chunk := range chunks(offices, pl.batch) {
		p.after = append(p.after, mergeOffices(chunk))
	}
	return p
}

// documentActors are the actors a document's facts name, and the actors
// their officials held office for, in id order.
func documentActors(facts []graph.Fact, actors actorIndex) []graph.Actor {
	ids := map[string]bool{}
	for _, f := range facts {
		ids[f.Subject], ids[f.Object] = true, true
	}
	for id := range ids {
		for _, o := range actors[id].Offices {
			ids[o.Of] = true
		}
	}
	out := make([]graph.Actor, 0, len(ids))
	for id := range ids {
		if a, ok := actors[id]; ok {
			out = append(out, a)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// chunks cuts rows into runs of at most n.
func chunks[T any](rows []T, n int) [][]T {
	var out [][]T
	for len(rows) > n {
		out = append(out, rows[:n])
		rows = rows[n:]
	}
	if len(rows) > 0 {
		out = append(out, rows)
	}
	return out
}
