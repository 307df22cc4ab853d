// fuzz_case.cpp — libFuzzer target: the single-case loader and the §0.3 schema checker on arbitrary bytes.
// Invariants checked (a violation aborts = a finding): no crash/UB/leak (ASan+UBSan), no exception escapes,
// a refused input yields no case, an accepted input yields exactly the case and re-validates clean, every error
// text is valid UTF-8 (errors_to_json(...).dump() with the strict handler throws otherwise).
#include "wams/validate.hpp"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto loaded = wams::load_cases_text(text);
    if (loaded.errors.empty() == loaded.cases.empty()) std::abort();  // exactly one of: cases, errors
    (void)wams::errors_to_json(loaded.errors).dump();
    (void)wams::format_errors(loaded.errors, wams::Lang::nl);
    if (!loaded.is_cases_file && loaded.cases.size() == 1 && !wams::validate_case(loaded.cases[0].whole).empty())
        std::abort();  // the loader and validate_case must agree

    // The schema checker on any well-formed JSON shape, also as FACTS directly.
    const auto parsed = wams::parse_json_text(text);
    if (parsed.doc.has_value() == !parsed.errors.empty()) std::abort();
    if (parsed.doc) {
        (void)wams::errors_to_json(wams::validate_case(*parsed.doc)).dump();
        (void)wams::errors_to_json(wams::validate_facts(*parsed.doc)).dump();
    }
    return 0;
}
