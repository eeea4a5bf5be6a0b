package extract

import (
	"slices"
	"strings"

	"github.com/geoalign/geoalign/graph"
)

// analysis is one sentence prepared for relation finding.
type analysis struct {
	toks      []token
	lex       []*lexEntry // per token: what the dictionaries know of its word
	seen      []uint32    // per lexicon id: gen if the sentence has the word
	gen       uint32
	mask      uint64 // wordBit of each of those words
	mentions  []mention
	at        []int  // token → index into mentions, or -1
	blocked   []bool // tokens a trigger may not use (inside mentions)
	boundary  []bool // tokens that end a clause
	titleTok  []bool // tokens of an official's title ("UN Secretary-General")
	reporting []int  // token indices of reporting verbs
	denial    []int  // token indices of denial verbs
	its       string // what a sentence-opening "Its" refers to
	home      string // the document's home state (docState.homeState)
	// matchBuf and used are findTriggers' working memory
	matchBuf []match
	used     []bool
	// objectGap: the trigger being matched follows "which Algeria", its
	// object being the relative clause's antecedent (relativeObject)
	objectGap bool
}

// analyse prepares a sentence. It reuses the buffers of prev (the previous
// sentence's analysis, or nil), which it overwrites.
func (x *Extractor) analyse(text string, prev *analysis) *analysis {
	a := prev
	if a == nil {
		a = &analysis{}
	}
	seen, gen := a.seen, a.gen
	toks := tokenizeInto(a.toks[:0], text)
	n := len(toks)
	*a = analysis{
		toks: toks, at: grow(a.at, n), blocked: clearBools(a.blocked, n), boundary: clearBools(a.boundary, n),
		titleTok: clearBools(a.titleTok, n), lex: growLex(a.lex, n), mentions: a.mentions[:0],
		reporting: a.reporting[:0], denial: a.denial[:0], matchBuf: a.matchBuf[:0], used: a.used,
	}
	if len(seen) < int(x.wordIDs) {
		seen = make([]uint32, x.wordIDs)
	}
	gen++
	a.seen, a.gen = seen, gen
	for i := range toks {
		le := x.lexHot.get(toks[i].lower)
		a.lex[i] = le
		if le != nil && le.id > 0 {
			seen[le.id] = gen
			a.mask |= wordBit(le.id)
		}
	}
	a.mentions = x.matcher.find(toks, a.lex, a.mentions)
	markModifiers(toks, a.mentions)
	a.index()
	scare := scareQuotes(toks)
	for i, t := range toks {
		if a.at[i] >= 0 || (i > 0 && t.kind == word && isCapitalized(t.text)) {
			continue // "the United States", "Arab States Summit": names, not verbs
		}
		if t.kind == punct {
			if scare != nil && scare[i] {
				continue
			}
			if t.lower == "--" && !(i > 0 && i+1 < len(toks) && toks[i-1].end == t.start && t.end == toks[i+1].start) ||
				(t.lower != "-" && t.lower != "--" && strings.Contains(";:()[]\"", t.lower)) {
				a.boundary[i] = true // (not a dash inside a word: "China–Arab States Summit")
			}
			continue
		}
		if a.lex[i] == nil {
			continue
		}
		switch a.lex[i].clause {
		case clauseWord:
			a.boundary[i] = true
		case reportWord:
			a.reporting = append(a.reporting, i)
			a.boundary[i] = true
		case denyWord:
			a.denial = append(a.denial, i)
			a.boundary[i] = true
		case thatWord:
			// (not "that March", "that year": a determiner)
			a.boundary[i] = i+1 < len(toks) && a.startsClause(i+1) && graph.MonthNumber(toks[i+1].lower) == 0 && !timeNouns[toks[i+1].lower]
		case andWord:
			a.boundary[i] = i+1 < len(toks) && (i > 0 && toks[i-1].lower == "," && (a.startsClause(i+1) || a.actorAfterPhrase(i+1)) || a.startsPairOrPronoun(i+1) || a.newSubjectAfterAnd(i))
		}
	}
	// "six days after Iran launched missiles": a subordinator before a
	// subject and its verb opens a clause
	for i := 0; i+1 < len(toks); i++ {
		if a.subordinatorAt(i) && !a.boundary[i] {
			j := i + 1
			for j < len(toks) && determiners[toks[j].lower] && a.at[j] < 0 {
				j++
			}
			if j < len(toks) && a.at[j] >= 0 && a.mentions[a.at[j]].start == j && a.clauseAfterSubordinator(a.at[j]) {
				a.boundary[i] = true
			}
		}
	}
	// a word or two in quotation marks ("cruel", "consistently") is part
	// of its clause
	for i := 0; i < len(toks); i++ {
		if toks[i].lower != "\"" {
			continue
		}
		j := i + 1
		for j < len(toks) && toks[j].lower != "\"" {
			j++
		}
		if j < len(toks) && j-i-1 <= 3 && (i == 0 || toks[i-1].lower != ",") {
			a.boundary[i], a.boundary[j] = false, false
		}
		i = j
	}
	// "When the US imposed sanctions on Russia, Turkey declined": the
	// first comma closes a clause opened by a subordinator
	for i := 0; i < len(toks); i++ {
		if !a.subordinatorAt(i) || (i > 0 && !a.boundary[i-1] && toks[i-1].lower != "," && !a.boundary[i]) {
			continue
		}
		for j := i + 1; j < len(toks) && j < i+30; j++ {
			if toks[j].lower == "," && j+1 < len(toks) && a.at[j-1] >= 0 && a.at[j+1] >= 0 && a.listGoesOn(a.at[j+1]) {
				continue // a list of actors: "although purchases from France, Israel and the US"
			}
			if toks[j].lower == "," {
				a.boundary[j] = true
				break
			}
			if a.boundary[j] {
				break
			}
		}
	}
	return a
}

