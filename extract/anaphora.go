package extract

import (
	"sort"
	"strings"

	"github.com/geoalign/geoalign/graph"
)

// Definite descriptions ("the kingdom", "the bloc", "the landlocked
// country", "the Fund") name an actor named before them. They are resolved
// to the most recent actor of the kind they describe, and become mentions
// of it, so that every rule that finds subjects, objects, possessors and
// titles sees them as it sees names.

// descriptionNouns maps the head noun of a description to the kind of actor
// it stands for.
var descriptionNouns = map[string]graph.Kind{
	"kingdom": graph.Country, "country": graph.Country, "nation": graph.Country, "republic": graph.Country,
	"emirate": graph.Country, "sultanate": graph.Country, "junta": graph.Country,
	"bloc": graph.Institution, "alliance": graph.Institution, "organisation": graph.Institution,
	"organization": graph.Institution, "fund": graph.Institution, "lender": graph.Institution,
	"movement": graph.Group, "militants": graph.Group, "insurgents": graph.Group,
}

// governmentNouns after "his"/"her" stand for the state the person serves.
var governmentNouns = set("government", "administration", "country", "cabinet")

// formNouns fit only the states that are one (dict.Entry.HasForm).
var formNouns = set("kingdom", "emirate", "sultanate")

// genericNouns may refer to a different actor each time ("the country"):
// the others keep the referent they were first given in a document.
var genericNouns = set("country", "nation", "republic", "militants", "insurgents", "lender", "organisation", "organization")

// recentActor is an actor named earlier in the document.
type recentActor struct {
	id   string
	kind graph.Kind
}

// maxRecent is how many earlier mentions a description may reach back over.
const maxRecent = 400

// rememberActors adds the sentence's mentions to the document's recent
// actors, newest last; an official also names the state served.
func (x *Extractor) rememberActors(st *docState, a *analysis) {
	for _, m := range a.mentions {
		if m.modifier && m.form != byDemonym {
			continue
		}
		if s := x.stateServed(st, m.actor); s != "" {
			st.recent = append(st.recent, recentActor{id: s, kind: x.kindOf(s)})
		}
		st.recent = append(st.recent, recentActor{id: m.actor, kind: m.kind})
	}
	if n := len(st.recent); n > maxRecent {
		st.recent = append(st.recent[:0], st.recent[n-maxRecent:]...)
		st.paraFrom = max(0, st.paraFrom-(n-maxRecent))
	}
}

// skipDateline makes the places of a dateline ("LUANG PRABANG, Laos, Jan
// 30 (Wire) - …") no actors of the sentence it opens, and returns the
// state the dateline places the report in ("" if none).
func (a *analysis) skipDateline() string {
	if len(a.toks) == 0 || !isAllCaps(a.toks[0].text) || len(a.toks[0].text) < 3 {
		return ""
	}
	for i := 1; i < len(a.toks) && i < 16; i++ {
		if w := a.toks[i].lower; w == "—" || w == "–" || w == "--" || w == "-" && a.toks[i-1].end < a.toks[i].start {
			place := ""
			for k := range a.mentions {
				if a.mentions[k].end <= i {
					a.mentions[k].modifier = true
					if place == "" && a.mentions[k].kind == graph.Country {
						place = a.mentions[k].actor
					}
				}
			}
			return place
		}
	}
	return ""
}

// homeState is the state a document reports from: its dateline's. A
// title that names no state ("Foreign Minister Elmer Schialer said …", in
// a report from Lima) is that state's. (The state a text names most often
// is no substitute: an op-ed on Moldova names Russia more.)
func (st *docState) homeState() string { return st.dateline }

// leaderNouns after a demonym name one official: "the Indian leader".
var leaderNouns = set("leader", "president", "premier")

