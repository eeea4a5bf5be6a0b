// The shortest chain of events linking the United States to Russia, each
// hop with its date and the first sentence that reports it. Only acts that
// happened (asserted or claimed) are walked; offices are not. Returns the
// path too, for the graph view.
WITH 'united-states' AS source, 'russia' AS target // <-- EDIT: the two actors' ids
MATCH (a:Actor {id: source}), (b:Actor {id: target})
MATCH p = shortestPath((a)-[*..6]-(b)) // <-- EDIT: *..6 is the longest chain looked for
WHERE all(e IN relationships(p) WHERE type(e) <> 'HOLDS_OFFICE' AND e.modality IN ['asserted', 'claimed'])
RETURN [n IN nodes(p) | n.name] AS actors,
       [e IN relationships(p) | {from: startNode(e).name, relation: e.relation, to: endNode(e).name,
                                 date: e.date, evidence: e.evidences[0], document: e.docs[0], sentence: e.sentences[0]}] AS hops,
       p;
