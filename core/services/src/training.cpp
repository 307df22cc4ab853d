// training.cpp — scenario model, loader (validated by the schema DSL in schema_scenario.cpp), answer options, model
// answers read from the typed Assessment, answer checking, scores and the anonymous summary (issue 6). The engine is
// reached only through assess_facts and rule_ref (training_engine.cpp), so every model answer comes from assess() on
// the scenario's facts.
//
// Index
//   [SECTION] Themes
//   [SECTION] Answer vocabulary (RULEBOOK §0.2)
//   [SECTION] Parsing into the model
//   [SECTION] Loading and the built-in set
//   [SECTION] Model answers
//   [SECTION] Checking
//   [SECTION] Session, scores and summary
#include "wams/training.hpp"

#include "wams/asset_errors.hpp"
#include "wams/assessment.hpp"
#include "wams/json_enum.hpp"
#include "wams/json_reader.hpp"
#include "wams/order.hpp"
#include "wams/rules.hpp"
#include "wams/stage.hpp"
#include "wams/vocabulary.hpp"

#include <algorithm>
#include <cstdio>
#include <set>
#include <string>
#include <utility>

namespace wams::embedded {
std::vector<std::pair<std::string_view, std::string_view>> asset_all();  // cmake/Embed.cmake
std::string_view asset_ambiguity_links();                                 // assets/rules/ambiguity_links.json
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

namespace {
std::string join(const std::vector<std::string>& v, std::string_view sep) {
    std::string out;
    for (size_t i = 0; i < v.size(); ++i) { if (i) out += sep; out += v[i]; }
    return out;
}
} // namespace

// [SECTION] Parsing into the model --------------------------------------------------------------------------------

namespace {
std::string default_prompt(const Question& q, const JsonReader& facts, Lang lang) {
    switch (q.kind) {
        case QuestionKind::process: {
            const auto* f = find_field(q.field);
            return f ? std::string(lang == Lang::nl ? f->prompt_nl : f->prompt_en) : q.field;
        }
        case QuestionKind::data_item: {
            std::string what;
            facts.at("data_items").each([&](const JsonReader& item) {
                if (item.optional_str("item_id") == q.ref) what = item.optional_str("what");
            });
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

Question read_question(const JsonReader& r, const JsonReader& facts) {
    Question q;
    q.id = r.str("id");
    const std::string kind = r.optional_str("kind");
    if (kind == "data_item") { q.kind = QuestionKind::data_item; q.ref = r.optional_str("item_id"); }
    else if (kind == "family_member") { q.kind = QuestionKind::family_member; q.ref = r.optional_str("member_id"); }
    else if (kind == "attendee") { q.kind = QuestionKind::attendee; q.ref = r.optional_str("party"); }
    else { q.kind = QuestionKind::process; q.field = r.optional_str("field"); }
    q.prompt_nl = r.optional_str("prompt_nl");
    q.prompt_en = r.optional_str("prompt_en");
    if (q.prompt_nl.empty()) q.prompt_nl = default_prompt(q, facts, Lang::nl);
    if (q.prompt_en.empty()) q.prompt_en = default_prompt(q, facts, Lang::en);
    return q;
}

// One scenario object, already validated by validate_scenario_file (so the reader records no error there; if it
// ever did, the caller reports it with its path like any other load error).
Scenario read_scenario(const JsonReader& d, std::string_view origin) {
    Scenario s;
    s.id = d.str("id");
    s.title_nl = d.optional_str("title_nl");
    s.title_en = d.optional_str("title_en");
    s.theme = theme_from_string(d.optional_str("theme")).value_or(Theme::entry_routes);
    s.difficulty = d.has("difficulty") ? d.at("difficulty").integer() : 1;
    s.narrative_nl = d.optional_str("narrative_nl");
    s.narrative_en = d.optional_str("narrative_en");
    s.trainer_notes_nl = d.optional_str("trainer_notes_nl");
    s.trainer_notes_en = d.optional_str("trainer_notes_en");
    const JsonReader facts = d.required("facts");
    s.facts = facts.j;
    d.required("questions").each([&](const JsonReader& q) { s.questions.push_back(read_question(q, facts)); });
    if (const JsonReader covers = d.at("covers"); !covers.is_null()) {
        s.covers_rules = covers.optional_strings("rules");
        s.covers_ambiguities = covers.optional_strings("ambiguities");
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
    out.errors = validate_scenario_file(*parsed.doc, limits);
    if (!out.errors.empty()) return out;
    for (const auto& [j, base] : scenario_objects(*parsed.doc)) {
        Result<Scenario> s = read_json<Scenario>(*j, [&](const JsonReader& r) { return read_scenario(r, origin); });
        if (!s.ok()) {  // cannot happen after validation; reported with its path rather than trusted
            const std::string path = base + s.error().path;
            out.errors.push_back({path, "", "", "Scenario niet te lezen op " + path + ": " + s.error().message,
                                  "Scenario cannot be read at " + path + ": " + s.error().message});
            out.scenarios.clear();
            return out;
        }
        out.scenarios.push_back(std::move(s).value());
    }
    return out;
}

const std::vector<Scenario>& builtin_scenarios() {
    static const std::vector<Scenario> all = [] {
        std::vector<Scenario> v;
        for (const auto& [name, bytes] : wams::embedded::asset_all()) {
            // The embedded training set: scenarios/training/TR-*.json (core/CMakeLists.txt).
            if (name.substr(0, 3) != "TR-" || name.size() < 5 || name.substr(name.size() - 5) != ".json") continue;
            LoadedScenarios l = load_scenarios_text(bytes, "ingebouwd");
            if (!l.errors.empty()) record_asset_error("scenarios/training/" + std::string(name), {l.errors[0].path, l.errors[0].message_en});
            for (auto& s : l.scenarios) v.push_back(std::move(s));
        }
        std::vector<Scenario> by_id;  // list_scenarios' order (its one sort, so no second one in the wasm)
        for (const Scenario* s : list_scenarios(v, std::nullopt, std::nullopt)) by_id.push_back(*s);
        return by_id;
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
    sort_by(out, [](const Scenario* a, const Scenario* b) { return a->id < b->id; });
    return out;
}

// [SECTION] Model answers -----------------------------------------------------------------------------------------

namespace {
void outcome_into(ModelAnswer& m, const CodedOutcome& o) {
    m.value = o.value;
    m.rules = o.rules;
}

// The case-level outcome a "process" question asks about; nullopt when the assessment does not contain the field.
std::optional<CodedOutcome> process_outcome(const ProcessWalk& p, std::string_view field) {
    if (field == "investigation") return coded(p.investigation.value, p.investigation.rules);
    const std::pair<std::string_view, CodedOutcome> outcomes[] = {
        {"client_role", coded(p.client_role)},
        {"requesting_professional_involved", coded(p.requesting_professional_involved)},
        {"coordination", coded(p.coordination)},
        {"coordinator_appointed", coded(p.coordinator_appointed)},
        {"coordination_form", coded(p.coordination_form)},
        {"coordination_file", coded(p.coordination_file)},
        {"coordination_mode", coded(p.coordination_mode)},
        {"coordination_end", coded(p.coordination_end)}};
    for (const auto& [name, o] : outcomes)
        if (name == field) return o;
    const auto& cc = p.case_conference;
    if (field == "coordination.adjacent_part") {  // absent: not applicable (only beside a mandatory coordination)
        const auto& ap = p.coordination.adjacent_part;
        return ap ? coded(ap->value, ap->rules) : coded(CoordinationValue::not_applicable, {});
    }
    if (field == "case_conference.may_be_organised") return cc ? coded(cc->may_be_organised, cc->rules) : coded(YesNo::no, {});
    if (field == "case_conference.client_invited")
        return cc ? coded(cc->client_invited) : coded(InvitationValue::not_applicable, {});
    return std::nullopt;
}
} // namespace

ModelAnswer model_answer(const Question& q, const Assessment& a) {
    ModelAnswer m;
    m.question_id = q.id;
    const ProcessWalk& p = a.process;
    switch (q.kind) {
        case QuestionKind::process:
            if (auto o = process_outcome(p, q.field)) outcome_into(m, *o);
            break;
        case QuestionKind::data_item:
            for (const auto& it : a.data_items)
                if (it.item_id == q.ref) {
                    m.value = std::string(to_string(it.verdict));
                    m.rules = it.rules;
                    m.conditions = it.conditions;
                    m.ambiguities = it.ambiguities;
                }
            break;
        case QuestionKind::family_member:
            for (const auto& fm : p.family_members)
                if (fm.id == q.ref) outcome_into(m, coded(fm.included_as_client, fm.rules));
            break;
        case QuestionKind::attendee:
            m.value = to_code(YesNo::no);  // not a Wams conference, or not invited: may not attend (R48, R50)
            if (p.case_conference)
                for (const auto& at : p.case_conference->attendees)
                    if (at.party == q.ref) outcome_into(m, coded(at.may_attend ? YesNo::yes : YesNo::no, at.rules));
            break;
    }
    for (const auto& r : m.rules)
        if (auto ref = rule_ref(r)) m.rule_refs.push_back(std::move(*ref));
    return m;
}

Result<std::vector<AmbiguityLink>> parse_ambiguity_links(std::string_view text) {
    return read_json_array<AmbiguityLink>(text, "links", [](const JsonReader& l) {
        return AmbiguityLink{l.required("ambiguity").str(), l.required("all_of").strings(), opt_enumeration<CasePhase>(l.at("conference_phase"))};
    });
}

const std::vector<AmbiguityLink>& ambiguity_links() {
    static const std::vector<AmbiguityLink> links =
        value_or_record("assets/rules/ambiguity_links.json", parse_ambiguity_links(wams::embedded::asset_ambiguity_links()));
    return links;
}

Ids touched_ambiguities(const Assessment& a) {
    const Ids rules = cited_rules(a);
    Ids out = a.ambiguity_flags;
    for (const auto& item : a.data_items) add_ids(out, item.ambiguities);
    const auto& cc = a.process.case_conference;
    for (const auto& l : ambiguity_links()) {
        bool all = !l.conference_phase || (cc && cc->phase == l.conference_phase);
        for (const auto& r : l.all_of) all = all && has_id(rules, r);
        if (all) add_ids(out, {l.ambiguity});
    }
    return sorted_ids(std::move(out));
}

ScenarioKey compute_key(const Scenario& s) {
    ScenarioKey k;
    k.scenario_id = s.id;
    k.result = assess_facts(s.facts);
    k.assessment = to_json(k.result);
    for (const auto& q : s.questions) k.answers.push_back(model_answer(q, k.result));
    k.fired_rules = cited_rules(k.result);
    Ids flagged = k.result.ambiguity_flags;
    for (const auto& item : k.result.data_items) add_ids(flagged, item.ambiguities);
    k.flagged_ambiguities = sorted_ids(std::move(flagged));
    k.touched_ambiguities = touched_ambiguities(k.result);
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
    c.model = m ? *m : model_answer(*q, key.result);
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
int rounded_percent(const Score& s) {  // as printed: "%.0f" (round half to even, like the summary always did)
    char pct[16];
    std::snprintf(pct, sizeof pct, "%.0f", s.percent());
    return std::stoi(pct);
}

json score_json(const Score& s) {
    return {{"questions", s.questions}, {"answered", s.answered}, {"correct", s.correct}, {"percent", rounded_percent(s)}};
}

std::vector<const Attempt*> scenario_order(const Session& session) {  // the first attempt of each scenario, in order
    std::vector<const Attempt*> out;
    for (const auto& a : session.attempts)
        if (std::none_of(out.begin(), out.end(), [&](const Attempt* b) { return b->scenario_id == a.scenario_id; }))
            out.push_back(&a);
    return out;
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
    const auto firsts = first_attempts(session);
    for (const Attempt* first : scenario_order(session)) {
        json j = score_json(score_scenario(session, first->scenario_id));
        j["id"] = first->scenario_id;
        json answers = json::array();
        for (const Attempt* a : firsts)
            if (a->scenario_id == first->scenario_id)
                answers.push_back({{"question", a->question_id}, {"given", a->given}, {"model", a->model}, {"correct", a->correct}});
        j["answers"] = std::move(answers);
        j["theme"] = to_string(first->theme);
        j["difficulty"] = first->difficulty;
        scenarios.push_back(std::move(j));
    }
    out["scenarios"] = std::move(scenarios);
    return out;
}

// The same summary for people, from the session itself (typed), not by reading the JSON above back.
// Questions and answers in words (issue 17 §5: no code on a Dutch page): the question's prompt and each answer's
// label, looked up in `own` (a trainer's loaded scenarios) and then the built-in ones; only a question no scenario
// knows any more keeps its id and codes.
std::string training_summary_markdown(const Session& session, Lang lang, const std::vector<Scenario>& own) {
    const bool nl = lang == Lang::nl;
    auto question_of = [&](const Attempt& a) -> const Question* {
        for (const Scenario& sc : own)
            if (sc.id == a.scenario_id) return find_question(sc, a.question_id);
        const Scenario* sc = find_scenario(a.scenario_id);
        return sc ? find_question(*sc, a.question_id) : nullptr;
    };
    const RulebookStage& stage = default_stage();
    TextOut o;
    o << (nl ? "# Oefenresultaat Wams Wegwijzer\n\n" : "# Wams Wegwijzer training result\n\n");
    o << (nl ? "Zonder identiteit: geen naam, geen datum. Regelset: " : "Without identity: no name, no date. Rulebook stage: ")
      << stage.id << ".\n\n";
    o << "**Status:** " << stage_status_line(stage, lang) << ".\n\n";
    for (const auto& paragraph : stage_notice(stage, lang)) o << paragraph << "\n\n";
    const Score total = score_total(session);
    o << (nl ? "**Totaal:** " : "**Total:** ") << total.correct << (nl ? " van " : " of ") << total.answered
      << (nl ? " beantwoorde vragen goed (" : " answered questions correct (") << rounded_percent(total) << "%).\n\n";
    o << (nl ? "| Thema | Goed | Beantwoord | Vragen |\n|---|---:|---:|---:|\n" : "| Theme | Correct | Answered | Questions |\n|---|---:|---:|---:|\n");
    for (const auto& [theme, s] : score_by_theme(session))
        o << "| " << theme_label(theme, lang) << " | " << s.correct << " | " << s.answered << " | " << s.questions << " |\n";
    o << "\n";
    const auto firsts = first_attempts(session);
    for (const Attempt* first : scenario_order(session)) {
        const Score s = score_scenario(session, first->scenario_id);
        o << "## " << first->scenario_id << " — " << s.correct << "/" << s.answered << "\n\n";
        for (const Attempt* a : firsts)
            if (a->scenario_id == first->scenario_id) {
                const Question* q = question_of(*a);
                const std::string prompt = q ? (nl || q->prompt_en.empty() ? q->prompt_nl : q->prompt_en) : a->question_id;
                const std::string given = q ? answer_label(*q, a->given, lang) : a->given;
                const std::string model = q ? answer_label(*q, a->model, lang) : a->model;
                o << "- " << prompt << " — " << given
                  << (a->correct ? std::string(" ✓") : std::string(" ✗ (") + (nl ? "modelantwoord: " : "model answer: ") + model + ")")
                  << "\n";
            }
        o << "\n";
    }
    return o.str();
}

} // namespace wams::training
