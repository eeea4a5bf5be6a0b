package cypher

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// scratch probe, not kept
func TestZZProbe(t *testing.T) {
	if os.Getenv("PROBE") == "" {
		t.Skip()
	}
	db := openTestDB(t)
	ds := synthetic(vocabulary(t), 100, 1000)
	l := db.loader()
	first := ds
	first.Documents = ds.Documents[:60]
	if _, err := l.Load(context.Background(), first); err != nil {
		t.Fatal(err)
	}
	_, plans, err := plan(ds, DefaultBatchSize)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	profile := os.Getenv("PROBE") == "profile"
	for _, p := range plans[60:66] {
		sess := db.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: db.srv.Database})
		tx, err := sess.BeginTransaction(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var line []string
		var edges time.Duration
		for i, st := range p.statements {
			text := st.text
			if profile {
				text = "PROFILE " + text
			}
			start := time.Now()
			res, err := tx.Run(ctx, text, st.params)
			if err != nil {
				t.Fatal(err)
			}
			sum, err := res.Consume(ctx)
			if err != nil {
				t.Fatal(err)
			}
			el := time.Since(start)
			if i >= 3 && i < len(p.statements)-1 {
				edges += el
			} else {
				line = append(line, fmt.Sprintf("s%d %v", i, el.Round(time.Millisecond)))
			}
			if profile && p.id == plans[65].id {
				fmt.Printf("--- statement %d\n", i)
				printPlan(sum.Profile(), 0)
			}
		}
		line = append(line, fmt.Sprintf("edges(%d) %v", len(p.statements)-4, edges.Round(time.Millisecond)))
		start := time.Now()
		if err := tx.Commit(ctx); err != nil {
			t.Fatal(err)
		}
		line = append(line, fmt.Sprintf("commit %v", time.Since(start).Round(time.Millisecond)))
		sess.Close(ctx)
		fmt.Println(p.id, strings.Join(line, "  "))
	}
}

func printPlan(p neo4j.ProfiledPlan, depth int) {
	if p == nil {
		return
	}
	args := p.Arguments()
	fmt.Printf("%s%s rows=%d hits=%d %v\n", strings.Repeat("  ", depth), p.Operator(), p.Records(), p.DbHits(), args["Details"])
	for _, c := range p.Children() {
		printPlan(c, depth+1)
	}
}

func TestZZPlanTime(t *testing.T) {
	ds := synthetic(vocabulary(t), 100, 1000)
	start := time.Now()
	if _, _, err := plan(ds, DefaultBatchSize); err != nil {
		t.Fatal(err)
	}
	fmt.Println("plan", time.Since(start))
}

type timingProgress struct{ last time.Time }

func (p *timingProgress) Start(int, int) { p.last = time.Now() }
func (p *timingProgress) Finish()        {}
func (p *timingProgress) Loaded(doc string, _ int, _ Summary) {
	fmt.Printf("%s %v\n", doc, time.Since(p.last).Round(time.Millisecond))
	p.last = time.Now()
}

func TestZZFullTimed(t *testing.T) {
	if os.Getenv("PROBE") == "" {
		t.Skip()
	}
	db := openTestDB(t)
	ds := synthetic(vocabulary(t), 100, 1000)
	l := db.loader()
	l.Load(context.Background(), warmup(ds))
	l.Progress = &timingProgress{}
	s, err := l.Load(context.Background(), ds)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Println(s, float64(s.Facts)/s.Elapsed.Seconds(), "facts/s")
}
