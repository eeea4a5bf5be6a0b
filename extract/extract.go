// Package extract finds actors and dated relations in documents and turns
// them into fact records (graph.Fact), each with its evidence sentence.
//
// The pipeline per sentence: tokens → actor mentions (dictionary aliases,
// longest match, case rules) → office titles in apposition → trigger
// phrases (the relation dictionary) → subject and object (clause, passive,
// coordination, relative pronouns) → modality (negation, reported claims,
// hypotheticals are dropped) → date (in the sentence, else carried from the
// paragraph, else the publication date).
package extract

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/geoalign/geoalign/dict"
	"github.com/geoalign/geoalign/graph"
)

// Extractor holds the compiled dictionaries; it is safe for concurrent use.
type Extractor struct {
	dict       *dict.Dictionary
	vocab      graph.Relations
	matcher    *matcher
	titles     []title
	titleLast  map[string]bool // last words of the title patterns
	titleFirst map[string]bool // and their first words
	// officialNames are the dictionary officials' names as tokens, and
	// titledNames those that begin with a title word ("Amir Khan
	// Muttaqi"), worked out once rather than per sentence.
	officialNames map[string][]token
	titledNames   map[string]bool
	triggers      map[string][]*trigger // first word → triggers
	objKinds      map[string][]graph.Kind
	entryByID     map[string]*dict.Entry // pointers: look-ups are hot, entries large
	officialsOf   map[string][]string    // state → the dictionary officials who ever served it, in id order
	// lexicon gathers, per lower-case word, everything the hot path asks of
	// it, so a token costs one map look-up.
	lexicon map[string]*lexEntry
	lexHot  *lexTable // lexicon again, for the per-token look-up (lexicon.go)
	wordIDs int32     // how many lexEntry ids there are, plus one
	// buffers holds per-document working memory (*docBuffers) between
	// documents, so that a corpus does not allocate it afresh for each.
	buffers sync.Pool
}

// lexEntry is what the dictionaries and the grammar know of one word.
type lexEntry struct {
	names    *trieNode   // actor names starting with the word
	triggers []candidate // trigger patterns that may start with the word
	clause   uint8       // clauseClass of the word
	// subordinator: "when", "after", … (subordinators)
	subordinator bool
	// date: a word a written date may begin with (dateWords)
	date bool
	// gapStop: a trigger's gap stops before the word (gapStops)
	gapStop bool
	// judge, damning: a verb that reports a judgement (judgeVerbs), a
	// word that judges harshly (damningWords)
	judge, damning bool
	id             int32 // > 0 for a word some trigger pattern needs (see trigger.required)
}

