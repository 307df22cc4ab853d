// Help-desk answers, their search and the report's facts (helpdesk.hpp).
//
// [SECTION] Content: ids, languages, rule and ambiguity references, process steps
// [SECTION] Search: realistic queries (tests/data/helpdesk_queries.json), robustness
// [SECTION] Facts: Table 2.1 / 1.1 arithmetic, cards
#include <catch2/catch.hpp>
#include "wams/helpdesk.hpp"
#include "wams/process_steps.hpp"
#include "wams/stage.hpp"
#include "helpdesk_query.hpp"  // core/services/src: content_words

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <cctype>
#include <set>
#include <sstream>

namespace {

// Ids like "R61" / "A11" in a text: the letter, then digits, with no word character on either side.
std::set<std::string> ids_in(const std::string& text, char letter) {
    auto word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
    std::set<std::string> out;
    for (size_t p = 0; p < text.size(); ++p) {
        if (text[p] != letter || (p > 0 && word(text[p - 1]))) continue;
        size_t e = p + 1;
        while (e < text.size() && std::isdigit(static_cast<unsigned char>(text[e]))) ++e;
        if (e > p + 1 && (e == text.size() || !word(text[e]))) out.insert(text.substr(p, e - p));
    }
    return out;
}

bool is_id_in_range(const std::string& id, char letter, int max) {
    if (id.size() < 2 || id[0] != letter || id[1] == '0') return false;
    for (size_t k = 1; k < id.size(); ++k)
        if (!std::isdigit(static_cast<unsigned char>(id[k]))) return false;
    const int n = std::stoi(id.substr(1));
    return n >= 1 && n <= max;
}
bool is_rule_id(const std::string& id) { return is_id_in_range(id, 'R', 67); }
bool is_ambiguity_id(const std::string& id) { return is_id_in_range(id, 'A', 25); }

nlohmann::json read_json(const std::string& rel) {
    std::ifstream in(std::string(WAMS_SOURCE_DIR) + "/" + rel);
    REQUIRE(in.good());
    std::stringstream ss;
    ss << in.rdbuf();
    return nlohmann::json::parse(ss.str());
}

} // namespace

// [SECTION] Content
TEST_CASE("at least 50 answers with unique ids, both languages and keywords", "[helpdesk]") {
    const auto& answers = wams::help_answers();
    REQUIRE(answers.size() >= 50);
    std::set<std::string> ids;
    for (const auto& a : answers) {
        INFO(a.id);
        CHECK(ids.insert(a.id).second);
        CHECK(a.question_nl.size() > 10);
        CHECK(a.question_en.size() > 10);
        CHECK(a.answer_nl.size() > 80);
        CHECK(a.answer_en.size() > 80);
        CHECK(a.question_nl != a.question_en);
        CHECK(a.answer_nl != a.answer_en);
        CHECK(!a.keywords_nl.empty());
        CHECK(!a.keywords_en.empty());
        CHECK(wams::find_help_answer(a.id) == &a);
    }
    CHECK(wams::find_help_answer("HD-999") == nullptr);
}

