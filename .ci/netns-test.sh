#!/usr/bin/env bash
# Issue 10, "no network, ever": runs the end-to-end and hostile tests inside a fresh network namespace (unshare -n,
# needs root). Only loopback is brought up there, because vstest talks to its test host over 127.0.0.1; the namespace
# has no other interface and no route, so any DNS lookup or outside connection the product made would fail the tests.
# Restore and build happen outside first (they need the package feed); inside, the tests run with --no-build.
set -euo pipefail
cd "$(dirname "$0")/.."
configuration=${CONFIGURATION:-Debug}

command -v ip >/dev/null || { apt-get update && apt-get install -y iproute2; }
dotnet build tests/LyncExchange.Analyzer.Tests/LyncExchange.Analyzer.Tests.csproj -c "$configuration" --nologo -v quiet

unshare -n -- bash -euo pipefail -c '
  ip link set lo up
  others=$(ip -o link show | awk -F": " "{print \$2}" | grep -vx lo || true)
  if [ -n "$others" ] || [ -n "$(ip route show)" ] || [ -n "$(ip -6 route show | grep -v "^::1 \|^fe80" || true)" ]; then
    echo "netns-test: the namespace is not isolated (interfaces: $others)" >&2
    exit 1
  fi
  echo "netns-test: isolated namespace (loopback only, no route); running the end-to-end and hostile tests"
  exec dotnet test tests/LyncExchange.Analyzer.Tests/LyncExchange.Analyzer.Tests.csproj -c "'"$configuration"'" --no-build \
    --filter "FullyQualifiedName~EndToEnd|FullyQualifiedName~Hostile"
'
