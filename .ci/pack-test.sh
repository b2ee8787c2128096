#!/usr/bin/env bash
# Packs the CLI as a .NET tool, installs it from the local folder (no other package source needed for the tool
# itself) into a throw-away tool path, and runs it: `lxa --version`, `lxa rules`, and one analysis of a fixture.
# Called from .ci/run.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
rm -f artifacts/LyncExchange.Analyzer.*.nupkg
dotnet pack src/LyncExchange.Analyzer.Cli -c Release -o artifacts --nologo -v q

tools="$(mktemp -d)"
trap 'rm -rf "$tools"' EXIT
dotnet tool install --tool-path "$tools" --add-source ./artifacts LyncExchange.Analyzer

version="$("$tools/lxa" --version)"
echo "pack-test: lxa --version: $version"
[ -n "$version" ] || { echo "FAIL: empty version" >&2; exit 1; }

rules="$("$tools/lxa" rules)"
echo "$rules" | grep -q '^LXA0301 ' || { echo "FAIL: 'lxa rules' does not list LXA0301" >&2; echo "$rules" >&2; exit 1; }

set +e
"$tools/lxa" analyze fixtures/samples/owa-im-misconfigured --quiet -f "sarif=$tools/report.sarif" >/dev/null
exit_code=$?
set -e
[ "$exit_code" -eq 1 ] || { echo "FAIL: analyze of the OWA IM fixture exited $exit_code, expected 1 (findings)" >&2; exit 1; }
grep -q '"ruleId": "LXA0301"' "$tools/report.sarif" || { echo "FAIL: installed tool's SARIF has no LXA0301 result" >&2; exit 1; }
echo "pack-test: installed tool lists $(echo "$rules" | grep -c '^LXA') rules and analyses the fixture"
