# Desktop integration and the Debian package. `cmake --build <dir> --target package-deb` writes
# <dir>/cpcreport_<version>_<arch>.deb; packaging/test-package.sh installs, launches and removes it.
# See docs/packaging.md.

set(CPC_DESKTOP_DIR ${CMAKE_CURRENT_SOURCE_DIR}/resources/desktop)
set(CPC_ICON_DIR ${CMAKE_CURRENT_SOURCE_DIR}/resources/icons)
set(CPC_APP_ID org.cpcreport.CpcReport)

# Desktop entry, software-centre metadata and the .cpcreport file type. Debian's shared-mime-info,
# desktop-file-utils and icon-cache triggers pick these paths up on install and removal, so the package
# needs no maintainer scripts of its own.
install(FILES ${CPC_DESKTOP_DIR}/${CPC_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CPC_DESKTOP_DIR}/${CPC_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${CPC_DESKTOP_DIR}/cpcreport-mime.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
        RENAME cpcreport.xml)

set(CPC_HICOLOR ${CMAKE_INSTALL_DATADIR}/icons/hicolor)
install(FILES ${CPC_ICON_DIR}/cpcreport.svg DESTINATION ${CPC_HICOLOR}/scalable/apps)
install(FILES ${CPC_ICON_DIR}/application-x-cpcreport.svg DESTINATION ${CPC_HICOLOR}/scalable/mimetypes)
foreach(size 16 22 24 32 48 64 128 256)
    install(FILES ${CPC_ICON_DIR}/hicolor/${size}x${size}/apps/cpcreport.png
            DESTINATION ${CPC_HICOLOR}/${size}x${size}/apps)
    install(FILES ${CPC_ICON_DIR}/hicolor/${size}x${size}/mimetypes/application-x-cpcreport.png
            DESTINATION ${CPC_HICOLOR}/${size}x${size}/mimetypes)
endforeach()

# Debian keeps every package's licence at this path.
install(FILES ${CMAKE_CURRENT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR} RENAME copyright)

# CPack: one Debian package holding everything `cmake --install` puts under /usr.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME cpcreport)
set(CPACK_PACKAGE_VENDOR "CPC Report Studio developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
# No project mail address exists yet: the .invalid domain says so openly. Set the real one when there is.
set(CPC_PACKAGE_MAINTAINER "CPC Report Studio developers <cpcreport@example.invalid>" CACHE STRING
    "Maintainer field of the Debian package: Name <address>")
set(CPACK_PACKAGE_CONTACT "${CPC_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "bilingual annual report of the U.S.-Colombia CPC Partnership")
set(CPACK_PACKAGE_DESCRIPTION
    "CPC Report Studio is the desktop application with which Colombia's Interagency Committee against\n"
    "Trafficking in Persons and civil-society implementing partners write the annual report of the\n"
    "U.S.-Colombia Child Protection Compact (CPC) Partnership on child trafficking, in English and\n"
    "Spanish side by side, and export it as a bilingual PDF.")
string(JOIN "" CPACK_PACKAGE_DESCRIPTION ${CPACK_PACKAGE_DESCRIPTION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION editors)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# dpkg-shlibdeps finds the libraries the executable links (Qt, SQLite, libharu, hunspell, ...). It cannot
# see what is loaded at run time: dictionaries, Qt's own Spanish translations, the SVG icon engine, the
# X11/Wayland platform plugins, and the system fonts the PDF falls back on.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "hunspell-en-us, hunspell-es, hyphen-en-us, hyphen-es, qt6-translations-l10n, libqt6svg6, qt6-qpa-plugins, fonts-dejavu-core, fonts-droid-fallback, fonts-nanum")
# Without these a desktop still works, but the file type and the "open with" association are not
# refreshed when the package is installed.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "shared-mime-info, desktop-file-utils, hicolor-icon-theme")
include(CPack)

add_custom_target(package-deb
    COMMAND ${CMAKE_CPACK_COMMAND} -G DEB --config ${CMAKE_BINARY_DIR}/CPackConfig.cmake
    WORKING_DIRECTORY ${CMAKE_BINARY_DIR}
    COMMENT "Making the Debian package with cpack"
    USES_TERMINAL VERBATIM)
add_dependencies(package-deb cpcreport)
