# Fails when a generated page refers to anything on the network: cmake -DHTML=<dir> -P check_offline.cmake
#
# The documentation must read the same with no network, so:
#   - no page, stylesheet, script or figure may use a remote address (http://, https:// or a
#     protocol-relative //host/...), whether to load it (script, link, img, @import, url()) or to link
#     to it (a href); XML namespace names and DOCTYPE identifiers, never fetched, are allowed;
#   - nothing may name a known CDN (cdn, googleapis, jsdelivr, unpkg, cloudflare, mathjax.org);
#   - the MathJax that the pages load must be the local one (html/mathjax/MathJax.js).
# The MathJax tree itself (a link to Debian's package) is not scanned: it is Debian's, and it loads its
# own parts relative to where MathJax.js was found.
cmake_minimum_required(VERSION 3.25)
if(NOT DEFINED HTML)
  message(FATAL_ERROR "check_offline.cmake: -DHTML=<the html folder> is required")
endif()
if(NOT EXISTS ${HTML}/index.html)
  message(FATAL_ERROR "check_offline: ${HTML}/index.html does not exist: build the docs first")
endif()

file(GLOB_RECURSE files LIST_DIRECTORIES false
     ${HTML}/*.html ${HTML}/*.js ${HTML}/*.css ${HTML}/*.svg ${HTML}/*.map)
list(FILTER files EXCLUDE REGEX "^${HTML}/mathjax/")

set(problems "")
set(n_scanned 0)
foreach(f IN LISTS files)
  math(EXPR n_scanned "${n_scanned} + 1")
  file(READ ${f} text)
  file(RELATIVE_PATH rel ${HTML} ${f})
  # A remote address as the value of an attribute: src, href, xlink:href, data, ... would load it or
  # link to it. Namespace names (xmlns, xmlns:svg, rdf:resource) are identifiers, never fetched; so
  # are DOCTYPE identifiers, which are not attributes. Licence comments in Doxygen's scripts are
  # plain text, not attributes, and are not reported either.
  string(REGEX MATCHALL "[A-Za-z:-]+ *= *[\"'][Hh][Tt][Tt][Pp][Ss]?://[^\"' \n\t<>]*" attrs "${text}")
  foreach(attr IN LISTS attrs)
    if(NOT attr MATCHES "^(xmlns(:[A-Za-z]+)?|rdf:resource) *=")
      list(APPEND problems "${rel}: ${attr}")
    endif()
  endforeach()
  # Stylesheets and scripts: url(http...), @import "http...", and strings assigned to a src or href.
  string(REGEX MATCHALL "(url\\(|@import|[.]src|[.]href)[ =:(\"']*[Hh][Tt][Tt][Pp][Ss]?://[^\"' \n\t<>)]*" loads "${text}")
  foreach(load IN LISTS loads)
    list(APPEND problems "${rel}: loads ${load}")
  endforeach()
  # Protocol-relative addresses: src="//cdn.example/...", url(//...).
  string(REGEX MATCHALL "(src|href|url)[ =(]*[\"']?//[A-Za-z0-9.-]+" rel_urls "${text}")
  foreach(url IN LISTS rel_urls)
    list(APPEND problems "${rel}: protocol-relative address ${url}")
  endforeach()
  string(REGEX MATCHALL "[A-Za-z0-9.-]*(cdn|googleapis|jsdelivr|unpkg|cloudflare|mathjax\\.org)[A-Za-z0-9./-]*"
         cdns "${text}")
  foreach(cdn IN LISTS cdns)
    list(APPEND problems "${rel}: names a CDN: ${cdn}")
  endforeach()
endforeach()

# The pages must load MathJax, and from the local copy.
file(READ ${HTML}/index.html index)
if(NOT index MATCHES "src=\"(\\./)?mathjax/MathJax\\.js")
  list(APPEND problems "index.html: does not load the local mathjax/MathJax.js (MATHJAX_RELPATH?)")
endif()
if(NOT EXISTS ${HTML}/mathjax/MathJax.js)
  list(APPEND problems "mathjax/MathJax.js is missing from the output (install libjs-mathjax)")
endif()

list(LENGTH problems n)
if(n GREATER 0)
  list(JOIN problems "\n  " text)
  message(FATAL_ERROR "check_offline: ${n} network reference(s) in ${HTML}:\n  ${text}")
endif()
message(STATUS "check_offline: ${n_scanned} files in ${HTML}, no network reference")
