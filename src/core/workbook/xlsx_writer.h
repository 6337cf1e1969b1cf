#pragma once
// A thin, checked layer over libxlsxwriter: every lxw_error becomes an exception naming the file; text is
// always written as text (a remark starting with "=" stays a remark); the file is written to a temporary name
// and renamed only when complete (AtomicFile, owner-only).
#include "common/file_io.h"

#include <xlsxwriter.h>

#include <ctime>
#include <string>

namespace hs {

// While alive, the C library formats and reads numbers with a '.' whatever the user's locale: libxlsxwriter
// writes numbers with printf, which on a Dutch computer would give "3,44" and a workbook that needs repair.
// Process-wide (setlocale), so exports run on one thread at a time; the previous locale comes back afterwards.
class NumericLocaleGuard {
public:
    NumericLocaleGuard();
    ~NumericLocaleGuard();
    NumericLocaleGuard(const NumericLocaleGuard&) = delete;
    NumericLocaleGuard& operator=(const NumericLocaleGuard&) = delete;

private:
    std::string previous_;
};

enum class CellStyle { Text, Wrapped, Header, Title, Number2, Share, Integer, Note };

// The colours of a colour scale's low, middle and high points.
struct ScaleColours {
    lxw_color_t low = 0xF8696B, mid = 0xFFEB84, high = 0x63BE7B; // red, yellow, green
};

class XlsxWriter {
public:
    XlsxWriter(const std::string& path, bool constant_memory, std::time_t created);
    ~XlsxWriter();
    XlsxWriter(const XlsxWriter&) = delete;
    XlsxWriter& operator=(const XlsxWriter&) = delete;

    lxw_worksheet* add_sheet(const std::string& name);
    void text(lxw_worksheet* ws, int row, int col, const std::string& value, CellStyle style = CellStyle::Text);
    void number(lxw_worksheet* ws, int row, int col, double value, CellStyle style = CellStyle::Number2);
    void column_width(lxw_worksheet* ws, int first, int last, double width, CellStyle style = CellStyle::Text);
    // A colour scale anchored at fixed values (the scale's low, middle and high points): red-yellow-green unless
    // other colours are given.
    void colour_scale(lxw_worksheet* ws, int first_row, int first_col, int last_row, int last_col, double low, double mid,
                      double high, ScaleColours colours = {});
    void freeze(lxw_worksheet* ws, int rows, int cols);
    void autofilter(lxw_worksheet* ws, int first_row, int first_col, int last_row, int last_col);
    // Printed pages: the header's left, centre and right texts (printed as given, each clipped to fit Excel's
    // limit) and the footer in Excel's codes (&P page, &N pages).
    void page_header(lxw_worksheet* ws, const std::string& left, const std::string& centre, const std::string& right,
                     const std::string& footer_codes);
    // Rows printed again at the top of every page (a table's headings).
    void repeat_rows(lxw_worksheet* ws, int first, int last);
    // Only this block prints (headings set with repeat_rows print above it even when outside it).
    void print_area(lxw_worksheet* ws, int first_row, int first_col, int last_row, int last_col);
    // Printed at most `wide` pages wide and `tall` pages tall (0: as many as needed); every sheet starts as 1 by 0.
    void fit_to_pages(lxw_worksheet* ws, int wide, int tall);
    lxw_chart* add_chart(uint8_t type);
    // A chart at a cell, `x_offset` pixels to its right (any distance: the anchor moves on across columns).
    void insert_chart(lxw_worksheet* ws, int row, int col, lxw_chart* chart, double x_scale = 1.0, double y_scale = 1.0,
                      int x_offset = 0);
    void check(lxw_error error, const char* what) const;
    lxw_format* format(CellStyle style) const;

    // Writes the workbook and moves it into place. Without commit(), the destructor discards everything.
    void commit();

private:
    NumericLocaleGuard locale_; // first member: in force from the first number written (constant-memory mode
                                // writes rows as they come) to the last byte of workbook_close
    std::string path_;
    std::string scratch_folder_; // where libxlsxwriter writes the parts before zipping them; empty: its own choice
    AtomicFile file_; // the workbook is written to file_.temp_path() and moved into place by commit()
    lxw_workbook* workbook_ = nullptr;
    lxw_format* formats_[8] = {};
    bool committed_ = false;
};

// Cell reference helpers for chart ranges.
std::string sheet_ref(const std::string& sheet_name);

} // namespace hs
