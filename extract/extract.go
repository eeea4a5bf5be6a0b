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
	"sort"

	"github.com/geoalign/geoalign/dict"
	"github.com/geoalign/geoalign/graph"
)

// Extractor holds the compiled dictionaries; it is safe for concurrent use.
type Extractor struct {
	dict      *dict.Dictionary
	vocab     graph.Relations
	matcher   *matcher
	titles    []title
	titleLast map[string]bool
	triggers  map[string][]*trigger // first word → triggers
	objKinds  map[string][]graph.Kind
	entryByID map[string]dict.Entry
	// lexicon gathers, per lower-case word, everything the hot path asks of
	// it, so a token costs one map look-up.
	lexicon map[string]*lexEntry
}

// lexEntry is what the dictionaries and the grammar know of one word.
type lexEntry struct {
	names    *trieNode  // actor names starting with the word
	triggers []*trigger // trigger patterns that may start with the word
	clause   uint8      // clauseClass of the word
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
	for w, ts := range x.triggers {
		entry(w).triggers = ts
	}
	for w, c := range clauseClass {
		entry(w).clause = c
	}
}

// New compiles the dictionary's aliases, titles and trigger patterns.
func New(d *dict.Dictionary) (*Extractor, error) {
	x := &Extractor{
		dict:      d,
		vocab:     d.Vocabulary(),
		matcher:   newMatcher(d),
		triggers:  map[string][]*trigger{},
		objKinds:  map[string][]graph.Kind{},
		entryByID: map[string]dict.Entry{},
	}
	for _, a := range d.Actors {
		x.entryByID[a.ID] = a
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
	x.titles = compileTitles(d.Titles)
	x.titleLast = titleLastWords(x.titles)
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
	var facts []graph.Fact
	st := docState{doc: doc, lastPara: -1, coined: newCoinage()}
	for _, s := range splitSentences(doc.Text) {
		facts = append(facts, x.sentence(&st, s)...)
	}
	return facts, st.coined.actors()
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

func (x *Extractor) sentence(st *docState, s sentence) []graph.Fact {
	a := x.analyse(s.text, st.scratch)
	st.scratch = a
	x.coin(st.coined, a)
	if s.index == 0 {
		a.skipDateline()
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
	x.resolveDescriptions(st, a)
	dates := findDates(a.toks, st.doc.Published, st.paraDate)
	a.its = st.prevTopic
	offices := x.findTitles(a)
	var out []graph.Fact
	emit := func(f graph.Fact) {
		f.Doc, f.Sentence, f.Evidence = st.doc.ID, s.index, s.text
		f.Precision = f.Date.Precision()
		for _, g := range out {
			if g.Subject == f.Subject && g.Relation == f.Relation && g.Object == f.Object {
				return
			}
		}
		out = append(out, f)
	}
	for _, o := range offices {
		d := x.dateFor(st, dates, o.at, o.at+1)
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
	for _, fd := range x.relations(st, a) {
		d := x.dateFor(st, dates, fd.start, fd.end)
		rel := x.vocab[fd.trig.relation]
		for _, f := range x.expand(fd, rel) {
			f.Date, f.Modality, f.Confidence, f.Trigger = d, fd.modality, fd.confidence, fd.trig.pattern
			emit(f)
		}
		subjects = append(subjects, fd.subjects...)
	}
	if len(dates) > 0 {
		st.paraDate = dates[len(dates)-1].date
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
	st.prevActors = st.prevActors[:0]
	for k, m := range a.mentions {
		if a.actorMention(k) {
			st.prevActors = append(st.prevActors, m.actor)
		}
	}
	return out
}

// expand turns one found relation into facts: one per subject and object
// pair; a symmetric relation with a group and no object links the group's
// members; a mediation names every party in Between.
func (x *Extractor) expand(fd found, rel graph.Relation) []graph.Fact {
	var out []graph.Fact
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
	if rel.Symmetric && len(subjects) == 0 && len(objects) >= 2 {
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

// dateFor picks a relation's date: the date written nearest its trigger in
// the sentence, else the paragraph's last date, else the publication date.
func (x *Extractor) dateFor(st *docState, dates []dateMention, start, end int) graph.Date {
	best, bestDist := graph.Date{}, -1
	for _, d := range dates {
		dist := 0
		switch {
		case d.end <= start:
			dist = start - d.end
		case d.start >= end:
			dist = d.start - end + 1 // a date before the trigger wins a tie
		}
		if bestDist < 0 || dist < bestDist {
			best, bestDist = d.date, dist
		}
	}
	if bestDist >= 0 {
		return best
	}
	if !st.paraDate.IsZero() {
		return st.paraDate
	}
	return st.doc.Published
}
