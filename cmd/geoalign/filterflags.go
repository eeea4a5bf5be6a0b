package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/geoalign/geoalign/graph"
)

// filterFlags are the edge filters every query command takes.
type filterFlags struct {
	asOf, since, rel, exclude string
	countryLevel              bool
}

func (ff *filterFlags) register(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringVar(&ff.asOf, "as-of", "", "only edges dated wholly on or before this date (YYYY, YYYY-MM or YYYY-MM-DD); undated edges drop out")
	f.StringVar(&ff.since, "since", "", "only edges dated from this date on (YYYY, YYYY-MM or YYYY-MM-DD); undated edges drop out")
	f.StringVar(&ff.rel, "rel", "", "only these relations, comma-separated (e.g. met,visited)")
	f.StringVar(&ff.exclude, "exclude-rel", "", "never these relations, comma-separated")
	f.BoolVar(&ff.countryLevel, "country-level", false, "count an official's acts as acts of the state served on the date")
}

// filter parses the flags; every mistake is a usage error naming the flag.
func (ff *filterFlags) filter(vocab graph.Relations) (graph.EdgeFilter, error) {
	var f graph.EdgeFilter
	var err error
	if f.AsOf, err = graph.ParseDate(ff.asOf); err != nil {
		return f, usageError{fmt.Errorf("--as-of: %w", err)}
	}
	if f.Since, err = graph.ParseDate(ff.since); err != nil {
		return f, usageError{fmt.Errorf("--since: %w", err)}
	}
	if !f.AsOf.IsZero() && !f.Since.IsZero() && f.Since.Start() > f.AsOf.End() {
		return f, usageError{fmt.Errorf("--since %s is after --as-of %s: no date is in both", f.Since, f.AsOf)}
	}
	if f.Relations, err = vocab.ParseList(ff.rel); err != nil {
		return f, usageError{fmt.Errorf("--rel: %w", err)}
	}
	if f.Exclude, err = vocab.ParseList(ff.exclude); err != nil {
		return f, usageError{fmt.Errorf("--exclude-rel: %w", err)}
	}
	return f, nil
}

// checkFormat rejects a --format outside the allowed ones.
func checkFormat(format string, allowed ...string) error {
	for _, a := range allowed {
		if format == a {
			return nil
		}
	}
	return usageError{fmt.Errorf("--format %q: want %s", format, strings.Join(allowed, ", "))}
}

// actorArgs accepts between least and most actor names, and otherwise
// says how the command is called.
func actorArgs(least, most int, usage string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) >= least && len(args) <= most {
			return nil
		}
		return usageError{fmt.Errorf("usage: geoalign %s (quote names with spaces: \"United States\")", usage)}
	}
}

// openFilteredEngine opens the query engine and reads the edge filter the
// flags ask for, which needs the engine's vocabulary.
func (a *app) openFilteredEngine(ctx context.Context, ff *filterFlags) (*engine, graph.EdgeFilter, error) {
	eng, err := a.openEngine(ctx)
	if err != nil {
		return nil, graph.EdgeFilter{}, err
	}
	f, err := ff.filter(eng.vocab)
	if err != nil {
		eng.close()
		return nil, graph.EdgeFilter{}, err
	}
	return eng, f, nil
}
