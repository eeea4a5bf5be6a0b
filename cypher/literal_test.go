package cypher

import (
	"strings"
	"testing"
)

func TestLiteral(t *testing.T) {
	for _, tc := range []struct {
		in   any
		want string
	}{
		{nil, "null"},
		{"plain", "'plain'"},
		{`it's`, `'it\'s'`},
		{`say "hi"`, `'say "hi"'`},
		{`back\slash`, `'back\\slash'`},
		{"a;b", `'a\u003Bb'`},
		{"line\nbreak\r\ttab", `'line\nbreak\r\ttab'`},
		{"bell\a nul\x00", `'bell\u0007 nul\u0000'`},
		{"₽ 😀 é", "'₽ 😀 é'"},
		{"sep\u2028", `'sep\u2028'`},
		{"$rows", "'$rows'"},
		{int64(-7), "-7"},
		{3, "3"},
		{0.85, "0.85"},
		{1.0, "1.0"},
		{true, "true"},
		{[]string{"a", "b'"}, `['a', 'b\'']`},
		{[]int64{3, -1}, "[3, -1]"},
		{[]float64{0.5, 1}, "[0.5, 1.0]"},
		{[]any{}, "[]"},
		{map[string]any{"b": 1, "a": "x", "odd key": nil}, "{a: 'x', b: 1, `odd key`: null}"},
		{[]any{map[string]any{"id": "x"}, map[string]any{"id": "y"}}, "[\n  {id: 'x'},\n  {id: 'y'}\n]"},
	} {
		got, err := literal(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("literal(%#v) = %s, %v; want %s", tc.in, got, err, tc.want)
		}
	}
}

func TestLiteralRejects(t *testing.T) {
	for _, in := range []any{struct{}{}, []int{1}} {
		if got, err := literal(in); err == nil {
			t.Errorf("literal(%#v) = %s, want an error", in, got)
		}
	}
}

func TestInline(t *testing.T) {
	got, err := inline(statement{text: "MATCH (d {id: $id}) SET d.x = $x, d.id2 = $id", params: map[string]any{"id": "a$x", "x": int64(1)}})
	if want := "MATCH (d {id: 'a$x'}) SET d.x = 1, d.id2 = 'a$x'"; err != nil || got != want {
		t.Errorf("inline = %q, %v; want %q", got, err, want)
	}
	if _, err := inline(statement{text: "RETURN $missing"}); err == nil || !strings.Contains(err.Error(), "$missing") {
		t.Errorf("inline with a missing parameter: %v", err)
	}
}

func TestQuoteNameRefusesInjection(t *testing.T) {
	for _, name := range []string{"HELD`]->() DETACH DELETE n //", "", "A B", "1ABC"} {
		if q, err := quoteName(name); err == nil {
			t.Errorf("quoteName(%q) = %s, want an error", name, q)
		}
	}
	if q, err := quoteName("HELD_EXERCISES_WITH"); err != nil || q != "`HELD_EXERCISES_WITH`" {
		t.Errorf("quoteName = %s, %v", q, err)
	}
}
