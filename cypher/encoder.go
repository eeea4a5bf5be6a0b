package cypher

import (
	"bufio"
	"fmt"
	"io"
)

// Encoder writes a dataset as a self-contained Cypher script: schema
// statements, then each document's statements, every value a literal and
// every statement ended by ';'. It runs unchanged in the Neo4j Browser
// (multi-statement mode) and with `cypher-shell -f`, and gives the same
// graph as the Loader; running it again changes nothing. Unlike the Loader,
// these tools commit statement by statement, not per document.
type Encoder struct {
	w io.Writer
}

// NewEncoder returns an Encoder writing to w.
func NewEncoder(w io.Writer) *Encoder { return &Encoder{w: w} }

// Encode checks the whole dataset, then writes its script.
func (e *Encoder) Encode(ds Dataset) error {
	schema, docs, err := plan(ds, DefaultBatchSize)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(e.w)
	fmt.Fprintf(w, "// geoalign graph for Neo4j 5.26: %d documents, %d facts.\n", len(docs), ds.Facts())
	fmt.Fprintf(w, "// Written by `geoalign cypher`; do not edit. Run it in the Neo4j Browser\n")
	fmt.Fprintf(w, "// (multi-statement) or with `cypher-shell -f FILE`; running it twice changes nothing.\n")
	fmt.Fprintf(w, "\n// Schema\n\n")
	if err := writeStatements(w, schema); err != nil {
		return err
	}
	for i, d := range docs {
		id, err := literal(d.id)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "// Document %d of %d: %s, %d facts, %d edges\n\n", i+1, len(docs), id, d.facts, d.edges)
		if err := writeStatements(w, d.statements()); err != nil {
			return fmt.Errorf("document %s: %w", d.id, err)
		}
	}
	return w.Flush()
}

func writeStatements(w *bufio.Writer, stmts []statement) error {
	for _, s := range stmts {
		text, err := inline(s)
		if err != nil {
			return err
		}
		if _, err := fmt.Fprintf(w, "%s;\n\n", text); err != nil {
			return err
		}
	}
	return nil
}
