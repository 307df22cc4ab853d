# Engine benchmark (not a test): µs per case for the largest public case, and a 10 000-case batch through wams-cli.
add_executable(bench_engine "${CMAKE_CURRENT_LIST_DIR}/bench_engine.cpp")
target_link_libraries(bench_engine PRIVATE wams::core benchmark::benchmark)
target_compile_definitions(bench_engine PRIVATE WAMS_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
                           WAMS_CLI="$<$<TARGET_EXISTS:wams-cli>:$<TARGET_FILE:wams-cli>>")
# The batch runs the wams-cli of this build: building the benchmark must rebuild it (a stale CLI measured old code).
if(TARGET wams-cli)
  add_dependencies(bench_engine wams-cli)
endif()
