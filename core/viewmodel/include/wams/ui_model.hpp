// ui_model.hpp — the editable-case model behind the consultation app (issue 4): which facts the UI asks for and
// with which answers (the question/answer catalogue of RULEBOOK §0.3, §8.3, §9), the case being edited with its
// undo history, case-file text in and out, the bundled-request check (§8.3 "alles wat jullie hebben", R66, D13)
// and the what-if difference of two assessments. Pure C++: no ImGui, no clock, no I/O; the views only draw this.
//
// Index
//   [SECTION] Catalogue    FieldKind, FieldSpec, field_catalogue, find_field, field options and label keys
//   [SECTION] Templates    new_case, element_template, object_template
//   [SECTION] Editor       CaseEditor (set / add / remove / undo, dirty flag)
//   [SECTION] Case file    case_file_text, open_case_text
//   [SECTION] Documents    DocumentLine, document_lines (a preview read line by line in the accessible layer)
//   [SECTION] Checks       bundled_request
//   [SECTION] What-if      what_if_candidates, AssessmentDifference, diff_assessments
#pragma once
#include "wams/case.hpp"
#include "wams/validate.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wams::ui {

// [SECTION] Catalogue ---------------------------------------------------------------------------------------------

enum class FieldKind {
    choice,     // one of a closed set of JSON strings (§0.3 enums); radio buttons
    flag,       // a boolean; with `nullable` a three-way yes / no / unknown
    text,       // free text (anonymous descriptions, party roles, domain names); `suggestions` may be offered
    text_list,  // a list of strings (domains, laws)
    object,     // a nullable object (e.g. entry.requester): "recorded" or not
    array,      // a list of objects (family members, needs, data items, …)
};

struct FieldSpec {
    std::string_view pattern;                  // JSON pointer into FACTS with "*" for an array index, e.g. "/data_items/*/purpose"
    FieldKind kind = FieldKind::text;
    bool nullable = false;                     // null is a valid answer ("unknown" / "not recorded")
    std::string_view page;                     // where the UI asks it: process pages (entry, requester, …) or walk pages (item, Q1…Q12)
    std::vector<std::string_view> options;     // choice: the JSON strings allowed, in display order
    std::vector<std::string_view> suggestions; // text / text_list: common answers offered (never enforced)
};

const std::vector<FieldSpec>& field_catalogue();               // every fact the UI asks for, in asking order
const FieldSpec* find_field(std::string_view pointer);          // the spec whose pattern matches a concrete pointer
bool pointer_matches(std::string_view pattern, std::string_view pointer);  // "*" matches one array index
std::string field_label_key(const FieldSpec& spec);             // i18n key of the question, "field.data_items.purpose"
std::string option_label_key(const FieldSpec& spec, const nlohmann::json& value);  // i18n key of one answer
std::vector<nlohmann::json> field_answers(const FieldSpec& spec);  // every answer a choice/flag field can take (incl. null)
// Those this case allows here (D26: an item's phase; the route's article).
std::vector<nlohmann::json> field_answers(const FieldSpec& spec, std::string_view pointer, const nlohmann::json& facts);
// After the answer at `changed` was stored in `facts`: a recorded answer it decides that the case now refuses (an
// item's phase after its purpose or the case conference's phase, D26; the article after the route; a family member
// named after the subject became the client) is set to what the new answer gives (the route's article, else null).
// Returns the pointers it set.
std::vector<std::string> settle_dependents(nlohmann::json& facts, std::string_view changed);
std::vector<std::string_view> process_pages();                  // entry, requester, criteria, scope, family, outcome, coordination, conference
std::vector<std::string_view> walk_pages();                     // item, Q1 … Q12 (Q13 is the record)
std::vector<std::string> label_keys_used();                     // every i18n key the catalogue refers to (checked by a test)

// [SECTION] Templates ---------------------------------------------------------------------------------------------

nlohmann::json new_case(EntryRoute route, std::string_view case_id);  // {id, title, facts} with every §0.3 key at its neutral value
nlohmann::json element_template(std::string_view array_pointer, const nlohmann::json& facts);  // a new array element (ids numbered F1…, D1…)
nlohmann::json object_template(std::string_view object_pattern);      // a nullable object when it is first recorded
// Issue 17, "unanswered is a state": what the app starts from. Only what the user chose is there; every question is
// absent (not asked yet) until answered, so no radio button is pre-selected and no verdict rests on a default.
nlohmann::json blank_case(EntryRoute route, std::string_view case_id);  // {id, title, facts: entry.route (+ article, requester and criteria as the route fixes them)}
nlohmann::json blank_element(std::string_view array_pointer, const nlohmann::json& facts);  // the element's id (F1…, D1…) and the objects its questions sit in; no answer
nlohmann::json blank_object(std::string_view object_pattern);           // {}: recorded, its questions not yet answered
// Texts and lists of `page` the user saw and left empty, as answers: "" / [] (null where null is allowed). The guided
// walk records them when the user moves on ("Volgende"); choices, flags and objects are never filled in for the user.
std::vector<std::pair<std::string, nlohmann::json>> left_empty(std::string_view page, const nlohmann::json& facts,
                                                                std::string_view item_base = "");

