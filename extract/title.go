package extract

import (
	"strings"

	"github.com/geoalign/geoalign/dict"
	"github.com/geoalign/geoalign/graph"
)

// title is an office title as token sequences ("national security adviser").
type title struct {
	role     string
	patterns [][]string
}

// titleEdgeWords lists the first and the last words of all title
// patterns, to rule out most positions with one look-up.
func titleEdgeWords(ts []title) (first, last map[string]bool) {
	first, last = map[string]bool{}, map[string]bool{}
	for _, t := range ts {
		for _, p := range t.patterns {
			first[p[0]], last[p[len(p)-1]] = true, true
		}
	}
	return first, last
}

func compileTitles(ts []dict.Title) []title {
	out := make([]title, 0, len(ts))
	for _, t := range ts {
		ct := title{role: t.Role}
		for _, p := range t.Patterns {
			var seq []string
			for _, tk := range tokenize(p) {
				seq = append(seq, tk.lower)
			}
			if len(seq) > 0 {
				ct.patterns = append(ct.patterns, seq)
			}
		}
		out = append(out, ct)
	}
	return out
}

// officeMention is a title in apposition before an official's name:
// "Indian national security adviser Ajit Kumar Doval".
type officeMention struct {
	official string
	at       int    // the official's first token
	title    string // as written
	role     string // the title's role
	state    string // the state named before the title ("Indian"), if any
}

