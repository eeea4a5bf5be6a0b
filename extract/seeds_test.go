package extract

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/geoalign/geoalign/corpus"
	"github.com/geoalign/geoalign/dict"
	"github.com/geoalign/geoalign/graph"
)

// seedFacts extracts the project's seed documents with the default
// dictionaries.
func seedFacts(t *testing.T) (map[string][]graph.Fact, *dict.Dictionary) {
	t.Helper()
	ctx := context.Background()
	d, err := dict.Default(ctx)
	if err != nil {
		t.Fatal(err)
	}
	x, err := New(d)
	if err != nil {
		t.Fatal(err)
	}
	c, err := corpus.Read(ctx, []string{filepath.Join("..", "seeds")}, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Problems) > 0 || len(c.Documents) != 5 {
		t.Fatalf("seeds: %d documents, problems %v", len(c.Documents), c.Problems)
	}
	out := map[string][]graph.Fact{}
	for _, doc := range c.Documents {
		out[doc.ID] = x.Extract(doc)
	}
	return out, d
}

// idOf finds an actor id by display name, so that tests read like the issue.
func idOf(t *testing.T, d *dict.Dictionary, name string) string {
	t.Helper()
	for _, a := range d.Actors {
		if a.Name == name {
			return a.ID
		}
	}
	t.Fatalf("no actor named %q in the dictionary", name)
	return ""
}

func TestSeedFacts(t *testing.T) {
	facts, d := seedFacts(t)
	cases := []struct {
		doc, subject, relation, object, date string
		evidence                             string // a part of the evidence sentence
		objectsOneOf                         []string
	}{
		{doc: "000", subject: "Pakistan", relation: "abstained", object: "UN General Assembly", date: "2023-04", evidence: "abstained from voting"},
		{doc: "000", subject: "Pakistan", relation: "bought_from", object: "Russia", date: "2023-04", evidence: "buying crude oil from Russia"},
		{doc: "000", subject: "Pakistan", relation: "consulted", object: "United States", date: "2023-04", evidence: "consulted Washington"},
		{doc: "001", subject: "Pakistan", relation: "mediated", object: "United States", date: "2020", evidence: "mediated by Pakistan"},
		{doc: "001", subject: "Pakistan", relation: "mediated", object: "Taliban", date: "2020", evidence: "mediated by Pakistan"},
		{doc: "001", subject: "Russia", relation: "lifted_embargo_on", object: "Pakistan", date: "2014", evidence: "lift its embargo"},
		{doc: "003", subject: "Russia", relation: "held_exercises_with", object: "Pakistan", date: "2016", evidence: "joint military exercises"},
		{doc: "001", subject: "Donald Trump", relation: "cut_aid_to", object: "Pakistan", date: "2018", evidence: "cut defence aid"},
		{doc: "003", subject: "Donald Trump", relation: "threatened", object: "Pakistan", date: "2017-08", evidence: "threatened to halt"},
		{doc: "002", subject: "China", relation: "mediated", object: "Iran", date: "2023-03", evidence: "brokering the Iran-Saudi"},
		{doc: "002", subject: "China", relation: "mediated", object: "Saudi Arabia", date: "2023-03", evidence: "brokering the Iran-Saudi"},
		{doc: "002", subject: "Pakistan", relation: "declined", object: "Summit for Democracy", date: "2023-03", evidence: "declined to attend"},
		{doc: "004", subject: "Sergey Lavrov", relation: "congratulated", object: "Bilawal Bhutto Zardari", date: "2022-05", evidence: "congratulated Bilawal"},
		{doc: "003", subject: "Russia", relation: "refused", object: "India", date: "2016", evidence: "turned down the demand"},
		{doc: "002", subject: "NATO", relation: "attacked", object: "Pakistan", date: "2011", evidence: "Salala"},
		{doc: "002", subject: "Pakistan", relation: "blocked", object: "NATO", date: "2011", evidence: "supply route"},
		{doc: "000", subject: "Ajit Doval", relation: "met", object: "Nikolay Patrushev", date: "2023-02-22", evidence: "Feb 22 conversation"},
	}
	for _, c := range cases {
		name := c.subject + " " + c.relation + " " + c.object
		t.Run(name, func(t *testing.T) {
			s, o := idOf(t, d, c.subject), idOf(t, d, c.object)
			var docFacts []graph.Fact
			for id, fs := range facts {
				if strings.HasPrefix(id, c.doc) {
					docFacts = fs
				}
			}
			for _, f := range docFacts {
				same := f.Subject == s && f.Object == o
				if d.Vocabulary()[c.relation].Symmetric {
					same = same || f.Subject == o && f.Object == s
				}
				if same && f.Relation == c.relation && strings.Contains(f.Evidence, c.evidence) {
					if f.Date.String() != c.date {
						t.Errorf("date %s, want %s (evidence %q)", f.Date, c.date, f.Evidence)
					}
					if f.Precision != f.Date.Precision() {
						t.Errorf("precision %q for date %s", f.Precision, f.Date)
					}
					return
				}
			}
			t.Errorf("not found in doc %s; facts of that doc:\n%s", c.doc, dump(docFacts))
		})
	}
}

// TestSeedSentencesWithoutRelations: sentences naming two actors but stating
// no relation between them must give no fact.
func TestSeedSentencesWithoutRelations(t *testing.T) {
	facts, _ := seedFacts(t)
	quiet := []string{
		"Pakistan and US relations are uneasy, documents reveal",
		"The internal memo was sent to official recipients in Pakistan in March.",
		"The leaked US intelligence document containing the memo does not say how Washington obtained Ms Khar’s memo.",
		"Pakistan’s close relationship with China and growing ties with Russia are also pushing the US away from Islamabad.",
		"Authorities were concerned about the possible fallout of shift in the US approach towards Islamabad.",
	}
	for _, q := range quiet {
		for _, fs := range facts {
			for _, f := range fs {
				if strings.Contains(f.Evidence, q) && f.Relation != graph.HoldsOffice {
					t.Errorf("sentence %q gave %s %s %s", q, f.Subject, f.Relation, f.Object)
				}
			}
		}
	}
}

// TestEvidenceIsVerbatim: every evidence sentence is text of its document.
func TestEvidenceIsVerbatim(t *testing.T) {
	facts, _ := seedFacts(t)
	c, err := corpus.Read(context.Background(), []string{filepath.Join("..", "seeds")}, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]string{}
	for _, doc := range c.Documents {
		texts[doc.ID] = doc.Text
	}
	n := 0
	for id, fs := range facts {
		for _, f := range fs {
			n++
			if f.Doc != id || !strings.Contains(texts[id], f.Evidence) || f.Evidence == "" {
				t.Errorf("fact %+v: evidence not verbatim in %s", f, id)
			}
		}
	}
	if n < 30 {
		t.Errorf("only %d facts from the seeds", n)
	}
}

func dump(fs []graph.Fact) string {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString("  " + f.Subject + " " + f.Relation + " " + f.Object + " " + f.Date.String() + " [" + f.Evidence + "]\n")
	}
	return b.String()
}
