// A large portable file is read in pieces on several threads (exchange/response_file_segments.cpp). Whatever the cuts,
// the sink hears what reading the file whole on one thread makes it hear, in the same order, and a refused file is
// refused with the same problems on the same lines: also when a cut falls inside a comment, a CDATA section or a
// processing instruction, and when the problem lies in a piece read on another thread.
#include "exchange/response_file_reader.h"

#include "common/file_io.h"
#include "exchange/response_exchange.h"
#include "questionnaire/questionnaire_loader.h"
#include "store/store.h"
#include "../test_helpers.h"
#include "../../support/response_file_log.h"

#include <catch2/catch.hpp>

using namespace hs;
using hs::test::TempDir;

namespace {

using test::alike;
using test::Reading;
using test::reading;

Reading whole(const std::string& path)
{
    return reading([&](ResponseFileSink& sink) { exchange_detail::read_whole_file(path, sink); });
}

Reading in_pieces(const std::string& path, std::size_t piece_bytes, bool* served = nullptr)
{
    return reading([&](ResponseFileSink& sink) {
        const bool pieces_served = exchange_detail::read_file_in_pieces(path, sink, piece_bytes);
        if (served)
            *served = pieces_served;
    });
}

const std::vector<std::size_t> kPieceSizes{1, 7, 60, 333, 1000, 4096, 1 << 20};

// A round of 40 responses of several teams, a consensus response among them, with remarks that XML must escape,
// clients' and relatives' responses (their versions in the header), and the team's agreements after them.
std::string good_file(const TempDir& dir)
{
    Store laptop(test::new_store_location(dir));
    const auto round = laptop.add_round("2026-najaar", "2026-10-01", test::small_questionnaire(),
                                        {&test::small_client_questionnaire(), &test::small_relative_questionnaire()});
    std::vector<NewResponse> many;
    for (int i = 0; i < 40; ++i) {
        NewResponse r;
        r.team = "Team " + std::to_string(i % 6) + (i % 5 == 0 ? " & <Oost>" : "");
        r.role = i % 7 == 0 ? Role::Manager : Role::Practitioner;
        r.answers = {static_cast<AnswerCode>(1 + i % 5), 4, kNotApplicable, kDontKnow, static_cast<AnswerCode>(1 + i % 3), 2, kUnanswered};
        if (i % 4 == 0)
            r.remarks[static_cast<std::size_t>(i % 3)] = "Opmerking " + std::to_string(i) + ": <response> & \"meer\"\nregel twee";
        many.push_back(r);
    }
    many[13].team = "Consensusteam";
    many[13].consensus = true;
    for (int i = 0; i < 6; ++i) {
        const Perspective p = i % 2 ? Perspective::Client : Perspective::Relative;
        const auto& version = p == Perspective::Client ? test::small_client_questionnaire() : test::small_relative_questionnaire();
        many.push_back(test::new_response("Team 1", p, CollectionMode::Paper, std::vector<AnswerCode>(version.items.size(), 3)));
    }
    laptop.insert_responses(round, many);
    for (const char* action : {"Elke week een gesprek in het tempo van de cli\xC3\xABnt", "Herstelverhalen <delen> & bespreken"}) {
        Agreement a;
        a.team_id = laptop.find_team("Team 1")->id;
        a.round_id = round;
        a.dimension_id = "hoop";
        a.action = action;
        a.status_date = "2026-10-15";
        laptop.add_agreement(a);
    }
    const auto path = dir.file("good.xml");
    write_response_file(laptop, round, std::nullopt, path);
    return read_text_file(path);
}

// `text` with `insert` put before the n-th "<response " (counted from 1).
std::string before_response(std::string text, int n, const std::string& insert)
{
    std::size_t at = 0;
    for (int i = 0; i < n; ++i)
        at = text.find("<response ", i == 0 ? 0 : at + 1);
    REQUIRE(at != std::string::npos);
    text.insert(at, insert);
    return text;
}

} // namespace

namespace Catch {
template <>
struct StringMaker<Reading> {
    static std::string convert(const Reading& r)
    {
        std::string out = std::to_string(r.seen.size()) + " events, last: " + (r.seen.empty() ? "" : r.seen.back());
        for (const auto& p : r.problems)
            out += "\n  " + p;
        return out;
    }
};
} // namespace Catch

