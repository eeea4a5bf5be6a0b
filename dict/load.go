package dict

import (
	"bytes"
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/geoalign/geoalign/graph"
)

//go:embed data/*.yaml
var defaults embed.FS

// file is one dictionary file's content. A file is either a YAML mapping
// with any of these keys, or a bare list whose kind the file name tells:
// titles*.yaml, relations*.yaml, not-actors*.yaml, anything else holds actors.
type file struct {
	Actors    []Entry         `yaml:"actors"`
	Titles    []Title         `yaml:"titles"`
	Relations []RelationEntry `yaml:"relations"`
	NotActors []string        `yaml:"not_actors"`
}

// Default returns the embedded dictionaries.
func Default(ctx context.Context) (*Dictionary, error) {
	return Load(ctx)
}

// Load reads the embedded dictionaries, then each extra path (a .yaml file
// or a folder of them, read in name order) on top. Entries with an id or a
// relation name already known extend it: aliases, demonyms, offices and
// triggers are added; a non-empty name or kind replaces the old one.
func Load(ctx context.Context, extra ...string) (*Dictionary, error) {
	b := newBuilder()
	names, err := fs.Glob(defaults, "data/*.yaml")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	for _, n := range names {
		data, err := defaults.ReadFile(n)
		if err != nil {
			return nil, err
		}
		if err := b.add("embedded "+n, filepath.Base(n), data); err != nil {
			return nil, err
		}
	}
	for _, p := range extra {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		files, err := yamlFiles(p)
		if err != nil {
			return nil, err
		}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				return nil, fmt.Errorf("dictionary %s: %w", f, err)
			}
			if err := b.add(f, filepath.Base(f), data); err != nil {
				return nil, err
			}
		}
	}
	return b.build()
}

func yamlFiles(p string) ([]string, error) {
	st, err := os.Stat(p)
	if err != nil {
		return nil, fmt.Errorf("dictionary %s: %w", p, errors.Unwrap(err))
	}
	if !st.IsDir() {
		return []string{p}, nil
	}
	var out []string
	for _, pat := range []string{"*.yaml", "*.yml"} {
		m, _ := filepath.Glob(filepath.Join(p, pat))
		out = append(out, m...)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("dictionary %s: folder holds no .yaml files", p)
	}
	sort.Strings(out)
	return out, nil
}

type builder struct {
	actors    map[string]*Entry
	actorSrc  map[string]string
	order     []string
	titles    []Title
	relations map[string]*RelationEntry
	relOrder  []string
	// trigSrc is the file each trigger came from (key: relation, NUL,
	// pattern), so that build's errors name it
	trigSrc   map[string]string
	notActors []string
}

func newBuilder() *builder {
	return &builder{actors: map[string]*Entry{}, actorSrc: map[string]string{}, relations: map[string]*RelationEntry{}, trigSrc: map[string]string{}}
}

// add decodes one file and merges it in; errors name the file.
func (b *builder) add(name, base string, data []byte) error {
	f, err := decode(base, data)
	if err != nil {
		return fmt.Errorf("dictionary %s: %w", name, err)
	}
	for _, a := range f.Actors {
		if err := b.addActor(name, a); err != nil {
			return fmt.Errorf("dictionary %s: %w", name, err)
		}
	}
	for _, t := range f.Titles {
		if t.Role == "" || len(t.Patterns) == 0 {
			return fmt.Errorf("dictionary %s: a title needs a role and patterns", name)
		}
		b.titles = append(b.titles, t)
	}
	b.notActors = append(b.notActors, f.NotActors...)
	for _, r := range f.Relations {
		if err := b.addRelation(r); err != nil {
			return fmt.Errorf("dictionary %s: %w", name, err)
		}
		for _, t := range r.Triggers {
			b.trigSrc[r.Name+"\x00"+t.Pattern] = name
		}
	}
	return nil
}

