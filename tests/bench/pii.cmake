# PII guard benchmark (issue 5): recall per category, false alarms per 1 000 words, throughput. Not a ctest test.
add_executable(pii_bench "${CMAKE_CURRENT_LIST_DIR}/pii_bench.cpp")
target_link_libraries(pii_bench PRIVATE wams::core)
target_compile_definitions(pii_bench PRIVATE WAMS_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
set_target_properties(pii_bench PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}")
