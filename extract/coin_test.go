package extract

import (
	"testing"

	"github.com/geoalign/geoalign/graph"
)

// TestCoinedOfficials: a minister the dictionaries lack is coined from the
// title, holds the office for the state named before it, and is found again
// by surname later in the document.
func TestCoinedOfficials(t *testing.T) {
	x := defaultExtractor(t)
	doc := graph.Document{ID: "t", Published: graph.MustDate("2024-05-28"), Text: "Lithuanian Foreign Minister Elira Qorvandis accused Moscow last week of waging a hybrid campaign.\n" +
		"On Monday Ms Qorvandis met Antony Blinken in Vilnius. The General Assembly voted on Tuesday."}
	facts, coined := x.ExtractDocument(doc)
	if len(coined) != 1 || coined[0].ID != "elira-qorvandis" || coined[0].Name != "Elira Qorvandis" {
		t.Fatalf("coined %+v", coined)
	}
	if len(coined[0].Offices) != 1 || coined[0].Offices[0].Of != "lithuania" {
		t.Errorf("offices %+v", coined[0].Offices)
	}
	want := map[string]bool{
		"elira-qorvandis holds_office lithuania": false,
		"elira-qorvandis criticized russia":      false,
		"elira-qorvandis met antony-blinken":     false,
	}
	for _, f := range facts {
		k := f.Subject + " " + f.Relation + " " + f.Object
		if _, ok := want[k]; ok {
			want[k] = true
		}
	}
	for k, ok := range want {
		if !ok {
			t.Errorf("missing %s in %+v", k, facts)
		}
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{"Dmytro Kuleba": "dmytro-kuleba", "Hakan Fıdan": "hakan-fidan", "Jean-Noël Barrot": "jean-noel-barrot"} {
		if got := slug(in); got != want {
			t.Errorf("slug(%q) = %q, want %q", in, got, want)
		}
	}
}
