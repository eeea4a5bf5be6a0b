package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/geoalign/geoalign/graph"
)

func init() { commands = append(commands, newTimelineCmd) }

func newTimelineCmd(a *app) *cobra.Command {
	var ff filterFlags
	var format string
	cmd := &cobra.Command{
		Use:   "timeline A [B]",
		Short: "List every edge touching A (or linking A and B), oldest first, with the sentences citing it",
		Example: `  geoalign timeline Pakistan
  geoalign timeline Pakistan "United States" --country-level --since 2011`,
		Args: actorArgs(1, 2, "timeline A [B]"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFormat(format, "text", "json"); err != nil {
				return err
			}
			ctx := cmd.Context()
			eng, f, err := a.openFilteredEngine(ctx, &ff)
			if err != nil {
				return err
			}
			defer eng.close()
			ends := []graph.Actor{}
			if len(args) == 2 {
				x, y, err := eng.resolvePair(args[0], args[1])
				if err != nil {
					return err
				}
				ends = append(ends, x, y)
			} else {
				x, err := eng.resolve(args[0])
				if err != nil {
					return err
				}
				ends = append(ends, x)
			}
			for _, end := range ends {
				if err := eng.requireEdges(ctx, end, f, ff.countryLevel); err != nil {
					return err
				}
			}
			edges, err := eng.edges(ctx, []string{ends[0].ID}, f, ff.countryLevel)
			if err != nil {
				return err
			}
			if len(ends) == 2 {
				edges = linking(edges, ends[0].ID, ends[1].ID)
				if len(edges) == 0 {
					return fmt.Errorf("no edge links %s and %s directly; `geoalign path` finds the chains between them", ends[0].Name, ends[1].Name)
				}
			}
			graph.SortByDate(edges)
			if format == "json" {
				return writeTimelineJSON(a.stdout, ends, f, ff.countryLevel, edges, eng.dir)
			}
			return writeTimelineText(a.stdout, ends, f, ff.countryLevel, edges, eng)
		},
	}
	ff.register(cmd)
	addEngineFlags(cmd)
	cmd.Flags().StringVar(&format, "format", "text", "output: text or json")
	return cmd
}

// linking keeps the edges between x and y.
func linking(edges []graph.Edge, x, y string) []graph.Edge {
	var out []graph.Edge
	for _, e := range edges {
		if e.Subject == x && e.Object == y || e.Subject == y && e.Object == x {
			out = append(out, e)
		}
	}
	return out
}

func timelineHead(ends []graph.Actor, f graph.EdgeFilter, countryLevel bool, edges []graph.Edge) string {
	head := ends[0].Name
	if len(ends) == 2 {
		head += " and " + ends[1].Name
	}
	if c := graph.DescribeFilter(f, countryLevel); c != "" {
		head += " (" + c + ")"
	}
	events := fmt.Sprintf("%d events", len(edges))
	if len(edges) == 1 {
		events = "1 event"
	}
	head += ": " + events
	if span := graph.Span(edges); span != "" {
		head += ", " + span
	}
	return head
}

func writeTimelineText(w io.Writer, ends []graph.Actor, f graph.EdgeFilter, countryLevel bool, edges []graph.Edge, eng *engine) error {
	if _, err := fmt.Fprintf(w, "%s\n\n", timelineHead(ends, f, countryLevel, edges)); err != nil {
		return err
	}
	for _, e := range edges {
		date := e.Date.String()
		if date == "" {
			date = "undated"
		}
		if _, err := fmt.Fprintf(w, "%-10s  %s\n", date, graph.EdgeLine(e, ends[0].ID, eng.dir, eng.vocab)); err != nil {
			return err
		}
		for _, c := range e.Citations {
			if _, err := fmt.Fprintf(w, "%-10s      %s\n", "", graph.CitationLine(c)); err != nil {
				return err
			}
		}
	}
	return nil
}

type timelineJSON struct {
	Actors       []graph.ActorRef `json:"actors"`
	Conditions   string           `json:"conditions,omitempty"`
	CountryLevel bool             `json:"country_level"`
	Summary      string           `json:"summary"`
	Edges        []graph.Edge     `json:"edges"`
}

func writeTimelineJSON(w io.Writer, ends []graph.Actor, f graph.EdgeFilter, countryLevel bool, edges []graph.Edge, dir *graph.Directory) error {
	out := timelineJSON{Conditions: graph.DescribeFilter(f, false), CountryLevel: countryLevel,
		Summary: timelineHead(ends, f, countryLevel, edges), Edges: edges}
	for _, a := range ends {
		out.Actors = append(out.Actors, dir.Ref(a.ID))
	}
	return writeIndentedJSON(w, out)
}