// findTitles finds titles before officials' names, and marks the mentions
// they absorb ("Indian", "Russia's") so that those are not taken for actors
// of the sentence.
func (x *Extractor) findTitles(a *analysis) []officeMention {
	var out []officeMention
	for k, m := range a.mentions {
		if m.kind != graph.Official {
			continue
		}
		// the title may be written before the name, or be part of the alias
		// matched ("President Putin")
		end := m.start
		appositive, forState := false, ""
		role, start := x.titleEnding(a.toks, end)
		if role == "" && end >= 3 {
			// "presidential envoy to Afghanistan Zamir Kabulov"
			if p := a.at[end-1]; p >= 0 && p != k && a.mentions[p].end == end {
				if pre := a.mentions[p].start - 1; pre > 0 && (a.toks[pre].lower == "to" || a.toks[pre].lower == "for" || a.toks[pre].lower == "in") {
					if role, start = x.titleEnding(a.toks, pre); role != "" {
						a.mentions[p].inTitle = true
					}
				}
			}
		}
		if role == "" && end >= 2 && a.toks[end-1].lower == "," {
			// "Pakistan's newly elected foreign minister, Bilawal Bhutto Zardari"
			if role, start = x.titleEnding(a.toks, end-1); role != "" {
				appositive = true
			} else if p, pre := a.placeOfTitle(end - 1); p >= 0 {
				// "The U.S. ambassador in Budapest, David Pressman"; "a
				// spokesman for India's foreign ministry, Arindam Bagchi"
				if role, start = x.titleEnding(a.toks, pre); role != "" {
					appositive = true
					a.mentions[p].inTitle = true
					if a.toks[pre].lower == "for" && a.mentions[p].end < end-1 {
						forState = a.mentions[p].actor
					}
				}
			}
		}
		if role == "" && !x.titledNames[m.actor] {
			role, start = x.titleInside(a.toks, m.start, m.end)
		}
		if role == "" {
			// "Presidents Recep Tayyip Erdoğan and Vladimir Putin"
			role, start = x.pluralTitle(a, k)
		}
		if role == "" {
			// "Japan's Chief Cabinet Secretary Yoshimasa Hayashi"
			role, start = a.looseTitle(m.start)
		}
		first := start
		if role == "" {
			first = m.start
		}
		// "then-President", "former", "ex-" before the title
		for first > 0 && (a.toks[first-1].lower == "-" || a.toks[first-1].lower == "then" || a.toks[first-1].lower == "former" || a.toks[first-1].lower == "ex") {
			first--
		}
		// the state named before the title or name: "Indian", "Russia's",
		// "its US", "Pakistan's newly elected"
		state := ""
		i := first - 1
		for n := 0; n < 2 && i > 0 && role != "" && a.at[i] < 0 && a.toks[i].kind == word && !isCapitalized(a.toks[i].text) && a.toks[i].lower != "'s" && !prepositions[a.toks[i].lower]; n++ {
			i-- // adjectives: "newly elected"
		}
		if i >= 0 && a.toks[i].lower == "'s" {
			i--
		}
		if i >= 0 && a.at[i] >= 0 && a.at[i] != k {
			p := a.at[i]
			switch a.mentions[p].kind {
			case graph.Country, graph.Institution, graph.Group:
				a.mentions[p].inTitle = true
				first = a.mentions[p].start
				if role != "" {
					state = a.mentions[p].actor // ("Syria's Bashar al-Assad", with no title, is no evidence)
				}
			}
		}
		if state == "" && role != "" {
			state = forState
		}
		if state == "" && role != "" {
			state = a.placeOpener(first) // "In Kyiv, foreign ministry spokesman …"
		}
		if state == "" && role != "" && i == 0 && a.toks[0].text == "Its" {
			state = a.its // "Its chief spokesman, Zabihullah Mujahid": the previous sentence's topic
		}
		if state == "" && role != "" && len(x.dictOffices(m.actor)) == 0 {
			state = a.home // "Foreign Minister Elmer Schialer said", in a report from Lima
		}
		for j := first; j < m.start; j++ {
			a.titleTok[j] = true // (an appositive's too: "invited the movement's acting foreign minister, Amir Khan Muttaqi")
		}
		// an appositive inside a prepositional phrase is no subject:
		// "after speaking with Pakistan's foreign minister, Bilawal, Blinken …"
		if appositive && a.precededByPrepositionAt(first) {
			a.mentions[k].governed = true
		}
		// apposition after a demonym and a noun: "his Russian counterpart, Nikolay Patrushev"
		if m.start >= 2 && a.toks[m.start-1].lower == "," {
			if p := a.at[m.start-2]; p >= 0 && p != k && a.mentions[p].form == byDemonym {
				a.mentions[p].inTitle = true
				if state == "" {
					state = a.mentions[p].actor
				}
			}
		}
		if role == "" {
			// "his Saudi counterpart, Prince Faisal"; "Wang Yi, China's top
			// diplomat"; "Dmitry Peskov, the Kremlin spokesman": a state named
			// in apposition is evidence for the dictionary's office there
			if state == "" {
				state = a.stateAfter(k)
			}
			if state != "" {
				role := ""
				if len(x.dictOffices(m.actor)) == 0 {
					_, role = a.possessiveTitleAfter(m.end) // a coined official's office: "Mikhail Bogdanov, Russia's deputy foreign minister"
				}
				out = append(out, officeMention{official: m.actor, at: m.start, title: role, role: role, state: state})
			} else if role, state, title := x.titleAsAfter(a, k); state != "" {
				// "congratulated Gitanas Nausėda on his re-election as
				// Lithuania's president"
				out = append(out, officeMention{official: m.actor, at: m.start, title: title, role: role, state: state})
			} else if role, state, title := a.titleOfAfter(m.end); state != "" {
				// "Marlar Than Htaik, the permanent secretary of Myanmar's
				// foreign ministry"
				out = append(out, officeMention{official: m.actor, at: m.start, title: title, role: role, state: state})
			} else if role, title := x.swornInAs(a, m.end); role != "" {
				// "Anthony Albanese was sworn in as prime minister"
				out = append(out, officeMention{official: m.actor, at: m.start, title: title, role: role})
			} else if role, title := x.bareTitleAfter(a, m.end); role != "" {
				// "Benjamin Netanyahu, then prime minister,": the office the
				// dictionary gives the role (officeFor)
				out = append(out, officeMention{official: m.actor, at: m.start, title: title, role: role})
			}
			continue
		}
		var written []string
		for j := start; j < end && j < len(a.toks); j++ {
			written = append(written, a.toks[j].text)
		}
		if len(written) == 0 {
			for j := start; j < m.end; j++ {
				written = append(written, a.toks[j].text)
			}
		}
		out = append(out, officeMention{official: m.actor, at: m.start, title: strings.Join(written, " "), role: role, state: state})
	}
	return out
}

// titleAdjectives may come before the state in an appositive title: "the
// acting U.S. deputy secretary of state".
var titleAdjectives = set("acting", "former", "then", "current", "new", "outgoing", "incoming", "interim")

