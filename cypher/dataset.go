package cypher

import (
	"fmt"

	"github.com/geoalign/geoalign/graph"
)

// Dataset is what a load or a script puts into Neo4j: documents with their
// facts, and the dictionary data that names their actors and relations.
type Dataset struct {
	// Actors are the dictionary's actors. Only those the facts name, and
	// the actors their officials held office for, become nodes.
	Actors []graph.Actor
	// Relations is the vocabulary; every fact's relation must be in it.
	Relations graph.Relations
	// Documents are loaded in this order, each in one transaction.
	Documents []Document
}

// Document is one source document and the facts extracted from it.
type Document struct {
	graph.Document
	Facts []graph.Fact
}

// Facts counts the facts of every document.
func (ds Dataset) Facts() int {
	n := 0
	for _, d := range ds.Documents {
		n += len(d.Facts)
	}
	return n
}

// actorIndex finds dictionary actors by id.
type actorIndex map[string]graph.Actor

func newActorIndex(actors []graph.Actor) (actorIndex, error) {
	idx := actorIndex{}
	for _, a := range actors {
		if err := a.Validate(); err != nil {
			return nil, err
		}
		idx[a.ID] = a
	}
	for _, a := range actors {
		for _, o := range a.Offices {
			if _, ok := idx[o.Of]; !ok {
				return nil, fmt.Errorf("actor %q holds an office of %q, which is not in the dictionary", a.ID, o.Of)
			}
		}
	}
	return idx, nil
}

// checkFact rejects a fact the graph cannot hold: an unknown relation (it
// would become a relationship type) or an actor with no dictionary entry.
func checkFact(f graph.Fact, vocab graph.Relations, actors actorIndex) error {
	if _, ok := vocab[f.Relation]; !ok {
		return fmt.Errorf("sentence %d: relation %q is not in the vocabulary", f.Sentence, f.Relation)
	}
	for _, id := range []string{f.Subject, f.Object} {
		if _, ok := actors[id]; !ok {
			return fmt.Errorf("sentence %d: actor %q is not in the dictionary", f.Sentence, id)
		}
	}
	return nil
}
