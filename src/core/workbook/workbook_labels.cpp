#include "workbook/workbook_labels.h"

#include <map>
#include <stdexcept>
#include <utility>

namespace hs {

const std::string& workbook_label(const std::string& lang, const std::string& key)
{
    using Pair = std::pair<std::string, std::string>; // nl, en
    static const std::map<std::string, Pair> labels = {
        {"team", {"Team", "Team"}},
        {"round", {"Ronde", "Round"}},
        {"date", {"Datum", "Date"}},
        {"part", {"Deel", "Part"}},
        {"dimension", {"Dimensie", "Dimension"}},
        {"dimension-id", {"Dimensie-id", "Dimension id"}},
        {"item", {"Item", "Item"}},
        {"item-id", {"Item-id", "Item id"}},
        {"statement", {"Stelling", "Statement"}},
        {"explanation", {"Toelichting", "Explanation"}},
        {"reverse", {"Omgekeerd gescoord", "Reverse scored"}},
        {"yes", {"ja", "yes"}},
        {"no", {"nee", "no"}},
        {"respondents", {"Respondenten", "Respondents"}},
        {"n", {"N", "N"}},
        {"mean", {"Gemiddelde", "Mean"}},
        {"median", {"Mediaan", "Median"}},
        {"sd", {"SD", "SD"}},
        {"agreement", {"Overeenstemming (rwg)", "Agreement (rwg)"}},
        {"share-nvt", {"Aandeel n.v.t.", "Share n/a"}},
        {"share-dk", {"Aandeel weet niet", "Share don't know"}},
        {"share-unanswered", {"Aandeel onbeantwoord", "Share unanswered"}},
        {"too-few", {"te weinig respondenten", "too few respondents"}},
        {"no-scores", {"geen scores", "no scores"}},
        {"consensus", {"consensus", "consensus"}},
        {"mode", {"Werkwijze", "Mode"}},
        {"individual", {"individueel", "individual"}},
        {"organisation-mean", {"Organisatie (gemiddelde van de teams)", "Organisation (mean of the teams)"}},
        {"teams-with-numbers", {"Teams met cijfers", "Teams with numbers"}},
        {"chart-data", {"Grafiekgegevens (lege cel: te weinig respondenten)", "Chart data (empty cell: too few respondents)"}},
        {"dimension-scores", {"Dimensiescores per ronde", "Dimension scores per round"}},
        {"trend-title", {"Verloop per ronde", "Trend across rounds"}},
        {"radar-title", {"Laatste ronde tegenover de vorige", "Latest round against the previous one"}},
        {"distribution-title", {"Verdeling van de antwoorden, laatste ronde", "Distribution of answers, latest round"}},
        {"nvt", {"n.v.t.", "n/a"}},
        {"dont-know", {"weet niet", "don't know"}},
        {"unanswered", {"onbeantwoord", "unanswered"}},
        {"strongest-dimensions", {"Sterkste dimensies", "Strongest dimensions"}},
        {"weakest-dimensions", {"Zwakste dimensies", "Weakest dimensions"}},
        {"strongest-items", {"Sterkste items", "Strongest items"}},
        {"weakest-items", {"Zwakste items", "Weakest items"}},
        {"disagreements", {"Grootste verschillen van mening", "Largest disagreements"}},
        {"changes", {"Veranderingen sinds de vorige ronde", "Changes since the previous round"}},
        {"all-changes", {"Alle veranderingen per dimensie", "All changes per dimension"}},
        {"previous", {"Vorige", "Previous"}},
        {"current", {"Huidige", "Current"}},
        {"difference", {"Verschil", "Difference"}},
        {"ci-low", {"95%-interval van", "95% interval from"}},
        {"ci-high", {"95%-interval tot", "95% interval to"}},
        {"verdict", {"Oordeel", "Verdict"}},
        {"note", {"Opmerking", "Note"}},
        {"improved", {"verbeterd", "improved"}},
        {"declined", {"verslechterd", "declined"}},
        {"no-clear-change", {"geen duidelijke verandering", "no clear change"}},
        {"not-comparable", {"niet te vergelijken", "not comparable"}},
        {"no-previous", {"Er is nog geen vorige ronde om mee te vergelijken.", "There is no previous round to compare with yet."}},
        {"coaching-for", {"Coachingsoverzicht, ronde", "Coaching summary, round"}},
        {"low-agreement-note", {"Overeenstemming onder", "Agreement below"}},
        {"role", {"Rol", "Role"}},
        {"remark", {"Opmerking", "Remark"}},
        {"no-remarks", {"Geen opmerkingen (of te weinig respondenten om ze te tonen).", "No remarks (or too few respondents to show them)."}},
        {"questionnaire", {"Vragenlijst", "Questionnaire"}},
        {"version", {"Versie", "Version"}},
        {"respondent", {"Respondentcode", "Respondent code"}},
        {"answer", {"Antwoord", "Answer"}},
        {"score", {"Score", "Score"}},
        {"answer-kind", {"Soort antwoord", "Kind of answer"}},
        {"kind-score", {"score", "score"}},
        {"hidden-role", {"(verborgen: te weinig met deze rol)", "(hidden: too few with this role)"}},
        {"role-practitioner", {"hulpverlener", "practitioner"}},
        {"role-expert-by-experience", {"ervaringsdeskundige", "expert by experience"}},
        {"role-manager", {"leidinggevende", "manager"}},
        {"role-other", {"andere rol", "other role"}},
        {"role-", {"rol niet opgegeven", "role not given"}},
        {"perspectives-title", {"Dimensiescores per rol, laatste ronde", "Dimension scores per role, latest round"}},
        {"item-status", {"Status in deze versie", "Status in this version"}},
        {"item-new", {"nieuw sinds de vorige versie", "new since the previous version"}},
        {"item-retired-note", {"Items die in een eerdere versie voorkwamen en nu zijn ingetrokken:", "Items that appeared in an earlier version and are now retired:"}},
        {"no-data", {"Geen ingevulde vragenlijsten voor dit team.", "No completed questionnaires for this team."}},
        {"compare-title", {"Teams vergeleken op dimensiescores, ronde", "Teams compared on dimension scores, round"}},
        {"org-trend-title", {"Organisatiegemiddelde per ronde", "Organisation mean per round"}},
        {"threshold-note", {"Groepen kleiner dan de anonimiteitsdrempel tonen geen cijfers. Drempel:", "Groups smaller than the anonymity threshold show no numbers. Threshold:"}},
    };
    auto it = labels.find(key);
    if (it == labels.end())
        throw std::logic_error("no workbook label " + key);
    return lang == "en" ? it->second.second : it->second.first;
}

} // namespace hs
