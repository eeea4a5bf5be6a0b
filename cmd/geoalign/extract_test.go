package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/geoalign/geoalign/graph"
)

// runCLI runs the command line in-process from the repository root.
func runCLI(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	wd, _ := os.Getwd()
	if err := os.Chdir(filepath.Join("..", "..")); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	var out, errb bytes.Buffer
	code = run(context.Background(), args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestExtractSeedsJSONL(t *testing.T) {
	code, out, errs := runCLI(t, "extract", "--format", "jsonl", "seeds/")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 30 {
		t.Fatalf("%d facts", len(lines))
	}
	for _, l := range lines {
		var f map[string]any
		if err := json.Unmarshal([]byte(l), &f); err != nil {
			t.Fatalf("not JSON: %s", l)
		}
		for _, k := range []string{"doc", "sentence", "subject", "relation", "object", "date", "precision", "modality", "confidence", "evidence"} {
			if _, ok := f[k]; !ok {
				t.Errorf("record lacks %q: %s", k, l)
			}
		}
	}
	if !strings.Contains(errs, "5 documents") {
		t.Errorf("summary: %q", errs)
	}
	// deterministic: a second run prints the same bytes
	_, out2, _ := runCLI(t, "extract", "--format", "jsonl", "seeds/")
	if out != out2 {
		t.Error("two runs gave different output")
	}
}

func TestExtractJSONAndTable(t *testing.T) {
	code, out, _ := runCLI(t, "extract", "--format", "json", "seeds/003_2fb45e73f67d06db.txt")
	var facts []graph.Fact
	if code != 0 || json.Unmarshal([]byte(out), &facts) != nil || len(facts) == 0 {
		t.Fatalf("exit %d, output %q", code, out)
	}
	code, out, _ = runCLI(t, "extract", "seeds/003_2fb45e73f67d06db.txt")
	if code != 0 || !strings.HasPrefix(out, "DOC") || !strings.Contains(out, "held_exercises_with") {
		t.Fatalf("table: exit %d\n%s", code, out)
	}
	code, _, errs := runCLI(t, "extract", "--format", "xml", "seeds/")
	if code != exitUsage || !strings.Contains(errs, "--format") {
		t.Errorf("bad format: exit %d, %q", code, errs)
	}
}

// TestExtractBadInput: each bad file gets one line naming it and the
// problem; good files in the same run are still extracted; the exit code
// is non-zero.
func TestExtractBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.txt", []byte("Published in Dawn, May 7th, 2018.\nLast month, Russia sold arms to Pakistan.\n"))
	empty := write("empty.txt", nil)
	binary := write("binary.txt", []byte{0x7f, 'E', 'L', 'F', 0, 0, 1})
	latin1 := write("latin1.txt", []byte("Pakistan abstained in the UN General Assembly \xe9t\xe9.\n"))
	big := write("big.txt", bytes.Repeat([]byte("Pakistan met China. "), 50<<20/20))
	missing := filepath.Join(dir, "missing.txt")

	code, out, errs := runCLI(t, "extract", "--format", "jsonl", good, empty, binary, latin1, big, missing)
	if code == 0 {
		t.Error("exit 0 although documents failed")
	}
	for path, problem := range map[string]string{
		empty: "file is empty", binary: "binary file", latin1: "not valid UTF-8", big: "MB limit", missing: "no such file",
	} {
		found := false
		for _, line := range strings.Split(errs, "\n") {
			if strings.Contains(line, path) && strings.Contains(line, problem) {
				found = true
			}
		}
		if !found {
			t.Errorf("no line naming %s with %q in:\n%s", filepath.Base(path), problem, errs)
		}
	}
	if !strings.Contains(out, `"relation":"sold_arms_to"`) || !strings.Contains(out, `"date":"2018-04"`) {
		t.Errorf("the good document was not extracted (dated by its Published line):\n%s", out)
	}
	if !strings.Contains(errs, "5 failed") {
		t.Errorf("summary does not count the failures:\n%s", errs)
	}

	code, _, errs = runCLI(t, "extract", empty, missing)
	if code != exitError || strings.Count(strings.TrimSpace(errs), "\n") > 3 {
		t.Errorf("nothing readable: exit %d, stderr:\n%s", code, errs)
	}
}

func TestExtractMalformedDictionary(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "actors.yaml")
	if err := os.WriteFile(bad, []byte("actors:\n  - id: Not A Slug\n    name: x\n    kind: country\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCLI(t, "--dict", bad, "extract", "seeds/")
	if code != exitError || out != "" {
		t.Fatalf("exit %d, stdout %q", code, out)
	}
	if lines := strings.Split(strings.TrimSpace(errs), "\n"); len(lines) != 1 || !strings.Contains(errs, bad) || !strings.Contains(errs, "lower-kebab-case") {
		t.Errorf("want one line naming %s and the problem, got:\n%s", bad, errs)
	}
	if err := os.WriteFile(bad, []byte("actors: [\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs = runCLI(t, "--dict", bad, "extract", "seeds/")
	if code != exitError || !strings.Contains(errs, bad) || !strings.Contains(errs, "YAML") {
		t.Errorf("broken YAML: exit %d, %q", code, errs)
	}
}

func TestExtractUndatedDocument(t *testing.T) {
	p := filepath.Join(t.TempDir(), "undated.txt")
	if err := os.WriteFile(p, []byte("Last month, Russia sold arms to Pakistan. In 2016, Russia and Pakistan held joint exercises.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCLI(t, "extract", "--format", "jsonl", p)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(errs, "undated") {
		t.Errorf("summary does not say the document is undated: %q", errs)
	}
	if !strings.Contains(out, `"relation":"sold_arms_to","object":"pakistan","date":"","precision":""`) {
		t.Errorf("relative date should stay unresolved:\n%s", out)
	}
	if !strings.Contains(out, `"date":"2016"`) {
		t.Errorf("explicit year lost:\n%s", out)
	}
	_, out, _ = runCLI(t, "--published", "2020-06-15", "extract", "--format", "jsonl", p)
	if !strings.Contains(out, `"date":"2020-05"`) {
		t.Errorf("--published did not resolve 'last month':\n%s", out)
	}
}
