// geoalign graph for Neo4j 5.26: 3 documents, 14 facts.
// Written by `geoalign cypher`; do not edit. Run it in the Neo4j Browser
// (multi-statement) or with `cypher-shell -f FILE`; running it twice changes nothing.

// Schema

CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;

CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;

CREATE CONSTRAINT edge_key_abstained IF NOT EXISTS FOR ()-[e:`ABSTAINED`]-() REQUIRE e.key IS UNIQUE;

CREATE CONSTRAINT edge_key_attacked IF NOT EXISTS FOR ()-[e:`ATTACKED`]-() REQUIRE e.key IS UNIQUE;

CREATE CONSTRAINT edge_key_blocked IF NOT EXISTS FOR ()-[e:`BLOCKED`]-() REQUIRE e.key IS UNIQUE;

CREATE CONSTRAINT edge_key_bought_from IF NOT EXISTS FOR ()-[e:`BOUGHT_FROM`]-() REQUIRE e.key IS UNIQUE;

CREATE CONSTRAINT edge_key_congratulated IF NOT EXISTS FOR ()-[e:`CONGRATULATED`]-() REQUIRE e.key IS UNIQUE;

CREATE CONSTRAINT edge_key_consulted IF NOT EXISTS FOR ()-[e:`CONSULTED`]-() REQUIRE e.key IS UNIQUE;

CREATE CONSTRAINT edge_key_criticized IF NOT EXISTS FOR ()-[e:`CRITICIZED`]-() REQUIRE e.key IS UNIQUE;

CREATE CONSTRAINT edge_key_cut_aid_to IF NOT EXISTS FOR ()-[e:`CUT_AID_TO`]-() REQUIRE e.key IS UNIQUE;

CREATE CONSTRAINT edge_key_declined IF NOT EXISTS FOR ()-[e:`DECLINED`]-() REQUIRE e.key IS UNIQUE;

CREATE CONSTRAINT edge_key_gave_aid_to IF NOT EXISTS FOR ()-[e:`GAVE_AID_TO`]-() REQUIRE e.key IS UNIQUE;

CREATE CONSTRAINT edge_key_held_exercises_with IF NOT EXISTS FOR ()-[e:`HELD_EXERCISES_WITH`]-() REQUIRE e.key IS UNIQUE;

CREATE CONSTRAINT edge_key_holds_office IF NOT EXISTS FOR ()-[e:`HOLDS_OFFICE`]-() REQUIRE e.key IS UNIQUE;

CREATE CONSTRAINT edge_key_invited IF NOT EXISTS FOR ()-[e:`INVITED`]-() REQUIRE e.key IS UNIQUE;

CREATE CONSTRAINT edge_key_lifted_embargo_on IF NOT EXISTS FOR ()-[e:`LIFTED_EMBARGO_ON`]-() REQUIRE e.key IS UNIQUE;

CREATE CONSTRAINT edge_key_mediated IF NOT EXISTS FOR ()-[e:`MEDIATED`]-() REQUIRE e.key IS UNIQUE;

CREATE CONSTRAINT edge_key_met IF NOT EXISTS FOR ()-[e:`MET`]-() REQUIRE e.key IS UNIQUE;

CREATE CONSTRAINT edge_key_partnered_with IF NOT EXISTS FOR ()-[e:`PARTNERED_WITH`]-() REQUIRE e.key IS UNIQUE;

CREATE CONSTRAINT edge_key_pressured IF NOT EXISTS FOR ()-[e:`PRESSURED`]-() REQUIRE e.key IS UNIQUE;

CREATE CONSTRAINT edge_key_refused IF NOT EXISTS FOR ()-[e:`REFUSED`]-() REQUIRE e.key IS UNIQUE;

CREATE CONSTRAINT edge_key_sanctioned IF NOT EXISTS FOR ()-[e:`SANCTIONED`]-() REQUIRE e.key IS UNIQUE;

CREATE CONSTRAINT edge_key_signed_agreement_with IF NOT EXISTS FOR ()-[e:`SIGNED_AGREEMENT_WITH`]-() REQUIRE e.key IS UNIQUE;

CREATE CONSTRAINT edge_key_sold_arms_to IF NOT EXISTS FOR ()-[e:`SOLD_ARMS_TO`]-() REQUIRE e.key IS UNIQUE;

CREATE CONSTRAINT edge_key_supported IF NOT EXISTS FOR ()-[e:`SUPPORTED`]-() REQUIRE e.key IS UNIQUE;

CREATE CONSTRAINT edge_key_threatened IF NOT EXISTS FOR ()-[e:`THREATENED`]-() REQUIRE e.key IS UNIQUE;

CREATE CONSTRAINT edge_key_visited IF NOT EXISTS FOR ()-[e:`VISITED`]-() REQUIRE e.key IS UNIQUE;

CREATE CONSTRAINT edge_key_voted_against IF NOT EXISTS FOR ()-[e:`VOTED_AGAINST`]-() REQUIRE e.key IS UNIQUE;

CREATE CONSTRAINT edge_key_voted_for IF NOT EXISTS FOR ()-[e:`VOTED_FOR`]-() REQUIRE e.key IS UNIQUE;

// Document 1 of 3: 'doc-a', 5 facts, 5 edges

UNWIND [
  {aliases: ['Islamabad', 'Pakistani'], id: 'pakistan', kind: 'country', name: 'Pakistan'},
  {aliases: ['Moscow', 'Kremlin'], id: 'russia', kind: 'country', name: 'Russia'},
  {aliases: ['US', 'U.S.', 'Washington'], id: 'united-states', kind: 'country', name: 'United States'}
] AS r
MERGE (a:Actor {id: r.id})
SET a:`Country`, a.name = r.name, a.kind = r.kind, a.aliases = r.aliases
REMOVE a:`Official`:`Institution`:`Group`:`Event`;

UNWIND [
  {aliases: [], id: 'sergey-lavrov', kind: 'official', name: 'Sergey Lavrov'},
  {aliases: ['PM Shehbaz'], id: 'shehbaz-sharif', kind: 'official', name: 'Shehbaz Sharif'}
] AS r
MERGE (a:Actor {id: r.id})
SET a:`Official`, a.name = r.name, a.kind = r.kind, a.aliases = r.aliases
REMOVE a:`Country`:`Institution`:`Group`:`Event`;

UNWIND [
  {aliases: ['Afghan Taliban'], id: 'taliban', kind: 'group', name: 'Taliban'}
] AS r
MERGE (a:Actor {id: r.id})
SET a:`Group`, a.name = r.name, a.kind = r.kind, a.aliases = r.aliases
REMOVE a:`Country`:`Official`:`Institution`:`Event`;

UNWIND [
  {aliases: [], id: 'unga-ukraine-resolution', kind: 'event', name: 'UNGA resolution on Ukraine'}
] AS r
MERGE (a:Actor {id: r.id})
SET a:`Event`, a.name = r.name, a.kind = r.kind, a.aliases = r.aliases
REMOVE a:`Country`:`Official`:`Institution`:`Group`;

MATCH (d:Document {id: 'doc-a'})
UNWIND [k IN coalesce(d.edges, []) WHERE NOT k IN ['pakistan|abstained|unga-ukraine-resolution|2022|asserted', 'pakistan|held_exercises_with|russia|2016|asserted', 'pakistan|mediated|taliban|2019|asserted', 'pakistan|mediated|united-states|2019|asserted', 'sergey-lavrov|met|shehbaz-sharif|2022|asserted']] AS k
WITH k, split(k, '|') AS part
MATCH (:Actor {id: part[0]})-[e]->(:Actor {id: part[2]})
WHERE e.key = k
WITH e, [i IN range(0, size(e.docs) - 1) WHERE e.docs[i] <> 'doc-a' | {doc: e.docs[i], sentence: e.sentences[i], evidence: e.evidences[i], date: e.citeDates[i], confidence: e.confidences[i], between: e.citeBetween[i], goods: e.citeGoods[i], role: e.citeRoles[i]}] AS cites
CALL (cites) {
  UNWIND cites AS c
  UNWIND split(c.between, ',') AS party
  WITH party WHERE party <> ''
  WITH DISTINCT party ORDER BY party
  RETURN collect(party) AS between
}
WITH e, cites, between,
     reduce(best = '', c IN cites | CASE WHEN size(c.date) > size(best) THEN c.date ELSE best END) AS best