// resolveDescriptions turns the sentence's definite descriptions into
// mentions of the actors they refer to; "the Trump administration" is the
// state the official serves, "the Indian leader" the official of India
// named before.
func (x *Extractor) resolveDescriptions(st *docState, a *analysis) {
	for k := range a.mentions {
		m := &a.mentions[k]
		switch {
		case m.kind == graph.Official && !m.inTitle && m.end < len(a.toks) && (a.toks[m.end].lower == "administration" || a.toks[m.end].lower == "government"):
			if s := x.stateServed(st, m.actor); s != "" {
				m.actor, m.kind, m.end = s, x.kindOf(s), m.end+1
			}
		case m.form == byDemonym && !m.modifier && !m.inTitle && m.end-m.start == 2 && leaderNouns[a.toks[m.end-1].lower] && m.start > 0 && a.toks[m.start-1].lower == "the":
			for p := len(st.recent) - 1; p >= 0; p-- {
				if r := st.recent[p]; r.kind == graph.Official && x.stateServed(st, r.id) == m.actor {
					m.actor, m.kind, m.form = r.id, graph.Official, byName
					break
				}
			}
		case m.form == byDemonym && m.kind == graph.Country && !m.inTitle && m.start > 0 && a.toks[m.start-1].lower == "the":
			// "the German chancellor": whoever held that office then
			if role, end := x.titleAt(a, m.end); role != "" && !nameAfter(a, end) {
				if id := x.holderOf(st, m.actor, role); id != "" {
					m.actor, m.kind, m.form, m.end, m.modifier = id, graph.Official, byName, end, false
				}
			}
		}
	}
	a.index()
	added := x.resolveRoleDescriptions(st, a)
	// "her government", "his administration": the state its person serves
	for i := 0; i+1 < len(a.toks); i++ {
		if w := a.toks[i].lower; (w == "his" || w == "her") && a.at[i] < 0 && a.at[i+1] < 0 && governmentNouns[a.toks[i+1].lower] {
			person := st.lead
			if k := a.pronounAntecedent(i, true); k >= 0 {
				person = a.mentions[k].actor
			}
			if s := x.stateServed(st, person); s != "" {
				a.mentions = append(a.mentions, mention{start: i, end: i + 2, actor: s, kind: x.kindOf(s), form: byName})
				added = true
			}
		}
	}
	for i := 0; i+1 < len(a.toks); i++ {
		if w := a.toks[i].lower; w != "the" && w != "this" || a.at[i] >= 0 {
			continue
		}
		head := -1
		for j := i + 1; j < len(a.toks) && j <= i+4; j++ {
			t := a.toks[j]
			if a.at[j] >= 0 || t.kind == number || t.kind == punct && t.lower != "-" {
				break
			}
			if _, ok := descriptionNouns[t.lower]; ok {
				head = j
				break
			}
			if t.kind == word && (prepositions[t.lower] || determiners[t.lower] || t.lower == "and" || t.lower == "or") {
				break
			}
		}
		if head < 0 || !a.describesActor(head) {
			continue
		}
		noun := a.toks[head].lower
		id, kind := st.described[noun], graph.Kind("")
		if id != "" && !genericNouns[noun] {
			kind = x.kindOf(id) // "the junta", "the bloc" keep the referent they were given
		} else if id, kind = x.antecedentOf(st, a, i, a.toks[head]); id == "" {
			continue
		}
		if st.described == nil {
			st.described = map[string]string{}
		}
		st.described[noun] = id
		a.mentions = append(a.mentions, mention{start: i, end: head + 1, actor: id, kind: kind, form: byName})
		added = true
		i = head
	}
	if added {
		sort.Slice(a.mentions, func(p, q int) bool { return a.mentions[p].start < a.mentions[q].start })
		a.index()
	}
}

// describesActor reports whether the head noun at h ends a noun phrase
// that names an actor: not a modifier of another noun ("the country
// team"), not one followed by its own name ("the kingdom of Morocco",
// "the government in Damascus").
func (a *analysis) describesActor(h int) bool {
	if h+1 >= len(a.toks) {
		return true
	}
	next := a.toks[h+1]
	switch {
	case next.lower == "of" || next.lower == "in":
		return h+2 >= len(a.toks) || a.at[h+2] < 0 && !(h+3 < len(a.toks) && a.toks[h+2].lower == "the" && a.at[h+3] >= 0)
	case next.lower == "'s" || next.kind == punct:
		return true
	case next.kind == word && !isCapitalized(next.text) && isNounLike(next) && !strings.HasSuffix(next.lower, "s") && !commonVerbish[next.lower]:
		return false // "the country team", "the bloc chair"
	}
	return true
}

