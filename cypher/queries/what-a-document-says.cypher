// Everything one document says, in sentence order: each citation of it,
// with the event it supports and how many other documents agree. The
// document node lists its edges' keys, which begin subject|relation|object.
WITH '003_2fb45e73f67d06db' AS document // <-- EDIT: the document's id (file name without .txt)
MATCH (d:Document {id: document})
UNWIND d.edges AS k
WITH document, k, split(k, '|') AS part
MATCH (s:Actor {id: part[0]})-[e]->(o:Actor {id: part[2]})
WHERE e.key = k
UNWIND [i IN range(0, size(e.docs) - 1) WHERE e.docs[i] = document] AS i
RETURN e.sentences[i] AS sentence, s.name AS subject, e.relation AS relation, o.name AS object,
       e.citeDates[i] AS date, e.modality AS modality, e.sources - 1 AS otherDocuments, e.evidences[i] AS evidence
ORDER BY sentence, relation;
