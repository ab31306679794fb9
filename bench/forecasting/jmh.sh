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
java_home="${JAVA_HOME:-}"
if [ -z "$java_home" ] || ! "$java_home/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
	java_home=$(ls -d /usr/lib/jvm/*25* /usr/lib/jvm/*21* 2>/dev/null | head -1 || true)
fi
[ -n "$java_home" ] || { echo "jmh.sh: needs JDK 21 or newer (set JAVA_HOME)" >&2; exit 2; }
export JAVA_HOME="$java_home" PATH="$java_home/bin:$PATH"

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
