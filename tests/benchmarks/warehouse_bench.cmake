# bench_warehouse: 10M orders summarised on a private PostgreSQL server (issue 7). A program,
# not a test; tests/CMakeLists.txt also includes every tests/*/*.cmake, hence the guards.
if(NOT SEGMENTA_BUILD_BENCHMARKS OR TARGET bench_warehouse)
    return()
endif()
add_executable(bench_warehouse ${CMAKE_CURRENT_LIST_DIR}/bench_warehouse.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../warehouse/postgresserver.cpp)
target_include_directories(bench_warehouse PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../warehouse)
target_link_libraries(bench_warehouse PRIVATE segmenta_core)
