# Target-list export benchmark, bench_export (1M customers: CSV, GB18030 CSV, XLSX). A program,
# not a test; tests/CMakeLists.txt also includes every tests/*/*.cmake, hence the guards.
if(NOT SEGMENTA_BUILD_BENCHMARKS OR TARGET bench_export)
    return()
endif()
add_executable(bench_export ${CMAKE_CURRENT_LIST_DIR}/bench_export.cpp)
target_link_libraries(bench_export PRIVATE segmenta_core)
