package cypher

import (
	"fmt"

	"github.com/geoalign/geoalign/graph"
)

// fromDBEdge rebuilds a graph.Edge from a relationship's endpoints and
// properties as the Loader wrote them: one citation per position of the
// parallel arrays. Citations carry the edge's modality, which is part of
// its key.
func fromDBEdge(subject, object, properties any) (graph.Edge, error) {
	p, ok := properties.(map[string]any)
	if !ok {
		return graph.Edge{}, fmt.Errorf("relationship properties: got %T", properties)
	}
	e := graph.Edge{
		Key:      dbString(p["key"]),
		Subject:  dbString(subject),
		Relation: dbString(p["relation"]),
		Object:   dbString(object),
		Modality: graph.Modality(dbString(p["modality"])),
		Between:  dbStrings(p["between"]),
		Goods:    dbString(p["goods"]),
		Role:     dbString(p["role"]),
	}
	date, err := graph.ParseDate(dbString(p["date"]))
	if err != nil {
		return graph.Edge{}, fmt.Errorf("edge %s: %w", e.Key, err)
	}
	e.Date = date
	cites, err := storedCitations(p)
	if err != nil {
		return graph.Edge{}, fmt.Errorf("edge %s: %w", e.Key, err)
	}
	e.Citations = make([]graph.Citation, len(cites))
	for i, c := range cites {
		e.Citations[i] = graph.Citation{Doc: c.doc, Sentence: c.sentence, Evidence: c.evidence, Date: c.date,
			Confidence: c.confidence, Modality: e.Modality}
	}
	return e, nil
}

// dbOffices reads the offices actorsQuery collects.
func dbOffices(v any) ([]graph.Office, error) {
	list, _ := v.([]any)
	var out []graph.Office
	for _, x := range list {
		m, _ := x.(map[string]any)
		o := graph.Office{Of: dbString(m["of"]), Role: dbString(m["role"])}
		var err error
		if o.From, err = graph.ParseDate(dbString(m["from"])); err != nil {
			return nil, fmt.Errorf("office %s of %s: %w", o.Role, o.Of, err)
		}
		if o.To, err = graph.ParseDate(dbString(m["to"])); err != nil {
			return nil, fmt.Errorf("office %s of %s: %w", o.Role, o.Of, err)
		}
		out = append(out, o)
	}
	return out, nil
}

// dbString reads a string property; null is "".
func dbString(v any) string {
	s, _ := v.(string)
	return s
}

// dbStrings reads a list of strings; null is nil.
func dbStrings(v any) []string {
	list, _ := v.([]any)
	if len(list) == 0 {
		return nil
	}
	out := make([]string, len(list))
	for i, x := range list {
		out[i] = dbString(x)
	}
	return out
}

func dbInts(v any) []int {
	list, _ := v.([]any)
	out := make([]int, len(list))
	for i, x := range list {
		n, _ := x.(int64)
		out[i] = int(n)
	}
	return out
}

func dbFloats(v any) []float64 {
	list, _ := v.([]any)
	out := make([]float64, len(list))
	for i, x := range list {
		switch n := x.(type) {
		case float64:
			out[i] = n
		case int64:
			out[i] = float64(n)
		}
	}
	return out
}
