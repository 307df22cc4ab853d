// fuzz_question.cpp — libFuzzer target: the help desk on arbitrary bytes — its search (wams/helpdesk.hpp) and its
// reading of a question as a case (interview::understand, what the help desk offers to start in Vraag).
// Invariants checked (a violation aborts = a finding): no crash/UB (ASan+UBSan); at most the asked number of hits,
// each pointing into the answers with a score > 0 and best first; a question read as a case has a direction, data and
// a party (nothing missing for Vraag's start) and its words are the input's folded words: [a-z0-9] and single spaces.
#include "wams/helpdesk.hpp"
#include "wams/interview_session.hpp"

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {
bool folded_words(const std::string& s) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        const bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (!word && !(c == ' ' && i > 0 && i + 1 < s.size() && s[i - 1] != ' ')) return false;
    }
    return true;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto hits = wams::search_help(text, 5);
    if (hits.size() > 5) std::abort();
    const auto& all = wams::help_answers();
    for (std::size_t i = 0; i < hits.size(); ++i) {
        if (hits[i].answer < all.data() || hits[i].answer >= all.data() + all.size()) std::abort();
        if (!(hits[i].score > 0) || (i > 0 && hits[i].score > hits[i - 1].score)) std::abort();
    }
    if (const auto q = wams::interview::understand(text)) {
        if (!wams::interview::missing(*q).empty()) std::abort();
        if (!folded_words(q->what) || !folded_words(q->party) || (!q->role.empty() && !folded_words(q->role)))
            std::abort();
    }
    return 0;
}