// titleHeads end an office title that the dictionaries may not list.
var titleHeads = set("secretary", "minister", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor",
	"envoy", "ambassador", "director", "chief", "governor", "commissioner", "chancellor", "president", "premier",
	"representative", "head", "leader", "chairman", "chairwoman", "chair", "commander", "coordinator")

// looseTitle finds a capitalised title the dictionaries lack, between a
// state's name or demonym and an official's name: "Japan's Chief Cabinet
// Secretary Yoshimasa Hayashi". It returns the title and its first token.
func (a *analysis) looseTitle(name int) (string, int) {
	if name < 2 || !titleHeads[a.toks[name-1].lower] || !isCapitalized(a.toks[name-1].text) {
		return "", name
	}
	k := name - 1
	for k > 0 && k > name-5 && a.at[k-1] < 0 && a.toks[k-1].kind == word && isCapitalized(a.toks[k-1].text) {
		k--
	}
	state := k - 1
	if state >= 1 && a.toks[state].lower == "'s" {
		state--
	} else if state >= 0 && (a.at[state] < 0 || a.mentions[a.at[state]].form != byDemonym) {
		return "", name
	}
	if state < 0 || a.at[state] < 0 {
		return "", name
	}
	switch a.mentions[a.at[state]].kind {
	case graph.Country, graph.Institution, graph.Group:
	default:
		return "", name
	}
	var words []string
	for j := k; j < name; j++ {
		words = append(words, a.toks[j].text)
	}
	return strings.Join(words, " "), k
}

// placeOpener is the state of an "In Kyiv," or "on the same day in
// Beijing," just before token i: the place an official without a state in
// the title speaks from.
func (a *analysis) placeOpener(i int) string {
	// back over "the", "its" and the like to the comma closing the phrase
	c := i - 1
	for c >= 0 && i-c <= 3 && a.toks[c].kind == word && a.at[c] < 0 && !isCapitalized(a.toks[c].text) {
		c--
	}
	if c < 2 || a.toks[c].lower != "," || a.at[c-1] < 0 {
		return ""
	}
	mt := a.mentions[a.at[c-1]]
	if mt.end != c || mt.start < 1 || a.toks[mt.start-1].lower != "in" {
		return ""
	}
	if mt.kind == graph.Country && mt.form == byName {
		return mt.actor
	}
	return ""
}

// placeOfTitle finds a mention ending at end that a title governs with
// "to", "for" or "in" ("ambassador in Budapest"): the mention and the
// preposition's token, or -1.
func (a *analysis) placeOfTitle(end int) (int, int) {
	if end < 3 {
		return -1, 0
	}
	last := end - 1
	for last > 0 && a.at[last] < 0 && agentNouns[a.toks[last].lower] {
		last-- // "for India's foreign ministry"
	}
	if last < end-1 && a.toks[last].lower == "'s" {
		last--
	} else if last < end-1 {
		return -1, 0
	}
	p := a.at[last]
	if p < 0 || a.mentions[p].end != last+1 {
		return -1, 0
	}
	pre := a.mentions[p].start - 1
	if pre > 0 && (a.toks[pre].lower == "to" || a.toks[pre].lower == "for" || a.toks[pre].lower == "in") {
		return p, pre
	}
	return -1, 0
}

// pluralTitle finds a plural title before a coordination of officials:
// "Presidents Recep Tayyip Erdoğan and Vladimir Putin" gives both the role.
func (x *Extractor) pluralTitle(a *analysis, k int) (string, int) {
	first := k
	for first > 0 && a.mentions[first-1].kind == graph.Official && a.groupConnected(first-1, first) {
		first--
	}
	end := a.mentions[first].start
	if end == 0 {
		return "", end
	}
	last := a.toks[end-1]
	if !strings.HasSuffix(last.lower, "s") || !isCapitalized(last.text) {
		return "", end
	}
	toks := append([]token(nil), a.toks[:end]...)
	toks[end-1].lower = strings.TrimSuffix(last.lower, "s")
	if !x.titleLast[toks[end-1].lower] {
		return "", end
	}
	role, start := x.titleEnding(toks, end)
	if role == "" || first == k {
		return role, start
	}
	return role, a.mentions[k].start // a later name: only the role
}

