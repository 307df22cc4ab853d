// fuzz_scenario.cpp — libFuzzer target: the training scenario loader (wams::training::load_scenarios_text: one
// scenario, a themed file {"scenarios":[…]} or an array) and everything a loaded scenario feeds (issue 5, "Hostile
// input"; issue 6 scenario format "wams-scenario/1.0").
// Invariants checked (a violation aborts = a finding): no crash/UB/leak (ASan+UBSan), no exception escapes (a
// trainer's file must never throw, training.hpp), exactly one of scenarios/errors is non-empty, at most
// max_errors + 1 errors, every error text is valid UTF-8 (errors_to_json(...).dump() throws otherwise), and for an
// accepted scenario: the engine gives one model answer per question (compute_key), every offered option is a valid
// answer and a value outside them is not (check_answer), and the anonymous session summary dumps as JSON.
#include "wams/training.hpp"

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    namespace tr = wams::training;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto loaded = tr::load_scenarios_text(text, "fuzz");
    if (loaded.errors.empty() == loaded.scenarios.empty()) std::abort();  // exactly one of: scenarios, errors
    if (loaded.errors.size() > wams::InputLimits{}.max_errors + 1) std::abort();
    (void)wams::errors_to_json(loaded.errors).dump();
    (void)wams::format_errors(loaded.errors, wams::Lang::en);

    tr::Session session;
    for (const auto& s : loaded.scenarios) {
        if (s.questions.empty() || s.origin != "fuzz") std::abort();
        if (s.difficulty < 1 || s.difficulty > 3) std::abort();
        const auto key = tr::compute_key(s);
        if (key.answers.size() != s.questions.size()) std::abort();  // one model answer per question
        for (const auto& q : s.questions) {
            if (tr::find_question(s, q.id) == nullptr) std::abort();
            for (const auto& opt : tr::answer_options(q)) {
                const auto check = tr::check_answer(s, key, q.id, opt.value);
                if (!check.known_question || !check.valid_answer) std::abort();
                (void)tr::answer_label(q, opt.value, wams::Lang::nl);
            }
            const auto bogus = tr::check_answer(s, key, q.id, "not an option");
            if (bogus.valid_answer || bogus.correct) std::abort();
            tr::record_answer(session, s, bogus);
        }
    }
    (void)tr::training_summary_json(session).dump();
    (void)tr::training_summary_markdown(session, wams::Lang::nl);

    // The same bytes through a tight limit set: a larger input is refused before parsing, with one error.
    wams::InputLimits tight;
    tight.max_bytes = 512;
    tight.max_depth = 4;
    tight.max_errors = 3;
    const auto small = tr::load_scenarios_text(text, "fuzz", tight);
    if (size > tight.max_bytes && small.errors.size() != 1) std::abort();
    if (small.errors.size() > tight.max_errors + 1) std::abort();
    return 0;
}
