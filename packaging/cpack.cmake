# SPDX-License-Identifier: GPL-3.0-or-later
# The installers: "cpack" in the build folder makes the platform's default (.deb on Linux,
# NSIS .exe on Windows, .dmg on macOS); "cpack -G NAME" another. Version, name and summary
# come from the project() call in the top-level CMakeLists.txt.
set(CPACK_PACKAGE_NAME segmenta)
set(CPACK_PACKAGE_VENDOR "The Segmenta developers")
set(CPACK_PACKAGE_CONTACT "The Segmenta developers" CACHE STRING
    "Maintainer named in the packages")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Segmenta imports customer lists and order histories (CSV, TXT, XLSX; GBK, Big5, UTF-8) and shows who brings the value: the 80/20 curve, the customer pyramid, RFM and customer lifetime value. Managers define segments in rules, see each segment's customers and profit live, check the segmentation for the classic mistakes and export a target list per segment for sales. Includes segmenta-cli, the same work on the command line.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Segmenta)
set(CPACK_PACKAGE_EXECUTABLES segmenta Segmenta)
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_CURRENT_SOURCE_DIR}/licenses/THIRD-PARTY-NOTICES.txt)
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "/\\\\.cache/")

if(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME Segmenta)
    set(CPACK_DMG_FORMAT UDZO)
    set(CPACK_PACKAGE_FILE_NAME segmenta-${PROJECT_VERSION}-macos-${CMAKE_SYSTEM_PROCESSOR})
elseif(WIN32)
    set(CPACK_GENERATOR NSIS)
    set(CPACK_PACKAGE_FILE_NAME segmenta-${PROJECT_VERSION}-windows-x64)
    set(CPACK_NSIS_PACKAGE_NAME Segmenta)
    set(CPACK_NSIS_DISPLAY_NAME "Segmenta ${PROJECT_VERSION}")
    set(CPACK_NSIS_MUI_ICON ${SEGMENTA_ICO})
    set(CPACK_NSIS_MUI_UNIICON ${SEGMENTA_ICO})
    set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\segmenta.exe)
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
    # Start menu: CPACK_PACKAGE_EXECUTABLES above. File association: .segmenta opens in
    # segmenta.exe with the exe's icon; the shell is told so that Explorer shows it at once.
    set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [[
WriteRegStr SHCTX "Software\Classes\.segmenta" "" "Segmenta.Project"
WriteRegStr SHCTX "Software\Classes\.segmenta" "Content Type" "application/x-segmenta"
WriteRegStr SHCTX "Software\Classes\Segmenta.Project" "" "Segmenta project"
WriteRegStr SHCTX "Software\Classes\Segmenta.Project\DefaultIcon" "" "$INSTDIR\bin\segmenta.exe,0"
WriteRegStr SHCTX "Software\Classes\Segmenta.Project\shell\open\command" "" '"$INSTDIR\bin\segmenta.exe" "%1"'
System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]])
    set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [[
DeleteRegKey SHCTX "Software\Classes\Segmenta.Project"
ReadRegStr $0 SHCTX "Software\Classes\.segmenta" ""
StrCmp $0 "Segmenta.Project" 0 +2
DeleteRegKey SHCTX "Software\Classes\.segmenta"
System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]])
else()
    set(CPACK_GENERATOR DEB)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION misc)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    # The libraries (Qt, SQLite, zlib, minizip, libxlsxwriter, QtKeychain when the build found
    # it) are found by dpkg-shlibdeps from
    # the binaries. The plugins Segmenta loads come with them: xcb and offscreen with
    # libqt6gui6, the SVG icon engine (window icon) with libqt6svg6, which is linked anyway.
    find_program(DPKG_SHLIBDEPS dpkg-shlibdeps)
    if(DPKG_SHLIBDEPS)
        set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    else()
        # Debian 12's names; dpkg-shlibdeps (package dpkg-dev) finds the right ones elsewhere.
        string(CONCAT CPACK_DEBIAN_PACKAGE_DEPENDS
            "libqt6core6 (>= 6.4), libqt6gui6 (>= 6.4), libqt6widgets6 (>= 6.4), "
            "libqt6svg6 (>= 6.4), libqt6charts6 (>= 6.4), libqt6concurrent6 (>= 6.4), "
            "libsqlite3-0, zlib1g, libminizip1, libxlsxwriter4, libstdc++6, libgcc-s1, libc6")
        if(SEGMENTA_KEYCHAIN)
            string(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS ", libqt6keychain1")
        endif()
    endif()
    # Chinese text needs a CJK font; Wayland sessions run Qt natively with qt6-wayland (else
    # through XWayland); the caches are refreshed by the last three packages' triggers.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
        "fonts-noto-cjk, qt6-wayland, shared-mime-info, desktop-file-utils, hicolor-icon-theme")
endif()

include(CPack)