// buildLexicon indexes the matcher's trie, the triggers and the clause words.
func (x *Extractor) buildLexicon() {
	x.lexicon = map[string]*lexEntry{}
	entry := func(w string) *lexEntry {
		e, ok := x.lexicon[w]
		if !ok {
			e = &lexEntry{}
			x.lexicon[w] = e
		}
		return e
	}
	for w, n := range x.matcher.root.next {
		entry(w).names = n
	}
	// below the first word, the trie is followed by lexicon entry
	var link func(n *trieNode)
	link = func(n *trieNode) {
		if len(n.next) == 0 {
			return
		}
		n.byLex = make(map[*lexEntry]*trieNode, len(n.next))
		for w, c := range n.next {
			n.byLex[entry(w)] = c
			link(c)
		}
	}
	for _, n := range x.matcher.root.next {
		link(n)
	}
	for w, c := range clauseClass {
		entry(w).clause = c
	}
	for w := range subordinators {
		entry(w).subordinator = true
	}
	for _, w := range dateWords() {
		entry(w).date = true
	}
	for w := range gapStops {
		entry(w).gapStop = true
	}
	for w := range judgeVerbs {
		entry(w).judge = true
	}
	for w := range damningWords {
		entry(w).damning = true
	}
	// every word a trigger requires gets an id, so that a sentence can
	// tell at once which of them it holds (analysis.has), and every word
	// of a pattern an entry, which matching compares by pointer
	x.wordIDs = 1
	for _, ts := range x.triggers {
		for _, t := range ts {
			if t.required != nil {
				continue
			}
			t.required = [][]int32{}
			for k := range t.elems {
				e := &t.elems[k]
				e.lex = make([][]*lexEntry, len(e.alts))
				for j, alt := range e.alts {
					for _, w := range alt {
						e.lex[j] = append(e.lex[j], entry(w))
					}
				}
				if e.optional || e.gap || e.actor {
					continue
				}
				var ids []int32
				for _, alt := range e.alts {
					le := entry(alt[0])
					if le.id == 0 {
						le.id = x.wordIDs
						x.wordIDs++
					}
					ids = append(ids, le.id)
				}
				t.required = append(t.required, ids)
				if len(ids) == 1 {
					t.mask |= wordBit(ids[0])
				}
			}
			if e := t.elems[0]; !e.optional && !e.gap && !e.actor {
				// a trigger is tried only at one of its first words: the
				// first element holds there, and need not be looked for
				t.required = t.required[1:]
			}
		}
	}
	for w, ts := range x.triggers {
		le := entry(w)
		for _, t := range ts {
			le.triggers = append(le.triggers, candidate{mask: t.mask, trig: t})
		}
	}
}

// candidate is a trigger as its first word's lexicon entry lists it, with
// its word mask beside it so that most candidates are ruled out without
// reading the trigger.
type candidate struct {
	mask uint64
	trig *trigger
}

// wordBit is the bit a required word sets in a sentence's word mask.
func wordBit(id int32) uint64 { return 1 << (uint32(id) & 63) }

// New compiles the dictionary's aliases, titles and trigger patterns.
func New(d *dict.Dictionary) (*Extractor, error) {
	x := &Extractor{
		dict:      d,
		vocab:     d.Vocabulary(),
		matcher:   newMatcher(d),
		triggers:  map[string][]*trigger{},
		objKinds:  map[string][]graph.Kind{},
		entryByID: map[string]*dict.Entry{},
	}
	x.officialsOf = map[string][]string{}
	for i := range d.Actors {
		e := &d.Actors[i]
		x.entryByID[e.ID] = e
		for _, o := range e.Offices {
			if list := x.officialsOf[o.Of]; len(list) == 0 || list[len(list)-1] != e.ID {
				x.officialsOf[o.Of] = append(list, e.ID)
			}
		}
	}
	order := 0
	for _, r := range d.Relations {
		x.objKinds[r.Name] = r.ObjectKinds
		for _, t := range r.Triggers {
			tr, err := compileTrigger(r.Name, t, order)
			if err != nil {
				return nil, fmt.Errorf("dictionary: %w", err)
			}
			order++
			seen := map[string]bool{}
			for _, w := range tr.firstWords() {
				if !seen[w] {
					seen[w] = true
					x.triggers[w] = append(x.triggers[w], tr)
				}
			}
		}
	}
	x.buildLexicon()
	x.lexHot = newLexTable(x.lexicon)
	x.titles = compileTitles(d.Titles)
	x.titleFirst, x.titleLast = titleEdgeWords(x.titles)
	x.officialNames, x.titledNames = map[string][]token{}, map[string]bool{}
	for id, e := range x.entryByID {
		if e.Kind != graph.Official {
			continue
		}
		toks := tokenize(e.Name)
		x.officialNames[id] = toks
		if len(toks) >= 2 {
			if role, _ := x.titleInside(toks, 0, len(toks)); role != "" {
				x.titledNames[id] = true
			}
		}
	}
	return x, nil
}

// Extract returns the document's facts in sentence order.
func (x *Extractor) Extract(doc graph.Document) []graph.Fact {
	facts, _ := x.ExtractDocument(doc)
	return facts
}

