#pragma once
// Text flowing down A4 pages: a cursor, headings, wrapped paragraphs and page breaks with a running header and
// page numbers. The report builders say what comes next; this decides where it goes.
#include "report/pdf_document.h"

#include <string>
#include <vector>

namespace hs::report {

class PageFlow {
public:
    // `header` is printed at the top of every page after the first; `page_word` is "pagina" or "page".
    PageFlow(PdfDocument& doc, std::string header, std::string page_word);

    PdfDocument& doc() { return doc_; }
    double y() const { return y_; }
    double left() const { return PdfDocument::kMargin; }
    double width() const { return PdfDocument::kPageWidth - 2 * PdfDocument::kMargin; }

    void start_page();
    // Starts a new page unless `height` points still fit on this one.
    void ensure(double height);
    void advance(double height) { y_ += height; }

    void heading(const std::string& text, int level = 1);
    void paragraph(const std::string& text, const TextStyle& style, double indent = 0);
    // A paragraph's height when wrapped to the flow's width less `indent`.
    double paragraph_height(const std::string& text, const TextStyle& style, double indent = 0);
    // One table row: cell c starts at `columns[c]` (from the left margin) and is wrapped before `columns[c + 1]`
    // (one more column edge than cells); the row is as high as its tallest cell and never split across pages.
    void table_row(const std::vector<double>& columns, const std::vector<std::string>& cells, const TextStyle& style);
    // A table's header row with a rule under it; a row of the same table that starts a new page repeats it, until
    // end_table().
    void table_header(const std::vector<double>& columns, const std::vector<std::string>& cells, const TextStyle& style);
    void end_table() { table_header_.clear(); }

private:
    // Each cell wrapped to its column; `lines`: the tallest cell's.
    std::vector<std::vector<std::string>> wrap_cells(const std::vector<double>& columns, const std::vector<std::string>& cells,
                                                     const TextStyle& style, std::size_t& lines);
    void draw_row(const std::vector<double>& columns, const std::vector<std::vector<std::string>>& wrapped,
                  const TextStyle& style, std::size_t lines);
    void draw_table_header();
    PdfDocument& doc_;
    std::string header_;
    std::string page_word_;
    double y_ = 0;
    std::vector<double> table_columns_;
    std::vector<std::string> table_header_; // empty: no table open
    TextStyle table_style_{};
};

inline constexpr double kLineFactor = 1.35; // line height relative to the font size

} // namespace hs::report
