package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/geoalign/geoalign/cypher"
)

func init() { commands = append(commands, newLoadCmd) }

func newLoadCmd(a *app) *cobra.Command {
	var batch int
	cmd := &cobra.Command{
		Use:   "load [PATH...]",
		Short: "Load the facts of documents (default seeds/) into Neo4j",
		Long: `Load the facts of documents (files or folders; default seeds/) into Neo4j,
each document in one transaction: a document is loaded whole or not at all.
Loading a document again replaces its citations and changes nothing else.

Connection: --neo4j-uri, --neo4j-user, --neo4j-database, or GEOALIGN_NEO4J_URI,
_USER, _PASSWORD, _DATABASE, or the neo4j: section of geoalign.yaml. The
password is read from the environment or the file only.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if batch < 1 {
				return usageError{fmt.Errorf("--batch-size %d: want at least 1", batch)}
			}
			ctx := cmd.Context()
			x, err := a.extractPaths(ctx, args)
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stderr, "geoalign: %s\n", x.summary())
			d, database, err := a.neo4jDriver(ctx)
			if err != nil {
				return err
			}
			defer d.Close(ctx)
			l := cypher.NewLoader(d, database)
			l.BatchSize = batch
			l.Progress = cypher.NewProgress(a.stderr)
			s, err := l.Load(ctx, datasetOf(x))
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stderr, "geoalign: loaded into %s (database %s): %v\n", a.cfg.GetString(keyURI), database, s)
			return readProblems(x)
		},
	}
	cmd.Flags().IntVar(&batch, "batch-size", cypher.DefaultBatchSize, "rows per UNWIND statement")
	return cmd
}
