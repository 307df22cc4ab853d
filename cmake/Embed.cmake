# wams_embed_files(<out.cpp> <namespace> <symbol-prefix> FILES <f>... [DROP_KEYS <file.json>:<key>...]
#                  [BAG_KEYS <file.json>:<key>...] [BAG_STOP <source>] [NO_TABLE])
# Turns data files from assets/ into a C++ source holding their bytes, so core reads its data the same way
# natively and in wasm (no file system, no network). The files are stored as one LZMA stream, unpacked on first use
# (cmake/embed_pack.py, wams/embedded_pack.hpp; issue 18 §3). Each file becomes a function
#   std::string_view <namespace>::<prefix>_<stem>();
# and a table <namespace>::<prefix>_all() of {name, bytes}.
# *.json files are embedded minified (whitespace between tokens dropped by cmake/json_minify.py; strings, numbers
# and literals byte-exact) unless WAMS_EMBED_MINIFY_JSON is OFF: fewer bytes in the wasm (issue 7, docs/perf.md).
# DROP_KEYS name object members the app never reads (e.g. rules.json:text_en): left out of the embedded copy only.
# BAG_KEYS name lists of strings searched only as a bag of words: embedded as one string of their words, each once.
# BAG_STOP names the C++ source whose k…StopWords constants list the words the search never indexes: left out of the
# bags (json_minify.py --bag-stop), so the index is the same and the page smaller.
# NO_TABLE leaves out <prefix>_all(), so two layers can embed their own files under one namespace and prefix.
# FRONT_CODE: *.txt word lists are embedded sorted and front-coded by cmake/front_code.py (first line "#front-coded";
# read by core/services/src/pii.cpp) — the PII name lists, 7.7 KB gz fewer.
option(WAMS_EMBED_MINIFY_JSON "Embed *.json data minified" ON)
find_program(WAMS_PYTHON3 NAMES python3 REQUIRED)  # json_minify.py, front_code.py at configure time

set(WAMS_EMBED_MINIFY_SCRIPT "${CMAKE_CURRENT_LIST_DIR}/json_minify.py")
set(WAMS_EMBED_FRONT_CODE_SCRIPT "${CMAKE_CURRENT_LIST_DIR}/front_code.py")
set(WAMS_EMBED_PACK_SCRIPT "${CMAKE_CURRENT_LIST_DIR}/embed_pack.py")
function(wams_embed_files out ns prefix)
  cmake_parse_arguments(E "NO_TABLE;FRONT_CODE" "BAG_STOP" "FILES;DROP_KEYS;BAG_KEYS" ${ARGN})
  set(pack_args "")
  foreach(f IN LISTS E_FILES)
    get_filename_component(stem "${f}" NAME_WE)
    get_filename_component(name "${f}" NAME)
    string(MAKE_C_IDENTIFIER "${stem}" id)
    set(src "${f}")
    if(WAMS_EMBED_MINIFY_JSON AND name MATCHES "\\.json$")
      set(src "${CMAKE_CURRENT_BINARY_DIR}/embed_min/${id}_${name}")
      get_filename_component(src_dir "${src}" DIRECTORY)
      file(MAKE_DIRECTORY "${src_dir}")
      set(drop_args "")
      foreach(d IN LISTS E_DROP_KEYS)
        if(d MATCHES "^${name}:(.+)$")
          list(APPEND drop_args --drop "${CMAKE_MATCH_1}")
        endif()
      endforeach()
      foreach(b IN LISTS E_BAG_KEYS)
        if(b MATCHES "^${name}:(.+)$")
          list(APPEND drop_args --bag "${CMAKE_MATCH_1}")
        endif()
      endforeach()
      if(E_BAG_STOP AND drop_args MATCHES "--bag")
        list(APPEND drop_args --bag-stop "${E_BAG_STOP}")
      endif()
      execute_process(COMMAND "${WAMS_PYTHON3}" "${WAMS_EMBED_MINIFY_SCRIPT}" "${f}" "${src}" ${drop_args} RESULT_VARIABLE rc)
      if(NOT rc EQUAL 0)
        message(FATAL_ERROR "cmake/json_minify.py failed on ${f} (not valid JSON?)")
      endif()
    endif()
    if(E_FRONT_CODE AND name MATCHES "\\.txt$")
      set(src "${CMAKE_CURRENT_BINARY_DIR}/embed_min/${id}_${name}")
      file(MAKE_DIRECTORY "${CMAKE_CURRENT_BINARY_DIR}/embed_min")
      execute_process(COMMAND "${WAMS_PYTHON3}" "${WAMS_EMBED_FRONT_CODE_SCRIPT}" "${f}" "${src}" RESULT_VARIABLE rc)
      if(NOT rc EQUAL 0)
        message(FATAL_ERROR "cmake/front_code.py failed on ${f}")
      endif()
    endif()
    list(APPEND pack_args "${name}=${src}")
  endforeach()
  if(E_NO_TABLE)
    list(APPEND pack_args --no-table)
  endif()
  execute_process(COMMAND "${WAMS_PYTHON3}" "${WAMS_EMBED_PACK_SCRIPT}" "${out}" "${ns}" "${prefix}" ${pack_args}
                  RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake/embed_pack.py failed writing ${out}")
  endif()
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${E_FILES} ${E_BAG_STOP} "${WAMS_EMBED_MINIFY_SCRIPT}"
               "${WAMS_EMBED_FRONT_CODE_SCRIPT}" "${WAMS_EMBED_PACK_SCRIPT}")
endfunction()
