package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"
)

func init() {
	// A subcommand's own PersistentPreRunE must not skip the root's config loading.
	cobra.EnableTraverseRunHooks = true
}

// app is what every command shares: its configuration and output streams.
type app struct {
	cfg            *viper.Viper
	stdout, stderr io.Writer
}

// Config keys. Each is also a flag (dots become dashes), an environment
// variable (GEOALIGN_ + upper case, dots become underscores) and a key in
// geoalign.yaml. Precedence: flag > env > file > default.
const (
	keyConfig    = "config"
	keyDict      = "dict"
	keyPublished = "published"
	keyManifest  = "manifest"
	keyEngine    = "engine"
	keyURI       = "neo4j.uri"
	keyUser      = "neo4j.user"
	keyPassword  = "neo4j.password"
	keyDatabase  = "neo4j.database"
)

func newRootCmd(stdout, stderr io.Writer) *cobra.Command {
	a := &app{cfg: viper.New(), stdout: stdout, stderr: stderr}
	root := &cobra.Command{
		Use:           "geoalign",
		Short:         "Turn documents about international relations into a graph and explain alignments",
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			return a.loadConfig(cmd)
		},
	}
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	pf := root.PersistentFlags()
	pf.String(keyConfig, "", "config file (default: ./geoalign.yaml if present)")
	pf.StringSlice(keyDict, nil, "extra dictionary files or folders, on top of the built-in ones")
	pf.String(keyPublished, "", "publication date (YYYY, YYYY-MM or YYYY-MM-DD) for documents with no manifest entry or Published line")
	pf.String(keyManifest, "", "manifest file to use instead of the documents.yaml beside the documents")
	pf.String(keyEngine, "embedded", "query engine: embedded (in process, from the documents) or neo4j")
	pf.String(flagName(keyURI), "bolt://localhost:7687", "Neo4j URI (bolt://, neo4j://, neo4j+s://)")
	pf.String(flagName(keyUser), "neo4j", "Neo4j user")
	pf.String(flagName(keyDatabase), "neo4j", "Neo4j database")
	// The development password of docker-compose.yml and neo4j/run-local.sh, so
	// that `docker compose up -d && geoalign load` works as it stands; real
	// servers set GEOALIGN_NEO4J_PASSWORD or neo4j.password in geoalign.yaml.
	a.cfg.SetDefault(keyPassword, "geoalign-dev")

	for _, c := range commands {
		root.AddCommand(c(a))
	}
	return root
}

// commands are the subcommand constructors; each file registers its own.
var commands []func(*app) *cobra.Command

func flagName(key string) string { return strings.ReplaceAll(key, ".", "-") }

// loadConfig binds every flag (so env and file values reach them), then
// reads the config file.
func (a *app) loadConfig(cmd *cobra.Command) error {
	v := a.cfg
	v.SetEnvPrefix("GEOALIGN")
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_", "-", "_"))
	v.AutomaticEnv()
	var bindErr error
	cmd.Flags().VisitAll(func(f *pflag.Flag) {
		key := strings.Replace(f.Name, "neo4j-", "neo4j.", 1)
		if err := v.BindPFlag(key, f); err != nil && bindErr == nil {
			bindErr = err
		}
	})
	if bindErr != nil {
		return bindErr
	}
	if err := v.BindEnv(keyPassword); err != nil {
		return err
	}
	if path := v.GetString(keyConfig); path != "" {
		v.SetConfigFile(path)
		if err := v.ReadInConfig(); err != nil {
			return fmt.Errorf("config %s: %w", path, err)
		}
		return nil
	}
	// Only ./geoalign.yaml: a bare config name would also find the built
	// binary ./geoalign and try to parse it.
	if _, err := os.Stat("geoalign.yaml"); err == nil {
		v.SetConfigFile("geoalign.yaml")
		if err := v.ReadInConfig(); err != nil {
			return fmt.Errorf("config geoalign.yaml: %w", err)
		}
	}
	return nil
}

// isCobraUsage recognises cobra's own argument errors.
func isCobraUsage(err error) bool {
	s := err.Error()
	return strings.HasPrefix(s, "unknown command") || strings.HasPrefix(s, "accepts ") ||
		strings.HasPrefix(s, "requires ") || strings.Contains(s, "unknown flag") || strings.Contains(s, "unknown shorthand")
}
