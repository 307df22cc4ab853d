// helpdesk_query.hpp — (internal) how the help-desk search reads text: stop words, the question part of a query,
// intents, and the synonym groups of assets/helpdesk/helpdesk_synonyms.json.
// Used by helpdesk.cpp only; see docs/helpdesk.md "Search".
#pragma once
#include "wams/result.hpp"

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace wams::helpdesk {

using Intents = unsigned;  // bit set over the intents of helpdesk_synonyms.json ("may", "must", "who", …)

// One searched word (folded) and how much it counts (the question part weighs more than the situation).
struct QueryTerm {
    std::string word;
    double weight;
};

struct AnalysedQuery {
    std::vector<QueryTerm> terms;    // content words, one per word (highest weight kept), ≤ 32
    std::vector<std::string> pairs;  // two adjacent words written together ("in werking" → "inwerking")
    Intents intents = 0;             // what the question part asks
};

// Content words of a text (index side): folded, stop words dropped, long vowels written single ("breed" → "bred").
std::vector<std::string> content_words(std::string_view text);
AnalysedQuery analyse_query(std::string_view query);
Intents question_intents(std::string_view question);
// The other members of the synonym groups the word belongs to (empty when none).
const std::vector<std::string>& synonyms_of(const std::string& word);

// What assets/helpdesk/helpdesk_synonyms.json holds, folded for search; read once from the embedded text (an
// unreadable text leaves it empty and is listed by asset_load_errors()).
struct Vocabulary {
    std::unordered_map<std::string, std::vector<std::string>> synonyms;  // member → the other members of its groups
    std::vector<std::unordered_set<std::string>> intent_words;     // intent bit → folded words
    std::unordered_set<std::string> openers;                       // folded words opening a question
};
Result<Vocabulary> parse_synonyms(std::string_view text);  // never throws: the first error with its JSON Pointer
const Vocabulary& vocabulary();

} // namespace wams::helpdesk
