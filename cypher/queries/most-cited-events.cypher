// The events most documents report, with every sentence that reports them.
MATCH (s:Actor)-[e]->(o:Actor)
WHERE e.docs IS NOT NULL
RETURN s.name AS subject, e.relation AS relation, o.name AS object, e.date AS date, e.modality AS modality,
       e.sources AS documents, [i IN range(0, size(e.docs) - 1) | e.docs[i] + ' #' + toString(e.sentences[i]) + ': ' + e.evidences[i]] AS citations
ORDER BY documents DESC, size(e.docs) DESC, e.key
// <-- EDIT: the number below is how many events
LIMIT 20;
