package cypher

import (
	"fmt"
	"io"
	"os"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// Progress hears how a load goes, document by document.
type Progress interface {
	Start(documents, facts int)
	Loaded(doc string, facts int, s Summary)
	Finish()
}

// NewProgress reports to w: a progress bar when w is a terminal, else one
// plain line per document (for logs and CI).
func NewProgress(w io.Writer) Progress {
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		return &barProgress{w: w}
	}
	return &lineProgress{w: w}
}

type barProgress struct {
	w   io.Writer
	bar *progressbar.ProgressBar
}

func (p *barProgress) Start(documents, facts int) {
	p.bar = progressbar.NewOptions(documents,
		progressbar.OptionSetWriter(p.w),
		progressbar.OptionSetDescription(fmt.Sprintf("loading %d facts", facts)),
		progressbar.OptionShowCount(),
		progressbar.OptionSetItsString("docs"),
		progressbar.OptionShowIts(),
		progressbar.OptionClearOnFinish(),
	)
}

func (p *barProgress) Loaded(doc string, facts int, _ Summary) { p.bar.Add(1) }

func (p *barProgress) Finish() { p.bar.Finish() }

type lineProgress struct {
	w          io.Writer
	done, docs int
}

func (p *lineProgress) Start(documents, facts int) {
	p.docs = documents
	fmt.Fprintf(p.w, "geoalign: loading %d documents, %d facts\n", documents, facts)
}

func (p *lineProgress) Loaded(doc string, facts int, s Summary) {
	p.done++
	fmt.Fprintf(p.w, "geoalign: loaded %s (%d/%d): %d facts, %d edges, %d relationships created, %d deleted\n",
		doc, p.done, p.docs, facts, s.Edges, s.RelationshipsCreated, s.RelationshipsDeleted)
}

func (p *lineProgress) Finish() {}

type noProgress struct{}

func (noProgress) Start(int, int)              {}
func (noProgress) Loaded(string, int, Summary) {}
func (noProgress) Finish()                     {}
