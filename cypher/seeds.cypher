// geoalign graph for Neo4j 5.26: 5 documents, 63 facts.
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

// Document 1 of 5: '000_6c03606419eea82a', 11 facts, 9 edges

UNWIND [
  {aliases: ['Republic of India', 'Bharat', 'New Delhi', 'Delhi', 'South Block', 'Indo'], id: 'india', kind: 'country', name: 'India'},
  {aliases: ['Islamic Republic of Pakistan', 'Islamabad', 'Pak'], id: 'pakistan', kind: 'country', name: 'Pakistan'},
  {aliases: ['Russian Federation', 'Moscow', 'Kremlin', 'the Kremlin', 'Soviet Union', 'USSR', 'U.S.S.R.', 'Union of Soviet Socialist Republics', 'Russo'], id: 'russia', kind: 'country', name: 'Russia'},
  {aliases: ['United States of America', 'US', 'U.S.', 'USA', 'U.S.A.', 'America', 'Washington', 'White House', 'the White House', 'Pentagon', 'the Pentagon', 'State Department', 'US State Department', 'U.S. State Department', 'Capitol Hill'], id: 'united-states', kind: 'country', name: 'United States'}
] AS r
MERGE (a:Actor {id: r.id})
SET a:`Country`, a.name = r.name, a.kind = r.kind, a.aliases = r.aliases
REMOVE a:`Official`:`Institution`:`Group`:`Event`;

UNWIND [
  {aliases: ['Ajit Kumar Doval', 'Doval', 'Mr Doval', 'Mr. Doval', 'NSA Doval'], id: 'ajit-kumar-doval', kind: 'official', name: 'Ajit Doval'},
  {aliases: ['Hina Khar', 'Hina Rabbani', 'Ms Khar', 'Ms. Khar', 'Khar'], id: 'hina-rabbani-khar', kind: 'official', name: 'Hina Rabbani Khar'},
  {aliases: ['Sardar Masood Khan'], id: 'masood-khan', kind: 'official', name: 'Masood Khan'},
  {aliases: ['Nikolai Patrushev', 'Nikolai Platonovich Patrushev', 'Patrushev', 'Mr Patrushev', 'Mr. Patrushev'], id: 'nikolay-patrushev', kind: 'official', name: 'Nikolay Patrushev'},
  {aliases: ['Shahbaz Sharif', 'Mian Shehbaz Sharif', 'Muhammad Shehbaz Sharif', 'PM Shehbaz', 'Prime Minister Shehbaz', 'Premier Shehbaz', 'Shehbaz', 'PM Sharif', 'Prime Minister Sharif'], id: 'shehbaz-sharif', kind: 'official', name: 'Shehbaz Sharif'}
] AS r
MERGE (a:Actor {id: r.id})
SET a:`Official`, a.name = r.name, a.kind = r.kind, a.aliases = r.aliases
REMOVE a:`Country`:`Institution`:`Group`:`Event`;

UNWIND [
  {aliases: ['FSB'], id: 'fsb', kind: 'institution', name: 'Federal Security Service'},
  {aliases: ['UNGA', 'General Assembly', 'United Nations General Assembly', 'U.N. General Assembly'], id: 'un-general-assembly', kind: 'institution', name: 'UN General Assembly'}
] AS r
MERGE (a:Actor {id: r.id})
SET a:`Institution`, a.name = r.name, a.kind = r.kind, a.aliases = r.aliases
REMOVE a:`Country`:`Official`:`Group`:`Event`;

MATCH (d:Document {id: '000_6c03606419eea82a'})
UNWIND [k IN coalesce(d.edges, []) WHERE NOT k IN ['ajit-kumar-doval|holds_office|india|2023|asserted', 'ajit-kumar-doval|met|nikolay-patrushev|2023|asserted', 'hina-rabbani-khar|holds_office|pakistan|2023|asserted', 'india|supported|russia|2023|asserted', 'masood-khan|holds_office|pakistan|2023|asserted', 'pakistan|abstained|un-general-assembly|2023|asserted', 'pakistan|bought_from|russia|2023|asserted', 'pakistan|consulted|united-states|2023|claimed', 'shehbaz-sharif|holds_office|pakistan|2023|asserted']] AS k
WITH k, split(k, '|') AS part
MATCH (:Actor {id: part[0]})-[e]->(:Actor {id: part[2]})
WHERE e.key = k
WITH e, [i IN range(0, size(e.docs) - 1) WHERE e.docs[i] <> '000_6c03606419eea82a' | {doc: e.docs[i], sentence: e.sentences[i], evidence: e.evidences[i], date: e.citeDates[i], confidence: e.confidences[i], between: e.citeBetween[i], goods: e.citeGoods[i], role: e.citeRoles[i]}] AS cites
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

MERGE (d:Document {id: '000_6c03606419eea82a'})
SET d.title = 'Pakistan and US relations are uneasy, documents reveal', d.source = 'Greek City Times, reporting Dawn and The Washington Post on the leaked US documents', d.published = '2023-04', d.edges = ['ajit-kumar-doval|holds_office|india|2023|asserted', 'ajit-kumar-doval|met|nikolay-patrushev|2023|asserted', 'hina-rabbani-khar|holds_office|pakistan|2023|asserted', 'india|supported|russia|2023|asserted', 'masood-khan|holds_office|pakistan|2023|asserted', 'pakistan|abstained|un-general-assembly|2023|asserted', 'pakistan|bought_from|russia|2023|asserted', 'pakistan|consulted|united-states|2023|claimed', 'shehbaz-sharif|holds_office|pakistan|2023|asserted'];

UNWIND [
  {cites: [
    {between: '', confidence: 0.9, date: '2023-04', doc: '000_6c03606419eea82a', evidence: 'Pakistan is among the 32 countries that have abstained from voting every time a US-backed resolution on the Ukrainian conflict was raised in the UN General Assembly.', goods: '', role: '', sentence: 12}
  ], doc: '000_6c03606419eea82a', key: 'pakistan|abstained|un-general-assembly|2023|asserted', modality: 'asserted', object: 'un-general-assembly', relation: 'abstained', subject: 'pakistan'}
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
    {between: '', confidence: 0.9, date: '2023-04', doc: '000_6c03606419eea82a', evidence: 'Last week, Pakistan placed its first order for buying crude oil from Russia and its US Ambassador Masood Khan said Islamabad had consulted Washington before placing the order.', goods: 'buying crude oil', role: '', sentence: 15}
  ], doc: '000_6c03606419eea82a', key: 'pakistan|bought_from|russia|2023|asserted', modality: 'asserted', object: 'russia', relation: 'bought_from', subject: 'pakistan'}
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
    {between: '', confidence: 0.9, date: '2023-04', doc: '000_6c03606419eea82a', evidence: 'Last week, Pakistan placed its first order for buying crude oil from Russia and its US Ambassador Masood Khan said Islamabad had consulted Washington before placing the order.', goods: '', role: '', sentence: 15}
  ], doc: '000_6c03606419eea82a', key: 'pakistan|consulted|united-states|2023|claimed', modality: 'claimed', object: 'united-states', relation: 'consulted', subject: 'pakistan'}
] AS r
MATCH (s:Actor {id: r.subject})
MATCH (o:Actor {id: r.object})
MERGE (s)-[e:`CONSULTED` {key: r.key}]->(o)
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
    {between: '', confidence: 0.9, date: '2023-02-22', doc: '000_6c03606419eea82a', evidence: 'One leaked document details a Feb 22 conversation between Indian national security adviser Ajit Kumar Doval and his Russian counterpart, Nikolay Patrushev.', goods: '', role: 'National Security Adviser', sentence: 23}
  ], doc: '000_6c03606419eea82a', key: 'ajit-kumar-doval|holds_office|india|2023|asserted', modality: 'asserted', object: 'india', relation: 'holds_office', subject: 'ajit-kumar-doval'},
  {cites: [
    {between: '', confidence: 0.9, date: '2023-04', doc: '000_6c03606419eea82a', evidence: 'In one of the memos, Minister of State for Foreign Affairs Hina Rabbani Khar argues that Pakistan can “no longer try to maintain a middle ground between China and the United States.”', goods: '', role: 'Minister of State for Foreign Affairs', sentence: 4}
  ], doc: '000_6c03606419eea82a', key: 'hina-rabbani-khar|holds_office|pakistan|2023|asserted', modality: 'asserted', object: 'pakistan', relation: 'holds_office', subject: 'hina-rabbani-khar'},
  {cites: [
    {between: '', confidence: 0.9, date: '2023-04', doc: '000_6c03606419eea82a', evidence: 'Last week, Pakistan placed its first order for buying crude oil from Russia and its US Ambassador Masood Khan said Islamabad had consulted Washington before placing the order.', goods: '', role: 'Ambassador', sentence: 15}
  ], doc: '000_6c03606419eea82a', key: 'masood-khan|holds_office|pakistan|2023|asserted', modality: 'asserted', object: 'pakistan', relation: 'holds_office', subject: 'masood-khan'},
  {cites: [
    {between: '', confidence: 0.9, date: '2023-04', doc: '000_6c03606419eea82a', evidence: 'Leaked memos featuring PM Shehbaz, Khar show Islamabad is distancing itself from US positions on Beijing and Moscow', goods: '', role: 'Prime Minister', sentence: 8},
    {between: '', confidence: 0.9, date: '2023-02-17', doc: '000_6c03606419eea82a', evidence: 'Another document, dated February 17, details Prime Minister Shehbaz Sharif’s deliberations with a subordinate about an upcoming UN vote on the Ukraine conflict.', goods: '', role: 'Prime Minister', sentence: 10},
    {between: '', confidence: 0.9, date: '2023-04', doc: '000_6c03606419eea82a', evidence: 'In the memo, one of his aides advises PM Sharif that supporting the measure would signal a shift in Pakistan’s position following its earlier abstention on a similar resolution.', goods: '', role: 'Prime Minister', sentence: 13}
  ], doc: '000_6c03606419eea82a', key: 'shehbaz-sharif|holds_office|pakistan|2023|asserted', modality: 'asserted', object: 'pakistan', relation: 'holds_office', subject: 'shehbaz-sharif'}
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
  {cites: [
    {between: '', confidence: 0.0, date: '2023-02-22', doc: '000_6c03606419eea82a', evidence: 'One leaked document details a Feb 22 conversation between Indian national security adviser Ajit Kumar Doval and his Russian counterpart, Nikolay Patrushev.', goods: '', role: '', sentence: 23}
  ], doc: '000_6c03606419eea82a', key: 'ajit-kumar-doval|met|nikolay-patrushev|2023|asserted', modality: 'asserted', object: 'nikolay-patrushev', relation: 'met', subject: 'ajit-kumar-doval'}
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
  {cites: [
    {between: '', confidence: 0.9, date: '2023-04', doc: '000_6c03606419eea82a', evidence: 'Mr Doval assures Mr Patrushev of India’s support for Russia in multilateral venues and tells him that New Delhi would ensure the war does not come up during a Group of 20 meeting chaired by India, despite “considerable pressure” to do so.', goods: '', role: '', sentence: 24}
  ], doc: '000_6c03606419eea82a', key: 'india|supported|russia|2023|asserted', modality: 'asserted', object: 'russia', relation: 'supported', subject: 'india'}
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

