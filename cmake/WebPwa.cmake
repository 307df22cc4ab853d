# WebPwa.cmake — offline + installable web build (issue 7): copies the manifest, icons, the page scripts app.js and
# web/js/{pwa,mirror,unlzma}.js (minified, below) and web/overlay.css next to index.html, and after every build
# writes sw.js from the template web/sw.js with
#   @WAMS_SW_VERSION@  first 16 hex of sha-256 over every cached file (a new build = a new cache)
#   @WAMS_SW_FILES@    the app's own files: *.html *.css *.js *.wasm *.lzma2 *.svg *.png *.webmanifest of the page,
#                      except wams.wasm (the page downloads it as wams.wasm.lzma2; shell/app/CMakeLists.txt)
# Use: include(WebPwa) then wams_web_pwa(<app target> <web source dir> <page dir>).
set(WAMS_WEB_PWA_SCRIPT "${CMAKE_CURRENT_LIST_FILE}")

# The page's own scripts (app.js, js/pwa.js, js/mirror.js, js/unlzma.js) are minified with the Closure compiler that
# already minifies wams.js (npm google-closure-compiler, SIMPLE: local names shortened, comments and blanks dropped,
# property names kept) when WAMS_WEB_SIZE is on: 9.2 → 4.8 KB gz for the first three (issue 18 §3). Otherwise they
# are copied as written.
function(wams_web_pwa target web_dir page_dir)
  foreach(f manifest.webmanifest overlay.css icons/icon-192.png icons/icon-512.png)
    configure_file("${web_dir}/${f}" "${page_dir}/${f}" COPYONLY)
  endforeach()
  set(closure "${web_dir}/node_modules/.bin/google-closure-compiler")
  set(scripts "")
  foreach(f app.js js/pwa.js js/mirror.js js/unlzma.js)
    if(WAMS_WEB_SIZE AND EXISTS "${closure}")
      add_custom_command(OUTPUT "${page_dir}/${f}"
        COMMAND "${closure}" --compilation_level SIMPLE --language_out ECMASCRIPT_2017 --js "${web_dir}/${f}"
                --js_output_file "${page_dir}/${f}"
        DEPENDS "${web_dir}/${f}" COMMENT "minifying ${f}" VERBATIM)
      list(APPEND scripts "${page_dir}/${f}")
    else()
      configure_file("${web_dir}/${f}" "${page_dir}/${f}" COPYONLY)
    endif()
  endforeach()
  add_custom_target(${target}-scripts ALL DEPENDS ${scripts})
  add_custom_target(${target}-sw ALL
    COMMAND "${CMAKE_COMMAND}" -DWAMS_SW_TEMPLATE=${web_dir}/sw.js -DWAMS_PAGE_DIR=${page_dir}
            -P "${WAMS_WEB_PWA_SCRIPT}"
    DEPENDS ${target} ${target}-scripts "${web_dir}/sw.js"
    COMMENT "sw.js: version + file list of ${page_dir}" VERBATIM)
endfunction()

# Script mode: write <page dir>/sw.js (only when it changed, so an unchanged build keeps its version).
if(CMAKE_SCRIPT_MODE_FILE AND WAMS_SW_TEMPLATE)
  file(GLOB_RECURSE files RELATIVE "${WAMS_PAGE_DIR}"
    "${WAMS_PAGE_DIR}/*.html" "${WAMS_PAGE_DIR}/*.css" "${WAMS_PAGE_DIR}/*.js" "${WAMS_PAGE_DIR}/*.wasm"
    "${WAMS_PAGE_DIR}/*.lzma2" "${WAMS_PAGE_DIR}/*.svg" "${WAMS_PAGE_DIR}/*.png" "${WAMS_PAGE_DIR}/*.webmanifest")
  # Only the page: top level and the page's own sub-folders (never CMake's build tree).
  list(FILTER files EXCLUDE REGEX "^(CMakeFiles|core|shell|tests|_deps)/")
  list(FILTER files EXCLUDE REGEX "(^|/)sw\\.js$")
  list(FILTER files EXCLUDE REGEX "^wams\\.wasm$")
  list(SORT files)
  set(hashes "")
  set(json "[")
  set(sep "")
  foreach(f IN LISTS files)
    file(SHA256 "${WAMS_PAGE_DIR}/${f}" h)
    string(APPEND hashes "${f}:${h}\n")
    string(APPEND json "${sep}\"${f}\"")
    set(sep ", ")
  endforeach()
  string(APPEND json "]")
  string(SHA256 version "${hashes}")
  string(SUBSTRING "${version}" 0 16 version)
  file(READ "${WAMS_SW_TEMPLATE}" sw)
  string(REPLACE "@WAMS_SW_VERSION@" "${version}" sw "${sw}")
  string(REPLACE "@WAMS_SW_FILES@" "${json}" sw "${sw}")
  file(WRITE "${WAMS_PAGE_DIR}/sw.js.tmp" "${sw}")
  file(COPY_FILE "${WAMS_PAGE_DIR}/sw.js.tmp" "${WAMS_PAGE_DIR}/sw.js" ONLY_IF_DIFFERENT)
  file(REMOVE "${WAMS_PAGE_DIR}/sw.js.tmp")
endif()
