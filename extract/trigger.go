package extract

import (
	"fmt"
	"strings"

	"github.com/geoalign/geoalign/dict"
	"github.com/geoalign/geoalign/graph"
)

// element is one position of a trigger pattern: alternatives, each a token
// sequence ("anti-terrorist" is three tokens), optionally skippable, or a gap.
type element struct {
	alts [][]string
	// lex are the alternatives' words as lexicon entries (set by
	// buildLexicon), so that matching compares pointers, not strings
	lex      [][]*lexEntry
	optional bool
	gap      bool
	short    bool // "..": a gap of up to two words
	actor    bool // "@": one actor mention, the relation's object
	adj      bool // "@*": or a demonym qualifying the object ("the Russian decision")
}

// trigger is a compiled pattern with the relation it states.
type trigger struct {
	relation string
	pattern  string
	elems    []element
	opts     dict.Trigger
	order    int // dictionary order, the tie-breaker between equal matches
	hasActor bool
	kinds    []graph.Kind // what an "@" may match (opts.ObjectKinds)
	// lemmas are the base forms of the verbs ("~sign") the pattern may
	// open with: after an article they are nouns ("a sign that")
	lemmas map[string]bool
	// required lists, per element that must match a word, the lexicon ids
	// of the words its alternatives begin with: a sentence lacking all of
	// one element's words cannot match, and is not tried
	required [][]int32
	// mask has the wordBit of every element with a single required word:
	// a sentence whose word mask lacks one of them cannot match
	mask uint64
}

// maxGap is how many words "..." may skip.
const maxGap = 6

// compileTrigger parses the pattern syntax documented in relations.yaml.
func compileTrigger(relation string, t dict.Trigger, order int) (*trigger, error) {
	tr := &trigger{relation: relation, pattern: t.Pattern, opts: t, order: order, kinds: t.ObjectKinds}
	for _, f := range strings.Fields(t.Pattern) {
		if f == "..." || f == "[...]" {
			tr.elems = append(tr.elems, element{gap: true})
			continue
		}
		if f == ".." || f == "[..]" {
			tr.elems = append(tr.elems, element{gap: true, short: true})
			continue
		}
		if f == "@" || f == "[@]" || f == "@*" || f == "[@*]" {
			tr.elems = append(tr.elems, element{actor: true, optional: strings.HasPrefix(f, "["), adj: strings.Contains(f, "*")})
			tr.hasActor = true
			continue
		}
		e := element{}
		if strings.HasPrefix(f, "[") && strings.HasSuffix(f, "]") {
			e.optional = true
			f = f[1 : len(f)-1]
		}
		if strings.ContainsAny(f, "[]") {
			return nil, fmt.Errorf("relation %s: pattern %q: %q: brackets must enclose one element (join words with _)", relation, t.Pattern, f)
		}
		for _, alt := range strings.Split(f, "|") {
			alt = strings.ReplaceAll(alt, "_", " ") // "carry_out" is one alternative of two words
			if alt == "" {
				return nil, fmt.Errorf("relation %s: pattern %q: empty alternative", relation, t.Pattern)
			}
			forms := []string{alt}
			if strings.HasPrefix(alt, "~") {
				forms = inflect(alt[1:])
				if len(tr.elems) == 0 {
					if tr.lemmas == nil {
						tr.lemmas = map[string]bool{}
					}
					head, _, _ := strings.Cut(alt[1:], " ")
					tr.lemmas[head] = true
				}
			}
			for _, form := range forms {
				var seq []string
				for _, tk := range tokenize(form) {
					seq = append(seq, tk.lower)
				}
				if form == "'s" {
					seq = []string{"'s"} // the possessive, a token of its own in text
				}
				e.alts = append(e.alts, seq)
			}
		}
		tr.elems = append(tr.elems, e)
	}
	if len(tr.elems) == 0 || tr.elems[0].gap || tr.elems[0].actor || tr.elems[len(tr.elems)-1].gap {
		return nil, fmt.Errorf("relation %s: pattern %q must start and end with words", relation, t.Pattern)
	}
	allOptional := true
	for _, e := range tr.elems {
		if !e.optional && !e.gap {
			allOptional = false
		}
	}
	if allOptional {
		return nil, fmt.Errorf("relation %s: pattern %q has no required word", relation, t.Pattern)
	}
	switch t.Objects {
	case "", "first", "all":
	default:
		return nil, fmt.Errorf("relation %s: pattern %q: objects %q is not first or all", relation, t.Pattern, t.Objects)
	}
	return tr, nil
}

