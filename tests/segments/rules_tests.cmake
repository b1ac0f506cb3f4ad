# Segment rules (core/segmentrule.*, core/rule*.*) and the one-segment-per-customer assignment
# (core/segmentassignment.*); included from tests/CMakeLists.txt.
segmenta_add_test(tst_rulelanguage segments/tst_rulelanguage.cpp)
segmenta_add_test(tst_segmentassignment segments/tst_segmentassignment.cpp)
# Core's parallel loops stay off the global thread pool (core/computepool.h).
segmenta_add_test(tst_computepool segments/tst_computepool.cpp)