// ExtractDocument returns the document's facts in sentence order and the
// officials it coined: people the dictionaries do not know, named after a
// title ("Lithuanian Foreign Minister Gabrielius Landsbergis"), whose ids
// the facts use.
func (x *Extractor) ExtractDocument(doc graph.Document) ([]graph.Fact, []dict.Entry) {
	// (sized for about one fact per 150 bytes of text, so that it seldom
	// grows by copying)
	facts := make([]graph.Fact, 0, len(doc.Text)/150+8)
	buf, _ := x.buffers.Get().(*docBuffers)
	if buf == nil {
		buf = &docBuffers{recent: make([]recentActor, 0, maxRecent+64)}
	}
	defer x.buffers.Put(buf)
	st := docState{doc: doc, lastPara: -1, coined: newCoinage(), recent: buf.recent[:0], scratch: buf.scratch}
	for _, s := range splitSentences(doc.Text) {
		facts = x.sentence(&st, s, facts)
	}
	buf.recent, buf.scratch = st.recent, st.scratch
	return facts, st.coined.actors()
}

// docBuffers are the slices a document's extraction grows, kept for the
// next document. Nothing in them outlives the document: facts copy what
// they keep.
type docBuffers struct {
	recent  []recentActor
	scratch *analysis
}

// dictOffices are the offices the dictionaries give id (none for ids they
// lack).
func (x *Extractor) dictOffices(id string) []graph.Office {
	if e, ok := x.entryByID[id]; ok {
		return e.Offices
	}
	return nil
}

// kindOf is an actor's kind; ids the dictionaries lack are coined officials.
func (x *Extractor) kindOf(id string) graph.Kind {
	if e, ok := x.entryByID[id]; ok {
		return e.Kind
	}
	return graph.Official
}

// docState carries context from sentence to sentence.
type docState struct {
	doc      graph.Document
	lastPara int
	// paraDate is the last date written in the paragraph so far.
	paraDate graph.Date
	// lastDate is the last date written in the document so far.
	lastDate graph.Date
	// prevSubjects are the subjects of the previous sentence's facts, for
	// "turned down the demand" (whose demand?).
	prevSubjects []string
	// prevActors are the acting mentions of the previous sentence, newest last.
	prevActors []string
	// expanded is expand's buffer, reused from trigger to trigger.
	expanded []graph.Fact
	// dateline is the state of the document's dateline (homeState).
	dateline string
	// sentenceDate is the first date the current sentence writes, if any.
	sentenceDate graph.Date
	// lead is the person the text is about, what a sentence-opening
	// "He"/"She" refers to, and leadBody the state or body, for "It"
	// (see leadActor).
	lead, leadBody string
	// scratch is the last sentence's analysis, whose buffers the next reuses.
	scratch *analysis
	// coined are the officials named in this document but not in the dictionaries.
	coined *coinage
	// recent are the actors named so far, newest last, for descriptions
	// such as "the kingdom".
	recent []recentActor
	// paraFrom is where the paragraph's actors start in recent.
	paraFrom int
	// prevTopic is the first state or body named in the previous sentence,
	// for "Its chief spokesman, …".
	prevTopic string
	// described are the referents given to descriptions ("the junta").
	described map[string]string
	// lastAttackers are the subjects of the last attack stated, for
	// "condemned the strikes".
	lastAttackers []string
	// lastDeal are the parties of the last agreement stated, for "brokered
	// the arrangement".
	lastDeal []string
}

// found is a relation stated in a sentence before it becomes facts.
type found struct {
	trig       *trigger
	start, end int // trigger tokens
	subjects   []string
	objects    []string
	modality   graph.Modality
	confidence float64
	goods      string
}

