package graph

import "fmt"

// Kind is an actor's one kind label in the graph.
type Kind string

const (
	Country     Kind = "country"
	Official    Kind = "official"
	Institution Kind = "institution"
	Group       Kind = "group"
	Event       Kind = "event"
)

// Kinds lists every kind, in the order the vocabulary documents them.
var Kinds = []Kind{Country, Official, Institution, Group, Event}

// Label is the kind's Neo4j label, e.g. "Country".
func (k Kind) Label() string {
	switch k {
	case Country:
		return "Country"
	case Official:
		return "Official"
	case Institution:
		return "Institution"
	case Group:
		return "Group"
	case Event:
		return "Event"
	}
	return ""
}

// Valid reports whether k is one of Kinds.
func (k Kind) Valid() bool { return k.Label() != "" }

// Actor is a node of the graph: a state, an official, an institution, a
// non-state group or a named event.
type Actor struct {
	ID      string   `json:"id" yaml:"id"`
	Name    string   `json:"name" yaml:"name"`
	Kind    Kind     `json:"kind" yaml:"kind"`
	Aliases []string `json:"aliases,omitempty" yaml:"aliases,omitempty"`
	// Offices are the posts an official held; the source of HOLDS_OFFICE
	// edges and of lifting an official's acts to the state served.
	Offices []Office `json:"offices,omitempty" yaml:"offices,omitempty"`
}

// Office is a post an official held for an actor (usually a state) over a
// span of time. An open To means the office is still held.
type Office struct {
	Role string `json:"role" yaml:"role"`
	Of   string `json:"of" yaml:"of"`
	From Date   `json:"from,omitempty" yaml:"from,omitempty"`
	To   Date   `json:"to,omitempty" yaml:"to,omitempty"`
}

// HeldOn reports whether the office was held on (some day of) d. Undated
// offices and undated d match, so that missing data never hides an edge.
func (o Office) HeldOn(d Date) bool {
	if d.IsZero() {
		return true
	}
	return !o.From.StartsAfter(d) && !d.StartsAfter(o.To)
}

// ServedOn is the actor an official acted for on d: the Of of the first
// office held then, or "" if none was.
func (a Actor) ServedOn(d Date) string {
	for _, o := range a.Offices {
		if o.HeldOn(d) {
			return o.Of
		}
	}
	return ""
}

// Validate checks what the graph relies on: a slug id, a name, a kind.
func (a Actor) Validate() error {
	if !IsSlug(a.ID) {
		return fmt.Errorf("actor id %q: want lower-kebab-case like \"united-states\"", a.ID)
	}
	if a.Name == "" {
		return fmt.Errorf("actor %q: no name", a.ID)
	}
	if !a.Kind.Valid() {
		return fmt.Errorf("actor %q: kind %q is not one of country, official, institution, group, event", a.ID, a.Kind)
	}
	for _, o := range a.Offices {
		if o.Role == "" || o.Of == "" {
			return fmt.Errorf("actor %q: an office needs a role and an \"of\"", a.ID)
		}
	}
	return nil
}

// IsSlug reports whether s is a lower-kebab-case identifier.
func IsSlug(s string) bool {
	if s == "" || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
			return false
		}
	}
	return true
}
