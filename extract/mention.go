package extract

import (
	"strings"

	"github.com/geoalign/geoalign/dict"
	"github.com/geoalign/geoalign/graph"
)

// form is how an actor is named: by a name or alias, or by a demonym
// ("Pakistani"), which names the state only before an agent noun
// ("Pakistani troops") or as a plural people noun ("the Afghans").
type form uint8

const (
	byName form = iota
	byDemonym
)

// surface is one way of writing an actor's name, as tokens.
type surface struct {
	words []string // as written in the dictionary, tokenised
	lower []string
	actor int // index into matcher.actors; -1 for a name that is no actor
	form  form
	// honorific: "Mr Putin", which is no match when the name goes on ("Mr
	// Hun Manet" is not "Mr Hun" of Kim Tok Hun)
	honorific bool
}

// titleStarts open an alias made of a title and a name.
var titleStarts = set("president", "prime", "minister", "chancellor", "king", "queen", "crown", "prince", "princess",
	"sheikh", "emir", "general", "secretary", "foreign", "vice", "premier", "senator", "ambassador", "chairman", "supreme")

// matcher finds actor mentions by longest match over the dictionary's
// names, aliases and demonyms, held in a trie of lower-case tokens.
type matcher struct {
	actors []dict.Entry
	root   *trieNode
}

// trieNode is one token deep into the names; ends are the surfaces that
// end here (the case rules decide which of them a text matches).
type trieNode struct {
	next map[string]*trieNode
	// byLex is next keyed by the words' lexicon entries (set by
	// buildLexicon), which find follows without hashing strings
	byLex map[*lexEntry]*trieNode
	ends  []surface
}

func (m *matcher) insert(sf surface) {
	n := m.root
	for _, w := range sf.lower {
		c, ok := n.next[w]
		if !ok {
			c = &trieNode{next: map[string]*trieNode{}}
			n.next[w] = c
		}
		n = c
	}
	n.ends = append(n.ends, sf)
}

func newMatcher(d *dict.Dictionary) *matcher {
	m := &matcher{actors: d.Actors, root: &trieNode{next: map[string]*trieNode{}}}
	for i, a := range d.Actors {
		add := func(s string, f form) {
			toks := tokenize(s)
			if len(toks) == 0 {
				return
			}
			sf := surface{actor: i, form: f}
			for _, t := range toks {
				sf.words = append(sf.words, t.text)
				sf.lower = append(sf.lower, t.lower)
			}
			m.insert(sf)
		}
		add(a.Name, byName)
		for _, s := range a.Aliases {
			add(s, byName)
			if a.Kind == graph.Official && len(strings.Fields(s)) > 1 && titleStarts[strings.ToLower(strings.Fields(s)[0])] {
				// "Prime Minister Paetongtarn": like an honorific, no match
				// when the name goes on ("… Paetongtarn Shinawatra made")
				n := m.root
				toks := tokenize(s)
				for _, t := range toks {
					n = n.next[t.lower]
				}
				n.ends[len(n.ends)-1].honorific = true
			}
		}
		for _, s := range a.Demonyms {
			add(s, byDemonym)
		}
	}
	// "Mr. Putin", "Ms Khar": an honorific and an official's surname, when
	// no other official shares the surname
	surnames := map[string][]int{}
	for i, a := range d.Actors {
		if a.Kind != graph.Official {
			continue
		}
		if f := strings.Fields(a.Name); len(f) > 1 {
			surnames[f[len(f)-1]] = append(surnames[f[len(f)-1]], i)
		}
	}
	for sn, owners := range surnames {
		if len(owners) != 1 {
			continue
		}
		for _, h := range []string{"Mr", "Ms", "Mrs", "Dr"} {
			toks := tokenize(h + " " + sn)
			sf := surface{actor: owners[0], form: byName, honorific: true}
			for _, t := range toks {
				sf.words = append(sf.words, t.text)
				sf.lower = append(sf.lower, t.lower)
			}
			m.insert(sf)
		}
	}
	for _, n := range d.NotActors {
		toks := tokenize(n)
		if len(toks) == 0 {
			continue
		}
		sf := surface{actor: -1}
		for _, t := range toks {
			sf.words = append(sf.words, t.text)
			sf.lower = append(sf.lower, t.lower)
		}
		m.insert(sf)
	}
	return m
}

