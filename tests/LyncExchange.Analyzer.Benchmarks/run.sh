#!/usr/bin/env bash
# Side-by-side throughput of `lxa analyze FILE --format sarif --output /dev/null` (Release, whole process) and the
# parse-only anchors of issue #9, on generated deterministic inputs. Prints MB/s, lxa's ratio to each anchor and peak
# RSS (GNU time). Median of RUNS warm runs (one untimed run first).
#   SIZES="10 100 1000" RUNS=5 WORK=/tmp/lxa-bench tests/LyncExchange.Analyzer.Benchmarks/run.sh
# KINDS picks inputs (zone ldif fl-utf8 fl-utf16 dumpset startup); dumpset = a scenario corpus plus a generated ~15 MB
# LDIF (a typical case: ~60 files, ≤ 20 MB), startup = `lxa --version`. AOT=0 skips the NativeAOT build (-p:LxaNativeAot=true).
# No DNS tool here sends a query: named-checkzone runs with -i none and every name check off; dig/nslookup are never run.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
SIZES="${SIZES:-10 100}"
RUNS="${RUNS:-5}"
WORK="${WORK:-/tmp/lxa-bench}"
KINDS="${KINDS:-zone ldif fl-utf8 fl-utf16 dumpset startup}"
AOT="${AOT:-1}"
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
builds=("lxa analyze (JIT)|$LXA")
if [ "$AOT" = 1 ]; then
  dotnet publish "$ROOT/src/LyncExchange.Analyzer.Cli" -c Release -r linux-x64 -p:LxaNativeAot=true -o "$WORK/aot" -v q -nologo >/dev/null
  builds+=("lxa analyze (NativeAOT)|$WORK/aot/lxa")
fi
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

printf '%-9s %6s  %-34s %8s %9s %9s %9s\n' input MB tool seconds MB/s "lxa/it" "RSS MB"
echo "(lxa/it = lxa's MB/s over the tool's: JIT build/NativeAOT build; >= 1.00 means lxa is at least as fast)"
# Start-up and the typical small case do not depend on SIZES: measured once.
for kind in $KINDS; do
  case $kind in
    startup)
      # GNU time has 10 ms resolution: time 21 runs with nanosecond clocks instead and take the median.
      for build in "${builds[@]}"; do
        read -r _ r < <(RUNS=1 measure "${build#*|}" --version)
        t=$(for _ in $(seq 21); do s=$(date +%s%N); "${build#*|}" --version >/dev/null; e=$(date +%s%N); echo $(((e - s) / 1000)); done \
          | sort -n | awk '{a[NR]=$1} END {printf "%.3f", a[11] / 1e6}')
        label=${build%%|*}
        printf '%-9s %6s  %-34s %8.3f %9s %9s %9.0f\n' startup - "${label/analyze /} --version" "$t" - - "$((r / 1024))"
      done ;;
    dumpset)
      dir="$WORK/dumpset"
      if [ ! -s "$dir/directory/generated-users.ldf" ]; then
        rm -rf "$dir"; cp -r "$ROOT/fixtures/scenarios/lync-server-broken" "$dir"
        $GEN ldif 15 "$dir/directory/generated-users.ldf" >&2
      fi
      mb=$(du -sm --apparent-size "$dir" | cut -f1); files=$(find "$dir" -type f | wc -l)
      for build in "${builds[@]}"; do
        read -r t r < <(measure "${build#*|}" analyze "$dir" --format sarif --output /dev/null -q)
        awk -v mb="$mb" -v t="$t" -v r="$r" -v tool="${build%%|*} ($files files)" 'BEGIN {
          printf "%-9s %6s  %-34s %8.2f %9.1f %9s %9.0f\n", "dumpset", mb, tool, t, mb/(t > 0 ? t : 0.005), "", r/1024 }'
      done ;;
  esac
done
for size in $SIZES; do
  for kind in $KINDS; do
    case $kind in
      zone) file="big.example.dns" ;;
      ldif) file="export.ldf" ;;
      fl-*) file="Get-RemoteMailbox.txt" ;;
      *) continue ;;
    esac
    dir="$WORK/$kind-$size"; mkdir -p "$dir"; file="$dir/$file"
    [ -s "$file" ] || $GEN "$kind" "$size" "$file" >&2
    mb=$(awk -v b="$(stat -c %s "$file")" 'BEGIN {printf "%.1f", b/1048576}')
    rows=()
    for build in "${builds[@]}"; do
      read -r bt br < <(measure "${build#*|}" analyze "$file" --format sarif --output /dev/null -q)
      rows+=("${build%%|*}|$bt|$br")
    done
    # Ratios: the JIT build's (the packaged tool's) throughput over the anchor's, then the NativeAOT build's.
    IFS='|' read -r _ lt _ <<<"${rows[0]}"
    at=""; [ ${#rows[@]} -gt 1 ] && IFS='|' read -r _ at _ <<<"${rows[1]}"
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
      awk -v k="$kind" -v mb="$mb" -v tool="$tool" -v t="$t" -v r="$r" -v lt="$lt" -v at="$at" 'BEGIN {
        s = (t > 0 ? t : 0.005); ls = (lt > 0 ? lt : 0.005); as = (at > 0 ? at : 0.005)
        ratio = (tool ~ /^lxa/) ? "" : sprintf("%.2f", s/ls) (at == "" ? "" : sprintf("/%.2f", s/as))
        printf "%-9s %6s  %-34s %8.2f %9.1f %9s %9.0f\n", k, mb, tool, t, mb/s, ratio, r/1024 }'
    done
  done
done
