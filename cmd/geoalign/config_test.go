package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/cobra"

	"github.com/geoalign/geoalign/cypher"
)

// runConfigProbe runs geoalign with args plus a probe subcommand that
// records the Neo4j settings the real root command resolved.
func runConfigProbe(t *testing.T, args ...string) (cypher.Config, int, string) {
	t.Helper()
	var got cypher.Config
	saved := commands
	commands = append(commands[:len(commands):len(commands)], func(a *app) *cobra.Command {
		return &cobra.Command{Use: "probe", RunE: func(*cobra.Command, []string) error {
			got = a.neo4jConfig()
			return nil
		}}
	})
	t.Cleanup(func() { commands = saved })
	var stderr bytes.Buffer
	code := run(context.Background(), append([]string{"probe"}, args...), &bytes.Buffer{}, &stderr)
	return got, code, stderr.String()
}

// isolate runs the test in an empty folder with no GEOALIGN_NEO4J_* set.
func isolate(t *testing.T) string {
	dir := t.TempDir()
	t.Chdir(dir)
	for _, k := range []string{"URI", "USER", "PASSWORD", "DATABASE"} {
		t.Setenv("GEOALIGN_NEO4J_"+k, "")
	}
	return dir
}

const fileConfig = `neo4j:
  uri: neo4j+s://file.example:7687
  user: file-user
  password: file-password
  database: filedb
`

func TestNeo4jConfigPrecedence(t *testing.T) {
	for _, tc := range []struct {
		name string
		file bool
		env  map[string]string
		args []string
		want cypher.Config
	}{
		{name: "defaults",
			want: cypher.Config{URI: "bolt://localhost:7687", User: "neo4j", Password: "geoalign-dev", Database: "neo4j"}},
		{name: "file beats defaults", file: true,
			want: cypher.Config{URI: "neo4j+s://file.example:7687", User: "file-user", Password: "file-password", Database: "filedb"}},
		{name: "env beats file", file: true,
			env:  map[string]string{"URI": "bolt://env:7687", "USER": "env-user", "PASSWORD": "env-password", "DATABASE": "envdb"},
			want: cypher.Config{URI: "bolt://env:7687", User: "env-user", Password: "env-password", Database: "envdb"}},
		{name: "flag beats env", file: true,
			env:  map[string]string{"URI": "bolt://env:7687", "USER": "env-user", "PASSWORD": "env-password", "DATABASE": "envdb"},
			args: []string{"--neo4j-uri", "bolt://flag:7687", "--neo4j-user", "flag-user", "--neo4j-database", "flagdb"},
			want: cypher.Config{URI: "bolt://flag:7687", User: "flag-user", Password: "env-password", Database: "flagdb"}},
		{name: "each key from its own source", file: true,
			env:  map[string]string{"USER": "env-user"},
			args: []string{"--neo4j-database", "flagdb"},
			want: cypher.Config{URI: "neo4j+s://file.example:7687", User: "env-user", Password: "file-password", Database: "flagdb"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := isolate(t)
			if tc.file {
				if err := os.WriteFile(filepath.Join(dir, "geoalign.yaml"), []byte(fileConfig), 0o600); err != nil {
					t.Fatal(err)
				}
			}
			for k, v := range tc.env {
				t.Setenv("GEOALIGN_NEO4J_"+k, v)
			}
			got, code, stderr := runConfigProbe(t, tc.args...)
			if code != exitOK || got != tc.want {
				t.Errorf("exit %d, config %+v; want %+v\n%s", code, got, tc.want, stderr)
			}
		})
	}
}

func TestNeo4jConfigFileByFlag(t *testing.T) {
	isolate(t)
	path := filepath.Join(t.TempDir(), "elsewhere.yaml")
	if err := os.WriteFile(path, []byte(fileConfig), 0o600); err != nil {
		t.Fatal(err)
	}
	got, code, stderr := runConfigProbe(t, "--config", path)
	want := cypher.Config{URI: "neo4j+s://file.example:7687", User: "file-user", Password: "file-password", Database: "filedb"}
	if code != exitOK || got != want {
		t.Errorf("exit %d, config %+v; want %+v\n%s", code, got, want, stderr)
	}
}

func TestNeo4jPasswordIsNoFlag(t *testing.T) {
	isolate(t)
	_, code, stderr := runConfigProbe(t, "--neo4j-password", "secret")
	if code != exitUsage || !strings.Contains(stderr, "unknown flag: --neo4j-password") {
		t.Errorf("exit %d, stderr %q; want a usage error", code, stderr)
	}
}

func TestNeo4jDriverNeedsAURI(t *testing.T) {
	isolate(t)
	var err error
	saved := commands
	commands = append(commands[:len(commands):len(commands)], func(a *app) *cobra.Command {
		return &cobra.Command{Use: "probe", RunE: func(cmd *cobra.Command, _ []string) error {
			_, _, err = a.neo4jDriver(cmd.Context())
			return err
		}}
	})
	t.Cleanup(func() { commands = saved })
	var stderr bytes.Buffer
	code := run(context.Background(), []string{"probe", "--neo4j-uri", ""}, &bytes.Buffer{}, &stderr)
	if code != exitUsage || err == nil || !strings.Contains(stderr.String(), "no Neo4j URI") {
		t.Errorf("exit %d, stderr %q; want a usage error naming the missing URI", code, stderr.String())
	}
}
