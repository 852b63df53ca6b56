#!/usr/bin/env bash
# Warm latency of the two resident modes, on every sample (issue 16): jianbao watch (edit saved →
# new PDF, and with --preview → new page images; WatchLatency) and the studio (edit sent → changed
# pages drawn and fetched; StudioLatency). Both are plain mains in src/test/java/org/jianbao/bench.
# Usage: [JAVA=/path/to/bin/java] bench/latency.sh [studio edits per case, default 60]   (about 7
# minutes on 2 cores; the launcher runs watch and studio on the newest Java it finds, so give that one)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests test-compile
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"
for sample in zhejiang-2020-07 tianjin-2021-08 tianjin-2023-06 stress-2024-01; do
  "${JAVA:-java}" -Djianbao.home="$PWD" -cp "$cp" org.jianbao.bench.WatchLatency "$sample"
  "${JAVA:-java}" -Djianbao.home="$PWD" -cp "$cp" org.jianbao.bench.WatchLatency "$sample" --preview
done
exec "${JAVA:-java}" -Djianbao.home="$PWD" -cp "$cp" org.jianbao.bench.StudioLatency "${1:-60}"