func (x *Extractor) sentence(st *docState, s sentence, facts []graph.Fact) []graph.Fact {
	a := x.analyse(s.text, st.scratch)
	st.scratch = a
	x.coin(st.coined, a)
	if s.index == 0 {
		st.dateline = a.skipDateline()
	}
	if s.paragraph != st.lastPara {
		st.lastPara, st.paraDate = s.paragraph, graph.Date{}
		st.paraFrom = len(st.recent)
		// "The year concluded with …" opens a paragraph about the year
		// the previous one was about
		if d, ok := anaphoricTime(a.toks, st.lastDate); ok {
			st.paraDate = d
		}
	}
	ctx := st.paraDate
	if ctx.IsZero() && st.doc.Published.Precision() == graph.PrecisionYear {
		// a paper dated only by year: "on 5 March" is in the year it was
		// last speaking of
		ctx = st.lastDate
	}
	dates := findDates(a.toks, a.lex, st.doc.Published, ctx)
	st.sentenceDate = graph.Date{}
	if len(dates) > 0 {
		st.sentenceDate = dates[0].date
	}
	x.resolveDescriptions(st, a)
	a.its, a.home = st.prevTopic, st.homeState()
	offices := x.findTitles(a)
	from := len(facts) // this sentence's facts are facts[from:]
	emit := func(f graph.Fact) {
		f.Doc, f.Sentence, f.Evidence = st.doc.ID, s.index, s.text
		f.Precision = f.Date.Precision()
		if f.Relation != graph.HoldsOffice && f.Date.StartsAfter(st.doc.Published) {
			return // "when he visits Beijing next month": a plan, not an event (an office may be dated by the dictionary)
		}
		symmetric := x.vocab[f.Relation].Symmetric
		for _, g := range facts[from:] {
			if g.Relation == f.Relation && (g.Subject == f.Subject && g.Object == f.Object || symmetric && g.Subject == f.Object && g.Object == f.Subject) {
				return
			}
		}
		facts = append(facts, f)
	}
	fds := x.relations(st, a)
	if _, ok := x.vocab["criticized"]; ok {
		fds = append(fds, x.evaluations(st, a, fds)...)
	}
	fds = append(fds, a.ellipses(fds)...)
	fdDates := make([]graph.Date, len(fds))
	for i, fd := range fds {
		fdDates[i] = x.dateFor(st, a, dates, fd.start, fd.end)
	}
	for _, o := range offices {
		d := x.dateFor(st, a, dates, o.at, o.at+1)
		// a title takes the date of what its holder does in the sentence
		for i, fd := range fds {
			if slices.Contains(fd.subjects, o.official) {
				d = fdDates[i]
				break
			}
		}
		off, conf := x.officeFor(o, d)
		if off.Of == "" || off.Of == o.official {
			continue
		}
		if !off.HeldOn(d) && !off.From.IsZero() {
			d = off.From // "former Prime Minister X": date the office, not the sentence
		}
		st.coined.addOffice(o.official, off)
		emit(graph.Fact{Subject: o.official, Relation: graph.HoldsOffice, Object: off.Of, Date: d, Modality: graph.Asserted, Confidence: conf, Role: off.Role, Trigger: o.title})
	}
	var subjects []string
	for i, fd := range fds {
		d := fdDates[i]
		fd = byAgent(a, fd)
		fd.subjects = append(fd.subjects, coAgents(a, fd)...)
		if len(fd.objects) == 0 && fd.trig.opts.DefaultObject != "" {
			fd.objects = []string{fd.trig.opts.DefaultObject}
		}
		if m := fd.trig.opts.ObjectFor; m != nil {
			for k, o := range fd.objects {
				if to, ok := m[o]; ok {
					fd.objects[k] = to
				}
			}
		}
		if fd.trig.opts.ObjectStates {
			// "summoned Russia's ambassador, Mikhail Evdaev": the state the
			// official serves (known once the sentence's titles are read)
			fd.objects = x.liftOfficials(st, fd.objects)
		}
		rel := x.vocab[fd.trig.relation]
		st.expanded = x.expand(fd, rel, st.expanded[:0])
		for _, f := range st.expanded {
			f.Date, f.Modality, f.Confidence, f.Trigger = d, fd.modality, fd.confidence, fd.trig.pattern
			emit(f)
			if also := fd.trig.opts.Also; also != nil && (also.States || namesActor(a, fd.start, fd.end)) &&
				!(also.Claimed && a.intentIn(fd.start, fd.end)) { // ("accused France of plotting an invasion": no invasion)
				if g := x.alsoFact(st, f, also); g.Subject != g.Object {
					emit(g)
				}
			}
		}
		if g := fd.trig.opts.Guest; g != nil && fd.modality == graph.Asserted {
			for _, f := range x.guestVisits(st, a, fd, g, d) {
				emit(f)
			}
		}
		subjects = append(subjects, fd.subjects...)
	}
	if len(dates) > 0 {
		// the paragraph goes on about the sentence's own events: the last
		// date written outside a relative clause or a "since" phrase
		// (a relative clause's date still serves when there is no other)
		set := false
		for k := len(dates) - 1; k >= 0; k-- {
			if _, _, ok := relativeClause(a, dates[k].start); !ok && !sinceDate(a, dates[k]) {
				st.paraDate, set = dates[k].date, true
				break
			}
		}
		for k := len(dates) - 1; k >= 0 && !set && st.paraDate.IsZero(); k-- {
			if !sinceDate(a, dates[k]) {
				st.paraDate, set = dates[k].date, true
			}
		}
		st.lastDate = st.paraDate
	}
	st.prevSubjects = subjects
	x.rememberActors(st, a)
	st.prevTopic = ""
	for _, m := range a.mentions {
		if m.kind != graph.Official && (!m.modifier || m.form == byDemonym) {
			st.prevTopic = m.actor
			break
		}
	}
	st.lead, st.leadBody = leadActor(st.lead, a, true), leadActor(st.leadBody, a, false)
	st.prevActors = st.prevActors[:0]
	for k, m := range a.mentions {
		if a.actorMention(k) {
			st.prevActors = append(st.prevActors, m.actor)
		}
	}
	return facts
}

