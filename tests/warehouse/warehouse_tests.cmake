# The warehouse path (issue 7): SQL building without a server, and the real thing against a
# private PostgreSQL server the tests start (skipped when the server binaries are missing).
segmenta_add_test(tst_warehousequery warehouse/tst_warehousequery.cpp)
foreach(test tst_warehouse tst_warehousesample)
    segmenta_add_test(${test} warehouse/${test}.cpp)
    target_sources(${test} PRIVATE warehouse/postgresserver.cpp warehouse/postgresserver.h
                                   warehouse/warehousedata.cpp warehouse/warehousedata.h)
    add_dependencies(${test} segmenta-cli)
    set_tests_properties(${test} PROPERTIES ENVIRONMENT
        "QT_QPA_PLATFORM=offscreen;LSAN_OPTIONS=suppressions=${CMAKE_CURRENT_LIST_DIR}/lsan.supp")
endforeach()
