package graph

import (
	"fmt"
	"sort"
	"strings"
)

// UnknownActorError says that no actor goes by a name, with the names that
// come closest.
type UnknownActorError struct {
	Name        string
	Suggestions []string // "Pakistan", or "Islamabad (Pakistan)" for an alias
}

func (e *UnknownActorError) Error() string {
	if len(e.Suggestions) == 0 {
		return fmt.Sprintf("no actor '%s'; `geoalign actors` lists the known ones", e.Name)
	}
	return fmt.Sprintf("no actor '%s'; did you mean %s?", e.Name, orList(e.Suggestions))
}

// AmbiguousActorError says that a name is shared by several actors.
type AmbiguousActorError struct {
	Name string
	IDs  []string
}

func (e *AmbiguousActorError) Error() string {
	return fmt.Sprintf("'%s' names several actors (%s): use the id", e.Name, strings.Join(e.IDs, ", "))
}

// Resolve finds the actor a person means by name: an id, the display name,
// an alias ("Islamabad") or a demonym ("Pakistani"), in any case.
func (d *Directory) Resolve(name string) (Actor, error) {
	for _, key := range nameKeys(name) {
		switch ids := d.byName[key]; len(ids) {
		case 0:
			continue
		case 1:
			return d.actors[ids[0]], nil
		default:
			return Actor{}, &AmbiguousActorError{Name: name, IDs: ids}
		}
	}
	return Actor{}, &UnknownActorError{Name: name, Suggestions: d.suggest(name, 3)}
}

// suggest lists up to n names close to what was typed: within a small edit
// distance, or starting with it. One suggestion per actor, closest first.
func (d *Directory) suggest(typed string, n int) []string {
	q := normalizeName(typed)
	if q == "" {
		return nil
	}
	limit := min(max(1, len([]rune(q))/3), 3)
	type cand struct {
		dist       int
		shown, id  string
		isMainName bool
	}
	best := map[string]cand{}
	for _, e := range d.names {
		dist := editDistance(q, e.norm)
		if dist > limit {
			if len([]rune(q)) < 3 || !hasWordPrefix(e.norm, q) {
				continue
			}
			dist = limit + 1 // a prefix match ranks after every close spelling
		}
		a := d.actors[e.id]
		c := cand{dist: dist, shown: e.shown, id: e.id, isMainName: e.shown == a.Name}
		if old, ok := best[e.id]; ok && (old.dist < c.dist || old.dist == c.dist && (old.isMainName || !c.isMainName)) {
			continue
		}
		best[e.id] = c
	}
	cands := make([]cand, 0, len(best))
	for _, c := range best {
		cands = append(cands, c)
	}
	sort.Slice(cands, func(i, j int) bool {
		if cands[i].dist != cands[j].dist {
			return cands[i].dist < cands[j].dist
		}
		return cands[i].id < cands[j].id
	})
	var out []string
	for _, c := range cands {
		if len(out) == n {
			break
		}
		name := d.actors[c.id].Name
		if c.isMainName || strings.EqualFold(c.shown, name) {
			out = append(out, name)
		} else {
			out = append(out, fmt.Sprintf("%s (%s)", c.shown, name))
		}
	}
	return out
}

// hasWordPrefix reports whether some word of name starts with prefix, or
// name itself does ("sharif" finds "shehbaz sharif").
func hasWordPrefix(name, prefix string) bool {
	if strings.HasPrefix(name, prefix) {
		return true
	}
	for _, w := range strings.Fields(name) {
		if strings.HasPrefix(w, prefix) {
			return true
		}
	}
	return false
}

// editDistance is the Levenshtein distance between a and b, in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// orList joins ["a","b","c"] as "a, b or c".
func orList(items []string) string {
	if len(items) <= 1 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " or " + items[len(items)-1]
}
