package graph_test

import (
	"errors"
	"testing"

	"github.com/geoalign/geoalign/graph"
	"github.com/geoalign/geoalign/graph/graphtest"
)

func TestResolveFindsNamesAliasesDemonymsAndIDs(t *testing.T) {
	dir := graphtest.Directory(t)
	for typed, want := range map[string]string{
		"Pakistan":          "pakistan",
		"PAKISTAN":          "pakistan",
		"Islamabad":         "pakistan",
		"islamabad":         "pakistan",
		"Pakistani":         "pakistan",
		"united-states":     "united-states",
		"the United States": "united-states",
		"  united   states": "united-states",
		"US":                "united-states",
		"U.S.":              "united-states",
		"u.s":               "united-states",
		"Washington":        "united-states",
		"Kremlin":           "russia",
		"Mr Doval":          "ajit-kumar-doval",
		"Afghan Taliban":    "taliban",
	} {
		a, err := dir.Resolve(typed)
		if err != nil {
			t.Errorf("Resolve(%q): %v", typed, err)
			continue
		}
		if a.ID != want {
			t.Errorf("Resolve(%q) = %s, want %s", typed, a.ID, want)
		}
	}
}

func TestResolveSuggestsCloseNames(t *testing.T) {
	dir := graphtest.Directory(t)
	for typed, want := range map[string]string{
		"Pakistn":   "no actor 'Pakistn'; did you mean Pakistan?",
		"Islamabd":  "no actor 'Islamabd'; did you mean Islamabad (Pakistan)?",
		"Rusia":     "no actor 'Rusia'; did you mean Russia?",
		"sharif":    "no actor 'sharif'; did you mean Shehbaz Sharif?",
		"Qwertyuio": "no actor 'Qwertyuio'; `geoalign actors` lists the known ones",
	} {
		_, err := dir.Resolve(typed)
		var unknown *graph.UnknownActorError
		if !errors.As(err, &unknown) {
			t.Errorf("Resolve(%q) error = %v, want an UnknownActorError", typed, err)
			continue
		}
		if err.Error() != want {
			t.Errorf("Resolve(%q):\n got %s\nwant %s", typed, err, want)
		}
	}
}

func TestResolveReportsAmbiguousNames(t *testing.T) {
	dir := graph.NewDirectory([]graph.Actor{
		{ID: "georgia", Name: "Georgia", Kind: graph.Country},
		{ID: "georgia-us-state", Name: "Georgia (US state)", Kind: graph.Institution, Aliases: []string{"georgia"}},
	})
	_, err := dir.Resolve("Georgia")
	var amb *graph.AmbiguousActorError
	if !errors.As(err, &amb) || len(amb.IDs) != 2 {
		t.Fatalf("Resolve(Georgia) = %v, want both ids", err)
	}
}

func TestDirectoryNamesUnknownIDsByTheirID(t *testing.T) {
	dir := graphtest.Directory(t)
	if got := dir.Name("pakistan"); got != "Pakistan" {
		t.Errorf("Name(pakistan) = %q", got)
	}
	if got := dir.Name("atlantis"); got != "atlantis" {
		t.Errorf("Name(atlantis) = %q", got)
	}
	dir.Add(graph.Actor{ID: "atlantis"})
	if a, err := dir.Resolve("ATLANTIS"); err != nil || a.ID != "atlantis" {
		t.Errorf("Resolve after Add = %v, %v", a, err)
	}
}
