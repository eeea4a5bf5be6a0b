// Package graph holds geoalign's domain: actors, the relation vocabulary,
// documents, the fact records the extractor produces, the edges they merge
// into, and the path and alignment queries that every engine answers.
//
// It imports no database driver. The extractor (package extract) produces
// Facts; package cypher renders and loads them into Neo4j and answers queries
// there; package embedded answers the same queries in process.
package graph
