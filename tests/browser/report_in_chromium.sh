#!/usr/bin/env bash
# Renders the HTML report of the sample articles, plus an article holding a script tag, in
# headless Chromium; checks the rendered DOM for claim highlights, contradiction cards and the
# script shown as text; saves a screenshot for a person to look at.
#
# usage: report_in_chromium.sh CLAIMCHECK ARTICLES_DIR WORK_DIR
# Exit status 77 (skipped) when no Chromium is installed.
set -euo pipefail

if [[ $# -ne 3 ]]; then
  echo "usage: $0 CLAIMCHECK ARTICLES_DIR WORK_DIR" >&2
  exit 2
fi
claimcheck=$1
articles=$2
work=$3

browser=$(command -v chromium || command -v chromium-browser || true)
if [[ -z "$browser" ]]; then
  echo "skipped: no chromium (scripts/setup.sh --test installs it)"
  exit 77
fi

rm -rf "$work"
mkdir -p "$work/articles"
cp "$articles"/*.txt "$work/articles/"
cat > "$work/articles/script-injection_en.txt" <<'ARTICLE'
Injected <script>alert(1)</script> headline

Nvidia shares fell 7% on January 27, this copy says, and DeepSeek trained V3 on 2,000 H800 chips.
ARTICLE

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

(cd "$work" && "$claimcheck" check --format html -o report.html articles/*.txt) ||
  fail "claimcheck check --format html exited with $?"
[[ -s "$work/report.html" ]] || fail "no report written"

chrome_flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
              --disable-background-networking --disable-component-update --disable-sync)
url="file://$(cd "$work" && pwd)/report.html"

timeout 120 "$browser" "${chrome_flags[@]}" --user-data-dir="$(mktemp -d "$work/profile.XXXXXX")" \
  --dump-dom "$url" > "$work/dom.html" 2> "$work/chromium-dom.log" ||
  fail "chromium --dump-dom failed (see $work/chromium-dom.log)"

count() { grep -o -- "$1" "$work/dom.html" | wc -l; }

highlights=$(count 'data-claim-id="[0-9]*"')
contradictions=$(count 'data-finding="contradiction"')
documents=$(count '<details class="document"')
echo "rendered DOM: $highlights claim highlights, $contradictions contradiction cards, $documents documents"
(( highlights >= 10 )) || fail "expected at least 10 claim highlights, found $highlights"
(( contradictions >= 2 )) || fail "expected at least 2 contradiction cards, found $contradictions"
article_count=$(ls "$work"/articles/*.txt | wc -l)
(( documents == article_count )) || fail "expected $article_count documents, found $documents"
grep -q '&lt;script&gt;alert(1)&lt;/script&gt;' "$work/dom.html" ||
  fail "the article's script tag is not shown as text"
if grep -q '<script>alert(1)' "$work/dom.html"; then
  fail "the article's script tag became an element"
fi
# The page's own script ran (the filters it reveals are no longer hidden), so the inline script is
# allowed by the page's content security policy while nothing external is.
grep -q '<form id="filters">' "$work/dom.html" || fail "the filter script did not run"

timeout 120 "$browser" "${chrome_flags[@]}" --user-data-dir="$(mktemp -d "$work/profile.XXXXXX")" \
  --hide-scrollbars --window-size=1280,2400 --screenshot="$work/report.png" "$url" \
  > "$work/chromium-screenshot.log" 2>&1 || fail "chromium --screenshot failed (see $work/chromium-screenshot.log)"
[[ -s "$work/report.png" ]] || fail "no screenshot written"
echo "screenshot: $work/report.png"
rm -rf "$work"/profile.*
