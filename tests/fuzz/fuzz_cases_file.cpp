// fuzz_cases_file.cpp — libFuzzer target: the cases-file loader ({"cases":[…]}, duplicate case ids, the error cap).
// Invariants: as fuzz_case.cpp, plus: at most max_errors + 1 errors, and a small limit set never lets a larger
// input or deeper nesting through.
#include "wams/validate.hpp"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto loaded = wams::load_cases_text(text);
    if (loaded.errors.empty() == loaded.cases.empty()) std::abort();
    if (loaded.errors.size() > wams::InputLimits{}.max_errors + 1) std::abort();
    (void)wams::errors_to_json(loaded.errors).dump();
    if (loaded.errors.empty() && loaded.is_cases_file) {
        const auto parsed = wams::parse_json_text(text);
        if (!parsed.doc || !wams::validate_cases_file(*parsed.doc).empty()) std::abort();
    }

    wams::InputLimits tight;
    tight.max_bytes = 512;
    tight.max_depth = 4;
    tight.max_errors = 3;
    const auto small = wams::load_cases_text(text, tight);
    if (size > tight.max_bytes && small.errors.size() != 1) std::abort();  // refused before parsing, one error
    if (small.errors.size() > tight.max_errors + 1) std::abort();
    return 0;
}
