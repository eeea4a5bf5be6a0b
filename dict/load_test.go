package dict

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/geoalign/geoalign/graph"
)

func TestDefaultDictionary(t *testing.T) {
	d, err := Default(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if n := countKind(d, graph.Country); n < 193 {
		t.Errorf("%d countries, want every UN member state", n)
	}
	for _, id := range []string{"pakistan", "united-states", "imf", "fatf", "un-general-assembly", "taliban", "shehbaz-sharif", "summit-for-democracy"} {
		if _, ok := d.Actor(id); !ok {
			t.Errorf("no actor %q", id)
		}
	}
	v := d.Vocabulary()
	for _, r := range []string{"abstained", "mediated", "sold_arms_to", "held_exercises_with", "refused", graph.HoldsOffice} {
		if _, err := v.Get(r); err != nil {
			t.Error(err)
		}
	}
	if !v["held_exercises_with"].Symmetric || v["attacked"].Weight != -9 {
		t.Error("vocabulary weights or symmetry differ from the ontology")
	}
	shehbaz, _ := d.Actor("shehbaz-sharif")
	if got := shehbaz.ServedOn(graph.MustDate("2023-02")); got != "pakistan" {
		t.Errorf("Shehbaz Sharif served %q in 2023-02", got)
	}
}

func countKind(d *Dictionary, k graph.Kind) int {
	n := 0
	for _, a := range d.Actors {
		if a.Kind == k {
			n++
		}
	}
	return n
}

func write(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestUserFilesExtend: a user's folder adds actors, aliases and triggers on
// top of the defaults.
func TestUserFilesExtend(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "mine.yaml", `
actors:
  - id: pakistan
    aliases: [the Land of the Pure]
  - id: wakhan-council
    name: Wakhan Council
    kind: institution
relations:
  - name: mediated
    triggers:
      - pattern: ~shepherd talks between
        objects: all
`)
	d, err := Load(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	pk, _ := d.Actor("pakistan")
	if pk.Name != "Pakistan" || !slices.Contains(pk.Aliases, "the Land of the Pure") || !slices.Contains(pk.Aliases, "Islamabad") {
		t.Errorf("pakistan not extended: %+v", pk.Aliases)
	}
	if _, ok := d.Actor("wakhan-council"); !ok {
		t.Error("new actor missing")
	}
	for _, r := range d.Relations {
		if r.Name == "mediated" && r.Triggers[len(r.Triggers)-1].Pattern != "~shepherd talks between" {
			t.Error("trigger not appended")
		}
	}
}

// TestMalformedFiles: every problem names the file and says what is wrong.
func TestMalformedFiles(t *testing.T) {
	cases := map[string]string{
		"empty.yaml":   "",
		"broken.yaml":  "actors: [\n",
		"badid.yaml":   "actors:\n  - {id: Bad Id, name: X, kind: country}\n",
		"badkind.yaml": "actors:\n  - {id: x, name: X, kind: planet}\n",
		"typo.yaml":    "actors:\n  - {id: x, name: X, kind: country, alias: [Y]}\n",
		"clash.yaml":   "actors:\n  - {id: not-pakistan, name: Not Pakistan, kind: country, aliases: [Islamabad]}\n",
		"office.yaml":  "actors:\n  - {id: x, name: X, kind: official, offices: [{role: King, of: atlantis}]}\n",
		"weight.yaml":  "relations:\n  - {name: hugged, polarity: 1, weight: 40}\n",
		"baddate.yaml": "actors:\n  - {id: x, name: X, kind: official, offices: [{role: King, of: pakistan, from: \"2023-13\"}]}\n",
		"holds.yaml":   "relations:\n  - {name: holds_office, polarity: 0, weight: 0}\n",
		"guest.yaml":   "relations:\n  - {name: hosted, polarity: 1, weight: 1, triggers: [{pattern: ~host @, guest: {relation: met, is: host}}]}\n",
	}
	want := map[string]string{
		"empty.yaml": "empty", "broken.yaml": "YAML", "badid.yaml": "lower-kebab-case", "badkind.yaml": "kind",
		"typo.yaml": "alias", "clash.yaml": "Islamabad", "office.yaml": "atlantis", "weight.yaml": "weight",
		"baddate.yaml": "2023-13", "holds.yaml": "holds_office", "guest.yaml": "guest",
	}
	for name, text := range cases {
		p := write(t, t.TempDir(), name, text)
		_, err := Load(context.Background(), p)
		if err == nil {
			t.Errorf("%s: no error", name)
			continue
		}
		msg := err.Error()
		if !strings.Contains(msg, p) || !strings.Contains(msg, want[name]) || strings.Contains(msg, "\n") {
			t.Errorf("%s: want one line naming the file and %q, got %q", name, want[name], msg)
		}
	}
	if _, err := Load(context.Background(), filepath.Join(t.TempDir(), "missing.yaml")); err == nil || !strings.Contains(err.Error(), "missing.yaml") {
		t.Errorf("missing file: %v", err)
	}
}
