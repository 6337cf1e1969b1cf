#pragma once
#include <map>
#include <string>

namespace hs {
inline const std::string kDutch = "nl";
inline const std::string kEnglish = "en";

// A text in several languages. Dutch is always present in a valid definition and is the fallback.
class LocalizedText {
public:
    void set(const std::string& lang, std::string text) { texts_[lang] = std::move(text); }
    bool has(const std::string& lang) const { return texts_.count(lang) != 0; }
    bool empty() const { return texts_.empty(); }
    const std::string& in(const std::string& lang) const
    {
        if (auto it = texts_.find(lang); it != texts_.end())
            return it->second;
        if (auto it = texts_.find(kDutch); it != texts_.end())
            return it->second;
        static const std::string none;
        return texts_.empty() ? none : texts_.begin()->second;
    }
    const std::map<std::string, std::string>& all() const { return texts_; }

private:
    std::map<std::string, std::string> texts_;
};
} // namespace hs
