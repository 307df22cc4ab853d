// stage.cpp — the encoded rulebook stages (RULEBOOK §12.1), read from the embedded assets/rules/stage.json, and the
// words every screen and export uses to say what the law is. Nothing here throws: the wasm build catches nothing.
#include "wams/stage.hpp"

#include "wams/asset_errors.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>

namespace wams::embedded {
std::string_view asset_stage();  // assets/rules/stage.json (cmake/Embed.cmake)
} // namespace wams::embedded

namespace wams {
namespace {

using nlohmann::json;

std::string str(const json& j, const char* key) {
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::vector<std::string> strs(const json& j, const char* key) {
    std::vector<std::string> out;
    const auto it = j.find(key);
    if (it != j.end() && it->is_array())
        for (const auto& s : *it)
            if (s.is_string()) out.push_back(s.get<std::string>());
    return out;
}

// One stage object; "" when it is complete, otherwise the first missing field.
std::string read_stage(const json& s, RulebookStage& st) {
    if (!s.is_object()) return "a stage is not an object";
    st.id = str(s, "id");
    st.date = str(s, "date");
    st.name_nl = str(s, "title_nl");
    st.name_en = str(s, "title_en");
    st.models_nl = str(s, "models_nl");
    st.models_en = str(s, "models_en");
    st.changed_nl = str(s, "changed_nl");
    st.changed_en = str(s, "changed_en");
    st.not_in_force_nl = str(s, "not_in_force_nl");
    st.not_in_force_en = str(s, "not_in_force_en");
    st.status_line_nl = str(s, "status_line_nl");
    st.status_line_en = str(s, "status_line_en");
    st.article_nl = str(s, "article_nl");
    st.article_en = str(s, "article_en");
    st.draft_articles = strs(s, "draft_articles");
    st.as_of = str(s, "as_of");
    const auto in_force = s.find("in_force");
    if (in_force == s.end() || !in_force->is_boolean()) return "stage " + st.id + ": in_force is not true/false";
    st.in_force = in_force->get<bool>();
    const auto history = s.find("history");
    if (history != s.end() && history->is_array())
        for (const auto& e : *history) st.history.push_back({str(e, "date"), str(e, "nl"), str(e, "en")});
    const std::array<std::pair<const char*, const std::string*>, 9> required{{
        {"id", &st.id}, {"date", &st.date}, {"title_nl", &st.name_nl}, {"title_en", &st.name_en},
        {"status_line_nl", &st.status_line_nl}, {"status_line_en", &st.status_line_en},
        {"article_nl", &st.article_nl}, {"article_en", &st.article_en}, {"as_of", &st.as_of}}};
    for (const auto& [key, value] : required)
        if (value->empty()) return "stage " + st.id + ": " + key + " missing";
    if (st.history.empty()) return "stage " + st.id + ": history missing";
    return {};
}

// What default_stage() answers when the embedded record could not be read: the stage id the cases name, and a
// status line that says the record is unreadable (a unit test makes that state a failure).
StageRecord fallback(std::string error) {
    RulebookStage st;
    st.id = "concept-2020-12";
    st.name_nl = st.name_en = st.id;
    st.status_line_nl = "Stadiumgegevens onleesbaar: " + error;
    st.status_line_en = "Stage record unreadable: " + error;
    st.article_nl = "wetsvoorstel";
    st.article_en = "(bill)";
    StageRecord r;
    r.stages.push_back(std::move(st));
    r.error = std::move(error);
    return r;
}

const StageRecord& record() {
    static const StageRecord r = [] {
        StageRecord parsed = parse_stage_record(embedded::asset_stage());
        if (parsed.error.empty()) return parsed;
        record_asset_error("assets/rules/stage.json", LoadError{"", parsed.error});
        return fallback(parsed.error);
    }();
    return r;
}

const std::array<const char*, 12> kMonthsNl{"januari", "februari", "maart", "april", "mei", "juni",
                                            "juli", "augustus", "september", "oktober", "november", "december"};
const std::array<const char*, 12> kMonthsEn{"January", "February", "March", "April", "May", "June",
                                            "July", "August", "September", "October", "November", "December"};

int two_digits(std::string_view s, std::size_t at) {
    if (s.size() < at + 2 || s[at] < '0' || s[at] > '9' || s[at + 1] < '0' || s[at + 1] > '9') return -1;
    return (s[at] - '0') * 10 + (s[at + 1] - '0');
}

bool starts_with(std::string_view s, std::size_t at, std::string_view prefix) { return s.substr(at, prefix.size()) == prefix; }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_number_char(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c == '.'; }

// At `at` a draft article reference starts ("art. 2.3a.4", "artikel 5.4.2 lid 1"): its end (after the number and
// any "lid N"), with the number in `number`; `at` when no draft article starts there.
std::size_t draft_reference_end(std::string_view s, std::size_t at, const RulebookStage& st, std::string& number) {
    if (at > 0 && is_letter(s[at - 1])) return at;
    std::size_t i = at;
    if (starts_with(s, i, "art. ")) i += 5;
    else if (starts_with(s, i, "artikel ")) i += 8;
    else return at;
    const std::size_t from = i;
    while (i < s.size() && is_number_char(s[i])) ++i;
    while (i > from && s[i - 1] == '.') --i;  // the sentence's full stop
    number = std::string(s.substr(from, i - from));
    if (std::find(st.draft_articles.begin(), st.draft_articles.end(), number) == st.draft_articles.end()) return at;
    if (starts_with(s, i, " lid ") && i + 5 < s.size() && s[i + 5] >= '0' && s[i + 5] <= '9') {
        std::size_t j = i + 5;
        while (j < s.size() && s[j] >= '0' && s[j] <= '9') ++j;
        number += std::string(s.substr(i, j - i));
        i = j;
    }
    return i;
}

} // namespace

StageRecord parse_stage_record(std::string_view json_text) {
    StageRecord r;
    const json doc = json::parse(json_text.begin(), json_text.end(), nullptr, /*allow_exceptions=*/false);
    if (doc.is_discarded() || !doc.is_object()) {
        r.error = "stage.json is not a JSON object";
        return r;
    }
    r.tool_is_not_nl = str(doc, "tool_is_not_nl");
    r.tool_is_not_en = str(doc, "tool_is_not_en");
    if (r.tool_is_not_nl.empty() || r.tool_is_not_en.empty()) r.error = "tool_is_not_nl/en missing";
    const auto stages = doc.find("stages");
    if (r.error.empty() && (stages == doc.end() || !stages->is_array() || stages->empty())) r.error = "no stages";
    for (std::size_t i = 0; r.error.empty() && i < stages->size(); ++i) {
        RulebookStage st;
        r.error = read_stage((*stages)[i], st);
        r.stages.push_back(std::move(st));
    }
    if (!r.error.empty()) r.stages.clear();
    return r;
}

const std::vector<RulebookStage>& known_stages() { return record().stages; }
const RulebookStage& default_stage() { return known_stages().front(); }
const std::string& stage_record_error() { return record().error; }

const RulebookStage* find_stage(std::string_view id) {
    for (const auto& s : known_stages())
        if (s.id == id) return &s;
    return nullptr;
}

std::string long_date(std::string_view iso, Lang lang) {
    const int month = two_digits(iso, 5);
    if (iso.size() < 7 || iso[4] != '-' || month < 1 || month > 12) return std::string(iso);
    const std::string m = (lang == Lang::nl ? kMonthsNl : kMonthsEn)[month - 1];
    const std::string year(iso.substr(0, 4));
    const int day = two_digits(iso, 8);
    return day > 0 ? std::to_string(day) + " " + m + " " + year : m + " " + year;
}

std::string stage_name(const RulebookStage& s, Lang lang) { return lang == Lang::nl ? s.name_nl : s.name_en; }

std::string stage_status_line(const RulebookStage& s, Lang lang) {
    const bool nl = lang == Lang::nl;
    return (nl ? s.status_line_nl : s.status_line_en) + (s.as_of.empty() ? "" : (nl ? " — stand per " : " — as of ") + long_date(s.as_of, lang));
}

std::string tool_is_not_text(Lang lang) { return lang == Lang::nl ? record().tool_is_not_nl : record().tool_is_not_en; }

std::vector<std::string> stage_notice(const RulebookStage& s, Lang lang) {
    const bool nl = lang == Lang::nl;
    const std::string as_of = (nl ? "Stand per " : "As of ") + long_date(s.as_of, lang) + ".";
    return {nl ? s.models_nl : s.models_en, nl ? s.changed_nl : s.changed_en,
            (nl ? s.not_in_force_nl : s.not_in_force_en) + " " + as_of, tool_is_not_text(lang)};
}

std::string draft_article_label(std::string_view number, Lang lang) {
    const RulebookStage& st = default_stage();
    return "art. " + std::string(number) + " " + (lang == Lang::nl ? st.article_nl : st.article_en);
}

std::string label_draft_articles(std::string_view s, Lang lang) {
    const RulebookStage& st = default_stage();
    constexpr std::string_view kOpen = "\xC2\xAB", kClose = "\xC2\xBB";  // « »
    std::string out;
    int quoted = 0;
    for (std::size_t i = 0; i < s.size();) {
        if (starts_with(s, i, kOpen)) ++quoted;
        if (starts_with(s, i, kClose) && quoted > 0) --quoted;
        std::string number;
        const std::size_t end = quoted ? i : draft_reference_end(s, i, st, number);
        if (end == i) {
            out += s[i++];
            continue;
        }
        const bool labelled = starts_with(s, end, " " + st.article_nl) || starts_with(s, end, " " + st.article_en);
        const std::size_t next = labelled ? end : starts_with(s, end, " Wmo 2015") ? end + 9 : end;
        out += labelled ? std::string(s.substr(i, end - i)) : draft_article_label(number, lang);
        i = next;
    }
    return out;
}

} // namespace wams