WITH e, cites, between,
     CASE WHEN all(c IN cites WHERE best STARTS WITH c.date) THEN best ELSE left(best, 4) END AS merged
SET e.docs = [c IN cites | c.doc],
    e.sentences = [c IN cites | c.sentence],
    e.evidences = [c IN cites | c.evidence],
    e.citeDates = [c IN cites | c.date],
    e.confidences = [c IN cites | c.confidence],
    e.citeBetween = [c IN cites | c.between],
    e.citeGoods = [c IN cites | c.goods],
    e.citeRoles = [c IN cites | c.role],
    e.sources = size(reduce(seen = [], c IN cites | CASE WHEN c.doc IN seen THEN seen ELSE seen + c.doc END)),
    e.date = CASE WHEN merged = '' THEN null ELSE merged END,
    e.precision = CASE size(merged) WHEN 4 THEN 'year' WHEN 7 THEN 'month' WHEN 10 THEN 'day' END,
    e.start = CASE size(merged) WHEN 4 THEN merged + '-01-01' WHEN 7 THEN merged + '-01' WHEN 10 THEN merged END,
    e.end = CASE size(merged) WHEN 4 THEN merged + '-12-31' WHEN 7 THEN toString(date(merged + '-01') + duration('P1M') - duration('P1D')) WHEN 10 THEN merged END,
    e.year = CASE WHEN merged = '' THEN null ELSE toInteger(left(merged, 4)) END,
    e.between = CASE WHEN size(between) = 0 THEN null ELSE between END,
    e.goods = head([c IN cites WHERE c.goods <> '' | c.goods]),
    e.role = head([c IN cites WHERE c.role <> '' | c.role])
WITH e WHERE size(e.docs) = 0
DELETE e;

MERGE (d:Document {id: 'doc-a'})
SET d.title = 'Russia\'s pivot', d.source = 'The Express Tribune', d.published = '2018-05-07', d.edges = ['pakistan|abstained|unga-ukraine-resolution|2022|asserted', 'pakistan|held_exercises_with|russia|2016|asserted', 'pakistan|mediated|taliban|2019|asserted', 'pakistan|mediated|united-states|2019|asserted', 'sergey-lavrov|met|shehbaz-sharif|2022|asserted'];

UNWIND [
  {cites: [
    {between: '', confidence: 0.9, date: '2022-03-02', doc: 'doc-a', evidence: 'Pakistan abstained.', goods: '', role: '', sentence: 12}
  ], doc: 'doc-a', key: 'pakistan|abstained|unga-ukraine-resolution|2022|asserted', modality: 'asserted', object: 'unga-ukraine-resolution', relation: 'abstained', subject: 'pakistan'}
] AS r
MATCH (s:Actor {id: r.subject})
MATCH (o:Actor {id: r.object})
MERGE (s)-[e:`ABSTAINED` {key: r.key}]->(o)
ON CREATE SET e.relation = r.relation, e.modality = r.modality, e.docs = []
WITH e, [i IN range(0, size(e.docs) - 1) WHERE e.docs[i] <> r.doc | {doc: e.docs[i], sentence: e.sentences[i], evidence: e.evidences[i], date: e.citeDates[i], confidence: e.confidences[i], between: e.citeBetween[i], goods: e.citeGoods[i], role: e.citeRoles[i]}] + r.cites AS unsorted
CALL (unsorted) {
  UNWIND unsorted AS c
  WITH c ORDER BY c.doc, c.sentence
  RETURN collect(c) AS cites
}
WITH e, cites
CALL (cites) {
  UNWIND cites AS c
  UNWIND split(c.between, ',') AS party
  WITH party WHERE party <> ''
  WITH DISTINCT party ORDER BY party
  RETURN collect(party) AS between
}
WITH e, cites, between,
     reduce(best = '', c IN cites | CASE WHEN size(c.date) > size(best) THEN c.date ELSE best END) AS best
WITH e, cites, between,
     CASE WHEN all(c IN cites WHERE best STARTS WITH c.date) THEN best ELSE left(best, 4) END AS merged
SET e.docs = [c IN cites | c.doc],
    e.sentences = [c IN cites | c.sentence],
    e.evidences = [c IN cites | c.evidence],
    e.citeDates = [c IN cites | c.date],
    e.confidences = [c IN cites | c.confidence],
    e.citeBetween = [c IN cites | c.between],
    e.citeGoods = [c IN cites | c.goods],
    e.citeRoles = [c IN cites | c.role],
    e.sources = size(reduce(seen = [], c IN cites | CASE WHEN c.doc IN seen THEN seen ELSE seen + c.doc END)),
    e.date = CASE WHEN merged = '' THEN null ELSE merged END,
    e.precision = CASE size(merged) WHEN 4 THEN 'year' WHEN 7 THEN 'month' WHEN 10 THEN 'day' END,
    e.start = CASE size(merged) WHEN 4 THEN merged + '-01-01' WHEN 7 THEN merged + '-01' WHEN 10 THEN merged END,
    e.end = CASE size(merged) WHEN 4 THEN merged + '-12-31' WHEN 7 THEN toString(date(merged + '-01') + duration('P1M') - duration('P1D')) WHEN 10 THEN merged END,
    e.year = CASE WHEN merged = '' THEN null ELSE toInteger(left(merged, 4)) END,
    e.between = CASE WHEN size(between) = 0 THEN null ELSE between END,
    e.goods = head([c IN cites WHERE c.goods <> '' | c.goods]),
    e.role = head([c IN cites WHERE c.role <> '' | c.role])
WITH e WHERE size(e.docs) = 0
DELETE e;

UNWIND [
  {cites: [
    {between: '', confidence: 0.9, date: '2016', doc: 'doc-a', evidence: 'In 2016, Russian and Pakistani troops held exercises.', goods: '', role: '', sentence: 3}
  ], doc: 'doc-a', key: 'pakistan|held_exercises_with|russia|2016|asserted', modality: 'asserted', object: 'russia', relation: 'held_exercises_with', subject: 'pakistan'}
] AS r
MATCH (s:Actor {id: r.subject})
MATCH (o:Actor {id: r.object})
MERGE (s)-[e:`HELD_EXERCISES_WITH` {key: r.key}]->(o)
ON CREATE SET e.relation = r.relation, e.modality = r.modality, e.docs = []
WITH e, [i IN range(0, size(e.docs) - 1) WHERE e.docs[i] <> r.doc | {doc: e.docs[i], sentence: e.sentences[i], evidence: e.evidences[i], date: e.citeDates[i], confidence: e.confidences[i], between: e.citeBetween[i], goods: e.citeGoods[i], role: e.citeRoles[i]}] + r.cites AS unsorted
CALL (unsorted) {
  UNWIND unsorted AS c
  WITH c ORDER BY c.doc, c.sentence
  RETURN collect(c) AS cites
}
WITH e, cites
CALL (cites) {
  UNWIND cites AS c
  UNWIND split(c.between, ',') AS party
  WITH party WHERE party <> ''
  WITH DISTINCT party ORDER BY party
  RETURN collect(party) AS between
}
WITH e, cites, between,
     reduce(best = '', c IN cites | CASE WHEN size(c.date) > size(best) THEN c.date ELSE best END) AS best