// scareQuotes marks the quotation marks around a few quoted words inside a
// clause (pledged his "full support" for, Washington had "consistently"
// pressed, a "comprehensive strategic partnership" treaty): they do not
// break the clause. A longer quotation is speech, whose marks do.
func scareQuotes(toks []token) []bool {
	var marks []bool
	open := -1
	for i, t := range toks {
		if t.lower != "\"" {
			continue
		}
		if open < 0 {
			open = i
			continue
		}
		short := i-open-1 >= 1 && i-open-1 <= 5
		for k := open + 1; k < i && short; k++ {
			if toks[k].kind == punct && toks[k].lower != "-" && toks[k].lower != "'" {
				short = false
			}
		}
		if short {
			if marks == nil {
				marks = make([]bool, len(toks))
			}
			marks[open], marks[i] = true, true
		}
		open = -1
	}
	return marks // nil when there are none, as in most sentences
}

func grow(b []int, n int) []int {
	if cap(b) < n {
		return make([]int, n)
	}
	return b[:n]
}

func growLex(b []*lexEntry, n int) []*lexEntry {
	if cap(b) < n {
		return make([]*lexEntry, n)
	}
	return b[:n]
}

func clearBools(b []bool, n int) []bool {
	if cap(b) < n {
		return make([]bool, n)
	}
	b = b[:n]
	clear(b)
	return b
}

// index records which tokens belong to which mention.
func (a *analysis) index() {
	for i := range a.at {
		a.at[i] = -1
		a.blocked[i] = false
	}
	for k, m := range a.mentions {
		for i := m.start; i < m.end; i++ {
			a.at[i] = k
			a.blocked[i] = true
		}
	}
}

// startsClause reports whether token i begins a clause of its own: an
// actor, a pronoun or a determiner with a capitalised word.
func (a *analysis) startsClause(i int) bool {
	if a.at[i] >= 0 {
		return true
	}
	switch a.toks[i].lower {
	case "it", "he", "she", "they", "we", "i", "there", "this", "these", "those", "both", "each":
		return true
	}
	if a.toks[i].kind == word && isCapitalized(a.toks[i].text) {
		return true // a name or a title: "that Foreign Minister Lavrov congratulated"
	}
	switch a.toks[i].lower {
	case "the", "its", "his", "her", "their":
		return i+1 < len(a.toks) && (a.at[i+1] >= 0 || isCapitalized(a.toks[i+1].text))
	}
	return false
}

