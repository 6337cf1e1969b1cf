// One linear pass over a definition's text that refuses what Boost.PropertyTree would crash on or let through.
#include "questionnaire/text_shape.h"

#include "common/i18n.h"

#include <vector>

namespace hs {

namespace {

bool name_char(char c)
{
    return c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '>' && c != '/' && c != '=' && c != '<';
}

class XmlScanner {
public:
    XmlScanner(std::string_view text, int max_depth, int max_elements)
        : t_(text), max_depth_(max_depth), max_elements_(max_elements)
    {
    }

    std::optional<ShapeProblem> run()
    {
        while (i_ < t_.size()) {
            const char c = t_[i_];
            if (c == '\n')
                ++line_;
            if (c != '<') {
                ++i_;
                continue;
            }
            std::optional<ShapeProblem> p;
            if (starts("<!--"))
                p = skip_to("-->", tr(N_("a comment is not closed")));
            else if (starts("<![CDATA["))
                p = skip_to("]]>", tr(N_("a CDATA section is not closed")));
            else if (starts("<?"))
                p = skip_to("?>", tr(N_("a processing instruction is not closed")));
            else if (starts("<!"))
                return ShapeProblem{line_, tr(N_("a document type declaration is not allowed in this file"))};
            else if (starts("</"))
                p = closing_tag();
            else
                p = opening_tag();
            if (p)
                return p;
        }
        if (!open_.empty())
            return ShapeProblem{open_.back().line,
                                trf(N_("element <%1> is never closed"), {std::string(open_.back().name)})};
        return std::nullopt;
    }

private:
    struct Open {
        std::string_view name;
        int line;
    };

    bool starts(std::string_view s) const { return t_.compare(i_, s.size(), s) == 0; }

    std::optional<ShapeProblem> skip_to(std::string_view end, std::string reason)
    {
        const int start_line = line_;
        const auto pos = t_.find(end, i_ + 2);
        if (pos == std::string_view::npos)
            return ShapeProblem{start_line, std::move(reason)};
        count_lines(i_, pos + end.size());
        i_ = pos + end.size();
        return std::nullopt;
    }

    void count_lines(std::size_t from, std::size_t to)
    {
        for (std::size_t k = from; k < to; ++k)
            if (t_[k] == '\n')
                ++line_;
    }

    std::string_view read_name()
    {
        const std::size_t start = i_;
        while (i_ < t_.size() && name_char(t_[i_]))
            ++i_;
        return t_.substr(start, i_ - start);
    }

    std::optional<ShapeProblem> closing_tag()
    {
        const int tag_line = line_;
        i_ += 2;
        const auto name = read_name();
        while (i_ < t_.size() && t_[i_] != '>') {
            if (t_[i_] == '\n')
                ++line_;
            ++i_;
        }
        if (i_ >= t_.size())
            return ShapeProblem{tag_line, tr(N_("a tag is not closed with '>'"))};
        ++i_;
        if (open_.empty())
            return ShapeProblem{tag_line, trf(N_("closing tag </%1> without an opening tag"), {std::string(name)})};
        if (open_.back().name != name)
            return ShapeProblem{tag_line, trf(N_("closing tag </%1> does not match <%2> opened on line %3"),
                                              {std::string(name), std::string(open_.back().name),
                                               std::to_string(open_.back().line)})};
        open_.pop_back();
        return std::nullopt;
    }

    std::optional<ShapeProblem> opening_tag()
    {
        const int tag_line = line_;
        ++i_;
        const auto name = read_name();
        if (name.empty())
            return ShapeProblem{tag_line, tr(N_("'<' does not start a tag (write &lt; in text)"))};
        if (++elements_ > max_elements_)
            return ShapeProblem{tag_line, trf(N_("more than %1 elements"), {std::to_string(max_elements_)})};
        char quote = 0;
        for (; i_ < t_.size(); ++i_) {
            const char c = t_[i_];
            if (c == '\n')
                ++line_;
            if (quote) {
                if (c == quote)
                    quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '<') {
                return ShapeProblem{line_, tr(N_("a tag is not closed with '>'"))};
            } else if (c == '>') {
                break;
            }
        }
        if (i_ >= t_.size())
            return ShapeProblem{tag_line, tr(N_("a tag is not closed with '>'"))};
        const bool empty_element = t_[i_ - 1] == '/';
        ++i_;
        if (!empty_element) {
            if (static_cast<int>(open_.size()) >= max_depth_)
                return ShapeProblem{tag_line, trf(N_("elements are nested more than %1 levels deep"),
                                                  {std::to_string(max_depth_)})};
            open_.push_back({name, tag_line});
        }
        return std::nullopt;
    }

    std::string_view t_;
    int max_depth_;
    int max_elements_;
    int elements_ = 0;
    std::size_t i_ = 0;
    int line_ = 1;
    std::vector<Open> open_;
};

} // namespace

std::optional<ShapeProblem> check_xml_shape(std::string_view text, int max_depth, int max_elements)
{
    return XmlScanner(text, max_depth, max_elements).run();
}

std::optional<ShapeProblem> check_json_shape(std::string_view text, int max_depth, int max_elements)
{
    int depth = 0, line = 1, objects = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n')
            ++line;
        if (in_string) {
            if (c == '\\')
                ++i; // the escaped character cannot end the string
            else if (c == '"')
                in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '{' || c == '[') {
            if (c == '{' && ++objects > max_elements)
                return ShapeProblem{line, trf(N_("more than %1 objects"), {std::to_string(max_elements)})};
            if (++depth > max_depth)
                return ShapeProblem{line, trf(N_("objects and arrays are nested more than %1 levels deep"),
                                              {std::to_string(max_depth)})};
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return std::nullopt;
}

} // namespace hs
