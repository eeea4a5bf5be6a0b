package graph

// drawing is what a diagram of paths shows: every actor once, in order of
// first appearance, and every edge once (paths share hops), in the order
// the paths walk them.
type drawing struct {
	actors []string
	edges  []Edge
	ends   map[string]bool // the query's two ends, drawn in bold
}

func newDrawing(r PathReport) drawing {
	d := drawing{ends: map[string]bool{r.Query.From: true, r.Query.To: true}}
	seenActor, seenEdge := map[string]bool{}, map[string]bool{}
	for _, p := range r.Paths {
		for _, id := range p.Actors() {
			if !seenActor[id] {
				seenActor[id] = true
				d.actors = append(d.actors, id)
			}
		}
		for _, h := range p.Hops {
			for _, e := range h.Edges {
				if !seenEdge[e.Key] {
					seenEdge[e.Key] = true
					d.edges = append(d.edges, e)
				}
			}
		}
	}
	return d
}

// edgeCaption is an edge's caption in a diagram: "lifted embargo on
// (2014)".
func edgeCaption(e Edge, dir *Directory) string {
	return RelationLabel(e.Relation) + " (" + EdgeDetails(e, dir) + ")"
}
