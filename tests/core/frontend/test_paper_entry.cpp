// Paper forms typed back in through the entry grid's model: numbering as on the form, the wizard's keys, the CSV
// import's checks, and storing that can be repeated without doubling a form.
#include "analysis/team_trend.h"
#include "common/limits.h"
#include "exchange/response_csv.h"
#include "frontend/paper_entry.h"
#include "questionnaire/questionnaire_loader.h"

#include "../test_helpers.h"

#include <catch2/catch.hpp>

using namespace hs;

namespace {
std::shared_ptr<const Questionnaire> small() { return std::make_shared<const Questionnaire>(test::small_questionnaire()); }

void type_row(PaperEntry& entry, std::size_t row, const std::string& keys)
{
    for (std::size_t c = 0; c < keys.size(); ++c)
        REQUIRE(entry.type(row, c, static_cast<char32_t>(keys[c])));
}
} // namespace

TEST_CASE("paper entry: columns follow the paper form's numbering and keys follow the wizard's", "[paper-entry]")
{
    PaperEntry entry(small());
    REQUIRE(entry.statements() == 7);
    CHECK(entry.statement_number(0) == 1);
    CHECK(entry.statement_text(0) == "Hoop A");
    CHECK(entry.statement_text(6) == "Scholing B");
    const std::size_t row = entry.add_form();
    CHECK(entry.form_number(row) == 1);
    CHECK(entry.fill(row) == ResponseFill::Empty);
    CHECK(entry.type(row, 0, '4'));
    CHECK(entry.answer(row, 0) == 4);
    CHECK(entry.cell_text(row, 0) == "4");
    CHECK(entry.type(row, 1, '0'));
    CHECK(entry.answer(row, 1) == kNotApplicable);
    CHECK(entry.cell_text(row, 1) == "0");
    CHECK(entry.type(row, 2, 'W'));
    CHECK(entry.answer(row, 2) == kDontKnow);
    CHECK(entry.cell_text(row, 2) == "w");
    // Outside the scale, or not an answer: refused, and the cell keeps what it had.
    CHECK_FALSE(entry.type(row, 0, '7'));
    CHECK_FALSE(entry.type(row, 0, 'x'));
    CHECK(entry.answer(row, 0) == 4);
    CHECK(entry.type(row, 0, ' '));
    CHECK(entry.answer(row, 0) == kUnanswered);
    CHECK(entry.cell_text(row, 0).empty());
}

TEST_CASE("paper entry: a scale without n.v.t. refuses 0, as the CSV import refuses nvt", "[paper-entry]")
{
    const std::string xml = test::replaced(test::small_questionnaire_xml(),
        "    <not-applicable><label lang=\"nl\">n.v.t.</label><label lang=\"en\">n/a</label></not-applicable>\n", "");
    auto q = std::make_shared<const Questionnaire>(load_questionnaire(xml, "no-nvt.xml"));
    PaperEntry entry(q);
    const std::size_t row = entry.add_form();
    CHECK_FALSE(entry.type(row, 0, '0'));
    CHECK(entry.type(row, 0, 'w'));
    // The same answer in a CSV file is refused by the same rule.
    test::TempDir dir;
    const std::string csv = dir.file("nvt.csv");
    test::write_file(csv, "hoop.a\nnvt\n");
    CHECK_THROWS_AS(read_response_csv(csv, *q, "T", "R"), FileRefused);
}

TEST_CASE("paper entry: form numbers are unique and new forms count on", "[paper-entry]")
{
    PaperEntry entry(small());
    entry.add_form();
    const std::size_t second = entry.add_form();
    CHECK(entry.form_number(second) == 2);
    CHECK_FALSE(entry.set_form_number(second, 1)); // another form has it
    CHECK_FALSE(entry.set_form_number(second, 0));
    CHECK(entry.form_number(second) == 2);
    CHECK(entry.set_form_number(second, 40));
    CHECK(entry.form_number(entry.add_form()) == 41);
    entry.remove_form(0);
    CHECK(entry.forms() == 2);
    CHECK(entry.form_number(0) == 40);
}

