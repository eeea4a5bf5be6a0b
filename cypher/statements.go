package cypher

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/geoalign/geoalign/graph"
)

// The Cypher below is the whole write path: the Loader sends it with
// parameters, the Encoder inlines the parameters as literals. Labels and
// relationship types cannot be parameters, so they come from graph.Kinds
// and the vocabulary only, checked and backtick-quoted. Each statement's
// text depends on the vocabulary alone, so the server plans it once.

var identifier = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_]*$`)

// quoteName backtick-quotes a label or relationship type, refusing anything
// that is not a plain identifier.
func quoteName(name string) (string, error) {
	if !identifier.MatchString(name) {
		return "", fmt.Errorf("%q cannot be a Neo4j label or relationship type", name)
	}
	return "`" + name + "`", nil
}

// vocabularyTypes are the relationship types of the vocabulary, sorted and
// quoted.
func vocabularyTypes(vocab graph.Relations) (names, quoted []string, err error) {
	for _, name := range vocab.Names() {
		q, err := quoteName(vocab[name].Type())
		if err != nil {
			return nil, nil, fmt.Errorf("relation %q: %w", name, err)
		}
		names = append(names, name)
		quoted = append(quoted, q)
	}
	return names, quoted, nil
}

// schemaStatements make the ids unique and index the edge keys (a
// relationship uniqueness constraint is backed by an index, which MERGE on
// key uses). They are idempotent.
func schemaStatements(vocab graph.Relations) ([]statement, error) {
	stmts := []statement{
		{text: "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE"},
		{text: "CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE"},
	}
	names, types, err := vocabularyTypes(vocab)
	if err != nil {
		return nil, err
	}
	for i, typ := range types {
		stmts = append(stmts, statement{text: fmt.Sprintf(
			"CREATE CONSTRAINT edge_key_%s IF NOT EXISTS FOR ()-[e:%s]-() REQUIRE e.key IS UNIQUE", names[i], typ)})
	}
	return stmts, nil
}

// mergeActors upserts actors, writing only those that changed. Each gets
// its kind's label and loses any other kind label (the dictionary may have
// changed its kind), so it keeps exactly one.
func mergeActors(rows []any) statement {
	var b strings.Builder
	b.WriteString(`UNWIND $rows AS r
MERGE (a:Actor {id: r.id})
WITH a, r WHERE a.name IS NULL OR a.name <> r.name OR a.kind <> r.kind OR a.aliases <> r.aliases
SET a.name = r.name, a.kind = r.kind, a.aliases = r.aliases`)
	for _, kind := range graph.Kinds {
		var others []string
		for _, k := range graph.Kinds {
			if k != kind {
				others = append(others, "`"+k.Label()+"`")
			}
		}
		fmt.Fprintf(&b, "\nFOREACH (_ IN CASE WHEN r.kind = '%s' THEN [1] ELSE [] END | SET a:`%s` REMOVE a:%s)",
			kind, kind.Label(), strings.Join(others, ":"))
	}
	return statement{text: b.String(), params: map[string]any{"rows": rows}}
}

// citationOf rebuilds citation i of x (an edge, or a row's props) from the
// parallel arrays; the per-citation extras are stored only when some
// citation has one.
func citationOf(x string) string {
	return strings.NewReplacer("x.", x+".").Replace(`{doc: x.docs[i], sentence: x.sentences[i], evidence: x.evidences[i], date: x.citeDates[i], confidence: x.confidences[i], between: coalesce(x.citeBetween[i], ''), goods: coalesce(x.citeGoods[i], ''), role: coalesce(x.citeRoles[i], '')}`)
}

// deriveEdge writes the citations `cites`, sorted by document and
// sentence, into edge e and recomputes what depends on them, exactly as
// edgeProps (rows.go) computes them in Go; an edge left with no citation is
// deleted, an unchanged one not written. It is expressions only (no
// subquery, no sort), so that rows stream through it: between, the sorted
// distinct parties, is built by insertion into a sorted list. The date rule
// is graph.MergedDate: the most precise citation date if every other date
// contains it (is a prefix of it), else the year. Absent values are null;
// Cypher compares nulls as unknown, so the change test compares them as an
// empty string, an empty list or 0, which no stored value is.
const deriveEdge = `
WITH e, cites,
     reduce(sorted = [], party IN reduce(all = [], c IN cites | all + split(c.between, ',')) |
       CASE WHEN party = '' OR party IN sorted THEN sorted
            ELSE [p IN sorted WHERE p < party] + party + [p IN sorted WHERE p > party] END) AS between,
     reduce(best = '', c IN cites | CASE WHEN size(c.date) > size(best) THEN c.date ELSE best END) AS best
