#pragma once
// The questionnaire wing: the model (scales, parts, dimensions and items, each with stable ids), reading it
// from XML or JSON definitions, and checking it. It never reads or writes responses and knows nothing of the store.
#include "common/answer.h"
#include "common/localized_text.h"

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace hs {

struct ScalePoint {
    int value = 0;
    LocalizedText label;
};

struct Scale {
    std::string id;
    std::vector<ScalePoint> points; // ascending by value
    bool allows_not_applicable = false;
    bool allows_dont_know = false;
    LocalizedText not_applicable_label;
    LocalizedText dont_know_label;

    int min_value() const { return points.front().value; }
    int max_value() const { return points.back().value; }
    bool is_point(int value) const;
    // True when the answer code may be stored for an item on this scale.
    bool accepts(AnswerCode code) const;
};

struct Item {
    std::string id;
    std::string dimension_id;
    LocalizedText text;
    LocalizedText explanation;
    bool reverse = false;
};

struct Dimension {
    std::string id;
    std::string part_id;
    std::string scale_id;
    LocalizedText title;
    LocalizedText description;
    std::vector<std::size_t> items; // indexes into Questionnaire::items
};

struct Part {
    std::string id;
    LocalizedText title;
    std::vector<std::size_t> dimensions; // indexes into Questionnaire::dimensions
};

class Questionnaire {
public:
    std::string id;
    std::string version; // "MAJOR.MINOR"
    std::vector<std::string> languages;
    LocalizedText title;
    LocalizedText introduction;
    std::vector<Scale> scales;
    std::vector<Part> parts;
    std::vector<Dimension> dimensions; // in questionnaire order
    std::vector<Item> items;           // in questionnaire order
    std::string definition_text;       // the file's text, kept so a round stores exactly what it used

    // Builds the id lookups; called by the loader once the model is complete.
    void index();

    std::optional<std::size_t> item_index(const std::string& item_id) const;
    std::optional<std::size_t> dimension_index(const std::string& dimension_id) const;
    const Scale& scale_of(const Item& item) const;
    const Scale& scale_of(const Dimension& dimension) const;
    const Part& part_of(const Dimension& dimension) const;
    // The score as it counts in the analysis: reverse-scored items are mirrored on their scale.
    int effective_score(std::size_t item, int raw) const;

private:
    std::unordered_map<std::string, std::size_t> item_by_id_;
    std::unordered_map<std::string, std::size_t> dimension_by_id_;
    std::unordered_map<std::string, std::size_t> scale_by_id_;
    std::unordered_map<std::string, std::size_t> part_by_id_;
};

} // namespace hs
