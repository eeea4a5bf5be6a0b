package extract

import (
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/geoalign/geoalign/graph"
)

// dateMention is a date written in a sentence, resolved against the
// publication date, over tokens [start, end).
type dateMention struct {
	start, end int
	date       graph.Date
}

var weekdays = map[string]time.Weekday{
	"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday, "thursday": time.Thursday,
	"friday": time.Friday, "saturday": time.Saturday, "sunday": time.Sunday,
}

// monthCue are words after which a bare month name is a date ("in May"),
// since "May" and "March" are also ordinary words.
var monthCue = map[string]bool{
	"in": true, "since": true, "by": true, "until": true, "till": true, "early": true, "late": true,
	"mid": true, "of": true, "last": true, "this": true, "next": true, "from": true, "through": true,
	"during": true, "before": true, "after": true, "on": true, "-": true, "between": true, "and": true,
}

// findDates finds the dates of a sentence: explicit days, months and years
// ("Feb. 17", "May 7th, 2018", "August 2017", "in 2014", "by late 2021") and
// relative ones resolved against pub ("last week", "last month", "in August
// last year", "two years ago", "on Thursday"). Relative dates need a
// publication date; without one they are left out, never guessed. A bare
// month ("in May") takes the year of ctx, the date the paragraph is about,
// if there is one.
func findDates(toks []token, lex []*lexEntry, pub, ctx graph.Date) []dateMention {
	var out []dateMention
	for _, d := range writtenDates(toks, lex, pub, ctx) {
		if d.date.StartsAfter(pub) {
			continue // "through 2027", "next month": not yet an event
		}
		out = append(out, d)
	}
	return out
}

// dateWords are the words a written date may begin with, besides numbers:
// every word writtenDates looks at first.
func dateWords() []string {
	out := append(graph.MonthWords(), "the", "that", "last", "this", "earlier", "next", "past", "yesterday", "today")
	for w := range weekdays {
		out = append(out, w)
	}
	for w := range numberWords {
		out = append(out, w)
	}
	return out
}

