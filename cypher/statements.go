package cypher

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/geoalign/geoalign/graph"
)

// The Cypher below is the whole write path: the Loader sends it with
// parameters, the Encoder inlines the parameters as literals. Labels and
// relationship types cannot be parameters, so they come from the
// vocabulary and graph.Kinds only, checked and backtick-quoted.

var identifier = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_]*$`)

// quoteName backtick-quotes a label or relationship type, refusing anything
// that is not a plain identifier.
func quoteName(name string) (string, error) {
	if !identifier.MatchString(name) {
		return "", fmt.Errorf("%q cannot be a Neo4j label or relationship type", name)
	}
	return "`" + name + "`", nil
}

// schemaStatements make the ids unique and the edge keys indexed (a
// relationship uniqueness constraint is backed by an index, which MERGE on
// key needs). They are idempotent.
func schemaStatements(vocab graph.Relations) ([]statement, error) {
	stmts := []statement{
		{text: "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE"},
		{text: "CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE"},
	}
	for _, name := range vocab.Names() {
		typ, err := quoteName(vocab[name].Type())
		if err != nil {
			return nil, err
		}
		stmts = append(stmts, statement{text: fmt.Sprintf(
			"CREATE CONSTRAINT edge_key_%s IF NOT EXISTS FOR ()-[e:%s]-() REQUIRE e.key IS UNIQUE", name, typ)})
	}
	return stmts, nil
}

// mergeActors upserts actors of one kind; an actor whose kind changed in
// the dictionary loses its old kind label, so it keeps exactly one.
func mergeActors(kind graph.Kind, rows []any) (statement, error) {
	label, err := quoteName(kind.Label())
	if err != nil {
		return statement{}, err
	}
	var others []string
	for _, k := range graph.Kinds {
		if k != kind {
			others = append(others, "`"+k.Label()+"`")
		}
	}
	return statement{
		text: `UNWIND $rows AS r
MERGE (a:Actor {id: r.id})
SET a:` + label + `, a.name = r.name, a.kind = r.kind, a.aliases = r.aliases
REMOVE a:` + strings.Join(others, ":"),
		params: map[string]any{"rows": rows},
	}, nil
}

// citationAt rebuilds citation i of edge e from its parallel arrays.
const citationAt = `{doc: e.docs[i], sentence: e.sentences[i], evidence: e.evidences[i], date: e.citeDates[i], confidence: e.confidences[i], between: e.citeBetween[i], goods: e.citeGoods[i], role: e.citeRoles[i]}`

// deriveEdge writes the sorted citations list `cites` into edge e and
// recomputes what depends on them; an edge left with no citation is
// deleted. The date rule is graph.MergedDate: the most precise citation
// date if every other date contains it (is a prefix of it), else the year.
// between is the sorted union of the citations' parties; goods and role
// the first non-empty ones.
const deriveEdge = `
CALL (cites) {
  UNWIND cites AS c
  UNWIND split(c.between, ',') AS party
  WITH party WHERE party <> ''
  WITH DISTINCT party ORDER BY party
  RETURN collect(party) AS between
}
WITH e, cites, between,
     reduce(best = '', c IN cites | CASE WHEN size(c.date) > size(best) THEN c.date ELSE best END) AS best
WITH e, cites, between,
     CASE WHEN all(c IN cites WHERE best STARTS WITH c.date) THEN best ELSE left(best, 4) END AS merged
