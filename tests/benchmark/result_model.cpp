// Headless driver for the benchmark: what the GUI computes when a team's results open (the team's trend across
// rounds, each round compared with the previous one with numbers, and the coaching summary of the latest round),
// through the same core calls, without a window. usage: hs-bench-result-model DB TEAM
#include "analysis/analysis.h"
#include "store/store.h"

#include <iostream>

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::cerr << "usage: hs-bench-result-model DB TEAM\n";
        return 2;
    }
    try {
        hs::StoreOptions options;
        options.read_only = true;
        hs::Store store(argv[1], options);
        auto team = store.find_team(argv[2]);
        if (!team) {
            std::cerr << "no team " << argv[2] << "\n";
            return 1;
        }
        auto trend = hs::team_trend(store, team->id, hs::AnalysisOptions{});
        std::size_t shown = 0;
        if (!trend.rounds.empty()) {
            const auto& latest = trend.rounds.back();
            auto summary = hs::coaching_summary(latest.result, latest.changes, 3);
            shown = latest.result.items.size();
            (void)summary;
        }
        std::cout << trend.rounds.size() << " rounds, " << shown << " items in the latest\n";
        return 0;
    } catch (const std::exception& e) {
        std::cerr << e.what() << "\n";
        return 1;
    }
}
