#!/usr/bin/env bash
# Opens the documentation in headless Chromium, as a reader would, and checks what the reader sees:
#   - the formulas are typeset: MathJax rendered every formula of the page (as many typeset formulas as
#     TeX formulas in the HTML), no MathJax error, and no raw TeX delimiter (\( \[ \f$ \f[) left in the text;
#   - the figures load: every <img>/<object>/<iframe> of the page points at a file that exists, each figure
#     opens in Chromium as an SVG document, and every lesson page has at least one figure.
#
# usage: docs/check_in_browser.sh [HTML_DIR] [PAGE.html ...] [--screenshots DIR]
#   HTML_DIR   the generated HTML (default: build/docs/html; build it with ./workbook docs)
#   PAGE.html  pages to check (default: index.html, identities.html and every lessonNN.html)
#   --screenshots DIR   also save a PNG of each page into DIR, to look at
#   CHROMIUM=/path/to/chromium in the environment picks the browser (default: chromium on the PATH)
# Exit status: 0 all pages pass, 1 a check failed, 2 missing Chromium or bad arguments.
#
# Chromium is not part of the default CI (./workbook setup does not install it): it is a large package.
# Install it once with:  sudo apt-get install --no-install-recommends chromium
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

html="$root/build/docs/html"
pages=()
shots=""
while (($#)); do
  case "$1" in
    --screenshots) shots=${2:?--screenshots needs a folder}; shift 2 ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *.html) pages+=("$1"); shift ;;
    *) html=$1; shift ;;
  esac
done

# $CHROMIUM names the browser to use; otherwise the first of these on the PATH.
browser=""
for b in ${CHROMIUM:-chromium chromium-browser google-chrome}; do
  if command -v "$b" >/dev/null 2>&1; then browser=$(command -v "$b"); break; fi
done
if [[ -z $browser ]]; then
  cat >&2 <<'EOF'
check_in_browser: Chromium is not installed. It is not part of ./workbook setup (it is large:
about 140 MB to download). Install it with
    sudo apt-get install --no-install-recommends chromium
and run this check again.
EOF
  exit 2
fi
if [[ ! -f $html/index.html ]]; then
  echo "check_in_browser: no $html/index.html: build the documentation first (./workbook docs)" >&2
  exit 2