SET e.docs = [c IN cites | c.doc],
    e.sentences = [c IN cites | c.sentence],
    e.evidences = [c IN cites | c.evidence],
    e.citeDates = [c IN cites | c.date],
    e.confidences = [c IN cites | c.confidence],
    e.citeBetween = [c IN cites | c.between],
    e.citeGoods = [c IN cites | c.goods],
    e.citeRoles = [c IN cites | c.role],
    e.sources = size(reduce(seen = [], c IN cites | CASE WHEN c.doc IN seen THEN seen ELSE seen + c.doc END)),
    e.date = CASE WHEN merged = '' THEN null ELSE merged END,
    e.precision = CASE size(merged) WHEN 4 THEN 'year' WHEN 7 THEN 'month' WHEN 10 THEN 'day' END,
    e.start = CASE size(merged) WHEN 4 THEN merged + '-01-01' WHEN 7 THEN merged + '-01' WHEN 10 THEN merged END,
    e.end = CASE size(merged) WHEN 4 THEN merged + '-12-31' WHEN 7 THEN toString(date(merged + '-01') + duration('P1M') - duration('P1D')) WHEN 10 THEN merged END,
    e.year = CASE WHEN merged = '' THEN null ELSE toInteger(left(merged, 4)) END,
    e.between = CASE WHEN size(between) = 0 THEN null ELSE between END,
    e.goods = head([c IN cites WHERE c.goods <> '' | c.goods]),
    e.role = head([c IN cites WHERE c.role <> '' | c.role])
WITH e WHERE size(e.docs) = 0
DELETE e`

// dropStaleCitations removes document $doc's citations from the edges it
// cited before but does not cite now ($keys are its current edge keys),
// deleting edges left with none. The keys are read from the document node:
// an edge key starts "subject|relation|object|", which finds the edge
// through the two actors' unique ids whatever its type.
func dropStaleCitations(doc string, keys []any) statement {
	return statement{
		text: `MATCH (d:Document {id: $doc})
UNWIND [k IN coalesce(d.edges, []) WHERE NOT k IN $keys] AS k
WITH k, split(k, '|') AS part
MATCH (:Actor {id: part[0]})-[e]->(:Actor {id: part[2]})
WHERE e.key = k
WITH e, [i IN range(0, size(e.docs) - 1) WHERE e.docs[i] <> $doc | ` + citationAt + `] AS cites` + deriveEdge,
		params: map[string]any{"doc": doc, "keys": keys},
	}
}

// mergeDocument upserts the document node with the keys of the edges it
// cites, which the next load of the document starts from.
func mergeDocument(doc graph.Document, keys []any) statement {
	return statement{
		text: `MERGE (d:Document {id: $id})
SET d.title = $title, d.source = $source, d.published = $published, d.edges = $keys`,
		params: map[string]any{"id": doc.ID, "title": orNull(doc.Title), "source": orNull(doc.Source),
			"published": orNull(doc.Published.String()), "keys": keys},
	}
}

// mergeEdges upserts one relationship per row (one type per statement) and
// replaces the row's document's citations of it with the row's.
func mergeEdges(typ string, rows []any) (statement, error) {
	quoted, err := quoteName(typ)
	if err != nil {
		return statement{}, err
	}
	return statement{
		text: `UNWIND $rows AS r
MATCH (s:Actor {id: r.subject})
MATCH (o:Actor {id: r.object})
MERGE (s)-[e:` + quoted + ` {key: r.key}]->(o)
ON CREATE SET e.relation = r.relation, e.modality = r.modality, e.docs = []
WITH e, [i IN range(0, size(e.docs) - 1) WHERE e.docs[i] <> r.doc | ` + citationAt + `] + r.cites AS unsorted
CALL (unsorted) {
  UNWIND unsorted AS c
  WITH c ORDER BY c.doc, c.sentence
  RETURN collect(c) AS cites
}
WITH e, cites` + deriveEdge,
		params: map[string]any{"rows": rows},
	}, nil
}

// mergeOffices upserts the dictionary's HOLDS_OFFICE edges.
func mergeOffices(rows []any) statement {
	return statement{
		text: `UNWIND $rows AS r
MATCH (s:Actor {id: r.official})
MATCH (o:Actor {id: r.of})
MERGE (s)-[e:HOLDS_OFFICE {key: r.key}]->(o)
SET e.relation = 'holds_office', e.modality = 'asserted', e.source = 'dictionary',
    e.role = r.role, e.from = r.from, e.to = r.to,
    e.date = r.date, e.precision = r.precision, e.start = r.start, e.end = r.end, e.year = r.year`,
		params: map[string]any{"rows": rows},
	}
}