UNWIND [
  {date: '2014-05-30', end: null, from: '2014-05-30', key: 'office|ajit-kumar-doval|india|National Security Adviser|2014-05-30', of: 'india', official: 'ajit-kumar-doval', precision: 'day', role: 'National Security Adviser', start: '2014-05-30', to: null, year: 2014},
  {date: '2004', end: '2005-12-31', from: '2004', key: 'office|ajit-kumar-doval|india|Director|2004', of: 'india', official: 'ajit-kumar-doval', precision: 'year', role: 'Director', start: '2004-01-01', to: '2005', year: 2004},
  {date: '2022-04', end: '2023-08-31', from: '2022-04', key: 'office|hina-rabbani-khar|pakistan|Minister of State for Foreign Affairs|2022-04', of: 'pakistan', official: 'hina-rabbani-khar', precision: 'month', role: 'Minister of State for Foreign Affairs', start: '2022-04-01', to: '2023-08', year: 2022},
  {date: '2011-07', end: '2013-03-31', from: '2011-07', key: 'office|hina-rabbani-khar|pakistan|Foreign Minister|2011-07', of: 'pakistan', official: 'hina-rabbani-khar', precision: 'month', role: 'Foreign Minister', start: '2011-07-01', to: '2013-03', year: 2011},
  {date: '2022', end: '2024-12-31', from: '2022', key: 'office|masood-khan|pakistan|Ambassador|2022', of: 'pakistan', official: 'masood-khan', precision: 'year', role: 'Ambassador', start: '2022-01-01', to: '2024', year: 2022},
  {date: '2012', end: '2015-12-31', from: '2012', key: 'office|masood-khan|pakistan|Permanent Representative to the United Nations|2012', of: 'pakistan', official: 'masood-khan', precision: 'year', role: 'Permanent Representative to the United Nations', start: '2012-01-01', to: '2015', year: 2012},
  {date: '2008-05-12', end: '2024-05-14', from: '2008-05-12', key: 'office|nikolay-patrushev|russia|Secretary of the Security Council|2008-05-12', of: 'russia', official: 'nikolay-patrushev', precision: 'day', role: 'Secretary of the Security Council', start: '2008-05-12', to: '2024-05-14', year: 2008},
  {date: '2024-05-14', end: null, from: '2024-05-14', key: 'office|nikolay-patrushev|russia|Presidential Aide|2024-05-14', of: 'russia', official: 'nikolay-patrushev', precision: 'day', role: 'Presidential Aide', start: '2024-05-14', to: null, year: 2024},
  {date: '1999-08-09', end: '2008-05-12', from: '1999-08-09', key: 'office|nikolay-patrushev|fsb|Director|1999-08-09', of: 'fsb', official: 'nikolay-patrushev', precision: 'day', role: 'Director', start: '1999-08-09', to: '2008-05-12', year: 1999},
  {date: '2022-04-11', end: '2023-08-14', from: '2022-04-11', key: 'office|shehbaz-sharif|pakistan|Prime Minister|2022-04-11', of: 'pakistan', official: 'shehbaz-sharif', precision: 'day', role: 'Prime Minister', start: '2022-04-11', to: '2023-08-14', year: 2022},
  {date: '2024-03-04', end: null, from: '2024-03-04', key: 'office|shehbaz-sharif|pakistan|Prime Minister|2024-03-04', of: 'pakistan', official: 'shehbaz-sharif', precision: 'day', role: 'Prime Minister', start: '2024-03-04', to: null, year: 2024}
] AS r
MATCH (s:Actor {id: r.official})
MATCH (o:Actor {id: r.of})
MERGE (s)-[e:HOLDS_OFFICE {key: r.key}]->(o)
SET e.relation = 'holds_office', e.modality = 'asserted', e.source = 'dictionary',
    e.role = r.role, e.from = r.from, e.to = r.to,
    e.date = r.date, e.precision = r.precision, e.start = r.start, e.end = r.end, e.year = r.year;

// Document 2 of 5: '001_aaeae834b6482961', 22 facts, 17 edges

UNWIND [
  {aliases: ['Islamic Republic of Pakistan', 'Islamabad', 'Pak'], id: 'pakistan', kind: 'country', name: 'Pakistan'},
  {aliases: ['Russian Federation', 'Moscow', 'Kremlin', 'the Kremlin', 'Soviet Union', 'USSR', 'U.S.S.R.', 'Union of Soviet Socialist Republics', 'Russo'], id: 'russia', kind: 'country', name: 'Russia'},
  {aliases: ['Kyiv', 'Kiev'], id: 'ukraine', kind: 'country', name: 'Ukraine'},
  {aliases: ['United States of America', 'US', 'U.S.', 'USA', 'U.S.A.', 'America', 'Washington', 'White House', 'the White House', 'Pentagon', 'the Pentagon', 'State Department', 'US State Department', 'U.S. State Department', 'Capitol Hill'], id: 'united-states', kind: 'country', name: 'United States'}
] AS r
MERGE (a:Actor {id: r.id})
SET a:`Country`, a.name = r.name, a.kind = r.kind, a.aliases = r.aliases
REMOVE a:`Official`:`Institution`:`Group`:`Event`;

UNWIND [
  {aliases: ['Anthony Blinken', 'Tony Blinken', 'Antony J. Blinken', 'Blinken', 'Secretary Blinken', 'Mr Blinken', 'Mr. Blinken'], id: 'antony-blinken', kind: 'official', name: 'Antony Blinken'},
  {aliases: ['Bilawal Bhutto-Zardari', 'Bilawal Bhutto', 'Bilawal Zardari', 'Bilawal', 'Foreign Minister Bhutto', 'FM Bilawal'], id: 'bilawal-bhutto-zardari', kind: 'official', name: 'Bilawal Bhutto Zardari'},
  {aliases: ['Donald J. Trump', 'Trump', 'President Trump', 'Mr Trump', 'Mr. Trump'], id: 'donald-trump', kind: 'official', name: 'Donald Trump'},
  {aliases: ['Imran Khan Niazi', 'Prime Minister Khan', 'PM Khan', 'PM Imran', 'Premier Imran'], id: 'imran-khan', kind: 'official', name: 'Imran Khan'},
  {aliases: ['Joseph Biden', 'Joseph R. Biden', 'Joseph R. Biden Jr.', 'Biden', 'President Biden', 'Mr Biden', 'Mr. Biden'], id: 'joe-biden', kind: 'official', name: 'Joe Biden'},
  {aliases: ['General Qamar Javed Bajwa', 'Gen Qamar Javed Bajwa', 'General Bajwa', 'Gen Bajwa', 'Bajwa'], id: 'qamar-javed-bajwa', kind: 'official', name: 'Qamar Javed Bajwa'},
  {aliases: ['Vladimir Vladimirovich Putin', 'Vladimir V. Putin', 'Putin', 'President Putin', 'Mr Putin', 'Mr. Putin'], id: 'vladimir-putin', kind: 'official', name: 'Vladimir Putin'}
] AS r
MERGE (a:Actor {id: r.id})
SET a:`Official`, a.name = r.name, a.kind = r.kind, a.aliases = r.aliases
REMOVE a:`Country`:`Institution`:`Group`:`Event`;

UNWIND [
  {aliases: ['FSB'], id: 'fsb', kind: 'institution', name: 'Federal Security Service'}
] AS r
MERGE (a:Actor {id: r.id})
SET a:`Institution`, a.name = r.name, a.kind = r.kind, a.aliases = r.aliases
REMOVE a:`Country`:`Official`:`Group`:`Event`;

UNWIND [
  {aliases: ['Afghan Taliban', 'Taleban', 'Islamic Emirate of Afghanistan', 'Islamic Emirate'], id: 'taliban', kind: 'group', name: 'Taliban'}
] AS r
MERGE (a:Actor {id: r.id})
SET a:`Group`, a.name = r.name, a.kind = r.kind, a.aliases = r.aliases
REMOVE a:`Country`:`Official`:`Institution`:`Event`;

MATCH (d:Document {id: '001_aaeae834b6482961'})
UNWIND [k IN coalesce(d.edges, []) WHERE NOT k IN ['antony-blinken|holds_office|united-states|2023|asserted', 'bilawal-bhutto-zardari|holds_office|pakistan|2023|asserted', 'donald-trump|cut_aid_to|pakistan|2018|asserted', 'donald-trump|holds_office|united-states|2018|asserted', 'imran-khan|holds_office|pakistan|2018|asserted', 'imran-khan|visited|russia|2023|asserted', 'joe-biden|holds_office|united-states|2023|asserted', 'pakistan|mediated|taliban|2020|asserted', 'pakistan|mediated|united-states|2020|asserted', 'pakistan|partnered_with|russia|2023|asserted', 'pakistan|partnered_with|united-states|2023|asserted', 'qamar-javed-bajwa|visited|russia|2018|asserted', 'russia|attacked|ukraine|2023|asserted', 'russia|lifted_embargo_on|pakistan|2014|asserted', 'united-states|cut_aid_to|pakistan|2018|asserted', 'united-states|gave_aid_to|pakistan|2023|asserted', 'vladimir-putin|holds_office|russia|2023|asserted']] AS k
WITH k, split(k, '|') AS part
MATCH (:Actor {id: part[0]})-[e]->(:Actor {id: part[2]})
WHERE e.key = k
WITH e, [i IN range(0, size(e.docs) - 1) WHERE e.docs[i] <> '001_aaeae834b6482961' | {doc: e.docs[i], sentence: e.sentences[i], evidence: e.evidences[i], date: e.citeDates[i], confidence: e.confidences[i], between: e.citeBetween[i], goods: e.citeGoods[i], role: e.citeRoles[i]}] AS cites
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

