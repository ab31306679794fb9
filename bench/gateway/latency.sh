#!/usr/bin/env bash
# Added latency of the secure edge: p50/p99 of the gateway with JWT validation + Redis rate
# limiting (the /api route a partner calls) against the plain proxy of the foundation (a
# pass-through route with neither), in the same run, same backend call, same token.
#
#   ./sentia up                        # in another terminal: the platform on its default ports
#   bench/gateway/latency.sh [seconds] [connections] [rounds]   defaults: 30 s per run, 4 connections, 3 rounds
#
# Starts a second gateway on 127.0.0.1:18080 whose only extra is the explicitly configured
# /bench/** pass-through (nothing is open on the normal gateway), then runs wrk on loopback
# alternately plain / secured, round after round (the first round also warms the JIT). The backend call is the same in both: analytics'
# revenue for one day, with the same bearer token (analytics checks it in both cases). Appends
# the figures to bench/gateway/results/latency.txt. Installs wrk with apt if it is missing.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/bench/gateway"
seconds="${1:-30}"
connections="${2:-4}"
rounds="${3:-3}"
gateway=http://127.0.0.1:8080
issuer=http://localhost:8081
bench_port=18080
tenant=5e471a00-0000-4000-8000-000000000001
endpoint="/api/analytics/v1/revenue"
query="from=2026-10-01&to=2026-10-01&groupBy=region"

. "$root/bench/jdk.sh"
if ! command -v wrk >/dev/null; then
	echo "latency.sh: installing wrk (apt)"
	(apt-get update -qq && apt-get install -y -qq wrk) >/dev/null || { echo "latency.sh: could not install wrk" >&2; exit 2; }
fi
curl -fsS "$gateway/health/ready" >/dev/null || { echo "latency.sh: start the platform first (./sentia up)" >&2; exit 2; }
jar="$root/gateway/target/gateway.jar"
[ -f "$jar" ] || { echo "latency.sh: $jar missing (./sentia build)" >&2; exit 2; }

mkdir -p "$here/results"
log="$here/results/.bench-gateway.log"
"$java_home/bin/java" -Xmx512m -jar "$jar" --server.port=$bench_port --spring.application.name=gateway-bench \
	--sentia.gateway.routes.bench.service=analytics-service --sentia.gateway.routes.bench.paths=/bench/** \
	--sentia.gateway.routes.bench.rewrite-path=$endpoint --sentia.gateway.routes.bench.relay-token=false \
	--sentia.gateway.routes.bench.timeout=5s --sentia.gateway.routes.bench.slow-call-threshold=2s \
	--sentia.gateway.security.public-paths=/bench/** \
	--sentia.gateway.rate-limits.tenants.$tenant.api=1000000000 >"$log" 2>&1 &
bench_pid=$!
trap 'kill $bench_pid 2>/dev/null || true; wait $bench_pid 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
	curl -fsS "http://127.0.0.1:$bench_port/health/ready" >/dev/null 2>&1 && break
	kill -0 $bench_pid 2>/dev/null || { echo "latency.sh: bench gateway died, see $log" >&2; exit 1; }
	sleep 1
done

token() {
	curl -fsS -u highland-harbour-reporting:demo-partner-secret-2026 -d grant_type=client_credentials \
		"$issuer/oauth2/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}
# Both routes must answer 200 before anything is measured.
t=$(token)
for path in "/bench/x?$query" "$endpoint?$query"; do
	code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $t" "http://127.0.0.1:$bench_port$path")
	[ "$code" = 200 ] || { echo "latency.sh: $path answered $code" >&2; exit 1; }
done

# p50 and p99 in ms from wrk's --latency distribution, plus requests/s and non-2xx count.
measure() {
	local path=$1 out
	t=$(token)
	wrk -t1 -c"$connections" -d5s -H "Authorization: Bearer $t" "http://127.0.0.1:$bench_port$path" >/dev/null
	out=$(wrk -t1 -c"$connections" -d"${seconds}s" --latency -H "Authorization: Bearer $t" "http://127.0.0.1:$bench_port$path")
	echo "$out" | awk '
		function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
		$1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) }
		/Requests\/sec/ { rps = $2 } /Non-2xx/ { bad = $NF }
		END { printf "p50=%.2fms p99=%.2fms rps=%s non2xx=%s\n", p50, p99, rps, (bad == "" ? 0 : bad) }'
}

stamp=$(date -u +%Y-%m-%dT%H:%M:%SZ)
commit=$(cd "$root" && git rev-parse --short HEAD)
for round in $(seq 1 "$rounds"); do
	plain=$(measure "/bench/x?$query")
	secured=$(measure "$endpoint?$query")
	line="$stamp $commit round=$round c=$connections d=${seconds}s plain[$plain] secured[$secured] load=$(cut -d' ' -f1 /proc/loadavg)"
	echo "$line" | tee -a "$here/results/latency.txt"
done
