package cypher

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/geoalign/geoalign/graph"
)

// grassRules parses a GraSS file as the Neo4j Browser does (selector, then
// "prop: value;" pairs in braces; no comments), failing on anything the
// Browser would misread.
func grassRules(t *testing.T, text string) map[string]map[string]string {
	t.Helper()
	rules := map[string]map[string]string{}
	rule := regexp.MustCompile(`(?s)^\s*([A-Za-z_.]+)\s*\{([^{}]*(?:"[^"]*"[^{}]*)*)\}`)
	rest := text
	for strings.TrimSpace(rest) != "" {
		m := rule.FindStringSubmatchIndex(rest)
		if m == nil {
			t.Fatalf("style.grass: cannot read a rule at %.60q (the Browser's parser knows no comments)", rest)
		}
		selector, body := rest[m[2]:m[3]], rest[m[4]:m[5]]
		props := map[string]string{}
		for _, decl := range strings.Split(body, ";") {
			if strings.TrimSpace(decl) == "" {
				continue
			}
			kv := strings.Split(decl, ":")
			if len(kv) != 2 {
				t.Fatalf("style.grass %s: %q is not one prop: value pair", selector, decl)
			}
			props[strings.TrimSpace(kv[0])] = strings.TrimSpace(kv[1])
		}
		if _, dup := rules[selector]; dup {
			t.Errorf("style.grass: %s twice", selector)
		}
		rules[selector] = props
		rest = rest[m[1]:]
	}
	return rules
}

func TestStyleCoversTheVocabularyAndKinds(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("browser", "style.grass"))
	if err != nil {
		t.Fatal(err)
	}
	rules := grassRules(t, string(data))

	colours := map[string]graph.Kind{}
	for _, k := range graph.Kinds {
		r, ok := rules["node."+k.Label()]
		if !ok {
			t.Errorf("no rule for node.%s", k.Label())
			continue
		}
		if other, dup := colours[r["color"]]; dup {
			t.Errorf("node.%s has the colour of node.%s", k.Label(), other.Label())
		}
		colours[r["color"]] = k
	}

	byPolarity := map[int]string{}
	vocab := vocabulary(t)
	for _, name := range vocab.Names() {
		rel := vocab[name]
		r, ok := rules["relationship."+rel.Type()]
		if !ok {
			t.Errorf("no rule for relationship.%s", rel.Type())
			continue
		}
		if rel.Name == graph.HoldsOffice {
			continue
		}
		if c, seen := byPolarity[rel.Polarity]; seen && c != r["color"] {
			t.Errorf("relationship.%s: colour %s, but polarity %d is %s elsewhere", rel.Type(), r["color"], rel.Polarity, c)
		}
		byPolarity[rel.Polarity] = r["color"]
		if r["caption"] != `"{relation} {date}"` {
			t.Errorf("relationship.%s: caption %s, want relation and date", rel.Type(), r["caption"])
		}
	}
	if len(byPolarity) == 3 && (byPolarity[1] == byPolarity[-1] || byPolarity[1] == byPolarity[0]) {
		t.Errorf("cooperation, conflict and neutral share colours: %v", byPolarity)
	}
	for selector := range rules {
		if typ, ok := strings.CutPrefix(selector, "relationship."); ok {
			if _, err := vocab.Get(strings.ToLower(typ)); err != nil {
				t.Errorf("style.grass styles %s, which the vocabulary does not have", selector)
			}
		}
	}
}
