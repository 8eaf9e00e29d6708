#!/usr/bin/env bash
# Runs Valghalla on this machine with nothing else installed: builds it, starts the dev identity provider
# (http://localhost:8180/valghalla) and the app (http://localhost:8080) on an embedded PostgreSQL with two demo
# municipalities: "Demo Kommune" at http://localhost:8080 and "Nabo Kommune" at http://nabo.localhost:8080.
# Ctrl-C stops both. SKIP_BUILD=1 reuses the last build. Data is kept in .valghalla-local/ (delete it to start over).
set -euo pipefail
cd "$(dirname "$0")"

if [ "${SKIP_BUILD:-0}" != "1" ]; then
  echo "Building (mvn install -DskipTests) ..."
  mvn -B -q install -DskipTests
fi

java -cp "dev-idp/target/valghalla-dev-idp-0.1.0-SNAPSHOT.jar:dev-idp/target/lib/*" dk.valghalla.devidp.DevIdentityProvider &
idp=$!
trap 'kill "$idp" 2>/dev/null || true' EXIT INT TERM

for _ in $(seq 1 60); do
  if curl -sf -o /dev/null http://localhost:8180/valghalla/.well-known/openid-configuration; then break; fi
  sleep 0.5
done

export VALGHALLA_EMBEDDED_DB_DIR="${VALGHALLA_EMBEDDED_DB_DIR:-$PWD/.valghalla-local/pgdata}"
echo "Starting Valghalla: http://localhost:8080 (Demo Kommune), http://nabo.localhost:8080 (Nabo Kommune), admin at /admin"
java -Dquarkus.profile=local -jar bootstrap/target/quarkus-app/quarkus-run.jar
