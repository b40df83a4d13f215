# What `cmake --install` puts where (the Debian package is made from it; see cmake/Packaging.cmake).
install(DIRECTORY ${CPC_SOURCE_RESOURCES}/templates ${CPC_SOURCE_RESOURCES}/samples
        DESTINATION ${CPC_INSTALL_DATADIR} OPTIONAL)
install(DIRECTORY ${CPC_SOURCE_RESOURCES}/fonts DESTINATION ${CPC_INSTALL_DATADIR} OPTIONAL)
