package main

import (
	"github.com/spf13/cobra"

	"github.com/geoalign/geoalign/graph"
)

func init() { commands = append(commands, newAlignCmd) }

func newAlignCmd(a *app) *cobra.Command {
	var ff filterFlags
	var format string
	cmd := &cobra.Command{
		Use:   "align A B",
		Short: "Weigh how two actors stand toward each other, year by year, with the facts behind every figure",
		Long: `align adds up the direct edges between A and B, each worth its relation's
weight (cooperation +, conflict −; negated and denied facts count for
nothing), year by year, undated ones in a row of their own. It then adds
indirect evidence by structural balance from every third actor both relate
to: a friend of a friend counts +, an enemy of a friend −, an enemy of an
enemy +, as strong as the weaker of the two links. The score is the direct
sum plus half the mean of the indirect paths.`,
		Example: `  geoalign align Pakistan "United States" --country-level
  geoalign align India Russia --since 2014 --format json`,
		Args: actorArgs(2, 2, "align A B"),
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
			x, y, err := eng.resolvePair(args[0], args[1])
			if err != nil {
				return err
			}
			for _, end := range []graph.Actor{x, y} {
				if err := eng.requireEdges(ctx, end, f, ff.countryLevel); err != nil {
					return err
				}
			}
			al, err := graph.Align(ctx, eng.store, eng.dir, eng.vocab, graph.AlignQuery{A: x.ID, B: y.ID, Filter: f, CountryLevel: ff.countryLevel})
			if err != nil {
				return err
			}
			if format == "json" {
				return graph.WriteAlignJSON(a.stdout, al, eng.dir)
			}
			return graph.WriteAlignText(a.stdout, al, f, eng.dir, eng.vocab)
		},
	}
	ff.register(cmd)
	addEngineFlags(cmd)
	cmd.Flags().StringVar(&format, "format", "text", "output: text or json")
	return cmd
}
