package cypher

import (
	"fmt"
	"math/rand"

	"github.com/geoalign/geoalign/graph"
)

// synthetic makes a reproducible dataset of docs documents with perDoc
// facts each, among 300 countries and 100 officials with offices. One fact
// in five restates an event from a pool of one per 25 facts (100,000 facts:
// 4,000 events, each reported about five times), so that edges are cited
// by several documents and their dates merge.
func synthetic(vocab graph.Relations, docs, perDoc int) Dataset {
	rng := rand.New(rand.NewSource(1))
	var actors []graph.Actor
	for i := 0; i < 300; i++ {
		actors = append(actors, graph.Actor{ID: fmt.Sprintf("country-%03d", i), Name: fmt.Sprintf("Country %d", i), Kind: graph.Country,
			Aliases: []string{fmt.Sprintf("C%d", i)}})
	}
	for i := 0; i < 100; i++ {
		of := actors[rng.Intn(300)].ID
		actors = append(actors, graph.Actor{ID: fmt.Sprintf("official-%03d", i), Name: fmt.Sprintf("Official %d", i), Kind: graph.Official,
			Offices: []graph.Office{{Role: "Foreign Minister", Of: of, From: graph.Date{Year: 2000 + rng.Intn(20), Month: 1 + rng.Intn(12)}}}})
	}
	var relations []string
	for _, name := range vocab.Names() {
		if name != graph.HoldsOffice {
			relations = append(relations, name)
		}
	}
	randomFact := func() graph.Fact {
		d := graph.Date{Year: 1990 + rng.Intn(34)}
		switch rng.Intn(3) {
		case 1:
			d.Month = 1 + rng.Intn(12)
		case 2:
			d.Month, d.Day = 1+rng.Intn(12), 1+rng.Intn(28)
		}
		return graph.Fact{
			Subject: actors[rng.Intn(len(actors))].ID, Relation: relations[rng.Intn(len(relations))], Object: actors[rng.Intn(len(actors))].ID,
			Date: d, Precision: d.Precision(), Modality: graph.Asserted, Confidence: 0.5 + float64(rng.Intn(50))/100,
		}
	}
	pool := make([]graph.Fact, max(1, docs*perDoc/25))
	for i := range pool {
		pool[i] = randomFact()
	}
	ds := Dataset{Actors: actors, Relations: vocab}
	for d := 0; d < docs; d++ {
		doc := Document{Document: graph.Document{ID: fmt.Sprintf("synthetic-%05d", d), Title: fmt.Sprintf("Synthetic document %d", d),
			Source: "geoalign benchmark", Published: graph.Date{Year: 2023, Month: 1 + d%12}}}
		for s := 0; s < perDoc; s++ {
			f := randomFact()
			if rng.Intn(5) == 0 {
				f = pool[rng.Intn(len(pool))]
				f.Date = graph.Date{Year: f.Date.Year} // a vaguer report of the same event
			}
			f.Doc, f.Sentence = doc.ID, s
			f.Evidence = fmt.Sprintf("Sentence %d of %s: %s %s %s in %s.", s, doc.ID, f.Subject, f.Relation, f.Object, f.Date)
			doc.Facts = append(doc.Facts, f)
		}
		ds.Documents = append(ds.Documents, doc)
	}
	return ds
}