MERGE (d:Document {id: '001_aaeae834b6482961'})
SET d.title = 'Diplomatic Complexity: Pakistan\'s relations with Russia and the United States', d.source = 'Global Foreign Policies Review VI(III), Ishfaq, Ashfaq & Ashfaq', d.published = '2023', d.edges = ['antony-blinken|holds_office|united-states|2023|asserted', 'bilawal-bhutto-zardari|holds_office|pakistan|2023|asserted', 'donald-trump|cut_aid_to|pakistan|2018|asserted', 'donald-trump|holds_office|united-states|2018|asserted', 'imran-khan|holds_office|pakistan|2018|asserted', 'imran-khan|visited|russia|2023|asserted', 'joe-biden|holds_office|united-states|2023|asserted', 'pakistan|mediated|taliban|2020|asserted', 'pakistan|mediated|united-states|2020|asserted', 'pakistan|partnered_with|russia|2023|asserted', 'pakistan|partnered_with|united-states|2023|asserted', 'qamar-javed-bajwa|visited|russia|2018|asserted', 'russia|attacked|ukraine|2023|asserted', 'russia|lifted_embargo_on|pakistan|2014|asserted', 'united-states|cut_aid_to|pakistan|2018|asserted', 'united-states|gave_aid_to|pakistan|2023|asserted', 'vladimir-putin|holds_office|russia|2023|asserted'];

