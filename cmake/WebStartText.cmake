# WebStartText.cmake — the start screen's header as real text in index.html (issue 18 §3): the page shows what the
# app's first frame will show (product name, tagline, the law's status line, the privacy promise; Dutch, the app's
# first language) from its first paint, instead of a "loading" line. It is the page's largest-contentful-paint
# candidate, and readable while the wasm downloads. The texts come from the same assets the app draws them from, at
# configure time, so they cannot drift:
#   assets/i18n/nl.json     app.name, app.tagline, app.stage_label, app.promise, app.promise_detail
#   assets/rules/stage.json the first stage's status_line_nl + " — stand per " + as_of as a Dutch long date
#                           (core/io/src/stage.cpp stage_status_line / long_date)
# Use: wams_web_start_text(<assets dir>) sets WAMS_START_* (HTML-escaped) in the caller's scope for configure_file.
function(wams_web_start_text assets_dir)
  set(i18n "${assets_dir}/i18n/nl.json")
  set(stage "${assets_dir}/rules/stage.json")
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${i18n}" "${stage}")
  file(READ "${i18n}" nl)
  file(READ "${stage}" st)
  string(JSON name GET "${nl}" "app.name")
  string(JSON tagline GET "${nl}" "app.tagline")
  string(JSON stage_label GET "${nl}" "app.stage_label")
  string(JSON promise GET "${nl}" "app.promise")
  string(JSON promise_detail GET "${nl}" "app.promise_detail")
  string(JSON status GET "${st}" stages 0 status_line_nl)
  string(JSON as_of ERROR_VARIABLE no_date GET "${st}" stages 0 as_of)
  if(NOT no_date AND as_of MATCHES "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$")
    set(months januari februari maart april mei juni juli augustus september oktober november december)
    math(EXPR m "${CMAKE_MATCH_2} - 1")
    math(EXPR d "${CMAKE_MATCH_3} + 0")
    list(GET months ${m} month)
    string(APPEND status " — stand per ${d} ${month} ${CMAKE_MATCH_1}")
  endif()
  foreach(v name tagline stage_label promise promise_detail status)
    string(REPLACE "&" "&amp;" ${v} "${${v}}")
    string(REPLACE "<" "&lt;" ${v} "${${v}}")
    string(REPLACE ">" "&gt;" ${v} "${${v}}")
    string(TOUPPER "${v}" V)
    set(WAMS_START_${V} "${${v}}" PARENT_SCOPE)
  endforeach()
endfunction()
