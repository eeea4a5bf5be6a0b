// Package corpus reads the documents geoalign extracts from: plain-text
// files, each with its provenance from a manifest beside it (documents.yaml)
// or, failing that, from a "Published in …" line in the text.
package corpus

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/geoalign/geoalign/graph"
)

// MaxDocumentBytes is the largest document read; anything larger is almost
// certainly not one article (a dump, a binary) and is refused.
const MaxDocumentBytes = 8 << 20

// ManifestName is the manifest file looked for beside the documents.
const ManifestName = "documents.yaml"

// Problem is a document that could not be read, with the reason.
type Problem struct {
	Path string
	Err  error
}

func (p Problem) Error() string { return fmt.Sprintf("%s: %v", p.Path, p.Err) }

// Corpus is what Read found: the documents, in id order, and the files that
// failed, each with its reason.
type Corpus struct {
	Documents []graph.Document
	Problems  []Problem
}

// Options tune Read.
type Options struct {
	// Published dates documents that have neither a manifest entry nor a
	// "Published in …" line (the --published flag).
	Published graph.Date
	// Manifest, if set, is read instead of the documents.yaml files found
	// beside the documents.
	Manifest string
}

// Read reads every .txt file named by paths (files or folders, not
// recursive). A path that does not exist, or a file that is empty, binary,
// not UTF-8 or too large, becomes a Problem; the others are still read. A
// malformed manifest is an error for the whole run, since every date would
// be wrong.
func Read(ctx context.Context, paths []string, opt Options) (*Corpus, error) {
	c := &Corpus{}
	manifests := map[string]Manifest{}
	var explicit Manifest
	if opt.Manifest != "" {
		m, err := LoadManifest(opt.Manifest)
		if err != nil {
			return nil, err
		}
		explicit = m
	}
	seen := map[string]string{}
	for _, p := range paths {
		files, err := listFiles(p)
		if err != nil {
			c.Problems = append(c.Problems, Problem{Path: p, Err: err})
			continue
		}
		for _, f := range files {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			m := explicit
			if m == nil {
				dir := filepath.Dir(f)
				if _, ok := manifests[dir]; !ok {
					mf, err := LoadManifest(filepath.Join(dir, ManifestName))
					if err != nil && !errors.Is(err, fs.ErrNotExist) {
						return nil, err
					}
					manifests[dir] = mf
				}
				m = manifests[dir]
			}
			doc, err := ReadDocument(f, m, opt.Published)
			if err != nil {
				c.Problems = append(c.Problems, Problem{Path: f, Err: err})
				continue
			}
			if prev, dup := seen[doc.ID]; dup {
				if prev == f {
					continue
				}
				c.Problems = append(c.Problems, Problem{Path: f, Err: fmt.Errorf("document id %q is also %s", doc.ID, prev)})
				continue
			}
			seen[doc.ID] = f
			c.Documents = append(c.Documents, doc)
		}
	}
	sort.Slice(c.Documents, func(i, j int) bool { return c.Documents[i].ID < c.Documents[j].ID })
	return c, nil
}

// listFiles expands a path into the .txt files it names.
func listFiles(p string) ([]string, error) {
	st, err := os.Stat(p)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("no such file or folder")
		}
		return nil, err
	}
	if !st.IsDir() {
		return []string{p}, nil
	}
	files, err := filepath.Glob(filepath.Join(p, "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("folder holds no .txt documents")
	}
	sort.Strings(files)
	return files, nil
}

// ReadDocument reads and checks one file and dates it: from the manifest
// entry for its id, else a "Published in …" line, else published.
func ReadDocument(path string, m Manifest, published graph.Date) (graph.Document, error) {
	text, err := readText(path)
	if err != nil {
		return graph.Document{}, err
	}
	id := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	doc := graph.Document{ID: id, Path: path, Text: text}
	if e, ok := m[id]; ok {
		doc.Title, doc.Source, doc.Published = e.Title, e.Source, e.Published
	}
	if doc.Published.IsZero() {
		if outlet, d, ok := PublishedLine(text); ok {
			doc.Published = d
			if doc.Source == "" {
				doc.Source = outlet
			}
		}
	}
	if doc.Published.IsZero() {
		doc.Published = published
	}
	if doc.Title == "" {
		doc.Title = firstLine(text)
	}
	return doc, nil
}

func readText(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", errors.Unwrap(err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxDocumentBytes+1))
	if err != nil {
		return "", err
	}
	switch {
	case len(data) > MaxDocumentBytes:
		return "", fmt.Errorf("larger than the %d MB limit for one document", MaxDocumentBytes>>20)
	case len(bytes.TrimSpace(data)) == 0:
		return "", fmt.Errorf("file is empty")
	case bytes.IndexByte(data, 0) >= 0:
		return "", fmt.Errorf("binary file (holds NUL bytes), not plain text")
	case !utf8.Valid(data):
		off := invalidOffset(data)
		return "", fmt.Errorf("not valid UTF-8 (first bad byte at offset %d)", off)
	}
	return string(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))), nil
}

func invalidOffset(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

func firstLine(text string) string {
	line, _, _ := strings.Cut(strings.TrimSpace(text), "\n")
	line = strings.TrimSpace(line)
	if utf8.RuneCountInString(line) > 120 {
		line = string([]rune(line)[:117]) + "..."
	}
	return line
}