// [SECTION] Editor ------------------------------------------------------------------------------------------------

struct Change {                        // one answer, as recorded in the undo history
    std::string pointer;               // where (JSON pointer into FACTS)
    nlohmann::json before, after;
    bool joined = false;               // an answer the one before it decided (settle_dependents): undone with it
};

class CaseEditor {
public:
    CaseEditor();                                            // an empty client-route case
    void reset(nlohmann::json case_doc);                     // a new or opened case; clears history, not dirty
    const nlohmann::json& case_doc() const { return doc_; } // {id, title, facts, …} exactly as it will be saved
    const nlohmann::json& facts() const { return doc_.at("facts"); }
    nlohmann::json value(std::string_view pointer) const;    // the fact at a pointer into FACTS (null when absent)
    bool answered(std::string_view pointer) const;           // the fact is there (null included); absent = not asked yet
    bool set(std::string_view pointer, nlohmann::json value, bool merge_with_last = false);  // one answer; no-op (false) when unchanged or refused (json_pointer.hpp); merge = typing on in the same field (one undo step)
    bool set_case_field(std::string_view key, nlohmann::json value);  // id / title of the case (not a fact)
    bool add_element(std::string_view array_pointer, bool blank = false);  // appends element_template() (blank: blank_element()); an undoable change
    bool remove_element(std::string_view array_pointer, std::size_t index);  // an undoable change
    bool undo();                                             // restores the state before the last change
    bool can_undo() const { return !history_.empty(); }
    const Change* last_change() const {  // the last answer given (not one it decided)
        for (auto it = history_.rbegin(); it != history_.rend(); ++it)
            if (!it->joined) return &*it;
        return nullptr;
    }
    std::uint64_t revision() const { return revision_; }     // grows with every change (and undo)
    bool dirty() const { return dirty_; }                    // changed since the last reset / mark_saved
    void mark_saved() { dirty_ = false; }

private:
    bool apply(std::string pointer, nlohmann::json after);  // records what was there before (undo); false = no change
    nlohmann::json doc_;
    std::vector<Change> history_;
    std::uint64_t revision_ = 0;
    bool dirty_ = false;
};

// [SECTION] Case file ---------------------------------------------------------------------------------------------

std::string case_file_text(const nlohmann::json& case_doc);  // the saved file: canonical JSON, 2-space indent, final newline

struct OpenedCases {
    std::vector<nlohmann::json> cases;           // whole case objects, as in the file
    std::vector<ValidationError> errors;         // non-empty = nothing opened
};
OpenedCases open_case_text(std::string_view text);  // a case {id, facts, …} or a cases file; validated (validate.hpp)

// [SECTION] Documents ---------------------------------------------------------------------------------------------

// A read-only document the app shows in a preview box (the dossier record, the case file), said line by line in the
// page's accessible layer (issue 18 §1): a screen-reader user reads the whole document, with its headings to jump by.
enum class DocumentKind : std::uint8_t { markdown, html, plain };
struct DocumentLine {
    int heading = 0;   // 0 = a line of text; 1–3 = a heading of that level
    std::string text;  // without its markup (Markdown "#", "- ", "**"; HTML tags and the five entities)
    int line = 0;      // its line in the document as written, from 0 (where a box showing the document draws it)
};
// Every non-blank line of `text`, in order. Markdown: "#…" lines are headings, "- " and "**" are dropped. HTML: one
// element per line as report.cpp writes it (<h1>…, <p>…); the <head> and lines with only tags are skipped. Plain:
// each line trimmed (JSON stays as written).
std::vector<DocumentLine> document_lines(std::string_view text, DocumentKind kind);

// [SECTION] Checks ------------------------------------------------------------------------------------------------

std::optional<std::string> bundled_request(std::string_view what);  // the phrase that makes `what` a bundle ("alles wat jullie hebben"), else nullopt (§8.3, R66, D13)

// [SECTION] What-if -----------------------------------------------------------------------------------------------

std::vector<std::string> what_if_candidates(const nlohmann::json& facts);  // pointers of every choice/flag fact present in this case

struct AssessmentDifference {
    std::string pointer;                 // into the assessment JSON, e.g. "/data_items/0/verdict"
    nlohmann::json before, after;        // null when absent on that side
    bool decisive = false;               // a value or verdict changed (not only its rules or conditions)
};
std::vector<AssessmentDifference> diff_assessments(const nlohmann::json& a, const nlohmann::json& b);  // every leaf that differs, in document order

} // namespace wams::ui
