# Rule evaluation benchmark (bench_rules: 20 rules over 1M synthetic customers); a program, not
# a test. Included from tests/benchmarks/CMakeLists.txt; tests/CMakeLists.txt skips benchmarks/.
if(NOT SEGMENTA_BUILD_BENCHMARKS OR TARGET bench_rules)
    return()
endif()
add_executable(bench_rules ${CMAKE_CURRENT_LIST_DIR}/bench_rules.cpp)
target_link_libraries(bench_rules PRIVATE segmenta_core)
