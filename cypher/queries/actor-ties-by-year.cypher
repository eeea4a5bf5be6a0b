// Pakistan's ties, year by year: each partner, the relations, how many
// events and how many documents report them. Negated and denied facts and
// offices are left out.
WITH 'pakistan' AS actor // <-- EDIT: the actor's id
MATCH (a:Actor {id: actor})-[e]-(partner:Actor)
WHERE type(e) <> 'HOLDS_OFFICE' AND e.modality IN ['asserted', 'claimed']
RETURN coalesce(toString(e.year), 'undated') AS year,
       partner.name AS partner,
       collect(DISTINCT e.relation) AS relations,
       count(e) AS events,
       sum(e.sources) AS documents
ORDER BY year, partner;
