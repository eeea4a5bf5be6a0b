package cypher

import (
	"fmt"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// literal renders a parameter value as a Cypher literal. Strings are
// single-quoted with backslash escapes; control characters and the
// statement separator ';' are written as \uXXXX so that no tool that splits
// a script on ';' or on lines can cut a string in two. Other characters,
// any Unicode, are kept as they are (scripts are UTF-8).
func literal(v any) (string, error) {
	var b strings.Builder
	if err := writeLiteral(&b, v, ""); err != nil {
		return "", err
	}
	return b.String(), nil
}

// writeLiteral writes v; a list of maps is written one map per line,
// indented, so that diffs of a script show rows.
func writeLiteral(b *strings.Builder, v any, indent string) error {
	switch v := v.(type) {
	case nil:
		b.WriteString("null")
	case string:
		writeString(b, v)
	case bool:
		b.WriteString(strconv.FormatBool(v))
	case int:
		b.WriteString(strconv.Itoa(v))
	case int64:
		b.WriteString(strconv.FormatInt(v, 10))
	case float64:
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return fmt.Errorf("%v has no Cypher literal", v)
		}
		s := strconv.FormatFloat(v, 'f', -1, 64)
		if !strings.Contains(s, ".") {
			s += ".0"
		}
		b.WriteString(s)
	case []string:
		list := make([]any, len(v))
		for i, s := range v {
			list[i] = s
		}
		return writeLiteral(b, list, indent)
	case []int64:
		list := make([]any, len(v))
		for i, n := range v {
			list[i] = n
		}
		return writeLiteral(b, list, indent)
	case []float64:
		list := make([]any, len(v))
		for i, f := range v {
			list[i] = f
		}
		return writeLiteral(b, list, indent)
	case []any:
		return writeList(b, v, indent)
	case map[string]any:
		return writeMap(b, v, indent)
	default:
		return fmt.Errorf("no Cypher literal for %T", v)
	}
	return nil
}

func writeList(b *strings.Builder, list []any, indent string) error {
	rows := len(list) > 0
	for _, x := range list {
		if _, ok := x.(map[string]any); !ok {
			rows = false
		}
	}
	if !rows {
		b.WriteByte('[')
		for i, x := range list {
			if i > 0 {
				b.WriteString(", ")
			}
			if err := writeLiteral(b, x, indent); err != nil {
				return err
			}
		}
		b.WriteByte(']')
		return nil
	}
	inner := indent + "  "
	b.WriteString("[\n")
	for i, x := range list {
		b.WriteString(inner)
		if err := writeLiteral(b, x, inner); err != nil {
			return err
		}
		if i < len(list)-1 {
			b.WriteByte(',')
		}
		b.WriteByte('\n')
	}
	b.WriteString(indent + "]")
	return nil
}

var plainKey = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

func writeMap(b *strings.Builder, m map[string]any, indent string) error {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	b.WriteByte('{')
	for i, k := range keys {
		if i > 0 {
			b.WriteString(", ")
		}
		if plainKey.MatchString(k) {
			b.WriteString(k)
		} else {
			b.WriteString("`" + strings.ReplaceAll(k, "`", "``") + "`")
		}
		b.WriteString(": ")
		if err := writeLiteral(b, m[k], indent); err != nil {
			return err
		}
	}
	b.WriteByte('}')
	return nil
}

func writeString(b *strings.Builder, s string) {
	b.WriteByte('\'')
	for _, r := range s {
		switch {
		case r == '\'':
			b.WriteString(`\'`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f || r == ';' || r == 0x2028 || r == 0x2029 || r == 0xfeff:
			fmt.Fprintf(b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('\'')
}

var paramRef = regexp.MustCompile(`\$[A-Za-z_][A-Za-z0-9_]*`)

// inline replaces every $name in a statement with its value's literal. The
// statement texts are this package's own and hold no '$' in strings.
func inline(s statement) (string, error) {
	var err error
	text := paramRef.ReplaceAllStringFunc(s.text, func(ref string) string {
		v, ok := s.params[ref[1:]]
		if !ok {
			err = fmt.Errorf("statement uses %s but has no such parameter", ref)
			return ref
		}
		lit, lerr := literal(v)
		if lerr != nil && err == nil {
			err = fmt.Errorf("parameter %s: %w", ref, lerr)
		}
		return lit
	})
	return text, err
}