WITH e, cites, between,
     CASE WHEN all(c IN cites WHERE best STARTS WITH c.date) THEN best ELSE left(best, 4) END AS merged
WITH e,
     [c IN cites | c.doc] AS docs,
     [c IN cites | c.sentence] AS sentences,
     [c IN cites | c.evidence] AS evidences,
     [c IN cites | c.date] AS citeDates,
     [c IN cites | c.confidence] AS confidences,
     CASE WHEN all(c IN cites WHERE c.between = '') THEN null ELSE [c IN cites | c.between] END AS citeBetween,
     CASE WHEN all(c IN cites WHERE c.goods = '') THEN null ELSE [c IN cites | c.goods] END AS citeGoods,
     CASE WHEN all(c IN cites WHERE c.role = '') THEN null ELSE [c IN cites | c.role] END AS citeRoles,
     size(reduce(seen = [], c IN cites | CASE WHEN c.doc IN seen THEN seen ELSE seen + c.doc END)) AS sources,
     CASE WHEN merged = '' THEN null ELSE merged END AS date,
     CASE size(merged) WHEN 4 THEN 'year' WHEN 7 THEN 'month' WHEN 10 THEN 'day' END AS precision,
     CASE size(merged) WHEN 4 THEN merged + '-01-01' WHEN 7 THEN merged + '-01' WHEN 10 THEN merged END AS start,
     CASE size(merged) WHEN 4 THEN merged + '-12-31' WHEN 7 THEN toString(date(merged + '-01') + duration('P1M') - duration('P1D')) WHEN 10 THEN merged END AS end,
     CASE WHEN merged = '' THEN null ELSE toInteger(left(merged, 4)) END AS year,
     CASE WHEN size(between) = 0 THEN null ELSE between END AS between,
     head([c IN cites WHERE c.goods <> '' | c.goods]) AS goods,
     head([c IN cites WHERE c.role <> '' | c.role]) AS role
WHERE [e.docs, e.sentences, e.evidences, e.citeDates, e.confidences,
       coalesce(e.citeBetween, []), coalesce(e.citeGoods, []), coalesce(e.citeRoles, []), e.sources,
       coalesce(e.date, ''), coalesce(e.precision, ''), coalesce(e.start, ''), coalesce(e.end, ''), coalesce(e.year, 0),
       coalesce(e.between, []), coalesce(e.goods, ''), coalesce(e.role, '')] <>
      [docs, sentences, evidences, citeDates, confidences,
       coalesce(citeBetween, []), coalesce(citeGoods, []), coalesce(citeRoles, []), sources,
       coalesce(date, ''), coalesce(precision, ''), coalesce(start, ''), coalesce(end, ''), coalesce(year, 0),
       coalesce(between, []), coalesce(goods, ''), coalesce(role, '')]
SET e.docs = docs, e.sentences = sentences, e.evidences = evidences, e.citeDates = citeDates, e.confidences = confidences,
    e.citeBetween = citeBetween, e.citeGoods = citeGoods, e.citeRoles = citeRoles, e.sources = sources,
    e.date = date, e.precision = precision, e.start = start, e.end = end, e.year = year,
    e.between = between, e.goods = goods, e.role = role
