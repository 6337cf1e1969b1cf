#include "workbook/xlsx_writer.h"

#include "common/file_problem.h"
#include "common/i18n.h"
#include "common/paths.h"

#include <clocale>
#include <cstdio>

namespace hs {

namespace {
constexpr std::size_t kMaxCellText = 32767; // Excel's limit

// Cuts at a UTF-8 character boundary.
std::string clipped(const std::string& s)
{
    if (s.size() <= kMaxCellText)
        return s;
    std::size_t n = kMaxCellText;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80)
        --n;
    return s.substr(0, n);
}

lxw_row_t row_of(int r) { return static_cast<lxw_row_t>(r); }
lxw_col_t col_of(int c) { return static_cast<lxw_col_t>(c); }
} // namespace

NumericLocaleGuard::NumericLocaleGuard()
{
    if (const char* current = std::setlocale(LC_NUMERIC, nullptr))
        previous_ = current;
    std::setlocale(LC_NUMERIC, "C");
}

NumericLocaleGuard::~NumericLocaleGuard()
{
    if (!previous_.empty())
        std::setlocale(LC_NUMERIC, previous_.c_str());
}

XlsxWriter::XlsxWriter(const std::string& path, bool constant_memory, std::time_t created) : path_(path), file_(path)
{
    lxw_workbook_options options = {};
    options.constant_memory = constant_memory ? LXW_TRUE : LXW_FALSE;
    // libxlsxwriter writes each part to a scratch file before it zips it. A workbook held in memory has parts of
    // about its own size: in a folder in memory they cost no file system work (a twentieth of a team's export).
    // A constant-memory workbook can be of any size: its parts go to the system's temporary folder.
    if (!constant_memory)
        scratch_folder_ = memory_scratch_folder();
    options.tmpdir = scratch_folder_.empty() ? nullptr : scratch_folder_.data();
    options.use_zip64 = LXW_FALSE;
    workbook_ = workbook_new_opt(file_.narrow_temp_path().c_str(), &options); // fopen()ed by its narrow name
    if (!workbook_)
        throw FileRefused({{path, 0, tr(N_("the workbook could not be created"))}});
    lxw_doc_properties props = {};
    props.title = const_cast<char*>("Herstelspiegel");
    props.created = created; // fixed by the data, so the same data gives the same file
    check(workbook_set_properties(workbook_, &props), "properties");

    auto make = [&](CellStyle s) {
        lxw_format* f = workbook_add_format(workbook_);
        formats_[static_cast<int>(s)] = f;
        return f;
    };
    // CellStyle::Text stays null: the workbook's default format. An added format without properties equals the
    // default, and libxlsxwriter then looks it up again (hashing the whole format) for every cell that uses it;
    // that was a quarter of the team trend export.
    lxw_format* wrapped = make(CellStyle::Wrapped);
    format_set_text_wrap(wrapped);
    format_set_align(wrapped, LXW_ALIGN_VERTICAL_TOP);
    lxw_format* header = make(CellStyle::Header);
    format_set_bold(header);
    format_set_bg_color(header, 0xDDEBF7);
    format_set_bottom(header, LXW_BORDER_THIN);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
    lxw_format* title = make(CellStyle::Title);
    format_set_bold(title);
    format_set_font_size(title, 14);
    format_set_num_format(make(CellStyle::Number2), "0.00");
    format_set_num_format(make(CellStyle::Share), "0%");
    format_set_num_format(make(CellStyle::Integer), "0");
    lxw_format* note = make(CellStyle::Note);
    format_set_italic(note);
    format_set_font_color(note, 0x595959);
}

XlsxWriter::~XlsxWriter()
{
    if (!committed_) {
        if (workbook_)
            workbook_close(workbook_);
        // file_ removes the temporary file.
    }
}

void XlsxWriter::check(lxw_error error, const char* what) const
{
    if (error != LXW_NO_ERROR)
        throw FileRefused({{path_, 0, trf(N_("writing the workbook failed (%1): %2"), {what, lxw_strerror(error)})}});
}

lxw_format* XlsxWriter::format(CellStyle style) const { return formats_[static_cast<int>(style)]; }

lxw_worksheet* XlsxWriter::add_sheet(const std::string& name)
{
    lxw_error valid = workbook_validate_sheet_name(workbook_, name.c_str());
    check(valid, "sheet name");
    lxw_worksheet* ws = workbook_add_worksheet(workbook_, name.c_str());
    if (!ws)
        check(LXW_ERROR_MEMORY_MALLOC_FAILED, "sheet");
    // Printed: A4 landscape, one page wide.
    worksheet_set_landscape(ws);
    worksheet_set_paper(ws, 9);
    worksheet_fit_to_pages(ws, 1, 0);
    return ws;
}

