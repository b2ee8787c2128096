#!/usr/bin/env bash
# Renders lxa's HTML report of the OWA IM fixture and of a hostile dump set in Debian's headless Chromium and
# checks what a reader would get: the page loads without console errors, makes no network request, its filter
# script runs (so the CSP hash is right), and customer names such as <script> and onerror= appear only as text.
# Leaves screenshots, DOM dumps and the net log in artifacts/browser-test/. Called from .ci/run.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$repo/artifacts/browser-test"
rm -rf "$out"
mkdir -p "$out"

browser="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$browser" ]; then
    echo "browser-test: installing chromium" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends chromium >/dev/null
    browser="$(command -v chromium)"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# A dump whose customer strings try to inject a script, an image with an event handler and a closing tag.
hostile="$work/hostile"
mkdir -p "$hostile"
printf '%s\n' \
    '' \
    'Name                                  : owa (Default Web Site)' \
    'Server                                : EX01' \
    'ServerName                            : EX01' \
    'InstantMessagingEnabled               : True' \
    'InstantMessagingType                  : None' \
    "Identity                              : EX01<script>document.title='PWNED'</script>\\owa <img src=x onerror=\"document.title='PWNED'\"></pre></article>" \
    '' > "$hostile/Get-OwaVirtualDirectory.txt"
# A Lync pool puts the integration in evidence, so the OWA rule reports (and quotes) the hostile identity.
printf '%s\n' \
    '' \
    'Identity : pool01.contoso.com' \
    'Services : {Registrar:pool01.contoso.com, UserServer:pool01.contoso.com}' \
    'Fqdn     : pool01.contoso.com' \
    '' > "$hostile/Get-CsPool.txt"

dotnet build "$repo/src/LyncExchange.Analyzer.Cli" -c Release --nologo -v q >/dev/null
lxa() { dotnet "$repo/src/LyncExchange.Analyzer.Cli/bin/Release/net10.0/lxa.dll" "$@"; }

status=0
check() { # name html must-contain-text...
    local name="$1" html="$2"
    shift 2
    local profile dom netlog console
    profile="$(mktemp -d)"
    dom="$out/$name.dom.html"
    netlog="$out/$name.netlog.json"
    console="$out/$name.console.log"
    local flags=(--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update
        --disable-sync --no-first-run --no-default-browser-check --user-data-dir="$profile"
        --disable-default-apps --disable-extensions --disable-domain-reliability --no-pings --metrics-recording-only
        --disable-client-side-phishing-detection --safebrowsing-disable-auto-update
        --disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication,CertificateTransparencyComponentUpdater
        --proxy-server=127.0.0.1:9 --host-resolver-rules="MAP * ~NOTFOUND"
        --enable-logging=stderr --v=0 --log-net-log="$netlog" --virtual-time-budget=2000 --window-size=1280,2400)

    "$browser" "${flags[@]}" --dump-dom "file://$html" >"$dom" 2>"$console" || { echo "FAIL $name: chromium exited $?" >&2; status=1; }
    "$browser" "${flags[@]}" --screenshot="$out/$name.png" "file://$html" >/dev/null 2>>"$console" || true
    rm -rf "$profile"

    [ -s "$out/$name.png" ] || { echo "FAIL $name: no screenshot" >&2; status=1; }
    # Console messages (CSP violations, script errors) reach stderr as CONSOLE lines.
    if grep -E 'CONSOLE|Uncaught|Refused to' "$console" >/dev/null; then
        echo "FAIL $name: console messages:" >&2; grep -E 'CONSOLE|Uncaught|Refused to' "$console" >&2; status=1
    fi
    # Every URL request is in the net log. Chromium's own services (update check, account list, on Google hosts)
    # still start despite the flags; the proxy and resolver rules above keep even those off the network. Anything
    # else (http, https, ws, ftp) came from the page and fails the test; the page's CSP would also log it above.
    if grep -oE '"url":"[a-z]+://[^"]*"' "$netlog" | grep -v -E '^"url":"(file|data|chrome|about):' \
        | grep -v -E '^"url":"https?://([a-z0-9-]+\.)*(google\.com|googleapis\.com|gstatic\.com)[/:"]' >/dev/null; then
        echo "FAIL $name: the page made network requests:" >&2
        grep -oE '"url":"[a-z]+://[^"]*"' "$netlog" | grep -v -E '^"url":"(file|data|chrome|about):' | sort -u >&2; status=1
    fi
    # The filter script unhides its form: proof the script ran under the page's Content-Security-Policy.
    grep -q '<form id="filter" class="filter">' "$dom" || { echo "FAIL $name: filter script did not run" >&2; status=1; }
    [ "$(grep -o '<script' "$dom" | wc -l)" -eq 1 ] || { echo "FAIL $name: more than the report's own <script> element" >&2; status=1; }
    if grep -E '<img|onerror=' "$dom" | grep -v -E '&lt;img' >/dev/null; then
        echo "FAIL $name: an <img> element or onerror attribute reached the DOM" >&2; status=1
    fi
    grep -q '<title>PWNED' "$dom" && { echo "FAIL $name: customer script ran" >&2; status=1; }
    for text in "$@"; do
        grep -qF -- "$text" "$dom" || { echo "FAIL $name: '$text' not shown as text" >&2; status=1; }
    done
    echo "browser-test: $name checked ($out/$name.png)"
}

lxa analyze "$repo/fixtures/samples/owa-im-misconfigured" --quiet -f "html=$out/owa-im-misconfigured.html" || true
check owa-im-misconfigured "$out/owa-im-misconfigured.html" 'LXA0301' 'Set-OwaVirtualDirectory -Identity'

lxa analyze "$hostile" --quiet -f "html=$out/hostile.html" || true
check hostile "$out/hostile.html" \
    "EX01&lt;script&gt;document.title='PWNED'&lt;/script&gt;" \
    '&lt;img src=x onerror="document.title=' \
    '&lt;/pre&gt;&lt;/article&gt;'

exit $status
