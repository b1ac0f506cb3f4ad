# Included from tests/CMakeLists.txt. The tests write their workbooks at run time: with
# minizip's zip.h (every XML part under their control, xlsxtestbook.*) and with libxlsxwriter
# (an independent writer).
foreach(xlsx_test tst_xlsxreader tst_xlsxreadererrors)
    segmenta_add_test(${xlsx_test} import/${xlsx_test}.cpp)
    target_sources(${xlsx_test} PRIVATE import/xlsxtestbook.cpp)
    target_link_libraries(${xlsx_test} PRIVATE PkgConfig::MINIZIP PkgConfig::XLSXWRITER)
endforeach()
segmenta_add_test(tst_xlsximport import/tst_xlsximport.cpp)
target_link_libraries(tst_xlsximport PRIVATE PkgConfig::XLSXWRITER)
