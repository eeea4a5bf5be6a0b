// Everything Russia and Pakistan did together: their direct edges, either
// way, and the acts both aimed at the same third actor in the same year
// (both abstained on one resolution, both met one envoy), oldest first,
// with the sentences that say so.
WITH 'russia' AS first, 'pakistan' AS second // <-- EDIT: the two actors' ids
MATCH (a:Actor {id: first}), (b:Actor {id: second})
CALL (a, b) {
  MATCH (a)-[e]-(b)
  WHERE type(e) <> 'HOLDS_OFFICE'
  RETURN e.date AS date, startNode(e).name + ' ' + e.relation + ' ' + endNode(e).name AS what,
         e.modality AS modality, e.evidences AS evidence, e.docs AS documents
  UNION ALL
  MATCH (a)-[e1]->(third:Actor)<-[e2]-(b)
  WHERE type(e1) = type(e2) AND e1.year = e2.year AND type(e1) <> 'HOLDS_OFFICE'
  RETURN e1.date AS date, 'both ' + e1.relation + ' ' + third.name AS what,
         e1.modality AS modality, e1.evidences + e2.evidences AS evidence, e1.docs + e2.docs AS documents
}
RETURN date, what, modality, evidence, documents
ORDER BY date;
