package graph

// Modality says how a document reports a fact.
type Modality string

const (
	Asserted Modality = "asserted" // reported as fact
	Claimed  Modality = "claimed"  // an actor's claim ("Khan said that ...")
	Denied   Modality = "denied"   // an actor denies it
	Negated  Modality = "negated"  // the text says it did not happen ("has not helped")
)

// Happened reports whether a fact of this modality says the act took place
// (as fact or as someone's claim); only those edges carry alignment paths.
func (m Modality) Happened() bool { return m == Asserted || m == Claimed || m == "" }

// Fact is one extracted statement: subject –relation→ object on a date, with
// the sentence that says so. It is the stable record between extraction,
// rendering, loading and review (one JSON object per line).
type Fact struct {
	Doc        string    `json:"doc"`
	Sentence   int       `json:"sentence"`
	Subject    string    `json:"subject"`
	Relation   string    `json:"relation"`
	Object     string    `json:"object"`
	Date       Date      `json:"date"`
	Precision  Precision `json:"precision"`
	Modality   Modality  `json:"modality"`
	Confidence float64   `json:"confidence"`
	Evidence   string    `json:"evidence"`
	// Between lists every party of a mediation (relation "mediated").
	Between []string `json:"between,omitempty"`
	// Goods names what was bought or sold ("crude oil").
	Goods string `json:"goods,omitempty"`
	// Role is the office named by a holds_office fact.
	Role string `json:"role,omitempty"`
	// Trigger is the phrase that matched, for reviewers.
	Trigger string `json:"trigger,omitempty"`
}
