# The warehouse path (issue 7): SQL building without a server, and the real thing against a
# private PostgreSQL server the test starts (skipped when the server binaries are missing).
segmenta_add_test(tst_warehousequery warehouse/tst_warehousequery.cpp)
segmenta_add_test(tst_warehouse warehouse/tst_warehouse.cpp)
target_sources(tst_warehouse PRIVATE warehouse/postgresserver.cpp warehouse/postgresserver.h)
add_dependencies(tst_warehouse segmenta-cli)
set_tests_properties(tst_warehouse PROPERTIES ENVIRONMENT
    "QT_QPA_PLATFORM=offscreen;LSAN_OPTIONS=suppressions=${CMAKE_CURRENT_LIST_DIR}/lsan.supp")
