package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/geoalign/geoalign/graph"
)

func init() { commands = append(commands, newPathCmd) }

func newPathCmd(a *app) *cobra.Command {
	var ff filterFlags
	var k, maxHops int
	var format string
	cmd := &cobra.Command{
		Use:   "path A B",
		Short: "Explain how two actors are connected: the shortest paths, each hop with its dated edges and the sentences citing them",
		Long: `path finds the shortest chains of actors linking A and B (direction ignored)
and shows every edge of every hop, oldest first, with the sentences that
state it and where they are, so a person can check each step.

Actors are named as you like: "Pakistan", "Islamabad", "pakistani" and
"pakistan" are one actor. Several paths (--k) come fewest hops first, then
in actor-id order.`,
		Example: `  geoalign path Pakistan Russia
  geoalign path India Pakistan --as-of 2017
  geoalign path Pakistan "United States" --country-level --k 3 --format dot | dot -Tsvg > path.svg`,
		Args: actorArgs(2, 2, "path A B"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFormat(format, "text", "json", "dot", "mermaid"); err != nil {
				return err
			}
			if k < 1 || maxHops < 1 {
				return usageError{fmt.Errorf("--k and --max-hops must be at least 1")}
			}
			ctx := cmd.Context()
			eng, f, err := a.openFilteredEngine(ctx, &ff)
			if err != nil {
				return err
			}
			defer eng.close()
			from, to, err := eng.resolvePair(args[0], args[1])
			if err != nil {
				return err
			}
			q := graph.PathQuery{From: from.ID, To: to.ID, AsOf: f.AsOf, Since: f.Since, Relations: f.Relations,
				Exclude: f.Exclude, K: k, MaxHops: maxHops, CountryLevel: ff.countryLevel}
			for _, end := range []graph.Actor{from, to} {
				if err := eng.requireEdges(ctx, end, f, ff.countryLevel); err != nil {
					return err
				}
			}
			paths, err := eng.store.ShortestPaths(ctx, q)
			if err != nil {
				return err
			}
			if len(paths) == 0 {
				msg := fmt.Sprintf("no path between %s and %s within %d hops", from.Name, to.Name, maxHops)
				if c := q.Conditions(); c != "" {
					msg += " (" + c + ")"
				}
				return fmt.Errorf("%s", msg)
			}
			r := graph.PathReport{Query: q, Paths: paths}
			switch format {
			case "json":
				return graph.WritePathsJSON(a.stdout, r, eng.dir)
			case "dot":
				return graph.WritePathsDOT(a.stdout, r, eng.dir, eng.vocab)
			case "mermaid":
				return graph.WritePathsMermaid(a.stdout, r, eng.dir, eng.vocab)
			}
			return graph.WritePathsText(a.stdout, r, eng.dir, eng.vocab)
		},
	}
	ff.register(cmd)
	addEngineFlags(cmd)
	fl := cmd.Flags()
	fl.IntVar(&k, "k", 1, "how many paths: the shortest first, then longer ones if k asks for more")
	fl.IntVar(&maxHops, "max-hops", graph.DefaultMaxHops, "longest path considered")
	fl.StringVar(&format, "format", "text", "output: text, json, dot (Graphviz) or mermaid")
	return cmd
}