// actorAfterPhrase reports an acting actor a few words on, after an
// adverbial phrase: ", and on Thursday the United States imposed …".
func (a *analysis) actorAfterPhrase(i int) bool {
	if i < len(a.toks) && timeWords[a.toks[i].lower] {
		// ", and the same day Ankara asked …", ", and later Moscow …"
		for k := i; k < len(a.toks) && k <= i+4; k++ {
			if p := a.at[k]; p >= 0 {
				return k > i && a.actorMention(p)
			}
			if !timeWords[a.toks[k].lower] && a.toks[k].kind != number {
				return false
			}
		}
		return false
	}
	if i >= len(a.toks) || !prepositions[a.toks[i].lower] && !timeOpeners[a.toks[i].lower] {
		return false
	}
	for k := i + 1; k < len(a.toks) && k <= i+4; k++ {
		if p := a.at[k]; p >= 0 {
			return k > i+1 && !a.precededByPreposition(p)
		}
		if k > i+1 && a.startsPairOrPronoun(k) && !prepositions[a.toks[k-1].lower] {
			return true // ", and on Tuesday the two sides signed …"
		}
		if a.toks[k].kind == punct {
			return false
		}
	}
	return false
}

// newSubjectAfterAnd reports "and" opening a clause of its own without a
// comma: an actor and its verb after it, and before it no actor it could
// be coordinated with ("Biden was toasted in Hanoi and Li Qiang was seated
// beside Widodo"; not "Russia and China signed").
func (a *analysis) newSubjectAfterAnd(i int) bool {
	k := a.at[i+1]
	if k < 0 || a.mentions[k].start != i+1 {
		return false
	}
	// before "and": a place ("in Hanoi"), or no actor at all
	if i == 0 {
		return false
	}
	if w := a.toks[i-1].lower; w == "he" || w == "she" || w == "we" || w == "i" {
		return false // "where he and Xi Jinping issued": one subject
	}
	if p := a.at[i-1]; p >= 0 && !a.placeBefore(p) {
		return false
	}
	e := a.mentions[k].end
	if e >= len(a.toks) {
		return false
	}
	w := a.toks[e]
	if w.kind != word || isCapitalized(w.text) {
		return false
	}
	switch w.lower {
	case "was", "were", "is", "are", "has", "have", "had", "said", "says":
		return true
	}
	return strings.HasSuffix(w.lower, "ed") && !prepositions[w.lower]
}

// placeBefore reports a mention governed by a preposition of place.
func (a *analysis) placeBefore(k int) bool {
	i := a.mentions[k].start - 1
	for i >= 0 && determiners[a.toks[i].lower] {
		i--
	}
	return i >= 0 && placeTopicPrepositions[a.toks[i].lower]
}

// startsPairOrPronoun reports "the two nations", "both sides", "they", "it"
// at i: after "and" they begin a new clause even without a comma.
func (a *analysis) startsPairOrPronoun(i int) bool {
	switch w := a.toks[i].lower; {
	case w == "it" || w == "they" || w == "he" || w == "she":
		return true
	case w == "both":
		return i+1 < len(a.toks) && pairNouns[a.toks[i+1].lower]
	case w == "the":
		return i+2 < len(a.toks) && a.toks[i+1].lower == "two" && pairNouns[a.toks[i+2].lower]
	}
	return false
}

// pronounSubject is relativeObject's subject when it is a pronoun.
const pronounSubject = -2

