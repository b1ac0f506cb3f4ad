# The Linux package end to end (issue 6): deb_smoke.sh makes the .deb with cpack from this build
# folder, unpacks it into a temporary root and runs and validates what it finds there. Needs
# dpkg-deb, so Debian and Ubuntu only; the Windows and macOS installers are built by hand on
# those machines (packaging/README.md).
if(SEGMENTA_BUILD_GUI AND UNIX AND NOT APPLE AND NOT SEGMENTA_SANITIZE)
    find_program(DPKG_DEB dpkg-deb)
    if(DPKG_DEB)
        add_test(NAME packaging_deb
                 COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/deb_smoke.sh
                         ${CMAKE_BINARY_DIR} ${PROJECT_VERSION} ${CMAKE_CPACK_COMMAND})
        # 77: a tool the test cannot do without is missing (printed).
        set_tests_properties(packaging_deb PROPERTIES TIMEOUT 300 SKIP_RETURN_CODE 77
                             ENVIRONMENT "SEGMENTA_KEYCHAIN=${SEGMENTA_KEYCHAIN}")
    endif()
endif()

if(SEGMENTA_BUILD_GUI)
    segmenta_add_test(tst_aboutdialog packaging/tst_aboutdialog.cpp)
    target_link_libraries(tst_aboutdialog PRIVATE segmenta_ui)
    target_compile_definitions(tst_aboutdialog PRIVATE
        SEGMENTA_PROJECT_VERSION="${PROJECT_VERSION}"
        SEGMENTA_LICENSES="${PROJECT_SOURCE_DIR}/packaging/licenses")
    add_dependencies(tst_aboutdialog segmenta-cli)
endif()
