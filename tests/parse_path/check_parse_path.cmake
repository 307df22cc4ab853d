# check_parse_path.cmake — see CMakeLists.txt. Usage: cmake -DNM= -DSOURCE_DIR= -DCLI= -DCORE= [-DAPP=] -P this file
set(pattern "FastSax|read_json_fast|fast_json\\.hpp")

# 1. Sources: core and the app never name the fast reader (it is passed in by wams-cli as a FastJsonReader).
file(GLOB_RECURSE sources "${SOURCE_DIR}/core/*.cpp" "${SOURCE_DIR}/core/*.hpp" "${SOURCE_DIR}/shell/app/*.cpp"
     "${SOURCE_DIR}/shell/app/*.hpp" "${SOURCE_DIR}/core/*.txt" "${SOURCE_DIR}/shell/app/*.txt")
foreach(f IN LISTS sources)
  file(STRINGS "${f}" hits REGEX "${pattern}")
  if(hits)
    message(FATAL_ERROR "${f} names wams-cli's fast JSON reader (it belongs in shell/cli only): ${hits}")
  endif()
endforeach()

# 2. Symbols: present in wams-cli, absent from the core library and the app binary.
function(symbols file out)
  if(NOT EXISTS "${file}")
    message(FATAL_ERROR "${file} is not built: build it first (the native build makes wams-cli and wams-app)")
  endif()
  execute_process(COMMAND "${NM}" -C "${file}" COMMAND grep -E "FastSax|read_json_fast"
                  OUTPUT_VARIABLE found ERROR_QUIET)
  set(${out} "${found}" PARENT_SCOPE)
endfunction()
symbols("${CLI}" in_cli)
if(NOT in_cli)
  message(FATAL_ERROR "wams-cli has no read_json_fast symbol: the check below would prove nothing")
endif()
foreach(binary IN ITEMS "${CORE}" "${APP}")
  if(binary STREQUAL "")
    continue()
  endif()
  symbols("${binary}" leaked)
  if(leaked)
    message(FATAL_ERROR "${binary} contains the CLI's fast JSON reader: ${leaked}")
  endif()
endforeach()
message(STATUS "fast JSON reader: only in wams-cli (${CLI})")
