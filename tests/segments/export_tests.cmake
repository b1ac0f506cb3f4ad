# Target lists (core/targetlist*, issue 4 item 6). The XLSX tests read the workbook's zip
# back with minizip.
segmenta_add_test(tst_targetlist segments/tst_targetlist.cpp)
target_link_libraries(tst_targetlist PRIVATE PkgConfig::MINIZIP)
segmenta_add_test(tst_targetlistxlsx segments/tst_targetlistxlsx.cpp)
target_link_libraries(tst_targetlistxlsx PRIVATE PkgConfig::MINIZIP)
segmenta_add_test(tst_cli_export segments/tst_cli_export.cpp)
target_link_libraries(tst_cli_export PRIVATE PkgConfig::MINIZIP)
add_dependencies(tst_cli_export segmenta-cli)
