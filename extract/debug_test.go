package extract

import (
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/geoalign/geoalign/dict"
	"github.com/geoalign/geoalign/graph"
)

func TestDebugSentence(t *testing.T) {
	s := os.Getenv("SENT")
	if s == "" {
		t.Skip()
	}
	d, _ := dict.Default(context.Background())
	x, err := New(d)
	if err != nil {
		t.Fatal(err)
	}
	a := x.analyse(s, nil)
	x.findTitles(a)
	for _, m := range a.mentions {
		fmt.Printf("mention %q %s mod=%v title=%v\n", tokText(a, m.start, m.end), m.actor, m.modifier, m.inTitle)
	}
	for _, m := range x.findTriggers(a) {
		fmt.Printf("trigger %q %s hyp=%v modtrig=%v\n", tokText(a, m.start, m.end), m.trig.relation, hypothetical(a, m), modifierTrigger(a, m))
	}
	st := &docState{doc: graph.Document{ID: "d", Published: graph.MustDate("2023-04")}, lastPara: -1}
	for _, f := range x.sentence(st, sentence{text: s}) {
		fmt.Printf("FACT %s %s %s %s %s %v\n", f.Subject, f.Relation, f.Object, f.Date, f.Modality, f.Between)
	}
}

func tokText(a *analysis, i, j int) string {
	s := ""
	for k := i; k < j; k++ {
		s += a.toks[k].text + " "
	}
	return s
}

func TestDebugRelations(t *testing.T) {
	s := os.Getenv("SENT")
	if s == "" {
		t.Skip()
	}
	d, _ := dict.Default(context.Background())
	x, _ := New(d)
	a := x.analyse(s, nil)
	x.findTitles(a)
	st := &docState{doc: graph.Document{ID: "d", Published: graph.MustDate("2023-04")}, lastPara: -1}
	for _, m := range x.findTriggers(a) {
		cs, ce := a.clauseStart(m.start), a.clauseEnd(m.end)
		subj, _ := x.subjectOf(a, cs, m)
		fmt.Printf("trig %s cs=%d ce=%d subj=%v obj=%v comp\n", m.trig.relation, cs, ce, a.actorsOf(subj), a.actorsOf(x.objectOf(a, m, ce)))
	}
	for _, f := range x.relations(st, a) {
		fmt.Printf("found %s %v %v\n", f.trig.relation, f.subjects, f.objects)
	}
}
