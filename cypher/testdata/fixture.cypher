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
  {aliases: [], id: 'sergey-lavrov', kind: 'official', name: 'Sergey Lavrov'},
  {aliases: ['PM Shehbaz'], id: 'shehbaz-sharif', kind: 'official', name: 'Shehbaz Sharif'},
  {aliases: ['Afghan Taliban'], id: 'taliban', kind: 'group', name: 'Taliban'},
  {aliases: [], id: 'unga-ukraine-resolution', kind: 'event', name: 'UNGA resolution on Ukraine'},
  {aliases: ['US', 'U.S.', 'Washington'], id: 'united-states', kind: 'country', name: 'United States'}
] AS r
MERGE (a:Actor {id: r.id})
WITH a, r WHERE a.name IS NULL OR a.name <> r.name OR a.kind <> r.kind OR a.aliases <> r.aliases
SET a.name = r.name, a.kind = r.kind, a.aliases = r.aliases
FOREACH (_ IN CASE WHEN r.kind = 'country' THEN [1] ELSE [] END | SET a:`Country` REMOVE a:`Official`:`Institution`:`Group`:`Event`)
FOREACH (_ IN CASE WHEN r.kind = 'official' THEN [1] ELSE [] END | SET a:`Official` REMOVE a:`Country`:`Institution`:`Group`:`Event`)
FOREACH (_ IN CASE WHEN r.kind = 'institution' THEN [1] ELSE [] END | SET a:`Institution` REMOVE a:`Country`:`Official`:`Group`:`Event`)
FOREACH (_ IN CASE WHEN r.kind = 'group' THEN [1] ELSE [] END | SET a:`Group` REMOVE a:`Country`:`Official`:`Institution`:`Event`)
FOREACH (_ IN CASE WHEN r.kind = 'event' THEN [1] ELSE [] END | SET a:`Event` REMOVE a:`Country`:`Official`:`Institution`:`Group`);

WITH {doc: 'doc-a', keys: {`pakistan|abstained|unga-ukraine-resolution|2022|asserted`: true, `pakistan|held_exercises_with|russia|2016|asserted`: true, `pakistan|mediated|taliban|2019|asserted`: true, `pakistan|mediated|united-states|2019|asserted`: true, `sergey-lavrov|met|shehbaz-sharif|2022|asserted`: true}} AS current
MATCH (d:Document {id: current.doc})
UNWIND [k IN coalesce(d.edges, []) WHERE current.keys[k] IS NULL] AS k
WITH current.doc AS doc, k, split(k, '|') AS part
MATCH (s:Actor {id: part[0]})
MATCH (o:Actor {id: part[2]})
MATCH (s)-[e]->(o)
WHERE e.key = k
WITH e, [i IN range(0, size(e.docs) - 1) WHERE e.docs[i] <> doc | {doc: e.docs[i], sentence: e.sentences[i], evidence: e.evidences[i], date: e.citeDates[i], confidence: e.confidences[i], between: coalesce(e.citeBetween[i], ''), goods: coalesce(e.citeGoods[i], ''), role: coalesce(e.citeRoles[i], '')}] AS cites
WITH e, cites,
     reduce(sorted = [], party IN reduce(all = [], c IN cites | all + split(c.between, ',')) |
       CASE WHEN party = '' OR party IN sorted THEN sorted
            ELSE [p IN sorted WHERE p < party] + party + [p IN sorted WHERE p > party] END) AS between,
     reduce(best = '', c IN cites | CASE WHEN size(c.date) > size(best) THEN c.date ELSE best END) AS best
WITH e, cites, between,
     CASE WHEN all(c IN cites WHERE best STARTS WITH c.date) THEN best ELSE left(best, 4) END AS merged
WITH e,
     [c IN cites | c.doc] AS docs,
     [c IN cites | c.sentence] AS sentences,
     [c IN cites | c.evidence] AS evidences,
     [c IN cites | c.date] AS citeDates,
     [c IN cites | c.confidence] AS confidences,
     CASE WHEN all(c IN cites WHERE c.between = '') THEN null ELSE [c IN cites | c.between] END AS citeBetween,
     CASE WHEN all(c IN cites WHERE c.goods = '') THEN null ELSE [c IN cites | c.goods] END AS citeGoods,
     CASE WHEN all(c IN cites WHERE c.role = '') THEN null ELSE [c IN cites | c.role] END AS citeRoles,
     size(reduce(seen = [], c IN cites | CASE WHEN c.doc IN seen THEN seen ELSE seen + c.doc END)) AS sources,
     CASE WHEN merged = '' THEN null ELSE merged END AS date,
     CASE size(merged) WHEN 4 THEN 'year' WHEN 7 THEN 'month' WHEN 10 THEN 'day' END AS precision,
     CASE size(merged) WHEN 4 THEN merged + '-01-01' WHEN 7 THEN merged + '-01' WHEN 10 THEN merged END AS start,
     CASE size(merged) WHEN 4 THEN merged + '-12-31' WHEN 7 THEN toString(date(merged + '-01') + duration('P1M') - duration('P1D')) WHEN 10 THEN merged END AS end,
     CASE WHEN merged = '' THEN null ELSE toInteger(left(merged, 4)) END AS year,
     CASE WHEN size(between) = 0 THEN null ELSE between END AS between,
     head([c IN cites WHERE c.goods <> '' | c.goods]) AS goods,
     head([c IN cites WHERE c.role <> '' | c.role]) AS role
WHERE [e.docs, e.sentences, e.evidences, e.citeDates, e.confidences,
       coalesce(e.citeBetween, []), coalesce(e.citeGoods, []), coalesce(e.citeRoles, []), e.sources,
       coalesce(e.date, ''), coalesce(e.precision, ''), coalesce(e.start, ''), coalesce(e.end, ''), coalesce(e.year, 0),
       coalesce(e.between, []), coalesce(e.goods, ''), coalesce(e.role, '')] <>
      [docs, sentences, evidences, citeDates, confidences,
       coalesce(citeBetween, []), coalesce(citeGoods, []), coalesce(citeRoles, []), sources,
       coalesce(date, ''), coalesce(precision, ''), coalesce(start, ''), coalesce(end, ''), coalesce(year, 0),
       coalesce(between, []), coalesce(goods, ''), coalesce(role, '')]
SET e.docs = docs, e.sentences = sentences, e.evidences = evidences, e.citeDates = citeDates, e.confidences = confidences,
    e.citeBetween = citeBetween, e.citeGoods = citeGoods, e.citeRoles = citeRoles, e.sources = sources,
    e.date = date, e.precision = precision, e.start = start, e.end = end, e.year = year,
    e.between = between, e.goods = goods, e.role = role
WITH e WHERE size(e.docs) = 0
DELETE e;

MERGE (d:Document {id: 'doc-a'})
WITH d WHERE properties(d) <> {edges: ['pakistan|abstained|unga-ukraine-resolution|2022|asserted', 'pakistan|held_exercises_with|russia|2016|asserted', 'pakistan|mediated|taliban|2019|asserted', 'pakistan|mediated|united-states|2019|asserted', 'sergey-lavrov|met|shehbaz-sharif|2022|asserted'], id: 'doc-a', published: '2018-05-07', source: 'The Express Tribune', title: 'Russia\'s pivot'}
SET d = {edges: ['pakistan|abstained|unga-ukraine-resolution|2022|asserted', 'pakistan|held_exercises_with|russia|2016|asserted', 'pakistan|mediated|taliban|2019|asserted', 'pakistan|mediated|united-states|2019|asserted', 'sergey-lavrov|met|shehbaz-sharif|2022|asserted'], id: 'doc-a', published: '2018-05-07', source: 'The Express Tribune', title: 'Russia\'s pivot'};