// expand turns one found relation into facts: one per subject and object
// pair; a symmetric relation with a group and no object links the group's
// members; a mediation names every party in Between.
func (x *Extractor) expand(fd found, rel graph.Relation, out []graph.Fact) []graph.Fact {
	add := func(s, o string) {
		if s == "" || o == "" || s == o {
			return
		}
		f := graph.Fact{Subject: s, Relation: rel.Name, Object: o, Goods: fd.goods}
		if rel.Name == "mediated" {
			f.Between = append([]string(nil), fd.objects...)
			sort.Strings(f.Between)
		}
		out = append(out, f)
	}
	subjects, objects := fd.subjects, fd.objects
	if rel.Name == "held_exercises_with" {
		// a joint exercise of n parties relates every pair: "the UAE and
		// Bahrain joined Israel and the U.S. Navy in drills"
		all := append(append([]string(nil), subjects...), objects...)
		for i := 0; i < len(all); i++ {
			for j := i + 1; j < len(all); j++ {
				add(all[i], all[j])
			}
		}
		return out
	}
	if (rel.Symmetric || rel.Name == "partnered_with") && len(objects) == 0 && len(subjects) >= 2 {
		subjects, objects = subjects[:1], subjects[1:]
		for i := 1; i < len(fd.subjects); i++ {
			for j := i + 1; j < len(fd.subjects); j++ {
				add(fd.subjects[i], fd.subjects[j])
			}
		}
	}
	// with no subject, the parties named after the phrase are together
	// in it only for talks and drills ("talks between A and B", "joint
	// exercises with A and B"), not for "signed contracts with A and B"
	together := fd.trig.opts.Nominal || strings.Contains(fd.trig.pattern, "between") || rel.Name == "met" || rel.Name == "held_exercises_with"
	if rel.Symmetric && len(subjects) == 0 && len(objects) >= 2 && together {
		for i := 0; i < len(objects); i++ {
			for j := i + 1; j < len(objects); j++ {
				add(objects[i], objects[j])
			}
		}
		return out
	}
	for _, s := range subjects {
		for _, o := range objects {
			add(s, o)
		}
	}
	return out
}

