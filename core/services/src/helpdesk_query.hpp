// helpdesk_query.hpp — (internal) how the help-desk search reads text: stop words, the question part of a query,
// intents, and the synonym groups of assets/helpdesk/helpdesk_synonyms.json.
// Used by helpdesk.cpp only; see docs/helpdesk.md "Search".
#pragma once
#include "word_set.hpp"
#include "wams/result.hpp"

#include <string>
#include <string_view>
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
    bool status = false;             // the question part asks about the law's own status (is_status_question)
    int laws = -1;  // which of the R37–R39 entries the laws the query names point to (laws_named), -1 when none
};

// Content words of a text (index side): folded, stop words dropped, long vowels written single ("breed" → "bred").
std::vector<std::string> content_words(std::string_view text);
AnalysedQuery analyse_query(std::string_view query);
Intents question_intents(std::string_view question);
// Whether a question part (clauses[from..] of folded words) asks about the law's own status: one of the vocabulary's
// status words ("van kracht", "in werking"), or a validity, a time and a law word together ("kan ik me al op de Wams
// beroepen", "is the law in force yet", "can we already rely on this law").
bool is_status_question(const std::vector<std::vector<std::string>>& clauses, size_t from);
// Which of Vocabulary::law_entries the laws named in `clauses` point to (RULEBOOK §5, counting rule): 0 for two or
// more social-domain laws (R37), 1 for one with an adjacent domain (R38), 2 for one alone or adjacent domains only
// (R39); -1 when no law or domain is named or the query does not speak of coordination (coordination_asked).
int laws_named(const std::vector<std::vector<std::string>>& clauses);
// The other members of the synonym groups the word belongs to (empty when none).
const std::vector<std::string>& synonyms_of(const std::string& word);

// What assets/helpdesk/helpdesk_synonyms.json holds, folded for search; read once from the embedded text (an
// unreadable text leaves it empty and is listed by asset_load_errors()).
struct Vocabulary {
    WordMap<std::vector<std::string>> synonyms;            // member → the other members of its groups
    std::vector<WordSet> intent_words;                     // intent bit → folded words
    WordSet openers;                                       // folded words opening a question
    // "status": words (alone), validity + time + law (together); see is_status_question. status_entries: the ids of the
    // entries that answer such a question (shown first). status_time_before_law: words that count as time only right
    // before a law word ("current law", "de huidige wet", not "het huidige casusoverleg").
    WordSet status_words, status_validity, status_time, status_law, status_entries, status_time_before_law;
    // "coordination_laws": folded word beginnings per social-domain law and of the adjacent domains (a member of two
    // words written together), and the entries answering R37, R38 and R39 (laws_named).
    std::vector<std::vector<std::string>> social_laws;
    std::vector<std::string> adjacent_domains, coordination_asked, law_entries;
};
Result<Vocabulary> parse_synonyms(std::string_view text);  // never throws: the first error with its JSON Pointer
const Vocabulary& vocabulary();

} // namespace wams::helpdesk
