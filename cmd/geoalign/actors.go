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

func init() { commands = append(commands, newActorsCmd) }

// actorInfo is what `actors` tells about one actor.
type actorInfo struct {
	graph.Actor
	Edges int `json:"edges"`
}

func newActorsCmd(a *app) *cobra.Command {
	var kind, format string
	var all bool
	cmd := &cobra.Command{
		Use:   "actors [TEXT]",
		Short: "Browse the actors: their names and aliases, offices, and how many edges each has",
		Long: `actors lists the actors the graph has edges for (--all: every actor the
dictionary knows), most edges first. TEXT keeps those whose id, name or an
alias contains it; when one actor matches, its offices are shown too.`,
		Example: `  geoalign actors
  geoalign actors --kind official
  geoalign actors sharif`,
		Args: actorArgs(0, 1, "actors [TEXT]"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFormat(format, "text", "json"); err != nil {
				return err
			}
			if kind != "" && !graph.Kind(kind).Valid() {
				return usageError{fmt.Errorf("--kind %q: want country, official, institution, group or event", kind)}
			}
			ctx := cmd.Context()
			eng, err := a.openEngine(ctx)
			if err != nil {
				return err
			}
			defer eng.close()
			edges, err := eng.store.Edges(ctx, nil, graph.EdgeFilter{})
			if err != nil {
				return err
			}
			count := map[string]int{}
			for _, e := range edges {
				count[e.Subject]++
				count[e.Object]++
			}
			text := ""
			if len(args) == 1 {
				text = strings.ToLower(strings.TrimSpace(args[0]))
			}
			var list []actorInfo
			for _, act := range eng.dir.Actors() {
				if (count[act.ID] == 0 && !all) || (kind != "" && string(act.Kind) != kind) || !mentions(act, text) {
					continue
				}
				list = append(list, actorInfo{Actor: act, Edges: count[act.ID]})
			}
			if len(list) == 0 {
				return fmt.Errorf("no actor matches %q; try `geoalign actors --all`", strings.Join(args, " "))
			}
			// a name written out in full ("trump") means that actor, not
			// every alias containing it ("Trump administration")
			var exact []actorInfo
			for _, ai := range list {
				if text != "" && names(ai.Actor, text) {
					exact = append(exact, ai)
				}
			}
			if len(exact) > 0 {
				list = exact
			}
			sort.SliceStable(list, func(i, j int) bool { return list[i].Edges > list[j].Edges })
			if format == "json" {
				return writeIndentedJSON(a.stdout, list)
			}
			return writeActors(a.stdout, list, eng.dir)
		},
	}
	f := cmd.Flags()
	f.StringVar(&kind, "kind", "", "only this kind: country, official, institution, group or event")
	f.BoolVar(&all, "all", false, "also the dictionary's actors that no edge touches")
	f.StringVar(&format, "format", "text", "output: text or json")
	addEngineFlags(cmd)
	return cmd
}

// mentions reports whether text occurs in the actor's id, name or aliases.
func mentions(a graph.Actor, text string) bool {
	if text == "" {
		return true
	}
	for _, s := range append([]string{a.ID, a.Name}, a.Aliases...) {
		if strings.Contains(strings.ToLower(s), text) {
			return true
		}
	}
	return false
}

// names reports whether text is the actor's id, name or an alias.
func names(a graph.Actor, text string) bool {
	for _, s := range append([]string{a.ID, a.Name}, a.Aliases...) {
		if strings.ToLower(s) == text {
			return true
		}
	}
	return false
}

func writeActors(w io.Writer, list []actorInfo, dir *graph.Directory) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tNAME\tKIND\tEDGES\tALIASES")
	for _, a := range list {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\n", a.ID, a.Name, a.Kind, a.Edges, clip(strings.Join(a.Aliases, ", "), 60))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(list) != 1 || len(list[0].Offices) == 0 {
		return nil
	}
	if _, err := fmt.Fprintf(w, "\nOffices of %s:\n", list[0].Name); err != nil {
		return err
	}
	for _, o := range list[0].Offices {
		span := o.From.String() + "–" + o.To.String()
		if o.From.IsZero() && o.To.IsZero() {
			span = "dates unknown"
		}
		if _, err := fmt.Fprintf(w, "  %s of %s, %s\n", o.Role, dir.Name(o.Of), span); err != nil {
			return err
		}
	}
	return nil
}
