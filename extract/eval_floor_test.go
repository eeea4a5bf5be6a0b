package extract

// The measured figures less a small margin: a change that drops below them
// has made extraction worse.

// Over testdata/eval 01-15, which is mostly tuning data by now (see its
// README), so this floor guards against regressions, not for generality.
const (
	evalPrecisionFloor = 0.91
	evalRecallFloor    = 0.65
)

// Over the second blind set, testdata/blind (documents 31-38), which is
// scored and never tuned on: the figure for unseen text.
const (
	blindPrecisionFloor = 0.82
	blindRecallFloor    = 0.40
)

// Over the third blind set, testdata/blind3 (documents 61-68), written in
// the third session by an author who never saw the extractor, scored and
// never tuned on: set from its scores less a margin.
const (
	blind3PrecisionFloor = 0.84
	blind3RecallFloor    = 0.38
)

// Over the fourth blind set, testdata/blind4 (documents 71-78), written in
// the eighth session by an author who never saw the extractor, scored and
// never tuned on. The extractor of the session start scored precision
// 0.846, recall 0.405 on it.
const (
	blind4PrecisionFloor = 0.82
	blind4RecallFloor    = 0.38
)
