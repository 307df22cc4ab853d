# Input-validation benchmark (prints time to load + validate inputs of several sizes; never a ctest).
add_executable(bench_validate "${CMAKE_CURRENT_LIST_DIR}/bench_validate.cpp")
target_link_libraries(bench_validate PRIVATE wams::core benchmark::benchmark)
target_compile_definitions(bench_validate PRIVATE WAMS_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
