# Lifetime value (BG/NBD, Gamma-Gamma, L-BFGS, backtest); segmenta_add_test comes from
# tests/CMakeLists.txt.
segmenta_add_test(tst_clvmodels analysis/tst_clvmodels.cpp)
segmenta_add_test(tst_lifetimevalue analysis/tst_lifetimevalue.cpp)
