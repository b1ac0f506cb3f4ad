# Health checks (core/segmenthealth.*, core/rulefieldkind.*) and snapshots with their migration
# matrix (core/segmentsnapshot.*, core/snapshotstore.*, core/migrationmatrix.*); issue 4
# items 4, 5 and 8. Included from tests/CMakeLists.txt.
segmenta_add_test(tst_segmenthealth segments/tst_segmenthealth.cpp)
segmenta_add_test(tst_snapshots segments/tst_snapshots.cpp)
segmenta_add_test(tst_cli_health segments/tst_cli_health.cpp)
add_dependencies(tst_cli_health segmenta-cli)
