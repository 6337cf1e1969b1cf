// The page flow: cursor, breaks, running header and page numbers.
#include "report/page_flow.h"

#include <algorithm>

namespace hs::report {

PageFlow::PageFlow(PdfDocument& doc, std::string header, std::string page_word)
    : doc_(doc), header_(std::move(header)), page_word_(std::move(page_word))
{
}

void PageFlow::start_page()
{
    doc_.new_page();
    y_ = PdfDocument::kMargin;
    const TextStyle small{7.5, false, chart::kMuted};
    if (doc_.page_count() > 1) {
        doc_.text(left(), PdfDocument::kMargin - 22, doc_.fit(header_, width() - 60, small), small);
        doc_.line(left(), PdfDocument::kMargin - 16, left() + width(), PdfDocument::kMargin - 16, chart::kGrid);
    }
    doc_.text(left() + width(), PdfDocument::kPageHeight - PdfDocument::kMargin / 2,
              page_word_ + " " + std::to_string(doc_.page_count()), small, Anchor::End);
}

void PageFlow::ensure(double height)
{
    if (doc_.page_count() == 0 || y_ + height > PdfDocument::kPageHeight - PdfDocument::kMargin)
        start_page();
}

void PageFlow::heading(const std::string& text, int level)
{
    const TextStyle style{level == 1 ? 15.0 : level == 2 ? 11.5 : 9.5, true, chart::kInk};
    const double before = level == 1 ? 10 : 8;
    // A heading never stands alone at the foot of a page: keep room for a few lines after it.
    ensure(before + style.size * kLineFactor + 60);
    y_ += before;
    for (const auto& line : doc_.wrap(text, width(), style)) {
        y_ += style.size * kLineFactor;
        doc_.text(left(), y_, line, style);
    }
    y_ += level == 1 ? 8 : 4;
}

double PageFlow::paragraph_height(const std::string& text, const TextStyle& style, double indent)
{
    return static_cast<double>(doc_.wrap(text, width() - indent, style).size()) * style.size * kLineFactor;
}

void PageFlow::paragraph(const std::string& text, const TextStyle& style, double indent)
{
    for (const auto& line : doc_.wrap(text, width() - indent, style)) {
        ensure(style.size * kLineFactor);
        y_ += style.size * kLineFactor;
        doc_.text(left() + indent, y_, line, style);
    }
    y_ += style.size * 0.5;
}

std::vector<std::vector<std::string>> PageFlow::wrap_cells(const std::vector<double>& columns, const std::vector<std::string>& cells,
                                                          const TextStyle& style, std::size_t& lines)
{
    std::vector<std::vector<std::string>> wrapped;
    lines = 1;
    for (std::size_t c = 0; c < cells.size(); ++c) {
        wrapped.push_back(doc_.wrap(cells[c], columns[c + 1] - columns[c] - 6, style));
        lines = std::max(lines, wrapped.back().size());
    }
    return wrapped;
}

void PageFlow::table_row(const std::vector<double>& columns, const std::vector<std::string>& cells, const TextStyle& style)
{
    std::size_t lines = 1;
    const auto wrapped = wrap_cells(columns, cells, style, lines);
    const int page = doc_.page_count();
    ensure(static_cast<double>(lines) * style.size * kLineFactor + 3);
    if (doc_.page_count() != page && !table_header_.empty())
        draw_table_header(); // the table goes on on a new page: its columns named again
    draw_row(columns, wrapped, style, lines);
}

void PageFlow::table_header(const std::vector<double>& columns, const std::vector<std::string>& cells, const TextStyle& style)
{
    table_header_.clear(); // drawn as an ordinary row first: it starts a page itself when it has to
    table_row(columns, cells, style);
    doc_.line(left(), y_, left() + width(), y_, chart::kGrid);
    table_columns_ = columns;
    table_header_ = cells;
    table_style_ = style;
}

void PageFlow::draw_table_header()
{
    std::size_t lines = 1;
    const auto wrapped = wrap_cells(table_columns_, table_header_, table_style_, lines);
    draw_row(table_columns_, wrapped, table_style_, lines);
    doc_.line(left(), y_, left() + width(), y_, chart::kGrid);
}

void PageFlow::draw_row(const std::vector<double>& columns, const std::vector<std::vector<std::string>>& wrapped,
                        const TextStyle& style, std::size_t lines)
{
    const double line = style.size * kLineFactor;
    for (std::size_t c = 0; c < wrapped.size(); ++c)
        for (std::size_t l = 0; l < wrapped[c].size(); ++l)
            doc_.text(left() + columns[c], y_ + static_cast<double>(l + 1) * line, wrapped[c][l], style);
    y_ += static_cast<double>(lines) * line + 3;
}

} // namespace hs::report
