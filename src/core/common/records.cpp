#include "common/i18n.h"
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