namespace {
// A header text as Excel prints it literally: '&' doubled, at most `max_bytes` bytes, cut between characters.
std::string header_text(const std::string& text, std::size_t max_bytes)
{
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t n = 1;
        while (i + n < text.size() && (static_cast<unsigned char>(text[i + n]) & 0xC0) == 0x80)
            ++n;
        const std::string c = text[i] == '&' ? "&&" : text.substr(i, n);
        if (out.size() + c.size() > max_bytes)
            break;
        out += c;
        i += n;
    }
    return out;
}
} // namespace

void XlsxWriter::page_header(lxw_worksheet* ws, const std::string& left, const std::string& centre, const std::string& right,
                             const std::string& footer_codes)
{
    // Excel refuses more than 255 characters; three pieces of 70 bytes and the codes stay under it.
    const std::string header = "&L" + header_text(left, 70) + "&C" + header_text(centre, 70) + "&R" + header_text(right, 70);
    check(worksheet_set_header(ws, header.c_str()), "page header");
    check(worksheet_set_footer(ws, footer_codes.c_str()), "page footer");
}

void XlsxWriter::repeat_rows(lxw_worksheet* ws, int first, int last)
{
    check(worksheet_repeat_rows(ws, row_of(first), row_of(last)), "repeated rows");
}

void XlsxWriter::print_area(lxw_worksheet* ws, int first_row, int first_col, int last_row, int last_col)
{
    check(worksheet_print_area(ws, row_of(first_row), col_of(first_col), row_of(last_row), col_of(last_col)), "print area");
}

void XlsxWriter::fit_to_pages(lxw_worksheet* ws, int wide, int tall)
{
    worksheet_fit_to_pages(ws, static_cast<uint16_t>(wide), static_cast<uint16_t>(tall));
}

void XlsxWriter::text(lxw_worksheet* ws, int row, int col, const std::string& value, CellStyle style)
{
    check(worksheet_write_string(ws, row_of(row), col_of(col), clipped(value).c_str(), format(style)), "text");
}

void XlsxWriter::number(lxw_worksheet* ws, int row, int col, double value, CellStyle style)
{
    check(worksheet_write_number(ws, row_of(row), col_of(col), value, format(style)), "number");
}

void XlsxWriter::column_width(lxw_worksheet* ws, int first, int last, double width, CellStyle style)
{
    check(worksheet_set_column(ws, col_of(first), col_of(last), width, style == CellStyle::Text ? nullptr : format(style)),
          "column");
}

void XlsxWriter::colour_scale(lxw_worksheet* ws, int first_row, int first_col, int last_row, int last_col, double low,
                              double mid, double high, ScaleColours colours)
{
    lxw_conditional_format cf = {};
    cf.type = LXW_CONDITIONAL_3_COLOR_SCALE;
    cf.min_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER;
    cf.min_value = low;
    cf.min_color = colours.low;
    cf.mid_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER;
    cf.mid_value = mid;
    cf.mid_color = colours.mid;
    cf.max_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER;
    cf.max_value = high;
    cf.max_color = colours.high;
    check(worksheet_conditional_format_range(ws, row_of(first_row), col_of(first_col), row_of(last_row), col_of(last_col), &cf),
          "colour scale");
}

void XlsxWriter::freeze(lxw_worksheet* ws, int rows, int cols) { worksheet_freeze_panes(ws, row_of(rows), col_of(cols)); }

void XlsxWriter::autofilter(lxw_worksheet* ws, int first_row, int first_col, int last_row, int last_col)
{
    check(worksheet_autofilter(ws, row_of(first_row), col_of(first_col), row_of(last_row), col_of(last_col)), "filter");
}

lxw_chart* XlsxWriter::add_chart(uint8_t type)
{
    lxw_chart* chart = workbook_add_chart(workbook_, type);
    if (!chart)
        check(LXW_ERROR_MEMORY_MALLOC_FAILED, "chart");
    return chart;
}

void XlsxWriter::insert_chart(lxw_worksheet* ws, int row, int col, lxw_chart* chart, double x_scale, double y_scale,
                               int x_offset)
{
    lxw_chart_options options = {};
    options.x_offset = x_offset;
    options.x_scale = x_scale;
    options.y_scale = y_scale;
    check(worksheet_insert_chart_opt(ws, row_of(row), col_of(col), chart, &options), "chart");
}

void XlsxWriter::commit()
{
    lxw_error error = workbook_close(workbook_);
    workbook_ = nullptr;
    check(error, "closing"); // the temporary file goes with file_
    file_.commit();
    committed_ = true;
}

std::string sheet_ref(const std::string& sheet_name)
{
    std::string quoted = "'";
    for (char c : sheet_name) {
        quoted += c;
        if (c == '\'')
            quoted += '\'';
    }
    return quoted + "'";
}

} // namespace hs
