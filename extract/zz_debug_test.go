package extract

import (
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/geoalign/geoalign/dict"
)

func TestZZDebug(t *testing.T) {
	s := os.Getenv("ZZ")
	if s == "" {
		t.Skip()
	}
	d, _ := dict.Default(context.Background())
	x, _ := New(d)
	a := x.analyse(s, nil)
	for i, tk := range a.toks {
		fmt.Printf("%d:%s", i, tk.text)
		if a.boundary[i] {
			fmt.Print("|B")
		}
		if a.at[i] >= 0 {
			fmt.Printf("|M%d", a.at[i])
		}
		fmt.Print(" ")
	}
	fmt.Println()
}
