package cypher

import (
	"slices"
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
	name     string // the relation's name, as edges store it
	modality graph.Modality
	doc      string
	cites    []citation // sorted by sentence
	row      map[string]any
}

// edgeRows groups a document's facts into one row per event (graph.EdgeKey),
// in key order. Each row carries one citation per sentence; a sentence that
// states the event twice is cited once, its between parties united and its
// first goods and role kept, as graph.MergeFacts does.
func edgeRows(doc string, facts []graph.Fact, vocab graph.Relations) []edgeRow {
	type event struct {
		key, subject, object string
		relation             string
		modality             graph.Modality
		cites                []citation // one per sentence
	}
	events := make([]event, 0, len(facts))
	index := make(map[string]int, len(facts))
	for _, f := range facts {
		rel := vocab[f.Relation]
		key := graph.EdgeKey(f.Subject, f.Relation, f.Object, f.Date, f.Modality, rel.Symmetric)
		i, ok := index[key]
		if !ok {
			s, o := f.Subject, f.Object
			if rel.Symmetric && o < s {
				s, o = o, s
			}
			i = len(events)
			index[key] = i
			events = append(events, event{key: key, subject: s, object: o, relation: f.Relation, modality: f.Modality})
		}
		ev := &events[i]
		var c *citation
		for j := range ev.cites { // an event has few citations in one document
			if ev.cites[j].sentence == f.Sentence {
				c = &ev.cites[j]
				break
			}
		}
		if c == nil {
			ev.cites = append(ev.cites, citation{doc: doc, sentence: f.Sentence, evidence: f.Evidence, date: f.Date, confidence: f.Confidence})
			c = &ev.cites[len(ev.cites)-1]
		}
		c.between = union(c.between, f.Between)
		if c.goods == "" {
			c.goods = f.Goods
		}
		if c.role == "" {
			c.role = f.Role
		}
	}
	sort.Slice(events, func(i, j int) bool { return events[i].key < events[j].key })
	dates := dateTexts{} // a document repeats its dates
	rows := make([]edgeRow, len(events))
	for i, ev := range events {
		sort.Slice(ev.cites, func(i, j int) bool { return ev.cites[i].sentence < ev.cites[j].sentence })
		name, modality := vocab[ev.relation].Name, modalityOf(ev.modality)
		rows[i] = edgeRow{key: ev.key, relation: ev.relation, name: name, modality: modality, doc: doc, cites: ev.cites,
			row: map[string]any{
				"subject": ev.subject,
				"object":  ev.object,
				"props":   edgeProps(ev.key, name, modality, ev.cites, dates),
			}}
	}
	return rows
}

// edgeProps are an edge's properties for the given citations, sorted. The
// Loader also uses it to merge a document into an edge that others cite
// (restate); the script does that in Cypher with deriveEdge
// (statements.go), its twin, which TestScriptMatchesLoader holds to it. Absent values are left out, as
// Neo4j does not store nulls. Lists are typed slices, which the driver
// sends as the same lists as []any and which cost less to build.
func edgeProps(key, relation string, modality graph.Modality, cites []citation, dates dateTexts) map[string]any {
	n := len(cites)
	docs, sentences, evidences := make([]string, n), make([]int64, n), make([]string, n)
	citeDates, confidences := make([]string, n), make([]float64, n)
	citeBetween, citeGoods, citeRoles := make([]string, n), make([]string, n), make([]string, n)
	citeDateValues := make([]graph.Date, n)
	var between []string
	var goods, role string
	anyBetween, anyGoods, anyRole := false, false, false
	sources := 0
	for i, c := range cites {
		docs[i], sentences[i], evidences[i] = c.doc, int64(c.sentence), c.evidence
		citeDates[i], confidences[i], citeDateValues[i] = dates.of(c.date).text, c.confidence, c.date
		citeBetween[i], citeGoods[i], citeRoles[i] = strings.Join(c.between, ","), c.goods, c.role
		anyBetween, anyGoods, anyRole = anyBetween || len(c.between) > 0, anyGoods || c.goods != "", anyRole || c.role != ""
		between = union(between, c.between)
		if goods == "" {
			goods = c.goods
		}
		if role == "" {
			role = c.role
		}
		if !slices.Contains(docs[:i], c.doc) {
			sources++
		}
	}
	p := make(map[string]any, 20)
	p["key"], p["relation"], p["modality"] = key, relation, string(modality)
	p["docs"], p["sentences"], p["evidences"], p["citeDates"], p["confidences"] = docs, sentences, evidences, citeDates, confidences
	p["sources"] = int64(sources)
	if anyBetween {
		p["citeBetween"] = citeBetween
	}
	if anyGoods {
		p["citeGoods"] = citeGoods
	}
	if anyRole {
		p["citeRoles"] = citeRoles
	}
	if d := graph.MergedDate(citeDateValues); !d.IsZero() {
		t := dates.of(d)
		p["date"], p["precision"], p["start"], p["end"], p["year"] = t.text, string(d.Precision()), t.start, t.end, int64(d.Year)
	}
	if len(between) > 0 {
		p["between"] = between
	}
	if goods != "" {
		p["goods"] = goods
	}
	if role != "" {
		p["role"] = role
	}
	return p
}

// dateTexts memoizes a graph.Date's String, Start and End, which format.
type dateTexts map[graph.Date]dateText

type dateText struct{ text, start, end string }

func (m dateTexts) of(d graph.Date) dateText {
	t, ok := m[d]
	if !ok {
		t = dateText{d.String(), d.Start(), d.End()}
		m[d] = t
	}
	return t
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
		if s != "" && !slices.Contains(a, s) {
			a = append(a, s)
		}
	}
	sort.Strings(a)
	return a
}
