package extract

// The measured figures less a small margin: a change that drops below them
// has made extraction worse.

// Over testdata/eval 01-15, which is mostly tuning data by now (see its
// README), so this floor guards against regressions, not for generality.
const (
	evalPrecisionFloor = 0.91
	evalRecallFloor    = 0.68
)

// Over testdata/blind (documents 31-38), blind until the eighth session,
// then opened for tuning (its errors print under -v): a regression floor.
const (
	blindPrecisionFloor = 0.86
	blindRecallFloor    = 0.46
)

// Over testdata/blind3 (documents 61-68), blind until the eighth session,
// then opened for tuning: a regression floor.
const (
	blind3PrecisionFloor = 0.90
	blind3RecallFloor    = 0.47
)

// Over the fourth blind set, testdata/blind4 (documents 71-78), written in
// the eighth session by an author who never saw the extractor, scored and
// never tuned on (its errors are never printed). The extractor of the
// session start scored precision 0.846 (121/143), recall 0.405 (122/301);
// the session's end 0.846 (126/149), 0.422 (127/301).
const (
	blind4PrecisionFloor = 0.82
	blind4RecallFloor    = 0.40
)
