package extract

import (
	"sort"
	"strings"

	"github.com/geoalign/geoalign/graph"
)

// match is a trigger found at tokens [start, end).
type match struct {
	trig       *trigger
	start, end int
}

// findTriggers returns the non-overlapping trigger matches of a sentence,
// preferring the longest match and then the dictionary's order.
func (x *Extractor) findTriggers(a *analysis) []match {
	var all []match
	for i, t := range a.toks {
		if a.blocked[i] || t.kind == number {
			continue
		}
		if a.lex[i] == nil {
			continue
		}
		for _, tr := range a.lex[i].triggers {
			if end := tr.match(a, i); end > i {
				all = append(all, match{trig: tr, start: i, end: end})
			}
		}
	}
	sort.SliceStable(all, func(i, j int) bool {
		li, lj := all[i].end-all[i].start, all[j].end-all[j].start
		if li != lj {
			return li > lj
		}
		if all[i].start != all[j].start {
			return all[i].start < all[j].start
		}
		return all[i].trig.order < all[j].trig.order
	})
	used := make([]bool, len(a.toks))
	var out []match
	for _, m := range all {
		free := true
		for k := m.start; k < m.end; k++ {
			if used[k] {
				free = false
				break
			}
		}
		if !free {
			continue
		}
		for k := m.start; k < m.end; k++ {
			used[k] = true
		}
		out = append(out, m)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// relations finds each trigger's subject and object in the sentence and
// its modality; hypothetical statements are dropped.
func (x *Extractor) relations(st *docState, a *analysis) []found {
	var out []found
	ms := x.findTriggers(a)
	for i, m := range ms {
		if hypothetical(a, m) || modifierTrigger(a, m) || (i > 0 && complementOf(a, ms[i-1], m)) {
			continue
		}
		fd := found{trig: m.trig, start: m.start, end: m.end, confidence: 0.9, modality: modality(a, m)}
		cs, ce := a.clauseStart(m.start), a.clauseEnd(m.end)
		subj, sconf := x.subjectOf(st, a, cs, m)
		passive, agent := a.passiveAgent(m, ce)
		if passive {
			fd.subjects = a.actorsOf(agent)
			if of := a.ofPatient(m, ce); of >= 0 {
				fd.objects = a.actorsOf(a.group(of))
			} else if p := a.patientBefore(m); p >= 0 {
				fd.objects = a.actorsOf(a.group(p))
			} else {
				fd.objects = subj
			}
			fd.confidence = 0.8
		} else {
			fd.subjects = subj
			if k := a.actorIn(m); k >= 0 && a.actorMention(k) {
				fd.objects = a.actorsOf(a.group(k))
			} else if k >= 0 {
				fd.objects = a.actorsOf([]int{k})
			} else {
				fd.objects = a.actorsOf(x.objectOf(a, m, ce))
			}
			if sconf < fd.confidence {
				fd.confidence = sconf
			}
		}
		fd.objects = x.keepObjectKinds(m.trig.relation, a, fd.objects)
		if len(fd.objects) == 0 && !passive && !x.vocab[m.trig.relation].Symmetric {
			if o := fallbackObject(st, a, m, ce, fd.subjects); o != "" {
				fd.objects, fd.confidence = []string{o}, 0.7
				fd.objects = x.keepObjectKinds(m.trig.relation, a, fd.objects)
			}
		}
		if m.trig.opts.Reverse {
			fd.subjects, fd.objects = fd.objects, fd.subjects
		}
		if m.trig.opts.Goods {
			fd.goods = goodsOf(a, m)
		}
		if len(fd.subjects) == 0 && len(fd.objects) < 2 {
			continue
		}
		out = append(out, fd)
	}
	return out
}

// actorIn returns the mention an "@" of the trigger matched, or -1: the
// acting one, past any title it carries ("killed Al-Qaeda leader Osama bin
// Laden"), else a demonym ("condemned the Russian decision").
func (a *analysis) actorIn(m match) int {
	if !m.trig.hasActor {
		return -1
	}
	found := -1
	for k := m.start; k < m.end; k++ {
		p := a.at[k]
		if p < 0 || a.mentions[p].inTitle {
			continue
		}
		if a.actorMention(p) {
			return p
		}
		if found < 0 {
			found = p
		}
	}
	return found
}

// modifierTrigger reports a trigger that qualifies a noun instead of
// stating an act: "US-backed resolution", "the resolution condemning
// Russia" (a participle right after a plain noun).
func modifierTrigger(a *analysis, m match) bool {
	if m.start > 0 && a.toks[m.start-1].lower == "-" {
		return true
	}
	first := a.toks[m.start].lower
	if !strings.HasSuffix(first, "ing") || m.start == 0 {
		return false
	}
	prev := a.toks[m.start-1]
	if prev.kind != word || a.at[m.start-1] >= 0 || isCapitalized(prev.text) {
		return false
	}
	w := prev.lower
	if prepositions[w] || beForms[w] || determiners[w] || strings.HasSuffix(w, "ly") || w == "and" || w == "or" || w == "also" ||
		w == "not" || w == "n't" || w == "have" || w == "has" || w == "had" || w == "been" || w == "while" || w == "after" || w == "before" {
		return false
	}
	return true
}

// complementOf reports a trigger that only names what an earlier one acts
// on: "lift its embargo on arms sales to Pakistan", "threatened to halt
// assistance" — it follows the earlier trigger closely with no actor between.
func complementOf(a *analysis, prev, m match) bool {
	if m.start-prev.end > 3 {
		return false
	}
	for k := prev.end; k < m.start; k++ {
		if a.at[k] >= 0 || a.boundary[k] || a.toks[k].lower == "," || a.toks[k].lower == "and" {
			return false
		}
	}
	return true
}

// lastOfficial is the most recent official among ids.
func (x *Extractor) lastOfficial(ids []string) string {
	for i := len(ids) - 1; i >= 0; i-- {
		if x.kindOf(ids[i]) == graph.Official {
			return ids[i]
		}
	}
	return ""
}

// clauseStart is the first token of the clause holding token i.
func (a *analysis) clauseStart(i int) int {
	for k := i - 1; k >= 0; k-- {
		if a.boundary[k] {
			return k + 1
		}
	}
	return 0
}

// clauseEnd is the token after the clause holding token i.
func (a *analysis) clauseEnd(i int) int {
	for k := i; k < len(a.toks); k++ {
		if a.boundary[k] && !(a.toks[k].lower == "that" && k == i) {
			return k
		}
	}
	return len(a.toks)
}

// subjectOf finds the subject of a trigger, as actor ids with a confidence:
// the possessor or modifier right before a nominal trigger ("India's
// support for", "US military assistance to"); else the first acting mention
// of the clause not governed by a preposition; else, after a relative
// pronoun, the mention it refers to; else, for "he"/"she"/"it", the
// sentence's (or the previous sentence's) actor of that kind.
func (x *Extractor) subjectOf(st *docState, a *analysis, cs int, m match) ([]string, float64) {
	if k, conf := a.possessor(m); k >= 0 {
		return a.actorsOf(a.group(k)), conf
	}
	if m.trig.opts.Nominal && !a.lightVerbBefore(m.start) {
		return nil, 0
	}
	for k, mt := range a.mentions {
		if mt.start < cs || mt.end > m.start || !a.actorMention(k) || a.precededByPreposition(k) && !a.agentOf(k) {
			continue
		}
		return a.actorsOf(a.group(k)), 0.9
	}
	if pair := x.pairSubject(st, a, cs, m); pair != nil {
		return pair, 0.7
	}
	if k := a.antecedent(cs); k >= 0 {
		return a.actorsOf(a.group(k)), 0.8
	}
	if k := a.participleAgent(m); k >= 0 {
		return a.actorsOf(a.group(k)), 0.7
	}
	return x.pronounSubject(st, a, cs, m), 0.7
}

// participleAgent finds who acts in a participle clause after a comma:
// "the statement issued by Russia, acknowledging Pakistan's role" — the
// last actor before the comma.
func (a *analysis) participleAgent(m match) int {
	if m.start < 2 || a.toks[m.start-1].lower != "," || !strings.HasSuffix(a.toks[m.start].lower, "ing") {
		return -1
	}
	if k := a.at[m.start-2]; k >= 0 && a.actorMention(k) {
		return k
	}
	return -1
}

// lightVerbBefore reports a verb that makes a trigger noun an act of the
// clause's subject: "issued statements of support for", "launched an attack
// on", "pledged support to".
func (a *analysis) lightVerbBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if a.at[k] >= 0 || a.boundary[k] {
			return false
		}
		if lightVerbs[a.toks[k].lower] {
			return true
		}
	}
	return false
}

