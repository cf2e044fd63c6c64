# One interface target carries the project's warning and sanitizer flags; every
# project target links it instead of using global add_compile_options().
add_library(nb_warnings INTERFACE)
target_compile_options(nb_warnings INTERFACE -Wall -Wextra -Wpedantic
  $<$<BOOL:${NB_WERROR}>:-Werror>)
if(NB_SANITIZE)
  target_compile_options(nb_warnings INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
    -fno-sanitize-recover=undefined)
  target_link_options(nb_warnings INTERFACE -fsanitize=address,undefined)
endif()
