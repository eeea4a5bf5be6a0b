package corpus

import (
	"bytes"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/geoalign/geoalign/graph"
)

// ManifestEntry is a document's provenance as the manifest records it.
type ManifestEntry struct {
	ID        string     `yaml:"id"`
	Title     string     `yaml:"title"`
	Source    string     `yaml:"source"`
	Published graph.Date `yaml:"published"`
}

// Manifest maps document ids to their provenance.
type Manifest map[string]ManifestEntry

// LoadManifest reads a YAML list of entries. A missing file returns an
// error satisfying errors.Is(err, fs.ErrNotExist).
func LoadManifest(path string) (Manifest, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var entries []ManifestEntry
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&entries); err != nil {
		return nil, fmt.Errorf("manifest %s: %s", path, strings.ReplaceAll(err.Error(), "\n", "; "))
	}
	m := Manifest{}
	for i, e := range entries {
		if e.ID == "" {
			return nil, fmt.Errorf("manifest %s: entry %d has no id", path, i+1)
		}
		if _, dup := m[e.ID]; dup {
			return nil, fmt.Errorf("manifest %s: id %q listed twice", path, e.ID)
		}
		m[e.ID] = e
	}
	return m, nil
}

var publishedLine = regexp.MustCompile(`(?m)^\s*Published (?:in|by) (.+?),\s+([A-Z][a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\.?\s*$`)

// PublishedLine finds a "Published in The Express Tribune, May 7th, 2018"
// line and returns the outlet and the date.
func PublishedLine(text string) (outlet string, d graph.Date, ok bool) {
	m := publishedLine.FindStringSubmatch(text)
	if m == nil {
		return "", graph.Date{}, false
	}
	month := graph.MonthNumber(m[2])
	day, _ := strconv.Atoi(m[3])
	year, _ := strconv.Atoi(m[4])
	if month == 0 {
		return "", graph.Date{}, false
	}
	d, err := graph.ParseDate(fmt.Sprintf("%04d-%02d-%02d", year, month, day))
	if err != nil {
		return "", graph.Date{}, false
	}
	return strings.TrimSpace(m[1]), d, true
}
