#!/usr/bin/env bash
# Measures how fast analytics-service's revenue consumer reads a demo-sized backlog of
# commerce.orders.v1 (RevenueConsumptionMeasurementTests, skipped in the normal build).
#
#   bench/analytics/consume.sh [label]        e.g. bench/analytics/consume.sh batch-listener
#
# Runs against the test-kit's infrastructure (SENTIA_* servers if set, else embedded PostgreSQL
# and Kafka) and appends one line per run to bench/analytics/results/consume.txt. Other work on
# the machine skews the figure: the line records the load average next to it.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/bench/analytics"
java_home="${JAVA_HOME:-}"
if [ -z "$java_home" ] || ! "$java_home/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
	java_home=$(ls -d /usr/lib/jvm/*25* /usr/lib/jvm/*21* 2>/dev/null | head -1 || true)
fi
[ -n "$java_home" ] || { echo "consume.sh: needs JDK 21 or newer (set JAVA_HOME)" >&2; exit 2; }
export JAVA_HOME="$java_home" PATH="$java_home/bin:$PATH"

label="${1:-$(cd "$root" && git rev-parse --short HEAD)}"
mkdir -p "$here/results"
run="$here/results/.last-run.txt"
rm -f "$run"
(cd "$root" && ./mvnw -B -ntp -o -q -pl analytics-service test -Dspring-javaformat.skip=true \
	-Dtest=RevenueConsumptionMeasurementTests -Dsurefire.failIfNoSpecifiedTests=false \
	-Dsentia.measure=true -Dsentia.measure.report="$run")
[ -s "$run" ] || { echo "consume.sh: the measurement wrote no result" >&2; exit 1; }
echo "$label $(cat "$run")" | tee -a "$here/results/consume.txt"
rm -f "$run"
