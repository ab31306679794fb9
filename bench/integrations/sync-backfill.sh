#!/usr/bin/env bash
# Measures a simulated 100k-order Shopify backfill through the whole sync engine: the real
# connector against a WireMock Shopify that generates order pages, every page ingested
# (mapped, validated, hashed, stored) and published through the outbox into the test-kit's
# PostgreSQL (ShopifySyncMeasurementTests, skipped in the normal build).
#
#   bench/integrations/sync-backfill.sh [label] [orders]
#
# Appends one line per run to bench/integrations/results/sync-backfill.txt. Simulator, service
# and database share the machine; the line records the load average.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/bench/integrations"
. "$root/bench/jdk.sh"

label="${1:-$(cd "$root" && git rev-parse --short HEAD)}"
orders="${2:-100000}"
mkdir -p "$here/results"
run="$here/results/.last-sync-run.txt"
rm -f "$run"
(cd "$root" && ./mvnw -B -ntp -o -q -pl integrations-service test -Dspring-javaformat.skip=true \
	-Dtest=ShopifySyncMeasurementTests -Dsurefire.failIfNoSpecifiedTests=false \
	-Dsentia.measure=true -Dsentia.measure.orders="$orders" -Dsentia.measure.report="$run")
[ -s "$run" ] || { echo "sync-backfill.sh: the measurement wrote no result" >&2; exit 1; }
echo "$label $(cat "$run")" | tee -a "$here/results/sync-backfill.txt"
rm -f "$run"
