#pragma once
// cairo and FreeType as the PDF and picture code calls them. On Linux they are loaded when the first page or
// picture is drawn, not when a program starts: every command links the report code, few draw, and loading cairo
// with its fifteen libraries (it is linked with BIND_NOW) was a millisecond of every command's start, a thirtieth of
// a team's export. Where the build links them (Windows), the same table points at the linked functions.
#include <cairo-ft.h>
#include <cairo-pdf.h>
#include <cairo.h>
#include <ft2build.h>
#include FT_FREETYPE_H

namespace hs::report {

// Every function of cairo and FreeType the report code calls, by its own name.
#define HS_CAIRO_FUNCTIONS(X)                                                                                     \
    X(cairo_arc) X(cairo_create) X(cairo_destroy) X(cairo_fill) X(cairo_font_options_create)                      \
    X(cairo_font_options_destroy) X(cairo_font_options_set_hint_metrics) X(cairo_ft_font_face_create_for_ft_face) \
    X(cairo_image_surface_create) X(cairo_line_to) X(cairo_move_to) X(cairo_new_sub_path) X(cairo_paint)         \
    X(cairo_pdf_surface_create_for_stream) X(cairo_pdf_surface_set_metadata) X(cairo_rectangle) X(cairo_scale)   \
    X(cairo_set_dash) X(cairo_set_font_face) X(cairo_set_font_options) X(cairo_set_font_size)                    \
    X(cairo_set_line_width) X(cairo_set_source_rgb) X(cairo_show_page) X(cairo_show_text) X(cairo_status)        \
    X(cairo_status_to_string) X(cairo_stroke) X(cairo_surface_destroy) X(cairo_surface_finish)                   \
    X(cairo_surface_status) X(cairo_surface_write_to_png_stream) X(cairo_text_extents)
#define HS_FREETYPE_FUNCTIONS(X) X(FT_Init_FreeType) X(FT_New_Memory_Face)

struct CairoFunctions {
#define HS_CAIRO_MEMBER(name) decltype(&::name) name = nullptr;
    HS_CAIRO_FUNCTIONS(HS_CAIRO_MEMBER)
    HS_FREETYPE_FUNCTIONS(HS_CAIRO_MEMBER)
#undef HS_CAIRO_MEMBER
};

// The functions, loaded on the first call (thread-safe, once per process). std::runtime_error when cairo or
// FreeType cannot be loaded, saying which and why.
const CairoFunctions& cairo_functions();

} // namespace hs::report
