# SPDX-License-Identifier: GPL-3.0-or-later
# macOS: segmenta.app with our Info.plist (document type and exported UTI for .segmenta), the
# icon (.icns made by iconutil from the iconset icons.cmake renders), segmenta-cli inside the
# bundle, and the Qt frameworks and plugins deployed by macdeployqt through Qt's CMake
# deployment support. cpack.cmake turns the bundle into a drag-and-drop .dmg.
set(SEGMENTA_ICNS ${SEGMENTA_ICON_DIR}/${SEGMENTA_APP_ID}.icns)
find_program(ICONUTIL iconutil REQUIRED)
add_custom_command(
    OUTPUT ${SEGMENTA_ICNS}
    COMMAND ${ICONUTIL} -c icns -o ${SEGMENTA_ICNS} ${SEGMENTA_ICONSET}
    DEPENDS segmenta_icons
    COMMENT "Making ${SEGMENTA_APP_ID}.icns"
    VERBATIM)
add_custom_target(segmenta_icns ALL DEPENDS ${SEGMENTA_ICNS})

set_target_properties(segmenta PROPERTIES
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_SOURCE_DIR}/macos/Info.plist.in
    MACOSX_BUNDLE_GUI_IDENTIFIER ${SEGMENTA_APP_ID}
    MACOSX_BUNDLE_BUNDLE_NAME Segmenta
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_ICON_FILE ${SEGMENTA_APP_ID}.icns
    MACOSX_BUNDLE_COPYRIGHT "The Segmenta developers")

# The bundle itself is installed by app/CMakeLists.txt (segmenta-cli into Contents/MacOS).
install(FILES ${SEGMENTA_ICNS} DESTINATION segmenta.app/Contents/Resources)

set(deploy_script ${CMAKE_CURRENT_BINARY_DIR}/deploy_segmenta_$<CONFIG>.cmake)
file(GENERATE OUTPUT ${deploy_script} CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt6_deploy_runtime_dependencies(
    EXECUTABLE \"$<TARGET_FILE_NAME:segmenta>.app\"
    ADDITIONAL_EXECUTABLES \"$<TARGET_FILE_NAME:segmenta>.app/Contents/MacOS/$<TARGET_FILE_NAME:segmenta-cli>\")
")
install(SCRIPT ${deploy_script})

# The drag-and-drop window of the .dmg: the bundle beside a link to /Applications. Only when
# CPack stages the image, not on a plain "cmake --install".
install(CODE [[
if("$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}" MATCHES "/_CPack_Packages/")
    file(CREATE_LINK /Applications "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/Applications" SYMBOLIC)
endif()
]])
