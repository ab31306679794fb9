#!/usr/bin/env bash
# Peak heap of the integrations service while it refuses a zip-bomb XLSX (1 GiB expanded) and a
# 50 MiB CSV over the row cap, and imports a 10 MiB CSV within the caps (about 19,400 rows):
# UploadHeapMeasurementTests, skipped in the normal build, starts the service on embedded
# PostgreSQL/Kafka, uploads over HTTP and reads the heap pools' peak usage around each upload.
#
#   bench/integrations-uploads/upload-heap.sh [label] [max-heap]     (max-heap default 256m, devstack's)
#
# Appends one line per run to bench/integrations-uploads/results/upload-heap.txt. The service and
# the test share one JVM, so the baseline before each upload is reported next to its peak.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/bench/integrations-uploads"
. "$root/bench/jdk.sh"

label="${1:-$(cd "$root" && git rev-parse --short HEAD)}"
heap="${2:-256m}"
mkdir -p "$here/results"
run="$here/results/.last-run.txt"
rm -f "$run"
(cd "$root" && ./mvnw -B -ntp -q -pl integrations-service -am verify -Dspring-javaformat.skip=true \
	-Dsentia.e2e.skip=true -Dtest=UploadHeapMeasurementTests -Dsurefire.failIfNoSpecifiedTests=false \
	-DargLine="-Xmx$heap" -Dsentia.measure=true -Dsentia.measure.report="$run")
[ -s "$run" ] || { echo "upload-heap.sh: the measurement wrote no result" >&2; exit 1; }
echo "$label heap=$heap $(cat "$run")" | tee -a "$here/results/upload-heap.txt"
rm -f "$run"
