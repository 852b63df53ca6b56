#!/usr/bin/env bash
# The studio's live preview, warm, with JMH (src/test/java/org/jianbao/bench/StudioBenchmark.java):
# an edit saved over HTTP, the issue laid out, the changed pages drawn and fetched.
# Usage: bench/studio.sh [JMH options, e.g. -p sample=zhejiang-2020-07 -p edit=char]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests test-compile
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"
exec java -Djianbao.home="$PWD" -cp "$cp" org.openjdk.jmh.Main StudioBenchmark "$@"
