#include "common/i18n.h"
#include "common/message_catalogue.h"
#include "common/records.h"

namespace hs {

const std::vector<Role>& all_roles()
{
    static const std::vector<Role> roles = {Role::Unspecified, Role::Practitioner, Role::ExpertByExperience,
                                            Role::Manager, Role::Other};
    return roles;
}

std::string role_key(Role role)
{
    switch (role) {
    case Role::Practitioner: return "practitioner";
    case Role::ExpertByExperience: return "expert-by-experience";
    case Role::Manager: return "manager";
    case Role::Other: return "other";
    case Role::Unspecified: break;
    }
    return "";
}

std::optional<Role> role_from_key(const std::string& key)
{
    for (Role r : all_roles())
        if (role_key(r) == key)
            return r;
    return std::nullopt;
}

std::optional<Role> role_from_words(const std::string& lowered)
{
    if (auto r = role_from_key(lowered))
        return r;
    for (Role r : all_roles())
        if (lowered == role_msgid(r) || lowered == MessageCatalogue::for_language("nl").translate(role_msgid(r)))
            return r;
    return std::nullopt;
}

const char* role_msgid(Role role)
{
    switch (role) {
    // TRANSLATORS: respondent roles in a team
    case Role::Practitioner: return N_("practitioner");
    case Role::ExpertByExperience: return N_("expert by experience");
    case Role::Manager: return N_("manager");
    case Role::Other: return N_("other role");
    case Role::Unspecified: break;
    }
    return N_("role not given");
}

std::string role_label(Role role) { return tr(role_msgid(role)); }

const std::vector<CollectionMode>& all_collection_modes()
{
    static const std::vector<CollectionMode> modes = {CollectionMode::Wizard, CollectionMode::Kiosk, CollectionMode::Paper,
                                                      CollectionMode::FormTool, CollectionMode::Import};
    return modes;
}

std::string collection_mode_key(CollectionMode mode)
{
    switch (mode) {
    case CollectionMode::Kiosk: return "kiosk";
    case CollectionMode::Paper: return "paper";
    case CollectionMode::FormTool: return "form";
    case CollectionMode::Import: return "import";
    case CollectionMode::Wizard: break;
    }
    return "wizard";
}

std::optional<CollectionMode> collection_mode_from_key(const std::string& key)
{
    for (CollectionMode m : all_collection_modes())
        if (collection_mode_key(m) == key)
            return m;
    return std::nullopt;
}

const char* collection_mode_msgid(CollectionMode mode)
{
    switch (mode) {
    // TRANSLATORS: how a response was collected
    case CollectionMode::Kiosk: return N_("filling-in station");
    case CollectionMode::Paper: return N_("paper form");
    case CollectionMode::FormTool: return N_("online form");
    case CollectionMode::Import: return N_("imported");
    case CollectionMode::Wizard: break;
    }
    return N_("on screen");
}
std::string agreement_status_key(AgreementStatus status)
{
    switch (status) {
    case AgreementStatus::Done: return "done";
    case AgreementStatus::Dropped: return "dropped";
    case AgreementStatus::Open: break;
    }
    return "open";
}

std::optional<AgreementStatus> agreement_status_from_key(const std::string& key)
{
    for (AgreementStatus s : {AgreementStatus::Open, AgreementStatus::Done, AgreementStatus::Dropped})
        if (agreement_status_key(s) == key)
            return s;
    return std::nullopt;
}

} // namespace hs