WITH e, cites, between,
     CASE WHEN all(c IN cites WHERE best STARTS WITH c.date) THEN best ELSE left(best, 4) END AS merged
SET e.docs = [c IN cites | c.doc],
    e.sentences = [c IN cites | c.sentence],
    e.evidences = [c IN cites | c.evidence],
    e.citeDates = [c IN cites | c.date],
    e.confidences = [c IN cites | c.confidence],
    e.citeBetween = [c IN cites | c.between],
    e.citeGoods = [c IN cites | c.goods],
    e.citeRoles = [c IN cites | c.role],
    e.sources = size(reduce(seen = [], c IN cites | CASE WHEN c.doc IN seen THEN seen ELSE seen + c.doc END)),
    e.date = CASE WHEN merged = '' THEN null ELSE merged END,
    e.precision = CASE size(merged) WHEN 4 THEN 'year' WHEN 7 THEN 'month' WHEN 10 THEN 'day' END,
    e.start = CASE size(merged) WHEN 4 THEN merged + '-01-01' WHEN 7 THEN merged + '-01' WHEN 10 THEN merged END,
    e.end = CASE size(merged) WHEN 4 THEN merged + '-12-31' WHEN 7 THEN toString(date(merged + '-01') + duration('P1M') - duration('P1D')) WHEN 10 THEN merged END,
    e.year = CASE WHEN merged = '' THEN null ELSE toInteger(left(merged, 4)) END,
    e.between = CASE WHEN size(between) = 0 THEN null ELSE between END,
    e.goods = head([c IN cites WHERE c.goods <> '' | c.goods]),
    e.role = head([c IN cites WHERE c.role <> '' | c.role])
WITH e WHERE size(e.docs) = 0
DELETE e;

UNWIND [
  {cites: [
    {between: 'taliban,united-states', confidence: 0.9, date: '2019', doc: 'doc-a', evidence: 'Pakistan mediated the US-Taliban talks.', goods: '', role: '', sentence: 5}
  ], doc: 'doc-a', key: 'pakistan|mediated|taliban|2019|asserted', modality: 'asserted', object: 'taliban', relation: 'mediated', subject: 'pakistan'},
  {cites: [
    {between: 'taliban,united-states', confidence: 0.9, date: '2019', doc: 'doc-a', evidence: 'Pakistan mediated the US-Taliban talks.', goods: '', role: '', sentence: 5}
  ], doc: 'doc-a', key: 'pakistan|mediated|united-states|2019|asserted', modality: 'asserted', object: 'united-states', relation: 'mediated', subject: 'pakistan'}
] AS r
MATCH (s:Actor {id: r.subject})
MATCH (o:Actor {id: r.object})
MERGE (s)-[e:`MEDIATED` {key: r.key}]->(o)
ON CREATE SET e.relation = r.relation, e.modality = r.modality, e.docs = []
WITH e, [i IN range(0, size(e.docs) - 1) WHERE e.docs[i] <> r.doc | {doc: e.docs[i], sentence: e.sentences[i], evidence: e.evidences[i], date: e.citeDates[i], confidence: e.confidences[i], between: e.citeBetween[i], goods: e.citeGoods[i], role: e.citeRoles[i]}] + r.cites AS unsorted
CALL (unsorted) {
  UNWIND unsorted AS c
  WITH c ORDER BY c.doc, c.sentence
  RETURN collect(c) AS cites
}
WITH e, cites
CALL (cites) {
  UNWIND cites AS c
  UNWIND split(c.between, ',') AS party
  WITH party WHERE party <> ''
  WITH DISTINCT party ORDER BY party
  RETURN collect(party) AS between
}
WITH e, cites, between,
     reduce(best = '', c IN cites | CASE WHEN size(c.date) > size(best) THEN c.date ELSE best END) AS best
WITH e, cites, between,
     CASE WHEN all(c IN cites WHERE best STARTS WITH c.date) THEN best ELSE left(best, 4) END AS merged
SET e.docs = [c IN cites | c.doc],
    e.sentences = [c IN cites | c.sentence],
    e.evidences = [c IN cites | c.evidence],
    e.citeDates = [c IN cites | c.date],
    e.confidences = [c IN cites | c.confidence],
    e.citeBetween = [c IN cites | c.between],
    e.citeGoods = [c IN cites | c.goods],
    e.citeRoles = [c IN cites | c.role],
    e.sources = size(reduce(seen = [], c IN cites | CASE WHEN c.doc IN seen THEN seen ELSE seen + c.doc END)),
    e.date = CASE WHEN merged = '' THEN null ELSE merged END,
    e.precision = CASE size(merged) WHEN 4 THEN 'year' WHEN 7 THEN 'month' WHEN 10 THEN 'day' END,
    e.start = CASE size(merged) WHEN 4 THEN merged + '-01-01' WHEN 7 THEN merged + '-01' WHEN 10 THEN merged END,
    e.end = CASE size(merged) WHEN 4 THEN merged + '-12-31' WHEN 7 THEN toString(date(merged + '-01') + duration('P1M') - duration('P1D')) WHEN 10 THEN merged END,
    e.year = CASE WHEN merged = '' THEN null ELSE toInteger(left(merged, 4)) END,
    e.between = CASE WHEN size(between) = 0 THEN null ELSE between END,
    e.goods = head([c IN cites WHERE c.goods <> '' | c.goods]),
    e.role = head([c IN cites WHERE c.role <> '' | c.role])
WITH e WHERE size(e.docs) = 0
DELETE e;

UNWIND [
  {cites: [
    {between: '', confidence: 0.9, date: '2022-07-15', doc: 'doc-a', evidence: 'Lavrov met PM Shehbaz on 15 July 2022.', goods: '', role: '', sentence: 9}
  ], doc: 'doc-a', key: 'sergey-lavrov|met|shehbaz-sharif|2022|asserted', modality: 'asserted', object: 'shehbaz-sharif', relation: 'met', subject: 'sergey-lavrov'}
] AS r
MATCH (s:Actor {id: r.subject})
MATCH (o:Actor {id: r.object})
MERGE (s)-[e:`MET` {key: r.key}]->(o)
ON CREATE SET e.relation = r.relation, e.modality = r.modality, e.docs = []
WITH e, [i IN range(0, size(e.docs) - 1) WHERE e.docs[i] <> r.doc | {doc: e.docs[i], sentence: e.sentences[i], evidence: e.evidences[i], date: e.citeDates[i], confidence: e.confidences[i], between: e.citeBetween[i], goods: e.citeGoods[i], role: e.citeRoles[i]}] + r.cites AS unsorted
CALL (unsorted) {
  UNWIND unsorted AS c
  WITH c ORDER BY c.doc, c.sentence
  RETURN collect(c) AS cites
}
WITH e, cites
CALL (cites) {
  UNWIND cites AS c
  UNWIND split(c.between, ',') AS party
  WITH party WHERE party <> ''
  WITH DISTINCT party ORDER BY party
  RETURN collect(party) AS between
}
WITH e, cites, between,
     reduce(best = '', c IN cites | CASE WHEN size(c.date) > size(best) THEN c.date ELSE best END) AS best
WITH e, cites, between,
     CASE WHEN all(c IN cites WHERE best STARTS WITH c.date) THEN best ELSE left(best, 4) END AS merged