WITH e WHERE size(e.docs) = 0
DELETE e`

// dropStaleCitations removes document doc's citations from the edges it
// cited before but does not cite now (keys are its current edge keys),
// deleting edges left with none. The old keys are read from the document
// node: a key starts "subject|relation|object|", which finds the edge
// through the two actors' unique ids whatever its type. Dropping one
// document's citations keeps the others in their order. The parameters
// are one map, with the current keys as a map's keys, for the reason given
// at edgesParam.
func dropStaleCitations(doc string, keys []string) statement {
	current := make(map[string]any, len(keys))
	for _, k := range keys {
		current[k] = true
	}
	return statement{
		text: `WITH $current AS current
MATCH (d:Document {id: current.doc})
UNWIND [k IN coalesce(d.edges, []) WHERE current.keys[k] IS NULL] AS k
WITH current.doc AS doc, k, split(k, '|') AS part
MATCH (s:Actor {id: part[0]})
MATCH (o:Actor {id: part[2]})
MATCH (s)-[e]->(o)
WHERE e.key = k
WITH e, [i IN range(0, size(e.docs) - 1) WHERE e.docs[i] <> doc | ` + citationOf("e") + `] AS cites` + deriveEdge,
		params: map[string]any{"current": map[string]any{"doc": doc, "keys": current}},
	}
}

// mergeDocument upserts the document node with the keys of the edges it
// cites, which the next load of the document starts from; an unchanged
// node is not written.
func mergeDocument(doc graph.Document, keys []string) statement {
	props := map[string]any{"id": doc.ID, "edges": keys}
	for k, v := range map[string]string{"title": doc.Title, "source": doc.Source, "published": doc.Published.String()} {
		if v != "" {
			props[k] = v
		}
	}
	return statement{
		text: `MERGE (d:Document {id: $id})
WITH d WHERE properties(d) <> $props
SET d = $props`,
		params: map[string]any{"id": doc.ID, "props": props},
	}
}

// The edges of a document are written by two statements, updateEdges then
// createEdges, given the same rows: a map from relationship types
// (unquoted) to their rows ([]any), in one map parameter with the
// document's id. The server keys its plan cache on the statement and on
// each list or string parameter's size (0, 1, then by powers of ten) but
// not on a map's, so one plan serves every document. A type cannot be a
// parameter, so each statement has one branch per vocabulary type (types
// are quoted, see vocabularyTypes), which unwinds that type's rows only;
// the text depends on the vocabulary alone. Both find an edge by its key
// through the type's uniqueness constraint, an index seek, rather than
// MERGE, which would walk the relationships of two often very connected
// actors: a new edge costs a seek and a CREATE.

// edgesParam is the parameter of updateEdges and createEdges.
func edgesParam(doc string, rows map[string][]edgeRow) map[string]any {
	byType := perType(rows, func(r edgeRow) any { return r.row })
	return map[string]any{"edges": map[string]any{"doc": doc, "rows": byType}}
}

// perType maps each relationship type's rows to a parameter list of one
// of their parts.
func perType[T any](rows map[string][]edgeRow, part func(edgeRow) T) map[string]any {
	out := make(map[string]any, len(rows))
	for typ, list := range rows {
		vals := make([]T, len(list))
		for i, r := range list {
			vals[i] = part(r)
		}
		out[typ] = vals
	}
	return out
}

// existingEdges returns the edges, among rows', that the graph holds
// already (columns key and props), so that the Loader can merge the
// document's citations into them (restate) and create only the others.
func existingEdges(types []string, rows map[string][]edgeRow) statement {
	keys := perType(rows, func(r edgeRow) string { return r.key })
	branches := make([]string, len(types))
	for i, typ := range types {
		branches[i] = fmt.Sprintf(`  UNWIND keys.%s AS k
  MATCH ()-[e:%s {key: k}]->()
  RETURN k, properties(e) AS props`, typ, typ)
	}
	return statement{
		text: `WITH $keys AS keys
