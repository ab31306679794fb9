#!/usr/bin/env bash
# Measures whether reconciling SKU × channel × region forecasts helps: base forecasts per node vs
# bottom-up vs OLS vs WLS (structural) on simulated seasonal demand, MASE summed per level.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/bench/forecasting"
java_home="${JAVA_HOME:-}"
if [ -z "$java_home" ] || ! "$java_home/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
	java_home=$(ls -d /usr/lib/jvm/*25* /usr/lib/jvm/*21* 2>/dev/null | head -1 || true)
fi
[ -n "$java_home" ] || { echo "hierarchy.sh: needs JDK 21 or newer (set JAVA_HOME)" >&2; exit 2; }
export JAVA_HOME="$java_home" PATH="$java_home/bin:$PATH"
mkdir -p "$here/work" "$here/results"
(cd "$root" && ./mvnw -B -ntp -o -q -pl forecasting-service compile -Dspring-javaformat.skip=true \
	dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$here/work/runtime.classpath")
"$java_home/bin/java" -cp "$root/forecasting-service/target/classes:$(cat "$here/work/runtime.classpath")" \
	"$here/HierarchyComparison.java" | tee "$here/results/hierarchy.txt"
