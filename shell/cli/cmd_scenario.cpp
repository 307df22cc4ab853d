// cmd_scenario.cpp — `wams-cli scenario list|validate|answers`: training scenarios (docs/training.md).
// The model answers come from wams::training::compute_key, i.e. from assess() on the scenario's facts.
#include "command.hpp"
#include "wams/rules.hpp"
#include "wams/stage.hpp"
#include "wams/training.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <ostream>

namespace {
using namespace wams::training;
using nlohmann::json;

const char* kUsage =
    "wams-cli scenario list [--theme THEMA] [--difficulty 1|2|3] [--json]\n"
    "  Lists the built-in training scenarios (id, theme, difficulty, Dutch title).\n"
    "wams-cli scenario validate FILE|-  [--json] [--lang nl|en]\n"
    "  Validates a trainer's scenario file (one scenario, {\"scenarios\":[…]} or […]). Errors name the JSON path,\n"
    "  what was expected and what was found. Exit 0 valid, 1 invalid.\n"
    "wams-cli scenario answers FILE|-|builtin[:ID]  [--lang nl|en] [--json]\n"
    "  Prints the model answer of every question, computed by the engine from the facts, with its rules\n"
    "  (id, section, Dutch quote), conditions and ambiguity flags. 'builtin' = the embedded set.\n"
    "Themes: entry_routes, investigation_scope, coordination, case_conference, data_sharing, special_regimes, out_of_scope.";

struct Options {
    std::vector<std::string> positional;
    wams::Lang lang = wams::Lang::nl;
    bool json_out = false;
    std::optional<Theme> theme;
    std::optional<int> difficulty;
};

// Parses flags; returns false (after printing why) on wrong usage.
bool parse_options(const std::vector<std::string>& args, Options& o, std::ostream& err) {
    for (size_t i = 1; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&](const char* flag) -> std::optional<std::string> {
            if (i + 1 >= args.size()) { err << "wams-cli scenario: " << flag << " needs a value\n"; return std::nullopt; }
            return args[++i];
        };
        if (a == "--json") o.json_out = true;
        else if (a == "--lang") {
            auto v = value("--lang");
            if (!v) return false;
            if (*v == "nl") o.lang = wams::Lang::nl;
            else if (*v == "en") o.lang = wams::Lang::en;
            else { err << "wams-cli scenario: --lang nl|en\n"; return false; }
        } else if (a == "--theme") {
            auto v = value("--theme");
            if (!v) return false;
            o.theme = theme_from_string(*v);
            if (!o.theme) { err << "wams-cli scenario: onbekend thema / unknown theme: " << *v << "\n"; return false; }
        } else if (a == "--difficulty") {
            auto v = value("--difficulty");
            if (!v) return false;
            if (*v != "1" && *v != "2" && *v != "3") { err << "wams-cli scenario: --difficulty 1|2|3\n"; return false; }
            o.difficulty = std::stoi(*v);
        } else if (!a.empty() && a[0] == '-' && a != "-") {
            err << "wams-cli scenario: onbekende optie / unknown option: " << a << "\n";
            return false;
        } else {
            o.positional.push_back(a);
        }
    }
    return true;
}

// Loads FILE, "-" or "builtin[:ID]"; prints validation errors and returns nullopt on invalid input.
std::optional<std::vector<Scenario>> load(const std::string& src, const Options& o, std::ostream& err) {
    if (src == "builtin" || src.rfind("builtin:", 0) == 0) {
        if (src == "builtin") return builtin_scenarios();
        const Scenario* s = find_scenario(src.substr(8));
        if (!s) { err << "wams-cli scenario: onbekend scenario / unknown scenario: " << src.substr(8) << "\n"; return std::nullopt; }
        return std::vector<Scenario>{*s};
    }
    std::string text;
    if (!wams::cli::read_input(src, text, err)) return std::nullopt;
    LoadedScenarios l = load_scenarios_text(text, src == "-" ? "stdin" : src);
    if (!l.errors.empty()) {
        if (o.json_out) err << json{{"errors", wams::errors_to_json(l.errors)}}.dump(2) << "\n";
        else err << wams::format_errors(l.errors, o.lang);
        return std::nullopt;
    }
    return l.scenarios;
}

json answers_json(const Scenario& s, const ScenarioKey& k) {
    json qs = json::array();
    for (size_t i = 0; i < s.questions.size(); ++i) {
        const auto& q = s.questions[i];
        const auto& m = k.answers[i];
        json refs = json::array();
        for (const auto& r : m.rule_refs) refs.push_back({{"id", r.id}, {"section", r.section}, {"article", wams::label_draft_articles(r.article, wams::Lang::nl)}, {"quote_nl", r.quote_nl}});
        qs.push_back({{"id", q.id}, {"kind", to_string(q.kind)}, {"field", q.field}, {"ref", q.ref}, {"prompt_nl", q.prompt_nl},
                      {"answer", m.value}, {"label_nl", answer_label(q, m.value, wams::Lang::nl)}, {"rules", m.rules},
                      {"rule_cards", refs}, {"conditions", m.conditions}, {"ambiguities", m.ambiguities}});
    }
    return {{"id", s.id}, {"theme", to_string(s.theme)}, {"difficulty", s.difficulty}, {"questions", qs},
            {"fired_rules", k.fired_rules}, {"flagged_ambiguities", k.flagged_ambiguities},
            {"touched_ambiguities", k.touched_ambiguities}, {"covers", {{"rules", s.covers_rules}, {"ambiguities", s.covers_ambiguities}}}};
}