func decode(base string, data []byte) (file, error) {
	var f file
	if len(bytes.TrimSpace(data)) == 0 {
		return f, fmt.Errorf("file is empty")
	}
	var probe yaml.Node
	if err := yaml.Unmarshal(data, &probe); err != nil {
		return f, fmt.Errorf("not valid YAML: %s", strings.ReplaceAll(err.Error(), "\n", "; "))
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	isList := len(probe.Content) > 0 && probe.Content[0].Kind == yaml.SequenceNode
	var err error
	switch {
	case !isList:
		err = dec.Decode(&f)
	case strings.HasPrefix(base, "titles"):
		err = dec.Decode(&f.Titles)
	case strings.HasPrefix(base, "relations"):
		err = dec.Decode(&f.Relations)
	case strings.HasPrefix(base, "not-actors"):
		err = dec.Decode(&f.NotActors)
	default:
		err = dec.Decode(&f.Actors)
	}
	if err != nil {
		// yaml.v3 lists problems on several lines; keep the error to one
		return f, fmt.Errorf("%s", strings.Join(strings.Fields(strings.ReplaceAll(err.Error(), "\n", "; ")), " "))
	}
	return f, nil
}

func (b *builder) addActor(src string, a Entry) error {
	old, ok := b.actors[a.ID]
	if !ok {
		if err := a.Validate(); err != nil {
			return err
		}
		e := a
		b.actors[a.ID] = &e
		b.actorSrc[a.ID] = src
		b.order = append(b.order, a.ID)
		return nil
	}
	if a.Name != "" {
		old.Name = a.Name
	}
	if a.Kind != "" {
		if !a.Kind.Valid() {
			return fmt.Errorf("actor %q: kind %q is not one of country, official, institution, group, event", a.ID, a.Kind)
		}
		old.Kind = a.Kind
	}
	old.Aliases = appendNew(old.Aliases, a.Aliases...)
	old.Demonyms = appendNew(old.Demonyms, a.Demonyms...)
	old.Forms = appendNew(old.Forms, a.Forms...)
	old.Offices = append(old.Offices, a.Offices...)
	return nil
}

func (b *builder) addRelation(r RelationEntry) error {
	if r.Name == graph.HoldsOffice {
		return fmt.Errorf("relation %q is built in and cannot be redefined", graph.HoldsOffice)
	}
	old, ok := b.relations[r.Name]
	if !ok {
		if err := r.Validate(); err != nil {
			return err
		}
		e := r
		b.relations[r.Name] = &e
		b.relOrder = append(b.relOrder, r.Name)
		return nil
	}
	if r.Weight != 0 {
		old.Weight, old.Polarity = r.Weight, r.Polarity
	}
	if r.Description != "" {
		old.Description = r.Description
	}
	old.Symmetric = old.Symmetric || r.Symmetric
	old.Triggers = append(old.Triggers, r.Triggers...)
	return nil
}

// build checks cross-references (offices name known actors; no alias names
// two actors) and returns the dictionary in id order.
func (b *builder) build() (*Dictionary, error) {
	d := &Dictionary{Titles: b.titles, NotActors: b.notActors}
	ids := append([]string(nil), b.order...)
	sort.Strings(ids)
	owner := map[string]string{}
	loaded := map[string]int{}
	for i, id := range b.order {
		loaded[id] = i
	}
	for _, id := range ids {
		a := b.actors[id]
		for _, o := range a.Offices {
			if _, ok := b.actors[o.Of]; !ok {
				return nil, fmt.Errorf("dictionary %s: actor %q holds an office of unknown actor %q", b.actorSrc[id], id, o.Of)
			}
		}
		for _, w := range append(append([]string{a.Name}, a.Aliases...), a.Demonyms...) {
			if prev, ok := owner[w]; ok && prev != id {
				later, other := id, prev // blame the file that came later
				if loaded[prev] > loaded[id] {
					later, other = prev, id
				}
				return nil, fmt.Errorf("dictionary %s: %q names both %q and %q (%s); give it to one of them", b.actorSrc[later], w, later, other, b.actorSrc[other])
			}
			owner[w] = id
		}
		d.Actors = append(d.Actors, *a)
	}
	for _, n := range b.relOrder {
		r := b.relations[n]
		for _, t := range r.Triggers {
			src := b.trigSrc[n+"\x00"+t.Pattern]
			for _, k := range t.ObjectKinds {
				if !k.Valid() {
					return nil, fmt.Errorf("dictionary %s: relation %s: pattern %q: object kind %q is not one of country, official, institution, group, event", src, n, t.Pattern, k)
				}
			}
			if t.DefaultObject != "" {
				if _, ok := b.actors[t.DefaultObject]; !ok {
					return nil, fmt.Errorf("dictionary %s: relation %s: pattern %q: default_object names unknown actor %q", src, n, t.Pattern, t.DefaultObject)
				}
			}
			for from, to := range t.ObjectFor {
				for _, id := range []string{from, to} {
					if _, ok := b.actors[id]; !ok {
						return nil, fmt.Errorf("dictionary %s: relation %s: pattern %q: object_for names unknown actor %q", src, n, t.Pattern, id)
					}
				}
			}
			if t.Also != nil {
				if _, ok := b.relations[t.Also.Relation]; !ok {
					return nil, fmt.Errorf("dictionary %s: relation %s: pattern %q: also names unknown relation %q", src, n, t.Pattern, t.Also.Relation)
				}
			}
			if g := t.Guest; g != nil {
				if _, ok := b.relations[g.Relation]; !ok {
					return nil, fmt.Errorf("dictionary %s: relation %s: pattern %q: guest names unknown relation %q", src, n, t.Pattern, g.Relation)
				}
				if g.Is != "object" && g.Is != "subject" && g.Is != "either" {
					return nil, fmt.Errorf("dictionary %s: relation %s: pattern %q: guest is %q, want object, subject or either", src, n, t.Pattern, g.Is)
				}
			}
		}
		d.Relations = append(d.Relations, *r)
	}
	if len(d.Relations) == 0 {
		return nil, fmt.Errorf("dictionary: no relations defined")
	}
	return d, nil
}

func appendNew(list []string, add ...string) []string {
	for _, s := range add {
		dup := false
		for _, x := range list {
			if x == s {
				dup = true
				break
			}
		}
		if !dup {
			list = append(list, s)
		}
	}
	return list
}