// firstWords lists the tokens a match can begin with, to index triggers.
func (t *trigger) firstWords() []string {
	var out []string
	for _, e := range t.elems {
		for _, a := range e.alts {
			out = append(out, a[0])
		}
		if !e.optional {
			break
		}
	}
	return out
}

// match tries the pattern at a.toks[i]. Words may not come from inside
// actor mentions; "@" takes one whole acting mention. It returns the end of
// the longest match, or -1.
func (t *trigger) match(a *analysis, i int) int {
	if i > 0 && t.lemmas[a.toks[i].lower] && (articles[a.toks[i-1].lower] || mandative(a, i)) {
		return -1 // "a sign that", "the call for": a noun, not the verb
	}
	if a.titleTok[i] || i > 0 && t.lemmas != nil && isCapitalized(a.toks[i].text) {
		return -1 // "Finance Minister Ishaq Dar": a title, not "to finance"
	}
	return t.matchFrom(a, 0, i)
}

var articles = set("a", "an", "the")

// mandativeWords ask for an act: in "demanded that Qatar expel", "a
// request that Brazil supply", the bare verb after them is what was asked
// for, not what was done.
var mandativeWords = set("demand", "demands", "demanded", "demanding", "request", "requests", "requested",
	"insist", "insists", "insisted", "urge", "urges", "urged", "ask", "asks", "asked", "call", "calls", "called",
	"proposal", "proposed", "propose", "recommend", "recommended", "require", "required", "requires",
	"suggest", "suggested", "suggestion")

// mandative reports a verb in its base form at i after "that" and its
// subject, following a word that asks for something.
func mandative(a *analysis, i int) bool {
	k := a.at[i-1]
	if k < 0 {
		return false
	}
	j := a.mentions[k].start - 1
	if j < 0 || a.toks[j].lower != "that" {
		return false
	}
	for n := j - 1; n >= 0 && n >= j-5; n-- {
		if mandativeWords[a.toks[n].lower] {
			return true
		}
	}
	return false
}

