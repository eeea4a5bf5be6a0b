package extract

import (
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/geoalign/geoalign/dict"
	"github.com/geoalign/geoalign/graph"
)

// Officials the dictionaries do not know are coined from their titles:
// "Lithuanian Foreign Minister Gabrielius Landsbergis" names an official
// Gabrielius Landsbergis, who holds that office for Lithuania, and later
// "Mr Landsbergis" or "Landsbergis" in the same document is the same person.
// Without this, every act of an unlisted minister would be lost or pinned
// on the state named before the title.

// nameParticles may stand inside a personal name.
var nameParticles = set("bin", "al", "el", "de", "da", "der", "van", "von", "du", "di", "ibn", "la", "le", "-")

// notNameWords are capitalised words that end a name or show the words are
// no name at all ("General Assembly", "Prime Minister's Office").
var notNameWords = set("assembly", "council", "ministry", "office", "department", "house", "party", "bank",
	"fund", "republic", "union", "summit", "forces", "army", "navy", "government", "administration",
	"state", "states", "committee", "commission", "parliament", "court", "agency", "organisation",
	"organization", "nations", "kingdom", "emirates", "federation", "people", "republican", "democrat",
	"democratic", "national", "security", "foreign", "affairs", "defence", "defense", "minister",
	"president", "prime", "secretary", "general", "the", "on", "in", "at", "said", "told", "says")

// possessiveState is the state of a possessive title after a name at i.
func possessiveState(a *analysis, i int) string {
	state, _ := a.possessiveTitleAfter(i)
	return state
}

// writtenIn reports whether toks hold the name's words in a row.
func writtenIn(toks, name []token) bool {
	for i := 0; i+len(name) <= len(toks); i++ {
		k := 0
		for k < len(name) && toks[i+k].lower == name[k].lower {
			k++
		}
		if k == len(name) {
			return true
		}
	}
	return false
}

// nameSuffixes end a name without being its surname.
var nameSuffixes = set("jr", "sr", "ii", "iii", "iv")

// coinage is what a document's sentences have coined so far.
type coinage struct {
	entries map[string]*dict.Entry
	order   []string
	// names are the written forms of coined officials, lower-case tokens →
	// id: the full name, the surname, honorific + surname.
	names map[string]string
	// longest is the most tokens of any name.
	longest int
	// buf and ends are match's scratch: words joined, where each ends.
	buf  []byte
	ends []int
}

func newCoinage() *coinage {
	return &coinage{entries: map[string]*dict.Entry{}, names: map[string]string{}}
}

// actors returns the coined officials in the order they were found.
func (c *coinage) actors() []dict.Entry {
	out := make([]dict.Entry, 0, len(c.order))
	for _, id := range c.order {
		out = append(out, *c.entries[id])
	}
	return out
}

// addOffice records an office a coined official was seen to hold.
func (c *coinage) addOffice(id string, off graph.Office) {
	e, ok := c.entries[id]
	if !ok {
		return
	}
	for _, o := range e.Offices {
		if o.Role == off.Role && o.Of == off.Of {
			return
		}
	}
	e.Offices = append(e.Offices, graph.Office{Role: off.Role, Of: off.Of})
}

