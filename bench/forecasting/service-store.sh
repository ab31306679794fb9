#!/usr/bin/env bash
# Measures storing a 10,000-series run on real PostgreSQL (series, points, accuracy, outbox events in
# one transaction) through forecasting-service's RunResultsStore, in its test context.
#
#   bench/forecasting/service-store.sh [series=10000]
#
# Appends the figure to bench/forecasting/results/service-store.txt.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/bench/forecasting"
java_home="${JAVA_HOME:-}"
if [ -z "$java_home" ] || ! "$java_home/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
	java_home=$(ls -d /usr/lib/jvm/*25* /usr/lib/jvm/*21* 2>/dev/null | head -1 || true)
fi
[ -n "$java_home" ] || { echo "service-store.sh: needs JDK 21 or newer (set JAVA_HOME)" >&2; exit 2; }
export JAVA_HOME="$java_home" PATH="$java_home/bin:$PATH"
mkdir -p "$here/results"
(cd "$root" && ./mvnw -B -ntp -o -q -pl forecasting-service test -Dspring-javaformat.skip=true \
	-Dtest=RunStoreMeasurementTests -Dsurefire.failIfNoSpecifiedTests=false -Dsentia.measure=true \
	-Dsentia.measure.series="${1:-10000}" -Dsentia.measure.out="$here/results/service-store.txt")
tail -1 "$here/results/service-store.txt"
