package cypher

import (
	"fmt"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Summary is what a load did, from the server's own counters.
type Summary struct {
	Documents            int
	Facts                int
	Edges                int // document-edge rows: events per document, summed
	NodesCreated         int
	NodesDeleted         int
	RelationshipsCreated int
	RelationshipsDeleted int
	PropertiesSet        int
	Elapsed              time.Duration
}

// add counts one statement's result (fromDB: driver type in, domain out).
func (s *Summary) add(c neo4j.Counters) {
	s.NodesCreated += c.NodesCreated()
	s.NodesDeleted += c.NodesDeleted()
	s.RelationshipsCreated += c.RelationshipsCreated()
	s.RelationshipsDeleted += c.RelationshipsDeleted()
	s.PropertiesSet += c.PropertiesSet()
}

func (s *Summary) merge(o Summary) {
	s.Documents += o.Documents
	s.Facts += o.Facts
	s.Edges += o.Edges
	s.NodesCreated += o.NodesCreated
	s.NodesDeleted += o.NodesDeleted
	s.RelationshipsCreated += o.RelationshipsCreated
	s.RelationshipsDeleted += o.RelationshipsDeleted
	s.PropertiesSet += o.PropertiesSet
}

// FactsPerSecond is the load's throughput.
func (s Summary) FactsPerSecond() float64 {
	if s.Elapsed <= 0 {
		return 0
	}
	return float64(s.Facts) / s.Elapsed.Seconds()
}

func (s Summary) String() string {
	return fmt.Sprintf("%d documents, %d facts: %d nodes and %d relationships created, %d nodes and %d relationships deleted, %d properties set in %s",
		s.Documents, s.Facts, s.NodesCreated, s.RelationshipsCreated, s.NodesDeleted, s.RelationshipsDeleted, s.PropertiesSet, s.Elapsed.Round(time.Millisecond))
}