UNWIND [
  {cites: [
    {between: '', confidence: 0.9, date: '2023', doc: '001_aaeae834b6482961', evidence: 'Foreign Minister Bhutto\'s visit to New York, which came just weeks after Prime Minister Khan\'s visit to Moscow during that country\'s invasion of Ukraine, demonstrates how much Pakistan values America during these pivotal years of great power struggle.', goods: '', role: '', sentence: 61}
  ], doc: '001_aaeae834b6482961', key: 'russia|attacked|ukraine|2023|asserted', modality: 'asserted', object: 'ukraine', relation: 'attacked', subject: 'russia'}
] AS r
MATCH (s:Actor {id: r.subject})
MATCH (o:Actor {id: r.object})
MERGE (s)-[e:`ATTACKED` {key: r.key}]->(o)
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
    {between: '', confidence: 0.9, date: '2018', doc: '001_aaeae834b6482961', evidence: 'The relationship between Pakistan and the United States reached a record low in 2018 when then-President Donald Trump cut defence aid to Pakistan.', goods: '', role: '', sentence: 22}
  ], doc: '001_aaeae834b6482961', key: 'donald-trump|cut_aid_to|pakistan|2018|asserted', modality: 'asserted', object: 'pakistan', relation: 'cut_aid_to', subject: 'donald-trump'},
  {cites: [
    {between: '', confidence: 0.9, date: '2018-04', doc: '001_aaeae834b6482961', evidence: 'Following that, US military assistance to Pakistan ceased during the Trump administration (Khan, 2021).', goods: '', role: '', sentence: 128}
  ], doc: '001_aaeae834b6482961', key: 'united-states|cut_aid_to|pakistan|2018|asserted', modality: 'asserted', object: 'pakistan', relation: 'cut_aid_to', subject: 'united-states'}
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
    {between: '', confidence: 0.9, date: '2023', doc: '001_aaeae834b6482961', evidence: 'In the region, the US and Pakistan established a strategic alliance, with the US providing major military and financial support to Pakistan.', goods: '', role: '', sentence: 16}
  ], doc: '001_aaeae834b6482961', key: 'united-states|gave_aid_to|pakistan|2023|asserted', modality: 'asserted', object: 'pakistan', relation: 'gave_aid_to', subject: 'united-states'}
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
    {between: '', confidence: 0.7, date: '2023', doc: '001_aaeae834b6482961', evidence: 'Shortly after Shehbaz assumed the country\'s leadership, US Ambassador Antony Blinken greeted the new leader and reiterated that "America sees a powerful, flourishing, and democratic Pakistan as vital for the well-being of both our countries".', goods: '', role: 'Ambassador', sentence: 51}
  ], doc: '001_aaeae834b6482961', key: 'antony-blinken|holds_office|united-states|2023|asserted', modality: 'asserted', object: 'united-states', relation: 'holds_office', subject: 'antony-blinken'},
  {cites: [
    {between: '', confidence: 0.9, date: '2023-05-18', doc: '001_aaeae834b6482961', evidence: 'After speaking with Pakistan\'s newly elected foreign minister, Bilawal Bhutto Zardari, Secretary Blinken invited him to a ministerial session on the "Global Food Security Call to Action" on May 18 at the UN headquarters in New York.', goods: '', role: 'Foreign Minister', sentence: 53},
    {between: '', confidence: 0.9, date: '2023', doc: '001_aaeae834b6482961', evidence: 'Foreign Minister Bhutto\'s visit to New York, which came just weeks after Prime Minister Khan\'s visit to Moscow during that country\'s invasion of Ukraine, demonstrates how much Pakistan values America during these pivotal years of great power struggle.', goods: '', role: 'Foreign Minister', sentence: 61}
  ], doc: '001_aaeae834b6482961', key: 'bilawal-bhutto-zardari|holds_office|pakistan|2023|asserted', modality: 'asserted', object: 'pakistan', relation: 'holds_office', subject: 'bilawal-bhutto-zardari'},
  {cites: [
    {between: '', confidence: 0.9, date: '2018', doc: '001_aaeae834b6482961', evidence: 'The relationship between Pakistan and the United States reached a record low in 2018 when then-President Donald Trump cut defence aid to Pakistan.', goods: '', role: 'President', sentence: 22},
    {between: '', confidence: 0.9, date: '2018-04', doc: '001_aaeae834b6482961', evidence: 'US President Donald Trump terminated Islamabad\'s participation in the US International Military Education Program as a result of the regular military delegation exchanges between Russia and Pakistan.', goods: '', role: 'President', sentence: 127}
  ], doc: '001_aaeae834b6482961', key: 'donald-trump|holds_office|united-states|2018|asserted', modality: 'asserted', object: 'united-states', relation: 'holds_office', subject: 'donald-trump'},
  {cites: [
    {between: '', confidence: 0.9, date: '2018-08-18', doc: '001_aaeae834b6482961', evidence: 'Relations with Pakistan soured as soon as Joe Biden\'s government assumed office because Biden neglected to call Prime Minister Imran Khan, which irritated him and sparked a discussion.', goods: '', role: 'Prime Minister', sentence: 27},
    {between: '', confidence: 0.9, date: '2018-08-18', doc: '001_aaeae834b6482961', evidence: 'Foreign Minister Bhutto\'s visit to New York, which came just weeks after Prime Minister Khan\'s visit to Moscow during that country\'s invasion of Ukraine, demonstrates how much Pakistan values America during these pivotal years of great power struggle.', goods: '', role: 'Prime Minister', sentence: 61},
    {between: '', confidence: 0.9, date: '2018-08-18', doc: '001_aaeae834b6482961', evidence: 'this regard, Ex- PM Imran Khan\'s visit is an indication of Moscow\'s', goods: '', role: 'Prime Minister', sentence: 138}
  ], doc: '001_aaeae834b6482961', key: 'imran-khan|holds_office|pakistan|2018|asserted', modality: 'asserted', object: 'pakistan', relation: 'holds_office', subject: 'imran-khan'},
  {cites: [
    {between: '', confidence: 0.9, date: '2023', doc: '001_aaeae834b6482961', evidence: 'Positive contacts have always existed between US President Joe Biden and the Pakistan People\'s Party (PPP), the alliance partners of Sharif\'s PML-N, and it is likely that they will continue to do so in an effort to repair the damaged relationships (Craig, 2015).', goods: '', role: 'President', sentence: 46}
  ], doc: '001_aaeae834b6482961', key: 'joe-biden|holds_office|united-states|2023|asserted', modality: 'asserted', object: 'united-states', relation: 'holds_office', subject: 'joe-biden'},
  {cites: [
    {between: '', confidence: 0.9, date: '2023', doc: '001_aaeae834b6482961', evidence: 'Russian President Putin\'s vision has', goods: '', role: 'President', sentence: 135}
  ], doc: '001_aaeae834b6482961', key: 'vladimir-putin|holds_office|russia|2023|asserted', modality: 'asserted', object: 'russia', relation: 'holds_office', subject: 'vladimir-putin'}
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
  {cites: [
    {between: '', confidence: 0.9, date: '2014', doc: '001_aaeae834b6482961', evidence: 'A major shift in bilateral defence relations occurred in 2014 when Russia decided to lift its embargo on arms sales to Pakistan (Hussain & Fatima, 2015).', goods: '', role: '', sentence: 71}
  ], doc: '001_aaeae834b6482961', key: 'russia|lifted_embargo_on|pakistan|2014|asserted', modality: 'asserted', object: 'pakistan', relation: 'lifted_embargo_on', subject: 'russia'}
] AS r
MATCH (s:Actor {id: r.subject})
MATCH (o:Actor {id: r.object})
MERGE (s)-[e:`LIFTED_EMBARGO_ON` {key: r.key}]->(o)
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
    {between: 'taliban,united-states', confidence: 0.8, date: '2020', doc: '001_aaeae834b6482961', evidence: 'The 2020 Doha Accord and America\'s withdrawal from Afghanistan were made possible as a result of the discussions between the US and the Afghan Taliban, which were mediated by Pakistan.', goods: '', role: '', sentence: 24}
  ], doc: '001_aaeae834b6482961', key: 'pakistan|mediated|taliban|2020|asserted', modality: 'asserted', object: 'taliban', relation: 'mediated', subject: 'pakistan'},
  {cites: [
    {between: 'taliban,united-states', confidence: 0.8, date: '2020', doc: '001_aaeae834b6482961', evidence: 'The 2020 Doha Accord and America\'s withdrawal from Afghanistan were made possible as a result of the discussions between the US and the Afghan Taliban, which were mediated by Pakistan.', goods: '', role: '', sentence: 24}
  ], doc: '001_aaeae834b6482961', key: 'pakistan|mediated|united-states|2020|asserted', modality: 'asserted', object: 'united-states', relation: 'mediated', subject: 'pakistan'}
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
    {between: '', confidence: 0.0, date: '2023', doc: '001_aaeae834b6482961', evidence: 'An essential element of the developing partnership between Russia and Pakistan has been defence ties.', goods: '', role: '', sentence: 69}
  ], doc: '001_aaeae834b6482961', key: 'pakistan|partnered_with|russia|2023|asserted', modality: 'asserted', object: 'russia', relation: 'partnered_with', subject: 'pakistan'},
  {cites: [
    {between: '', confidence: 0.9, date: '2023', doc: '001_aaeae834b6482961', evidence: 'The changing dynamics between Pakistan and Russia have important ramifications for both the surrounding area and Pakistan\'s long-standing alliance with the US.', goods: '', role: '', sentence: 12},
    {between: '', confidence: 0.9, date: '2023', doc: '001_aaeae834b6482961', evidence: 'In the region, the US and Pakistan established a strategic alliance, with the US providing major military and financial support to Pakistan.', goods: '', role: '', sentence: 16}
  ], doc: '001_aaeae834b6482961', key: 'pakistan|partnered_with|united-states|2023|asserted', modality: 'asserted', object: 'united-states', relation: 'partnered_with', subject: 'pakistan'}
] AS r
MATCH (s:Actor {id: r.subject})
MATCH (o:Actor {id: r.object})
MERGE (s)-[e:`PARTNERED_WITH` {key: r.key}]->(o)
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
    {between: '', confidence: 0.9, date: '2023', doc: '001_aaeae834b6482961', evidence: 'Foreign Minister Bhutto\'s visit to New York, which came just weeks after Prime Minister Khan\'s visit to Moscow during that country\'s invasion of Ukraine, demonstrates how much Pakistan values America during these pivotal years of great power struggle.', goods: '', role: '', sentence: 61}
  ], doc: '001_aaeae834b6482961', key: 'imran-khan|visited|russia|2023|asserted', modality: 'asserted', object: 'russia', relation: 'visited', subject: 'imran-khan'},
  {cites: [
    {between: '', confidence: 0.9, date: '2018-04', doc: '001_aaeae834b6482961', evidence: 'General Qamar Javed Bajwa, the head of Pakistan\'s army, visited Russia in April 2018 and the two nations established a Joint Military Commission.', goods: '', role: '', sentence: 124}
  ], doc: '001_aaeae834b6482961', key: 'qamar-javed-bajwa|visited|russia|2018|asserted', modality: 'asserted', object: 'russia', relation: 'visited', subject: 'qamar-javed-bajwa'}
] AS r
MATCH (s:Actor {id: r.subject})
MATCH (o:Actor {id: r.object})
MERGE (s)-[e:`VISITED` {key: r.key}]->(o)
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
  {date: '2021-01-26', end: '2025-01-20', from: '2021-01-26', key: 'office|antony-blinken|united-states|Secretary of State|2021-01-26', of: 'united-states', official: 'antony-blinken', precision: 'day', role: 'Secretary of State', start: '2021-01-26', to: '2025-01-20', year: 2021},
  {date: '2015-01-09', end: '2017-01-20', from: '2015-01-09', key: 'office|antony-blinken|united-states|Deputy Secretary of State|2015-01-09', of: 'united-states', official: 'antony-blinken', precision: 'day', role: 'Deputy Secretary of State', start: '2015-01-09', to: '2017-01-20', year: 2015},
  {date: '2022-04-27', end: '2023-08-31', from: '2022-04-27', key: 'office|bilawal-bhutto-zardari|pakistan|Foreign Minister|2022-04-27', of: 'pakistan', official: 'bilawal-bhutto-zardari', precision: 'day', role: 'Foreign Minister', start: '2022-04-27', to: '2023-08', year: 2022},
  {date: '2017-01-20', end: '2021-01-20', from: '2017-01-20', key: 'office|donald-trump|united-states|President|2017-01-20', of: 'united-states', official: 'donald-trump', precision: 'day', role: 'President', start: '2017-01-20', to: '2021-01-20', year: 2017},
  {date: '2025-01-20', end: null, from: '2025-01-20', key: 'office|donald-trump|united-states|President|2025-01-20', of: 'united-states', official: 'donald-trump', precision: 'day', role: 'President', start: '2025-01-20', to: null, year: 2025},
  {date: '2018-08-18', end: '2022-04-10', from: '2018-08-18', key: 'office|imran-khan|pakistan|Prime Minister|2018-08-18', of: 'pakistan', official: 'imran-khan', precision: 'day', role: 'Prime Minister', start: '2018-08-18', to: '2022-04-10', year: 2018},
  {date: '2021-01-20', end: '2025-01-20', from: '2021-01-20', key: 'office|joe-biden|united-states|President|2021-01-20', of: 'united-states', official: 'joe-biden', precision: 'day', role: 'President', start: '2021-01-20', to: '2025-01-20', year: 2021},
  {date: '2009-01-20', end: '2017-01-20', from: '2009-01-20', key: 'office|joe-biden|united-states|Vice President|2009-01-20', of: 'united-states', official: 'joe-biden', precision: 'day', role: 'Vice President', start: '2009-01-20', to: '2017-01-20', year: 2009},
  {date: '2016-11-29', end: '2022-11-29', from: '2016-11-29', key: 'office|qamar-javed-bajwa|pakistan|Chief of Army Staff|2016-11-29', of: 'pakistan', official: 'qamar-javed-bajwa', precision: 'day', role: 'Chief of Army Staff', start: '2016-11-29', to: '2022-11-29', year: 2016},
  {date: '2012-05-07', end: null, from: '2012-05-07', key: 'office|vladimir-putin|russia|President|2012-05-07', of: 'russia', official: 'vladimir-putin', precision: 'day', role: 'President', start: '2012-05-07', to: null, year: 2012},
  {date: '1999-12-31', end: '2008-05-07', from: '1999-12-31', key: 'office|vladimir-putin|russia|President|1999-12-31', of: 'russia', official: 'vladimir-putin', precision: 'day', role: 'President', start: '1999-12-31', to: '2008-05-07', year: 1999},
  {date: '2008-05-08', end: '2012-05-07', from: '2008-05-08', key: 'office|vladimir-putin|russia|Prime Minister|2008-05-08', of: 'russia', official: 'vladimir-putin', precision: 'day', role: 'Prime Minister', start: '2008-05-08', to: '2012-05-07', year: 2008},
  {date: '1999-08-16', end: '1999-12-31', from: '1999-08-16', key: 'office|vladimir-putin|russia|Prime Minister|1999-08-16', of: 'russia', official: 'vladimir-putin', precision: 'day', role: 'Prime Minister', start: '1999-08-16', to: '1999-12-31', year: 1999},
  {date: '1998-07-25', end: '1999-08-09', from: '1998-07-25', key: 'office|vladimir-putin|fsb|Director|1998-07-25', of: 'fsb', official: 'vladimir-putin', precision: 'day', role: 'Director', start: '1998-07-25', to: '1999-08-09', year: 1998}
] AS r
MATCH (s:Actor {id: r.official})
MATCH (o:Actor {id: r.of})
MERGE (s)-[e:HOLDS_OFFICE {key: r.key}]->(o)
SET e.relation = 'holds_office', e.modality = 'asserted', e.source = 'dictionary',
    e.role = r.role, e.from = r.from, e.to = r.to,
    e.date = r.date, e.precision = r.precision, e.start = r.start, e.end = r.end, e.year = r.year;

// Document 3 of 5: '002_b91fe7183a7eb176', 15 facts, 15 edges

UNWIND [
  {aliases: ['People\'s Republic of China', 'People’s Republic of China', 'PRC', 'P.R.C.', 'Mainland China', 'Beijing', 'Zhongnanhai', 'Sino'], id: 'china', kind: 'country', name: 'China'},
  {aliases: ['Islamic Republic of Iran', 'Tehran', 'Teheran'], id: 'iran', kind: 'country', name: 'Iran'},
  {aliases: ['Islamic Republic of Pakistan', 'Islamabad', 'Pak'], id: 'pakistan', kind: 'country', name: 'Pakistan'},
  {aliases: ['Kingdom of Saudi Arabia', 'KSA', 'Riyadh'], id: 'saudi-arabia', kind: 'country', name: 'Saudi Arabia'},
  {aliases: ['United States of America', 'US', 'U.S.', 'USA', 'U.S.A.', 'America', 'Washington', 'White House', 'the White House', 'Pentagon', 'the Pentagon', 'State Department', 'US State Department', 'U.S. State Department', 'Capitol Hill'], id: 'united-states', kind: 'country', name: 'United States'}
] AS r
MERGE (a:Actor {id: r.id})
SET a:`Country`, a.name = r.name, a.kind = r.kind, a.aliases = r.aliases
REMOVE a:`Official`:`Institution`:`Group`:`Event`;

