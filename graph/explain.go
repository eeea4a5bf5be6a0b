package graph

import (
	"fmt"
	"strings"
)

// The pieces every human-readable explanation is made of: an edge read
// from one of its ends, and the sentences that cite it.

// RelationLabel is a relation's name as prose: "lifted embargo on".
func RelationLabel(name string) string { return strings.ReplaceAll(name, "_", " ") }

// EdgeDetails is what an edge line says in parentheses: its date (or
// "undated"), the goods traded, the parties of a mediation, and a
// modality other than asserted.
func EdgeDetails(e Edge, dir *Directory) string {
	parts := []string{e.Date.String()}
	if e.Date.IsZero() {
		parts[0] = "undated"
	}
	if e.Goods != "" {
		parts = append(parts, e.Goods)
	}
	if len(e.Between) > 1 {
		names := make([]string, len(e.Between))
		for i, id := range e.Between {
			names[i] = dir.Name(id)
		}
		parts = append(parts, "between "+andList(names))
	}
	if e.Modality != "" && e.Modality != Asserted {
		parts = append(parts, string(e.Modality))
	}
	return strings.Join(parts, ", ")
}

// EdgeLine renders e read from the actor from, with the arrow in the
// edge's real direction: "Pakistan —abstained (2023-04)→ UN General
// Assembly", "Pakistan ←lifted embargo on (2014)— Russia", and both heads
// for a symmetric relation.
func EdgeLine(e Edge, from string, dir *Directory, vocab Relations) string {
	near, far := e.Subject, e.Object
	if from == e.Object {
		near, far = e.Object, e.Subject
	}
	label := fmt.Sprintf("%s (%s)", RelationLabel(e.Relation), EdgeDetails(e, dir))
	switch {
	case vocab[e.Relation].Symmetric:
		return fmt.Sprintf("%s ←%s→ %s", dir.Name(near), label, dir.Name(far))
	case near == e.Subject:
		return fmt.Sprintf("%s —%s→ %s", dir.Name(near), label, dir.Name(far))
	}
	return fmt.Sprintf("%s ←%s— %s", dir.Name(near), label, dir.Name(far))
}

// CitationLine quotes a citation's sentence and says where it is:
// "In 2016, …"  [doc 003_2f…, sentence 14]. The sentence is quoted as it
// is, inner quotes included, so it can be searched for in the document.
func CitationLine(c Citation) string {
	return fmt.Sprintf("\"%s\"  [doc %s, sentence %d]", strings.Join(strings.Fields(c.Evidence), " "), ShortDoc(c.Doc), c.Sentence)
}

// ShortDoc keeps a hashed document id readable: 000_6c03606419eea82a →
// 000_6c…; the JSON output keeps the full id.
func ShortDoc(id string) string {
	if len([]rune(id)) > 8 {
		return string([]rune(id)[:6]) + "…"
	}
	return id
}

// Span is the years a set of edges covers, "2014–2023" or "2016", and ""
// when none is dated.
func Span(edges []Edge) string {
	lo, hi := 0, 0
	for _, e := range edges {
		y := e.Date.Year
		if y == 0 {
			continue
		}
		if lo == 0 || y < lo {
			lo = y
		}
		if y > hi {
			hi = y
		}
	}
	switch {
	case lo == 0:
		return ""
	case lo == hi:
		return fmt.Sprint(lo)
	}
	return fmt.Sprintf("%d–%d", lo, hi)
}

// andList joins ["a","b","c"] as "a, b and c".
func andList(items []string) string {
	if len(items) <= 1 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
