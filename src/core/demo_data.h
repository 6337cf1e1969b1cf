#pragma once
// A realistic synthetic organisation, so a new user and the benchmark have data at once: team sizes vary,
// some items are often n.v.t., teams improve or slip at their own pace, and some items divide a team.
#include "questionnaire/questionnaire.h"
#include "store/store.h"

#include <functional>

namespace hs {

struct DemoSpec {
    int teams = 8;
    int rounds = 4;
    int respondents = 8; // typical per team per round; actual counts vary around it
    unsigned seed = 1;
    // Clients and relatives hold up the mirror (with the built-in team questionnaire only, whose client and relatives
    // versions are built in too): the last two rounds hold those versions, and about half of the teams get their
    // answers, with a realistic gap (clients lower on own pace, shared decisions and control; close elsewhere).
    bool mirror = true;
};

struct DemoSummary {
    int teams = 0;
    int rounds = 0;
    long long responses = 0;
    long long answers = 0;
    long long mirror_responses = 0; // of clients and relatives; not in `responses`
};

// Adds `spec.rounds` rounds (labelled by half-year, ending in 2026-najaar) for `spec.teams` teams. Refused
// when a round of the same name exists. Deterministic for the same spec; the mirror's answers come from a random
// stream of their own, so the team's answers are the same with or without them.
DemoSummary generate_demo(Store& store, const Questionnaire& questionnaire, const DemoSpec& spec,
                          const std::function<void(int round_done, int rounds)>& progress = {});

} // namespace hs
