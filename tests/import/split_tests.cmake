# A transactions file read in two stretches on two cores and merged (core/tableimportworker.*).
segmenta_add_test(tst_importsplit import/tst_importsplit.cpp)
# Pieces of one text cut again by the thread that runs out of work (core/textpieces.*).
segmenta_add_test(tst_textpieces import/tst_textpieces.cpp)
