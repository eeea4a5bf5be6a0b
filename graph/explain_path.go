package graph

import (
	"fmt"
	"io"
	"strings"
)

// PathReport is a path query and its answer, as every path format renders
// it.
type PathReport struct {
	Query PathQuery
	Paths []Path
}

// Conditions describes the query's filters in words: "as of 2017,
// relations met, visited, country level"; "" when there are none.
func (q PathQuery) Conditions() string {
	return DescribeFilter(q.Filter(), q.CountryLevel)
}

// DescribeFilter describes a filter in words: "since 2014; as of 2017;
// relations met, visited; country level", "" when there is none.
func DescribeFilter(f EdgeFilter, countryLevel bool) string {
	var parts []string
	if !f.Since.IsZero() {
		parts = append(parts, "since "+f.Since.String())
	}
	if !f.AsOf.IsZero() {
		parts = append(parts, "as of "+f.AsOf.String())
	}
	if len(f.Relations) > 0 {
		parts = append(parts, "relations "+strings.Join(f.Relations, ", "))
	}
	if len(f.Exclude) > 0 {
		parts = append(parts, "excluding "+strings.Join(f.Exclude, ", "))
	}
	if countryLevel {
		parts = append(parts, "country level")
	}
	return strings.Join(parts, "; ")
}

// WritePathsText writes each path hop by hop, every edge with the
// sentences citing it, then a one-line summary per path.
func WritePathsText(w io.Writer, r PathReport, dir *Directory, vocab Relations) error {
	ew := &errWriter{w: w}
	head := fmt.Sprintf("%s → %s", dir.Name(r.Query.From), dir.Name(r.Query.To))
	if c := r.Query.Conditions(); c != "" {
		head += " (" + c + ")"
	}
	ew.printf("%s: %s\n", head, plural(len(r.Paths), "path", "paths"))
	for i, p := range r.Paths {
		ew.printf("\n%d. %s\n", i+1, strings.Join(actorNames(p.Actors(), dir), " – "))
		for _, h := range p.Hops {
			for _, e := range h.Edges {
				ew.printf("   %s\n", EdgeLine(e, h.From, dir, vocab))
				for _, c := range e.Citations {
					ew.printf("       %s\n", CitationLine(c))
				}
			}
		}
		ew.printf("   %s\n", PathSummary(p, dir))
	}
	return ew.err
}

// PathSummary says in one line what a path rests on: "Pakistan reaches
// India in 2 hops via Russia: 3 events (2014–2016), cited by 3 sentences
// in 1 document."
func PathSummary(p Path, dir *Directory) string {
	ids := p.Actors()
	if len(ids) < 2 {
		return ""
	}
	var edges []Edge
	sentences, docs := map[string]bool{}, map[string]bool{}
	for _, h := range p.Hops {
		for _, e := range h.Edges {
			edges = append(edges, e)
			for _, c := range e.Citations {
				docs[c.Doc] = true
				sentences[fmt.Sprintf("%s#%d", c.Doc, c.Sentence)] = true
			}
		}
	}
	from, to := dir.Name(ids[0]), dir.Name(ids[len(ids)-1])
	var s string
	if len(p.Hops) == 1 {
		s = fmt.Sprintf("%s and %s are directly linked", from, to)
	} else {
		s = fmt.Sprintf("%s reaches %s in %d hops via %s", from, to, len(p.Hops), andList(actorNames(ids[1:len(ids)-1], dir)))
	}
	s += ": " + plural(len(edges), "event", "events")
	if span := Span(edges); span != "" {
		s += " (" + span + ")"
	}
	return s + fmt.Sprintf(", cited by %s in %s.", plural(len(sentences), "sentence", "sentences"), plural(len(docs), "document", "documents"))
}

func actorNames(ids []string, dir *Directory) []string {
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = dir.Name(id)
	}
	return names
}

// errWriter keeps the first write error, so renderers can print freely
// and check once.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}
