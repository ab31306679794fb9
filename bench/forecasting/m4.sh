#!/usr/bin/env bash
# Runs the forecasting engine's batch CLI on the M4 benchmark subset and scores it.
#
#   bench/forecasting/m4.sh [DATA_DIR] [--validate] [--models "auto ets ..."] [--weekly-season M] [--threads N]
#
# DATA_DIR defaults to ../shared/bench/m4-subset relative to the repository root. Only train.csv and
# info.csv go to the engine; test.csv is read by the data folder's score.py alone. With --validate the
# last horizon of every training series is held out and scored instead (training data only), which is
# what model and setting choices are made on. Scores land in bench/forecasting/results/.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/bench/forecasting"
data="$root/../shared/bench/m4-subset"
models="auto ets arima theta croston sba tsb snaive naive ensemble"
# Weekly data get a 52-week cycle: on the validation split (training data only) auto scored Weekly
# OWA 0.729 with 52 against 0.859 with 1. Scoring still uses M4's m = 1.
weekly_season=52
validate=false
threads=$(nproc)
while [ $# -gt 0 ]; do
	case "$1" in
		--validate) validate=true; shift ;;
		--models) models="$2"; shift 2 ;;
		--weekly-season) weekly_season="$2"; shift 2 ;;
		--threads) threads="$2"; shift 2 ;;
		-*) echo "m4.sh: unknown option $1" >&2; exit 2 ;;
		*) data="$1"; shift ;;
	esac
done
data=$(cd "$data" && pwd)
[ -f "$data/train.csv" ] && [ -f "$data/info.csv" ] && [ -f "$data/score.py" ] \
	|| { echo "m4.sh: $data does not look like the M4 subset (train.csv, info.csv, score.py)" >&2; exit 2; }

. "$root/bench/jdk.sh"

work="$here/work"
results="$here/results"
mkdir -p "$work" "$results"
classpath_file="$work/runtime.classpath"
(cd "$root" && ./mvnw -B -ntp -o -q -pl forecasting-service compile -Dspring-javaformat.skip=true dependency:build-classpath \
	-Dmdep.includeScope=runtime -Dmdep.outputFile="$classpath_file")
classpath="$root/forecasting-service/target/classes:$(cat "$classpath_file")"

if $validate; then
	split="$work/validation-data"
	python3 "$here/m4_tools.py" validation "$data" "$split"
	scored="$split"
	tag="validation"
else
	scored="$data"
	tag="test"
fi
input="$work/m4-input-$tag.csv"
python3 "$here/m4_tools.py" cli-input "$scored" "$input" --weekly-season "$weekly_season"

summary="$results/m4-$tag-summary.txt"
{
	echo "M4 subset ($tag split), weekly season length $weekly_season, $(date -u +%Y-%m-%dT%H:%MZ)"
	echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
} > "$summary"
for model in $models; do
	out="$work/forecast-$tag-$model.csv"
	started=$(date +%s)
	java ${JAVA_OPTS:-} -cp "$classpath" io.sentia.forecasting.engine.cli.ForecastCli --in "$input" --out "$out" \
		--levels 80,90,95 --model "$model" --threads "$threads"
	seconds=$(( $(date +%s) - started ))
	python3 "$here/m4_tools.py" scorer-input "$out" "$work/scorer-$tag-$model.csv"
	{
		echo
		echo "== $model ($seconds s)"
		python3 "$data/score.py" "$work/scorer-$tag-$model.csv" --data "$scored"
	} | tee -a "$summary"
done
python3 "$here/m4_tools.py" table "$summary" "${summary%.txt}.md"
echo "summary: $summary and ${summary%.txt}.md"
