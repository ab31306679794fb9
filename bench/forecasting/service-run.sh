#!/usr/bin/env bash
# Times one forecast run of synthetic SKU × channel × region weekly demand through the run service's
# computation (DemandForecaster: engine auto per node on the bounded workers, backtests, reconciliation).
#
#   bench/forecasting/service-run.sh [series=10000] [threads=cores] [weeks=156] [backtest windows=2]
#
# Writes the output to bench/forecasting/results/service-run.txt.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/bench/forecasting"
. "$root/bench/jdk.sh"
mkdir -p "$here/work" "$here/results"
(cd "$root" && ./mvnw -B -ntp -o -q -pl forecasting-service compile -Dspring-javaformat.skip=true \
	dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$here/work/runtime.classpath")
{
	echo "# $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
	echo "# $(java -version 2>&1 | head -1); args: $*"
	"$java_home/bin/java" -cp "$root/forecasting-service/target/classes:$(cat "$here/work/runtime.classpath")" \
		"$here/ServiceRun.java" "$@"
} 2>&1 | tee "$here/results/service-run.txt"
