// The portable response file: a round's responses with the questionnaire as it was used, written on one
// machine and read on another (format in the README).
#include "exchange/response_file.h"

#include "common/file_io.h"
#include "common/i18n.h"
#include "exchange/answer_text.h"
#include "questionnaire/definition_reader.h"
#include "questionnaire/questionnaire_loader.h"

#include <boost/property_tree/xml_parser.hpp>

#include <algorithm>
#include <map>
#include <sstream>

namespace hs {

namespace pt = boost::property_tree;
using namespace exchange_detail;

namespace {
constexpr const char* kRootElement = "herstelspiegel-responses";
constexpr const char* kFormatVersion = "1";
} // namespace

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

} // namespace hs
