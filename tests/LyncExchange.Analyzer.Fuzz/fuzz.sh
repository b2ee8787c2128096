#!/usr/bin/env bash
# Coverage-guided fuzzing of every dump reader with afl++ (Debian's package) and SharpFuzz 2.3.0.
#   tests/LyncExchange.Analyzer.Fuzz/fuzz.sh SECONDS_PER_TARGET [TARGET...]
# Builds the harness, instruments the engine assembly, seeds each target from the committed fixtures, runs afl-fuzz
# for the given time per target, prints executions and crashes per target, replays every crash and exits 1 if any.
# Work (instrumented build, seeds, findings) goes to $FUZZ_WORK (default /tmp/lxa-fuzz); nothing in the tree changes.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD
seconds=${1:?usage: fuzz.sh SECONDS_PER_TARGET [TARGET...]}
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(format-list format-table transcript clixml json csv ldif zone web.config reg)
work=${FUZZ_WORK:-/tmp/lxa-fuzz}
mkdir -p "$work"

if ! command -v afl-fuzz >/dev/null; then
  apt-get update && apt-get install -y afl++
fi

# SharpFuzz's instrumenter as a local tool of the work folder's own manifest: the repository's manifest stays as it is.
if [ ! -f "$work/.config/dotnet-tools.json" ] && [ ! -f "$work/dotnet-tools.json" ]; then
  (cd "$work" && dotnet new tool-manifest >/dev/null)
fi
(cd "$work" && dotnet tool install SharpFuzz.CommandLine --version 2.3.0 >/dev/null 2>&1 || dotnet tool restore >/dev/null)

rm -rf "$work/bin" "$work/replay"
dotnet publish "$repo/tests/LyncExchange.Analyzer.Fuzz/LyncExchange.Analyzer.Fuzz.csproj" -c Release -o "$work/bin" --nologo -v quiet
# Instrumented code writes to afl's shared memory and dies without it: crashes are replayed on a plain copy.
cp -r "$work/bin" "$work/replay"
(cd "$work" && dotnet tool run sharpfuzz "$work/bin/LyncExchange.Analyzer.dll")

fixtures=$repo/fixtures
seeds_of() {
  case "$1" in
    format-list) ls "$fixtures"/formats/powershell/fl/*.txt "$fixtures"/formats/powershell/fl-utf16/Get-OwaVirtualDirectory.txt ;;
    format-table) ls "$fixtures"/formats/powershell/ft/*.txt ;;
    transcript) ls "$fixtures"/formats/powershell/transcript/*.txt ;;
    clixml) ls "$fixtures"/formats/powershell/clixml/*.xml ;;
    json) ls "$fixtures"/formats/powershell/json/*.json ;;
    csv) ls "$fixtures"/formats/powershell/csv/*.csv ;;
    ldif) ls "$fixtures"/ldif/*.ld* ;;
    zone) find "$fixtures/dns" -type f \( -name '*.zone' -o -name '*.dns' -o -name 'db.*' \) ;;
    web.config) ls "$repo"/tests/LyncExchange.Analyzer.Tests/Fuzzing/Seeds/*.config ;;
    reg) ls "$repo"/tests/LyncExchange.Analyzer.Tests/Fuzzing/Seeds/*.reg ;;
    *) echo "unknown target $1" >&2; return 1 ;;
  esac
}

export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_FORKSRV_INIT_TMOUT=60000
export DOTNET_TieredPGO=0 DOTNET_CLI_TELEMETRY_OPTOUT=1
status=0
summary=()
for target in "${targets[@]}"; do
  seeds=$work/seeds/$target
  rm -rf "$seeds" "$work/findings/$target"
  mkdir -p "$seeds" "$work/findings/$target"
  # afl++ wants small seeds: larger fixtures slow every execution and add no coverage the small ones miss.
  seeds_of "$target" | while read -r f; do
    if [ "$(stat -c %s "$f")" -le 16384 ]; then cp "$f" "$seeds/"; fi
  done
  echo "== $target: $(ls "$seeds" | wc -l) seeds, ${seconds}s"
  afl-fuzz -i "$seeds" -o "$work/findings/$target" -t 10000 -m none -V "$seconds" -- \
    dotnet "$work/bin/LyncExchange.Analyzer.Fuzz.dll" "$target" > "$work/findings/$target.log" 2>&1 || true
  stats=$work/findings/$target/default/fuzzer_stats
  execs=$(awk -F' *: *' '$1=="execs_done"{print $2}' "$stats" 2>/dev/null || echo 0)
  crashes=$(awk -F' *: *' '$1=="saved_crashes"||$1=="unique_crashes"{print $2}' "$stats" 2>/dev/null || echo "?")
  hangs=$(awk -F' *: *' '$1=="saved_hangs"||$1=="unique_hangs"{print $2}' "$stats" 2>/dev/null || echo "?")
  edges=$(awk -F' *: *' '$1=="edges_found"{print $2}' "$stats" 2>/dev/null || echo "?")
  summary+=("$target execs=$execs crashes=$crashes hangs=$hangs edges=$edges")
  shopt -s nullglob
  found=("$work/findings/$target"/default/crashes/id:*)
  shopt -u nullglob
  if [ ${#found[@]} -gt 0 ]; then
    status=1
    echo "-- replaying ${#found[@]} crash(es) of $target"
    dotnet "$work/replay/LyncExchange.Analyzer.Fuzz.dll" "$target" "${found[@]}" || true
  fi
done

printf '%s\n' "${summary[@]}"
exit $status
