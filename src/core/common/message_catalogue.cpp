// A small, limit-checked reader of compiled gettext catalogues (.mo), and the compiled-in Dutch one.
#include "common/message_catalogue.h"

#include "common/embedded_files.h"
#include "common/i18n.h"
#include "common/localized_text.h"

#include <cstdint>
#include <stdexcept>

namespace hs {

namespace {

constexpr std::uint32_t kMagic = 0x950412de;

class MoReader {
public:
    explicit MoReader(std::string_view bytes) : bytes_(bytes)
    {
        if (bytes_.size() < 28)
            fail("too short");
        const std::uint32_t magic = raw(0);
        if (magic == kMagic)
            swap_ = false;
        else if (swap(magic) == kMagic)
            swap_ = true;
        else
            fail("not a compiled catalogue");
        if ((word(4) >> 16) != 0)
            fail("unknown major revision");
    }

    std::uint32_t count() const
    {
        const std::uint32_t n = word(8);
        if (n > bytes_.size() / 16) // two tables of 8 bytes per message must fit
            fail("message count beyond the file");
        return n;
    }
    std::uint32_t originals() const { return word(12); }
    std::uint32_t translations() const { return word(16); }

    // The string described by entry `i` of the table at `table`: up to its first NUL (a plural's singular form).
    std::string_view string(std::uint32_t table, std::uint32_t i) const
    {
        const std::uint64_t entry = static_cast<std::uint64_t>(table) + 8ull * i;
        if (entry + 8 > bytes_.size())
            fail("table beyond the file");
        const std::uint32_t length = word(static_cast<std::size_t>(entry));
        const std::uint32_t offset = word(static_cast<std::size_t>(entry + 4));
        if (static_cast<std::uint64_t>(offset) + length >= bytes_.size()) // the terminating NUL must fit too
            fail("string beyond the file");
        std::string_view s = bytes_.substr(offset, length);
        return s.substr(0, s.find('\0'));
    }

private:
    static std::uint32_t swap(std::uint32_t v)
    {
        return (v >> 24) | ((v >> 8) & 0xff00u) | ((v << 8) & 0xff0000u) | (v << 24);
    }
    std::uint32_t raw(std::size_t at) const
    {
        const auto* p = reinterpret_cast<const unsigned char*>(bytes_.data() + at);
        return static_cast<std::uint32_t>(p[0]) | static_cast<std::uint32_t>(p[1]) << 8 | static_cast<std::uint32_t>(p[2]) << 16 |
               static_cast<std::uint32_t>(p[3]) << 24;
    }
    std::uint32_t word(std::size_t at) const
    {
        if (at + 4 > bytes_.size())
            fail("header beyond the file");
        return swap_ ? swap(raw(at)) : raw(at);
    }
    [[noreturn]] static void fail(const char* why) { throw std::runtime_error(std::string("damaged message catalogue: ") + why); }

    std::string_view bytes_;
    bool swap_ = false;
};

} // namespace

MessageCatalogue MessageCatalogue::from_mo(std::string_view bytes)
{
    MoReader mo(bytes);
    MessageCatalogue c;
    const std::uint32_t n = mo.count();
    for (std::uint32_t i = 0; i < n; ++i) {
        std::string_view id = mo.string(mo.originals(), i);
        std::string_view text = mo.string(mo.translations(), i);
        if (!id.empty() && !text.empty()) // the empty msgid is the header
            c.texts_.emplace(std::string(id), std::string(text));
    }
    return c;
}

const MessageCatalogue& MessageCatalogue::for_language(const std::string& lang)
{
    static const MessageCatalogue english;
    static const MessageCatalogue dutch = [] {
        for (const auto& f : embedded::catalogues())
            if (f.name == "nl.mo")
                return from_mo(f.contents);
        throw std::logic_error("the Dutch catalogue is not compiled in");
    }();
    return lang == kDutch ? dutch : english;
}

std::string MessageCatalogue::translate(const char* msgid) const
{
    auto it = texts_.find(msgid);
    return it == texts_.end() ? std::string(msgid) : it->second;
}

std::string MessageCatalogue::translate(const char* msgid, std::initializer_list<std::string> args) const
{
    return format(translate(msgid), args);
}

} // namespace hs
