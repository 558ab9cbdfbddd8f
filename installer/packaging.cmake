# Install rules for the desktop integration (desktop entry, AppStream metainfo, icons, man
# pages) and the CPack DEB package. Included at the end of the top-level CMakeLists.txt.
# `cpack -G DEB` in a GUI build gives changerisk_<version>_amd64.deb (installer/README.md).
set(CHANGERISK_APP_ID "io.github.changerisk.ChangeRisk")
# Date of the release named by PROJECT_VERSION (AppStream wants one); change both together.
set(CHANGERISK_RELEASE_DATE "2026-11-28")
set(CHANGERISK_INSTALLER_DIR "${PROJECT_SOURCE_DIR}/installer")
set(CHANGERISK_INSTALLER_OUT "${PROJECT_BINARY_DIR}/installer")

# Man pages, gzipped as Debian wants them (-n: no time stamp, so the package is reproducible).
set(CHANGERISK_MAN_PAGES changerisk-cli.1)
if(CHANGERISK_GUI)
    list(APPEND CHANGERISK_MAN_PAGES changerisk.1)
endif()
set(CHANGERISK_MAN_GZ "")
foreach(page ${CHANGERISK_MAN_PAGES})
    set(out "${CHANGERISK_INSTALLER_OUT}/${page}.gz")
    add_custom_command(OUTPUT "${out}"
        COMMAND ${CMAKE_COMMAND} -E copy "${CHANGERISK_INSTALLER_DIR}/${page}"
                "${CHANGERISK_INSTALLER_OUT}/${page}"
        COMMAND gzip -9 -n -f "${CHANGERISK_INSTALLER_OUT}/${page}"
        DEPENDS "${CHANGERISK_INSTALLER_DIR}/${page}" VERBATIM)
    list(APPEND CHANGERISK_MAN_GZ "${out}")
endforeach()
add_custom_target(changerisk_man_pages ALL DEPENDS ${CHANGERISK_MAN_GZ})
install(FILES ${CHANGERISK_MAN_GZ} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

if(CHANGERISK_GUI)
    install(FILES "${CHANGERISK_INSTALLER_DIR}/${CHANGERISK_APP_ID}.desktop"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    configure_file("${CHANGERISK_INSTALLER_DIR}/${CHANGERISK_APP_ID}.metainfo.xml.in"
                   "${CHANGERISK_INSTALLER_OUT}/${CHANGERISK_APP_ID}.metainfo.xml" @ONLY)
    install(FILES "${CHANGERISK_INSTALLER_OUT}/${CHANGERISK_APP_ID}.metainfo.xml"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

    # Icons: the hand-drawn SVG, and PNGs rendered from it at build time by a tiny Qt tool
    # (nothing generated is committed; the SVG is the only source).
    set(icon_svg "${CHANGERISK_INSTALLER_DIR}/icons/${CHANGERISK_APP_ID}.svg")
    install(FILES "${icon_svg}" DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
    find_package(Qt6 6.4 REQUIRED COMPONENTS Gui Svg)
    add_executable(changerisk_render_icon "${CHANGERISK_INSTALLER_DIR}/render_icon.cpp")
    target_link_libraries(changerisk_render_icon PRIVATE Qt6::Gui Qt6::Svg)
    set(icon_pngs "")
    foreach(size 16 22 24 32 48 64 128 256)
        set(png "${CHANGERISK_INSTALLER_OUT}/icons/${size}x${size}/${CHANGERISK_APP_ID}.png")
        add_custom_command(OUTPUT "${png}"
            COMMAND ${CMAKE_COMMAND} -E make_directory
                    "${CHANGERISK_INSTALLER_OUT}/icons/${size}x${size}"
            COMMAND changerisk_render_icon "${icon_svg}" "${png}" ${size}
            DEPENDS changerisk_render_icon "${icon_svg}" VERBATIM)
        list(APPEND icon_pngs "${png}")
        install(FILES "${png}"
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()
    add_custom_target(changerisk_icons ALL DEPENDS ${icon_pngs})
endif()

# The Debian package. Library dependencies come from dpkg-shlibdeps; what is only loaded at run
# time is named by hand. The store uses SQLiteCpp (libsqlite3, found by shlibdeps), not the Qt
# SQL driver, so libqt6sql6-sqlite is not needed. Qt's own German texts (standard buttons,
# file dialogs) come from qt6-translations-l10n: recommended, the program works without it.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME changerisk)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "ChangeRisk")
set(CPACK_PACKAGE_CONTACT "ChangeRisk developers <maintainers@changerisk.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "IT change risk and insurance cover estimator")
# The long description; CPack puts the summary above it and indents it (an empty line
# becomes Debian's " .").
set(CPACK_PACKAGE_DESCRIPTION
    "ChangeRisk tells an IT freelancer, an insurance broker or a small company,
before a change goes live, what it can cost when it goes wrong and how much
of that their insurance really pays: a Monte Carlo simulation follows a
failed change through the contract into the insurance policies.

This package holds the desktop program changerisk, the command-line program
changerisk-cli, the scenario templates and the German translation.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
if(CHANGERISK_GUI)
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
endif()
include(CPack)
