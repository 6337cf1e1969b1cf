#include "questionnaire/questionnaire.h"

#include "common/file_problem.h"

#include <algorithm>
#include <stdexcept>

namespace hs {

bool Scale::is_point(int value) const
{
    for (const auto& p : points)
        if (p.value == value)
            return true;
    return false;
}

bool Scale::accepts(AnswerCode code) const
{
    if (code == kUnanswered)
        return true;
    if (code == kNotApplicable)
        return allows_not_applicable;
    if (code == kDontKnow)
        return allows_dont_know;
    return is_point(code);
}

int Questionnaire::line_of_id(const std::string& element_id) const
{
    int line = line_of(definition_text, "id=\"" + element_id + "\"");
    return line ? line : line_of(definition_text, "\"id\": \"" + element_id + "\"");
}

void Questionnaire::index()
{
    item_by_id_.clear();
    dimension_by_id_.clear();
    scale_by_id_.clear();
    part_by_id_.clear();
    for (std::size_t i = 0; i < parts.size(); ++i)
        part_by_id_.emplace(parts[i].id, i);
    for (std::size_t i = 0; i < items.size(); ++i)
        item_by_id_.emplace(items[i].id, i);
    for (std::size_t i = 0; i < dimensions.size(); ++i)
        dimension_by_id_.emplace(dimensions[i].id, i);
    for (std::size_t i = 0; i < scales.size(); ++i)
        scale_by_id_.emplace(scales[i].id, i);
}

std::optional<std::size_t> Questionnaire::item_index(const std::string& item_id) const
{
    if (auto it = item_by_id_.find(item_id); it != item_by_id_.end())
        return it->second;
    return std::nullopt;
}

std::optional<std::size_t> Questionnaire::dimension_index(const std::string& dimension_id) const
{
    if (auto it = dimension_by_id_.find(dimension_id); it != dimension_by_id_.end())
        return it->second;
    return std::nullopt;
}

const Scale& Questionnaire::scale_of(const Dimension& dimension) const
{
    auto it = scale_by_id_.find(dimension.scale_id);
    if (it == scale_by_id_.end())
        throw std::logic_error("questionnaire not indexed or scale missing: " + dimension.scale_id);
    return scales[it->second];
}

const Part& Questionnaire::part_of(const Dimension& dimension) const
{
    auto it = part_by_id_.find(dimension.part_id);
    if (it == part_by_id_.end())
        throw std::logic_error("questionnaire not indexed or part missing: " + dimension.part_id);
    return parts[it->second];
}

const Scale* Questionnaire::find_scale(const std::string& scale_id) const
{
    auto it = scale_by_id_.find(scale_id);
    return it == scale_by_id_.end() ? nullptr : &scales[it->second];
}

const Scale& Questionnaire::scale_of(const Item& item) const
{
    if (!item.scale_id.empty()) {
        if (const Scale* s = find_scale(item.scale_id))
            return *s;
        throw std::logic_error("questionnaire not indexed or scale missing: " + item.scale_id);
    }
    return scale_of(dimensions[*dimension_index(item.dimension_id)]);
}

int Questionnaire::effective_score(std::size_t item, int raw) const
{
    const Item& it = items[item];
    if (!it.reverse)
        return raw;
    const Scale& s = scale_of(it);
    return s.min_value() + s.max_value() - raw;
}

std::vector<std::string> shared_point_labels(const Questionnaire& q, const std::string& lang)
{
    std::vector<const Scale*> used;
    for (const auto& item : q.items) {
        const Scale* s = &q.scale_of(item);
        if (std::find(used.begin(), used.end(), s) == used.end())
            used.push_back(s);
    }
    std::vector<std::string> labels;
    if (used.empty())
        return labels;
    labels.resize(used.front()->points.size());
    for (const Scale* s : used) {
        if (s->points.size() != labels.size())
            continue;
        for (std::size_t p = 0; p < labels.size(); ++p)
            labels[p] += (labels[p].empty() ? "" : " / ") + s->points[p].label.in(lang);
    }
    return labels;
}

} // namespace hs
