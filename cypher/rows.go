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

// edgeRow is one document's share of an event: the edge's identity and the
// document's citations of it.
type edgeRow struct {
	key, typ string
	row      map[string]any
}

// edgeRows groups a document's facts into one row per event (graph.EdgeKey),
// in key order. Each row carries one citation per sentence; a sentence that
// states the event twice is cited once, its between parties united and its
// first goods and role kept, as graph.MergeFacts does.
func edgeRows(doc string, facts []graph.Fact, vocab graph.Relations) []edgeRow {
	type sentenceCite struct {
		fact    graph.Fact
		between []string
		goods   string
		role    string
	}
	type event struct {
		subject, object string
		fact            graph.Fact
		sentences       map[int]*sentenceCite
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
			ev = &event{subject: s, object: o, fact: f, sentences: map[int]*sentenceCite{}}
			events[key] = ev
		}
		sc, ok := ev.sentences[f.Sentence]
		if !ok {
			sc = &sentenceCite{fact: f}
			ev.sentences[f.Sentence] = sc
		}
		sc.between = union(sc.between, f.Between)
		if sc.goods == "" {
			sc.goods = f.Goods
		}
		if sc.role == "" {
			sc.role = f.Role
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
		sentences := make([]int, 0, len(ev.sentences))
		for n := range ev.sentences {
			sentences = append(sentences, n)
		}
		sort.Ints(sentences)
		cites := make([]any, len(sentences))
		for i, n := range sentences {
			sc := ev.sentences[n]
			cites[i] = map[string]any{
				"doc":        doc,
				"sentence":   int64(n),
				"evidence":   sc.fact.Evidence,
				"date":       sc.fact.Date.String(),
				"confidence": sc.fact.Confidence,
				"between":    strings.Join(sc.between, ","),
				"goods":      sc.goods,
				"role":       sc.role,
			}
		}
		rel := vocab[ev.fact.Relation]
		rows = append(rows, edgeRow{key: key, typ: rel.Type(), row: map[string]any{
			"key":      key,
			"subject":  ev.subject,
			"object":   ev.object,
			"relation": rel.Name,
			"modality": string(modalityOf(ev.fact.Modality)),
			"doc":      doc,
			"cites":    cites,
		}})
	}
	return rows
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
			var year any
			if !o.From.IsZero() {
				year = int64(o.From.Year)
			}
			rows = append(rows, map[string]any{
				"key":       key,
				"official":  a.ID,
				"of":        o.Of,
				"role":      o.Role,
				"from":      orNull(o.From.String()),
				"to":        orNull(o.To.String()),
				"date":      orNull(o.From.String()),
				"precision": orNull(string(o.From.Precision())),
				"start":     orNull(o.From.Start()),
				"end":       orNull(o.To.End()),
				"year":      year,
			})
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
