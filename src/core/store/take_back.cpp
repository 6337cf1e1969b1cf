// Taking back what inserts added (an import the user regrets): exactly their responses, then the teams and
// rounds they created once nothing uses them, in one transaction.
#include "store/store_impl.h"

#include "common/i18n.h"

namespace hs {

int Store::take_back(const std::vector<InsertResult>& inserts)
{
    return impl_->guarded([&] {
        Impl& impl = *impl_;
        Impl::WriteTransaction tx(impl);
        int removed = 0;
        for (const auto& insert : inserts) {
            if (insert.added.empty() && !insert.round_created)
                continue;
            // A closed round's results have been read and shared: they do not change behind the reader's back.
            impl.require_open(impl.read_round(insert.round));
            for (const auto& [first, last] : insert.added) {
                // Only rows of the insert's round: the ids are this insert's own, the round is a second guard.
                const RowId round = insert.round;
                const std::string in_range = " IN (SELECT id FROM responses WHERE id BETWEEN :a AND :b AND round = :r)";
                if (impl.backend != Impl::Backend::SQLite) // SQLite: the answers are in the response's row
                    impl.sql << "DELETE FROM answers WHERE response" + in_range, soci::use(first), soci::use(last), soci::use(round);
                impl.sql << "DELETE FROM remarks WHERE response" + in_range, soci::use(first), soci::use(last), soci::use(round);
                int count = 0;
                impl.sql << "SELECT count(*) FROM responses WHERE id BETWEEN :a AND :b AND round = :r", soci::into(count),
                    soci::use(first), soci::use(last), soci::use(round);
                impl.sql << "DELETE FROM responses WHERE id BETWEEN :a AND :b AND round = :r", soci::use(first), soci::use(last),
                    soci::use(round);
                removed += count;
            }
        }
        // The agreements an import brought that were new here go with it (one it updated keeps the newer status).
        for (const auto& insert : inserts)
            for (RowId agreement : insert.agreements_created)
                impl.sql << "DELETE FROM agreements WHERE id = :a", soci::use(agreement);
        // What the inserts created goes too, unless something else came to use it in the meantime.
        for (const auto& insert : inserts)
            for (RowId team : insert.teams_created)
                impl.sql << "DELETE FROM teams WHERE id = :t AND NOT EXISTS (SELECT 1 FROM responses WHERE team = :t2) "
                            "AND NOT EXISTS (SELECT 1 FROM agreements WHERE team = :t3)",
                    soci::use(team), soci::use(team), soci::use(team);
        for (const auto& insert : inserts) {
            if (!insert.round_created)
                continue;
            int used = 0;
            impl.sql << "SELECT (SELECT count(*) FROM responses WHERE round = :r) + (SELECT count(*) FROM agreements WHERE round = :r2)",
                soci::into(used), soci::use(insert.round), soci::use(insert.round);
            if (used > 0)
                continue;
            // The round's versions (the team's, and the clients' and relatives' when it has them) came with it.
            std::vector<RowId> versions{impl.questionnaire_ref_of_round(insert.round)};
            RowId version = 0;
            soci::statement mirrors = (impl.sql.prepare << "SELECT questionnaire FROM round_questionnaires WHERE round = :r",
                                       soci::into(version), soci::use(insert.round));
            mirrors.execute();
            while (mirrors.fetch())
                versions.push_back(version);
            impl.sql << "DELETE FROM round_questionnaires WHERE round = :r", soci::use(insert.round);
            impl.sql << "DELETE FROM rounds WHERE id = :r", soci::use(insert.round);
            for (RowId questionnaire : versions) {
                int left = 0;
                impl.sql << "SELECT (SELECT count(*) FROM rounds WHERE questionnaire = :q) + "
                            "(SELECT count(*) FROM round_questionnaires WHERE questionnaire = :q2)",
                    soci::into(left), soci::use(questionnaire), soci::use(questionnaire);
                if (left == 0) { // the questionnaire came with the round: no other round uses it
                    impl.sql << "DELETE FROM questionnaires WHERE id = :q", soci::use(questionnaire);
                    impl.questionnaires.erase(questionnaire); // SQLite may hand its row id out again
                }
            }
        }
        tx.commit();
        return removed;
    });
}

} // namespace hs
