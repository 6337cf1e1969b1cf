// Streaming CSV records and the encoding check (see csv_reader.h).
#include "exchange/csv_reader.h"

#include "common/file_problem.h"
#include "common/i18n.h"
#include "common/limits.h"
#include "common/utf8.h"

#include <algorithm>
#include <cstring>

namespace hs {

namespace {
constexpr std::size_t kBlockBytes = 256 * 1024;

[[noreturn]] void refuse(const std::string& path, int line, std::string reason)
{
    throw FileRefused({{path, line, std::move(reason)}});
}
} // namespace

LineSource::LineSource(const std::string& path) : file_(path, limits::kMaxDataFileBytes), block_(kBlockBytes) {}

bool LineSource::next(std::string& line)
{
    line.clear();
    bool any = false;
    for (;;) {
        if (pos_ == end_) {
            if (eof_)
                break;
            end_ = file_.read(block_.data(), block_.size());
            pos_ = 0;
            if (end_ == 0) {
                eof_ = true;
                break;
            }
        }
        any = true;
        const char* start = block_.data() + pos_;
        const auto* nl = static_cast<const char*>(std::memchr(start, '\n', end_ - pos_));
        const std::size_t take = nl ? static_cast<std::size_t>(nl - start) : end_ - pos_;
        if (line.size() + take > limits::kMaxLineBytes)
            refuse(path(), number_ + 1, trf(N_("the line is longer than the maximum of %1"), {megabytes(limits::kMaxLineBytes)}));
        line.append(start, take);
        pos_ += take;
        if (nl) {
            ++pos_;
            break;
        }
    }
    if (!any)
        return false;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    ++number_;
    return true;
}

CsvEncoding detect_csv_encoding(const std::string& path)
{
    LineSource lines(path);
    std::string line;
    int first_bad = 0;
    bool multibyte = false, windows1252 = true;
    while (lines.next(line)) {
        if (static_cast<std::size_t>(lines.number()) > limits::kMaxCsvLines)
            refuse(path, lines.number(), trf(N_("the file has more than the maximum of %1 lines"), {std::to_string(limits::kMaxCsvLines)}));
        if (first_bad == 0 && !utf8::is_valid(line))
            first_bad = lines.number();
        multibyte = multibyte || utf8::has_multibyte(line);
        windows1252 = windows1252 && utf8::is_windows1252(line);
    }
    if (first_bad == 0)
        return CsvEncoding::Utf8;
    if (!multibyte && windows1252)
        return CsvEncoding::Windows1252;
    refuse(path, first_bad, tr(N_("this line is not UTF-8 text: in the spreadsheet program, save the file as \"CSV UTF-8\"")));
}

CsvReader::CsvReader(const std::string& path, CsvEncoding encoding) : lines_(path), encoding_(encoding) {}

bool CsvReader::next_line(std::string& line)
{
    if (!lines_.next(line))
        return false;
    if (encoding_ == CsvEncoding::Windows1252)
        line = utf8::from_windows1252(line);
    else if (lines_.number() == 1)
        line.erase(0, line.size() - utf8::without_bom(line).size());
    return true;
}

bool CsvReader::next(std::vector<std::string>& fields)
{
    fields.clear();
    if (!next_line(line_))
        return false;
    record_line_ = lines_.number();
    if (separator_ == 0)
        separator_ = std::count(line_.begin(), line_.end(), ';') > std::count(line_.begin(), line_.end(), ',') ? ';' : ',';
    std::string field;
    std::size_t record_bytes = line_.size();
    bool quoted = false, field_started = false;
    for (;;) {
        for (std::size_t i = 0; i < line_.size(); ++i) {
            const char c = line_[i];
            if (quoted) {
                if (c == '"' && i + 1 < line_.size() && line_[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field += c;
                }
            } else if (c == '"' && !field_started) {
                quoted = field_started = true;
            } else if (c == separator_) {
                fields.push_back(std::move(field));
                field.clear();
                field_started = false;
            } else {
                field += c;
                field_started = true;
            }
        }
        if (!quoted)
            break;
        // A line break inside quotes belongs to the field; the record goes on on the next line.
        if (!next_line(line_))
            refuse(lines_.path(), record_line_, tr(N_("a quoted field is not closed")));
        record_bytes += line_.size() + 1;
        if (record_bytes > limits::kMaxLineBytes)
            refuse(lines_.path(), record_line_, trf(N_("the record is longer than the maximum of %1"), {megabytes(limits::kMaxLineBytes)}));
        field += '\n';
    }
    fields.push_back(std::move(field));
    if (fields.size() > limits::kMaxCsvColumns)
        refuse(lines_.path(), record_line_, trf(N_("more than %1 columns"), {std::to_string(limits::kMaxCsvColumns)}));
    return true;
}

} // namespace hs
