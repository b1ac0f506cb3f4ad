# GUI tests drive the real window on the offscreen platform; most build their demo project
# with segmenta-cli first.
if(SEGMENTA_BUILD_GUI)
    foreach(test tst_importwizard tst_screenshots tst_segmentspage tst_rfmvaluepages
                 tst_datapage tst_languageswitch tst_analysispages tst_healthpage
                 tst_colorscheme tst_exportpage)
        segmenta_add_test(${test} gui/${test}.cpp)
        target_link_libraries(${test} PRIVATE segmenta_ui)
        add_dependencies(${test} segmenta-cli)
    endforeach()
endif()
