// Importing one file of either kind, whole or not at all.
#include "exchange/response_exchange.h"

#include "common/file_io.h"
#include "common/i18n.h"
#include "common/input_file.h"
#include "common/limits.h"
#include "common/names.h"
#include "common/utf8.h"
#include "exchange/answer_text.h"
#include "questionnaire/definition_reader.h"
#include "questionnaire/questionnaire_loader.h"

#include <algorithm>
#include <filesystem>

namespace hs {

namespace fs = std::filesystem;
using namespace exchange_detail;

bool is_csv_path(const std::string& path)
{
    return path.size() >= 4 && lower(path.substr(path.size() - 4)) == ".csv";
}

InsertResult import_response_file(Store& store, const std::string& path, const std::string& csv_round,
                                  const std::string& csv_team, std::vector<std::string>* notes)
{
    if (is_csv_path(path)) {
        const std::string team = trimmed_name(csv_team);
        if (trimmed_name(csv_round).empty() || team.empty())
            throw FileRefused({{path, 0, tr(N_("a CSV file needs the round and the team its answers belong to"))}});
        if (!utf8::is_valid(team))
            throw StoreError(StoreError::Kind::Refused, tr(N_("A name must be valid text (UTF-8).")));
        auto round = store.find_round(csv_round);
        if (!round)
            throw StoreError(StoreError::Kind::NotFound, trf(N_("There is no round called '%1'."), {csv_round}));
        auto q = store.questionnaire_of(round->id);
        auto read = read_response_csv(path, *q, team, round->label);
        auto result = store.import_responses(round->label, round->date, *q, read.responses);
        if (notes)
            for (auto& note : csv_notes(path, read))
                notes->push_back(std::move(note));
        return result;
    }
    require_input_file(path, limits::kMaxDataFileBytes); // whatever the reader: no FIFO, device or giant file
    auto incoming = read_response_file(path);
    return store.import_responses(incoming.round_label, incoming.round_date, incoming.questionnaire, incoming.responses);
}

} // namespace hs
