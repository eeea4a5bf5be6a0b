package graph

import (
	"io"
	"strings"
)

// mermaidShapes opens and closes a node's label for each kind of actor.
var mermaidShapes = map[Kind][2]string{
	Country: {"[", "]"}, Official: {"(", ")"}, Institution: {"{{", "}}"}, Group: {"([", "])"}, Event: {">", "]"},
}

// WritePathsMermaid writes the paths as a Mermaid flowchart: actors as
// nodes shaped by kind, each edge once in its real direction (<--> for a
// symmetric relation, dotted when only claimed) captioned with its
// relation and date.
func WritePathsMermaid(w io.Writer, r PathReport, dir *Directory, vocab Relations) error {
	ew := &errWriter{w: w}
	d := newDrawing(r)
	ew.printf("flowchart LR\n")
	for _, id := range d.actors {
		a, _ := dir.Actor(id)
		shape, ok := mermaidShapes[a.Kind]
		if !ok {
			shape = mermaidShapes[Country]
		}
		ew.printf("  %s%s%s%s\n", mermaidID(id), shape[0], mermaidQuote(dir.Name(id)), shape[1])
	}
	for _, e := range d.edges {
		arrow := "-->"
		switch {
		case e.Modality == Claimed:
			arrow = "-.->"
		case vocab[e.Relation].Symmetric:
			arrow = "<-->"
		}
		ew.printf("  %s %s|%s| %s\n", mermaidID(e.Subject), arrow, mermaidQuote(edgeCaption(e, dir)), mermaidID(e.Object))
	}
	for _, id := range d.actors {
		if d.ends[id] {
			ew.printf("  style %s stroke-width:3px\n", mermaidID(id))
		}
	}
	return ew.err
}

// mermaidID makes an actor id a safe Mermaid node id: a prefix keeps ids
// like "end" from being read as keywords, and hyphens become underscores.
func mermaidID(id string) string { return "a_" + strings.ReplaceAll(id, "-", "_") }

// mermaidQuote makes s a quoted Mermaid label; quotes become the #quot;
// entity, the only escape Mermaid labels have.
func mermaidQuote(s string) string {
	return `"` + strings.ReplaceAll(strings.ReplaceAll(s, `"`, "#quot;"), "\n", " ") + `"`
}
