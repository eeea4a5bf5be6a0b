package cypher

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/geoalign/geoalign/corpus"
	"github.com/geoalign/geoalign/dict"
	"github.com/geoalign/geoalign/extract"
	"github.com/geoalign/geoalign/graph"
)

var update = flag.Bool("update", false, "rewrite the golden scripts (testdata/fixture.cypher, seeds.cypher)")

func encode(t testing.TB, ds Dataset) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := NewEncoder(&b).Encode(ds); err != nil {
		t.Fatalf("encode: %v", err)
	}
	return b.Bytes()
}

// golden compares got with the file, or rewrites the file with -update.
func golden(t *testing.T, path string, got []byte, regenerate string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (create it with: %s)", err, regenerate)
	}
	if !bytes.Equal(got, want) {
		gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
		for i := 0; i < len(gl) && i < len(wl); i++ {
			if gl[i] != wl[i] {
				t.Fatalf("%s is stale: line %d is\n  %s\nnow\n  %s\nregenerate it with: %s", path, i+1, wl[i], gl[i], regenerate)
			}
		}
		t.Fatalf("%s is stale: %d lines, now %d; regenerate it with: %s", path, len(wl), len(gl), regenerate)
	}
}

func TestEncodeFixture(t *testing.T) {
	golden(t, filepath.Join("testdata", "fixture.cypher"), encode(t, fixture(t)), "go test ./cypher -run TestEncodeFixture -update")
}

// seedsDataset renders the seed documents as `geoalign cypher` does with
// no flags: the built-in dictionaries and the current extractor.
func seedsDataset(t testing.TB) Dataset {
	t.Helper()
	ctx := context.Background()
	d, err := dict.Default(ctx)
	if err != nil {
		t.Fatalf("dictionary: %v", err)
	}
	c, err := corpus.Read(ctx, []string{filepath.Join("..", "seeds")}, corpus.Options{})
	if err != nil {
		t.Fatalf("seeds: %v", err)
	}
	if len(c.Problems) > 0 {
		t.Fatalf("seeds: %v", c.Problems)
	}
	x, err := extract.New(d)
	if err != nil {
		t.Fatalf("extractor: %v", err)
	}
	ds := Dataset{Actors: d.GraphActors(), Relations: d.Vocabulary()}
	for _, doc := range c.Documents {
		ds.Documents = append(ds.Documents, Document{Document: doc, Facts: x.Extract(doc)})
	}
	return ds
}

func TestSeedsScriptIsCurrent(t *testing.T) {
	golden(t, "seeds.cypher", encode(t, seedsDataset(t)),
		"go run ./cmd/geoalign cypher -o cypher/seeds.cypher (or go test ./cypher -run TestSeedsScriptIsCurrent -update)")
}

func TestEncodeIsDeterministic(t *testing.T) {
	ds := fixture(t)
	first := encode(t, ds)
	for i := 0; i < 5; i++ {
		if !bytes.Equal(encode(t, ds), first) {
			t.Fatal("two encodings of one dataset differ")
		}
	}
}

func TestEncodeRejectsWhatTheGraphCannotHold(t *testing.T) {
	for name, change := range map[string]func(*Dataset){
		"unknown relation": func(ds *Dataset) { ds.Documents[0].Facts[0].Relation = "befriended" },
		"unknown actor":    func(ds *Dataset) { ds.Documents[0].Facts[0].Object = "atlantis" },
		"duplicate document": func(ds *Dataset) {
			ds.Documents = append(ds.Documents, ds.Documents[0])
		},
		"office of an unknown actor": func(ds *Dataset) {
			ds.Actors = append(ds.Actors, graph.Actor{ID: "x", Name: "X", Kind: graph.Official, Offices: []graph.Office{{Role: "King", Of: "nowhere"}}})
		},
		"relation that is no identifier": func(ds *Dataset) {
			ds.Relations = graph.Relations{}
			for k, v := range vocabulary(t) {
				ds.Relations[k] = v
			}
			ds.Relations["evil`]->()"] = graph.Relation{Name: "evil`]->()"}
		},
	} {
		t.Run(name, func(t *testing.T) {
			ds := fixture(t)
			ds.Documents = fixtureDocs()
			change(&ds)
			var b bytes.Buffer
			if err := NewEncoder(&b).Encode(ds); err == nil {
				t.Errorf("no error; wrote %d bytes", b.Len())
			} else if b.Len() != 0 {
				t.Errorf("error %v after writing %d bytes", err, b.Len())
			}
		})
	}
}
