package graph

// Document is one source text and its provenance.
type Document struct {
	ID        string `json:"id" yaml:"id"`
	Title     string `json:"title,omitempty" yaml:"title,omitempty"`
	Source    string `json:"source,omitempty" yaml:"source,omitempty"` // the outlet
	Published Date   `json:"published,omitempty" yaml:"published,omitempty"`
	Path      string `json:"-" yaml:"-"`
	Text      string `json:"-" yaml:"-"`
}