// coin finds officials named after a title and mentions of officials
// coined earlier, and adds them to the sentence's mentions.
func (x *Extractor) coin(c *coinage, a *analysis) {
	added := false
	for j := 0; j < len(a.toks); j++ {
		if a.at[j] >= 0 || !isNameWord(a.toks[j]) {
			continue
		}
		if j > 0 && (isNameWord(a.toks[j-1]) && !rankWords[a.toks[j-1].lower] || a.at[j-1] >= 0) {
			// not the start of a name ("General Laura Richardson" starts at Laura)
		} else if end, ok := nameEnd(a, j); ok {
			// "Marlar Than Htaik, the permanent secretary of Myanmar's
			// foreign ministry": a title in apposition after the name
			if _, state, _ := a.peekTitleOfAfter(end); state != "" || possessiveState(a, end) != "" {
				if id := c.coinName(x, a, j, end); id != "" {
					added = true
					j = end - 1
					continue
				}
			}
		}
		if j == 0 {
			continue
		}
		titleEnd := j
		if rankWords[a.toks[titleEnd-1].lower] && titleEnd >= 2 {
			titleEnd-- // "a government spokesman, Col. Abdoulaye Maïga"
		}
		if a.toks[titleEnd-1].lower == "," && titleEnd >= 2 { // "Ukraine's foreign minister, Dmytro Kuleba,"
			titleEnd--
		}
		if titleEnd == 0 {
			continue
		}
		if role, _ := x.titleEnding(a.toks, titleEnd); role == "" {
			_, pre := a.placeOfTitle(titleEnd) // "ambassador in Budapest, David Pressman"
			if role, _ := x.titleEnding(a.toks, pre); pre == 0 || role == "" {
				if role, _ := a.looseTitle(titleEnd); role == "" || titleEnd != j {
					continue
				}
			}
		}
		end, ok := nameEnd(a, j)
		if !ok {
			continue
		}
		name, id := nameAt(a, j, end)
		if id == "" {
			continue
		}
		if _, known := x.entryByID[id]; known {
			continue // written differently from every alias; leave it
		}
		if _, seen := c.entries[id]; !seen {
			c.entries[id] = &dict.Entry{Actor: graph.Actor{ID: id, Name: name, Kind: graph.Official}}
			c.order = append(c.order, id)
			c.addNames(id, a.toks[j:end])
		}
		a.mentions = append(a.mentions, mention{start: j, end: end, actor: id, kind: graph.Official, form: byName})
		added = true
		j = end - 1
	}
	// an official named in full may be named later by one part of the
	// name: "Kim Jong Un" … "Kim invited Putin"
	for _, m := range a.mentions {
		if m.kind != graph.Official || m.end-m.start < 2 || m.modifier {
			continue
		}
		name := x.officialNames[m.actor]
		if len(name) < 2 || !writtenIn(a.toks[m.start:m.end], name) {
			continue // only where the full name is written ("President Ferdinand Marcos Jr." has it)
		}
		last := name[len(name)-1]
		if nameSuffixes[strings.TrimSuffix(last.lower, ".")] && len(name) > 2 {
			last = name[len(name)-2] // "Ferdinand Marcos Jr." is "Marcos"
		}
		for _, t := range []token{name[0], last} {
			if lx := x.lexicon[t.lower]; lx != nil && lx.names != nil && len(lx.names.ends) > 0 {
				continue // a name of its own ("Putin" is an alias already)
			}
			if len([]rune(t.lower)) >= 3 && isNameWord(t) && !notNameWords[t.lower] {
				c.put([]string{t.lower}, m.actor)
			}
		}
	}
	if len(c.names) > 0 {
		for j := 0; j < len(a.toks); j++ {
			if a.at[j] >= 0 {
				continue
			}
			if id, n := c.match(a, j); n > 0 {
				a.mentions = append(a.mentions, mention{start: j, end: j + n, actor: id, kind: graph.Official, form: byName})
				added = true
				j += n - 1
			}
		}
	}
	if added {
		sort.Slice(a.mentions, func(p, q int) bool { return a.mentions[p].start < a.mentions[q].start })
		a.index()
	}
}

// coinName coins (or finds) the official named by tokens [j, end) and adds
// the mention; it returns the id, or "" for a name the dictionaries know.
func (c *coinage) coinName(x *Extractor, a *analysis, j, end int) string {
	name, id := nameAt(a, j, end)
	if id == "" {
		return ""
	}
	if _, known := x.entryByID[id]; known {
		return ""
	}
	if _, seen := c.entries[id]; !seen {
		c.entries[id] = &dict.Entry{Actor: graph.Actor{ID: id, Name: name, Kind: graph.Official}}
		c.order = append(c.order, id)
		c.addNames(id, a.toks[j:end])
	}
	a.mentions = append(a.mentions, mention{start: j, end: end, actor: id, kind: graph.Official, form: byName})
	return id
}