SET e.docs = [c IN cites | c.doc],
    e.sentences = [c IN cites | c.sentence],
    e.evidences = [c IN cites | c.evidence],
    e.citeDates = [c IN cites | c.date],
    e.confidences = [c IN cites | c.confidence],
    e.citeBetween = [c IN cites | c.between],
    e.citeGoods = [c IN cites | c.goods],
    e.citeRoles = [c IN cites | c.role],
    e.sources = size(reduce(seen = [], c IN cites | CASE WHEN c.doc IN seen THEN seen ELSE seen + c.doc END)),
    e.date = CASE WHEN merged = '' THEN null ELSE merged END,
    e.precision = CASE size(merged) WHEN 4 THEN 'year' WHEN 7 THEN 'month' WHEN 10 THEN 'day' END,
    e.start = CASE size(merged) WHEN 4 THEN merged + '-01-01' WHEN 7 THEN merged + '-01' WHEN 10 THEN merged END,
    e.end = CASE size(merged) WHEN 4 THEN merged + '-12-31' WHEN 7 THEN toString(date(merged + '-01') + duration('P1M') - duration('P1D')) WHEN 10 THEN merged END,
    e.year = CASE WHEN merged = '' THEN null ELSE toInteger(left(merged, 4)) END,
    e.between = CASE WHEN size(between) = 0 THEN null ELSE between END,
    e.goods = head([c IN cites WHERE c.goods <> '' | c.goods]),
    e.role = head([c IN cites WHERE c.role <> '' | c.role])
WITH e WHERE size(e.docs) = 0
DELETE e;

UNWIND [
  {date: '2004-03-09', end: null, from: '2004-03-09', key: 'office|sergey-lavrov|russia|Foreign Minister|2004-03-09', of: 'russia', official: 'sergey-lavrov', precision: 'day', role: 'Foreign Minister', start: '2004-03-09', to: null, year: 2004},
  {date: '2022-04-11', end: null, from: '2022-04-11', key: 'office|shehbaz-sharif|pakistan|Prime Minister|2022-04-11', of: 'pakistan', official: 'shehbaz-sharif', precision: 'day', role: 'Prime Minister', start: '2022-04-11', to: null, year: 2022}
] AS r
MATCH (s:Actor {id: r.official})
MATCH (o:Actor {id: r.of})
MERGE (s)-[e:HOLDS_OFFICE {key: r.key}]->(o)
SET e.relation = 'holds_office', e.modality = 'asserted', e.source = 'dictionary',
    e.role = r.role, e.from = r.from, e.to = r.to,
    e.date = r.date, e.precision = r.precision, e.start = r.start, e.end = r.end, e.year = r.year;

// Document 2 of 3: 'doc-b', 4 facts, 4 edges

UNWIND [
  {aliases: [], id: 'india', kind: 'country', name: 'India'},
  {aliases: ['Islamabad', 'Pakistani'], id: 'pakistan', kind: 'country', name: 'Pakistan'},
  {aliases: ['Moscow', 'Kremlin'], id: 'russia', kind: 'country', name: 'Russia'},
  {aliases: ['US', 'U.S.', 'Washington'], id: 'united-states', kind: 'country', name: 'United States'}
] AS r
MERGE (a:Actor {id: r.id})
SET a:`Country`, a.name = r.name, a.kind = r.kind, a.aliases = r.aliases
REMOVE a:`Official`:`Institution`:`Group`:`Event`;

MATCH (d:Document {id: 'doc-b'})
UNWIND [k IN coalesce(d.edges, []) WHERE NOT k IN ['pakistan|bought_from|russia|2023|asserted', 'pakistan|held_exercises_with|russia|2016|asserted', 'russia|supported|india|2019|negated', 'united-states|cut_aid_to|pakistan|undated|asserted']] AS k
WITH k, split(k, '|') AS part
MATCH (:Actor {id: part[0]})-[e]->(:Actor {id: part[2]})
WHERE e.key = k
WITH e, [i IN range(0, size(e.docs) - 1) WHERE e.docs[i] <> 'doc-b' | {doc: e.docs[i], sentence: e.sentences[i], evidence: e.evidences[i], date: e.citeDates[i], confidence: e.confidences[i], between: e.citeBetween[i], goods: e.citeGoods[i], role: e.citeRoles[i]}] AS cites
CALL (cites) {
  UNWIND cites AS c
  UNWIND split(c.between, ',') AS party
  WITH party WHERE party <> ''
  WITH DISTINCT party ORDER BY party
  RETURN collect(party) AS between
}
WITH e, cites, between,
     reduce(best = '', c IN cites | CASE WHEN size(c.date) > size(best) THEN c.date ELSE best END) AS best
WITH e, cites, between,
     CASE WHEN all(c IN cites WHERE best STARTS WITH c.date) THEN best ELSE left(best, 4) END AS merged
SET e.docs = [c IN cites | c.doc],
    e.sentences = [c IN cites | c.sentence],
    e.evidences = [c IN cites | c.evidence],
    e.citeDates = [c IN cites | c.date],
    e.confidences = [c IN cites | c.confidence],
    e.citeBetween = [c IN cites | c.between],
    e.citeGoods = [c IN cites | c.goods],
    e.citeRoles = [c IN cites | c.role],
    e.sources = size(reduce(seen = [], c IN cites | CASE WHEN c.doc IN seen THEN seen ELSE seen + c.doc END)),
    e.date = CASE WHEN merged = '' THEN null ELSE merged END,
    e.precision = CASE size(merged) WHEN 4 THEN 'year' WHEN 7 THEN 'month' WHEN 10 THEN 'day' END,
    e.start = CASE size(merged) WHEN 4 THEN merged + '-01-01' WHEN 7 THEN merged + '-01' WHEN 10 THEN merged END,
    e.end = CASE size(merged) WHEN 4 THEN merged + '-12-31' WHEN 7 THEN toString(date(merged + '-01') + duration('P1M') - duration('P1D')) WHEN 10 THEN merged END,
    e.year = CASE WHEN merged = '' THEN null ELSE toInteger(left(merged, 4)) END,
    e.between = CASE WHEN size(between) = 0 THEN null ELSE between END,
    e.goods = head([c IN cites WHERE c.goods <> '' | c.goods]),
    e.role = head([c IN cites WHERE c.role <> '' | c.role])
WITH e WHERE size(e.docs) = 0
DELETE e;

MERGE (d:Document {id: 'doc-b'})
SET d.title = 'Oil\u003B and "aid"', d.source = 'Dawn', d.published = '2023-06', d.edges = ['pakistan|bought_from|russia|2023|asserted', 'pakistan|held_exercises_with|russia|2016|asserted', 'russia|supported|india|2019|negated', 'united-states|cut_aid_to|pakistan|undated|asserted'];

UNWIND [
  {cites: [
    {between: '', confidence: 0.9, date: '2023-06', doc: 'doc-b', evidence: 'Pakistan\'s "first" cargo\u003B of Russian crude\\oil — ₽ 😀\nnext line\ttab', goods: 'crude oil', role: '', sentence: 2}
  ], doc: 'doc-b', key: 'pakistan|bought_from|russia|2023|asserted', modality: 'asserted', object: 'russia', relation: 'bought_from', subject: 'pakistan'}
] AS r
MATCH (s:Actor {id: r.subject})
MATCH (o:Actor {id: r.object})
MERGE (s)-[e:`BOUGHT_FROM` {key: r.key}]->(o)
ON CREATE SET e.relation = r.relation, e.modality = r.modality, e.docs = []
WITH e, [i IN range(0, size(e.docs) - 1) WHERE e.docs[i] <> r.doc | {doc: e.docs[i], sentence: e.sentences[i], evidence: e.evidences[i], date: e.citeDates[i], confidence: e.confidences[i], between: e.citeBetween[i], goods: e.citeGoods[i], role: e.citeRoles[i]}] + r.cites AS unsorted
CALL (unsorted) {
  UNWIND unsorted AS c
  WITH c ORDER BY c.doc, c.sentence
  RETURN collect(c) AS cites
}
WITH e, cites
CALL (cites) {
  UNWIND cites AS c
  UNWIND split(c.between, ',') AS party
  WITH party WHERE party <> ''
  WITH DISTINCT party ORDER BY party
  RETURN collect(party) AS between
}
WITH e, cites, between,
     reduce(best = '', c IN cites | CASE WHEN size(c.date) > size(best) THEN c.date ELSE best END) AS best
