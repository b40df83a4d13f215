# What `cmake --install` puts where (the Debian package is made from it; see cmake/Packaging.cmake).
install(DIRECTORY ${CPC_SOURCE_RESOURCES}/templates ${CPC_SOURCE_RESOURCES}/samples ${CPC_SOURCE_RESOURCES}/spelling
        DESTINATION ${CPC_INSTALL_DATADIR} OPTIONAL)
install(DIRECTORY ${CPC_SOURCE_RESOURCES}/fonts DESTINATION ${CPC_INSTALL_DATADIR} OPTIONAL)
# The user guide (Help > User Guide, UserGuideDialog): the Markdown of each language and the screenshots
# they share, in the same relative places as in docs/guide. It goes with the program's data rather than
# under /usr/share/doc, which minimal installations leave out, because the window needs it.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/guide/en ${PROJECT_SOURCE_DIR}/docs/guide/es
                  ${PROJECT_SOURCE_DIR}/docs/guide/images
        DESTINATION ${CPC_INSTALL_DATADIR}/guide)
