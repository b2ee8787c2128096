#!/usr/bin/env bash
# Side-by-side throughput of `lxa analyze FILE --format sarif --output /dev/null` (Release, whole process) and the
# parse-only anchors of issue #9, on generated deterministic inputs. Prints MB/s, lxa's ratio to each anchor and peak
# RSS (GNU time). Median of RUNS warm runs (one untimed run first).
#   SIZES="10 100 1000" RUNS=5 WORK=/tmp/lxa-bench tests/LyncExchange.Analyzer.Benchmarks/run.sh
# No DNS tool here sends a query: named-checkzone runs with -i none and every name check off; dig/nslookup are never run.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
SIZES="${SIZES:-10 100}"
RUNS="${RUNS:-5}"
WORK="${WORK:-/tmp/lxa-bench}"
KINDS="${KINDS:-zone ldif fl-utf8 fl-utf16}"
mkdir -p "$WORK"

need=()
command -v ldapmodify >/dev/null || need+=(ldap-utils)
command -v named-checkzone >/dev/null || need+=(bind9-utils)
command -v gawk >/dev/null || need+=(gawk)
[ -x /usr/bin/time ] || need+=(time)
[ -e /usr/include/libzscanner/scanner.h ] || need+=(libknot-dev)
/usr/bin/python3 -c 'import ldif' 2>/dev/null || need+=(python3-ldap)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing anchors: ${need[*]}" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
gcc -O2 -o "$WORK/zscan" "$HERE/anchors/zscan.c" -lzscanner

dotnet build "$ROOT/src/LyncExchange.Analyzer.Cli" -c Release -v q -nologo >/dev/null
dotnet build "$HERE" -c Release -v q -nologo >/dev/null
LXA="$ROOT/src/LyncExchange.Analyzer.Cli/bin/Release/net10.0/lxa"
GEN="dotnet $HERE/bin/Release/net10.0/LyncExchange.Analyzer.Benchmarks.dll generate"

# measure NAME CMD... -> "median_seconds peak_rss_kb" (peak = largest of the timed runs)
measure() {
  "$@" >/dev/null 2>&1 || true
  local times=() peak=0
  for _ in $(seq "$RUNS"); do
    local out
    /usr/bin/time -o "$WORK/time.out" -f "%e %M" "$@" >/dev/null 2>&1 || true
    out=$(tail -1 "$WORK/time.out")
    times+=("${out% *}")
    local rss="${out#* }"; [ "$rss" -gt "$peak" ] && peak=$rss
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}')
  echo "$median $peak"
}

printf '%-9s %6s  %-34s %8s %9s %8s %9s\n' input MB tool seconds MB/s "lxa/it" "RSS MB"
for size in $SIZES; do
  for kind in $KINDS; do
    dir="$WORK/$kind-$size"; mkdir -p "$dir"
    case $kind in
      zone) file="$dir/big.example.dns" ;;
      ldif) file="$dir/export.ldf" ;;
      fl-*) file="$dir/Get-RemoteMailbox.txt" ;;
    esac
    [ -s "$file" ] || $GEN "$kind" "$size" "$file" >&2
    mb=$(awk -v b="$(stat -c %s "$file")" 'BEGIN {printf "%.1f", b/1048576}')
    read -r lt lr < <(measure "$LXA" analyze "$file" --format sarif --output /dev/null -q)
    rows=("lxa analyze (sarif)|$lt|$lr")
    case $kind in
      zone)
        read -r t r < <(measure "$WORK/zscan" big.example. "$file"); rows+=("Knot zscanner zs_parse_all|$t|$r")
        read -r t r < <(measure named-checkzone -i none -k ignore -m ignore -M ignore -n ignore -r ignore -S ignore -T ignore -W ignore -o /dev/null big.example "$file")
        rows+=("BIND named-checkzone -i none|$t|$r") ;;
      ldif)
        read -r t r < <(measure ldapmodify -n -f "$file"); rows+=("OpenLDAP ldapmodify -n|$t|$r")
        read -r t r < <(measure /usr/bin/python3 "$HERE/anchors/pyldif.py" "$file"); rows+=("python-ldap LDIFParser|$t|$r") ;;
      fl-utf8)
        read -r t r < <(measure gawk -f "$HERE/anchors/fl.awk" "$file"); rows+=("naive gawk splitter|$t|$r") ;;
      fl-utf16)
        # awk reads no UTF-16: the anchor is iconv to UTF-8 piped into the same splitter.
        read -r t r < <(measure bash -c "iconv -f UTF-16LE -t UTF-8 '$file' | gawk -f '$HERE/anchors/fl.awk'"); rows+=("iconv + naive gawk splitter|$t|$r") ;;
    esac
    for row in "${rows[@]}"; do
      IFS='|' read -r tool t r <<<"$row"
      awk -v k="$kind" -v mb="$mb" -v tool="$tool" -v t="$t" -v r="$r" -v lt="$lt" 'BEGIN {
        s = (t > 0 ? t : 0.005); ls = (lt > 0 ? lt : 0.005)
        ratio = (tool ~ /^lxa/) ? "" : sprintf("%.2f", (mb/ls)/(mb/s))
        printf "%-9s %6s  %-34s %8.2f %9.1f %8s %9.0f\n", k, mb, tool, t, mb/s, ratio, r/1024 }'
    done
  done
done
