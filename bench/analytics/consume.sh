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
. "$root/bench/jdk.sh"

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
