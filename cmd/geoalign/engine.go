package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/geoalign/geoalign/cypher"
	"github.com/geoalign/geoalign/dict"
	"github.com/geoalign/geoalign/embedded"
	"github.com/geoalign/geoalign/graph"
)

// keyFrom is the query commands' --from: what the embedded engine reads.
const keyFrom = "from"

// engine is what a query command works with: the store that answers, the
// directory that resolves and names actors, and the relation vocabulary.
type engine struct {
	store graph.Store
	dir   *graph.Directory
	vocab graph.Relations
	close func()
}

// addEngineFlags adds --from to a query command; --engine is global.
func addEngineFlags(cmd *cobra.Command) {
	cmd.Flags().StringSlice(keyFrom, nil,
		"for --engine embedded: documents (files or folders) to extract, or fact files (.jsonl, as written by extract --format jsonl); repeatable (default seeds/)")
}

// openEngine opens the engine --engine names: embedded (in process, from
// --from) or neo4j (the database --neo4j-uri names).
func (a *app) openEngine(ctx context.Context) (*engine, error) {
	switch name := a.cfg.GetString(keyEngine); name {
	case "embedded", "":
		return a.embeddedEngine(ctx)
	case "neo4j":
		return a.neo4jEngine(ctx)
	default:
		return nil, usageError{fmt.Errorf("--engine %q: want embedded or neo4j", name)}
	}
}

// embeddedEngine builds the in-process engine from --from: fact files are
// read as they are, everything else is extracted.
func (a *app) embeddedEngine(ctx context.Context) (*engine, error) {
	var factFiles, docs []string
	for _, p := range a.cfg.GetStringSlice(keyFrom) {
		if strings.HasSuffix(p, ".jsonl") {
			factFiles = append(factFiles, p)
		} else {
			docs = append(docs, p)
		}
	}
	var facts []graph.Fact
	var d *dict.Dictionary
	if len(docs) > 0 || len(factFiles) == 0 {
		x, err := a.extractPaths(ctx, docs)
		if err != nil {
			return nil, err
		}
		facts, d = x.Facts, x.Dict
	} else {
		var err error
		if d, err = dict.Load(ctx, a.cfg.GetStringSlice(keyDict)...); err != nil {
			return nil, err
		}
	}
	for _, p := range factFiles {
		more, err := readFactFile(ctx, p)
		if err != nil {
			return nil, err
		}
		facts = append(facts, more...)
	}
	if len(factFiles) > 0 {
		d = d.WithCoinedFrom(facts)
	}
	store := embedded.New(facts, d)
	dir := directoryOf(d)
	for _, id := range store.Actors() {
		dir.Add(graph.Actor{ID: id})
	}
	return &engine{store: store, dir: dir, vocab: d.Vocabulary(), close: func() {}}, nil
}

// neo4jEngine queries the database, with the dictionary's offices for
// country-level lifting and its names for resolution.
func (a *app) neo4jEngine(ctx context.Context) (*engine, error) {
	d, err := dict.Load(ctx, a.cfg.GetStringSlice(keyDict)...)
	if err != nil {
		return nil, err
	}
	driver, database, err := a.neo4jDriver(ctx)
	if err != nil {
		return nil, err
	}
	closeDriver := func() { driver.Close(context.WithoutCancel(ctx)) }
	dir := directoryOf(d)
	store := cypher.NewStore(driver, database, dir, d.Vocabulary())
	stored, err := store.Actors(ctx)
	if err != nil {
		closeDriver()
		return nil, err
	}
	dir.Add(stored...) // the officials extraction coined, with their offices
	return &engine{store: store, dir: dir, vocab: d.Vocabulary(), close: closeDriver}, nil
}

// directoryOf indexes the dictionary's actors by every name, demonyms too.
func directoryOf(d *dict.Dictionary) *graph.Directory {
	dir := graph.NewDirectory(d.GraphActors())
	for _, e := range d.Actors {
		dir.AddNames(e.ID, e.Demonyms...)
	}
	return dir
}

// readFactFile reads fact records, one JSON object per line.
func readFactFile(ctx context.Context, path string) ([]graph.Fact, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("facts %s: %w", path, err)
	}
	defer f.Close()
	var facts []graph.Fact
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 16<<20)
	for line := 1; sc.Scan(); line++ {
		if line%1000 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		text := strings.TrimSpace(sc.Text())
		if text == "" {
			continue
		}
		var fact graph.Fact
		if err := json.Unmarshal([]byte(text), &fact); err != nil {
			return nil, fmt.Errorf("facts %s line %d: %w", path, line, err)
		}
		facts = append(facts, fact)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("facts %s: %w", path, err)
	}
	return facts, nil
}

// resolve finds the actor a person named, as a usage error when there is
// none, or several.
func (e *engine) resolve(name string) (graph.Actor, error) {
	a, err := e.dir.Resolve(name)
	if err != nil {
		return graph.Actor{}, usageError{err}
	}
	return a, nil
}

// resolvePair resolves two different actors.
func (e *engine) resolvePair(nameA, nameB string) (graph.Actor, graph.Actor, error) {
	a, err := e.resolve(nameA)
	if err != nil {
		return a, a, err
	}
	b, err := e.resolve(nameB)
	if err != nil {
		return a, b, err
	}
	if a.ID == b.ID {
		return a, b, usageError{fmt.Errorf("'%s' and '%s' are the same actor (%s): name two different ones", nameA, nameB, a.Name)}
	}
	return a, b, nil
}

// edges returns the edges touching ids that f admits, lifted to country
// level when asked.
func (e *engine) edges(ctx context.Context, ids []string, f graph.EdgeFilter, countryLevel bool) ([]graph.Edge, error) {
	if countryLevel {
		return graph.LiftedEdges(ctx, e.store, e.dir, e.vocab, ids, f)
	}
	return e.store.Edges(ctx, ids, f)
}

// requireEdges fails, in one line, when an actor has no edge the query
// could use: nothing can be said about it.
func (e *engine) requireEdges(ctx context.Context, a graph.Actor, f graph.EdgeFilter, countryLevel bool) error {
	edges, err := e.edges(ctx, []string{a.ID}, f, countryLevel)
	if err != nil {
		return err
	}
	if len(edges) > 0 {
		return nil
	}
	if countryLevel && len(a.Offices) > 0 {
		if all, err := e.edges(ctx, []string{a.ID}, f, false); err == nil && len(all) > 0 {
			state := e.dir.Name(a.Offices[0].Of)
			return fmt.Errorf("%s has no edges at country level: an official's acts count for the state served (%s); drop --country-level or ask about %s",
				a.Name, state, state)
		}
	}
	if c := graph.DescribeFilter(f, false); c != "" {
		return fmt.Errorf("%s has no edges (%s)", a.Name, c)
	}
	return fmt.Errorf("%s has no edges in the graph", a.Name)
}
