#!/usr/bin/env bash
# Dashboard latency through the gateway with Gatling: virtual users reading the analytics
# dashboards (DashboardSimulation: the overview's six requests, then one exploring request,
# over ranges a person picks, pausing between pages).
#
#   ./sentia up                                     # in another terminal; see README for the variants
#   bench/analytics/dashboard.sh [demo|tenfold] [users=50] [seconds=60] [think ms=500-2000|0]
#
# demo uses the demo partner client; tenfold the synthetic tenant made by tenfold.sh. The line
# appended to bench/analytics/results/dashboard.txt has p50/p95/p99/max over every request, the
# request rate, failures, and what analytics' answers cache did during the run (local hits, Redis
# hits, misses, read from its Prometheus counters; "off" when it was asked nothing, i.e. the
# platform runs with SENTIA_ANALYTICS_CACHE_ENABLED=false), with the load average. Per-request figures are
# in the Gatling report named at the end.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/bench/analytics"
. "$root/bench/jdk.sh"
tenant="${1:-demo}"
users="${2:-50}"
seconds="${3:-60}"
think="${4:-500-2000}"
gateway=http://localhost:8080
analytics=http://127.0.0.1:8084
operations="operations:${SENTIA_OPERATIONS_PASSWORD:-sentia-operations-dev-secret}"

curl -fsS "$gateway/health/ready" >/dev/null 2>&1 || { echo "dashboard.sh: start the platform first (./sentia up)" >&2; exit 2; }
case "$tenant" in
	demo) client_id=highland-harbour-reporting; client_secret=demo-partner-secret-2026 ;;
	tenfold)
		props="$root/.devstack/bench-tenfold.properties"
		[ -f "$props" ] || { echo "dashboard.sh: no synthetic tenant yet: run bench/analytics/tenfold.sh first" >&2; exit 2; }
		client_id=$(sed -n 's/^client-id=//p' "$props")
		client_secret=$(sed -n 's/^client-secret=//p' "$props") ;;
	*) echo "dashboard.sh: tenant is demo or tenfold, not $tenant" >&2; exit 2 ;;
esac
case "$think" in
	0) think_min=0; think_max=0 ;;
	*-*) think_min=${think%-*}; think_max=${think#*-} ;;
	*) echo "dashboard.sh: think time is 0 or MIN-MAX in ms, not $think" >&2; exit 2 ;;
esac

# sentia_analytics_cache_requests_total by level/result, as "local shared misses lines"; shared counts
# Redis hits and requests that waited for the same answer being computed (in-flight).
cache_counts() {
	curl -fsS -u "$operations" "$analytics/actuator/prometheus" 2>/dev/null | awk '
		/^sentia_analytics_cache_requests_total/ {
			if ($0 ~ /level="local"/) l += $NF; else if ($0 ~ /level="shared"/ || $0 ~ /level="in-flight"/) s += $NF; else if ($0 ~ /result="miss"/) m += $NF
		}
		END { printf "%d %d %d %d\n", l, s, m, NR }'
}

read -r l0 s0 m0 n0 < <(cache_counts)
log="$here/results/.dashboard.log"
mkdir -p "$here/results"
(cd "$root" && ./mvnw -B -ntp -f bench/analytics/gatling/pom.xml gatling:test -Dgateway="$gateway" \
	-DclientId="$client_id" -DclientSecret="$client_secret" -Dlabel="$tenant" -Dusers="$users" \
	-Dseconds="$seconds" -DthinkMinMs="$think_min" -DthinkMaxMs="$think_max") >"$log" 2>&1 \
	|| { echo "dashboard.sh: Gatling did not run, see $log" >&2; exit 1; }
read -r l1 s1 m1 n1 < <(cache_counts)

# Gatling's closing "Global Information" block: every request of the run.
summary=$(sed -n '/---- Global Information/,/^====/p' "$log" | awk -F'|' '
	function n(v) { gsub(/[ ,]/, "", v); return v }
	/request count/ { total = n($2); ko = n($4) } /max response time/ { max = n($2) }
	/50th percentile/ { p50 = n($2) } /95th percentile/ { p95 = n($2) } /99th percentile/ { p99 = n($2) }
	/mean throughput/ { rps = n($2) }
	END { printf "requests=%s ko=%s rps=%s p50=%sms p95=%sms p99=%sms max=%sms", total, (ko == "-" ? 0 : ko), rps, p50, p95, p99, max }')
hits=$(( (l1 - l0) + (s1 - s0) )); asked=$(( hits + (m1 - m0) ))
# A disabled cache asks nothing of itself (SENTIA_ANALYTICS_CACHE_ENABLED=false ./sentia up).
# No metrics at all (analytics unreachable or failing): say so rather than guess.
if [ "$n0" -eq 0 ] || [ "$n1" -eq 0 ]; then cache=unknown; else cache=$([ "$asked" -gt 0 ] && echo on || echo off); fi
ratio=$(awk -v h=$hits -v a=$asked 'BEGIN { printf (a > 0) ? "%.3f" : "n/a", (a > 0) ? h / a : 0 }')
line="$(date -u +%Y-%m-%dT%H:%M:%SZ) $(cd "$root" && git rev-parse --short HEAD) tenant=$tenant users=$users d=${seconds}s think=${think}ms $summary cache=$cache cache[local=$((l1 - l0)) shared=$((s1 - s0)) miss=$((m1 - m0)) hit_ratio=$ratio] load=$(cut -d' ' -f1 /proc/loadavg)"
echo "$line" | tee -a "$here/results/dashboard.txt"
sed -n '/---- Requests/,/^====/p' "$log" | tail -n 20
echo "report: $(ls -dt "$here"/gatling/target/gatling/dashboardsimulation-* | head -1)/index.html"
