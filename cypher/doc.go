// Package cypher puts geoalign's graph into Neo4j: it renders facts as a
// self-contained Cypher script (Encoder) and loads them over Bolt (Loader).
// Both build the same graph from the same planned statements, with two
// differences that make the Loader faster. The Loader merges each actor
// and dictionary office once per load, where the script merges them with
// every document that needs them. And the Loader asks which of a
// document's edges exist, creates the others and merges the document's
// citations into the existing ones in Go (restate.go), where the script,
// which cannot ask, recomputes existing edges in Cypher (updateEdges) and
// creates the missing ones (createEdges).
//
// It is the only package that imports the Neo4j driver (with its test
// helper, neo4jtest). Nothing driver-typed leaves it except Driver, an alias
// that lets the command line hold the process's one driver.
//
// The data model:
//
//   - (:Actor:<Kind> {id, name, kind, aliases}): every actor the facts name,
//     and the actors their officials held office for; exactly one kind label
//     (:Country, :Official, :Institution, :Group, :Event).
//   - (:Document {id, title, source, published, edges}): edges lists the
//     keys of the relationships the document cites, so that loading it again
//     can take its old citations back.
//   - one relationship per event (graph.Edge: the facts sharing a
//     graph.EdgeKey), typed by the relation's Type() (HELD_EXERCISES_WITH),
//     directed subject to object (symmetric relations: smaller id first),
//     with key, relation, modality, date, precision, start, end, year
//     (graph.MergedDate over its citations; start and end are the first and
//     last day the date may denote, for as-of and since filters), between,
//     goods, role, sources (distinct documents) and its citations as
//     parallel arrays docs, sentences, evidences, citeDates, confidences,
//     plus citeBetween, citeGoods and citeRoles when any citation has one.
//   - (:Official)-[:HOLDS_OFFICE {key: "office|<official>|<of>|<role>|<from>",
//     role, from, to, start, end, source: 'dictionary'}]->(:Actor) for the
//     dictionary offices of the officials in the graph, besides
//     HOLDS_OFFICE events that documents state.
package cypher
