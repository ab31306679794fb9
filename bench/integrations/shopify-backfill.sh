#!/usr/bin/env bash
# Measures a simulated 100k-order Shopify backfill through the connector's reader and order
# mapper against a WireMock Shopify that generates GraphQL pages (ShopifyBackfillMeasurementTests,
# skipped in the normal build).
#
#   bench/integrations/shopify-backfill.sh [label] [page-size] [orders]
#
# Appends one line per run to bench/integrations/results/shopify-backfill.txt. Simulator and
# connector share the machine, and other work skews the figure: the line records the load average.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/bench/integrations"
. "$root/bench/jdk.sh"

label="${1:-$(cd "$root" && git rev-parse --short HEAD)}"
page_size="${2:-10}"
orders="${3:-100000}"
mkdir -p "$here/results"
run="$here/results/.last-run.txt"
rm -f "$run"
(cd "$root" && ./mvnw -B -ntp -o -q -pl integrations-service test -Dspring-javaformat.skip=true \
	-Dtest=ShopifyBackfillMeasurementTests -Dsurefire.failIfNoSpecifiedTests=false \
	-Dsentia.measure=true -Dsentia.measure.orders="$orders" -Dsentia.measure.pageSize="$page_size" \
	-Dsentia.measure.report="$run")
[ -s "$run" ] || { echo "shopify-backfill.sh: the measurement wrote no result" >&2; exit 1; }
echo "$label $(cat "$run")" | tee -a "$here/results/shopify-backfill.txt"
rm -f "$run"