// relativeObject finds the antecedent of an object relative clause whose
// verb is at i: "The Polisario Front, which Algeria arms", "Kataib
// Hezbollah, the militia that Washington blames" — an actor, perhaps a
// description of it, "which", "that" or "whom", the clause's subject (an
// actor), perhaps an auxiliary, then the verb; or with no pronoun, "the
// Houthi movement it backs", where the subject is pronounSubject. It
// returns the antecedent mention and the subject's, or -1, -1.
func (a *analysis) relativeObject(i int) (int, int) {
	j := i - 1
	for j >= 0 && (beForms[a.toks[j].lower] || a.toks[j].lower == "has" || a.toks[j].lower == "have" || a.toks[j].lower == "had") {
		j--
	}
	if j >= 1 && (a.toks[j].lower == "it" || a.toks[j].lower == "they") && a.at[j-1] >= 0 && a.mentions[a.at[j-1]].end == j && a.actorMention(a.at[j-1]) {
		return a.at[j-1], pronounSubject // "the Houthi movement it backs"
	}
	if j < 2 || a.at[j] < 0 || !a.actorMention(a.at[j]) {
		return -1, -1
	}
	subj := a.at[j]
	r := a.mentions[subj].start - 1
	if r < 1 {
		return -1, -1
	}
	if w := a.toks[r].lower; w != "which" && w != "that" && w != "whom" {
		return -1, -1
	}
	for k := r - 1; k >= 0 && k >= r-4; k-- {
		if p := a.at[k]; p >= 0 {
			if !a.actorMention(p) {
				return -1, -1
			}
			return p, subj
		}
		if t := a.toks[k]; a.boundary[k] || t.kind != word && t.lower != "," || t.kind == word && isCapitalized(t.text) {
			return -1, -1
		}
	}
	return -1, -1
}

// adversaryNouns after a possessive name the actor's other side.
var adversaryNouns = set("opponents", "opponent", "rivals", "rival", "enemies", "enemy", "adversaries", "adversary",
	"foes", "foe", "critics", "detractors", "opposition")

// markModifiers decides which mentions qualify something else rather than
// act: compounds with a participle ("US-backed", "Russia-leaning") and
// demonyms that do not head an agent noun ("the Ukrainian conflict").
// A demonym before an agent noun takes the noun into its mention
// ("Pakistani troops"), and so does every demonym coordinated with it
// ("Russian and Pakistani troops").
func markModifiers(toks []token, ms []mention) {
	for k := 0; k < len(ms); k++ {
		m := &ms[k]
		if m.end+1 < len(toks) && toks[m.end].lower == "-" && isParticiple(toks[m.end+1]) {
			m.modifier = true
			continue
		}
		if m.end+1 < len(toks) && toks[m.end].lower == "'s" && adversaryNouns[toks[m.end+1].lower] {
			m.modifier = true // "backed Turkey's opponents": not Turkey
			continue
		}
		if m.form != byDemonym {
			continue
		}
		// follow a chain "Russian and Pakistani" to its head noun
		j := k
		for j+1 < len(ms) && ms[j+1].form == byDemonym && onlyConnectors(toks, ms[j].end, ms[j+1].start) {
			j++
		}
		end := ms[j].end
		if end < len(toks) && agentNouns[toks[end].lower] {
			ms[j].end = end + 1
			k = j // the whole chain acts
			continue
		}
		// a people noun standing alone: "the Afghans", "Russians"
		text := toks[m.start].text
		if m.end-m.start == 1 && strings.HasSuffix(text, "s") && !strings.HasSuffix(text, "ss") && (end >= len(toks) || !isNounLike(toks[end])) {
			continue
		}
		m.modifier = true
	}
}

func isParticiple(t token) bool {
	return t.kind == word && !isCapitalized(t.text) && (strings.HasSuffix(t.lower, "ed") || strings.HasSuffix(t.lower, "ing") || t.lower == "led" || strings.HasSuffix(t.lower, "en"))
}

// isNounLike guesses that a following lower-case word continues a noun phrase.
func isNounLike(t token) bool {
	return t.kind == word && !isCapitalized(t.text) && !beForms[t.lower] && !strings.HasSuffix(t.lower, "ed") && !prepositions[t.lower] && t.lower != "and"
}

// onlyConnectors reports whether tokens [i, j) only join group members.
func onlyConnectors(toks []token, i, j int) bool {
	if i >= j {
		return i == j
	}
	for k := i; k < j; k++ {
		if !connectors[toks[k].lower] {
			return false
		}
	}
	return true
}