// writtenDates finds the dates findDates keeps, and future ones. lex (the
// tokens' lexicon entries, or nil) lets it pass over words no date begins
// with at once.
func writtenDates(toks []token, lex []*lexEntry, pub, ctx graph.Date) []dateMention {
	var out []dateMention
	inCitation := citationSpans(toks)
	dateline := datelineEnd(toks)
	// last is the date an anaphoric phrase ("that same month", "the
	// following day", "three months later") refers to
	last := func() graph.Date {
		if len(out) > 0 {
			return out[len(out)-1].date
		}
		return ctx
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if inCitation != nil && inCitation[i] || i < dateline {
			continue
		}
		if t.kind == word && lex != nil && (lex[i] == nil || !lex[i].date) {
			continue
		}
		if t.lower == "the" || t.lower == "that" {
			if dm, ok := anaphoricDate(toks, i, last()); ok {
				out = append(out, dm)
				i = dm.end - 1
				continue
			}
		}
		switch {
		case i+2 < len(toks) && (toks[i+2].lower == "later" || toks[i+2].lower == "afterwards") && (t.kind == number || numberWords[t.lower] > 0):
			if dm, ok := laterDate(toks, i, last()); ok {
				out = append(out, dm)
				i = dm.end - 1
			}
		case t.kind == number && i+1 < len(toks) && !isYear(t.lower) && isCapitalized(toks[i+1].text) && graph.MonthNumber(toks[i+1].lower) > 0:
			// "on 5 March", "2 March 2022"
			if d, err := strconv.Atoi(t.lower); err == nil && d >= 1 && d <= 31 {
				if dm, ok := monthDate(toks, i+1, pub, ctx); ok {
					dm.start = i
					dm.date.Day = d
					out = append(out, dm)
					i = dm.end - 1
					continue
				}
				if dm, ok := bareMonth(toks, i+1, d, pub, ctx); ok {
					dm.start = i
					out = append(out, dm)
					i = dm.end - 1
				}
			}
		case t.kind == number && isYear(t.lower):
			y, _ := strconv.Atoi(t.lower)
			out = append(out, dateMention{start: i, end: i + 1, date: graph.Date{Year: y}})
		case t.kind == word && len(t.lower) >= 3 && strings.IndexByte("jfmasond", t.lower[0]) >= 0 && isCapitalized(t.text) && graph.MonthNumber(t.lower) > 0:
			if dm, ok := monthDate(toks, i, pub, ctx); ok {
				out = append(out, dm)
				i = dm.end - 1
			}
		case t.lower == "last" || t.lower == "this" || t.lower == "earlier" || t.lower == "next" || t.lower == "past":
			if dm, ok := relativeDate(toks, i, pub); ok {
				out = append(out, dm)
				i = dm.end - 1
			}
		case t.kind == word && (t.lower == "yesterday" || t.lower == "today"):
			if pub.Precision() == graph.PrecisionDay {
				d := dayOf(pub)
				if t.lower == "yesterday" {
					d = d.AddDate(0, 0, -1)
				}
				out = append(out, dateMention{start: i, end: i + 1, date: fromTime(d, graph.PrecisionDay)})
			} else if !pub.IsZero() {
				out = append(out, dateMention{start: i, end: i + 1, date: pub})
			}
		case t.kind == word && strings.HasSuffix(t.lower, "day") && isCapitalized(t.text) && (weekdays[t.lower] != 0 || t.lower == "sunday"):
			if pub.IsZero() {
				continue
			}
			if pub.Precision() == graph.PrecisionDay {
				// "on Friday" in a Friday paper is that day
				d := dayOf(pub)
				for k := 0; k < 7; k++ {
					if c := d.AddDate(0, 0, -k); c.Weekday() == weekdays[t.lower] {
						out = append(out, dateMention{start: i, end: i + 1, date: fromTime(c, graph.PrecisionDay)})
						break
					}
				}
			} else {
				out = append(out, dateMention{start: i, end: i + 1, date: pub})
			}
		case t.kind == number && i+2 < len(toks) && toks[i+2].lower == "ago":
			if dm, ok := agoDate(toks, i, pub); ok {
				dm = agoThisMonth(toks, dm, pub)
				out = append(out, dm)
				i = dm.end - 1
			}
		case t.kind == word && i+2 < len(toks) && toks[i+2].lower == "ago" && numberWords[t.lower] > 0:
			if dm, ok := agoDate(toks, i, pub); ok {
				dm = agoThisMonth(toks, dm, pub)
				out = append(out, dm)
				i = dm.end - 1
			}
		}
	}
	return out
}

// anaphoricTime reads a sentence that opens with "The year", "That year",
// "The same year" or "That month": it continues the time last spoken of,
// at the precision it names.
func anaphoricTime(toks []token, last graph.Date) (graph.Date, bool) {
	if len(toks) < 2 || last.IsZero() {
		return graph.Date{}, false
	}
	a, b := toks[0].lower, toks[1].lower
	if b == "same" && len(toks) > 2 {
		b = toks[2].lower
	}
	if a != "the" && a != "that" {
		return graph.Date{}, false
	}
	switch b {
	case "year":
		return graph.Date{Year: last.Year}, true
	case "month":
		if last.Month > 0 {
			return graph.Date{Year: last.Year, Month: last.Month}, true
		}
	}
	return graph.Date{}, false
}

func isYear(s string) bool {
	if len(s) != 4 {
		return false
	}
	y, err := strconv.Atoi(s)
	return err == nil && y >= 1900 && y <= 2100
}

// monthDate reads a date starting with a month name at i.
func monthDate(toks []token, i int, pub, ctx graph.Date) (dateMention, bool) {
	month := graph.MonthNumber(toks[i].lower)
	j := i + 1
	day := 0
	if j < len(toks) && toks[j].kind == number {
		if d, err := strconv.Atoi(strings.TrimRight(toks[j].lower, "stndrh")); err == nil && d >= 1 && d <= 31 && !isYear(toks[j].lower) {
			day = d
			j++
			if j < len(toks) && toks[j].lower == "," {
				j++
			}
		}
	}
	if j < len(toks) && toks[j].kind == number && isYear(toks[j].lower) {
		y, _ := strconv.Atoi(toks[j].lower)
		return dateMention{start: i, end: j + 1, date: graph.Date{Year: y, Month: month, Day: day}}, true
	}
	if day > 0 && j > i+1 && toks[j-1].lower == "," {
		j--
	}
	// "in August last year", "in March this year"
	if j+1 < len(toks) && (toks[j].lower == "last" || toks[j].lower == "this" || toks[j].lower == "next") && toks[j+1].lower == "year" {
		if pub.IsZero() {
			return dateMention{}, false
		}
		y := pub.Year + map[string]int{"last": -1, "this": 0, "next": 1}[toks[j].lower]
		return dateMention{start: i, end: j + 2, date: graph.Date{Year: y, Month: month, Day: day}}, true
	}
	// a bare month is a date only with a day ("Feb 22") or after a cue ("in May")
	if day == 0 && (i == 0 || !monthCue[toks[i-1].lower]) {
		return dateMention{}, false
	}
	return bareMonthEnd(i, j, month, day, toks, pub, ctx)
}

