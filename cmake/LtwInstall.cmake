# Installs the program as a desktop application, and packs it as a .deb (`cpack -G DEB` in the build folder):
#   bin/ltw, the desktop entry, the AppStream metainfo, the icon in the hicolor theme (the SVG, and PNG sizes
#   drawn from it at build time by ltw_render_icon), the manual page, and the compiled catalogues.
include(GNUInstallDirs)
set(LTW_APP_ID org.learningteamworkbench.LearningTeamWorkbench)
set(LTW_ICON_SIZES 16 24 32 48 64 128 256)

set(LTW_ICON_DIR ${CMAKE_BINARY_DIR}/icons)
set(LTW_ICON_PNGS "")
foreach(size IN LISTS LTW_ICON_SIZES)
  list(APPEND LTW_ICON_PNGS ${LTW_ICON_DIR}/${size}x${size}/${LTW_APP_ID}.png)
endforeach()
add_custom_command(OUTPUT ${LTW_ICON_PNGS}
  COMMAND ltw_render_icon ${PROJECT_SOURCE_DIR}/resources/icons/learning-team-workbench.svg ${LTW_ICON_DIR}
          ${LTW_APP_ID} ${LTW_ICON_SIZES}
  DEPENDS ltw_render_icon ${PROJECT_SOURCE_DIR}/resources/icons/learning-team-workbench.svg
  COMMENT "Drawing the icon's PNG sizes" VERBATIM)
add_custom_target(ltw_icons ALL DEPENDS ${LTW_ICON_PNGS})

install(TARGETS ltw RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES resources/${LTW_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES resources/${LTW_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES resources/icons/learning-team-workbench.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${LTW_APP_ID}.svg)
foreach(size IN LISTS LTW_ICON_SIZES)
  install(FILES ${LTW_ICON_DIR}/${size}x${size}/${LTW_APP_ID}.png
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
install(FILES resources/man/ltw.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
# The program carries its catalogues inside; these are for whoever packs or checks them.
install(FILES ${LTW_QM_FILES} DESTINATION ${CMAKE_INSTALL_DATADIR}/learning-team-workbench/translations)

# The .deb. Depends comes from the shared libraries the program links (dpkg-shlibdeps); Qt's own Spanish
# dialogs are recommended. tests/install checks both against the program.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME learning-team-workbench)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_PACKAGE_VENDOR "The Learning Team Workbench developers")
set(CPACK_PACKAGE_CONTACT "Learning Team Workbench developers <maintainers@learningteamworkbench.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "workbench for the facilitator of a Learning Team")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "workbench for the facilitator of a Learning Team\n"
    "A Learning Team is a small group of the people who do a piece of work, meeting to\n"
    "understand how the work is really done, without blame. The facilitator captures what\n"
    "the room says, walks the group through Learn, Soak, Solve and Share, shows the room a\n"
    "shared picture on the projector and hands out a share-out report (PDF, ODT, HTML,\n"
    "Markdown). Everything is kept in one SQLite file. In English and Spanish.")
string(REPLACE ";" "" CPACK_DEBIAN_PACKAGE_DESCRIPTION "${CPACK_DEBIAN_PACKAGE_DESCRIPTION}")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://learningteamworkbench.org/")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
include(CPack)