TEST_CASE("a file read in pieces hands on what the whole file hands on, wherever it is cut", "[exchange]")
{
    TempDir dir;
    const std::string good = good_file(dir);
    const std::string remark_open = "<remark dimension=\"";

    const std::vector<std::pair<const char*, std::string>> files{
        {"as written", good},
        {"a comment holding a response", before_response(good, 20, "<!-- <response uid=\"x\" team=\"T\"> -->\n")},
        {"a CDATA section holding a response", [&] {
             std::string text = good;
             const auto at = text.find('>', text.find(remark_open, text.size() / 2)) + 1;
             text.insert(at, "<![CDATA[ <response uid=\"y\"> ]]>");
             return text;
         }()},
        {"a processing instruction holding a response", before_response(good, 30, "<?note <response ?>\n")},
        {"a response without answers", before_response(good, 25, "<response uid=\"leeg\" code=\"\" team=\"Team 9\" role=\"practitioner\"/>\n")},
    };
    for (const auto& [what, text] : files) {
        SECTION(what)
        {
            const auto path = dir.file("file.xml");
            test::write_file(path, text);
            const Reading one = whole(path);
            REQUIRE(one.problems.empty());
            REQUIRE(one.seen.size() >= 49); // the header, 46 responses, 2 agreements
            for (std::size_t size : kPieceSizes) {
                INFO("pieces of " << size << " bytes");
                bool served = false;
                CHECK(in_pieces(path, size, &served) == one);
                const std::string kind = what;
                if (kind == "as written" || kind == "a response without answers")
                    CHECK(served == (size < text.size())); // every cut was good: the file was read once
                else if (size == 1) // every "<response" is a cut, also the one that is not a tag: found out
                    CHECK_FALSE(served);
            }
        }
    }
}

TEST_CASE("a file read in pieces is refused as the whole file is, after handing on its first responses", "[exchange]")
{
    TempDir dir;
    const std::string good = good_file(dir);
    std::string bad_value = good;
    bad_value.replace(bad_value.find("value=\"4\"", good.size() * 2 / 3), 9, "value=\"9\"");
    std::string bad_utf8 = good;
    bad_utf8.insert(bad_utf8.find("Opmerking", good.size() / 2), "\xC3\x28");

    const std::vector<std::pair<const char*, std::string>> files{
        {"an answer outside its scale late in the file", bad_value},
        {"bytes that are not UTF-8 in a later piece", bad_utf8},
        {"the root closed and opened again in the middle",
         before_response(good, 20, "</herstelspiegel-responses><herstelspiegel-responses format=\"1\">\n")},
        {"a second round in the middle", before_response(good, 20, "<round label=\"x\" date=\"2026-01-01\"/>\n")},
        {"a second questionnaire in the middle", before_response(good, 20, "<questionnaire id=\"a\" version=\"1\"/>\n")},
        {"text between two responses", before_response(good, 33, "losse tekst\n")},
        {"an unknown element between two responses", before_response(good, 11, "<vreemd/>\n")},
        {"a comment that is never closed", before_response(good, 35, "<!-- <response uid=\"x\">\n")},
        {"an element that is never closed", before_response(good, 35, "<response uid=\"open\" team=\"T\" role=\"practitioner\">\n")},
        {"a document type in the middle", before_response(good, 20, "<!DOCTYPE x>\n")},
        {"the end tag missing", good.substr(0, good.rfind("</herstelspiegel-responses>"))},
        {"something after the root", good + "<response uid=\"na\"/>\n"},
    };
    for (const auto& [what, text] : files) {
        SECTION(what)
        {
            const auto path = dir.file("file.xml");
            test::write_file(path, text);
            const Reading one = whole(path);
            REQUIRE(!one.problems.empty());
            for (std::size_t size : kPieceSizes) {
                INFO("pieces of " << size << " bytes");
                const Reading pieces = in_pieces(path, size);
                INFO(Catch::StringMaker<Reading>::convert(pieces) << "\nagainst\n" << Catch::StringMaker<Reading>::convert(one));
                CHECK(alike(pieces, one));
            }
        }
    }
}

