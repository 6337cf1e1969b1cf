#pragma once
// The questionnaire wing: the model (scales, parts, dimensions and items, each with stable ids), reading it
// from XML or JSON definitions, and checking it. It never reads or writes responses and knows nothing of the store.
#include "common/answer.h"
#include "common/localized_text.h"
#include "common/perspective.h" // whose view it asks for

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
    std::string scale_id; // empty: the dimension's scale (a scale may be set per dimension or per item)
};

struct Dimension {
    std::string id;
    std::string part_id;
    std::string scale_id;
    LocalizedText title;
    LocalizedText description;
    // Where the dimension comes from in the module's texts: documentation for the people who maintain the
    // questionnaire, never shown to respondents.
    std::string source;
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
    Perspective perspective = Perspective::Team;
    std::string mirrors; // a client or relative version: the id of the team questionnaire it mirrors; team: empty
    std::vector<Scale> scales;
    std::vector<Part> parts;
    std::vector<Dimension> dimensions; // in questionnaire order
    std::vector<Item> items;           // in questionnaire order
    std::string definition_text;       // the file's text, kept so a round stores exactly what it used

    // Builds the id lookups; called by the loader once the model is complete.
    void index();

    std::optional<std::size_t> item_index(const std::string& item_id) const;
    std::optional<std::size_t> dimension_index(const std::string& dimension_id) const;
    const Scale& scale_of(const Item& item) const; // the item's own scale, else its dimension's
    const Scale& scale_of(const Dimension& dimension) const;
    const Scale* find_scale(const std::string& scale_id) const;
    const Part& part_of(const Dimension& dimension) const;
    // The line of the element with this id in definition_text (XML or JSON), 0 when not found: for messages.
    int line_of_id(const std::string& element_id) const;
    // The score as it counts in the analysis: reverse-scored items are mirrored on their scale.
    int effective_score(std::size_t item, int raw) const;

private:
    std::unordered_map<std::string, std::size_t> item_by_id_;
    std::unordered_map<std::string, std::size_t> dimension_by_id_;
    std::unordered_map<std::string, std::size_t> scale_by_id_;
    std::unordered_map<std::string, std::size_t> part_by_id_;
};

// For a legend over statements on different scales of the same length (a frequency and an agreement scale, say):
// per answer position, the labels of the used scales that have as many points as the first used one, joined with
// " / " ("Nooit / Helemaal oneens"). Statements on a scale of another length do not fit that legend.
std::vector<std::string> shared_point_labels(const Questionnaire& q, const std::string& lang);

} // namespace hs