// stateAfter finds the state or body named in an apposition after an
// official's name: "Wang Yi, China's top diplomat", "Josep Borrell, the
// European Union's foreign policy chief". It marks that mention as part of
// the title.
func (a *analysis) stateAfter(k int) string {
	m := a.mentions[k]
	if m.end >= len(a.toks) || a.toks[m.end].lower != "," {
		return ""
	}
	for i := m.end + 1; i < len(a.toks) && i <= m.end+4; i++ {
		if p := a.at[i]; p >= 0 {
			mt := &a.mentions[p]
			if mt.kind != graph.Country && mt.kind != graph.Institution && mt.kind != graph.Group {
				return ""
			}
			// the mention must qualify a noun: "China's top diplomat", "the Kremlin spokesman"
			if mt.end < len(a.toks) && (a.toks[mt.end].lower == "'s" || a.toks[mt.end].kind == word && !isCapitalized(a.toks[mt.end].text)) {
				mt.inTitle = true
				return mt.actor
			}
			// or hold it: "the Nigerian president", read as the state's description
			if last := a.toks[mt.end-1]; mt.form == byDemonym && mt.end-mt.start > 1 && officialNouns[last.lower] && !isCapitalized(last.text) &&
				(mt.end == len(a.toks) || a.toks[mt.end].lower == ",") {
				mt.inTitle = true
				return mt.actor
			}
			return ""
		}
		if a.toks[i].kind != word || (a.toks[i].lower != "the" && a.toks[i].lower != "a" && a.toks[i].lower != "an" && a.toks[i].lower != "its" && a.toks[i].lower != "his" && a.toks[i].lower != "her" && !titleAdjectives[a.toks[i].lower]) {
			return ""
		}
	}
	return ""
}

// titleOfAfter reads an appositive title after a name at i: ", the
// permanent secretary of Myanmar's foreign ministry", ", a spokesman for
// the Kremlin". It returns the role (the title's words), the state or body
// and the title as written, and marks that mention part of the title.
func (a *analysis) titleOfAfter(i int) (string, string, string) {
	if i+3 >= len(a.toks) || a.toks[i].lower != "," {
		return "", "", ""
	}
	j := i + 1
	if a.toks[j].lower == "then" || a.toks[j].lower == "now" {
		j++ // ", then head of US Africa Command"
	} else if w := a.toks[j].lower; w != "the" && w != "a" && w != "an" {
		return "", "", ""
	} else {
		j++
	}
	head := -1
	for k := j; k < len(a.toks) && k <= j+3; k++ {
		t := a.toks[k]
		if a.at[k] >= 0 || t.kind != word || isCapitalized(t.text) {
			break
		}
		if titleHeads[t.lower] || t.lower == "secretary" {
			head = k
		}
	}
	if head < 0 || head+2 >= len(a.toks) || a.toks[head+1].lower != "of" && a.toks[head+1].lower != "for" {
		return "", "", ""
	}
	k := head + 2
	if a.toks[k].lower == "the" {
		k++
	}
	p := -1
	if k < len(a.toks) {
		p = a.at[k]
	}
	if p < 0 || a.mentions[p].start != k {
		return "", "", ""
	}
	mt := &a.mentions[p]
	if mt.kind != graph.Country && mt.kind != graph.Institution && mt.kind != graph.Group {
		return "", "", ""
	}
	var words []string
	for q := j; q <= head; q++ {
		words = append(words, a.toks[q].text)
	}
	mt.inTitle = true
	role := strings.Join(words, " ")
	return strings.ToUpper(role[:1]) + role[1:], mt.actor, role
}

// titleAsAfter reads "as Lithuania's president" a few words after the
// official's name (no other person between): role, state, title.
func (x *Extractor) titleAsAfter(a *analysis, k int) (string, string, string) {
	m := a.mentions[k]
	for i := m.end; i+3 < len(a.toks) && i < m.end+8; i++ {
		if p := a.at[i]; p >= 0 && a.mentions[p].kind == graph.Official || a.boundary[i] {
			return "", "", ""
		}
		if a.toks[i].lower != "as" {
			continue
		}
		p := a.at[i+1]
		if p < 0 || a.mentions[p].kind != graph.Country || a.mentions[p].end >= len(a.toks) || a.toks[a.mentions[p].end].lower != "'s" {
			return "", "", ""
		}
		role, end := x.titleAt(a, a.mentions[p].end+1)
		if role == "" || end < len(a.toks) && (a.at[end] >= 0 || isNameWord(a.toks[end])) {
			return "", "", "" // "as Russia's president Putin": the title is someone else's
		}
		var words []string
		for j := a.mentions[p].end + 1; j < end; j++ {
			words = append(words, a.toks[j].text)
		}
		a.mentions[p].inTitle = true
		return role, a.mentions[p].actor, strings.Join(words, " ")
	}
	return "", "", ""
}

