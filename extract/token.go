package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// tokenKind tells words, numbers and punctuation apart.
type tokenKind uint8

const (
	word tokenKind = iota
	number
	punct
)

// token is one word, number or punctuation mark of a sentence. Offsets are
// byte offsets into the sentence text.
type token struct {
	text       string // as written ("U.S.", "Pakistan", "’s")
	lower      string // lower case, abbreviation dots and curly quotes normalised ("u.s.", "mr", "'s")
	start, end int
	kind       tokenKind
	// name: a word that may be part of a person's name (isNameWord),
	// worked out once here because name finding asks of every token
	name bool
}

// abbreviations keep their period: "Mr." is one token, matched as "mr".
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "lt": true,
	"col": true, "sgt": true, "capt": true, "maj": true, "adm": true, "gov": true, "sen": true,
	"rep": true, "st": true, "no": true, "nos": true, "vol": true, "vs": true, "etc": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "inc": true, "ltd": true,
	"co": true, "corp": true, "jr": true, "sr": true, "pp": true, "fig": true, "al": true,
	"approx": true, "est": true, "dept": true, "govt": true, "amb": true,
}

// tokenize splits a sentence into tokens. Hyphens and possessive 's are
// tokens of their own ("US-backed" → US - backed; "Pakistan's" → Pakistan 's),
// so that actor names inside compounds are found; dotted initials ("U.S.")
// and known abbreviations ("Mr.", "Feb.") stay whole.
func tokenize(s string) []token {
	return tokenizeInto(make([]token, 0, len(s)/4+8), s)
}

// tokenizeInto is tokenize appending to toks, so that a caller working
// through many sentences can reuse one buffer.
func tokenizeInto(toks []token, s string) []token {
	// lower-case the sentence once and slice it, when that keeps byte
	// offsets (it does for nearly all text); else lower-case per token
	ls, sliceable := lowerSameSize(s)
	lower := func(i, j int) string {
		if sliceable {
			return ls[i:j]
		}
		return strings.ToLower(s[i:j])
	}
	i := 0
	for i < len(s) {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case unicode.IsSpace(r):
			i += n
		case unicode.IsLetter(r):
			j := scanWord(s, i)
			// dotted initials: U.S., U.N., U.S.A.
			if k := scanInitials(s, i); k > j {
				toks = append(toks, token{text: s[i:k], lower: lower(i, k), start: i, end: k, kind: word})
				i = k
				continue
			}
			w := s[i:j]
			lw := lower(i, j)
			// split n't: "didn't" → "did" "n't"
			if strings.HasSuffix(lw, "n't") && len(lw) > 3 {
				toks = append(toks, token{text: w[:len(w)-3], lower: lw[:len(lw)-3], start: i, end: j - 3, kind: word, name: nameWord(w[:len(w)-3])})
				toks = append(toks, token{text: w[len(w)-3:], lower: "n't", start: j - 3, end: j, kind: word})
				i = j
				continue
			}
			if j < len(s) && s[j] == '.' && abbreviations[lw] {
				toks = append(toks, token{text: s[i : j+1], lower: lw, start: i, end: j + 1, kind: word})
				i = j + 1
				continue
			}
			toks = append(toks, token{text: w, lower: lw, start: i, end: j, kind: word, name: nameWord(w)})
			i = j
		case unicode.IsDigit(r):
			j := scanNumber(s, i)
			toks = append(toks, token{text: s[i:j], lower: lower(i, j), start: i, end: j, kind: number})
			i = j
		default:
			// possessive 's / ’s
			if (r == '\'' || r == '’') && i+n < len(s) && (s[i+n] == 's' || s[i+n] == 'S') && (i+n+1 == len(s) || !isWordByte(s[i+n+1])) && len(toks) > 0 && toks[len(toks)-1].end == i {
				toks = append(toks, token{text: s[i : i+n+1], lower: "'s", start: i, end: i + n + 1, kind: word})
				i += n + 1
				continue
			}
			text := s[i : i+n]
			lower := text
			switch r {
			case '’', '‘':
				lower = "'"
			case '“', '”':
				lower = "\""
			case '–', '—':
				lower = "--"
			}
			toks = append(toks, token{text: text, lower: lower, start: i, end: i + n, kind: punct})
			i += n
		}
	}
	return toks
}

// lowerSameSize lower-cases s, reporting whether every character kept its
// byte length (so offsets into s are offsets into the result).
func lowerSameSize(s string) (string, bool) {
	b := make([]byte, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		lr := unicode.ToLower(r)
		if utf8.RuneLen(lr) != n {
			return "", false
		}
		utf8.EncodeRune(b[i:], lr)
		i += n
	}
	if len(b) == 0 {
		return "", true
	}
	// b is never written again: share it rather than copy (as strings.Builder does)
	return unsafe.String(&b[0], len(b)), true
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// scanWord returns the end of the word starting at i: letters, digits and
// apostrophes between letters ("O'Brien", but not a possessive 's).
func scanWord(s string, i int) int {
	j := i
	for j < len(s) {
		if isWordByte(s[j]) { // ASCII letters and digits: most of any text
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			j += n
			continue
		}
		if (r == '\'' || r == '’') && j+n < len(s) {
			r2, n2 := utf8.DecodeRuneInString(s[j+n:])
			if unicode.IsLetter(r2) && !(r2 == 's' || r2 == 'S') || (r2 == 't' && j > i && (s[j-1] == 'n' || s[j-1] == 'N')) {
				j += n + n2
				continue
			}
		}
		break
	}
	return j
}

// scanInitials recognises U.S. / U.S.A. / U.N. at i, returning its end, or i.
func scanInitials(s string, i int) int {
	j, groups := i, 0
	for j+1 < len(s) && isUpperASCII(s[j]) && s[j+1] == '.' {
		j += 2
		groups++
	}
	if groups < 2 || (j < len(s) && isWordByte(s[j])) {
		return i
	}
	return j
}

func isUpperASCII(b byte) bool { return b >= 'A' && b <= 'Z' }

// scanNumber reads digits with inner commas or points ("2,000", "1.5") and
// ordinal or decade suffixes ("7th", "1990s").
func scanNumber(s string, i int) int {
	j := i
	for j < len(s) {
		c := s[j]
		if c >= '0' && c <= '9' {
			j++
			continue
		}
		if (c == ',' || c == '.') && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9' && j > i {
			j++
			continue
		}
		break
	}
	for j < len(s) && (s[j] >= 'a' && s[j] <= 'z') {
		j++
	}
	return j
}

// isCapitalized reports whether a word starts with an upper-case letter.
func isCapitalized(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf {
		return 'A' <= s[0] && s[0] <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isAllCaps reports whether a word of two or more letters has no lower case.
func isAllCaps(s string) bool {
	letters := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return isAllCapsRunes(s)
		}
		if c >= 'a' && c <= 'z' {
			return false
		}
		if c >= 'A' && c <= 'Z' {
			letters++
		}
	}
	return letters >= 2
}

func isAllCapsRunes(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}
