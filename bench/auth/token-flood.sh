#!/usr/bin/env bash
# A flood of wrong client secrets at /oauth2/token from one address while a good partner,
# from another address, asks for a client-credentials token every second; prints the good
# partner's latencies (p50/p95/max) and what the flood was answered.
#
#   bench/auth/token-flood.sh [bad requests=2000] [flood concurrency=32] [port=18081]
#
# Starts auth-service alone (bench/auth/AuthServer.java: test-kit PostgreSQL and Kafka,
# demo data) unless AUTH_URL names a running one. Writes bench/auth/results/token-flood.txt.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/bench/auth"
bad=${1:-2000}
concurrency=${2:-32}
port=${3:-18081}
attacker=127.0.0.2
partner=127.0.0.3
. "$root/bench/jdk.sh"
mkdir -p "$here/work" "$here/results"

server_pid=
stop_server() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true; }
trap stop_server EXIT

if [ -z "${AUTH_URL:-}" ]; then
	AUTH_URL="http://localhost:$port"
	(cd "$root" && ./mvnw -B -ntp -q -pl auth-service -am test-compile -Dspring-javaformat.skip=true \
		dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$here/work/test.classpath")
	"$java_home/bin/java" -cp "$root/auth-service/target/classes:$root/auth-service/target/test-classes:$(cat "$here/work/test.classpath")" \
		"$here/AuthServer.java" --server.port="$port" > "$here/work/auth-server.log" 2>&1 &
	server_pid=$!
	for _ in $(seq 1 240); do
		curl -fs "$AUTH_URL/actuator/health" > /dev/null 2>&1 && break
		kill -0 "$server_pid" 2>/dev/null || { echo "auth-service did not start; see $here/work/auth-server.log" >&2; exit 1; }
		sleep 1
	done
fi

token() { # address client secret -> "status seconds"
	curl -s -o /dev/null -w '%{http_code} %{time_total}\n' --interface "$1" -u "$2:$3" \
		-d grant_type=client_credentials "$AUTH_URL/oauth2/token"
}

# The flood as one curl process with parallel transfers (a process per request would load the
# machine more than the server does): wrong secrets for the platform client, a real client, so
# each is hashed until the address is throttled.
# One block of options per transfer, separated by "next" (options in a config file are otherwise
# shared by every URL in it).
for i in $(seq "$bad"); do
	printf 'url = "%s/oauth2/token"\nuser = "sentia-platform:wrong-secret-%s"\ndata = "grant_type=client_credentials"\n' "$AUTH_URL" "$i"
	printf 'interface = "%s"\noutput = "/dev/null"\nwrite-out = "%%{http_code} %%{time_total}\\n"\nnext\n' "$attacker"
done > "$here/work/flood.curl"

percentiles() { # file of "status seconds" lines -> p50/p95/max of the seconds
	cut -d' ' -f2 "$1" | sort -n | awk '{ t[NR] = $1 } END {
		printf "p50 %.3f s, p95 %.3f s, max %.3f s (n=%d)\n", t[int(NR * 0.50 + 0.999)], t[int(NR * 0.95 + 0.999)], t[NR], NR }'
}

# Warm up (JIT, connection pools), then the good partner alone for 20 s: the machine's own figure.
for _ in 1 2 3; do token "$partner" highland-harbour-reporting demo-partner-secret-2026 > /dev/null; done
: > "$here/work/baseline.txt"
for _ in $(seq 20); do
	token "$partner" highland-harbour-reporting demo-partner-secret-2026 >> "$here/work/baseline.txt"
	sleep 1
done

: > "$here/work/flood.txt"
: > "$here/work/partner.txt"
start=$(date +%s.%N)
curl -s --no-progress-meter --parallel --parallel-immediate --parallel-max "$concurrency" \
	--config "$here/work/flood.curl" >> "$here/work/flood.txt" &
flood_pid=$!
partner_pids=()
while kill -0 "$flood_pid" 2>/dev/null; do
	token "$partner" highland-harbour-reporting demo-partner-secret-2026 >> "$here/work/partner.txt" &
	partner_pids+=($!)
	sleep 1
done
wait "$flood_pid" "${partner_pids[@]}"
elapsed=$(echo "$(date +%s.%N) - $start" | bc)

{
	echo "# $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $bad bad secrets, concurrency $concurrency, from $attacker; partner from $partner every 1 s"
	echo "flood finished in ${elapsed}s; flood answers (status count):"
	cut -d' ' -f1 "$here/work/flood.txt" | sort | uniq -c
	echo "good partner alone (before the flood): $(percentiles "$here/work/baseline.txt"); answers:" \
		$(cut -d' ' -f1 "$here/work/baseline.txt" | sort | uniq -c | tr '\n' ' ')
	echo "good partner during the flood: $(percentiles "$here/work/partner.txt"); answers:" \
		$(cut -d' ' -f1 "$here/work/partner.txt" | sort | uniq -c | tr '\n' ' ')
} | tee "$here/results/token-flood.txt"
