package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// sentence is one sentence of a document: its exact text, its index in the
// document (0-based, counted over the whole document) and its paragraph.
type sentence struct {
	text      string
	index     int
	paragraph int
}

// splitSentences splits a document into paragraphs (lines) and those into
// sentences. A period ends a sentence only when it is not part of an
// abbreviation ("Mr.", "Feb. 17", "No. 2"), an initial ("J. Smith") or a
// number, and what follows starts a new sentence (a capital, a digit or an
// opening quote).
func splitSentences(text string) []sentence {
	var out []sentence
	para := 0
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		for _, s := range splitLine(line) {
			out = append(out, sentence{text: s, index: len(out), paragraph: para})
		}
		para++
	}
	return out
}

func splitLine(line string) []string {
	var out []string
	start := 0
	for i := 0; i < len(line); {
		// terminators are ASCII, which no multi-byte character contains
		k := strings.IndexAny(line[i:], ".!?")
		if k < 0 {
			break
		}
		i += k
		r := rune(line[i])
		end := i + 1
		// runs of terminators and closing quotes/brackets stay with the sentence
		for end < len(line) {
			r2, n2 := utf8.DecodeRuneInString(line[end:])
			if strings.ContainsRune(".!?\"”’')]", r2) {
				end += n2
				continue
			}
			break
		}
		if r == '.' && !periodEnds(line, i) {
			i = end
			continue
		}
		next := skipSpace(line, end)
		if next == end && end < len(line) { // no space after: "U.S.-led", "3.5"
			i = end
			continue
		}
		if next < len(line) && !startsSentence(line[next:]) {
			i = end
			continue
		}
		if s := strings.TrimSpace(line[start:end]); s != "" {
			out = append(out, s)
		}
		start = next
		i = next
	}
	if s := strings.TrimSpace(line[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

// periodEnds reports whether the period at i may end a sentence, judging by
// the word before it.
func periodEnds(line string, i int) bool {
	j := i
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(line[:j])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		j -= n
	}
	w := line[j:i]
	if w == "" {
		return true
	}
	lw := strings.ToLower(strings.TrimSuffix(w, "."))
	if abbreviations[lw] {
		// "No. 2" and "Feb. 17" go on, "said no." ends; titles ("Mr.") never end
		if beforeNumber[lw] {
			rest := skipSpace(line, i+1)
			return !(rest < len(line) && line[rest] >= '0' && line[rest] <= '9')
		}
		return false
	}
	// a single capital letter is an initial: "J. Smith"
	if utf8.RuneCountInString(w) == 1 && unicode.IsUpper([]rune(w)[0]) {
		return false
	}
	// dotted initials ("U.S.") end a sentence only before a typical sentence start
	if strings.Count(w, ".") >= 1 {
		rest := skipSpace(line, i+1)
		return rest >= len(line) || startsWithSentenceWord(line[rest:])
	}
	return true
}

// beforeNumber are abbreviations that are also words: abbreviations only
// when a number follows ("No. 2", "Feb. 17", "Vol. 3").
var beforeNumber = map[string]bool{
	"no": true, "nos": true, "vol": true, "pp": true, "fig": true, "jan": true, "feb": true,
	"mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true,
}

// sentenceStarters are words that, after "U.S.", begin a new sentence.
var sentenceStarters = map[string]bool{
	"the": true, "it": true, "he": true, "she": true, "they": true, "this": true, "that": true,
	"these": true, "those": true, "in": true, "but": true, "however": true, "a": true, "an": true,
	"we": true, "its": true, "his": true, "her": true, "their": true, "on": true, "at": true,
	"since": true, "as": true, "meanwhile": true, "moreover": true, "yet": true, "and": true,
}

func startsWithSentenceWord(s string) bool {
	w := s
	if k := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }); k >= 0 {
		w = s[:k]
	}
	return sentenceStarters[strings.ToLower(w)] && isCapitalized(w)
}

func startsSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'([", r)
}

func skipSpace(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	return i
}
