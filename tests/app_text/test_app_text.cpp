// test_app_text.cpp — issue 17 part 5, "no code on a Dutch screen". Opens every public case through the session
// (consult::open_case), draws every screen headlessly in Dutch (an ImGui context with a built font atlas, no
// renderer) — start, every process page, every walk page of every data item, the assessment, the map per step, what
// if, case file, dossier, training, trainer, help desk, facts — and opens every id chip's card on each. The text of a
// frame is the DOM mirror's (a11y_snapshot_json: title, widget labels, field values, explanations) plus everything
// ImGui rendered as text (its log), so card bodies and headings that the mirror leaves out are checked too.
// An offence is a rulebook §0.3 code (vocabulary codes and field names), a snake_case identifier, a domain reference
// ("social:Wgs"), a JSON pointer ("/facts/…", "#title"), an English UI word, or a case's data-item id ("D1") outside
// the rule/ambiguity/design-choice chips. Each offence is printed with its screen and text.
#include "a11y_mirror.hpp"
#include "app.hpp"
#include "app_state.hpp"
#include "consult.hpp"
#include "headless.hpp"
#include "test_hooks.hpp"
#include "widgets.hpp"
#include "wams/i18n.hpp"
#include "wams/interview_session.hpp"
#include "wams/json_pointer.hpp"
#include "wams/process_steps.hpp"
#include "wams/rules.hpp"
#include "wams/validate.hpp"
#include "wams/ui_model.hpp"

#include "imgui.h"
#include "imgui_internal.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

namespace {

using nlohmann::json;
namespace app = wams::app;
namespace consult = wams::app::consult;

json read_json(const std::string& rel) {
    std::ifstream in(std::string(WAMS_SOURCE_DIR) + "/" + rel);
    return json::parse(in);
}

// ---- What counts as an offence -------------------------------------------------------------------------------
// Codes that are also ordinary Dutch words or names a Dutch text uses as they are.
const std::map<std::string, std::string> kDutchCodes = {
    {"regisseur", "Dutch word (coordination form R44)"},
    {"mantelzorger", "Dutch word (informal carer)"},
    {"vertegenwoordiger", "Dutch word (representative)"},
    {"opsporing", "Dutch word (criminal investigation)"},
    {"loket", "Dutch word (intake desk)"},
    {"professional", "Dutch word (\"verzoek van een professional\", art. 2.3a.4)"},
    {"route", "Dutch word"},
    {"criteria", "Dutch word"},
    {"label", "Dutch word"},
    {"kind", "Dutch word (child)"},
    {"type", "Dutch word"},
    {"Wjsg", "name of a law"},
    {"Wpg", "name of a law"},
    {"2.3a.1", "article number, cited as such in Dutch (art. 2.3a.1)"},
    {"2.3a.4", "article number, cited as such in Dutch (art. 2.3a.4)"},
    {"§2.3", "report section, cited as such in Dutch"},
    {"§3.1.1", "report section, cited as such in Dutch"},
};

// English words of the UI that must not appear in Dutch text (whole word, case-sensitive).
const std::vector<std::string> kEnglishWords = {
    "Yes", "No", "Entry", "entry", "routes", "Routes", "item", "Item", "items", "Scope", "scope", "Investigation",
    "investigation", "Coordination", "coordination", "Case", "conference", "Conference", "allowed", "Allowed", "not",
    "the", "The", "and", "with", "from", "None", "none", "null", "true", "false", "unknown", "pending", "Step",
    "Question", "Answer", "Source", "source", "Rules", "Section", "Chapter", "Design", "choice", "Save", "Undo",
    "Back", "Next", "Remove", "Search", "Help", "Data", "requester", "client", "Client", "party", "purpose",
};

std::set<std::string> vocabulary_codes() {
    const json v = read_json("assets/vocabulary.json");
    std::set<std::string> codes;
    for (const auto& f : v["fields"]) {
        std::stringstream path(f["path"].get<std::string>());
        for (std::string seg; std::getline(path, seg, '/');)
            if (!seg.empty() && seg != "*") codes.insert(seg);
        for (const auto& val : f.value("values", json::array())) codes.insert(val["code"].get<std::string>());
    }
    for (const auto& o : v["outcomes"])
        for (const auto& val : o["values"]) codes.insert(val.is_string() ? val.get<std::string>() : val["code"].get<std::string>());
    for (const auto& [code, reason] : kDutchCodes) codes.erase(code);
    return codes;
}

bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || (c & 0x80); }