// Issue 19, round 4: each entry carries colleague wordings (asked_nl/en, written for it) and examples (question parts
// of labelled questions). They are embedded with the keywords as one bag of words per language (cmake/json_minify.py
// --bag): the bag must still hold every word of them that the search indexes, and the search must read them. The words
// it never indexes (stop words, single letters: helpdesk::content_words drops them) are left out of the bag
// (json_minify.py --bag-stop, 3.1 KB gz fewer; session 31).
TEST_CASE("colleague wordings and examples reach the search as words", "[helpdesk][assets]") {
    const auto doc = read_json("assets/helpdesk/questions.json");
    auto words_of = [](const std::string& text) {
        std::set<std::string> out;
        std::string w;
        // Words as the bag writes them (json_minify.py WORD): an apostrophe or hyphen between letters stays in the word.
        const std::string t = text + " ";
        auto letter = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80); };
        for (size_t i = 0; i + 1 < t.size(); ++i) {
            const char c = t[i];
            if (letter(c) || ((c == '\'' || c == '-') && !w.empty() && letter(t[i + 1])))
                w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            else { if (!w.empty()) out.insert(w); w.clear(); }
        }
        if (!w.empty()) out.insert(w);
        return out;
    };
    for (const auto& entry : doc.at("questions")) {
        const std::string id = entry.at("id");
        INFO(id);
        CHECK(entry.at("asked_nl").size() >= 4);
        CHECK(entry.at("asked_en").size() >= 1);
        const auto* a = wams::find_help_answer(id);
        REQUIRE(a != nullptr);
        for (const char* lang : {"nl", "en"}) {
            std::string bag;
            for (const auto& k : lang == std::string("nl") ? a->keywords_nl : a->keywords_en) bag += k + " ";
            const auto in_bag = words_of(bag);
            for (const std::string key : {"keywords_", "asked_", "examples_"})
                for (const auto& phrase : entry.value(key + lang, nlohmann::json::array()))
                    for (const auto& w : words_of(phrase.get<std::string>())) {
                        INFO(key << lang << ": " << w);
                        CHECK((in_bag.count(w) > 0 || wams::helpdesk::content_words(w).empty()));
                    }
            std::istringstream words(bag);  // and nothing the search drops
            for (std::string w; words >> w;) {
                INFO("in the " << lang << " bag: " << w);
                CHECK(!wams::helpdesk::content_words(w).empty());
            }
        }
    }
    // A word found only in one entry's colleague wordings ranks that entry first: "privacywaakhond" (HD-59, what the
    // Autoriteit Persoonsgegevens said); without the wordings no entry has it.
    const auto hits = wams::search_help("wat vond de privacywaakhond ervan", 3);
    REQUIRE(!hits.empty());
    CHECK(hits.front().answer->id == "HD-59");
}

TEST_CASE("every answer cites existing rules and ambiguities and links to a process step", "[helpdesk]") {
    for (const auto& a : wams::help_answers()) {
        INFO(a.id);
        CHECK(wams::find_process_step(a.process_step) != nullptr);
        for (const auto& r : a.rules) { INFO(r); CHECK(is_rule_id(r)); }
        for (const auto& x : a.ambiguities) { INFO(x); CHECK(is_ambiguity_id(x)); }
        // Only context entries (status, costs, figures) may rest on no rule.
        if (a.process_step != "about_wams") CHECK(!a.rules.empty());
    }
}

TEST_CASE("the answer text names exactly the rules and ambiguities listed, in both languages", "[helpdesk]") {
    for (const auto& a : wams::help_answers()) {
        INFO(a.id);
        const std::set<std::string> rules(a.rules.begin(), a.rules.end());
        const std::set<std::string> amb(a.ambiguities.begin(), a.ambiguities.end());
        CHECK(rules.size() == a.rules.size());
        CHECK(ids_in(a.answer_nl, 'R') == rules);
        CHECK(ids_in(a.answer_en, 'R') == rules);
        CHECK(ids_in(a.answer_nl, 'A') == amb);
        CHECK(ids_in(a.answer_en, 'A') == amb);
    }
}

TEST_CASE("quotes from the report are closed", "[helpdesk]") {
    auto count = [](const std::string& s, const char* g) {
        size_t n = 0;
        for (size_t p = s.find(g); p != std::string::npos; p = s.find(g, p + 1)) ++n;
        return n;
    };
    for (const auto& a : wams::help_answers()) {
        INFO(a.id);
        CHECK(count(a.answer_nl, "«") == count(a.answer_nl, "»"));
        CHECK(count(a.answer_en, "«") == count(a.answer_en, "»"));
    }
}

TEST_CASE("the topics the brief requires are covered", "[helpdesk]") {
    // A topic is covered when some answer cites the rule that carries it.
    std::set<std::string> cited, steps;
    for (const auto& a : wams::help_answers()) {
        cited.insert(a.rules.begin(), a.rules.end());
        steps.insert(a.process_step);
    }
    for (auto r : {"R14", "R20", "R16", "R23", "R30", "R31", "R37", "R38", "R41", "R46", "R47", "R43", "R44", "R48",
                   "R50", "R51", "R52", "R53", "R54", "R61", "R62", "R63", "R66", "R5", "R6", "R7", "R4", "R10",
                   "R36", "R11", "R65", "R19", "R3", "R8"}) {
        INFO(r);
        CHECK(cited.count(r) == 1);
    }
    for (const auto& s : wams::process_steps()) { INFO(s.id); CHECK(steps.count(std::string(s.id)) == 1); }
}

