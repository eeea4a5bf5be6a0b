package extract

import (
	"slices"
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
	all := a.matchBuf[:0]
	defer func() { a.matchBuf = all[:0] }()
	for i, t := range a.toks {
		if a.blocked[i] || t.kind == number {
			continue
		}
		if a.lex[i] == nil {
			continue
		}
		gapChecked := false
		for _, c := range a.lex[i].triggers {
			if c.mask&^a.mask != 0 || !a.has(c.trig) {
				continue
			}
			if !gapChecked {
				obj, _ := a.relativeObject(i)
				a.objectGap, gapChecked = obj >= 0, true
			}
			tr := c.trig
			if end := tr.match(a, i); end > i {
				all = append(all, match{trig: tr, start: i, end: end})
			}
		}
	}
	a.objectGap = false
	if len(all) == 0 {
		return nil // most sentences: nothing to sort or share out
	}
	slices.SortStableFunc(all, func(p, q match) int {
		if lp, lq := p.end-p.start, q.end-q.start; lp != lq {
			return lq - lp
		}
		if p.start != q.start {
			return p.start - q.start
		}
		if np, nq := p.trig.opts.Nominal, q.trig.opts.Nominal; np != nq && afterPossessive(a, p.start) {
			if np {
				return -1 // "China's warning to", "Washington's pressure on": a noun
			}
			return 1
		}
		return p.trig.order - q.trig.order
	})
	used := clearBools(a.used, len(a.toks))
	a.used = used
	var out []match
	for _, m := range all {
		free := true
		for k := m.start; k < m.end; k++ {
			// a noun that ends one phrase may head the next, nominal one:
			// "declined to join American and European sanctions against Moscow"
			shared := k == m.start && m.trig.opts.Nominal && k+1 < len(used) && !used[k+1] && endsMatch(out, k, m.trig.relation)
			if used[k] && !shared {
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
	slices.SortFunc(out, func(p, q match) int { return p.start - q.start })
	return out
}

// endsMatch reports whether one of ms ends with token k and states no
// relation rel of its own ("accepted Putin's invitation" already tells the
// invitation).
func endsMatch(ms []match, k int, rel string) bool {
	for _, m := range ms {
		if m.end-1 == k {
			return reactions[m.trig.relation] && m.trig.relation != rel && (m.trig.opts.Also == nil || m.trig.opts.Also.Relation != rel)
		}
	}
	return false
}

// gatheringNouns after an actor make it the gathering's name: "a NATO
// summit", "the ASEAN meeting".
var gatheringNouns = set("summit", "summits", "meeting", "meetings", "conference", "forum", "ministerial", "session",
	"gathering", "headquarters", "assembly", "retreat")

// beforeParenthetical finds the subject a parenthetical report interrupts:
// for a clause starting at cs right after ", he said," or ", officials
// said,", the actor that ends just before it. -1 when there is none.
func (a *analysis) beforeParenthetical(cs int) int {
	if cs < len(a.toks) && a.toks[cs].lower == "," {
		cs++ // (the clause may begin at its comma)
	}
	if cs < 4 || a.toks[cs-1].lower != "," || !slices.Contains(a.reporting, cs-2) {
		return -1
	}
	for k := cs - 3; k >= 0 && k >= cs-6; k-- {
		if a.toks[k].lower != "," {
			if a.at[k] >= 0 && !a.mentions[a.at[k]].inTitle || a.toks[k].kind == word {
				continue // the reporter: "he", "officials", "Mr. Peskov"
			}
			return -1
		}
		if k == 0 || a.at[k-1] < 0 || a.mentions[a.at[k-1]].end != k || !a.actorMention(a.at[k-1]) {
			return -1
		}
		return a.at[k-1]
	}
	return -1
}

// metCriteria reports "met the conditions", "meets the targets": a
// standard met, not a meeting.
func (a *analysis) metCriteria(m match) bool {
	if !strings.HasPrefix(a.toks[m.start].lower, "me") {
		return false
	}
	for k := m.end; k < len(a.toks) && k <= m.end+3; k++ {
		if criteriaNouns[a.toks[k].lower] {
			return true
		}
		if a.at[k] >= 0 {
			return false
		}
	}
	return false
}

var criteriaNouns = set("conditions", "condition", "requirements", "requirement", "criteria", "criterion", "targets",
	"target", "standards", "standard", "demands", "expectations", "deadline", "deadlines", "obligations",
	"benchmarks", "goals", "goal", "needs", "terms", "commitments", "threshold")

// aidHaltedTrigger marks aid named after a verb that stops it.
var aidHaltedTrigger = &trigger{relation: "cut_aid_to", pattern: "(aid halted)"}

// haltVerbs stop what they govern: "halted Slovakia's aid to Kyiv".
var haltVerbs = set("halted", "halts", "halt", "halting", "suspended", "suspends", "suspend", "suspending", "froze",
	"freezes", "freeze", "freezing", "stopped", "stops", "stop", "stopping", "ended", "ends", "end", "ending",
	"paused", "pauses", "pause", "pausing", "withheld", "withholds", "withhold", "cancelled", "canceled", "cut", "cuts", "cutting")

// haltedBefore reports a halting verb a few words before m in its clause.
func (a *analysis) haltedBefore(m match) bool {
	cs := a.clauseStart(m.start)
	for k := max(cs, m.start-6); k < m.start; k++ {
		if haltVerbs[a.toks[k].lower] {
			return true
		}
	}
	return false
}

// reactions are relations that respond to another's act, which a noun
// they end with may name: "declined to join American sanctions against
// Moscow" (not "halted Slovakia's aid to Kyiv", which ends the aid).
var reactions = set("declined", "refused", "supported", "criticized", "voted_for", "voted_against", "abstained")

// sharedSubject is, for a verb right after "and" whose subject as found
// is the object of the verb before it, that verb's subjects: the two
// verbs share their subject. nil otherwise.
func sharedSubject(a *analysis, before []found, m match, subj []string) []string {
	if m.start == 0 || a.toks[m.start-1].lower != "and" || len(before) == 0 || len(subj) == 0 {
		return nil
	}
	prev := before[len(before)-1]
	if prev.end >= m.start || len(prev.subjects) == 0 {
		return nil
	}
	for _, s := range subj {
		if !slices.Contains(prev.objects, s) {
			return nil
		}
	}
	return prev.subjects
}

// participleCut is where the object of match i must end: before the next
// trigger if that one opens with a participle ("signed the communiqué
// backing Ukraine's territorial integrity": Ukraine is what the
// communiqué backs, not a party to the signing); else ce.
func participleCut(a *analysis, ms []match, i, ce int) int {
	if i+1 < len(ms) {
		if n := ms[i+1].start; n > ms[i].end && n < ce && strings.HasSuffix(a.toks[n].lower, "ing") {
			return n
		}
	}
	return ce
}

// relations finds each trigger's subject and object in the sentence and
// its modality; hypothetical statements are dropped.
func (x *Extractor) relations(st *docState, a *analysis) []found {
	var out []found
	ms := x.findTriggers(a)
	for i, m := range ms {
		// (a partnership agreement signed is a partnership too: rule of
		// "signed a comprehensive strategic partnership treaty")
		partnership := i > 0 && m.trig.relation == "partnered_with" && ms[i-1].trig.relation == "signed_agreement_with"
		// "accused France of arming Armenia": France armed Armenia, by the
		// accuser's claim; "thanked India for standing by Sri Lanka"
		accused, claim := a.ascribedTo(m)
		if hypothetical(a, m) || modifierTrigger(a, m) || (i > 0 && !partnership && accused == nil && complementOf(a, ms[i-1], m)) {
			continue
		}
		if m.trig.relation == "met" && a.metCriteria(m) {
			continue // "Hungary had met the conditions": no meeting
		}
		fd := found{trig: m.trig, start: m.start, end: m.end, confidence: 0.9, modality: modality(a, m)}
		if m.trig.relation == "gave_aid_to" && m.trig.opts.Nominal && a.haltedBefore(m) {
			if _, ok := x.vocab["cut_aid_to"]; ok {
				fd.trig = aidHaltedTrigger // "halted Slovakia's military aid to Kyiv"
			}
		}
		cs, ce := a.clauseStart(m.start), a.clauseEnd(m.end)
		subj, sconf := x.subjectOf(st, a, cs, m)
		if accused != nil {
			subj, sconf = accused, 0.7
			if claim && fd.modality == graph.Asserted {
				fd.modality = graph.Claimed
			}
		}
		if prev := sharedSubject(a, out, m, subj); prev != nil {
			subj = prev // "Duterte visited Beijing and called the Americans hypocrites": Duterte called
		}
		if len(subj) == 0 {
			if k := a.beforeParenthetical(cs); k >= 0 {
				subj, sconf = a.actorsOf(a.group(k)), 0.8 // "The United States, he said, stands with the Philippines"
			}
		}
		if len(subj) == 0 {
			if k := a.elidedSubject(cs, m); k >= 0 {
				subj, sconf = a.actorsOf(a.group(k)), 0.7
			} else if k := a.frontedSubject(m); k >= 0 && (m.trig.relation == "visited" || m.trig.relation == "met") {
				subj, sconf = a.actorsOf(a.group(k)), 0.8
			}
		}
		passive, agent := a.passiveAgent(m, ce)
		if passive {
			fd.subjects = a.actorsOf(agent)
			if of := a.ofPatient(m, ce); of >= 0 {
				fd.objects = a.actorsOf(a.group(of))
			} else if p := a.patientBefore(m); p >= 0 {
				fd.objects = a.actorsOf(a.group(p))
			} else if p := a.appositivePatient(m); p >= 0 {
				fd.objects = a.actorsOf(a.group(p)) // "Faylaq al-Sham, a faction backed by Turkey"
			} else if k := a.actorIn(m); k >= 0 && a.nounBefore(m) && a.actorMention(k) {
				fd.objects = a.actorsOf(a.group(k)) // "a visit to Cairo by …", the place in the trigger
			} else if o := x.objectOf(a, m, ce); a.nounBefore(m) && len(o) > 0 && a.mentions[o[0]].start < a.mentions[agent[0]].start {
				fd.objects = a.actorsOf(o) // "a visit to Cairo by …"
			} else {
				fd.objects = subj
			}
			fd.confidence = 0.8
		} else {
			fd.subjects = subj
			if k := a.actorIn(m); k >= 0 && a.actorMention(k) {
				fd.objects = a.actorsOf(a.group(k))
			} else if k >= 0 {
				fd.objects = a.actorsOf(a.group(k)) // demonyms qualifying the object: "join American and European sanctions"
			} else if m.end < len(a.toks) && (objectPronouns[a.toks[m.end].lower] && a.toks[m.end].lower != "its" && a.toks[m.end].lower != "their") {
				// "accusing him of opening a front against Ukrainians": the
				// object is whom the pronoun stands for (fallbackObject)
			} else {
				fd.objects = a.actorsOf(x.objectOf(a, m, participleCut(a, ms, i, ce)))
			}
			if sconf < fd.confidence {
				fd.confidence = sconf
			}
		}
		fd.objects = x.keepObjectKinds(m.trig.relation, a, fd.objects)
		if len(fd.objects) == 0 && !passive && (!x.vocab[m.trig.relation].Symmetric || a.pronounAfter(m)) {
			if o := x.fallbackObject(st, a, m, ce, fd.subjects); len(o) > 0 {
				fd.objects, fd.confidence = o, 0.7
				fd.objects = x.keepObjectKinds(m.trig.relation, a, fd.objects)
			}
		}
		if obj, sub := a.relativeObject(m.start); len(fd.objects) == 0 && !passive && obj >= 0 {
			// "The Polisario Front, which Algeria arms": Algeria arms the Front
			fd.objects = a.actorsOf(a.group(obj))
			if sub >= 0 {
				fd.subjects = a.actorsOf(a.group(sub))
			} else {
				fd.subjects = without(x.pronounSubject(st, a, a.mentions[obj].end, m), fd.objects)
			}
		}
		if len(fd.objects) == 0 && !passive && m.trig.relation == "visited" && a.bareVisit(m) {
			// "Blinken visited in 2023": the state the report is filed from
			if home := st.homeState(); home != "" && len(fd.subjects) > 0 && !slices.ContainsFunc(fd.subjects, func(id string) bool {
				return id == home || x.stateServed(st, id) == home
			}) {
				fd.objects, fd.confidence = []string{home}, 0.6
			}
		}
		if len(fd.objects) == 0 && !passive {
			// "brokered talks between the two foreign ministers"
			from := m.end - 1
			if m.trig.relation == "pressured" {
				from = m.start + 1 // "urged the two sides to exercise restraint": the pair is whom the gap names
			}
			if at, noun, n := pairAt(a, from, min(ce, m.end+4)); at >= 0 {
				// (not the subject, nor the state the subject serves)
				fd.objects = x.resolvePair(st, a, at, noun, n, false, union(fd.subjects, x.liftOfficials(st, fd.subjects)))
			}
		}
		if len(fd.objects) == 0 && !passive && len(fd.subjects) > 0 && kindIn(graph.Institution, x.objKinds[m.trig.relation]) {
			// "Kazakhstan and Tajikistan abstained": in the vote of the
			// assembly or council named last
			if b := x.votingBody(st, a, m); b != "" {
				fd.objects, fd.confidence = []string{b}, 0.7
			}
		}
		if len(fd.objects) == 0 && !passive && m.trig.relation == "criticized" && a.attackNounAfter(m) {
			// "condemned the strikes": the attackers of the last attack told
			if p := without(st.lastAttackers, fd.subjects); len(p) > 0 {
				fd.objects, fd.confidence = p, 0.7
			}
		}
		if len(fd.objects) == 0 && m.trig.relation == "mediated" && a.dealNounAfter(m) {
			// "brokered the arrangement", "brokered both deals": between the
			// parties of the last agreement told
			if p := without(st.lastDeal, fd.subjects); len(p) >= 2 {
				fd.objects, fd.confidence = p, 0.7
			}
		}
		if co := a.coSubjects(m, ce); len(co) > 0 {
			fd.subjects = union(fd.subjects, co)
			fd.objects = without(fd.objects, co)
		}
		if m.trig.opts.Reverse {
			fd.subjects, fd.objects = fd.objects, fd.subjects
			if x.vocab[m.trig.relation].Polarity > 0 && len(fd.subjects) > 0 &&
				!slices.ContainsFunc(fd.subjects, func(id string) bool { return x.kindOf(id) == graph.Official }) {
				// what a state or body gives, an official receives for the
				// state served: "Hun Manet thanked Beijing for its support"
				// (a rebuke, though, is aimed at the person)
				fd.objects = x.liftOfficials(st, fd.objects)
			}
		}
		if partnership && len(out) > 0 && out[len(out)-1].start == ms[i-1].start {
			// "Putin and Kim signed a comprehensive strategic partnership
			// treaty": between the signatories
			if prev := out[len(out)-1]; len(fd.subjects) == 0 || len(fd.objects) == 0 {
				fd.subjects, fd.objects = prev.subjects, prev.objects
			}
		}
		if m.trig.relation == "partnered_with" {
			// a partnership is between states: the officials who made it
			// stand for theirs
			fd.subjects, fd.objects = x.liftOfficials(st, fd.subjects), x.liftOfficials(st, fd.objects)
		}
		if m.trig.opts.Goods {
			fd.goods = goodsOf(a, m)
		}
		// with no subject, only a trigger that names every party ("talks
		// between A and B") relates its objects to each other
		if len(fd.subjects) == 0 && (len(fd.objects) < 2 || !passive && m.trig.opts.Objects != "all" && a.actorIn(m) < 0) {
			continue
		}
		out = append(out, fd)
		if p := union(fd.subjects, fd.objects); m.trig.relation == "signed_agreement_with" && len(p) >= 2 {
			st.lastDeal = p
		}
		if m.trig.relation == "attacked" && len(fd.subjects) > 0 && len(fd.objects) > 0 {
			st.lastAttackers = fd.subjects
		}
		if r := x.requestBehind(st, a, fd, ce); r != nil {
			out = append(out, *r)
		}
		if m.trig.relation == "signed_agreement_with" && a.hasWord(m.start, m.end, "partnership") && len(fd.subjects) > 0 {
			// "signed a comprehensive strategic partnership agreement with"
			p := fd
			p.trig = partnershipTrigger
			p.subjects, p.objects = x.liftOfficials(st, fd.subjects), x.liftOfficials(st, fd.objects)
			out = append(out, p)
		}
	}
	a.asDid(out)
	for _, fd := range out {
		if c := x.accusation(st, a, fd); c != nil {
			out = append(out, *c)
		}
	}
	return out
}

// criticismTrigger marks the criticism a reported accusation makes.
var criticismTrigger = &trigger{relation: "criticized", pattern: "(a hostile act reported)"}

// accusation records that reporting a hostile act of someone ("He said
// that Ukraine had attacked the bridge", "told parliament that the United
// States had armed our enemies") criticises them: the reporter criticized
// the actor, asserted, besides the claimed act.
func (x *Extractor) accusation(st *docState, a *analysis, fd found) *found {
	if fd.modality != graph.Claimed || fd.trig.relation != "attacked" && fd.trig.relation != "sold_arms_to" {
		return nil
	}
	if _, ok := x.vocab["criticized"]; !ok {
		return nil
	}
	r := -1
	for _, k := range a.reporting {
		if k < fd.start {
			r = k
		}
	}
	if r < 0 || a.toks[r].lower == "according" {
		return nil
	}
	var reporter []string
	cs := a.clauseStart(r)
	for k, mt := range a.mentions {
		if mt.start >= cs && mt.end <= r && a.actorMention(k) && !a.precededByPreposition(k) {
			reporter = a.actorsOf(a.group(k))
			break
		}
	}
	if len(reporter) == 0 {
		reporter = x.pronounSubject(st, a, cs, match{start: r, end: r + 1})
	}
	if len(reporter) == 0 || len(fd.subjects) == 0 {
		return nil
	}
	targets := without(fd.subjects, reporter)
	if len(targets) == 0 {
		return nil
	}
	return &found{trig: criticismTrigger, start: fd.start, end: fd.end, subjects: reporter, objects: targets,
		modality: graph.Asserted, confidence: 0.7}
}

// coSubjects finds actors who act with the subject, named after the
// trigger: "mediated between Israel and Hamas alongside Qatar", "voted
// against the resolution together with Russia", "brokered the truce with
// help from Egypt".
func (a *analysis) coSubjects(m match, ce int) []string {
	for k := m.end; k < ce && k < m.end+20; k++ {
		n := coSubjectMarker(a, k)
		if n == 0 {
			continue
		}
		for j := k + n; j < ce && j <= k+n+2; j++ {
			if p := a.at[j]; p >= 0 {
				if a.actorMention(p) {
					return a.actorsOf(a.group(p))
				}
				return nil
			}
			if !determiners[a.toks[j].lower] {
				return nil
			}
		}
		return nil
	}
	return nil
}

// coSubjectMarker is the length of a phrase at k that adds co-actors
// ("alongside", "together with", "along with", "with help from", "with the
// help of", "joined by"), or 0.
func coSubjectMarker(a *analysis, k int) int {
	w := func(i int) string {
		if i < len(a.toks) && a.at[i] < 0 {
			return a.toks[i].lower
		}
		return ""
	}
	switch {
	case w(k) == "alongside":
		return 1
	case (w(k) == "together" || w(k) == "along") && w(k+1) == "with":
		return 2
	case w(k) == "joined" && w(k+1) == "by" && k > 0 && a.toks[k-1].lower == ",":
		return 2
	case w(k) == "with" && w(k+1) == "help" && w(k+2) == "from":
		return 3
	case w(k) == "with" && w(k+1) == "the" && w(k+2) == "help" && w(k+3) == "of":
		return 4
	case w(k) == "with" && k > 0 && a.at[k-1] >= 0:
		// "met Mr. Sisi with the leaders of Italy and Greece"
		for j := k + 2; j < len(a.toks) && j <= k+5; j++ {
			if a.at[j] >= 0 {
				if a.agentsOf(k+1, j) {
					return j - k
				}
				break
			}
		}
	}
	return 0
}

// asDid adds the actors of an elliptical ", as did Vietnam and Malaysia"
// to the subjects of the relation stated before it.
func (a *analysis) asDid(fds []found) {
	for k := 1; k+2 < len(a.toks); k++ {
		if a.toks[k].lower != "as" || a.toks[k-1].lower != "," {
			continue
		}
		switch a.toks[k+1].lower {
		case "did", "do", "does", "have", "has", "had":
		default:
			continue
		}
		p := a.at[k+2]
		if p < 0 || !a.actorMention(p) {
			continue
		}
		for i := len(fds) - 1; i >= 0; i-- {
			if fds[i].end <= k && len(fds[i].subjects) > 0 {
				co := a.actorsOf(a.group(p))
				fds[i].subjects = union(fds[i].subjects, co)
				fds[i].objects = without(fds[i].objects, co)
				break
			}
		}
	}
}

// union is a followed by the ids of b it lacks.
func union(a, b []string) []string {
	out := append([]string(nil), a...)
	for _, id := range b {
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

// without is a less the ids of b.
func without(a, b []string) []string {
	var out []string
	for _, id := range a {
		if !slices.Contains(b, id) {
			out = append(out, id)
		}
	}
	return out
}

// stateServed is the state (or body) an official serves, by the
// dictionaries or by the titles seen in the document; "" for others.
func (x *Extractor) stateServed(st *docState, id string) string {
	if offices := x.officesOf(st, id); len(offices) > 0 {
		return offices[0].Of // (the first office: graph.Actor.ServedOn with no date)
	}
	return ""
}

// liftOfficials replaces officials by the states they serve.
func (x *Extractor) liftOfficials(st *docState, ids []string) []string {
	var out []string
	for _, id := range ids {
		if s := x.stateServed(st, id); s != "" {
			id = s
		}
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

// partnershipTrigger marks the partnership a partnership agreement makes.
var partnershipTrigger = &trigger{relation: "partnered_with", pattern: "(a partnership agreement)"}

// hasWord reports whether tokens [i, j) hold the word w.
func (a *analysis) hasWord(i, j int, w string) bool {
	for k := i; k < j; k++ {
		if a.toks[k].lower == w {
			return true
		}
	}
	return false
}

// requestTrigger marks the pressure a refusal reveals.
var requestTrigger = &trigger{relation: "pressured", pattern: "(a request refused)"}

// requestBehind finds the request a refusal answers: "Ankara refused
// American demands", "declined Moscow's call to recognise" — its maker
// pressured the one who refused (pressured is recorded as well).
// A request is made to a state: an official who refused stands for the
// state served ("Tokayev declined Moscow's call" → Russia pressured Kazakhstan).
func (x *Extractor) requestBehind(st *docState, a *analysis, fd found, ce int) *found {
	if fd.trig.relation != "refused" && fd.trig.relation != "declined" || len(fd.subjects) == 0 {
		return nil
	}
	if _, ok := x.vocab["pressured"]; !ok {
		return nil
	}
	for k := fd.start; k < ce && k < fd.end+3; k++ {
		p := a.at[k]
		if p < 0 {
			continue
		}
		mt := a.mentions[p]
		i := mt.end
		if i < len(a.toks) && a.toks[i].lower == "'s" {
			i++
		}
		for n := 0; n < 2 && i < len(a.toks) && !requestNouns[a.toks[i].lower] && a.toks[i].kind == word && a.at[i] < 0 &&
			!isCapitalized(a.toks[i].text) && !prepositions[a.toks[i].lower] && !determiners[a.toks[i].lower]; n++ {
			i++ // "repeated", "main"
		}
		if i >= len(a.toks) || !requestNouns[a.toks[i].lower] {
			return nil
		}
		var objects []string
		for _, id := range fd.subjects {
			if s := x.stateServed(st, id); s != "" {
				id = s
			}
			objects = append(objects, id)
		}
		r := found{trig: requestTrigger, start: fd.start, end: fd.end, subjects: []string{mt.actor}, objects: objects,
			modality: fd.modality, confidence: min(fd.confidence, 0.8)}
		if r.modality == graph.Negated {
			r.modality = graph.Asserted // "did not accept Moscow's demand": the demand was made
		}
		return &r
	}
	return nil
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
	// a verb's pattern matched after an article is a noun: "a sign that"
	if m.start > 0 && strings.HasPrefix(m.trig.pattern, "~") && (a.toks[m.start-1].lower == "a" || a.toks[m.start-1].lower == "an") {
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
	if prepositions[w] || beForms[w] || determiners[w] || aspectVerbs[w] || possessivePronouns[w] || gerundAdjectives[w] || strings.HasSuffix(w, "ly") || w == "and" || w == "or" || w == "also" ||
		w == "not" || w == "n't" || w == "have" || w == "has" || w == "had" || w == "been" || w == "while" || w == "after" || w == "before" {
		return false
	}
	return true
}

// gerundAdjectives before an -ing noun make it the act itself: "her second
// meeting with Mr. Xi", "a rare meeting".
var gerundAdjectives = set("first", "second", "third", "fourth", "fifth", "last", "final", "latest", "recent",
	"previous", "next", "brief", "lengthy", "rare", "surprise", "unprecedented", "annual", "regular", "separate")

// ascribedTo finds the actors a verb of judgement ascribes the act at m
// to: "accused France of arming Armenia", "blamed Kyiv for shelling",
// "thanked India for standing by Sri Lanka" — the verb, its object, then
// "of" or "for", then the act as an -ing verb. claim tells an accusation,
// whose act is the accuser's claim. nil when m is no such act.
func (a *analysis) ascribedTo(m match) (ids []string, claim bool) {
	if m.trig.relation == "attacked" || m.start < 3 || !strings.HasSuffix(a.toks[m.start].lower, "ing") {
		return nil, false // (attacks have their own accusation phrases, which know war from "economic war")
	}
	if w := a.toks[m.start-1].lower; w != "of" && w != "for" {
		return nil, false
	}
	k := a.at[m.start-2]
	if k < 0 || !a.actorMention(k) {
		return nil, false
	}
	v := a.mentions[k].start - 1
	if v >= 0 && a.toks[v].lower == "the" {
		v--
	}
	if v < 0 {
		return nil, false
	}
	switch verb := a.toks[v].lower; {
	case strings.HasPrefix(verb, "accus") || strings.HasPrefix(verb, "blam") || strings.HasPrefix(verb, "charg"):
		claim = true
	case !strings.HasPrefix(verb, "thank") && !strings.HasPrefix(verb, "prais") && !strings.HasPrefix(verb, "commend") && !strings.HasPrefix(verb, "credit"):
		return nil, false
	}
	return a.actorsOf(a.group(k)), claim
}

// complementOf reports a trigger that only names what an earlier one acts
// on: "lift its embargo on arms sales to Pakistan", "threatened to halt
// assistance" — it follows the earlier trigger closely with no actor between.
func complementOf(a *analysis, prev, m match) bool {
	if m.start-prev.end > 3 || m.start < prev.end || m.start > 0 && a.toks[m.start-1].lower == "'s" {
		return false // (an act with its own possessor is one of its own: "condemned Iran's attack on Israel")
	}
	if a.at[prev.end-1] >= 0 && a.hasWord(prev.end, m.start, "for") {
		return false // an act that has its object, and then its purpose: "travelled to Beijing (last week) for talks with Xi"
	}
	for k := prev.end; k < m.start; k++ {
		if a.at[k] >= 0 || a.boundary[k] || a.toks[k].lower == "," || a.toks[k].lower == "and" {
			return false
		}
	}
	return true
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
	if id := a.speakerOfConjoinedAct(cs, m); id != "" {
		return []string{id}, 0.8
	}
	if m.trig.opts.Nominal && !a.lightVerbBefore(m.start) {
		return nil, 0
	}
	if k := a.afterRelativeClause(cs, m); k >= 0 {
		return a.actorsOf(a.group(k)), 0.8
	}
	if g := a.subordinateSubject(cs, m); g != nil {
		return a.actorsOf(g), 0.8
	}
	pron := m.start // a subject pronoun before any name: "where she met Modi and signed …"
	for k := cs; k < m.start; k++ {
		if a.at[k] >= 0 {
			break
		}
		if w := a.toks[k].lower; w == "he" || w == "she" || w == "they" || w == "it" && !(k+1 < len(a.toks) && beForms[a.toks[k+1].lower]) {
			pron = k // (not an expletive "it was the first time Beijing …")
			break
		}
	}
	for k, mt := range a.mentions {
		if mt.start < cs || mt.end > m.start || !a.actorMention(k) || a.precededByPreposition(k) && !a.agentOf(k) {
			continue
		}
		if mt.start > pron {
			break
		}
		if g, ok := a.subjectGroup(k, cs); ok {
			return a.actorsOf(g), 0.9
		}
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
	if p := m.start - 1; p >= 0 && possessivePronouns[a.toks[p].lower] || p >= 1 && possessivePronouns[a.toks[p-1].lower] && a.at[p] < 0 && a.toks[p].kind == word {
		// "her (second) meeting with Mr. Xi": the pronoun's antecedent in
		// the sentence, else the person or state the text is about
		w := a.toks[p].lower
		if !possessivePronouns[w] {
			p, w = p-1, a.toks[p-1].lower
		}
		person := w == "his" || w == "her"
		if k := a.pronounAntecedent(p, person); k >= 0 {
			return a.actorsOf(a.group(k)), 0.7
		}
		lead := st.leadBody
		if person {
			lead = st.lead
		}
		if lead != "" {
			return []string{lead}, 0.7
		}
	}
	subj := x.pronounSubject(st, a, cs, m)
	if len(subj) > 0 && pron+2 < m.start && a.toks[pron+1].lower == "and" {
		// "where he and Putin held talks", "he and President Xi Jinping"
		at := pron + 2
		for at < m.start && (a.titleTok[at] || titleStarts[a.toks[at].lower]) && a.at[at] < 0 {
			at++
		}
		if k := a.at[at]; at < m.start && k >= 0 && a.actorMention(k) {
			subj = union(subj, a.actorsOf(a.group(k)))
		}
	}
	return subj, 0.7
}

// afterRelativeClause finds the subject of a verb that follows a relative
// clause set off by commas: "Dahal, who visited New Delhi in June, signed
// …", "Beijing, which has invested on both sides, urged …" — the mention
// before the pronoun; -1 if the trigger is no such verb.
func (a *analysis) afterRelativeClause(cs int, m match) int {
	if cs < 2 || !relativePronouns[a.toks[cs-1].lower] || a.toks[cs-2].lower != "," {
		return -1
	}
	c := -1
	for k := cs; k < m.start; k++ {
		if a.toks[k].lower == "," {
			c = k
		}
	}
	if c < 0 || m.start-c > 3 {
		return -1
	}
	for k := c + 1; k < m.start; k++ {
		if a.at[k] >= 0 || a.toks[k].kind != word || !strings.HasSuffix(a.toks[k].lower, "ly") && a.toks[k].lower != "also" && a.toks[k].lower != "then" && a.toks[k].lower != "later" {
			return -1 // only adverbs between the comma and the verb
		}
	}
	return a.antecedent(cs)
}

// votingBody is the assembly or council named last before the trigger, in
// the sentence or the few before it: where a vote with no object was held.
func (x *Extractor) votingBody(st *docState, a *analysis, m match) string {
	isBody := func(id string) bool {
		e, ok := x.entryByID[id]
		return ok && e.Kind == graph.Institution && (containsWord(e.Name, "assembly") || containsWord(e.Name, "council"))
	}
	for p := len(a.mentions) - 1; p >= 0; p-- {
		if a.mentions[p].start < m.start && isBody(a.mentions[p].actor) {
			return a.mentions[p].actor
		}
	}
	for p := len(st.recent) - 1; p >= 0 && p >= len(st.recent)-15; p-- {
		if isBody(st.recent[p].id) {
			return st.recent[p].id
		}
	}
	return ""
}

// elidedSubject finds the subject a clause opened by "but" or "and" with
// a verb shares with the clause before: "Colombo refused, but asked
// Beijing to delay" — that clause's first acting mention; -1 if none.
func (a *analysis) elidedSubject(cs int, m match) int {
	if cs < 2 || m.start != cs || (a.toks[cs-1].lower != "but" && a.toks[cs-1].lower != "and") {
		return -1
	}
	prev := a.clauseStart(cs - 1)
	for k, mt := range a.mentions {
		if mt.start < prev || mt.end > cs-1 {
			continue
		}
		if !a.actorMention(k) || a.precededByPreposition(k) {
			return -1
		}
		return k
	}
	return -1
}

// nounBefore reports a determiner before the trigger: it is a noun ("a
// visit to Cairo by …").
func (a *analysis) nounBefore(m match) bool {
	return m.start > 0 && (a.toks[m.start-1].lower == "a" || a.toks[m.start-1].lower == "an" || a.toks[m.start-1].lower == "the")
}

// attackNounAfter reports an attack named by a noun after the trigger:
// "condemned the strikes", "denounced the raid".
func (a *analysis) attackNounAfter(m match) bool {
	for k := m.end - 1; k < len(a.toks) && k <= m.end+2; k++ {
		if k >= 0 && attackNouns[a.toks[k].lower] {
			// "the strikes on Iran", "the attack by Israel" name their own
			// parties; "the strikes on Monday" does not
			if k+1 < len(a.toks) && (a.toks[k+1].lower == "on" || a.toks[k+1].lower == "against" || a.toks[k+1].lower == "by") {
				for j := k + 2; j < len(a.toks) && j <= k+3; j++ {
					if a.at[j] >= 0 {
						return false
					}
				}
			}
			return true
		}
	}
	return false
}

var attackNouns = set("strike", "strikes", "airstrike", "airstrikes", "attack", "attacks", "raid", "raids",
	"bombing", "bombings", "shelling", "assault", "incursion", "incursions", "offensive", "invasion")

// dealNounAfter reports an agreement named by a noun after the trigger:
// "brokered the arrangement", "brokered both deals".
func (a *analysis) dealNounAfter(m match) bool {
	for k := m.end - 1; k < len(a.toks) && k <= m.end+2; k++ {
		if k >= 0 && dealNouns[a.toks[k].lower] {
			return true
		}
	}
	return false
}

var dealNouns = set("arrangement", "arrangements", "deal", "deals", "agreement", "agreements", "accord", "accords",
	"truce", "ceasefire", "pact", "initiative", "normalisation", "normalization")

// pronounAfter reports an object pronoun right after the trigger: "signed
// seven agreements with him".
func (a *analysis) pronounAfter(m match) bool {
	return m.end < len(a.toks) && (a.toks[m.end].lower == "him" || a.toks[m.end].lower == "her" || a.toks[m.end].lower == "them" || a.toks[m.end].lower == "it")
}

// subordinateSubject finds the subject of a verb in a clause opened by
// "after", "before", "until", "since" (words that are prepositions too):
// "agreed only after China and South Africa offered support" — the group
// right after the word, right before the verb.
func (a *analysis) subordinateSubject(cs int, m match) []int {
	end := m.start
	for end > cs && end > m.start-3 && a.at[end-1] < 0 && a.toks[end-1].kind == word && !isCapitalized(a.toks[end-1].text) &&
		!prepositions[a.toks[end-1].lower] && !determiners[a.toks[end-1].lower] && !pairNouns[a.toks[end-1].lower] {
		end-- // "had", "also", "offered"
	}
	if end == cs || a.at[end-1] < 0 {
		return nil
	}
	k := a.at[end-1]
	if !a.actorMention(k) {
		return nil
	}
	g := a.group(k)
	first := a.mentions[g[0]].start
	for first > 0 && (determiners[a.toks[first-1].lower] || a.titleTok[first-1] || a.at[first-1] >= 0 && a.mentions[a.at[first-1]].inTitle) {
		first-- // (and the title: "after Prime Minister Paetongtarn Shinawatra made")
	}
	if first == 0 || first <= cs {
		return nil
	}
	switch a.toks[first-1].lower {
	case "after", "before", "until", "since", "once":
		return g
	}
	return nil
}

// subjectGroup is the group of mention k as a subject: without the members
// before k, which the subject search passed over as governed by a
// preposition ("on the South Lawn of the White House, Israel signed"). A
// member joined to such a mention by "and" is in the same prepositional
// phrase ("with Syrian and Russian forces massing, …"): then k is no subject.
func (a *analysis) subjectGroup(k, cs int) ([]int, bool) {
	g := a.group(k)
	var out []int
	for _, p := range g {
		if p >= k {
			out = append(out, p)
			continue
		}
		if a.mentions[p].start < cs || !a.precededByPreposition(p) || a.agentOf(p) {
			continue
		}
		comma := false
		for i := a.mentions[p].end; i < a.mentions[k].start; i++ {
			comma = comma || a.toks[i].lower == ","
		}
		if !comma {
			return nil, false
		}
	}
	return out, true
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

// pairSubject resolves "the two nations", "both sides", "the three
// guarantors" before the trigger to the last two (three) states (or
// officials, for "leaders") named before it in the sentence, or else in the
// previous one; an official named stands for the state served.
func (x *Extractor) pairSubject(st *docState, a *analysis, cs int, m match) []string {
	at, n := -1, 0
	for k := cs; k+1 < m.start; k++ {
		w := a.toks[k].lower
		if _, ok := singularPairNouns[a.toks[k+1].lower]; ok && (w == "neither" || w == "either") {
			at, n = k, 2 // "Neither leader consulted Iran"
			break
		}
		if !pairNouns[a.toks[k+1].lower] || k+2 < len(a.toks) && a.toks[k+2].lower == "of" {
			continue // not "both sides of the border"
		}
		if c, ok := groupCounts[w]; ok && k > 0 && a.toks[k-1].lower == "the" {
			at, n = k, c
			break
		}
		if w == "both" {
			at, n = k, 2
			break
		}
	}
	if at < 0 && m.start > cs && a.toks[m.start-1].lower == "both" && (m.start-1 == cs || a.toks[m.start-2].lower == "and") {
		// "…, and both consult Moscow": "both" alone stands for two states
		at, n = m.start-1, 2
	}
	if at < 0 {
		return nil
	}
	return x.resolvePair(st, a, at, at+1, n, at+1 == m.start, nil)
}

// pairAt finds "the two foreign ministers", "both sides", "the three
// guarantors" starting within [from, to): the number's token, the noun's
// token and the count; -1 if none.
func pairAt(a *analysis, from, to int) (int, int, int) {
	for k := from; k < to && k+1 < len(a.toks); k++ {
		n, ok := groupCounts[a.toks[k].lower]
		if ok && (k == 0 || a.toks[k-1].lower != "the" && a.toks[k-1].lower != "between") {
			continue
		}
		if a.toks[k].lower == "both" {
			n, ok = 2, true
		}
		if !ok {
			continue
		}
		for j := k + 1; j < len(a.toks) && j <= k+4; j++ {
			if a.at[j] >= 0 || a.toks[j].kind != word {
				break
			}
			if pairNouns[a.toks[j].lower] {
				if j+1 < len(a.toks) && a.toks[j+1].lower == "of" {
					break // "both sides of the border"
				}
				return k, j, n
			}
		}
	}
	return -1, -1, 0
}

// resolvePair gives the n actors that "the two nations" (number at at,
// noun at noun) stands for: the last n states (officials, for "leaders",
// "ministers") named before it, in the sentence or else the ones before;
// an official stands for the state served. bare is "both" with no noun,
// which stands for states.
// Actors in exclude (the subject of "brokered talks between the two
// sides") are passed over.
func (x *Extractor) resolvePair(st *docState, a *analysis, at, noun, n int, bare bool, exclude []string) []string {
	w := a.toks[noun].lower
	if pl, ok := singularPairNouns[w]; ok {
		w = pl
	}
	person := personPairNouns[w] && !bare
	states := stateNouns[w] || bare
	lift := func(ids []string) []string {
		if person {
			return without(ids, exclude)
		}
		out := make([]string, 0, len(ids))
		for _, id := range ids {
			if s := x.stateServed(st, id); s != "" {
				id = s
			}
			if slices.Contains(exclude, id) {
				continue
			}
			if states && x.kindOf(id) != graph.Country {
				continue
			}
			out = append(out, id)
		}
		return out
	}
	var named []string
	for p, mt := range a.mentions {
		if mt.end <= at && a.actorMention(p) {
			named = append(named, mt.actor)
		}
	}
	named = lift(named)
	if len(distinctOfKind(x, named, person)) < n {
		earlier := st.prevActors
		if !person { // the states named in the sentences before
			earlier = nil
			for _, r := range st.recent[max(0, len(st.recent)-12):] {
				earlier = append(earlier, r.id)
			}
		}
		named = append(lift(earlier), named...)
	}
	pair := distinctOfKind(x, named, person)
	if len(pair) < n {
		return nil
	}
	return pair[len(pair)-n:]
}

// personPairNouns stand for officials: "both ministers met Netanyahu".
var personPairNouns = set("leaders", "ministers", "presidents", "men", "women", "envoys", "diplomats")

// singularPairNouns after "neither" or "either" stand for two actors, as
// their plurals after "both" do.
var singularPairNouns = map[string]string{"leader": "leaders", "side": "sides", "country": "countries",
	"government": "governments", "state": "states", "minister": "ministers", "president": "presidents",
	"nation": "nations", "party": "parties", "capital": "capitals"}

// groupCounts are the numbers in "the two nations", "the three guarantors".
var groupCounts = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5}

// stateNouns stand for states only ("the two governments"), not bodies or groups.
var stateNouns = set("nations", "countries", "governments", "states", "neighbours", "neighbors", "capitals")

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
			case m.trig.opts.Nominal && a.mentions[k].end == m.start && a.toks[m.start].lower == "-" && !a.mentions[k].inTitle:
				return k, 0.8 // "the Iran-backed militia", "the Qatar-brokered truce"
			}
			return -1, 0
		}
		w := a.toks[i].lower
		if m.trig.opts.Nominal && possessivePronouns[w] {
			// "Russia, which bought drones for its war in Ukraine": the
			// pronoun's antecedent, the nearest actor of its kind before it
			return a.pronounAntecedent(i, w == "his" || w == "her"), 0.7
		}
		if a.toks[i].kind != word || isCapitalized(a.toks[i].text) || !m.trig.opts.Nominal || w == "and" || w == "or" || prepositions[w] || determiners[w] {
			return -1, 0
		}
	}
	return -1, 0
}

var possessivePronouns = set("its", "their", "his", "her")

// pronounAntecedent is what a possessive pronoun at token i stands for: the
// nearest acting state or body (or person, with person) before it in its
// own stretch of the sentence ("sanctions on Russia over its invasion");
// across a comma, the sentence's subject of that kind ("a friend of the
// United States …, mainly because of its assistance": the friend's). -1
// if there is none. Demonyms qualify nouns and are passed over.
func (a *analysis) pronounAntecedent(i int, person bool) int {
	fits := func(p int) bool {
		mt := a.mentions[p]
		return mt.end <= i && a.actorMention(p) && mt.form != byDemonym && (mt.kind == graph.Official) == person
	}
	nearest := -1
	for p := len(a.mentions) - 1; p >= 0; p-- {
		if fits(p) {
			nearest = p
			break
		}
	}
	if nearest < 0 {
		return -1
	}
	for k := a.mentions[nearest].end; k < i; k++ {
		if a.toks[k].lower == "," {
			for p := range a.mentions {
				if fits(p) && !a.precededByPreposition(p) {
					return p
				}
			}
			return -1
		}
	}
	return nearest
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
	// "the resolution, which demanded …": the pronoun stands for the noun
	// before it, which names no actor
	if j := rel - 1; j >= 1 && a.toks[j].lower == "," {
		if p := j - 1; a.at[p] < 0 && a.toks[p].kind == word && !isCapitalized(a.toks[p].text) && !agentNouns[a.toks[p].lower] && nonActorNouns[a.toks[p].lower] {
			return -1
		}
		// "his predecessor, Rodrigo Duterte, who visited …": a person the
		// dictionaries do not know, not an actor named before
		if p := j - 1; a.toks[rel].lower == "who" && a.at[p] < 0 && a.toks[p].name {
			return -1
		}
	}
	for k := len(a.mentions) - 1; k >= 0; k-- {
		if a.mentions[k].end <= rel && a.actorMention(k) {
			return k
		}
	}
	return -1
}

// nonActorNouns are things, not actors, that a relative clause may
// describe: "the resolution, which demanded …", "the deal, which …".
var nonActorNouns = set("resolution", "resolutions", "text", "draft", "motion", "vote", "deal", "agreement", "accord",
	"treaty", "pact", "law", "bill", "report",
	"plan", "proposal", "initiative", "programme", "program", "summit", "meeting", "conference", "talks", "visit",
	"trip", "decision", "move", "measure", "measures", "sanctions", "package", "loan", "corridor", "pipeline",
	"project", "railway", "port", "route", "war", "invasion", "attack", "strike", "strikes", "operation", "offensive")

// pronounSubject resolves "he"/"she" to the person the sentence opened
// with, else the text's lead person ("He accused …"), and "it" likewise to
// a state or body: the first named before the clause, else the lead one
// ("It also signed gas contracts with China").
func (x *Extractor) pronounSubject(st *docState, a *analysis, cs int, m match) []string {
	for k := cs; k < m.start; k++ {
		w := a.toks[k].lower
		if w != "he" && w != "she" && w != "it" || w == "it" && expletiveIt(a, k) {
			continue
		}
		person := w != "it"
		lead := st.lead
		if !person {
			lead = st.leadBody
		}
		if id := a.reporterOf(k, person); id != "" {
			return []string{id} // "the European Union said it regretted …"
		}
		if id, by := firstActor(a, cs, person); by == refByName {
			return []string{id}
		}
		if lead != "" {
			return []string{lead}
		}
		return nil
	}
	return nil
}

// reporterOf is, for a pronoun at k right after a reporting verb ("said
// it", "warned that he"), the verb's subject if it is an actor of the
// pronoun's kind: the nearest acting one before the verb in its clause.
func (a *analysis) reporterOf(k int, person bool) string {
	r := k - 1
	if r >= 0 && a.toks[r].lower == "that" {
		r--
	}
	if r < 0 || a.lex[r] == nil || a.lex[r].clause != reportWord {
		return ""
	}
	return a.subjectBefore(r, func(m mention) bool { return (m.kind == graph.Official) == person })
}

// subjectBefore is the nearest acting mention before token r in r's
// clause that fits, or "".
func (a *analysis) subjectBefore(r int, fits func(mention) bool) string {
	cs := a.clauseStart(r)
	for p := len(a.mentions) - 1; p >= 0; p-- {
		mt := a.mentions[p]
		if mt.end > r || mt.start < cs {
			continue
		}
		if a.actorMention(p) && fits(mt) {
			return mt.actor
		}
	}
	return ""
}

// speakerOfConjoinedAct is, for a speech act joined by "and" to a reported
// clause ("Peskov said on Monday that Russia had nothing to do with it and
// accused Washington of …"), the reporting verb's subject: the speaker
// accuses, not the reported clause's subject.
func (a *analysis) speakerOfConjoinedAct(cs int, m match) string {
	if !speechActs[m.trig.relation] || m.start == 0 || a.toks[m.start-1].lower != "and" || cs < 2 || a.toks[cs-1].lower != "that" {
		return ""
	}
	for r := cs - 2; r >= 0 && r >= cs-5; r-- {
		if a.lex[r] != nil && a.lex[r].clause == reportWord {
			return a.subjectBefore(r, func(mention) bool { return true })
		}
	}
	return ""
}

// speechActs are relations stated by saying something.
var speechActs = set("criticized", "pressured", "threatened", "supported", "congratulated", "invited")

// leadActor is what a sentence leaves the text about, of persons (person)
// or of states and bodies, given what the text was about before it
// (prev): the first actor of the kind it names acting, as subjects come
// first ("Mr Muizzu flew first to Ankara, where he met President
// Erdoğan"), unless a pronoun of the kind comes first, which keeps prev
// ("He met President Joe Biden …"); prev too when it names none ("Like Sri
// Lanka, Bangladesh relies on remittances. Her government bought …").
func leadActor(prev string, a *analysis, person bool) string {
	switch id, by := firstActor(a, len(a.toks), person); by {
	case refByName:
		return id
	case refByPronoun:
		return prev
	}
	return prev
}

// firstActor finds how tokens [0, limit) first refer to a person (person)
// or to a state or body: the first such actor acting there, or a pronoun
// ("he"/"she"; "it") before any.
func firstActor(a *analysis, limit int, person bool) (string, int) {
	for i := 0; i < limit && i < len(a.toks); i++ {
		if k := a.at[i]; k >= 0 {
			if m := a.mentions[k]; (m.kind == graph.Official) == person && m.start == i && a.actorMention(k) {
				return m.actor, refByName
			}
			continue
		}
		w := a.toks[i].lower
		if person && (w == "he" || w == "she") || !person && w == "it" && !expletiveIt(a, i) {
			return "", refByPronoun
		}
	}
	return "", noActor
}

// expletiveIt reports an "it" that stands for no actor: "It was at that
// meeting that …", "it is likely that …" (but not "it was sanctioned").
func expletiveIt(a *analysis, i int) bool {
	return i+2 < len(a.toks) && beForms[a.toks[i+1].lower] && expletiveAfterBe[a.toks[i+2].lower]
}

// expletiveAfterBe open what follows an expletive "it is/was": a fronted
// phrase ("at that meeting that") or an evaluation ("likely that").
var expletiveAfterBe = set("at", "in", "on", "during", "after", "before", "only", "here", "there", "then", "not",
	"likely", "unlikely", "clear", "unclear", "possible", "impossible", "true", "time", "important", "hard",
	"difficult", "easy", "telling", "notable", "striking", "no", "also", "this", "that")

// How a sentence first refers to an actor of a kind (firstActor).
const (
	noActor = iota
	refByName
	refByPronoun
)

// objectOf finds the object group after a trigger, within its clause: the
// first acting mention, or every mention of the noun group for
// "objects: all" triggers.
func (x *Extractor) objectOf(a *analysis, m match, ce int) []int {
	if m.trig.relation == "pressured" && a.toks[m.end-1].lower == "to" && m.end < len(a.toks) && a.at[m.end] < 0 && startsVerb(a.toks[m.end]) {
		return nil // "urged the former rebel commander to normalise relations with Israel": what is urged, not whom
	}
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
		if a.toks[k].lower == "," && k+1 < len(a.toks) && a.at[k+1] >= 0 && a.mentions[a.at[k+1]].kind == graph.Official {
			if role, _ := x.titleEnding(a.toks, k); role != "" {
				break // "invited the movement's acting foreign minister, Amir Khan Muttaqi"
			}
		}
		if a.toks[k].lower == "," && k+1 < len(a.toks) && a.at[k+1] < 0 && !listGoesOn[a.toks[k+1].lower] && !(k+2 < len(a.toks) && a.toks[k+1].lower == "the" && a.at[k+2] >= 0) {
			limit = k
			break
		}
		// ", and in the weeks that followed Washington …": a new clause, not
		// the list's last member
		if a.toks[k].lower == "," && k+2 < len(a.toks) && a.toks[k+1].lower == "and" && a.at[k+2] < 0 &&
			!(determiners[a.toks[k+2].lower] && k+3 < len(a.toks) && a.at[k+3] >= 0) {
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
		if m.trig.relation == "met" && mt.end < len(a.toks) && gatheringNouns[a.toks[mt.end].lower] {
			continue // "met on the sidelines of a NATO summit": where, not whom
		}
		if len(kinds) > 0 && !kindIn(mt.kind, kinds) {
			continue
		}
		// "signed agreements with the UAE and Bahrain": every member of the
		// object's group is an object
		return a.group(k)
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
	// "an offensive, supported by Russian air power", "a faction backed by
	// Turkey": a participle right before "by"
	byAt := m.end
	if a.toks[m.end-1].lower == "by" {
		byAt = m.end - 1 // the trigger ends with it: "supported by"
	}
	participle := byAt < len(a.toks) && a.toks[byAt].lower == "by" && byAt-m.start == 1 && isPastVerb(a.toks[m.start])
	// "a visit to Cairo by the Commission President": a noun trigger after
	// a determiner
	noun := m.start > 0 && (a.toks[m.start-1].lower == "a" || a.toks[m.start-1].lower == "an" || a.toks[m.start-1].lower == "the")
	if !be && !nominal && !participle && !noun {
		return false, nil
	}
	for k := byAt; k < ce && k < m.end+14; k++ {
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
				if a.actorMention(p) || a.mentions[p].form == byDemonym && !a.mentions[p].inTitle {
					return p // (a demonym qualifying the patient: "the Chinese plan was praised by")
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

// appositivePatient finds, for a participle in an apposition ("Faylaq
// al-Sham, a faction backed by Turkey"), the actor the apposition
// describes: an actor, a comma, "a" or "the", up to two words, then the
// participle. -1 when there is none.
func (a *analysis) appositivePatient(m match) int {
	k := m.start - 1
	for n := 0; n < 2 && k > 0 && a.at[k] < 0 && a.toks[k].kind == word && !determiners[a.toks[k].lower]; n++ {
		k--
	}
	if k < 2 || (a.toks[k].lower != "a" && a.toks[k].lower != "an" && a.toks[k].lower != "the") || a.toks[k-1].lower != "," {
		return -1
	}
	if p := a.at[k-2]; p >= 0 && a.actorMention(p) {
		return p
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
func (x *Extractor) fallbackObject(st *docState, a *analysis, m match, ce int, subjects []string) []string {
	one := func(id string) []string {
		if id == "" {
			return nil
		}
		return []string{id}
	}
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
			return nil // an actor the object search did not take: do not guess past it
		}
		if k >= m.end && (w == "," || a.boundary[k] && k >= ce && w != "if") {
			return nil // the pronoun must belong to the trigger's clause (or its "if")
		}
		if objectPronouns[w] && k >= m.end {
			if w == "them" || w == "their" {
				// "declined to join them": the last group of several actors
				for p := len(a.mentions) - 1; p >= 0; p-- {
					if a.mentions[p].end > m.start || !a.actorMention(p) {
						continue
					}
					if g := a.group(p); len(g) > 1 {
						var ids []string
						for _, id := range a.actorsOf(g) {
							if !isSubject(id) {
								ids = append(ids, id)
							}
						}
						if len(ids) > 1 {
							return ids
						}
					}
				}
			}
			// "him", "her" stand for a person; "it", "its" for a state or body
			fits := func(id string) bool {
				person := w == "him" || w == "her"
				return w == "them" || w == "their" || (x.kindOf(id) == graph.Official) == person
			}
			for p := len(a.mentions) - 1; p >= 0; p-- {
				if a.mentions[p].end <= m.start && a.actorMention(p) && !isSubject(a.mentions[p].actor) && fits(a.mentions[p].actor) {
					return one(a.mentions[p].actor)
				}
			}
			for p := len(st.prevActors) - 1; p >= 0; p-- {
				if !isSubject(st.prevActors[p]) && fits(st.prevActors[p]) {
					return one(st.prevActors[p])
				}
			}
			return nil
		}
		if k >= ce {
			continue
		}
		if (w == "the" || w == "this" || w == "that" || w == "its") && k+1 < len(a.toks) && anaphoricNouns[a.toks[k+1].lower] {
			for _, s := range st.prevSubjects {
				if !isSubject(s) {
					return one(s)
				}
			}
			return nil
		}
	}
	return nil
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
	if a.speakerOfConjoinedAct(cs, m) != "" {
		return graph.Asserted // the speaker's own act, not what was reported
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
		case "when", "once", "after", "before", "until":
			// "he will join when he visits Beijing": the future's
			for k := max(0, cs-10); k < cs-1; k++ {
				if w := a.toks[k].lower; (w == "will" || w == "would" || w == "shall" || w == "'ll") && modalReaches(a, k, cs-1) {
					return true
				}
			}
		}
	}
	for k := cs; k < m.start; k++ {
		if modals[a.toks[k].lower] && a.at[k] < 0 && a.toks[k].text != "May" && modalReaches(a, k, m.start) { // "in May" is a month
			return true
		}
	}
	if a.intentIn(max(cs, m.start-3), m.start) { // "plotting an invasion", "the planned strikes on"
		return true
	}
	if m.start >= 1 && a.toks[m.start-1].lower == "to" {
		if m.start >= 3 && litotes(a, m.start-4) {
			return false // "did not take long to lend support"
		}
		if firstTo(a, m.start-1) {
			return false // "among the first leaders to congratulate Putin"
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

// intentWords before a trigger's noun make the act an intention:
// "accused France of plotting an invasion".
var intentWords = set("plotting", "plotted", "plot", "plots", "planning", "planned", "plans", "preparing",
	"prepared", "contemplating", "considering", "mulling", "proposed", "proposing", "possible", "potential",
	"prospective", "threatened", "imminent", "looming")

// bareVisit reports "visited" with no place after it: "visited in 2023",
// "visited last week and pledged", "visited."
func (a *analysis) bareVisit(m match) bool {
	if m.end-m.start != 1 || !strings.HasPrefix(a.toks[m.start].lower, "visit") {
		return false
	}
	if m.end == len(a.toks) {
		return true
	}
	switch a.toks[m.end].lower {
	case "in", "on", "last", "this", "earlier", "twice", "again", "recently", "briefly", ",", ".", "and", ";":
		return m.end+1 >= len(a.toks) || a.at[m.end+1] < 0
	}
	return false
}

// intentIn reports an intent word among tokens [i, j): what follows is
// intended, not done.
func (a *analysis) intentIn(i, j int) bool {
	for k := i; k < j; k++ {
		if intentWords[a.toks[k].lower] && a.at[k] < 0 {
			return true
		}
	}
	return false
}

// aspectVerbs before an -ing trigger make it the verb: "keeps urging".
var aspectVerbs = set("keep", "keeps", "kept", "continue", "continues", "continued", "start", "starts", "started",
	"began", "begin", "begins", "resumed", "resume", "resumes", "stopped", "stop", "stops")

// modalReaches reports whether the modal at k governs the verb at t: no
// comma or coordination between them ("it feared would dilute its
// influence, and agreed only after …" leaves "agreed" outside).
func modalReaches(a *analysis, k, t int) bool {
	for i := k + 1; i < t; i++ {
		if w := a.toks[i].lower; w == "," || w == "and" || w == "but" || w == ";" || w == "of" {
			return false // ("would review its policy of not supplying weapons": a noun's complement)
		}
	}
	return true
}

// firstTo reports "the first (leaders) to", "the only one to", "the last
// to" before the "to" at k: an act that happened.
func firstTo(a *analysis, k int) bool {
	for i := k - 1; i >= 0 && i >= k-3; i-- {
		switch a.toks[i].lower {
		case "first", "last", "only":
			return i > 0 && (a.toks[i-1].lower == "the" || a.toks[i-1].lower == "'s")
		}
		if a.at[i] >= 0 || a.toks[i].kind != word {
			return false
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

var possessives = set("'s", "its", "their", "his", "her", "our")

// afterPossessive reports a word right after a possessive: a noun there.
func afterPossessive(a *analysis, i int) bool {
	return i > 0 && possessives[a.toks[i-1].lower]
}

// frontedWords open a phrase before the main clause whose noun is the
// main subject's act: "During his visit to Beijing, Lula met Xi", "On a
// trip to Cairo, Blinken said …", "In a call with Macron, Modi …".
var frontedWords = set("during", "on", "after", "before", "while", "ahead", "following", "at", "in", "within")

// frontedSubject finds, for a trigger inside a phrase that opens the
// sentence and ends in a comma, the actor that begins the main clause after
// that comma, past any title ("…, Sri Lankan President Ranil
// Wickremesinghe signed"): the one who made the visit or the call. It is -1
// when there is none.
func (a *analysis) frontedSubject(m match) int {
	participle := m.start == 0 && (strings.HasSuffix(a.toks[0].lower, "ing") || strings.HasSuffix(a.toks[0].lower, "ed")) // "Speaking alongside Scholz, Tokayev said", "Seated beside Putin, …"
	if !participle && (m.start == 0 || m.start > 6 || !frontedWords[a.toks[0].lower]) {
		return -1
	}
	for i := 1; i < m.start; i++ {
		if a.boundary[i] || a.toks[i].lower == "," {
			return -1
		}
	}
	from := m.end
	if from < len(a.toks) && a.at[from] >= 0 {
		from = a.mentions[a.at[from]].end // the phrase's object: "a call with Emmanuel Macron on Tuesday,"
	}
	comma := -1
	for i := from; i < len(a.toks) && i <= from+3; i++ {
		if a.boundary[i] {
			return -1
		}
		if a.toks[i].lower == "," {
			comma = i
			break
		}
	}
	if comma < 0 {
		return -1
	}
	for i := comma + 1; i < len(a.toks) && i <= comma+6; i++ {
		k := a.at[i]
		if k >= 0 && a.mentions[k].start == i && !a.mentions[k].inTitle && a.actorMention(k) {
			return k
		}
		if !a.titleTok[i] && (k < 0 || !a.mentions[k].inTitle) {
			return -1
		}
	}
	return -1
}
