// Package cypher puts geoalign's graph into Neo4j: it renders facts as a
// self-contained Cypher script (Encoder) and loads them over Bolt (Loader).
//
// It is the only package that imports the Neo4j driver. Nothing driver-typed
// leaves it except Driver, an alias that lets the CLI hold one driver per
// process without importing the driver itself.
//
// Data model: every actor is an :Actor node with one kind label (:Country,
// :Official, ...); every document a :Document node; every event (one
// graph.Edge, all facts sharing a graph.EdgeKey) one relationship whose type
// is the relation's Type() and whose citations are parallel arrays (docs,
// sentences, evidences, citeDates, confidences, modalities). Officials'
// dictionary offices become HOLDS_OFFICE relationships cited by
// "dictionary".
package cypher
