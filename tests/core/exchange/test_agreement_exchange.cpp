// Agreements travel in the portable response file: a round's file carries the agreements made after that round or
// an earlier one, with their current status; an import merges them by uid (twice is once, the copy written later wins),
// leaves out those whose round the database lacks, and refuses what does not fit, storing nothing of the file.
#include "exchange/response_exchange.h"
#include "common/file_io.h"
#include "store/store.h"
#include "../test_helpers.h"
#include "../../support/response_file_log.h"

#include <catch2/catch.hpp>

using namespace hs;
using hs::test::replaced;
using hs::test::TempDir;

namespace {

NewResponse response(const std::string& team, AnswerCode value)
{
    NewResponse r;
    r.team = team;
    r.role = Role::Practitioner;
    r.answers.assign(test::small_questionnaire().items.size(), value);
    return r;
}

// A laptop with two rounds of FACT Noord and one agreement after each.
struct Laptop {
    TempDir& dir;
    Store store{test::new_store_location(dir)};
    RowId r1 = store.add_round("2025-najaar", "2025-10-01", test::small_questionnaire());
    RowId r2 = store.add_round("2026-voorjaar", "2026-04-01", test::small_questionnaire());
    RowId first = 0, second = 0;

    explicit Laptop(TempDir& d) : dir(d)
    {
        store.insert_responses(r1, {response("FACT Noord", 3), response("FACT Noord", 4)});
        store.insert_responses(r2, {response("FACT Noord", 4)});
        const RowId team = store.find_team("FACT Noord")->id;
        Agreement a;
        a.team_id = team;
        a.round_id = r1;
        a.dimension_id = "tempo";
        a.item_id = "tempo.b";
        a.action = "Elke week één gesprek in het tempo van de cliënt, \"zonder\" agenda & <haast>";
        a.owner = "Anna";
        a.due = "2026-03-31";
        a.status_date = "2025-10-15";
        first = store.add_agreement(a);
        a.round_id = r2;
        a.dimension_id = "hoop";
        a.item_id.clear();
        a.action = "Herstelverhalen delen in de teamvergadering";
        a.owner.clear();
        a.due.clear();
        a.status_date = "2026-04-20";
        second = store.add_agreement(a);
    }

