package extract

import (
	"slices"

	"github.com/geoalign/geoalign/graph"
)

// evaluationTrigger marks a criticism made by judging words in reported
// speech rather than by a verb of criticism.
var evaluationTrigger = &trigger{relation: "criticized", pattern: "(a damning word in reported speech)"}

// judgeVerbs report what a speaker said or how they labelled something:
// "called the release 'selfish'", "described the move as 'cynical'".
var judgeVerbs = set("said", "says", "told", "called", "calls", "described", "describes", "termed", "terms",
	"branded", "brands", "labelled", "labeled", "dubbed", "added", "insisted", "stated", "dismissed")

// damningWords judge an act or an actor harshly; in what a speaker says
// about another actor they are a criticism of it.
var damningWords = set("unacceptable", "irresponsible", "illegal", "unlawful", "illegitimate", "provocation",
	"provocations", "provocative", "aggression", "aggressive", "unprovoked", "dangerous", "reckless",
	"destabilising", "destabilizing", "hypocritical", "hypocrisy", "hypocrites", "blackmail", "bullying",
	"hegemonic", "hegemony", "interference", "meddling", "violation", "violations", "outrageous", "shameful",
	"unconscionable", "cynical", "selfish", "barbaric", "criminal", "lies", "smear", "smears", "slander",
	"propaganda", "hostile", "absurd", "unjustified", "unjustifiable", "deplorable", "regrettable",
	"betrayal", "terrorism", "genocide", "colonial", "imperialist", "piracy", "coercion", "coercive",
	"intimidation", "threat", "threats", "unfriendly", "baseless", "groundless", "irrational", "arrogant",
	"disgrace", "disgraceful", "aggressor", "corrupt", "assassins", "murderers", "criminals", "falsehood",
	"falsehoods", "intolerable", "puppet", "dictator", "tyrant", "fascist", "terrorist", "terrorists", "thugs",
	"liars", "extortion", "treacherous", "traitor", "traitors", "warmonger", "warmongers", "suicide")

// evaluations finds criticisms made in a speaker's judging words: a
// reporting or labelling verb whose subject is an actor, then another
// actor and a damning word ("Wang said Japan's decision was 'selfish and
// irresponsible'"). "Called it 'unconscionable'" is left alone: which
// actor "it" stands for was too often guessed wrong. Facts already stated
// between the pair are not repeated.
func (x *Extractor) evaluations(st *docState, a *analysis, fds []found) []found {
	var out []found
	for v := range a.toks {
		if a.lex[v] == nil || !a.lex[v].judge {
			continue
		}
		damning := -1
		for k := v + 1; k < len(a.toks) && k < v+16; k++ {
			if a.lex[k] != nil && a.lex[k].damning && a.at[k] < 0 {
				damning = k
				break
			}
		}
		if damning < 0 {
			continue
		}
		if inFound(fds, v) {
			continue // the verb states a relation already: "called the Americans 'hypocrites'"
		}
		speaker, _ := x.subjectOf(st, a, a.clauseStart(v), match{trig: evaluationTrigger, start: v, end: v + 1})
		if len(speaker) == 0 {
			continue
		}
		own := x.liftOfficials(st, speaker) // the speaker's side: itself and the state it serves
		var targets []string
		for k := v + 1; k < damning; k++ {
			if p := a.at[k]; p >= 0 && a.mentions[p].start == k && (a.actorMention(p) || a.mentions[p].form == byDemonym) {
				targets = a.actorsOf(a.group(p))
				break
			}
		}
		targets = without(without(targets, speaker), own)
		if len(targets) == 0 || stated(fds, speaker, targets) {
			continue
		}
		out = append(out, found{trig: evaluationTrigger, start: v, end: v + 1, subjects: speaker, objects: targets,
			modality: graph.Asserted, confidence: 0.6})
	}
	return out
}

// inFound reports whether token k lies inside a found relation's trigger.
func inFound(fds []found, k int) bool {
	for _, fd := range fds {
		if fd.start <= k && k < fd.end {
			return true
		}
	}
	return false
}

// stated reports a fact already found from one of subjects to one of objects.
func stated(fds []found, subjects, objects []string) bool {
	in := func(list []string) func(string) bool {
		return func(id string) bool { return slices.Contains(list, id) }
	}
	for _, fd := range fds {
		if slices.ContainsFunc(fd.subjects, in(subjects)) && slices.ContainsFunc(fd.objects, in(objects)) {
			return true
		}
	}
	return false
}

// ellipses finds acts repeated by ellipsis — "Indonesia protested, as did
// Vietnam and Malaysia" — and gives each the subjects named after "as did"
// (or "as have", "as has"), copying the last act found before it.
func (a *analysis) ellipses(fds []found) []found {
	var out []found
	for k := 1; k+1 < len(a.toks); k++ {
		if a.toks[k-1].lower != "as" {
			continue
		}
		switch a.toks[k].lower {
		case "did", "does", "do", "have", "has", "had":
		default:
			continue
		}
		at := k + 1
		if a.toks[at].lower == "the" && at+1 < len(a.toks) {
			at++ // "as has the EU"
		}
		p := a.at[at]
		if p < 0 || !a.actorMention(p) || a.mentions[p].start != at {
			continue
		}
		var last *found
		for i := range fds {
			if fds[i].end <= k-1 && len(fds[i].objects) > 0 {
				last = &fds[i]
			}
		}
		if last == nil {
			continue
		}
		subjects := without(a.actorsOf(a.group(p)), last.objects)
		if len(subjects) == 0 {
			continue
		}
		c := *last
		c.subjects, c.start, c.end, c.confidence = subjects, k, k+1, min(last.confidence, 0.7)
		out = append(out, c)
	}
	return out
}
