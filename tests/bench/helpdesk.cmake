# Help-desk search benchmark (prints µs per query over tests/data/helpdesk_queries.json; never a ctest).
add_executable(bench_helpdesk "${CMAKE_CURRENT_LIST_DIR}/bench_helpdesk.cpp")
target_link_libraries(bench_helpdesk PRIVATE wams::core benchmark::benchmark)
target_compile_definitions(bench_helpdesk PRIVATE WAMS_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