    std::string file_of(RowId round, const std::string& name)
    {
        const auto path = dir.file(name);
        write_response_file(store, round, std::nullopt, path);
        return path;
    }
};

// Everything an agreement holds but its row ids, with its round's label: comparable across stores.
std::vector<std::string> agreements_of(Store& store)
{
    std::vector<std::string> out;
    for (const auto& a : store.agreements())
        out.push_back(a.uid + "|" + store.round(a.round_id).label + "|" + a.dimension_id + "|" + a.item_id + "|" + a.action +
                      "|" + a.owner + "|" + a.due + "|" + agreement_status_key(a.status) + "|" + a.status_date + "|" +
                      a.evaluation);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

TEST_CASE("a round's portable file carries the agreements of that round and earlier ones, merged by uid", "[store]")
{
    TempDir dir;
    Laptop laptop(dir);
    const auto autumn = laptop.file_of(laptop.r1, "najaar.xml");
    CHECK(read_response_file(autumn).agreements.size() == 1);
    CHECK(check_response_file(autumn).agreements == 1);

    Store office(test::new_store_location(dir));
    std::vector<std::string> notes;
    auto result = import_response_file(office, autumn, {}, {}, &notes);
    CHECK(result.inserted == 2);
    CHECK(result.agreements_added == 1);
    REQUIRE(office.agreements().size() == 1);
    CHECK(office.agreements()[0].uid == laptop.store.agreement(laptop.first).uid);
    CHECK(std::find(notes.begin(), notes.end(), "Agreements: 1 added, 0 updated.") != notes.end());

    // Twice is once.
    result = import_response_file(office, autumn);
    CHECK(result.agreements_added == 0);
    CHECK(result.agreements_updated == 0);
    CHECK(office.agreements().size() == 1);

    // Later the first agreement is done; the spring file carries that and the new agreement.
    laptop.store.set_agreement_status(laptop.first, AgreementStatus::Done, "2026-05-01", std::string("Werkt: cliënten merken het"));
    const auto spring = laptop.file_of(laptop.r2, "voorjaar.xml");
    CHECK(read_response_file(spring).agreements.size() == 2);
    result = import_response_file(office, spring);
    CHECK(result.agreements_added == 1);
    CHECK(result.agreements_updated == 1);
    CHECK(agreements_of(office) == agreements_of(laptop.store));
    result = import_response_file(office, spring);
    CHECK(result.agreements_added + result.agreements_updated == 0);
    CHECK(agreements_of(office) == agreements_of(laptop.store));

    // An older copy never overwrites a newer status: a copy whose status date is earlier than the one here.
    std::string stale = read_text_file(spring);
    stale = replaced(stale, "status=\"done\" status-date=\"2026-05-01\"", "status=\"dropped\" status-date=\"2026-04-30\"");
    REQUIRE(stale != read_text_file(spring));
    test::write_file(dir.file("oud.xml"), stale);
    result = import_response_file(office, dir.file("oud.xml"));
    CHECK(result.agreements_updated == 0);
    CHECK(office.agreement(office.agreements()[0].id).status == AgreementStatus::Done);
}

TEST_CASE("of two copies of an agreement the one written later wins, whatever changed in it", "[store]")
{
    TempDir dir;
    Laptop laptop(dir);
    Store office(test::new_store_location(dir));
    import_response_file(office, laptop.file_of(laptop.r1, "najaar.xml"));
    const std::string uid = laptop.store.agreement(laptop.first).uid;
    auto office_copy = [&] { return office.agreements()[0]; };
    REQUIRE(office.agreements().size() == 1);
    CHECK(office_copy().changed == laptop.store.agreement(laptop.first).changed);

    // On the laptop only the owner changes (no new status, so the status date stays): the office takes it. The
    // file's time stamp is set by hand, so that the test does not depend on the clock moving between two writes.
    Agreement edited = laptop.store.agreement(laptop.first);
    edited.owner = "Bram";
    laptop.store.update_agreement(edited);
    const std::string stamp = "changed=\"" + laptop.store.agreement(laptop.first).changed + "\"";
    const std::string text = read_text_file(laptop.file_of(laptop.r1, "bewerkt.xml"));
    auto import_variant = [&](const std::string& changed, const std::string& owner, const std::string& status) {
        std::string variant = replaced(text, stamp, changed);
        variant = replaced(variant, "owner=\"Bram\"", "owner=\"" + owner + "\"");
        variant = replaced(variant, "status=\"open\" status-date=\"2025-10-15\"", status);
        test::write_file(dir.file("variant.xml"), variant);
        return import_response_file(office, dir.file("variant.xml"));
    };
    auto result = import_variant("changed=\"2030-01-01T00:00:00Z\"", "Bram", "status=\"open\" status-date=\"2025-10-15\"");
    CHECK(result.agreements_updated == 1);
    CHECK(office_copy().owner == "Bram");
    CHECK(office_copy().changed == "2030-01-01T00:00:00Z"); // the stamp of the copy it came from
    CHECK(office_copy().status_date == "2025-10-15");

    // A copy written earlier loses, even with a later status date.
    result = import_variant("changed=\"2029-12-31T23:59:59Z\"", "Carla", "status=\"dropped\" status-date=\"2031-01-01\"");
    CHECK(result.agreements_updated == 0);
    // Written at the same second: the copy here stays, so importing twice is importing once.
    result = import_variant("changed=\"2030-01-01T00:00:00Z\"", "Dirk", "status=\"done\" status-date=\"2026-01-01\"");
    CHECK(result.agreements_updated == 0);
    // A copy without a stamp was last written before stamps existed: older than any stamped one.
    result = import_variant("", "Eva", "status=\"done\" status-date=\"2031-01-01\"");
    CHECK(result.agreements_updated == 0);
    CHECK(office_copy().owner == "Bram");
    CHECK(office_copy().status == AgreementStatus::Open);
    CHECK(office_copy().uid == uid);
    // And a later one wins again, status and all.
    result = import_variant("changed=\"2030-01-01T00:00:01Z\"", "Frank", "status=\"done\" status-date=\"2026-01-01\"");
    CHECK(result.agreements_updated == 1);
    CHECK(office_copy().owner == "Frank");
    CHECK(office_copy().status == AgreementStatus::Done);
    CHECK(office_copy().status_date == "2026-01-01");
    CHECK(office.agreements().size() == 1);
}

TEST_CASE("agreements whose round the database lacks are left out and said so", "[store]")
{
    TempDir dir;
    Laptop laptop(dir);
    Store office(test::new_store_location(dir));
    std::vector<std::string> notes;
    auto result = import_response_file(office, laptop.file_of(laptop.r2, "voorjaar.xml"), {}, {}, &notes);
    CHECK(result.agreements_added == 1);
    CHECK(result.agreements_without_round == 1);
    REQUIRE(office.agreements().size() == 1);
    CHECK(office.agreements()[0].dimension_id == "hoop");
    CHECK(std::any_of(notes.begin(), notes.end(), [](const std::string& n) { return n.find("1 agreement was left out: it was made") == 0; }));

    // Once the autumn round is there, the spring file brings the rest.
    import_response_file(office, laptop.file_of(laptop.r1, "najaar.xml"));
    import_response_file(office, dir.file("voorjaar.xml"));
    CHECK(agreements_of(office) == agreements_of(laptop.store));
}

TEST_CASE("an agreement that does not fit refuses the whole file", "[store]")
{
    TempDir dir;
    Laptop laptop(dir);
    const std::string good = read_text_file(laptop.file_of(laptop.r2, "goed.xml"));
    auto refused = [&](const std::string& from, const std::string& to) {
        const std::string text = replaced(good, from, to);
        REQUIRE(text != good);
        test::write_file(dir.file("fout.xml"), text);
        Store office(test::new_store_location(dir));
        bool was_refused = false;
        try {
            import_response_file(office, dir.file("fout.xml"));
        } catch (const FileRefused& e) {
            INFO(e.what());
            was_refused = !e.problems().empty() && e.problems().front().line > 0;
        } catch (const StoreError& e) {
            was_refused = e.kind() == StoreError::Kind::Refused;
        }
        CHECK(was_refused);
        CHECK(office.load_responses({}).empty());
        CHECK(office.agreements().empty());
        CHECK(office.rounds().empty());
    };
    refused("dimension=\"hoop\"", "dimension=\"onbekend\"");  // not in the round's questionnaire
    refused("status=\"open\"", "status=\"klaar\"");            // not a status
    refused("status-date=\"2026-04-20\"", "status-date=\"2026-02-30\"");
    refused("<agreement uid=", "<agreement extra=\"1\" uid=");  // unknown attribute
    refused("action=\"Herstelverhalen delen in de teamvergadering\"", "action=\"  \"");
    refused("evaluation=\"\"", "evaluation=\"\" changed=\"2026-04-20 10:00:00\"");  // not a time stamp

    // A uid that belongs to another team here is a conflict, not a merge.
    Store office(test::new_store_location(dir));
    import_response_file(office, laptop.file_of(laptop.r1, "najaar.xml"));
    const std::string spring = read_text_file(laptop.file_of(laptop.r2, "voorjaar.xml"));
    test::write_file(dir.file("ander.xml"), replaced(spring, "team=\"FACT Noord\" round=\"2025-najaar\"", "team=\"Ander team\" round=\"2025-najaar\""));
    CHECK_THROWS_AS(import_response_file(office, dir.file("ander.xml")), StoreError);
    CHECK(office.agreements().size() == 1);
    CHECK(office.find_round("2026-voorjaar") == std::nullopt);
}

TEST_CASE("taking an import back removes the agreements it added and keeps the ones it only updated", "[store]")
{
    TempDir dir;
    Laptop laptop(dir);
    Store office(test::new_store_location(dir));
    const auto autumn = import_response_file(office, laptop.file_of(laptop.r1, "najaar.xml"));
    REQUIRE(office.agreements().size() == 1);
    laptop.store.set_agreement_status(laptop.first, AgreementStatus::Done, "2026-05-01");
    const auto spring = import_response_file(office, laptop.file_of(laptop.r2, "voorjaar.xml"));
    CHECK(spring.agreements_added == 1);
    CHECK(spring.agreements_updated == 1);
    CHECK(spring.round_created);

    CHECK(office.take_back({spring}) == 1);
    REQUIRE(office.agreements().size() == 1); // the spring agreement went, with its round
    CHECK(office.agreements()[0].uid == laptop.store.agreement(laptop.first).uid);
    CHECK(office.agreements()[0].status == AgreementStatus::Done);
    CHECK(office.find_round("2026-voorjaar") == std::nullopt);

    // The autumn import: its round goes too, now that no agreement or response uses it.
    CHECK(office.take_back({autumn}) == 2);
    CHECK(office.agreements().empty());
    CHECK(office.rounds().empty());
}

TEST_CASE("a round's file without responses still carries the agreements so far, and imports", "[store]")
{
    // A new round, nothing answered yet: its file holds the header and the earlier agreements only. The reader must
    // hand the header on before the first agreement (the store opens the round on the header).
    TempDir dir;
    Laptop laptop(dir);
    const RowId r3 = laptop.store.add_round("2026-najaar", "2026-10-01", test::small_questionnaire());
    const auto empty_round = laptop.file_of(r3, "najaar-leeg.xml");
    test::ResponseFileLog log;
    read_response_file(empty_round, log);
    REQUIRE(log.seen.size() == 3);
    CHECK(log.seen[0].rfind("header 2026-najaar", 0) == 0);
    CHECK(log.seen[1].rfind("agreement ", 0) == 0);

    Store office(test::new_store_location(dir));
    office.add_round("2025-najaar", "2025-10-01", test::small_questionnaire());
    office.add_round("2026-voorjaar", "2026-04-01", test::small_questionnaire());
    const auto result = import_response_file(office, empty_round);
    CHECK(result.inserted == 0);
    CHECK(result.agreements_added == 2);
    CHECK(office.rounds().size() == 3);
    CHECK(agreements_of(office) == agreements_of(laptop.store));
}