// groupConnected reports whether mentions p < q form one group: nothing but
// connectors and title-absorbed mentions between them.
func (a *analysis) groupConnected(p, q int) bool {
	k := a.mentions[p].end
	if k < a.mentions[q].start && a.toks[k].lower == "'s" {
		// "Peru's foreign minister and …": an unnamed official of p
		j := k + 1
		for j < a.mentions[q].start && agentNouns[a.toks[j].lower] {
			j++
		}
		if j > k+1 && officialNouns[a.toks[j-1].lower] && a.toks[j].lower == "and" {
			k = j
		}
	}
	if qe := a.mentions[q].end; k+1 == a.mentions[q].start && a.toks[k].lower == "," && qe < len(a.toks) && a.toks[qe].lower == "'s" {
		return false // "The European Union, Chad's biggest donor": an apposition, not a list
	}
	for ; k < a.mentions[q].start; k++ {
		if mi := a.at[k]; mi >= 0 && a.mentions[mi].inTitle || a.titleTok[k] {
			continue
		}
		if k > a.mentions[p].end && a.agentsOf(k, a.mentions[q].start) {
			break // "Lapid and the foreign ministers of the UAE, Bahrain …"
		}
		if !connectors[a.toks[k].lower] || a.boundary[k] {
			return false
		}
	}
	return a.mentions[p].end <= a.mentions[q].start
}

// agentsOf reports whether tokens [i, j) are "the foreign ministers of
// (the)": agent nouns that the mention at j makes up (unnamed officials
// stand for their state).
func (a *analysis) agentsOf(i, j int) bool {
	for i < j && (a.toks[i].lower == "the" || a.toks[i].lower == "their" || a.toks[i].lower == "its") {
		i++
	}
	if j > i && a.toks[j-1].lower == "the" {
		j--
	}
	if j-i < 2 || a.toks[j-1].lower != "of" {
		return false
	}
	for k := i; k < j-1; k++ {
		if !agentNouns[a.toks[k].lower] || a.at[k] >= 0 {
			return false
		}
	}
	return officialNouns[a.toks[j-2].lower]
}

// officialNouns are the unnamed officials who stand for their state
// ("the leaders of Italy", "the foreign ministers of the UAE").
var officialNouns = set("leaders", "leader", "ministers", "minister", "presidents", "president", "officials",
	"envoys", "envoy", "delegations", "delegation", "heads", "chiefs", "advisers", "advisors", "ambassadors",
	"ambassador", "diplomats", "representatives", "premiers", "counterparts", "governments", "government")

// actorMention reports whether mention k can be a subject or object.
func (a *analysis) actorMention(k int) bool {
	m := a.mentions[k]
	return !m.modifier && !m.inTitle
}

// group returns mention k with the acting mentions coordinated with it,
// left to right.
func (a *analysis) group(k int) []int {
	if m := a.mentions[k]; m.modifier && !m.inTitle {
		// a demonym standing for its state ("a Russian raid on"): itself,
		// with the demonyms coordinated with it ("American and European
		// sanctions")
		lo, hi := k, k
		for lo > 0 && a.mentions[lo-1].form == byDemonym && a.mentions[lo-1].modifier && a.coordinated(lo-1, lo) {
			lo--
		}
		for hi+1 < len(a.mentions) && a.mentions[hi+1].form == byDemonym && a.mentions[hi+1].modifier && a.coordinated(hi, hi+1) {
			hi++
		}
		if m.form != byDemonym || lo == hi {
			return []int{k}
		}
		out := make([]int, 0, hi-lo+1)
		for p := lo; p <= hi; p++ {
			out = append(out, p)
		}
		return out
	}
	lo, hi := k, k
	// a subject does not take in the prepositional object before it: "on
	// the South Lawn of the White House, Israel signed"
	free := !a.precededByPreposition(k)
	for p := k - 1; p >= 0; p-- {
		if !a.actorMention(p) {
			if a.mentions[p].inTitle {
				continue
			}
			break
		}
		if !a.groupConnected(p, lo) || free && a.precededByPreposition(p) && a.toks[a.mentions[p].end].lower == "," {
			break
		}
		lo = p
	}
	for q := k + 1; q < len(a.mentions); q++ {
		if !a.actorMention(q) {
			if a.mentions[q].inTitle {
				continue
			}
			break
		}
		if !a.groupConnected(hi, q) {
			break
		}
		if e := a.mentions[q].end; q > k && e < len(a.toks) && slices.Contains(a.reporting, e) {
			break // "from Russia and its US Ambassador Masood Khan said": a new clause's subject
		}
		hi = q
	}
	var out []int
	for p := lo; p <= hi; p++ {
		if a.actorMention(p) {
			out = append(out, p)
		}
	}
	return out
}