UNWIND [
  {aliases: ['Anthony Blinken', 'Tony Blinken', 'Antony J. Blinken', 'Blinken', 'Secretary Blinken', 'Mr Blinken', 'Mr. Blinken'], id: 'antony-blinken', kind: 'official', name: 'Antony Blinken'},
  {aliases: ['Bilawal Bhutto-Zardari', 'Bilawal Bhutto', 'Bilawal Zardari', 'Bilawal', 'Foreign Minister Bhutto', 'FM Bilawal'], id: 'bilawal-bhutto-zardari', kind: 'official', name: 'Bilawal Bhutto Zardari'},
  {aliases: ['Muhammad Ishaq Dar', 'Mohammad Ishaq Dar', 'Dar', 'Mr Dar', 'Mr. Dar', 'Finance Minister Dar', 'Foreign Minister Dar'], id: 'ishaq-dar', kind: 'official', name: 'Ishaq Dar'},
  {aliases: ['Osama bin Ladin', 'Usama bin Laden', 'Usama bin Ladin', 'Osama Bin Laden', 'bin Laden', 'Bin Laden', 'bin Ladin', 'Osama'], id: 'osama-bin-laden', kind: 'official', name: 'Osama bin Laden'},
  {aliases: ['Shahbaz Sharif', 'Mian Shehbaz Sharif', 'Muhammad Shehbaz Sharif', 'PM Shehbaz', 'Prime Minister Shehbaz', 'Premier Shehbaz', 'Shehbaz', 'PM Sharif', 'Prime Minister Sharif'], id: 'shehbaz-sharif', kind: 'official', name: 'Shehbaz Sharif'}
] AS r
MERGE (a:Actor {id: r.id})
SET a:`Official`, a.name = r.name, a.kind = r.kind, a.aliases = r.aliases
REMOVE a:`Country`:`Institution`:`Group`:`Event`;

UNWIND [
  {aliases: ['CIA'], id: 'cia', kind: 'institution', name: 'Central Intelligence Agency'},
  {aliases: ['North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'Nato'], id: 'nato', kind: 'institution', name: 'NATO'}
] AS r
MERGE (a:Actor {id: r.id})
SET a:`Institution`, a.name = r.name, a.kind = r.kind, a.aliases = r.aliases
REMOVE a:`Country`:`Official`:`Group`:`Event`;

UNWIND [
  {aliases: ['al-Qaeda', 'Al Qaeda', 'al Qaeda', 'Al-Qaida', 'al-Qaida', 'Al Qaida', 'al Qaida', 'Al-Qa\'ida', 'Al-Qa’ida', 'al-Qa\'ida', 'al-Qa’ida', 'Al-Qaidah'], id: 'al-qaeda', kind: 'group', name: 'Al-Qaeda'}
] AS r
MERGE (a:Actor {id: r.id})
SET a:`Group`, a.name = r.name, a.kind = r.kind, a.aliases = r.aliases
REMOVE a:`Country`:`Official`:`Institution`:`Event`;

UNWIND [
  {aliases: ['Democracy Summit'], id: 'summit-for-democracy', kind: 'event', name: 'Summit for Democracy'}
] AS r
MERGE (a:Actor {id: r.id})
SET a:`Event`, a.name = r.name, a.kind = r.kind, a.aliases = r.aliases
REMOVE a:`Country`:`Official`:`Institution`:`Group`;

MATCH (d:Document {id: '002_b91fe7183a7eb176'})
UNWIND [k IN coalesce(d.edges, []) WHERE NOT k IN ['antony-blinken|holds_office|united-states|2022|asserted', 'antony-blinken|met|bilawal-bhutto-zardari|2022|asserted', 'bilawal-bhutto-zardari|holds_office|pakistan|2023|asserted', 'bilawal-bhutto-zardari|visited|united-states|2023|asserted', 'china|mediated|iran|2023|asserted', 'china|mediated|saudi-arabia|2023|asserted', 'china|partnered_with|pakistan|2011|asserted', 'cia|attacked|pakistan|2011|asserted', 'ishaq-dar|holds_office|pakistan|2023|asserted', 'ishaq-dar|visited|united-states|2023|negated', 'nato|attacked|pakistan|2011|asserted', 'osama-bin-laden|holds_office|al-qaeda|2011|asserted', 'pakistan|blocked|nato|2011|asserted', 'pakistan|declined|summit-for-democracy|2023|asserted', 'shehbaz-sharif|holds_office|pakistan|2023|asserted']] AS k
WITH k, split(k, '|') AS part
MATCH (:Actor {id: part[0]})-[e]->(:Actor {id: part[2]})
WHERE e.key = k
WITH e, [i IN range(0, size(e.docs) - 1) WHERE e.docs[i] <> '002_b91fe7183a7eb176' | {doc: e.docs[i], sentence: e.sentences[i], evidence: e.evidences[i], date: e.citeDates[i], confidence: e.confidences[i], between: e.citeBetween[i], goods: e.citeGoods[i], role: e.citeRoles[i]}] AS cites
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

MERGE (d:Document {id: '002_b91fe7183a7eb176'})
SET d.title = 'Pakistan aims to placate the US amid fresh misunderstandings', d.source = 'The Nation, Islamabad', d.published = '2023-04', d.edges = ['antony-blinken|holds_office|united-states|2022|asserted', 'antony-blinken|met|bilawal-bhutto-zardari|2022|asserted', 'bilawal-bhutto-zardari|holds_office|pakistan|2023|asserted', 'bilawal-bhutto-zardari|visited|united-states|2023|asserted', 'china|mediated|iran|2023|asserted', 'china|mediated|saudi-arabia|2023|asserted', 'china|partnered_with|pakistan|2011|asserted', 'cia|attacked|pakistan|2011|asserted', 'ishaq-dar|holds_office|pakistan|2023|asserted', 'ishaq-dar|visited|united-states|2023|negated', 'nato|attacked|pakistan|2011|asserted', 'osama-bin-laden|holds_office|al-qaeda|2011|asserted', 'pakistan|blocked|nato|2011|asserted', 'pakistan|declined|summit-for-democracy|2023|asserted', 'shehbaz-sharif|holds_office|pakistan|2023|asserted'];

UNWIND [
  {cites: [
    {between: '', confidence: 0.8, date: '2011', doc: '002_b91fe7183a7eb176', evidence: 'It began with the killing of two young Pakistanis by a Central Intelligence Agency contractor, who was then detained for nearly two months.', goods: '', role: '', sentence: 18}
  ], doc: '002_b91fe7183a7eb176', key: 'cia|attacked|pakistan|2011|asserted', modality: 'asserted', object: 'pakistan', relation: 'attacked', subject: 'cia'},
  {cites: [
    {between: '', confidence: 0.8, date: '2011', doc: '002_b91fe7183a7eb176', evidence: 'The year concluded with the killing of over two dozen Pakistani soldiers by NATO forces at the Salala border post near Afghanistan.', goods: '', role: '', sentence: 21}
  ], doc: '002_b91fe7183a7eb176', key: 'nato|attacked|pakistan|2011|asserted', modality: 'asserted', object: 'pakistan', relation: 'attacked', subject: 'nato'}
] AS r
MATCH (s:Actor {id: r.subject})
MATCH (o:Actor {id: r.object})
MERGE (s)-[e:`ATTACKED` {key: r.key}]->(o)
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
    {between: '', confidence: 0.9, date: '2011', doc: '002_b91fe7183a7eb176', evidence: 'In response, Pakistan shut down the NATO supply route into Afghanistan for seven months.', goods: '', role: '', sentence: 22}
  ], doc: '002_b91fe7183a7eb176', key: 'pakistan|blocked|nato|2011|asserted', modality: 'asserted', object: 'nato', relation: 'blocked', subject: 'pakistan'}
] AS r
MATCH (s:Actor {id: r.subject})
MATCH (o:Actor {id: r.object})
MERGE (s)-[e:`BLOCKED` {key: r.key}]->(o)
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
    {between: '', confidence: 0.9, date: '2023-03', doc: '002_b91fe7183a7eb176', evidence: 'Last month, Pakistan had declined to attend the second Summit for Democracy, hosted by the United States, saying it would instead engage bilaterally with Washington on democracy.', goods: '', role: '', sentence: 9}
  ], doc: '002_b91fe7183a7eb176', key: 'pakistan|declined|summit-for-democracy|2023|asserted', modality: 'asserted', object: 'summit-for-democracy', relation: 'declined', subject: 'pakistan'}
] AS r
MATCH (s:Actor {id: r.subject})
MATCH (o:Actor {id: r.object})
MERGE (s)-[e:`DECLINED` {key: r.key}]->(o)
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
    {between: '', confidence: 0.9, date: '2022-12', doc: '002_b91fe7183a7eb176', evidence: 'During a visit in December, Bilawal spent 10 days in the US and only managed to speak with Secretary of State Antony Blinken by phone, though the two men were both in Washington.', goods: '', role: 'Secretary of State', sentence: 33}
  ], doc: '002_b91fe7183a7eb176', key: 'antony-blinken|holds_office|united-states|2022|asserted', modality: 'asserted', object: 'united-states', relation: 'holds_office', subject: 'antony-blinken'},
  {cites: [
    {between: '', confidence: 0.9, date: '2023', doc: '002_b91fe7183a7eb176', evidence: 'Foreign Minister Bilawal Bhutto Zardari recently completed his fifth visit to the US in the past year.', goods: '', role: 'Foreign Minister', sentence: 32}
  ], doc: '002_b91fe7183a7eb176', key: 'bilawal-bhutto-zardari|holds_office|pakistan|2023|asserted', modality: 'asserted', object: 'pakistan', relation: 'holds_office', subject: 'bilawal-bhutto-zardari'},
  {cites: [
    {between: '', confidence: 0.9, date: '2023-04', doc: '002_b91fe7183a7eb176', evidence: 'Over the weekend, Finance Minister Ishaq Dar cancelled his trip to Washington for the spring meetings of the IMF and World Bank on the orders of Prime Minister Shehbaz Sharif due to the political situation in the country.', goods: '', role: 'Finance Minister', sentence: 7}
  ], doc: '002_b91fe7183a7eb176', key: 'ishaq-dar|holds_office|pakistan|2023|asserted', modality: 'asserted', object: 'pakistan', relation: 'holds_office', subject: 'ishaq-dar'},
  {cites: [
    {between: '', confidence: 0.9, date: '2011-05', doc: '002_b91fe7183a7eb176', evidence: 'Then came the Abbottabad raid in May, when US special forces killed Al-Qaeda leader Osama bin Ladin.', goods: '', role: 'Leader', sentence: 19}
  ], doc: '002_b91fe7183a7eb176', key: 'osama-bin-laden|holds_office|al-qaeda|2011|asserted', modality: 'asserted', object: 'al-qaeda', relation: 'holds_office', subject: 'osama-bin-laden'},
  {cites: [
    {between: '', confidence: 0.9, date: '2023-04', doc: '002_b91fe7183a7eb176', evidence: 'Over the weekend, Finance Minister Ishaq Dar cancelled his trip to Washington for the spring meetings of the IMF and World Bank on the orders of Prime Minister Shehbaz Sharif due to the political situation in the country.', goods: '', role: 'Prime Minister', sentence: 7}
  ], doc: '002_b91fe7183a7eb176', key: 'shehbaz-sharif|holds_office|pakistan|2023|asserted', modality: 'asserted', object: 'pakistan', relation: 'holds_office', subject: 'shehbaz-sharif'}
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
  {cites: [
    {between: 'iran,saudi-arabia', confidence: 0.9, date: '2023-03', doc: '002_b91fe7183a7eb176', evidence: 'Last month, China made its foray into Middle East diplomacy by brokering the Iran-Saudi Arabia normalisation agreement.', goods: '', role: '', sentence: 14}
  ], doc: '002_b91fe7183a7eb176', key: 'china|mediated|iran|2023|asserted', modality: 'asserted', object: 'iran', relation: 'mediated', subject: 'china'},
  {cites: [
    {between: 'iran,saudi-arabia', confidence: 0.9, date: '2023-03', doc: '002_b91fe7183a7eb176', evidence: 'Last month, China made its foray into Middle East diplomacy by brokering the Iran-Saudi Arabia normalisation agreement.', goods: '', role: '', sentence: 14}
  ], doc: '002_b91fe7183a7eb176', key: 'china|mediated|saudi-arabia|2023|asserted', modality: 'asserted', object: 'saudi-arabia', relation: 'mediated', subject: 'china'}
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
    {between: '', confidence: 0.9, date: '2022-12', doc: '002_b91fe7183a7eb176', evidence: 'During a visit in December, Bilawal spent 10 days in the US and only managed to speak with Secretary of State Antony Blinken by phone, though the two men were both in Washington.', goods: '', role: '', sentence: 33}
  ], doc: '002_b91fe7183a7eb176', key: 'antony-blinken|met|bilawal-bhutto-zardari|2022|asserted', modality: 'asserted', object: 'bilawal-bhutto-zardari', relation: 'met', subject: 'antony-blinken'}
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
  {cites: [
    {between: '', confidence: 0.9, date: '2011', doc: '002_b91fe7183a7eb176', evidence: 'At the same time, Pakistan’s traditionally Western-centric national security elite moved to deepen their partnership with China, already a long-time partner.', goods: '', role: '', sentence: 25}
  ], doc: '002_b91fe7183a7eb176', key: 'china|partnered_with|pakistan|2011|asserted', modality: 'asserted', object: 'pakistan', relation: 'partnered_with', subject: 'china'}
] AS r
MATCH (s:Actor {id: r.subject})
MATCH (o:Actor {id: r.object})
MERGE (s)-[e:`PARTNERED_WITH` {key: r.key}]->(o)
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
    {between: '', confidence: 0.9, date: '2023', doc: '002_b91fe7183a7eb176', evidence: 'Foreign Minister Bilawal Bhutto Zardari recently completed his fifth visit to the US in the past year.', goods: '', role: '', sentence: 32}
  ], doc: '002_b91fe7183a7eb176', key: 'bilawal-bhutto-zardari|visited|united-states|2023|asserted', modality: 'asserted', object: 'united-states', relation: 'visited', subject: 'bilawal-bhutto-zardari'},
  {cites: [
    {between: '', confidence: 0.9, date: '2023-04', doc: '002_b91fe7183a7eb176', evidence: 'Over the weekend, Finance Minister Ishaq Dar cancelled his trip to Washington for the spring meetings of the IMF and World Bank on the orders of Prime Minister Shehbaz Sharif due to the political situation in the country.', goods: '', role: '', sentence: 7}
  ], doc: '002_b91fe7183a7eb176', key: 'ishaq-dar|visited|united-states|2023|negated', modality: 'negated', object: 'united-states', relation: 'visited', subject: 'ishaq-dar'}
] AS r
MATCH (s:Actor {id: r.subject})
MATCH (o:Actor {id: r.object})
MERGE (s)-[e:`VISITED` {key: r.key}]->(o)
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
  {date: '2021-01-26', end: '2025-01-20', from: '2021-01-26', key: 'office|antony-blinken|united-states|Secretary of State|2021-01-26', of: 'united-states', official: 'antony-blinken', precision: 'day', role: 'Secretary of State', start: '2021-01-26', to: '2025-01-20', year: 2021},
  {date: '2015-01-09', end: '2017-01-20', from: '2015-01-09', key: 'office|antony-blinken|united-states|Deputy Secretary of State|2015-01-09', of: 'united-states', official: 'antony-blinken', precision: 'day', role: 'Deputy Secretary of State', start: '2015-01-09', to: '2017-01-20', year: 2015},
  {date: '2022-04-27', end: '2023-08-31', from: '2022-04-27', key: 'office|bilawal-bhutto-zardari|pakistan|Foreign Minister|2022-04-27', of: 'pakistan', official: 'bilawal-bhutto-zardari', precision: 'day', role: 'Foreign Minister', start: '2022-04-27', to: '2023-08', year: 2022},
  {date: '2024-03-11', end: null, from: '2024-03-11', key: 'office|ishaq-dar|pakistan|Foreign Minister|2024-03-11', of: 'pakistan', official: 'ishaq-dar', precision: 'day', role: 'Foreign Minister', start: '2024-03-11', to: null, year: 2024},
  {date: '2024-04-28', end: null, from: '2024-04-28', key: 'office|ishaq-dar|pakistan|Deputy Prime Minister|2024-04-28', of: 'pakistan', official: 'ishaq-dar', precision: 'day', role: 'Deputy Prime Minister', start: '2024-04-28', to: null, year: 2024},
  {date: '2022-09-28', end: '2023-08-31', from: '2022-09-28', key: 'office|ishaq-dar|pakistan|Finance Minister|2022-09-28', of: 'pakistan', official: 'ishaq-dar', precision: 'day', role: 'Finance Minister', start: '2022-09-28', to: '2023-08', year: 2022},
  {date: '2013-06-07', end: '2017-11-30', from: '2013-06-07', key: 'office|ishaq-dar|pakistan|Finance Minister|2013-06-07', of: 'pakistan', official: 'ishaq-dar', precision: 'day', role: 'Finance Minister', start: '2013-06-07', to: '2017-11', year: 2013},
  {date: '2008-03', end: '2008-05-31', from: '2008-03', key: 'office|ishaq-dar|pakistan|Finance Minister|2008-03', of: 'pakistan', official: 'ishaq-dar', precision: 'month', role: 'Finance Minister', start: '2008-03-01', to: '2008-05', year: 2008},
  {date: '1998', end: '1999-10-31', from: '1998', key: 'office|ishaq-dar|pakistan|Finance Minister|1998', of: 'pakistan', official: 'ishaq-dar', precision: 'year', role: 'Finance Minister', start: '1998-01-01', to: '1999-10', year: 1998},
  {date: '1988', end: '2011-05-02', from: '1988', key: 'office|osama-bin-laden|al-qaeda|Leader|1988', of: 'al-qaeda', official: 'osama-bin-laden', precision: 'year', role: 'Leader', start: '1988-01-01', to: '2011-05-02', year: 1988},
  {date: '2022-04-11', end: '2023-08-14', from: '2022-04-11', key: 'office|shehbaz-sharif|pakistan|Prime Minister|2022-04-11', of: 'pakistan', official: 'shehbaz-sharif', precision: 'day', role: 'Prime Minister', start: '2022-04-11', to: '2023-08-14', year: 2022},
  {date: '2024-03-04', end: null, from: '2024-03-04', key: 'office|shehbaz-sharif|pakistan|Prime Minister|2024-03-04', of: 'pakistan', official: 'shehbaz-sharif', precision: 'day', role: 'Prime Minister', start: '2024-03-04', to: null, year: 2024}
] AS r
MATCH (s:Actor {id: r.official})
MATCH (o:Actor {id: r.of})
MERGE (s)-[e:HOLDS_OFFICE {key: r.key}]->(o)
SET e.relation = 'holds_office', e.modality = 'asserted', e.source = 'dictionary',
    e.role = r.role, e.from = r.from, e.to = r.to,
    e.date = r.date, e.precision = r.precision, e.start = r.start, e.end = r.end, e.year = r.year;