TEST_CASE("an exception from the sink stops a reading in pieces and comes out unchanged", "[exchange]")
{
    TempDir dir;
    const auto path = dir.file("good.xml");
    test::write_file(path, good_file(dir));
    for (std::size_t size : kPieceSizes) {
        INFO("pieces of " << size << " bytes");
        test::ResponseFileLog stopping(17);
        CHECK_THROWS_WITH(exchange_detail::read_file_in_pieces(path, stopping, size), "the sink stops");
        CHECK(stopping.seen.size() == 18); // the header and 17 responses
    }
}

TEST_CASE("a piece that would hold far more than its text is given up, and the file read on one thread", "[exchange]")
{
    // A response holds a byte per statement of its questionnaire until its piece has been read: 2,400 statements
    // and 16,000 responses of a line each would be 40 MB held for 1 MB of text. The pieces give up at 16 MB.
    std::string xml = test::small_questionnaire_xml();
    std::string items;
    for (int i = 0; i < 2400; ++i)
        items += "<item id=\"veel." + std::to_string(i) + "\"><text lang=\"nl\">V</text><text lang=\"en\">M</text></item>";
    xml = test::replaced(xml, "<item id=\"scholing.b\">", items + "<item id=\"scholing.b\">");
    const Questionnaire big = load_questionnaire(xml, "big");
    REQUIRE(big.items.size() > 2400);

    TempDir dir;
    Store laptop(test::new_store_location(dir));
    const auto path = dir.file("veel.xml");
    write_response_file(laptop, laptop.add_round("2026-najaar", "2026-10-01", big), std::nullopt, path);
    std::string responses;
    for (int i = 0; i < 16000; ++i)
        responses += "<response uid=\"u" + std::to_string(i) + "\" team=\"T\" role=\"practitioner\"/>\n";
    test::write_file(path, test::replaced(read_text_file(path), "</herstelspiegel-responses>", responses + "</herstelspiegel-responses>"));

    const Reading one = whole(path);
    REQUIRE(one.problems.empty());
    REQUIRE(one.seen.size() == 16001);
    bool served = true;
    CHECK(in_pieces(path, 640 * 1024, &served) == one);
    CHECK_FALSE(served);
    CHECK(in_pieces(path, 64 * 1024, &served) == one); // small pieces hold little: they serve
    CHECK(served);
}

TEST_CASE("an import of a file read in pieces is whole or nothing, and twice is once", "[store]")
{
    // Large enough to be read in pieces (256 kB and up): 1,500 responses of 30 teams.
    TempDir dir;
    Store laptop(test::new_store_location(dir));
    const auto round = laptop.add_round("2026-najaar", "2026-10-01", test::small_questionnaire());
    std::vector<NewResponse> many;
    for (int i = 0; i < 1500; ++i) {
        NewResponse r;
        r.team = "Team " + std::to_string(i % 30);
        r.role = Role::Practitioner;
        r.answers = {static_cast<AnswerCode>(1 + i % 5), 4, 3, 2, static_cast<AnswerCode>(1 + i % 3), 2, 5};
        r.remarks[1] = "Opmerking bij respons " + std::to_string(i);
        many.push_back(r);
    }
    laptop.insert_responses(round, many);
    const auto path = dir.file("groot.xml");
    write_response_file(laptop, round, std::nullopt, path);
    const std::string good = read_text_file(path);
    REQUIRE(good.size() > 256 * 1024);

    // A problem in the last response: refused with its line, and nothing of the file stored.
    std::string bad = good;
    bad.replace(bad.rfind("value=\"5\""), 9, "value=\"9\"");
    test::write_file(dir.file("laat-fout.xml"), bad);
    Store office(test::new_store_location(dir));
    try {
        import_response_file(office, dir.file("laat-fout.xml"));
        FAIL("accepted");
    } catch (const FileRefused& e) {
        CHECK(e.problems().front().line == line_of(bad, "value=\"9\""));
    }
    CHECK(office.load_responses({}).empty());
    CHECK(office.rounds().empty());
    CHECK(office.teams().empty());

    // The good file: every response, then nothing new the second time.
    CHECK(import_response_file(office, path).inserted == 1500);
    const auto again = import_response_file(office, path);
    CHECK(again.inserted == 0);
    CHECK(again.already_present == 1500);
    CHECK(office.load_responses({}).size() == 1500);
}