// Whole-word occurrence of `w` in `text` (a word boundary: not a letter, digit, '_' or UTF-8 byte either side).
bool has_word(const std::string& text, const std::string& w) {
    for (std::size_t at = text.find(w); at != std::string::npos; at = text.find(w, at + 1)) {
        const bool left = at == 0 || !word_char(text[at - 1]);
        const std::size_t end = at + w.size();
        const bool right = end >= text.size() || !word_char(text[end]);
        if (left && right) return true;
    }
    return false;
}

struct Offence {
    std::string screen, kind, what, text;
};

struct Checker {
    std::set<std::string> codes = vocabulary_codes();
    bool english = false;  // an English screen: no English-word check; case-file markup (`…`, null) is looked for
    std::vector<Offence> found;
    std::set<std::string> seen;  // screen-independent: one report per (kind, what, text)

    void add(const std::string& screen, const std::string& kind, const std::string& what, const std::string& text) {
        if (seen.insert(kind + "\x1f" + what + "\x1f" + text).second) found.push_back({screen, kind, what, text});
    }

    // One line of Dutch (or, with `english`, English) text.
    void line(const std::string& screen, const std::string& shown) {
        // A quotation of the report «…» is its own text, word for word (R1 quotes «Binnen de scope van de Wams …»):
        // not the app's wording, so not checked. Everything around it is.
        static const std::regex quotation("\xC2\xAB.*?\xC2\xBB");
        const std::string text = std::regex_replace(shown, quotation, "\xC2\xAB\xC2\xBB");
        static const std::regex snake(R"((^|[^A-Za-z0-9_])([a-z][a-z0-9]*(_[a-z0-9]+)+)($|[^A-Za-z0-9_]))");
        static const std::regex domain_ref(R"(\b(social|adjacent):)");
        static const std::regex advisory(R"(\bADV_[A-Z_]+)");  // an advisory code (RULEBOOK §9.3)
        static const std::regex pointer(R"((^|[\s("'])(/[a-z_]+)+/?([a-z0-9_*]+)?|(^|[\s("'])#[A-Za-z_])");
        std::smatch m;
        for (const auto& c : codes)  // one-word codes ("client", "party") are English words on an English screen
            if ((!english || c.find('_') != std::string::npos) && has_word(text, c)) add(screen, "code", c, text);
        if (std::regex_search(text, m, snake)) add(screen, "code", m[2], text);
        if (std::regex_search(text, m, domain_ref)) add(screen, "domain reference", m[0], text);
        if (std::regex_search(text, m, advisory)) add(screen, "code", m[0], text);
        if (std::regex_search(text, m, pointer)) add(screen, "JSON pointer", m[0], text);
        if (english) {
            if (text.find('`') != std::string::npos) add(screen, "case-file markup", "`", text);
            // An error line quotes the file's JSON after "expected:" by design (validate.cpp); elsewhere null is a
            // code.
            if (has_word(text, "null") && text.find(" \xE2\x80\x94 expected: ") == std::string::npos)
                add(screen, "code", "null", text);
        } else {
            for (const auto& w : kEnglishWords)
                if (has_word(text, w)) add(screen, "English word", w, text);
        }
        glyphs(screen, shown);
    }

    // Every character drawn has a glyph in the body font (otherwise ImGui draws "?": app.cpp's kGlyphRanges).
    ImFont* body = nullptr;
    void glyphs(const std::string& screen, const std::string& text) {
        if (!body) return;
        for (const char *p = text.c_str(), *end = p + text.size(); p < end;) {
            unsigned int c = 0;
            const int n = ImTextCharFromUtf8(&c, p, end);
            if (c >= 0x20 && !body->FindGlyphNoFallback(static_cast<ImWchar>(c)))
                add(screen, "missing glyph", std::string(p, static_cast<std::size_t>(n)), text);
            p += n;
        }
    }
};

// ---- Drawing screens without a renderer ------------------------------------------------------------------------
struct Headless {
    app::App a;
    std::string preview;  // multi-line previews of a document (case file JSON, dossier record): not screen text

    Headless() {
        // Tall: nothing is scrolled out of view. WAMS_APP_TEXT_WIDTH=390 draws the phone layout (docs/responsive.md).
        const char* width = std::getenv("WAMS_APP_TEXT_WIDTH");
        app::testing::begin_headless(a, width ? static_cast<float>(std::atoi(width)) : 1280.0f, 16000);
        app::test_hooks::capture_text(true);
    }
    ~Headless() {
        app::test_hooks::capture_text(false);
        ImGui::DestroyContext();
    }
    Headless(const Headless&) = delete;
    Headless& operator=(const Headless&) = delete;