// bareMonth reads a month with no year at i, on day day ("on 5 March").
func bareMonth(toks []token, i, day int, pub, ctx graph.Date) (dateMention, bool) {
	return bareMonthEnd(i, i+1, graph.MonthNumber(toks[i].lower), day, toks, pub, ctx)
}

// bareMonthEnd dates a month (and day) written without a year, over tokens
// [i, j): "last August" is the latest August before publication; otherwise
// the year of the paragraph, else of publication.
func bareMonthEnd(i, j, month, day int, toks []token, pub, ctx graph.Date) (dateMention, bool) {
	if i > 0 && toks[i-1].lower == "last" && !pub.IsZero() && pub.Month > 0 {
		y := pub.Year
		if month >= pub.Month {
			y--
		}
		return dateMention{start: i - 1, end: j, date: graph.Date{Year: y, Month: month, Day: day}}, true
	}
	if !ctx.IsZero() {
		d := graph.Date{Year: ctx.Year, Month: month, Day: day}
		if d.StartsAfter(pub) {
			d.Year-- // nothing is reported before it happens
		}
		return dateMention{start: i, end: j, date: d}, true
	}
	if pub.IsZero() {
		return dateMention{}, false
	}
	y := pub.Year
	if pub.Month > 0 && month > pub.Month {
		y-- // "in August" in an April article is last August
	}
	return dateMention{start: i, end: j, date: graph.Date{Year: y, Month: month, Day: day}}, true
}

// relativeDate reads "last week|month|year", "this month|year", "earlier
// this month|year", "next month|year".
func relativeDate(toks []token, i int, pub graph.Date) (dateMention, bool) {
	j := i
	if toks[j].lower == "earlier" || toks[j].lower == "later" {
		j++
	}
	if j+1 >= len(toks) {
		return dateMention{}, false
	}
	rel, unit := toks[j].lower, toks[j+1].lower
	if rel == "past" {
		rel = "this" // "in the past year": the year up to publication
	}
	if rel != "last" && rel != "this" && rel != "next" {
		return dateMention{}, false
	}
	if pub.IsZero() {
		return dateMention{}, false
	}
	step := map[string]int{"last": -1, "this": 0, "next": 1}[rel]
	end := j + 2
	switch unit {
	case "year":
		return dateMention{start: i, end: end, date: graph.Date{Year: pub.Year + step}}, true
	case "month":
		if pub.Month == 0 {
			return dateMention{}, false
		}
		t := time.Date(pub.Year, time.Month(pub.Month)+time.Month(step), 1, 0, 0, 0, 0, time.UTC)
		return dateMention{start: i, end: end, date: fromTime(t, graph.PrecisionMonth)}, true
	case "week", "weekend":
		if pub.Month == 0 {
			return dateMention{start: i, end: end, date: pub}, true
		}
		if pub.Day == 0 {
			return dateMention{start: i, end: end, date: graph.Date{Year: pub.Year, Month: pub.Month}}, true
		}
		// a week is vaguer than a day: keep the month it falls in
		t := dayOf(pub).AddDate(0, 0, 7*step)
		return dateMention{start: i, end: end, date: fromTime(t, graph.PrecisionMonth)}, true
	}
	if wd, ok := weekdays[unit]; ok && rel == "last" && pub.Precision() == graph.PrecisionDay {
		d := dayOf(pub)
		for k := 1; k <= 7; k++ {
			if c := d.AddDate(0, 0, -k); c.Weekday() == wd {
				return dateMention{start: i, end: end, date: fromTime(c, graph.PrecisionDay)}, true
			}
		}
	}
	return dateMention{}, false
}

var numberWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "a": 1, "several": 0,
}

// agoDate reads "two years ago", "3 months ago", "a week ago".
func agoDate(toks []token, i int, pub graph.Date) (dateMention, bool) {
	n := numberWords[toks[i].lower]
	if toks[i].kind == number {
		n, _ = strconv.Atoi(toks[i].lower)
	}
	if n <= 0 || pub.IsZero() {
		return dateMention{}, false
	}
	unit := strings.TrimSuffix(toks[i+1].lower, "s")
	switch unit {
	case "year":
		return dateMention{start: i, end: i + 3, date: graph.Date{Year: pub.Year - n}}, true
	case "month":
		if pub.Month == 0 {
			return dateMention{start: i, end: i + 3, date: graph.Date{Year: pub.Year}}, true
		}
		t := time.Date(pub.Year, time.Month(pub.Month-n), 1, 0, 0, 0, 0, time.UTC)
		return dateMention{start: i, end: i + 3, date: fromTime(t, graph.PrecisionMonth)}, true
	case "week", "day":
		if pub.Day == 0 {
			return dateMention{start: i, end: i + 3, date: pub}, true
		}
		days := n
		if unit == "week" {
			days = 7 * n
		}
		t := dayOf(pub).AddDate(0, 0, -days)
		p := graph.PrecisionDay
		if unit == "week" {
			p = graph.PrecisionMonth
		}
		return dateMention{start: i, end: i + 3, date: fromTime(t, p)}, true
	}
	return dateMention{}, false
}

// citationSpans marks tokens inside academic citations such as
// "(Hussain & Fatima, 2015)", whose years date a publication, not an event.
func citationSpans(toks []token) []bool {
	var marks []bool // nil when there are none, as in most sentences
	for i := 0; i < len(toks); i++ {
		if toks[i].lower != "(" {
			continue
		}
		j := i + 1
		for j < len(toks) && toks[j].lower != ")" && j-i < 30 {
			j++
		}
		if j >= len(toks) || toks[j].lower != ")" {
			continue
		}
		// "..., 2015)" or "Name 2015)" after a capitalised name
		y := j - 1
		if y > i && toks[y].kind == number && isYear(strings.TrimRight(toks[y].lower, "abc")) && y-1 > i &&
			(toks[y-1].lower == "," || isCapitalized(toks[y-1].text) || toks[y-1].lower == "al") {
			if marks == nil {
				marks = make([]bool, len(toks))
			}
			for k := i; k <= j; k++ {
				marks[k] = true
			}
		}
	}
	return marks
}

func dayOf(d graph.Date) time.Time {
	return time.Date(d.Year, time.Month(max(d.Month, 1)), max(d.Day, 1), 0, 0, 0, 0, time.UTC)
}

func fromTime(t time.Time, p graph.Precision) graph.Date {
	switch p {
	case graph.PrecisionYear:
		return graph.Date{Year: t.Year()}
	case graph.PrecisionMonth:
		return graph.Date{Year: t.Year(), Month: int(t.Month())}
	}
	return graph.Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
}

// datelineEnd is the token after a news dateline ("ANKARA, Nov. 16 —",
// "SEOUL, June 19 (Reuters) —"): its date is the publication's, not an
// event's. 0 when the sentence has none.
func datelineEnd(toks []token) int {
	for i := 0; i < len(toks) && i < 12; i++ {
		switch w := toks[i].lower; {
		case w == "—" || w == "--" || w == "–":
			if i >= 3 && toks[1].lower == "," || i >= 3 && toks[0].kind == word && !hasLower(toks[0].text) {
				return i + 1
			}
			return 0
		case toks[i].kind == word && i == 0 && hasLower(toks[i].text):
			return 0 // a dateline opens with the city in capitals
		}
	}
	return 0
}

// anaphoricUnits are what "the same …", "that …", "the following …" can
// refer back to.
var anaphoricUnits = map[string]graph.Precision{
	"day": graph.PrecisionDay, "night": graph.PrecisionDay, "morning": graph.PrecisionDay,
	"evening": graph.PrecisionDay, "afternoon": graph.PrecisionDay, "week": graph.PrecisionMonth,
	"month": graph.PrecisionMonth, "year": graph.PrecisionYear,
}

