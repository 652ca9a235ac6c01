#!/usr/bin/env bash
# kgx benchmark: stock CoreNLP's Chinese pipeline against kgx on the same machine, in one run.
# Usage: bench/run.sh [SEED_DIR]   (default: seeds/). Writes the table to bench/results.md and prints it.
# Needs /usr/bin/time (Debian package "time"); installs it when missing and run as root.
set -euo pipefail
cd "$(dirname "$0")/.."
seeds="${1:-seeds}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [ ! -x /usr/bin/time ]; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y -qq time >/dev/null; else echo "bench: needs /usr/bin/time" >&2; exit 1; fi
fi

echo "bench: building" >&2
mvn -B -q -Dstyle.color=never -DskipTests -pl core -am package test-compile >&2
mvn -B -q -Dstyle.color=never -pl core dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$PWD/target/test-classpath.txt" >&2
./kgx --version >/dev/null   # the launcher is built and warm on disk

# run CMD... : wall seconds and peak RSS (MB) of one command, into $wall and $rss
measure() {
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$work/out" 2> "$work/err" || { cat "$work/err" >&2; return 1; }
  read -r wall rss_kb < "$work/time"
  rss=$((rss_kb / 1024))
}

chars=$(cat "$seeds"/* | wc -m)

echo "bench: 1/5 stock CoreNLP pipeline (tokenize,ssplit,pos,lemma,ner,depparse)" >&2
measure java -Xmx12g -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  dev.kgx.bench.StockCoreNlpBench "$seeds" 2
stock_wall=$wall; stock_rss=$rss
stock_rate=$(grep warm_chars_per_second "$work/out" | cut -d= -f2)
stock_load=$(grep load_seconds "$work/out" | cut -d= -f2)

echo "bench: 2/5 kgx extract, cold, fresh store" >&2
measure ./kgx extract "$seeds" --store "$work/store"
cold_wall=$wall; cold_rss=$rss

echo "bench: 3/5 kgx warm throughput (the seeds 20 times under other names)" >&2
mkdir -p "$work/corpus"
for i in $(seq -w 1 20); do for f in "$seeds"/*; do cp "$f" "$work/corpus/r${i}_$(basename "$f")"; done; done
big_chars=$(cat "$work/corpus"/* | wc -m)
measure ./kgx extract "$work/corpus" --force --store "$work/store-big"
big_wall=$wall; big_rss=$rss
# warm: the big run less the cold run (start-up, model loading and the first five documents), both wall time
warm_docs_chars=$(( big_chars - chars ))
kgx_rate=$(awk -v c="$warm_docs_chars" -v b="$big_wall" -v a="$cold_wall" 'BEGIN {printf "%.0f", c / (b - a)}')

echo "bench: 4/5 saved queries and export" >&2
# the first read-only command after a build records the class-data archive (about a second more); not timed
./kgx query entities --store "$work/store" > /dev/null
query_rows=""
for q in queries/*.rq; do
  name=$(basename "$q" .rq)
  params=$( (grep -E '^# param:' "$q" || true) | awk '{print $3}' | while read -r p; do
    case "$p" in name|entity) echo "--param $p=OpenAI";; file) echo "--param file=$(ls "$seeds" | head -1)";; esac; done)
  # shellcheck disable=SC2086
  measure ./kgx query "$name" $params --store "$work/store"
  query_rows+="| \`kgx query $name\` | ${wall} s | ${rss} MB |"$'\n'
done
measure ./kgx export --format trig -o "$work/out.trig" --store "$work/store"
export_wall=$wall; export_rss=$rss

echo "bench: 5/5 kgx extract again on the unchanged store" >&2
measure ./kgx extract "$seeds" --store "$work/store"
rerun_wall=$wall; rerun_rss=$rss

ratio=$(awk -v a="$kgx_rate" -v b="$stock_rate" 'BEGIN {printf "%.1f", a / b}')
{
  echo "## kgx benchmark — $(date -u +%Y-%m-%d), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB"
  echo
  echo "Command: \`bench/run.sh\` ($chars characters in $(ls "$seeds" | wc -l) seed articles)."
  echo
  echo "| measurement | wall | peak RSS | notes |"
  echo "| --- | --- | --- | --- |"
  echo "| stock CoreNLP Chinese pipeline, load + cold pass + 2 warm passes | ${stock_wall} s | ${stock_rss} MB | model load ${stock_load} s |"
  echo "| \`kgx extract seeds/\`, cold, fresh store | ${cold_wall} s | ${cold_rss} MB | target ≤ 20 s, ≤ 3 GB |"
  echo "| \`kgx extract\` of the seeds × 20 ($big_chars characters) | ${big_wall} s | ${big_rss} MB | |"
  echo "| warm throughput, stock CoreNLP (one thread, as shipped) | ${stock_rate} chars/s | | |"
  echo "| warm throughput, kgx (all cores, models shared) | ${kgx_rate} chars/s | | **${ratio}×** stock (target ≥ 4×) |"
  echo "| \`kgx export --format trig\` | ${export_wall} s | ${export_rss} MB | |"
  echo "| \`kgx extract seeds/\` again, unchanged | ${rerun_wall} s | ${rerun_rss} MB | target ≤ 3 s |"
  echo
  echo "| saved query (end to end, JVM start included) | wall | peak RSS |"
  echo "| --- | --- | --- |"
  printf "%s" "$query_rows"
} > bench/results.md
cat bench/results.md
