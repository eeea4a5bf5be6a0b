# Neo4j for development and tests, without any container registry.
# Included from the top Makefile:  include neo4j/neo4j.mk
#
#   make neo4j-jars        resolve Neo4j 5.26 + Browser (+ cypher-shell) from Maven Central
#   make neo4j-local       start it as a local process on 127.0.0.1:7687/7474 (no Docker)
#   make neo4j-local-stop  stop that process
#   make docker-install    docker.io + debootstrap + docker-compose from Debian, start dockerd
#   make neo4j-image       build the local image neo4j:5.26-community (FORCE=1 to rebuild)
#   make compose-up        docker-compose.yml up, wait until healthy
#   make compose-down      down, removing the data volume
#
# Password: NEO4J_PASSWORD (local, default geoalign-dev) / NEO4J_AUTH (compose,
# default neo4j/geoalign-dev).

# Directory of this fragment, taken before any other include changes MAKEFILE_LIST.
NEO4J_MK_DIR := $(patsubst %/,%,$(dir $(lastword $(MAKEFILE_LIST))))
NEO4J_REPO_DIR := $(abspath $(NEO4J_MK_DIR)/..)

# testcontainers-go: the Ryuk image cannot be pulled here, and /.dockerenv
# makes it use the default gateway as Docker host unless told "localhost".
export TESTCONTAINERS_RYUK_DISABLED=true
export TESTCONTAINERS_HOST_OVERRIDE=localhost

# Compose v2 plugin when present, else Debian bookworm's docker-compose 1.29.
# Project name fixed so volume/container names do not depend on the checkout dir.
NEO4J_COMPOSE ?= $(shell docker compose version >/dev/null 2>&1 && echo "docker compose" || echo docker-compose) \
	-p geoalign -f $(NEO4J_REPO_DIR)/docker-compose.yml
NEO4J_HEALTH_TIMEOUT ?= 120

.PHONY: neo4j-jars neo4j-local neo4j-local-stop neo4j-local-status neo4j-image docker-install compose-up compose-down

neo4j-jars:
	$(NEO4J_MK_DIR)/fetch-jars.sh

neo4j-local: neo4j-jars
	$(NEO4J_MK_DIR)/run-local.sh start

neo4j-local-stop:
	$(NEO4J_MK_DIR)/run-local.sh stop

neo4j-local-status:
	$(NEO4J_MK_DIR)/run-local.sh status

docker-install:
	$(NEO4J_MK_DIR)/install-docker.sh

neo4j-image: docker-install neo4j-jars
	$(NEO4J_MK_DIR)/image/build.sh $(if $(FORCE),--force)

# docker-compose 1.29 has no `up --wait`: poll the container's health instead.
compose-up: neo4j-image
	$(NEO4J_COMPOSE) up -d
	@id=$$($(NEO4J_COMPOSE) ps -q neo4j); \
	for i in $$(seq 1 $(NEO4J_HEALTH_TIMEOUT)); do \
	  s=$$(docker inspect -f '{{.State.Health.Status}}' $$id 2>/dev/null); \
	  [ "$$s" = healthy ] && { echo "compose-up: neo4j healthy after $${i}s: bolt://localhost:7687 http://localhost:7474/"; exit 0; }; \
	  sleep 1; \
	done; \
	docker logs --tail 30 $$id >&2; \
	echo "compose-up: neo4j not healthy after $(NEO4J_HEALTH_TIMEOUT)s (status: $$s)" >&2; exit 1

compose-down:
	$(NEO4J_COMPOSE) down -v
