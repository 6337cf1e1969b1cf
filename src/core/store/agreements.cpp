// Agreements ("afspraken") a team makes after a round: kept with the team across rounds, checked against the
// round's questionnaire when written, never linked to a respondent.
#include "store/store_impl.h"

#include "common/i18n.h"
#include "common/ids.h"

namespace hs {

namespace {

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

[[noreturn]] void refuse(const std::string& message) { throw StoreError(StoreError::Kind::Refused, message); }

void check_date(const std::string& date)
{
    if (!is_iso_date(date))
        // TRANSLATORS: %1 is what the user typed as a date
        refuse(trf(N_("'%1' is not a date; write it as YYYY-MM-DD, for example 2026-06-30."), {date}));
}

const char* kColumns = "id, uid, team, round, dimension, item, action, owner, due, status, status_date, evaluation, changed";

// Store::Impl is private to the store: these helpers take it as a template parameter so they can live here.
// Checks an agreement against the store before it is written (inside the caller's transaction).
template <typename Impl>
void check_agreement(Impl& impl, const Agreement& a)
{
    impl.team_name(a.team_id); // NotFound for an unknown team
    const Round round = impl.read_round(a.round_id);
    const auto q = impl.questionnaire_by_ref(impl.questionnaire_ref_of_round(a.round_id));
    if (!q->dimension_index(a.dimension_id)) {
        std::string ids; // the ones there are, so a typing error shows at once
        for (const auto& d : q->dimensions)
            ids += (ids.empty() ? "" : ", ") + d.id;
        refuse(trf(N_("The questionnaire of round '%1' has no dimension '%2' (its dimensions: %3)."), {round.label, a.dimension_id, ids}));
    }
    if (!a.item_id.empty()) {
        const auto item = q->item_index(a.item_id);
        if (!item || q->items[*item].dimension_id != a.dimension_id)
            refuse(trf(N_("The dimension '%1' has no statement '%2'."), {a.dimension_id, a.item_id}));
    }
    if (blank(a.action))
        refuse(tr(N_("An agreement needs a description of what will be done.")));
    if (!a.due.empty())
        check_date(a.due);
    if (!a.status_date.empty())
        check_date(a.status_date);
}

template <typename Impl>
Agreement read_agreement(Impl& impl, RowId id)
{
    Agreement a;
    std::string status;
    impl.sql << std::string("SELECT ") + kColumns + " FROM agreements WHERE id = :id", soci::into(a.id), soci::into(a.uid),
        soci::into(a.team_id), soci::into(a.round_id), soci::into(a.dimension_id), soci::into(a.item_id),
        soci::into(a.action), soci::into(a.owner), soci::into(a.due), soci::into(status), soci::into(a.status_date),
        soci::into(a.evaluation), soci::into(a.changed), soci::use(id);
    if (!impl.sql.got_data())
        throw StoreError(StoreError::Kind::NotFound, trf(N_("There is no agreement with number %1."), {std::to_string(id)}));
    a.status = agreement_status_from_key(status).value_or(AgreementStatus::Open);
    return a;
}

template <typename Impl>
void insert_agreement(Impl& impl, const Agreement& a, RowId* id)
{
    std::string status = agreement_status_key(a.status);
    impl.sql << "INSERT INTO agreements (uid, team, round, dimension, item, action, owner, due, status, status_date, evaluation, "
                "changed) VALUES (:u, :t, :r, :d, :i, :a, :o, :due, :s, :sd, :e, :c) RETURNING id",
        soci::use(a.uid), soci::use(a.team_id), soci::use(a.round_id), soci::use(a.dimension_id), soci::use(a.item_id),
        soci::use(a.action), soci::use(a.owner), soci::use(a.due), soci::use(status), soci::use(a.status_date),
        soci::use(a.evaluation), soci::use(a.changed), soci::into(*id);
}

template <typename Impl>
void write_agreement(Impl& impl, const Agreement& a)
{
    std::string status = agreement_status_key(a.status);
    impl.sql << "UPDATE agreements SET round = :r, dimension = :d, item = :i, action = :a, owner = :o, due = :due, "
                "status = :s, status_date = :sd, evaluation = :e, changed = :c WHERE id = :id",
        soci::use(a.round_id), soci::use(a.dimension_id), soci::use(a.item_id), soci::use(a.action), soci::use(a.owner),
        soci::use(a.due), soci::use(status), soci::use(a.status_date), soci::use(a.evaluation), soci::use(a.changed),
        soci::use(a.id);
}

// Everything but the row ids and the time stamp: two copies that agree on this are the same agreement.
bool same_content(const Agreement& a, const Agreement& b)
{
    return a.round_id == b.round_id && a.dimension_id == b.dimension_id && a.item_id == b.item_id && a.action == b.action &&
           a.owner == b.owner && a.due == b.due && a.status == b.status && a.status_date == b.status_date &&
           a.evaluation == b.evaluation;
}

// Is `incoming` a later version than `stored`? The one written later wins, by its time stamp (UTC, so text order is
// time order). A copy with a stamp was written after one without (stamps came with schema 5); between two copies
// without, the later status date wins. On a tie the copy here stays, so merging twice changes nothing.
bool written_later(const Agreement& incoming, const Agreement& stored)
{
    if (!incoming.changed.empty() || !stored.changed.empty())
        return incoming.changed > stored.changed;
    return incoming.status_date > stored.status_date;
}

} // namespace

Store::Impl::Merged Store::Impl::merge_agreement(const Agreement& incoming, RowId* id)
{
    sql << "SELECT id FROM agreements WHERE uid = :u", soci::use(incoming.uid), soci::into(*id);
    if (!sql.got_data()) {
        check_agreement(*this, incoming);
        insert_agreement(*this, incoming, id);
        return Merged::Added;
    }
    Agreement stored = read_agreement(*this, *id);
    if (stored.team_id != incoming.team_id)
        refuse(trf(N_("The agreement %1 belongs to team '%2' in this database, not to team '%3'."),
                   {incoming.uid, team_name(stored.team_id), team_name(incoming.team_id)}));
    if (same_content(stored, incoming) || !written_later(incoming, stored))
        return Merged::Unchanged;
    Agreement updated = incoming;
    updated.id = stored.id;
    check_agreement(*this, updated);
    write_agreement(*this, updated);
    return Merged::Updated;
}

RowId Store::add_agreement(const Agreement& agreement)
{
    return impl_->guarded([&] {
        Agreement a = agreement;
        if (a.uid.empty())
            a.uid = new_uid();
        if (a.status_date.empty())
            a.status_date = today_iso();
        a.changed = now_iso();
        Impl::WriteTransaction tx(*impl_);
        check_agreement(*impl_, a);
        RowId id = 0;
        insert_agreement(*impl_, a, &id);
        tx.commit();
        return id;
    });
}

void Store::update_agreement(const Agreement& agreement)
{
    impl_->guarded([&] {
        Impl::WriteTransaction tx(*impl_);
        Agreement a = agreement;
        const Agreement stored = read_agreement(*impl_, a.id);
        a.team_id = stored.team_id; // an agreement stays with its team
        if (a.status_date.empty())
            a.status_date = stored.status_date;
        if (same_content(a, stored))
            return 0; // nothing changed: the time stamp stays, so no copy elsewhere is overruled by a non-edit
        a.changed = stamp_after(stored.changed); // later than the version it replaces, even within one second
        check_agreement(*impl_, a);
        write_agreement(*impl_, a);
        tx.commit();
        return 0;
    });
}

void Store::set_agreement_status(RowId id, AgreementStatus status, const std::string& date,
                                 const std::optional<std::string>& evaluation)
{
    Agreement a = agreement(id);
    a.status = status;
    a.status_date = date.empty() ? today_iso() : date;
    if (evaluation)
        a.evaluation = *evaluation;
    update_agreement(a);
}

Agreement Store::agreement(RowId id)
{
    return impl_->guarded([&] { return read_agreement(*impl_, id); });
}

std::vector<Agreement> Store::agreements(std::optional<RowId> team, std::optional<AgreementStatus> status)
{
    return impl_->guarded([&] {
        std::vector<Agreement> out;
        Agreement a;
        std::string s;
        std::string query = "SELECT a.id, a.uid, a.team, a.round, a.dimension, a.item, a.action, a.owner, a.due, a.status, "
                            "a.status_date, a.evaluation, a.changed FROM agreements a JOIN rounds r ON r.id = a.round WHERE 1 = 1";
        if (team)
            query += " AND a.team = :t";
        const std::string wanted = status ? agreement_status_key(*status) : "";
        if (status)
            query += " AND a.status = :s";
        query += " ORDER BY a.team, r.date, a.id";
        soci::statement st = (impl_->sql.prepare << query, soci::into(a.id), soci::into(a.uid), soci::into(a.team_id),
                              soci::into(a.round_id), soci::into(a.dimension_id), soci::into(a.item_id), soci::into(a.action),
                              soci::into(a.owner), soci::into(a.due), soci::into(s), soci::into(a.status_date),
                              soci::into(a.evaluation), soci::into(a.changed));
        if (team)
            st.exchange(soci::use(*team));
        if (status)
            st.exchange(soci::use(wanted));
        st.define_and_bind();
        st.execute();
        while (st.fetch()) {
            a.status = agreement_status_from_key(s).value_or(AgreementStatus::Open);
            out.push_back(a);
        }
        return out;
    });
}

} // namespace hs