// [SECTION] Search
TEST_CASE("realistic colleague queries rank the expected answer first", "[helpdesk][search]") {
    const auto doc = read_json("tests/data/helpdesk_queries.json");
    const auto& queries = doc.at("queries");
    REQUIRE(queries.size() >= 30);
    size_t first = 0;
    for (const auto& q : queries) {
        const auto query = q.at("query").get<std::string>();
        const auto expect = q.at("expect_first").get<std::string>();
        REQUIRE(wams::find_help_answer(expect) != nullptr);
        const auto hits = wams::search_help(query, 5);
        INFO("query: " << query << " | expected " << expect << " | got "
                       << (hits.empty() ? std::string("nothing") : hits[0].answer->id));
        REQUIRE(!hits.empty());
        CHECK(hits[0].answer->id == expect);
        if (hits[0].answer->id == expect) ++first;
    }
    WARN("first-rank hits: " << first << " / " << queries.size());
}

TEST_CASE("held-out queries (never tuned against): recall in the top 3 and first-rank rate", "[helpdesk][search]") {
    // Written after the ranking was tuned, and not tuned against: judged as a set, not per query.
    const auto doc = read_json("tests/data/helpdesk_queries.json");
    const auto& queries = doc.at("held_out");
    REQUIRE(queries.size() >= 20);
    size_t first = 0, top3 = 0;
    for (const auto& q : queries) {
        const auto query = q.at("query").get<std::string>();
        const auto expect = q.at("expect_top3").get<std::string>();
        REQUIRE(wams::find_help_answer(expect) != nullptr);
        const auto hits = wams::search_help(query, 3);
        bool found = false;
        for (const auto& h : hits) found = found || h.answer->id == expect;
        if (!found) WARN("not in the top 3: " << query << " (expected " << expect << ")");
        top3 += found ? 1 : 0;
        if (!hits.empty() && hits[0].answer->id == expect) ++first;
    }
    WARN("held-out: first " << first << " / " << queries.size() << ", top 3 " << top3 << " / " << queries.size());
    CHECK(top3 * 10 >= queries.size() * 9);  // recall@3 ≥ 90 %
    CHECK(first * 10 >= queries.size() * 7); // first rank ≥ 70 %
}

TEST_CASE("missing diacritics and typos find the same answer", "[helpdesk][search]") {
    const auto top = [](const char* q) {
        const auto hits = wams::search_help(q, 1);
        return hits.empty() ? std::string() : hits[0].answer->id;
    };
    CHECK(top("coördinatie verplicht") == top("coordinatie verplicht"));
    CHECK(top("cliënt weigert onderzoek") == top("client weigert onderzoek"));
    CHECK(top("huisarts zonder toestemming") == top("huisarts zonder toesteming"));
    CHECK(top("casusoverleg deelnemers") == top("casusoverelg deelnemers")); // transposition
    CHECK(!top("coordinatie verplicht").empty());
}

