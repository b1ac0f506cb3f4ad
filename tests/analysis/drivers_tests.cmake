# Drivers (§3.9) and clusters (§3.10); included from tests/CMakeLists.txt.
segmenta_add_test(tst_drivers analysis/tst_drivers.cpp)
segmenta_add_test(tst_clusters analysis/tst_clusters.cpp)
