package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/geoalign/geoalign/graph/graphtest"
)

// update rewrites the golden files of the command tests:
// go test ./cmd/geoalign -update.
var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test ./cmd/geoalign -update creates it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the golden file (go test ./cmd/geoalign -update rewrites it):\n--- got ---\n%s\n--- want ---\n%s", name, got, want)
	}
}

// fixtureFacts writes the hand-made facts of graphtest as a fact file, as
// `extract --format jsonl` would, and returns its absolute path.
func fixtureFacts(t *testing.T) string {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	for _, f := range graphtest.Facts() {
		if err := enc.Encode(f); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(t.TempDir(), "facts.jsonl")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// oneLine fails unless stderr is exactly one line (the error, no trace).
func oneLine(t *testing.T, stderr string) {
	t.Helper()
	if strings.Count(strings.TrimRight(stderr, "\n"), "\n") != 0 || stderr == "" {
		t.Errorf("want one line on stderr, got:\n%s", stderr)
	}
}

// writeFile writes a file in a fresh temporary folder and returns its path.
func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}
