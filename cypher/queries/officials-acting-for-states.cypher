// What officials did on behalf of Russia: each act of a person who held an
// office of that state on the act's date (from the dictionary's
// HOLDS_OFFICE edges), lifted to the state.
WITH 'russia' AS state // <-- EDIT: the state's id
MATCH (official:Official)-[h:HOLDS_OFFICE {source: 'dictionary'}]->(s:Actor {id: state})
MATCH (official)-[e]-(other:Actor)
WHERE type(e) <> 'HOLDS_OFFICE' AND e.start IS NOT NULL
  AND (h.start IS NULL OR e.end >= h.start) AND (h.end IS NULL OR e.start <= h.end)
RETURN e.date AS date, s.name AS state, official.name AS official, h.role AS role,
       e.relation AS relation, other.name AS other, e.evidences[0] AS evidence
ORDER BY date;
