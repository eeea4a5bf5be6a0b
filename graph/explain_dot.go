package graph

import (
	"io"
	"strings"
)

// dotShapes draws each kind of actor its own way.
var dotShapes = map[Kind]string{
	Country: "box", Official: "ellipse", Institution: "hexagon", Group: "octagon", Event: "note",
}

// WritePathsDOT writes the paths as a Graphviz digraph (`| dot -Tsvg`):
// actors as nodes shaped by kind, each edge once in its real direction
// (both heads for a symmetric relation) captioned with its relation and
// date, its citing sentences as the tooltip.
func WritePathsDOT(w io.Writer, r PathReport, dir *Directory, vocab Relations) error {
	ew := &errWriter{w: w}
	d := newDrawing(r)
	ew.printf("digraph geoalign {\n")
	ew.printf("  graph [rankdir=LR, fontname=\"Helvetica\"];\n")
	ew.printf("  node [fontname=\"Helvetica\", style=rounded];\n")
	ew.printf("  edge [fontname=\"Helvetica\", fontsize=10];\n")
	for _, id := range d.actors {
		a, _ := dir.Actor(id)
		shape := dotShapes[a.Kind]
		if shape == "" {
			shape = "box"
		}
		extra := ""
		if d.ends[id] {
			extra = ", penwidth=2"
		}
		ew.printf("  %s [label=%s, shape=%s%s];\n", dotQuote(id), dotQuote(dir.Name(id)), shape, extra)
	}
	for _, e := range d.edges {
		var cites []string
		for _, c := range e.Citations {
			cites = append(cites, CitationLine(c))
		}
		extra := ""
		if vocab[e.Relation].Symmetric {
			extra = ", dir=both"
		}
		if e.Modality == Claimed {
			extra += ", style=dashed"
		}
		ew.printf("  %s -> %s [label=%s, tooltip=%s%s];\n", dotQuote(e.Subject), dotQuote(e.Object),
			dotQuote(edgeCaption(e, dir)), dotQuote(strings.Join(cites, "\n")), extra)
	}
	ew.printf("}\n")
	return ew.err
}

// dotQuote makes s a DOT double-quoted string; newlines become \n, the
// DOT escape for a centred line break.
func dotQuote(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\r", "")
	return `"` + r.Replace(s) + `"`
}
