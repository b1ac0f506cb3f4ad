# Value analyses: 80/20 view (§3.3), pyramid (§3.4), value groups (§3.5), lifecycle (§3.6),
# growth (§3.7), activity vs assets (§3.11). Included from tests/CMakeLists.txt.
segmenta_add_test(tst_pareto analysis/tst_pareto.cpp)
segmenta_add_test(tst_pyramid analysis/tst_pyramid.cpp)
segmenta_add_test(tst_valuegroups analysis/tst_valuegroups.cpp)
segmenta_add_test(tst_lifecycle analysis/tst_lifecycle.cpp)
segmenta_add_test(tst_growthtrend analysis/tst_growthtrend.cpp)
segmenta_add_test(tst_activityassets analysis/tst_activityassets.cpp)
