package graph

import (
	"slices"
	"sort"
	"strings"
)

// Directory knows the actors by id and by every name a person may type for
// them: display name, aliases, demonyms, id. Queries use it to resolve what
// the user typed, to name actors in explanations, and to lift officials to
// the states they served.
type Directory struct {
	actors    map[string]Actor
	byName    map[string][]string // normalized name → ids
	names     []nameEntry         // every name, for suggestions
	officials map[string][]string // actor → officials who ever held an office of it
}

type nameEntry struct {
	norm, shown, id string
}

// NewDirectory indexes actors by id and by their names and aliases.
func NewDirectory(actors []Actor) *Directory {
	d := &Directory{actors: map[string]Actor{}, byName: map[string][]string{}, officials: map[string][]string{}}
	for _, a := range actors {
		d.add(a)
	}
	return d
}

func (d *Directory) add(a Actor) {
	if _, dup := d.actors[a.ID]; dup {
		return
	}
	if a.Name == "" {
		a.Name = a.ID
	}
	d.actors[a.ID] = a
	d.AddNames(a.ID, append([]string{a.ID, a.Name}, a.Aliases...)...)
	for _, o := range a.Offices {
		if !slices.Contains(d.officials[o.Of], a.ID) {
			d.officials[o.Of] = append(d.officials[o.Of], a.ID)
			sort.Strings(d.officials[o.Of])
		}
	}
}

// Add adds actors the directory does not know yet, such as those an edge
// names but the dictionary does not; an actor with no name is named by its
// id. Known ids keep their entry.
func (d *Directory) Add(actors ...Actor) {
	for _, a := range actors {
		d.add(a)
	}
}

// AddNames adds more names for a known actor, such as demonyms
// ("Pakistani"), which the graph's Actor does not carry.
func (d *Directory) AddNames(id string, names ...string) {
	if _, ok := d.actors[id]; !ok {
		return
	}
	for _, n := range names {
		for _, key := range nameKeys(n) {
			if !slices.Contains(d.byName[key], id) {
				d.byName[key] = append(d.byName[key], id)
				sort.Strings(d.byName[key])
			}
		}
		if k := normalizeName(n); k != "" {
			d.names = append(d.names, nameEntry{norm: k, shown: n, id: id})
		}
	}
}

// Actor returns the actor with the given id.
func (d *Directory) Actor(id string) (Actor, bool) {
	a, ok := d.actors[id]
	return a, ok
}

// Name is the actor's display name, or the id itself for unknown ids.
func (d *Directory) Name(id string) string {
	if a, ok := d.actors[id]; ok {
		return a.Name
	}
	return id
}

// Actors lists every actor, by id.
func (d *Directory) Actors() []Actor {
	out := make([]Actor, 0, len(d.actors))
	for _, a := range d.actors {
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// OfficialsOf lists, by id, the officials who held an office of the actor
// at any time: their edges may lift to it.
func (d *Directory) OfficialsOf(id string) []string { return d.officials[id] }

// LiftID is the actor that id acted for on date: the state (or body) an
// official served then, or id itself when it is no official or served
// nothing on that date.
func (d *Directory) LiftID(id string, date Date) string {
	a, ok := d.actors[id]
	if !ok || len(a.Offices) == 0 {
		return id
	}
	if served := a.ServedOn(date); served != "" {
		return served
	}
	return id
}

// nameKeys are the lookup keys of a name: its normalized form and, when it
// has dots, the form without them ("U.S." is also found as "US").
func nameKeys(name string) []string {
	k := normalizeName(name)
	if k == "" {
		return nil
	}
	keys := []string{k}
	if nodots := strings.ReplaceAll(k, ".", ""); nodots != k && nodots != "" {
		keys = append(keys, nodots)
	}
	return keys
}

// normalizeName folds case and spacing, and drops a leading "the", so
// that "the  United States" and "united states" are one name.
func normalizeName(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	s = strings.TrimPrefix(s, "the ")
	return s
}
