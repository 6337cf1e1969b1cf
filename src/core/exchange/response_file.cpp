// Writing the portable response file: a round's responses with the questionnaire as it was used, written on one
// machine and read on another (format in the README; reading is in response_file_reader.cpp). The XML is
// written directly, response by response, with no document tree in between, and goes to the file in pieces of
// about a megabyte: the text of a whole round is never held.
#include "exchange/response_file.h"

#include "common/file_io.h"
#include "exchange/answer_text.h"

#include <map>

namespace hs {

namespace {

// XML-escapes `text` onto `out`. Newlines, carriage returns and tabs in attributes are written as character
// references (a reader normalises them otherwise); a carriage return in text too.
void escaped(std::string& out, const std::string& text, bool attribute)
{
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break; // in text too, as version 1 wrote it
        case '\r': out += "&#13;"; break;
        case '\n': out += attribute ? "&#10;" : "\n"; break;
        case '\t': out += attribute ? "&#9;" : "\t"; break;
        default: out += c;
        }
    }
}

void attribute(std::string& out, const char* name, const std::string& value)
{
    out += ' ';
    out += name;
    out += "=\"";
    escaped(out, value, true);
    out += '"';
}

} // namespace

int write_response_file(Store& store, RowId round_id, std::optional<RowId> team, const std::string& path)
{
    const Round round = store.round(round_id);
    const auto q = store.questionnaire_of(round_id);
    ResponseQuery query;
    query.round = round_id;
    query.team = team;
    const auto responses = store.load_responses(query);
    std::map<RowId, std::string> team_names;
    for (const auto& t : store.teams())
        team_names.emplace(t.id, t.name);

    AtomicFile file(path); // nothing reaches `path` unless everything is written
    constexpr std::size_t kPiece = 1024 * 1024;
    std::string out;
    out.reserve(kPiece + 64 * 1024);
    out += "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<herstelspiegel-responses";
    attribute(out, "format", kResponseFileFormat);
    out += ">\n <round";
    attribute(out, "label", round.label);
    attribute(out, "date", round.date);
    out += "/>\n <questionnaire";
    attribute(out, "id", q->id);
    attribute(out, "version", q->version);
    out += '>';
    escaped(out, q->definition_text, false);
    out += "</questionnaire>\n";
    for (const auto& rec : responses) {
        out += " <response";
        attribute(out, "uid", rec.info.uid);
        attribute(out, "code", rec.info.code);
        attribute(out, "team", team_names.at(rec.info.team_id));
        attribute(out, "role", role_key(rec.info.role));
        attribute(out, "consensus", rec.info.consensus ? "true" : "false");
        out += ">\n";
        for (std::size_t i = 0; i < rec.answers.size(); ++i) {
            if (rec.answers[i] == kUnanswered)
                continue;
            out += "  <answer";
            attribute(out, "item", q->items[i].id);
            attribute(out, "value", answer_text(rec.answers[i]));
            out += "/>\n";
        }
        for (const auto& [dim, text] : rec.remarks) {
            out += "  <remark";
            attribute(out, "dimension", q->dimensions[dim].id);
            out += '>';
            escaped(out, text, false);
            out += "</remark>\n";
        }
        out += " </response>\n";
        if (out.size() >= kPiece) {
            file.append(out);
            out.clear();
        }
    }
    out += "</herstelspiegel-responses>\n";
    file.append(out);
    file.commit();
    return static_cast<int>(responses.size());
}

} // namespace hs