// nameEnd reads a personal name starting at j: capitalised words and
// particles ("Mohammed bin Salman", "Jean-Noël Barrot"), at least two words,
// ending on a capitalised word.
func nameEnd(a *analysis, j int) (int, bool) {
	end, caps := j, 0
	for k := j; k < len(a.toks) && k < j+6; k++ {
		t := a.toks[k]
		if a.at[k] >= 0 || notNameWords[t.lower] || graph.MonthNumber(t.lower) > 0 {
			break
		}
		if isNameWord(t) {
			caps++
			end = k + 1
			continue
		}
		// "Chang Ho-jin": a lower-case part hyphenated to a name word
		if t.kind == word && k >= 2 && end == k-1 && a.toks[k-1].lower == "-" && a.toks[k-1].start == a.toks[k-2].end && t.start == a.toks[k-1].end {
			end = k + 1
			continue
		}
		if !nameParticles[t.lower] || k+1 >= len(a.toks) {
			break
		}
	}
	if end < len(a.toks) && a.toks[end].kind == word && isCapitalized(a.toks[end].text) && notNameWords[a.toks[end].lower] {
		return 0, false // "Prime Minister Office Building": no name
	}
	return end, caps >= 2
}

// isNameWord is a capitalised word that is not all capitals (an acronym).
func isNameWord(t token) bool { return t.name }

// nameWord is isNameWord's test, which the tokenizer applies to each word.
func nameWord(w string) bool {
	return isCapitalized(w) && !isAllCaps(w) && !strings.Contains(w, ".")
}

// addNames records the forms a coined official may be written in later.
func (c *coinage) addNames(id string, toks []token) {
	var full []string
	for _, t := range toks {
		full = append(full, t.lower)
	}
	c.put(full, id)
	surname := toks[len(toks)-1].lower
	if len(surname) >= 4 && !notNameWords[surname] {
		c.put([]string{surname}, id)
		for _, h := range []string{"mr", "ms", "mrs", "dr"} {
			c.put([]string{h, surname}, id)
		}
	}
}

func (c *coinage) put(words []string, id string) {
	key := strings.Join(words, " ")
	if prev, ok := c.names[key]; ok && prev != id {
		c.names[key] = "" // two coined officials share it: ambiguous
		return
	}
	c.names[key] = id
	c.longest = max(c.longest, len(words))
}

// match finds the longest coined name at token j (capitalised as a name).
func (c *coinage) match(a *analysis, j int) (string, int) {
	if !isNameWord(a.toks[j]) && a.toks[j].lower != "mr" && a.toks[j].lower != "ms" && a.toks[j].lower != "mrs" && a.toks[j].lower != "dr" {
		return "", 0
	}
	n := min(c.longest, len(a.toks)-j)
	for k := j; k < j+n; k++ {
		if a.at[k] >= 0 {
			n = k - j // a name does not run into a mention
			break
		}
	}
	// the n words joined once; each shorter name is a prefix of it
	c.buf, c.ends = c.buf[:0], c.ends[:0]
	for k := 0; k < n; k++ {
		if k > 0 {
			c.buf = append(c.buf, ' ')
		}
		c.buf = append(c.buf, a.toks[j+k].lower...)
		c.ends = append(c.ends, len(c.buf))
	}
	for ; n > 0; n-- {
		if id := c.names[string(c.buf[:c.ends[n-1]])]; id != "" {
			if n == 1 && !isNameWord(a.toks[j]) {
				continue
			}
			return id, n
		}
	}
	return "", 0
}

// slug makes a lower-kebab-case ASCII id of a name: "Dmytro Kuleba" →
// "dmytro-kuleba", "Hakan Fidan" and "Hakan Fıdan" alike.
func slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFD.String(name) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == 'ı':
			r = 'i'
		}
		r = unicode.ToLower(r)
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

// nameAt is the person's name written by tokens [j, end), a hyphen kept
// inside a name ("Chang Ho-jin"), and the id it coins.
func nameAt(a *analysis, j, end int) (name, id string) {
	var words []string
	for k := j; k < end; k++ {
		words = append(words, a.toks[k].text)
	}
	name = strings.ReplaceAll(strings.Join(words, " "), " - ", "-")
	return name, slug(name)
}