WITH e, cites, between,
     CASE WHEN all(c IN cites WHERE best STARTS WITH c.date) THEN best ELSE left(best, 4) END AS merged
SET e.docs = [c IN cites | c.doc],
    e.sentences = [c IN cites | c.sentence],
    e.evidences = [c IN cites | c.evidence],
    e.citeDates = [c IN cites | c.date],
    e.confidences = [c IN cites | c.confidence],
    e.citeBetween = [c IN cites | c.between],
    e.citeGoods = [c IN cites | c.goods],
    e.citeRoles = [c IN cites | c.role],
    e.sources = size(reduce(seen = [], c IN cites | CASE WHEN c.doc IN seen THEN seen ELSE seen + c.doc END)),
    e.date = CASE WHEN merged = '' THEN null ELSE merged END,
    e.precision = CASE size(merged) WHEN 4 THEN 'year' WHEN 7 THEN 'month' WHEN 10 THEN 'day' END,
    e.start = CASE size(merged) WHEN 4 THEN merged + '-01-01' WHEN 7 THEN merged + '-01' WHEN 10 THEN merged END,
    e.end = CASE size(merged) WHEN 4 THEN merged + '-12-31' WHEN 7 THEN toString(date(merged + '-01') + duration('P1M') - duration('P1D')) WHEN 10 THEN merged END,
    e.year = CASE WHEN merged = '' THEN null ELSE toInteger(left(merged, 4)) END,
    e.between = CASE WHEN size(between) = 0 THEN null ELSE between END,
    e.goods = head([c IN cites WHERE c.goods <> '' | c.goods]),
    e.role = head([c IN cites WHERE c.role <> '' | c.role])
WITH e WHERE size(e.docs) = 0
DELETE e;

UNWIND [
  {cites: [
    {between: '', confidence: 0.9, date: '', doc: 'doc-b', evidence: 'Washington cut aid.', goods: '', role: '', sentence: 11}
  ], doc: 'doc-b', key: 'united-states|cut_aid_to|pakistan|undated|asserted', modality: 'asserted', object: 'pakistan', relation: 'cut_aid_to', subject: 'united-states'}
] AS r
MATCH (s:Actor {id: r.subject})
MATCH (o:Actor {id: r.object})
MERGE (s)-[e:`CUT_AID_TO` {key: r.key}]->(o)
ON CREATE SET e.relation = r.relation, e.modality = r.modality, e.docs = []
WITH e, [i IN range(0, size(e.docs) - 1) WHERE e.docs[i] <> r.doc | {doc: e.docs[i], sentence: e.sentences[i], evidence: e.evidences[i], date: e.citeDates[i], confidence: e.confidences[i], between: e.citeBetween[i], goods: e.citeGoods[i], role: e.citeRoles[i]}] + r.cites AS unsorted
CALL (unsorted) {
  UNWIND unsorted AS c
  WITH c ORDER BY c.doc, c.sentence
  RETURN collect(c) AS cites
}
WITH e, cites
CALL (cites) {
  UNWIND cites AS c
  UNWIND split(c.between, ',') AS party
  WITH party WHERE party <> ''
  WITH DISTINCT party ORDER BY party
  RETURN collect(party) AS between
}
WITH e, cites, between,
     reduce(best = '', c IN cites | CASE WHEN size(c.date) > size(best) THEN c.date ELSE best END) AS best
WITH e, cites, between,
     CASE WHEN all(c IN cites WHERE best STARTS WITH c.date) THEN best ELSE left(best, 4) END AS merged
SET e.docs = [c IN cites | c.doc],
    e.sentences = [c IN cites | c.sentence],
    e.evidences = [c IN cites | c.evidence],
    e.citeDates = [c IN cites | c.date],
    e.confidences = [c IN cites | c.confidence],
    e.citeBetween = [c IN cites | c.between],
    e.citeGoods = [c IN cites | c.goods],
    e.citeRoles = [c IN cites | c.role],
    e.sources = size(reduce(seen = [], c IN cites | CASE WHEN c.doc IN seen THEN seen ELSE seen + c.doc END)),
    e.date = CASE WHEN merged = '' THEN null ELSE merged END,
    e.precision = CASE size(merged) WHEN 4 THEN 'year' WHEN 7 THEN 'month' WHEN 10 THEN 'day' END,
    e.start = CASE size(merged) WHEN 4 THEN merged + '-01-01' WHEN 7 THEN merged + '-01' WHEN 10 THEN merged END,
    e.end = CASE size(merged) WHEN 4 THEN merged + '-12-31' WHEN 7 THEN toString(date(merged + '-01') + duration('P1M') - duration('P1D')) WHEN 10 THEN merged END,
    e.year = CASE WHEN merged = '' THEN null ELSE toInteger(left(merged, 4)) END,
    e.between = CASE WHEN size(between) = 0 THEN null ELSE between END,
    e.goods = head([c IN cites WHERE c.goods <> '' | c.goods]),
    e.role = head([c IN cites WHERE c.role <> '' | c.role])
WITH e WHERE size(e.docs) = 0
DELETE e;

UNWIND [
  {cites: [
    {between: '', confidence: 0.9, date: '2016-09', doc: 'doc-b', evidence: 'Drills in September 2016.', goods: '', role: '', sentence: 7}
  ], doc: 'doc-b', key: 'pakistan|held_exercises_with|russia|2016|asserted', modality: 'asserted', object: 'russia', relation: 'held_exercises_with', subject: 'pakistan'}
] AS r
MATCH (s:Actor {id: r.subject})
MATCH (o:Actor {id: r.object})
MERGE (s)-[e:`HELD_EXERCISES_WITH` {key: r.key}]->(o)
ON CREATE SET e.relation = r.relation, e.modality = r.modality, e.docs = []
WITH e, [i IN range(0, size(e.docs) - 1) WHERE e.docs[i] <> r.doc | {doc: e.docs[i], sentence: e.sentences[i], evidence: e.evidences[i], date: e.citeDates[i], confidence: e.confidences[i], between: e.citeBetween[i], goods: e.citeGoods[i], role: e.citeRoles[i]}] + r.cites AS unsorted
CALL (unsorted) {
  UNWIND unsorted AS c
  WITH c ORDER BY c.doc, c.sentence
  RETURN collect(c) AS cites
}
WITH e, cites
CALL (cites) {
  UNWIND cites AS c
  UNWIND split(c.between, ',') AS party
  WITH party WHERE party <> ''
  WITH DISTINCT party ORDER BY party
  RETURN collect(party) AS between
}
WITH e, cites, between,
     reduce(best = '', c IN cites | CASE WHEN size(c.date) > size(best) THEN c.date ELSE best END) AS best
WITH e, cites, between,
     CASE WHEN all(c IN cites WHERE best STARTS WITH c.date) THEN best ELSE left(best, 4) END AS merged
SET e.docs = [c IN cites | c.doc],
    e.sentences = [c IN cites | c.sentence],
    e.evidences = [c IN cites | c.evidence],
    e.citeDates = [c IN cites | c.date],
    e.confidences = [c IN cites | c.confidence],
    e.citeBetween = [c IN cites | c.between],
    e.citeGoods = [c IN cites | c.goods],
    e.citeRoles = [c IN cites | c.role],
    e.sources = size(reduce(seen = [], c IN cites | CASE WHEN c.doc IN seen THEN seen ELSE seen + c.doc END)),
    e.date = CASE WHEN merged = '' THEN null ELSE merged END,
    e.precision = CASE size(merged) WHEN 4 THEN 'year' WHEN 7 THEN 'month' WHEN 10 THEN 'day' END,
    e.start = CASE size(merged) WHEN 4 THEN merged + '-01-01' WHEN 7 THEN merged + '-01' WHEN 10 THEN merged END,
    e.end = CASE size(merged) WHEN 4 THEN merged + '-12-31' WHEN 7 THEN toString(date(merged + '-01') + duration('P1M') - duration('P1D')) WHEN 10 THEN merged END,
    e.year = CASE WHEN merged = '' THEN null ELSE toInteger(left(merged, 4)) END,
    e.between = CASE WHEN size(between) = 0 THEN null ELSE between END,
    e.goods = head([c IN cites WHERE c.goods <> '' | c.goods]),
    e.role = head([c IN cites WHERE c.role <> '' | c.role])
