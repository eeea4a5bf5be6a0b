package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/geoalign/geoalign/corpus"
	"github.com/geoalign/geoalign/dict"
	"github.com/geoalign/geoalign/extract"
	"github.com/geoalign/geoalign/graph"
)

// defaultCorpus is read when a command is given no paths.
const defaultCorpus = "seeds"

// extraction is what reading and extracting a set of paths produced.
type extraction struct {
	Dict      *dict.Dictionary
	Corpus    *corpus.Corpus
	Facts     []graph.Fact
	PerDoc    map[string][]graph.Fact // facts by document id
	Undated   []string                // documents with no publication date
	Extractor *extract.Extractor
}

// extractPaths reads the dictionaries and the documents under paths and
// extracts their facts. Unreadable documents are reported in Corpus.Problems;
// it fails only when nothing at all could be read.
func (a *app) extractPaths(ctx context.Context, paths []string) (*extraction, error) {
	if len(paths) == 0 {
		paths = []string{defaultCorpus}
	}
	d, err := dict.Load(ctx, a.cfg.GetStringSlice(keyDict)...)
	if err != nil {
		return nil, err
	}
	var published graph.Date
	if s := a.cfg.GetString(keyPublished); s != "" {
		if published, err = graph.ParseDate(s); err != nil {
			return nil, usageError{fmt.Errorf("--published: %w", err)}
		}
	}
	c, err := corpus.Read(ctx, paths, corpus.Options{Published: published, Manifest: a.cfg.GetString(keyManifest)})
	if err != nil {
		return nil, err
	}
	for _, p := range c.Problems {
		fmt.Fprintf(a.stderr, "geoalign: skipped %v\n", p)
	}
	if len(c.Documents) == 0 {
		return nil, fmt.Errorf("no document could be read from %s", strings.Join(paths, ", "))
	}
	x, err := extract.New(d)
	if err != nil {
		return nil, err
	}
	out := &extraction{Dict: d, Corpus: c, PerDoc: map[string][]graph.Fact{}, Extractor: x}
	var coined []dict.Entry
	for _, doc := range c.Documents {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		facts, people := x.ExtractDocument(doc)
		coined = append(coined, people...)
		out.PerDoc[doc.ID] = facts
		out.Facts = append(out.Facts, facts...)
		if doc.Published.IsZero() {
			out.Undated = append(out.Undated, doc.ID)
		}
	}
	// officials coined from titles become actors like the dictionary's
	out.Dict = d.WithActors(coined)
	return out, nil
}

// summary is the one-line account of what was read, for stderr.
func (x *extraction) summary() string {
	s := fmt.Sprintf("%d documents, %d facts", len(x.Corpus.Documents), len(x.Facts))
	if n := len(x.Corpus.Problems); n > 0 {
		var failed []string
		for _, p := range x.Corpus.Problems {
			failed = append(failed, p.Path)
		}
		s += fmt.Sprintf("; %d failed: %s", n, strings.Join(failed, ", "))
	}
	if len(x.Undated) > 0 {
		s += fmt.Sprintf("; undated (relative dates left unresolved): %s", strings.Join(x.Undated, ", "))
	}
	return s
}
