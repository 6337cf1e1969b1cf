#include "response_exchange.h"

#include "definition_reader.h"
#include "i18n.h"
#include "questionnaire_loader.h"

#include <boost/property_tree/xml_parser.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace hs {

namespace fs = std::filesystem;
namespace pt = boost::property_tree;

namespace {
constexpr const char* kRootElement = "herstelspiegel-responses";
constexpr const char* kFormatVersion = "1";

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

std::string trimmed(const std::string& s)
{
    auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos)
        return "";
    auto e = s.find_last_not_of(" \t\r\n");
    return s.substr(b, e - b + 1);
}

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
} // namespace

std::string answer_text(AnswerCode code)
{
    if (code == kNotApplicable)
        return "nvt";
    if (code == kDontKnow)
        return "weet-niet";
    if (code == kUnanswered)
        return "";
    return std::to_string(code);
}

std::optional<AnswerCode> parse_answer_text(const std::string& raw)
{
    const std::string t = lower(trimmed(raw));
    if (t.empty())
        return kUnanswered;
    if (t == "nvt" || t == "n.v.t." || t == "n.v.t" || t == "n/a" || t == "na")
        return kNotApplicable;
    if (t == "weet-niet" || t == "weet niet" || t == "?" || t == "wn" || t == "don't know" || t == "dk")
        return kDontKnow;
    if (t.size() > 3 || !std::all_of(t.begin(), t.end(), [](unsigned char c) { return std::isdigit(c); }))
        return std::nullopt;
    int v = std::stoi(t);
    if (v < 1 || v > 100)
        return std::nullopt;
    return static_cast<AnswerCode>(v);
}

void write_file_atomically(const std::string& path, const std::string& contents)
{
    const fs::path target(path);
    fs::path tmp = target;
    tmp += ".part";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out)
            throw FileRefused({{path, 0, tr(N_("cannot write here: the folder does not exist or is not writable"))}});
        out << contents;
        out.flush();
        if (!out) {
            out.close();
            std::error_code ec;
            fs::remove(tmp, ec);
            throw FileRefused({{path, 0, tr(N_("writing failed (disk full?)"))}});
        }
    }
    std::error_code ec;
    fs::rename(tmp, target, ec);
    if (ec) {
        fs::remove(tmp, ec);
        throw FileRefused({{path, 0, trf(N_("cannot replace the file: %1"), {ec.message()})}});
    }
}

int write_response_file(Store& store, RowId round_id, std::optional<RowId> team, const std::string& path)
{
    Round round = store.round(round_id);
    auto q = store.questionnaire_of(round_id);
    ResponseQuery query;
    query.round = round_id;
    query.team = team;
    auto responses = store.load_responses(query);
    std::map<RowId, std::string> team_names;
    for (const auto& t : store.teams())
        team_names.emplace(t.id, t.name);

    PTree root;
    PTree& file = root.add(kRootElement, "");
    file.put("<xmlattr>.format", kFormatVersion);
    PTree& r = file.add("round", "");
    r.put("<xmlattr>.label", round.label);
    r.put("<xmlattr>.date", round.date);
    PTree& qdef = file.add("questionnaire", q->definition_text);
    qdef.put("<xmlattr>.id", q->id);
    qdef.put("<xmlattr>.version", q->version);
    for (const auto& rec : responses) {
        PTree& resp = file.add("response", "");
        resp.put("<xmlattr>.uid", rec.info.uid);
        resp.put("<xmlattr>.code", rec.info.code);
        resp.put("<xmlattr>.team", team_names.at(rec.info.team_id));
        resp.put("<xmlattr>.role", role_key(rec.info.role));
        resp.put("<xmlattr>.consensus", rec.info.consensus ? "true" : "false");
        for (std::size_t i = 0; i < rec.answers.size(); ++i) {
            if (rec.answers[i] == kUnanswered)
                continue;
            PTree& a = resp.add("answer", "");
            a.put("<xmlattr>.item", q->items[i].id);
            a.put("<xmlattr>.value", answer_text(rec.answers[i]));
        }
        for (const auto& [dim, text] : rec.remarks) {
            PTree& rm = resp.add("remark", text);
            rm.put("<xmlattr>.dimension", q->dimensions[dim].id);
        }
    }
    std::ostringstream out;
    pt::write_xml(out, root, pt::xml_writer_make_settings<std::string>(' ', 1));
    write_file_atomically(path, out.str());
    return static_cast<int>(responses.size());
}

