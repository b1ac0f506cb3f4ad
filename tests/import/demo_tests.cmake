# The demo data generator (core/demogenerator.*); segmenta_add_test comes from tests/CMakeLists.txt.
segmenta_add_test(tst_demogenerator import/tst_demogenerator.cpp)