// bareTitleAfter reads a title with no state in apposition after a name
// at i: ", then prime minister,", ", by then prime minister,", ", the
// foreign minister,". It returns the role and the title as written, and
// marks the title's tokens.
func (x *Extractor) bareTitleAfter(a *analysis, i int) (string, string) {
	if i+2 >= len(a.toks) || a.toks[i].lower != "," {
		return "", ""
	}
	j := i + 1
	for j < len(a.toks) && j <= i+2 && timeQualifiers[a.toks[j].lower] {
		j++
	}
	role, end := x.titleAt(a, j)
	if role == "" || end < len(a.toks) && a.toks[end].lower != "," && a.toks[end].lower != "." {
		return "", ""
	}
	words := make([]string, 0, end-j)
	for k := i + 1; k < end; k++ {
		a.titleTok[k] = true
		if k >= j {
			words = append(words, a.toks[k].text)
		}
	}
	return role, strings.Join(words, " ")
}

// swornInAs reads "was sworn in as prime minister", "became foreign
// minister", "was appointed defence minister", "was elected president"
// after a name at i: the role and the title as written.
func (x *Extractor) swornInAs(a *analysis, i int) (string, string) {
	j := i
	if j < len(a.toks) && (a.toks[j].lower == "was" || a.toks[j].lower == "is" || a.toks[j].lower == "has" || a.toks[j].lower == "had") {
		j++
	}
	if j < len(a.toks) && (a.toks[j].lower == "been" || a.toks[j].lower == "later") {
		j++
	}
	switch {
	case j+2 < len(a.toks) && a.toks[j].lower == "sworn" && a.toks[j+1].lower == "in" && a.toks[j+2].lower == "as":
		j += 3
	case j+1 < len(a.toks) && (a.toks[j].lower == "appointed" || a.toks[j].lower == "elected" || a.toks[j].lower == "named") && a.toks[j+1].lower == "as":
		j += 2
	case j < len(a.toks) && (a.toks[j].lower == "became" || a.toks[j].lower == "appointed" || a.toks[j].lower == "elected" || a.toks[j].lower == "named"):
		j++
	default:
		return "", ""
	}
	for j < len(a.toks) && (a.toks[j].lower == "the" || a.toks[j].lower == "a" || a.toks[j].lower == "an" || a.toks[j].lower == "its") {
		j++
	}
	role, end := x.titleAt(a, j)
	if role == "" || end < len(a.toks) && (a.toks[end].lower == "of" || a.at[end] >= 0) {
		return "", "" // "became president of the council": someone else's office, read elsewhere
	}
	words := make([]string, 0, end-j)
	for k := j; k < end; k++ {
		words = append(words, a.toks[k].text)
	}
	return role, strings.Join(words, " ")
}

// timeQualifiers may open an appositive title: ", then prime minister,".
var timeQualifiers = set("then", "by", "now", "later", "still", "already", "the", "since", "until")

// possessiveTitleAfter reads a possessive title in apposition after a
// name at i — ", Russia's deputy foreign minister," — and returns its
// state or body and its role ("Deputy foreign minister"), or "", "". It
// marks nothing: stateAfter marks the mention.
func (a *analysis) possessiveTitleAfter(i int) (string, string) {
	if i+3 >= len(a.toks) || a.toks[i].lower != "," {
		return "", ""
	}
	p := a.at[i+1]
	if p < 0 || a.mentions[p].start != i+1 {
		return "", ""
	}
	mt := a.mentions[p]
	if mt.kind != graph.Country && mt.kind != graph.Institution || mt.end >= len(a.toks) || a.toks[mt.end].lower != "'s" {
		return "", ""
	}
	for k := mt.end + 1; k < len(a.toks) && k <= mt.end+5; k++ {
		t := a.toks[k]
		if t.kind != word || isCapitalized(t.text) || a.at[k] >= 0 {
			return "", ""
		}
		if titleHeads[t.lower] {
			if k+1 < len(a.toks) && a.toks[k+1].lower != "," {
				return "", ""
			}
			words := make([]string, 0, k-mt.end)
			for q := mt.end + 1; q <= k; q++ {
				words = append(words, a.toks[q].text)
			}
			role := strings.Join(words, " ")
			return mt.actor, strings.ToUpper(role[:1]) + role[1:]
		}
	}
	return "", ""
}