// agentOf reports a mention that names who makes up an agent noun before
// it: "a delegation from Pakistan", "officials of the EU".
func (a *analysis) agentOf(k int) bool {
	i := a.mentions[k].start - 1
	for i >= 0 && determiners[a.toks[i].lower] {
		i--
	}
	return i >= 1 && (a.toks[i].lower == "from" || a.toks[i].lower == "of") && agentNouns[a.toks[i-1].lower]
}

// pairSubject resolves "the two nations", "both sides" before the trigger
// to the last two states (or officials, for "leaders") named before it in
// the sentence, or else in the previous one.
func (x *Extractor) pairSubject(st *docState, a *analysis, cs int, m match) []string {
	at := -1
	for k := cs; k+1 < m.start; k++ {
		w := a.toks[k].lower
		if (w == "two" && k > 0 && a.toks[k-1].lower == "the" || w == "both") && pairNouns[a.toks[k+1].lower] {
			at = k
			break
		}
	}
	if at < 0 {
		return nil
	}
	person := a.toks[at+1].lower == "leaders"
	var named []string
	for p, mt := range a.mentions {
		if mt.end <= at && a.actorMention(p) {
			named = append(named, mt.actor)
		}
	}
	if len(distinctOfKind(x, named, person)) < 2 {
		named = append(append([]string{}, st.prevActors...), named...)
	}
	pair := distinctOfKind(x, named, person)
	if len(pair) < 2 {
		return nil
	}
	return pair[len(pair)-2:]
}

