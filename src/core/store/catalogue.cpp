// Teams, rounds and the questionnaires the rounds use: what a coordinator sets up before anyone answers.
#include "store/store_impl.h"

#include "common/i18n.h"
#include "common/ids.h"
#include "common/names.h"
#include "common/utf8.h"
#include "questionnaire/mirror_check.h"
#include "questionnaire/questionnaire_loader.h"

namespace hs {

namespace {
// A team or round name as stored: trimmed, not blank, valid UTF-8; StoreError (Refused) otherwise.
std::string usable_name(const std::string& raw, const char* blank_message)
{
    std::string name = trimmed_name(raw);
    if (name.empty())
        throw StoreError(StoreError::Kind::Refused, tr(blank_message));
    if (!utf8::is_valid(name))
        throw StoreError(StoreError::Kind::Refused, tr(N_("A name must be valid text (UTF-8).")));
    return name;
}
} // namespace

RowId Store::Impl::find_round_id(const std::string& raw_label)
{
    RowId id = 0;
    const std::string label = trimmed_name(raw_label);
    sql << "SELECT id FROM rounds WHERE label = :l", soci::into(id), soci::use(label);
    return sql.got_data() ? id : 0;
}

// The questionnaires row of `q`, added when its id and version are new; refused when that id and version are
// stored with another text. Inside a transaction of the caller.
RowId Store::Impl::questionnaire_ref(const Questionnaire& q)
{
    RowId ref = 0;
    std::string stored;
    sql << "SELECT id, definition FROM questionnaires WHERE questionnaire_id = :q AND version = :v", soci::into(ref),
        soci::into(stored), soci::use(q.id), soci::use(q.version);
    if (sql.got_data()) {
        if (stored != q.definition_text)
            throw StoreError(StoreError::Kind::Refused, trf(N_("The questionnaire %1 version %2 differs from the one already used with that version number. Give the edited questionnaire a new version."), {q.id, q.version}));
    } else {
        sql << "INSERT INTO questionnaires (questionnaire_id, version, definition) VALUES (:q, :v, :d) RETURNING id",
            soci::use(q.id), soci::use(q.version), soci::use(q.definition_text), soci::into(ref);
    }
    // The row holds q's own text, and a questionnaire is what its text says (q comes from the loader, the only one
    // that sets definition_text): remembered as it is instead of being parsed once more when the round is next
    // read (a rollback forgets it again, see WriteTransaction).
    if (!questionnaires.count(ref))
        questionnaires.emplace(ref, std::make_shared<const Questionnaire>(q));
    return ref;
}

// Inside a transaction of the caller.
RowId Store::Impl::add_round(const std::string& raw_label, const std::string& date, const Questionnaire& q,
                             const std::vector<const Questionnaire*>& mirrors)
{
    const std::string label = usable_name(raw_label, N_("A round needs a name."));
    if (find_round_id(label))
        throw StoreError(StoreError::Kind::Refused, trf(N_("There is already a round called '%1'."), {label}));
    // Rounds are put in order by their date as text (the one "previous round" follows it): only a real YYYY-MM-DD.
    if (!is_iso_date(date))
        throw StoreError(StoreError::Kind::Refused, trf(N_("'%1' is not a date; write it as YYYY-MM-DD, e.g. 2026-10-01."), {date}));
    if (q.perspective != Perspective::Team)
        throw StoreError(StoreError::Kind::Refused, trf(N_("'%1' is a version for %2; a round is opened with the team questionnaire, and the client and relative versions are added to it."),
                                                       {q.id, tr(perspective_msgid(q.perspective))}));
    std::vector<std::pair<Perspective, RowId>> mirror_refs;
    for (const Questionnaire* m : mirrors) {
        if (m->perspective == Perspective::Team)
            throw StoreError(StoreError::Kind::Refused, trf(N_("'%1' is a team questionnaire, not a client or relative version."), {m->id}));
        for (const auto& [p, ref] : mirror_refs)
            if (p == m->perspective)
                throw StoreError(StoreError::Kind::Refused, trf(N_("A round holds one version for %1; more than one was given."), {tr(perspective_msgid(p))}));
        const auto findings = check_mirror(*m, q);
        if (!findings.empty())
            throw StoreError(StoreError::Kind::Refused, trf(N_("The version for %1 '%2' does not fit the team questionnaire '%3' %4: %5"),
                                                           {tr(perspective_msgid(m->perspective)), m->id, q.id, q.version, findings.front().message}));
        mirror_refs.emplace_back(m->perspective, 0);
    }
    const RowId ref = questionnaire_ref(q);
    for (std::size_t i = 0; i < mirrors.size(); ++i)
        mirror_refs[i].second = questionnaire_ref(*mirrors[i]);
    RowId id = 0;
    sql << "INSERT INTO rounds (label, date, questionnaire) VALUES (:l, :d, :q) RETURNING id", soci::use(label),
        soci::use(date), soci::use(ref), soci::into(id);
    for (const auto& [p, mref] : mirror_refs) {
        const std::string name = perspective_name(p);
        sql << "INSERT INTO round_questionnaires (round, perspective, questionnaire) VALUES (:r, :p, :q)", soci::use(id),
            soci::use(name), soci::use(mref);
    }
    return id;
}

// Every round (by date, then label), or the one with `id`: one query either way.
std::vector<Round> Store::Impl::read_rounds(std::optional<RowId> id)
{
    std::vector<Round> out;
    Round r;
    std::string status;
    soci::statement st = (sql.prepare << std::string("SELECT r.id, r.label, r.date, q.questionnaire_id, q.version, r.status "
                                                     "FROM rounds r JOIN questionnaires q ON q.id = r.questionnaire") +
                                             (id ? " WHERE r.id = :id" : "") + " ORDER BY r.date, r.label",
                          soci::into(r.id), soci::into(r.label), soci::into(r.date), soci::into(r.questionnaire_id),
                          soci::into(r.questionnaire_version), soci::into(status));
    if (id)
        st.exchange(soci::use(*id));
    st.define_and_bind();
    st.execute();
    while (st.fetch()) {
        r.status = status == "closed" ? RoundStatus::Closed : RoundStatus::Open;
        out.push_back(r);
    }
    return out;
}

Round Store::Impl::read_round(RowId id)
{
    auto rounds = read_rounds(id);
    if (rounds.empty())
        throw StoreError(StoreError::Kind::NotFound, trf(N_("There is no round with number %1."), {std::to_string(id)}));
    return rounds.front();
}

Team Store::Impl::team(RowId id)
{
    Team t;
    sql << "SELECT id, name FROM teams WHERE id = :id", soci::into(t.id), soci::into(t.name), soci::use(id);
    if (!sql.got_data())
        throw StoreError(StoreError::Kind::NotFound, trf(N_("There is no team with number %1."), {std::to_string(id)}));
    return t;
}

std::string Store::Impl::team_name(RowId id) { return team(id).name; }

std::optional<RowId> Store::Impl::questionnaire_ref_of_round(RowId round, Perspective perspective)
{
    if (perspective == Perspective::Team)
        return questionnaire_ref_of_round(round);
    const auto refs = questionnaire_refs_of_round(round);
    const auto it = refs.find(perspective);
    if (it == refs.end())
        return std::nullopt;
    return it->second;
}

std::map<Perspective, RowId> Store::Impl::questionnaire_refs_of_round(RowId round)
{
    std::map<Perspective, RowId> out;
    std::string perspective;
    RowId ref = 0;
    soci::statement st = (sql.prepare << "SELECT 'team', questionnaire FROM rounds WHERE id = :r UNION ALL "
                                         "SELECT perspective, questionnaire FROM round_questionnaires WHERE round = :r2",
                          soci::into(perspective), soci::into(ref), soci::use(round), soci::use(round));
    st.execute();
    while (st.fetch())
        if (auto p = perspective_from_name(perspective))
            out[*p] = ref;
    return out;
}

std::map<Perspective, RowId> Store::Impl::existing_round_refs(RowId round)
{
    auto refs = questionnaire_refs_of_round(round);
    if (!refs.count(Perspective::Team)) // the round's own row gives the team's version
        throw StoreError(StoreError::Kind::NotFound, trf(N_("There is no round with number %1."), {std::to_string(round)}));
    return refs;
}

std::shared_ptr<const Questionnaire> Store::Impl::questionnaire_for(RowId round, Perspective perspective)
{
    if (auto ref = questionnaire_ref_of_round(round, perspective))
        return questionnaire_by_ref(*ref);
    throw StoreError(StoreError::Kind::NotFound, trf(N_("Round '%1' has no questionnaire for %2."),
                                                    {read_round(round).label, tr(perspective_msgid(perspective))}));
}

std::shared_ptr<const Questionnaire> Store::Impl::questionnaire_by_ref(RowId ref)
{
    if (auto it = questionnaires.find(ref); it != questionnaires.end())
        return it->second;
    std::string definition, qid, version;
    sql << "SELECT definition, questionnaire_id, version FROM questionnaires WHERE id = :id", soci::into(definition),
        soci::into(qid), soci::into(version), soci::use(ref);
    auto q = std::make_shared<const Questionnaire>(load_questionnaire(definition, qid + " " + version + " (" + path + ")"));
    questionnaires.emplace(ref, q);
    return q;
}

RowId Store::Impl::questionnaire_ref_of_round(RowId round)
{
    return existing_round_refs(round).at(Perspective::Team);
}

RowId Store::add_team(const std::string& raw_name)
{
    return impl_->guarded([&] {
        const std::string name = usable_name(raw_name, N_("A team needs a name."));
        if (find_team(name))
            throw StoreError(StoreError::Kind::Refused, trf(N_("There is already a team called '%1'."), {name}));
        RowId id = 0;
        impl_->sql << "INSERT INTO teams (name) VALUES (:n) RETURNING id", soci::use(name), soci::into(id);
        return id;
    });
}

RowId Store::ensure_team(const std::string& name)
{
    if (auto t = find_team(name))
        return t->id;
    return add_team(name);
}

std::vector<Team> Store::teams()
{
    return impl_->guarded([&] {
        std::vector<Team> out;
        Team t;
        soci::statement st = (impl_->sql.prepare << "SELECT id, name FROM teams ORDER BY lower(name), name",
                              soci::into(t.id), soci::into(t.name));
        st.execute();
        while (st.fetch())
            out.push_back(t);
        return out;
    });
}

Team Store::team(RowId id)
{
    return impl_->guarded([&] { return impl_->team(id); });
}

std::optional<Team> Store::find_team(const std::string& raw_name)
{
    return impl_->guarded([&]() -> std::optional<Team> {
        const std::string name = trimmed_name(raw_name);
        Team t;
        impl_->sql << "SELECT id, name FROM teams WHERE name = :n", soci::into(t.id), soci::into(t.name), soci::use(name);
        if (!impl_->sql.got_data())
            return std::nullopt;
        return t;
    });
}

RowId Store::add_round(const std::string& label, const std::string& date, const Questionnaire& q)
{
    return impl_->guarded([&] {
        Impl::WriteTransaction tx(*impl_);
        RowId id = impl_->add_round(label, date, q);
        tx.commit();
        return id;
    });
}

RowId Store::add_round(const std::string& label, const std::string& date, const Questionnaire& team_questionnaire,
                       const std::vector<const Questionnaire*>& mirrors)
{
    return impl_->guarded([&] {
        Impl::WriteTransaction tx(*impl_);
        RowId id = impl_->add_round(label, date, team_questionnaire, mirrors);
        tx.commit();
        return id;
    });
}

std::vector<Round> Store::rounds()
{
    return impl_->guarded([&] { return impl_->read_rounds(); });
}

std::optional<Round> Store::find_round(const std::string& raw_label)
{
    return impl_->guarded([&]() -> std::optional<Round> {
        const std::string label = trimmed_name(raw_label);
        RowId id = 0;
        impl_->sql << "SELECT id FROM rounds WHERE label = :l", soci::into(id), soci::use(label);
        if (!impl_->sql.got_data())
            return std::nullopt;
        return impl_->read_round(id);
    });
}

Round Store::round(RowId id)
{
    return impl_->guarded([&] { return impl_->read_round(id); });
}

void Store::set_round_status(RowId round_id, RoundStatus status)
{
    impl_->guarded([&] {
        impl_->read_round(round_id);
        std::string s = status_key(status);
        impl_->sql << "UPDATE rounds SET status = :s WHERE id = :id", soci::use(s), soci::use(round_id);
        return 0;
    });
}

std::shared_ptr<const Questionnaire> Store::questionnaire_of(RowId round_id)
{
    return impl_->guarded([&] { return impl_->questionnaire_by_ref(impl_->questionnaire_ref_of_round(round_id)); });
}

std::shared_ptr<const Questionnaire> Store::questionnaire_of(RowId round_id, Perspective perspective)
{
    return impl_->guarded([&] { return impl_->questionnaire_for(round_id, perspective); });
}

std::vector<Perspective> Store::perspectives_of(RowId round_id)
{
    return impl_->guarded([&] {
        std::vector<Perspective> out;
        for (const auto& [p, ref] : impl_->existing_round_refs(round_id)) // a map: in the enum's order, team first
            out.push_back(p);
        return out;
    });
}

std::map<Perspective, std::shared_ptr<const Questionnaire>> Store::versions_of(RowId round_id)
{
    return impl_->guarded([&] {
        const auto refs = impl_->existing_round_refs(round_id);
        std::map<Perspective, std::shared_ptr<const Questionnaire>> out;
        for (const auto& [p, ref] : refs)
            out[p] = impl_->questionnaire_by_ref(ref);
        return out;
    });
}

std::vector<TeamParticipation> Store::participation()
{
    return impl_->guarded([&] {
        std::vector<TeamParticipation> out;
        std::map<RowId, Round> rounds_by_id;
        for (auto& r : rounds())
            rounds_by_id.emplace(r.id, r);
        RowId round = 0, team = 0;
        int complete = 0, in_progress = 0, consensus = 0, clients = 0, relatives = 0;
        soci::statement st = (impl_->sql.prepare <<
            "SELECT round, team, sum(CASE WHEN perspective = 'team' AND status = 'complete' THEN 1 ELSE 0 END), "
            "sum(CASE WHEN perspective = 'team' AND status = 'in-progress' THEN 1 ELSE 0 END), "
            "max(CASE WHEN perspective = 'team' THEN consensus ELSE 0 END), "
            "sum(CASE WHEN perspective = 'client' AND status = 'complete' THEN 1 ELSE 0 END), "
            "sum(CASE WHEN perspective = 'relative' AND status = 'complete' THEN 1 ELSE 0 END) "
            "FROM responses GROUP BY round, team",
            soci::into(round), soci::into(team), soci::into(complete), soci::into(in_progress), soci::into(consensus),
            soci::into(clients), soci::into(relatives));
        st.execute();
        while (st.fetch())
            out.push_back({rounds_by_id.at(round), team, complete, in_progress, consensus != 0, clients, relatives});
        return out;
    });
}

} // namespace hs
