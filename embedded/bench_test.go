package embedded_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/geoalign/geoalign/embedded"
	"github.com/geoalign/geoalign/graph"
	"github.com/geoalign/geoalign/graph/graphtest"
)

// The benchmark graph: 100,000 actors and 1,000,000 dated edges, built
// once per test binary.
const (
	benchActors = 100_000
	benchFacts  = 1_000_000
)

var big struct {
	once  sync.Once
	store *embedded.Store
	dir   *graph.Directory
	vocab graph.Relations
	edges int
	built time.Duration
}

func bigStore(b *testing.B) *embedded.Store {
	b.Helper()
	big.once.Do(func() {
		big.vocab = graphtest.Dictionary(b).Vocabulary()
		edges, actors := graphtest.Synthetic(benchActors, benchFacts, big.vocab, 42)
		t0 := time.Now()
		big.store = embedded.FromEdges(edges, actors, big.vocab)
		big.built = time.Since(t0)
		runtime.GC() // collect the build's garbage outside the timings
		big.dir = graph.NewDirectory(actors)
		big.edges = len(edges)
	})
	return big.store
}

// reportLatencies adds p50 and p99 in milliseconds to the benchmark line.
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

func randomActor(r *rand.Rand) string { return fmt.Sprintf("a%07d", r.IntN(benchActors)) }

func benchPaths(b *testing.B, q graph.PathQuery) {
	s := bigStore(b)
	ctx := context.Background()
	if q.CountryLevel {
		if _, err := s.ShortestPaths(ctx, graph.PathQuery{From: "a0000000", To: "a0000001", CountryLevel: true}); err != nil {
			b.Fatal(err) // lift once, outside the timing
		}
	}
	r := rand.New(rand.NewPCG(1, 1))
	lat := make([]time.Duration, 0, b.N)
	hops := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		q.From, q.To = randomActor(r), randomActor(r)
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

func BenchmarkPath(b *testing.B) { benchPaths(b, graph.PathQuery{}) }

func BenchmarkPathK5(b *testing.B) { benchPaths(b, graph.PathQuery{K: 5}) }

func BenchmarkPathAsOfAndRelations(b *testing.B) {
	benchPaths(b, graph.PathQuery{AsOf: graph.MustDate("2015"), Exclude: []string{"met", "visited"}})
}

func BenchmarkPathCountryLevel(b *testing.B) { benchPaths(b, graph.PathQuery{CountryLevel: true}) }

func benchAlign(b *testing.B, countryLevel bool) {
	s := bigStore(b)
	ctx := context.Background()
	r := rand.New(rand.NewPCG(2, 2))
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		q := graph.AlignQuery{A: randomActor(r), B: randomActor(r), CountryLevel: countryLevel}
		t0 := time.Now()
		_, err := graph.Align(ctx, s, big.dir, big.vocab, q)
		lat = append(lat, time.Since(t0))
		if err != nil && q.A != q.B {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	reportLatencies(b, lat)
}

func BenchmarkAlign(b *testing.B) { benchAlign(b, false) }

func BenchmarkAlignCountryLevel(b *testing.B) { benchAlign(b, true) }

func BenchmarkBuild(b *testing.B) {
	bigStore(b)
	b.ReportMetric(float64(big.built.Milliseconds()), "build-ms")
	b.ReportMetric(float64(big.edges), "edges")
	for i := 0; i < b.N; i++ {
	}
}
