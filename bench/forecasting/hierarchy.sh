#!/usr/bin/env bash
# Measures whether reconciling SKU × channel × region forecasts helps: base forecasts per node vs
# bottom-up vs OLS vs WLS (structural) on simulated seasonal demand, MASE summed per level.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/bench/forecasting"
. "$root/bench/jdk.sh"
mkdir -p "$here/work" "$here/results"
(cd "$root" && ./mvnw -B -ntp -o -q -pl forecasting-service compile -Dspring-javaformat.skip=true \
	dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$here/work/runtime.classpath")
"$java_home/bin/java" -cp "$root/forecasting-service/target/classes:$(cat "$here/work/runtime.classpath")" \
	"$here/HierarchyComparison.java" | tee "$here/results/hierarchy.txt"
