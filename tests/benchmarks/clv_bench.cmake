# Lifetime value benchmark (fit + scores on 1M simulated customers); a program, not a test.
# tests/CMakeLists.txt includes every tests/*/*.cmake, so this file may be read both from there
# and from benchmarks/CMakeLists.txt: hence the absolute source path and the guards.
if(NOT SEGMENTA_BUILD_BENCHMARKS OR TARGET bench_lifetimevalue)
    return()
endif()
add_executable(bench_lifetimevalue ${CMAKE_CURRENT_LIST_DIR}/bench_lifetimevalue.cpp)
target_link_libraries(bench_lifetimevalue PRIVATE segmenta_core)
