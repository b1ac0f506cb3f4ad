# GUI tests drive the real window on the offscreen platform.
if(SEGMENTA_BUILD_GUI)
    segmenta_add_test(tst_importwizard gui/tst_importwizard.cpp)
    target_link_libraries(tst_importwizard PRIVATE segmenta_ui)
endif()
