#!/usr/bin/env bash
# The NativeAOT build (`-p:LxaNativeAot=true`, the fast-start option the README offers) must say exactly what the
# framework-dependent build says: publish it, run both over every bundled corpus in every report format (plus
# redaction, inspect, rules, explain) and compare the bytes. Trimming or AOT-only failures (reflection, metadata
# tokens, JSON serialisation) show up here, not on a customer's machine. Called from .ci/run.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

# The AOT linker step needs a C toolchain and zlib; Debian has them as packages.
if ! command -v clang >/dev/null 2>&1 && ! command -v gcc >/dev/null 2>&1 || [ ! -e /usr/include/zlib.h ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends clang zlib1g-dev >/dev/null
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet build src/LyncExchange.Analyzer.Cli -c Release --nologo -v q >/dev/null
dotnet publish src/LyncExchange.Analyzer.Cli -c Release -r linux-x64 -p:LxaNativeAot=true -o "$work/aot" --nologo -v q >/dev/null
jit="src/LyncExchange.Analyzer.Cli/bin/Release/net10.0/lxa"
aot="$work/aot/lxa"

failures=0
compare() {
    local name="$1"; shift
    set +e
    "$jit" "$@" >"$work/jit.out" 2>"$work/jit.err"; local jit_rc=$?
    "$aot" "$@" >"$work/aot.out" 2>"$work/aot.err"; local aot_rc=$?
    set -e
    if [ "$jit_rc" -ne "$aot_rc" ] || ! cmp -s "$work/jit.out" "$work/aot.out" || ! cmp -s "$work/jit.err" "$work/aot.err"; then
        echo "FAIL: $name: JIT exit $jit_rc, AOT exit $aot_rc" >&2
        diff "$work/jit.out" "$work/aot.out" | head -20 >&2 || true
        diff "$work/jit.err" "$work/aot.err" | head -20 >&2 || true
        failures=$((failures + 1))
    fi
}

corpora=(fixtures/samples/owa-im-misconfigured/ps51 fixtures/samples/owa-im-misconfigured/ps7 fixtures/scenarios/*/ fixtures/customer-shaped/*/)
[ -d ../shared/realworld ] && corpora+=(../shared/realworld)
checked=0
for corpus in "${corpora[@]}"; do
    for format in text sarif json html md; do
        compare "analyze $corpus ($format)" analyze "$corpus" --format "$format" -q
        checked=$((checked + 1))
    done
    compare "analyze $corpus --redact" analyze "$corpus" --redact -q
    compare "inspect $corpus" inspect "$corpus"
    checked=$((checked + 2))
done
compare "rules" rules
compare "explain" explain LXA0301
compare "collector" collector
checked=$((checked + 3))

[ "$failures" -eq 0 ] || { echo "aot-test: $failures of $checked outputs differ between the NativeAOT and the JIT build" >&2; exit 1; }
start=$(date +%s%N); "$aot" --version >/dev/null; end=$(date +%s%N)
echo "aot-test: $checked outputs byte-identical between NativeAOT and JIT builds; AOT binary $(($(stat -c %s "$aot") / 1048576)) MB, --version in $(((end - start) / 1000000)) ms"