// Document 4 of 5: '003_2fb45e73f67d06db', 7 facts, 6 edges

UNWIND [
  {aliases: ['Republic of India', 'Bharat', 'New Delhi', 'Delhi', 'South Block', 'Indo'], id: 'india', kind: 'country', name: 'India'},
  {aliases: ['Islamic Republic of Pakistan', 'Islamabad', 'Pak'], id: 'pakistan', kind: 'country', name: 'Pakistan'},
  {aliases: ['Russian Federation', 'Moscow', 'Kremlin', 'the Kremlin', 'Soviet Union', 'USSR', 'U.S.S.R.', 'Union of Soviet Socialist Republics', 'Russo'], id: 'russia', kind: 'country', name: 'Russia'},
  {aliases: ['United States of America', 'US', 'U.S.', 'USA', 'U.S.A.', 'America', 'Washington', 'White House', 'the White House', 'Pentagon', 'the Pentagon', 'State Department', 'US State Department', 'U.S. State Department', 'Capitol Hill'], id: 'united-states', kind: 'country', name: 'United States'}
] AS r
MERGE (a:Actor {id: r.id})
SET a:`Country`, a.name = r.name, a.kind = r.kind, a.aliases = r.aliases
REMOVE a:`Official`:`Institution`:`Group`:`Event`;

