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

// documentPlan is everything one document's transaction runs.
type documentPlan struct {
	id         string
	facts      int
	edges      int
	statements []statement
}

// plan checks the whole dataset and turns it into the schema statements
// and one statement list per document, so that nothing is written when any
// document is invalid.
func plan(ds Dataset, batch int) (schema []statement, docs []documentPlan, err error) {
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
	schema, err = schemaStatements(ds.Relations)
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
		p, err := planDocument(d, ds.Relations, actors, batch)
		if err != nil {
			return nil, nil, fmt.Errorf("document %s: %w", d.ID, err)
		}
		docs = append(docs, p)
	}
	return schema, docs, nil
}

// planDocument orders a document's statements: its actors, then the
// removal of its citations that no longer hold (this reads the document
// node's old edge keys, so it precedes the document's upsert), the
// document, its edges, and its officials' offices.
func planDocument(d Document, vocab graph.Relations, actors actorIndex, batch int) (documentPlan, error) {
	for _, f := range d.Facts {
		if err := checkFact(f, vocab, actors); err != nil {
			return documentPlan{}, err
		}
	}
	present := documentActors(d.Facts, actors)
	p := documentPlan{id: d.ID, facts: len(d.Facts)}

	var actorRows []any
	for _, a := range present {
		actorRows = append(actorRows, actorRow(a))
	}
	for _, chunk := range chunks(actorRows, batch) {
		p.statements = append(p.statements, mergeActors(chunk))
	}

	rows := edgeRows(d.ID, d.Facts, vocab)
	keys := make([]any, len(rows))
	for i, r := range rows {
		keys[i] = r.key
	}
	p.edges = len(rows)
	p.statements = append(p.statements, dropStaleCitations(d.ID, keys), mergeDocument(d.Document, keys))
	byType, err := rowsByType(rows, vocab)
	if err != nil {
		return documentPlan{}, err
	}
	for _, group := range byType {
		for _, chunk := range chunks(group.rows, batch) {
			p.statements = append(p.statements, mergeEdges(group.typ, chunk))
		}
	}
	for _, chunk := range chunks(officeRows(present), batch) {
		p.statements = append(p.statements, mergeOffices(chunk))
	}
	return p, nil
}

// typedRows are the edge rows of one relationship type, quoted.
type typedRows struct {
	typ  string
	rows []any
}

// rowsByType groups edge rows by relationship type, in the vocabulary's
// order, leaving out the types no row has: one MERGE statement per type
// present, since a type cannot be a parameter.
func rowsByType(rows []edgeRow, vocab graph.Relations) ([]typedRows, error) {
	names, types, err := vocabularyTypes(vocab)
	if err != nil {
		return nil, err
	}
	index := make(map[string]int, len(names))
	for i, name := range names {
		index[name] = i
	}
	groups := make([][]any, len(names))
	for _, r := range rows {
		i, ok := index[r.relation]
		if !ok {
			return nil, fmt.Errorf("relation %q is not in the vocabulary", r.relation)
		}
		groups[i] = append(groups[i], r.row)
	}
	var out []typedRows
	for i, g := range groups {
		if len(g) > 0 {
			out = append(out, typedRows{typ: types[i], rows: g})
		}
	}
	return out, nil
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

func chunks(rows []any, n int) [][]any {
	var out [][]any
	for len(rows) > n {
		out = append(out, rows[:n])
		rows = rows[n:]
	}
	if len(rows) > 0 {
		out = append(out, rows)
	}
	return out
}
