# A transactions file read in two stretches on two cores and merged (core/tableimportworker.*).
segmenta_add_test(tst_importsplit import/tst_importsplit.cpp)
