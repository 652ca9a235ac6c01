#!/usr/bin/env bash
# kgx at scale: stores of generated documents (no NLP, bulk-loaded with `kgx load`) and one store of real extractions,
# each measured in the same run: bytes per quad before and after compaction, every saved query through the CLI and
# through `kgx serve`, one more real article extracted into the store, and the peak RSS of every command.
# Usage: bench/scale.sh [SIZE...]   (default: 1000 10000 100000; then a store of 1,000 real extractions of the seeds
#        and the development articles under new names, unless KGX_SCALE_REAL=0). Writes bench/scale.md and prints it.
#        KGX_SCALE_WORK=DIR keeps the stores and files there (default: a temporary folder, deleted at the end);
#        with KGX_SCALE_KEEP=1 each generated store is kept too (default: deleted once measured, to save disk).
#        KGX_SCALE_MEMORY_MB=N: run as root with a cgroup memory controller (v1 or v2), `kgx load`, `kgx compact`
#        and the extraction of the real articles run in a memory cgroup of N MB, their page cache dropped first (see
#        "bounded" below). Off by default, as it needs root.
# Needs /usr/bin/time and curl (Debian packages "time", "curl"); installs them when missing and run as root.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-1000 10000 100000}")
read -r -a sizes <<< "${sizes[*]}"
work="${KGX_SCALE_WORK:-$(mktemp -d)}"
mkdir -p "$work"
[ -n "${KGX_SCALE_WORK:-}" ] || trap 'rm -rf "$work"' EXIT
runs=5         # runs of each query (p50); the first run through serve warms it and is not counted
page=100       # a list query is timed as its first page of this many rows
slow=20        # a query slower than this (seconds) is run once, not five times
limit=120      # a query is stopped after this many seconds
port=3391
for tool in time curl; do
  if ! command -v "/usr/bin/$tool" >/dev/null; then
    if [ "$(id -u)" = 0 ]; then apt-get install -y -qq "$tool" >/dev/null; else echo "scale: needs /usr/bin/$tool" >&2; exit 1; fi
  fi
done

echo "scale: building" >&2
mvn -B -q -Dstyle.color=never -DskipTests -pl core -am package test-compile >&2
mvn -B -q -Dstyle.color=never -pl core dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$PWD/target/test-classpath.txt" >&2
./kgx --version >/dev/null
cp_test="target/test-classes:target/classes:$(cat target/test-classpath.txt)"

# `kgx load` and `kgx compact` read and write TDB2's index files through memory maps: the pages they touch count
# in their resident memory for as long as the system has memory to spare (20 GB for a load of 100,000 documents on
# a 23 GB machine), though the system takes them back whenever it needs them. In a memory cgroup the limit is
# enforced: what the command needs, not what the machine lends it. The page cache is dropped before each such run,
# as pages cached before are charged to whoever read them first.
memory_mb="${KGX_SCALE_MEMORY_MB:-}"
cgroup=""
if [ -n "$memory_mb" ] && [ "$(id -u)" = 0 ]; then
  if [ -f /sys/fs/cgroup/cgroup.controllers ] && grep -qw memory /sys/fs/cgroup/cgroup.controllers; then
    echo +memory > /sys/fs/cgroup/cgroup.subtree_control 2>/dev/null || true
    cgroup=/sys/fs/cgroup/kgx-scale
    { mkdir -p "$cgroup" && echo $((memory_mb * 1048576)) > "$cgroup/memory.max"; } 2>/dev/null || cgroup=""
  elif [ -d /sys/fs/cgroup/memory ]; then
    cgroup=/sys/fs/cgroup/memory/kgx-scale
    { mkdir -p "$cgroup" && echo $((memory_mb * 1048576)) > "$cgroup/memory.limit_in_bytes"; } 2>/dev/null || cgroup=""
  fi
fi
bounded_note="unbounded (KGX_SCALE_MEMORY_MB unset, or no memory cgroup could be made)"
[ -z "$cgroup" ] || bounded_note="in a memory cgroup of $memory_mb MB, page cache dropped first"

