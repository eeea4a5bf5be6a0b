package graph

import (
	"encoding/json"
	"io"
)

// ActorRef names an actor in JSON output.
type ActorRef struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Kind Kind   `json:"kind,omitempty"`
}

// Ref is the actor's JSON reference, named from dir.
func (d *Directory) Ref(id string) ActorRef {
	a, ok := d.Actor(id)
	if !ok {
		return ActorRef{ID: id, Name: id}
	}
	return ActorRef{ID: a.ID, Name: a.Name, Kind: a.Kind}
}

type pathQueryJSON struct {
	From         string   `json:"from"`
	To           string   `json:"to"`
	AsOf         Date     `json:"as_of,omitzero"`
	Since        Date     `json:"since,omitzero"`
	Relations    []string `json:"relations,omitempty"`
	Exclude      []string `json:"exclude,omitempty"`
	K            int      `json:"k"`
	MaxHops      int      `json:"max_hops"`
	CountryLevel bool     `json:"country_level"`
}

type pathJSON struct {
	Actors  []ActorRef `json:"actors"`
	Hops    []Hop      `json:"hops"`
	Summary string     `json:"summary"`
}

type pathReportJSON struct {
	Query pathQueryJSON `json:"query"`
	From  ActorRef      `json:"from"`
	To    ActorRef      `json:"to"`
	Paths []pathJSON    `json:"paths"`
}

// WritePathsJSON writes the report as one JSON object: the query, both
// ends, and each path with its actors, hops (every edge with every
// citation, full document ids) and summary.
func WritePathsJSON(w io.Writer, r PathReport, dir *Directory) error {
	q := r.Query
	out := pathReportJSON{
		Query: pathQueryJSON{From: q.From, To: q.To, AsOf: q.AsOf, Since: q.Since, Relations: q.Relations,
			Exclude: q.Exclude, K: q.K, MaxHops: q.MaxHops, CountryLevel: q.CountryLevel},
		From:  dir.Ref(q.From),
		To:    dir.Ref(q.To),
		Paths: []pathJSON{},
	}
	for _, p := range r.Paths {
		pj := pathJSON{Hops: p.Hops, Summary: PathSummary(p, dir)}
		for _, id := range p.Actors() {
			pj.Actors = append(pj.Actors, dir.Ref(id))
		}
		out.Paths = append(out.Paths, pj)
	}
	return writeJSON(w, out)
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
