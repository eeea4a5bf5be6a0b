package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/geoalign/geoalign/graph"
)

func init() { commands = append(commands, newExtractCmd) }

func newExtractCmd(a *app) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "extract [PATH...]",
		Short: "Print the facts found in documents (files or folders; default seeds/)",
		RunE: func(cmd *cobra.Command, args []string) error {
			switch format {
			case "table", "jsonl", "json":
			default:
				return usageError{fmt.Errorf("--format %q: want table, jsonl or json", format)}
			}
			x, err := a.extractPaths(cmd.Context(), args)
			if err != nil {
				return err
			}
			if err := writeFacts(a.stdout, format, x.Facts); err != nil {
				return err
			}
			fmt.Fprintf(a.stderr, "geoalign: %s\n", x.summary())
			if len(x.Corpus.Problems) > 0 {
				return fmt.Errorf("%d of %d documents could not be read", len(x.Corpus.Problems), len(x.Corpus.Problems)+len(x.Corpus.Documents))
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "table", "output: table, jsonl (one fact record per line) or json (one array)")
	return cmd
}

func writeFacts(w io.Writer, format string, facts []graph.Fact) error {
	switch format {
	case "jsonl":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, f := range facts {
			if err := enc.Encode(f); err != nil {
				return err
			}
		}
		return nil
	case "json":
		if facts == nil {
			facts = []graph.Fact{}
		}
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(facts)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "DOC\tSENT\tSUBJECT\tRELATION\tOBJECT\tDATE\tMODALITY\tEVIDENCE")
	for _, f := range facts {
		date := f.Date.String()
		if date == "" {
			date = "undated"
		}
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%s\t%s\t%s\t%s\n", shortDoc(f.Doc), f.Sentence, f.Subject, f.Relation, f.Object, date, f.Modality, clip(f.Evidence, 90))
	}
	return tw.Flush()
}

// shortDoc keeps long hashed ids readable in a table: 000_6c03606419eea82a → 000_6c03…
func shortDoc(id string) string {
	if len(id) > 12 {
		return id[:8] + "…"
	}
	return id
}

func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
