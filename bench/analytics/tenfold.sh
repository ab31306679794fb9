#!/usr/bin/env bash
# Creates the analytics bench's synthetic tenant on the running platform and measures how fast
# analytics consumes its orders (AnalyticsBenchTenantMeasurementTests, skipped in every build).
#
#   ./sentia up                                # in another terminal
#   bench/analytics/tenfold.sh [orders=300000] [burst rate/s=5000] [burst seconds=10] [bursts=3]
#
# 1. The platform operator creates the tenant bench-tenfold with the demo ADMIN as its first ADMIN;
#    that ADMIN creates a partner client with analytics.read through the gateway. Its credentials
#    go to .devstack/bench-tenfold.properties (development platform only; removed with .devstack).
# 2. Its catalogue (400 SKUs) and the orders (about 1.7 events per order: placed, most fulfilled)
#    are published onto commerce.orders.v1 as fast as one producer can; the line "backlog" is the
#    time from the first event published to analytics' consumer group having committed the last.
# 3. Bursts of order updates at a fixed rate; "lag_zero_after_end_s" is how long after the burst's
#    last event the group's lag was zero again.
# Appends the figures to bench/analytics/results/consume-platform.txt with the load average.
# Running it again republishes the same orders (same ids, newer snapshots win): the tenant does not grow.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/bench/jdk.sh"
orders="${1:-300000}"
rate="${2:-5000}"
seconds="${3:-10}"
bursts="${4:-3}"
curl -fsS http://localhost:8080/health/ready >/dev/null 2>&1 || { echo "tenfold.sh: start the platform first (./sentia up)" >&2; exit 2; }
log="$root/bench/analytics/results/.tenfold.log"
mkdir -p "$(dirname "$log")"
if ! (cd "$root" && ./mvnw -B -ntp -o -q -pl devstack test -Dspring-javaformat.skip=true \
	-Dtest=AnalyticsBenchTenantMeasurementTests -Dsurefire.failIfNoSpecifiedTests=false -Dsentia.measure=true \
	-Dsentia.bench.root="$root" -Dsentia.bench.orders="$orders" -Dsentia.bench.burst-rate="$rate" \
	-Dsentia.bench.burst-seconds="$seconds" -Dsentia.bench.bursts="$bursts") >"$log" 2>&1; then
	echo "tenfold.sh: the measurement failed, see $log and devstack/target/surefire-reports" >&2
	exit 1
fi
tail -n $((bursts + 1)) "$root/bench/analytics/results/consume-platform.txt"
