package cypher

import (
	"sort"
	"strings"

	"github.com/geoalign/geoalign/graph"
)

// The functions here convert domain values into statement parameters:
// maps and lists of strings, integers and floats, which both the driver
// and the script's literals accept.

// actorRow is an :Actor node's properties.
func actorRow(a graph.Actor) map[string]any {
	aliases := make([]any, len(a.Aliases))
	for i, s := range a.Aliases {
		aliases[i] = s
	}
	return map[string]any{"id": a.ID, "name": a.Name, "kind": string(a.Kind), "aliases": aliases}
}

// citation is one sentence of one document behind an edge. Between,
// goods and role are kept per citation so that reloading a document can
// recompute the edge's from the citations that remain.
type citation struct {
	doc        string
	sentence   int
	evidence   string
	date       graph.Date
	confidence float64
	between    []string
	goods      string
	role       string
}

// edgeRow is one document's share of an event: the edge's identity, and
// the properties the edge has when this document is its only source.
type edgeRow struct {
	key      string
	relation string // its key in the vocabulary
	row      map[string]any
}

// edgeRows groups a document's facts into one row per event (graph.EdgeKey),
// in key order. Each row carries one citation per sentence; a sentence that
// states the event twice is cited once, its between parties united and its
// first goods and role kept, as graph.MergeFacts does.
func edgeRows(doc string, facts []graph.Fact, vocab graph.Relations) []edgeRow {
	type event struct {
		subject, object string
		fact            graph.Fact
		sentences       map[int]*citation
	}
	events := map[string]*event{}
	for _, f := range facts {
		rel := vocab[f.Relation]
		key := graph.EdgeKey(f.Subject, f.Relation, f.Object, f.Date, f.Modality, rel.Symmetric)
		ev, ok := events[key]
		if !ok {
			s, o := f.Subject, f.Object
			if rel.Symmetric && o < s {
				s, o = o, s
			}
			ev = &event{subject: s, object: o, fact: f, sentences: map[int]*citation{}}
			events[key] = ev
		}
		c, ok := ev.sentences[f.Sentence]
		if !ok {
			c = &citation{doc: doc, sentence: f.Sentence, evidence: f.Evidence, date: f.Date, confidence: f.Confidence}
			ev.sentences[f.Sentence] = c
		}
		c.between = union(c.between, f.Between)
		if c.goods == "" {
			c.goods = f.Goods
		}
		if c.role == "" {
			c.role = f.Role
		}
	}
	keys := make([]string, 0, len(events))
	for k := range events {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	rows := make([]edgeRow, 0, len(keys))
	for _, key := range keys {
		ev := events[key]
		cites := make([]citation, 0, len(ev.sentences))
		for _, c := range ev.sentences {
			cites = append(cites, *c)
		}
		sort.Slice(cites, func(i, j int) bool { return cites[i].sentence < cites[j].sentence })
		rel := vocab[ev.fact.Relation]
		rows = append(rows, edgeRow{key: key, relation: ev.fact.Relation, row: map[string]any{
			"key":     key,
			"subject": ev.subject,
			"object":  ev.object,
			"doc":     doc,
			"props":   edgeProps(key, rel.Name, modalityOf(ev.fact.Modality), cites),
		}})
	}
	return rows
}

// edgeProps are an edge's properties for the given citations, sorted: the
// Go twin of deriveEdge (statements.go), which recomputes them in Cypher
// when several documents cite the edge. Absent values are left out, as
// Neo4j does not store nulls.
func edgeProps(key, relation string, modality graph.Modality, cites []citation) map[string]any {
	n := len(cites)
	docs, sentences, evidences := make([]any, n), make([]any, n), make([]any, n)
	citeDates, confidences := make([]any, n), make([]any, n)
	citeBetween, citeGoods, citeRoles := make([]any, n), make([]any, n), make([]any, n)
	dates := make([]graph.Date, n)
	var between []string
	var goods, role string
	anyBetween, anyGoods, anyRole := false, false, false
	sources := map[string]bool{}
	for i, c := range cites {
		docs[i], sentences[i], evidences[i] = c.doc, int64(c.sentence), c.evidence
		citeDates[i], confidences[i], dates[i] = c.date.String(), c.confidence, c.date
		citeBetween[i], citeGoods[i], citeRoles[i] = strings.Join(c.between, ","), c.goods, c.role
		anyBetween, anyGoods, anyRole = anyBetween || len(c.between) > 0, anyGoods || c.goods != "", anyRole || c.role != ""
		between = union(between, c.between)
		if goods == "" {
			goods = c.goods
		}
		if role == "" {
			role = c.role
		}
		sources[c.doc] = true
	}
	p := map[string]any{
		"key": key, "relation": relation, "modality": string(modality),
		"docs": docs, "sentences": sentences, "evidences": evidences, "citeDates": citeDates, "confidences": confidences,
		"sources": int64(len(sources)),
	}
	if anyBetween {
		p["citeBetween"] = citeBetween
	}
	if anyGoods {
		p["citeGoods"] = citeGoods
	}
	if anyRole {
		p["citeRoles"] = citeRoles
	}
	if d := graph.MergedDate(dates); !d.IsZero() {
		p["date"], p["precision"], p["start"], p["end"], p["year"] = d.String(), string(d.Precision()), d.Start(), d.End(), int64(d.Year)
	}
	if len(between) > 0 {
		list := make([]any, len(between))
		for i, s := range between {
			list[i] = s
		}
		p["between"] = list
	}
	if goods != "" {
		p["goods"] = goods
	}
	if role != "" {
		p["role"] = role
	}
	return p
}

func modalityOf(m graph.Modality) graph.Modality {
	if m == "" {
		return graph.Asserted
	}
	return m
}

// OfficeKey identifies a dictionary office edge.
func OfficeKey(official string, o graph.Office) string {
	return strings.Join([]string{"office", official, o.Of, o.Role, o.From.String()}, "|")
}

// officeRows are the HOLDS_OFFICE edges of the officials among actors, from
// the dictionary's offices.
func officeRows(actors []graph.Actor) []any {
	var rows []any
	seen := map[string]bool{}
	for _, a := range actors {
		if a.Kind != graph.Official {
			continue
		}
		for _, o := range a.Offices {
			key := OfficeKey(a.ID, o)
			if seen[key] {
				continue
			}
			seen[key] = true
			props := map[string]any{"key": key, "relation": graph.HoldsOffice, "modality": string(graph.Asserted),
				"source": "dictionary", "role": o.Role}
			if !o.From.IsZero() {
				props["from"], props["date"], props["precision"] = o.From.String(), o.From.String(), string(o.From.Precision())
				props["start"], props["year"] = o.From.Start(), int64(o.From.Year)
			}
			if !o.To.IsZero() {
				props["to"], props["end"] = o.To.String(), o.To.End()
			}
			rows = append(rows, map[string]any{"official": a.ID, "of": o.Of, "props": props})
		}
	}
	return rows
}

func orNull(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func union(a, b []string) []string {
	for _, s := range b {
		if s != "" && !containsString(a, s) {
			a = append(a, s)
		}
	}
	sort.Strings(a)
	return a
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
