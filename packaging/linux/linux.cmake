# SPDX-License-Identifier: GPL-3.0-or-later
# Linux desktop integration, installed under the prefix (/usr in the .deb):
#   share/applications/ID.desktop          the menu entry, MimeType=application/x-segmenta
#   share/metainfo/ID.metainfo.xml          AppStream, for software centres
#   share/mime/packages/ID.xml              *.segmenta (and the SQLite magic) -> Segmenta
#   share/icons/hicolor/NxN/apps/ID.png     rendered by icons.cmake; scalable/apps/ID.svg
#   share/doc/segmenta/copyright            Debian's machine-readable copyright file
# dpkg's triggers (shared-mime-info, desktop-file-utils, hicolor-icon-theme) refresh the
# caches, so the package needs no maintainer scripts.
set(datadir ${CMAKE_INSTALL_DATAROOTDIR})
configure_file(linux/${SEGMENTA_APP_ID}.metainfo.xml.in
               ${CMAKE_CURRENT_BINARY_DIR}/${SEGMENTA_APP_ID}.metainfo.xml @ONLY)

install(FILES linux/${SEGMENTA_APP_ID}.desktop DESTINATION ${datadir}/applications)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/${SEGMENTA_APP_ID}.metainfo.xml
        DESTINATION ${datadir}/metainfo)
install(FILES linux/${SEGMENTA_APP_ID}.mime.xml DESTINATION ${datadir}/mime/packages
        RENAME ${SEGMENTA_APP_ID}.xml)
install(DIRECTORY ${SEGMENTA_ICON_DIR}/hicolor DESTINATION ${datadir}/icons)
install(FILES ${segmenta_logo} DESTINATION ${datadir}/icons/hicolor/scalable/apps
        RENAME ${SEGMENTA_APP_ID}.svg)
# The icon file managers show for a project file.
install(FILES ${segmenta_logo} DESTINATION ${datadir}/icons/hicolor/scalable/mimetypes
        RENAME application-x-segmenta.svg)
# Debian's copyright file (GPL-3.0-or-later), beside the licence texts packaging/CMakeLists.txt
# installs to the same folder.
install(FILES linux/debian-copyright DESTINATION ${datadir}/doc/segmenta RENAME copyright)