// byAgent makes sure a phrase ending in "by" ("supported by", "backed
// by", "condemned by") has the actor after it as subject, also where no
// be-verb marks the passive: "a Syrian offensive, supported by Russian air
// power", "a faction backed by Turkey".
func byAgent(a *analysis, fd found) found {
	if fd.trig.lemmas == nil && fd.trig.hasActor && fd.end > 0 && a.at[fd.end-1] >= 0 {
		return nounByAgent(a, fd)
	}
	if fd.end == 0 || a.toks[fd.end-1].lower != "by" || fd.trig.opts.Reverse {
		return fd
	}
	agent := ""
	for k := fd.end; k < len(a.toks) && k <= fd.end+2; k++ {
		if p := a.at[k]; p >= 0 {
			agent = a.mentions[p].actor
			break
		}
	}
	if agent == "" || slices.Contains(fd.subjects, agent) || !slices.Contains(fd.objects, agent) {
		return fd
	}
	fd.subjects, fd.objects = fd.objects, fd.subjects
	return fd
}

// coAgents are actors named after the trigger as acting with its subject:
// "Egypt has mediated between Israel and Hamas alongside Qatar and the
// United States", "voted against the resolution together with Russia",
// "brokered the truce with help from Egypt".
func coAgents(a *analysis, fd found) []string {
	if len(fd.subjects) == 0 {
		return nil
	}
	end := a.clauseEnd(fd.end)
	for k := fd.end; k < end; k++ {
		n := 0
		switch w := a.toks[k].lower; {
		case w == "alongside":
			n = 1
		case (w == "together" || w == "along" || w == "jointly") && k+1 < end && a.toks[k+1].lower == "with":
			n = 2
		case w == "with" && k+2 < end && a.toks[k+1].lower == "help" && a.toks[k+2].lower == "from":
			n = 3
		}
		if n == 0 {
			continue
		}
		j := k + n
		for j < end && determiners[a.toks[j].lower] {
			j++
		}
		if j < end && a.at[j] >= 0 && a.mentions[a.at[j]].start == j && a.actorMention(a.at[j]) {
			var out []string
			for _, id := range a.actorsOf(a.group(a.at[j])) {
				if !slices.Contains(fd.subjects, id) && !slices.Contains(fd.objects, id) {
					out = append(out, id)
				}
			}
			return out
		}
	}
	return nil
}

// nounByAgent gives a noun phrase ending in its object the agent of a "by"
// right after it: "a visit to Cairo by European Commission President
// Ursula von der Leyen".
func nounByAgent(a *analysis, fd found) found {
	if fd.end >= len(a.toks) || a.toks[fd.end].lower != "by" || beForms[a.toks[fd.start].lower] {
		return fd // "was received at the White House by …": a passive, its "by" agent the host
	}
	for k := fd.end + 1; k < len(a.toks) && k <= fd.end+6; k++ {
		if a.boundary[k] || a.toks[k].lower == "," {
			break
		}
		if p := a.at[k]; p >= 0 && a.actorMention(p) {
			fd.subjects = a.actorsOf(a.group(p))
			return fd
		}
	}
	return fd
}