    // Draws the current state twice (the first frame lays out new windows) and returns its text, one line each.
    std::vector<std::string> frame() {
        app::testing::draw_frames(a, 2);
        const std::string rendered = app::test_hooks::captured_text();
        std::vector<std::string> lines = mirror_lines();
        std::set<std::string> skip;
        std::stringstream pv(preview);
        for (std::string l; std::getline(pv, l);) skip.insert(trim(l));
        static const std::regex input_box(R"(\{[^{}]*\})");  // a text box's content: the stored fact (mirror: its value)
        std::stringstream in(rendered);
        for (std::string l; std::getline(in, l);) {
            const std::string t = trim(l);
            if (skip.count(t) || skip.count(strip_braces(t))) continue;
            const std::string shown = trim(std::regex_replace(t, input_box, ""));
            if (!shown.empty()) lines.push_back(shown);
        }
        return lines;
    }

    std::vector<std::string> mirror_lines() {
        const json snap = json::parse(app::a11y_snapshot_json(&a));
        std::vector<std::string> out{snap.value("title", "")};
        for (const auto& it : snap["items"]) {
            const std::string id = it.value("id", "");
            std::string text = it.value("label", "");
            if (it.contains("value")) text += ": " + it["value"].get<std::string>();
            if (id == "assess.ready") continue;  // the test hook's marker, not shown
            // A document's lines (widgets::document: the dossier record, the case file's JSON) are the document's own
            // words, like the box that shows them: see `preview`.
            if (id.rfind("dossier.preview", 0) == 0 || id.rfind("file.preview.text", 0) == 0) continue;
            out.push_back(text);
            // Chips carry R/A/D ids by design; the item's own "Kenmerk" field holds its item_id (the case's data).
            const bool own_id = id.size() > 8 && id.compare(id.size() - 8, 8, "/item_id") == 0;
            if (id.rfind("card.", 0) != 0 && !own_id) outside_chips.emplace_back(text);
        }
        for (const auto& l : snap["explanation"]) explanation.push_back(l.value("text", ""));
        return out;
    }
    std::vector<std::string> outside_chips;  // mirror texts outside the R/A/D chips, of the last frame
    std::vector<std::string> explanation;  // the mirror's explanation lines (core's explain_lines) of the last frame

    static std::string strip_braces(std::string t) {  // a preview's first/last line carries the box's "{" / "}"
        if (!t.empty() && t.front() == '{') t.erase(0, 1);
        if (!t.empty() && t.back() == '}') t.pop_back();
        return trim(t);
    }

    static std::string trim(const std::string& s) {
        const auto b = s.find_first_not_of(" \t");
        if (b == std::string::npos) return "";
        return s.substr(b, s.find_last_not_of(" \t") - b + 1);
    }
};

struct Walker {
    Headless ui;
    Checker check;
    std::set<std::string> item_ids;  // the data-item ids of the case drawn
    int diff_lines = 0;              // what-if "Alle verschillen" lines checked
    std::set<std::string> cards_seen;  // the ids whose card was opened (once per walk: a card's text is its id's)

    Walker() { check.body = ui.a.font_body; }
    int title_fallbacks_before = app::widgets::title_font_fallbacks();

    // A screen as drawn, every chip's card opened; in the phone layout (one pane at a time) its second pane too.
    void visit(const std::string& screen_name) {
        visit_pane(screen_name);
        if (!app::test_hooks::find("pane.second")) return;
        press("pane.second");
        visit_pane(screen_name + " (second pane)");
        press("pane.first");
    }

    // A widget pressed as the page's accessible layer presses it (its id), and the frames that apply it.
    void press(const char* id) {
        app::test_hooks::queue_action(id, "activate", "");
        ui.frame();
        ui.frame();
    }