CALL (keys) {
` + strings.Join(branches, "\n  UNION ALL\n") + `
}
RETURN k AS key, props`,
		params: map[string]any{"keys": keys},
	}
}

// updateEdges rewrites the edges that exist already and whose properties
// differ from the row's (other documents cite them too, or this document's
// citations changed): the document's citations are replaced by the row's
// and the edge is recomputed in Cypher. Its citations are sorted by
// document and sentence, and so are the row's (all of one document), so
// the row's go between those of the documents before and after it.
func updateEdges(types []string, doc string, rows map[string][]edgeRow) statement {
	branches := make([]string, len(types))
	for i, typ := range types {
		branches[i] = fmt.Sprintf(`  UNWIND edges.rows.%s AS r
  MATCH ()-[e:%s {key: r.props.key}]->()
  RETURN e, r`, typ, typ)
	}
	return statement{
		text: `WITH $edges AS edges
CALL (edges) {
` + strings.Join(branches, "\n  UNION ALL\n") + `
}
WITH e, r, edges.doc AS doc WHERE properties(e) <> r.props
WITH e, [i IN range(0, size(e.docs) - 1) WHERE e.docs[i] < doc | ` + citationOf("e") + `] +
        [i IN range(0, size(r.props.docs) - 1) | ` + citationOf("r.props") + `] +
        [i IN range(0, size(e.docs) - 1) WHERE e.docs[i] > doc | ` + citationOf("e") + `] AS cites` + deriveEdge,
		params: edgesParam(doc, rows),
	}
}

// setEdges gives existing edges new properties; rows maps relationship
// types (unquoted) to {key, props} rows.
func setEdges(types []string, rows map[string]any) statement {
	branches := make([]string, len(types))
	for i, typ := range types {
		branches[i] = fmt.Sprintf(`  UNWIND rows.%s AS r
  MATCH ()-[e:%s {key: r.key}]->()
  SET e = r.props`, typ, typ)
	}
	var b strings.Builder
	b.WriteString("WITH $rows AS rows")
	for _, br := range branches {
		b.WriteString("\nCALL (rows) {\n" + br + "\n}")
	}
	return statement{text: b.String(), params: map[string]any{"rows": rows}}
}

// createEdges creates the edges that do not exist yet, with the row's
// properties as computed in Go. Unless the rows are known to be new (the
// Loader asked, see existingEdges), each row is first looked up by its key;
// a lookup also makes the server hold every row back until all are looked
// up, which known-new rows spare it. Should another load create the same
// edge meanwhile, the uniqueness constraint fails this transaction rather
// than let the edge be duplicated.
func createEdges(types []string, doc string, rows map[string][]edgeRow, knownNew bool) statement {
	var b strings.Builder
	b.WriteString("WITH $edges AS edges")
	for _, typ := range types {
		fmt.Fprintf(&b, "\nCALL (edges) {\n  UNWIND edges.rows.%s AS r", typ)
		if !knownNew {
			fmt.Fprintf(&b, "\n  WITH r WHERE NOT EXISTS { ()-[:%s {key: r.props.key}]->() }", typ)
		}
		fmt.Fprintf(&b, `
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:%s]->(o)
  SET e = r.props
}`, typ)
	}
	return statement{text: b.String(), params: edgesParam(doc, rows)}
}

// mergeOffices upserts the dictionary's HOLDS_OFFICE edges; unchanged
// ones are not written.
func mergeOffices(rows []any) statement {
	return statement{
		text: `UNWIND $rows AS r
MATCH (s:Actor {id: r.official})
MATCH (o:Actor {id: r.of})
MERGE (s)-[e:HOLDS_OFFICE {key: r.props.key}]->(o)
WITH e, r WHERE properties(e) <> r.props
SET e = r.props`,
		params: map[string]any{"rows": rows},
	}
}