// distinctOfKind keeps, in order of last mention, the distinct ids that are
// officials (person) or states and bodies (not person).
func distinctOfKind(x *Extractor, ids []string, person bool) []string {
	var out []string
	for i := len(ids) - 1; i >= 0; i-- {
		id := ids[i]
		if (x.kindOf(id) == graph.Official) != person {
			continue
		}
		dup := false
		for _, o := range out {
			dup = dup || o == id
		}
		if !dup {
			out = append([]string{id}, out...)
		}
	}
	return out
}

// possessor finds the possessor or modifier of a trigger noun, allowing a
// few adjectives between: "India's support for", "Lavrov's public
// invitation", "a Russian missile strike", "US military assistance to".
func (a *analysis) possessor(m match) (int, float64) {
	if m.trig.opts.Nominal && a.lightVerbBefore(m.start) {
		return -1, 0
	}
	for i, n := m.start-1, 0; i >= 0 && n < 5; i, n = i-1, n+1 {
		if a.toks[i].lower == "'s" || a.toks[i].lower == "-" {
			continue
		}
		if k := a.at[i]; k >= 0 {
			switch {
			case a.actorMention(k) && (a.toks[i+1].lower == "'s" || m.trig.opts.Nominal):
				return k, 0.9
			case m.trig.opts.Nominal && a.mentions[k].form == byDemonym && !a.mentions[k].inTitle:
				return k, 0.8
			}
			return -1, 0
		}
		w := a.toks[i].lower
		if a.toks[i].kind != word || isCapitalized(a.toks[i].text) || !m.trig.opts.Nominal || w == "and" || w == "or" || prepositions[w] || determiners[w] {
			return -1, 0
		}
	}
	return -1, 0
}

// antecedent finds what a relative pronoun opening the clause at cs refers
// to: "the talks between the US and the Taliban, which were mediated by";
// for "X, which hosted …, and which facilitated", the first pronoun's.
func (a *analysis) antecedent(cs int) int {
	if cs == 0 || !relativePronouns[a.toks[cs-1].lower] {
		return -1
	}
	rel := cs - 1
	if rel >= 1 && a.toks[rel-1].lower == "and" {
		for k := rel - 2; k >= 0; k-- {
			if a.toks[k].lower == a.toks[rel].lower {
				rel = k
				break
			}
		}
	}
	for k := len(a.mentions) - 1; k >= 0; k-- {
		if a.mentions[k].end <= rel && a.actorMention(k) {
			return k
		}
	}
	return -1
}

