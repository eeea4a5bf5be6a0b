package graph

import (
	"sort"
	"strings"
)

// Citation is one document sentence behind an edge.
type Citation struct {
	Doc        string   `json:"doc"`
	Sentence   int      `json:"sentence"`
	Evidence   string   `json:"evidence"`
	Date       Date     `json:"date"`
	Confidence float64  `json:"confidence"`
	Modality   Modality `json:"modality"`
}

// Edge is one event in the graph: every fact with the same subject,
// relation, object, modality and year, whose dates are compatible, cites the
// same edge, so a much-reported event is counted once.
type Edge struct {
	Key       string     `json:"key"`
	Subject   string     `json:"subject"`
	Relation  string     `json:"relation"`
	Object    string     `json:"object"`
	Date      Date       `json:"date"`
	Modality  Modality   `json:"modality"`
	Between   []string   `json:"between,omitempty"`
	Goods     string     `json:"goods,omitempty"`
	Role      string     `json:"role,omitempty"`
	Citations []Citation `json:"citations"`
}

// Sources is the number of distinct documents citing e.
func (e Edge) Sources() int {
	seen := map[string]bool{}
	for _, c := range e.Citations {
		seen[c.Doc] = true
	}
	return len(seen)
}

// Other is the endpoint of e that is not id.
func (e Edge) Other(id string) string {
	if e.Subject == id {
		return e.Object
	}
	return e.Subject
}

// EdgeKey identifies the event a fact reports. Symmetric relations put the
// smaller id first so "Russia held exercises with Pakistan" and "Pakistan
// held exercises with Russia" are one event.
func EdgeKey(subject, relation, object string, date Date, modality Modality, symmetric bool) string {
	if symmetric && object < subject {
		subject, object = object, subject
	}
	year := "undated"
	if !date.IsZero() {
		year = date.String()[:4]
	}
	if modality == "" {
		modality = Asserted
	}
	return strings.Join([]string{subject, relation, object, year, string(modality)}, "|")
}

// MergedDate is the date an edge shows for its citations' dates: the most
// precise one when every other is contained in it (2016 and 2016-05 give
// 2016-05), otherwise the year they share. Cypher renders the same rule.
func MergedDate(dates []Date) Date {
	var best Date
	for _, d := range dates {
		if len(d.String()) > len(best.String()) {
			best = d
		}
	}
	for _, d := range dates {
		if !d.Contains(best) {
			return Date{Year: best.Year}
		}
	}
	return best
}

// MergeFacts turns facts into edges, one per event, in a deterministic order
// (by key). Facts naming an unknown relation are kept as they are: the
// vocabulary check is the extractor's and loader's job.
func MergeFacts(facts []Fact, vocab Relations) []Edge {
	byKey := map[string]*Edge{}
	var keys []string
	for _, f := range facts {
		sym := vocab[f.Relation].Symmetric
		key := EdgeKey(f.Subject, f.Relation, f.Object, f.Date, f.Modality, sym)
		e, ok := byKey[key]
		if !ok {
			s, o := f.Subject, f.Object
			if sym && o < s {
				s, o = o, s
			}
			e = &Edge{Key: key, Subject: s, Relation: f.Relation, Object: o, Modality: f.Modality}
			if e.Modality == "" {
				e.Modality = Asserted
			}
			byKey[key] = e
			keys = append(keys, key)
		}
		e.Citations = append(e.Citations, Citation{Doc: f.Doc, Sentence: f.Sentence, Evidence: f.Evidence, Date: f.Date, Confidence: f.Confidence, Modality: f.Modality})
		e.absorb(f.Between, f.Goods, f.Role)
	}
	return finishEdges(byKey, keys)
}

// absorb adds what another citation of the same event tells: its parties,
// goods and role, where the edge lacks them.
func (e *Edge) absorb(between []string, goods, role string) {
	e.Between = unionSorted(e.Between, between)
	if e.Goods == "" {
		e.Goods = goods
	}
	if e.Role == "" {
		e.Role = role
	}
}

// finishEdges puts each edge's citations in order, drops repeats, dates the
// edge by MergedDate, and returns the edges in key order.
func finishEdges(byKey map[string]*Edge, keys []string) []Edge {
	sort.Strings(keys)
	out := make([]Edge, 0, len(keys))
	for _, k := range keys {
		e := byKey[k]
		sortCitations(e.Citations)
		e.Citations = dedupCitations(e.Citations)
		dates := make([]Date, len(e.Citations))
		for i, c := range e.Citations {
			dates[i] = c.Date
		}
		e.Date = MergedDate(dates)
		out = append(out, *e)
	}
	return out
}

func sortCitations(cs []Citation) {
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].Doc != cs[j].Doc {
			return cs[i].Doc < cs[j].Doc
		}
		return cs[i].Sentence < cs[j].Sentence
	})
}

// dedupCitations drops a second citation of the same sentence (a sentence
// that states one event twice, or a document loaded twice).
func dedupCitations(cs []Citation) []Citation {
	out := cs[:0]
	for i, c := range cs {
		if i > 0 && c.Doc == cs[i-1].Doc && c.Sentence == cs[i-1].Sentence {
			continue
		}
		out = append(out, c)
	}
	return out
}

func unionSorted(a, b []string) []string {
	if len(b) == 0 {
		return a
	}
	seen := map[string]bool{}
	var out []string
	for _, s := range append(append([]string{}, a...), b...) {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}
