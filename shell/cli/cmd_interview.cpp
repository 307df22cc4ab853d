// cmd_interview.cpp — `wams-cli interview FILE|- [--goal PATH]… [--pretty]`: a case whose facts are partly unanswered (issue 17,
// docs/interview.md). Absent = not asked yet; null = asked, not known (RULEBOOK §0.3, D27). Prints
// {"results":[{"id","assessment","open","next"}]}: the assessment with "open" for every value or verdict that the
// unasked fields can still change, and the question to ask now (null when nothing open can change).
#include "command.hpp"
#include "wams/interview.hpp"
#include "wams/validate.hpp"

#include <ostream>

namespace {

constexpr const char* kUsageText =
    "wams-cli interview FILE|- [--goal PATH]... [--pretty]\n"
    "  The same case file as assess ({\"id\",\"facts\"} or {\"cases\":[…]}), but any field of facts may be left\n"
    "  out: not asked yet (null keeps its meaning: asked, not known). Prints\n"
    "  {\"results\":[{\"id\",\"assessment\":{…assess's shape, \"open\" for every value or verdict not yet decided,\n"
    "  with \"waits_for\": the questions it waits for…},\"open\":[{\"path\",\"waits_for\"}],\"next\":{\"pointer\",\n"
    "  \"question\":{\"nl\",\"en\"},\"kind\",\"options\":[{\"value\",\"nl\",\"en\"}]} or null}]}. `next` is the question to\n"
    "  ask now, a JSON pointer into the case (parents are created when it is answered; a list or an object that\n"
    "  may be null is asked as a whole); null when nothing open can change any value or verdict.\n"
    "  --goal PATH: ask only for these values (a prefix of an assessment path, e.g. /data_items/0/verdict or\n"
    "  /data_items/ for every item verdict; repeatable); the others are still reported as decided or open.\n"
    "  Invalid answers: the errors (JSON path, expected, found) on stderr, exit 1. Wrong usage: exit 2.\n"
    "  Het vraaggesprek: wat al vaststaat, wat nog open is en welke vraag nu komt.";

int run_interview(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    std::string file;
    bool pretty = false;
    wams::interview::Options options;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--pretty") pretty = true;
        else if (a == "--goal" && i + 1 < args.size() && args[i + 1].rfind('/', 0) == 0) options.goals.push_back(args[++i]);
        else if (file.empty() && (a == "-" || a.empty() || a[0] != '-')) file = a;
        else {
            err << "wams-cli interview: onbekende optie / unknown option: " << a << "\n" << kUsageText << "\n";
            return wams::cli::kUsage;
        }
    }
    if (file.empty()) {
        err << kUsageText << "\n";
        return wams::cli::kUsage;
    }
    std::string text;
    if (!wams::cli::read_input(file, text, err)) return wams::cli::kUsage;
    wams::ParsedJson parsed = wams::parse_json_text(text);
    if (!parsed.doc) {
        err << "wams-cli interview: " << file << ": ongeldige invoer / invalid input\n"
            << wams::format_errors(parsed.errors, wams::Lang::nl);
        return wams::cli::kInvalidInput;
    }
    const nlohmann::json& doc = *parsed.doc;
    std::vector<std::pair<std::string, const nlohmann::json*>> cases;  // base pointer, case
    if (doc.is_object() && doc.contains("cases") && doc["cases"].is_array()) {
        for (std::size_t i = 0; i < doc["cases"].size(); ++i)
            cases.emplace_back("/cases/" + std::to_string(i), &doc["cases"][i]);
    } else {
        cases.emplace_back("", &doc);
    }
    nlohmann::json results = nlohmann::json::array();
    int rc = wams::cli::kOk;
    for (const auto& [base, c] : cases) {
        if (!c->is_object() || !c->contains("facts") || !(*c)["facts"].is_object()) {
            err << "wams-cli interview: " << file << ": " << base << "/facts: object verwacht / expected an object\n";
            rc = wams::cli::kInvalidInput;
            continue;
        }
        wams::interview::Result r = wams::interview::run(*c, options);
        if (!r.errors.empty()) {
            for (auto& e : r.errors) e.path = base + e.path;
            err << "wams-cli interview: " << file << ": ongeldige antwoorden / invalid answers\n"
                << wams::format_errors(r.errors, wams::Lang::nl);
            rc = wams::cli::kInvalidInput;
            continue;
        }
        nlohmann::json open = nlohmann::json::array();
        for (const auto& o : r.open) open.push_back({{"path", o.path}, {"waits_for", o.waits_for}});
        nlohmann::json entry;
        entry["id"] = c->contains("id") ? (*c)["id"] : nlohmann::json(nullptr);
        entry["assessment"] = std::move(r.assessment);
        entry["open"] = std::move(open);
        entry["next"] = r.next ? wams::interview::question_json(*r.next) : nlohmann::json(nullptr);
        results.push_back(std::move(entry));
    }
    if (rc != wams::cli::kOk) return rc;
    out << nlohmann::json{{"results", results}}.dump(pretty ? 2 : -1) << "\n";
    return wams::cli::kOk;
}

} // namespace

WAMS_CLI_COMMAND(interview, "interview", "ask only what can still change the outcome (facts may be left out)",
                 kUsageText, run_interview);
