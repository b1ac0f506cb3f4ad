# The segments command (app/cli/segmentscommand.cpp) on the demo project.
segmenta_add_test(tst_cli_segments segments/tst_cli_segments.cpp)
add_dependencies(tst_cli_segments segmenta-cli)
