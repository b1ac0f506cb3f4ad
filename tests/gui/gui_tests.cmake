# GUI tests drive the real window on the offscreen platform.
if(SEGMENTA_BUILD_GUI)
    segmenta_add_test(tst_importwizard gui/tst_importwizard.cpp)
    target_link_libraries(tst_importwizard PRIVATE segmenta_ui)
    segmenta_add_test(tst_screenshots gui/tst_screenshots.cpp)
    target_link_libraries(tst_screenshots PRIVATE segmenta_ui)
    add_dependencies(tst_screenshots segmenta-cli)
endif()
