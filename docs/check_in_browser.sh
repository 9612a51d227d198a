#!/usr/bin/env bash
# Opens the documentation in headless Chromium, as a reader would, and checks what the reader sees:
#   - the formulas are typeset: MathJax rendered every formula of the page (as many typeset formulas as
#     TeX formulas in the HTML), no MathJax error, and no raw TeX delimiter (\( \[ \f$ \f[) left in the text;
#   - the figures load: every <img>/<object>/<iframe> of the page points at a file that exists, each figure
#     is drawn by Chromium on the page as an SVG with drawing in it, and every lesson page has at least one figure;
#   - the prose reads as prose: no Markdown marker that failed to render (**, a backtick, __bold__, \f$ \f[,
#     a | table row), no --option turned into an en dash, no C++ source ( ({  });  std::  #include )
#     outside the code blocks, no article cited by an internal file name (NNN_ and 16 hex digits .txt), and
#     a lesson's exercises show their hints folded (<details>);
#   - the page fits a 1200 x 900 window: nothing makes the page or its text column scroll sideways, no code
#     block needs a horizontal scroll bar, and no title in the navigation tree on the left is cut off.
#
# usage: docs/check_in_browser.sh [HTML_DIR] [PAGE.html ...] [--screenshots DIR]
#   HTML_DIR   the generated HTML (default: build/docs/html; build it with ./workbook docs)
#   PAGE.html  pages to check (default: index.html, identities.html, every lessonNN.html, closed_forms.html)
#   --screenshots DIR   also save a PNG of each page into DIR, to look at
#   CHROMIUM=/path/to/chromium in the environment picks the browser (default: chromium on the PATH);
#   JOBS=N how many pages Chromium renders at once (default 2)
# Exit status: 0 all pages pass, 1 a check failed, 2 missing Chromium or bad arguments.
#
# How the page is measured: each page is copied, with a <base> pointing back at HTML_DIR (so its scripts,
# styles and figures load as before) and a small script added; Chromium opens the copy at 1200 x 900 and
# runs it with a virtual-time budget, so navtree.js has built the navigation tree and MathJax has typeset
# every formula when the script measures. The script writes what it found into the page as a
# <script type="text/plain" id="reader-check">, one line each, and --dump-dom brings it back here.
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
    -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *.html) pages+=("$1"); shift ;;
    *) html=$1; shift ;;
  esac
done
jobs=${JOBS:-2}

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
  for f in "$html"/lesson[0-9][0-9].html "$html"/closed_forms.html; do [[ -e $f ]] && pages+=("$(basename "$f")"); done
fi
if [[ -n $shots ]]; then mkdir -p "$shots"; fi

# Everything temporary (browser profiles, the measured copies of the pages, their DOMs) goes here.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/pages" "$work/dom"
# The virtual-time budget is generous: Chromium skips the idle time, so it costs nothing once the page has
# settled, and MathJax has room to finish on a busy machine.
chrome=("$browser" --headless --no-sandbox --disable-gpu --disable-background-networking
        --disable-component-update --disable-sync --no-first-run --disable-default-apps
        --virtual-time-budget=20000)