// commonVerbish are words after a subject that are verbs, not nouns.
var commonVerbish = set("had", "has", "have", "did", "does", "do", "will", "would", "could", "should", "may",
	"might", "must", "can", "also", "then", "now", "still", "itself", "last", "first", "later", "again", "never",
	"not", "agreed", "signed", "joined", "remains", "remained", "became", "become", "is", "was", "are", "were")

// antecedentOf finds what the description opening at i with head noun h
// refers to: the most recent actor of its kind named before it — earlier
// in the sentence, outside the description's own clause, or in the
// sentences before. "The kingdom" must be a kingdom; "the Fund", "the
// Bank" (capitalised) must have the word in its name.
func (x *Extractor) antecedentOf(st *docState, a *analysis, i int, h token) (string, graph.Kind) {
	kind := descriptionNouns[h.lower]
	named := isCapitalized(h.text) && h.lower != "kingdom" && h.lower != "country" && h.lower != "nation"
	if named {
		kind = "" // "the Fund": any kind whose name has the word
	}
	fits := func(id string, k graph.Kind) bool {
		if id == "" || kind != "" && k != kind {
			return false
		}
		e, ok := x.entryByID[id]
		if !ok {
			return false
		}
		if named {
			return containsWord(e.Name, h.lower)
		}
		if formNouns[h.lower] {
			return e.HasForm(h.lower)
		}
		return true
	}
	cs := a.clauseStart(i)
	if !named && !formNouns[h.lower] {
		// "the landlocked country": the paragraph's most named actor of the
		// kind, the first named of those tied
		if id := x.paragraphTopic(st, a, i, cs, fits); id != "" {
			return id, x.kindOf(id)
		}
	}
	for p := len(a.mentions) - 1; p >= 0; p-- {
		mt := a.mentions[p]
		if mt.end > i || mt.start >= cs || mt.modifier && mt.form != byDemonym {
			continue // after the description, in its own clause, or no actor ("US-backed", a dateline)
		}
		if fits(mt.actor, mt.kind) {
			return mt.actor, mt.kind
		}
		if s := x.stateServed(st, mt.actor); fits(s, x.kindOf(s)) {
			return s, x.kindOf(s)
		}
	}
	for p := len(st.recent) - 1; p >= 0; p-- {
		if r := st.recent[p]; fits(r.id, r.kind) {
			return r.id, r.kind
		}
	}
	return "", ""
}

// containsWord reports whether name has w as one of its words, in any case.
func containsWord(name, w string) bool {
	for _, f := range strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == ' ' || r == '-' }) {
		if f == w {
			return true
		}
	}
	return false
}

// paragraphTopic is the actor that fits named most often in the paragraph
// so far (and in the sentence before the clause at cs), the first named
// winning a tie; "" when the paragraph names none.
func (x *Extractor) paragraphTopic(st *docState, a *analysis, i, cs int, fits func(string, graph.Kind) bool) string {
	var ids []string
	for _, r := range st.recent[min(st.paraFrom, len(st.recent)):] {
		if fits(r.id, r.kind) {
			ids = append(ids, r.id)
		}
	}
	for _, mt := range a.mentions {
		if mt.end > i || mt.start >= cs || mt.modifier && mt.form != byDemonym {
			continue
		}
		if fits(mt.actor, mt.kind) {
			ids = append(ids, mt.actor)
		} else if s := x.stateServed(st, mt.actor); fits(s, x.kindOf(s)) {
			ids = append(ids, s)
		}
	}
	count := map[string]int{}
	for _, id := range ids {
		count[id]++
	}
	best := ""
	for _, id := range ids { // in order of first mention: the first wins a tie
		if best == "" || count[id] > count[best] {
			best = id
		}
	}
	return best
}