func (t *trigger) matchFrom(a *analysis, e, i int) int {
	toks, blocked := a.toks, a.blocked
	if e == len(t.elems) {
		return i
	}
	el := t.elems[e]
	best := -1
	// a scare quote inside the phrase is skipped: signed a "comprehensive
	// strategic partnership" treaty
	for e > 0 && i < len(toks) && toks[i].lower == "\"" && !a.boundary[i] && !el.gap {
		i++
	}
	if el.actor {
		// "condemned what he called China's 'dangerous' actions": the
		// object comes after the speaker's label
		i = whatCalled(a, i)
		// an official's title belongs to the actor: "killed Al-Qaeda leader
		// Osama bin Laden"
		j := i
		for j < len(toks) && (a.titleTok[j] || a.at[j] >= 0 && a.mentions[a.at[j]].inTitle || rankWords[toks[j].lower] && j+1 < len(toks) && a.at[j+1] >= 0) {
			j++
		}
		if j > i && j+1 < len(toks) && toks[j].lower == "," && a.at[j+1] >= 0 && a.mentions[a.at[j+1]].kind == graph.Official {
			j++ // the name in apposition after the title: "received his Moroccan counterpart, Nasser Bourita"
		}
		if j > i && j < len(toks) && a.at[j] >= 0 && a.mentions[a.at[j]].start == j && a.actorMention(a.at[j]) && t.kindOK(a.mentions[a.at[j]].kind) {
			best = t.matchFrom(a, e+1, a.mentions[a.at[j]].end)
		}
		// an acting mention, or a demonym qualifying the object: "condemned
		// the Russian decision", "refused American demands"
		if i < len(toks) && a.at[i] >= 0 && a.mentions[a.at[i]].start == i && (a.actorMention(a.at[i]) || el.adj && a.qualifies(a.at[i])) && t.kindOK(a.mentions[a.at[i]].kind) {
			if end := t.matchFrom(a, e+1, a.mentions[a.at[i]].end); end > best {
				best = end
			}
		}
		if best < 0 && a.objectGap && e > 0 && !t.elems[e-1].gap {
			best = t.matchFrom(a, e+1, i) // "which Algeria arms": the object came before (relativeObject)
		}
		if el.optional {
			if end := t.matchFrom(a, e+1, i); end > best {
				best = end
			}
		}
		return best
	}
	if el.gap {
		limit := maxGap
		if el.short {
			limit = 2
		}
		for skip := 0; skip <= limit; skip++ {
			if skip > 0 {
				k := i + skip - 1
				if k >= len(toks) || blocked[k] || (toks[k].kind == punct && !gapPunct[toks[k].lower]) || a.boundary[k] || a.lex[k] != nil && a.lex[k].gapStop {
					break
				}
			}
			if end := t.matchFrom(a, e+1, i+skip); end > best {
				best = end
			}
		}
		return best
	}
	for _, alt := range el.lex {
		if i+len(alt) > len(toks) {
			continue
		}
		ok := true
		for k, w := range alt {
			if blocked[i+k] || a.lex[i+k] != w {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if end := t.matchFrom(a, e+1, i+len(alt)); end > best {
			best = end
		}
	}
	if el.optional {
		if end := t.matchFrom(a, e+1, i); end > best {
			best = end
		}
	}
	return best
}

// qualifies reports a mention that qualifies a noun, which "@*" takes for
// the object: a demonym ("the Russian decision") or a name compounded with
// a hyphen ("the US-led strikes", "the one-China principle").
func (a *analysis) qualifies(k int) bool {
	m := a.mentions[k]
	if m.form == byDemonym {
		return true // (also inside a title: "summoned the Russian ambassador, Oleg Ozerov")
	}
	return !m.inTitle && m.modifier && (m.end < len(a.toks) && a.toks[m.end].lower == "-" || m.start > 0 && a.toks[m.start-1].lower == "-")
}

// whatCalled skips "what he called", "what the ministry described as" at
// i, returning where the words it labels begin (i if there is none).
func whatCalled(a *analysis, i int) int {
	if i >= len(a.toks) || a.toks[i].lower != "what" {
		return i
	}
	for k := i + 1; k < len(a.toks) && k <= i+4; k++ {
		switch w := a.toks[k].lower; {
		case labelVerbs[w]:
			k++
			if k < len(a.toks) && a.toks[k].lower == "as" {
				k++
			}
			if k < len(a.toks) && a.toks[k].lower == "\"" {
				k++
			}
			return k
		case a.at[k] < 0 && !speakerWords[w]:
			return i
		}
	}
	return i
}

var (
	labelVerbs   = set("called", "calls", "described", "describes", "termed", "terms", "labelled", "labeled", "branded", "dubbed")
	speakerWords = set("he", "she", "they", "it", "the", "its", "their", "his", "her", "ministry", "government", "officials", "spokesman", "spokeswoman")
)

// rankWords before a name are no part of it: "received Gen. Abdel Fattah
// al-Burhan".
var rankWords = set("mr", "mrs", "ms", "dr", "gen", "lt", "col", "adm", "maj", "capt", "prof", "sen", "rep", "gov", "brig", "marshal",
	"general", "admiral", "colonel", "lieutenant", "brigadier", "captain", "major")

// gapStops open an adjunct that a "..." may not reach into: "a loan
// during his visit to Beijing" is no loan to China.
var gapStops = set("during", "while", "after", "before", "because", "despite", "although", "though", "amid", "whereas")

// gapPunct are the marks a "..." may skip: hyphens and the signs of an
// amount ("withheld $85 million in military aid").
var gapPunct = set("-", "$", "€", "£", "¥", "%", "\"", "'")

// kindOK reports whether an actor of kind k may be the pattern's "@".
func (t *trigger) kindOK(k graph.Kind) bool {
	if len(t.kinds) == 0 {
		return true
	}
	for _, x := range t.kinds {
		if x == k {
			return true
		}
	}
	return false
}

// irregular verb forms for ~verb patterns.
var irregular = map[string][]string{
	"buy": {"bought"}, "sell": {"sold"}, "hold": {"held"}, "meet": {"met"}, "speak": {"spoke", "spoken"},
	"give": {"gave", "given"}, "cut": {"cut"}, "shut": {"shut"}, "lend": {"lent"}, "send": {"sent"},
	"fly": {"flew", "flown"}, "strike": {"struck", "stricken"}, "shoot": {"shot"}, "take": {"took", "taken"},
	"make": {"made"}, "stand": {"stood"}, "freeze": {"froze", "frozen"}, "withhold": {"withheld"},
	"keep": {"kept"}, "put": {"put"}, "get": {"got", "gotten"}, "seek": {"sought"}, "bring": {"brought"},
	"set": {"set"}, "forge": {"forged"}, "win": {"won"}, "lead": {"led"}, "undertake": {"undertook", "undertaken"},
	"withdraw": {"withdrew", "withdrawn"}, "overthrow": {"overthrew", "overthrown"}, "sit": {"sat"},
	"begin": {"began", "begun"}, "tell": {"told"}, "say": {"said"}, "pay": {"paid"}, "build": {"built"},
	"bar": {"barred", "barring"}, "ban": {"banned", "banning"}, "stop": {"stopped", "stopping"},
	"ship": {"shipped", "shipping"}, "plan": {"planned", "planning"}, "slap": {"slapped", "slapping"},
	"slam": {"slammed", "slamming"}, "scrap": {"scrapped", "scrapping"}, "drop": {"dropped", "dropping"},
	"ally":   {"allied"},
	"become": {"became"}, "fight": {"fought"}, "draw": {"drew", "drawn"}, "throw": {"threw", "thrown"},
	"spend": {"spent"}, "deal": {"dealt"}, "choose": {"chose", "chosen"}, "commit": {"committed", "committing"},
	"admit": {"admitted", "admitting"}, "prod": {"prodded", "prodding"}, "submit": {"submitted", "submitting"},
	"permit": {"permitted", "permitting"}, "rebut": {"rebutted", "rebutting"}, "pin": {"pinned", "pinning"},
	"grab": {"grabbed", "grabbing"}, "rob": {"robbed", "robbing"}, "hug": {"hugged", "hugging"},
	"fist-bump": {"fist-bumped", "fist-bumping"}, "shun": {"shunned", "shunning"}, "snub": {"snubbed", "snubbing"},
	"grey-list": {"grey-listed", "grey-listing"}, "gray-list": {"gray-listed", "gray-listing"},
	"go": {"went", "gone"}, "come": {"came"}, "shake": {"shook", "shaken"}, "write": {"wrote", "written"},
	"run": {"ran"}, "see": {"saw", "seen"}, "oversee": {"oversaw", "overseen"}, "break": {"broke", "broken"},
	"drive": {"drove", "driven"}, "bid": {"bid"}, "beat": {"beat", "beaten"}, "rise": {"rose", "risen"},
	"hit": {"hit", "hitting"}, "let": {"let", "letting"}, "spread": {"spread"}, "find": {"found"},
	"leave": {"left"}, "lose": {"lost"}, "uphold": {"upheld"}, "forbid": {"forbade", "forbidden"},
	"override": {"overrode", "overridden"}, "overrun": {"overran"}, "bend": {"bent"}, "swear": {"swore", "sworn"},
	"tear": {"tore", "torn"}, "upset": {"upset"},
	"forgive": {"forgave", "forgiven"}, "think": {"thought"}, "catch": {"caught"}, "teach": {"taught"},
	"understand": {"understood"}, "withstand": {"withstood"}, "overtake": {"overtook", "overtaken"},
	"stick": {"stuck"}, "strive": {"strove", "striven"}, "rebuild": {"rebuilt"}, "sink": {"sank", "sunk"},
	"unfreeze": {"unfroze", "unfrozen"}, "resell": {"resold"}, "mislead": {"misled"}, "foresee": {"foresaw", "foreseen"},
}

// finalDoubled are verbs of more than one syllable, stressed at the end,
// that double their last consonant: conferred, transferred, expelled.
var finalDoubled = set("confer", "transfer", "refer", "prefer", "defer", "deter", "occur", "incur",
	"compel", "expel", "propel", "repel", "dispel", "excel", "control", "patrol", "enrol", "extol",
	"equip", "omit", "emit", "remit", "acquit", "commit", "admit", "submit", "permit", "rebut", "regret",
	"abet", "outstrip", "kidnap", "forget", "embed", "unzip", "overstep", "sidestep")

// britishL are verbs in -l that British spelling doubles and American
// spelling does not: travelled and traveled.
var britishL = set("travel", "cancel", "label", "model", "signal", "channel", "fuel", "level", "total",
	"counsel", "quarrel", "rival", "marshal", "shovel", "funnel", "tunnel", "unravel", "initial", "dial")

// inflect returns a regular verb's forms (abstain → abstain, abstains,
// abstained, abstaining), plus known irregular ones. For a phrasal verb
// ("carry out") the first word is inflected.
func inflect(v string) []string {
	head, rest, _ := strings.Cut(v, " ")
	if rest != "" {
		rest = " " + rest
	}
	forms := []string{head, thirdPerson(head), gerund(head)}
	if irr, ok := irregular[head]; ok {
		forms = append(forms, irr...) // irregular forms replace the regular past
	} else {
		forms = append(forms, past(head))
	}
	switch {
	case finalDoubled[head] || doublesFinal(head):
		// stopped, stopping; conferred, conferring
		d := head + head[len(head)-1:]
		forms = append(forms, d+"ed", d+"ing")
	case britishL[head]:
		forms = append(forms, head+"led", head+"ling")
	}
	out := forms[:0]
	seen := map[string]bool{}
	for _, f := range forms {
		if !seen[f] {
			seen[f] = true
			out = append(out, f+rest)
		}
	}
	return out
}

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

func thirdPerson(v string) string {
	switch {
	case strings.HasSuffix(v, "y") && len(v) > 1 && !isVowel(v[len(v)-2]):
		return v[:len(v)-1] + "ies"
	case strings.HasSuffix(v, "s"), strings.HasSuffix(v, "x"), strings.HasSuffix(v, "ch"), strings.HasSuffix(v, "sh"), strings.HasSuffix(v, "z"), strings.HasSuffix(v, "o") && !strings.HasSuffix(v, "oo"):
		return v + "es" // vetoes
	}
	return v + "s"
}

func past(v string) string {
	switch {
	case strings.HasSuffix(v, "e"):
		return v + "d"
	case strings.HasSuffix(v, "y") && len(v) > 1 && !isVowel(v[len(v)-2]):
		return v[:len(v)-1] + "ied"
	}
	return v + "ed"
}

func gerund(v string) string {
	switch {
	case strings.HasSuffix(v, "ie"):
		return v[:len(v)-2] + "ying"
	case strings.HasSuffix(v, "e") && !strings.HasSuffix(v, "ee") && len(v) > 2:
		return v[:len(v)-1] + "ing"
	}
	return v + "ing"
}

// doublesFinal reports a verb of one syllable that ends consonant, vowel,
// consonant and so doubles its last letter: stop, ban, snub, prod.
func doublesFinal(v string) bool {
	n := len(v)
	if n < 3 || strings.ContainsAny(v, " -") {
		return false
	}
	last, mid, before := v[n-1], v[n-2], v[n-3]
	if isVowel(last) || strings.IndexByte("wxy", last) >= 0 || !isVowel(mid) || isVowel(before) {
		return false
	}
	groups := 0
	for i := 0; i < n; i++ {
		if isVowel(v[i]) && (i == 0 || !isVowel(v[i-1])) {
			groups++
		}
	}
	return groups == 1
}