# --- the script added to each page -------------------------------------------------------------
# It runs once the page has loaded, the navigation tree is built and MathJax has finished, and writes one
# line per finding: "fail<TAB>what the reader sees", or "image<TAB>src" for an image Chromium decoded; and
# "done" last, so that a page with nothing to report is told apart from one that never got measured.
cat >"$work/reader-check.js" <<'EOF'
(function () {
  'use strict';
  var lines = [];
  function fail(msg) { lines.push('fail\t' + msg); }
  function px(n) { return Math.round(n) + ' px'; }
  function squash(s) { return s.replace(/\s+/g, ' ').trim(); }
  function clip(s, n) { s = squash(s); return s.length > n ? s.slice(0, n - 1) + '…' : s; }
  // The text around a match, as the reader would find it on the page.
  function around(s, i, n) {
    var a = Math.max(0, i - 35), b = Math.min(s.length, i + n + 35);
    return (a > 0 ? '…' : '') + s.slice(a, b) + (b < s.length ? '…' : '');
  }
  function describe(el) {
    // A typeset formula by its TeX, which MathJax keeps in the script after its rendering (id minus -Frame).
    var frame = el.matches('.MathJax, .MathJax_Display') && (el.id ? el : el.querySelector('[id$="-Frame"]'));
    var tex = frame && document.getElementById(frame.id.replace(/-Frame$/, ''));
    if (tex) return 'the formula “' + clip(tex.textContent, 60) + '”';
    var what = el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : '');
    return what + ' “' + clip(el.textContent, 40) + '”';
  }

  // --- the prose ---
  // Not text the reader reads as prose: scripts, MathJax's hidden copies, tooltips of code, the search box.
  var skip = 'script, style, .MathJax_Preview, .MathJax_MathML, .MJX_Assistive_MathML, #MathJax_Message, .ttc, ' +
             '#MSearchSelectWindow, #MSearchResultsWindow';
  // A typeset formula, which stands as ⟨math⟩ in the prose.
  var math = '.MathJax, .MathJax_Display';
  // Code, where literal Markdown and C++ are what should show.
  var code = 'pre, code, div.fragment, kbd, samp, tt';
  // The page's text, block by block (a paragraph, a list item, a table cell, a heading, a hint), each inline
  // code span standing as ⟨code⟩ in the prose (its own text kept apart), each formula as ⟨math⟩.
  function blocks(root) {
    var out = [];
    function walk(node, block) {
      for (var c = node.firstChild; c; c = c.nextSibling) {
        if (c.nodeType === Node.TEXT_NODE) { block.prose += c.data; continue; }
        if (c.nodeType !== Node.ELEMENT_NODE || c.matches(skip)) continue;
        if (c.matches(math)) { block.prose += ' ⟨math⟩ '; continue; }
        var display = getComputedStyle(c).display;
        if (display === 'none') continue;
        var inline = display.indexOf('inline') === 0;
        if (c.matches(code)) {
          if (inline) { block.prose += '⟨code⟩'; block.code += ' ' + c.textContent; }
          continue;
        }
        if (inline) { walk(c, block); continue; }
        block.prose += ' ';
        var inner = { prose: '', code: '' };
        out.push(inner);
        walk(c, inner);
      }
    }
    var top = { prose: '', code: '' };
    out.push(top);
    walk(root, top);
    return out.map(function (b) { return { prose: squash(b.prose), code: b.code }; });
  }
  var markers = [
    [/\*\*/, 'a literal ** (Markdown bold that did not render)'],
    [/`/, 'a stray backtick (a code span that did not render)'],
    [/\\f[$\[\]{}]/, 'a raw \\f formula command'],
    [/(^|[\s(])__[^_\s][^_]*__(?=$|[\s.,;:)])/, 'a literal __ (Markdown bold that did not render)'],
    [/(^|\s)\|\s.*\s\|(\s|$)/, 'a literal | table row (a Markdown table that did not render; a | inside a formula ends a cell)'],
    [/(^|[\s(‘])–[a-z]/, 'a command-line option whose -- became an en dash (it belongs in a code span)'],
    [/\(\{|\}\);|\bstd::|#include\b/, 'C++ source where prose belongs'],
  ];
  var hashed = /\b\d{3}_[0-9a-f]{16}\.txt\b/;
  function prose() {
    var root = document.getElementById('doc-content') || document.body;
    var found = 0;
    blocks(root).forEach(function (b) {
      markers.forEach(function (m) {
        var r = m[0].exec(b.prose);
        if (r && ++found <= 12) fail(m[1] + ': “' + around(b.prose, r.index, r[0].length) + '”');
      });
      var h = hashed.exec(b.prose) || hashed.exec(b.code);
      if (h && ++found <= 12)
        fail('an article cited by its file name ' + h[0] + ', which the reader cannot look up: “' + clip(b.prose, 90) + '”');
    });
    if (found > 12) fail('… and ' + (found - 12) + ' more problem(s) in the text of this page');
    // A lesson's exercises are prose with their hints folded: at least one <details>, none open.
    var heading = Array.prototype.find.call(root.querySelectorAll('h1, h2'), function (h) {
      return squash(h.textContent) === 'Exercises';
    });
    if (heading) {
      var hints = root.querySelectorAll('details').length, open = root.querySelectorAll('details[open]').length;
      if (hints === 0) fail('the Exercises section has no hint folded in a <details>');
      if (open > 0) fail(open + ' hint(s) of the Exercises section shown unfolded');
    }
  }

  // --- the layout ---
  function layout() {
    var vw = window.innerWidth, de = document.documentElement;
    if (de.scrollWidth > vw + 1)
      fail('the page is ' + px(de.scrollWidth) + ' wide in a ' + px(vw) + ' window: it scrolls sideways');
    // Doxygen's text column is #doc-content, which scrolls on its own beside the navigation tree.
    var column = document.getElementById('doc-content') || document.body;
    var edge = column.getBoundingClientRect().left + column.clientWidth;
    if (column.scrollWidth > column.clientWidth + 1) {
      // What sticks out: the outermost elements whose right edge is past the column's.
      var culprits = [];
      column.querySelectorAll('*').forEach(function (el) {
        var p = el.parentElement;
        if (el.getBoundingClientRect().right > edge + 1 && p && p.getBoundingClientRect().right <= edge + 1)
          culprits.push(describe(el));
      });
      fail('the text column scrolls sideways: its content is ' + px(column.scrollWidth) + ' wide in a ' +
           px(column.clientWidth) + ' column' + (culprits.length ? ', past it: ' + culprits.slice(0, 3).join(', ') : ''));
    }
    // A code block wider than the column gets its own scroll bar: the reader sees its lines cut off.
    column.querySelectorAll('pre, div.fragment').forEach(function (el, i) {
      var first = (el.textContent.split('\n').filter(function (l) { return l.trim(); })[0] || '');
      var name = 'code block ' + (i + 1) + ' (“' + clip(first, 40) + '”)';
      var r = el.getBoundingClientRect();
      if (el.scrollWidth > el.clientWidth + 1)
        fail(name + ' is ' + px(el.scrollWidth) + ' wide in a ' + px(el.clientWidth) + ' column: it scrolls sideways');
      else if (r.right > edge + 1)
        fail(name + ' sticks out ' + px(r.right - edge) + ' past the text column');
    });
    // The navigation tree: every title shown (in an unfolded branch) must fit the side bar's width.
    var nav = document.getElementById('nav-tree');
    if (nav) {
      var labels = nav.querySelectorAll('.label'), left = nav.getBoundingClientRect().left;
      if (labels.length === 0) fail('the navigation tree on the left is empty (navtree.js did not build it)');
      labels.forEach(function (l) {
        if (l.getClientRects().length === 0) return;  // in a folded branch
        var r = l.getBoundingClientRect();
        if (r.right > left + nav.clientWidth + 1)
          fail('the navigation title “' + squash(l.textContent) + '” is cut off: it needs ' + px(r.right - left) +
               ', the side bar shows ' + px(nav.clientWidth));
      });
    }
  }

  // The figures Chromium can draw: each <img>, <object> (how Doxygen shows an SVG figure) or <iframe> source
  // is loaded again as an image, which Chromium decodes only if the file is a valid image (an SVG that does
  // not parse fails). Started on load, so they are done when run() reports them.
  var probes = [];
  function probe() {
    document.querySelectorAll('img, object, iframe').forEach(function (el) {
      var src = el.getAttribute('src') || el.getAttribute('data');
      if (!src) return;
      var img = new Image(), p = { src: src, ok: false, settled: false };
      img.onload = function () { p.ok = img.naturalWidth > 0; p.settled = true; };
      img.onerror = function () { p.settled = true; };
      img.src = src;
      probes.push(p);
    });
  }
  function images() {
    probes.forEach(function (p) { if (p.ok) lines.push('image\t' + p.src); });
  }

  function run() {
    try { prose(); layout(); images(); } catch (e) { fail('the check itself failed: ' + e); }
    lines.push('done');
    var out = document.createElement('script');
    out.type = 'text/plain';
    out.id = 'reader-check';
    out.text = lines.join('\n').replace(/</g, '‹') + '\n';
    document.body.appendChild(out);
  }
  // Measure after the navigation tree (built on load) and after MathJax's first typesetting (its "End").
  // A reader who follows the page's table of contents unfolds the page's sections in the navigation tree
  // (navtree.js does it on the hash change): go to the first section, so that their titles are measured too.
  window.addEventListener('load', function () {
    probe();
    var toc = document.querySelector('div.toc a[href^="#"]');
    if (toc) location.hash = toc.getAttribute('href');
    setTimeout(function () {
      var hub = window.MathJax && window.MathJax.Hub;
      // Then wait for the figures' probes (at most 5 s): on a busy page their onload can come late.
      var tries = 0;
      function settled() {
        if (tries++ < 50 && probes.some(function (p) { return !p.settled; })) setTimeout(settled, 100);
        else run();
      }
      if (hub && hub.Register) hub.Register.StartupHook('End', function () { setTimeout(settled, 100); });
      else settled();
    }, 500);
  });
})();
EOF

# Renders one page into $work/dom/PAGE: a copy with <base href> back to the HTML and the script above.
render() {
  local name=$1 base="file://${html// /%20}/"
  BASE=$base JS="$work/reader-check.js" perl -0777 -pe '
    BEGIN { local $/; open my $f, "<", $ENV{JS} or die; $js = <$f>; }
    s{<head>}{<head>\n<base href="$ENV{BASE}"/>}i;
    s{</body>}{<script type="text/javascript">\n$js</script>\n</body>}i;' "$html/$name" >"$work/pages/$name"
  "${chrome[@]}" --user-data-dir="$work/profile-$name" --window-size=1200,900 \
    --dump-dom "file://$work/pages/$name" >"$work/dom/$name" 2>/dev/null || : >"$work/dom/$name"
}
# All pages first, $jobs at a time (each Chromium spends most of its time starting up).
running=0
for page in "${pages[@]}"; do
  name=$(basename "$page")
  [[ -f $html/$name ]] || continue
  render "$name" &
  running=$((running + 1))
  if ((running >= jobs)); then wait -n || true; running=$((running - 1)); fi
done
wait

failures=0
declare -A loaded  # figure path -> yes/no, each figure opened once
name=""
fail() { echo "  ✗ $name: $*"; failures=$((failures + 1)); }
pass() { echo "  ✓ $*"; }

for page in "${pages[@]}"; do
  name=$(basename "$page")
  file="$html/$name"
  echo "$name"
  if [[ ! -f $file ]]; then fail "no such page: $file"; continue; fi
  dom=$(<"$work/dom/$name")
  if [[ -z $dom ]]; then fail "chromium could not open the page, or returned an empty one"; continue; fi
  # What the added script found, ending on "done" (absent if the page never finished drawing).
  found=$(perl -0777 -ne 'print $1 if m{<script type="text/plain" id="reader-check">(.*?)</script>}s' <<<"$dom")
  declare -A decoded=()
  while IFS=$'\t' read -r kind what; do
    if [[ $kind == image ]]; then decoded[$what]=yes; fi
  done <<<"$found"

  # --- formulas ---
  # Doxygen writes each formula as \( ... \) (inline), \[ ... \] (display) or \begin{env} ... \end{env}
  # (\f{env}{ ... \f}) for MathJax to typeset; MathJax replaces each by its rendering plus a
  # <script type="math/tex"> holding the TeX.
  # An environment inside \[ ... \] (an aligned derivation, a matrix in it) is part of that formula.
  expected=$(perl -0777 -ne 's{\\\[.*?\\\]}{\x01}gs; s{\\\(.*?\\\)}{\x01}gs; my $n = () = /\x01|\\begin\{/g; print $n' "$file")
  typeset=$(grep -o '<script type="math/tex[^"]*"' <<<"$dom" | wc -l || true)
  # (A display formula that MathJax broke to the column's width is a "MathJax MathJax_FullWidth".)
  rendered=$(grep -o 'class="MathJax\(_Display\| MathJax_FullWidth\)\?"' <<<"$dom" | wc -l || true)
  # The text the reader sees: the DOM without scripts and styles.
  text=$(perl -0777 -pe 's{<script\b.*?</script>}{}gis; s{<style\b.*?</style>}{}gis' <<<"$dom")
  # (Inside a bracket expression a backslash is itself: [([] is "(" or "[", so that a "\\" in a code
  # listing, such as the C++ string "X \\ Y", is not taken for a delimiter.)
  raw=$(grep -o '\\[([]\|\\f[$[{]\|\\begin{' <<<"$text" | wc -l || true)
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
      # A figure (Doxygen's own icons are not counted): Chromium decoded it as an image on the page, and it
      # has drawing in it. Only when the page could not be measured is the figure opened on its own, and
      # it must parse as an SVG document (a broken file shows a <parsererror> instead).
      if [[ -n ${decoded[$src]:-} ]]; then
        ok=no; if grep -q '<path' "$path"; then ok=yes; fi
      elif [[ $found == *done ]]; then
        ok=no
      else
        if [[ -z ${loaded[$path]:-} ]]; then
          svg=$("${chrome[@]}" --user-data-dir="$work/profile-svg" --dump-dom "file://$path" 2>/dev/null || true)
          loaded[$path]=no
          if grep -q '<svg' <<<"$svg" && ! grep -q 'parsererror' <<<"$svg" && grep -q '<path' <<<"$svg"; then
            loaded[$path]=yes
          fi
        fi
        ok=${loaded[$path]}
      fi
      if [[ $ok == no ]]; then fail "figure $src does not load as an SVG in Chromium"; continue; fi
      figures=$((figures + 1))
    fi
  done
  if [[ $name == lesson* ]] && ((figures == 0)); then
    fail "no figure on this lesson page"
  elif ((failures == before)); then
    pass "images: ${#images[@]} referenced, all present; $figures figure(s) drawn by Chromium as SVG"
  fi

  # --- the prose, and the layout in a 1200 x 900 window ---
  if [[ $found != *done ]]; then
    fail "the page did not finish drawing within Chromium's time budget: its text and layout were not checked"
  else
    before=$failures
    while IFS=$'\t' read -r kind what; do
      if [[ $kind == fail ]]; then fail "$what"; fi
    done <<<"$found"
    if ((failures == before)); then
      pass "text and layout: no Markdown or C++ left in the prose, nothing wider than the 1200 px window, navigation titles whole"
    fi
  fi
  unset decoded

  if [[ -n $shots ]]; then
    "${chrome[@]}" --user-data-dir="$work/profile-$name" --window-size=1200,2400 \
      --screenshot="$shots/${name%.html}.png" "file://$file" >/dev/null 2>&1 || fail "screenshot failed"
  fi
done

if ((failures > 0)); then
  echo "check_in_browser: $failures problem(s) in $html"
  exit 1
fi
echo "check_in_browser: ${#pages[@]} page(s) in $html read correctly in $("$browser" --version 2>/dev/null | head -1)"