// alsoFact is the second relation a trigger states (dict.Trigger.Also):
// "refused American demands" is also the United States pressing. Whether
// the first act happened does not change that the second did. A demand
// made of a state's official is made of the state: "Tokayev declined
// Moscow's call" is Russia pressing Kazakhstan.
func (x *Extractor) alsoFact(st *docState, f graph.Fact, also *dict.AlsoRelation) graph.Fact {
	g := f
	g.Relation, g.Goods, g.Between = also.Relation, "", nil
	if also.Reverse {
		g.Subject, g.Object = f.Object, f.Subject
	}
	if g.Modality == graph.Negated {
		g.Modality = graph.Asserted
	}
	if also.Claimed && g.Modality == graph.Asserted {
		g.Modality = graph.Claimed
	}
	if state := x.countryServedOn(st, g.Object, g.Date); state != "" {
		g.Object = state
	}
	if also.States {
		if state := x.countryServedOn(st, g.Subject, g.Date); state != "" {
			g.Subject = state
		}
	}
	return g
}

// guestVisits are the visits a hosting phrase implies: its guests (the
// officials it received) visited the state of the place written after
// it, unless they serve that state.
func (x *Extractor) guestVisits(st *docState, a *analysis, fd found, g *dict.GuestVisit, d graph.Date) []graph.Fact {
	guests, hosts := fd.objects, fd.subjects
	if g.Is == "subject" {
		guests, hosts = fd.subjects, fd.objects
	}
	place := a.placeAfter(fd.end)
	if g.Is == "either" {
		// "Marcos met Kishida in Tokyo": the one who is not at home, when
		// the other is
		var home, away []string
		for _, id := range append(append([]string(nil), fd.subjects...), fd.objects...) {
			if place != "" && x.countryServedOn(st, id, d) == place {
				home = append(home, id)
			} else {
				away = append(away, id)
			}
		}
		if len(home) == 0 {
			return nil
		}
		guests, hosts = away, home
	}
	if place == "" && len(hosts) == 1 && x.kindOf(hosts[0]) == graph.Country {
		place = hosts[0] // "Serbia hosted Xi Jinping in May"
	}
	if place == "" {
		return nil
	}
	var out []graph.Fact
	for _, id := range guests {
		if x.kindOf(id) != graph.Official || x.countryServedOn(st, id, d) == place {
			continue
		}
		out = append(out, graph.Fact{Subject: id, Relation: g.Relation, Object: place, Date: d,
			Modality: graph.Asserted, Confidence: fd.confidence * 0.9, Trigger: fd.trig.pattern})
	}
	return out
}

// placeAfter is the state of the first "in <place>" or "at <place>"
// within the clause after token i ("received Mr. Déby in Budapest", "by
// President Joe Biden at the White House"), or "".
func (a *analysis) placeAfter(i int) string {
	end := min(a.clauseEnd(i), i+12)
	for k := max(i-1, 0); k+1 < end; k++ { // (from the phrase's last word: "received … in")
		if w := a.toks[k].lower; w != "in" && w != "at" {
			continue
		}
		for j := k + 1; j <= k+2 && j < len(a.toks); j++ { // "in Budapest", "at the White House"
			if a.at[j] >= 0 {
				if m := a.mentions[a.at[j]]; m.kind == graph.Country && !m.modifier {
					return m.actor
				}
				break
			}
			if a.toks[j].lower != "the" {
				break
			}
		}
	}
	return ""
}

// namesActor reports an actor named inside tokens [start, end): the
// second relation of a trigger needs its actor in the phrase ("refused
// American demands"), not guessed from context ("refused the demand").
func namesActor(a *analysis, start, end int) bool {
	for k := start; k < end; k++ {
		if p := a.at[k]; p >= 0 && !a.mentions[p].inTitle {
			return true
		}
	}
	return false
}

// countryServedOn is the country an official served on date d, or "".
func (x *Extractor) countryServedOn(st *docState, id string, d graph.Date) string {
	for _, o := range x.officesOf(st, id) {
		if o.HeldOn(d) && x.kindOf(o.Of) == graph.Country {
			return o.Of
		}
	}
	return ""
}

