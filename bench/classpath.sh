#!/usr/bin/env bash
# Prints the classpath of the benchmark programs (the bench module's jar and its libraries, which
# hold the core and cli jars), building the bench module and what it needs first when its jar is
# missing or older than a source. Run from anywhere; the path it prints is absolute.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/bench/target/stancemap-bench.jar"
if [ ! -f "$JAR" ] || [ ! -d "$ROOT/bench/target/lib" ] \
   || [ -n "$(find "$ROOT/core/src/main" "$ROOT/cli/src/main" "$ROOT/bench/src/main" "$ROOT"/pom.xml "$ROOT"/*/pom.xml \
        -newer "$JAR" -print -quit 2>/dev/null)" ]; then
  (cd "$ROOT" && ./mvnw -q -B -DskipTests -pl bench -am package) >&2
fi
echo "$JAR:$ROOT/bench/target/lib/*"
