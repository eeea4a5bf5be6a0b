package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/geoalign/geoalign/graph"
)

func init() { commands = append(commands, newNeighborsCmd) }

// neighbor is one actor an actor has edges with, summed up.
type neighbor struct {
	Actor     graph.ActorRef `json:"actor"`
	Events    int            `json:"events"`
	Net       float64        `json:"net"` // sum of the relations' weights
	Span      string         `json:"years,omitempty"`
	Relations map[string]int `json:"relations"`
}

func newNeighborsCmd(a *app) *cobra.Command {
	var ff filterFlags
	var format string
	cmd := &cobra.Command{
		Use:     "neighbors A",
		Aliases: []string{"neighbours"},
		Short:   "List the actors A has edges with: how many events, their net weight, the years and relations",
		Example: `  geoalign neighbors Pakistan
  geoalign neighbors Russia --country-level --since 2014`,
		Args: actorArgs(1, 1, "neighbors A"),
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
			x, err := eng.resolve(args[0])
			if err != nil {
				return err
			}
			if err := eng.requireEdges(ctx, x, f, ff.countryLevel); err != nil {
				return err
			}
			edges, err := eng.edges(ctx, []string{x.ID}, f, ff.countryLevel)
			if err != nil {
				return err
			}
			ns := neighborsOf(x.ID, edges, eng)
			if format == "json" {
				return writeIndentedJSON(a.stdout, struct {
					Actor      graph.ActorRef `json:"actor"`
					Conditions string         `json:"conditions,omitempty"`
					Neighbors  []neighbor     `json:"neighbors"`
				}{eng.dir.Ref(x.ID), graph.DescribeFilter(f, ff.countryLevel), ns})
			}
			head := x.Name
			if c := graph.DescribeFilter(f, ff.countryLevel); c != "" {
				head += " (" + c + ")"
			}
			return writeNeighbors(a.stdout, head, ns)
		},
	}
	ff.register(cmd)
	addEngineFlags(cmd)
	cmd.Flags().StringVar(&format, "format", "text", "output: text or json")
	return cmd
}

// neighborsOf sums id's edges by the actor at the other end: most events
// first, then the strongest net weight, then by name.
func neighborsOf(id string, edges []graph.Edge, eng *engine) []neighbor {
	by := map[string]*neighbor{}
	spans := map[string][]graph.Edge{}
	for _, e := range edges {
		other := e.Other(id)
		n, ok := by[other]
		if !ok {
			n = &neighbor{Actor: eng.dir.Ref(other), Relations: map[string]int{}}
			by[other] = n
		}
		n.Events++
		n.Net += eng.vocab[e.Relation].Weight
		n.Relations[e.Relation]++
		spans[other] = append(spans[other], e)
	}
	out := make([]neighbor, 0, len(by))
	for other, n := range by {
		n.Span = graph.Span(spans[other])
		out = append(out, *n)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Events != b.Events {
			return a.Events > b.Events
		}
		if abs(a.Net) != abs(b.Net) {
			return abs(a.Net) > abs(b.Net)
		}
		return a.Actor.Name < b.Actor.Name
	})
	return out
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func writeNeighbors(w io.Writer, head string, ns []neighbor) error {
	if _, err := fmt.Fprintf(w, "%s: %d neighbours\n\n", head, len(ns)); err != nil {
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "NEIGHBOUR\tEVENTS\tNET\tYEARS\tRELATIONS")
	for _, n := range ns {
		rels := make([]string, 0, len(n.Relations))
		for r, c := range n.Relations {
			if c > 1 {
				r = fmt.Sprintf("%s ×%d", r, c)
			}
			rels = append(rels, r)
		}
		sort.Strings(rels)
		span := n.Span
		if span == "" {
			span = "undated"
		}
		fmt.Fprintf(tw, "%s\t%d\t%+.0f\t%s\t%s\n", n.Actor.Name, n.Events, n.Net, span, strings.Join(rels, ", "))
	}
	return tw.Flush()
}
