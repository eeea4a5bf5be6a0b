// geoalign graph for Neo4j 5.26: 5 documents, 86 facts.
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

// Document 1 of 5: '000_6c03606419eea82a', 12 facts, 10 edges

UNWIND [
  {aliases: ['Ajit Kumar Doval', 'Doval', 'Mr Doval', 'Mr. Doval', 'NSA Doval'], id: 'ajit-kumar-doval', kind: 'official', name: 'Ajit Doval'},
  {aliases: ['FSB'], id: 'fsb', kind: 'institution', name: 'Federal Security Service'},
  {aliases: ['Hina Khar', 'Hina Rabbani', 'Ms Khar', 'Ms. Khar', 'Khar'], id: 'hina-rabbani-khar', kind: 'official', name: 'Hina Rabbani Khar'},
  {aliases: ['Republic of India', 'Bharat', 'New Delhi', 'Delhi', 'South Block', 'Indo'], id: 'india', kind: 'country', name: 'India'},
  {aliases: ['Sardar Masood Khan'], id: 'masood-khan', kind: 'official', name: 'Masood Khan'},
  {aliases: ['Nikolai Patrushev', 'Nikolai Platonovich Patrushev', 'Patrushev', 'Mr Patrushev', 'Mr. Patrushev'], id: 'nikolay-patrushev', kind: 'official', name: 'Nikolay Patrushev'},
  {aliases: ['Islamic Republic of Pakistan', 'Islamabad', 'Pak'], id: 'pakistan', kind: 'country', name: 'Pakistan'},
  {aliases: ['Russian Federation', 'Moscow', 'Kremlin', 'the Kremlin', 'Soviet Union', 'USSR', 'U.S.S.R.', 'Union of Soviet Socialist Republics', 'Russo', 'Rosneft', 'Gazprom', 'Rosatom', 'Rosoboronexport', 'Rosselkhozbank', 'Sberbank', 'VTB', 'Africa Corps'], id: 'russia', kind: 'country', name: 'Russia'},
  {aliases: ['Shahbaz Sharif', 'Mian Shehbaz Sharif', 'Muhammad Shehbaz Sharif', 'PM Shehbaz', 'Prime Minister Shehbaz', 'Premier Shehbaz', 'Shehbaz', 'PM Sharif', 'Prime Minister Sharif'], id: 'shehbaz-sharif', kind: 'official', name: 'Shehbaz Sharif'},
  {aliases: ['UNGA', 'General Assembly', 'United Nations General Assembly', 'U.N. General Assembly'], id: 'un-general-assembly', kind: 'institution', name: 'UN General Assembly'},
  {aliases: ['United States of America', 'US', 'U.S.', 'USA', 'U.S.A.', 'America', 'Washington', 'White House', 'the White House', 'Pentagon', 'the Pentagon', 'State Department', 'US State Department', 'U.S. State Department', 'Trump administration', 'Biden administration', 'Obama administration', 'Bush administration', 'US administration', 'U.S. administration', 'US Treasury', 'U.S. Treasury', 'Treasury Department', 'US Treasury Department', 'U.S. Treasury Department'], id: 'united-states', kind: 'country', name: 'United States'}
] AS r
MERGE (a:Actor {id: r.id})
WITH a, r WHERE a.name IS NULL OR a.name <> r.name OR a.kind <> r.kind OR a.aliases <> r.aliases
SET a.name = r.name, a.kind = r.kind, a.aliases = r.aliases
FOREACH (_ IN CASE WHEN r.kind = 'country' THEN [1] ELSE [] END | SET a:`Country` REMOVE a:`Official`:`Institution`:`Group`:`Event`)
FOREACH (_ IN CASE WHEN r.kind = 'official' THEN [1] ELSE [] END | SET a:`Official` REMOVE a:`Country`:`Institution`:`Group`:`Event`)
FOREACH (_ IN CASE WHEN r.kind = 'institution' THEN [1] ELSE [] END | SET a:`Institution` REMOVE a:`Country`:`Official`:`Group`:`Event`)
FOREACH (_ IN CASE WHEN r.kind = 'group' THEN [1] ELSE [] END | SET a:`Group` REMOVE a:`Country`:`Official`:`Institution`:`Event`)
FOREACH (_ IN CASE WHEN r.kind = 'event' THEN [1] ELSE [] END | SET a:`Event` REMOVE a:`Country`:`Official`:`Institution`:`Group`);

WITH {doc: '000_6c03606419eea82a', keys: {`ajit-kumar-doval|holds_office|india|2023|asserted`: true, `ajit-kumar-doval|met|nikolay-patrushev|2023|asserted`: true, `hina-rabbani-khar|holds_office|pakistan|2023|asserted`: true, `india|supported|russia|2023|asserted`: true, `masood-khan|holds_office|pakistan|2023|asserted`: true, `nikolay-patrushev|holds_office|russia|2023|asserted`: true, `pakistan|abstained|un-general-assembly|2023|asserted`: true, `pakistan|bought_from|russia|2023|asserted`: true, `pakistan|consulted|united-states|2023|claimed`: true, `shehbaz-sharif|holds_office|pakistan|2023|asserted`: true}} AS current
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

MERGE (d:Document {id: '000_6c03606419eea82a'})
WITH d WHERE properties(d) <> {edges: ['ajit-kumar-doval|holds_office|india|2023|asserted', 'ajit-kumar-doval|met|nikolay-patrushev|2023|asserted', 'hina-rabbani-khar|holds_office|pakistan|2023|asserted', 'india|supported|russia|2023|asserted', 'masood-khan|holds_office|pakistan|2023|asserted', 'nikolay-patrushev|holds_office|russia|2023|asserted', 'pakistan|abstained|un-general-assembly|2023|asserted', 'pakistan|bought_from|russia|2023|asserted', 'pakistan|consulted|united-states|2023|claimed', 'shehbaz-sharif|holds_office|pakistan|2023|asserted'], id: '000_6c03606419eea82a', published: '2023-04', source: 'Greek City Times, reporting Dawn and The Washington Post on the leaked US documents', title: 'Pakistan and US relations are uneasy, documents reveal'}
SET d = {edges: ['ajit-kumar-doval|holds_office|india|2023|asserted', 'ajit-kumar-doval|met|nikolay-patrushev|2023|asserted', 'hina-rabbani-khar|holds_office|pakistan|2023|asserted', 'india|supported|russia|2023|asserted', 'masood-khan|holds_office|pakistan|2023|asserted', 'nikolay-patrushev|holds_office|russia|2023|asserted', 'pakistan|abstained|un-general-assembly|2023|asserted', 'pakistan|bought_from|russia|2023|asserted', 'pakistan|consulted|united-states|2023|claimed', 'shehbaz-sharif|holds_office|pakistan|2023|asserted'], id: '000_6c03606419eea82a', published: '2023-04', source: 'Greek City Times, reporting Dawn and The Washington Post on the leaked US documents', title: 'Pakistan and US relations are uneasy, documents reveal'};

