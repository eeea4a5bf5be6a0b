package extract

// Word lists the extractor's grammar relies on. They are English function
// words and cues, not domain vocabulary (which lives in the dictionaries).

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// agentNouns make a demonym name its state: "Pakistani troops", "the
// Russian side", "Indian officials".
var agentNouns = set("troops", "soldiers", "forces", "force", "army", "armies", "navy", "navies",
	"military", "militaries", "government", "governments", "officials", "official", "authorities",
	"leadership", "leaders", "leader", "diplomats", "diplomat", "delegation", "delegations", "side",
	"administration", "embassy", "ministry", "envoy", "envoys", "ambassador", "counterpart", "counterparts",
	"establishment", "negotiators", "warships", "jets", "aircraft", "drones", "regime", "cabinet",
	"parliament", "lawmakers", "state", "security", "police", "intelligence", "generals", "commanders",
	"companies", "firms", "state-owned", "foreign", "defence", "defense", "president", "premier",
	"spokesman", "spokesperson", "spokeswoman", "mission", "team", "policymakers", "officers", "airstrikes",
	"strikes", "air", "contingent", "battalions", "units", "militants", "refiners", "refineries",
	"exporters", "importers", "banks", "buyers", "producers", "manufacturers", "carriers", "ministers",
	"minister", "envoys", "lawmakers", "troop", "armed", "coast", "border", "adviser", "advisers", "advisor",
	"advisors", "heads", "chiefs", "representatives", "ambassadors", "premiers", "presidents", "pilots", "sailors",
	"marines", "personnel", "peacekeepers", "ships", "vessels", "bombers", "company", "firm", "lender", "lenders",
	"negotiator", "legislators", "senators", "legislature", "courts", "regulators", "prosecutors", "guards",
	"missiles", "missile", "warplanes", "warplane", "rockets", "rocket", "drone", "jet", "artillery", "warship",
	"warships", "gunboats", "airstrike", "strike")

// prepositions before a mention mark it as no subject ("in Moscow, Khan met
// Putin"; "despite pressure from Washington").
var prepositions = set("in", "at", "on", "from", "to", "with", "of", "for", "by", "against", "between",
	"among", "into", "toward", "towards", "near", "about", "over", "under", "via", "through", "across",
	"within", "without", "despite", "amid", "after", "before", "during", "like", "than", "including",
	"beyond", "behind", "upon", "around", "unlike", "besides", "except", "regarding", "concerning", "beside",
	"alongside")

// determiners may stand between a preposition and its mention.
var determiners = set("the", "a", "an", "its", "their", "his", "her", "both", "all", "this", "that",
	"other", "some", "many", "several", "various", "these", "those", "each", "every", "any", "two",
	"three", "four", "five", "fellow", "neighbouring", "neighboring", "western", "major")

// clauseWords begin a new clause: the subject of a relation is looked for
// after the last of them before its trigger.
var clauseWords = set("when", "while", "whereas", "although", "though", "because", "if", "unless",
	"which", "who", "whom", "whose", "where", "but", "whether", "once", "until")

// relativePronouns take their subject from the mention before them. ("that"
// ends a clause only before a new subject, where it is a conjunction.)
var relativePronouns = set("which", "who")

// reportingVerbs introduce reported speech: what follows is someone's claim.
var reportingVerbs = set("said", "says", "say", "saying", "claimed", "claims", "claim", "claiming",
	"alleged", "alleges", "alleging", "insisted", "insists", "argued", "argues", "argue", "told", "tells",
	"stated", "states", "asserted", "asserts", "maintained", "maintains", "added", "noted", "notes",
	"believes", "believed", "according", "charged", "accusing")

// denialVerbs introduce a denial.
var denialVerbs = set("denied", "denies", "deny", "denying", "refuted", "refutes", "dismissed")

// negations before a trigger (within its clause) negate it.
var negations = set("not", "n't", "never", "no", "neither", "nor", "without", "cancel", "cancels",
	"cancelled", "canceled", "cancelling", "canceling", "failed", "fails", "fail", "resistance", "resist",
	"resisted", "resisting", "refusal", "avoid", "avoided", "avoiding", "instead", "neglected", "neglects",
	"omitted", "refused", "refuses", "refusing", "declined", "declines", "declining")

// modals and hedges before a trigger make it hypothetical: not a fact.
var modals = set("might", "could", "would", "should", "may", "must", "can", "cannot", "will", "shall",
	"'d", "'ll", "wo", "ought", "preparing", "prepares")

