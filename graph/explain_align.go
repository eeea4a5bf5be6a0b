package graph

import (
	"fmt"
	"io"
	"strings"
)

// IndirectShown is how many two-hop paths the text of an alignment shows;
// the JSON has them all.
const IndirectShown = 10

// WriteAlignText writes an alignment: the verdict, a year-by-year table of
// direct evidence, the edges and sentences behind each row, the strongest
// two-hop paths with theirs, and a one-line summary.
func WriteAlignText(w io.Writer, al Alignment, f EdgeFilter, dir *Directory, vocab Relations) error {
	ew := &errWriter{w: w}
	head := fmt.Sprintf("%s and %s", dir.Name(al.A), dir.Name(al.B))
	if c := DescribeFilter(f, al.CountryLevel); c != "" {
		head += " (" + c + ")"
	}
	ew.printf("%s: %s, score %+.1f\n", head, al.Verdict, al.Score)

	if len(al.Years) > 0 {
		ew.printf("\nDirect evidence, by year:\n")
		ew.printf("   %-8s %7s  %s\n", "year", "score", "events")
		for _, r := range al.Years {
			ew.printf("   %-8s %+7.1f  %d\n", yearLabel(r.Year), r.Score, len(r.Edges))
		}
		for _, r := range al.Years {
			ew.printf("\n%s  %+.1f\n", yearLabel(r.Year), r.Score)
			for _, e := range r.Edges {
				ew.printf("   %s  [%+g]\n", EdgeLine(e.Edge, al.A, dir, vocab), e.Weight)
				for _, c := range e.Citations {
					ew.printf("       %s\n", CitationLine(c))
				}
			}
		}
	} else {
		ew.printf("\nNo direct evidence between them.\n")
	}

	if len(al.Indirect) > 0 {
		ew.printf("\nIndirect evidence (structural balance): %s, mean %+.1f\n", plural(len(al.Indirect), "two-hop path", "two-hop paths"), al.IndirectScore)
		for i, p := range al.Indirect {
			if i == IndirectShown {
				ew.printf("   … and %d more (--format json lists them all)\n", len(al.Indirect)-i)
				break
			}
			ew.printf("   %s via %s: %s, %+.1f\n", signMark(p.Sign), dir.Name(p.Via), p.Rule, p.Score)
			for _, h := range []SignedHop{p.First, p.Second} {
				for _, e := range h.Edges {
					ew.printf("       %s  [%+g]\n", EdgeLine(e.Edge, h.From, dir, vocab), e.Weight)
					for _, c := range e.Citations {
						ew.printf("           %s\n", CitationLine(c))
					}
				}
			}
		}
	}
	ew.printf("\n%s\n", AlignSummary(al, dir))
	return ew.err
}

// AlignSummary says in one line how two actors stand and why.
func AlignSummary(al Alignment, dir *Directory) string {
	s := fmt.Sprintf("%s and %s: %s (score %+.1f)", dir.Name(al.A), dir.Name(al.B), al.Verdict, al.Score)
	if al.Verdict == NoEvidence {
		return s + "; no edge links them directly or through a common third actor."
	}
	if len(al.Years) > 0 {
		var rows []string
		for _, r := range al.Years {
			rows = append(rows, fmt.Sprintf("%s %+.1f", yearLabel(r.Year), r.Score))
		}
		s += fmt.Sprintf("; direct %+.1f (%s)", al.Direct, strings.Join(rows, ", "))
	} else {
		s += "; no direct evidence"
	}
	if len(al.Indirect) > 0 {
		s += fmt.Sprintf("; indirect %+.1f from %s", al.IndirectScore, plural(len(al.Indirect), "two-hop path", "two-hop paths"))
	}
	return s + "."
}

func yearLabel(y int) string {
	if y == 0 {
		return "undated"
	}
	return fmt.Sprint(y)
}

func signMark(sign int) string {
	if sign > 0 {
		return "+"
	}
	return "−"
}

type alignJSON struct {
	A       ActorRef  `json:"a"`
	B       ActorRef  `json:"b"`
	Summary string    `json:"summary"`
	Result  Alignment `json:"alignment"`
}

// WriteAlignJSON writes the alignment as one JSON object, every edge with
// its weight and citations.
func WriteAlignJSON(w io.Writer, al Alignment, dir *Directory) error {
	return writeJSON(w, alignJSON{A: dir.Ref(al.A), B: dir.Ref(al.B), Summary: AlignSummary(al, dir), Result: al})
}