TEST_CASE("paper entry: forms are stored as the import stores them, and saving again doubles nothing", "[paper-entry]")
{
    test::TempDir dir;
    Store store(dir.file("hs.db"));
    const RowId round = store.add_round("2026-voorjaar", "2026-04-01", test::small_questionnaire());
    store.add_team("FACT Noord");
    PaperEntry entry(store.questionnaire_of(round));
    type_row(entry, entry.add_form(), "4352w01"); // complete
    type_row(entry, entry.add_form(), "3");       // one of seven: unfinished, as a CSV row would be
    entry.add_form();                             // empty: not stored
    CHECK(entry.fill(0) == ResponseFill::Complete);
    CHECK(entry.fill(1) == ResponseFill::Unfinished);
    CHECK(entry.fill(2) == ResponseFill::Empty);

    const InsertResult first = entry.save(store, round, "FACT Noord");
    CHECK(first.inserted == 2);
    ResponseQuery query;
    query.round = round;
    query.include_unfinished = true;
    const auto stored = store.load_responses(query);
    REQUIRE(stored.size() == 2);
    const Questionnaire& q = *store.questionnaire_of(round);
    for (const auto& r : stored) {
        if (r.info.status != ResponseStatus::Complete)
            continue;
        CHECK(r.answers[*q.item_index("hoop.a")] == 4);
        CHECK(r.answers[*q.item_index("hoop.c")] == 5);
        CHECK(r.answers[*q.item_index("tempo.a")] == 2);
        CHECK(r.answers[*q.item_index("tempo.b")] == kDontKnow);
        CHECK(r.answers[*q.item_index("scholing.a")] == kNotApplicable);
        CHECK(r.answers[*q.item_index("scholing.b")] == 1);
    }
    const InsertResult again = entry.save(store, round, "FACT Noord");
    CHECK(again.inserted == 0);
    CHECK(again.already_present == 2);
}

TEST_CASE("paper entry: clients' paper forms go in on the clients' version, marked as paper", "[paper-entry]")
{
    test::TempDir dir;
    Store store(dir.file("hs.db"));
    const RowId round = store.add_round("2026-voorjaar", "2026-04-01", test::small_questionnaire(),
                                        {&test::small_client_questionnaire()});
    store.add_team("FACT Noord");
    PaperEntry team_entry(store.questionnaire_of(round));
    type_row(team_entry, team_entry.add_form(), "4444444");
    PaperEntry client_entry(store.questionnaire_of(round, Perspective::Client), "nl", Perspective::Client);
    REQUIRE(client_entry.statements() == test::small_client_questionnaire().items.size());
    std::string keys(client_entry.statements(), '2');
    type_row(client_entry, client_entry.add_form(), keys); // form 1 of the clients: not the team's form 1
    CHECK(team_entry.save(store, round, "FACT Noord").inserted == 1);
    CHECK(client_entry.save(store, round, "FACT Noord").inserted == 1);

    ResponseQuery query;
    query.round = round;
    query.perspective.reset(); // every perspective
    const auto stored = store.load_responses(query);
    REQUIRE(stored.size() == 2);
    for (const auto& r : stored) {
        CHECK(r.info.collection == CollectionMode::Paper);
        if (r.info.perspective == Perspective::Client)
            CHECK(r.answers == std::vector<AnswerCode>(keys.size(), 2));
        else
            CHECK(r.answers == std::vector<AnswerCode>(7, 4));
    }
}

TEST_CASE("paper entry: the role box ticked is typed as its position, as the paper form prints the boxes", "[paper-entry]")
{
    PaperEntry entry(small());
    REQUIRE(entry.role_asked());
    REQUIRE(PaperEntry::role_boxes().size() == all_roles().size() - 1); // every role but "unspecified"
    const std::size_t row = entry.add_form();
    CHECK(entry.role(row) == Role::Unspecified);
    CHECK(entry.type_role(row, '1'));
    CHECK(entry.role(row) == PaperEntry::role_boxes()[0]);
    CHECK(entry.type_role(row, static_cast<char32_t>('0' + PaperEntry::role_boxes().size())));
    CHECK(entry.role(row) == PaperEntry::role_boxes().back());
    // No such box, or not a box: refused, and the role stays.
    CHECK_FALSE(entry.type_role(row, static_cast<char32_t>('1' + PaperEntry::role_boxes().size())));
    CHECK_FALSE(entry.type_role(row, 'w'));
    CHECK(entry.role(row) == PaperEntry::role_boxes().back());
    CHECK(entry.type_role(row, ' '));
    CHECK(entry.role(row) == Role::Unspecified);
    // A role alone is no response, as a CSV row with only a role is skipped.
    CHECK(entry.type_role(row, '2'));
    CHECK(entry.fill(row) == ResponseFill::Empty);
    // Clients and relatives are asked no role.
    test::TempDir dir;
    Store store(dir.file("hs.db"));
    const RowId round = store.add_round("2026-voorjaar", "2026-04-01", test::small_questionnaire(),
                                        {&test::small_client_questionnaire()});
    PaperEntry clients(store.questionnaire_of(round, Perspective::Client), "nl", Perspective::Client);
    CHECK_FALSE(clients.role_asked());
    CHECK_FALSE(clients.type_role(clients.add_form(), '1'));
}

