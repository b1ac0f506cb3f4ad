# Included from tests/CMakeLists.txt. The test writes its workbooks at run time: with minizip's
# zip.h (every XML part under its control) and with libxlsxwriter (an independent writer).
segmenta_add_test(tst_xlsxreader import/tst_xlsxreader.cpp)
target_link_libraries(tst_xlsxreader PRIVATE PkgConfig::MINIZIP PkgConfig::XLSXWRITER)
segmenta_add_test(tst_xlsximport import/tst_xlsximport.cpp)
target_link_libraries(tst_xlsximport PRIVATE PkgConfig::XLSXWRITER)
