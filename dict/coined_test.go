package dict

import (
	"context"
	"reflect"
	"testing"

	"github.com/geoalign/geoalign/graph"
)

func TestWithCoinedFromGivesUnknownOfficialsTheirOffices(t *testing.T) {
	d, err := Default(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	facts := []graph.Fact{
		{Subject: "wanjiku-otieno", Relation: graph.HoldsOffice, Object: "kenya", Role: "Foreign Minister"},
		{Subject: "wanjiku-otieno", Relation: graph.HoldsOffice, Object: "kenya", Role: "Foreign Minister"},
		{Subject: "wanjiku-otieno", Relation: "met", Object: "wang-yi"},
		{Subject: "wang-yi", Relation: graph.HoldsOffice, Object: "kenya", Role: "Foreign Minister"}, // known: the dictionary's offices stand
	}
	got := d.WithCoinedFrom(facts)
	e, ok := got.Actor("wanjiku-otieno")
	if !ok {
		t.Fatal("the coined official is unknown")
	}
	want := graph.Actor{ID: "wanjiku-otieno", Name: "wanjiku-otieno", Kind: graph.Official,
		Offices: []graph.Office{{Role: "Foreign Minister", Of: "kenya"}}}
	if !reflect.DeepEqual(e.Actor, want) {
		t.Errorf("got %+v, want %+v", e.Actor, want)
	}
	wang, _ := got.Actor("wang-yi")
	if wang.ServedOn(graph.MustDate("2024")) != "china" {
		t.Errorf("wang-yi's dictionary offices changed: %+v", wang.Offices)
	}
	if _, ok := d.Actor("wanjiku-otieno"); ok {
		t.Error("the original dictionary changed")
	}
}
