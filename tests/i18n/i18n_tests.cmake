# Translations: complete, placeholders intact, domain words as in shared/domain.md §7, and in
# step with the sources (lupdate run into a copy must find nothing new).
if(TARGET Qt6::lupdate)
    segmenta_add_test(tst_translations i18n/tst_translations.cpp)
    target_compile_definitions(tst_translations PRIVATE
        SEGMENTA_TRANSLATIONS="${PROJECT_SOURCE_DIR}/translations"
        SEGMENTA_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        SEGMENTA_LUPDATE="$<TARGET_FILE:Qt6::lupdate>")
endif()