// pronounSubject resolves "he"/"she" to the first official named before the
// clause (or the last official of the previous sentence: "He accused …"),
// and "it" to the first state or body named before the clause.
func (x *Extractor) pronounSubject(st *docState, a *analysis, cs int, m match) []string {
	for k := cs; k < m.start; k++ {
		w := a.toks[k].lower
		if w != "he" && w != "she" && w != "it" {
			continue
		}
		person := w != "it"
		for p, mt := range a.mentions {
			if mt.start < cs && a.actorMention(p) && (mt.kind == graph.Official) == person {
				return []string{mt.actor}
			}
		}
		if id := x.lastOfficial(st.prevActors); person && id != "" {
			return []string{id}
		}
		return nil
	}
	return nil
}

// objectOf finds the object group after a trigger, within its clause: the
// first acting mention, or every mention of the noun group for
// "objects: all" triggers.
func (x *Extractor) objectOf(a *analysis, m match, ce int) []int {
	limit := min(ce, m.end+20)
	// a new verb ends the object's region: "warning policymakers not to
	// annoy China", "turned down the demand and went ahead with"
	for k := m.end; k < limit; k++ {
		if a.at[k] >= 0 {
			continue
		}
		w := a.toks[k].lower
		if w == "not" || w == "n't" || (k+1 < len(a.toks) && a.at[k+1] < 0 && (w == "to" && startsVerb(a.toks[k+1]) || w == "and" && isPastVerb(a.toks[k+1]))) {
			limit = k
			break
		}
	}
	// a comma ends it too, unless a list of actors goes on after it
	for k := m.end; k < limit; k++ {
		if a.toks[k].lower == "," && k+1 < len(a.toks) && a.at[k+1] < 0 && !listGoesOn[a.toks[k+1].lower] && !(k+2 < len(a.toks) && a.toks[k+1].lower == "the" && a.at[k+2] >= 0) {
			limit = k
			break
		}
	}
	kinds := x.objKinds[m.trig.relation]
	for k, mt := range a.mentions {
		if mt.start < m.end || mt.start >= limit || !a.actorMention(k) {
			continue
		}
		if len(kinds) == 0 && a.placeOrTopic(k, m.end) {
			continue // "held talks in the Kremlin", "a meeting on Afghanistan"
		}
		if len(kinds) > 0 && !kindIn(mt.kind, kinds) {
			continue
		}
		if m.trig.opts.Objects == "all" {
			return a.group(k)
		}
		return []int{k}
	}
	// no acting actor: a demonym qualifying the object stands for its state
	// ("halted disbursements to Afghan projects", "buy Chinese jets")
	for k, mt := range a.mentions {
		if mt.start >= m.end && mt.start < limit && mt.form == byDemonym && !mt.inTitle && (len(kinds) == 0 || kindIn(mt.kind, kinds)) {
			return []int{k}
		}
	}
	return nil
}

// placeOrTopic reports a mention governed by a preposition of place or
// topic: it is where or what a relation is about, not its object.
func (a *analysis) placeOrTopic(k, triggerEnd int) bool {
	i := a.mentions[k].start - 1
	for i >= 0 && determiners[a.toks[i].lower] {
		i--
	}
	return i >= triggerEnd && placeTopicPrepositions[a.toks[i].lower]
}

func kindIn(k graph.Kind, kinds []graph.Kind) bool {
	for _, x := range kinds {
		if x == k {
			return true
		}
	}
	return false
}

func (x *Extractor) keepObjectKinds(rel string, a *analysis, ids []string) []string {
	kinds := x.objKinds[rel]
	if len(kinds) == 0 {
		return ids
	}
	var out []string
	for _, id := range ids {
		if kindIn(x.kindOf(id), kinds) {
			out = append(out, id)
		}
	}
	return out
}