// realizedVerbs before "to + trigger" still report an act ("decided to
// lift"), and negating ones report that it did not happen ("neglected to
// call", which modality marks negated); any other verb there ("wants to",
// "threatened to") states no act.
var realizedVerbs = set("decided", "decides", "agreed", "agrees", "moved", "managed", "began", "begun",
	"started", "continued", "chose", "opted", "proceeded", "went", "came", "used", "helped", "helps",
	"sought", "voted", "rushed", "refused", "declined", "neglected", "failed", "omitted", "ceased",
	"continues", "continue", "begins", "starts", "manages", "proceeds", "opts", "chooses", "refuses",
	"declines", "fails", "ceases", "decide", "agree")

// beForms before a participle mark the passive ("was singled out by").
var beForms = set("was", "were", "is", "are", "been", "be", "being", "got", "gets", "get")

// connectors join the mentions of one group: "Russia and China",
// "Iran-Saudi Arabia", "Doval and his Russian counterpart, Patrushev".
var connectors = set("and", ",", "&", "the", "both", "-", "/", "his", "her", "its", "their",
	"counterpart", "counterparts", "as", "well")

// pronouns that may stand for an earlier actor.
var objectPronouns = set("it", "its", "them", "their", "him", "her", "itself")

// anaphoricNouns after a trigger refer back to an earlier act ("turned
// down the demand"): its maker is the object.
var anaphoricNouns = set("demand", "demands", "request", "requests", "proposal", "offer", "invitation",
	"call", "calls", "plea", "appeal", "pressure", "move", "overture", "overtures")

// placeTopicPrepositions before a mention make it a place or a topic ("in
// the Kremlin", "on Afghanistan"), unless the trigger ends with them.
var placeTopicPrepositions = set("in", "at", "near", "inside", "on", "about", "over", "regarding",
	"concerning", "across", "within", "outside")

// subordinators open a clause that the next comma closes.
var subordinators = set("when", "while", "although", "though", "because", "if", "unless", "after",
	"before", "since", "as", "once", "until", "whereas")

// clauseClass tells, in one look-up per word, what a word does to clause
// structure (the hot loop of sentence analysis).
const (
	clauseWord = iota + 1
	reportWord
	denyWord
	thatWord
	andWord
)

var clauseClass = func() map[string]uint8 {
	m := map[string]uint8{"that": thatWord, "and": andWord}
	for w := range clauseWords {
		m[w] = clauseWord
	}
	for w := range reportingVerbs {
		m[w] = reportWord
	}
	for w := range denialVerbs {
		m[w] = denyWord
	}
	return m
}()

// pairNouns after "the two" or "both" stand for the last two actors named:
// "the two nations established a Joint Military Commission".
var pairNouns = set("nations", "countries", "sides", "governments", "states", "neighbours", "neighbors",
	"leaders", "capitals", "militaries", "armies", "allies", "powers", "partners", "guarantors", "parties",
	"signatories", "members", "rivals", "adversaries", "ministers", "presidents", "men", "women", "envoys", "diplomats")

// listGoesOn after a comma continues a list of objects: "powers, including
// Turkey and Russia".
var listGoesOn = set("and", "including", "notably", "especially", "particularly", "namely", "such", "both")

// lightVerbs carry a trigger noun as their object: the clause's subject
// does what the noun names ("Tokyo issued statements of support for Manila").
var lightVerbs = set("issued", "issues", "issue", "offered", "offers", "offer", "expressed", "expresses",
	"express", "voiced", "voices", "pledged", "pledges", "pledge", "gave", "gives", "give", "lent",
	"lends", "extended", "extends", "announced", "announces", "launched", "launches", "launch",
	"carried", "carries", "conducted", "conducts", "made", "makes", "reaffirmed", "reaffirms", "declared")

// requestNouns name a request or demand: refusing one reveals who pressed.
var requestNouns = set("demand", "demands", "request", "requests", "call", "calls", "appeal", "appeals",
	"plea", "pleas", "pressure", "ultimatum")

// timeWords make up a short time adverbial before a new subject: "the same
// day", "the following week", "later", "then".
var timeWords = set("the", "same", "following", "next", "previous", "day", "week", "month", "year", "night",
	"morning", "evening", "later", "then", "meanwhile", "afterwards", "subsequently", "that", "this",
	"last", "earlier")
