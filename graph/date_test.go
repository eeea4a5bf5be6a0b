package graph

import "testing"

func TestStartsAfterAgreesWithStartAndEnd(t *testing.T) {
	dates := []Date{{}, {Year: 2023}, {Year: 2023, Month: 2}, {Year: 2023, Month: 2, Day: 28}, {Year: 2023, Month: 3},
		{Year: 2023, Month: 3, Day: 1}, {Year: 2023, Month: 12, Day: 31}, {Year: 2024}, {Year: 2024, Month: 2, Day: 29}, {Year: 2022, Month: 12}}
	for _, d := range dates {
		for _, o := range dates {
			want := !d.IsZero() && !o.IsZero() && d.Start() > o.End()
			if got := d.StartsAfter(o); got != want {
				t.Errorf("%v.StartsAfter(%v) = %v, want %v", d, o, got, want)
			}
		}
	}
}