WITH e WHERE size(e.docs) = 0
DELETE e;

UNWIND [
  {cites: [
    {between: '', confidence: 0.9, date: '2019', doc: 'doc-b', evidence: 'Russia has not supported India.', goods: '', role: '', sentence: 13}
  ], doc: 'doc-b', key: 'russia|supported|india|2019|negated', modality: 'negated', object: 'india', relation: 'supported', subject: 'russia'}
] AS r
MATCH (s:Actor {id: r.subject})
MATCH (o:Actor {id: r.object})
MERGE (s)-[e:`SUPPORTED` {key: r.key}]->(o)
ON CREATE SET e.relation = r.relation, e.modality = r.modality, e.docs = []
WITH e, [i IN range(0, size(e.docs) - 1) WHERE e.docs[i] <> r.doc | {doc: e.docs[i], sentence: e.sentences[i], evidence: e.evidences[i], date: e.citeDates[i], confidence: e.confidences[i], between: e.citeBetween[i], goods: e.citeGoods[i], role: e.citeRoles[i]}] + r.cites AS unsorted
CALL (unsorted) {
  UNWIND unsorted AS c
  WITH c ORDER BY c.doc, c.sentence
  RETURN collect(c) AS cites
}
WITH e, cites
CALL (cites) {
  UNWIND cites AS c
  UNWIND split(c.between, ',') AS party
  WITH party WHERE party <> ''
  WITH DISTINCT party ORDER BY party
  RETURN collect(party) AS between
}
WITH e, cites, between,
     reduce(best = '', c IN cites | CASE WHEN size(c.date) > size(best) THEN c.date ELSE best END) AS best
WITH e, cites, between,
     CASE WHEN all(c IN cites WHERE best STARTS WITH c.date) THEN best ELSE left(best, 4) END AS merged
SET e.docs = [c IN cites | c.doc],
    e.sentences = [c IN cites | c.sentence],
    e.evidences = [c IN cites | c.evidence],
    e.citeDates = [c IN cites | c.date],
    e.confidences = [c IN cites | c.confidence],
    e.citeBetween = [c IN cites | c.between],
    e.citeGoods = [c IN cites | c.goods],
    e.citeRoles = [c IN cites | c.role],
    e.sources = size(reduce(seen = [], c IN cites | CASE WHEN c.doc IN seen THEN seen ELSE seen + c.doc END)),
    e.date = CASE WHEN merged = '' THEN null ELSE merged END,
    e.precision = CASE size(merged) WHEN 4 THEN 'year' WHEN 7 THEN 'month' WHEN 10 THEN 'day' END,
    e.start = CASE size(merged) WHEN 4 THEN merged + '-01-01' WHEN 7 THEN merged + '-01' WHEN 10 THEN merged END,
    e.end = CASE size(merged) WHEN 4 THEN merged + '-12-31' WHEN 7 THEN toString(date(merged + '-01') + duration('P1M') - duration('P1D')) WHEN 10 THEN merged END,
    e.year = CASE WHEN merged = '' THEN null ELSE toInteger(left(merged, 4)) END,
    e.between = CASE WHEN size(between) = 0 THEN null ELSE between END,
    e.goods = head([c IN cites WHERE c.goods <> '' | c.goods]),
    e.role = head([c IN cites WHERE c.role <> '' | c.role])
WITH e WHERE size(e.docs) = 0
DELETE e;

// Document 3 of 3: 'doc-c', 5 facts, 4 edges

UNWIND [
  {aliases: ['Islamabad', 'Pakistani'], id: 'pakistan', kind: 'country', name: 'Pakistan'},
  {aliases: ['Moscow', 'Kremlin'], id: 'russia', kind: 'country', name: 'Russia'}
] AS r
MERGE (a:Actor {id: r.id})
SET a:`Country`, a.name = r.name, a.kind = r.kind, a.aliases = r.aliases
REMOVE a:`Official`:`Institution`:`Group`:`Event`;

UNWIND [
  {aliases: ['PM Shehbaz'], id: 'shehbaz-sharif', kind: 'official', name: 'Shehbaz Sharif'}
] AS r
MERGE (a:Actor {id: r.id})
SET a:`Official`, a.name = r.name, a.kind = r.kind, a.aliases = r.aliases
REMOVE a:`Country`:`Institution`:`Group`:`Event`;

UNWIND [
  {aliases: ['International Monetary Fund'], id: 'imf', kind: 'institution', name: 'IMF'}
] AS r
MERGE (a:Actor {id: r.id})
SET a:`Institution`, a.name = r.name, a.kind = r.kind, a.aliases = r.aliases
REMOVE a:`Country`:`Official`:`Group`:`Event`;

UNWIND [
  {aliases: [], id: 'unga-ukraine-resolution', kind: 'event', name: 'UNGA resolution on Ukraine'}
] AS r
MERGE (a:Actor {id: r.id})
SET a:`Event`, a.name = r.name, a.kind = r.kind, a.aliases = r.aliases
REMOVE a:`Country`:`Official`:`Institution`:`Group`;

MATCH (d:Document {id: 'doc-c'})
UNWIND [k IN coalesce(d.edges, []) WHERE NOT k IN ['imf|gave_aid_to|pakistan|2023|asserted', 'pakistan|abstained|unga-ukraine-resolution|2022|claimed', 'pakistan|held_exercises_with|russia|2016|asserted', 'shehbaz-sharif|holds_office|pakistan|2022|asserted']] AS k
WITH k, split(k, '|') AS part
MATCH (:Actor {id: part[0]})-[e]->(:Actor {id: part[2]})
WHERE e.key = k
WITH e, [i IN range(0, size(e.docs) - 1) WHERE e.docs[i] <> 'doc-c' | {doc: e.docs[i], sentence: e.sentences[i], evidence: e.evidences[i], date: e.citeDates[i], confidence: e.confidences[i], between: e.citeBetween[i], goods: e.citeGoods[i], role: e.citeRoles[i]}] AS cites
CALL (cites) {
  UNWIND cites AS c
  UNWIND split(c.between, ',') AS party
  WITH party WHERE party <> ''
  WITH DISTINCT party ORDER BY party
  RETURN collect(party) AS between
}
WITH e, cites, between,
     reduce(best = '', c IN cites | CASE WHEN size(c.date) > size(best) THEN c.date ELSE best END) AS best
WITH e, cites, between,
     CASE WHEN all(c IN cites WHERE best STARTS WITH c.date) THEN best ELSE left(best, 4) END AS merged
