#!/usr/bin/env bash
# Fan-out latency of notifications-service: alerts a minute for some minutes over some tenants,
# each to the manager's in-app feed and mail and the tenant's partner webhook
# (FanOutMeasurementTests, skipped in the normal build).
#
#   bench/notifications/fanout.sh [alerts per minute=1000] [minutes=3] [tenants=10]
#
# Runs on the test kit's infrastructure (SENTIA_* servers if set, else embedded PostgreSQL, Kafka
# and Redis), a real SMTP server (GreenMail) and a webhook receiver in the same JVM, and appends one
# line per run to bench/notifications/results/fanout.txt with the commit and the load average.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/bench/notifications"
. "$root/bench/jdk.sh"

mkdir -p "$here/results"
run="$here/results/.last-fanout.txt"
rm -f "$run"
(cd "$root" && ./mvnw -B -ntp -o -q -pl notifications-service test -Dspring-javaformat.skip=true \
	-Dtest=FanOutMeasurementTests -Dsurefire.failIfNoSpecifiedTests=false \
	-Dsentia.measure=true -Dsentia.measure.report="$run" \
	-Dsentia.measure.alerts-per-minute="${1:-1000}" -Dsentia.measure.minutes="${2:-3}" \
	-Dsentia.measure.tenants="${3:-10}")
[ -s "$run" ] || { echo "fanout.sh: the measurement wrote no result" >&2; exit 1; }
echo "$(cd "$root" && git rev-parse --short HEAD) $(cat "$run")" | tee -a "$here/results/fanout.txt"
rm -f "$run"
