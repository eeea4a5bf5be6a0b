package main

import (
	"encoding/json"
	"io"
)

// writeIndentedJSON writes v as indented JSON, leaving <, > and & as they
// are (evidence sentences are read by people).
func writeIndentedJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
