package cypher

import (
	"fmt"
	"reflect"
	"sort"
	"strings"

	"github.com/geoalign/geoalign/graph"
)

// The Loader merges a document's citations into an edge that other
// documents cite already in Go, with edgeProps, rather than in Cypher
// (updateEdges, which the script needs): it reads the edge's properties
// when it asks which edges exist, and writes back only the edges whose
// properties change.

// storedCitations rebuilds the citations of an edge from the parallel
// arrays edgeProps wrote; the Loader merges into them and the Store reads
// them back (fromDBEdge).
func storedCitations(p map[string]any) ([]citation, error) {
	docs, sentences, evidences := dbStrings(p["docs"]), dbInts(p["sentences"]), dbStrings(p["evidences"])
	dates, confidences := dbStrings(p["citeDates"]), dbFloats(p["confidences"])
	between, goods, roles := dbStrings(p["citeBetween"]), dbStrings(p["citeGoods"]), dbStrings(p["citeRoles"])
	n := len(docs)
	if len(sentences) != n || len(evidences) != n || len(dates) != n || len(confidences) != n ||
		(between != nil && len(between) != n) || (goods != nil && len(goods) != n) || (roles != nil && len(roles) != n) {
		return nil, fmt.Errorf("citation arrays of different lengths")
	}
	cites := make([]citation, n)
	for i := range docs {
		d, err := graph.ParseDate(dates[i])
		if err != nil {
			return nil, fmt.Errorf("citation %d: %w", i, err)
		}
		c := citation{doc: docs[i], sentence: sentences[i], evidence: evidences[i], date: d, confidence: confidences[i]}
		if between != nil && between[i] != "" {
			c.between = strings.Split(between[i], ",")
		}
		if goods != nil {
			c.goods = goods[i]
		}
		if roles != nil {
			c.role = roles[i]
		}
		cites[i] = c
	}
	return cites, nil
}

// restate returns the properties edge r's document makes of an existing
// edge with properties stored: its citations replaced by r's, the rest
// recomputed. changed is false when that is what is stored.
func restate(r edgeRow, stored map[string]any, dates dateTexts) (props map[string]any, changed bool, err error) {
	old, err := storedCitations(stored)
	if err != nil {
		return nil, false, fmt.Errorf("edge %s: %w", r.key, err)
	}
	cites := make([]citation, 0, len(old)+len(r.cites))
	for _, c := range old {
		if c.doc != r.doc {
			cites = append(cites, c)
		}
	}
	cites = append(cites, r.cites...)
	sort.SliceStable(cites, func(i, j int) bool {
		if cites[i].doc != cites[j].doc {
			return cites[i].doc < cites[j].doc
		}
		return cites[i].sentence < cites[j].sentence
	})
	props = edgeProps(r.key, r.name, r.modality, cites, dates)
	return props, !sameProps(props, stored), nil
}

// sameProps compares properties as edgeProps makes them with properties
// as the driver returns them (lists as []any, integers as int64).
func sameProps(made, stored map[string]any) bool {
	if len(made) != len(stored) {
		return false
	}
	for k, v := range made {
		if !reflect.DeepEqual(asStored(v), stored[k]) {
			return false
		}
	}
	return true
}

func asStored(v any) any {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Slice {
		return v
	}
	out := make([]any, rv.Len())
	for i := range out {
		out[i] = rv.Index(i).Interface()
	}
	return out
}