    void visit_pane(const std::string& screen_name) {
        auto& s = consult::session();
        s.expanded_card.clear();
        draw(screen_name);
        // Every chip of the screen opened: its card (rule, ambiguity, design choice, condition, advisory).
        std::vector<std::string> chips;
        const json drawn = json::parse(app::test_hooks::state_json(ui.a));  // kept alive: the loop reads into it
        for (const auto& w : drawn["widgets"]) {
            const std::string id = w.value("id", "");
            if (id.rfind("card.", 0) == 0) chips.push_back(id.substr(5));
        }
        for (const auto& key : chips) {
            // A card's text depends only on what it cards (R14, A1, D27, a condition): each is drawn once per walk, on
            // the first screen that offers it (the same card on every later screen would only repeat its lines).
            if (!cards_seen.insert(key.substr(key.rfind('/') + 1)).second) continue;
            s.expanded_card = key;
            draw(screen_name + " + card " + key);
        }
        s.expanded_card.clear();
    }

    std::ofstream dump{std::getenv("WAMS_APP_TEXT_DUMP") ? std::getenv("WAMS_APP_TEXT_DUMP") : ""};  // every line checked, for a reader

    void draw(const std::string& screen_name) {
        ui.outside_chips.clear();
        ui.explanation.clear();
        for (const auto& l : ui.frame()) {
            check.line(screen_name, without_user_text(l));
            if (dump) dump << screen_name << '\t' << l << '\n';
        }
        // Core's explanation lines (explain.cpp, the `explain` export's text) count like the rest since session 13
        // (until then they were printed as warnings, and advisory and condition codes showed on the Dutch screen).
        for (const auto& l : ui.explanation) {
            check.line(screen_name, without_user_text(l));
            // an item's heading names the item; elsewhere "D3" in an explanation is design choice D3 (a card's text)
            if (l.rfind("Gegeven ", 0) == 0)
                for (const auto& id : item_ids)
                    if (has_word(l, id)) check.add(screen_name, "data-item id", id, l);
        }
        for (const auto& t : ui.outside_chips) {
            // A what-if difference of the design choices names them as such ("Ontwerpkeuzes: D1 → D1, D27"): not items.
            const std::string dc = wams::i18n::text(ui.a.lang, "codes.out.design_choices_applied") + ": ";
            if (t.find(dc) != std::string::npos) continue;
            for (const auto& id : item_ids)
                if (has_word(t, id)) check.add(screen_name, "data-item id", id, t);
        }
    }

    // The case's own free text (descriptions, justifications, party names: what the user typed, here the public
    // cases' English) is not the app's wording: removed from a line before it is checked. Coded text facts
    // ("social:Wgs", widgets::coded_text) are not free text: the screen must show them in words.
    std::vector<std::string> user_text;
    void collect_user_text(const json& v, const std::string& pointer) {
        if (v.is_object()) {
            for (const auto& [k, x] : v.items()) collect_user_text(x, pointer + "/" + k);
        } else if (v.is_array()) {
            for (std::size_t i = 0; i < v.size(); ++i) collect_user_text(v[i], pointer + "/" + std::to_string(i));
        } else if (v.is_string() && !v.get<std::string>().empty()) {
            const wams::ui::FieldSpec* spec = wams::ui::find_field(pointer);
            if (!spec) spec = wams::ui::find_field(pointer.substr(0, pointer.find_last_of('/')));  // a text list's element
            const bool free = spec && (spec->kind == wams::ui::FieldKind::text || spec->kind == wams::ui::FieldKind::text_list);
            if (free && !app::widgets::coded_text(*spec)) user_text.push_back(v.get<std::string>());
        }
    }
    // Texts of core that the exports share (digested: tests/digests/baseline.txt), shown as they are: what the tool
    // does at each ambiguity (assets/rules, also in `explain`) and the validator's messages (also in the CLI).
    std::vector<std::string> core_text = [] {
        std::vector<std::string> t;
        for (const auto& a : wams::all_ambiguities())
            if (const auto b = wams::ambiguity_tool_behaviour(a, wams::Lang::nl); !b.empty()) {
                std::stringstream lines{std::string(b)};  // the screen's text log has one entry per line
                for (std::string l; std::getline(lines, l);) t.push_back(Headless::trim(l));
            }
        return t;
    }();
    void add_messages(const json& facts) {
        for (const auto& e : wams::validate_facts(facts, "/facts")) core_text.push_back(e.message_nl);
    }

    std::string without_user_text(std::string line) const {
        for (const auto& list : {&user_text, &core_text})
            for (const auto& t : *list)
                for (auto at = line.find(t); !t.empty() && at != std::string::npos; at = line.find(t)) line.erase(at, t.size());
        return line;
    }

    void go(const std::string& screen) { ui.a.go_to(screen); }