TEST_CASE("English forms that drop an e, turn y into ie or make an -ion noun find the same answer",
          "[helpdesk][search]") {
    // "deciding" and "relies" occur nowhere in the answers, "decide" and "rely" do: the prefix match cannot see the
    // dropped e or the y turned into ie, and the typo match allows only one edit in a word this short.
    const auto top = [](const char* q) {
        const auto hits = wams::search_help(q, 1);
        return hits.empty() ? std::string() : hits[0].answer->id;
    };
    CHECK(!top("decide").empty());
    CHECK(top("deciding") == top("decide"));
    CHECK(!top("rely").empty());
    CHECK(top("relies") == top("rely"));
    // And the noun made from a verb in e: "invitation" occurs in no answer either. "invite" alone is a near tie between
    // HD-47 and HD-48 (both answers speak of inviting), so the first two are compared as a set.
    const auto top_two = [](const char* q) {
        std::vector<std::string> ids;
        for (const auto& h : wams::search_help(q, 2)) ids.push_back(h.answer->id);
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    CHECK(top_two("invite").size() == 2);
    CHECK(top_two("invitation") == top_two("invite"));
}

TEST_CASE("Dutch and English forms with a doubled or voiced final consonant count as the word", "[helpdesk][search]") {
    // "huizen" and "plannen" occur nowhere in the answers, "huis" and "plan" do. "huis" is no prefix of "huizen";
    // "plan" is one of "plannen", but a bare prefix counts 0.6 where a form of the word counts 0.95 (the scores differ
    // by more: the letter trigrams and coverage weigh in too).
    const auto best = [](const char* q) {
        const auto hits = wams::search_help(q, 1);
        return hits.empty() ? std::pair<std::string, double>{"", 0.0} : std::pair{hits[0].answer->id, hits[0].score};
    };
    CHECK(!best("huis").first.empty());
    CHECK(best("huizen").first == best("huis").first);
    CHECK(best("plannen").second >= 0.8 * best("plan").second);  // 0.56 without the doubled form
}

TEST_CASE("search results are ordered, bounded and safe on odd input", "[helpdesk][search]") {
    const auto hits = wams::search_help("gegevens delen toestemming huisarts politie", 7);
    REQUIRE(!hits.empty());
    CHECK(hits.size() <= 7);
    for (size_t i = 1; i < hits.size(); ++i) CHECK(hits[i - 1].score >= hits[i].score);
    for (const auto& h : hits) CHECK(h.score > 0);
    CHECK(wams::search_help("", 10).empty());
    CHECK(wams::search_help("   ?!  ", 10).empty());
    CHECK(wams::search_help("huisarts", 0).empty());
    CHECK(wams::search_help("xqzvw kplmnt", 10).empty());
    CHECK_NOTHROW(wams::search_help("\xff\xfe\xc3", 10));
    CHECK_NOTHROW(wams::search_help(std::string(5000, 'a'), 10));
    std::string pasted;  // a pasted page: many words, some very long
    for (int i = 0; i < 400; ++i) pasted += "huisarts toestemming " + std::string(100 + i, 'x') + " ";
    const auto many = wams::search_help(pasted, 3);
    REQUIRE(!many.empty());
    CHECK(many[0].answer->id == "HD-19");
}

TEST_CASE("Dutch stop words alone do not decide the ranking", "[helpdesk][search]") {
    // The same content words with and without filler words give the same best answer.
    const auto a = wams::search_help("bsn gebruiken", 1);
    const auto b = wams::search_help("mag ik dan eigenlijk wel het bsn gebruiken of niet", 1);
    REQUIRE(!a.empty());
    REQUIRE(!b.empty());
    CHECK(a[0].answer->id == b[0].answer->id);
}

TEST_CASE("the forms of the modal verbs and of 'zijn' are stop words too", "[helpdesk][search]") {
    // "Ik ben trainee" matched an entry whose answer says "ben" (session 31): a form of "zijn" is no content word.
    using V = std::vector<std::string>;
    CHECK(wams::helpdesk::content_words("Ik ben trainee, jij bent nieuw") == V{"traine", "nieuw"});  // keyed with single vowels
    CHECK(wams::helpdesk::content_words("mocht, moest, wilde, kon, zult, geweest") == V{});
    CHECK(wams::helpdesk::content_words("I'm new, am I allowed") == V{"new", "allowed"});
    CHECK(wams::helpdesk::content_words("we think, he thought, ik denk, zij dacht") == V{});  // opinions (session 34)
    CHECK(wams::helpdesk::content_words("denken") == V{"denken"});  // "mee te denken" is still read
}

TEST_CASE("English contractions are spelled out before a query is read", "[helpdesk][search]") {
    // Folding drops the apostrophe: "We're" became "were", a question word, so the situation sentence counted as part
    // of the question (session 34); "she'll" and "we'd" became "shell" and "wed"; "'s" is spelled out only after a
    // pronoun or question word (a possessive elsewhere).
    const auto weight = [](std::string_view query, const std::string& word) {
        for (const auto& t : wams::helpdesk::analyse_query(query).terms)
            if (t.word == word) return t.weight;
        return 0.0;
    };
    const char* we_are = "We're a housing association. Can one of our staff be the coordinator?";
    CHECK(weight(we_are, "housing") < 1.0);  // the situation
    CHECK(weight(we_are, "staff") == 1.0);   // the question
    // "What's" folded to "whats", no question word: the whole query counted as the question.
    const char* what_is = "My client has debts and no home. What's the rule for his BSN?";
    CHECK(weight(what_is, "debts") < 1.0);
    CHECK(weight(what_is, "bsn") == 1.0);
    using V = std::vector<std::string>;
    const auto words = wams::helpdesk::content_words("she'll share it and we'd ask, don't we?");
    CHECK(std::find(words.begin(), words.end(), "shell") == words.end());
    CHECK(std::find(words.begin(), words.end(), "wed") == words.end());
    CHECK(std::find(words.begin(), words.end(), "share") != words.end());
    // Dutch apostrophes are read as before ("zon" is a stop word).
    CHECK(wams::helpdesk::content_words("zo'n foto's") == V{"fotos"});
    CHECK(wams::helpdesk::content_words("the client's file") == V{"clients", "file"});  // a possessive stays
}

TEST_CASE("two adjacent words tried as one keep the vowels at their seam", "[helpdesk][search]") {
    // "mee eens" joined and then keyed with single vowels became "mens" and matched "mensen" (session 31: the query
    // "…moet de cliënt het daar mee eens zijn…" ranked an entry about people first). Each word is keyed on its own.
    const auto q = wams::helpdesk::analyse_query("moet de cliënt het er mee eens zijn");
    const auto has = [&](const std::string& pair) { return std::find(q.pairs.begin(), q.pairs.end(), pair) != q.pairs.end(); };
    CHECK(has("meens"));
    CHECK_FALSE(has("mens"));
    const auto c = wams::helpdesk::analyse_query("wie zit er in het casus overleg");
    CHECK(std::find(c.pairs.begin(), c.pairs.end(), "casusoverleg") != c.pairs.end());
}

TEST_CASE("questions in the words colleagues use find the entry that answers them", "[helpdesk][search]") {
    // Sessions 33 and 34: each entry answered its question but did not know these words; on the old texts the entry
    // after "→" came first instead. Written for this test, not taken from a labelled set.
    const std::pair<const char*, const char*> cases[] = {
        // R28's source (§2.3): «De wet noemt de onderwerpen waar het onderzoek zich op moet richten.» (→ HD-60)
        {"Waar moet het onderzoek zich op richten?", "HD-13"},
        {"What should the investigation focus on?", "HD-13"},  // (→ HD-55)
        // R26 (iii): with serious problems the investigation may go on without the client's involvement (→ HD-17)
        {"De cliënt werkt niet mee aan het onderzoek dat de huisarts vroeg. Kan het onderzoek dan toch doorgaan?",
         "HD-14"},
        {"The client will not cooperate with the investigation a professional asked for. "
         "Can it go ahead without her?",
         "HD-14"},
        // R30: if agreement fails, «de wens van de betrokkene(n) leidend» (→ HD-12)
        {"Mevrouw wil niet dat haar verslavingsverleden in het onderzoek komt. Moeten we dat respecteren?", "HD-09"},
        // Session 34, why the Wams next to the AVG: the AP found «geen grondslag … voor het domein overstijgend
        // verwerken» (§2.1); the Wams «geeft een specifieke interpretatie van de AVG» (§2.2) (→ HD-21, HD-58)
        {"Waarom is de Wams nodig naast de AVG?", "HD-71"},
        {"Why is a separate law needed when we already have the GDPR?", "HD-71"},
        // R50: a party attends only when its participation is necessary, so not everyone "voor de volledigheid"
        // (→ HD-50, HD-48)
        {"Mag ik voor de volledigheid iedereen rond het gezin uitnodigen voor het casusoverleg?", "HD-47"},
        {"Should I invite everyone who ever worked with the family to the case conference?", "HD-47"},
        // R28: the law itself names the four topics, «De wet noemt de onderwerpen …» (§2.3) (→ HD-10, HD-09)
        {"Zijn de onderwerpen van het onderzoek vast?", "HD-13"},
        {"We are starting an investigation. Is there a fixed list of points to look into?", "HD-13"},
        // R52: in the case conference only what is necessary, so not everything one knows (→ HD-22)
        {"Mag ik in het casusoverleg alles vertellen wat ik over het gezin weet?", "HD-49"},
        // R18: no investigation when the client finds it unnecessary, «tenzij de cliënt dat niet nodig vindt»
        // (→ HD-01, HD-58)
        {"De cliënt wil alleen de hulp waarvoor ze kwam. Starten we het onderzoek dan toch?", "HD-08"},
        {"The client only wants the help she came for. Do we start the investigation anyway?", "HD-08"},
        // An opinion in the situation is filler: "think" matched HD-73's "think along", "denk" its "mee te denken"
        // (→ HD-73)
        {"Do we invite the client to the case conference? We think it's risky for his partner.", "HD-48"},
        {"Moeten we de cliënt uitnodigen voor het casusoverleg? Ik denk dat het onveilig is voor de partner.", "HD-48"},
    };
    for (const auto& [query, expected] : cases) {
        CAPTURE(query);
        const auto hits = wams::search_help(query, 3);
        REQUIRE(!hits.empty());
        CHECK(hits[0].answer->id == expected);
    }
}

TEST_CASE("question text is returned in the chosen language", "[helpdesk]") {
    const auto* a = wams::find_help_answer("HD-19");
    REQUIRE(a != nullptr);
    CHECK(wams::help_question(*a, "en") == a->question_en);
    CHECK(wams::help_question(*a, "nl") == a->question_nl);
    CHECK(wams::help_answer_text(*a, "en") == a->answer_en);
}

TEST_CASE("shown texts label draft articles; the stored (searched) texts stay as written", "[helpdesk][label]") {
    const auto* a = wams::find_help_answer("HD-18");  // "art. 5.4.2," in both languages
    REQUIRE(a != nullptr);
    REQUIRE(a->answer_nl.find("art. 5.4.2,") != std::string::npos);
    CHECK(wams::help_answer_text(*a, "nl").find("art. 5.4.2 wetsvoorstel (consultatieversie 2020),") != std::string::npos);
    CHECK(wams::help_answer_text(*a, "en").find("art. 5.4.2 (bill, 2020 consultation draft),") != std::string::npos);
}

// [SECTION] Facts
TEST_CASE("facts belong to the default rulebook stage", "[helpdesk][facts]") {
    CHECK(wams::help_facts().stage == std::string(wams::default_stage().id));
    CHECK(!wams::help_facts_json().empty());
}

TEST_CASE("Table 2.1 adds up as in the report", "[helpdesk][facts]") {
    const wams::FactChart* t = nullptr;
    for (const auto& c : wams::help_facts().charts)
        if (c.id == "table_2_1") t = &c;
    REQUIRE(t != nullptr);
    double singles = 0, multiple_rows = 0, multiple_total = 0, all_total = 0;
    for (const auto& r : t->rows) {
        REQUIRE(r.values.size() == 1);
        const double v = r.values[0];
        if (r.key.rfind("only_", 0) == 0) singles += v;
        else if (r.key == "multiple_total") multiple_total = v;
        else if (r.key == "all_total") all_total = v;
        else multiple_rows += v;
    }
    CHECK(multiple_rows == 154130);
    CHECK(multiple_total == 154130);
    CHECK(all_total == 1914455);
    CHECK(singles + multiple_total == all_total);
    // Shares: value ÷ all clients, "<0,5%" below half a percent, one decimal below 1%, else whole percents.
    // (The report prints "." for Jeugdwet & Wmo 2015 although it is 0.6%; the chart shows the computed share and
    // says so in its notes.)
    for (const auto& r : t->rows) {
        INFO(r.key);
        const double pct = r.values[0] / all_total * 100.0;
        if (pct < 0.5) CHECK(r.share_text == "<0,5%");
        else if (pct < 1.0) CHECK(r.share_text == "0," + std::to_string(static_cast<int>(pct * 10 + 0.5) % 10) + "%");
        else CHECK(r.share_text == std::to_string(static_cast<int>(pct + 0.5)) + "%");
    }
    bool noted = false;
    for (const auto& n : t->notes_nl) noted = noted || n.find("0,6%") != std::string::npos;
    CHECK(noted);
}

TEST_CASE("Table 1.1 has two series per size class", "[helpdesk][facts]") {
    const wams::FactChart* t = nullptr;
    for (const auto& c : wams::help_facts().charts)
        if (c.id == "table_1_1") t = &c;
    REQUIRE(t != nullptr);
    REQUIRE(t->series_nl.size() == 2);
    double interviews = 0, nl = 0;
    for (const auto& r : t->rows) { REQUIRE(r.values.size() == 2); interviews += r.values[0]; nl += r.values[1]; }
    CHECK(interviews == 101); // rounding, as the report notes
    CHECK(nl == 100);
}

TEST_CASE("cards are bilingual and 'what the Wams is not' carries its rules", "[helpdesk][facts]") {
    std::set<std::string> groups_ok{"status", "timeline", "measures", "costs", "not", "context"}, not_rules;
    size_t measures = 0;
    for (const auto& c : wams::help_facts().cards) {
        INFO(c.id);
        CHECK(groups_ok.count(c.group) == 1);
        CHECK(!c.title_nl.empty());
        CHECK(!c.title_en.empty());
        CHECK(!c.body_nl.empty());
        CHECK(!c.body_en.empty());
        CHECK(!c.source.empty());
        for (const auto& r : c.rules) CHECK(is_rule_id(r));
        if (c.group == "not") not_rules.insert(c.rules.begin(), c.rules.end());
        if (c.group == "measures") ++measures;
    }
    CHECK(measures == 6); // M1–M6 (MS)
    CHECK(not_rules == std::set<std::string>{"R4", "R5", "R8", "R9", "R11", "R38"}); // RULEBOOK §12.7
}

TEST_CASE("'is the Wams in force?' and its variants rank the status answer first, and it starts with no", "[helpdesk][search][stage]") {
    const auto* status = wams::find_help_answer("HD-58");
    REQUIRE(status != nullptr);
    for (const char* q : {"Is de Wams al van kracht?", "Is de Wams nu eigenlijk al in werking?", "Geldt de Wams al?",
                          "Vanaf wanneer geldt de Wams?", "Is the Wams in force yet?"}) {
        const auto hits = wams::search_help(q, 3);
        INFO(q << " → " << (hits.empty() ? std::string("nothing") : hits[0].answer->id));
        REQUIRE(!hits.empty());
        CHECK(hits[0].answer == status);
    }
    const std::string nl = wams::help_answer_text(*status, "nl"), en = wams::help_answer_text(*status, "en");
    CHECK(nl.rfind("Nee. De Wams is geen geldend recht", 0) == 0);
    CHECK(en.rfind("No. The Wams is not law in force", 0) == 0);
    // The same facts as the stage record (stage.json): dated the same, naming the bill and whom to ask.
    const auto& stage = wams::default_stage();
    CHECK(nl.find("stand per " + wams::long_date(stage.as_of, wams::Lang::nl)) != std::string::npos);
    CHECK(en.find("as of " + wams::long_date(stage.as_of, wams::Lang::en)) != std::string::npos);
    for (const auto& text : {nl, en}) {
        CHECK(text.find("Kamerstuk 36 295") != std::string::npos);
        CHECK(text.find("FG") != std::string::npos);
        CHECK(text.find("2023") != std::string::npos);  // the submission date …
    }
    CHECK(nl.find("1 januari 2023") == std::string::npos);  // … never the old planned date
    CHECK(en.find("1 January 2023") == std::string::npos);
}

// A question about the law's own status, asked from a situation, gets the status answer first, whatever else it names
// (helpdesk_synonyms.json "status"); a question that only shares words with it ("geldt … al", "apply … already",
// "force") does not. Written for this test, not taken from a labelled set.
TEST_CASE("a status question asked from a situation gets the status answer first; look-alikes do not",
          "[helpdesk][search][stage]") {
    const auto* status = wams::find_help_answer("HD-58");
    REQUIRE(status != nullptr);
    for (const char* q : {"Kan ik me nu al op de Wams beroepen als ik gegevens deel met de schuldhulp?",
                          "Mijn manager zegt dat we volgens de Wams al mogen delen. Klopt dat, is die wet er al?",
                          "Is de wet inmiddels aangenomen door de Tweede Kamer?",
                          "Colleague says the Wams lets us share data. Is that a law we can already rely on?",
                          "Can I already apply the Wams today?", "Is the Wams valid yet?",
                          "Geldt de wet al voor bestaande cliënten?",
                          "Een collega noemt artikel 2.3 van de Wams. Is dat de huidige wet, kunnen we ons erop beroepen?",
                          "Our team lead quotes the Wams on sharing. Is that current law we can rely on?"}) {
        const auto hits = wams::search_help(q, 3);
        INFO(q << " → " << (hits.empty() ? std::string("nothing") : hits[0].answer->id));
        REQUIRE(!hits.empty());
        CHECK(hits[0].answer == status);
    }
    for (const char* q : {"Geldt de geclausuleerde plicht ook als de cliënt al hulp krijgt?",
                          "Does the rule apply when the client already has a coordinator?",
                          "Mag ik de gegevens die we al hebben gebruiken voor het onderzoek?",
                          "Welke regels gelden al in de onderzoeksfase voor de huisarts?",
                          "Can the municipality force the provider to cooperate under the Wams?",
                          "Gelden in het huidige casusoverleg de Wams-regels als we ons op de wet beroepen?",
                          "Does the current coordinator have to apply the law's rules on sharing?"}) {
        const auto hits = wams::search_help(q, 3);
        INFO(q << " → " << (hits.empty() ? std::string("nothing") : hits[0].answer->id));
        REQUIRE(!hits.empty());
        CHECK(hits[0].answer != status);
    }
}

// Issue 19: an answer answers before it explains. A yes/no question (its last sentence opens with a modal or "is")
// gets a first word that answers it: ja / nee / alleen (als) / niet / "dat is niet duidelijk", and the same in English.
TEST_CASE("a yes/no question's answer starts with the answer, in both languages", "[helpdesk][content]") {
    auto last_sentence_opener = [](const std::string& q) {
        const size_t stop = q.find_last_of(".?", q.size() >= 2 ? q.size() - 2 : 0);
        const size_t from = stop == std::string::npos ? 0 : q.find_first_not_of(' ', stop + 1);
        return q.substr(from, q.find(' ', from) - from);
    };
    auto starts_with_one_of = [](const std::string& text, std::initializer_list<const char*> heads) {
        for (const char* h : heads) {
            const std::string head = h;
            if (text.rfind(head, 0) == 0 && text.size() > head.size() && std::string(" .,:").find(text[head.size()]) != std::string::npos)
                return true;
        }
        return false;
    };
    const std::set<std::string> yes_no{"Mag", "Mogen", "Moet", "Moeten", "Kan", "Kunnen", "Is", "Zijn", "Geldt",
                                       "Gelden", "Wordt", "Worden", "Blijf", "Hoeft"};
    int checked = 0;
    for (const auto& a : wams::help_answers()) {
        if (!yes_no.count(last_sentence_opener(a.question_nl))) continue;
        ++checked;
        INFO(a.id << ": " << a.answer_nl.substr(0, 60) << " / " << a.answer_en.substr(0, 60));
        CHECK(starts_with_one_of(a.answer_nl, {"Ja", "Nee", "Alleen", "Niet", "Dat is niet duidelijk"}));
        CHECK(starts_with_one_of(a.answer_en, {"Yes", "No", "Only", "Not", "That is not clear"}));
    }
    CHECK(checked >= 35);  // most entries are yes/no questions; a parsing slip must not make the test vacuous
}

// RULEBOOK §5's counting rule: which of R37 (two social-domain laws), R38 (one and an adjacent domain) and R39 (one
// alone, or adjacent domains only) answers a coordination question follows from the laws the question names, in
// informal words too; a question that does not speak of coordination is left as it was.
TEST_CASE("a coordination question gets R37, R38 or R39 by the laws it names", "[helpdesk][search]") {
    const struct {
        const char* query;
        const char* first;
    } cases[] = {
        {"Gezin met jeugdzorg voor de oudste en een bijstandsuitkering, alles hangt samen. Is coördinatie door de "
         "gemeente dan een must of kiezen we dat zelf?", "R37"},
        {"Our client gets debt counselling and Wmo help at home and the problems are linked. Does the municipality "
         "have to coordinate, or is it up to us?", "R37"},
        {"Meneer heeft huishoudelijke hulp via de Wmo en loopt bij de verslavingszorg. Moet de gemeente de regie "
         "oppakken of is dat een keuze?", "R38"},
        {"Tenant with a rent arrears problem at the housing association and a Jeugdwet trajectory for his son. "
         "Is coordination compulsory for the gemeente?", "R38"},
        {"Na het onderzoek blijkt: alleen schuldhulp nodig, verder niets. Kunnen we toch een casusregisseur "
         "aanstellen via de Wams?", "R39"},
    };
    for (const auto& c : cases) {
        const auto hits = wams::search_help(c.query, 3);
        INFO(c.query << " → " << (hits.empty() ? std::string("nothing") : hits[0].answer->id));
        REQUIRE(!hits.empty());
        CHECK(hits[0].answer->rules.front() == c.first);
    }
    // Laws named, coordination not asked: not pulled to the coordination entries.
    for (const char* q : {"De cliënt vindt het goed dat we naar haar schulden en Wmo-hulp kijken, maar niet naar "
                          "haar ggz. Mag ik dat deel dan buiten het onderzoek laten?",
                          "A school and the debt counsellor both want our report on the family. May we send it?"}) {
        const auto hits = wams::search_help(q, 3);
        INFO(q << " → " << (hits.empty() ? std::string("nothing") : hits[0].answer->id));
        REQUIRE(!hits.empty());
        for (const char* id : {"HD-33", "HD-34", "HD-35"}) CHECK(hits[0].answer->id != id);
    }
}
