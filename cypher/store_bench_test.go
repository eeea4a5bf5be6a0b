package cypher

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/geoalign/geoalign/cypher/neo4jtest"
	"github.com/geoalign/geoalign/graph"
	"github.com/geoalign/geoalign/graph/graphtest"
)

// The query benchmarks run on the synthetic graph the embedded engine's
// benchmarks use (graphtest.SyntheticFacts, seed 42): 100,000 actors and
// 1,000,000 facts, loaded once by the Loader. Run them alone, since every
// other test empties the database:
//
//	go test ./cypher -run '^$' -bench 'Store' -benchtime 200x -timeout 120m
const (
	benchActors = 100_000
	benchFacts  = 1_000_000
	benchSeed   = 42
	// factsPerDoc groups the synthetic facts into documents of this many,
	// so the load runs in a few hundred transactions.
	factsPerDoc = 5_000
)

var benchGraph struct {
	store  *Store
	dir    *graph.Directory
	vocab  graph.Relations
	driver Driver
}

// benchStore returns a Store over the synthetic graph, loading it when the
// database does not hold it (first use, or another benchmark emptied it).
func benchStore(b *testing.B) *Store {
	b.Helper()
	ctx := context.Background()
	if benchGraph.store == nil {
		srv := neo4jtest.Require(b) // empties the database
		d, err := Open(ctx, Config{URI: srv.URI, User: srv.User, Password: srv.Password, Database: srv.Database, RetryTime: 3 * time.Second})
		if err != nil {
			b.Fatal(err)
		}
		benchGraph.driver = d
		benchGraph.vocab = vocabulary(b)
		facts, actors := graphtest.SyntheticFacts(benchActors, benchFacts, benchGraph.vocab, benchSeed)
		benchGraph.dir = graph.NewDirectory(actors)
		benchGraph.store = NewStore(d, srv.Database, benchGraph.dir, benchGraph.vocab)
		benchGraph.store.loadBench(b, facts, actors)
		return benchGraph.store
	}
	if n := benchGraph.store.countEdges(b); n < benchFacts/2 {
		facts, actors := graphtest.SyntheticFacts(benchActors, benchFacts, benchGraph.vocab, benchSeed)
		benchGraph.store.loadBench(b, facts, actors)
	}
	return benchGraph.store
}

func (s *Store) loadBench(b *testing.B, facts []graph.Fact, actors []graph.Actor) {
	b.Helper()
	for i := range facts {
		facts[i].Doc = fmt.Sprintf("bench-%05d", i/factsPerDoc)
		facts[i].Sentence = i % factsPerDoc
	}
	t0 := time.Now()
	sum, err := NewLoader(s.driver, s.database).Load(context.Background(), datasetOf(facts, actors, s.vocab))
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("loaded %d facts, %d actors in %v: %v", len(facts), len(actors), time.Since(t0).Round(time.Second), sum)
}

func (s *Store) countEdges(b *testing.B) int64 {
	b.Helper()
	res, err := neo4j.ExecuteQuery(context.Background(), s.driver, "MATCH ()-[e]->() RETURN count(e)", nil,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.database))
	if err != nil {
		b.Fatal(err)
	}
	return res.Records[0].Values[0].(int64)
}

func reportLatencies(b *testing.B, lat []time.Duration) {
	b.Helper()
	if len(lat) == 0 {
		return
	}
	slices.Sort(lat)
	at := func(p float64) float64 {
		return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))].Microseconds()) / 1000
	}
	b.ReportMetric(at(0.50), "p50-ms")
	b.ReportMetric(at(0.99), "p99-ms")
}

func benchActor(r *rand.Rand) string { return fmt.Sprintf("a%07d", r.IntN(benchActors)) }

func benchStorePaths(b *testing.B, q graph.PathQuery) {
	s := benchStore(b)
	ctx := context.Background()
	r := rand.New(rand.NewPCG(1, 1))
	for i := 0; i < 5; i++ { // warm the plan cache and the page cache
		q.From, q.To = benchActor(r), benchActor(r)
		if _, err := s.ShortestPaths(ctx, q); err != nil {
			b.Fatal(err)
		}
	}
	lat := make([]time.Duration, 0, b.N)
	hops := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		q.From, q.To = benchActor(r), benchActor(r)
		t0 := time.Now()
		paths, err := s.ShortestPaths(ctx, q)
		lat = append(lat, time.Since(t0))
		if err != nil && q.From != q.To {
			b.Fatal(err)
		}
		if len(paths) > 0 {
			hops += len(paths[0].Hops)
		}
	}
	b.StopTimer()
	reportLatencies(b, lat)
	b.ReportMetric(float64(hops)/float64(b.N), "hops/query")
}

func BenchmarkStorePath(b *testing.B) { benchStorePaths(b, graph.PathQuery{}) }

func BenchmarkStorePathAsOfAndRelations(b *testing.B) {
	benchStorePaths(b, graph.PathQuery{AsOf: graph.MustDate("2015"), Exclude: []string{"met", "visited"}})
}

func BenchmarkStorePathCountryLevel(b *testing.B) {
	benchStorePaths(b, graph.PathQuery{CountryLevel: true})
}

func benchStoreAlign(b *testing.B, countryLevel bool) {
	s := benchStore(b)
	ctx := context.Background()
	r := rand.New(rand.NewPCG(2, 2))
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		q := graph.AlignQuery{A: benchActor(r), B: benchActor(r), CountryLevel: countryLevel}
		t0 := time.Now()
		_, err := graph.Align(ctx, s, benchGraph.dir, benchGraph.vocab, q)
		lat = append(lat, time.Since(t0))
		if err != nil && q.A != q.B {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	reportLatencies(b, lat)
}

func BenchmarkStoreAlign(b *testing.B) { benchStoreAlign(b, false) }

func BenchmarkStoreAlignCountryLevel(b *testing.B) { benchStoreAlign(b, true) }
