#!/usr/bin/env bash
# Warm in-process render of each sample with JMH (src/test/java/org/jianbao/bench/RenderBenchmark.java).
# Usage: bench/jmh.sh [JMH options, e.g. -wi 3 -i 5 -p sample=zhejiang-2020-07]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests test-compile
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"
exec java -Djianbao.home="$PWD" -cp "$cp" org.openjdk.jmh.Main RenderBenchmark "$@"
