// Package dict reads the dictionaries the extractor matches text against:
// actors with their aliases and offices, office titles, and the relation
// vocabulary with its trigger phrases. They are YAML data files: the
// defaults are embedded from data/, and users add their own files or
// folders, which extend or override entries by id.
package dict

import (
	"sort"
	"strings"

	"github.com/geoalign/geoalign/graph"
)

// Entry is an actor as the dictionary knows it: the graph's Actor plus the
// words that only matter for finding it in text.
type Entry struct {
	graph.Actor `yaml:",inline"`
	// Demonyms are adjectives and people nouns ("Pakistani", "Russians").
	// They name the state in "Russian and Pakistani troops" and in titles
	// ("Indian national security adviser").
	Demonyms []string `yaml:"demonyms,omitempty"`
	// Forms are what the state is, for descriptions that fit only some
	// states: "the emirate" is Qatar, Kuwait or the UAE, never Egypt. A
	// name or alias with the word counts too ("Kingdom of Saudi Arabia").
	Forms []string `yaml:"forms,omitempty"`
}

// HasForm reports whether the entry is a w ("kingdom", "emirate"): listed
// in Forms, or a word of its name or an alias.
func (e *Entry) HasForm(w string) bool {
	for _, f := range e.Forms {
		if strings.EqualFold(f, w) {
			return true
		}
	}
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		for _, f := range strings.Fields(n) {
			if strings.EqualFold(f, w) {
				return true
			}
		}
	}
	return false
}

// Title is an office title that, in apposition before a name, is evidence
// that the person holds the office ("Russian Foreign Minister Sergey Lavrov").
type Title struct {
	Role     string   `yaml:"role"`
	Patterns []string `yaml:"patterns"`
}

// RelationEntry is a vocabulary relation and the phrases that state it.
type RelationEntry struct {
	graph.Relation `yaml:",inline"`
	Triggers       []Trigger `yaml:"triggers"`
	// ObjectKinds, if set, limits objects to these kinds: one abstains in a
	// vote of a body or on a resolution, not "on" a country.
	ObjectKinds []graph.Kind `yaml:"object_kinds,omitempty"`
}

// Trigger is a phrase pattern stating a relation. See data/relations.yaml
// for the pattern syntax.
type Trigger struct {
	Pattern string `yaml:"pattern"`
	// Objects is "first" (default): the first actor after the phrase (with
	// the actors coordinated with it: "with the UAE and Bahrain"), or
	// "all": every actor of the phrase's noun group (mediated between A and B).
	Objects string `yaml:"objects,omitempty"`
	// Reverse swaps subject and object: "received aid from" states
	// gave_aid_to with the grammatical object as giver.
	Reverse bool `yaml:"reverse,omitempty"`
	// Goods marks phrases whose words between the trigger and "from"/"to"
	// name what was traded ("bought crude oil from").
	Goods bool `yaml:"goods,omitempty"`
	// Negated marks phrases that state the relation did not happen
	// ("had no objection").
	Negated bool `yaml:"negated,omitempty"`
	// Nominal marks noun phrases ("invasion of", "support for"): their
	// subject is the possessor or modifier right before them ("Russia's
	// invasion", "US military aid to") or a "by" agent, never just the first
	// actor of the clause.
	Nominal bool `yaml:"nominal,omitempty"`
	// ObjectKinds, if set, limits the actor an "@" of the pattern matches
	// to these kinds: "~receive [the] @" is a meeting only when @ is a person.
	ObjectKinds []graph.Kind `yaml:"object_kinds,omitempty"`
	// Also is a second relation the same phrase states between the same
	// actors: "refused American demands" states the refusal and, reversed,
	// that the United States pressed its demands.
	Also *AlsoRelation `yaml:"also,omitempty"`
	// ObjectFor names, for this phrase, the actor an object stands for:
	// one vetoes in the Security Council, so "vetoed the U.N. resolution"
	// maps united-nations to un-security-council.
	ObjectFor map[string]string `yaml:"object_for,omitempty"`
	// DefaultObject is the object when the sentence names none: "Russia and
	// China vetoed a resolution" was in the Security Council.
	DefaultObject string `yaml:"default_object,omitempty"`
	// Guest marks a host receiving a guest: with a place after it ("received
	// Mr. Déby in Budapest", "was received by Joe Biden at the White House")
	// the guest, who is the phrase's object or subject, also visited the
	// place's state.
	Guest *GuestVisit `yaml:"guest,omitempty"`
	// ObjectStates makes an official the phrase names as its object stand
	// for the state served: one summons Russia's ambassador to protest to
	// Russia.
	ObjectStates bool `yaml:"object_states,omitempty"`
}