// passiveAgent recognises "was singled out by Trump", "were mediated by
// Pakistan" and nominal "the killing of X by Y": a be-verb before the
// trigger (or a nominal trigger) and "by" with an actor after it.
func (a *analysis) passiveAgent(m match, ce int) (bool, []int) {
	be := false
	for k := m.start - 1; k >= 0 && k >= m.start-3; k-- {
		if a.at[k] >= 0 || a.boundary[k] {
			break
		}
		if beForms[a.toks[k].lower] {
			be = true
			break
		}
	}
	nominal := a.toks[m.end-1].lower == "of" || (m.end < len(a.toks) && a.toks[m.end].lower == "of")
	if !be && !nominal {
		return false, nil
	}
	for k := m.end; k < ce && k < m.end+14; k++ {
		if a.toks[k].lower != "by" {
			continue
		}
		for j := k + 1; j < ce && j <= k+3; j++ {
			if p := a.at[j]; p >= 0 && a.actorMention(p) {
				return true, a.group(p)
			}
		}
	}
	return false, nil
}

// patientBefore finds the grammatical subject of a passive right before its
// be-verb: "Turkey was removed from … by the Pentagon".
func (a *analysis) patientBefore(m match) int {
	for k := m.start - 1; k >= 0 && k >= m.start-4; k-- {
		if !beForms[a.toks[k].lower] {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if p := a.at[j]; p >= 0 {
				if a.actorMention(p) {
					return p
				}
				return -1
			}
			if a.boundary[j] || a.toks[j].kind == punct {
				return -1
			}
		}
		return -1
	}
	return -1
}

// ofPatient finds X in a nominal "killing of X by Y".
func (a *analysis) ofPatient(m match, ce int) int {
	i := m.end
	if a.toks[m.end-1].lower != "of" {
		if i >= len(a.toks) || a.toks[i].lower != "of" {
			return -1
		}
		i++
	}
	for j := i; j < ce && j < i+6; j++ {
		if p := a.at[j]; p >= 0 && a.actorMention(p) {
			return p
		}
		if a.toks[j].lower == "by" {
			break
		}
	}
	return -1
}

// fallbackObject resolves an object that the sentence names only by a
// pronoun ("threatened to halt assistance if it continued") or by an
// earlier act ("turned down the demand").
func fallbackObject(st *docState, a *analysis, m match, ce int, subjects []string) string {
	isSubject := func(id string) bool {
		for _, s := range subjects {
			if s == id {
				return true
			}
		}
		return false
	}
	for k := m.start + 1; k < len(a.toks) && k < m.end+10; k++ {
		w := a.toks[k].lower
		if a.at[k] >= 0 {
			if k < m.end {
				continue
			}
			return "" // an actor the object search did not take: do not guess past it
		}
		if k >= m.end && (w == "," || a.boundary[k] && k >= ce && w != "if") {
			return "" // the pronoun must belong to the trigger's clause (or its "if")
		}
		if objectPronouns[w] && k >= m.end {
			for p := len(a.mentions) - 1; p >= 0; p-- {
				if a.mentions[p].end <= m.start && a.actorMention(p) && !isSubject(a.mentions[p].actor) {
					return a.mentions[p].actor
				}
			}
			for p := len(st.prevActors) - 1; p >= 0; p-- {
				if !isSubject(st.prevActors[p]) {
					return st.prevActors[p]
				}
			}
			return ""
		}
		if k >= ce {
			continue
		}
		if (w == "the" || w == "this" || w == "that" || w == "its") && k+1 < len(a.toks) && anaphoricNouns[a.toks[k+1].lower] {
			for _, s := range st.prevSubjects {
				if !isSubject(s) {
					return s
				}
			}
			return ""
		}
	}
	return ""
}

