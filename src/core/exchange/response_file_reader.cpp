// Reading the portable response file in one streaming pass (expat): each response is checked and handed on as
// soon as its end tag is read, so memory stays that of one response whatever the file's size, and the time is
// linear in it. The parser keeps the line numbers; they are used only in messages. Strict: anything the writer
// would not have written (an unknown element or attribute, a second answer to one item, a malformed date,
// consensus other than true/false, bytes that are not UTF-8, deep nesting, an oversized file) refuses the file.
#include "exchange/response_file_reader.h"

#include "common/i18n.h"
#include "common/ids.h"
#include "common/input_file.h"
#include "common/limits.h"
#include "common/remark.h"
#include "common/utf8.h"
#include "exchange/answer_text.h"
#include "questionnaire/questionnaire_loader.h"

#include <expat.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <exception>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace hs {

namespace {

// The file's size and nesting are bounded by the shared limits (common/limits.h), its bytes checked as UTF-8 by
// the shared validator (common/utf8.h) as they are read.
constexpr int kMaxDepth = limits::kMaxNestingDepth;
constexpr std::size_t kMaxProblems = 20; // enough to fix a file; a broken file does not flood the screen
constexpr std::size_t kChunkBytes = 256 * 1024;

// A problem's line is looked up only when there is a problem: the parser counts lines anyway, and asking for
// the line at every tag would walk the text once more.
constexpr int kAtTag = -1;

constexpr const char* kRootElement = "herstelspiegel-responses";
// What a piece of a file is put between to stand alone (see response_file_reader.h).
const std::string& root_start()
{
    static const std::string tag = std::string("<") + kRootElement + " format=\"" + kResponseFileFormat + "\">";
    return tag;
}
const std::string& root_end()
{
    static const std::string tag = std::string("</") + kRootElement + ">";
    return tag;
}

bool blank(const char* begin, const char* end)
{
    return std::all_of(begin, end, [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
}
bool blank(const std::string& s) { return blank(s.data(), s.data() + s.size()); }

// The streaming reader: expat calls back for each start tag, end tag and run of text.
class Reader {
public:
    Reader(const std::string& path, ResponseFileSink& sink) : path_(path), sink_(sink) {}

    // Reads the file from disk.
    void run()
    {
        InputFile in(path_, limits::kMaxDataFileBytes); // refuses what is not a regular file, or too large
        parse([&](char* to, std::size_t n) { return in.read(to, n); });
    }

    // Reads pieces of text held in memory, one after the other, as if they were the file.
    void run(std::initializer_list<std::string_view> texts)
    {
        auto next = texts.begin();
        std::string_view left = next != texts.end() ? *next : std::string_view();
        parse([&](char* to, std::size_t n) {
            std::size_t given = 0;
            while (given < n && next != texts.end()) {
                const std::size_t k = std::min(n - given, left.size());
                if (k > 0) // an empty view may have no data at all
                    std::memcpy(to + given, left.data(), k);
                given += k;
                left.remove_prefix(k);
                if (left.empty() && ++next != texts.end())
                    left = *next;
            }
            return given;
        });
    }

    // A piece from the middle of a file: the state after its header, which `given` holds, and no second chance.
    void start_as_piece(const ResponseFileHeader& given)
    {
        given_ = &given;
        rq_ = &given.questionnaire;
        root_seen_ = round_seen_ = questionnaire_seen_ = header_sent_ = delivered_ = true;
        first_problem_stops_ = true;
    }

private:
    // Feeds the text `read(buffer, n)` gives to the parser, then says what was wrong with it.
    template <class Read>
    void parse(Read&& read)
    {
        std::unique_ptr<XML_ParserStruct, decltype(&XML_ParserFree)> parser(XML_ParserCreate("UTF-8"), &XML_ParserFree);
        if (!parser)
            throw std::bad_alloc();
        p_ = parser.get();
        XML_SetUserData(p_, this);
        XML_SetElementHandler(p_, &Reader::on_start, &Reader::on_end);
        XML_SetCharacterDataHandler(p_, &Reader::on_text);
        XML_SetStartDoctypeDeclHandler(p_, &Reader::on_doctype);

        int line = 1; // counted by us only to place an encoding error, which expat never sees
        for (bool last = false; !last && !stopped_;) {
            // Read straight into the parser's own buffer: no copy in between.
            auto* chunk = static_cast<char*>(XML_GetBuffer(p_, static_cast<int>(kChunkBytes)));
            if (!chunk)
                throw std::bad_alloc();
            const std::size_t got = read(chunk, kChunkBytes);
            last = got < kChunkBytes;
            if (!utf8_.feed({chunk, got}) || (last && !utf8_.finish())) {
                const std::size_t upto = utf8_.ok() ? got : utf8_.invalid_at();
                line += static_cast<int>(std::count(chunk, chunk + upto, '\n'));
                problem(line, tr(N_("the text is not valid UTF-8 (save the file as UTF-8)")));
                break;
            }
            line += static_cast<int>(std::count(chunk, chunk + got, '\n'));
            if (XML_ParseBuffer(p_, static_cast<int>(got), last ? XML_TRUE : XML_FALSE) == XML_STATUS_ERROR) {
                if (failure_)
                    std::rethrow_exception(failure_);
                if (XML_GetErrorCode(p_) != XML_ERROR_ABORTED)
                    problem(here(), trf(N_("the XML is not well-formed: %1"), {XML_ErrorString(XML_GetErrorCode(p_))}));
                break;
            }
        }
        if (failure_)
            std::rethrow_exception(failure_);
        if (problems_.empty() && header_sent_)
            deliver_header(); // a file without responses
        if (problems_.empty() && !root_seen_)
            problem(here(), trf(N_("not a Herstelspiegel response file (the root element must be <%1>)"), {kRootElement}));
        if (problems_.empty() && !header_sent_)
            problem(here(), tr(N_("the file lacks its <round> or <questionnaire>")));
        if (!problems_.empty())
            throw FileRefused(std::move(problems_));
    }

    enum class In { Nothing, Root, Round, Questionnaire, Response, Answer, Remark, Agreement, Ignored };

    static void XMLCALL on_start(void* self, const XML_Char* name, const XML_Char** attrs)
    {
        static_cast<Reader*>(self)->guard([&] { static_cast<Reader*>(self)->start(name, attrs); });
    }
    static void XMLCALL on_end(void* self, const XML_Char*)
    {
        static_cast<Reader*>(self)->guard([&] { static_cast<Reader*>(self)->end(); });
    }
    static void XMLCALL on_text(void* self, const XML_Char* text, int len)
    {
        auto* r = static_cast<Reader*>(self);
        if (r->collect_)
            r->text_.append(text, static_cast<std::size_t>(len));
        else if (!r->stray_text_)
            r->stray_text_ = !blank(text, text + len);
    }
    static void XMLCALL on_doctype(void* self, const XML_Char*, const XML_Char*, const XML_Char*, int)
    {
        auto* r = static_cast<Reader*>(self);
        r->problem(r->here(), tr(N_("a document type declaration is not allowed in a response file")));
        r->stop();
    }

    // No exception may cross the C parser: keep it, stop the parser, rethrow after XML_Parse returns.
    template <typename F>
    void guard(F&& f)
    {
        try {
            f();
        } catch (...) {
            failure_ = std::current_exception();
            stop();
        }
    }

    void stop()
    {
        if (!stopped_)
            XML_StopParser(p_, XML_FALSE);
        stopped_ = true;
    }

    int here() const { return static_cast<int>(XML_GetCurrentLineNumber(p_)); }

    // The line of a byte of the file, for a message about a tag read earlier, counted as expat counts (a line ends at
    // LF, CR or CR LF). Asked only for a refused remark, in file order, so it goes on from where it was asked last.
    // Expat's own line number costs a pass over every byte since it was last asked: asked at each remark, that was
    // a whole pass over the file in every import.
    int line_at(XML_Index offset)
    {
        if (!lines_ || offset < lines_->offset)
            lines_.emplace(path_);
        LineCount& c = *lines_;
        std::vector<char> buffer(kChunkBytes);
        while (c.offset < offset) {
            const auto want = static_cast<std::size_t>(std::min<XML_Index>(offset - c.offset, static_cast<XML_Index>(buffer.size())));
            const std::size_t got = c.file.read(buffer.data(), want);
            if (got == 0)
                break;
            for (std::size_t i = 0; i < got; ++i) {
                const char ch = buffer[i];
                if (ch == '\r' || (ch == '\n' && !c.after_cr))
                    ++c.line;
                c.after_cr = ch == '\r';
            }
            c.offset += static_cast<XML_Index>(got);
        }
        return c.line;
    }

    void problem(int line, const std::string& reason)
    {
        problems_.push_back({path_, line == kAtTag ? here() : line, reason});
        if (problems_.size() >= kMaxProblems || first_problem_stops_)
            stop();
    }

    // Attributes of the current tag, each allowed once (expat already refuses a repeated attribute).
    struct Attributes {
        const XML_Char** list;
        const char* get(const char* name) const
        {
            for (auto** a = list; *a; a += 2)
                if (std::strcmp(a[0], name) == 0)
                    return a[1];
            return nullptr;
        }
    };

    void allow_only(const Attributes& attrs, const char* element, std::initializer_list<const char*> allowed, int line)
    {
        for (auto** a = attrs.list; *a; a += 2)
            if (std::none_of(allowed.begin(), allowed.end(), [&](const char* n) { return std::strcmp(n, a[0]) == 0; }))
                problem(line, trf(N_("unknown attribute '%1' on <%2>"), {a[0], element}));
    }

    void start(const char* name, const XML_Char** list)
    {
        const Attributes attrs{list};
        const int line = kAtTag;
        stack_.push_back(In::Ignored);
        if (static_cast<int>(stack_.size()) > kMaxDepth) {
            problem(line, trf(N_("the elements are nested deeper than %1 levels"), {std::to_string(kMaxDepth)}));
            stop();
            return;
        }
        const In parent = stack_.size() > 1 ? stack_[stack_.size() - 2] : In::Nothing;
        In& self = stack_.back();
        if (stray_text_) {
            problem(line, tr(N_("text outside the elements that may hold text")));
            stray_text_ = false;
        }
        if (parent == In::Nothing) {
            root_seen_ = true;
            if (std::strcmp(name, kRootElement) != 0) {
                problem(line, trf(N_("not a Herstelspiegel response file (the root element must be <%1>)"), {kRootElement}));
                stop();
                return;
            }
            self = In::Root;
            allow_only(attrs, kRootElement, {"format"}, line);
            const char* format = attrs.get("format");
            if (!format || std::strcmp(format, kResponseFileFormat) != 0)
                problem(line, trf(N_("unsupported response file format '%1' (this program reads format %2)"),
                                  {format ? format : "", kResponseFileFormat}));
        } else if (parent == In::Root && std::strcmp(name, "round") == 0) {
            self = In::Round;
            if (round_seen_ || questionnaire_seen_)
                problem(line, tr(N_("<round> must come once, first in the file")));
            round_seen_ = true;
            allow_only(attrs, "round", {"label", "date"}, line);
            const char* label = attrs.get("label");
            const char* date = attrs.get("date");
            header_.round_label = label ? label : "";
            header_.round_date = date ? date : "";
            if (blank(header_.round_label))
                problem(line, tr(N_("the round has no label")));
            if (!is_iso_date(header_.round_date))
                problem(line, trf(N_("the round's date '%1' is not a date of the form YYYY-MM-DD"), {header_.round_date}));
        } else if (parent == In::Root && std::strcmp(name, "questionnaire") == 0 && attrs.get("perspective")) {
            self = In::Questionnaire;
            mirror_start(attrs, line);
        } else if (parent == In::Root && std::strcmp(name, "questionnaire") == 0) {
            self = In::Questionnaire;
            if (!round_seen_ || questionnaire_seen_)
                problem(line, tr(N_("<questionnaire> must come once, after <round> and before the responses")));
            questionnaire_seen_ = true;
            questionnaire_line_ = here();
            mirror_perspective_.reset();
            allow_only(attrs, "questionnaire", {"id", "version"}, line);
            const char* id = attrs.get("id");
            const char* version = attrs.get("version");
            questionnaire_id_ = id ? id : "";
            questionnaire_version_ = version ? version : "";
            begin_text();
        } else if (parent == In::Root && std::strcmp(name, "response") == 0) {
            self = In::Response;
            if (!header_sent_ && problems_.empty())
                problem(line, tr(N_("the file lacks its <round> or <questionnaire>")));
            start_response(attrs, line);
        } else if (parent == In::Root && std::strcmp(name, "agreement") == 0) {
            self = In::Agreement;
            if (!header_sent_ && problems_.empty())
                problem(line, tr(N_("the file lacks its <round> or <questionnaire>")));
            agreement(attrs, line);
        } else if (parent == In::Response && std::strcmp(name, "answer") == 0) {
            self = In::Answer;
            answer(attrs, line);
        } else if (parent == In::Response && std::strcmp(name, "remark") == 0) {
            self = In::Remark;
            allow_only(attrs, "remark", {"dimension"}, line);
            const char* dim = attrs.get("dimension");
            remark_dimension_ = std::nullopt;
            remark_offset_ = XML_GetCurrentByteIndex(p_); // its line only if it is refused: see line_at
            if (header_sent_) {
                remark_dimension_ = rq_->dimension_index(dim ? dim : "");
                if (!remark_dimension_)
                    problem(line, trf(N_("remark for unknown dimension '%1' in %2"), {dim ? dim : "", what_}));
                else if (response_.remarks.count(*remark_dimension_))
                    problem(line, trf(N_("a second remark for dimension '%1' in %2"), {dim, what_}));
            }
            begin_text();
        } else if (parent != In::Ignored) { // inside an unknown element, its first line says it all
            problem(line, trf(N_("unknown element <%1> here"), {name}));
        }
    }

    void end()
    {
        const In self = stack_.back();
        const int line = kAtTag;
        if (stray_text_) {
            problem(line, tr(N_("text outside the elements that may hold text")));
            stray_text_ = false;
        }
        switch (self) {
        case In::Questionnaire: questionnaire_read(); break;
        case In::Response: response_read(); break;
        case In::Remark:
            if (const std::string why = remark_refused(text_); !why.empty())
                problem(line_at(remark_offset_), why); // the one rule for remarks, as in a CSV and the wizard
            else if (remark_dimension_)
                response_.remarks[*remark_dimension_] = std::move(text_);
            break;
        default: break;
        }
        collect_ = false;
        text_.clear();
        stack_.pop_back();
    }

    void begin_text()
    {
        collect_ = true;
        text_.clear();
    }

    // <questionnaire perspective="client|relative" id version>: the round's version for them, after the team's and
    // before the responses, once per perspective.
    void mirror_start(const Attributes& attrs, int line)
    {
        allow_only(attrs, "questionnaire", {"perspective", "id", "version"}, line);
        const char* name = attrs.get("perspective");
        mirror_perspective_ = perspective_from_name(name);
        if (!mirror_perspective_ || *mirror_perspective_ == Perspective::Team)
            problem(line, trf(N_("unknown perspective '%1' on <questionnaire> (expected client or relative)"), {name}));
        else if (!header_sent_ || delivered_)
            problem(line, tr(N_("a <questionnaire> for clients or relatives must come after the team's and before the responses")));
        else
            for (const auto& m : header_.mirrors)
                if (m.perspective == *mirror_perspective_)
                    problem(line, trf(N_("a second <questionnaire> for perspective '%1'"), {name}));
        questionnaire_line_ = here();
        const char* id = attrs.get("id");
        const char* version = attrs.get("version");
        questionnaire_id_ = id ? id : "";
        questionnaire_version_ = version ? version : "";
        begin_text();
    }

    void questionnaire_read()
    {
        auto load = parse_questionnaire(text_, path_ + " <questionnaire>");
        if (!load.questionnaire) {
            for (auto& p : load.problems)
                problem(questionnaire_line_, trf(N_("the questionnaire in the file is invalid: %1"), {p.to_string()}));
            stop();
            return;
        }
        if (mirror_perspective_) {
            mirror_read(std::move(*load.questionnaire));
            return;
        }
        header_.questionnaire = std::move(*load.questionnaire);
        const Questionnaire& q = header_.questionnaire;
        if (q.id != questionnaire_id_ || q.version != questionnaire_version_)
            problem(questionnaire_line_, trf(N_("<questionnaire> says %1 version %2, but the questionnaire inside is %3 version %4"),
                                             {questionnaire_id_, questionnaire_version_, q.id, q.version}));
        // The round's own questionnaire is the team's: a client or relative version here would open a round on it
        // as if it were the team questionnaire. It belongs in a <questionnaire perspective="..."> of its own.
        if (q.perspective != Perspective::Team)
            problem(questionnaire_line_, trf(N_("the round's <questionnaire> must be the team questionnaire, but %1 is the version for %2"),
                                             {q.id, tr(perspective_msgid(q.perspective))}));
        if (!problems_.empty()) {
            stop();
            return;
        }
        header_sent_ = true; // handed on with the first response (the versions for clients and relatives come first)
    }

    void mirror_read(Questionnaire q)
    {
        if (q.id != questionnaire_id_ || q.version != questionnaire_version_)
            problem(questionnaire_line_, trf(N_("<questionnaire> says %1 version %2, but the questionnaire inside is %3 version %4"),
                                             {questionnaire_id_, questionnaire_version_, q.id, q.version}));
        if (q.perspective != *mirror_perspective_)
            problem(questionnaire_line_, trf(N_("<questionnaire> says perspective %1, but the questionnaire inside is for %2"),
                                             {perspective_name(*mirror_perspective_), perspective_name(q.perspective)}));
        if (!problems_.empty()) {
            stop();
            return;
        }
        header_.mirrors.push_back(std::move(q));
    }

    void deliver_header()
    {
        if (delivered_)
            return;
        sink_.header(header_);
        delivered_ = true;
    }

    // The header the responses are read against: the file's own, or the one a piece was given.
    const ResponseFileHeader& header() const { return given_ ? *given_ : header_; }

    const Questionnaire* version_for(Perspective p) const
    {
        if (p == Perspective::Team)
            return &header().questionnaire;
        for (const auto& m : header().mirrors)
            if (m.perspective == p)
                return &m;
        return nullptr;
    }

    void start_response(const Attributes& attrs, int line)
    {
        ++responses_;
        response_ok_ = true;
        const std::size_t before = problems_.size();
        const char* uid = attrs.get("uid");
        response_ = NewResponse{};
        response_.uid = uid ? uid : "";
        what_ = "<response uid=\"" + response_.uid + "\">";
        allow_only(attrs, "response", {"uid", "code", "team", "role", "consensus", "perspective", "collection"}, line);
        if (response_.uid.empty())
            problem(line, trf(N_("response %1 has no uid"), {std::to_string(responses_)}));
        const char* code = attrs.get("code");
        const char* team = attrs.get("team");
        const char* role = attrs.get("role");
        const char* consensus = attrs.get("consensus");
        response_.code = code ? code : "";
        response_.team = team ? team : "";
        if (blank(response_.team))
            problem(line, trf(N_("%1 has no team"), {what_}));
        auto r = role_from_key(role ? role : "");
        if (!r)
            problem(line, trf(N_("unknown role '%1' in %2"), {role ? role : "", what_}));
        response_.role = r.value_or(Role::Unspecified);
        if (consensus && std::strcmp(consensus, "true") != 0 && std::strcmp(consensus, "false") != 0)
            problem(line, trf(N_("consensus must be 'true' or 'false', not '%1', in %2"), {consensus, what_}));
        response_.consensus = consensus && std::strcmp(consensus, "true") == 0;
        const char* perspective = attrs.get("perspective");
        const char* collection = attrs.get("collection");
        const auto p = perspective_from_name(perspective ? perspective : "team");
        const auto c = collection_mode_from_key(collection ? collection : "wizard");
        if (!p)
            problem(line, trf(N_("unknown perspective '%1' in %2"), {perspective, what_}));
        if (!c)
            problem(line, trf(N_("unknown way of collecting '%1' in %2"), {collection, what_}));
        response_.perspective = p.value_or(Perspective::Team);
        response_.collection = c.value_or(CollectionMode::Wizard);
        rq_ = &header().questionnaire;
        if (header_sent_) {
            if (const Questionnaire* version = version_for(response_.perspective))
                rq_ = version;
            else
                problem(line, trf(N_("%1 is from %2, but the file has no questionnaire for them"), {what_, tr(perspective_msgid(response_.perspective))}));
            if (problems_.empty())
                deliver_header();
            response_.answers.assign(rq_->items.size(), kUnanswered);
        }
        answered_.assign(response_.answers.size(), false);
        next_item_ = 0;
        if (problems_.size() != before)
            response_ok_ = false;
    }

    void answer(const Attributes& attrs, int line)
    {
        const std::size_t before = problems_.size();
        // The hot path (one call per answer): one pass over the attributes.
        const char* item_id = nullptr;
        const char* value_text = nullptr;
        for (auto** a = attrs.list; *a; a += 2) {
            if (std::strcmp(a[0], "item") == 0)
                item_id = a[1];
            else if (std::strcmp(a[0], "value") == 0)
                value_text = a[1];
            else
                problem(line, trf(N_("unknown attribute '%1' on <%2>"), {a[0], "answer"}));
        }
        if (header_sent_) {
            const Questionnaire& q = *rq_;
            // Answers usually come in questionnaire order: try the next item before looking the id up.
            std::optional<std::size_t> item;
            if (item_id && next_item_ < q.items.size() && q.items[next_item_].id == item_id)
                item = next_item_;
            else
                item = q.item_index(item_id ? item_id : "");
            if (item)
                next_item_ = *item + 1;
            // A single digit is by far the most common answer; everything else goes through the shared parser.
            std::optional<AnswerCode> value;
            if (value_text && value_text[0] >= '1' && value_text[0] <= '9' && value_text[1] == '\0')
                value = static_cast<AnswerCode>(value_text[0] - '0');
            else
                value = parse_answer_text(value_text ? value_text : "");
            if (!item)
                problem(line, trf(N_("answer to unknown item '%1' in %2"), {item_id ? item_id : "", what_}));
            else if (answered_[*item])
                problem(line, trf(N_("a second answer to item '%1' in %2"), {item_id, what_}));
            else if (!value_text || !value || !q.item_scale(*item).accepts(*value))
                problem(line, trf(N_("answer '%1' to item '%2' is outside its scale, in %3"), {value_text ? value_text : "", item_id, what_}));
            else {
                response_.answers[*item] = *value;
                answered_[*item] = true;
            }
        }
        if (problems_.size() != before)
            response_ok_ = false;
    }

    // An agreement the team made after this round or an earlier one: checked here for form; the store checks it
    // against the round's questionnaire when it merges it.
    void agreement(const Attributes& attrs, int line)
    {
        const std::size_t before = problems_.size();
        allow_only(attrs, "agreement",
                   {"uid", "team", "round", "dimension", "item", "action", "owner", "due", "status", "status-date", "evaluation", "changed"},
                   line);
        auto text = [&](const char* name) {
            const char* v = attrs.get(name);
            return std::string(v ? v : "");
        };
        PortableAgreement pa;
        Agreement& a = pa.agreement;
        a.uid = text("uid");
        pa.team = text("team");
        pa.round_label = text("round");
        a.dimension_id = text("dimension");
        a.item_id = text("item");
        a.action = text("action");
        a.owner = text("owner");
        a.due = text("due");
        a.status_date = text("status-date");
        a.evaluation = text("evaluation");
        a.changed = text("changed"); // absent in files of agreements last written before schema 5
        const std::string what = "<agreement uid=\"" + a.uid + "\">";
        if (a.uid.empty())
            problem(line, tr(N_("an agreement has no uid")));
        for (const auto& [value, name] : {std::pair{&pa.team, "team"}, {&pa.round_label, "round"}, {&a.dimension_id, "dimension"}, {&a.action, "action"}})
            if (blank(*value))
                problem(line, trf(N_("%1 has no %2"), {what, name}));
        const auto status = agreement_status_from_key(text("status"));
        if (!status)
            problem(line, trf(N_("unknown status '%1' in %2"), {text("status"), what}));
        a.status = status.value_or(AgreementStatus::Open);
        for (const auto& [value, name] : {std::pair{&a.due, "due"}, {&a.status_date, "status-date"}})
            if (!value->empty() && !is_iso_date(*value))
                problem(line, trf(N_("the %1 date '%2' in %3 is not a date of the form YYYY-MM-DD"), {name, *value, what}));
        if (!a.changed.empty() && !is_iso_timestamp(a.changed))
            // TRANSLATORS: %1 is the text found, %2 the element, e.g. <agreement uid="...">
            problem(line, trf(N_("the time stamp '%1' in %2 is not of the form YYYY-MM-DDTHH:MM:SSZ"), {a.changed, what}));
        if (problems_.size() == before && header_sent_ && problems_.empty()) {
            deliver_header(); // a round without responses still carries the agreements made so far
            sink_.agreement(pa);
        }
    }

    void response_read()
    {
        // Once anything is wrong the file is refused, so nothing more goes to the sink; reading goes on only to
        // report further problems.
        if (response_ok_ && header_sent_ && problems_.empty())
            sink_.response(response_);
    }

    const std::string path_;
    ResponseFileSink& sink_;
    XML_Parser p_ = nullptr;
    std::exception_ptr failure_;
    bool stopped_ = false;
    utf8::Validator utf8_;
    std::vector<FileProblem> problems_;
    std::vector<In> stack_;

    bool root_seen_ = false, round_seen_ = false, questionnaire_seen_ = false, header_sent_ = false;
    ResponseFileHeader header_;
    std::string questionnaire_id_, questionnaire_version_;
    int questionnaire_line_ = 0;
    std::optional<Perspective> mirror_perspective_; // the <questionnaire> being read is the one for them
    bool delivered_ = false;                        // the header has gone to the sink
    const Questionnaire* rq_ = &header_.questionnaire; // the version the current response answers
    const ResponseFileHeader* given_ = nullptr;        // a piece's header, read from the file's start
    bool first_problem_stops_ = false;                 // a piece is read again as part of the file for messages

    bool collect_ = false, stray_text_ = false;
    std::string text_;

    NewResponse response_;
    std::vector<bool> answered_;
    std::size_t next_item_ = 0;
    std::optional<std::size_t> remark_dimension_;
    XML_Index remark_offset_ = 0; // where the remark read last starts
    struct LineCount {
        explicit LineCount(const std::string& path) : file(path, limits::kMaxDataFileBytes) {}
        InputFile file;
        XML_Index offset = 0; // read up to here
        int line = 1;         // the line at `offset`
        bool after_cr = false;
    };
    std::optional<LineCount> lines_; // line_at's count so far
    std::string what_;
    int responses_ = 0;
    bool response_ok_ = true;
};

// Keeps every response: for small files and tests.
class Collector : public ResponseFileSink {
public:
    explicit Collector(ResponseFile& file) : file_(file) {}
    void header(const ResponseFileHeader& h) override
    {
        file_.round_label = h.round_label;
        file_.round_date = h.round_date;
        file_.questionnaire = h.questionnaire;
        file_.mirrors = h.mirrors;
    }
    void response(const NewResponse& r) override { file_.responses.push_back(r); }
    void agreement(const PortableAgreement& a) override { file_.agreements.push_back(a); }

private:
    ResponseFile& file_;
};

// Keeps only counts: checking a file of any size in constant memory.
class Counter : public ResponseFileSink {
public:
    explicit Counter(ResponseFileSummary& summary) : summary_(summary) {}
    void header(const ResponseFileHeader& h) override
    {
        summary_.round_label = h.round_label;
        summary_.round_date = h.round_date;
        summary_.questionnaire_id = h.questionnaire.id;
        summary_.questionnaire_version = h.questionnaire.version;
    }
    void response(const NewResponse& r) override
    {
        ++summary_.responses;
        summary_.answers += static_cast<std::size_t>(
            std::count_if(r.answers.begin(), r.answers.end(), [](AnswerCode a) { return a != kUnanswered; }));
    }
    void agreement(const PortableAgreement&) override { ++summary_.agreements; }

private:
    ResponseFileSummary& summary_;
};

} // namespace

namespace exchange_detail {

void read_whole_file(const std::string& path, ResponseFileSink& sink)
{
    Reader(path, sink).run();
}

void read_file_start(const std::string& path, std::string_view text, ResponseFileSink& sink)
{
    Reader(path, sink).run({text, root_end()});
}

void read_file_piece(const std::string& path, const ResponseFileHeader& header, std::string_view text, bool last,
                     ResponseFileSink& sink)
{
    Reader reader(path, sink);
    reader.start_as_piece(header);
    reader.run({root_start(), text, last ? std::string_view() : root_end()});
}

} // namespace exchange_detail

ResponseFile read_response_file(const std::string& path)
{
    ResponseFile file;
    Collector collector(file);
    read_response_file(path, collector);
    return file;
}

ResponseFileSummary check_response_file(const std::string& path)
{
    ResponseFileSummary summary;
    Counter counter(summary);
    read_response_file(path, counter);
    return summary;
}

} // namespace hs
