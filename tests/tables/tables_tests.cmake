# The data page's table tools in core: column profiles (core/columnprofile.*), quick filters
# (core/rowfilter.*) and sorting (core/roworder.*); issue 5 item 3.
segmenta_add_test(tst_columntools tables/tst_columntools.cpp)