TEST_CASE("paper entry: remarks per theme are checked by the import's rule and stored with the role", "[paper-entry]")
{
    test::TempDir dir;
    Store store(dir.file("hs.db"));
    const RowId round = store.add_round("2026-voorjaar", "2026-04-01", test::small_questionnaire());
    const RowId team = store.add_team("FACT Noord");
    auto q = store.questionnaire_of(round);
    const std::size_t hoop = *q->dimension_index("hoop"), tempo = *q->dimension_index("tempo");
    PaperEntry entry(q);
    REQUIRE(entry.themes().size() == q->dimensions.size());
    CHECK(entry.theme_title(entry.themes().front()) == q->dimensions[entry.themes().front()].title.in("nl"));

    const std::size_t row = entry.add_form();
    // A remark alone makes a response (unfinished), as a CSV row with only a remark does.
    CHECK(entry.set_remark(row, hoop, "Meer tijd voor het levensverhaal, ook bij crisis").empty());
    CHECK(entry.fill(row) == ResponseFill::Unfinished);
    CHECK(entry.remark(row, hoop) == "Meer tijd voor het levensverhaal, ook bij crisis");
    // Refused as the import refuses it: not UTF-8, or too long; the remark keeps what it had.
    CHECK_FALSE(entry.set_remark(row, hoop, "caf\xE9").empty());
    const std::string too_long(limits::kMaxRemarkCharacters + 1, 'a');
    const std::string why = entry.set_remark(row, hoop, too_long);
    CHECK_FALSE(why.empty());
    CHECK(entry.remark(row, hoop) == "Meer tijd voor het levensverhaal, ook bij crisis");
    CHECK(entry.set_remark(row, hoop, std::string(limits::kMaxRemarkCharacters, 'a')).empty()); // at the limit: taken
    CHECK(entry.set_remark(row, hoop, "\xC3\xA9\xC3\xA9n keer \xE2\x80\x9C" "echt\xE2\x80\x9D gevraagd").empty());
    // The CSV import refuses the same long remark with the same reason.
    const std::string csv = dir.file("long.csv");
    test::write_file(csv, "hoop.a,opmerking:hoop\n4," + too_long + "\n");
    try {
        read_response_csv(csv, *q, "FACT Noord", "2026-voorjaar");
        FAIL("a remark over the limit was taken in");
    } catch (const FileRefused& e) {
        REQUIRE(e.problems().size() == 1);
        CHECK(e.problems()[0].reason == why);
    }
    // Blank text clears, as an empty CSV cell holds no remark.
    CHECK(entry.set_remark(row, tempo, "  ").empty());
    CHECK(entry.remarks(row) == 1);

    type_row(entry, row, "4352w01");
    REQUIRE(entry.type_role(row, '2'));
    REQUIRE(entry.save(store, round, "FACT Noord").inserted == 1);
    ResponseQuery query;
    query.round = round;
    const auto stored = store.load_responses(query);
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].info.role == PaperEntry::role_boxes()[1]);
    CHECK(stored[0].remarks == std::map<std::size_t, std::string>{{hoop, "\xC3\xA9\xC3\xA9n keer \xE2\x80\x9C" "echt\xE2\x80\x9D gevraagd"}});

    // The remark threshold holds for paper remarks as for any: one form shows none; three (at threshold 3) do.
    AnalysisOptions options;
    options.anonymity_threshold = 3;
    options.remark_threshold = 3;
    CHECK(team_trend(store, team, options).rounds.at(0).result.remarks.empty());
    PaperEntry more(q);
    for (int f = 0; f < 3; ++f) {
        const std::size_t r = more.add_form();
        REQUIRE(more.set_form_number(r, 10 + f));
        type_row(more, r, "3333333");
    }
    REQUIRE(more.save(store, round, "FACT Noord").inserted == 3);
    const auto remarks = team_trend(store, team, options).rounds.at(0).result.remarks;
    REQUIRE(remarks.size() == 1);
    CHECK(remarks[0].text == "\xC3\xA9\xC3\xA9n keer \xE2\x80\x9C" "echt\xE2\x80\x9D gevraagd");
}