WITH {doc: 'doc-a', rows: {ABSTAINED: [
  {object: 'unga-ukraine-resolution', props: {citeDates: ['2022-03-02'], confidences: [0.9], date: '2022-03-02', docs: ['doc-a'], end: '2022-03-02', evidences: ['Pakistan abstained.'], key: 'pakistan|abstained|unga-ukraine-resolution|2022|asserted', modality: 'asserted', precision: 'day', relation: 'abstained', sentences: [12], sources: 1, start: '2022-03-02', year: 2022}, subject: 'pakistan'}
], HELD_EXERCISES_WITH: [
  {object: 'russia', props: {citeDates: ['2016'], confidences: [0.9], date: '2016', docs: ['doc-a'], end: '2016-12-31', evidences: ['In 2016, Russian and Pakistani troops held exercises.'], key: 'pakistan|held_exercises_with|russia|2016|asserted', modality: 'asserted', precision: 'year', relation: 'held_exercises_with', sentences: [3], sources: 1, start: '2016-01-01', year: 2016}, subject: 'pakistan'}
], MEDIATED: [
  {object: 'taliban', props: {between: ['taliban', 'united-states'], citeBetween: ['taliban,united-states'], citeDates: ['2019'], confidences: [0.9], date: '2019', docs: ['doc-a'], end: '2019-12-31', evidences: ['Pakistan mediated the US-Taliban talks.'], key: 'pakistan|mediated|taliban|2019|asserted', modality: 'asserted', precision: 'year', relation: 'mediated', sentences: [5], sources: 1, start: '2019-01-01', year: 2019}, subject: 'pakistan'},
  {object: 'united-states', props: {between: ['taliban', 'united-states'], citeBetween: ['taliban,united-states'], citeDates: ['2019'], confidences: [0.9], date: '2019', docs: ['doc-a'], end: '2019-12-31', evidences: ['Pakistan mediated the US-Taliban talks.'], key: 'pakistan|mediated|united-states|2019|asserted', modality: 'asserted', precision: 'year', relation: 'mediated', sentences: [5], sources: 1, start: '2019-01-01', year: 2019}, subject: 'pakistan'}
], MET: [
  {object: 'shehbaz-sharif', props: {citeDates: ['2022-07-15'], confidences: [0.9], date: '2022-07-15', docs: ['doc-a'], end: '2022-07-15', evidences: ['Lavrov met PM Shehbaz on 15 July 2022.'], key: 'sergey-lavrov|met|shehbaz-sharif|2022|asserted', modality: 'asserted', precision: 'day', relation: 'met', sentences: [9], sources: 1, start: '2022-07-15', year: 2022}, subject: 'sergey-lavrov'}
]}} AS edges
CALL (edges) {
  UNWIND edges.rows.`ABSTAINED` AS r
  MATCH ()-[e:`ABSTAINED` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`ATTACKED` AS r
  MATCH ()-[e:`ATTACKED` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`BLOCKED` AS r
  MATCH ()-[e:`BLOCKED` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`BOUGHT_FROM` AS r
  MATCH ()-[e:`BOUGHT_FROM` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`CONGRATULATED` AS r
  MATCH ()-[e:`CONGRATULATED` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`CONSULTED` AS r
  MATCH ()-[e:`CONSULTED` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`CRITICIZED` AS r
  MATCH ()-[e:`CRITICIZED` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`CUT_AID_TO` AS r
  MATCH ()-[e:`CUT_AID_TO` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`DECLINED` AS r
  MATCH ()-[e:`DECLINED` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`GAVE_AID_TO` AS r
  MATCH ()-[e:`GAVE_AID_TO` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`HELD_EXERCISES_WITH` AS r
  MATCH ()-[e:`HELD_EXERCISES_WITH` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`HOLDS_OFFICE` AS r
  MATCH ()-[e:`HOLDS_OFFICE` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`INVITED` AS r
  MATCH ()-[e:`INVITED` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`LIFTED_EMBARGO_ON` AS r
  MATCH ()-[e:`LIFTED_EMBARGO_ON` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`MEDIATED` AS r
  MATCH ()-[e:`MEDIATED` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`MET` AS r
  MATCH ()-[e:`MET` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`PARTNERED_WITH` AS r
  MATCH ()-[e:`PARTNERED_WITH` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`PRESSURED` AS r
  MATCH ()-[e:`PRESSURED` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`REFUSED` AS r
  MATCH ()-[e:`REFUSED` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`SANCTIONED` AS r
  MATCH ()-[e:`SANCTIONED` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`SIGNED_AGREEMENT_WITH` AS r
  MATCH ()-[e:`SIGNED_AGREEMENT_WITH` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`SOLD_ARMS_TO` AS r
  MATCH ()-[e:`SOLD_ARMS_TO` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`SUPPORTED` AS r
  MATCH ()-[e:`SUPPORTED` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`THREATENED` AS r
  MATCH ()-[e:`THREATENED` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`VISITED` AS r
  MATCH ()-[e:`VISITED` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`VOTED_AGAINST` AS r
  MATCH ()-[e:`VOTED_AGAINST` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`VOTED_FOR` AS r
  MATCH ()-[e:`VOTED_FOR` {key: r.props.key}]->()
  RETURN e, r
}
WITH e, r, edges.doc AS doc WHERE properties(e) <> r.props
WITH e, [i IN range(0, size(e.docs) - 1) WHERE e.docs[i] < doc | {doc: e.docs[i], sentence: e.sentences[i], evidence: e.evidences[i], date: e.citeDates[i], confidence: e.confidences[i], between: coalesce(e.citeBetween[i], ''), goods: coalesce(e.citeGoods[i], ''), role: coalesce(e.citeRoles[i], '')}] +
        [i IN range(0, size(r.props.docs) - 1) | {doc: r.props.docs[i], sentence: r.props.sentences[i], evidence: r.props.evidences[i], date: r.props.citeDates[i], confidence: r.props.confidences[i], between: coalesce(r.props.citeBetween[i], ''), goods: coalesce(r.props.citeGoods[i], ''), role: coalesce(r.props.citeRoles[i], '')}] +
        [i IN range(0, size(e.docs) - 1) WHERE e.docs[i] > doc | {doc: e.docs[i], sentence: e.sentences[i], evidence: e.evidences[i], date: e.citeDates[i], confidence: e.confidences[i], between: coalesce(e.citeBetween[i], ''), goods: coalesce(e.citeGoods[i], ''), role: coalesce(e.citeRoles[i], '')}] AS cites
WITH e, cites,
     reduce(sorted = [], party IN reduce(all = [], c IN cites | all + split(c.between, ',')) |
       CASE WHEN party = '' OR party IN sorted THEN sorted
            ELSE [p IN sorted WHERE p < party] + party + [p IN sorted WHERE p > party] END) AS between,
     reduce(best = '', c IN cites | CASE WHEN size(c.date) > size(best) THEN c.date ELSE best END) AS best
WITH e, cites, between,
     CASE WHEN all(c IN cites WHERE best STARTS WITH c.date) THEN best ELSE left(best, 4) END AS merged
WITH e,
     [c IN cites | c.doc] AS docs,
     [c IN cites | c.sentence] AS sentences,
     [c IN cites | c.evidence] AS evidences,
     [c IN cites | c.date] AS citeDates,
     [c IN cites | c.confidence] AS confidences,
     CASE WHEN all(c IN cites WHERE c.between = '') THEN null ELSE [c IN cites | c.between] END AS citeBetween,
     CASE WHEN all(c IN cites WHERE c.goods = '') THEN null ELSE [c IN cites | c.goods] END AS citeGoods,
     CASE WHEN all(c IN cites WHERE c.role = '') THEN null ELSE [c IN cites | c.role] END AS citeRoles,
     size(reduce(seen = [], c IN cites | CASE WHEN c.doc IN seen THEN seen ELSE seen + c.doc END)) AS sources,
     CASE WHEN merged = '' THEN null ELSE merged END AS date,
     CASE size(merged) WHEN 4 THEN 'year' WHEN 7 THEN 'month' WHEN 10 THEN 'day' END AS precision,
     CASE size(merged) WHEN 4 THEN merged + '-01-01' WHEN 7 THEN merged + '-01' WHEN 10 THEN merged END AS start,
     CASE size(merged) WHEN 4 THEN merged + '-12-31' WHEN 7 THEN toString(date(merged + '-01') + duration('P1M') - duration('P1D')) WHEN 10 THEN merged END AS end,
     CASE WHEN merged = '' THEN null ELSE toInteger(left(merged, 4)) END AS year,
     CASE WHEN size(between) = 0 THEN null ELSE between END AS between,
     head([c IN cites WHERE c.goods <> '' | c.goods]) AS goods,
     head([c IN cites WHERE c.role <> '' | c.role]) AS role
WHERE [e.docs, e.sentences, e.evidences, e.citeDates, e.confidences,
       coalesce(e.citeBetween, []), coalesce(e.citeGoods, []), coalesce(e.citeRoles, []), e.sources,
       coalesce(e.date, ''), coalesce(e.precision, ''), coalesce(e.start, ''), coalesce(e.end, ''), coalesce(e.year, 0),
       coalesce(e.between, []), coalesce(e.goods, ''), coalesce(e.role, '')] <>
      [docs, sentences, evidences, citeDates, confidences,
       coalesce(citeBetween, []), coalesce(citeGoods, []), coalesce(citeRoles, []), sources,
       coalesce(date, ''), coalesce(precision, ''), coalesce(start, ''), coalesce(end, ''), coalesce(year, 0),
       coalesce(between, []), coalesce(goods, ''), coalesce(role, '')]
SET e.docs = docs, e.sentences = sentences, e.evidences = evidences, e.citeDates = citeDates, e.confidences = confidences,
    e.citeBetween = citeBetween, e.citeGoods = citeGoods, e.citeRoles = citeRoles, e.sources = sources,
    e.date = date, e.precision = precision, e.start = start, e.end = end, e.year = year,
    e.between = between, e.goods = goods, e.role = role
WITH e WHERE size(e.docs) = 0
DELETE e;

WITH {doc: 'doc-a', rows: {ABSTAINED: [
  {object: 'unga-ukraine-resolution', props: {citeDates: ['2022-03-02'], confidences: [0.9], date: '2022-03-02', docs: ['doc-a'], end: '2022-03-02', evidences: ['Pakistan abstained.'], key: 'pakistan|abstained|unga-ukraine-resolution|2022|asserted', modality: 'asserted', precision: 'day', relation: 'abstained', sentences: [12], sources: 1, start: '2022-03-02', year: 2022}, subject: 'pakistan'}
], HELD_EXERCISES_WITH: [
  {object: 'russia', props: {citeDates: ['2016'], confidences: [0.9], date: '2016', docs: ['doc-a'], end: '2016-12-31', evidences: ['In 2016, Russian and Pakistani troops held exercises.'], key: 'pakistan|held_exercises_with|russia|2016|asserted', modality: 'asserted', precision: 'year', relation: 'held_exercises_with', sentences: [3], sources: 1, start: '2016-01-01', year: 2016}, subject: 'pakistan'}
], MEDIATED: [
  {object: 'taliban', props: {between: ['taliban', 'united-states'], citeBetween: ['taliban,united-states'], citeDates: ['2019'], confidences: [0.9], date: '2019', docs: ['doc-a'], end: '2019-12-31', evidences: ['Pakistan mediated the US-Taliban talks.'], key: 'pakistan|mediated|taliban|2019|asserted', modality: 'asserted', precision: 'year', relation: 'mediated', sentences: [5], sources: 1, start: '2019-01-01', year: 2019}, subject: 'pakistan'},
  {object: 'united-states', props: {between: ['taliban', 'united-states'], citeBetween: ['taliban,united-states'], citeDates: ['2019'], confidences: [0.9], date: '2019', docs: ['doc-a'], end: '2019-12-31', evidences: ['Pakistan mediated the US-Taliban talks.'], key: 'pakistan|mediated|united-states|2019|asserted', modality: 'asserted', precision: 'year', relation: 'mediated', sentences: [5], sources: 1, start: '2019-01-01', year: 2019}, subject: 'pakistan'}
], MET: [
  {object: 'shehbaz-sharif', props: {citeDates: ['2022-07-15'], confidences: [0.9], date: '2022-07-15', docs: ['doc-a'], end: '2022-07-15', evidences: ['Lavrov met PM Shehbaz on 15 July 2022.'], key: 'sergey-lavrov|met|shehbaz-sharif|2022|asserted', modality: 'asserted', precision: 'day', relation: 'met', sentences: [9], sources: 1, start: '2022-07-15', year: 2022}, subject: 'sergey-lavrov'}
]}} AS edges
CALL (edges) {
  UNWIND edges.rows.`ABSTAINED` AS r
  WITH r WHERE NOT EXISTS { ()-[:`ABSTAINED` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`ABSTAINED`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`ATTACKED` AS r
  WITH r WHERE NOT EXISTS { ()-[:`ATTACKED` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`ATTACKED`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`BLOCKED` AS r
  WITH r WHERE NOT EXISTS { ()-[:`BLOCKED` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`BLOCKED`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`BOUGHT_FROM` AS r
  WITH r WHERE NOT EXISTS { ()-[:`BOUGHT_FROM` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`BOUGHT_FROM`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`CONGRATULATED` AS r
  WITH r WHERE NOT EXISTS { ()-[:`CONGRATULATED` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`CONGRATULATED`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`CONSULTED` AS r
  WITH r WHERE NOT EXISTS { ()-[:`CONSULTED` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`CONSULTED`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`CRITICIZED` AS r
  WITH r WHERE NOT EXISTS { ()-[:`CRITICIZED` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`CRITICIZED`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`CUT_AID_TO` AS r
  WITH r WHERE NOT EXISTS { ()-[:`CUT_AID_TO` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`CUT_AID_TO`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`DECLINED` AS r
  WITH r WHERE NOT EXISTS { ()-[:`DECLINED` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`DECLINED`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`GAVE_AID_TO` AS r
  WITH r WHERE NOT EXISTS { ()-[:`GAVE_AID_TO` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`GAVE_AID_TO`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`HELD_EXERCISES_WITH` AS r
  WITH r WHERE NOT EXISTS { ()-[:`HELD_EXERCISES_WITH` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`HELD_EXERCISES_WITH`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`HOLDS_OFFICE` AS r
  WITH r WHERE NOT EXISTS { ()-[:`HOLDS_OFFICE` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`HOLDS_OFFICE`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`INVITED` AS r
  WITH r WHERE NOT EXISTS { ()-[:`INVITED` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`INVITED`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`LIFTED_EMBARGO_ON` AS r
  WITH r WHERE NOT EXISTS { ()-[:`LIFTED_EMBARGO_ON` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`LIFTED_EMBARGO_ON`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`MEDIATED` AS r
  WITH r WHERE NOT EXISTS { ()-[:`MEDIATED` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`MEDIATED`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`MET` AS r
  WITH r WHERE NOT EXISTS { ()-[:`MET` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`MET`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`PARTNERED_WITH` AS r
  WITH r WHERE NOT EXISTS { ()-[:`PARTNERED_WITH` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`PARTNERED_WITH`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`PRESSURED` AS r
  WITH r WHERE NOT EXISTS { ()-[:`PRESSURED` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`PRESSURED`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`REFUSED` AS r
  WITH r WHERE NOT EXISTS { ()-[:`REFUSED` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`REFUSED`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`SANCTIONED` AS r
  WITH r WHERE NOT EXISTS { ()-[:`SANCTIONED` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`SANCTIONED`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`SIGNED_AGREEMENT_WITH` AS r
  WITH r WHERE NOT EXISTS { ()-[:`SIGNED_AGREEMENT_WITH` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`SIGNED_AGREEMENT_WITH`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`SOLD_ARMS_TO` AS r
  WITH r WHERE NOT EXISTS { ()-[:`SOLD_ARMS_TO` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`SOLD_ARMS_TO`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`SUPPORTED` AS r
  WITH r WHERE NOT EXISTS { ()-[:`SUPPORTED` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`SUPPORTED`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`THREATENED` AS r
  WITH r WHERE NOT EXISTS { ()-[:`THREATENED` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`THREATENED`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`VISITED` AS r
  WITH r WHERE NOT EXISTS { ()-[:`VISITED` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`VISITED`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`VOTED_AGAINST` AS r
  WITH r WHERE NOT EXISTS { ()-[:`VOTED_AGAINST` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`VOTED_AGAINST`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`VOTED_FOR` AS r
  WITH r WHERE NOT EXISTS { ()-[:`VOTED_FOR` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`VOTED_FOR`]->(o)
  SET e = r.props
};

UNWIND [
  {of: 'russia', official: 'sergey-lavrov', props: {date: '2004-03-09', from: '2004-03-09', key: 'office|sergey-lavrov|russia|Foreign Minister|2004-03-09', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'Foreign Minister', source: 'dictionary', start: '2004-03-09', year: 2004}},
  {of: 'pakistan', official: 'shehbaz-sharif', props: {date: '2022-04-11', from: '2022-04-11', key: 'office|shehbaz-sharif|pakistan|Prime Minister|2022-04-11', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'Prime Minister', source: 'dictionary', start: '2022-04-11', year: 2022}}
] AS r
MATCH (s:Actor {id: r.official})
MATCH (o:Actor {id: r.of})
MERGE (s)-[e:HOLDS_OFFICE {key: r.props.key}]->(o)
WITH e, r WHERE properties(e) <> r.props
SET e = r.props;

// Document 2 of 3: 'doc-b', 4 facts, 4 edges

UNWIND [
  {aliases: [], id: 'india', kind: 'country', name: 'India'},
  {aliases: ['Islamabad', 'Pakistani'], id: 'pakistan', kind: 'country', name: 'Pakistan'},
  {aliases: ['Moscow', 'Kremlin'], id: 'russia', kind: 'country', name: 'Russia'},
  {aliases: ['US', 'U.S.', 'Washington'], id: 'united-states', kind: 'country', name: 'United States'}
] AS r
MERGE (a:Actor {id: r.id})
WITH a, r WHERE a.name IS NULL OR a.name <> r.name OR a.kind <> r.kind OR a.aliases <> r.aliases
SET a.name = r.name, a.kind = r.kind, a.aliases = r.aliases
FOREACH (_ IN CASE WHEN r.kind = 'country' THEN [1] ELSE [] END | SET a:`Country` REMOVE a:`Official`:`Institution`:`Group`:`Event`)
FOREACH (_ IN CASE WHEN r.kind = 'official' THEN [1] ELSE [] END | SET a:`Official` REMOVE a:`Country`:`Institution`:`Group`:`Event`)
FOREACH (_ IN CASE WHEN r.kind = 'institution' THEN [1] ELSE [] END | SET a:`Institution` REMOVE a:`Country`:`Official`:`Group`:`Event`)
FOREACH (_ IN CASE WHEN r.kind = 'group' THEN [1] ELSE [] END | SET a:`Group` REMOVE a:`Country`:`Official`:`Institution`:`Event`)
FOREACH (_ IN CASE WHEN r.kind = 'event' THEN [1] ELSE [] END | SET a:`Event` REMOVE a:`Country`:`Official`:`Institution`:`Group`);

WITH {doc: 'doc-b', keys: {`pakistan|bought_from|russia|2023|asserted`: true, `pakistan|held_exercises_with|russia|2016|asserted`: true, `russia|supported|india|2019|negated`: true, `united-states|cut_aid_to|pakistan|undated|asserted`: true}} AS current
MATCH (d:Document {id: current.doc})
UNWIND [k IN coalesce(d.edges, []) WHERE current.keys[k] IS NULL] AS k
WITH current.doc AS doc, k, split(k, '|') AS part
MATCH (s:Actor {id: part[0]})
MATCH (o:Actor {id: part[2]})
MATCH (s)-[e]->(o)
WHERE e.key = k
WITH e, [i IN range(0, size(e.docs) - 1) WHERE e.docs[i] <> doc | {doc: e.docs[i], sentence: e.sentences[i], evidence: e.evidences[i], date: e.citeDates[i], confidence: e.confidences[i], between: coalesce(e.citeBetween[i], ''), goods: coalesce(e.citeGoods[i], ''), role: coalesce(e.citeRoles[i], '')}] AS cites
WITH e, cites,
     reduce(sorted = [], party IN reduce(all = [], c IN cites | all + split(c.between, ',')) |
       CASE WHEN party = '' OR party IN sorted THEN sorted
            ELSE [p IN sorted WHERE p < party] + party + [p IN sorted WHERE p > party] END) AS between,
     reduce(best = '', c IN cites | CASE WHEN size(c.date) > size(best) THEN c.date ELSE best END) AS best
WITH e, cites, between,
     CASE WHEN all(c IN cites WHERE best STARTS WITH c.date) THEN best ELSE left(best, 4) END AS merged
WITH e,
     [c IN cites | c.doc] AS docs,
     [c IN cites | c.sentence] AS sentences,
     [c IN cites | c.evidence] AS evidences,
     [c IN cites | c.date] AS citeDates,
     [c IN cites | c.confidence] AS confidences,
     CASE WHEN all(c IN cites WHERE c.between = '') THEN null ELSE [c IN cites | c.between] END AS citeBetween,
     CASE WHEN all(c IN cites WHERE c.goods = '') THEN null ELSE [c IN cites | c.goods] END AS citeGoods,
     CASE WHEN all(c IN cites WHERE c.role = '') THEN null ELSE [c IN cites | c.role] END AS citeRoles,
     size(reduce(seen = [], c IN cites | CASE WHEN c.doc IN seen THEN seen ELSE seen + c.doc END)) AS sources,
     CASE WHEN merged = '' THEN null ELSE merged END AS date,
     CASE size(merged) WHEN 4 THEN 'year' WHEN 7 THEN 'month' WHEN 10 THEN 'day' END AS precision,
     CASE size(merged) WHEN 4 THEN merged + '-01-01' WHEN 7 THEN merged + '-01' WHEN 10 THEN merged END AS start,
     CASE size(merged) WHEN 4 THEN merged + '-12-31' WHEN 7 THEN toString(date(merged + '-01') + duration('P1M') - duration('P1D')) WHEN 10 THEN merged END AS end,
     CASE WHEN merged = '' THEN null ELSE toInteger(left(merged, 4)) END AS year,
     CASE WHEN size(between) = 0 THEN null ELSE between END AS between,
     head([c IN cites WHERE c.goods <> '' | c.goods]) AS goods,
     head([c IN cites WHERE c.role <> '' | c.role]) AS role
WHERE [e.docs, e.sentences, e.evidences, e.citeDates, e.confidences,
       coalesce(e.citeBetween, []), coalesce(e.citeGoods, []), coalesce(e.citeRoles, []), e.sources,
       coalesce(e.date, ''), coalesce(e.precision, ''), coalesce(e.start, ''), coalesce(e.end, ''), coalesce(e.year, 0),
       coalesce(e.between, []), coalesce(e.goods, ''), coalesce(e.role, '')] <>
      [docs, sentences, evidences, citeDates, confidences,
       coalesce(citeBetween, []), coalesce(citeGoods, []), coalesce(citeRoles, []), sources,
       coalesce(date, ''), coalesce(precision, ''), coalesce(start, ''), coalesce(end, ''), coalesce(year, 0),
       coalesce(between, []), coalesce(goods, ''), coalesce(role, '')]
SET e.docs = docs, e.sentences = sentences, e.evidences = evidences, e.citeDates = citeDates, e.confidences = confidences,
    e.citeBetween = citeBetween, e.citeGoods = citeGoods, e.citeRoles = citeRoles, e.sources = sources,
    e.date = date, e.precision = precision, e.start = start, e.end = end, e.year = year,
    e.between = between, e.goods = goods, e.role = role
WITH e WHERE size(e.docs) = 0
DELETE e;

MERGE (d:Document {id: 'doc-b'})
WITH d WHERE properties(d) <> {edges: ['pakistan|bought_from|russia|2023|asserted', 'pakistan|held_exercises_with|russia|2016|asserted', 'russia|supported|india|2019|negated', 'united-states|cut_aid_to|pakistan|undated|asserted'], id: 'doc-b', published: '2023-06', source: 'Dawn', title: 'Oil\u003B and "aid"'}
SET d = {edges: ['pakistan|bought_from|russia|2023|asserted', 'pakistan|held_exercises_with|russia|2016|asserted', 'russia|supported|india|2019|negated', 'united-states|cut_aid_to|pakistan|undated|asserted'], id: 'doc-b', published: '2023-06', source: 'Dawn', title: 'Oil\u003B and "aid"'};

WITH {doc: 'doc-b', rows: {BOUGHT_FROM: [
  {object: 'russia', props: {citeDates: ['2023-06'], citeGoods: ['crude oil'], confidences: [0.9], date: '2023-06', docs: ['doc-b'], end: '2023-06-30', evidences: ['Pakistan\'s "first" cargo\u003B of Russian crude\\oil — ₽ 😀\nnext line\ttab'], goods: 'crude oil', key: 'pakistan|bought_from|russia|2023|asserted', modality: 'asserted', precision: 'month', relation: 'bought_from', sentences: [2], sources: 1, start: '2023-06-01', year: 2023}, subject: 'pakistan'}
], CUT_AID_TO: [
  {object: 'pakistan', props: {citeDates: [''], confidences: [0.9], docs: ['doc-b'], evidences: ['Washington cut aid.'], key: 'united-states|cut_aid_to|pakistan|undated|asserted', modality: 'asserted', relation: 'cut_aid_to', sentences: [11], sources: 1}, subject: 'united-states'}
], HELD_EXERCISES_WITH: [
  {object: 'russia', props: {citeDates: ['2016-09'], confidences: [0.9], date: '2016-09', docs: ['doc-b'], end: '2016-09-30', evidences: ['Drills in September 2016.'], key: 'pakistan|held_exercises_with|russia|2016|asserted', modality: 'asserted', precision: 'month', relation: 'held_exercises_with', sentences: [7], sources: 1, start: '2016-09-01', year: 2016}, subject: 'pakistan'}
], SUPPORTED: [
  {object: 'india', props: {citeDates: ['2019'], confidences: [0.9], date: '2019', docs: ['doc-b'], end: '2019-12-31', evidences: ['Russia has not supported India.'], key: 'russia|supported|india|2019|negated', modality: 'negated', precision: 'year', relation: 'supported', sentences: [13], sources: 1, start: '2019-01-01', year: 2019}, subject: 'russia'}
]}} AS edges
CALL (edges) {
  UNWIND edges.rows.`ABSTAINED` AS r
  MATCH ()-[e:`ABSTAINED` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`ATTACKED` AS r
  MATCH ()-[e:`ATTACKED` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`BLOCKED` AS r
  MATCH ()-[e:`BLOCKED` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`BOUGHT_FROM` AS r
  MATCH ()-[e:`BOUGHT_FROM` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`CONGRATULATED` AS r
  MATCH ()-[e:`CONGRATULATED` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`CONSULTED` AS r
  MATCH ()-[e:`CONSULTED` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`CRITICIZED` AS r
  MATCH ()-[e:`CRITICIZED` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`CUT_AID_TO` AS r
  MATCH ()-[e:`CUT_AID_TO` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`DECLINED` AS r
  MATCH ()-[e:`DECLINED` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`GAVE_AID_TO` AS r
  MATCH ()-[e:`GAVE_AID_TO` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`HELD_EXERCISES_WITH` AS r
  MATCH ()-[e:`HELD_EXERCISES_WITH` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`HOLDS_OFFICE` AS r
  MATCH ()-[e:`HOLDS_OFFICE` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`INVITED` AS r
  MATCH ()-[e:`INVITED` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`LIFTED_EMBARGO_ON` AS r
  MATCH ()-[e:`LIFTED_EMBARGO_ON` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`MEDIATED` AS r
  MATCH ()-[e:`MEDIATED` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`MET` AS r
  MATCH ()-[e:`MET` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`PARTNERED_WITH` AS r
  MATCH ()-[e:`PARTNERED_WITH` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`PRESSURED` AS r
  MATCH ()-[e:`PRESSURED` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`REFUSED` AS r
  MATCH ()-[e:`REFUSED` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`SANCTIONED` AS r
  MATCH ()-[e:`SANCTIONED` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`SIGNED_AGREEMENT_WITH` AS r
  MATCH ()-[e:`SIGNED_AGREEMENT_WITH` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`SOLD_ARMS_TO` AS r
  MATCH ()-[e:`SOLD_ARMS_TO` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`SUPPORTED` AS r
  MATCH ()-[e:`SUPPORTED` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`THREATENED` AS r
  MATCH ()-[e:`THREATENED` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`VISITED` AS r
  MATCH ()-[e:`VISITED` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`VOTED_AGAINST` AS r
  MATCH ()-[e:`VOTED_AGAINST` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`VOTED_FOR` AS r
  MATCH ()-[e:`VOTED_FOR` {key: r.props.key}]->()
  RETURN e, r
}
WITH e, r, edges.doc AS doc WHERE properties(e) <> r.props
WITH e, [i IN range(0, size(e.docs) - 1) WHERE e.docs[i] < doc | {doc: e.docs[i], sentence: e.sentences[i], evidence: e.evidences[i], date: e.citeDates[i], confidence: e.confidences[i], between: coalesce(e.citeBetween[i], ''), goods: coalesce(e.citeGoods[i], ''), role: coalesce(e.citeRoles[i], '')}] +
        [i IN range(0, size(r.props.docs) - 1) | {doc: r.props.docs[i], sentence: r.props.sentences[i], evidence: r.props.evidences[i], date: r.props.citeDates[i], confidence: r.props.confidences[i], between: coalesce(r.props.citeBetween[i], ''), goods: coalesce(r.props.citeGoods[i], ''), role: coalesce(r.props.citeRoles[i], '')}] +
        [i IN range(0, size(e.docs) - 1) WHERE e.docs[i] > doc | {doc: e.docs[i], sentence: e.sentences[i], evidence: e.evidences[i], date: e.citeDates[i], confidence: e.confidences[i], between: coalesce(e.citeBetween[i], ''), goods: coalesce(e.citeGoods[i], ''), role: coalesce(e.citeRoles[i], '')}] AS cites
WITH e, cites,
     reduce(sorted = [], party IN reduce(all = [], c IN cites | all + split(c.between, ',')) |
       CASE WHEN party = '' OR party IN sorted THEN sorted
            ELSE [p IN sorted WHERE p < party] + party + [p IN sorted WHERE p > party] END) AS between,
     reduce(best = '', c IN cites | CASE WHEN size(c.date) > size(best) THEN c.date ELSE best END) AS best
WITH e, cites, between,
     CASE WHEN all(c IN cites WHERE best STARTS WITH c.date) THEN best ELSE left(best, 4) END AS merged
WITH e,
     [c IN cites | c.doc] AS docs,
     [c IN cites | c.sentence] AS sentences,
     [c IN cites | c.evidence] AS evidences,
     [c IN cites | c.date] AS citeDates,
     [c IN cites | c.confidence] AS confidences,
     CASE WHEN all(c IN cites WHERE c.between = '') THEN null ELSE [c IN cites | c.between] END AS citeBetween,
     CASE WHEN all(c IN cites WHERE c.goods = '') THEN null ELSE [c IN cites | c.goods] END AS citeGoods,
     CASE WHEN all(c IN cites WHERE c.role = '') THEN null ELSE [c IN cites | c.role] END AS citeRoles,
     size(reduce(seen = [], c IN cites | CASE WHEN c.doc IN seen THEN seen ELSE seen + c.doc END)) AS sources,
     CASE WHEN merged = '' THEN null ELSE merged END AS date,
     CASE size(merged) WHEN 4 THEN 'year' WHEN 7 THEN 'month' WHEN 10 THEN 'day' END AS precision,
     CASE size(merged) WHEN 4 THEN merged + '-01-01' WHEN 7 THEN merged + '-01' WHEN 10 THEN merged END AS start,
     CASE size(merged) WHEN 4 THEN merged + '-12-31' WHEN 7 THEN toString(date(merged + '-01') + duration('P1M') - duration('P1D')) WHEN 10 THEN merged END AS end,
     CASE WHEN merged = '' THEN null ELSE toInteger(left(merged, 4)) END AS year,
     CASE WHEN size(between) = 0 THEN null ELSE between END AS between,
     head([c IN cites WHERE c.goods <> '' | c.goods]) AS goods,
     head([c IN cites WHERE c.role <> '' | c.role]) AS role
WHERE [e.docs, e.sentences, e.evidences, e.citeDates, e.confidences,
       coalesce(e.citeBetween, []), coalesce(e.citeGoods, []), coalesce(e.citeRoles, []), e.sources,
       coalesce(e.date, ''), coalesce(e.precision, ''), coalesce(e.start, ''), coalesce(e.end, ''), coalesce(e.year, 0),
       coalesce(e.between, []), coalesce(e.goods, ''), coalesce(e.role, '')] <>
      [docs, sentences, evidences, citeDates, confidences,
       coalesce(citeBetween, []), coalesce(citeGoods, []), coalesce(citeRoles, []), sources,
       coalesce(date, ''), coalesce(precision, ''), coalesce(start, ''), coalesce(end, ''), coalesce(year, 0),
       coalesce(between, []), coalesce(goods, ''), coalesce(role, '')]
SET e.docs = docs, e.sentences = sentences, e.evidences = evidences, e.citeDates = citeDates, e.confidences = confidences,
    e.citeBetween = citeBetween, e.citeGoods = citeGoods, e.citeRoles = citeRoles, e.sources = sources,
    e.date = date, e.precision = precision, e.start = start, e.end = end, e.year = year,
    e.between = between, e.goods = goods, e.role = role
WITH e WHERE size(e.docs) = 0
DELETE e;

WITH {doc: 'doc-b', rows: {BOUGHT_FROM: [
  {object: 'russia', props: {citeDates: ['2023-06'], citeGoods: ['crude oil'], confidences: [0.9], date: '2023-06', docs: ['doc-b'], end: '2023-06-30', evidences: ['Pakistan\'s "first" cargo\u003B of Russian crude\\oil — ₽ 😀\nnext line\ttab'], goods: 'crude oil', key: 'pakistan|bought_from|russia|2023|asserted', modality: 'asserted', precision: 'month', relation: 'bought_from', sentences: [2], sources: 1, start: '2023-06-01', year: 2023}, subject: 'pakistan'}
], CUT_AID_TO: [
  {object: 'pakistan', props: {citeDates: [''], confidences: [0.9], docs: ['doc-b'], evidences: ['Washington cut aid.'], key: 'united-states|cut_aid_to|pakistan|undated|asserted', modality: 'asserted', relation: 'cut_aid_to', sentences: [11], sources: 1}, subject: 'united-states'}
], HELD_EXERCISES_WITH: [
  {object: 'russia', props: {citeDates: ['2016-09'], confidences: [0.9], date: '2016-09', docs: ['doc-b'], end: '2016-09-30', evidences: ['Drills in September 2016.'], key: 'pakistan|held_exercises_with|russia|2016|asserted', modality: 'asserted', precision: 'month', relation: 'held_exercises_with', sentences: [7], sources: 1, start: '2016-09-01', year: 2016}, subject: 'pakistan'}
], SUPPORTED: [
  {object: 'india', props: {citeDates: ['2019'], confidences: [0.9], date: '2019', docs: ['doc-b'], end: '2019-12-31', evidences: ['Russia has not supported India.'], key: 'russia|supported|india|2019|negated', modality: 'negated', precision: 'year', relation: 'supported', sentences: [13], sources: 1, start: '2019-01-01', year: 2019}, subject: 'russia'}
]}} AS edges
CALL (edges) {
  UNWIND edges.rows.`ABSTAINED` AS r
  WITH r WHERE NOT EXISTS { ()-[:`ABSTAINED` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`ABSTAINED`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`ATTACKED` AS r
  WITH r WHERE NOT EXISTS { ()-[:`ATTACKED` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`ATTACKED`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`BLOCKED` AS r
  WITH r WHERE NOT EXISTS { ()-[:`BLOCKED` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`BLOCKED`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`BOUGHT_FROM` AS r
  WITH r WHERE NOT EXISTS { ()-[:`BOUGHT_FROM` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`BOUGHT_FROM`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`CONGRATULATED` AS r
  WITH r WHERE NOT EXISTS { ()-[:`CONGRATULATED` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`CONGRATULATED`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`CONSULTED` AS r
  WITH r WHERE NOT EXISTS { ()-[:`CONSULTED` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`CONSULTED`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`CRITICIZED` AS r
  WITH r WHERE NOT EXISTS { ()-[:`CRITICIZED` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`CRITICIZED`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`CUT_AID_TO` AS r
  WITH r WHERE NOT EXISTS { ()-[:`CUT_AID_TO` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`CUT_AID_TO`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`DECLINED` AS r
  WITH r WHERE NOT EXISTS { ()-[:`DECLINED` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`DECLINED`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`GAVE_AID_TO` AS r
  WITH r WHERE NOT EXISTS { ()-[:`GAVE_AID_TO` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`GAVE_AID_TO`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`HELD_EXERCISES_WITH` AS r
  WITH r WHERE NOT EXISTS { ()-[:`HELD_EXERCISES_WITH` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`HELD_EXERCISES_WITH`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`HOLDS_OFFICE` AS r
  WITH r WHERE NOT EXISTS { ()-[:`HOLDS_OFFICE` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`HOLDS_OFFICE`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`INVITED` AS r
  WITH r WHERE NOT EXISTS { ()-[:`INVITED` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`INVITED`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`LIFTED_EMBARGO_ON` AS r
  WITH r WHERE NOT EXISTS { ()-[:`LIFTED_EMBARGO_ON` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`LIFTED_EMBARGO_ON`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`MEDIATED` AS r
  WITH r WHERE NOT EXISTS { ()-[:`MEDIATED` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`MEDIATED`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`MET` AS r
  WITH r WHERE NOT EXISTS { ()-[:`MET` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`MET`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`PARTNERED_WITH` AS r
  WITH r WHERE NOT EXISTS { ()-[:`PARTNERED_WITH` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`PARTNERED_WITH`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`PRESSURED` AS r
  WITH r WHERE NOT EXISTS { ()-[:`PRESSURED` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`PRESSURED`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`REFUSED` AS r
  WITH r WHERE NOT EXISTS { ()-[:`REFUSED` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`REFUSED`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`SANCTIONED` AS r
  WITH r WHERE NOT EXISTS { ()-[:`SANCTIONED` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`SANCTIONED`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`SIGNED_AGREEMENT_WITH` AS r
  WITH r WHERE NOT EXISTS { ()-[:`SIGNED_AGREEMENT_WITH` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`SIGNED_AGREEMENT_WITH`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`SOLD_ARMS_TO` AS r
  WITH r WHERE NOT EXISTS { ()-[:`SOLD_ARMS_TO` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`SOLD_ARMS_TO`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`SUPPORTED` AS r
  WITH r WHERE NOT EXISTS { ()-[:`SUPPORTED` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`SUPPORTED`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`THREATENED` AS r
  WITH r WHERE NOT EXISTS { ()-[:`THREATENED` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`THREATENED`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`VISITED` AS r
  WITH r WHERE NOT EXISTS { ()-[:`VISITED` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`VISITED`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`VOTED_AGAINST` AS r
  WITH r WHERE NOT EXISTS { ()-[:`VOTED_AGAINST` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`VOTED_AGAINST`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`VOTED_FOR` AS r
  WITH r WHERE NOT EXISTS { ()-[:`VOTED_FOR` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`VOTED_FOR`]->(o)
  SET e = r.props
};

// Document 3 of 3: 'doc-c', 5 facts, 4 edges

UNWIND [
  {aliases: ['International Monetary Fund'], id: 'imf', kind: 'institution', name: 'IMF'},
  {aliases: ['Islamabad', 'Pakistani'], id: 'pakistan', kind: 'country', name: 'Pakistan'},
  {aliases: ['Moscow', 'Kremlin'], id: 'russia', kind: 'country', name: 'Russia'},
  {aliases: ['PM Shehbaz'], id: 'shehbaz-sharif', kind: 'official', name: 'Shehbaz Sharif'},
  {aliases: [], id: 'unga-ukraine-resolution', kind: 'event', name: 'UNGA resolution on Ukraine'}
] AS r
MERGE (a:Actor {id: r.id})
WITH a, r WHERE a.name IS NULL OR a.name <> r.name OR a.kind <> r.kind OR a.aliases <> r.aliases
SET a.name = r.name, a.kind = r.kind, a.aliases = r.aliases
FOREACH (_ IN CASE WHEN r.kind = 'country' THEN [1] ELSE [] END | SET a:`Country` REMOVE a:`Official`:`Institution`:`Group`:`Event`)
FOREACH (_ IN CASE WHEN r.kind = 'official' THEN [1] ELSE [] END | SET a:`Official` REMOVE a:`Country`:`Institution`:`Group`:`Event`)
FOREACH (_ IN CASE WHEN r.kind = 'institution' THEN [1] ELSE [] END | SET a:`Institution` REMOVE a:`Country`:`Official`:`Group`:`Event`)
FOREACH (_ IN CASE WHEN r.kind = 'group' THEN [1] ELSE [] END | SET a:`Group` REMOVE a:`Country`:`Official`:`Institution`:`Event`)
FOREACH (_ IN CASE WHEN r.kind = 'event' THEN [1] ELSE [] END | SET a:`Event` REMOVE a:`Country`:`Official`:`Institution`:`Group`);

WITH {doc: 'doc-c', keys: {`imf|gave_aid_to|pakistan|2023|asserted`: true, `pakistan|abstained|unga-ukraine-resolution|2022|claimed`: true, `pakistan|held_exercises_with|russia|2016|asserted`: true, `shehbaz-sharif|holds_office|pakistan|2022|asserted`: true}} AS current
MATCH (d:Document {id: current.doc})
UNWIND [k IN coalesce(d.edges, []) WHERE current.keys[k] IS NULL] AS k
WITH current.doc AS doc, k, split(k, '|') AS part
MATCH (s:Actor {id: part[0]})
MATCH (o:Actor {id: part[2]})
MATCH (s)-[e]->(o)
WHERE e.key = k
WITH e, [i IN range(0, size(e.docs) - 1) WHERE e.docs[i] <> doc | {doc: e.docs[i], sentence: e.sentences[i], evidence: e.evidences[i], date: e.citeDates[i], confidence: e.confidences[i], between: coalesce(e.citeBetween[i], ''), goods: coalesce(e.citeGoods[i], ''), role: coalesce(e.citeRoles[i], '')}] AS cites
WITH e, cites,
     reduce(sorted = [], party IN reduce(all = [], c IN cites | all + split(c.between, ',')) |
       CASE WHEN party = '' OR party IN sorted THEN sorted
            ELSE [p IN sorted WHERE p < party] + party + [p IN sorted WHERE p > party] END) AS between,
     reduce(best = '', c IN cites | CASE WHEN size(c.date) > size(best) THEN c.date ELSE best END) AS best
WITH e, cites, between,
     CASE WHEN all(c IN cites WHERE best STARTS WITH c.date) THEN best ELSE left(best, 4) END AS merged
WITH e,
     [c IN cites | c.doc] AS docs,
     [c IN cites | c.sentence] AS sentences,
     [c IN cites | c.evidence] AS evidences,
     [c IN cites | c.date] AS citeDates,
     [c IN cites | c.confidence] AS confidences,
     CASE WHEN all(c IN cites WHERE c.between = '') THEN null ELSE [c IN cites | c.between] END AS citeBetween,
     CASE WHEN all(c IN cites WHERE c.goods = '') THEN null ELSE [c IN cites | c.goods] END AS citeGoods,
     CASE WHEN all(c IN cites WHERE c.role = '') THEN null ELSE [c IN cites | c.role] END AS citeRoles,
     size(reduce(seen = [], c IN cites | CASE WHEN c.doc IN seen THEN seen ELSE seen + c.doc END)) AS sources,
     CASE WHEN merged = '' THEN null ELSE merged END AS date,
     CASE size(merged) WHEN 4 THEN 'year' WHEN 7 THEN 'month' WHEN 10 THEN 'day' END AS precision,
     CASE size(merged) WHEN 4 THEN merged + '-01-01' WHEN 7 THEN merged + '-01' WHEN 10 THEN merged END AS start,
     CASE size(merged) WHEN 4 THEN merged + '-12-31' WHEN 7 THEN toString(date(merged + '-01') + duration('P1M') - duration('P1D')) WHEN 10 THEN merged END AS end,
     CASE WHEN merged = '' THEN null ELSE toInteger(left(merged, 4)) END AS year,
     CASE WHEN size(between) = 0 THEN null ELSE between END AS between,
     head([c IN cites WHERE c.goods <> '' | c.goods]) AS goods,
     head([c IN cites WHERE c.role <> '' | c.role]) AS role
WHERE [e.docs, e.sentences, e.evidences, e.citeDates, e.confidences,
       coalesce(e.citeBetween, []), coalesce(e.citeGoods, []), coalesce(e.citeRoles, []), e.sources,
       coalesce(e.date, ''), coalesce(e.precision, ''), coalesce(e.start, ''), coalesce(e.end, ''), coalesce(e.year, 0),
       coalesce(e.between, []), coalesce(e.goods, ''), coalesce(e.role, '')] <>
      [docs, sentences, evidences, citeDates, confidences,
       coalesce(citeBetween, []), coalesce(citeGoods, []), coalesce(citeRoles, []), sources,
       coalesce(date, ''), coalesce(precision, ''), coalesce(start, ''), coalesce(end, ''), coalesce(year, 0),
       coalesce(between, []), coalesce(goods, ''), coalesce(role, '')]
SET e.docs = docs, e.sentences = sentences, e.evidences = evidences, e.citeDates = citeDates, e.confidences = confidences,
    e.citeBetween = citeBetween, e.citeGoods = citeGoods, e.citeRoles = citeRoles, e.sources = sources,
    e.date = date, e.precision = precision, e.start = start, e.end = end, e.year = year,
    e.between = between, e.goods = goods, e.role = role
WITH e WHERE size(e.docs) = 0
DELETE e;

MERGE (d:Document {id: 'doc-c'})
WITH d WHERE properties(d) <> {edges: ['imf|gave_aid_to|pakistan|2023|asserted', 'pakistan|abstained|unga-ukraine-resolution|2022|claimed', 'pakistan|held_exercises_with|russia|2016|asserted', 'shehbaz-sharif|holds_office|pakistan|2022|asserted'], id: 'doc-c'}
SET d = {edges: ['imf|gave_aid_to|pakistan|2023|asserted', 'pakistan|abstained|unga-ukraine-resolution|2022|claimed', 'pakistan|held_exercises_with|russia|2016|asserted', 'shehbaz-sharif|holds_office|pakistan|2022|asserted'], id: 'doc-c'};

WITH {doc: 'doc-c', rows: {ABSTAINED: [
  {object: 'unga-ukraine-resolution', props: {citeDates: ['2022-03'], confidences: [0.9], date: '2022-03', docs: ['doc-c'], end: '2022-03-31', evidences: ['Khan said Pakistan abstained.'], key: 'pakistan|abstained|unga-ukraine-resolution|2022|claimed', modality: 'claimed', precision: 'month', relation: 'abstained', sentences: [6], sources: 1, start: '2022-03-01', year: 2022}, subject: 'pakistan'}
], GAVE_AID_TO: [
  {object: 'pakistan', props: {citeDates: ['2023-07-12'], confidences: [0.85], date: '2023-07-12', docs: ['doc-c'], end: '2023-07-12', evidences: ['The IMF approved a $3bn loan on 12 July 2023.'], key: 'imf|gave_aid_to|pakistan|2023|asserted', modality: 'asserted', precision: 'day', relation: 'gave_aid_to', sentences: [4], sources: 1, start: '2023-07-12', year: 2023}, subject: 'imf'}
], HELD_EXERCISES_WITH: [
  {object: 'russia', props: {citeDates: ['2016-10'], confidences: [0.9], date: '2016-10', docs: ['doc-c'], end: '2016-10-31', evidences: ['Joint drills in October 2016.'], key: 'pakistan|held_exercises_with|russia|2016|asserted', modality: 'asserted', precision: 'month', relation: 'held_exercises_with', sentences: [1], sources: 1, start: '2016-10-01', year: 2016}, subject: 'pakistan'}
], HOLDS_OFFICE: [
  {object: 'pakistan', props: {citeDates: ['2022-04-11'], citeRoles: ['Prime Minister'], confidences: [0.9], date: '2022-04-11', docs: ['doc-c'], end: '2022-04-11', evidences: ['Prime Minister Shehbaz Sharif took office.'], key: 'shehbaz-sharif|holds_office|pakistan|2022|asserted', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'Prime Minister', sentences: [8], sources: 1, start: '2022-04-11', year: 2022}, subject: 'shehbaz-sharif'}
]}} AS edges
CALL (edges) {
  UNWIND edges.rows.`ABSTAINED` AS r
  MATCH ()-[e:`ABSTAINED` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`ATTACKED` AS r
  MATCH ()-[e:`ATTACKED` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`BLOCKED` AS r
  MATCH ()-[e:`BLOCKED` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`BOUGHT_FROM` AS r
  MATCH ()-[e:`BOUGHT_FROM` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`CONGRATULATED` AS r
  MATCH ()-[e:`CONGRATULATED` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`CONSULTED` AS r
  MATCH ()-[e:`CONSULTED` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`CRITICIZED` AS r
  MATCH ()-[e:`CRITICIZED` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`CUT_AID_TO` AS r
  MATCH ()-[e:`CUT_AID_TO` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`DECLINED` AS r
  MATCH ()-[e:`DECLINED` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`GAVE_AID_TO` AS r
  MATCH ()-[e:`GAVE_AID_TO` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`HELD_EXERCISES_WITH` AS r
  MATCH ()-[e:`HELD_EXERCISES_WITH` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`HOLDS_OFFICE` AS r
  MATCH ()-[e:`HOLDS_OFFICE` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`INVITED` AS r
  MATCH ()-[e:`INVITED` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`LIFTED_EMBARGO_ON` AS r
  MATCH ()-[e:`LIFTED_EMBARGO_ON` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`MEDIATED` AS r
  MATCH ()-[e:`MEDIATED` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`MET` AS r
  MATCH ()-[e:`MET` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`PARTNERED_WITH` AS r
  MATCH ()-[e:`PARTNERED_WITH` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`PRESSURED` AS r
  MATCH ()-[e:`PRESSURED` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`REFUSED` AS r
  MATCH ()-[e:`REFUSED` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`SANCTIONED` AS r
  MATCH ()-[e:`SANCTIONED` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`SIGNED_AGREEMENT_WITH` AS r
  MATCH ()-[e:`SIGNED_AGREEMENT_WITH` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`SOLD_ARMS_TO` AS r
  MATCH ()-[e:`SOLD_ARMS_TO` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`SUPPORTED` AS r
  MATCH ()-[e:`SUPPORTED` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`THREATENED` AS r
  MATCH ()-[e:`THREATENED` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`VISITED` AS r
  MATCH ()-[e:`VISITED` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`VOTED_AGAINST` AS r
  MATCH ()-[e:`VOTED_AGAINST` {key: r.props.key}]->()
  RETURN e, r
  UNION ALL
  UNWIND edges.rows.`VOTED_FOR` AS r
  MATCH ()-[e:`VOTED_FOR` {key: r.props.key}]->()
  RETURN e, r
}
WITH e, r, edges.doc AS doc WHERE properties(e) <> r.props
WITH e, [i IN range(0, size(e.docs) - 1) WHERE e.docs[i] < doc | {doc: e.docs[i], sentence: e.sentences[i], evidence: e.evidences[i], date: e.citeDates[i], confidence: e.confidences[i], between: coalesce(e.citeBetween[i], ''), goods: coalesce(e.citeGoods[i], ''), role: coalesce(e.citeRoles[i], '')}] +
        [i IN range(0, size(r.props.docs) - 1) | {doc: r.props.docs[i], sentence: r.props.sentences[i], evidence: r.props.evidences[i], date: r.props.citeDates[i], confidence: r.props.confidences[i], between: coalesce(r.props.citeBetween[i], ''), goods: coalesce(r.props.citeGoods[i], ''), role: coalesce(r.props.citeRoles[i], '')}] +
        [i IN range(0, size(e.docs) - 1) WHERE e.docs[i] > doc | {doc: e.docs[i], sentence: e.sentences[i], evidence: e.evidences[i], date: e.citeDates[i], confidence: e.confidences[i], between: coalesce(e.citeBetween[i], ''), goods: coalesce(e.citeGoods[i], ''), role: coalesce(e.citeRoles[i], '')}] AS cites
WITH e, cites,
     reduce(sorted = [], party IN reduce(all = [], c IN cites | all + split(c.between, ',')) |
       CASE WHEN party = '' OR party IN sorted THEN sorted
            ELSE [p IN sorted WHERE p < party] + party + [p IN sorted WHERE p > party] END) AS between,
     reduce(best = '', c IN cites | CASE WHEN size(c.date) > size(best) THEN c.date ELSE best END) AS best
WITH e, cites, between,
     CASE WHEN all(c IN cites WHERE best STARTS WITH c.date) THEN best ELSE left(best, 4) END AS merged
WITH e,
     [c IN cites | c.doc] AS docs,
     [c IN cites | c.sentence] AS sentences,
     [c IN cites | c.evidence] AS evidences,
     [c IN cites | c.date] AS citeDates,
     [c IN cites | c.confidence] AS confidences,
     CASE WHEN all(c IN cites WHERE c.between = '') THEN null ELSE [c IN cites | c.between] END AS citeBetween,
     CASE WHEN all(c IN cites WHERE c.goods = '') THEN null ELSE [c IN cites | c.goods] END AS citeGoods,
     CASE WHEN all(c IN cites WHERE c.role = '') THEN null ELSE [c IN cites | c.role] END AS citeRoles,
     size(reduce(seen = [], c IN cites | CASE WHEN c.doc IN seen THEN seen ELSE seen + c.doc END)) AS sources,
     CASE WHEN merged = '' THEN null ELSE merged END AS date,
     CASE size(merged) WHEN 4 THEN 'year' WHEN 7 THEN 'month' WHEN 10 THEN 'day' END AS precision,
     CASE size(merged) WHEN 4 THEN merged + '-01-01' WHEN 7 THEN merged + '-01' WHEN 10 THEN merged END AS start,
     CASE size(merged) WHEN 4 THEN merged + '-12-31' WHEN 7 THEN toString(date(merged + '-01') + duration('P1M') - duration('P1D')) WHEN 10 THEN merged END AS end,
     CASE WHEN merged = '' THEN null ELSE toInteger(left(merged, 4)) END AS year,
     CASE WHEN size(between) = 0 THEN null ELSE between END AS between,
     head([c IN cites WHERE c.goods <> '' | c.goods]) AS goods,
     head([c IN cites WHERE c.role <> '' | c.role]) AS role
WHERE [e.docs, e.sentences, e.evidences, e.citeDates, e.confidences,
       coalesce(e.citeBetween, []), coalesce(e.citeGoods, []), coalesce(e.citeRoles, []), e.sources,
       coalesce(e.date, ''), coalesce(e.precision, ''), coalesce(e.start, ''), coalesce(e.end, ''), coalesce(e.year, 0),
       coalesce(e.between, []), coalesce(e.goods, ''), coalesce(e.role, '')] <>
      [docs, sentences, evidences, citeDates, confidences,
       coalesce(citeBetween, []), coalesce(citeGoods, []), coalesce(citeRoles, []), sources,
       coalesce(date, ''), coalesce(precision, ''), coalesce(start, ''), coalesce(end, ''), coalesce(year, 0),
       coalesce(between, []), coalesce(goods, ''), coalesce(role, '')]
SET e.docs = docs, e.sentences = sentences, e.evidences = evidences, e.citeDates = citeDates, e.confidences = confidences,
    e.citeBetween = citeBetween, e.citeGoods = citeGoods, e.citeRoles = citeRoles, e.sources = sources,
    e.date = date, e.precision = precision, e.start = start, e.end = end, e.year = year,
    e.between = between, e.goods = goods, e.role = role
WITH e WHERE size(e.docs) = 0
DELETE e;

WITH {doc: 'doc-c', rows: {ABSTAINED: [
  {object: 'unga-ukraine-resolution', props: {citeDates: ['2022-03'], confidences: [0.9], date: '2022-03', docs: ['doc-c'], end: '2022-03-31', evidences: ['Khan said Pakistan abstained.'], key: 'pakistan|abstained|unga-ukraine-resolution|2022|claimed', modality: 'claimed', precision: 'month', relation: 'abstained', sentences: [6], sources: 1, start: '2022-03-01', year: 2022}, subject: 'pakistan'}
], GAVE_AID_TO: [
  {object: 'pakistan', props: {citeDates: ['2023-07-12'], confidences: [0.85], date: '2023-07-12', docs: ['doc-c'], end: '2023-07-12', evidences: ['The IMF approved a $3bn loan on 12 July 2023.'], key: 'imf|gave_aid_to|pakistan|2023|asserted', modality: 'asserted', precision: 'day', relation: 'gave_aid_to', sentences: [4], sources: 1, start: '2023-07-12', year: 2023}, subject: 'imf'}
], HELD_EXERCISES_WITH: [
  {object: 'russia', props: {citeDates: ['2016-10'], confidences: [0.9], date: '2016-10', docs: ['doc-c'], end: '2016-10-31', evidences: ['Joint drills in October 2016.'], key: 'pakistan|held_exercises_with|russia|2016|asserted', modality: 'asserted', precision: 'month', relation: 'held_exercises_with', sentences: [1], sources: 1, start: '2016-10-01', year: 2016}, subject: 'pakistan'}
], HOLDS_OFFICE: [
  {object: 'pakistan', props: {citeDates: ['2022-04-11'], citeRoles: ['Prime Minister'], confidences: [0.9], date: '2022-04-11', docs: ['doc-c'], end: '2022-04-11', evidences: ['Prime Minister Shehbaz Sharif took office.'], key: 'shehbaz-sharif|holds_office|pakistan|2022|asserted', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'Prime Minister', sentences: [8], sources: 1, start: '2022-04-11', year: 2022}, subject: 'shehbaz-sharif'}
]}} AS edges
CALL (edges) {
  UNWIND edges.rows.`ABSTAINED` AS r
  WITH r WHERE NOT EXISTS { ()-[:`ABSTAINED` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`ABSTAINED`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`ATTACKED` AS r
  WITH r WHERE NOT EXISTS { ()-[:`ATTACKED` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`ATTACKED`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`BLOCKED` AS r
  WITH r WHERE NOT EXISTS { ()-[:`BLOCKED` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`BLOCKED`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`BOUGHT_FROM` AS r
  WITH r WHERE NOT EXISTS { ()-[:`BOUGHT_FROM` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`BOUGHT_FROM`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`CONGRATULATED` AS r
  WITH r WHERE NOT EXISTS { ()-[:`CONGRATULATED` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`CONGRATULATED`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`CONSULTED` AS r
  WITH r WHERE NOT EXISTS { ()-[:`CONSULTED` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`CONSULTED`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`CRITICIZED` AS r
  WITH r WHERE NOT EXISTS { ()-[:`CRITICIZED` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`CRITICIZED`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`CUT_AID_TO` AS r
  WITH r WHERE NOT EXISTS { ()-[:`CUT_AID_TO` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`CUT_AID_TO`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`DECLINED` AS r
  WITH r WHERE NOT EXISTS { ()-[:`DECLINED` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`DECLINED`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`GAVE_AID_TO` AS r
  WITH r WHERE NOT EXISTS { ()-[:`GAVE_AID_TO` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`GAVE_AID_TO`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`HELD_EXERCISES_WITH` AS r
  WITH r WHERE NOT EXISTS { ()-[:`HELD_EXERCISES_WITH` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`HELD_EXERCISES_WITH`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`HOLDS_OFFICE` AS r
  WITH r WHERE NOT EXISTS { ()-[:`HOLDS_OFFICE` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`HOLDS_OFFICE`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`INVITED` AS r
  WITH r WHERE NOT EXISTS { ()-[:`INVITED` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`INVITED`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`LIFTED_EMBARGO_ON` AS r
  WITH r WHERE NOT EXISTS { ()-[:`LIFTED_EMBARGO_ON` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`LIFTED_EMBARGO_ON`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`MEDIATED` AS r
  WITH r WHERE NOT EXISTS { ()-[:`MEDIATED` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`MEDIATED`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`MET` AS r
  WITH r WHERE NOT EXISTS { ()-[:`MET` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`MET`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`PARTNERED_WITH` AS r
  WITH r WHERE NOT EXISTS { ()-[:`PARTNERED_WITH` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`PARTNERED_WITH`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`PRESSURED` AS r
  WITH r WHERE NOT EXISTS { ()-[:`PRESSURED` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`PRESSURED`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`REFUSED` AS r
  WITH r WHERE NOT EXISTS { ()-[:`REFUSED` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`REFUSED`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`SANCTIONED` AS r
  WITH r WHERE NOT EXISTS { ()-[:`SANCTIONED` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`SANCTIONED`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`SIGNED_AGREEMENT_WITH` AS r
  WITH r WHERE NOT EXISTS { ()-[:`SIGNED_AGREEMENT_WITH` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`SIGNED_AGREEMENT_WITH`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`SOLD_ARMS_TO` AS r
  WITH r WHERE NOT EXISTS { ()-[:`SOLD_ARMS_TO` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`SOLD_ARMS_TO`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`SUPPORTED` AS r
  WITH r WHERE NOT EXISTS { ()-[:`SUPPORTED` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`SUPPORTED`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`THREATENED` AS r
  WITH r WHERE NOT EXISTS { ()-[:`THREATENED` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`THREATENED`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`VISITED` AS r
  WITH r WHERE NOT EXISTS { ()-[:`VISITED` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`VISITED`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`VOTED_AGAINST` AS r
  WITH r WHERE NOT EXISTS { ()-[:`VOTED_AGAINST` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`VOTED_AGAINST`]->(o)
  SET e = r.props
}
CALL (edges) {
  UNWIND edges.rows.`VOTED_FOR` AS r
  WITH r WHERE NOT EXISTS { ()-[:`VOTED_FOR` {key: r.props.key}]->() }
  MATCH (s:Actor {id: r.subject})
  MATCH (o:Actor {id: r.object})
  CREATE (s)-[e:`VOTED_FOR`]->(o)
  SET e = r.props
};

UNWIND [
  {of: 'pakistan', official: 'shehbaz-sharif', props: {date: '2022-04-11', from: '2022-04-11', key: 'office|shehbaz-sharif|pakistan|Prime Minister|2022-04-11', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'Prime Minister', source: 'dictionary', start: '2022-04-11', year: 2022}}
] AS r
MATCH (s:Actor {id: r.official})
MATCH (o:Actor {id: r.of})
MERGE (s)-[e:HOLDS_OFFICE {key: r.props.key}]->(o)
WITH e, r WHERE properties(e) <> r.props
SET e = r.props;

