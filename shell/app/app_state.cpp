// app_state.cpp — the one app state, its wipe and its snapshot (app_state.hpp). No ImGui: the unit test links it.
//
// [SECTION] The one state
// [SECTION] Wipe
// [SECTION] Snapshot
#include "app_state.hpp"

#include "wams/case.hpp"
#include "wams/i18n.hpp"
#include "wams/wipe.hpp"

#include <cstring>
#include <map>
#include <optional>

namespace wams::app {

using nlohmann::json;

// ---- [SECTION] The one state -----------------------------------------------------------------------------------
AppState& app_state() {
    static AppState s;
    return s;
}

// ---- [SECTION] Wipe --------------------------------------------------------------------------------------------
// Overwrites the text the state owns before it is released, as wams::wipe_* does; what is not listed here (the
// undo history, a trainer's loaded scenarios, derived assessments) is released by the assignment, not overwritten.
namespace {
void wipe_errors(std::vector<ValidationError>& errors) {
    for (auto& e : errors)
        for (std::string* t : {&e.path, &e.expected, &e.found, &e.message_nl, &e.message_en}) wipe_text(*t);
}

void wipe_case(consult::Session& s) {
    wipe_case_editor(s.editor);
    wipe_errors(s.errors);
    wipe_errors(s.file_errors);
    wipe_json(s.assessment_json);
    for (auto& w : s.words)
        for (std::string* t : {&w.title, &w.because, &w.verdict, &w.would_change, &w.depends}) wipe_text(*t);
    wipe_json(s.whatif_value);
    for (auto& c : s.pending_cases) wipe_json(c);
    for (std::string* t : {&s.whatif_pointer, &s.file_message, &s.last_saved_text, &s.expanded_card})
        wipe_text(*t);
}

void wipe_training(desk::TrainingState& t) {
    wipe_errors(t.load_errors);
    for (std::string* s : {&t.current_id, &t.feedback_question, &t.export_message, &t.load_source, &t.trainer_selected})
        wipe_text(*s);
    for (auto& a : t.session.attempts) wipe_text(a.given);
}

void wipe_desk(AppState& s) {
    wipe_text(s.helpdesk.query);
    wipe_text(s.helpdesk.searched);
    wipe_text(s.dossier.role);
    wipe_text(s.dossier.preview);
    wipe_text(s.whatif.filter);
    wipe_text(s.whatif.result.pointer);
    wipe_json(s.whatif.result.value);
    wipe_json(s.whatif.result.assessment);
    wipe_text(s.ask.role);
    wipe_text(s.ask.what);
    wipe_text(s.ask.party);
    wipe_text(s.ask.text_answer);
    for (auto& t : s.ask.picked) wipe_text(t);
    s.ask.session.wipe();
    wipe_text(s.fields.case_label);
    wipe_text(s.fields.fact_text);
}
} // namespace

void wipe_app_state(AppState& s) {
    wipe_case(s.case_);
    wipe_training(s.training);
    wipe_desk(s);
    s = AppState{};                              // every member back to its initial value, whatever was added
}

// ---- [SECTION] Snapshot ----------------------------------------------------------------------------------------
// One overload per member type; the structured bindings below name every member of our structs, so a struct that
// gains a member does not compile until the member is added here too.
namespace {
json snap(const json& j) { return j; }
json snap(const std::string& s) { return s; }
json snap(bool b) { return b; }
json snap(int i) { return i; }
json snap(std::uint64_t n) { return n; }
json snap(training::Theme t) { return std::string(training::to_string(t)); }
json snap(ReportFormat f) { return f == ReportFormat::md ? "md" : "html"; }
json snap(const ui::CaseEditor& e) {
    return {{"case", e.case_doc()}, {"revision", e.revision()}, {"can_undo", e.can_undo()}, {"dirty", e.dirty()}};
}
json snap(const ValidationError& e) { return json::array({e.path, e.expected, e.found, e.message_nl, e.message_en}); }
json snap(const Facts& f) { return to_json(f); }
json snap(const Assessment& a) { return to_json(a); }
json snap(Lang l) { return std::string(i18n::lang_code(l)); }
json snap(const VerdictWords& w) {
    return {{"subject", w.subject}, {"title", w.title}, {"because", w.because}, {"verdict", w.verdict},
            {"would_change", w.would_change}, {"depends", w.depends}, {"rules", w.rules}};
}
json snap(const HelpHit& h) { return {{"answer", h.answer ? h.answer->id : ""}, {"score", h.score}}; }
json snap(const ui::AssessmentDifference& d) {
    return {{"pointer", d.pointer}, {"before", d.before}, {"after", d.after}, {"decisive", d.decisive}};
}
json snap(const training::ScenarioKey& k) { return {{"scenario", k.scenario_id}, {"assessment", k.assessment}}; }
json snap(const training::AnswerCheck& c) {
    return {{"given", c.given}, {"correct", c.correct}, {"model", c.model.value}, {"feedback", c.feedback_nl}};
}
json snap(const training::Scenario& s) { return {{"id", s.id}, {"origin", s.origin}, {"facts", s.facts}}; }
json snap(const training::Session& s) {
    json attempts = json::array();
    for (const auto& a : s.attempts) attempts.push_back({a.scenario_id, a.question_id, a.given, a.correct});
    return {{"attempts", attempts}, {"question_counts", s.question_counts}};
}
json snap(const interview::OpenValue& o) { return {{"path", o.path}, {"waits_for", o.waits_for}}; }
json snap(const interview::Result& r) {
    const auto& [errors, assessment, open, next, completions, exhaustive] = r;
    json errs = json::array(), opens = json::array();  // loops, not lambdas: clang 14 cannot capture a binding
    for (const auto& e : errors) errs.push_back(snap(e));
    for (const auto& o : open) opens.push_back(snap(o));
    return {{"errors", errs}, {"assessment", assessment}, {"open", opens},
            {"next", next ? next->pointer : ""}, {"completions", completions}, {"exhaustive", exhaustive}};
}

template <typename T>
json snap(const std::optional<T>& o) { return o ? snap(*o) : json(nullptr); }
template <typename T>
json snap(const std::vector<T>& v) {
    json out = json::array();
    for (const auto& e : v) out.push_back(snap(e));
    return out;
}

json snap(const consult::Session& s) {
    const auto& [editor, case_started, computed_revision, errors, facts, assessment, assessment_json, unasked,
                 open_wanted, open_frames_waiting, open_revision, open, words, words_revision, words_lang, process_page,
                 walk_item, walk_page, last_flow_screen, whatif_pointer, whatif_value, file_message, file_errors,
                 screen_request, pending_cases, last_saved_text, focused_widget, expanded_card] = s;
    return {{"editor", snap(editor)}, {"case_started", snap(case_started)},
            {"computed_revision", snap(computed_revision)}, {"errors", snap(errors)}, {"facts", snap(facts)},
            {"assessment", snap(assessment)}, {"assessment_json", snap(assessment_json)}, {"unasked", snap(unasked)},
            {"open_wanted", snap(open_wanted)}, {"open_frames_waiting", snap(open_frames_waiting)},
            {"open_revision", snap(open_revision)}, {"open", snap(open)}, {"words", snap(words)},
            {"words_revision", snap(words_revision)}, {"words_lang", snap(words_lang)},
            {"process_page", snap(process_page)}, {"walk_item", snap(walk_item)}, {"walk_page", snap(walk_page)},
            {"last_flow_screen", snap(last_flow_screen)}, {"whatif_pointer", snap(whatif_pointer)},
            {"whatif_value", snap(whatif_value)}, {"file_message", snap(file_message)}, {"file_errors", snap(file_errors)},
            {"screen_request", snap(screen_request)},
            {"pending_cases", snap(pending_cases)}, {"last_saved_text", snap(last_saved_text)},
            {"focused_widget", snap(focused_widget)}, {"expanded_card", snap(expanded_card)}};
}

json snap(const desk::TrainingState& t) {
    const auto& [filter_theme, filter_difficulty, current_id, current_from_file, key, feedback_question, feedback,
                 session, export_message, loaded, load_errors, load_source, load_ok, trainer_selected,
                 trainer_selected_from_file] = t;
    return {{"filter_theme", snap(filter_theme)}, {"filter_difficulty", snap(filter_difficulty)},
            {"current_id", snap(current_id)}, {"current_from_file", snap(current_from_file)}, {"key", snap(key)},
            {"feedback_question", snap(feedback_question)}, {"feedback", snap(feedback)}, {"session", snap(session)},
            {"export_message", snap(export_message)}, {"loaded", snap(loaded)}, {"load_errors", snap(load_errors)},
            {"load_source", snap(load_source)}, {"load_ok", snap(load_ok)},
            {"trainer_selected", snap(trainer_selected)},
            {"trainer_selected_from_file", snap(trainer_selected_from_file)}};
}

json snap(const HelpDeskState& h) {
    const auto& [query, searched, hits, selected] = h;
    return {{"query", snap(query)}, {"searched", snap(searched)}, {"hits", snap(hits)}, {"selected", snap(selected)}};
}

json snap(const DossierState& d) {
    const auto& [role, preview, format] = d;
    return {{"role", snap(role)}, {"preview", snap(preview)},
            {"format", snap(format)}};
}

json snap(const WhatIfResult& r) {
    const auto& [revision, pointer, value, assessment, diff, error, adjusted, adjusted_to] = r;
    return {{"revision", snap(revision)}, {"pointer", snap(pointer)}, {"value", snap(value)},
            {"assessment", snap(assessment)}, {"diff", snap(diff)}, {"error", snap(error)},
            {"adjusted", snap(adjusted)}, {"adjusted_to", snap(adjusted_to)}};
}

json snap(const WhatIfState& w) {
    const auto& [filter, result] = w;
    return {{"filter", snap(filter)}, {"result", snap(result)}};
}

json snap(const interview::AskSession& a) {
    json answers = json::array();
    for (const auto& x : a.answers()) answers.push_back({x.pointer, x.value});
    return {{"case", a.case_json()}, {"answers", answers}, {"stale", a.stale()},
            {"assessment", a.result().assessment}, {"next", a.result().next ? a.result().next->pointer : ""}};
}

json snap(const AskState& a) {
    const auto& [direction, role, what, party, text_answer, picked, session, frames_waiting] = a;
    return {{"direction", snap(direction)}, {"role", snap(role)}, {"what", snap(what)}, {"party", snap(party)},
            {"text_answer", snap(text_answer)}, {"picked", snap(picked)}, {"session", snap(session)},
            {"frames_waiting", snap(frames_waiting)}};
}

json snap(const FieldBuffers& f) {
    const auto& [case_label, fact_text] = f;
    return {{"case_label", snap(case_label)}, {"fact_text", snap(fact_text)}};
}
} // namespace

json state_snapshot(const AppState& s) {
    const auto& [case_, training, helpdesk, dossier, whatif, map_step, ask, fields] = s;
    return {{"case", snap(case_)}, {"training", snap(training)}, {"helpdesk", snap(helpdesk)},
            {"dossier", snap(dossier)}, {"whatif", snap(whatif)}, {"map_step", snap(map_step)},
            {"ask", snap(ask)}, {"fields", snap(fields)}};
}

} // namespace wams::app
