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
. "$root/bench/jdk.sh"
mkdir -p "$here/results"
(cd "$root" && ./mvnw -B -ntp -o -q -pl forecasting-service test -Dspring-javaformat.skip=true \
	-Dtest=RunStoreMeasurementTests -Dsurefire.failIfNoSpecifiedTests=false -Dsentia.measure=true \
	-Dsentia.measure.series="${1:-10000}" -Dsentia.measure.out="$here/results/service-store.txt")
tail -1 "$here/results/service-store.txt"
