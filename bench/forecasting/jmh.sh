#!/usr/bin/env bash
# Runs the engine's JMH benchmarks (forecasting-service test sources, io.sentia.forecasting.engine.bench).
#
#   bench/forecasting/jmh.sh [JMH options, e.g. EtsBenchmark.autoEts -t 2 -wi 1 -i 3]
#
# Builds the test classes (the JMH annotation processor generates the harness), takes the test class
# path from Maven, and writes the JMH output and a JSON result to bench/forecasting/results/.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/bench/forecasting"
. "$root/bench/jdk.sh"

mkdir -p "$here/work" "$here/results"
classpath_file="$here/work/test.classpath"
(cd "$root" && ./mvnw -B -ntp -o -q -pl forecasting-service test-compile -Dspring-javaformat.skip=true dependency:build-classpath \
	-Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file")
module="$root/forecasting-service/target"
classpath="$module/test-classes:$module/classes:$(cat "$classpath_file")"

[ $# -gt 0 ] || set -- 'io.sentia.forecasting.engine.bench.*'
{
	echo "# $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
	echo "# $(java -version 2>&1 | head -1); args: $*"
	java -cp "$classpath" org.openjdk.jmh.Main -rf json -rff "$here/results/jmh.json" "$@"
} 2>&1 | tee "$here/results/jmh.txt"
