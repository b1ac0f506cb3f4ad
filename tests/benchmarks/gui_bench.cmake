# The GUI stall benchmark drives the real window: only with the GUI.
if(SEGMENTA_BUILD_GUI)
    add_executable(bench_gui_stall ${CMAKE_CURRENT_LIST_DIR}/bench_gui_stall.cpp)
    target_link_libraries(bench_gui_stall PRIVATE segmenta_ui segmenta_core)
endif()
