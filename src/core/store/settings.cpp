// Settings of the whole database: a few values by name that belong with the data rather than with one
// workstation, such as the salted hash of the coordinator's PIN that ends the filling-in station.
#include "store/store_impl.h"

#include "common/i18n.h"
#include "common/utf8.h"

namespace hs {

namespace {
void check_name(const std::string& name)
{
    if (name.empty() || !utf8::is_valid(name))
        throw StoreError(StoreError::Kind::Refused, tr(N_("A setting needs a name (valid text).")));
}
} // namespace

std::optional<std::string> Store::setting(const std::string& name)
{
    return impl_->guarded([&]() -> std::optional<std::string> {
        check_name(name);
        std::string value;
        impl_->sql << "SELECT value FROM settings WHERE name = :n", soci::into(value), soci::use(name);
        if (!impl_->sql.got_data())
            return std::nullopt;
        return value;
    });
}

void Store::set_setting(const std::string& name, const std::string& value)
{
    impl_->guarded([&] {
        check_name(name);
        if (!utf8::is_valid(value))
            throw StoreError(StoreError::Kind::Refused, tr(N_("A setting's value must be valid text (UTF-8).")));
        impl_->sql << "INSERT INTO settings (name, value) VALUES (:n, :v) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            soci::use(name), soci::use(value);
        return 0;
    });
}

} // namespace hs
