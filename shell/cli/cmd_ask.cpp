// cmd_ask.cpp — `wams-cli ask "QUERY"`: search the help-desk answers (helpdesk.hpp), best first, as JSON.
#include "command.hpp"
#include "wams/helpdesk.hpp"
#include "wams/interview_session.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <ostream>

namespace {

constexpr const char* kUsage =
    "wams-cli ask \"QUERY\" [--lang nl|en] [--max N]\n"
    "  Zoekt in de vraagbaak-antwoorden / searches the help-desk answers (typos and missing diacritics are\n"
    "  forgiven). Prints {\"answers\":[{\"id\",\"question\",\"answer\",\"rules\",\"score\"},...],\"understood\":...},\n"
    "  answers best first; \"understood\" is the concrete question the help desk offers to start as an interview\n"
    "  ({\"direction\":\"request\"|\"share\",\"what\",\"party\",\"role\"}, as the Vraag form is filled) or null.\n"
    "  --lang nl|en   language of the question and answer texts (default nl)\n"
    "  --max N        at most N answers, 1..100 (default 10)\n"
    "  Several words without quotes are joined into one query.";

int run_ask(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    std::string query, lang = "nl";
    size_t max_results = 10;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--lang" || a == "--max") {
            if (i + 1 >= args.size()) { err << "wams-cli ask: " << a << " needs a value\n" << kUsage << "\n"; return wams::cli::kUsage; }
            const std::string& v = args[++i];
            if (a == "--lang") {
                if (v != "nl" && v != "en") { err << "wams-cli ask: --lang must be nl or en\n" << kUsage << "\n"; return wams::cli::kUsage; }
                lang = v;
            } else {
                int n = 0;
                try { size_t used = 0; n = std::stoi(v, &used); if (used != v.size()) n = 0; } catch (...) { n = 0; }
                if (n < 1 || n > 100) { err << "wams-cli ask: --max must be a number from 1 to 100\n" << kUsage << "\n"; return wams::cli::kUsage; }
                max_results = static_cast<size_t>(n);
            }
        } else if (a.rfind("--", 0) == 0) {
            err << "wams-cli ask: unknown option " << a << "\n" << kUsage << "\n";
            return wams::cli::kUsage;
        } else {
            if (!query.empty()) query += ' ';
            query += a;
        }
    }
    if (query.find_first_not_of(" \t\r\n") == std::string::npos) {
        err << "wams-cli ask: lege zoekvraag / empty query\n" << kUsage << "\n";
        return wams::cli::kUsage;
    }
    nlohmann::ordered_json answers = nlohmann::ordered_json::array();
    for (const auto& hit : wams::search_help(query, max_results)) {
        answers.push_back({{"id", hit.answer->id},
                           {"question", wams::help_question(*hit.answer, lang)},
                           {"answer", wams::help_answer_text(*hit.answer, lang)},
                           {"rules", hit.answer->rules},
                           {"score", std::round(hit.score * 1000.0) / 1000.0}});
    }
    nlohmann::ordered_json understood = nullptr;  // what the help desk screen offers to start (issue 19 part 5)
    if (const auto q = wams::interview::understand(query))
        understood = {{"direction", q->direction == wams::interview::Direction::request ? "request" : "share"},
                      {"what", q->what}, {"party", q->party}, {"role", q->role}};
    out << nlohmann::ordered_json{{"answers", answers}, {"understood", understood}}.dump() << "\n";
    return wams::cli::kOk;
}

} // namespace

WAMS_CLI_COMMAND(ask, "ask", "search the help-desk answers (vraagbaak)", kUsage, run_ask);
