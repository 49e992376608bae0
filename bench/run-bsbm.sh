#!/usr/bin/env bash
# BSBM explore benchmark: RIKG /sparql vs. a standalone Apache Jena Fuseki 5.6.0. See bench/README.md.
#
#   bench/run-bsbm.sh                      # 1,000 products, 3 rounds x (20 warm-up + 50 measured mixes)
#   bench/run-bsbm.sh --products 10000 --rounds 2 --warmup 5 --runs 20
#   bench/run-bsbm.sh --help
#
# Needs a JDK 17+ and Maven; everything else comes from Maven Central. Builds RIKG (mvn package in the
# repository root, tests skipped) unless --rikg-jar is given, builds bench/ (a standalone Maven project,
# not a module of the root pom), then runs org.w3id.rikg.bench.BsbmBench.
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

build_rikg=1
for arg in "$@"; do
  case "$arg" in
    --rikg-jar) build_rikg=0 ;;
    -h|--help) build_rikg=0 ;;
  esac
done

if [[ $build_rikg == 1 ]]; then
  echo "[bsbm] building RIKG (mvn -B -q -Dstyle.color=never -DskipTests package in $ROOT)"
  (cd "$ROOT" && mvn -B -q -Dstyle.color=never -DskipTests package)
fi

echo "[bsbm] building bench/ (BSBM generator and driver, Fuseki 5.6.0, jena-cmds from Maven Central)"
mvn -B -q -Dstyle.color=never -f "$BENCH/pom.xml" package

exec "$JAVA" -cp "$BENCH/target/classes" org.w3id.rikg.bench.BsbmBench --bench-dir "$BENCH" "$@"
