#pragma once
// Streaming CSV: one record at a time from a file read in blocks, in constant memory, within the limits of
// common/limits.h (file size, line length, columns). Separator ';' or ',' (whichever the first line has more
// of), fields in double quotes may hold separators, quotes ("") and line breaks, lines end in LF or CRLF.
// Text must be UTF-8 (a BOM is accepted); a file that is unambiguously Windows-1252 (what Excel on Windows
// saves as plain "CSV") is converted, and the caller reports that.
#include "common/input_file.h"

#include <string>
#include <vector>

namespace hs {

enum class CsvEncoding { Utf8, Windows1252 };

// Reads the file once, line by line: UTF-8, or Windows-1252 when the file has bytes that are not UTF-8 but no
// UTF-8 sequence at all and only characters of Windows-1252. Anything else is refused with the first line that
// is not UTF-8 and the advice to save it as "CSV UTF-8". Also refuses a file over limits::kMaxCsvLines lines.
CsvEncoding detect_csv_encoding(const std::string& path);

// Physical lines of a file without their line ends, each within limits::kMaxLineBytes.
class LineSource {
public:
    explicit LineSource(const std::string& path);
    // False at the end of the file. FileRefused (file, line) when a line is too long.
    bool next(std::string& line);
    int number() const { return number_; } // of the line last read (1-based)
    const std::string& path() const { return file_.path(); }

private:
    InputFile file_;
    std::vector<char> block_;
    std::size_t pos_ = 0, end_ = 0;
    bool eof_ = false;
    int number_ = 0;
};

class CsvReader {
public:
    CsvReader(const std::string& path, CsvEncoding encoding);
    // The next record's fields; false at the end of the file. FileRefused (file, line, reason) for a quoted
    // field that is not closed, a record over the line limit or more than limits::kMaxCsvColumns fields.
    bool next(std::vector<std::string>& fields);
    // The line on which the record last read starts.
    int line() const { return record_line_; }
    char separator() const { return separator_; }

private:
    bool next_line(std::string& line);

    LineSource lines_;
    CsvEncoding encoding_;
    char separator_ = 0;
    int record_line_ = 0;
    std::string line_;
};

} // namespace hs