# measure NAME CMD... : runs a command, keeping its wall seconds and peak RSS (MB) in $wall and $rss, its output in
# $work/out and $work/err, and the largest RSS of the size being measured in $peak_rss/$peak_cmd
# (with allow_fail=1 a failing command is measured too, its exit code in $status; with bounded=1 it runs in the
# memory cgroup, when there is one)
measure() {
  local label=$1; shift
  status=0
  if [ "${bounded:-0}" = 1 ] && [ -n "$cgroup" ]; then
    sync; echo 3 > /proc/sys/vm/drop_caches 2>/dev/null || true
    set -- sh -c 'echo $$ > "$0/cgroup.procs" && exec "$@"' "$cgroup" "$@"
  fi
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$work/out" 2> "$work/err" || status=$?
  if [ "$status" != 0 ] && [ "${allow_fail:-0}" != 1 ]; then cat "$work/err" >&2; return 1; fi
  read -r wall rss_kb < <(tail -1 "$work/time")
  rss=$((rss_kb / 1024))
  if [ "$rss" -gt "$peak_rss" ]; then peak_rss=$rss; peak_cmd=$label; fi
}

bytes() { echo $(( $(du -sk "$1" | cut -f1) * 1024 )); }

# the one real article extracted into every store: a development article (any language would do)
one_dir="$work/one"; mkdir -p "$one_dir"
one=$(ls ../shared/eval/dev/texts/ | sed -n 1p)
cp "../shared/eval/dev/texts/$one" "$one_dir/scale-probe-$one"
echo "scale: one article into an empty store (its NLP time, the baseline)" >&2
peak_rss=0; peak_cmd=""
measure extract ./kgx extract "$one_dir" --store "$work/empty-store"
base_wall=$wall

report="$work/report.md"
: > "$report"
summary_rows=""