// officesOf are an official's offices, from the dictionaries or, for one
// coined in this document, as seen so far; nil for any other actor.
func (x *Extractor) officesOf(st *docState, id string) []graph.Office {
	if e, ok := x.entryByID[id]; ok {
		if e.Kind != graph.Official {
			return nil
		}
		return e.Offices
	}
	if e, ok := st.coined.entries[id]; ok {
		return e.Offices
	}
	return nil
}

// dateFor picks a relation's date: the date written nearest its trigger in
// the sentence, else the paragraph's last date, else the publication date.
func (x *Extractor) dateFor(st *docState, a *analysis, dates []dateMention, start, end int) graph.Date {
	if k := nearestDate(a, dates, start, end); k >= 0 {
		return dates[k].date
	}
	if !st.paraDate.IsZero() {
		return st.paraDate
	}
	return st.doc.Published
}

// nearestDate is the index of the date written nearest tokens [start, end),
// or -1. A date inside a relative clause the trigger is not in dates
// another event ("India, which had evacuated its embassy in 2021, sent
// wheat … in 2023"); a date across a clause break counts as further away
// than one in the trigger's own clause.
func nearestDate(a *analysis, dates []dateMention, start, end int) int {
	best, bestDist := -1, -1
	for k, d := range dates {
		if lo, hi, ok := relativeClause(a, d.start); ok && (start < lo || start >= hi) {
			continue
		}
		dist := 0
		switch {
		case d.end <= start:
			dist = start - d.end
			if a.breakBetween(d.end, start) {
				dist += 20
			}
		case d.start >= end:
			dist = d.start - end + 1 // a date before the trigger wins a tie
			if a.breakBetween(end, d.start) {
				dist += 20
			} else if a.coordinationBetween(end, d.start) {
				dist += 10 // "imposed a blockade, and the boycott ended in 2021"
			}
		}
		if bestDist < 0 || dist < bestDist {
			best, bestDist = k, dist
		}
	}
	return best
}

// breakBetween reports a clause break in tokens [i, j).
func (a *analysis) breakBetween(i, j int) bool {
	for k := i; k < j && k < len(a.toks); k++ {
		if a.boundary[k] && a.toks[k].lower != "that" {
			return true
		}
	}
	return false
}

// coordinationBetween reports ", and" or ", but" in tokens [i, j).
func (a *analysis) coordinationBetween(i, j int) bool {
	for k := i; k+1 < j && k+1 < len(a.toks); k++ {
		if a.toks[k].lower == "," && (a.toks[k+1].lower == "and" || a.toks[k+1].lower == "but") {
			return true
		}
	}
	return false
}

// sinceDate reports a date that starts a period ("since February 2022",
// "since Russia's invasion of Ukraine in February 2022"): it dates what
// began then, not what the paragraph goes on to tell.
func sinceDate(a *analysis, d dateMention) bool {
	for k := d.start - 1; k >= 0 && k >= d.start-8; k-- {
		if a.boundary[k] || a.toks[k].lower == "," {
			return false
		}
		if a.toks[k].lower == "since" {
			return true
		}
	}
	return false
}

// relativeClause finds the relative clause ("which …," "who …,") holding
// token i: from its pronoun, after a comma, to the next comma.
func relativeClause(a *analysis, i int) (int, int, bool) {
	for k := i - 1; k >= 0 && k >= i-15; k-- {
		w := a.toks[k].lower
		if w == "," || a.toks[k].kind == punct && w != "-" && w != "$" {
			return 0, 0, false
		}
		if (w == "which" || w == "who") && k > 0 && a.toks[k-1].lower == "," {
			for j := i + 1; j < len(a.toks) && j <= k+20; j++ {
				if a.toks[j].lower == "," || a.toks[j].lower == ";" {
					return k, j, true
				}
			}
			if len(a.toks)-k <= 20 {
				return k, len(a.toks), true // it ends the sentence
			}
			return 0, 0, false
		}
	}
	return 0, 0, false
}
