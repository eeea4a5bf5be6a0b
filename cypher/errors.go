package cypher

import (
	"context"
	"errors"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Error is a failure talking to Neo4j, told in one line that says what to
// do. The driver's own error stays reachable with errors.Unwrap.
type Error struct {
	Msg string
	Err error
}

func (e *Error) Error() string { return e.Msg }
func (e *Error) Unwrap() error { return e.Err }

// StartHint tells how to start the project's Neo4j.
const StartHint = "start it with `docker compose up -d` or `neo4j/run-local.sh start`"

// explain turns a driver error into an Error whose message says what went
// wrong and what to do; errors it does not recognise keep their text,
// flattened to one line.
func explain(err error, cfg Config) error {
	if err == nil {
		return nil
	}
	var own *Error
	if errors.As(err, &own) || errors.Is(err, context.Canceled) {
		return err
	}
	at := "neo4j at " + cfg.URI
	switch code := neo4jCode(err); {
	case code == "Neo.ClientError.Security.Unauthorized":
		if cfg.Password == "" {
			return &Error{at + " wants a password: set GEOALIGN_NEO4J_PASSWORD or neo4j.password in geoalign.yaml", err}
		}
		return &Error{at + " refused user " + quote(cfg.User) + ": wrong user or password; check GEOALIGN_NEO4J_PASSWORD or neo4j.password in geoalign.yaml", err}
	case code == "Neo.ClientError.Security.AuthenticationRateLimit":
		return &Error{at + " locked user " + quote(cfg.User) + " after too many wrong passwords: wait a few seconds, then retry with the right password", err}
	case code == "Neo.ClientError.Database.DatabaseNotFound":
		return &Error{at + " has no database " + quote(cfg.Database) + ": Neo4j Community has one, usually \"neo4j\"; set --neo4j-database or GEOALIGN_NEO4J_DATABASE", err}
	case code == "Neo.TransientError.General.DatabaseUnavailable" || code == "Neo.TransientError.Database.DatabaseUnavailable":
		return &Error{at + " has database " + quote(cfg.Database) + " unavailable (starting or stopping): wait, then retry", err}
	case isConnectivity(err):
		return &Error{at + " is not reachable: " + StartHint, err}
	}
	return &Error{at + ": " + oneLine(err.Error()), err}
}

// neo4jCode is the server's status code in err, looking through the
// driver's retry wrapper, which does not unwrap.
func neo4jCode(err error) string {
	var ne *neo4j.Neo4jError
	if errors.As(err, &ne) {
		return ne.Code
	}
	var limit *neo4j.TransactionExecutionLimit
	if errors.As(err, &limit) && len(limit.Errors) > 0 {
		return neo4jCode(limit.Errors[len(limit.Errors)-1])
	}
	return ""
}

func isConnectivity(err error) bool {
	var ce *neo4j.ConnectivityError
	if errors.As(err, &ce) {
		return true
	}
	var limit *neo4j.TransactionExecutionLimit
	if errors.As(err, &limit) && len(limit.Errors) > 0 {
		return isConnectivity(limit.Errors[len(limit.Errors)-1])
	}
	s := err.Error()
	return strings.Contains(s, "connection refused") || strings.Contains(s, "no such host") ||
		strings.Contains(s, "i/o timeout") || strings.Contains(s, "broken pipe") ||
		strings.Contains(s, "connection reset") || strings.Contains(s, "EOF")
}

func quote(s string) string { return `"` + s + `"` }

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
