// Answers collected with a generic form tool, as CSV: one row per respondent, one column per item id.
#include "exchange/response_csv.h"

#include "common/file_io.h"
#include "common/i18n.h"
#include "exchange/answer_text.h"
#include "questionnaire/definition_reader.h"
#include "questionnaire/questionnaire_loader.h"

#include <algorithm>
#include <map>

namespace hs {

using namespace exchange_detail;

namespace {

// FNV-1a, twice with different offsets: a stable 128-bit fingerprint for CSV rows without an id column.
std::string fingerprint(const std::string& text)
{
    auto fnv = [&](std::uint64_t h) {
        for (char c : text) {
            h ^= static_cast<unsigned char>(c);
            h *= 1099511628211ULL;
        }
        return h;
    };
    char buf[40];
    std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(fnv(14695981039346656037ULL)),
                  static_cast<unsigned long long>(fnv(0x84222325cbf29ce4ULL)));
    return buf;
}

std::vector<std::vector<std::string>> parse_csv(const std::string& text, char sep, const std::string& path)
{
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false, field_started = false;
    int line = 1;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                if (c == '\n')
                    ++line;
                field += c;
            }
        } else if (c == '"' && !field_started) {
            quoted = field_started = true;
        } else if (c == sep) {
            row.push_back(field);
            field.clear();
            field_started = false;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            row.push_back(field);
            field.clear();
            field_started = false;
            rows.push_back(std::move(row));
            row.clear();
            ++line;
        } else {
            field += c;
            field_started = true;
        }
    }
    if (quoted)
        throw FileRefused({{path, line, tr(N_("a quoted field is not closed"))}});
    if (field_started || !row.empty()) {
        row.push_back(field);
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace

std::vector<NewResponse> read_response_csv(const std::string& path, const Questionnaire& q, const std::string& team,
                                           const std::string& round_label)
{
    std::string text = read_text_file(path);
    if (text.rfind("\xEF\xBB\xBF", 0) == 0) // a BOM, as spreadsheet programs write
        text.erase(0, 3);
    const std::string first_line = text.substr(0, text.find('\n'));
    const char sep = std::count(first_line.begin(), first_line.end(), ';') > std::count(first_line.begin(), first_line.end(), ',') ? ';' : ',';
    auto rows = parse_csv(text, sep, path);
    std::vector<FileProblem> problems;
    if (rows.empty())
        throw FileRefused({{path, 1, tr(N_("the file is empty"))}});

    enum class Kind { Item, Role, Id, Remark };
    struct Column {
        Kind kind;
        std::size_t index;
    };
    std::vector<Column> columns;
    int item_columns = 0;
    for (const auto& raw : rows[0]) {
        const std::string name = trimmed(raw);
        const std::string lname = lower(name);
        if (auto item = q.item_index(name)) {
            columns.push_back({Kind::Item, *item});
            ++item_columns;
        } else if (lname == "role" || lname == "rol") {
            columns.push_back({Kind::Role, 0});
        } else if (lname == "id") {
            columns.push_back({Kind::Id, 0});
        } else if (lname.rfind("remark:", 0) == 0 || lname.rfind("opmerking:", 0) == 0) {
            auto dim = q.dimension_index(name.substr(name.find(':') + 1));
            if (!dim)
                problems.push_back({path, 1, trf(N_("column '%1' names an unknown dimension"), {name})});
            columns.push_back({Kind::Remark, dim.value_or(0)});
        } else {
            problems.push_back({path, 1, trf(N_("column '%1' is not an item of questionnaire %2 %3"), {name, q.id, q.version})});
            columns.push_back({Kind::Item, 0});
        }
    }
    if (item_columns == 0)
        problems.push_back({path, 1, trf(N_("no column is an item id of questionnaire %1 %2"), {q.id, q.version})});
    if (!problems.empty())
        throw FileRefused(problems);

    std::vector<NewResponse> out;
    std::map<std::string, int> seen; // identical rows without an id are told apart by their order
    for (std::size_t r = 1; r < rows.size(); ++r) {
        const auto& row = rows[r];
        const int line = static_cast<int>(r) + 1;
        if (row.size() == 1 && trimmed(row[0]).empty())
            continue; // blank line
        if (row.size() != columns.size()) {
            problems.push_back({path, line, trf(N_("%1 fields where the header has %2"), {std::to_string(row.size()), std::to_string(columns.size())})});
            continue;
        }
        NewResponse resp;
        resp.team = team;
        resp.answers.assign(q.items.size(), kUnanswered);
        std::string id, row_text;
        for (std::size_t c = 0; c < columns.size(); ++c) {
            row_text += row[c] + '\x1f';
            switch (columns[c].kind) {
            case Kind::Item: {
                auto value = parse_answer_text(row[c]);
                const Item& item = q.items[columns[c].index];
                if (!value || !q.scale_of(item).accepts(*value))
                    problems.push_back({path, line, trf(N_("answer '%1' to item '%2' is outside its scale"), {trimmed(row[c]), item.id})});
                else
                    resp.answers[columns[c].index] = *value;
                break;
            }
            case Kind::Role: {
                auto role = role_from_key(lower(trimmed(row[c])));
                if (!role)
                    problems.push_back({path, line, trf(N_("unknown role '%1' (use practitioner, expert-by-experience, manager, other or leave empty)"), {row[c]})});
                resp.role = role.value_or(Role::Unspecified);
                break;
            }
            case Kind::Id: id = trimmed(row[c]); break;
            case Kind::Remark:
                if (!trimmed(row[c]).empty())
                    resp.remarks[columns[c].index] = row[c];
                break;
            }
        }
        std::string key = id.empty() ? row_text + std::to_string(seen[row_text]++) : "id:" + id;
        resp.uid = "csv-" + fingerprint(round_label + '\x1e' + team + '\x1e' + key);
        out.push_back(std::move(resp));
    }
    if (!problems.empty())
        throw FileRefused(problems);
    return out;
}

} // namespace hs
