#!/usr/bin/env bash
# kgx's Spark job against kgx extract, in one run on this machine: throughput with 1 and 2 executor cores (Spark in
# local mode through spark/kgx-spark, spark-submit's entry point, where the driver's JVM is the executor) beside
# `kgx extract --threads 1|2`, and the peak RSS of each JVM (for Spark, the memory of one executor).
# Usage: bench/spark.sh [COPIES]   (default 10). The corpus is the seeds and the development articles
# (../shared/eval/dev/texts), once (the cold run: JVM start, model loading) and COPIES times under other names;
# the throughput is the warm rate: the characters the copies add, over the wall time they add.
# Writes bench/spark.md (earlier runs kept below) and prints it. Needs /usr/bin/time (Debian package "time").
set -euo pipefail
cd "$(dirname "$0")/.."
copies="${1:-10}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [ ! -x /usr/bin/time ]; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y -qq time >/dev/null; else echo "bench: needs /usr/bin/time" >&2; exit 1; fi
fi

echo "spark bench: building" >&2
mvn -B -q -Dstyle.color=never -DskipTests package >&2
./kgx --version >/dev/null
rm -f spark/target/spark-classpath.txt   # spark/kgx-spark builds and resolves Spark's jars again
./spark/kgx-spark --help >/dev/null 2>&1

measure() {
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$work/out" 2> "$work/err" || { tail -20 "$work/err" >&2; return 1; }
  read -r wall rss_kb < "$work/time"
  rss=$((rss_kb / 1024))
}

mkdir -p "$work/one" "$work/many"
for d in seeds ../shared/eval/dev/texts; do
  [ -d "$d" ] || { echo "spark bench: $d not found" >&2; exit 1; }
  cp "$d"/* "$work/one/"
done
for i in $(seq -w 1 "$copies"); do for f in "$work/one"/*; do cp "$f" "$work/many/r${i}_$(basename "$f")"; done; done
one_docs=$(ls "$work/one" | wc -l); one_chars=$(cat "$work/one"/* | wc -m)
many_docs=$(ls "$work/many" | wc -l); many_chars=$(cat "$work/many"/* | wc -m)

rows=""
# run LABEL CMD-PREFIX... : the command on the one-copy and the many-copies corpus; appends a row
run() {
  local label=$1; shift
  echo "spark bench: $label" >&2
  rm -rf "$work/store" "$work/out-dir"
  "$@" "$work/one"; local cold=$wall cold_rss=$rss
  rm -rf "$work/store" "$work/out-dir"
  "$@" "$work/many"; local big=$wall big_rss=$rss
  local rate
  rate=$(awk -v c="$((many_chars - one_chars))" -v b="$big" -v a="$cold" 'BEGIN {printf "%.0f", c / (b - a)}')
  local peak=$(( big_rss > cold_rss ? big_rss : cold_rss ))
  rows+="| $label | ${cold} s | ${big} s | **${rate}** | ${peak} MB |"$'\n'
  last_rate=$rate
}
extract_run() { measure ./kgx extract "$1" --progress never --threads "$threads" --store "$work/store"; }
spark_run() {
  KGX_SPARK_MEMORY=3g measure ./spark/kgx-spark --master "local[$cores]" "$1" "$work/out-dir" \
      --partitions $((4 * cores))
}
threads=1; run "kgx extract --threads 1" extract_run; extract1=$last_rate
threads=2; run "kgx extract --threads 2" extract_run; extract2=$last_rate
cores=1; run "Spark job, 1 executor core (local[1])" spark_run; spark1=$last_rate
cores=2; run "Spark job, 2 executor cores (local[2])" spark_run; spark2=$last_rate

speedup() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", b / a}'; }
{
  echo "## kgx's Spark job beside kgx extract — $(date -u +%Y-%m-%d), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB"
  echo
  echo "Command: \`bench/spark.sh $copies\`. Corpus: the seeds and the development articles, $one_docs documents"
  echo "($one_chars characters) for the cold run, and $copies copies under other names, $many_docs documents ($many_chars"
  echo "characters). Warm rate: the characters the copies add over the wall time they add, in characters per second."
  echo "Spark in local mode through \`spark/kgx-spark\` (the driver's JVM runs the tasks: one executor, -Xmx3g), 4 partitions per core; \`kgx"
  echo "extract\` into a fresh store (its run includes storing and deriving across documents; the Spark job's, writing"
  echo "gzipped N-Quads). Peak RSS: of the one JVM, the larger of the two runs."
  echo
  echo "| run | $one_docs documents (cold) | $many_docs documents | warm rate (chars/s) | peak RSS |"
  echo "| --- | --- | --- | --- | --- |"
  printf "%s" "$rows"
  echo
  echo "Speedup from 1 to 2 cores: \`kgx extract\` $(speedup "$extract1" "$extract2")×, Spark job $(speedup "$spark1" "$spark2")×."
} > "$work/spark.md"
{ cat "$work/spark.md"; echo; [ ! -f bench/spark.md ] || cat bench/spark.md; } > "$work/spark-all.md"
mv "$work/spark-all.md" bench/spark.md
cat "$work/spark.md"