SET e.docs = [c IN cites | c.doc],
    e.sentences = [c IN cites | c.sentence],
    e.evidences = [c IN cites | c.evidence],
    e.citeDates = [c IN cites | c.date],
    e.confidences = [c IN cites | c.confidence],
    e.citeBetween = [c IN cites | c.between],
    e.citeGoods = [c IN cites | c.goods],
    e.citeRoles = [c IN cites | c.role],
    e.sources = size(reduce(seen = [], c IN cites | CASE WHEN c.doc IN seen THEN seen ELSE seen + c.doc END)),
    e.date = CASE WHEN merged = '' THEN null ELSE merged END,
    e.precision = CASE size(merged) WHEN 4 THEN 'year' WHEN 7 THEN 'month' WHEN 10 THEN 'day' END,
    e.start = CASE size(merged) WHEN 4 THEN merged + '-01-01' WHEN 7 THEN merged + '-01' WHEN 10 THEN merged END,
    e.end = CASE size(merged) WHEN 4 THEN merged + '-12-31' WHEN 7 THEN toString(date(merged + '-01') + duration('P1M') - duration('P1D')) WHEN 10 THEN merged END,
    e.year = CASE WHEN merged = '' THEN null ELSE toInteger(left(merged, 4)) END,
    e.between = CASE WHEN size(between) = 0 THEN null ELSE between END,
    e.goods = head([c IN cites WHERE c.goods <> '' | c.goods]),
    e.role = head([c IN cites WHERE c.role <> '' | c.role])
WITH e WHERE size(e.docs) = 0
DELETE e;

MERGE (d:Document {id: 'doc-c'})
SET d.title = null, d.source = null, d.published = null, d.edges = ['imf|gave_aid_to|pakistan|2023|asserted', 'pakistan|abstained|unga-ukraine-resolution|2022|claimed', 'pakistan|held_exercises_with|russia|2016|asserted', 'shehbaz-sharif|holds_office|pakistan|2022|asserted'];

UNWIND [
  {cites: [
    {between: '', confidence: 0.9, date: '2022-03', doc: 'doc-c', evidence: 'Khan said Pakistan abstained.', goods: '', role: '', sentence: 6}
  ], doc: 'doc-c', key: 'pakistan|abstained|unga-ukraine-resolution|2022|claimed', modality: 'claimed', object: 'unga-ukraine-resolution', relation: 'abstained', subject: 'pakistan'}
] AS r
MATCH (s:Actor {id: r.subject})
MATCH (o:Actor {id: r.object})
MERGE (s)-[e:`ABSTAINED` {key: r.key}]->(o)
ON CREATE SET e.relation = r.relation, e.modality = r.modality, e.docs = []
WITH e, [i IN range(0, size(e.docs) - 1) WHERE e.docs[i] <> r.doc | {doc: e.docs[i], sentence: e.sentences[i], evidence: e.evidences[i], date: e.citeDates[i], confidence: e.confidences[i], between: e.citeBetween[i], goods: e.citeGoods[i], role: e.citeRoles[i]}] + r.cites AS unsorted
CALL (unsorted) {
  UNWIND unsorted AS c
  WITH c ORDER BY c.doc, c.sentence
  RETURN collect(c) AS cites
}
WITH e, cites
CALL (cites) {
  UNWIND cites AS c
  UNWIND split(c.between, ',') AS party
  WITH party WHERE party <> ''
  WITH DISTINCT party ORDER BY party
  RETURN collect(party) AS between
}
WITH e, cites, between,
     reduce(best = '', c IN cites | CASE WHEN size(c.date) > size(best) THEN c.date ELSE best END) AS best
WITH e, cites, between,
     CASE WHEN all(c IN cites WHERE best STARTS WITH c.date) THEN best ELSE left(best, 4) END AS merged
SET e.docs = [c IN cites | c.doc],
    e.sentences = [c IN cites | c.sentence],
    e.evidences = [c IN cites | c.evidence],
    e.citeDates = [c IN cites | c.date],
    e.confidences = [c IN cites | c.confidence],
    e.citeBetween = [c IN cites | c.between],
    e.citeGoods = [c IN cites | c.goods],
    e.citeRoles = [c IN cites | c.role],
    e.sources = size(reduce(seen = [], c IN cites | CASE WHEN c.doc IN seen THEN seen ELSE seen + c.doc END)),
    e.date = CASE WHEN merged = '' THEN null ELSE merged END,
    e.precision = CASE size(merged) WHEN 4 THEN 'year' WHEN 7 THEN 'month' WHEN 10 THEN 'day' END,
    e.start = CASE size(merged) WHEN 4 THEN merged + '-01-01' WHEN 7 THEN merged + '-01' WHEN 10 THEN merged END,
    e.end = CASE size(merged) WHEN 4 THEN merged + '-12-31' WHEN 7 THEN toString(date(merged + '-01') + duration('P1M') - duration('P1D')) WHEN 10 THEN merged END,
    e.year = CASE WHEN merged = '' THEN null ELSE toInteger(left(merged, 4)) END,
    e.between = CASE WHEN size(between) = 0 THEN null ELSE between END,
    e.goods = head([c IN cites WHERE c.goods <> '' | c.goods]),
    e.role = head([c IN cites WHERE c.role <> '' | c.role])
WITH e WHERE size(e.docs) = 0
DELETE e;

UNWIND [
  {cites: [
    {between: '', confidence: 0.85, date: '2023-07-12', doc: 'doc-c', evidence: 'The IMF approved a $3bn loan on 12 July 2023.', goods: '', role: '', sentence: 4}
  ], doc: 'doc-c', key: 'imf|gave_aid_to|pakistan|2023|asserted', modality: 'asserted', object: 'pakistan', relation: 'gave_aid_to', subject: 'imf'}
] AS r
MATCH (s:Actor {id: r.subject})
MATCH (o:Actor {id: r.object})
MERGE (s)-[e:`GAVE_AID_TO` {key: r.key}]->(o)
ON CREATE SET e.relation = r.relation, e.modality = r.modality, e.docs = []
WITH e, [i IN range(0, size(e.docs) - 1) WHERE e.docs[i] <> r.doc | {doc: e.docs[i], sentence: e.sentences[i], evidence: e.evidences[i], date: e.citeDates[i], confidence: e.confidences[i], between: e.citeBetween[i], goods: e.citeGoods[i], role: e.citeRoles[i]}] + r.cites AS unsorted
CALL (unsorted) {
  UNWIND unsorted AS c
  WITH c ORDER BY c.doc, c.sentence
  RETURN collect(c) AS cites
}
WITH e, cites
CALL (cites) {
  UNWIND cites AS c
  UNWIND split(c.between, ',') AS party
  WITH party WHERE party <> ''
  WITH DISTINCT party ORDER BY party
  RETURN collect(party) AS between
}
WITH e, cites, between,
     reduce(best = '', c IN cites | CASE WHEN size(c.date) > size(best) THEN c.date ELSE best END) AS best
WITH e, cites, between,
     CASE WHEN all(c IN cites WHERE best STARTS WITH c.date) THEN best ELSE left(best, 4) END AS merged
SET e.docs = [c IN cites | c.doc],
    e.sentences = [c IN cites | c.sentence],
    e.evidences = [c IN cites | c.evidence],
    e.citeDates = [c IN cites | c.date],
    e.confidences = [c IN cites | c.confidence],
    e.citeBetween = [c IN cites | c.between],
    e.citeGoods = [c IN cites | c.goods],
    e.citeRoles = [c IN cites | c.role],
    e.sources = size(reduce(seen = [], c IN cites | CASE WHEN c.doc IN seen THEN seen ELSE seen + c.doc END)),
    e.date = CASE WHEN merged = '' THEN null ELSE merged END,
    e.precision = CASE size(merged) WHEN 4 THEN 'year' WHEN 7 THEN 'month' WHEN 10 THEN 'day' END,
    e.start = CASE size(merged) WHEN 4 THEN merged + '-01-01' WHEN 7 THEN merged + '-01' WHEN 10 THEN merged END,
    e.end = CASE size(merged) WHEN 4 THEN merged + '-12-31' WHEN 7 THEN toString(date(merged + '-01') + duration('P1M') - duration('P1D')) WHEN 10 THEN merged END,
    e.year = CASE WHEN merged = '' THEN null ELSE toInteger(left(merged, 4)) END,
    e.between = CASE WHEN size(between) = 0 THEN null ELSE between END,
    e.goods = head([c IN cites WHERE c.goods <> '' | c.goods]),
    e.role = head([c IN cites WHERE c.role <> '' | c.role])
