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
    const auto versions = store.versions_of(round_id);
    ResponseQuery query;
    query.round = round_id;
    query.team = team;
    query.perspective.reset(); // every perspective
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
    for (const auto& [p, version] : versions) {
        if (p == Perspective::Team)
            continue;
        out += " <questionnaire";
        attribute(out, "perspective", perspective_name(p));
        attribute(out, "id", version->id);
        attribute(out, "version", version->version);
        out += '>';
        escaped(out, version->definition_text, false);
        out += "</questionnaire>\n";
    }
    for (const auto& rec : responses) {
        const Questionnaire& rq = *versions.at(rec.info.perspective);
        out += " <response";
        attribute(out, "uid", rec.info.uid);
        attribute(out, "code", rec.info.code);
        attribute(out, "team", team_names.at(rec.info.team_id));
        attribute(out, "role", role_key(rec.info.role));
        attribute(out, "consensus", rec.info.consensus ? "true" : "false");
        if (rec.info.perspective != Perspective::Team)
            attribute(out, "perspective", perspective_name(rec.info.perspective));
        if (rec.info.collection != CollectionMode::Wizard)
            attribute(out, "collection", collection_mode_key(rec.info.collection));
        out += ">\n";
        for (std::size_t i = 0; i < rec.answers.size(); ++i) {
            if (rec.answers[i] == kUnanswered)
                continue;
            out += "  <answer";
            attribute(out, "item", rq.items[i].id);
            attribute(out, "value", answer_text(rec.answers[i]));
            out += "/>\n";
        }
        for (const auto& [dim, text] : rec.remarks) {
            out += "  <remark";
            attribute(out, "dimension", rq.dimensions[dim].id);
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
    // Rounds come by date, then label: an agreement travels with the file of its own round and of every later one.
    const auto rounds = store.rounds();
    std::map<RowId, std::size_t> position;
    for (std::size_t i = 0; i < rounds.size(); ++i)
        position.emplace(rounds[i].id, i);
    for (const auto& a : store.agreements(team)) {
        const std::size_t made_after = position.at(a.round_id);
        if (made_after > position.at(round.id))
            continue;
        out += " <agreement";
        attribute(out, "uid", a.uid);
        attribute(out, "team", team_names.at(a.team_id));
        attribute(out, "round", rounds[made_after].label);
        attribute(out, "dimension", a.dimension_id);
        if (!a.item_id.empty())
            attribute(out, "item", a.item_id);
        attribute(out, "action", a.action);
        attribute(out, "owner", a.owner);
        attribute(out, "due", a.due);
        attribute(out, "status", agreement_status_key(a.status));
        attribute(out, "status-date", a.status_date);
        attribute(out, "evaluation", a.evaluation);
        if (!a.changed.empty()) // the importing store keeps the copy written last
            attribute(out, "changed", a.changed);
        out += "/>\n";
    }
    out += "</herstelspiegel-responses>\n";
    file.append(out);
    file.commit();
    return static_cast<int>(responses.size());
}

} // namespace hs
