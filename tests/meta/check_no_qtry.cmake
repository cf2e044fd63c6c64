# ctest: no test uses Qt's QTRY_* macros, which pass silently inside Catch2
# (outside a QTest class nothing records their failure). Wait with
# REQUIRE(QTest::qWaitFor(...)) instead; there is no exception.
file(GLOB_RECURSE sources "${TESTS_DIR}/*.cpp" "${TESTS_DIR}/*.h")
set(found "")
foreach(source IN LISTS sources)
  file(STRINGS "${source}" lines REGEX "QTRY_[A-Z_]+[ ]*\\(")
  if(lines)
    list(APPEND found "${source}")
  endif()
endforeach()
list(LENGTH sources count)
if(found)
  list(JOIN found "\n  " files)
  message(FATAL_ERROR "QTRY_* passes silently inside Catch2; use REQUIRE(QTest::qWaitFor(...)) in:\n  ${files}")
endif()
message(STATUS "${count} test sources, none uses QTRY_*")
