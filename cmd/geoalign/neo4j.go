package main

import (
	"context"
	"fmt"

	"github.com/geoalign/geoalign/cypher"
)

// neo4jConfig reads the connection settings: flags (--neo4j-uri,
// --neo4j-user, --neo4j-database) beat GEOALIGN_NEO4J_* variables, which beat
// geoalign.yaml, which beats the defaults. The password has no flag, since
// flags show in `ps`: GEOALIGN_NEO4J_PASSWORD or neo4j.password in the file.
func (a *app) neo4jConfig() cypher.Config {
	return cypher.Config{
		URI:      a.cfg.GetString(keyURI),
		User:     a.cfg.GetString(keyUser),
		Password: a.cfg.GetString(keyPassword),
		Database: a.cfg.GetString(keyDatabase),
	}
}

// neo4jDriver opens the process's one driver, checked to reach the server
// and the database, and returns it with the database to use. The caller
// closes it. Errors are one line saying what to do.
func (a *app) neo4jDriver(ctx context.Context) (cypher.Driver, string, error) {
	cfg := a.neo4jConfig()
	if cfg.URI == "" {
		return nil, "", usageError{fmt.Errorf("no Neo4j URI: set --neo4j-uri, GEOALIGN_NEO4J_URI or neo4j.uri in geoalign.yaml")}
	}
	d, err := cypher.Open(ctx, cfg)
	if err != nil {
		return nil, "", err
	}
	return d, cfg.Database, nil
}