    void walk_case(const json& c) {
        auto& s = consult::session();
        consult::open_case(s, c);
        user_text.clear();
        collect_user_text(c["facts"], "");
        std::sort(user_text.begin(), user_text.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
        item_ids.clear();
        for (const auto& it : c["facts"].value("data_items", json::array())) item_ids.insert(it.value("item_id", ""));
        const std::string id = c.value("id", "");
        go("start");
        visit(id + " start");
        go("process");
        for (const auto& page : consult::visible_process_pages(s)) {
            s.process_page = page;
            visit(id + " process/" + page);
        }
        go("walk");
        const int items = static_cast<int>(s.editor.value("/data_items").size());
        for (int i = 0; i < items; ++i) {
            s.walk_item = i;
            std::vector<std::string> pages;
            for (auto p : wams::ui::walk_pages()) pages.emplace_back(p);
            pages.emplace_back("Q13");
            for (const auto& p : pages) {
                s.walk_page = p;
                visit(id + " walk/" + std::to_string(i) + "/" + p);
            }
        }
        go("assessment");
        visit(id + " assessment");
        go("map");
        for (const auto& step : wams::process_steps()) {
            app::app_state().map_step = std::string(step.id);
            visit(id + " map/" + std::string(step.id));
        }
        go("whatif");
        visit(id + " whatif");
        const auto candidates = wams::ui::what_if_candidates(s.editor.facts());
        if (!candidates.empty()) {
            s.whatif_pointer = candidates.front();
            const wams::ui::FieldSpec* spec = wams::ui::find_field(s.whatif_pointer);
            for (const auto& v : spec ? wams::ui::field_answers(*spec, s.whatif_pointer, s.editor.facts()) : std::vector<json>{})
                if (v != s.editor.value(s.whatif_pointer)) s.whatif_value = v;
            json alternative = s.editor.facts();
            wams::store_at(alternative, s.whatif_pointer, s.whatif_value);
            add_messages(alternative);
            visit(id + " whatif " + s.whatif_pointer);
            // "Alle verschillen" opened, as a user would (through its widget): every line of the comparison checked.
            const bool phone = app::test_hooks::find("pane.second") != nullptr;
            if (phone) press("pane.second");  // the comparison is the second pane on a phone
            press("whatif.all_differences");
            visit_pane(id + " whatif " + s.whatif_pointer + " all differences");
            const json shown = json::parse(app::test_hooks::state_json(ui.a));
            for (const auto& w : shown["widgets"]) diff_lines += w.value("id", "").rfind("whatif.diff.", 0) == 0 ? 1 : 0;
            press("whatif.all_differences");  // closed again
            if (phone) press("pane.first");
        }
        ui.preview = wams::ui::case_file_text(s.editor.case_doc());
        go("casefile");
        visit(id + " casefile");
        go("dossier");
        ui.frame();  // the first frame builds the record (a document: its text is the report export's)
        ui.preview = app::app_state().dossier.preview;
        visit(id + " dossier");
        ui.preview.clear();
    }

    // "Vraag" (screen_ask.cpp): the empty start form, then issue 17's question answered from its full case
    // (tests/interview/wijkcoach.json), every question on the screen until the verdict (or 20 answers).
    void ask_screens() {
        namespace iv = wams::interview;
        auto& a = app::app_state().ask;
        go("ask");
        visit("ask (start form)");
        const json full = read_json("tests/interview/wijkcoach.json")["cases"][0];
        const json& item = full["facts"]["data_items"][0];
        a.direction = 0;
        a.role = item["recipient"].get<std::string>();
        a.what = item["what"].get<std::string>();
        a.party = item["source"]["party"].get<std::string>();
        user_text = {a.role, a.what, a.party};
        visit("ask (start form filled)");
        a.session = iv::AskSession(iv::case_of({iv::Direction::request, a.role, a.what, a.party, std::nullopt}));
        for (int n = 1; n <= 20; ++n) {
            a.session.update();  // the screen does this one frame after "bezig"
            visit("ask " + std::to_string(n));
            const auto& next = a.session.result().next;
            const json* v = next ? wams::find_at(full, next->pointer) : nullptr;
            if (!v || !a.session.answer(next->pointer, *v)) break;
        }
        a.session.update();
        visit("ask (verdict)");
    }

    void desk_screens() {
        for (const char* screen : {"training", "trainer", "facts", "helpdesk"}) {
            go(screen);
            visit(screen);
        }
        auto& h = app::app_state().helpdesk;
        h.query = "Ik ben wijkcoach; mag ik de schuldhulpverlener vragen naar de betalingsachterstanden?";
        visit("helpdesk (question of issue 17)");
    }
};

// Every offence with its screen and text.
void report(const Walker& w) {
    // Every title drawn was in the title font: its glyph set (app.cpp kTitleGlyphRanges) holds the app's own titles.
    CHECK(app::widgets::title_font_fallbacks() == w.title_fallbacks_before);
    for (const auto& o : w.check.found)
        UNSCOPED_INFO("[" << o.screen << "] " << o.kind << " \"" << o.what << "\" in: " << o.text);
    INFO(w.check.found.size() << " offences");
    CHECK(w.check.found.empty());
}

} // namespace

