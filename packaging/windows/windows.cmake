# SPDX-License-Identifier: GPL-3.0-or-later
# Windows: the icon and version resources of segmenta.exe, the Qt runtime (windeployqt through
# Qt's CMake deployment support) and the other DLLs (vcpkg's sqlite3, zlib, minizip,
# libxlsxwriter) installed beside the programs. The NSIS installer (cpack.cmake) adds the
# Start-menu entry and the .segmenta file association.
configure_file(windows/segmenta.rc.in ${CMAKE_CURRENT_BINARY_DIR}/segmenta.rc @ONLY)
target_sources(segmenta PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/segmenta.rc)
add_dependencies(segmenta segmenta_icons)

# windeployqt on both programs: Qt DLLs and plugins into bin/, with a qt.conf.
set(deploy_script ${CMAKE_CURRENT_BINARY_DIR}/deploy_segmenta_$<CONFIG>.cmake)
file(GENERATE OUTPUT ${deploy_script} CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt6_deploy_runtime_dependencies(
    EXECUTABLE \"\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:segmenta>\"
    ADDITIONAL_EXECUTABLES \"\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:segmenta-cli>\"
    GENERATE_QT_CONF)
")
install(SCRIPT ${deploy_script})

# The Microsoft C++ runtime beside the programs, so that no separate redistributable is needed.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries)

# The non-Qt DLLs: whatever the programs load that is not Qt (deployed above) nor Windows.
# vcpkg copies them beside the built programs, which is where this looks first.
install(CODE "
file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES \"$<TARGET_FILE:segmenta>\" \"$<TARGET_FILE:segmenta-cli>\"
    RESOLVED_DEPENDENCIES_VAR deps
    UNRESOLVED_DEPENDENCIES_VAR missing
    DIRECTORIES \"$<TARGET_FILE_DIR:segmenta>\" \"$<TARGET_FILE_DIR:segmenta-cli>\"
    PRE_EXCLUDE_REGEXES \"^api-ms-\" \"^ext-ms-\" \"^[Qq]t6\"
    POST_EXCLUDE_REGEXES \".*[Ss]ystem32/.*\" \".*[Ss]ys[Ww][Oo][Ww]64/.*\")
if(missing)
    message(WARNING \"Segmenta: DLLs not found, not installed: \${missing}\")
endif()
file(INSTALL \${deps} DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
")
