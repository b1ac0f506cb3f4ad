# SPDX-License-Identifier: GPL-3.0-or-later
# Renders resources/segmenta.svg into every icon file the platforms want (see
# tools/iconrenderer.cpp), at build time, so that the SVG is the only icon kept in git.
add_executable(segmenta-iconrenderer tools/iconrenderer.cpp)
target_link_libraries(segmenta-iconrenderer PRIVATE Qt6::Svg Qt6::Gui)
set_target_properties(segmenta-iconrenderer PROPERTIES AUTOMOC OFF)

set(SEGMENTA_ICON_DIR ${CMAKE_CURRENT_BINARY_DIR}/icons)
set(SEGMENTA_ICON_SIZES 16 22 24 32 48 64 128 256 512)
set(SEGMENTA_ICO ${SEGMENTA_ICON_DIR}/${SEGMENTA_APP_ID}.ico)
set(SEGMENTA_ICONSET ${SEGMENTA_ICON_DIR}/${SEGMENTA_APP_ID}.iconset)
set(icon_outputs ${SEGMENTA_ICO})
foreach(size IN LISTS SEGMENTA_ICON_SIZES)
    list(APPEND icon_outputs ${SEGMENTA_ICON_DIR}/hicolor/${size}x${size}/apps/${SEGMENTA_APP_ID}.png)
endforeach()
foreach(size 16 32 128 256 512)
    list(APPEND icon_outputs ${SEGMENTA_ICONSET}/icon_${size}x${size}.png
                             ${SEGMENTA_ICONSET}/icon_${size}x${size}@2x.png)
endforeach()

set(icon_command $<TARGET_FILE:segmenta-iconrenderer>)
if(WIN32)
    # The freshly built tool needs the Qt DLLs, which are not beside it before deployment.
    set(tool_path "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS};$ENV{PATH}")
    string(REPLACE ";" "$<SEMICOLON>" tool_path "${tool_path}")
    set(icon_command ${CMAKE_COMMAND} -E env "PATH=${tool_path}" ${icon_command})
endif()
add_custom_command(
    OUTPUT ${icon_outputs}
    COMMAND ${icon_command} ${segmenta_logo} ${SEGMENTA_ICON_DIR} ${SEGMENTA_APP_ID}
    DEPENDS segmenta-iconrenderer ${segmenta_logo}
    COMMENT "Rendering the Segmenta icons from resources/segmenta.svg"
    VERBATIM)
add_custom_target(segmenta_icons ALL DEPENDS ${icon_outputs})