// modality reads negation before the trigger within its clause, negated
// triggers, and reported speech or denial earlier in the sentence.
func modality(a *analysis, m match) graph.Modality {
	if m.trig.opts.Negated {
		return graph.Negated
	}
	cs := a.clauseStart(m.start)
	for k := max(cs, m.start-5); k < m.start; k++ {
		if negations[a.toks[k].lower] && a.at[k] < 0 && !litotes(a, k) {
			return graph.Negated
		}
	}
	for _, d := range a.denial {
		if d < m.start {
			return graph.Denied
		}
	}
	for _, r := range a.reporting {
		if r >= m.start {
			break
		}
		if a.toks[r].lower == "according" || r > 0 && !determiners[a.toks[r-1].lower] && reports(a, r, cs) {
			return graph.Claimed
		}
	}
	return graph.Asserted
}

// reports tells whether the reporting verb at r introduces the clause
// starting at cs: right after it, or after its "that" a few words on ("told
// reporters in Moscow on Monday that …").
func reports(a *analysis, r, cs int) bool {
	if cs == r+1 {
		return true
	}
	return cs >= 1 && a.toks[cs-1].lower == "that" && cs-1-r <= 8
}

// hypothetical reports a trigger under a modal ("might advocate"), a
// condition ("if Pakistan joins") or an unrealised infinitive ("wants to
// buy", "threatened to halt"), which state no event.
func hypothetical(a *analysis, m match) bool {
	cs := a.clauseStart(m.start)
	if cs > 0 {
		switch a.toks[cs-1].lower {
		case "if", "unless", "whether":
			return true
		}
	}
	for k := cs; k < m.start; k++ {
		if modals[a.toks[k].lower] && a.at[k] < 0 && a.toks[k].text != "May" { // "in May 2023" is a month
			return true
		}
	}
	if m.start >= 1 && a.toks[m.start-1].lower == "to" {
		if m.start >= 3 && litotes(a, m.start-4) {
			return false // "did not take long to lend support"
		}
		gov := m.start - 2
		for gov >= 0 && a.at[gov] >= 0 { // "pushed Russia to cancel": the verb before the actor
			gov--
		}
		if gov < 0 || !realizedVerbs[a.toks[gov].lower] {
			return true
		}
	}
	return false
}

// litotes reports a negation that affirms: "did not take long to", "did
// not hesitate to", "was quick to".
func litotes(a *analysis, k int) bool {
	if k < 0 || k+2 >= len(a.toks) {
		return false
	}
	n := a.toks[k].lower
	if n != "not" && n != "n't" && n != "never" {
		return false
	}
	next := a.toks[k+1].lower
	return (next == "take" || next == "took") && a.toks[k+2].lower == "long" || strings.HasPrefix(next, "hesitat")
}

// goodsOf reads what was traded between the trigger's verb and "from"/"to":
// "buying crude oil from" → "crude oil".
func goodsOf(a *analysis, m match) string {
	var words []string
	for k := m.start + 1; k < m.end; k++ {
		w := a.toks[k].lower
		if w == "from" || w == "to" {
			break
		}
		if determiners[w] || w == "of" || w == "its" || w == "first" || w == "order" || w == "orders" || w == "for" {
			continue
		}
		words = append(words, a.toks[k].text)
	}
	return strings.Join(words, " ")
}

// startsVerb guesses that a word after "to" is a verb, not a noun phrase.
func startsVerb(t token) bool {
	return t.kind == word && !isCapitalized(t.text) && !determiners[t.lower] && !prepositions[t.lower] &&
		t.lower != "its" && t.lower != "what" && !strings.HasSuffix(t.lower, "'s")
}

// isPastVerb guesses a past-tense verb: "went", "signed".
func isPastVerb(t token) bool {
	if t.kind != word || isCapitalized(t.text) {
		return false
	}
	if strings.HasSuffix(t.lower, "ed") || pastForms[t.lower] {
		return true
	}
	return false
}

var pastForms = func() map[string]bool {
	m := set("went", "came", "was", "were", "had", "did")
	for _, forms := range irregular {
		for _, f := range forms {
			m[f] = true
		}
	}
	return m
}()

// actorsOf maps mention indices to distinct actor ids, in order.
func (a *analysis) actorsOf(ks []int) []string {
	var out []string
	for _, k := range ks {
		id := a.mentions[k].actor
		dup := false
		for _, o := range out {
			if o == id {
				dup = true
			}
		}
		if !dup {
			out = append(out, id)
		}
	}
	return out
}