UNWIND [
  {aliases: ['Donald J. Trump', 'Trump', 'President Trump', 'Mr Trump', 'Mr. Trump'], id: 'donald-trump', kind: 'official', name: 'Donald Trump'}
] AS r
MERGE (a:Actor {id: r.id})
SET a:`Official`, a.name = r.name, a.kind = r.kind, a.aliases = r.aliases
REMOVE a:`Country`:`Institution`:`Group`:`Event`;

MATCH (d:Document {id: '003_2fb45e73f67d06db'})
UNWIND [k IN coalesce(d.edges, []) WHERE NOT k IN ['donald-trump|criticized|pakistan|2017|asserted', 'donald-trump|holds_office|united-states|2017|asserted', 'donald-trump|threatened|pakistan|2017|asserted', 'india|pressured|russia|2016|asserted', 'pakistan|held_exercises_with|russia|2016|asserted', 'russia|refused|india|2016|asserted']] AS k
WITH k, split(k, '|') AS part
MATCH (:Actor {id: part[0]})-[e]->(:Actor {id: part[2]})
WHERE e.key = k
WITH e, [i IN range(0, size(e.docs) - 1) WHERE e.docs[i] <> '003_2fb45e73f67d06db' | {doc: e.docs[i], sentence: e.sentences[i], evidence: e.evidences[i], date: e.citeDates[i], confidence: e.confidences[i], between: e.citeBetween[i], goods: e.citeGoods[i], role: e.citeRoles[i]}] AS cites
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

MERGE (d:Document {id: '003_2fb45e73f67d06db'})
SET d.title = 'Pakistan\'s Pivot to Russia', d.source = 'The Express Tribune, Kamran Yousaf', d.published = '2018-05-07', d.edges = ['donald-trump|criticized|pakistan|2017|asserted', 'donald-trump|holds_office|united-states|2017|asserted', 'donald-trump|threatened|pakistan|2017|asserted', 'india|pressured|russia|2016|asserted', 'pakistan|held_exercises_with|russia|2016|asserted', 'russia|refused|india|2016|asserted'];

UNWIND [
  {cites: [
    {between: '', confidence: 0.9, date: '2017-08', doc: '003_2fb45e73f67d06db', evidence: 'Trump singled out Pakistan for not doing enough to curb terrorism and threatened to halt security assistance if it continued to play a “double game.”', goods: '', role: '', sentence: 2}
  ], doc: '003_2fb45e73f67d06db', key: 'donald-trump|criticized|pakistan|2017|asserted', modality: 'asserted', object: 'pakistan', relation: 'criticized', subject: 'donald-trump'}
] AS r
MATCH (s:Actor {id: r.subject})
MATCH (o:Actor {id: r.object})
MERGE (s)-[e:`CRITICIZED` {key: r.key}]->(o)
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
    {between: '', confidence: 0.9, date: '2016', doc: '003_2fb45e73f67d06db', evidence: 'In 2016, Russian and Pakistani troops for the first time ever conducted joint military exercises.', goods: '', role: '', sentence: 28},
    {between: '', confidence: 0.9, date: '2016', doc: '003_2fb45e73f67d06db', evidence: 'Moscow, despite being an old strategic ally of New Delhi, turned down the demand and went ahead with war games with Pakistan.', goods: '', role: '', sentence: 31}
  ], doc: '003_2fb45e73f67d06db', key: 'pakistan|held_exercises_with|russia|2016|asserted', modality: 'asserted', object: 'russia', relation: 'held_exercises_with', subject: 'pakistan'}
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
    {between: '', confidence: 0.9, date: '2017-08', doc: '003_2fb45e73f67d06db', evidence: 'In August last year, US President Trump unveiled his much-awaited strategy for Afghanistan and the wider South Asian region.', goods: '', role: 'President', sentence: 1}
  ], doc: '003_2fb45e73f67d06db', key: 'donald-trump|holds_office|united-states|2017|asserted', modality: 'asserted', object: 'united-states', relation: 'holds_office', subject: 'donald-trump'}
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
  {cites: [
    {between: '', confidence: 0.9, date: '2016', doc: '003_2fb45e73f67d06db', evidence: 'New Delhi pushed Russia to cancel its military exercises with Pakistan.', goods: '', role: '', sentence: 30}
  ], doc: '003_2fb45e73f67d06db', key: 'india|pressured|russia|2016|asserted', modality: 'asserted', object: 'russia', relation: 'pressured', subject: 'india'}
] AS r
MATCH (s:Actor {id: r.subject})
MATCH (o:Actor {id: r.object})
MERGE (s)-[e:`PRESSURED` {key: r.key}]->(o)
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
    {between: '', confidence: 0.7, date: '2016', doc: '003_2fb45e73f67d06db', evidence: 'Moscow, despite being an old strategic ally of New Delhi, turned down the demand and went ahead with war games with Pakistan.', goods: '', role: '', sentence: 31}
  ], doc: '003_2fb45e73f67d06db', key: 'russia|refused|india|2016|asserted', modality: 'asserted', object: 'india', relation: 'refused', subject: 'russia'}
] AS r
MATCH (s:Actor {id: r.subject})
MATCH (o:Actor {id: r.object})
MERGE (s)-[e:`REFUSED` {key: r.key}]->(o)
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
    {between: '', confidence: 0.7, date: '2017-08', doc: '003_2fb45e73f67d06db', evidence: 'Trump singled out Pakistan for not doing enough to curb terrorism and threatened to halt security assistance if it continued to play a “double game.”', goods: '', role: '', sentence: 2}
  ], doc: '003_2fb45e73f67d06db', key: 'donald-trump|threatened|pakistan|2017|asserted', modality: 'asserted', object: 'pakistan', relation: 'threatened', subject: 'donald-trump'}
] AS r
MATCH (s:Actor {id: r.subject})
MATCH (o:Actor {id: r.object})
MERGE (s)-[e:`THREATENED` {key: r.key}]->(o)
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
  {date: '2017-01-20', end: '2021-01-20', from: '2017-01-20', key: 'office|donald-trump|united-states|President|2017-01-20', of: 'united-states', official: 'donald-trump', precision: 'day', role: 'President', start: '2017-01-20', to: '2021-01-20', year: 2017},
  {date: '2025-01-20', end: null, from: '2025-01-20', key: 'office|donald-trump|united-states|President|2025-01-20', of: 'united-states', official: 'donald-trump', precision: 'day', role: 'President', start: '2025-01-20', to: null, year: 2025}
] AS r
MATCH (s:Actor {id: r.official})
MATCH (o:Actor {id: r.of})
MERGE (s)-[e:HOLDS_OFFICE {key: r.key}]->(o)
SET e.relation = 'holds_office', e.modality = 'asserted', e.source = 'dictionary',
    e.role = r.role, e.from = r.from, e.to = r.to,
    e.date = r.date, e.precision = r.precision, e.start = r.start, e.end = r.end, e.year = r.year;

// Document 5 of 5: '004_7cb55dab4d1d24ac', 8 facts, 6 edges

UNWIND [
  {aliases: ['Islamic Republic of Pakistan', 'Islamabad', 'Pak'], id: 'pakistan', kind: 'country', name: 'Pakistan'},
  {aliases: ['Russian Federation', 'Moscow', 'Kremlin', 'the Kremlin', 'Soviet Union', 'USSR', 'U.S.S.R.', 'Union of Soviet Socialist Republics', 'Russo'], id: 'russia', kind: 'country', name: 'Russia'}
] AS r
MERGE (a:Actor {id: r.id})
SET a:`Country`, a.name = r.name, a.kind = r.kind, a.aliases = r.aliases
REMOVE a:`Official`:`Institution`:`Group`:`Event`;

UNWIND [
  {aliases: ['Bilawal Bhutto-Zardari', 'Bilawal Bhutto', 'Bilawal Zardari', 'Bilawal', 'Foreign Minister Bhutto', 'FM Bilawal'], id: 'bilawal-bhutto-zardari', kind: 'official', name: 'Bilawal Bhutto Zardari'},
  {aliases: ['Imran Khan Niazi', 'Prime Minister Khan', 'PM Khan', 'PM Imran', 'Premier Imran'], id: 'imran-khan', kind: 'official', name: 'Imran Khan'},
  {aliases: ['Sergei Lavrov', 'Sergei Viktorovich Lavrov', 'Lavrov', 'Foreign Minister Lavrov', 'Mr Lavrov', 'Mr. Lavrov'], id: 'sergey-lavrov', kind: 'official', name: 'Sergey Lavrov'},
  {aliases: ['Shahbaz Sharif', 'Mian Shehbaz Sharif', 'Muhammad Shehbaz Sharif', 'PM Shehbaz', 'Prime Minister Shehbaz', 'Premier Shehbaz', 'Shehbaz', 'PM Sharif', 'Prime Minister Sharif'], id: 'shehbaz-sharif', kind: 'official', name: 'Shehbaz Sharif'},
  {aliases: ['Vladimir Vladimirovich Putin', 'Vladimir V. Putin', 'Putin', 'President Putin', 'Mr Putin', 'Mr. Putin'], id: 'vladimir-putin', kind: 'official', name: 'Vladimir Putin'}
] AS r
MERGE (a:Actor {id: r.id})
SET a:`Official`, a.name = r.name, a.kind = r.kind, a.aliases = r.aliases
REMOVE a:`Country`:`Institution`:`Group`:`Event`;

UNWIND [
  {aliases: ['FSB'], id: 'fsb', kind: 'institution', name: 'Federal Security Service'}
] AS r
MERGE (a:Actor {id: r.id})
SET a:`Institution`, a.name = r.name, a.kind = r.kind, a.aliases = r.aliases
REMOVE a:`Country`:`Official`:`Group`:`Event`;

MATCH (d:Document {id: '004_7cb55dab4d1d24ac'})
UNWIND [k IN coalesce(d.edges, []) WHERE NOT k IN ['imran-khan|holds_office|pakistan|2022|asserted', 'sergey-lavrov|congratulated|bilawal-bhutto-zardari|2022|asserted', 'sergey-lavrov|holds_office|russia|2022|asserted', 'sergey-lavrov|invited|pakistan|2022|asserted', 'shehbaz-sharif|holds_office|pakistan|2022|asserted', 'vladimir-putin|holds_office|russia|2022|asserted']] AS k
WITH k, split(k, '|') AS part
MATCH (:Actor {id: part[0]})-[e]->(:Actor {id: part[2]})
WHERE e.key = k
WITH e, [i IN range(0, size(e.docs) - 1) WHERE e.docs[i] <> '004_7cb55dab4d1d24ac' | {doc: e.docs[i], sentence: e.sentences[i], evidence: e.evidences[i], date: e.citeDates[i], confidence: e.confidences[i], between: e.citeBetween[i], goods: e.citeGoods[i], role: e.citeRoles[i]}] AS cites
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

