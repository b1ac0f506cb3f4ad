# GUI tests drive the real window on the offscreen platform; most build their demo project
# with segmenta-cli first.
if(SEGMENTA_BUILD_GUI)
    # What several GUI tests share (projectwindow.h: a window on a fresh copy of a project).
    add_library(segmenta_guitestsupport STATIC gui/projectwindow.cpp gui/projectwindow.h)
    target_include_directories(segmenta_guitestsupport PUBLIC ${CMAKE_CURRENT_LIST_DIR})
    target_link_libraries(segmenta_guitestsupport PUBLIC segmenta_ui Qt6::Test)
    set_target_properties(segmenta_guitestsupport PROPERTIES AUTOMOC OFF)
    foreach(test tst_importwizard tst_screenshots tst_segmentspage tst_rfmvaluepages
                 tst_datapage tst_languageswitch tst_analysispages tst_healthpage
                 tst_colorscheme tst_exportpage tst_overviewsample tst_workerpriority
                 tst_charttitles)
        segmenta_add_test(${test} gui/${test}.cpp)
        target_link_libraries(${test} PRIVATE segmenta_ui segmenta_guitestsupport)
        add_dependencies(${test} segmenta-cli)
    endforeach()
    # File → Import from Database against the private PostgreSQL server of tests/warehouse
    # (its server test is skipped, the dialog's own checks still run, without the server).
    segmenta_add_test(tst_warehousedialog gui/tst_warehousedialog.cpp)
    target_sources(tst_warehousedialog PRIVATE warehouse/postgresserver.cpp warehouse/postgresserver.h)
    target_include_directories(tst_warehousedialog PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../warehouse)
    target_link_libraries(tst_warehousedialog PRIVATE segmenta_ui)
    add_dependencies(tst_warehousedialog segmenta-cli)
endif()