// peekTitleOfAfter is titleOfAfter without marking the mention.
func (a *analysis) peekTitleOfAfter(i int) (string, string, string) {
	saved := make([]bool, len(a.mentions))
	for k := range a.mentions {
		saved[k] = a.mentions[k].inTitle
	}
	r, s, t := a.titleOfAfter(i)
	for k := range a.mentions {
		a.mentions[k].inTitle = saved[k]
	}
	return r, s, t
}

// titleEnding finds the longest title whose words end just before token
// end, returning its role and first token.
func (x *Extractor) titleEnding(toks []token, end int) (string, int) {
	role, start := "", end
	if end == 0 || !x.titleLast[toks[end-1].lower] {
		return role, start
	}
	for _, t := range x.titles {
		for _, p := range t.patterns {
			s := end - len(p)
			if s < 0 || s >= start {
				continue
			}
			ok := true
			for j, w := range p {
				if toks[s+j].lower != w {
					ok = false
					break
				}
			}
			if ok {
				role, start = t.role, s
			}
		}
	}
	return role, start
}

// titleInside finds a title at the start of an alias ("President Putin").
func (x *Extractor) titleInside(toks []token, start, end int) (string, int) {
	best, bestLen := "", 0
	if start >= end || !x.titleFirst[toks[start].lower] {
		return best, start
	}
	for _, t := range x.titles {
		for _, p := range t.patterns {
			if len(p) <= bestLen || start+len(p) >= end {
				continue
			}
			ok := true
			for j, w := range p {
				if toks[start+j].lower != w {
					ok = false
					break
				}
			}
			if ok {
				best, bestLen = t.role, len(p)
			}
		}
	}
	return best, start
}

// officeFor decides which office a title is evidence for. The dictionary's
// offices are data, so an office of the same role there wins (the one held
// on d if several); the state written before the title is used only when
// the dictionary knows no such office.
func (x *Extractor) officeFor(o officeMention, d graph.Date) (graph.Office, float64) {
	var best graph.Office
	found := false
	for _, off := range x.dictOffices(o.official) {
		if o.role == "" && off.Of != o.state || o.role != "" && !sameRole(off.Role, o.role) {
			continue
		}
		if !found || (off.HeldOn(d) && !best.HeldOn(d)) {
			best, found = off, true
		}
	}
	if found {
		// the text names a different kind of principal: "the Taliban's
		// acting foreign minister" where the dictionary has Afghanistan (a
		// different state written there is more likely a misread phrase)
		if o.role != "" && o.state != "" && best.Of != o.state && x.kindOf(o.state) != x.kindOf(best.Of) {
			best.Of = o.state
		}
		return x.liftBody(best), 0.9
	}
	if o.state != "" && o.role != "" {
		return x.liftBody(graph.Office{Role: o.role, Of: o.state}), 0.7
	}
	return graph.Office{}, 0
}

// liftBody makes an office of a body that itself serves a state or union
// (a national agency, an organ of the EU) an office of that state or union:
// "European Commission President" → EU, "CIA Director" → United States.
func (x *Extractor) liftBody(off graph.Office) graph.Office {
	e, ok := x.entryByID[off.Of]
	if !ok || e.Kind != graph.Institution {
		return off
	}
	if of := e.ServedOn(graph.Date{}); of != "" {
		off.Of = of
	}
	return off
}

// sameRole compares a dictionary role with a title's role, loosely: "Prime
// Minister" is "Prime Minister", "Ambassador to the United States" is an
// "Ambassador".
func sameRole(office, titleRole string) bool {
	// case-insensitive: equal, or one a prefix of the other (no allocation:
	// this runs for every office of every recent official)
	n := min(len(office), len(titleRole))
	return strings.EqualFold(office[:n], titleRole[:n])
}
