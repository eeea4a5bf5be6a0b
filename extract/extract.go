// Package extract finds actors and dated relations in documents and turns
// them into fact records (graph.Fact), each with its evidence sentence.
package extract

import (
	"github.com/geoalign/geoalign/dict"
	"github.com/geoalign/geoalign/graph"
)

// Extractor holds the compiled dictionaries; it is safe for concurrent use.
type Extractor struct {
	dict *dict.Dictionary
}

// New compiles the dictionary's aliases and trigger patterns.
func New(d *dict.Dictionary) (*Extractor, error) {
	return &Extractor{dict: d}, nil
}

// Extract returns the document's facts in sentence order.
func (x *Extractor) Extract(doc graph.Document) []graph.Fact {
	return nil
}
