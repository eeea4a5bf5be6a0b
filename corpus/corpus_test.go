package corpus

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/geoalign/geoalign/graph"
)

func TestSeedsAreDatedByTheManifest(t *testing.T) {
	c, err := Read(context.Background(), []string{filepath.Join("..", "seeds")}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"000_6c03606419eea82a": "2023-04", "001_aaeae834b6482961": "2023", "002_b91fe7183a7eb176": "2023-04",
		"003_2fb45e73f67d06db": "2018-05-07", "004_7cb55dab4d1d24ac": "2022-05",
	}
	if len(c.Documents) != len(want) || len(c.Problems) != 0 {
		t.Fatalf("%d documents, problems %v", len(c.Documents), c.Problems)
	}
	for _, d := range c.Documents {
		if d.Published.String() != want[d.ID] || d.Source == "" || d.Title == "" {
			t.Errorf("%s: published %s, source %q, title %q", d.ID, d.Published, d.Source, d.Title)
		}
	}
}

func TestPublishedLine(t *testing.T) {
	outlet, d, ok := PublishedLine("Some text.\nPublished in The Express Tribune, May 7th, 2018.\nMore.")
	if !ok || outlet != "The Express Tribune" || d != graph.MustDate("2018-05-07") {
		t.Errorf("got %q %s %v", outlet, d, ok)
	}
	if _, _, ok := PublishedLine("Published in Dawn, Smarch 7th, 2018."); ok {
		t.Error("a month that does not exist was accepted")
	}
}

func TestDatingOrder(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", "Published in Dawn, May 7th, 2018.\nText.")
	write("b.txt", "No date here.")
	write("c.txt", "Published in Dawn, May 7th, 2018.\nText.")
	write(ManifestName, "- {id: c, title: C, source: Wire, published: \"2020-01\"}\n")
	c, err := Read(context.Background(), []string{dir}, Options{Published: graph.MustDate("2019")})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, d := range c.Documents {
		got[d.ID] = d.Published.String()
	}
	// manifest beats the Published line, which beats --published
	if got["a"] != "2018-05-07" || got["b"] != "2019" || got["c"] != "2020-01" {
		t.Errorf("dates %v", got)
	}
	write(ManifestName, "- {id: c, publishd: 2020}\n")
	if _, err := Read(context.Background(), []string{dir}, Options{}); err == nil || !strings.Contains(err.Error(), ManifestName) {
		t.Errorf("malformed manifest: %v", err)
	}
}
