# geoalign — text → facts → Neo4j or the embedded engine → explained paths.
#
#   make demo    build, read the seed documents and explain a path (embedded engine, nothing else needed)
#   make test    the whole suite: unit tests and the Neo4j integration tests (installs Docker and
#                builds the local neo4j:5.26-community image first)
#   make bench   the benchmarks, as a table (BENCHMARKS.md says what they mean)
#   make eval    extraction precision and recall on the annotated unseen documents
#   make cypher  regenerate cypher/seeds.cypher from the seeds
#
# Neo4j itself: see neo4j/neo4j.mk (neo4j-local, neo4j-image, compose-up, ...).

GO      ?= go
BIN     := bin/geoalign
FROM    ?= Pakistan
TO      ?= Russia

include neo4j/neo4j.mk

.PHONY: demo build test unit integration bench eval cypher vet fmt clean

build:
	$(GO) build -o $(BIN) ./cmd/geoalign

demo: build
	./$(BIN) path "$(FROM)" "$(TO)"

# Integration tests start Neo4j through testcontainers; in CI (CI=true) a
# skipped integration test is a failure, so the image must exist first.
test: neo4j-image vet
	$(GO) test -count=1 ./...

# Everything that needs no Neo4j (cypher/ always starts one).
unit:
	$(GO) test -count=1 -short $$($(GO) list ./... | grep -v /cypher)

vet:
	$(GO) vet ./...
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { gofmt -l $$(git ls-files '*.go'); echo "gofmt: files above need formatting" >&2; exit 1; }

bench:
	$(GO) test -run '^$$' -bench . -benchmem -cpu 1 ./extract ./embedded | tee /tmp/geoalign-bench.txt
	@echo
	@printf '%-40s %15s %15s\n' benchmark time/op metrics; \
	awk '/^Benchmark/ { m=""; for (i=5; i<=NF; i+=2) m = m " " $$i " " $$(i+1); printf "%-40s %15s %s\n", $$1, $$3 " " $$4, m }' /tmp/geoalign-bench.txt

eval:
	$(GO) test -count=1 -run TestEvaluation -v ./extract | grep -a 'precision'

cypher: build
	./$(BIN) cypher -o cypher/seeds.cypher seeds/

clean:
	rm -rf bin
