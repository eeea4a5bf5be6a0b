package cypher

import (
	"context"
	"testing"

	"github.com/geoalign/geoalign/dict"
	"github.com/geoalign/geoalign/graph"
)

// The fixture: three documents whose facts exercise every rule of the
// data model. Changing it changes the golden script (go test -update).

var fixtureActors = []graph.Actor{
	{ID: "pakistan", Name: "Pakistan", Kind: graph.Country, Aliases: []string{"Islamabad", "Pakistani"}},
	{ID: "russia", Name: "Russia", Kind: graph.Country, Aliases: []string{"Moscow", "Kremlin"}},
	{ID: "united-states", Name: "United States", Kind: graph.Country, Aliases: []string{"US", "U.S.", "Washington"}},
	{ID: "china", Name: "China", Kind: graph.Country, Aliases: []string{"Beijing"}},
	{ID: "india", Name: "India", Kind: graph.Country},
	{ID: "taliban", Name: "Taliban", Kind: graph.Group, Aliases: []string{"Afghan Taliban"}},
	{ID: "imf", Name: "IMF", Kind: graph.Institution, Aliases: []string{"International Monetary Fund"}},
	{ID: "unga-ukraine-resolution", Name: "UNGA resolution on Ukraine", Kind: graph.Event},
	{ID: "shehbaz-sharif", Name: "Shehbaz Sharif", Kind: graph.Official, Aliases: []string{"PM Shehbaz"},
		Offices: []graph.Office{{Role: "Prime Minister", Of: "pakistan", From: graph.MustDate("2022-04-11")}}},
	{ID: "sergey-lavrov", Name: "Sergey Lavrov", Kind: graph.Official,
		Offices: []graph.Office{{Role: "Foreign Minister", Of: "russia", From: graph.MustDate("2004-03-09")}}},
	{ID: "vladimir-putin", Name: "Vladimir Putin", Kind: graph.Official,
		Offices: []graph.Office{{Role: "President", Of: "russia", From: graph.MustDate("2012-05-07")}}},
}

// nasty is evidence text that a careless literal would break: quotes,
// backslashes, the statement separator, a newline, Unicode beyond the BMP.
const nasty = "Pakistan's \"first\" cargo; of Russian crude\\oil — ₽ 😀\nnext line\ttab"

func fact(doc string, sentence int, subject, relation, object, date string, m graph.Modality, evidence string) graph.Fact {
	d := graph.MustDate(date)
	return graph.Fact{Doc: doc, Sentence: sentence, Subject: subject, Relation: relation, Object: object,
		Date: d, Precision: d.Precision(), Modality: m, Confidence: 0.9, Evidence: evidence}
}

func fixtureDocs() []Document {
	a := Document{Document: graph.Document{ID: "doc-a", Title: "Russia's pivot", Source: "The Express Tribune", Published: graph.MustDate("2018-05-07")}}
	b := Document{Document: graph.Document{ID: "doc-b", Title: "Oil; and \"aid\"", Source: "Dawn", Published: graph.MustDate("2023-06")}}
	c := Document{Document: graph.Document{ID: "doc-c", Title: "", Source: "", Published: graph.Date{}}}

	mediatedUS := fact("doc-a", 5, "pakistan", "mediated", "united-states", "2019", graph.Asserted, "Pakistan mediated the US-Taliban talks.")
	mediatedUS.Between = []string{"taliban", "united-states"}
	mediatedTaliban := mediatedUS
	mediatedTaliban.Object = "taliban"
	a.Facts = []graph.Fact{
		fact("doc-a", 3, "russia", "held_exercises_with", "pakistan", "2016", graph.Asserted, "In 2016, Russian and Pakistani troops held exercises."),
		mediatedUS, mediatedTaliban,
		fact("doc-a", 9, "sergey-lavrov", "met", "shehbaz-sharif", "2022-07-15", graph.Asserted, "Lavrov met PM Shehbaz on 15 July 2022."),
		fact("doc-a", 12, "pakistan", "abstained", "unga-ukraine-resolution", "2022-03-02", graph.Asserted, "Pakistan abstained."),
	}

	bought := fact("doc-b", 2, "pakistan", "bought_from", "russia", "2023-06", graph.Asserted, nasty)
	bought.Goods = "crude oil"
	b.Facts = []graph.Fact{
		bought,
		fact("doc-b", 7, "pakistan", "held_exercises_with", "russia", "2016-09", graph.Asserted, "Drills in September 2016."),
		fact("doc-b", 11, "united-states", "cut_aid_to", "pakistan", "", graph.Asserted, "Washington cut aid."),
		fact("doc-b", 13, "russia", "supported", "india", "2019", graph.Negated, "Russia has not supported India."),
	}

	aid := fact("doc-c", 4, "imf", "gave_aid_to", "pakistan", "2023-07-12", graph.Asserted, "The IMF approved a $3bn loan on 12 July 2023.")
	aid.Confidence = 0.85
	aidAgain := aid
	aidAgain.Confidence = 0.5 // the same sentence states it twice: one citation
	office := fact("doc-c", 8, "shehbaz-sharif", "holds_office", "pakistan", "2022-04-11", graph.Asserted, "Prime Minister Shehbaz Sharif took office.")
	office.Role = "Prime Minister"
	c.Facts = []graph.Fact{
		fact("doc-c", 1, "russia", "held_exercises_with", "pakistan", "2016-10", graph.Asserted, "Joint drills in October 2016."),
		aid, aidAgain,
		fact("doc-c", 6, "pakistan", "abstained", "unga-ukraine-resolution", "2022-03", graph.Claimed, "Khan said Pakistan abstained."),
		office,
	}
	return []Document{a, b, c}
}

// changedDocB is doc-b as edited: the purchase is gone, the drills are
// dated to the year only, and there is a new partnership.
func changedDocB() Document {
	b := fixtureDocs()[1]
	b.Title = "Oil and aid, revised"
	b.Facts = []graph.Fact{
		fact("doc-b", 7, "pakistan", "held_exercises_with", "russia", "2016", graph.Asserted, "Drills in 2016."),
		// Only doc-b cites the aid cut: new evidence makes Cypher recompute
		// an edge Go computed, which must come out the same.
		fact("doc-b", 11, "united-states", "cut_aid_to", "pakistan", "", graph.Asserted, "Washington cut all aid."),
		fact("doc-b", 14, "china", "partnered_with", "pakistan", "2015", graph.Asserted, "China and Pakistan became strategic partners in 2015."),
		fact("doc-b", 13, "russia", "supported", "india", "2019", graph.Negated, "Russia has not supported India."),
	}
	return b
}

func vocabulary(t testing.TB) graph.Relations {
	t.Helper()
	d, err := dict.Default(context.Background())
	if err != nil {
		t.Fatalf("default dictionary: %v", err)
	}
	return d.Vocabulary()
}

func fixture(t testing.TB) Dataset {
	return Dataset{Actors: fixtureActors, Relations: vocabulary(t), Documents: fixtureDocs()}
}

func allFacts(docs []Document) []graph.Fact {
	var out []graph.Fact
	for _, d := range docs {
		out = append(out, d.Facts...)
	}
	return out
}
