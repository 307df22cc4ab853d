// training.cpp — scenario model, loader/validator, answer options, model answers from an assessment, answer checking,
// scores and the anonymous summary (issue 6). The engine is reached only through assess_facts_json and rule_ref
// (training_engine.cpp), so every model answer comes from assess() on the scenario's facts.
//
// Index
//   [SECTION] Themes
//   [SECTION] Answer vocabulary (RULEBOOK §0.2)
//   [SECTION] Validation helpers
//   [SECTION] Scenario validation
//   [SECTION] Parsing into the model
//   [SECTION] Loading and the built-in set
//   [SECTION] Model answers
//   [SECTION] Checking
//   [SECTION] Session, scores and summary
#include "wams/training.hpp"
#include "wams/assessment.hpp"
#include "wams/json_pointer.hpp"
#include "wams/rules.hpp"
#include "wams/stage.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>
#include <utility>

namespace wams::embedded {
std::vector<std::pair<std::string_view, std::string_view>> asset_all();  // cmake/Embed.cmake
}

namespace wams::training {

using nlohmann::json;

// [SECTION] Themes ------------------------------------------------------------------------------------------------

namespace {
struct ThemeInfo { Theme t; std::string_view id, nl, en; };
const ThemeInfo kThemes[] = {
    {Theme::entry_routes, "entry_routes", "Toegangsroutes", "Entry routes"},
    {Theme::investigation_scope, "investigation_scope", "Reikwijdte van het onderzoek", "Investigation scope"},
    {Theme::coordination, "coordination", "Coördinatie", "Coordination"},
    {Theme::case_conference, "case_conference", "Casusoverleg", "Case conference"},
    {Theme::data_sharing, "data_sharing", "Gegevens delen", "Data sharing"},
    {Theme::special_regimes, "special_regimes", "Bijzondere regimes (Wpg/Wjsg, BSN, huisverbod)", "Special regimes (Wpg/Wjsg, BSN, barring order)"},
    {Theme::out_of_scope, "out_of_scope", "Buiten de Wams", "Outside the Wams"},
};
} // namespace

const std::vector<Theme>& all_themes() {
    static const std::vector<Theme> themes = [] {
        std::vector<Theme> v;
        for (const auto& t : kThemes) v.push_back(t.t);
        return v;
    }();
    return themes;
}

std::string_view to_string(Theme t) {
    for (const auto& i : kThemes) if (i.t == t) return i.id;
    return "entry_routes";
}

std::optional<Theme> theme_from_string(std::string_view s) {
    for (const auto& i : kThemes) if (i.id == s) return i.t;
    return std::nullopt;
}

std::string_view theme_label(Theme t, Lang lang) {
    for (const auto& i : kThemes) if (i.t == t) return lang == Lang::nl ? i.nl : i.en;
    return "";
}

std::string_view to_string(QuestionKind k) {
    switch (k) {
        case QuestionKind::process: return "process";
        case QuestionKind::data_item: return "data_item";
        case QuestionKind::family_member: return "family_member";
        case QuestionKind::attendee: return "attendee";
    }
    return "process";
}

const Question* find_question(const Scenario& s, std::string_view qid) {
    for (const auto& q : s.questions) if (q.id == qid) return &q;
    return nullptr;
}

// [SECTION] Answer vocabulary (RULEBOOK §0.2) ----------------------------------------------------------------------

namespace {
struct Label { std::string_view value, nl, en; };
struct FieldVocabulary {
    std::string_view field;
    std::vector<Label> values;
    std::string_view prompt_nl, prompt_en;  // default prompt when the file has none
};

// Process outcomes of §0.2 / §0.3 EXPECTED. Values in the order a trainee reads them.
const std::vector<FieldVocabulary>& process_vocabulary() {
    static const std::vector<FieldVocabulary> v = {
        {"investigation",
         {{"yes", "Ja, het college moet een onderzoek instellen", "Yes, the college must investigate"},
          {"at_discretion", "Het college mag, maar hoeft niet (bevoegdheid)", "The college may, but need not (competence)"},
          {"no", "Nee, geen Wams-onderzoek", "No Wams investigation"},
          {"undetermined", "Onbepaald: eerst meer weten", "Undetermined: ask more first"},
          {"not_applicable", "Niet van toepassing (geen Wams-ingang)", "Not applicable (no Wams entry)"}},
         "Moet of mag het college een onderzoek instellen?", "Must or may the college start an investigation?"},
        {"client_role",
         {{"in_samenspraak", "In samenspraak met de cliënt", "In consultation with the client"},
          {"involve_if_possible", "Cliënt betrekken waar mogelijk", "Involve the client where possible"},
          {"without_client_allowed", "Onderzoek zonder de cliënt toegestaan", "Investigation without the client allowed"},
          {"not_applicable", "Niet van toepassing", "Not applicable"}},
         "Welke rol heeft de cliënt in het onderzoek?", "What is the client's role in the investigation?"},
        {"requesting_professional_involved",
         {{"yes", "Ja, in ieder geval betrokken", "Yes, involved in any case"},
          {"no", "Nee", "No"},
          {"not_applicable", "Niet van toepassing", "Not applicable"}},
         "Wordt de verzoekende professional bij het onderzoek betrokken?", "Is the requesting professional involved?"},
        {"coordination",
         {{"mandatory", "Verplicht", "Mandatory"},
          {"permitted", "Toegestaan (bevoegdheid)", "Permitted (competence)"},
          {"not_applicable", "Niet van toepassing", "Not applicable"},
          {"pending", "Nog niet te zeggen (geen uitkomst van het onderzoek)", "Pending (no investigation outcome yet)"}},
         "Is coördinatie verplicht, toegestaan of niet van toepassing?", "Is coordination mandatory, permitted or not applicable?"},
        {"coordination.adjacent_part",
         {{"permitted", "Toegestaan (bevoegdheid), niet verplicht", "Permitted (competence), not mandatory"},
          {"not_applicable", "Niet van toepassing", "Not applicable"}},
         "Wat geldt voor de coördinatie van het aanpalende deel?", "What applies to coordinating the adjacent part?"},
        {"coordinator_appointed",
         {{"yes", "Ja", "Yes"},
          {"no", "Nee", "No"},
          {"at_discretion", "Ter keuze van het college", "At the college's discretion"},
          {"pending", "Nog niet te zeggen", "Pending"},
          {"not_applicable", "Niet van toepassing", "Not applicable"}},
         "Wijst het college een coördinator aan?", "Does the college appoint a coordinator?"},
        {"coordination_form",
         {{"light", "Lichte vorm", "Light form"},
          {"regisseur", "Proces- of casusregisseur", "Process or case director"},
          {"standard", "Coördinator (standaard)", "Coordinator (standard)"},
          {"self", "Zelfcoördinatie", "Self-coordination"},
          {"to_be_chosen", "Nog te kiezen", "To be chosen"},
          {"not_applicable", "Niet van toepassing", "Not applicable"}},
         "Welke vorm van coördinatie is gekozen?", "Which form of coordination applies?"},
        {"coordination_file",
         {{"coordinatiedossier", "Een coördinatiedossier", "A coordination file"},
          {"existing_dossiers_suffice", "De bestaande dossiers volstaan", "The existing dossiers suffice"},
          {"no_requirements", "Geen eisen", "No requirements"},
          {"not_applicable", "Niet van toepassing", "Not applicable"}},
         "Welk dossier moet voor de coördinatie worden bijgehouden?", "Which file must be kept for the coordination?"},
        {"coordination_mode",
         {{"in_afstemming", "In afstemming met de cliënt", "In alignment with the client"},
          {"zoveel_mogelijk_in_afstemming", "Zoveel mogelijk in afstemming met de cliënt", "As far as possible in alignment with the client"},
          {"no_requirements", "Geen eisen", "No requirements"},
          {"not_applicable", "Niet van toepassing", "Not applicable"}},
         "Hoe verhoudt de coördinatie zich tot de cliënt?", "How does the coordination relate to the client?"},
        {"coordination_end",
         {{"report_to_college", "De coördinator meldt het aan de gemeente", "The coordinator reports to the municipality"},
          {"not_applicable", "Niet van toepassing", "Not applicable"}},
         "Wat moet er gebeuren nu de coördinator zich meldt?", "What must happen now the coordinator reports?"},
        {"case_conference.may_be_organised",
         {{"yes", "Ja, een Wams-casusoverleg", "Yes, a Wams case conference"},
          {"no", "Nee, geen Wams-casusoverleg", "No, not a Wams case conference"}},
         "Is dit een casusoverleg dat onder de Wams georganiseerd mag worden?", "May this case conference be organised under the Wams?"},
        {"case_conference.client_invited",
         {{"yes", "Ja, de cliënt wordt uitgenodigd", "Yes, the client is invited"},
          {"no", "Nee, de cliënt wordt niet uitgenodigd", "No, the client is not invited"},
          {"not_applicable", "Niet van toepassing", "Not applicable"}},
         "Wordt de cliënt uitgenodigd voor het casusoverleg?", "Is the client invited to the case conference?"},
    };
    return v;
}

const std::vector<Label>& verdict_vocabulary() {  // §0.2 data-item verdicts
    static const std::vector<Label> v = {
        {"allowed", "Toegestaan", "Allowed"},
        {"allowed_under_conditions", "Toegestaan onder voorwaarden", "Allowed under conditions"},
        {"not_allowed", "Niet toegestaan", "Not allowed"},
        {"not_this_law", "Niet deze wet (geen Wams-verwerking)", "Not this law's scope"},
        {"undetermined", "Onbepaald: eerst meer vragen", "Undetermined: ask more"},
    };
    return v;
}

const std::vector<Label>& family_vocabulary() {  // §0.3 EXPECTED.family_members[].included_as_client
    static const std::vector<Label> v = {
        {"yes", "Ja, ook cliënt", "Yes, also a client"},
        {"no", "Nee, niet meegenomen", "No, not included"},
        {"pending", "Nog niet: eerst overleggen en vragen", "Pending: consult and ask first"},
        {"not_applicable", "Niet van toepassing", "Not applicable"},
    };
    return v;
}

const std::vector<Label>& attendee_vocabulary() {  // §0.3 EXPECTED.case_conference.attendees[].may_attend
    static const std::vector<Label> v = {
        {"yes", "Ja, mag deelnemen", "Yes, may attend"},
        {"no", "Nee, mag niet deelnemen", "No, may not attend"},
    };
    return v;
}

const FieldVocabulary* find_field(std::string_view field) {
    for (const auto& f : process_vocabulary()) if (f.field == field) return &f;
    return nullptr;
}

const std::vector<Label>& labels_for(const Question& q) {
    static const std::vector<Label> none;
    switch (q.kind) {
        case QuestionKind::process: { const auto* f = find_field(q.field); return f ? f->values : none; }
        case QuestionKind::data_item: return verdict_vocabulary();
        case QuestionKind::family_member: return family_vocabulary();
        case QuestionKind::attendee: return attendee_vocabulary();
    }
    return none;
}
} // namespace

const std::vector<std::string>& process_fields() {
    static const std::vector<std::string> v = [] {
        std::vector<std::string> out;
        for (const auto& f : process_vocabulary()) out.emplace_back(f.field);
        return out;
    }();
    return v;
}

std::vector<AnswerOption> answer_options(const Question& q) {
    std::vector<AnswerOption> out;
    for (const auto& l : labels_for(q)) out.push_back({std::string(l.value), std::string(l.nl), std::string(l.en)});
    return out;
}

std::string answer_label(const Question& q, std::string_view value, Lang lang) {
    for (const auto& l : labels_for(q))
        if (l.value == value) return std::string(lang == Lang::nl ? l.nl : l.en);
    return std::string(value);
}

// [SECTION] Validation helpers ------------------------------------------------------------------------------------

namespace {
std::string describe(const json& v) {  // "found" text in the style of validate.hpp
    switch (v.type()) {
        case json::value_t::null: return "null";
        case json::value_t::boolean: return v.get<bool>() ? "true" : "false";
        case json::value_t::string: {
            std::string s = v.get<std::string>();
            if (s.size() > 60) {  // shorten on a code-point boundary: the text may end up in JSON
                size_t cut = 57;
                while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
                s = s.substr(0, cut) + "…";
            }
            return "\"" + s + "\"";
        }
        case json::value_t::number_integer:
        case json::value_t::number_unsigned:
        case json::value_t::number_float: return "number " + v.dump();
        case json::value_t::array: return "array";
        case json::value_t::object: return "object";
        default: return "value";
    }
}

std::string join(const std::vector<std::string>& v, std::string_view sep) {
    std::string out;
    for (size_t i = 0; i < v.size(); ++i) { if (i) out += sep; out += v[i]; }
    return out;
}

std::string expected_nl(const std::string& en) {  // the Dutch wording of an "expected" text
    static const std::pair<std::string_view, std::string_view> words[] = {
        {"non-empty string", "niet-lege tekst"}, {"string", "tekst"}, {"integer 1, 2 or 3", "geheel getal 1, 2 of 3"},
        {"one of: ", "één van: "}, {"non-empty array of questions", "niet-lege lijst met vragen"},
        {"non-empty array of scenarios", "niet-lege lijst met scenario's"}, {"object", "object"},
        {"array of rule ids R1–R67", "lijst met regel-ids R1–R67"}, {"array of ambiguity ids A1–A25", "lijst met A-ids A1–A25"},
        {"a rule id R1–R67", "een regel-id R1–R67"}, {"an ambiguity id A1–A25", "een A-id A1–A25"},
        {"FACTS object (RULEBOOK §0.3)", "object met de feiten (FACTS, RULEBOOK §0.3)"},
        {"a scenario object {schema, id, …}", "een scenario-object {schema, id, …}"}};
    for (const auto& [from, to] : words)
        if (en.rfind(from, 0) == 0) return std::string(to) + en.substr(from.size());
    return en;
}

struct Errors {
    std::vector<ValidationError>& out;
    void add(std::string path, std::string expected, std::string found, std::string nl, std::string en) {
        out.push_back({std::move(path), std::move(expected), std::move(found), std::move(nl), std::move(en)});
    }
    void missing(const std::string& path, const std::string& expected) {
        add(path, expected, "missing", "Verplicht veld ontbreekt — verwacht: " + expected_nl(expected) + "; gevonden: ontbreekt.",
            "Required field is missing: " + path + " (expected: " + expected + ").");
    }
    void wrong(const std::string& path, const std::string& expected, const json& found) {
        add(path, expected, describe(found),
            "Onjuiste waarde — verwacht: " + expected_nl(expected) + "; gevonden: " + describe(found) + ".",
            "Wrong value at " + path + ": expected " + expected + ", found " + describe(found) + ".");
    }
};

bool nonempty_string(const json& v) { return v.is_string() && !v.get<std::string>().empty(); }

// Checks that obj[key] exists and is a non-empty string (required) or a string (optional).
void check_string(Errors& e, const json& obj, const std::string& base, std::string_view key, bool required) {
    const std::string path = base + "/" + std::string(key);
    auto it = obj.find(std::string(key));
    if (it == obj.end()) { if (required) e.missing(path, "non-empty string"); return; }
    if (required ? !nonempty_string(*it) : !it->is_string()) e.wrong(path, required ? "non-empty string" : "string", *it);
}

const std::set<std::string, std::less<>> kScenarioKeys = {
    "schema", "id", "title_nl", "title_en", "theme", "difficulty", "narrative_nl", "narrative_en",
    "trainer_notes_nl", "trainer_notes_en", "facts", "questions", "covers"};
const std::set<std::string, std::less<>> kQuestionKeys = {"id", "kind", "field", "item_id", "member_id", "party", "prompt_nl", "prompt_en"};
const std::set<std::string, std::less<>> kAnswerLikeKeys = {"answer", "answers", "model_answer", "expected", "correct", "solution", "verdict", "value"};

std::string theme_list() {
    std::vector<std::string> v;
    for (const auto& t : kThemes) v.emplace_back(t.id);
    return "one of: " + join(v, ", ");
}

std::string field_list() { return "one of: " + join(process_fields(), ", "); }

// Ids present in facts[array_key][*][id_key], for cross-checking questions against the facts.
std::set<std::string> ids_in(const json& facts, std::string_view array_key, std::string_view id_key) {
    std::set<std::string> out;
    if (!facts.is_object()) return out;
    auto it = facts.find(std::string(array_key));
    if (it == facts.end() || !it->is_array()) return out;
    for (const auto& el : *it)
        if (el.is_object() && el.contains(std::string(id_key)) && el[std::string(id_key)].is_string())
            out.insert(el[std::string(id_key)].get<std::string>());
    return out;
}

bool has_case_conference(const json& facts) {
    return facts.is_object() && facts.contains("case_conference") && facts["case_conference"].is_object();
}

std::set<std::string> invitee_parties(const json& facts) {
    std::set<std::string> out;
    if (!has_case_conference(facts)) return out;
    const auto& cc = facts["case_conference"];
    if (cc.contains("invitees") && cc["invitees"].is_array())
        for (const auto& inv : cc["invitees"])
            if (inv.is_object() && inv.contains("party") && inv["party"].is_string()) out.insert(inv["party"].get<std::string>());
    return out;
}

void validate_question(Errors& e, const json& q, const std::string& path, const json& facts, std::set<std::string>& seen_ids) {
    if (!q.is_object()) { e.wrong(path, "object {id, kind, …}", q); return; }
    for (auto it = q.begin(); it != q.end(); ++it) {
        const std::string kp = path + "/" + pointer_token(it.key());
        if (kAnswerLikeKeys.count(it.key())) {
            e.add(kp, "no answer in the file", "field \"" + it.key() + "\"",
                  "Een scenario bevat geen antwoorden: het modelantwoord wordt door de kern uit de feiten berekend (" + kp + ").",
                  "A scenario holds no answers: the model answer is computed by the core from the facts (" + kp + ").");
        } else if (!kQuestionKeys.count(it.key())) {
            e.add(kp, "one of: id, kind, field, item_id, member_id, party, prompt_nl, prompt_en", "unknown field \"" + it.key() + "\"",
                  "Onbekend veld in een vraag: " + kp + ".", "Unknown field in a question: " + kp + ".");
        }
    }
    check_string(e, q, path, "id", true);
    if (q.contains("id") && q["id"].is_string()) {
        if (!seen_ids.insert(q["id"].get<std::string>()).second)
            e.add(path + "/id", "a question id not used before in this scenario", describe(q["id"]),
                  "Dubbele vraag-id " + describe(q["id"]) + " bij " + path + "/id.", "Duplicate question id " + describe(q["id"]) + " at " + path + "/id.");
    }
    check_string(e, q, path, "prompt_nl", false);
    check_string(e, q, path, "prompt_en", false);
    auto kind = q.find("kind");
    if (kind == q.end()) { e.missing(path + "/kind", "one of: process, data_item, family_member, attendee"); return; }
    const std::string k = kind->is_string() ? kind->get<std::string>() : "";
    if (k == "process") {
        auto f = q.find("field");
        if (f == q.end()) { e.missing(path + "/field", field_list()); return; }
        if (!f->is_string() || !find_field(f->get<std::string>())) { e.wrong(path + "/field", field_list(), *f); return; }
        const std::string field = f->get<std::string>();
        if (field.rfind("case_conference.", 0) == 0 && !has_case_conference(facts))
            e.add(path + "/field", "a case_conference in the facts (facts/case_conference is an object)", "facts/case_conference is null or missing",
                  "Vraag " + path + " gaat over het casusoverleg, maar de feiten beschrijven geen casusoverleg.",
                  "Question " + path + " asks about the case conference, but the facts describe none.");
    } else if (k == "data_item") {
        auto f = q.find("item_id");
        if (f == q.end()) { e.missing(path + "/item_id", "the item_id of one of facts/data_items"); return; }
        const auto items = ids_in(facts, "data_items", "item_id");
        if (!f->is_string() || !items.count(f->get<std::string>())) {
            std::vector<std::string> v(items.begin(), items.end());
            e.add(path + "/item_id", "one of facts/data_items[].item_id: " + (v.empty() ? std::string("(geen items)") : join(v, ", ")), describe(*f),
                  "Vraag " + path + " noemt gegevensitem " + describe(*f) + ", maar dat staat niet in facts/data_items.",
                  "Question " + path + " names data item " + describe(*f) + ", which is not in facts/data_items.");
        }
    } else if (k == "family_member") {
        auto f = q.find("member_id");
        if (f == q.end()) { e.missing(path + "/member_id", "the id of one of facts/family_members"); return; }
        const auto ids = ids_in(facts, "family_members", "id");
        if (!f->is_string() || !ids.count(f->get<std::string>())) {
            std::vector<std::string> v(ids.begin(), ids.end());
            e.add(path + "/member_id", "one of facts/family_members[].id: " + (v.empty() ? std::string("(geen gezinsleden)") : join(v, ", ")), describe(*f),
                  "Vraag " + path + " noemt gezinslid " + describe(*f) + ", maar dat staat niet in facts/family_members.",
                  "Question " + path + " names family member " + describe(*f) + ", which is not in facts/family_members.");
        }
    } else if (k == "attendee") {
        auto f = q.find("party");
        if (f == q.end()) { e.missing(path + "/party", "the party of one of facts/case_conference/invitees"); return; }
        const auto parties = invitee_parties(facts);
        if (!f->is_string() || !parties.count(f->get<std::string>())) {
            std::vector<std::string> v(parties.begin(), parties.end());
            e.add(path + "/party", "one of facts/case_conference/invitees[].party: " + (v.empty() ? std::string("(geen genodigden)") : join(v, ", ")), describe(*f),
                  "Vraag " + path + " noemt genodigde " + describe(*f) + ", maar die staat niet in facts/case_conference/invitees.",
                  "Question " + path + " names invitee " + describe(*f) + ", who is not in facts/case_conference/invitees.");
        }
    } else {
        e.wrong(path + "/kind", "one of: process, data_item, family_member, attendee", *kind);
    }
}

// "R1".."R67" / "A1".."A25": the letter, then 1–2 digits without a leading zero, at most max.
bool is_rulebook_id(const std::string& s, char letter, int max) {
    if (s.size() < 2 || s.size() > 3 || s[0] != letter || s[1] < '1' || s[1] > '9') return false;
    if (s.size() == 3 && (s[2] < '0' || s[2] > '9')) return false;
    return std::atoi(s.c_str() + 1) <= max;
}

void validate_covers(Errors& e, const json& c, const std::string& path) {
    if (!c.is_object()) { e.wrong(path, "object {rules, ambiguities}", c); return; }
    for (auto it = c.begin(); it != c.end(); ++it) {
        const std::string kp = path + "/" + pointer_token(it.key());
        const bool rules = it.key() == "rules";
        if (!rules && it.key() != "ambiguities") {
            e.add(kp, "one of: rules, ambiguities", "unknown field \"" + it.key() + "\"", "Onbekend veld: " + kp + ".", "Unknown field: " + kp + ".");
            continue;
        }
        if (!it->is_array()) { e.wrong(kp, rules ? "array of rule ids R1–R67" : "array of ambiguity ids A1–A25", *it); continue; }
        for (size_t i = 0; i < it->size(); ++i) {
            const json& v = (*it)[i];
            const std::string s = v.is_string() ? v.get<std::string>() : "";
            if (!v.is_string() || !is_rulebook_id(s, rules ? 'R' : 'A', rules ? 67 : 25))
                e.wrong(kp + "/" + std::to_string(i), rules ? "a rule id R1–R67" : "an ambiguity id A1–A25", v);
        }
    }
}
} // namespace

// [SECTION] Scenario validation -----------------------------------------------------------------------------------

std::vector<ValidationError> validate_scenario_json(const json& doc, const std::string& base) {
    std::vector<ValidationError> out;
    Errors e{out};
    if (!doc.is_object()) { e.wrong(base.empty() ? "" : base, "a scenario object {schema, id, …}", doc); return out; }
    for (auto it = doc.begin(); it != doc.end(); ++it)
        if (!kScenarioKeys.count(it.key()))
            e.add(base + "/" + pointer_token(it.key()), "one of: " + [] {
                      std::vector<std::string> v(kScenarioKeys.begin(), kScenarioKeys.end());
                      return join(v, ", ");
                  }(), "unknown field \"" + it.key() + "\"",
                  "Onbekend veld in het scenario: " + base + "/" + it.key() + ".", "Unknown field in the scenario: " + base + "/" + it.key() + ".");
    auto schema = doc.find("schema");
    if (schema == doc.end()) e.missing(base + "/schema", "\"" + std::string(kScenarioSchema) + "\"");
    else if (!schema->is_string() || schema->get<std::string>() != kScenarioSchema) e.wrong(base + "/schema", "\"" + std::string(kScenarioSchema) + "\"", *schema);
    for (auto k : {"id", "title_nl", "title_en", "narrative_nl", "trainer_notes_nl"}) check_string(e, doc, base, k, true);
    for (auto k : {"narrative_en", "trainer_notes_en"}) check_string(e, doc, base, k, false);
    auto theme = doc.find("theme");
    if (theme == doc.end()) e.missing(base + "/theme", theme_list());
    else if (!theme->is_string() || !theme_from_string(theme->get<std::string>())) e.wrong(base + "/theme", theme_list(), *theme);
    auto diff = doc.find("difficulty");
    if (diff == doc.end()) e.missing(base + "/difficulty", "integer 1, 2 or 3");
    else if (!diff->is_number_integer() || diff->get<long long>() < 1 || diff->get<long long>() > 3) e.wrong(base + "/difficulty", "integer 1, 2 or 3", *diff);

    auto facts = doc.find("facts");
    static const json null_facts;
    if (facts == doc.end()) e.missing(base + "/facts", "FACTS object (RULEBOOK §0.3)");
    else if (!facts->is_object()) e.wrong(base + "/facts", "FACTS object (RULEBOOK §0.3)", *facts);
    else for (auto& fe : validate_facts(*facts, base + "/facts")) out.push_back(std::move(fe));

    auto qs = doc.find("questions");
    if (qs == doc.end()) e.missing(base + "/questions", "non-empty array of questions");
    else if (!qs->is_array() || qs->empty()) e.wrong(base + "/questions", "non-empty array of questions", *qs);
    else {
        std::set<std::string> seen;
        for (size_t i = 0; i < qs->size(); ++i)
            validate_question(e, (*qs)[i], base + "/questions/" + std::to_string(i), facts != doc.end() ? *facts : null_facts, seen);
    }
    if (auto c = doc.find("covers"); c != doc.end()) validate_covers(e, *c, base + "/covers");
    return out;
}

// [SECTION] Parsing into the model --------------------------------------------------------------------------------

namespace {
std::string str(const json& o, const char* k) {
    auto it = o.find(k);
    return it != o.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::vector<std::string> str_list(const json& o, const char* k) {
    std::vector<std::string> out;
    auto it = o.find(k);
    if (it != o.end() && it->is_array())
        for (const auto& v : *it) if (v.is_string()) out.push_back(v.get<std::string>());
    return out;
}

std::string default_prompt(const Question& q, const json& facts, Lang lang) {
    switch (q.kind) {
        case QuestionKind::process: {
            const auto* f = find_field(q.field);
            return f ? std::string(lang == Lang::nl ? f->prompt_nl : f->prompt_en) : q.field;
        }
        case QuestionKind::data_item: {
            std::string what;
            for (const auto& it : facts.value("data_items", json::array()))
                if (it.is_object() && str(it, "item_id") == q.ref) what = str(it, "what");
            return lang == Lang::nl ? "Wat is het oordeel over gegevensitem " + q.ref + (what.empty() ? "" : " (" + what + ")") + "?"
                                    : "What is the verdict on data item " + q.ref + (what.empty() ? "" : " (" + what + ")") + "?";
        }
        case QuestionKind::family_member:
            return lang == Lang::nl ? "Wordt gezinslid " + q.ref + " als cliënt meegenomen?" : "Is family member " + q.ref + " included as a client?";
        case QuestionKind::attendee:
            return lang == Lang::nl ? "Mag " + q.ref + " aan het casusoverleg deelnemen?" : "May " + q.ref + " attend the case conference?";
    }
    return q.id;
}

Scenario scenario_from_json(const json& d, std::string_view origin) {  // d is validated
    Scenario s;
    s.id = str(d, "id");
    s.title_nl = str(d, "title_nl");
    s.title_en = str(d, "title_en");
    s.theme = theme_from_string(str(d, "theme")).value_or(Theme::entry_routes);
    s.difficulty = static_cast<int>(d.value("difficulty", 1));
    s.narrative_nl = str(d, "narrative_nl");
    s.narrative_en = str(d, "narrative_en");
    s.trainer_notes_nl = str(d, "trainer_notes_nl");
    s.trainer_notes_en = str(d, "trainer_notes_en");
    s.facts = d.at("facts");
    for (const auto& qj : d.at("questions")) {
        Question q;
        q.id = str(qj, "id");
        const std::string kind = str(qj, "kind");
        if (kind == "data_item") { q.kind = QuestionKind::data_item; q.ref = str(qj, "item_id"); }
        else if (kind == "family_member") { q.kind = QuestionKind::family_member; q.ref = str(qj, "member_id"); }
        else if (kind == "attendee") { q.kind = QuestionKind::attendee; q.ref = str(qj, "party"); }
        else { q.kind = QuestionKind::process; q.field = str(qj, "field"); }
        q.prompt_nl = str(qj, "prompt_nl");
        q.prompt_en = str(qj, "prompt_en");
        if (q.prompt_nl.empty()) q.prompt_nl = default_prompt(q, s.facts, Lang::nl);
        if (q.prompt_en.empty()) q.prompt_en = default_prompt(q, s.facts, Lang::en);
        s.questions.push_back(std::move(q));
    }
    if (auto c = d.find("covers"); c != d.end()) {
        s.covers_rules = str_list(*c, "rules");
        s.covers_ambiguities = str_list(*c, "ambiguities");
    }
    s.origin = std::string(origin);
    return s;
}
} // namespace

// [SECTION] Loading and the built-in set --------------------------------------------------------------------------

LoadedScenarios load_scenarios_text(std::string_view text, std::string_view origin, const InputLimits& limits) {
    LoadedScenarios out;
    ParsedJson parsed = parse_json_text(text, limits);
    if (!parsed.errors.empty() || !parsed.doc) { out.errors = std::move(parsed.errors); return out; }
    const json& doc = *parsed.doc;
    std::vector<std::pair<const json*, std::string>> items;  // scenario object, its base path
    if (doc.is_array()) {
        for (size_t i = 0; i < doc.size(); ++i) items.emplace_back(&doc[i], "/" + std::to_string(i));
    } else if (doc.is_object() && doc.contains("scenarios") && !doc.contains("facts")) {
        for (auto it = doc.begin(); it != doc.end(); ++it)
            if (it.key() != "scenarios" && it.key() != "schema" && it.key() != "title" && it.key() != "note")
                out.errors.push_back({"/" + pointer_token(it.key()), "one of: schema, title, note, scenarios", "unknown field \"" + it.key() + "\"",
                                      "Onbekend veld in het scenariobestand: /" + it.key() + ".", "Unknown field in the scenario file: /" + it.key() + "."});
        const json& arr = doc["scenarios"];
        if (!arr.is_array() || arr.empty())
            out.errors.push_back({"/scenarios", "non-empty array of scenarios", describe(arr),
                                  "/scenarios moet een niet-lege lijst met scenario's zijn.", "/scenarios must be a non-empty array of scenarios."});
        else
            for (size_t i = 0; i < arr.size(); ++i) items.emplace_back(&arr[i], "/scenarios/" + std::to_string(i));
    } else {
        items.emplace_back(&doc, "");
    }
    if (doc.is_array() && doc.empty())
        out.errors.push_back({"", "a scenario or a non-empty list of scenarios", "empty array",
                              "Het bestand bevat geen scenario's.", "The file holds no scenarios."});
    std::set<std::string> ids;
    for (const auto& [j, base] : items) {
        auto errs = validate_scenario_json(*j, base);
        out.errors.insert(out.errors.end(), errs.begin(), errs.end());
        if (j->is_object() && j->contains("id") && (*j)["id"].is_string() && !ids.insert((*j)["id"].get<std::string>()).second)
            out.errors.push_back({base + "/id", "a scenario id not used before in this file", describe((*j)["id"]),
                                  "Dubbele scenario-id " + describe((*j)["id"]) + ".", "Duplicate scenario id " + describe((*j)["id"]) + "."});
    }
    if (out.errors.size() > limits.max_errors) {
        const size_t more = out.errors.size() - limits.max_errors;
        out.errors.resize(limits.max_errors);
        out.errors.push_back({"", "", "", "… en " + std::to_string(more) + " meer.", "… and " + std::to_string(more) + " more."});
    }
    if (!out.errors.empty()) return out;
    for (const auto& [j, base] : items) out.scenarios.push_back(scenario_from_json(*j, origin));
    return out;
}

const std::vector<Scenario>& builtin_scenarios() {
    static const std::vector<Scenario> all = [] {
        std::vector<Scenario> v;
        for (const auto& [name, bytes] : wams::embedded::asset_all()) {
            // The embedded training set: scenarios/training/TR-*.json (core/CMakeLists.txt).
            if (name.substr(0, 3) != "TR-" || name.size() < 5 || name.substr(name.size() - 5) != ".json") continue;
            LoadedScenarios l = load_scenarios_text(bytes, "ingebouwd");
            for (auto& s : l.scenarios) v.push_back(std::move(s));
        }
        std::sort(v.begin(), v.end(), [](const Scenario& a, const Scenario& b) { return a.id < b.id; });
        return v;
    }();
    return all;
}

const Scenario* find_scenario(std::string_view id) {
    for (const auto& s : builtin_scenarios()) if (s.id == id) return &s;
    return nullptr;
}

std::vector<const Scenario*> list_scenarios(const std::vector<Scenario>& all, std::optional<Theme> theme, std::optional<int> difficulty) {
    std::vector<const Scenario*> out;
    for (const auto& s : all)
        if ((!theme || s.theme == *theme) && (!difficulty || s.difficulty == *difficulty)) out.push_back(&s);
    std::sort(out.begin(), out.end(), [](const Scenario* a, const Scenario* b) { return a->id < b->id; });
    return out;
}

// [SECTION] Model answers -----------------------------------------------------------------------------------------

namespace {
void collect(const json& j, const char* key, std::set<std::string>& out) {  // every string in any j..[key] array
    if (j.is_object()) {
        for (auto it = j.begin(); it != j.end(); ++it) {
            if (it.key() == key && it->is_array()) {
                for (const auto& v : *it) if (v.is_string()) out.insert(v.get<std::string>());
            } else {
                collect(*it, key, out);
            }
        }
    } else if (j.is_array()) {
        for (const auto& v : j) collect(v, key, out);
    }
}

std::vector<std::string> sorted_ids(const std::set<std::string>& s) {
    std::vector<std::string> v(s.begin(), s.end());
    std::sort(v.begin(), v.end(), [](const std::string& a, const std::string& b) {
        if (a[0] != b[0]) return a[0] < b[0];
        return std::atoi(a.c_str() + 1) < std::atoi(b.c_str() + 1);
    });
    return v;
}

void outcome_into(ModelAnswer& m, const json& o) {  // {value, rules, …}
    if (!o.is_object()) return;
    if (o.contains("value") && o["value"].is_string()) m.value = o["value"].get<std::string>();
    m.rules = str_list(o, "rules");
    m.ambiguities = str_list(o, "ambiguities");
}
} // namespace

ModelAnswer model_answer(const Question& q, const json& a) {
    ModelAnswer m;
    m.question_id = q.id;
    if (!a.is_object()) return m;
    switch (q.kind) {
        case QuestionKind::process: {
            if (q.field == "coordination.adjacent_part") {
                const json& c = a.value("coordination", json());
                if (c.is_object() && c.contains("adjacent_part") && c["adjacent_part"].is_object()) outcome_into(m, c["adjacent_part"]);
                else m.value = "not_applicable";
            } else if (q.field == "case_conference.may_be_organised") {
                const json& cc = a.value("case_conference", json());
                if (cc.is_object()) {
                    m.value = cc.value("may_be_organised", json("")).is_string() ? cc["may_be_organised"].get<std::string>() : "";
                    m.rules = str_list(cc, "rules");
                } else {
                    m.value = "no";
                }
            } else if (q.field == "case_conference.client_invited") {
                const json& cc = a.value("case_conference", json());
                if (cc.is_object() && cc.contains("client_invited")) outcome_into(m, cc["client_invited"]);
                else m.value = "not_applicable";
            } else if (a.contains(q.field)) {
                outcome_into(m, a[q.field]);
            }
            break;
        }
        case QuestionKind::data_item:
            for (const auto& it : a.value("data_items", json::array()))
                if (it.is_object() && str(it, "item_id") == q.ref) {
                    m.value = str(it, "verdict");
                    m.rules = str_list(it, "rules");
                    m.conditions = str_list(it, "conditions");
                    m.ambiguities = str_list(it, "ambiguities");
                }
            break;
        case QuestionKind::family_member:
            for (const auto& fm : a.value("family_members", json::array()))
                if (fm.is_object() && str(fm, "id") == q.ref) {
                    m.value = str(fm, "included_as_client");
                    m.rules = str_list(fm, "rules");
                }
            break;
        case QuestionKind::attendee: {
            const json& cc = a.value("case_conference", json());
            if (cc.is_object())
                for (const auto& at : cc.value("attendees", json::array()))
                    if (at.is_object() && str(at, "party") == q.ref) {
                        const json& v = at.value("may_attend", json());
                        m.value = v.is_boolean() ? (v.get<bool>() ? "yes" : "no") : (v.is_string() ? v.get<std::string>() : "");
                        m.rules = str_list(at, "rules");
                    }
            if (m.value.empty()) m.value = "no";  // not a Wams conference, or not invited: may not attend (R48, R50)
            break;
        }
    }
    for (const auto& r : m.rules)
        if (auto ref = rule_ref(r)) m.rule_refs.push_back(std::move(*ref));
    return m;
}

const std::vector<AmbiguityLink>& ambiguity_links() {
    // Each row: the §10 item and the rule(s) whose firing puts that wording question in play for the case.
    static const std::vector<AmbiguityLink> links = {
        {"A1", {"R22"}, ""},           // criteria 'of' (§2.3) versus 'en' (§3.1.1)
        {"A2", {"R22"}, ""},           // structure of the person criterion
        {"A3", {"R38"}, ""},           // typo in the coordination competence (§2.3)
        {"A4", {"R38"}, ""},           // «bij minimaal één sociaal domeinwet» (§3.1.1)
        {"A4", {"R39"}, ""},
        {"A5", {"R37"}, ""},           // how many social-domain laws: ≥2
        {"A6", {"R41"}, ""},           // who may self-coordinate; imperative or permissive
        {"A7", {"R40"}, ""},           // is a coordinator always appointed?
        {"A8", {"R46"}, ""},           // coordination file in the light form (fn 23)
        {"A9", {"R23"}, ""},           // must the college at least consider a request?
        {"A10", {"R20"}, ""},          // requester's domain 'of' versus 'en'
        {"A11", {"R26", "R30"}, ""},   // the client's say in the professional route
        {"A12", {"R16"}, ""},          // client-route trigger wording
        {"A13", {"R50"}, ""},          // «alle betrokken partijen» versus necessity
        {"A14", {"R51"}, ""},          // inviting the client; weighty interests
        {"A15", {"R53"}, "investigation"},  // who records agreements before a coordinator exists
        {"A16", {"R61"}, ""},          // which professionals need consent (SKJ)
        {"A17", {"R60"}, ""},          // scope of art. 5.4.2
        {"A19", {"R31"}, ""},          // family members who refuse; «gezinsleden»
        // A18 (holder without a service relation) and A20 (no social-domain law) come only from the engine's flags.
        {"A21", {"R45"}, ""},          // what «in afstemming» requires
        {"A22", {"R26"}, ""},          // undefined: «ernstige problematiek»
        {"A22", {"R41"}, ""},          // undefined: «naar behoren», «mantelzorger», «vertegenwoordiger»
        {"A23", {"R61", "R65"}, ""},   // consent is not the basis, yet a condition for this holder
        {"A24", {"R31", "R37"}, ""},   // counting laws per person or per household
        {"A25", {"R64"}, ""},          // editorial: «Wvvgz»
    };
    return links;
}

std::vector<std::string> touched_ambiguities(const json& assessment, const json& facts) {
    std::set<std::string> rules, out;
    collect(assessment, "rules", rules);
    collect(assessment, "ambiguity_flags", out);
    collect(assessment, "ambiguities", out);
    std::string phase;
    if (facts.is_object() && facts.contains("case_conference") && facts["case_conference"].is_object())
        phase = str(facts["case_conference"], "phase");
    for (const auto& l : ambiguity_links()) {
        bool all = !l.conference_phase.size() || l.conference_phase == phase;
        for (auto r : l.all_of) all = all && rules.count(std::string(r));
        if (all) out.insert(std::string(l.ambiguity));
    }
    return sorted_ids(out);
}

ScenarioKey compute_key(const Scenario& s) {
    ScenarioKey k;
    k.scenario_id = s.id;
    k.assessment = assess_facts_json(s.facts);
    for (const auto& q : s.questions) k.answers.push_back(model_answer(q, k.assessment));
    std::set<std::string> rules, ambs;
    collect(k.assessment, "rules", rules);
    collect(k.assessment, "ambiguity_flags", ambs);
    collect(k.assessment, "ambiguities", ambs);
    k.fired_rules = sorted_ids(rules);
    k.flagged_ambiguities = sorted_ids(ambs);
    k.touched_ambiguities = touched_ambiguities(k.assessment, s.facts);
    return k;
}

// [SECTION] Checking ----------------------------------------------------------------------------------------------

namespace {
// Text builder with the `<<` of std::ostringstream for the few types used here, without <sstream> (libc++ streams
// and locale would be linked into the wasm: docs/perf.md). Same bytes: ints are written as std::to_string writes them.
struct TextOut {
    std::string text;
    TextOut& operator<<(std::string_view v) { text += v; return *this; }
    TextOut& operator<<(const char* v) { text += v; return *this; }
    TextOut& operator<<(char c) { text += c; return *this; }
    TextOut& operator<<(int n) { text += std::to_string(n); return *this; }
    std::string str() { return std::move(text); }
};

std::string feedback(const Question& q, const AnswerCheck& c, Lang lang) {
    const bool nl = lang == Lang::nl;
    TextOut o;
    if (!c.known_question) return nl ? "Deze vraag hoort niet bij dit scenario." : "This question is not part of this scenario.";
    if (!c.valid_answer)
        o << (nl ? "Dit is geen mogelijk antwoord op deze vraag. " : "This is not a possible answer to this question. ");
    else
        o << (c.correct ? (nl ? "Goed. " : "Correct. ") : (nl ? "Niet goed. " : "Not correct. "));
    o << (nl ? "Het modelantwoord is: " : "The model answer is: ") << answer_label(q, c.model.value, lang) << ".";
    if (!c.model.conditions.empty()) o << (nl ? " Voorwaarden: " : " Conditions: ") << join(c.model.conditions, ", ") << ".";
    if (!c.model.ambiguities.empty())
        o << (nl ? " Let op, de tekst is hier niet eenduidig: " : " Note, the text is ambiguous here: ") << join(c.model.ambiguities, ", ") << ".";
    for (const auto& r : c.model.rule_refs) {
        o << "\n" << r.id;
        if (!r.section.empty()) o << " (" << source_where(r.section, r.article, lang) << ")";
        const std::string& title = nl || r.title_en.empty() ? r.title_nl : r.title_en;
        if (!title.empty()) o << " — " << title;
        if (!r.quote_nl.empty()) o << ": «" << r.quote_nl << "»";
    }
    if (c.model.rule_refs.empty() && !c.model.rules.empty()) o << (nl ? " Regels: " : " Rules: ") << join(c.model.rules, ", ") << ".";
    return o.str();
}
} // namespace

AnswerCheck check_answer(const Scenario& s, const ScenarioKey& key, std::string_view question_id, std::string_view answer) {
    AnswerCheck c;
    c.given = std::string(answer);
    const Question* q = find_question(s, question_id);
    if (!q) {
        c.known_question = false;
        c.valid_answer = false;
        c.feedback_nl = feedback(Question{}, c, Lang::nl);
        c.feedback_en = feedback(Question{}, c, Lang::en);
        return c;
    }
    const ModelAnswer* m = nullptr;
    for (const auto& a : key.answers) if (a.question_id == q->id) m = &a;
    c.model = m ? *m : model_answer(*q, key.assessment);
    const auto opts = answer_options(*q);
    c.valid_answer = std::any_of(opts.begin(), opts.end(), [&](const AnswerOption& o) { return o.value == answer; });
    c.correct = c.valid_answer && !c.model.value.empty() && c.model.value == answer;
    c.feedback_nl = feedback(*q, c, Lang::nl);
    c.feedback_en = feedback(*q, c, Lang::en);
    return c;
}

AnswerCheck check_answer(const Scenario& s, std::string_view question_id, std::string_view answer) {
    return check_answer(s, compute_key(s), question_id, answer);
}

// [SECTION] Session, scores and summary ---------------------------------------------------------------------------

void record_answer(Session& session, const Scenario& s, const AnswerCheck& check) {
    if (!check.known_question) return;
    session.question_counts[s.id] = static_cast<int>(s.questions.size());
    session.attempts.push_back({s.id, s.theme, s.difficulty, check.model.question_id, check.given, check.model.value, check.correct});
}

namespace {
// First attempt per (scenario, question), in answering order.
std::vector<const Attempt*> first_attempts(const Session& session) {
    std::set<std::pair<std::string, std::string>> seen;
    std::vector<const Attempt*> out;
    for (const auto& a : session.attempts)
        if (seen.insert({a.scenario_id, a.question_id}).second) out.push_back(&a);
    return out;
}

void add_to(Score& s, const Attempt& a) {
    ++s.answered;
    if (a.correct) ++s.correct;
}
} // namespace

Score score_scenario(const Session& session, std::string_view scenario_id) {
    Score s;
    if (auto it = session.question_counts.find(std::string(scenario_id)); it != session.question_counts.end()) s.questions = it->second;
    for (const Attempt* a : first_attempts(session)) if (a->scenario_id == scenario_id) add_to(s, *a);
    return s;
}

const Question* next_question(const Session& session, const Scenario& s) {
    for (const auto& q : s.questions) {
        const bool answered = std::any_of(session.attempts.begin(), session.attempts.end(),
                                          [&](const Attempt& a) { return a.scenario_id == s.id && a.question_id == q.id; });
        if (!answered) return &q;
    }
    return nullptr;
}

std::map<Theme, Score> score_by_theme(const Session& session) {
    std::map<Theme, Score> out;
    std::map<std::string, Theme> theme_of;
    for (const auto& a : session.attempts) theme_of[a.scenario_id] = a.theme;
    for (const auto& [id, t] : theme_of) out[t].questions += session.question_counts.count(id) ? session.question_counts.at(id) : 0;
    for (const Attempt* a : first_attempts(session)) add_to(out[a->theme], *a);
    return out;
}

Score score_total(const Session& session) {
    Score s;
    for (const auto& [id, n] : session.question_counts) s.questions += n;
    for (const Attempt* a : first_attempts(session)) add_to(s, *a);
    return s;
}

namespace {
json score_json(const Score& s) {
    char pct[16];
    std::snprintf(pct, sizeof pct, "%.0f", s.percent());
    return {{"questions", s.questions}, {"answered", s.answered}, {"correct", s.correct}, {"percent", std::stoi(pct)}};
}
} // namespace

json training_summary_json(const Session& session) {
    const auto& stage = default_stage();
    json out = {{"schema", "wams-training-summary/1.0"},
                {"stage", stage_json(stage)},
                {"note_nl", "Oefenresultaat zonder identiteit: geen naam, geen datum, alleen scenario's en antwoorden."},
                {"total", score_json(score_total(session))}};
    json themes = json::array();
    for (const auto& [t, s] : score_by_theme(session)) {
        json j = score_json(s);
        j["theme"] = to_string(t);
        j["label_nl"] = theme_label(t, Lang::nl);
        themes.push_back(std::move(j));
    }
    out["themes"] = std::move(themes);
    json scenarios = json::array();
    std::vector<std::string> order;
    for (const auto& a : session.attempts)
        if (std::find(order.begin(), order.end(), a.scenario_id) == order.end()) order.push_back(a.scenario_id);
    const auto firsts = first_attempts(session);
    for (const auto& id : order) {
        json j = score_json(score_scenario(session, id));
        j["id"] = id;
        json answers = json::array();
        for (const Attempt* a : firsts)
            if (a->scenario_id == id)
                answers.push_back({{"question", a->question_id}, {"given", a->given}, {"model", a->model}, {"correct", a->correct}});
        j["answers"] = std::move(answers);
        for (const auto& a : session.attempts) if (a.scenario_id == id) { j["theme"] = to_string(a.theme); j["difficulty"] = a.difficulty; break; }
        scenarios.push_back(std::move(j));
    }
    out["scenarios"] = std::move(scenarios);
    return out;
}

std::string training_summary_markdown(const Session& session, Lang lang) {
    const bool nl = lang == Lang::nl;
    const json j = training_summary_json(session);
    TextOut o;
    o << (nl ? "# Oefenresultaat Wams Wegwijzer\n\n" : "# Wams Wegwijzer training result\n\n");
    o << (nl ? "Zonder identiteit: geen naam, geen datum. Regelset: " : "Without identity: no name, no date. Rulebook stage: ")
      << j["stage"]["id"].get<std::string>() << ".\n\n";
    const RulebookStage& stage = default_stage();
    o << "**Status:** " << stage_status_line(stage, lang) << ".\n\n";
    for (const auto& paragraph : stage_notice(stage, lang)) o << paragraph << "\n\n";
    const auto& t = j["total"];
    o << (nl ? "**Totaal:** " : "**Total:** ") << t["correct"].get<int>() << (nl ? " van " : " of ") << t["answered"].get<int>()
      << (nl ? " beantwoorde vragen goed (" : " answered questions correct (") << t["percent"].get<int>() << "%).\n\n";
    o << (nl ? "| Thema | Goed | Beantwoord | Vragen |\n|---|---:|---:|---:|\n" : "| Theme | Correct | Answered | Questions |\n|---|---:|---:|---:|\n");
    for (const auto& th : j["themes"]) {
        const auto theme = theme_from_string(th["theme"].get<std::string>()).value_or(Theme::entry_routes);
        o << "| " << theme_label(theme, lang) << " | " << th["correct"].get<int>() << " | " << th["answered"].get<int>() << " | "
          << th["questions"].get<int>() << " |\n";
    }
    o << "\n";
    for (const auto& sc : j["scenarios"]) {
        o << "## " << sc["id"].get<std::string>() << " — " << sc["correct"].get<int>() << "/" << sc["answered"].get<int>() << "\n\n";
        for (const auto& a : sc["answers"])
            o << "- " << a["question"].get<std::string>() << ": " << a["given"].get<std::string>()
              << (a["correct"].get<bool>() ? " ✓" : std::string(" ✗ (") + (nl ? "model: " : "model: ") + a["model"].get<std::string>() + ")") << "\n";
        o << "\n";
    }
    return o.str();
}

} // namespace wams::training