// nameAfter reports a name, or the start of one, at token end: a title
// there is the name's, no description.
func nameAfter(a *analysis, end int) bool {
	if end >= len(a.toks) {
		return false
	}
	next := a.toks[end]
	return a.at[end] >= 0 || next.kind == word && isCapitalized(next.text) || next.lower == "of" || next.lower == "'s" || next.lower == "," || next.lower == "-"
}

// speakingOf is the date the text is speaking of: the sentence's own,
// else the paragraph's so far, else the publication's ("the crown prince"
// of 2023 is not one who left the post in 2022).
func (st *docState) speakingOf() graph.Date {
	for _, d := range []graph.Date{st.sentenceDate, st.paraDate} {
		if !d.IsZero() {
			return d
		}
	}
	return st.doc.Published
}

// holdsRole reports whether official id held role on when, of state (any
// state when state is "").
func (x *Extractor) holdsRole(st *docState, id, role, state string, when graph.Date) bool {
	for _, o := range x.officesOf(st, id) {
		if (state == "" || o.Of == state) && sameRole(o.Role, role) && o.HeldOn(when) {
			return true
		}
	}
	return false
}

// recentHolder is the official named latest in the document who held role
// (of state, or of any state when state is "") on when; "" if none.
func (x *Extractor) recentHolder(st *docState, role, state string, when graph.Date) string {
	for p := len(st.recent) - 1; p >= 0; p-- {
		if x.holdsRole(st, st.recent[p].id, role, state, when) {
			return st.recent[p].id
		}
	}
	return ""
}

// holderOf is the one official known to hold role for state when the text
// is speaking of (docState.speakingOf): an official named earlier in the
// document, else the only one in the dictionaries. "" when nobody, or more
// than one, did.
func (x *Extractor) holderOf(st *docState, state, role string) string {
	when := st.speakingOf()
	if id := x.recentHolder(st, role, state, when); id != "" {
		return id
	}
	found := ""
	for _, id := range x.officialsOf[state] {
		if x.holdsRole(st, id, role, state, when) {
			if found != "" {
				return ""
			}
			found = id
		}
	}
	return found
}

// resolveRoleDescriptions turns "the crown prince", "the foreign minister"
// (a title with no name after it) into a mention of the official named
// before who holds that office; it reports whether it added any.
func (x *Extractor) resolveRoleDescriptions(st *docState, a *analysis) bool {
	added := false
	for i := 0; i+2 < len(a.toks); i++ {
		if a.toks[i].lower != "the" || a.at[i] >= 0 || (i > 0 && a.toks[i-1].lower == "'s") {
			continue
		}
		role, end := x.titleAt(a, i+1)
		if role == "" {
			continue
		}
		if nameAfter(a, end) {
			continue // "the crown prince, Mohammed bin Salman", "the president of Iran"
		}
		id := ""
		when := st.speakingOf()
		for p := len(a.mentions) - 1; p >= 0 && id == ""; p-- {
			if a.mentions[p].end <= i && x.holdsRole(st, a.mentions[p].actor, role, "", when) {
				id = a.mentions[p].actor
			}
		}
		if id == "" {
			id = x.recentHolder(st, role, "", when)
		}
		if id == "" {
			continue
		}
		a.mentions = append(a.mentions, mention{start: i, end: end, actor: id, kind: graph.Official, form: byName})
		added = true
		i = end - 1
	}
	return added
}

// titleAt finds the longest title starting at token i: its role and end.
func (x *Extractor) titleAt(a *analysis, i int) (string, int) {
	role, end := "", i
	if i >= len(a.toks) || !x.titleFirst[a.toks[i].lower] {
		return role, end
	}
	for _, t := range x.titles {
		for _, p := range t.patterns {
			if i+len(p) > len(a.toks) || i+len(p) <= end {
				continue
			}
			ok := true
			for j, w := range p {
				if a.at[i+j] >= 0 || a.toks[i+j].lower != w {
					ok = false
					break
				}
			}
			if ok {
				role, end = t.role, i+len(p)
			}
		}
	}
	return role, end
}
