// Answers collected with a generic form tool, as CSV: one row per respondent, one column per item id.
#include "exchange/response_csv.h"

#include "common/i18n.h"
#include "exchange/answer_text.h"
#include "exchange/csv_reader.h"
#include "exchange/response_rules.h"
#include "questionnaire/definition_reader.h"
#include "questionnaire/questionnaire_loader.h"

#include <algorithm>
#include <map>

namespace hs {

using namespace exchange_detail;

namespace {

enum class Kind { Item, Role, Id, Remark };
struct Column {
    Kind kind;
    std::size_t index;
};

// The header's columns; FileRefused with every unknown or repeated column.
std::vector<Column> read_header(const std::string& path, const std::vector<std::string>& header, const Questionnaire& q)
{
    std::vector<FileProblem> problems;
    std::vector<Column> columns;
    std::map<std::pair<Kind, std::size_t>, std::size_t> first_seen; // column -> its 1-based position
    int item_columns = 0;
    for (const auto& raw : header) {
        const std::string name = trimmed(raw);
        const std::string lname = lower(name);
        Column column{Kind::Item, 0};
        bool known = true;
        if (auto item = q.item_index(name)) {
            column = {Kind::Item, *item};
            ++item_columns;
        } else if (lname == "role" || lname == "rol") {
            column = {Kind::Role, 0};
        } else if (lname == "id") {
            column = {Kind::Id, 0};
        } else if (lname.rfind("remark:", 0) == 0 || lname.rfind("opmerking:", 0) == 0) {
            auto dim = q.dimension_index(name.substr(name.find(':') + 1));
            if (!dim)
                problems.push_back({path, 1, trf(N_("column '%1' names an unknown dimension"), {name})});
            column = {Kind::Remark, dim.value_or(0)};
            known = dim.has_value();
        } else {
            problems.push_back({path, 1, trf(N_("column '%1' is not an item of questionnaire %2 %3"), {name, q.id, q.version})});
            known = false;
        }
        const std::size_t position = columns.size() + 1;
        if (known) {
            auto [it, fresh] = first_seen.emplace(std::make_pair(column.kind, column.index), position);
            if (!fresh)
                problems.push_back({path, 1, trf(N_("column '%1' appears twice (columns %2 and %3)"),
                                                 {name, std::to_string(it->second), std::to_string(position)})});
        }
        columns.push_back(column);
    }
    if (item_columns == 0)
        problems.push_back({path, 1, trf(N_("no column is an item id of questionnaire %1 %2"), {q.id, q.version})});
    if (!problems.empty())
        throw FileRefused(problems);
    return columns;
}

bool all_blank(const std::vector<std::string>& fields)
{
    return std::all_of(fields.begin(), fields.end(), [](const std::string& f) { return trimmed(f).empty(); });
}

} // namespace

CsvResponses read_response_csv(const std::string& path, const Questionnaire& q, const std::string& team,
                               const std::string& round_label, const std::function<void(NewResponse&&)>& take)
{
    CsvResponses out;
    const CsvEncoding encoding = detect_csv_encoding(path);
    out.converted_from_windows1252 = encoding == CsvEncoding::Windows1252;
    CsvReader reader(path, encoding);
    std::vector<std::string> row;
    if (!reader.next(row) || all_blank(row))
        throw FileRefused({{path, 1, tr(N_("the file is empty"))}});
    const std::vector<Column> columns = read_header(path, row, q);
    // A form tool may ask a short version (the clients' questionnaire): the minimum is of the items in the file.
    const auto items_asked = static_cast<std::size_t>(
        std::count_if(columns.begin(), columns.end(), [](const Column& c) { return c.kind == Kind::Item; }));

    std::vector<FileProblem> problems;
    std::map<std::string, int> seen; // identical rows without an id are told apart by their order
    while (reader.next(row)) {
        const int line = reader.line();
        if (all_blank(row)) {
            if (row.size() > 1) // ";;;;": a row the form tool wrote without answers; a bare empty line is nothing
                out.skipped_lines.push_back(line);
            continue;
        }
        if (row.size() != columns.size()) {
            problems.push_back({path, line, trf(N_("%1 fields where the header has %2"), {std::to_string(row.size()), std::to_string(columns.size())})});
            continue;
        }
        NewResponse resp;
        resp.team = team;
        resp.answers.assign(q.items.size(), kUnanswered);
        std::string id, row_text;
        std::size_t answered = 0;
        for (std::size_t c = 0; c < columns.size(); ++c) {
            row_text += row[c] + '\x1f';
            switch (columns[c].kind) {
            case Kind::Item: {
                auto value = parse_answer_text(row[c]);
                const Item& item = q.items[columns[c].index];
                if (!value || !answer_allowed(q, columns[c].index, *value))
                    problems.push_back({path, line, answer_refused(trimmed(row[c]), item.id)});
                else
                    resp.answers[columns[c].index] = *value;
                if (value && *value != kUnanswered)
                    ++answered;
                break;
            }
            case Kind::Role: {
                auto role = role_from_words(lower(trimmed(row[c])));
                if (!role)
                    problems.push_back({path, line, trf(N_("unknown role '%1' (use hulpverlener, ervaringsdeskundige, leidinggevende, andere rol, or practitioner, expert-by-experience, manager, other, or leave it empty)"), {row[c]})});
                resp.role = role.value_or(Role::Unspecified);
                break;
            }
            case Kind::Id: id = trimmed(row[c]); break;
            case Kind::Remark:
                if (const std::string why = remark_refused(row[c]); !why.empty())
                    problems.push_back({path, line, why});
                else if (!trimmed(row[c]).empty())
                    resp.remarks[columns[c].index] = row[c];
                break;
            }
        }
        const ResponseFill fill = response_fill(answered, items_asked, !resp.remarks.empty());
        if (fill == ResponseFill::Empty) {
            out.skipped_lines.push_back(line); // an id or a role alone is no response
            continue;
        }
        if (fill == ResponseFill::Unfinished) {
            resp.complete = false;
            out.unfinished_lines.push_back(line);
        }
        std::string key = id.empty() ? row_text + std::to_string(seen[fingerprint(row_text)]++) : "id:" + id;
        resp.uid = "csv-" + fingerprint(round_label + '\x1e' + team + '\x1e' + key);
        if (!problems.empty())
            continue; // refused anyway: nothing more to hand on
        if (take)
            take(std::move(resp));
        else
            out.responses.push_back(std::move(resp));
    }
    if (!problems.empty())
        throw FileRefused(problems);
    return out;
}

namespace {
std::string line_list(const std::vector<int>& lines)
{
    std::string s;
    for (std::size_t i = 0; i < lines.size() && i < 20; ++i)
        s += (i ? ", " : "") + std::to_string(lines[i]);
    if (lines.size() > 20)
        s += ", ...";
    return s;
}
} // namespace

std::string csv_header(const Questionnaire& q)
{
    std::string header = q.perspective == Perspective::Team ? "rol" : "";
    auto add = [&](const std::string& column) { header += (header.empty() ? "" : ";") + column; };
    for (const auto& item : q.items)
        add(item.id);
    for (const auto& dimension : q.dimensions)
        add("opmerking:" + dimension.id);
    return header + "\r\n";
}

std::vector<std::string> csv_notes(const std::string& path, const CsvResponses& read)
{
    std::vector<std::string> notes;
    if (read.converted_from_windows1252)
        notes.push_back(path + ": " + tr(N_("the file was not UTF-8 but Windows-1252 (Excel's plain \"CSV\"); it was converted")));
    if (!read.skipped_lines.empty())
        notes.push_back(path + ": " + trfn(static_cast<long long>(read.skipped_lines.size()),
                                           N_("%1 row without any answer was skipped (line %2)"),
                                           N_("%1 rows without any answer were skipped (lines %2)"), {line_list(read.skipped_lines)}));
    if (!read.unfinished_lines.empty())
        notes.push_back(path + ": " + trfn(static_cast<long long>(read.unfinished_lines.size()),
                                           N_("%1 row answers fewer than half of the file's items and was stored as unfinished, not counted in results (line %2)"),
                                           N_("%1 rows answer fewer than half of the file's items and were stored as unfinished, not counted in results (lines %2)"),
                                           {line_list(read.unfinished_lines)}));
    return notes;
}

} // namespace hs
