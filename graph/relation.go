package graph

import (
	"fmt"
	"sort"
	"strings"
)

// HoldsOffice is the relation linking an official to the actor served. It is
// not a trigger relation: it comes from dictionary data and from titles in
// apposition ("Indian national security adviser Ajit Kumar Doval").
const HoldsOffice = "holds_office"

// Relation is one entry of the vocabulary: a dated edge type with its
// polarity and weight on the -10..+10 cooperation-conflict scale.
type Relation struct {
	Name        string  `json:"name" yaml:"name"`
	Polarity    int     `json:"polarity" yaml:"polarity"`
	Weight      float64 `json:"weight" yaml:"weight"`
	Symmetric   bool    `json:"symmetric,omitempty" yaml:"symmetric,omitempty"`
	Description string  `json:"description,omitempty" yaml:"description,omitempty"`
}

// Type is the relation's Neo4j relationship type, e.g. "HELD_EXERCISES_WITH".
func (r Relation) Type() string { return strings.ToUpper(r.Name) }

// Relations is the relation vocabulary, keyed by snake_case name.
type Relations map[string]Relation

// Get returns the named relation or an error naming the known ones.
func (v Relations) Get(name string) (Relation, error) {
	r, ok := v[strings.ToLower(strings.TrimSpace(name))]
	if !ok {
		return Relation{}, fmt.Errorf("relation %q is not in the vocabulary (known: %s)", name, strings.Join(v.Names(), ", "))
	}
	return r, nil
}

// Names lists the relation names, sorted.
func (v Relations) Names() []string {
	names := make([]string, 0, len(v))
	for n := range v {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// ParseList reads a comma-separated list of relation names, rejecting any
// name not in the vocabulary.
func (v Relations) ParseList(s string) ([]string, error) {
	var out []string
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		r, err := v.Get(f)
		if err != nil {
			return nil, err
		}
		out = append(out, r.Name)
	}
	return out, nil
}

// Validate checks a relation's name and weight.
func (r Relation) Validate() error {
	if r.Name == "" || strings.ToLower(r.Name) != r.Name || strings.ContainsAny(r.Name, " -`") {
		return fmt.Errorf("relation %q: want a snake_case name", r.Name)
	}
	if r.Weight < -10 || r.Weight > 10 {
		return fmt.Errorf("relation %q: weight %v outside -10..10", r.Name, r.Weight)
	}
	if r.Polarity < -1 || r.Polarity > 1 {
		return fmt.Errorf("relation %q: polarity %d is not -1, 0 or 1", r.Name, r.Polarity)
	}
	return nil
}