// anaphoricDate reads "the same day", "that same month", "that year", "the
// following day", "the next morning", "the previous day", "the day before",
// "the day after" at i, relative to the date last mentioned.
func anaphoricDate(toks []token, i int, last graph.Date) (dateMention, bool) {
	if last.IsZero() || (toks[i].lower != "the" && toks[i].lower != "that") || i+1 >= len(toks) {
		return dateMention{}, false
	}
	j := i + 1
	step := 0
	switch toks[j].lower {
	case "same":
		j++
	case "following", "next":
		step = 1
		j++
	case "previous", "preceding":
		step = -1
		j++
	}
	if j >= len(toks) {
		return dateMention{}, false
	}
	unit := toks[j].lower
	p, ok := anaphoricUnits[unit]
	if !ok {
		return dateMention{}, false
	}
	if toks[i].lower == "that" && step != 0 {
		return dateMention{}, false
	}
	if toks[i].lower == "the" && step == 0 && toks[i+1].lower != "same" {
		// "the day before/after"
		if j+1 < len(toks) && (toks[j+1].lower == "before" || toks[j+1].lower == "after") && p == graph.PrecisionDay {
			step = map[string]int{"before": -1, "after": 1}[toks[j+1].lower]
			j++
		} else {
			return dateMention{}, false
		}
	}
	if toks[i].lower == "that" && unit != "day" && unit != "month" && unit != "year" && unit != "week" && unit != "night" {
		return dateMention{}, false
	}
	d, ok := shiftDate(last, unit, step, p)
	if !ok {
		return dateMention{}, false
	}
	return dateMention{start: i, end: j + 1, date: d}, true
}

// laterDate reads "three months later", "two days later" at i, after the
// date last mentioned.
func laterDate(toks []token, i int, last graph.Date) (dateMention, bool) {
	if last.IsZero() {
		return dateMention{}, false
	}
	n := numberWords[toks[i].lower]
	if toks[i].kind == number {
		n, _ = strconv.Atoi(toks[i].lower)
	}
	unit := strings.TrimSuffix(toks[i+1].lower, "s")
	p, ok := anaphoricUnits[unit]
	if n <= 0 || !ok || unit == "night" || unit == "morning" {
		return dateMention{}, false
	}
	d, ok := shiftDate(last, unit, n, p)
	if !ok {
		return dateMention{}, false
	}
	return dateMention{start: i, end: i + 3, date: d}, true
}

// shiftDate moves d by n units, at no finer precision than d has.
func shiftDate(d graph.Date, unit string, n int, p graph.Precision) (graph.Date, bool) {
	t := dayOf(d)
	switch unit {
	case "day", "night", "morning", "evening", "afternoon":
		if d.Day == 0 {
			if n != 0 {
				return graph.Date{}, false
			}
			return d, true
		}
		t = t.AddDate(0, 0, n)
	case "week":
		if d.Month == 0 {
			return graph.Date{}, false
		}
		t = t.AddDate(0, 0, 7*n)
	case "month":
		if d.Month == 0 {
			if n != 0 {
				return graph.Date{}, false
			}
			return d, true
		}
		t = time.Date(t.Year(), t.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
	case "year":
		t = time.Date(t.Year()+n, t.Month(), 1, 0, 0, 0, 0, time.UTC)
	}
	return fromTime(t, coarser(p, d.Precision())), true
}

// coarser is the less precise of two precisions.
func coarser(a, b graph.Precision) graph.Precision {
	rank := map[graph.Precision]int{graph.PrecisionYear: 0, graph.PrecisionMonth: 1, graph.PrecisionDay: 2}
	if rank[a] < rank[b] {
		return a
	}
	return b
}

// agoThisMonth reads "three years ago this month": the year back, in the
// publication's month.
func agoThisMonth(toks []token, dm dateMention, pub graph.Date) dateMention {
	if dm.end+1 < len(toks) && toks[dm.end].lower == "this" && toks[dm.end+1].lower == "month" && pub.Month > 0 && dm.date.Month == 0 {
		dm.date.Month = pub.Month
		dm.end += 2
	}
	return dm
}

// hasLower reports a lower-case letter in s (as strings.ToUpper(s) != s
// would, without building the upper-case copy).
func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}