# measure_store LABEL STORE DOCS QUADS NAME FILE : the measurements every store gets
measure_store() {
  local label=$1 store=$2 docs=$3 quads=$4 name=$5 file=$6
  local before after
  before=$(bytes "$store")
  bounded=1 measure compact ./kgx compact --store "$store"; local compact_wall=$wall compact_rss=$rss
  after=$(bytes "$store")
  local bpq_before bpq_after
  bpq_before=$(awk -v b="$before" -v q="$quads" 'BEGIN {printf "%.0f", b / q}')
  bpq_after=$(awk -v b="$after" -v q="$quads" 'BEGIN {printf "%.0f", b / q}')

  # queries through the CLI, JVM start included: p50 of $runs (one run when slower than $slow s)
  local cli_rows="" name_q params p50 t times total
  ./kgx query entities --limit 1 --store "$store" > /dev/null 2>&1 || true  # records the class-data archive
  for q in queries/*.rq; do
    name_q=$(basename "$q" .rq)
    params=(); total=""
    while read -r p; do
      case "$p" in name|entity) params+=(--param "$p=$name");; file) params+=(--param "file=$file");; esac
    done < <( (grep -E '^# param:' "$q" || true) | awk '{print $3}')
    times=()
    for i in $(seq 1 "$runs"); do
      allow_fail=1 measure "query $name_q" ./kgx query "$name_q" "${params[@]}" --limit "$page" --format csv \
          --timeout "$limit" --store "$store"
      if [ "$status" != 0 ]; then
        grep -q "timeout" "$work/err" && times=("stopped after $limit") || times=("failed: $(head -c 80 "$work/err")")
        break
      fi
      times+=("$wall")
      total=$(sed -n 's/^kgx: rows .* of \(at least \)*\([0-9]*\).*/\2/p; s/^kgx: no rows after .*: \([0-9]*\) in all.*/\1/p' \
          "$work/err" | head -1)
      [ "$(awk -v w="$wall" -v s="$slow" 'BEGIN {print (w > s)}')" = 1 ] && break
    done
    p50=$(printf "%s\n" "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    case "${times[0]}" in "stopped after"*) p50=">$limit"; total="?";; failed*) p50="${times[0]// /_}"; total="?";; esac
    cli_rows+="$name_q ${p50} ${#times[@]} ${total:-?} ${rss}"$'\n'
  done

  # the same queries through kgx serve, warm
  ./kgx serve --store "$store" --port "$port" --timeout "$limit" > "$work/serve.out" 2> "$work/serve.err" &
  local serve_pid=$!
  for _ in $(seq 1 120); do
    grep -q "serving" "$work/serve.out" 2>/dev/null && break
    sleep 1
  done
  local java_pid
  java_pid=$(pgrep -P "$serve_pid" java || echo "$serve_pid")
  java -Dkgx.bench.slow="$slow" -Dkgx.bench.timeout=$((limit + 60)) -cp "$cp_test" dev.kgx.bench.ServeLatencyBench "http://127.0.0.1:$port/kgx" queries "$runs" "$page" \
      "name=$name" "entity=$name" "file=$file" > "$work/serve-latency.txt"
  local serve_rss
  serve_rss=$(awk '/VmHWM/ {printf "%d", $2 / 1024}' "/proc/$java_pid/status" 2>/dev/null || echo "?")
  kill "$serve_pid" 2>/dev/null || true
  wait "$serve_pid" 2>/dev/null || true
  if [ "$serve_rss" != "?" ] && [ "$serve_rss" -gt "$peak_rss" ]; then peak_rss=$serve_rss; peak_cmd=serve; fi

  # one more real article: its whole run, and what it spent beyond the analysis
  measure extract ./kgx extract "$one_dir" --force --store "$store"
  local one_wall=$wall one_rss=$rss storing across
  storing=$(sed -n 's/.*(storing \([0-9.]*\) s, across documents \([0-9.]*\) s).*/\1/p' "$work/out")
  across=$(sed -n 's/.*(storing \([0-9.]*\) s, across documents \([0-9.]*\) s).*/\2/p' "$work/out")
  local beyond
  beyond=$(awk -v a="$one_wall" -v b="$base_wall" 'BEGIN {printf "%.2f", a - b}')

  {
    echo "### $label: $docs documents, $quads quads"
    echo
    echo "$prelude"
    echo
    echo "| measurement | figure | peak RSS |"
    echo "| --- | --- | --- |"
    echo "| store before compaction | $((before / 1000000)) MB, **$bpq_before bytes/quad** | |"
    echo "| \`kgx compact\` | ${compact_wall} s → $((after / 1000000)) MB, **$bpq_after bytes/quad** | ${compact_rss} MB |"
    echo "| one more article, \`kgx extract\` (wall) | ${one_wall} s (empty store: ${base_wall} s; difference **${beyond} s**) | ${one_rss} MB |"
    echo "| of which storing / across documents | ${storing} s / **${across} s** | |"
    echo "| \`kgx serve\` peak RSS over all its queries | | ${serve_rss} MB |"
    echo
    echo "| saved query | rows in all | CLI p50 (runs) | serve p50 (min–max) |"
    echo "| --- | --- | --- | --- |"
    while read -r qn qp qr qt _; do
      [ -n "$qn" ] || continue
      local sv
      sv=$(awk -v n="$qn" '$1 == n {print ($2 == "-" ? $6 : "**" $2 " s** (" $3 "–" $4 ", " $5 " runs)")}' "$work/serve-latency.txt")
      echo "| $qn | $qt | $qp s ($qr) | $sv |"
    done <<< "$cli_rows"
    echo
    echo "Peak RSS of any command on this store: **${peak_rss} MB** (\`${peak_cmd}\`)."
    echo
  } >> "$report"
  local slowest
  slowest=$(awk '$2 == "-" {stopped = 1} $2 != "-" && $2 + 0 > max {max = $2 + 0; name = $1}
      END {print (stopped ? "a query stopped at " limit " s" : max " s (" name ")")}' limit="$limit" \
      "$work/serve-latency.txt")
  summary_rows+="| $label | $docs | $quads | $bpq_before | $bpq_after | $slowest | ${storing} + ${across} s (wall difference ${beyond} s) | ${peak_rss} MB |"$'\n'
}

for n in "${sizes[@]}"; do
  peak_rss=0; peak_cmd=""
  echo "scale: $n generated documents" >&2
  measure generate java -Xmx2g -cp "$cp_test" dev.kgx.bench.ScaleCorpusGenerator --documents "$n" \
      --out "$work/gen-$n.nq.gz"
  gen_wall=$wall
  bounded=1 measure load ./kgx load "$work/gen-$n.nq.gz" --store "$work/store-$n"
  load_wall=$wall; load_rss=$rss
  quads=$(sed -n 's/.*documents, \([0-9]*\) quads.*/\1/p' "$work/out")
  top=$(./kgx query cross-document-entities --limit 1 --format csv --store "$work/store-$n" 2>/dev/null | sed -n 2p \
      | cut -d, -f1 | tr -d '\r')
  first=$(./kgx sparql 'SELECT ?p WHERE { ?d kgx:path ?p } ORDER BY ?p LIMIT 1' --format csv \
      --store "$work/store-$n" 2>/dev/null | sed -n 2p | tr -d '\r')
  prelude="Generated in ${gen_wall} s; \`kgx load\` in ${load_wall} s, ${load_rss} MB peak RSS; queries name \"$top\"."
  measure_store "generated $n" "$work/store-$n" "$n" "$quads" "$top" "$first"
  [ -n "${KGX_SCALE_KEEP:-}" ] || rm -rf "$work/store-$n" "$work/gen-$n.nq.gz"
done

if [ "${KGX_SCALE_REAL:-1}" = 1 ]; then
echo "scale: 1,000 real extractions" >&2
peak_rss=0; peak_cmd=""
mkdir -p "$work/real"
articles=$(( $(find seeds ../shared/eval/dev/texts -maxdepth 1 -type f | wc -l) ))
copies=$(( (1000 + articles - 1) / articles ))
for i in $(seq -w 1 "$copies"); do
  for f in seeds/* ../shared/eval/dev/texts/*; do cp "$f" "$work/real/r${i}_$(basename "$f")"; done
done
real_docs=$(ls "$work/real" | wc -l)
bounded=1 measure extract ./kgx extract "$work/real" --store "$work/store-real"
real_wall=$wall; real_rss=$rss
real_quads=$(./kgx sparql 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }' --format csv --store "$work/store-real" | sed -n 2p | tr -d '\r')
top=$(./kgx query cross-document-entities --limit 1 --format csv --store "$work/store-real" 2>/dev/null | sed -n 2p \
    | cut -d, -f1 | tr -d '\r')
first=$(ls "$work/real" | sed -n 1p)  # not head: under pipefail, ls stopped by a closed pipe ends the script
prelude="Extracted one by one in ${real_wall} s, ${real_rss} MB peak RSS; queries name \"$top\"."
measure_store "real extractions" "$work/store-real" "$real_docs" "$real_quads" "$top" "$first"
fi

{
  echo "## kgx at scale — $(date -u +%Y-%m-%d), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB"
  echo
  echo "Command: \`bench/scale.sh ${sizes[*]}\`. Generated stores: \`ScaleCorpusGenerator\` (test sources) writes"
  echo "documents' graphs as extract maps them, loaded with \`kgx load\` (TDB2's bulk loader). Queries: CLI = \`kgx query NAME"
  echo "--limit $page\`, JVM start included, which prints the first $page rows and counts all of them (\"rows in all\");"
  echo "serve = the query text with LIMIT $page through \`kgx serve\`, warm (one run first, not counted). A query slower"
  echo "than $slow s is run once; one still running after $limit s is stopped. One more article: \`$one\` extracted into"
  echo "the store: what it spent storing the document and deriving what crosses documents (kgx's own figures), and its"
  echo "wall time less that of the same extraction into an empty store (noisy: seconds of NLP either way)."
  echo "\`kgx load\`, \`kgx compact\` and the extraction of the real articles ran $bounded_note (unbounded, their"
  echo "resident memory is mostly TDB2's mapped index files, which the system lends them while it has memory to spare)."
  echo
  echo "| store | documents | quads | bytes/quad before compaction | after | slowest query p50 via serve | one more article: storing + across documents | peak RSS, any command |"
  echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
  printf "%s" "$summary_rows"
  echo
  cat "$report"
} > "$work/scale.md"
# earlier runs stay below this one: the file is the record of how the figures moved
{ cat "$work/scale.md"; echo; [ ! -f bench/scale.md ] || cat bench/scale.md; } > "$work/scale-all.md"
mv "$work/scale-all.md" bench/scale.md
cat "$work/scale.md"
[ -z "$cgroup" ] || rmdir "$cgroup" 2>/dev/null || true
