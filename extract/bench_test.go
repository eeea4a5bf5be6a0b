package extract

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/geoalign/geoalign/dict"
	"github.com/geoalign/geoalign/graph"
)

// BenchmarkExtract extracts the seed and evaluation documents (about 110 KB
// of real articles) once per iteration on one goroutine, reporting MB/s
// (from SetBytes) and sentences/s.
func BenchmarkExtract(b *testing.B) {
	d, err := dict.Default(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	x, err := New(d)
	if err != nil {
		b.Fatal(err)
	}
	var docs []graph.Document
	size, sentences := 0, 0
	for _, pattern := range []string{"../seeds/*.txt", "testdata/eval/*.txt"} {
		files, _ := filepath.Glob(pattern)
		for _, f := range files {
			text, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			docs = append(docs, graph.Document{ID: strings.TrimSuffix(filepath.Base(f), ".txt"), Text: string(text), Published: graph.MustDate("2023-04")})
			size += len(text)
			sentences += len(splitSentences(string(text)))
		}
	}
	if len(docs) == 0 {
		b.Fatal("no documents")
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, doc := range docs {
			x.Extract(doc)
		}
	}
	b.ReportMetric(float64(sentences)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}
