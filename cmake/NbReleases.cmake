# Reads packaging/releases.txt into
#   NB_RELEASES         list of "VERSION|DATE|NOTES", newest first
#   NB_RELEASE_DATE     the date of the current release (project(VERSION))
# and stops when project(VERSION) has no release entry: the version has one
# source (project()), and every version a line saying what changed.
file(STRINGS ${PROJECT_SOURCE_DIR}/packaging/releases.txt nb_release_lines ENCODING UTF-8)
set(NB_RELEASES)
foreach(line IN LISTS nb_release_lines)
  if(line MATCHES "^#" OR line STREQUAL "")
    continue()
  endif()
  if(NOT line MATCHES "^([0-9]+\\.[0-9]+\\.[0-9]+) ([0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]) (.+)$")
    message(FATAL_ERROR "packaging/releases.txt: cannot read the line \"${line}\" (VERSION YYYY-MM-DD notes)")
  endif()
  string(REPLACE ";" "," notes "${CMAKE_MATCH_3}")
  list(APPEND NB_RELEASES "${CMAKE_MATCH_1}|${CMAKE_MATCH_2}|${notes}")
endforeach()
list(GET NB_RELEASES 0 nb_latest)
string(REPLACE "|" ";" nb_latest "${nb_latest}")
list(GET nb_latest 0 nb_latest_version)
list(GET nb_latest 1 NB_RELEASE_DATE)
if(NOT nb_latest_version STREQUAL PROJECT_VERSION)
  message(FATAL_ERROR "project(VERSION ${PROJECT_VERSION}) has no entry in packaging/releases.txt "
                      "(its first entry is ${nb_latest_version}): add a line for the new version")
endif()
