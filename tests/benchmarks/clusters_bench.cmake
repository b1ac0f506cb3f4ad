# The k-means benchmark, bench_clusters. Include this file from tests/benchmarks/CMakeLists.txt:
#     include(clusters_bench.cmake)
# tests/CMakeLists.txt also includes every tests/*/*.cmake; that inclusion does nothing, so the
# program is built only with SEGMENTA_BUILD_BENCHMARKS and lands beside bench_import.
get_filename_component(segmenta_including_dir "${CMAKE_CURRENT_SOURCE_DIR}" NAME)
if(NOT segmenta_including_dir STREQUAL "benchmarks" OR TARGET bench_clusters)
    return()
endif()
add_executable(bench_clusters ${CMAKE_CURRENT_LIST_DIR}/bench_clusters.cpp)
target_link_libraries(bench_clusters PRIVATE segmenta_core)
