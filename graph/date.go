package graph

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// Precision says how much of a Date is known.
type Precision string

const (
	PrecisionNone  Precision = ""
	PrecisionYear  Precision = "year"
	PrecisionMonth Precision = "month"
	PrecisionDay   Precision = "day"
)

// Date is a calendar date known to year, month or day precision. The zero
// Date is "undated": the text gave no date and none could be resolved.
type Date struct {
	Year, Month, Day int
}

// Precision reports how much of d is known.
func (d Date) Precision() Precision {
	switch {
	case d.Year == 0:
		return PrecisionNone
	case d.Month == 0:
		return PrecisionYear
	case d.Day == 0:
		return PrecisionMonth
	}
	return PrecisionDay
}

// IsZero reports whether d is undated.
func (d Date) IsZero() bool { return d.Year == 0 }

// String renders d as ISO 8601 to its precision: "2016", "2023-02", "2023-02-17".
func (d Date) String() string {
	switch d.Precision() {
	case PrecisionYear:
		return fmt.Sprintf("%04d", d.Year)
	case PrecisionMonth:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	case PrecisionDay:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	}
	return ""
}

// Start is the first day d may denote, as "YYYY-MM-DD" ("" when undated).
func (d Date) Start() string {
	if d.IsZero() {
		return ""
	}
	m, day := max(d.Month, 1), max(d.Day, 1)
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, m, day)
}

// End is the last day d may denote, as "YYYY-MM-DD" ("" when undated).
func (d Date) End() string {
	switch d.Precision() {
	case PrecisionYear:
		return fmt.Sprintf("%04d-12-31", d.Year)
	case PrecisionMonth:
		last := time.Date(d.Year, time.Month(d.Month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, last)
	case PrecisionDay:
		return d.Start()
	}
	return ""
}

// StartsAfter reports whether d's first day is after other's last day, as
// comparing Start with End would, without formatting either; false when
// either is undated.
func (d Date) StartsAfter(other Date) bool {
	if d.IsZero() || other.IsZero() {
		return false
	}
	return d.firstDay() > other.lastDay()
}

// firstDay and lastDay are Start and End as yyyymmdd numbers, which
// order as the strings do. lastDay gives a month day 31: no first day
// lies beyond a month's real last, so comparisons come out the same.
func (d Date) firstDay() int { return d.Year*10000 + max(d.Month, 1)*100 + max(d.Day, 1) }

func (d Date) lastDay() int {
	m, day := d.Month, d.Day
	if m == 0 {
		m = 12
	}
	if day == 0 {
		day = 31
	}
	return d.Year*10000 + m*100 + day
}

// Contains reports whether every day of other lies within d, e.g. 2016
// contains 2016-05. Two facts are about the same event only if one
// date contains the other.
func (d Date) Contains(other Date) bool {
	return strings.HasPrefix(other.String(), d.String())
}

// ParseDate reads "2016", "2023-02" or "2023-02-17". The empty string is the
// zero (undated) Date.
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, nil
	}
	parts := strings.Split(s, "-")
	if len(parts) > 3 {
		return Date{}, fmt.Errorf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	var n [3]int
	for i, p := range parts {
		want := 2
		if i == 0 {
			want = 4
		}
		v, err := strconv.Atoi(p)
		if err != nil || len(p) != want {
			return Date{}, fmt.Errorf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
		}
		n[i] = v
	}
	d := Date{Year: n[0], Month: n[1], Day: n[2]}
	if d.Year < 1 || d.Month > 12 || (len(parts) > 1 && d.Month < 1) || (len(parts) > 2 && d.Day < 1) {
		return Date{}, fmt.Errorf("date %q: no such date", s)
	}
	if d.Day > 0 {
		t := time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
		if t.Day() != d.Day {
			return Date{}, fmt.Errorf("date %q: no such date", s)
		}
	}
	return d, nil
}

// MustDate is ParseDate for literals known to be valid.
func MustDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// MarshalText writes d as String does.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads d as ParseDate does.
func (d *Date) UnmarshalText(b []byte) error {
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

var monthNames = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// MonthWords are the lower-case month names and abbreviations MonthNumber
// reads.
func MonthWords() []string {
	out := make([]string, 0, len(monthNames))
	for w := range monthNames {
		out = append(out, w)
	}
	return out
}

// MonthNumber reads a month name or its abbreviation ("Feb", "Sept"),
// in any case; 0 if s is not one.
func MonthNumber(s string) int {
	if n, ok := monthNames[s]; ok { // already lower case: the extractor's hot path
		return n
	}
	if !strings.ContainsFunc(s, func(r rune) bool { return r == '.' || unicode.IsUpper(r) }) {
		return 0 // lower case and not a month: nothing to normalise
	}
	return monthNames[strings.ToLower(strings.TrimSuffix(s, "."))]
}