MERGE (d:Document {id: '004_7cb55dab4d1d24ac'})
SET d.title = 'Pak-Russian relations', d.source = 'Nawaiwaqt', d.published = '2022-05', d.edges = ['imran-khan|holds_office|pakistan|2022|asserted', 'sergey-lavrov|congratulated|bilawal-bhutto-zardari|2022|asserted', 'sergey-lavrov|holds_office|russia|2022|asserted', 'sergey-lavrov|invited|pakistan|2022|asserted', 'shehbaz-sharif|holds_office|pakistan|2022|asserted', 'vladimir-putin|holds_office|russia|2022|asserted'];

UNWIND [
  {cites: [
    {between: '', confidence: 0.9, date: '2022-05', doc: '004_7cb55dab4d1d24ac', evidence: 'The second event worth considering in this context is the Russian Embassy in Pakistan’s tweet on Thursday that Foreign Minister Sergey Lavrov congratulated Bilawal Bhutto on his appointment as the new Foreign Minister.', goods: '', role: '', sentence: 17}
  ], doc: '004_7cb55dab4d1d24ac', key: 'sergey-lavrov|congratulated|bilawal-bhutto-zardari|2022|asserted', modality: 'asserted', object: 'bilawal-bhutto-zardari', relation: 'congratulated', subject: 'sergey-lavrov'}
] AS r
MATCH (s:Actor {id: r.subject})
MATCH (o:Actor {id: r.object})
MERGE (s)-[e:`CONGRATULATED` {key: r.key}]->(o)
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
    {between: '', confidence: 0.9, date: '2022-04', doc: '004_7cb55dab4d1d24ac', evidence: 'Russian-Pakistani relations have dominated the discourse in that South Asian state since former Prime Minister Imran Khan claimed that the US ousted him in early April as punishment for his independent foreign policy, particularly its Russian dimension.', goods: '', role: 'Prime Minister', sentence: 4}
  ], doc: '004_7cb55dab4d1d24ac', key: 'imran-khan|holds_office|pakistan|2022|asserted', modality: 'asserted', object: 'pakistan', relation: 'holds_office', subject: 'imran-khan'},
  {cites: [
    {between: '', confidence: 0.9, date: '2022-05', doc: '004_7cb55dab4d1d24ac', evidence: 'The second event worth considering in this context is the Russian Embassy in Pakistan’s tweet on Thursday that Foreign Minister Sergey Lavrov congratulated Bilawal Bhutto on his appointment as the new Foreign Minister.', goods: '', role: 'Foreign Minister', sentence: 17},
    {between: '', confidence: 0.9, date: '2022-04', doc: '004_7cb55dab4d1d24ac', evidence: 'The reported exchange of letters between their leaders and Foreign Minister Lavrov’s public invitation to his Pakistani counterpart to visit Moscow suggest at the very least that baby steps are being taken to keep their ties on track despite the scandalous context in which they’re being practiced following early April’s change of government and the former premier’s speculation about the reason behind his ouster.', goods: '', role: 'Foreign Minister', sentence: 20}
  ], doc: '004_7cb55dab4d1d24ac', key: 'sergey-lavrov|holds_office|russia|2022|asserted', modality: 'asserted', object: 'russia', relation: 'holds_office', subject: 'sergey-lavrov'},
  {cites: [
    {between: '', confidence: 0.9, date: '2022-05', doc: '004_7cb55dab4d1d24ac', evidence: 'Observers should keep this in mind when interpreting the report from The Express Tribune claiming that President Vladimir Putin and Prime Minister Sharif have quietly exchanged letters expressing their mutual desire to continue comprehensively cooperating with one another.', goods: '', role: 'Prime Minister', sentence: 12},
    {between: '', confidence: 0.9, date: '2022-05', doc: '004_7cb55dab4d1d24ac', evidence: 'PM Shehbaz wrote back to Putin thanking him for his felicitation message and expressed similar sentiments on bilateral ties between the two countries as well as cooperation on Afghanistan.”', goods: '', role: 'Prime Minister', sentence: 15}
  ], doc: '004_7cb55dab4d1d24ac', key: 'shehbaz-sharif|holds_office|pakistan|2022|asserted', modality: 'asserted', object: 'pakistan', relation: 'holds_office', subject: 'shehbaz-sharif'},
  {cites: [
    {between: '', confidence: 0.9, date: '2022-05', doc: '004_7cb55dab4d1d24ac', evidence: 'Observers should keep this in mind when interpreting the report from The Express Tribune claiming that President Vladimir Putin and Prime Minister Sharif have quietly exchanged letters expressing their mutual desire to continue comprehensively cooperating with one another.', goods: '', role: 'President', sentence: 12}
  ], doc: '004_7cb55dab4d1d24ac', key: 'vladimir-putin|holds_office|russia|2022|asserted', modality: 'asserted', object: 'russia', relation: 'holds_office', subject: 'vladimir-putin'}
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
  {cites: [
    {between: '', confidence: 0.9, date: '2022-04', doc: '004_7cb55dab4d1d24ac', evidence: 'The reported exchange of letters between their leaders and Foreign Minister Lavrov’s public invitation to his Pakistani counterpart to visit Moscow suggest at the very least that baby steps are being taken to keep their ties on track despite the scandalous context in which they’re being practiced following early April’s change of government and the former premier’s speculation about the reason behind his ouster.', goods: '', role: '', sentence: 20}
  ], doc: '004_7cb55dab4d1d24ac', key: 'sergey-lavrov|invited|pakistan|2022|asserted', modality: 'asserted', object: 'pakistan', relation: 'invited', subject: 'sergey-lavrov'}
] AS r
MATCH (s:Actor {id: r.subject})
MATCH (o:Actor {id: r.object})
MERGE (s)-[e:`INVITED` {key: r.key}]->(o)
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
  {date: '2022-04-27', end: '2023-08-31', from: '2022-04-27', key: 'office|bilawal-bhutto-zardari|pakistan|Foreign Minister|2022-04-27', of: 'pakistan', official: 'bilawal-bhutto-zardari', precision: 'day', role: 'Foreign Minister', start: '2022-04-27', to: '2023-08', year: 2022},
  {date: '2018-08-18', end: '2022-04-10', from: '2018-08-18', key: 'office|imran-khan|pakistan|Prime Minister|2018-08-18', of: 'pakistan', official: 'imran-khan', precision: 'day', role: 'Prime Minister', start: '2018-08-18', to: '2022-04-10', year: 2018},
  {date: '2004-03-09', end: null, from: '2004-03-09', key: 'office|sergey-lavrov|russia|Foreign Minister|2004-03-09', of: 'russia', official: 'sergey-lavrov', precision: 'day', role: 'Foreign Minister', start: '2004-03-09', to: null, year: 2004},
  {date: '1994', end: '2004-12-31', from: '1994', key: 'office|sergey-lavrov|russia|Permanent Representative to the United Nations|1994', of: 'russia', official: 'sergey-lavrov', precision: 'year', role: 'Permanent Representative to the United Nations', start: '1994-01-01', to: '2004', year: 1994},
  {date: '2022-04-11', end: '2023-08-14', from: '2022-04-11', key: 'office|shehbaz-sharif|pakistan|Prime Minister|2022-04-11', of: 'pakistan', official: 'shehbaz-sharif', precision: 'day', role: 'Prime Minister', start: '2022-04-11', to: '2023-08-14', year: 2022},
  {date: '2024-03-04', end: null, from: '2024-03-04', key: 'office|shehbaz-sharif|pakistan|Prime Minister|2024-03-04', of: 'pakistan', official: 'shehbaz-sharif', precision: 'day', role: 'Prime Minister', start: '2024-03-04', to: null, year: 2024},
  {date: '2012-05-07', end: null, from: '2012-05-07', key: 'office|vladimir-putin|russia|President|2012-05-07', of: 'russia', official: 'vladimir-putin', precision: 'day', role: 'President', start: '2012-05-07', to: null, year: 2012},
  {date: '1999-12-31', end: '2008-05-07', from: '1999-12-31', key: 'office|vladimir-putin|russia|President|1999-12-31', of: 'russia', official: 'vladimir-putin', precision: 'day', role: 'President', start: '1999-12-31', to: '2008-05-07', year: 1999},
  {date: '2008-05-08', end: '2012-05-07', from: '2008-05-08', key: 'office|vladimir-putin|russia|Prime Minister|2008-05-08', of: 'russia', official: 'vladimir-putin', precision: 'day', role: 'Prime Minister', start: '2008-05-08', to: '2012-05-07', year: 2008},
  {date: '1999-08-16', end: '1999-12-31', from: '1999-08-16', key: 'office|vladimir-putin|russia|Prime Minister|1999-08-16', of: 'russia', official: 'vladimir-putin', precision: 'day', role: 'Prime Minister', start: '1999-08-16', to: '1999-12-31', year: 1999},
  {date: '1998-07-25', end: '1999-08-09', from: '1998-07-25', key: 'office|vladimir-putin|fsb|Director|1998-07-25', of: 'fsb', official: 'vladimir-putin', precision: 'day', role: 'Director', start: '1998-07-25', to: '1999-08-09', year: 1998}
] AS r
MATCH (s:Actor {id: r.official})
MATCH (o:Actor {id: r.of})
MERGE (s)-[e:HOLDS_OFFICE {key: r.key}]->(o)
SET e.relation = 'holds_office', e.modality = 'asserted', e.source = 'dictionary',
    e.role = r.role, e.from = r.from, e.to = r.to,
    e.date = r.date, e.precision = r.precision, e.start = r.start, e.end = r.end, e.year = r.year;

