package extract

// The measured figures on testdata/eval, less a small margin: a change that
// drops below them has made extraction worse on unseen text.
const (
	evalPrecisionFloor = 0.90
	evalRecallFloor    = 0.50
)
