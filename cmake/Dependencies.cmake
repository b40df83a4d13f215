# Every third-party library the project uses is found here, once, as an imported target.
find_package(Qt6 6.4 REQUIRED COMPONENTS Core)
if(CPC_BUILD_UI)
    find_package(Qt6 6.4 REQUIRED COMPONENTS Gui Widgets PrintSupport Pdf PdfWidgets Charts LinguistTools)
    # md4c's HTML renderer: the user guide as a web page (the pkg-config file covers the parser only).
    find_package(md4c CONFIG REQUIRED)
else()
    find_package(Qt6 6.4 REQUIRED COMPONENTS LinguistTools)
endif()
find_package(PkgConfig REQUIRED)
pkg_check_modules(SQLITE3 REQUIRED IMPORTED_TARGET sqlite3)
pkg_check_modules(MD4C REQUIRED IMPORTED_TARGET md4c)
pkg_check_modules(HUNSPELL REQUIRED IMPORTED_TARGET hunspell)
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip)
# zlib: the PDF's streams, compressed at a faster level than libharu's own (core/pdf/PdfStreams).
find_package(ZLIB REQUIRED)

# libharu ships neither a CMake config nor a pkg-config file on Debian 12.
find_path(HPDF_INCLUDE_DIR hpdf.h REQUIRED)
find_library(HPDF_LIBRARY NAMES hpdf REQUIRED)
add_library(Haru::hpdf UNKNOWN IMPORTED)
# libhyphen (hyphenation of the PDF's paragraphs) has no pkg-config file on Debian 12 either.
find_path(HYPHEN_INCLUDE_DIR hyphen.h REQUIRED)
find_library(HYPHEN_LIBRARY NAMES hyphen REQUIRED)
add_library(Hyphen::hyphen UNKNOWN IMPORTED)
set_target_properties(Hyphen::hyphen PROPERTIES IMPORTED_LOCATION "${HYPHEN_LIBRARY}"
                      INTERFACE_INCLUDE_DIRECTORIES "${HYPHEN_INCLUDE_DIR}")
set_target_properties(Haru::hpdf PROPERTIES IMPORTED_LOCATION "${HPDF_LIBRARY}"
                      INTERFACE_INCLUDE_DIRECTORIES "${HPDF_INCLUDE_DIR}")