// coordinated reports mentions p and q = p+1 joined by connectors only
// ("American and European").
func (a *analysis) coordinated(p, q int) bool {
	return a.mentions[p].end < a.mentions[q].start && onlyConnectors(a.toks, a.mentions[p].end, a.mentions[q].start)
}

// precededByPreposition reports whether mention k follows a preposition,
// allowing determiners between ("from the United States").
func (a *analysis) precededByPreposition(k int) bool {
	if a.mentions[k].governed {
		return true
	}
	return a.precededByPrepositionAt(a.mentions[k].start) && !a.clauseAfterSubordinator(k)
}

// clauseAfterSubordinator reports a mention that follows "after",
// "before", "since", "until" or "as" used as a conjunction: its group is the
// subject of a verb ("six days after Iran launched …", "after China and
// South Africa offered support").
func (a *analysis) clauseAfterSubordinator(k int) bool {
	i := a.mentions[k].start - 1
	for i >= 0 && determiners[a.toks[i].lower] {
		i--
	}
	if i < 0 || !subordinators[a.toks[i].lower] {
		return false
	}
	// the end of the group the mention begins
	j := a.mentions[k].end
	for j < len(a.toks) && (a.at[j] >= 0 || connectors[a.toks[j].lower] && a.toks[j].lower != ",") {
		j++
	}
	if j >= len(a.toks) || a.toks[j].kind != word || isCapitalized(a.toks[j].text) {
		return false
	}
	w := a.toks[j].lower
	return beForms[w] && w != "be" && w != "being" && w != "been" || w == "has" || w == "had" || w == "have" ||
		strings.HasSuffix(w, "ed") || pastForms[w] || reportingVerbs[w]
}

// precededByPrepositionAt reports whether a preposition (and determiners)
// comes right before token i.
func (a *analysis) precededByPrepositionAt(i int) bool {
	i--
	for i >= 0 && determiners[a.toks[i].lower] {
		i--
	}
	return i >= 0 && prepositions[a.toks[i].lower]
}

// timeOpeners begin a time adverbial: ", and the same day Ankara asked …",
// ", and last week Beijing …".
var timeOpeners = set("the", "that", "this", "last", "later", "then", "days", "weeks", "months", "a", "two", "three")

// timeNouns after "that" make it a determiner: "that year", "that summer".
var timeNouns = set("year", "month", "week", "day", "summer", "winter", "spring", "autumn", "fall", "morning",
	"evening", "night", "time", "decade", "afternoon")

// listGoesOn reports whether mention p is followed by a comma, "and" or
// "or", as a list's middle member is ("France, Israel and the US"), unlike
// the subject of a new clause ("on Venezuela, Bolivia declined").
func (a *analysis) listGoesOn(p int) bool {
	k := a.mentions[p].end
	return k < len(a.toks) && (a.toks[k].lower == "," || a.toks[k].lower == "and" || a.toks[k].lower == "or")
}

// subordinatorAt reports a subordinating conjunction at token i, from the
// lexicon entry analyse looked up already.
func (a *analysis) subordinatorAt(i int) bool {
	return a.lex[i] != nil && a.lex[i].subordinator
}

// has reports whether the sentence holds, for every element of t that
// must match a word, one of the words it may begin with.
func (a *analysis) has(t *trigger) bool {
	for _, ids := range t.required {
		ok := false
		for _, id := range ids {
			if a.seen[id] == a.gen {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}
