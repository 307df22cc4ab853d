// stage.cpp — the encoded rulebook stages (RULEBOOK §12.1), read from the embedded assets/rules/stage.json, and the
// words every screen and export uses to say what the law is. Nothing here throws: the wasm build catches nothing.
#include "wams/stage.hpp"

#include "wams/asset_errors.hpp"
#include "wams/json_reader.hpp"

#include <algorithm>
#include <array>

namespace wams::embedded {
std::string_view asset_stage();  // assets/rules/stage.json (cmake/Embed.cmake)
} // namespace wams::embedded

namespace wams {
namespace {

RulebookStage read_stage(const JsonReader& s) {
    RulebookStage st;
    st.id = s.nonempty_str("id");
    st.date = s.nonempty_str("date");
    st.name_nl = s.nonempty_str("title_nl");
    st.name_en = s.nonempty_str("title_en");
    st.models_nl = s.optional_str("models_nl");
    st.models_en = s.optional_str("models_en");
    st.changed_nl = s.optional_str("changed_nl");
    st.changed_en = s.optional_str("changed_en");
    st.not_in_force_nl = s.optional_str("not_in_force_nl");
    st.not_in_force_en = s.optional_str("not_in_force_en");
    st.status_line_nl = s.nonempty_str("status_line_nl");
    st.status_line_en = s.nonempty_str("status_line_en");
    st.article_nl = s.nonempty_str("article_nl");
    st.article_en = s.nonempty_str("article_en");
    st.draft_articles = s.at("draft_articles").strings();
    st.as_of = s.nonempty_str("as_of");
    st.in_force = s.required("in_force").boolean();
    const JsonReader history = s.required("history");
    history.each([&](const JsonReader& e) {
        st.history.push_back({e.optional_str("date"), e.optional_str("nl"), e.optional_str("en")});
    });
    if (st.history.empty() && history.j.is_array()) history.fail_here("empty");
    return st;
}

// stage.json: the stages (at least one) and what the tool is not; the first defect with its JSON Pointer.
Result<StageRecord> read_stage_record(std::string_view json_text) {
    return read_json_text<StageRecord>(json_text, [](const JsonReader& doc) {
        StageRecord r;
        r.tool_is_not_nl = doc.nonempty_str("tool_is_not_nl");
        r.tool_is_not_en = doc.nonempty_str("tool_is_not_en");
        const JsonReader stages = doc.required("stages");
        stages.each([&](const JsonReader& st) { r.stages.push_back(read_stage(st)); });
        if (r.stages.empty() && stages.j.is_array()) stages.fail_here("empty");
        return r;
    });
}

std::string describe(const LoadError& e) { return "stage.json " + (e.path.empty() ? "" : e.path + ": ") + e.message; }

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
        Result<StageRecord> read = read_stage_record(embedded::asset_stage());
        if (read.ok()) return std::move(read).value();
        record_asset_error("assets/rules/stage.json", read.error());
        return fallback(describe(read.error()));
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
    Result<StageRecord> read = read_stage_record(json_text);
    if (read.ok()) return std::move(read).value();
    StageRecord failed;
    failed.error = describe(read.error());
    return failed;
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
    // Every reference starts with "art. " or "artikel ": a text without "art" has none (most UI texts; the start
    // screen's text table is read through here: issue 18 §3).
    if (s.find("art") == std::string_view::npos) return std::string(s);
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
