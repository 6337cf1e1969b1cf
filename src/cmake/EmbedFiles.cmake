# hs_embed_files(TARGET <target> NAMESPACE <ns> FILES <file>...)
# Compiles the given data files into the target as string constants, so the programs carry their built-in
# questionnaire and report definitions and start without any file next to them.
function(hs_embed_files)
  cmake_parse_arguments(ARG "" "TARGET;NAME" "FILES" ${ARGN})
  set(_out "${CMAKE_CURRENT_BINARY_DIR}/${ARG_NAME}.cpp")
  add_custom_command(
    OUTPUT "${_out}"
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${_out} -DNAME=${ARG_NAME} "-DFILES=${ARG_FILES}"
            -P "${PROJECT_SOURCE_DIR}/src/cmake/EmbedFilesScript.cmake"
    DEPENDS ${ARG_FILES} "${PROJECT_SOURCE_DIR}/src/cmake/EmbedFilesScript.cmake"
    COMMENT "Embedding ${ARG_NAME}"
    VERBATIM)
  target_sources(${ARG_TARGET} PRIVATE "${_out}")
endfunction()
