// Pakistan's relations as they stood at the end of 2018: every edge whose
// whole date lies on or before that day (a year-only edge counts once its
// year is over), latest first. Undated edges are left out.
WITH 'pakistan' AS actor, '2018-12-31' AS asOf // <-- EDIT: the actor's id and the day (YYYY-MM-DD)
MATCH (a:Actor {id: actor})-[e]-(partner:Actor)
WHERE type(e) <> 'HOLDS_OFFICE' AND e.modality IN ['asserted', 'claimed'] AND e.end <= asOf
RETURN e.date AS date, startNode(e).name AS subject, e.relation AS relation, endNode(e).name AS object,
       e.sources AS documents, e.evidences[0] AS evidence
ORDER BY e.end DESC, relation;