WITH e WHERE size(e.docs) = 0
DELETE e;

UNWIND [
  {cites: [
    {between: '', confidence: 0.9, date: '2016-10', doc: 'doc-c', evidence: 'Joint drills in October 2016.', goods: '', role: '', sentence: 1}
  ], doc: 'doc-c', key: 'pakistan|held_exercises_with|russia|2016|asserted', modality: 'asserted', object: 'russia', relation: 'held_exercises_with', subject: 'pakistan'}
] AS r
MATCH (s:Actor {id: r.subject})
MATCH (o:Actor {id: r.object})
MERGE (s)-[e:`HELD_EXERCISES_WITH` {key: r.key}]->(o)
ON CREATE SET e.relation = r.relation, e.modality = r.modality, e.docs = []
WITH e, [i IN range(0, size(e.docs) - 1) WHERE e.docs[i] <> r.doc | {doc: e.docs[i], sentence: e.sentences[i], evidence: e.evidences[i], date: e.citeDates[i], confidence: e.confidences[i], between: e.citeBetween[i], goods: e.citeGoods[i], role: e.citeRoles[i]}] + r.cites AS unsorted
CALL (unsorted) {
  UNWIND unsorted AS c
  WITH c ORDER BY c.doc, c.sentence
  RETURN collect(c) AS cites
}
WITH e, cites
CALL (cites) {
  UNWIND cites AS c
  UNWIND split(c.between, ',') AS party
  WITH party WHERE party <> ''
  WITH DISTINCT party ORDER BY party
  RETURN collect(party) AS between
}
WITH e, cites, between,
     reduce(best = '', c IN cites | CASE WHEN size(c.date) > size(best) THEN c.date ELSE best END) AS best
WITH e, cites, between,
     CASE WHEN all(c IN cites WHERE best STARTS WITH c.date) THEN best ELSE left(best, 4) END AS merged
SET e.docs = [c IN cites | c.doc],
    e.sentences = [c IN cites | c.sentence],
    e.evidences = [c IN cites | c.evidence],
    e.citeDates = [c IN cites | c.date],
    e.confidences = [c IN cites | c.confidence],
    e.citeBetween = [c IN cites | c.between],
    e.citeGoods = [c IN cites | c.goods],
    e.citeRoles = [c IN cites | c.role],
    e.sources = size(reduce(seen = [], c IN cites | CASE WHEN c.doc IN seen THEN seen ELSE seen + c.doc END)),
    e.date = CASE WHEN merged = '' THEN null ELSE merged END,
    e.precision = CASE size(merged) WHEN 4 THEN 'year' WHEN 7 THEN 'month' WHEN 10 THEN 'day' END,
    e.start = CASE size(merged) WHEN 4 THEN merged + '-01-01' WHEN 7 THEN merged + '-01' WHEN 10 THEN merged END,
    e.end = CASE size(merged) WHEN 4 THEN merged + '-12-31' WHEN 7 THEN toString(date(merged + '-01') + duration('P1M') - duration('P1D')) WHEN 10 THEN merged END,
    e.year = CASE WHEN merged = '' THEN null ELSE toInteger(left(merged, 4)) END,
    e.between = CASE WHEN size(between) = 0 THEN null ELSE between END,
    e.goods = head([c IN cites WHERE c.goods <> '' | c.goods]),
    e.role = head([c IN cites WHERE c.role <> '' | c.role])
WITH e WHERE size(e.docs) = 0
DELETE e;

UNWIND [
  {cites: [
    {between: '', confidence: 0.9, date: '2022-04-11', doc: 'doc-c', evidence: 'Prime Minister Shehbaz Sharif took office.', goods: '', role: 'Prime Minister', sentence: 8}
  ], doc: 'doc-c', key: 'shehbaz-sharif|holds_office|pakistan|2022|asserted', modality: 'asserted', object: 'pakistan', relation: 'holds_office', subject: 'shehbaz-sharif'}
] AS r
MATCH (s:Actor {id: r.subject})
MATCH (o:Actor {id: r.object})
MERGE (s)-[e:`HOLDS_OFFICE` {key: r.key}]->(o)
ON CREATE SET e.relation = r.relation, e.modality = r.modality, e.docs = []
WITH e, [i IN range(0, size(e.docs) - 1) WHERE e.docs[i] <> r.doc | {doc: e.docs[i], sentence: e.sentences[i], evidence: e.evidences[i], date: e.citeDates[i], confidence: e.confidences[i], between: e.citeBetween[i], goods: e.citeGoods[i], role: e.citeRoles[i]}] + r.cites AS unsorted
CALL (unsorted) {
  UNWIND unsorted AS c
  WITH c ORDER BY c.doc, c.sentence
  RETURN collect(c) AS cites
}
WITH e, cites
CALL (cites) {
  UNWIND cites AS c
  UNWIND split(c.between, ',') AS party
  WITH party WHERE party <> ''
  WITH DISTINCT party ORDER BY party
  RETURN collect(party) AS between
}
WITH e, cites, between,
     reduce(best = '', c IN cites | CASE WHEN size(c.date) > size(best) THEN c.date ELSE best END) AS best
WITH e, cites, between,
     CASE WHEN all(c IN cites WHERE best STARTS WITH c.date) THEN best ELSE left(best, 4) END AS merged
SET e.docs = [c IN cites | c.doc],
    e.sentences = [c IN cites | c.sentence],
    e.evidences = [c IN cites | c.evidence],
    e.citeDates = [c IN cites | c.date],
    e.confidences = [c IN cites | c.confidence],
    e.citeBetween = [c IN cites | c.between],
    e.citeGoods = [c IN cites | c.goods],
    e.citeRoles = [c IN cites | c.role],
    e.sources = size(reduce(seen = [], c IN cites | CASE WHEN c.doc IN seen THEN seen ELSE seen + c.doc END)),
    e.date = CASE WHEN merged = '' THEN null ELSE merged END,
    e.precision = CASE size(merged) WHEN 4 THEN 'year' WHEN 7 THEN 'month' WHEN 10 THEN 'day' END,
    e.start = CASE size(merged) WHEN 4 THEN merged + '-01-01' WHEN 7 THEN merged + '-01' WHEN 10 THEN merged END,
    e.end = CASE size(merged) WHEN 4 THEN merged + '-12-31' WHEN 7 THEN toString(date(merged + '-01') + duration('P1M') - duration('P1D')) WHEN 10 THEN merged END,
    e.year = CASE WHEN merged = '' THEN null ELSE toInteger(left(merged, 4)) END,
    e.between = CASE WHEN size(between) = 0 THEN null ELSE between END,
    e.goods = head([c IN cites WHERE c.goods <> '' | c.goods]),
    e.role = head([c IN cites WHERE c.role <> '' | c.role])
WITH e WHERE size(e.docs) = 0
DELETE e;

UNWIND [
  {date: '2022-04-11', end: null, from: '2022-04-11', key: 'office|shehbaz-sharif|pakistan|Prime Minister|2022-04-11', of: 'pakistan', official: 'shehbaz-sharif', precision: 'day', role: 'Prime Minister', start: '2022-04-11', to: null, year: 2022}
] AS r
MATCH (s:Actor {id: r.official})
MATCH (o:Actor {id: r.of})
MERGE (s)-[e:HOLDS_OFFICE {key: r.key}]->(o)
SET e.relation = 'holds_office', e.modality = 'asserted', e.source = 'dictionary',
    e.role = r.role, e.from = r.from, e.to = r.to,
    e.date = r.date, e.precision = r.precision, e.start = r.start, e.end = r.end, e.year = r.year;

