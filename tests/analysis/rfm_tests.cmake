# RFM scores and named segments (core/rfmscores.*, core/rfmsegmenttable.*). Golden files in
# tests/data/rfm_expected_*.csv come from tests/data/rfm_oracle.R (see tests/data/README.md).
segmenta_add_test(tst_rfm analysis/tst_rfm.cpp)
segmenta_add_test(tst_rfmsegmenttable analysis/tst_rfmsegmenttable.cpp)
segmenta_add_test(tst_rfmbins analysis/tst_rfmbins.cpp)
