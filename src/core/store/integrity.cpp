// Full integrity checks and checked backups (see integrity.h).
#include "store/integrity.h"

#include "common/i18n.h"

namespace hs {

std::string damage_text(const std::string& findings)
{
    std::string out;
    std::size_t start = 0;
    while (start <= findings.size()) {
        auto end = findings.find('\n', start);
        if (end == std::string::npos)
            end = findings.size();
        const std::string line = findings.substr(start, end - start);
        if (!line.empty() && line.rfind("***", 0) != 0)
            out += (out.empty() ? "" : "; ") + line;
        start = end + 1;
    }
    return out.empty() ? findings : out;
}

void require_intact(Store& store)
{
    const std::string verdict = store.integrity_check();
    if (verdict != "ok")
        throw StoreError(StoreError::Kind::NotADatabase,
                         trf(N_("The database %1 is damaged (%2). It was left unchanged; restore your latest backup."),
                             {store.display_name(), damage_text(verdict)}));
}

void backup_checked(Store& store, const std::string& out_path)
{
    require_intact(store);
    store.backup(out_path);
    StoreOptions read_only;
    read_only.read_only = true;
    read_only.older_schema_ok = true; // the copy has the version of its database
    Store copy(out_path, read_only);
    require_intact(copy);
}

} // namespace hs