ResponseFile read_response_file(const std::string& path)
{
    const std::string text = read_text_file(path);
    DefinitionReader r(text, path);
    ResponseFile result;
    auto tree = r.parse(false);
    auto fail_if_any = [&] {
        if (r.failed())
            throw FileRefused(r.take_problems());
    };
    fail_if_any();
    auto root = tree->get_child_optional(kRootElement);
    if (!root) {
        r.problem(1, trf(N_("not a Herstelspiegel response file (the root element must be <%1>)"), {kRootElement}));
        fail_if_any();
    }
    const int root_line = line_of(text, std::string("<") + kRootElement);
    r.allow_only(*root, "<herstelspiegel-responses>", root_line, {"format"}, {"round", "questionnaire", "response"});
    if (r.attr(*root, "format").value_or("") != kFormatVersion)
        r.problem(root_line, trf(N_("unsupported response file format '%1' (this program reads format %2)"),
                                 {r.attr(*root, "format").value_or(""), kFormatVersion}));
    auto round = root->get_child_optional("round");
    auto qnode = root->get_child_optional("questionnaire");
    if (!round || !qnode) {
        r.problem(root_line, tr(N_("the file lacks its <round> or <questionnaire>")));
        fail_if_any();
    }
    result.round_label = r.attr(*round, "label").value_or("");
    result.round_date = r.attr(*round, "date").value_or("");
    if (result.round_label.empty())
        r.problem(line_of(text, "<round"), tr(N_("the round has no label")));
    auto qload = parse_questionnaire(qnode->data(), path + " <questionnaire>");
    if (!qload.questionnaire) {
        for (auto& p : qload.problems)
            r.problem(line_of(text, "<questionnaire"), trf(N_("the questionnaire in the file is invalid: %1"), {p.to_string()}));
        fail_if_any();
    }
    result.questionnaire = std::move(*qload.questionnaire);
    const Questionnaire& q = result.questionnaire;

    int occurrence = 0;
    for (const auto& [name, node] : *root) {
        if (name != "response")
            continue;
        ++occurrence;
        NewResponse resp;
        resp.uid = r.attr(node, "uid").value_or("");
        const int line = resp.uid.empty() ? root_line : r.line_of_attr("uid", resp.uid);
        const std::string what = "<response uid=\"" + resp.uid + "\">";
        r.allow_only(node, what, line, {"uid", "code", "team", "role", "consensus"}, {"answer", "remark"});
        if (resp.uid.empty())
            r.problem(line, trf(N_("response %1 has no uid"), {std::to_string(occurrence)}));
        resp.code = r.attr(node, "code").value_or("");
        resp.team = r.attr(node, "team").value_or("");
        if (resp.team.empty())
            r.problem(line, trf(N_("%1 has no team"), {what}));
        auto role = role_from_key(r.attr(node, "role").value_or(""));
        if (!role)
            r.problem(line, trf(N_("unknown role '%1' in %2"), {r.attr(node, "role").value_or(""), what}));
        resp.role = role.value_or(Role::Unspecified);
        resp.consensus = r.attr(node, "consensus").value_or("false") == "true";
        resp.answers.assign(q.items.size(), kUnanswered);
        for (const auto& [child_name, child] : node) {
            if (child_name == "answer") {
                auto item_id = r.attr(child, "item").value_or("");
                auto value_text = r.attr(child, "value").value_or("");
                auto item = q.item_index(item_id);
                auto value = parse_answer_text(value_text);
                if (!item)
                    r.problem(line, trf(N_("answer to unknown item '%1' in %2"), {item_id, what}));
                else if (!value || !q.scale_of(q.items[*item]).accepts(*value))
                    r.problem(line, trf(N_("answer '%1' to item '%2' is outside its scale, in %3"), {value_text, item_id, what}));
                else
                    resp.answers[*item] = *value;
            } else if (child_name == "remark") {
                auto dim_id = r.attr(child, "dimension").value_or("");
                auto dim = q.dimension_index(dim_id);
                if (!dim)
                    r.problem(line, trf(N_("remark for unknown dimension '%1' in %2"), {dim_id, what}));
                else
                    resp.remarks[*dim] = child.data();
            }
        }
        result.responses.push_back(std::move(resp));
    }
    fail_if_any();
    return result;
}

namespace {

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

bool is_csv_path(const std::string& path)
{
    return path.size() >= 4 && lower(path.substr(path.size() - 4)) == ".csv";
}

InsertResult import_response_file(Store& store, const std::string& path, const std::string& csv_round,
                                  const std::string& csv_team)
{
    if (is_csv_path(path)) {
        if (csv_round.empty() || csv_team.empty())
            throw FileRefused({{path, 0, tr(N_("a CSV file needs the round and the team its answers belong to"))}});
        auto round = store.find_round(csv_round);
        if (!round)
            throw StoreError(StoreError::Kind::NotFound, trf(N_("There is no round called '%1'."), {csv_round}));
        auto q = store.questionnaire_of(round->id);
        auto responses = read_response_csv(path, *q, csv_team, round->label);
        return store.import_responses(round->label, round->date, *q, responses);
    }
    auto incoming = read_response_file(path);
    return store.import_responses(incoming.round_label, incoming.round_date, incoming.questionnaire, incoming.responses);
}

} // namespace hs