void print_answers_text(const Scenario& s, const ScenarioKey& k, wams::Lang lang, std::ostream& out) {
    const bool nl = lang == wams::Lang::nl;
    out << s.id << " — " << (nl || s.title_en.empty() ? s.title_nl : s.title_en) << "  [" << theme_label(s.theme, lang)
        << (nl ? ", niveau " : ", level ") << s.difficulty << "]\n";
    for (size_t i = 0; i < s.questions.size(); ++i) {
        const auto& q = s.questions[i];
        const auto& m = k.answers[i];
        out << "  " << q.id << ". " << (nl ? q.prompt_nl : q.prompt_en) << "\n";
        out << "      " << (nl ? "Modelantwoord: " : "Model answer: ") << answer_label(q, m.value, lang) << " (" << m.value << ")\n";
        if (!m.conditions.empty()) {
            out << "      " << (nl ? "Voorwaarden:" : "Conditions:");
            for (const auto& c : m.conditions) out << " " << c;
            out << "\n";
        }
        if (!m.ambiguities.empty()) {
            out << "      " << (nl ? "Dubbelzinnige tekst:" : "Ambiguous text:");
            for (const auto& a : m.ambiguities) out << " " << a;
            out << "\n";
        }
        for (const auto& r : m.rule_refs) {
            out << "      " << r.id;
            if (!r.section.empty()) out << " (" << wams::source_where(r.section, r.article, lang) << ")";
            if (!r.quote_nl.empty()) out << ": «" << r.quote_nl << "»";
            out << "\n";
        }
        if (m.rule_refs.empty() && !m.rules.empty()) {
            out << "      " << (nl ? "Regels:" : "Rules:");
            for (const auto& r : m.rules) out << " " << r;
            out << "\n";
        }
    }
    out << "  " << (nl ? "Geraakte regels: " : "Rules fired: ");
    for (size_t i = 0; i < k.fired_rules.size(); ++i) out << (i ? ", " : "") << k.fired_rules[i];
    out << "\n  " << (nl ? "Gemarkeerde ambiguïteiten: " : "Ambiguities flagged: ");
    for (size_t i = 0; i < k.flagged_ambiguities.size(); ++i) out << (i ? ", " : "") << k.flagged_ambiguities[i];
    out << "\n  " << (nl ? "Ambiguïteiten in het spel (§10): " : "Ambiguities in play (§10): ");
    for (size_t i = 0; i < k.touched_ambiguities.size(); ++i) out << (i ? ", " : "") << k.touched_ambiguities[i];
    out << "\n\n";
}

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    if (args.empty()) { err << kUsage << "\n"; return wams::cli::kUsage; }
    Options o;
    if (!parse_options(args, o, err)) return wams::cli::kUsage;
    const std::string& verb = args[0];
    if (verb == "list") {
        if (!o.positional.empty()) { err << "wams-cli scenario list: takes no file\n"; return wams::cli::kUsage; }
        json arr = json::array();
        for (const Scenario* s : list_scenarios(builtin_scenarios(), o.theme, o.difficulty)) {
            if (o.json_out) arr.push_back({{"id", s->id}, {"theme", to_string(s->theme)}, {"difficulty", s->difficulty},
                                           {"title_nl", s->title_nl}, {"title_en", s->title_en}, {"questions", s->questions.size()}});
            else out << s->id << "\t" << to_string(s->theme) << "\t" << s->difficulty << "\t"
                     << (o.lang == wams::Lang::nl ? s->title_nl : s->title_en) << "\n";
        }
        if (o.json_out) out << json{{"scenarios", arr}}.dump(2) << "\n";
        return wams::cli::kOk;
    }
    if (verb != "validate" && verb != "answers") { err << kUsage << "\n"; return wams::cli::kUsage; }
    if (o.positional.size() != 1) { err << "wams-cli scenario " << verb << ": expects exactly one FILE|-\n"; return wams::cli::kUsage; }
    auto scenarios = load(o.positional[0], o, err);
    if (!scenarios) return wams::cli::kInvalidInput;
    if (verb == "validate") {
        if (o.json_out) {
            json ids = json::array();
            for (const auto& s : *scenarios) ids.push_back(s.id);
            out << json{{"valid", true}, {"scenarios", ids}, {"errors", json::array()}}.dump(2) << "\n";
        } else {
            out << (o.lang == wams::Lang::nl ? "Geldig: " : "Valid: ") << scenarios->size()
                << (o.lang == wams::Lang::nl ? " scenario('s)" : " scenario(s)") << "\n";
        }
        return wams::cli::kOk;
    }
    json all = json::array();
    for (const auto& s : *scenarios) {
        const ScenarioKey k = compute_key(s);
        if (o.json_out) all.push_back(answers_json(s, k));
        else print_answers_text(s, k, o.lang, out);
    }
    if (o.json_out) out << json{{"scenarios", all}}.dump(2) << "\n";
    return wams::cli::kOk;
}
} // namespace

WAMS_CLI_COMMAND(scenario, "scenario", "training scenarios: list, validate a file, print model answers", kUsage, run);