// Two test cases, two ctest tests (tests/app_text/CMakeLists.txt) that run side by side: the public cases with the
// desk screens, and the Vraag screen, whose interview computes about a second per question.
TEST_CASE("no code, JSON pointer, English word or data-item id on a Dutch screen (issue 17 part 5)", "[app_text][cases]") {
    const json cases = read_json("tests/data/cases_public.json")["cases"];
    REQUIRE(cases.size() == 20);
    Walker w;
    for (const auto& c : cases) w.walk_case(c);
    w.desk_screens();
    CHECK(w.diff_lines > 0);  // the what-if lines were drawn and checked
    report(w);
}

TEST_CASE("no code on the Vraag screen, from the start form to the verdict of issue 17's question", "[app_text][ask]") {
    Walker w;
    w.ask_screens();
    report(w);
}

TEST_CASE("no case-file markup or code on an English screen of the public cases", "[app_text][cases_en]") {
    const json cases = read_json("tests/data/cases_public.json")["cases"];
    Walker w;
    w.ui.a.set_lang(wams::Lang::en);
    w.check.english = true;
    for (const auto& c : cases) w.walk_case(c);
    w.desk_screens();
    report(w);
}

TEST_CASE("no code on the English Vraag screen either, from the start form to the verdict", "[app_text][ask_en]") {
    Walker w;
    w.ui.a.set_lang(wams::Lang::en);
    w.check.english = true;
    w.ask_screens();
    report(w);
}

TEST_CASE("the checker finds each kind of offence it looks for", "[app_text][cases]") {
    Checker c;
    c.line("s", "Waarde: within_scope");
    c.line("s", "Bron: social:Wgs");
    c.line("s", "Veld /facts/entry/route ontbreekt");
    c.line("s", "Zie #title");
    c.line("s", "§3 Entry routes");
    c.line("s", "Regisseur en mantelzorger, art. 2.3a.1 en §3.1.1 van de Wjsg");  // Dutch words and citations only
    std::set<std::string> kinds;
    for (const auto& o : c.found) kinds.insert(o.kind + ":" + o.what);
    CHECK(kinds.count("code:within_scope"));
    CHECK(kinds.count("domain reference:social:"));
    CHECK(kinds.count("English word:Entry"));
    CHECK(kinds.count("English word:routes"));
    bool pointer = false, hash = false;
    for (const auto& o : c.found) {
        pointer = pointer || (o.kind == "JSON pointer" && o.text.find("/facts") != std::string::npos);
        hash = hash || (o.kind == "JSON pointer" && o.text.find("#title") != std::string::npos);
        CHECK(o.text.find("Regisseur") == std::string::npos);
    }
    CHECK(pointer);
    CHECK(hash);
    Checker en;
    en.english = true;
    en.line("s", "`connected_problems` (bool); null = not yet assessed");
    en.line("s", "Entry routes");  // English words are the English screen's own
    std::set<std::string> en_kinds;
    for (const auto& o : en.found) en_kinds.insert(o.kind + ":" + o.what);
    CHECK(en_kinds == std::set<std::string>{"case-file markup:`", "code:null", "code:connected_problems"});
}

TEST_CASE("the checker finds a character the body font has no glyph for", "[app_text][cases]") {
    Walker w;
    // "Łódź ≥ 2 ☃": only the snowman lacks a glyph
    w.check.line("s", "\xC5\x81\xC3\xB3" "d\xC5\xBA \xE2\x89\xA5 2 \xE2\x98\x83");
    std::vector<std::string> missing;
    for (const auto& o : w.check.found)
        if (o.kind == "missing glyph") missing.push_back(o.what);
    CHECK(missing == std::vector<std::string>{"\xE2\x98\x83"});
}
