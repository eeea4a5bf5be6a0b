package cypher

import (
	"fmt"
	"strings"

	"github.com/geoalign/geoalign/graph"
)

// scratch copy of the original statements, not kept
const origDeriveEdge = `
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
DELETE e`

func origMergeEdges(typ string, rows []any) statement {
	return statement{
		text: `UNWIND $rows AS r
MATCH (s:Actor {id: r.subject})
MATCH (o:Actor {id: r.object})
MERGE (s)-[e:` + typ + ` {key: r.key}]->(o)
ON CREATE SET e += r.props
WITH e, r WHERE properties(e) <> r.props
WITH e, [i IN range(0, size(e.docs) - 1) WHERE e.docs[i] < r.doc | ` + citationOf("e") + `] +
        [i IN range(0, size(r.props.docs) - 1) | ` + citationOf("r.props") + `] +
        [i IN range(0, size(e.docs) - 1) WHERE e.docs[i] > r.doc | ` + citationOf("e") + `] AS cites` + origDeriveEdge,
		params: map[string]any{"rows": rows},
	}
}
