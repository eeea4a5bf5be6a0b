package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/geoalign/geoalign/cypher"
)

func init() { commands = append(commands, newCypherCmd) }

func newCypherCmd(a *app) *cobra.Command {
	var output string
	cmd := &cobra.Command{
		Use:   "cypher [PATH...]",
		Short: "Write the facts of documents (default seeds/) as a Cypher script for the Neo4j Browser or cypher-shell",
		Long: `Write the facts of documents (files or folders; default seeds/) as one
self-contained Cypher script: paste it into the Neo4j Browser (multi-statement
mode) or run it with cypher-shell -f. It gives the same graph as
"geoalign load", and running it twice changes nothing.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			x, err := a.extractPaths(cmd.Context(), args)
			if err != nil {
				return err
			}
			ds := datasetOf(x)
			if output == "" || output == "-" {
				if err := cypher.NewEncoder(a.stdout).Encode(ds); err != nil {
					return err
				}
			} else if err := writeScript(output, ds); err != nil {
				return err
			}
			fmt.Fprintf(a.stderr, "geoalign: %s\n", x.summary())
			return readProblems(x)
		},
	}
	cmd.Flags().StringVarP(&output, "output", "o", "", "write the script to this file instead of standard output")
	return cmd
}

// writeScript writes the script beside path and renames it into place, so
// a failure never leaves a truncated script behind.
func writeScript(path string, ds cypher.Dataset) error {
	f, err := os.CreateTemp(filepath.Dir(path), ".geoalign-*.cypher")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(f.Name())
	if err := cypher.NewEncoder(f).Encode(ds); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Chmod(f.Name(), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(f.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// datasetOf is what an extraction puts into Neo4j.
func datasetOf(x *extraction) cypher.Dataset {
	ds := cypher.Dataset{Actors: x.Dict.GraphActors(), Relations: x.Dict.Vocabulary()}
	for _, doc := range x.Corpus.Documents {
		ds.Documents = append(ds.Documents, cypher.Document{Document: doc, Facts: x.PerDoc[doc.ID]})
	}
	return ds
}

// readProblems fails a command when some documents could not be read, after
// it has done its work with the others.
func readProblems(x *extraction) error {
	if n := len(x.Corpus.Problems); n > 0 {
		return fmt.Errorf("%d of %d documents could not be read", n, n+len(x.Corpus.Documents))
	}
	return nil
}
