// libFuzzer targets, one per reader of incoming files (HS_FUZZ=ON, clang; run by .ci/run for a fixed time under
// ASan and UBSan). A reader may refuse its input with FileRefused; anything else (a crash, a sanitizer report,
// another exception, a hang) is a bug, and each one found becomes a regression test in the normal suite
// (tests/core/questionnaire/test_reading_limits.cpp, tests/core/exchange/test_csv_strictness.cpp).
// The target is chosen at compile time: HS_FUZZ_TARGET is one of the names below.
#include "common/file_problem.h"
#include "exchange/response_csv.h"
#include "exchange/response_file.h"
#include "exchange/response_file_reader.h"
#include "questionnaire/questionnaire_loader.h"
#include "workbook/report_definition.h"
#include "../support/response_file_log.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>

#include <unistd.h>

namespace {

// The readers of files take a path: each input is written to this process's own file first (in $TMPDIR, which
// run_fuzzers.sh points at its work folder and removes).
const std::string& scratch_file(const char* suffix)
{
    static const std::string path = [&] {
        const char* tmp = std::getenv("TMPDIR");
        return std::string(tmp && *tmp ? tmp : "/tmp") + "/hs-fuzz-" + std::to_string(::getpid()) + suffix;
    }();
    return path;
}

std::string write_scratch(const std::string& text, const char* suffix)
{
    const std::string& path = scratch_file(suffix);
    std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
    return path;
}

// The portable file read whole and in pieces on several threads must hand on the same (a refused file: the same
// problems, after the same first responses as far as both went); anything else is a bug in the cutting.
void read_whole_and_in_pieces(const std::string& path, std::size_t piece_bytes)
{
    const auto whole = hs::test::reading([&](hs::ResponseFileSink& s) { hs::exchange_detail::read_whole_file(path, s); });
    const auto pieces = hs::test::reading([&](hs::ResponseFileSink& s) { hs::exchange_detail::read_file_in_pieces(path, s, piece_bytes); });
    if (!hs::test::alike(whole, pieces)) {
        std::fprintf(stderr, "read in pieces of %zu bytes, the file gave something else than read whole\n", piece_bytes);
        std::abort();
    }
}

#define HS_FUZZ_IS(name) (std::strcmp(HS_FUZZ_TARGET, name) == 0)

void fuzz_one(const std::string& text)
{
    if (HS_FUZZ_IS("questionnaire_xml")) {
        (void)hs::parse_questionnaire(text, "fuzz.xml");
    } else if (HS_FUZZ_IS("questionnaire_json")) {
        (void)hs::parse_questionnaire("{" + text, "fuzz.json"); // always the JSON reader
    } else if (HS_FUZZ_IS("report_definition")) {
        (void)hs::parse_report_definition(text, "fuzz.xml");
    } else if (HS_FUZZ_IS("csv")) {
        (void)hs::read_response_csv(write_scratch(text, ".csv"), hs::builtin_questionnaire(), "Team", "R1");
    } else if (HS_FUZZ_IS("response_file")) {
        read_whole_and_in_pieces(write_scratch(text, ".xml"), 1 + text.size() % 97);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    try {
        fuzz_one(std::string(reinterpret_cast<const char*>(data), size));
    } catch (const hs::FileRefused&) {
        // a refusal with file, line and reason: the expected outcome for bad input
    }
    return 0;
}