// GuestVisit is the visit a hosting phrase implies (see Trigger.Guest).
type GuestVisit struct {
	Relation string `yaml:"relation"` // what the guest did to the place: visited
	Is       string `yaml:"is"`       // "object" (active: "received X"), "subject" (passive) or "either" (whoever is not at home: "met X in Tokyo")
}

// AlsoRelation is the second relation of a trigger (see Trigger.Also).
type AlsoRelation struct {
	Relation string `yaml:"relation"`
	// Reverse makes the first relation's object the subject.
	Reverse bool `yaml:"reverse,omitempty"`
	// States lifts both actors to the states their officials serve: Xi
	// and King Salman sign a partnership, China and Saudi Arabia are partners.
	States bool `yaml:"states,omitempty"`
	// Claimed makes the second relation what the first one claims: in
	// "accused France of attacking", France's attack is the accuser's claim.
	Claimed bool `yaml:"claimed,omitempty"`
}

// Dictionary is everything the extractor matches against.
type Dictionary struct {
	Actors    []Entry
	Titles    []Title
	Relations []RelationEntry
	// NotActors are names that contain an actor's alias but name no actor:
	// "The Washington Post" is not Washington.
	NotActors []string
}

// Vocabulary is the relation vocabulary as the graph package uses it.
func (d *Dictionary) Vocabulary() graph.Relations {
	v := graph.Relations{}
	for _, r := range d.Relations {
		v[r.Name] = r.Relation
	}
	v[graph.HoldsOffice] = graph.Relation{Name: graph.HoldsOffice, Description: "an official holds an office of a state or body"}
	return v
}

// Actor returns the entry with the given id.
func (d *Dictionary) Actor(id string) (Entry, bool) {
	for _, a := range d.Actors {
		if a.ID == id {
			return a, true
		}
	}
	return Entry{}, false
}

// GraphActors lists the actors as graph Actors, in id order.
func (d *Dictionary) GraphActors() []graph.Actor {
	out := make([]graph.Actor, len(d.Actors))
	for i, a := range d.Actors {
		out[i] = a.Actor
	}
	return out
}

// WithActors returns a copy of d that also knows the given actors (such as
// the officials the extractor coined from documents): new ids are added in
// id order, offices of an id seen twice are merged. Ids d already has are
// left as the dictionary defines them.
func (d *Dictionary) WithActors(extra []Entry) *Dictionary {
	out := *d
	out.Actors = append([]Entry(nil), d.Actors...)
	index := map[string]int{}
	for i, a := range out.Actors {
		index[a.ID] = i
	}
	known := len(out.Actors)
	for _, e := range extra {
		i, ok := index[e.ID]
		if !ok {
			index[e.ID] = len(out.Actors)
			out.Actors = append(out.Actors, e)
			continue
		}
		if i < known {
			continue
		}
		for _, off := range e.Offices {
			if !hasOffice(out.Actors[i].Offices, off) {
				out.Actors[i].Offices = append(out.Actors[i].Offices, off)
			}
		}
	}
	sort.Slice(out.Actors, func(i, j int) bool { return out.Actors[i].ID < out.Actors[j].ID })
	return &out
}

// WithCoinedFrom returns a copy of d that also knows the officials whom
// facts give an office (holds_office) but d lacks: the extractor coined them
// from their titles, and those facts are the offices it gave them. Facts
// read back from a file then lift to country level as the documents they
// came from do. A coined official is named by its id: a fact does not say
// how the person is written.
func (d *Dictionary) WithCoinedFrom(facts []graph.Fact) *Dictionary {
	known := make(map[string]bool, len(d.Actors))
	for _, a := range d.Actors {
		known[a.ID] = true
	}
	var coined []Entry
	for _, f := range facts {
		if f.Relation != graph.HoldsOffice || known[f.Subject] || f.Role == "" {
			continue
		}
		coined = append(coined, Entry{Actor: graph.Actor{ID: f.Subject, Name: f.Subject, Kind: graph.Official,
			Offices: []graph.Office{{Role: f.Role, Of: f.Object}}}})
	}
	return d.WithActors(coined)
}

func hasOffice(list []graph.Office, o graph.Office) bool {
	for _, x := range list {
		if x.Role == o.Role && x.Of == o.Of && x.From == o.From && x.To == o.To {
			return true
		}
	}
	return false
}