WITH {doc: '000_6c03606419eea82a', rows: {ABSTAINED: [
  {object: 'un-general-assembly', props: {citeDates: ['2023-04'], confidences: [0.9], date: '2023-04', docs: ['000_6c03606419eea82a'], end: '2023-04-30', evidences: ['Pakistan is among the 32 countries that have abstained from voting every time a US-backed resolution on the Ukrainian conflict was raised in the UN General Assembly.'], key: 'pakistan|abstained|un-general-assembly|2023|asserted', modality: 'asserted', precision: 'month', relation: 'abstained', sentences: [12], sources: 1, start: '2023-04-01', year: 2023}, subject: 'pakistan'}
], BOUGHT_FROM: [
  {object: 'russia', props: {citeDates: ['2023-04'], citeGoods: ['buying crude oil'], confidences: [0.9], date: '2023-04', docs: ['000_6c03606419eea82a'], end: '2023-04-30', evidences: ['Last week, Pakistan placed its first order for buying crude oil from Russia and its US Ambassador Masood Khan said Islamabad had consulted Washington before placing the order.'], goods: 'buying crude oil', key: 'pakistan|bought_from|russia|2023|asserted', modality: 'asserted', precision: 'month', relation: 'bought_from', sentences: [15], sources: 1, start: '2023-04-01', year: 2023}, subject: 'pakistan'}
], CONSULTED: [
  {object: 'united-states', props: {citeDates: ['2023-04'], confidences: [0.9], date: '2023-04', docs: ['000_6c03606419eea82a'], end: '2023-04-30', evidences: ['Last week, Pakistan placed its first order for buying crude oil from Russia and its US Ambassador Masood Khan said Islamabad had consulted Washington before placing the order.'], key: 'pakistan|consulted|united-states|2023|claimed', modality: 'claimed', precision: 'month', relation: 'consulted', sentences: [15], sources: 1, start: '2023-04-01', year: 2023}, subject: 'pakistan'}
], HOLDS_OFFICE: [
  {object: 'india', props: {citeDates: ['2023-02-22'], citeRoles: ['National Security Adviser'], confidences: [0.9], date: '2023-02-22', docs: ['000_6c03606419eea82a'], end: '2023-02-22', evidences: ['One leaked document details a Feb 22 conversation between Indian national security adviser Ajit Kumar Doval and his Russian counterpart, Nikolay Patrushev.'], key: 'ajit-kumar-doval|holds_office|india|2023|asserted', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'National Security Adviser', sentences: [23], sources: 1, start: '2023-02-22', year: 2023}, subject: 'ajit-kumar-doval'},
  {object: 'pakistan', props: {citeDates: ['2023-04'], citeRoles: ['Minister of State for Foreign Affairs'], confidences: [0.9], date: '2023-04', docs: ['000_6c03606419eea82a'], end: '2023-04-30', evidences: ['In one of the memos, Minister of State for Foreign Affairs Hina Rabbani Khar argues that Pakistan can “no longer try to maintain a middle ground between China and the United States.”'], key: 'hina-rabbani-khar|holds_office|pakistan|2023|asserted', modality: 'asserted', precision: 'month', relation: 'holds_office', role: 'Minister of State for Foreign Affairs', sentences: [4], sources: 1, start: '2023-04-01', year: 2023}, subject: 'hina-rabbani-khar'},
  {object: 'pakistan', props: {citeDates: ['2023-04'], citeRoles: ['Ambassador'], confidences: [0.9], date: '2023-04', docs: ['000_6c03606419eea82a'], end: '2023-04-30', evidences: ['Last week, Pakistan placed its first order for buying crude oil from Russia and its US Ambassador Masood Khan said Islamabad had consulted Washington before placing the order.'], key: 'masood-khan|holds_office|pakistan|2023|asserted', modality: 'asserted', precision: 'month', relation: 'holds_office', role: 'Ambassador', sentences: [15], sources: 1, start: '2023-04-01', year: 2023}, subject: 'masood-khan'},
  {object: 'russia', props: {citeDates: ['2023-02-22'], citeRoles: ['Secretary of the Security Council'], confidences: [0.9], date: '2023-02-22', docs: ['000_6c03606419eea82a'], end: '2023-02-22', evidences: ['One leaked document details a Feb 22 conversation between Indian national security adviser Ajit Kumar Doval and his Russian counterpart, Nikolay Patrushev.'], key: 'nikolay-patrushev|holds_office|russia|2023|asserted', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'Secretary of the Security Council', sentences: [23], sources: 1, start: '2023-02-22', year: 2023}, subject: 'nikolay-patrushev'},
  {object: 'pakistan', props: {citeDates: ['2023-04', '2023-02-17', '2023-04'], citeRoles: ['Prime Minister', 'Prime Minister', 'Prime Minister'], confidences: [0.9, 0.9, 0.9], date: '2023', docs: ['000_6c03606419eea82a', '000_6c03606419eea82a', '000_6c03606419eea82a'], end: '2023-12-31', evidences: ['Leaked memos featuring PM Shehbaz, Khar show Islamabad is distancing itself from US positions on Beijing and Moscow', 'Another document, dated February 17, details Prime Minister Shehbaz Sharif’s deliberations with a subordinate about an upcoming UN vote on the Ukraine conflict.', 'In the memo, one of his aides advises PM Sharif that supporting the measure would signal a shift in Pakistan’s position following its earlier abstention on a similar resolution.'], key: 'shehbaz-sharif|holds_office|pakistan|2023|asserted', modality: 'asserted', precision: 'year', relation: 'holds_office', role: 'Prime Minister', sentences: [8, 10, 13], sources: 1, start: '2023-01-01', year: 2023}, subject: 'shehbaz-sharif'}
], MET: [
  {object: 'nikolay-patrushev', props: {citeDates: ['2023-02-22'], confidences: [0.0], date: '2023-02-22', docs: ['000_6c03606419eea82a'], end: '2023-02-22', evidences: ['One leaked document details a Feb 22 conversation between Indian national security adviser Ajit Kumar Doval and his Russian counterpart, Nikolay Patrushev.'], key: 'ajit-kumar-doval|met|nikolay-patrushev|2023|asserted', modality: 'asserted', precision: 'day', relation: 'met', sentences: [23], sources: 1, start: '2023-02-22', year: 2023}, subject: 'ajit-kumar-doval'}
], SUPPORTED: [
  {object: 'russia', props: {citeDates: ['2023-04'], confidences: [0.9], date: '2023-04', docs: ['000_6c03606419eea82a'], end: '2023-04-30', evidences: ['Mr Doval assures Mr Patrushev of India’s support for Russia in multilateral venues and tells him that New Delhi would ensure the war does not come up during a Group of 20 meeting chaired by India, despite “considerable pressure” to do so.'], key: 'india|supported|russia|2023|asserted', modality: 'asserted', precision: 'month', relation: 'supported', sentences: [24], sources: 1, start: '2023-04-01', year: 2023}, subject: 'india'}
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

WITH {doc: '000_6c03606419eea82a', rows: {ABSTAINED: [
  {object: 'un-general-assembly', props: {citeDates: ['2023-04'], confidences: [0.9], date: '2023-04', docs: ['000_6c03606419eea82a'], end: '2023-04-30', evidences: ['Pakistan is among the 32 countries that have abstained from voting every time a US-backed resolution on the Ukrainian conflict was raised in the UN General Assembly.'], key: 'pakistan|abstained|un-general-assembly|2023|asserted', modality: 'asserted', precision: 'month', relation: 'abstained', sentences: [12], sources: 1, start: '2023-04-01', year: 2023}, subject: 'pakistan'}
], BOUGHT_FROM: [
  {object: 'russia', props: {citeDates: ['2023-04'], citeGoods: ['buying crude oil'], confidences: [0.9], date: '2023-04', docs: ['000_6c03606419eea82a'], end: '2023-04-30', evidences: ['Last week, Pakistan placed its first order for buying crude oil from Russia and its US Ambassador Masood Khan said Islamabad had consulted Washington before placing the order.'], goods: 'buying crude oil', key: 'pakistan|bought_from|russia|2023|asserted', modality: 'asserted', precision: 'month', relation: 'bought_from', sentences: [15], sources: 1, start: '2023-04-01', year: 2023}, subject: 'pakistan'}
], CONSULTED: [
  {object: 'united-states', props: {citeDates: ['2023-04'], confidences: [0.9], date: '2023-04', docs: ['000_6c03606419eea82a'], end: '2023-04-30', evidences: ['Last week, Pakistan placed its first order for buying crude oil from Russia and its US Ambassador Masood Khan said Islamabad had consulted Washington before placing the order.'], key: 'pakistan|consulted|united-states|2023|claimed', modality: 'claimed', precision: 'month', relation: 'consulted', sentences: [15], sources: 1, start: '2023-04-01', year: 2023}, subject: 'pakistan'}
], HOLDS_OFFICE: [
  {object: 'india', props: {citeDates: ['2023-02-22'], citeRoles: ['National Security Adviser'], confidences: [0.9], date: '2023-02-22', docs: ['000_6c03606419eea82a'], end: '2023-02-22', evidences: ['One leaked document details a Feb 22 conversation between Indian national security adviser Ajit Kumar Doval and his Russian counterpart, Nikolay Patrushev.'], key: 'ajit-kumar-doval|holds_office|india|2023|asserted', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'National Security Adviser', sentences: [23], sources: 1, start: '2023-02-22', year: 2023}, subject: 'ajit-kumar-doval'},
  {object: 'pakistan', props: {citeDates: ['2023-04'], citeRoles: ['Minister of State for Foreign Affairs'], confidences: [0.9], date: '2023-04', docs: ['000_6c03606419eea82a'], end: '2023-04-30', evidences: ['In one of the memos, Minister of State for Foreign Affairs Hina Rabbani Khar argues that Pakistan can “no longer try to maintain a middle ground between China and the United States.”'], key: 'hina-rabbani-khar|holds_office|pakistan|2023|asserted', modality: 'asserted', precision: 'month', relation: 'holds_office', role: 'Minister of State for Foreign Affairs', sentences: [4], sources: 1, start: '2023-04-01', year: 2023}, subject: 'hina-rabbani-khar'},
  {object: 'pakistan', props: {citeDates: ['2023-04'], citeRoles: ['Ambassador'], confidences: [0.9], date: '2023-04', docs: ['000_6c03606419eea82a'], end: '2023-04-30', evidences: ['Last week, Pakistan placed its first order for buying crude oil from Russia and its US Ambassador Masood Khan said Islamabad had consulted Washington before placing the order.'], key: 'masood-khan|holds_office|pakistan|2023|asserted', modality: 'asserted', precision: 'month', relation: 'holds_office', role: 'Ambassador', sentences: [15], sources: 1, start: '2023-04-01', year: 2023}, subject: 'masood-khan'},
  {object: 'russia', props: {citeDates: ['2023-02-22'], citeRoles: ['Secretary of the Security Council'], confidences: [0.9], date: '2023-02-22', docs: ['000_6c03606419eea82a'], end: '2023-02-22', evidences: ['One leaked document details a Feb 22 conversation between Indian national security adviser Ajit Kumar Doval and his Russian counterpart, Nikolay Patrushev.'], key: 'nikolay-patrushev|holds_office|russia|2023|asserted', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'Secretary of the Security Council', sentences: [23], sources: 1, start: '2023-02-22', year: 2023}, subject: 'nikolay-patrushev'},
  {object: 'pakistan', props: {citeDates: ['2023-04', '2023-02-17', '2023-04'], citeRoles: ['Prime Minister', 'Prime Minister', 'Prime Minister'], confidences: [0.9, 0.9, 0.9], date: '2023', docs: ['000_6c03606419eea82a', '000_6c03606419eea82a', '000_6c03606419eea82a'], end: '2023-12-31', evidences: ['Leaked memos featuring PM Shehbaz, Khar show Islamabad is distancing itself from US positions on Beijing and Moscow', 'Another document, dated February 17, details Prime Minister Shehbaz Sharif’s deliberations with a subordinate about an upcoming UN vote on the Ukraine conflict.', 'In the memo, one of his aides advises PM Sharif that supporting the measure would signal a shift in Pakistan’s position following its earlier abstention on a similar resolution.'], key: 'shehbaz-sharif|holds_office|pakistan|2023|asserted', modality: 'asserted', precision: 'year', relation: 'holds_office', role: 'Prime Minister', sentences: [8, 10, 13], sources: 1, start: '2023-01-01', year: 2023}, subject: 'shehbaz-sharif'}
], MET: [
  {object: 'nikolay-patrushev', props: {citeDates: ['2023-02-22'], confidences: [0.0], date: '2023-02-22', docs: ['000_6c03606419eea82a'], end: '2023-02-22', evidences: ['One leaked document details a Feb 22 conversation between Indian national security adviser Ajit Kumar Doval and his Russian counterpart, Nikolay Patrushev.'], key: 'ajit-kumar-doval|met|nikolay-patrushev|2023|asserted', modality: 'asserted', precision: 'day', relation: 'met', sentences: [23], sources: 1, start: '2023-02-22', year: 2023}, subject: 'ajit-kumar-doval'}
], SUPPORTED: [
  {object: 'russia', props: {citeDates: ['2023-04'], confidences: [0.9], date: '2023-04', docs: ['000_6c03606419eea82a'], end: '2023-04-30', evidences: ['Mr Doval assures Mr Patrushev of India’s support for Russia in multilateral venues and tells him that New Delhi would ensure the war does not come up during a Group of 20 meeting chaired by India, despite “considerable pressure” to do so.'], key: 'india|supported|russia|2023|asserted', modality: 'asserted', precision: 'month', relation: 'supported', sentences: [24], sources: 1, start: '2023-04-01', year: 2023}, subject: 'india'}
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
  {of: 'india', official: 'ajit-kumar-doval', props: {date: '2014-05-30', from: '2014-05-30', key: 'office|ajit-kumar-doval|india|National Security Adviser|2014-05-30', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'National Security Adviser', source: 'dictionary', start: '2014-05-30', year: 2014}},
  {of: 'india', official: 'ajit-kumar-doval', props: {date: '2004', end: '2005-12-31', from: '2004', key: 'office|ajit-kumar-doval|india|Director|2004', modality: 'asserted', precision: 'year', relation: 'holds_office', role: 'Director', source: 'dictionary', start: '2004-01-01', to: '2005', year: 2004}},
  {of: 'pakistan', official: 'hina-rabbani-khar', props: {date: '2022-04', end: '2023-08-31', from: '2022-04', key: 'office|hina-rabbani-khar|pakistan|Minister of State for Foreign Affairs|2022-04', modality: 'asserted', precision: 'month', relation: 'holds_office', role: 'Minister of State for Foreign Affairs', source: 'dictionary', start: '2022-04-01', to: '2023-08', year: 2022}},
  {of: 'pakistan', official: 'hina-rabbani-khar', props: {date: '2011-07', end: '2013-03-31', from: '2011-07', key: 'office|hina-rabbani-khar|pakistan|Foreign Minister|2011-07', modality: 'asserted', precision: 'month', relation: 'holds_office', role: 'Foreign Minister', source: 'dictionary', start: '2011-07-01', to: '2013-03', year: 2011}},
  {of: 'pakistan', official: 'masood-khan', props: {date: '2022', end: '2024-12-31', from: '2022', key: 'office|masood-khan|pakistan|Ambassador|2022', modality: 'asserted', precision: 'year', relation: 'holds_office', role: 'Ambassador', source: 'dictionary', start: '2022-01-01', to: '2024', year: 2022}},
  {of: 'pakistan', official: 'masood-khan', props: {date: '2012', end: '2015-12-31', from: '2012', key: 'office|masood-khan|pakistan|Permanent Representative to the United Nations|2012', modality: 'asserted', precision: 'year', relation: 'holds_office', role: 'Permanent Representative to the United Nations', source: 'dictionary', start: '2012-01-01', to: '2015', year: 2012}},
  {of: 'russia', official: 'nikolay-patrushev', props: {date: '2008-05-12', end: '2024-05-14', from: '2008-05-12', key: 'office|nikolay-patrushev|russia|Secretary of the Security Council|2008-05-12', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'Secretary of the Security Council', source: 'dictionary', start: '2008-05-12', to: '2024-05-14', year: 2008}},
  {of: 'russia', official: 'nikolay-patrushev', props: {date: '2024-05-14', from: '2024-05-14', key: 'office|nikolay-patrushev|russia|Presidential Aide|2024-05-14', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'Presidential Aide', source: 'dictionary', start: '2024-05-14', year: 2024}},
  {of: 'fsb', official: 'nikolay-patrushev', props: {date: '1999-08-09', end: '2008-05-12', from: '1999-08-09', key: 'office|nikolay-patrushev|fsb|Director|1999-08-09', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'Director', source: 'dictionary', start: '1999-08-09', to: '2008-05-12', year: 1999}},
  {of: 'pakistan', official: 'shehbaz-sharif', props: {date: '2022-04-11', end: '2023-08-14', from: '2022-04-11', key: 'office|shehbaz-sharif|pakistan|Prime Minister|2022-04-11', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'Prime Minister', source: 'dictionary', start: '2022-04-11', to: '2023-08-14', year: 2022}},
  {of: 'pakistan', official: 'shehbaz-sharif', props: {date: '2024-03-04', from: '2024-03-04', key: 'office|shehbaz-sharif|pakistan|Prime Minister|2024-03-04', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'Prime Minister', source: 'dictionary', start: '2024-03-04', year: 2024}}
] AS r
MATCH (s:Actor {id: r.official})
MATCH (o:Actor {id: r.of})
MERGE (s)-[e:HOLDS_OFFICE {key: r.props.key}]->(o)
WITH e, r WHERE properties(e) <> r.props
SET e = r.props;

// Document 2 of 5: '001_aaeae834b6482961', 31 facts, 26 edges

UNWIND [
  {aliases: ['Islamic Republic of Afghanistan', 'Kabul'], id: 'afghanistan', kind: 'country', name: 'Afghanistan'},
  {aliases: ['Anthony Blinken', 'Tony Blinken', 'Antony J. Blinken', 'Blinken', 'Secretary Blinken', 'Mr Blinken', 'Mr. Blinken'], id: 'antony-blinken', kind: 'official', name: 'Antony Blinken'},
  {aliases: ['Bilawal Bhutto-Zardari', 'Bilawal Bhutto', 'Bilawal Zardari', 'Bilawal', 'Foreign Minister Bhutto', 'FM Bilawal'], id: 'bilawal-bhutto-zardari', kind: 'official', name: 'Bilawal Bhutto Zardari'},
  {aliases: ['Donald J. Trump', 'Trump', 'President Trump', 'Mr Trump', 'Mr. Trump'], id: 'donald-trump', kind: 'official', name: 'Donald Trump'},
  {aliases: ['FSB'], id: 'fsb', kind: 'institution', name: 'Federal Security Service'},
  {aliases: ['IMF', 'the Fund'], id: 'imf', kind: 'institution', name: 'International Monetary Fund'},
  {aliases: ['Imran Khan Niazi', 'Prime Minister Khan', 'PM Khan', 'PM Imran', 'Premier Imran'], id: 'imran-khan', kind: 'official', name: 'Imran Khan'},
  {aliases: ['Joseph Biden', 'Joseph R. Biden', 'Joseph R. Biden Jr.', 'Biden', 'President Biden', 'Mr Biden', 'Mr. Biden'], id: 'joe-biden', kind: 'official', name: 'Joe Biden'},
  {aliases: ['Islamic Republic of Pakistan', 'Islamabad', 'Pak'], id: 'pakistan', kind: 'country', name: 'Pakistan'},
  {aliases: ['General Qamar Javed Bajwa', 'Gen Qamar Javed Bajwa', 'General Bajwa', 'Gen Bajwa', 'Bajwa'], id: 'qamar-javed-bajwa', kind: 'official', name: 'Qamar Javed Bajwa'},
  {aliases: ['Russian Federation', 'Moscow', 'Kremlin', 'the Kremlin', 'Soviet Union', 'USSR', 'U.S.S.R.', 'Union of Soviet Socialist Republics', 'Russo', 'Rosneft', 'Gazprom', 'Rosatom', 'Rosoboronexport', 'Rosselkhozbank', 'Sberbank', 'VTB', 'Africa Corps'], id: 'russia', kind: 'country', name: 'Russia'},
  {aliases: ['Afghan Taliban', 'Taleban', 'Islamic Emirate of Afghanistan', 'Islamic Emirate'], id: 'taliban', kind: 'group', name: 'Taliban'},
  {aliases: ['United States of America', 'US', 'U.S.', 'USA', 'U.S.A.', 'America', 'Washington', 'White House', 'the White House', 'Pentagon', 'the Pentagon', 'State Department', 'US State Department', 'U.S. State Department', 'Trump administration', 'Biden administration', 'Obama administration', 'Bush administration', 'US administration', 'U.S. administration', 'US Treasury', 'U.S. Treasury', 'Treasury Department', 'US Treasury Department', 'U.S. Treasury Department'], id: 'united-states', kind: 'country', name: 'United States'},
  {aliases: ['US–India 2+2 Ministerial Dialogue', 'U.S.-India 2+2 Ministerial Dialogue', 'U.S.–India 2+2 Ministerial Dialogue', 'US-India 2+2', 'US–India 2+2', 'U.S.-India 2+2', 'U.S.–India 2+2', 'India-US 2+2', 'India–US 2+2'], id: 'us-india-2-plus-2', kind: 'event', name: 'US-India 2+2 Ministerial Dialogue'},
  {aliases: ['Vladimir Vladimirovich Putin', 'Vladimir V. Putin', 'Putin', 'President Putin', 'Mr Putin', 'Mr. Putin'], id: 'vladimir-putin', kind: 'official', name: 'Vladimir Putin'}
] AS r
MERGE (a:Actor {id: r.id})
WITH a, r WHERE a.name IS NULL OR a.name <> r.name OR a.kind <> r.kind OR a.aliases <> r.aliases
SET a.name = r.name, a.kind = r.kind, a.aliases = r.aliases
FOREACH (_ IN CASE WHEN r.kind = 'country' THEN [1] ELSE [] END | SET a:`Country` REMOVE a:`Official`:`Institution`:`Group`:`Event`)
FOREACH (_ IN CASE WHEN r.kind = 'official' THEN [1] ELSE [] END | SET a:`Official` REMOVE a:`Country`:`Institution`:`Group`:`Event`)
FOREACH (_ IN CASE WHEN r.kind = 'institution' THEN [1] ELSE [] END | SET a:`Institution` REMOVE a:`Country`:`Official`:`Group`:`Event`)
FOREACH (_ IN CASE WHEN r.kind = 'group' THEN [1] ELSE [] END | SET a:`Group` REMOVE a:`Country`:`Official`:`Institution`:`Event`)
FOREACH (_ IN CASE WHEN r.kind = 'event' THEN [1] ELSE [] END | SET a:`Event` REMOVE a:`Country`:`Official`:`Institution`:`Group`);

WITH {doc: '001_aaeae834b6482961', keys: {`antony-blinken|holds_office|united-states|2023|asserted`: true, `bilawal-bhutto-zardari|holds_office|pakistan|2023|asserted`: true, `donald-trump|cut_aid_to|pakistan|2018|asserted`: true, `donald-trump|holds_office|united-states|2018|asserted`: true, `donald-trump|sanctioned|pakistan|2018|asserted`: true, `imran-khan|holds_office|pakistan|2018|asserted`: true, `imran-khan|met|joe-biden|2023|negated`: true, `imran-khan|visited|russia|2023|asserted`: true, `joe-biden|holds_office|united-states|2023|asserted`: true, `pakistan|gave_aid_to|afghanistan|2023|asserted`: true, `pakistan|held_exercises_with|russia|2023|asserted`: true, `pakistan|mediated|taliban|2020|asserted`: true, `pakistan|mediated|united-states|2020|asserted`: true, `pakistan|partnered_with|russia|2023|asserted`: true, `pakistan|partnered_with|united-states|2023|asserted`: true, `pakistan|signed_agreement_with|russia|2018|asserted`: true, `pakistan|visited|russia|2018|asserted`: true, `qamar-javed-bajwa|holds_office|pakistan|2018|asserted`: true, `qamar-javed-bajwa|visited|russia|2018|asserted`: true, `russia|lifted_embargo_on|pakistan|2014|asserted`: true, `united-states|cut_aid_to|pakistan|2018|asserted`: true, `united-states|gave_aid_to|pakistan|2023|asserted`: true, `united-states|pressured|imf|2023|asserted`: true, `united-states|pressured|pakistan|2021|claimed`: true, `us-india-2-plus-2|pressured|pakistan|2023|denied`: true, `vladimir-putin|holds_office|russia|2023|asserted`: true}} AS current
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

MERGE (d:Document {id: '001_aaeae834b6482961'})
WITH d WHERE properties(d) <> {edges: ['antony-blinken|holds_office|united-states|2023|asserted', 'bilawal-bhutto-zardari|holds_office|pakistan|2023|asserted', 'donald-trump|cut_aid_to|pakistan|2018|asserted', 'donald-trump|holds_office|united-states|2018|asserted', 'donald-trump|sanctioned|pakistan|2018|asserted', 'imran-khan|holds_office|pakistan|2018|asserted', 'imran-khan|met|joe-biden|2023|negated', 'imran-khan|visited|russia|2023|asserted', 'joe-biden|holds_office|united-states|2023|asserted', 'pakistan|gave_aid_to|afghanistan|2023|asserted', 'pakistan|held_exercises_with|russia|2023|asserted', 'pakistan|mediated|taliban|2020|asserted', 'pakistan|mediated|united-states|2020|asserted', 'pakistan|partnered_with|russia|2023|asserted', 'pakistan|partnered_with|united-states|2023|asserted', 'pakistan|signed_agreement_with|russia|2018|asserted', 'pakistan|visited|russia|2018|asserted', 'qamar-javed-bajwa|holds_office|pakistan|2018|asserted', 'qamar-javed-bajwa|visited|russia|2018|asserted', 'russia|lifted_embargo_on|pakistan|2014|asserted', 'united-states|cut_aid_to|pakistan|2018|asserted', 'united-states|gave_aid_to|pakistan|2023|asserted', 'united-states|pressured|imf|2023|asserted', 'united-states|pressured|pakistan|2021|claimed', 'us-india-2-plus-2|pressured|pakistan|2023|denied', 'vladimir-putin|holds_office|russia|2023|asserted'], id: '001_aaeae834b6482961', published: '2023', source: 'Global Foreign Policies Review VI(III), Ishfaq, Ashfaq & Ashfaq', title: 'Diplomatic Complexity: Pakistan\'s relations with Russia and the United States'}
SET d = {edges: ['antony-blinken|holds_office|united-states|2023|asserted', 'bilawal-bhutto-zardari|holds_office|pakistan|2023|asserted', 'donald-trump|cut_aid_to|pakistan|2018|asserted', 'donald-trump|holds_office|united-states|2018|asserted', 'donald-trump|sanctioned|pakistan|2018|asserted', 'imran-khan|holds_office|pakistan|2018|asserted', 'imran-khan|met|joe-biden|2023|negated', 'imran-khan|visited|russia|2023|asserted', 'joe-biden|holds_office|united-states|2023|asserted', 'pakistan|gave_aid_to|afghanistan|2023|asserted', 'pakistan|held_exercises_with|russia|2023|asserted', 'pakistan|mediated|taliban|2020|asserted', 'pakistan|mediated|united-states|2020|asserted', 'pakistan|partnered_with|russia|2023|asserted', 'pakistan|partnered_with|united-states|2023|asserted', 'pakistan|signed_agreement_with|russia|2018|asserted', 'pakistan|visited|russia|2018|asserted', 'qamar-javed-bajwa|holds_office|pakistan|2018|asserted', 'qamar-javed-bajwa|visited|russia|2018|asserted', 'russia|lifted_embargo_on|pakistan|2014|asserted', 'united-states|cut_aid_to|pakistan|2018|asserted', 'united-states|gave_aid_to|pakistan|2023|asserted', 'united-states|pressured|imf|2023|asserted', 'united-states|pressured|pakistan|2021|claimed', 'us-india-2-plus-2|pressured|pakistan|2023|denied', 'vladimir-putin|holds_office|russia|2023|asserted'], id: '001_aaeae834b6482961', published: '2023', source: 'Global Foreign Policies Review VI(III), Ishfaq, Ashfaq & Ashfaq', title: 'Diplomatic Complexity: Pakistan\'s relations with Russia and the United States'};

WITH {doc: '001_aaeae834b6482961', rows: {CUT_AID_TO: [
  {object: 'pakistan', props: {citeDates: ['2018'], confidences: [0.9], date: '2018', docs: ['001_aaeae834b6482961'], end: '2018-12-31', evidences: ['The relationship between Pakistan and the United States reached a record low in 2018 when then-President Donald Trump cut defence aid to Pakistan.'], key: 'donald-trump|cut_aid_to|pakistan|2018|asserted', modality: 'asserted', precision: 'year', relation: 'cut_aid_to', sentences: [22], sources: 1, start: '2018-01-01', year: 2018}, subject: 'donald-trump'},
  {object: 'pakistan', props: {citeDates: ['2018-04'], confidences: [0.9], date: '2018-04', docs: ['001_aaeae834b6482961'], end: '2018-04-30', evidences: ['Following that, US military assistance to Pakistan ceased during the Trump administration (Khan, 2021).'], key: 'united-states|cut_aid_to|pakistan|2018|asserted', modality: 'asserted', precision: 'month', relation: 'cut_aid_to', sentences: [128], sources: 1, start: '2018-04-01', year: 2018}, subject: 'united-states'}
], GAVE_AID_TO: [
  {object: 'afghanistan', props: {citeDates: ['2023'], confidences: [0.7], date: '2023', docs: ['001_aaeae834b6482961'], end: '2023-12-31', evidences: ['Pakistan was an unwavering friend of the United States during the Cold War, mainly because of its assistance to the Afghan resistance movement against the Soviet invasion in the 1980s.'], key: 'pakistan|gave_aid_to|afghanistan|2023|asserted', modality: 'asserted', precision: 'year', relation: 'gave_aid_to', sentences: [15], sources: 1, start: '2023-01-01', year: 2023}, subject: 'pakistan'},
  {object: 'pakistan', props: {citeDates: ['2023'], confidences: [0.9], date: '2023', docs: ['001_aaeae834b6482961'], end: '2023-12-31', evidences: ['In the region, the US and Pakistan established a strategic alliance, with the US providing major military and financial support to Pakistan.'], key: 'united-states|gave_aid_to|pakistan|2023|asserted', modality: 'asserted', precision: 'year', relation: 'gave_aid_to', sentences: [16], sources: 1, start: '2023-01-01', year: 2023}, subject: 'united-states'}
], HELD_EXERCISES_WITH: [
  {object: 'russia', props: {citeDates: ['2023'], confidences: [0.7], date: '2023', docs: ['001_aaeae834b6482961'], end: '2023-12-31', evidences: ['The two nations have exchanged technologies, sold weapons, and participated in military drills.'], key: 'pakistan|held_exercises_with|russia|2023|asserted', modality: 'asserted', precision: 'year', relation: 'held_exercises_with', sentences: [70], sources: 1, start: '2023-01-01', year: 2023}, subject: 'pakistan'}
], HOLDS_OFFICE: [
  {object: 'united-states', props: {citeDates: ['2023'], citeRoles: ['Ambassador'], confidences: [0.7], date: '2023', docs: ['001_aaeae834b6482961'], end: '2023-12-31', evidences: ['Shortly after Shehbaz assumed the country\'s leadership, US Ambassador Antony Blinken greeted the new leader and reiterated that "America sees a powerful, flourishing, and democratic Pakistan as vital for the well-being of both our countries".'], key: 'antony-blinken|holds_office|united-states|2023|asserted', modality: 'asserted', precision: 'year', relation: 'holds_office', role: 'Ambassador', sentences: [51], sources: 1, start: '2023-01-01', year: 2023}, subject: 'antony-blinken'},
  {object: 'pakistan', props: {citeDates: ['2023-05-18', '2023'], citeRoles: ['Foreign Minister', 'Foreign Minister'], confidences: [0.9, 0.9], date: '2023-05-18', docs: ['001_aaeae834b6482961', '001_aaeae834b6482961'], end: '2023-05-18', evidences: ['After speaking with Pakistan\'s newly elected foreign minister, Bilawal Bhutto Zardari, Secretary Blinken invited him to a ministerial session on the "Global Food Security Call to Action" on May 18 at the UN headquarters in New York.', 'Foreign Minister Bhutto\'s visit to New York, which came just weeks after Prime Minister Khan\'s visit to Moscow during that country\'s invasion of Ukraine, demonstrates how much Pakistan values America during these pivotal years of great power struggle.'], key: 'bilawal-bhutto-zardari|holds_office|pakistan|2023|asserted', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'Foreign Minister', sentences: [53, 61], sources: 1, start: '2023-05-18', year: 2023}, subject: 'bilawal-bhutto-zardari'},
  {object: 'united-states', props: {citeDates: ['2018', '2018-04'], citeRoles: ['President', 'President'], confidences: [0.9, 0.9], date: '2018-04', docs: ['001_aaeae834b6482961', '001_aaeae834b6482961'], end: '2018-04-30', evidences: ['The relationship between Pakistan and the United States reached a record low in 2018 when then-President Donald Trump cut defence aid to Pakistan.', 'US President Donald Trump terminated Islamabad\'s participation in the US International Military Education Program as a result of the regular military delegation exchanges between Russia and Pakistan.'], key: 'donald-trump|holds_office|united-states|2018|asserted', modality: 'asserted', precision: 'month', relation: 'holds_office', role: 'President', sentences: [22, 127], sources: 1, start: '2018-04-01', year: 2018}, subject: 'donald-trump'},
  {object: 'pakistan', props: {citeDates: ['2018-08-18', '2018-08-18', '2018-08-18'], citeRoles: ['Prime Minister', 'Prime Minister', 'Prime Minister'], confidences: [0.9, 0.9, 0.9], date: '2018-08-18', docs: ['001_aaeae834b6482961', '001_aaeae834b6482961', '001_aaeae834b6482961'], end: '2018-08-18', evidences: ['Relations with Pakistan soured as soon as Joe Biden\'s government assumed office because Biden neglected to call Prime Minister Imran Khan, which irritated him and sparked a discussion.', 'Foreign Minister Bhutto\'s visit to New York, which came just weeks after Prime Minister Khan\'s visit to Moscow during that country\'s invasion of Ukraine, demonstrates how much Pakistan values America during these pivotal years of great power struggle.', 'this regard, Ex- PM Imran Khan\'s visit is an indication of Moscow\'s'], key: 'imran-khan|holds_office|pakistan|2018|asserted', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'Prime Minister', sentences: [27, 61, 138], sources: 1, start: '2018-08-18', year: 2018}, subject: 'imran-khan'},
  {object: 'united-states', props: {citeDates: ['2023'], citeRoles: ['President'], confidences: [0.9], date: '2023', docs: ['001_aaeae834b6482961'], end: '2023-12-31', evidences: ['Positive contacts have always existed between US President Joe Biden and the Pakistan People\'s Party (PPP), the alliance partners of Sharif\'s PML-N, and it is likely that they will continue to do so in an effort to repair the damaged relationships (Craig, 2015).'], key: 'joe-biden|holds_office|united-states|2023|asserted', modality: 'asserted', precision: 'year', relation: 'holds_office', role: 'President', sentences: [46], sources: 1, start: '2023-01-01', year: 2023}, subject: 'joe-biden'},
  {object: 'pakistan', props: {citeDates: ['2018-04'], citeRoles: ['Head'], confidences: [0.7], date: '2018-04', docs: ['001_aaeae834b6482961'], end: '2018-04-30', evidences: ['General Qamar Javed Bajwa, the head of Pakistan\'s army, visited Russia in April 2018 and the two nations established a Joint Military Commission.'], key: 'qamar-javed-bajwa|holds_office|pakistan|2018|asserted', modality: 'asserted', precision: 'month', relation: 'holds_office', role: 'Head', sentences: [124], sources: 1, start: '2018-04-01', year: 2018}, subject: 'qamar-javed-bajwa'},
  {object: 'russia', props: {citeDates: ['2023'], citeRoles: ['President'], confidences: [0.9], date: '2023', docs: ['001_aaeae834b6482961'], end: '2023-12-31', evidences: ['Russian President Putin\'s vision has'], key: 'vladimir-putin|holds_office|russia|2023|asserted', modality: 'asserted', precision: 'year', relation: 'holds_office', role: 'President', sentences: [135], sources: 1, start: '2023-01-01', year: 2023}, subject: 'vladimir-putin'}
], LIFTED_EMBARGO_ON: [
  {object: 'pakistan', props: {citeDates: ['2014'], confidences: [0.9], date: '2014', docs: ['001_aaeae834b6482961'], end: '2014-12-31', evidences: ['A major shift in bilateral defence relations occurred in 2014 when Russia decided to lift its embargo on arms sales to Pakistan (Hussain & Fatima, 2015).'], key: 'russia|lifted_embargo_on|pakistan|2014|asserted', modality: 'asserted', precision: 'year', relation: 'lifted_embargo_on', sentences: [71], sources: 1, start: '2014-01-01', year: 2014}, subject: 'russia'}
], MEDIATED: [
  {object: 'taliban', props: {between: ['taliban', 'united-states'], citeBetween: ['taliban,united-states'], citeDates: ['2020'], confidences: [0.8], date: '2020', docs: ['001_aaeae834b6482961'], end: '2020-12-31', evidences: ['The 2020 Doha Accord and America\'s withdrawal from Afghanistan were made possible as a result of the discussions between the US and the Afghan Taliban, which were mediated by Pakistan.'], key: 'pakistan|mediated|taliban|2020|asserted', modality: 'asserted', precision: 'year', relation: 'mediated', sentences: [24], sources: 1, start: '2020-01-01', year: 2020}, subject: 'pakistan'},
  {object: 'united-states', props: {between: ['taliban', 'united-states'], citeBetween: ['taliban,united-states'], citeDates: ['2020'], confidences: [0.8], date: '2020', docs: ['001_aaeae834b6482961'], end: '2020-12-31', evidences: ['The 2020 Doha Accord and America\'s withdrawal from Afghanistan were made possible as a result of the discussions between the US and the Afghan Taliban, which were mediated by Pakistan.'], key: 'pakistan|mediated|united-states|2020|asserted', modality: 'asserted', precision: 'year', relation: 'mediated', sentences: [24], sources: 1, start: '2020-01-01', year: 2020}, subject: 'pakistan'}
], MET: [
  {object: 'joe-biden', props: {citeDates: ['2023'], confidences: [0.9], date: '2023', docs: ['001_aaeae834b6482961'], end: '2023-12-31', evidences: ['Relations with Pakistan soured as soon as Joe Biden\'s government assumed office because Biden neglected to call Prime Minister Imran Khan, which irritated him and sparked a discussion.'], key: 'imran-khan|met|joe-biden|2023|negated', modality: 'negated', precision: 'year', relation: 'met', sentences: [27], sources: 1, start: '2023-01-01', year: 2023}, subject: 'imran-khan'}
], PARTNERED_WITH: [
  {object: 'russia', props: {citeDates: ['2023'], confidences: [0.9], date: '2023', docs: ['001_aaeae834b6482961'], end: '2023-12-31', evidences: ['Moscow has developed close commercial connections with Pakistan'], key: 'pakistan|partnered_with|russia|2023|asserted', modality: 'asserted', precision: 'year', relation: 'partnered_with', sentences: [133], sources: 1, start: '2023-01-01', year: 2023}, subject: 'pakistan'},
  {object: 'united-states', props: {citeDates: ['2023', '2023'], confidences: [0.9, 0.7], date: '2023', docs: ['001_aaeae834b6482961', '001_aaeae834b6482961'], end: '2023-12-31', evidences: ['The changing dynamics between Pakistan and Russia have important ramifications for both the surrounding area and Pakistan\'s long-standing alliance with the US.', 'Pakistan is attempting to expand its foreign policy options and ties, even as it continues to cherish its long-standing partnership with the United States.'], key: 'pakistan|partnered_with|united-states|2023|asserted', modality: 'asserted', precision: 'year', relation: 'partnered_with', sentences: [12, 145], sources: 1, start: '2023-01-01', year: 2023}, subject: 'pakistan'}
], PRESSURED: [
  {object: 'imf', props: {citeDates: ['2023'], confidences: [0.9], date: '2023', docs: ['001_aaeae834b6482961'], end: '2023-12-31', evidences: ['The United States might accomplish this goal by advocating for Pakistan\'s removal from the Financial Action Task Force\'s "grey list," applying pressure to the International Monetary Fund (IMF) to support Pakistan\'s flagging economic growth, and congratulating Pakistan for its contributions to the War on Terror.'], key: 'united-states|pressured|imf|2023|asserted', modality: 'asserted', precision: 'year', relation: 'pressured', sentences: [59], sources: 1, start: '2023-01-01', year: 2023}, subject: 'united-states'},
  {object: 'pakistan', props: {citeDates: ['2021-08'], confidences: [0.9], date: '2021-08', docs: ['001_aaeae834b6482961'], end: '2021-08-31', evidences: ['Subsequently, Imran Khan publicly charged that the US was encouraging Pakistan to enter the conflict (often referred to as the War on Terror), which claimed over 80,000 lives and resulted in losses of almost 123 billion dollars in revenue (Hussain, 2012).'], key: 'united-states|pressured|pakistan|2021|claimed', modality: 'claimed', precision: 'month', relation: 'pressured', sentences: [30], sources: 1, start: '2021-08-01', year: 2021}, subject: 'united-states'},
  {object: 'pakistan', props: {citeDates: ['2023'], confidences: [0.9], date: '2023', docs: ['001_aaeae834b6482961'], end: '2023-12-31', evidences: ['At the same time, however, Pakistan\'s Foreign Office denied that the joint declaration was justified following the 4th Annual U.S.-India 2+2 discussions in Washington, requesting that Pakistan refrain from allowing its territory to be used for cross-border terrorist activities.'], key: 'us-india-2-plus-2|pressured|pakistan|2023|denied', modality: 'denied', precision: 'year', relation: 'pressured', sentences: [52], sources: 1, start: '2023-01-01', year: 2023}, subject: 'us-india-2-plus-2'}
], SANCTIONED: [
  {object: 'pakistan', props: {citeDates: ['2018-04'], confidences: [0.9], date: '2018-04', docs: ['001_aaeae834b6482961'], end: '2018-04-30', evidences: ['US President Donald Trump terminated Islamabad\'s participation in the US International Military Education Program as a result of the regular military delegation exchanges between Russia and Pakistan.'], key: 'donald-trump|sanctioned|pakistan|2018|asserted', modality: 'asserted', precision: 'month', relation: 'sanctioned', sentences: [127], sources: 1, start: '2018-04-01', year: 2018}, subject: 'donald-trump'}
], SIGNED_AGREEMENT_WITH: [
  {object: 'russia', props: {citeDates: ['2018-04'], confidences: [0.7], date: '2018-04', docs: ['001_aaeae834b6482961'], end: '2018-04-30', evidences: ['General Qamar Javed Bajwa, the head of Pakistan\'s army, visited Russia in April 2018 and the two nations established a Joint Military Commission.'], key: 'pakistan|signed_agreement_with|russia|2018|asserted', modality: 'asserted', precision: 'month', relation: 'signed_agreement_with', sentences: [124], sources: 1, start: '2018-04-01', year: 2018}, subject: 'pakistan'}
], VISITED: [
  {object: 'russia', props: {citeDates: ['2023'], confidences: [0.9], date: '2023', docs: ['001_aaeae834b6482961'], end: '2023-12-31', evidences: ['Foreign Minister Bhutto\'s visit to New York, which came just weeks after Prime Minister Khan\'s visit to Moscow during that country\'s invasion of Ukraine, demonstrates how much Pakistan values America during these pivotal years of great power struggle.'], key: 'imran-khan|visited|russia|2023|asserted', modality: 'asserted', precision: 'year', relation: 'visited', sentences: [61], sources: 1, start: '2023-01-01', year: 2023}, subject: 'imran-khan'},
  {object: 'russia', props: {citeDates: ['2018-04'], confidences: [0.9], date: '2018-04', docs: ['001_aaeae834b6482961'], end: '2018-04-30', evidences: ['A memorandum of understanding was signed between the two nations when a delegation from Pakistan\'s navy visited Moscow in the ensuing months.'], key: 'pakistan|visited|russia|2018|asserted', modality: 'asserted', precision: 'month', relation: 'visited', sentences: [126], sources: 1, start: '2018-04-01', year: 2018}, subject: 'pakistan'},
  {object: 'russia', props: {citeDates: ['2018-04'], confidences: [0.9], date: '2018-04', docs: ['001_aaeae834b6482961'], end: '2018-04-30', evidences: ['General Qamar Javed Bajwa, the head of Pakistan\'s army, visited Russia in April 2018 and the two nations established a Joint Military Commission.'], key: 'qamar-javed-bajwa|visited|russia|2018|asserted', modality: 'asserted', precision: 'month', relation: 'visited', sentences: [124], sources: 1, start: '2018-04-01', year: 2018}, subject: 'qamar-javed-bajwa'}
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

WITH {doc: '001_aaeae834b6482961', rows: {CUT_AID_TO: [
  {object: 'pakistan', props: {citeDates: ['2018'], confidences: [0.9], date: '2018', docs: ['001_aaeae834b6482961'], end: '2018-12-31', evidences: ['The relationship between Pakistan and the United States reached a record low in 2018 when then-President Donald Trump cut defence aid to Pakistan.'], key: 'donald-trump|cut_aid_to|pakistan|2018|asserted', modality: 'asserted', precision: 'year', relation: 'cut_aid_to', sentences: [22], sources: 1, start: '2018-01-01', year: 2018}, subject: 'donald-trump'},
  {object: 'pakistan', props: {citeDates: ['2018-04'], confidences: [0.9], date: '2018-04', docs: ['001_aaeae834b6482961'], end: '2018-04-30', evidences: ['Following that, US military assistance to Pakistan ceased during the Trump administration (Khan, 2021).'], key: 'united-states|cut_aid_to|pakistan|2018|asserted', modality: 'asserted', precision: 'month', relation: 'cut_aid_to', sentences: [128], sources: 1, start: '2018-04-01', year: 2018}, subject: 'united-states'}
], GAVE_AID_TO: [
  {object: 'afghanistan', props: {citeDates: ['2023'], confidences: [0.7], date: '2023', docs: ['001_aaeae834b6482961'], end: '2023-12-31', evidences: ['Pakistan was an unwavering friend of the United States during the Cold War, mainly because of its assistance to the Afghan resistance movement against the Soviet invasion in the 1980s.'], key: 'pakistan|gave_aid_to|afghanistan|2023|asserted', modality: 'asserted', precision: 'year', relation: 'gave_aid_to', sentences: [15], sources: 1, start: '2023-01-01', year: 2023}, subject: 'pakistan'},
  {object: 'pakistan', props: {citeDates: ['2023'], confidences: [0.9], date: '2023', docs: ['001_aaeae834b6482961'], end: '2023-12-31', evidences: ['In the region, the US and Pakistan established a strategic alliance, with the US providing major military and financial support to Pakistan.'], key: 'united-states|gave_aid_to|pakistan|2023|asserted', modality: 'asserted', precision: 'year', relation: 'gave_aid_to', sentences: [16], sources: 1, start: '2023-01-01', year: 2023}, subject: 'united-states'}
], HELD_EXERCISES_WITH: [
  {object: 'russia', props: {citeDates: ['2023'], confidences: [0.7], date: '2023', docs: ['001_aaeae834b6482961'], end: '2023-12-31', evidences: ['The two nations have exchanged technologies, sold weapons, and participated in military drills.'], key: 'pakistan|held_exercises_with|russia|2023|asserted', modality: 'asserted', precision: 'year', relation: 'held_exercises_with', sentences: [70], sources: 1, start: '2023-01-01', year: 2023}, subject: 'pakistan'}
], HOLDS_OFFICE: [
  {object: 'united-states', props: {citeDates: ['2023'], citeRoles: ['Ambassador'], confidences: [0.7], date: '2023', docs: ['001_aaeae834b6482961'], end: '2023-12-31', evidences: ['Shortly after Shehbaz assumed the country\'s leadership, US Ambassador Antony Blinken greeted the new leader and reiterated that "America sees a powerful, flourishing, and democratic Pakistan as vital for the well-being of both our countries".'], key: 'antony-blinken|holds_office|united-states|2023|asserted', modality: 'asserted', precision: 'year', relation: 'holds_office', role: 'Ambassador', sentences: [51], sources: 1, start: '2023-01-01', year: 2023}, subject: 'antony-blinken'},
  {object: 'pakistan', props: {citeDates: ['2023-05-18', '2023'], citeRoles: ['Foreign Minister', 'Foreign Minister'], confidences: [0.9, 0.9], date: '2023-05-18', docs: ['001_aaeae834b6482961', '001_aaeae834b6482961'], end: '2023-05-18', evidences: ['After speaking with Pakistan\'s newly elected foreign minister, Bilawal Bhutto Zardari, Secretary Blinken invited him to a ministerial session on the "Global Food Security Call to Action" on May 18 at the UN headquarters in New York.', 'Foreign Minister Bhutto\'s visit to New York, which came just weeks after Prime Minister Khan\'s visit to Moscow during that country\'s invasion of Ukraine, demonstrates how much Pakistan values America during these pivotal years of great power struggle.'], key: 'bilawal-bhutto-zardari|holds_office|pakistan|2023|asserted', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'Foreign Minister', sentences: [53, 61], sources: 1, start: '2023-05-18', year: 2023}, subject: 'bilawal-bhutto-zardari'},
  {object: 'united-states', props: {citeDates: ['2018', '2018-04'], citeRoles: ['President', 'President'], confidences: [0.9, 0.9], date: '2018-04', docs: ['001_aaeae834b6482961', '001_aaeae834b6482961'], end: '2018-04-30', evidences: ['The relationship between Pakistan and the United States reached a record low in 2018 when then-President Donald Trump cut defence aid to Pakistan.', 'US President Donald Trump terminated Islamabad\'s participation in the US International Military Education Program as a result of the regular military delegation exchanges between Russia and Pakistan.'], key: 'donald-trump|holds_office|united-states|2018|asserted', modality: 'asserted', precision: 'month', relation: 'holds_office', role: 'President', sentences: [22, 127], sources: 1, start: '2018-04-01', year: 2018}, subject: 'donald-trump'},
  {object: 'pakistan', props: {citeDates: ['2018-08-18', '2018-08-18', '2018-08-18'], citeRoles: ['Prime Minister', 'Prime Minister', 'Prime Minister'], confidences: [0.9, 0.9, 0.9], date: '2018-08-18', docs: ['001_aaeae834b6482961', '001_aaeae834b6482961', '001_aaeae834b6482961'], end: '2018-08-18', evidences: ['Relations with Pakistan soured as soon as Joe Biden\'s government assumed office because Biden neglected to call Prime Minister Imran Khan, which irritated him and sparked a discussion.', 'Foreign Minister Bhutto\'s visit to New York, which came just weeks after Prime Minister Khan\'s visit to Moscow during that country\'s invasion of Ukraine, demonstrates how much Pakistan values America during these pivotal years of great power struggle.', 'this regard, Ex- PM Imran Khan\'s visit is an indication of Moscow\'s'], key: 'imran-khan|holds_office|pakistan|2018|asserted', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'Prime Minister', sentences: [27, 61, 138], sources: 1, start: '2018-08-18', year: 2018}, subject: 'imran-khan'},
  {object: 'united-states', props: {citeDates: ['2023'], citeRoles: ['President'], confidences: [0.9], date: '2023', docs: ['001_aaeae834b6482961'], end: '2023-12-31', evidences: ['Positive contacts have always existed between US President Joe Biden and the Pakistan People\'s Party (PPP), the alliance partners of Sharif\'s PML-N, and it is likely that they will continue to do so in an effort to repair the damaged relationships (Craig, 2015).'], key: 'joe-biden|holds_office|united-states|2023|asserted', modality: 'asserted', precision: 'year', relation: 'holds_office', role: 'President', sentences: [46], sources: 1, start: '2023-01-01', year: 2023}, subject: 'joe-biden'},
  {object: 'pakistan', props: {citeDates: ['2018-04'], citeRoles: ['Head'], confidences: [0.7], date: '2018-04', docs: ['001_aaeae834b6482961'], end: '2018-04-30', evidences: ['General Qamar Javed Bajwa, the head of Pakistan\'s army, visited Russia in April 2018 and the two nations established a Joint Military Commission.'], key: 'qamar-javed-bajwa|holds_office|pakistan|2018|asserted', modality: 'asserted', precision: 'month', relation: 'holds_office', role: 'Head', sentences: [124], sources: 1, start: '2018-04-01', year: 2018}, subject: 'qamar-javed-bajwa'},
  {object: 'russia', props: {citeDates: ['2023'], citeRoles: ['President'], confidences: [0.9], date: '2023', docs: ['001_aaeae834b6482961'], end: '2023-12-31', evidences: ['Russian President Putin\'s vision has'], key: 'vladimir-putin|holds_office|russia|2023|asserted', modality: 'asserted', precision: 'year', relation: 'holds_office', role: 'President', sentences: [135], sources: 1, start: '2023-01-01', year: 2023}, subject: 'vladimir-putin'}
], LIFTED_EMBARGO_ON: [
  {object: 'pakistan', props: {citeDates: ['2014'], confidences: [0.9], date: '2014', docs: ['001_aaeae834b6482961'], end: '2014-12-31', evidences: ['A major shift in bilateral defence relations occurred in 2014 when Russia decided to lift its embargo on arms sales to Pakistan (Hussain & Fatima, 2015).'], key: 'russia|lifted_embargo_on|pakistan|2014|asserted', modality: 'asserted', precision: 'year', relation: 'lifted_embargo_on', sentences: [71], sources: 1, start: '2014-01-01', year: 2014}, subject: 'russia'}
], MEDIATED: [
  {object: 'taliban', props: {between: ['taliban', 'united-states'], citeBetween: ['taliban,united-states'], citeDates: ['2020'], confidences: [0.8], date: '2020', docs: ['001_aaeae834b6482961'], end: '2020-12-31', evidences: ['The 2020 Doha Accord and America\'s withdrawal from Afghanistan were made possible as a result of the discussions between the US and the Afghan Taliban, which were mediated by Pakistan.'], key: 'pakistan|mediated|taliban|2020|asserted', modality: 'asserted', precision: 'year', relation: 'mediated', sentences: [24], sources: 1, start: '2020-01-01', year: 2020}, subject: 'pakistan'},
  {object: 'united-states', props: {between: ['taliban', 'united-states'], citeBetween: ['taliban,united-states'], citeDates: ['2020'], confidences: [0.8], date: '2020', docs: ['001_aaeae834b6482961'], end: '2020-12-31', evidences: ['The 2020 Doha Accord and America\'s withdrawal from Afghanistan were made possible as a result of the discussions between the US and the Afghan Taliban, which were mediated by Pakistan.'], key: 'pakistan|mediated|united-states|2020|asserted', modality: 'asserted', precision: 'year', relation: 'mediated', sentences: [24], sources: 1, start: '2020-01-01', year: 2020}, subject: 'pakistan'}
], MET: [
  {object: 'joe-biden', props: {citeDates: ['2023'], confidences: [0.9], date: '2023', docs: ['001_aaeae834b6482961'], end: '2023-12-31', evidences: ['Relations with Pakistan soured as soon as Joe Biden\'s government assumed office because Biden neglected to call Prime Minister Imran Khan, which irritated him and sparked a discussion.'], key: 'imran-khan|met|joe-biden|2023|negated', modality: 'negated', precision: 'year', relation: 'met', sentences: [27], sources: 1, start: '2023-01-01', year: 2023}, subject: 'imran-khan'}
], PARTNERED_WITH: [
  {object: 'russia', props: {citeDates: ['2023'], confidences: [0.9], date: '2023', docs: ['001_aaeae834b6482961'], end: '2023-12-31', evidences: ['Moscow has developed close commercial connections with Pakistan'], key: 'pakistan|partnered_with|russia|2023|asserted', modality: 'asserted', precision: 'year', relation: 'partnered_with', sentences: [133], sources: 1, start: '2023-01-01', year: 2023}, subject: 'pakistan'},
  {object: 'united-states', props: {citeDates: ['2023', '2023'], confidences: [0.9, 0.7], date: '2023', docs: ['001_aaeae834b6482961', '001_aaeae834b6482961'], end: '2023-12-31', evidences: ['The changing dynamics between Pakistan and Russia have important ramifications for both the surrounding area and Pakistan\'s long-standing alliance with the US.', 'Pakistan is attempting to expand its foreign policy options and ties, even as it continues to cherish its long-standing partnership with the United States.'], key: 'pakistan|partnered_with|united-states|2023|asserted', modality: 'asserted', precision: 'year', relation: 'partnered_with', sentences: [12, 145], sources: 1, start: '2023-01-01', year: 2023}, subject: 'pakistan'}
], PRESSURED: [
  {object: 'imf', props: {citeDates: ['2023'], confidences: [0.9], date: '2023', docs: ['001_aaeae834b6482961'], end: '2023-12-31', evidences: ['The United States might accomplish this goal by advocating for Pakistan\'s removal from the Financial Action Task Force\'s "grey list," applying pressure to the International Monetary Fund (IMF) to support Pakistan\'s flagging economic growth, and congratulating Pakistan for its contributions to the War on Terror.'], key: 'united-states|pressured|imf|2023|asserted', modality: 'asserted', precision: 'year', relation: 'pressured', sentences: [59], sources: 1, start: '2023-01-01', year: 2023}, subject: 'united-states'},
  {object: 'pakistan', props: {citeDates: ['2021-08'], confidences: [0.9], date: '2021-08', docs: ['001_aaeae834b6482961'], end: '2021-08-31', evidences: ['Subsequently, Imran Khan publicly charged that the US was encouraging Pakistan to enter the conflict (often referred to as the War on Terror), which claimed over 80,000 lives and resulted in losses of almost 123 billion dollars in revenue (Hussain, 2012).'], key: 'united-states|pressured|pakistan|2021|claimed', modality: 'claimed', precision: 'month', relation: 'pressured', sentences: [30], sources: 1, start: '2021-08-01', year: 2021}, subject: 'united-states'},
  {object: 'pakistan', props: {citeDates: ['2023'], confidences: [0.9], date: '2023', docs: ['001_aaeae834b6482961'], end: '2023-12-31', evidences: ['At the same time, however, Pakistan\'s Foreign Office denied that the joint declaration was justified following the 4th Annual U.S.-India 2+2 discussions in Washington, requesting that Pakistan refrain from allowing its territory to be used for cross-border terrorist activities.'], key: 'us-india-2-plus-2|pressured|pakistan|2023|denied', modality: 'denied', precision: 'year', relation: 'pressured', sentences: [52], sources: 1, start: '2023-01-01', year: 2023}, subject: 'us-india-2-plus-2'}
], SANCTIONED: [
  {object: 'pakistan', props: {citeDates: ['2018-04'], confidences: [0.9], date: '2018-04', docs: ['001_aaeae834b6482961'], end: '2018-04-30', evidences: ['US President Donald Trump terminated Islamabad\'s participation in the US International Military Education Program as a result of the regular military delegation exchanges between Russia and Pakistan.'], key: 'donald-trump|sanctioned|pakistan|2018|asserted', modality: 'asserted', precision: 'month', relation: 'sanctioned', sentences: [127], sources: 1, start: '2018-04-01', year: 2018}, subject: 'donald-trump'}
], SIGNED_AGREEMENT_WITH: [
  {object: 'russia', props: {citeDates: ['2018-04'], confidences: [0.7], date: '2018-04', docs: ['001_aaeae834b6482961'], end: '2018-04-30', evidences: ['General Qamar Javed Bajwa, the head of Pakistan\'s army, visited Russia in April 2018 and the two nations established a Joint Military Commission.'], key: 'pakistan|signed_agreement_with|russia|2018|asserted', modality: 'asserted', precision: 'month', relation: 'signed_agreement_with', sentences: [124], sources: 1, start: '2018-04-01', year: 2018}, subject: 'pakistan'}
], VISITED: [
  {object: 'russia', props: {citeDates: ['2023'], confidences: [0.9], date: '2023', docs: ['001_aaeae834b6482961'], end: '2023-12-31', evidences: ['Foreign Minister Bhutto\'s visit to New York, which came just weeks after Prime Minister Khan\'s visit to Moscow during that country\'s invasion of Ukraine, demonstrates how much Pakistan values America during these pivotal years of great power struggle.'], key: 'imran-khan|visited|russia|2023|asserted', modality: 'asserted', precision: 'year', relation: 'visited', sentences: [61], sources: 1, start: '2023-01-01', year: 2023}, subject: 'imran-khan'},
  {object: 'russia', props: {citeDates: ['2018-04'], confidences: [0.9], date: '2018-04', docs: ['001_aaeae834b6482961'], end: '2018-04-30', evidences: ['A memorandum of understanding was signed between the two nations when a delegation from Pakistan\'s navy visited Moscow in the ensuing months.'], key: 'pakistan|visited|russia|2018|asserted', modality: 'asserted', precision: 'month', relation: 'visited', sentences: [126], sources: 1, start: '2018-04-01', year: 2018}, subject: 'pakistan'},
  {object: 'russia', props: {citeDates: ['2018-04'], confidences: [0.9], date: '2018-04', docs: ['001_aaeae834b6482961'], end: '2018-04-30', evidences: ['General Qamar Javed Bajwa, the head of Pakistan\'s army, visited Russia in April 2018 and the two nations established a Joint Military Commission.'], key: 'qamar-javed-bajwa|visited|russia|2018|asserted', modality: 'asserted', precision: 'month', relation: 'visited', sentences: [124], sources: 1, start: '2018-04-01', year: 2018}, subject: 'qamar-javed-bajwa'}
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
  {of: 'united-states', official: 'antony-blinken', props: {date: '2021-01-26', end: '2025-01-20', from: '2021-01-26', key: 'office|antony-blinken|united-states|Secretary of State|2021-01-26', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'Secretary of State', source: 'dictionary', start: '2021-01-26', to: '2025-01-20', year: 2021}},
  {of: 'united-states', official: 'antony-blinken', props: {date: '2015-01-09', end: '2017-01-20', from: '2015-01-09', key: 'office|antony-blinken|united-states|Deputy Secretary of State|2015-01-09', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'Deputy Secretary of State', source: 'dictionary', start: '2015-01-09', to: '2017-01-20', year: 2015}},
  {of: 'pakistan', official: 'bilawal-bhutto-zardari', props: {date: '2022-04-27', end: '2023-08-31', from: '2022-04-27', key: 'office|bilawal-bhutto-zardari|pakistan|Foreign Minister|2022-04-27', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'Foreign Minister', source: 'dictionary', start: '2022-04-27', to: '2023-08', year: 2022}},
  {of: 'united-states', official: 'donald-trump', props: {date: '2017-01-20', end: '2021-01-20', from: '2017-01-20', key: 'office|donald-trump|united-states|President|2017-01-20', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'President', source: 'dictionary', start: '2017-01-20', to: '2021-01-20', year: 2017}},
  {of: 'united-states', official: 'donald-trump', props: {date: '2025-01-20', from: '2025-01-20', key: 'office|donald-trump|united-states|President|2025-01-20', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'President', source: 'dictionary', start: '2025-01-20', year: 2025}},
  {of: 'pakistan', official: 'imran-khan', props: {date: '2018-08-18', end: '2022-04-10', from: '2018-08-18', key: 'office|imran-khan|pakistan|Prime Minister|2018-08-18', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'Prime Minister', source: 'dictionary', start: '2018-08-18', to: '2022-04-10', year: 2018}},
  {of: 'united-states', official: 'joe-biden', props: {date: '2021-01-20', end: '2025-01-20', from: '2021-01-20', key: 'office|joe-biden|united-states|President|2021-01-20', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'President', source: 'dictionary', start: '2021-01-20', to: '2025-01-20', year: 2021}},
  {of: 'united-states', official: 'joe-biden', props: {date: '2009-01-20', end: '2017-01-20', from: '2009-01-20', key: 'office|joe-biden|united-states|Vice President|2009-01-20', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'Vice President', source: 'dictionary', start: '2009-01-20', to: '2017-01-20', year: 2009}},
  {of: 'pakistan', official: 'qamar-javed-bajwa', props: {date: '2016-11-29', end: '2022-11-29', from: '2016-11-29', key: 'office|qamar-javed-bajwa|pakistan|Chief of Army Staff|2016-11-29', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'Chief of Army Staff', source: 'dictionary', start: '2016-11-29', to: '2022-11-29', year: 2016}},
  {of: 'russia', official: 'vladimir-putin', props: {date: '2012-05-07', from: '2012-05-07', key: 'office|vladimir-putin|russia|President|2012-05-07', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'President', source: 'dictionary', start: '2012-05-07', year: 2012}},
  {of: 'russia', official: 'vladimir-putin', props: {date: '1999-12-31', end: '2008-05-07', from: '1999-12-31', key: 'office|vladimir-putin|russia|President|1999-12-31', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'President', source: 'dictionary', start: '1999-12-31', to: '2008-05-07', year: 1999}},
  {of: 'russia', official: 'vladimir-putin', props: {date: '2008-05-08', end: '2012-05-07', from: '2008-05-08', key: 'office|vladimir-putin|russia|Prime Minister|2008-05-08', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'Prime Minister', source: 'dictionary', start: '2008-05-08', to: '2012-05-07', year: 2008}},
  {of: 'russia', official: 'vladimir-putin', props: {date: '1999-08-16', end: '1999-12-31', from: '1999-08-16', key: 'office|vladimir-putin|russia|Prime Minister|1999-08-16', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'Prime Minister', source: 'dictionary', start: '1999-08-16', to: '1999-12-31', year: 1999}},
  {of: 'fsb', official: 'vladimir-putin', props: {date: '1998-07-25', end: '1999-08-09', from: '1998-07-25', key: 'office|vladimir-putin|fsb|Director|1998-07-25', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'Director', source: 'dictionary', start: '1998-07-25', to: '1999-08-09', year: 1998}}
] AS r
MATCH (s:Actor {id: r.official})
MATCH (o:Actor {id: r.of})
MERGE (s)-[e:HOLDS_OFFICE {key: r.props.key}]->(o)
WITH e, r WHERE properties(e) <> r.props
SET e = r.props;

// Document 3 of 5: '002_b91fe7183a7eb176', 22 facts, 22 edges

UNWIND [
  {aliases: ['al-Qaeda', 'Al Qaeda', 'al Qaeda', 'Al-Qaida', 'al-Qaida', 'Al Qaida', 'al Qaida', 'Al-Qa\'ida', 'Al-Qa’ida', 'al-Qa\'ida', 'al-Qa’ida', 'Al-Qaidah'], id: 'al-qaeda', kind: 'group', name: 'Al-Qaeda'},
  {aliases: ['Anthony Blinken', 'Tony Blinken', 'Antony J. Blinken', 'Blinken', 'Secretary Blinken', 'Mr Blinken', 'Mr. Blinken'], id: 'antony-blinken', kind: 'official', name: 'Antony Blinken'},
  {aliases: ['Bilawal Bhutto-Zardari', 'Bilawal Bhutto', 'Bilawal Zardari', 'Bilawal', 'Foreign Minister Bhutto', 'FM Bilawal'], id: 'bilawal-bhutto-zardari', kind: 'official', name: 'Bilawal Bhutto Zardari'},
  {aliases: ['People\'s Republic of China', 'People’s Republic of China', 'PRC', 'P.R.C.', 'Mainland China', 'Beijing', 'Zhongnanhai', 'Sino', 'Sinopec', 'China Petroleum and Chemical Corporation', 'CNPC', 'China National Petroleum Corporation', 'CNOOC', 'PetroChina', 'People\'s Liberation Army', 'People’s Liberation Army', 'PLA', 'PLA Navy', 'National People\'s Congress', 'National People’s Congress'], id: 'china', kind: 'country', name: 'China'},
  {aliases: ['CIA'], id: 'cia', kind: 'institution', name: 'Central Intelligence Agency'},
  {aliases: ['Islamic Republic of Iran', 'Tehran', 'Teheran', 'Islamic Revolutionary Guard Corps', 'IRGC', 'Revolutionary Guards', 'Revolutionary Guard', 'Quds Force', 'National Iranian Oil Company', 'NIOC'], id: 'iran', kind: 'country', name: 'Iran'},
  {aliases: ['Muhammad Ishaq Dar', 'Mohammad Ishaq Dar', 'Dar', 'Mr Dar', 'Mr. Dar', 'Finance Minister Dar', 'Foreign Minister Dar'], id: 'ishaq-dar', kind: 'official', name: 'Ishaq Dar'},
  {aliases: ['North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'Nato'], id: 'nato', kind: 'institution', name: 'NATO'},
  {aliases: ['Osama bin Ladin', 'Usama bin Laden', 'Usama bin Ladin', 'Osama Bin Laden', 'bin Laden', 'Bin Laden', 'bin Ladin', 'Osama'], id: 'osama-bin-laden', kind: 'official', name: 'Osama bin Laden'},
  {aliases: ['Islamic Republic of Pakistan', 'Islamabad', 'Pak'], id: 'pakistan', kind: 'country', name: 'Pakistan'},
  {aliases: ['Russian Federation', 'Moscow', 'Kremlin', 'the Kremlin', 'Soviet Union', 'USSR', 'U.S.S.R.', 'Union of Soviet Socialist Republics', 'Russo', 'Rosneft', 'Gazprom', 'Rosatom', 'Rosoboronexport', 'Rosselkhozbank', 'Sberbank', 'VTB', 'Africa Corps'], id: 'russia', kind: 'country', name: 'Russia'},
  {aliases: ['Kingdom of Saudi Arabia', 'KSA', 'Riyadh', 'Jeddah', 'Saudi Aramco', 'Aramco', 'Public Investment Fund', 'Saudi Fund for Development'], id: 'saudi-arabia', kind: 'country', name: 'Saudi Arabia'},
  {aliases: ['Shahbaz Sharif', 'Mian Shehbaz Sharif', 'Muhammad Shehbaz Sharif', 'PM Shehbaz', 'Prime Minister Shehbaz', 'Premier Shehbaz', 'Shehbaz', 'PM Sharif', 'Prime Minister Sharif'], id: 'shehbaz-sharif', kind: 'official', name: 'Shehbaz Sharif'},
  {aliases: ['Democracy Summit'], id: 'summit-for-democracy', kind: 'event', name: 'Summit for Democracy'},
  {aliases: ['Türkiye', 'Turkiye', 'Republic of Türkiye', 'Republic of Turkiye', 'Republic of Turkey', 'Ankara'], id: 'turkey', kind: 'country', name: 'Turkey'},
  {aliases: ['United States of America', 'US', 'U.S.', 'USA', 'U.S.A.', 'America', 'Washington', 'White House', 'the White House', 'Pentagon', 'the Pentagon', 'State Department', 'US State Department', 'U.S. State Department', 'Trump administration', 'Biden administration', 'Obama administration', 'Bush administration', 'US administration', 'U.S. administration', 'US Treasury', 'U.S. Treasury', 'Treasury Department', 'US Treasury Department', 'U.S. Treasury Department'], id: 'united-states', kind: 'country', name: 'United States'}
] AS r
MERGE (a:Actor {id: r.id})
WITH a, r WHERE a.name IS NULL OR a.name <> r.name OR a.kind <> r.kind OR a.aliases <> r.aliases
SET a.name = r.name, a.kind = r.kind, a.aliases = r.aliases
FOREACH (_ IN CASE WHEN r.kind = 'country' THEN [1] ELSE [] END | SET a:`Country` REMOVE a:`Official`:`Institution`:`Group`:`Event`)
FOREACH (_ IN CASE WHEN r.kind = 'official' THEN [1] ELSE [] END | SET a:`Official` REMOVE a:`Country`:`Institution`:`Group`:`Event`)
FOREACH (_ IN CASE WHEN r.kind = 'institution' THEN [1] ELSE [] END | SET a:`Institution` REMOVE a:`Country`:`Official`:`Group`:`Event`)
FOREACH (_ IN CASE WHEN r.kind = 'group' THEN [1] ELSE [] END | SET a:`Group` REMOVE a:`Country`:`Official`:`Institution`:`Event`)
FOREACH (_ IN CASE WHEN r.kind = 'event' THEN [1] ELSE [] END | SET a:`Event` REMOVE a:`Country`:`Official`:`Institution`:`Group`);

WITH {doc: '002_b91fe7183a7eb176', keys: {`antony-blinken|holds_office|united-states|2022|asserted`: true, `antony-blinken|met|bilawal-bhutto-zardari|2022|asserted`: true, `bilawal-bhutto-zardari|holds_office|pakistan|2023|asserted`: true, `bilawal-bhutto-zardari|visited|united-states|2022|asserted`: true, `bilawal-bhutto-zardari|visited|united-states|2023|asserted`: true, `china|mediated|iran|2023|asserted`: true, `china|mediated|saudi-arabia|2023|asserted`: true, `china|partnered_with|pakistan|2011|asserted`: true, `cia|attacked|pakistan|2011|asserted`: true, `ishaq-dar|holds_office|pakistan|2023|asserted`: true, `ishaq-dar|visited|united-states|2023|negated`: true, `nato|attacked|pakistan|2011|asserted`: true, `osama-bin-laden|holds_office|al-qaeda|2011|asserted`: true, `pakistan|blocked|nato|2011|asserted`: true, `pakistan|declined|summit-for-democracy|2023|asserted`: true, `pakistan|met|united-states|2022|claimed`: true, `pakistan|partnered_with|russia|2011|asserted`: true, `pakistan|partnered_with|turkey|2011|asserted`: true, `pakistan|partnered_with|united-states|2023|claimed`: true, `shehbaz-sharif|holds_office|pakistan|2023|asserted`: true, `united-states|attacked|osama-bin-laden|2011|asserted`: true, `united-states|supported|pakistan|2023|negated`: true}} AS current
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

MERGE (d:Document {id: '002_b91fe7183a7eb176'})
WITH d WHERE properties(d) <> {edges: ['antony-blinken|holds_office|united-states|2022|asserted', 'antony-blinken|met|bilawal-bhutto-zardari|2022|asserted', 'bilawal-bhutto-zardari|holds_office|pakistan|2023|asserted', 'bilawal-bhutto-zardari|visited|united-states|2022|asserted', 'bilawal-bhutto-zardari|visited|united-states|2023|asserted', 'china|mediated|iran|2023|asserted', 'china|mediated|saudi-arabia|2023|asserted', 'china|partnered_with|pakistan|2011|asserted', 'cia|attacked|pakistan|2011|asserted', 'ishaq-dar|holds_office|pakistan|2023|asserted', 'ishaq-dar|visited|united-states|2023|negated', 'nato|attacked|pakistan|2011|asserted', 'osama-bin-laden|holds_office|al-qaeda|2011|asserted', 'pakistan|blocked|nato|2011|asserted', 'pakistan|declined|summit-for-democracy|2023|asserted', 'pakistan|met|united-states|2022|claimed', 'pakistan|partnered_with|russia|2011|asserted', 'pakistan|partnered_with|turkey|2011|asserted', 'pakistan|partnered_with|united-states|2023|claimed', 'shehbaz-sharif|holds_office|pakistan|2023|asserted', 'united-states|attacked|osama-bin-laden|2011|asserted', 'united-states|supported|pakistan|2023|negated'], id: '002_b91fe7183a7eb176', published: '2023-04', source: 'The Nation, Islamabad', title: 'Pakistan aims to placate the US amid fresh misunderstandings'}
SET d = {edges: ['antony-blinken|holds_office|united-states|2022|asserted', 'antony-blinken|met|bilawal-bhutto-zardari|2022|asserted', 'bilawal-bhutto-zardari|holds_office|pakistan|2023|asserted', 'bilawal-bhutto-zardari|visited|united-states|2022|asserted', 'bilawal-bhutto-zardari|visited|united-states|2023|asserted', 'china|mediated|iran|2023|asserted', 'china|mediated|saudi-arabia|2023|asserted', 'china|partnered_with|pakistan|2011|asserted', 'cia|attacked|pakistan|2011|asserted', 'ishaq-dar|holds_office|pakistan|2023|asserted', 'ishaq-dar|visited|united-states|2023|negated', 'nato|attacked|pakistan|2011|asserted', 'osama-bin-laden|holds_office|al-qaeda|2011|asserted', 'pakistan|blocked|nato|2011|asserted', 'pakistan|declined|summit-for-democracy|2023|asserted', 'pakistan|met|united-states|2022|claimed', 'pakistan|partnered_with|russia|2011|asserted', 'pakistan|partnered_with|turkey|2011|asserted', 'pakistan|partnered_with|united-states|2023|claimed', 'shehbaz-sharif|holds_office|pakistan|2023|asserted', 'united-states|attacked|osama-bin-laden|2011|asserted', 'united-states|supported|pakistan|2023|negated'], id: '002_b91fe7183a7eb176', published: '2023-04', source: 'The Nation, Islamabad', title: 'Pakistan aims to placate the US amid fresh misunderstandings'};

WITH {doc: '002_b91fe7183a7eb176', rows: {ATTACKED: [
  {object: 'pakistan', props: {citeDates: ['2011'], confidences: [0.8], date: '2011', docs: ['002_b91fe7183a7eb176'], end: '2011-12-31', evidences: ['It began with the killing of two young Pakistanis by a Central Intelligence Agency contractor, who was then detained for nearly two months.'], key: 'cia|attacked|pakistan|2011|asserted', modality: 'asserted', precision: 'year', relation: 'attacked', sentences: [18], sources: 1, start: '2011-01-01', year: 2011}, subject: 'cia'},
  {object: 'pakistan', props: {citeDates: ['2011'], confidences: [0.8], date: '2011', docs: ['002_b91fe7183a7eb176'], end: '2011-12-31', evidences: ['The year concluded with the killing of over two dozen Pakistani soldiers by NATO forces at the Salala border post near Afghanistan.'], key: 'nato|attacked|pakistan|2011|asserted', modality: 'asserted', precision: 'year', relation: 'attacked', sentences: [21], sources: 1, start: '2011-01-01', year: 2011}, subject: 'nato'},
  {object: 'osama-bin-laden', props: {citeDates: ['2011-05'], confidences: [0.9], date: '2011-05', docs: ['002_b91fe7183a7eb176'], end: '2011-05-31', evidences: ['Then came the Abbottabad raid in May, when US special forces killed Al-Qaeda leader Osama bin Ladin.'], key: 'united-states|attacked|osama-bin-laden|2011|asserted', modality: 'asserted', precision: 'month', relation: 'attacked', sentences: [19], sources: 1, start: '2011-05-01', year: 2011}, subject: 'united-states'}
], BLOCKED: [
  {object: 'nato', props: {citeDates: ['2011'], confidences: [0.9], date: '2011', docs: ['002_b91fe7183a7eb176'], end: '2011-12-31', evidences: ['In response, Pakistan shut down the NATO supply route into Afghanistan for seven months.'], key: 'pakistan|blocked|nato|2011|asserted', modality: 'asserted', precision: 'year', relation: 'blocked', sentences: [22], sources: 1, start: '2011-01-01', year: 2011}, subject: 'pakistan'}
], DECLINED: [
  {object: 'summit-for-democracy', props: {citeDates: ['2023-03'], confidences: [0.9], date: '2023-03', docs: ['002_b91fe7183a7eb176'], end: '2023-03-31', evidences: ['Last month, Pakistan had declined to attend the second Summit for Democracy, hosted by the United States, saying it would instead engage bilaterally with Washington on democracy.'], key: 'pakistan|declined|summit-for-democracy|2023|asserted', modality: 'asserted', precision: 'month', relation: 'declined', sentences: [9], sources: 1, start: '2023-03-01', year: 2023}, subject: 'pakistan'}
], HOLDS_OFFICE: [
  {object: 'united-states', props: {citeDates: ['2022-12'], citeRoles: ['Secretary of State'], confidences: [0.9], date: '2022-12', docs: ['002_b91fe7183a7eb176'], end: '2022-12-31', evidences: ['During a visit in December, Bilawal spent 10 days in the US and only managed to speak with Secretary of State Antony Blinken by phone, though the two men were both in Washington.'], key: 'antony-blinken|holds_office|united-states|2022|asserted', modality: 'asserted', precision: 'month', relation: 'holds_office', role: 'Secretary of State', sentences: [33], sources: 1, start: '2022-12-01', year: 2022}, subject: 'antony-blinken'},
  {object: 'pakistan', props: {citeDates: ['2023'], citeRoles: ['Foreign Minister'], confidences: [0.9], date: '2023', docs: ['002_b91fe7183a7eb176'], end: '2023-12-31', evidences: ['Foreign Minister Bilawal Bhutto Zardari recently completed his fifth visit to the US in the past year.'], key: 'bilawal-bhutto-zardari|holds_office|pakistan|2023|asserted', modality: 'asserted', precision: 'year', relation: 'holds_office', role: 'Foreign Minister', sentences: [32], sources: 1, start: '2023-01-01', year: 2023}, subject: 'bilawal-bhutto-zardari'},
  {object: 'pakistan', props: {citeDates: ['2023-04'], citeRoles: ['Finance Minister'], confidences: [0.9], date: '2023-04', docs: ['002_b91fe7183a7eb176'], end: '2023-04-30', evidences: ['Over the weekend, Finance Minister Ishaq Dar cancelled his trip to Washington for the spring meetings of the IMF and World Bank on the orders of Prime Minister Shehbaz Sharif due to the political situation in the country.'], key: 'ishaq-dar|holds_office|pakistan|2023|asserted', modality: 'asserted', precision: 'month', relation: 'holds_office', role: 'Finance Minister', sentences: [7], sources: 1, start: '2023-04-01', year: 2023}, subject: 'ishaq-dar'},
  {object: 'al-qaeda', props: {citeDates: ['2011-05'], citeRoles: ['Leader'], confidences: [0.9], date: '2011-05', docs: ['002_b91fe7183a7eb176'], end: '2011-05-31', evidences: ['Then came the Abbottabad raid in May, when US special forces killed Al-Qaeda leader Osama bin Ladin.'], key: 'osama-bin-laden|holds_office|al-qaeda|2011|asserted', modality: 'asserted', precision: 'month', relation: 'holds_office', role: 'Leader', sentences: [19], sources: 1, start: '2011-05-01', year: 2011}, subject: 'osama-bin-laden'},
  {object: 'pakistan', props: {citeDates: ['2023-04'], citeRoles: ['Prime Minister'], confidences: [0.9], date: '2023-04', docs: ['002_b91fe7183a7eb176'], end: '2023-04-30', evidences: ['Over the weekend, Finance Minister Ishaq Dar cancelled his trip to Washington for the spring meetings of the IMF and World Bank on the orders of Prime Minister Shehbaz Sharif due to the political situation in the country.'], key: 'shehbaz-sharif|holds_office|pakistan|2023|asserted', modality: 'asserted', precision: 'month', relation: 'holds_office', role: 'Prime Minister', sentences: [7], sources: 1, start: '2023-04-01', year: 2023}, subject: 'shehbaz-sharif'}
], MEDIATED: [
  {object: 'iran', props: {between: ['iran', 'saudi-arabia'], citeBetween: ['iran,saudi-arabia'], citeDates: ['2023-03'], confidences: [0.9], date: '2023-03', docs: ['002_b91fe7183a7eb176'], end: '2023-03-31', evidences: ['Last month, China made its foray into Middle East diplomacy by brokering the Iran-Saudi Arabia normalisation agreement.'], key: 'china|mediated|iran|2023|asserted', modality: 'asserted', precision: 'month', relation: 'mediated', sentences: [14], sources: 1, start: '2023-03-01', year: 2023}, subject: 'china'},
  {object: 'saudi-arabia', props: {between: ['iran', 'saudi-arabia'], citeBetween: ['iran,saudi-arabia'], citeDates: ['2023-03'], confidences: [0.9], date: '2023-03', docs: ['002_b91fe7183a7eb176'], end: '2023-03-31', evidences: ['Last month, China made its foray into Middle East diplomacy by brokering the Iran-Saudi Arabia normalisation agreement.'], key: 'china|mediated|saudi-arabia|2023|asserted', modality: 'asserted', precision: 'month', relation: 'mediated', sentences: [14], sources: 1, start: '2023-03-01', year: 2023}, subject: 'china'}
], MET: [
  {object: 'bilawal-bhutto-zardari', props: {citeDates: ['2022-12'], confidences: [0.9], date: '2022-12', docs: ['002_b91fe7183a7eb176'], end: '2022-12-31', evidences: ['During a visit in December, Bilawal spent 10 days in the US and only managed to speak with Secretary of State Antony Blinken by phone, though the two men were both in Washington.'], key: 'antony-blinken|met|bilawal-bhutto-zardari|2022|asserted', modality: 'asserted', precision: 'month', relation: 'met', sentences: [33], sources: 1, start: '2022-12-01', year: 2022}, subject: 'antony-blinken'},
  {object: 'united-states', props: {citeDates: ['2022-12'], confidences: [0.9], date: '2022-12', docs: ['002_b91fe7183a7eb176'], end: '2022-12-31', evidences: ['Diplomatic sources said Pakistan was in regular contact with the US and desired to remain close to Washington.'], key: 'pakistan|met|united-states|2022|claimed', modality: 'claimed', precision: 'month', relation: 'met', sentences: [34], sources: 1, start: '2022-12-01', year: 2022}, subject: 'pakistan'}
], PARTNERED_WITH: [
  {object: 'pakistan', props: {citeDates: ['2011'], confidences: [0.9], date: '2011', docs: ['002_b91fe7183a7eb176'], end: '2011-12-31', evidences: ['At the same time, Pakistan’s traditionally Western-centric national security elite moved to deepen their partnership with China, already a long-time partner.'], key: 'china|partnered_with|pakistan|2011|asserted', modality: 'asserted', precision: 'year', relation: 'partnered_with', sentences: [25], sources: 1, start: '2011-01-01', year: 2011}, subject: 'china'},
  {object: 'russia', props: {citeDates: ['2011'], confidences: [0.9], date: '2011', docs: ['002_b91fe7183a7eb176'], end: '2011-12-31', evidences: ['Since 2011, Pakistan had also expanded relations with other middle and great powers, including Turkey and Russia.'], key: 'pakistan|partnered_with|russia|2011|asserted', modality: 'asserted', precision: 'year', relation: 'partnered_with', sentences: [26], sources: 1, start: '2011-01-01', year: 2011}, subject: 'pakistan'},
  {object: 'turkey', props: {citeDates: ['2011'], confidences: [0.9], date: '2011', docs: ['002_b91fe7183a7eb176'], end: '2011-12-31', evidences: ['Since 2011, Pakistan had also expanded relations with other middle and great powers, including Turkey and Russia.'], key: 'pakistan|partnered_with|turkey|2011|asserted', modality: 'asserted', precision: 'year', relation: 'partnered_with', sentences: [26], sources: 1, start: '2011-01-01', year: 2011}, subject: 'pakistan'},
  {object: 'united-states', props: {citeDates: ['2023-04'], confidences: [0.9], date: '2023-04', docs: ['002_b91fe7183a7eb176'], end: '2023-04-30', evidences: ['Albeit this week, Pakistan’s Ambassador to the United States Masood Khan said Pakistan and the United States are long-standing and historic partners.'], key: 'pakistan|partnered_with|united-states|2023|claimed', modality: 'claimed', precision: 'month', relation: 'partnered_with', sentences: [11], sources: 1, start: '2023-04-01', year: 2023}, subject: 'pakistan'}
], SUPPORTED: [
  {object: 'pakistan', props: {citeDates: ['2023-04'], confidences: [0.9], date: '2023-04', docs: ['002_b91fe7183a7eb176'], end: '2023-04-30', evidences: ['ISLAMABAD - Pakistan is aiming to placate the United States amid fresh misunderstandings as Washington has not helped Pakistan – to the level that Islamabad expected – to revive the International Monetary Fund deal as the country faces economic challenges.'], key: 'united-states|supported|pakistan|2023|negated', modality: 'negated', precision: 'month', relation: 'supported', sentences: [0], sources: 1, start: '2023-04-01', year: 2023}, subject: 'united-states'}
], VISITED: [
  {object: 'united-states', props: {citeDates: ['2022-12'], confidences: [0.9], date: '2022-12', docs: ['002_b91fe7183a7eb176'], end: '2022-12-31', evidences: ['During a visit in December, Bilawal spent 10 days in the US and only managed to speak with Secretary of State Antony Blinken by phone, though the two men were both in Washington.'], key: 'bilawal-bhutto-zardari|visited|united-states|2022|asserted', modality: 'asserted', precision: 'month', relation: 'visited', sentences: [33], sources: 1, start: '2022-12-01', year: 2022}, subject: 'bilawal-bhutto-zardari'},
  {object: 'united-states', props: {citeDates: ['2023'], confidences: [0.9], date: '2023', docs: ['002_b91fe7183a7eb176'], end: '2023-12-31', evidences: ['Foreign Minister Bilawal Bhutto Zardari recently completed his fifth visit to the US in the past year.'], key: 'bilawal-bhutto-zardari|visited|united-states|2023|asserted', modality: 'asserted', precision: 'year', relation: 'visited', sentences: [32], sources: 1, start: '2023-01-01', year: 2023}, subject: 'bilawal-bhutto-zardari'},
  {object: 'united-states', props: {citeDates: ['2023-04'], confidences: [0.9], date: '2023-04', docs: ['002_b91fe7183a7eb176'], end: '2023-04-30', evidences: ['Over the weekend, Finance Minister Ishaq Dar cancelled his trip to Washington for the spring meetings of the IMF and World Bank on the orders of Prime Minister Shehbaz Sharif due to the political situation in the country.'], key: 'ishaq-dar|visited|united-states|2023|negated', modality: 'negated', precision: 'month', relation: 'visited', sentences: [7], sources: 1, start: '2023-04-01', year: 2023}, subject: 'ishaq-dar'}
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

WITH {doc: '002_b91fe7183a7eb176', rows: {ATTACKED: [
  {object: 'pakistan', props: {citeDates: ['2011'], confidences: [0.8], date: '2011', docs: ['002_b91fe7183a7eb176'], end: '2011-12-31', evidences: ['It began with the killing of two young Pakistanis by a Central Intelligence Agency contractor, who was then detained for nearly two months.'], key: 'cia|attacked|pakistan|2011|asserted', modality: 'asserted', precision: 'year', relation: 'attacked', sentences: [18], sources: 1, start: '2011-01-01', year: 2011}, subject: 'cia'},
  {object: 'pakistan', props: {citeDates: ['2011'], confidences: [0.8], date: '2011', docs: ['002_b91fe7183a7eb176'], end: '2011-12-31', evidences: ['The year concluded with the killing of over two dozen Pakistani soldiers by NATO forces at the Salala border post near Afghanistan.'], key: 'nato|attacked|pakistan|2011|asserted', modality: 'asserted', precision: 'year', relation: 'attacked', sentences: [21], sources: 1, start: '2011-01-01', year: 2011}, subject: 'nato'},
  {object: 'osama-bin-laden', props: {citeDates: ['2011-05'], confidences: [0.9], date: '2011-05', docs: ['002_b91fe7183a7eb176'], end: '2011-05-31', evidences: ['Then came the Abbottabad raid in May, when US special forces killed Al-Qaeda leader Osama bin Ladin.'], key: 'united-states|attacked|osama-bin-laden|2011|asserted', modality: 'asserted', precision: 'month', relation: 'attacked', sentences: [19], sources: 1, start: '2011-05-01', year: 2011}, subject: 'united-states'}
], BLOCKED: [
  {object: 'nato', props: {citeDates: ['2011'], confidences: [0.9], date: '2011', docs: ['002_b91fe7183a7eb176'], end: '2011-12-31', evidences: ['In response, Pakistan shut down the NATO supply route into Afghanistan for seven months.'], key: 'pakistan|blocked|nato|2011|asserted', modality: 'asserted', precision: 'year', relation: 'blocked', sentences: [22], sources: 1, start: '2011-01-01', year: 2011}, subject: 'pakistan'}
], DECLINED: [
  {object: 'summit-for-democracy', props: {citeDates: ['2023-03'], confidences: [0.9], date: '2023-03', docs: ['002_b91fe7183a7eb176'], end: '2023-03-31', evidences: ['Last month, Pakistan had declined to attend the second Summit for Democracy, hosted by the United States, saying it would instead engage bilaterally with Washington on democracy.'], key: 'pakistan|declined|summit-for-democracy|2023|asserted', modality: 'asserted', precision: 'month', relation: 'declined', sentences: [9], sources: 1, start: '2023-03-01', year: 2023}, subject: 'pakistan'}
], HOLDS_OFFICE: [
  {object: 'united-states', props: {citeDates: ['2022-12'], citeRoles: ['Secretary of State'], confidences: [0.9], date: '2022-12', docs: ['002_b91fe7183a7eb176'], end: '2022-12-31', evidences: ['During a visit in December, Bilawal spent 10 days in the US and only managed to speak with Secretary of State Antony Blinken by phone, though the two men were both in Washington.'], key: 'antony-blinken|holds_office|united-states|2022|asserted', modality: 'asserted', precision: 'month', relation: 'holds_office', role: 'Secretary of State', sentences: [33], sources: 1, start: '2022-12-01', year: 2022}, subject: 'antony-blinken'},
  {object: 'pakistan', props: {citeDates: ['2023'], citeRoles: ['Foreign Minister'], confidences: [0.9], date: '2023', docs: ['002_b91fe7183a7eb176'], end: '2023-12-31', evidences: ['Foreign Minister Bilawal Bhutto Zardari recently completed his fifth visit to the US in the past year.'], key: 'bilawal-bhutto-zardari|holds_office|pakistan|2023|asserted', modality: 'asserted', precision: 'year', relation: 'holds_office', role: 'Foreign Minister', sentences: [32], sources: 1, start: '2023-01-01', year: 2023}, subject: 'bilawal-bhutto-zardari'},
  {object: 'pakistan', props: {citeDates: ['2023-04'], citeRoles: ['Finance Minister'], confidences: [0.9], date: '2023-04', docs: ['002_b91fe7183a7eb176'], end: '2023-04-30', evidences: ['Over the weekend, Finance Minister Ishaq Dar cancelled his trip to Washington for the spring meetings of the IMF and World Bank on the orders of Prime Minister Shehbaz Sharif due to the political situation in the country.'], key: 'ishaq-dar|holds_office|pakistan|2023|asserted', modality: 'asserted', precision: 'month', relation: 'holds_office', role: 'Finance Minister', sentences: [7], sources: 1, start: '2023-04-01', year: 2023}, subject: 'ishaq-dar'},
  {object: 'al-qaeda', props: {citeDates: ['2011-05'], citeRoles: ['Leader'], confidences: [0.9], date: '2011-05', docs: ['002_b91fe7183a7eb176'], end: '2011-05-31', evidences: ['Then came the Abbottabad raid in May, when US special forces killed Al-Qaeda leader Osama bin Ladin.'], key: 'osama-bin-laden|holds_office|al-qaeda|2011|asserted', modality: 'asserted', precision: 'month', relation: 'holds_office', role: 'Leader', sentences: [19], sources: 1, start: '2011-05-01', year: 2011}, subject: 'osama-bin-laden'},
  {object: 'pakistan', props: {citeDates: ['2023-04'], citeRoles: ['Prime Minister'], confidences: [0.9], date: '2023-04', docs: ['002_b91fe7183a7eb176'], end: '2023-04-30', evidences: ['Over the weekend, Finance Minister Ishaq Dar cancelled his trip to Washington for the spring meetings of the IMF and World Bank on the orders of Prime Minister Shehbaz Sharif due to the political situation in the country.'], key: 'shehbaz-sharif|holds_office|pakistan|2023|asserted', modality: 'asserted', precision: 'month', relation: 'holds_office', role: 'Prime Minister', sentences: [7], sources: 1, start: '2023-04-01', year: 2023}, subject: 'shehbaz-sharif'}
], MEDIATED: [
  {object: 'iran', props: {between: ['iran', 'saudi-arabia'], citeBetween: ['iran,saudi-arabia'], citeDates: ['2023-03'], confidences: [0.9], date: '2023-03', docs: ['002_b91fe7183a7eb176'], end: '2023-03-31', evidences: ['Last month, China made its foray into Middle East diplomacy by brokering the Iran-Saudi Arabia normalisation agreement.'], key: 'china|mediated|iran|2023|asserted', modality: 'asserted', precision: 'month', relation: 'mediated', sentences: [14], sources: 1, start: '2023-03-01', year: 2023}, subject: 'china'},
  {object: 'saudi-arabia', props: {between: ['iran', 'saudi-arabia'], citeBetween: ['iran,saudi-arabia'], citeDates: ['2023-03'], confidences: [0.9], date: '2023-03', docs: ['002_b91fe7183a7eb176'], end: '2023-03-31', evidences: ['Last month, China made its foray into Middle East diplomacy by brokering the Iran-Saudi Arabia normalisation agreement.'], key: 'china|mediated|saudi-arabia|2023|asserted', modality: 'asserted', precision: 'month', relation: 'mediated', sentences: [14], sources: 1, start: '2023-03-01', year: 2023}, subject: 'china'}
], MET: [
  {object: 'bilawal-bhutto-zardari', props: {citeDates: ['2022-12'], confidences: [0.9], date: '2022-12', docs: ['002_b91fe7183a7eb176'], end: '2022-12-31', evidences: ['During a visit in December, Bilawal spent 10 days in the US and only managed to speak with Secretary of State Antony Blinken by phone, though the two men were both in Washington.'], key: 'antony-blinken|met|bilawal-bhutto-zardari|2022|asserted', modality: 'asserted', precision: 'month', relation: 'met', sentences: [33], sources: 1, start: '2022-12-01', year: 2022}, subject: 'antony-blinken'},
  {object: 'united-states', props: {citeDates: ['2022-12'], confidences: [0.9], date: '2022-12', docs: ['002_b91fe7183a7eb176'], end: '2022-12-31', evidences: ['Diplomatic sources said Pakistan was in regular contact with the US and desired to remain close to Washington.'], key: 'pakistan|met|united-states|2022|claimed', modality: 'claimed', precision: 'month', relation: 'met', sentences: [34], sources: 1, start: '2022-12-01', year: 2022}, subject: 'pakistan'}
], PARTNERED_WITH: [
  {object: 'pakistan', props: {citeDates: ['2011'], confidences: [0.9], date: '2011', docs: ['002_b91fe7183a7eb176'], end: '2011-12-31', evidences: ['At the same time, Pakistan’s traditionally Western-centric national security elite moved to deepen their partnership with China, already a long-time partner.'], key: 'china|partnered_with|pakistan|2011|asserted', modality: 'asserted', precision: 'year', relation: 'partnered_with', sentences: [25], sources: 1, start: '2011-01-01', year: 2011}, subject: 'china'},
  {object: 'russia', props: {citeDates: ['2011'], confidences: [0.9], date: '2011', docs: ['002_b91fe7183a7eb176'], end: '2011-12-31', evidences: ['Since 2011, Pakistan had also expanded relations with other middle and great powers, including Turkey and Russia.'], key: 'pakistan|partnered_with|russia|2011|asserted', modality: 'asserted', precision: 'year', relation: 'partnered_with', sentences: [26], sources: 1, start: '2011-01-01', year: 2011}, subject: 'pakistan'},
  {object: 'turkey', props: {citeDates: ['2011'], confidences: [0.9], date: '2011', docs: ['002_b91fe7183a7eb176'], end: '2011-12-31', evidences: ['Since 2011, Pakistan had also expanded relations with other middle and great powers, including Turkey and Russia.'], key: 'pakistan|partnered_with|turkey|2011|asserted', modality: 'asserted', precision: 'year', relation: 'partnered_with', sentences: [26], sources: 1, start: '2011-01-01', year: 2011}, subject: 'pakistan'},
  {object: 'united-states', props: {citeDates: ['2023-04'], confidences: [0.9], date: '2023-04', docs: ['002_b91fe7183a7eb176'], end: '2023-04-30', evidences: ['Albeit this week, Pakistan’s Ambassador to the United States Masood Khan said Pakistan and the United States are long-standing and historic partners.'], key: 'pakistan|partnered_with|united-states|2023|claimed', modality: 'claimed', precision: 'month', relation: 'partnered_with', sentences: [11], sources: 1, start: '2023-04-01', year: 2023}, subject: 'pakistan'}
], SUPPORTED: [
  {object: 'pakistan', props: {citeDates: ['2023-04'], confidences: [0.9], date: '2023-04', docs: ['002_b91fe7183a7eb176'], end: '2023-04-30', evidences: ['ISLAMABAD - Pakistan is aiming to placate the United States amid fresh misunderstandings as Washington has not helped Pakistan – to the level that Islamabad expected – to revive the International Monetary Fund deal as the country faces economic challenges.'], key: 'united-states|supported|pakistan|2023|negated', modality: 'negated', precision: 'month', relation: 'supported', sentences: [0], sources: 1, start: '2023-04-01', year: 2023}, subject: 'united-states'}
], VISITED: [
  {object: 'united-states', props: {citeDates: ['2022-12'], confidences: [0.9], date: '2022-12', docs: ['002_b91fe7183a7eb176'], end: '2022-12-31', evidences: ['During a visit in December, Bilawal spent 10 days in the US and only managed to speak with Secretary of State Antony Blinken by phone, though the two men were both in Washington.'], key: 'bilawal-bhutto-zardari|visited|united-states|2022|asserted', modality: 'asserted', precision: 'month', relation: 'visited', sentences: [33], sources: 1, start: '2022-12-01', year: 2022}, subject: 'bilawal-bhutto-zardari'},
  {object: 'united-states', props: {citeDates: ['2023'], confidences: [0.9], date: '2023', docs: ['002_b91fe7183a7eb176'], end: '2023-12-31', evidences: ['Foreign Minister Bilawal Bhutto Zardari recently completed his fifth visit to the US in the past year.'], key: 'bilawal-bhutto-zardari|visited|united-states|2023|asserted', modality: 'asserted', precision: 'year', relation: 'visited', sentences: [32], sources: 1, start: '2023-01-01', year: 2023}, subject: 'bilawal-bhutto-zardari'},
  {object: 'united-states', props: {citeDates: ['2023-04'], confidences: [0.9], date: '2023-04', docs: ['002_b91fe7183a7eb176'], end: '2023-04-30', evidences: ['Over the weekend, Finance Minister Ishaq Dar cancelled his trip to Washington for the spring meetings of the IMF and World Bank on the orders of Prime Minister Shehbaz Sharif due to the political situation in the country.'], key: 'ishaq-dar|visited|united-states|2023|negated', modality: 'negated', precision: 'month', relation: 'visited', sentences: [7], sources: 1, start: '2023-04-01', year: 2023}, subject: 'ishaq-dar'}
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
  {of: 'united-states', official: 'antony-blinken', props: {date: '2021-01-26', end: '2025-01-20', from: '2021-01-26', key: 'office|antony-blinken|united-states|Secretary of State|2021-01-26', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'Secretary of State', source: 'dictionary', start: '2021-01-26', to: '2025-01-20', year: 2021}},
  {of: 'united-states', official: 'antony-blinken', props: {date: '2015-01-09', end: '2017-01-20', from: '2015-01-09', key: 'office|antony-blinken|united-states|Deputy Secretary of State|2015-01-09', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'Deputy Secretary of State', source: 'dictionary', start: '2015-01-09', to: '2017-01-20', year: 2015}},
  {of: 'pakistan', official: 'bilawal-bhutto-zardari', props: {date: '2022-04-27', end: '2023-08-31', from: '2022-04-27', key: 'office|bilawal-bhutto-zardari|pakistan|Foreign Minister|2022-04-27', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'Foreign Minister', source: 'dictionary', start: '2022-04-27', to: '2023-08', year: 2022}},
  {of: 'pakistan', official: 'ishaq-dar', props: {date: '2024-03-11', from: '2024-03-11', key: 'office|ishaq-dar|pakistan|Foreign Minister|2024-03-11', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'Foreign Minister', source: 'dictionary', start: '2024-03-11', year: 2024}},
  {of: 'pakistan', official: 'ishaq-dar', props: {date: '2024-04-28', from: '2024-04-28', key: 'office|ishaq-dar|pakistan|Deputy Prime Minister|2024-04-28', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'Deputy Prime Minister', source: 'dictionary', start: '2024-04-28', year: 2024}},
  {of: 'pakistan', official: 'ishaq-dar', props: {date: '2022-09-28', end: '2023-08-31', from: '2022-09-28', key: 'office|ishaq-dar|pakistan|Finance Minister|2022-09-28', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'Finance Minister', source: 'dictionary', start: '2022-09-28', to: '2023-08', year: 2022}},
  {of: 'pakistan', official: 'ishaq-dar', props: {date: '2013-06-07', end: '2017-11-30', from: '2013-06-07', key: 'office|ishaq-dar|pakistan|Finance Minister|2013-06-07', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'Finance Minister', source: 'dictionary', start: '2013-06-07', to: '2017-11', year: 2013}},
  {of: 'pakistan', official: 'ishaq-dar', props: {date: '2008-03', end: '2008-05-31', from: '2008-03', key: 'office|ishaq-dar|pakistan|Finance Minister|2008-03', modality: 'asserted', precision: 'month', relation: 'holds_office', role: 'Finance Minister', source: 'dictionary', start: '2008-03-01', to: '2008-05', year: 2008}},
  {of: 'pakistan', official: 'ishaq-dar', props: {date: '1998', end: '1999-10-31', from: '1998', key: 'office|ishaq-dar|pakistan|Finance Minister|1998', modality: 'asserted', precision: 'year', relation: 'holds_office', role: 'Finance Minister', source: 'dictionary', start: '1998-01-01', to: '1999-10', year: 1998}},
  {of: 'al-qaeda', official: 'osama-bin-laden', props: {date: '1988', end: '2011-05-02', from: '1988', key: 'office|osama-bin-laden|al-qaeda|Leader|1988', modality: 'asserted', precision: 'year', relation: 'holds_office', role: 'Leader', source: 'dictionary', start: '1988-01-01', to: '2011-05-02', year: 1988}},
  {of: 'pakistan', official: 'shehbaz-sharif', props: {date: '2022-04-11', end: '2023-08-14', from: '2022-04-11', key: 'office|shehbaz-sharif|pakistan|Prime Minister|2022-04-11', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'Prime Minister', source: 'dictionary', start: '2022-04-11', to: '2023-08-14', year: 2022}},
  {of: 'pakistan', official: 'shehbaz-sharif', props: {date: '2024-03-04', from: '2024-03-04', key: 'office|shehbaz-sharif|pakistan|Prime Minister|2024-03-04', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'Prime Minister', source: 'dictionary', start: '2024-03-04', year: 2024}}
] AS r
MATCH (s:Actor {id: r.official})
MATCH (o:Actor {id: r.of})
MERGE (s)-[e:HOLDS_OFFICE {key: r.props.key}]->(o)
WITH e, r WHERE properties(e) <> r.props
SET e = r.props;

// Document 4 of 5: '003_2fb45e73f67d06db', 11 facts, 10 edges

UNWIND [
  {aliases: ['People\'s Republic of China', 'People’s Republic of China', 'PRC', 'P.R.C.', 'Mainland China', 'Beijing', 'Zhongnanhai', 'Sino', 'Sinopec', 'China Petroleum and Chemical Corporation', 'CNPC', 'China National Petroleum Corporation', 'CNOOC', 'PetroChina', 'People\'s Liberation Army', 'People’s Liberation Army', 'PLA', 'PLA Navy', 'National People\'s Congress', 'National People’s Congress'], id: 'china', kind: 'country', name: 'China'},
  {aliases: ['Donald J. Trump', 'Trump', 'President Trump', 'Mr Trump', 'Mr. Trump'], id: 'donald-trump', kind: 'official', name: 'Donald Trump'},
  {aliases: ['FSB'], id: 'fsb', kind: 'institution', name: 'Federal Security Service'},
  {aliases: ['Republic of India', 'Bharat', 'New Delhi', 'Delhi', 'South Block', 'Indo'], id: 'india', kind: 'country', name: 'India'},
  {aliases: ['Islamic Republic of Pakistan', 'Islamabad', 'Pak'], id: 'pakistan', kind: 'country', name: 'Pakistan'},
  {aliases: ['Russian Federation', 'Moscow', 'Kremlin', 'the Kremlin', 'Soviet Union', 'USSR', 'U.S.S.R.', 'Union of Soviet Socialist Republics', 'Russo', 'Rosneft', 'Gazprom', 'Rosatom', 'Rosoboronexport', 'Rosselkhozbank', 'Sberbank', 'VTB', 'Africa Corps'], id: 'russia', kind: 'country', name: 'Russia'},
  {aliases: ['United States of America', 'US', 'U.S.', 'USA', 'U.S.A.', 'America', 'Washington', 'White House', 'the White House', 'Pentagon', 'the Pentagon', 'State Department', 'US State Department', 'U.S. State Department', 'Trump administration', 'Biden administration', 'Obama administration', 'Bush administration', 'US administration', 'U.S. administration', 'US Treasury', 'U.S. Treasury', 'Treasury Department', 'US Treasury Department', 'U.S. Treasury Department'], id: 'united-states', kind: 'country', name: 'United States'},
  {aliases: ['Vladimir Vladimirovich Putin', 'Vladimir V. Putin', 'Putin', 'President Putin', 'Mr Putin', 'Mr. Putin'], id: 'vladimir-putin', kind: 'official', name: 'Vladimir Putin'},
  {aliases: ['Zamir Nabiyevich Kabulov', 'Kabulov', 'Mr Kabulov', 'Mr. Kabulov'], id: 'zamir-kabulov', kind: 'official', name: 'Zamir Kabulov'}
] AS r
MERGE (a:Actor {id: r.id})
WITH a, r WHERE a.name IS NULL OR a.name <> r.name OR a.kind <> r.kind OR a.aliases <> r.aliases
SET a.name = r.name, a.kind = r.kind, a.aliases = r.aliases
FOREACH (_ IN CASE WHEN r.kind = 'country' THEN [1] ELSE [] END | SET a:`Country` REMOVE a:`Official`:`Institution`:`Group`:`Event`)
FOREACH (_ IN CASE WHEN r.kind = 'official' THEN [1] ELSE [] END | SET a:`Official` REMOVE a:`Country`:`Institution`:`Group`:`Event`)
FOREACH (_ IN CASE WHEN r.kind = 'institution' THEN [1] ELSE [] END | SET a:`Institution` REMOVE a:`Country`:`Official`:`Group`:`Event`)
FOREACH (_ IN CASE WHEN r.kind = 'group' THEN [1] ELSE [] END | SET a:`Group` REMOVE a:`Country`:`Official`:`Institution`:`Event`)
FOREACH (_ IN CASE WHEN r.kind = 'event' THEN [1] ELSE [] END | SET a:`Event` REMOVE a:`Country`:`Official`:`Institution`:`Group`);

WITH {doc: '003_2fb45e73f67d06db', keys: {`china|supported|pakistan|2018|asserted`: true, `donald-trump|criticized|pakistan|2017|asserted`: true, `donald-trump|holds_office|united-states|2017|asserted`: true, `donald-trump|threatened|pakistan|2017|asserted`: true, `india|pressured|russia|2016|asserted`: true, `pakistan|held_exercises_with|russia|2016|asserted`: true, `pakistan|met|vladimir-putin|2018|asserted`: true, `russia|refused|india|2016|asserted`: true, `russia|supported|pakistan|2018|asserted`: true, `zamir-kabulov|holds_office|russia|2018|asserted`: true}} AS current
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

MERGE (d:Document {id: '003_2fb45e73f67d06db'})
WITH d WHERE properties(d) <> {edges: ['china|supported|pakistan|2018|asserted', 'donald-trump|criticized|pakistan|2017|asserted', 'donald-trump|holds_office|united-states|2017|asserted', 'donald-trump|threatened|pakistan|2017|asserted', 'india|pressured|russia|2016|asserted', 'pakistan|held_exercises_with|russia|2016|asserted', 'pakistan|met|vladimir-putin|2018|asserted', 'russia|refused|india|2016|asserted', 'russia|supported|pakistan|2018|asserted', 'zamir-kabulov|holds_office|russia|2018|asserted'], id: '003_2fb45e73f67d06db', published: '2018-05-07', source: 'The Express Tribune, Kamran Yousaf', title: 'Pakistan\'s Pivot to Russia'}
SET d = {edges: ['china|supported|pakistan|2018|asserted', 'donald-trump|criticized|pakistan|2017|asserted', 'donald-trump|holds_office|united-states|2017|asserted', 'donald-trump|threatened|pakistan|2017|asserted', 'india|pressured|russia|2016|asserted', 'pakistan|held_exercises_with|russia|2016|asserted', 'pakistan|met|vladimir-putin|2018|asserted', 'russia|refused|india|2016|asserted', 'russia|supported|pakistan|2018|asserted', 'zamir-kabulov|holds_office|russia|2018|asserted'], id: '003_2fb45e73f67d06db', published: '2018-05-07', source: 'The Express Tribune, Kamran Yousaf', title: 'Pakistan\'s Pivot to Russia'};

WITH {doc: '003_2fb45e73f67d06db', rows: {CRITICIZED: [
  {object: 'pakistan', props: {citeDates: ['2017-08'], confidences: [0.9], date: '2017-08', docs: ['003_2fb45e73f67d06db'], end: '2017-08-31', evidences: ['Trump singled out Pakistan for not doing enough to curb terrorism and threatened to halt security assistance if it continued to play a “double game.”'], key: 'donald-trump|criticized|pakistan|2017|asserted', modality: 'asserted', precision: 'month', relation: 'criticized', sentences: [2], sources: 1, start: '2017-08-01', year: 2017}, subject: 'donald-trump'}
], HELD_EXERCISES_WITH: [
  {object: 'russia', props: {citeDates: ['2016', '2016'], confidences: [0.9, 0.9], date: '2016', docs: ['003_2fb45e73f67d06db', '003_2fb45e73f67d06db'], end: '2016-12-31', evidences: ['In 2016, Russian and Pakistani troops for the first time ever conducted joint military exercises.', 'Moscow, despite being an old strategic ally of New Delhi, turned down the demand and went ahead with war games with Pakistan.'], key: 'pakistan|held_exercises_with|russia|2016|asserted', modality: 'asserted', precision: 'year', relation: 'held_exercises_with', sentences: [28, 31], sources: 1, start: '2016-01-01', year: 2016}, subject: 'pakistan'}
], HOLDS_OFFICE: [
  {object: 'united-states', props: {citeDates: ['2017-08'], citeRoles: ['President'], confidences: [0.9], date: '2017-08', docs: ['003_2fb45e73f67d06db'], end: '2017-08-31', evidences: ['In August last year, US President Trump unveiled his much-awaited strategy for Afghanistan and the wider South Asian region.'], key: 'donald-trump|holds_office|united-states|2017|asserted', modality: 'asserted', precision: 'month', relation: 'holds_office', role: 'President', sentences: [1], sources: 1, start: '2017-08-01', year: 2017}, subject: 'donald-trump'},
  {object: 'russia', props: {citeDates: ['2018-05-07'], citeRoles: ['Special Envoy'], confidences: [0.9], date: '2018-05-07', docs: ['003_2fb45e73f67d06db'], end: '2018-05-07', evidences: ['Next day, Russian presidential envoy to Afghanistan Zamir Kabulov came up with a statement terming Pakistan “a key regional player”.'], key: 'zamir-kabulov|holds_office|russia|2018|asserted', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'Special Envoy', sentences: [16], sources: 1, start: '2018-05-07', year: 2018}, subject: 'zamir-kabulov'}
], MET: [
  {object: 'vladimir-putin', props: {citeDates: ['2018-05-07'], confidences: [0.9], date: '2018-05-07', docs: ['003_2fb45e73f67d06db'], end: '2018-05-07', evidences: ['Within hours after Trump announced a new Afghan strategy, a top Pakistani Foreign Office official was on the phone with Putin’s aide.'], key: 'pakistan|met|vladimir-putin|2018|asserted', modality: 'asserted', precision: 'day', relation: 'met', sentences: [11], sources: 1, start: '2018-05-07', year: 2018}, subject: 'pakistan'}
], PRESSURED: [
  {object: 'russia', props: {citeDates: ['2016'], confidences: [0.9], date: '2016', docs: ['003_2fb45e73f67d06db'], end: '2016-12-31', evidences: ['New Delhi pushed Russia to cancel its military exercises with Pakistan.'], key: 'india|pressured|russia|2016|asserted', modality: 'asserted', precision: 'year', relation: 'pressured', sentences: [30], sources: 1, start: '2016-01-01', year: 2016}, subject: 'india'}
], REFUSED: [
  {object: 'india', props: {citeDates: ['2016'], confidences: [0.7], date: '2016', docs: ['003_2fb45e73f67d06db'], end: '2016-12-31', evidences: ['Moscow, despite being an old strategic ally of New Delhi, turned down the demand and went ahead with war games with Pakistan.'], key: 'russia|refused|india|2016|asserted', modality: 'asserted', precision: 'year', relation: 'refused', sentences: [31], sources: 1, start: '2016-01-01', year: 2016}, subject: 'russia'}
], SUPPORTED: [
  {object: 'pakistan', props: {citeDates: ['2018-05-07'], confidences: [0.9], date: '2018-05-07', docs: ['003_2fb45e73f67d06db'], end: '2018-05-07', evidences: ['And Beijing did not take long to lend support to Pakistan.'], key: 'china|supported|pakistan|2018|asserted', modality: 'asserted', precision: 'day', relation: 'supported', sentences: [7], sources: 1, start: '2018-05-07', year: 2018}, subject: 'china'},
  {object: 'pakistan', props: {citeDates: ['2018-05-07'], confidences: [0.7], date: '2018-05-07', docs: ['003_2fb45e73f67d06db'], end: '2018-05-07', evidences: ['What was significant though was the prompt statement issued by Russia, acknowledging Pakistan’s pivotal role in fighting terrorism and for regional peace and stability.'], key: 'russia|supported|pakistan|2018|asserted', modality: 'asserted', precision: 'day', relation: 'supported', sentences: [8], sources: 1, start: '2018-05-07', year: 2018}, subject: 'russia'}
], THREATENED: [
  {object: 'pakistan', props: {citeDates: ['2017-08'], confidences: [0.7], date: '2017-08', docs: ['003_2fb45e73f67d06db'], end: '2017-08-31', evidences: ['Trump singled out Pakistan for not doing enough to curb terrorism and threatened to halt security assistance if it continued to play a “double game.”'], key: 'donald-trump|threatened|pakistan|2017|asserted', modality: 'asserted', precision: 'month', relation: 'threatened', sentences: [2], sources: 1, start: '2017-08-01', year: 2017}, subject: 'donald-trump'}
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

WITH {doc: '003_2fb45e73f67d06db', rows: {CRITICIZED: [
  {object: 'pakistan', props: {citeDates: ['2017-08'], confidences: [0.9], date: '2017-08', docs: ['003_2fb45e73f67d06db'], end: '2017-08-31', evidences: ['Trump singled out Pakistan for not doing enough to curb terrorism and threatened to halt security assistance if it continued to play a “double game.”'], key: 'donald-trump|criticized|pakistan|2017|asserted', modality: 'asserted', precision: 'month', relation: 'criticized', sentences: [2], sources: 1, start: '2017-08-01', year: 2017}, subject: 'donald-trump'}
], HELD_EXERCISES_WITH: [
  {object: 'russia', props: {citeDates: ['2016', '2016'], confidences: [0.9, 0.9], date: '2016', docs: ['003_2fb45e73f67d06db', '003_2fb45e73f67d06db'], end: '2016-12-31', evidences: ['In 2016, Russian and Pakistani troops for the first time ever conducted joint military exercises.', 'Moscow, despite being an old strategic ally of New Delhi, turned down the demand and went ahead with war games with Pakistan.'], key: 'pakistan|held_exercises_with|russia|2016|asserted', modality: 'asserted', precision: 'year', relation: 'held_exercises_with', sentences: [28, 31], sources: 1, start: '2016-01-01', year: 2016}, subject: 'pakistan'}
], HOLDS_OFFICE: [
  {object: 'united-states', props: {citeDates: ['2017-08'], citeRoles: ['President'], confidences: [0.9], date: '2017-08', docs: ['003_2fb45e73f67d06db'], end: '2017-08-31', evidences: ['In August last year, US President Trump unveiled his much-awaited strategy for Afghanistan and the wider South Asian region.'], key: 'donald-trump|holds_office|united-states|2017|asserted', modality: 'asserted', precision: 'month', relation: 'holds_office', role: 'President', sentences: [1], sources: 1, start: '2017-08-01', year: 2017}, subject: 'donald-trump'},
  {object: 'russia', props: {citeDates: ['2018-05-07'], citeRoles: ['Special Envoy'], confidences: [0.9], date: '2018-05-07', docs: ['003_2fb45e73f67d06db'], end: '2018-05-07', evidences: ['Next day, Russian presidential envoy to Afghanistan Zamir Kabulov came up with a statement terming Pakistan “a key regional player”.'], key: 'zamir-kabulov|holds_office|russia|2018|asserted', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'Special Envoy', sentences: [16], sources: 1, start: '2018-05-07', year: 2018}, subject: 'zamir-kabulov'}
], MET: [
  {object: 'vladimir-putin', props: {citeDates: ['2018-05-07'], confidences: [0.9], date: '2018-05-07', docs: ['003_2fb45e73f67d06db'], end: '2018-05-07', evidences: ['Within hours after Trump announced a new Afghan strategy, a top Pakistani Foreign Office official was on the phone with Putin’s aide.'], key: 'pakistan|met|vladimir-putin|2018|asserted', modality: 'asserted', precision: 'day', relation: 'met', sentences: [11], sources: 1, start: '2018-05-07', year: 2018}, subject: 'pakistan'}
], PRESSURED: [
  {object: 'russia', props: {citeDates: ['2016'], confidences: [0.9], date: '2016', docs: ['003_2fb45e73f67d06db'], end: '2016-12-31', evidences: ['New Delhi pushed Russia to cancel its military exercises with Pakistan.'], key: 'india|pressured|russia|2016|asserted', modality: 'asserted', precision: 'year', relation: 'pressured', sentences: [30], sources: 1, start: '2016-01-01', year: 2016}, subject: 'india'}
], REFUSED: [
  {object: 'india', props: {citeDates: ['2016'], confidences: [0.7], date: '2016', docs: ['003_2fb45e73f67d06db'], end: '2016-12-31', evidences: ['Moscow, despite being an old strategic ally of New Delhi, turned down the demand and went ahead with war games with Pakistan.'], key: 'russia|refused|india|2016|asserted', modality: 'asserted', precision: 'year', relation: 'refused', sentences: [31], sources: 1, start: '2016-01-01', year: 2016}, subject: 'russia'}
], SUPPORTED: [
  {object: 'pakistan', props: {citeDates: ['2018-05-07'], confidences: [0.9], date: '2018-05-07', docs: ['003_2fb45e73f67d06db'], end: '2018-05-07', evidences: ['And Beijing did not take long to lend support to Pakistan.'], key: 'china|supported|pakistan|2018|asserted', modality: 'asserted', precision: 'day', relation: 'supported', sentences: [7], sources: 1, start: '2018-05-07', year: 2018}, subject: 'china'},
  {object: 'pakistan', props: {citeDates: ['2018-05-07'], confidences: [0.7], date: '2018-05-07', docs: ['003_2fb45e73f67d06db'], end: '2018-05-07', evidences: ['What was significant though was the prompt statement issued by Russia, acknowledging Pakistan’s pivotal role in fighting terrorism and for regional peace and stability.'], key: 'russia|supported|pakistan|2018|asserted', modality: 'asserted', precision: 'day', relation: 'supported', sentences: [8], sources: 1, start: '2018-05-07', year: 2018}, subject: 'russia'}
], THREATENED: [
  {object: 'pakistan', props: {citeDates: ['2017-08'], confidences: [0.7], date: '2017-08', docs: ['003_2fb45e73f67d06db'], end: '2017-08-31', evidences: ['Trump singled out Pakistan for not doing enough to curb terrorism and threatened to halt security assistance if it continued to play a “double game.”'], key: 'donald-trump|threatened|pakistan|2017|asserted', modality: 'asserted', precision: 'month', relation: 'threatened', sentences: [2], sources: 1, start: '2017-08-01', year: 2017}, subject: 'donald-trump'}
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
  {of: 'united-states', official: 'donald-trump', props: {date: '2017-01-20', end: '2021-01-20', from: '2017-01-20', key: 'office|donald-trump|united-states|President|2017-01-20', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'President', source: 'dictionary', start: '2017-01-20', to: '2021-01-20', year: 2017}},
  {of: 'united-states', official: 'donald-trump', props: {date: '2025-01-20', from: '2025-01-20', key: 'office|donald-trump|united-states|President|2025-01-20', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'President', source: 'dictionary', start: '2025-01-20', year: 2025}},
  {of: 'russia', official: 'vladimir-putin', props: {date: '2012-05-07', from: '2012-05-07', key: 'office|vladimir-putin|russia|President|2012-05-07', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'President', source: 'dictionary', start: '2012-05-07', year: 2012}},
  {of: 'russia', official: 'vladimir-putin', props: {date: '1999-12-31', end: '2008-05-07', from: '1999-12-31', key: 'office|vladimir-putin|russia|President|1999-12-31', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'President', source: 'dictionary', start: '1999-12-31', to: '2008-05-07', year: 1999}},
  {of: 'russia', official: 'vladimir-putin', props: {date: '2008-05-08', end: '2012-05-07', from: '2008-05-08', key: 'office|vladimir-putin|russia|Prime Minister|2008-05-08', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'Prime Minister', source: 'dictionary', start: '2008-05-08', to: '2012-05-07', year: 2008}},
  {of: 'russia', official: 'vladimir-putin', props: {date: '1999-08-16', end: '1999-12-31', from: '1999-08-16', key: 'office|vladimir-putin|russia|Prime Minister|1999-08-16', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'Prime Minister', source: 'dictionary', start: '1999-08-16', to: '1999-12-31', year: 1999}},
  {of: 'fsb', official: 'vladimir-putin', props: {date: '1998-07-25', end: '1999-08-09', from: '1998-07-25', key: 'office|vladimir-putin|fsb|Director|1998-07-25', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'Director', source: 'dictionary', start: '1998-07-25', to: '1999-08-09', year: 1998}},
  {of: 'russia', official: 'zamir-kabulov', props: {date: '2011', from: '2011', key: 'office|zamir-kabulov|russia|Special Envoy|2011', modality: 'asserted', precision: 'year', relation: 'holds_office', role: 'Special Envoy', source: 'dictionary', start: '2011-01-01', year: 2011}},
  {of: 'russia', official: 'zamir-kabulov', props: {date: '2004', end: '2009-12-31', from: '2004', key: 'office|zamir-kabulov|russia|Ambassador|2004', modality: 'asserted', precision: 'year', relation: 'holds_office', role: 'Ambassador', source: 'dictionary', start: '2004-01-01', to: '2009', year: 2004}}
] AS r
MATCH (s:Actor {id: r.official})
MATCH (o:Actor {id: r.of})
MERGE (s)-[e:HOLDS_OFFICE {key: r.props.key}]->(o)
WITH e, r WHERE properties(e) <> r.props
SET e = r.props;

// Document 5 of 5: '004_7cb55dab4d1d24ac', 10 facts, 8 edges

UNWIND [
  {aliases: ['Bilawal Bhutto-Zardari', 'Bilawal Bhutto', 'Bilawal Zardari', 'Bilawal', 'Foreign Minister Bhutto', 'FM Bilawal'], id: 'bilawal-bhutto-zardari', kind: 'official', name: 'Bilawal Bhutto Zardari'},
  {aliases: ['FSB'], id: 'fsb', kind: 'institution', name: 'Federal Security Service'},
  {aliases: ['Imran Khan Niazi', 'Prime Minister Khan', 'PM Khan', 'PM Imran', 'Premier Imran'], id: 'imran-khan', kind: 'official', name: 'Imran Khan'},
  {aliases: ['Islamic Republic of Pakistan', 'Islamabad', 'Pak'], id: 'pakistan', kind: 'country', name: 'Pakistan'},
  {aliases: ['Russian Federation', 'Moscow', 'Kremlin', 'the Kremlin', 'Soviet Union', 'USSR', 'U.S.S.R.', 'Union of Soviet Socialist Republics', 'Russo', 'Rosneft', 'Gazprom', 'Rosatom', 'Rosoboronexport', 'Rosselkhozbank', 'Sberbank', 'VTB', 'Africa Corps'], id: 'russia', kind: 'country', name: 'Russia'},
  {aliases: ['Sergei Lavrov', 'Sergei Viktorovich Lavrov', 'Lavrov', 'Foreign Minister Lavrov', 'Mr Lavrov', 'Mr. Lavrov'], id: 'sergey-lavrov', kind: 'official', name: 'Sergey Lavrov'},
  {aliases: ['Shahbaz Sharif', 'Mian Shehbaz Sharif', 'Muhammad Shehbaz Sharif', 'PM Shehbaz', 'Prime Minister Shehbaz', 'Premier Shehbaz', 'Shehbaz', 'PM Sharif', 'Prime Minister Sharif'], id: 'shehbaz-sharif', kind: 'official', name: 'Shehbaz Sharif'},
  {aliases: ['Vladimir Vladimirovich Putin', 'Vladimir V. Putin', 'Putin', 'President Putin', 'Mr Putin', 'Mr. Putin'], id: 'vladimir-putin', kind: 'official', name: 'Vladimir Putin'}
] AS r
MERGE (a:Actor {id: r.id})
WITH a, r WHERE a.name IS NULL OR a.name <> r.name OR a.kind <> r.kind OR a.aliases <> r.aliases
SET a.name = r.name, a.kind = r.kind, a.aliases = r.aliases
FOREACH (_ IN CASE WHEN r.kind = 'country' THEN [1] ELSE [] END | SET a:`Country` REMOVE a:`Official`:`Institution`:`Group`:`Event`)
FOREACH (_ IN CASE WHEN r.kind = 'official' THEN [1] ELSE [] END | SET a:`Official` REMOVE a:`Country`:`Institution`:`Group`:`Event`)
FOREACH (_ IN CASE WHEN r.kind = 'institution' THEN [1] ELSE [] END | SET a:`Institution` REMOVE a:`Country`:`Official`:`Group`:`Event`)
FOREACH (_ IN CASE WHEN r.kind = 'group' THEN [1] ELSE [] END | SET a:`Group` REMOVE a:`Country`:`Official`:`Institution`:`Event`)
FOREACH (_ IN CASE WHEN r.kind = 'event' THEN [1] ELSE [] END | SET a:`Event` REMOVE a:`Country`:`Official`:`Institution`:`Group`);

WITH {doc: '004_7cb55dab4d1d24ac', keys: {`imran-khan|holds_office|pakistan|2022|asserted`: true, `sergey-lavrov|congratulated|bilawal-bhutto-zardari|2022|asserted`: true, `sergey-lavrov|holds_office|russia|2022|asserted`: true, `sergey-lavrov|invited|pakistan|2022|asserted`: true, `shehbaz-sharif|holds_office|pakistan|2022|asserted`: true, `shehbaz-sharif|met|vladimir-putin|2022|asserted`: true, `shehbaz-sharif|met|vladimir-putin|2022|claimed`: true, `vladimir-putin|holds_office|russia|2022|asserted`: true}} AS current
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

MERGE (d:Document {id: '004_7cb55dab4d1d24ac'})
WITH d WHERE properties(d) <> {edges: ['imran-khan|holds_office|pakistan|2022|asserted', 'sergey-lavrov|congratulated|bilawal-bhutto-zardari|2022|asserted', 'sergey-lavrov|holds_office|russia|2022|asserted', 'sergey-lavrov|invited|pakistan|2022|asserted', 'shehbaz-sharif|holds_office|pakistan|2022|asserted', 'shehbaz-sharif|met|vladimir-putin|2022|asserted', 'shehbaz-sharif|met|vladimir-putin|2022|claimed', 'vladimir-putin|holds_office|russia|2022|asserted'], id: '004_7cb55dab4d1d24ac', published: '2022-05', source: 'Nawaiwaqt', title: 'Pak-Russian relations'}
SET d = {edges: ['imran-khan|holds_office|pakistan|2022|asserted', 'sergey-lavrov|congratulated|bilawal-bhutto-zardari|2022|asserted', 'sergey-lavrov|holds_office|russia|2022|asserted', 'sergey-lavrov|invited|pakistan|2022|asserted', 'shehbaz-sharif|holds_office|pakistan|2022|asserted', 'shehbaz-sharif|met|vladimir-putin|2022|asserted', 'shehbaz-sharif|met|vladimir-putin|2022|claimed', 'vladimir-putin|holds_office|russia|2022|asserted'], id: '004_7cb55dab4d1d24ac', published: '2022-05', source: 'Nawaiwaqt', title: 'Pak-Russian relations'};

WITH {doc: '004_7cb55dab4d1d24ac', rows: {CONGRATULATED: [
  {object: 'bilawal-bhutto-zardari', props: {citeDates: ['2022-05'], confidences: [0.9], date: '2022-05', docs: ['004_7cb55dab4d1d24ac'], end: '2022-05-31', evidences: ['The second event worth considering in this context is the Russian Embassy in Pakistan’s tweet on Thursday that Foreign Minister Sergey Lavrov congratulated Bilawal Bhutto on his appointment as the new Foreign Minister.'], key: 'sergey-lavrov|congratulated|bilawal-bhutto-zardari|2022|asserted', modality: 'asserted', precision: 'month', relation: 'congratulated', sentences: [17], sources: 1, start: '2022-05-01', year: 2022}, subject: 'sergey-lavrov'}
], HOLDS_OFFICE: [
  {object: 'pakistan', props: {citeDates: ['2022-04'], citeRoles: ['Prime Minister'], confidences: [0.9], date: '2022-04', docs: ['004_7cb55dab4d1d24ac'], end: '2022-04-30', evidences: ['Russian-Pakistani relations have dominated the discourse in that South Asian state since former Prime Minister Imran Khan claimed that the US ousted him in early April as punishment for his independent foreign policy, particularly its Russian dimension.'], key: 'imran-khan|holds_office|pakistan|2022|asserted', modality: 'asserted', precision: 'month', relation: 'holds_office', role: 'Prime Minister', sentences: [4], sources: 1, start: '2022-04-01', year: 2022}, subject: 'imran-khan'},
  {object: 'russia', props: {citeDates: ['2022-05', '2022-04'], citeRoles: ['Foreign Minister', 'Foreign Minister'], confidences: [0.9, 0.9], date: '2022', docs: ['004_7cb55dab4d1d24ac', '004_7cb55dab4d1d24ac'], end: '2022-12-31', evidences: ['The second event worth considering in this context is the Russian Embassy in Pakistan’s tweet on Thursday that Foreign Minister Sergey Lavrov congratulated Bilawal Bhutto on his appointment as the new Foreign Minister.', 'The reported exchange of letters between their leaders and Foreign Minister Lavrov’s public invitation to his Pakistani counterpart to visit Moscow suggest at the very least that baby steps are being taken to keep their ties on track despite the scandalous context in which they’re being practiced following early April’s change of government and the former premier’s speculation about the reason behind his ouster.'], key: 'sergey-lavrov|holds_office|russia|2022|asserted', modality: 'asserted', precision: 'year', relation: 'holds_office', role: 'Foreign Minister', sentences: [17, 20], sources: 1, start: '2022-01-01', year: 2022}, subject: 'sergey-lavrov'},
  {object: 'pakistan', props: {citeDates: ['2022-05', '2022-05'], citeRoles: ['Prime Minister', 'Prime Minister'], confidences: [0.9, 0.9], date: '2022-05', docs: ['004_7cb55dab4d1d24ac', '004_7cb55dab4d1d24ac'], end: '2022-05-31', evidences: ['Observers should keep this in mind when interpreting the report from The Express Tribune claiming that President Vladimir Putin and Prime Minister Sharif have quietly exchanged letters expressing their mutual desire to continue comprehensively cooperating with one another.', 'PM Shehbaz wrote back to Putin thanking him for his felicitation message and expressed similar sentiments on bilateral ties between the two countries as well as cooperation on Afghanistan.”'], key: 'shehbaz-sharif|holds_office|pakistan|2022|asserted', modality: 'asserted', precision: 'month', relation: 'holds_office', role: 'Prime Minister', sentences: [12, 15], sources: 1, start: '2022-05-01', year: 2022}, subject: 'shehbaz-sharif'},
  {object: 'russia', props: {citeDates: ['2022-05'], citeRoles: ['President'], confidences: [0.9], date: '2022-05', docs: ['004_7cb55dab4d1d24ac'], end: '2022-05-31', evidences: ['Observers should keep this in mind when interpreting the report from The Express Tribune claiming that President Vladimir Putin and Prime Minister Sharif have quietly exchanged letters expressing their mutual desire to continue comprehensively cooperating with one another.'], key: 'vladimir-putin|holds_office|russia|2022|asserted', modality: 'asserted', precision: 'month', relation: 'holds_office', role: 'President', sentences: [12], sources: 1, start: '2022-05-01', year: 2022}, subject: 'vladimir-putin'}
], INVITED: [
  {object: 'pakistan', props: {citeDates: ['2022-04'], confidences: [0.9], date: '2022-04', docs: ['004_7cb55dab4d1d24ac'], end: '2022-04-30', evidences: ['The reported exchange of letters between their leaders and Foreign Minister Lavrov’s public invitation to his Pakistani counterpart to visit Moscow suggest at the very least that baby steps are being taken to keep their ties on track despite the scandalous context in which they’re being practiced following early April’s change of government and the former premier’s speculation about the reason behind his ouster.'], key: 'sergey-lavrov|invited|pakistan|2022|asserted', modality: 'asserted', precision: 'month', relation: 'invited', sentences: [20], sources: 1, start: '2022-04-01', year: 2022}, subject: 'sergey-lavrov'}
], MET: [
  {object: 'vladimir-putin', props: {citeDates: ['2022-05'], confidences: [0.9], date: '2022-05', docs: ['004_7cb55dab4d1d24ac'], end: '2022-05-31', evidences: ['PM Shehbaz wrote back to Putin thanking him for his felicitation message and expressed similar sentiments on bilateral ties between the two countries as well as cooperation on Afghanistan.”'], key: 'shehbaz-sharif|met|vladimir-putin|2022|asserted', modality: 'asserted', precision: 'month', relation: 'met', sentences: [15], sources: 1, start: '2022-05-01', year: 2022}, subject: 'shehbaz-sharif'},
  {object: 'vladimir-putin', props: {citeDates: ['2022-05'], confidences: [0.9], date: '2022-05', docs: ['004_7cb55dab4d1d24ac'], end: '2022-05-31', evidences: ['Observers should keep this in mind when interpreting the report from The Express Tribune claiming that President Vladimir Putin and Prime Minister Sharif have quietly exchanged letters expressing their mutual desire to continue comprehensively cooperating with one another.'], key: 'shehbaz-sharif|met|vladimir-putin|2022|claimed', modality: 'claimed', precision: 'month', relation: 'met', sentences: [12], sources: 1, start: '2022-05-01', year: 2022}, subject: 'shehbaz-sharif'}
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

WITH {doc: '004_7cb55dab4d1d24ac', rows: {CONGRATULATED: [
  {object: 'bilawal-bhutto-zardari', props: {citeDates: ['2022-05'], confidences: [0.9], date: '2022-05', docs: ['004_7cb55dab4d1d24ac'], end: '2022-05-31', evidences: ['The second event worth considering in this context is the Russian Embassy in Pakistan’s tweet on Thursday that Foreign Minister Sergey Lavrov congratulated Bilawal Bhutto on his appointment as the new Foreign Minister.'], key: 'sergey-lavrov|congratulated|bilawal-bhutto-zardari|2022|asserted', modality: 'asserted', precision: 'month', relation: 'congratulated', sentences: [17], sources: 1, start: '2022-05-01', year: 2022}, subject: 'sergey-lavrov'}
], HOLDS_OFFICE: [
  {object: 'pakistan', props: {citeDates: ['2022-04'], citeRoles: ['Prime Minister'], confidences: [0.9], date: '2022-04', docs: ['004_7cb55dab4d1d24ac'], end: '2022-04-30', evidences: ['Russian-Pakistani relations have dominated the discourse in that South Asian state since former Prime Minister Imran Khan claimed that the US ousted him in early April as punishment for his independent foreign policy, particularly its Russian dimension.'], key: 'imran-khan|holds_office|pakistan|2022|asserted', modality: 'asserted', precision: 'month', relation: 'holds_office', role: 'Prime Minister', sentences: [4], sources: 1, start: '2022-04-01', year: 2022}, subject: 'imran-khan'},
  {object: 'russia', props: {citeDates: ['2022-05', '2022-04'], citeRoles: ['Foreign Minister', 'Foreign Minister'], confidences: [0.9, 0.9], date: '2022', docs: ['004_7cb55dab4d1d24ac', '004_7cb55dab4d1d24ac'], end: '2022-12-31', evidences: ['The second event worth considering in this context is the Russian Embassy in Pakistan’s tweet on Thursday that Foreign Minister Sergey Lavrov congratulated Bilawal Bhutto on his appointment as the new Foreign Minister.', 'The reported exchange of letters between their leaders and Foreign Minister Lavrov’s public invitation to his Pakistani counterpart to visit Moscow suggest at the very least that baby steps are being taken to keep their ties on track despite the scandalous context in which they’re being practiced following early April’s change of government and the former premier’s speculation about the reason behind his ouster.'], key: 'sergey-lavrov|holds_office|russia|2022|asserted', modality: 'asserted', precision: 'year', relation: 'holds_office', role: 'Foreign Minister', sentences: [17, 20], sources: 1, start: '2022-01-01', year: 2022}, subject: 'sergey-lavrov'},
  {object: 'pakistan', props: {citeDates: ['2022-05', '2022-05'], citeRoles: ['Prime Minister', 'Prime Minister'], confidences: [0.9, 0.9], date: '2022-05', docs: ['004_7cb55dab4d1d24ac', '004_7cb55dab4d1d24ac'], end: '2022-05-31', evidences: ['Observers should keep this in mind when interpreting the report from The Express Tribune claiming that President Vladimir Putin and Prime Minister Sharif have quietly exchanged letters expressing their mutual desire to continue comprehensively cooperating with one another.', 'PM Shehbaz wrote back to Putin thanking him for his felicitation message and expressed similar sentiments on bilateral ties between the two countries as well as cooperation on Afghanistan.”'], key: 'shehbaz-sharif|holds_office|pakistan|2022|asserted', modality: 'asserted', precision: 'month', relation: 'holds_office', role: 'Prime Minister', sentences: [12, 15], sources: 1, start: '2022-05-01', year: 2022}, subject: 'shehbaz-sharif'},
  {object: 'russia', props: {citeDates: ['2022-05'], citeRoles: ['President'], confidences: [0.9], date: '2022-05', docs: ['004_7cb55dab4d1d24ac'], end: '2022-05-31', evidences: ['Observers should keep this in mind when interpreting the report from The Express Tribune claiming that President Vladimir Putin and Prime Minister Sharif have quietly exchanged letters expressing their mutual desire to continue comprehensively cooperating with one another.'], key: 'vladimir-putin|holds_office|russia|2022|asserted', modality: 'asserted', precision: 'month', relation: 'holds_office', role: 'President', sentences: [12], sources: 1, start: '2022-05-01', year: 2022}, subject: 'vladimir-putin'}
], INVITED: [
  {object: 'pakistan', props: {citeDates: ['2022-04'], confidences: [0.9], date: '2022-04', docs: ['004_7cb55dab4d1d24ac'], end: '2022-04-30', evidences: ['The reported exchange of letters between their leaders and Foreign Minister Lavrov’s public invitation to his Pakistani counterpart to visit Moscow suggest at the very least that baby steps are being taken to keep their ties on track despite the scandalous context in which they’re being practiced following early April’s change of government and the former premier’s speculation about the reason behind his ouster.'], key: 'sergey-lavrov|invited|pakistan|2022|asserted', modality: 'asserted', precision: 'month', relation: 'invited', sentences: [20], sources: 1, start: '2022-04-01', year: 2022}, subject: 'sergey-lavrov'}
], MET: [
  {object: 'vladimir-putin', props: {citeDates: ['2022-05'], confidences: [0.9], date: '2022-05', docs: ['004_7cb55dab4d1d24ac'], end: '2022-05-31', evidences: ['PM Shehbaz wrote back to Putin thanking him for his felicitation message and expressed similar sentiments on bilateral ties between the two countries as well as cooperation on Afghanistan.”'], key: 'shehbaz-sharif|met|vladimir-putin|2022|asserted', modality: 'asserted', precision: 'month', relation: 'met', sentences: [15], sources: 1, start: '2022-05-01', year: 2022}, subject: 'shehbaz-sharif'},
  {object: 'vladimir-putin', props: {citeDates: ['2022-05'], confidences: [0.9], date: '2022-05', docs: ['004_7cb55dab4d1d24ac'], end: '2022-05-31', evidences: ['Observers should keep this in mind when interpreting the report from The Express Tribune claiming that President Vladimir Putin and Prime Minister Sharif have quietly exchanged letters expressing their mutual desire to continue comprehensively cooperating with one another.'], key: 'shehbaz-sharif|met|vladimir-putin|2022|claimed', modality: 'claimed', precision: 'month', relation: 'met', sentences: [12], sources: 1, start: '2022-05-01', year: 2022}, subject: 'shehbaz-sharif'}
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
  {of: 'pakistan', official: 'bilawal-bhutto-zardari', props: {date: '2022-04-27', end: '2023-08-31', from: '2022-04-27', key: 'office|bilawal-bhutto-zardari|pakistan|Foreign Minister|2022-04-27', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'Foreign Minister', source: 'dictionary', start: '2022-04-27', to: '2023-08', year: 2022}},
  {of: 'pakistan', official: 'imran-khan', props: {date: '2018-08-18', end: '2022-04-10', from: '2018-08-18', key: 'office|imran-khan|pakistan|Prime Minister|2018-08-18', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'Prime Minister', source: 'dictionary', start: '2018-08-18', to: '2022-04-10', year: 2018}},
  {of: 'russia', official: 'sergey-lavrov', props: {date: '2004-03-09', from: '2004-03-09', key: 'office|sergey-lavrov|russia|Foreign Minister|2004-03-09', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'Foreign Minister', source: 'dictionary', start: '2004-03-09', year: 2004}},
  {of: 'russia', official: 'sergey-lavrov', props: {date: '1994', end: '2004-12-31', from: '1994', key: 'office|sergey-lavrov|russia|Permanent Representative to the United Nations|1994', modality: 'asserted', precision: 'year', relation: 'holds_office', role: 'Permanent Representative to the United Nations', source: 'dictionary', start: '1994-01-01', to: '2004', year: 1994}},
  {of: 'pakistan', official: 'shehbaz-sharif', props: {date: '2022-04-11', end: '2023-08-14', from: '2022-04-11', key: 'office|shehbaz-sharif|pakistan|Prime Minister|2022-04-11', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'Prime Minister', source: 'dictionary', start: '2022-04-11', to: '2023-08-14', year: 2022}},
  {of: 'pakistan', official: 'shehbaz-sharif', props: {date: '2024-03-04', from: '2024-03-04', key: 'office|shehbaz-sharif|pakistan|Prime Minister|2024-03-04', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'Prime Minister', source: 'dictionary', start: '2024-03-04', year: 2024}},
  {of: 'russia', official: 'vladimir-putin', props: {date: '2012-05-07', from: '2012-05-07', key: 'office|vladimir-putin|russia|President|2012-05-07', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'President', source: 'dictionary', start: '2012-05-07', year: 2012}},
  {of: 'russia', official: 'vladimir-putin', props: {date: '1999-12-31', end: '2008-05-07', from: '1999-12-31', key: 'office|vladimir-putin|russia|President|1999-12-31', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'President', source: 'dictionary', start: '1999-12-31', to: '2008-05-07', year: 1999}},
  {of: 'russia', official: 'vladimir-putin', props: {date: '2008-05-08', end: '2012-05-07', from: '2008-05-08', key: 'office|vladimir-putin|russia|Prime Minister|2008-05-08', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'Prime Minister', source: 'dictionary', start: '2008-05-08', to: '2012-05-07', year: 2008}},
  {of: 'russia', official: 'vladimir-putin', props: {date: '1999-08-16', end: '1999-12-31', from: '1999-08-16', key: 'office|vladimir-putin|russia|Prime Minister|1999-08-16', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'Prime Minister', source: 'dictionary', start: '1999-08-16', to: '1999-12-31', year: 1999}},
  {of: 'fsb', official: 'vladimir-putin', props: {date: '1998-07-25', end: '1999-08-09', from: '1998-07-25', key: 'office|vladimir-putin|fsb|Director|1998-07-25', modality: 'asserted', precision: 'day', relation: 'holds_office', role: 'Director', source: 'dictionary', start: '1998-07-25', to: '1999-08-09', year: 1998}}
] AS r
MATCH (s:Actor {id: r.official})
MATCH (o:Actor {id: r.of})
MERGE (s)-[e:HOLDS_OFFICE {key: r.props.key}]->(o)
WITH e, r WHERE properties(e) <> r.props
SET e = r.props;

