// helpdesk_query.hpp — (internal) how the help-desk search reads text: stop words, language, Snowball stems, the
// question part of a query, intents, and the synonym groups of assets/helpdesk/helpdesk_synonyms.json.
// Used by helpdesk.cpp only; see docs/helpdesk.md "Search".
#pragma once
#include "wams/stem.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace wams::helpdesk {

using Intents = unsigned;  // bit set over the intents of helpdesk_synonyms.json ("may", "must", "who", …)

// One searched word: its stem, and how much it counts (the question part weighs more than the situation).
struct QueryTerm {
    std::string stem;
    double weight;
};

struct AnalysedQuery {
    StemLang lang = StemLang::nl;
    std::vector<QueryTerm> terms;    // content words, stemmed, one per stem (highest weight kept), ≤ 32
    std::vector<std::string> pairs;  // two adjacent words written together, stemmed ("in werking" → "inwerking")
    Intents intents = 0;             // what the question part asks
};

// Content stems of a text in a known language (index side): stop words dropped.
std::vector<std::string> content_stems(std::string_view text, StemLang lang);
AnalysedQuery analyse_query(std::string_view query);
Intents question_intents(std::string_view question);
// The other stems of the synonym groups the stem belongs to (empty when none).
const std::vector<std::string>& synonyms_of(const std::string& stem);

} // namespace wams::helpdesk
