// Draws the README's chart pictures (docs/charts/*.png) from the coaching report's own scenes with the cairo PNG
// back end, for a demo team: the same builders, specs and font as the PDF, so the README shows what the report
// and the results window draw. usage: readme_charts OUT_DIR   (tests/report/make_readme_charts.sh runs it)
#include "demo_data.h"
#include "questionnaire/questionnaire_loader.h"
#include "report/coaching_report.h"
#include "report/pdf_document.h"

#include <filesystem>
#include <fstream>
#include <iostream>

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::cerr << "usage: readme_charts OUT_DIR\n";
        return 2;
    }
    namespace fs = std::filesystem;
    const fs::path out = argv[1];
    const fs::path db = out / "readme-charts.db"; // a throw-away store, removed at the end
    int status = 0;
    try {
        fs::create_directories(out);
        {
            hs::Store store(db.string());
            hs::DemoSpec spec; // the README's team: eight teams, four rounds, as the screenshots' demo
            spec.seed = 4;
            spec.respondents = 9;
            hs::generate_demo(store, hs::builtin_questionnaire(), spec);
            const auto team = store.teams().front();
            const auto round = store.rounds().back();
            hs::report::CoachingReportOptions options;
            options.language = "nl";
            // As wide as the report's text column, drawn at two pixels a point (sharp on a high-density screen) with a
            // small white margin.
            const double width = hs::report::PdfDocument::kPageWidth - 2 * hs::report::PdfDocument::kMargin;
            for (const auto& chart : hs::report::coaching_report_charts(store, team.id, round.id, options, width)) {
                std::ofstream file(out / (chart.name + ".png"), std::ios::binary | std::ios::trunc);
                file << hs::report::scene_png(chart.scene, 2.0, 6.0);
                if (!file.flush())
                    throw std::runtime_error("cannot write " + (out / (chart.name + ".png")).string());
                std::cout << (out / (chart.name + ".png")).string() << "\n";
            }
        }
    } catch (const std::exception& e) {
        std::cerr << "readme_charts: " << e.what() << "\n";
        status = 1;
    }
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm"})
        fs::remove(db.string() + suffix, ignored);
    return status;
}