// mention is an actor named in a sentence over tokens [start, end).
type mention struct {
	start, end int
	actor      string
	kind       graph.Kind
	form       form
	// modifier marks a mention that qualifies something else ("US-backed",
	// "the Ukrainian conflict"): it is no subject or object of a relation.
	modifier bool
	// inTitle marks a mention absorbed by an official's title
	// ("Indian national security adviser Ajit Kumar Doval").
	inTitle bool
	// governed marks a mention inside a prepositional phrase that the
	// token before it does not show (an appositive).
	governed bool
}

// find returns the mentions in toks, left to right, longest match first;
// lex holds each token's lexicon entry, whose trie node saves the first
// look-up.
func (m *matcher) find(toks []token, lex []*lexEntry, out []mention) []mention {
	for i := 0; i < len(toks); {
		bestLen := 0
		var bestSurface surface
		if lex[i] == nil || lex[i].names == nil {
			i++
			continue
		}
		n := lex[i].names
		for j := i; j < len(toks); j++ {
			if j > i {
				if lex[j] == nil {
					break
				}
				if n = n.byLex[lex[j]]; n == nil {
					break
				}
			}
			for e := range n.ends {
				if sf := &n.ends[e]; matchesSurface(toks[i:j+1], sf) {
					bestLen, bestSurface = j+1-i, *sf // deeper ends are longer: keep going
					break
				}
			}
		}
		if bestLen == 0 {
			i++
			continue
		}
		if bestSurface.honorific && i+bestLen < len(toks) && isNameWord(toks[i+bestLen]) {
			i++ // past the honorific: the longer name may be known after it
			continue
		}
		if bestSurface.actor < 0 { // a name that is no actor hides the aliases inside it
			i += bestLen
			continue
		}
		best := bestSurface.actor
		a := m.actors[best]
		if bestLen == 1 && a.Kind == graph.Official {
			if n := longerName(toks, i); n > 1 {
				i += n // "Yunus-Bek Yevkurov", "Yunus Khan": not Muhammad Yunus
				continue
			}
		}
		out = append(out, mention{start: i, end: i + bestLen, actor: a.ID, kind: a.Kind, form: bestSurface.form})
		i += bestLen
	}
	return out
}

// longerName is the length of the run of name words from i when an
// official's one-word name there goes on into a name the dictionaries do
// not know: the next word is a name word joined by a hyphen, or written
// after it and neither a weekday, a month nor an institution's word
// ("Administration"). It is 1 when the name stands alone.
func longerName(toks []token, i int) int {
	j := i + 1
	if j+1 < len(toks) && toks[j].text == "-" && toks[j].start == toks[i].end && isNameWord(toks[j+1]) {
		j += 2 // "Yunus-Bek"
	} else if j >= len(toks) || !isNameWord(toks[j]) || notNameWords[toks[j].lower] || weekdays[toks[j].lower] != 0 ||
		toks[j].lower == "sunday" || graph.MonthNumber(toks[j].lower) > 0 {
		return 1
	}
	for j < len(toks) && isNameWord(toks[j]) {
		j++
	}
	return j - i
}

// matchesSurface applies the case rules to tokens whose lower-case words
// are the surface's (the trie walk saw to that): a dictionary word with
// capitals must be written the same (so "US" is not "us"), or in an
// all-capitals headline ("ISLAMABAD"); a lower-case dictionary word ("the
// Kremlin") matches in any case.
func matchesSurface(toks []token, sf *surface) bool {
	for k, t := range toks {
		w := sf.words[k]
		if w == t.text || strings.ToLower(w) == w {
			continue
		}
		if isAllCaps(t.text) && !isAllCaps(w) && len(t.text) > 3 {
			continue // "ISLAMABAD -" datelines and headlines
		}
		if strings.TrimSuffix(w, ".") == strings.TrimSuffix(t.text, ".") {
			continue // "Mr" and "Mr."
		}
		return false
	}
	return true
}
