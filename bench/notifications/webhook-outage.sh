#!/usr/bin/env bash
# A partner's webhook receiver down for some minutes while alerts keep coming, then back
# (WebhookOutageMeasurementTests, skipped in the normal build): did every delivery arrive exactly
# once, in order, and how long after the receiver came back was the backlog through?
#
#   bench/notifications/webhook-outage.sh [outage minutes=10] [ms between alerts=2000]
#
# Takes the outage, one more minute of alerts, and then as long as the back-off needs (at most
# 30 minutes more). Appends one line per run to bench/notifications/results/webhook-outage.txt.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/bench/notifications"
. "$root/bench/jdk.sh"

mkdir -p "$here/results"
run="$here/results/.last-outage.txt"
rm -f "$run"
(cd "$root" && ./mvnw -B -ntp -o -q -pl notifications-service test -Dspring-javaformat.skip=true \
	-Dtest=WebhookOutageMeasurementTests -Dsurefire.failIfNoSpecifiedTests=false \
	-Dsentia.measure=true -Dsentia.measure.report="$run" \
	-Dsentia.measure.outage-minutes="${1:-10}" -Dsentia.measure.interval-ms="${2:-2000}")
[ -s "$run" ] || { echo "webhook-outage.sh: the measurement wrote no result" >&2; exit 1; }
echo "$(cd "$root" && git rev-parse --short HEAD) $(cat "$run")" | tee -a "$here/results/webhook-outage.txt"
rm -f "$run"