fi
html=$(cd "$html" && pwd)
if ((${#pages[@]} == 0)); then
  pages=(index.html identities.html)
  for f in "$html"/lesson[0-9][0-9].html; do [[ -e $f ]] && pages+=("$(basename "$f")"); done
fi
if [[ -n $shots ]]; then mkdir -p "$shots"; fi

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
chrome=("$browser" --headless --no-sandbox --disable-gpu --disable-background-networking
        --disable-component-update --disable-sync --no-first-run --disable-default-apps
        --user-data-dir="$profile" --virtual-time-budget=5000)

failures=0
declare -A loaded  # figure path -> yes/no, each figure opened once
fail() { echo "  ✗ $*"; failures=$((failures + 1)); }
pass() { echo "  ✓ $*"; }

for page in "${pages[@]}"; do
  file="$html/$(basename "$page")"
  echo "$(basename "$page")"
  if [[ ! -f $file ]]; then fail "no such page: $file"; continue; fi
  dom=$("${chrome[@]}" --dump-dom "file://$file" 2>/dev/null) || { fail "chromium could not open the page"; continue; }
  if [[ -z $dom ]]; then fail "chromium returned an empty page"; continue; fi

  # --- formulas ---
  # Doxygen writes each formula as \( ... \) (inline), \[ ... \] (display) or \begin{env} ... \end{env}
  # (\f{env}{ ... \f}) for MathJax to typeset; MathJax replaces each by its rendering plus a
  # <script type="math/tex"> holding the TeX.
  # An environment inside \[ ... \] (an aligned derivation, a matrix in it) is part of that formula.
  expected=$(perl -0777 -ne 's{\\\[.*?\\\]}{\x01}gs; s{\\\(.*?\\\)}{\x01}gs; my $n = () = /\x01|\\begin\{/g; print $n' "$file")
  typeset=$(grep -o '<script type="math/tex[^"]*"' <<<"$dom" | wc -l || true)
  rendered=$(grep -o 'class="MathJax\(_Display\)\?"' <<<"$dom" | wc -l || true)
  # The text the reader sees: the DOM without scripts and styles.
  text=$(perl -0777 -pe 's{<script\b.*?</script>}{}gis; s{<style\b.*?</style>}{}gis' <<<"$dom")
  raw=$(grep -o '\\[(\[]\|\\f[$[{]\|\\begin{' <<<"$text" | wc -l || true)
  # A TeX error shows as a .merror box, a failure to process as "Math Processing Error".
  errors=$(grep -o 'class="[^"]*\(merror\|MathJax_Error\)\|Math Processing Error' <<<"$text" | wc -l || true)
  if ((expected == 0)); then
    pass "no formulas on this page"
  elif ((typeset == expected && rendered >= expected && raw == 0 && errors == 0)); then
    pass "formulas typeset by MathJax: $typeset of $expected, none left raw, no MathJax error"
  else
    fail "formulas: $expected in the HTML, $typeset typeset, $rendered rendered, $raw raw TeX delimiters left, $errors MathJax errors"
  fi
  if grep -q 'id="MathJax_Message"[^>]*display: *block' <<<"$dom"; then
    fail "MathJax is still showing a message (loading, or fonts not found)"
  fi

  # --- figures ---
  mapfile -t images < <(grep -o '<\(img\|iframe\) [^>]*src="[^"]*"\|<object [^>]*data="[^"]*"' <<<"$dom" \
                        | sed 's/.*\(src\|data\)="\([^"]*\)"/\2/' | grep -v '^\(data\|javascript\):' | sort -u)
  figures=0
  before=$failures
  for src in "${images[@]}"; do
    path="$html/${src%%[?#]*}"
    case "$src" in
      http:*|https:*|//*) fail "figure from the network: $src"; continue ;;
    esac
    if [[ ! -s $path ]]; then fail "figure $src does not exist (or is empty)"; continue; fi
    if [[ $src == *.svg ]] && grep -q 'Produced by GNUPLOT' "$path"; then
      # A figure (Doxygen's own icons are not counted): Chromium opens it on its own, and it must parse
      # as an SVG document with drawing in it (a broken file shows a <parsererror> instead).
      if [[ -z ${loaded[$path]:-} ]]; then
        svg=$("${chrome[@]}" --dump-dom "file://$path" 2>/dev/null || true)
        if grep -q '<svg' <<<"$svg" && ! grep -q 'parsererror' <<<"$svg" && grep -q '<path' <<<"$svg"; then
          loaded[$path]=yes
        else
          loaded[$path]=no
        fi
      fi
      if [[ ${loaded[$path]} == no ]]; then fail "figure $src does not load as an SVG in Chromium"; continue; fi
      figures=$((figures + 1))
    fi
  done
  if [[ $(basename "$page") == lesson* ]] && ((figures == 0)); then
    fail "no figure on this lesson page"
  elif ((failures == before)); then
    pass "images: ${#images[@]} referenced, all present; $figures figure(s) opened in Chromium as SVG"
  fi

  if [[ -n $shots ]]; then
    "${chrome[@]}" --window-size=1200,2400 --screenshot="$shots/$(basename "$page" .html).png" "file://$file" \
      >/dev/null 2>&1 || fail "screenshot failed"
  fi
done

if ((failures > 0)); then
  echo "check_in_browser: $failures problem(s) in $html"
  exit 1
fi
echo "check_in_browser: ${#pages[@]} page(s) in $html read correctly in $("$browser" --version 2>/dev/null | head -1)"
