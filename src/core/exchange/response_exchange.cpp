// Importing one file of either kind, whole or not at all.
#include "exchange/response_exchange.h"

#include "common/i18n.h"
#include "common/input_file.h"
#include "common/limits.h"
#include "common/names.h"
#include "common/utf8.h"
#include "exchange/answer_text.h"
#include "exchange/relay_impl.h"

#include <memory>
#include <stdexcept>

namespace hs {

using namespace exchange_detail;

namespace {

// Streams a portable file into one bulk insert: the round is found (or created) when the header has been read,
// and each response is stored as soon as it is read. A problem anywhere leaves the insert uncommitted.
class StoreSink : public ResponseFileSink {
public:
    explicit StoreSink(Store& store) : store_(store) {}
    void header(const ResponseFileHeader& h) override
    {
        std::vector<const Questionnaire*> mirrors;
        for (const auto& m : h.mirrors)
            mirrors.push_back(&m);
        bulk_ = store_.begin_import(h.round_label, h.round_date, h.questionnaire, mirrors);
    }
    void response(const NewResponse& r) override { bulk_->add(r); }
    void agreement(const PortableAgreement& a) override { bulk_->merge_agreement(a); }
    InsertResult finish(bool commit)
    {
        if (!bulk_) // the reader refuses a file without a header before this
            throw std::logic_error("response file without a header");
        return commit ? bulk_->commit() : bulk_->trial();
    }

private:
    Store& store_;
    std::unique_ptr<Store::BulkInsert> bulk_;
};

} // namespace

bool is_csv_path(const std::string& path)
{
    return path.size() >= 4 && lower(path.substr(path.size() - 4)) == ".csv";
}

namespace {

// The import and its preview share every step; only the last differs (commit, or roll back).
InsertResult run_import(Store& store, const std::string& path, std::optional<RowId> round, std::optional<RowId> team,
                        std::vector<std::string>* notes, const CsvOrigin& origin, bool commit)
{
    if (is_csv_path(path)) {
        std::string team_name = trimmed_name(origin.new_team);
        if (!round || (!team && team_name.empty()))
            throw FileRefused({{path, 0, tr(N_("a CSV file needs the round and the team its answers belong to"))}});
        const Round r = store.round(*round);
        if (team) {
            team_name = store.team(*team).name; // StoreError NotFound for an unknown team
        } else if (!utf8::is_valid(team_name)) {
            throw StoreError(StoreError::Kind::Refused, tr(N_("A name must be valid text (UTF-8).")));
        }
        auto q = store.questionnaire_of(r.id, origin.perspective);
        // Each row is stored as it is read (the next rows read meanwhile on a second thread, when there is one); a
        // refusal comes before the commit, so the transaction rolls back.
        auto bulk = store.begin_insert(r.id);
        auto store_row = [&](NewResponse&& response) {
            response.perspective = origin.perspective;
            response.collection = origin.collection;
            bulk->add(response);
        };
        CsvResponses read;
        exchange_detail::relay_alongside<NewResponse>(
            [&](auto&& put) { read = read_response_csv(path, *q, team_name, r.label, put); }, store_row);
        auto result = commit ? bulk->commit() : bulk->trial();
        if (notes)
            for (auto& note : csv_notes(path, read))
                notes->push_back(std::move(note));
        return result;
    }
    require_input_file(path, limits::kMaxDataFileBytes); // whatever the reader: no FIFO, device or giant file
    StoreSink sink(store);
    read_response_file_alongside(path, sink); // throws before commit on any problem: the transaction rolls back
    InsertResult result = sink.finish(commit);
    if (notes && (result.agreements_added || result.agreements_updated))
        notes->push_back(trf(N_("Agreements: %1 added, %2 updated."),
                             {std::to_string(result.agreements_added), std::to_string(result.agreements_updated)}));
    if (notes && result.agreements_without_round)
        notes->push_back(trfn(result.agreements_without_round,
                              N_("%1 agreement was left out: it was made after a round this database does not have "
                                 "(import that round's file first, then this one again)."),
                              N_("%1 agreements were left out: they were made after a round this database does not have "
                                 "(import that round's file first, then this one again).")));
    return result;
}

} // namespace

InsertResult import_response_file(Store& store, const std::string& path, std::optional<RowId> round, std::optional<RowId> team,
                                  std::vector<std::string>* notes, const CsvOrigin& origin)
{
    return run_import(store, path, round, team, notes, origin, true);
}

InsertResult preview_response_file(Store& store, const std::string& path, std::optional<RowId> round, std::optional<RowId> team,
                                   std::vector<std::string>* notes, const CsvOrigin& origin)
{
    return run_import(store, path, round, team, notes, origin, false);
}

} // namespace hs
