# The string pool behind every text column (core/stringpool.*): hash set and sorted-run mode.
segmenta_add_test(tst_stringpool import/tst_stringpool.cpp)
