// report.cpp — the dossier record (§8.5): one entry per walked data item, in Markdown or HTML, hashed (SHA-256).
#include "wams/report.hpp"

#include "wams/i18n.hpp"
#include "wams/rules.hpp"
#include "wams/sha256.hpp"

#include <string>

namespace wams {
namespace {

std::string esc(std::string_view s, ReportFormat f) {  // HTML-escapes text; Markdown keeps it as is
    if (f == ReportFormat::md) return std::string(s);
    std::string out;
    for (char c : s) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string join(const Ids& v) {
    std::string out;
    for (const auto& s : v) out += (out.empty() ? "" : ", ") + s;
    return out.empty() ? "—" : out;
}

// "Ja (yes)": the reader's words first, the §0.3 code after them so the record stays checkable against wams-cli.
std::string with_code(const std::string& label, std::string_view code) {
    return label.empty() || label == code ? std::string(code) : label + " (" + std::string(code) + ")";
}
std::string ui_label(std::string_view prefix, std::string_view code, Lang lang) {  // the UI's own words, "" if none
    const std::string key = std::string(prefix) + std::string(code);
    return i18n::has(lang, key) ? i18n::text(lang, key) : std::string();
}
std::string value_text(std::string_view code, Lang lang) { return with_code(ui_label("val.", code, lang), code); }  // process value
std::string answer_text(std::string_view question, std::string_view code, Lang lang) {  // a walk answer (Q1, Q2, …)
    const QuestionInfo* q = find_question(question);
    const AnswerInfo* a = q ? find_answer(*q, code) : nullptr;
    return with_code(a ? (lang == Lang::nl ? a->nl : a->en) : std::string(), code);
}
std::string effect_text(Effect e, Lang lang) {  // stop / block / ask / … in the UI's words
    const std::string label = ui_label("effect.", to_string(e), lang);
    return label.empty() ? std::string(to_string(e)) : label;
}

struct Writer {
    ReportFormat f;
    std::string out;  // plain appends: no <sstream> (libc++ streams + locale) in the wasm (docs/perf.md)
    void h1(const std::string& t) { out += (f == ReportFormat::md ? "# " + esc(t, f) + "\n\n" : "<h1>" + esc(t, f) + "</h1>\n"); }
    void h2(const std::string& t) { out += (f == ReportFormat::md ? "## " + esc(t, f) + "\n\n" : "<h2>" + esc(t, f) + "</h2>\n"); }
    void field(const std::string& k, const std::string& v) {
        out += (f == ReportFormat::md ? "- **" + esc(k, f) + "**: " + esc(v, f) + "\n" : "<p><b>" + esc(k, f) + "</b>: " + esc(v, f) + "</p>\n");
    }
    void para(const std::string& t) { out += (f == ReportFormat::md ? esc(t, f) + "\n\n" : "<p>" + esc(t, f) + "</p>\n"); }
    void end_list() { if (f == ReportFormat::md) out += "\n"; }
};

} // namespace

std::string dossier_record(const Facts& facts, const Assessment& a, ReportFormat fmt, Lang lang, const DossierOptions& o) {
    const bool nl = lang == Lang::nl;
    Writer w{fmt, {}};
    const RulebookStage& st = a.stage ? *a.stage : default_stage();
    if (fmt == ReportFormat::html)
        w.out += std::string("<!DOCTYPE html>\n<html lang=\"") + (nl ? "nl" : "en") + "\">\n<head><meta charset=\"utf-8\"><title>" +
                 esc((nl ? "Dossierverslag " : "Dossier record ") + o.case_id, fmt) + "</title></head>\n<body>\n";
    w.h1((nl ? "Dossierverslag Wams — " : "Wams dossier record — ") + o.case_id);
    for (const auto& paragraph : stage_notice(st, lang)) w.para(paragraph);
    w.field(nl ? "Stadium van de regels" : "Rulebook stage", stage_name(st, lang) + " (" + st.id + ", " + st.date + ")");
    w.field("Status", stage_status_line(st, lang));
    w.field(nl ? "Datum" : "Date", o.date);
    w.field(nl ? "Rol van de professional" : "Professional's role", o.role.empty() ? "—" : o.role);
    w.field(nl ? "Onderzoek" : "Investigation", value_text(to_code(a.process.investigation.value), lang) + " — " + join(a.process.investigation.rules));
    w.field(nl ? "Coördinatie" : "Coordination", value_text(to_code(a.process.coordination.value), lang) + " — " + join(a.process.coordination.rules));
    w.field(nl ? "Dubbelzinnigheden" : "Ambiguity flags", join(a.ambiguity_flags));
    w.field(nl ? "Ontwerpkeuzes" : "Design choices", join(a.design_choices_applied));
    w.end_list();
    for (std::size_t i = 0; i < a.data_items.size() && i < facts.data_items.size(); ++i) {
        const ItemAssessment& it = a.data_items[i];
        const DataItem& d = facts.data_items[i];
        w.h2((nl ? "Gegeven " : "Data item ") + it.item_id + ": " + d.what);
        w.field(nl ? "Doel (Q1)" : "Purpose (Q1)", answer_text("Q1", to_string(d.purpose), lang));
        w.field(nl ? "Fase (Q2)" : "Phase (Q2)", d.phase ? answer_text("Q2", to_string(*d.phase), lang) : "—");
        w.field(nl ? "Betrokkene (Q3)" : "Subject (Q3)", answer_text("Q3", to_string(d.subject), lang) + (d.subject_ref ? " " + *d.subject_ref : ""));
        w.field(nl ? "Bron (Q6)" : "Source (Q6)", answer_text("Q6", to_string(d.source.type), lang) + " — " + d.source.party + " (" + d.source.domain + ")");
        w.field(nl ? "Ontvanger" : "Recipient", d.recipient);
        for (const auto& s : it.steps) {
            if (s.question == "Q1" || s.question == "Q2" || s.question == "Q13") continue;
            const QuestionInfo* q = find_question(s.question);
            const AnswerInfo* ans = q ? find_answer(*q, s.answer) : nullptr;
            w.field(s.question + " " + (q ? (nl ? q->nl : q->en) : ""),
                    (ans ? (nl ? ans->nl : ans->en) : s.answer) + " [" + effect_text(s.effect, lang) +
                        (s.rules.empty() ? "" : "; " + join(sorted_ids(s.rules))) + "]");
        }
        w.field(nl ? "Antwoord verstrekker" : "Provider's response",
                answer_text("Q9", to_string(d.provider_response), lang) + (d.provider_conditions ? " — " + *d.provider_conditions : ""));
        w.field(nl ? "Noodzakelijkheid (Q12)" : "Necessity (Q12)",
                answer_text("Q12", to_string(d.necessity.assessment), lang) + ": " + d.necessity.justification.value_or("—"));
        w.field(nl ? "Oordeel" : "Verdict", verdict_label(to_string(it.verdict), lang) + " (" + std::string(to_string(it.verdict)) + ")");
        w.field(nl ? "Regels" : "Rules", join(it.rules));
        std::string conditions;  // in words, each with its code: "Alleen binnen … (within_scope_of_explicit_consent)"
        for (const auto& c : it.conditions) {
            const std::string code = c.rfind("provider_conditions:", 0) == 0 ? "provider_conditions" : c;
            conditions += (conditions.empty() ? "" : "; ") + with_code(condition_text(c, lang), code);
        }
        w.field(nl ? "Voorwaarden" : "Conditions", conditions.empty() ? "—" : conditions);
        w.field(nl ? "Dubbelzinnigheden" : "Ambiguity flags", join(it.ambiguities));
        w.end_list();
    }
    std::string body = std::move(w.out);
    const std::string hash = sha256_hex(body);
    if (fmt == ReportFormat::md) return body + "SHA-256: " + hash + "\n";
    return body + "<p>SHA-256: " + hash + "</p>\n</body>\n</html>\n";
}

std::string dossier_body(const std::string& record) {
    const auto pos = record.rfind("SHA-256: ");
    if (pos == std::string::npos) return record;
    const auto line_start = record.rfind('\n', pos);
    return record.substr(0, line_start == std::string::npos ? 0 : line_start + 1);
}

std::vector<PiiFinding> dossier_pii(const std::string& record, const Assessment& a, const DossierOptions& o) {
    const RulebookStage& st = a.stage ? *a.stage : default_stage();
    std::string stage_words;  // the stage's own dated statements ("stand per 3 december 2026"), in both languages
    for (const Lang l : {Lang::nl, Lang::en}) {
        for (const auto& p : stage_notice(st, l)) stage_words += p + "\n";
        stage_words += stage_status_line(st, l) + "\n";
    }
    std::vector<PiiFinding> out;
    for (auto& f : scan_pii(record)) {
        const bool own_date = f.category == PiiCategory::birth_date && !f.text.empty() &&
                              (f.text == st.date || o.date.find(f.text) != std::string::npos || stage_words.find(f.text) != std::string::npos);
        if (!own_date) out.push_back(std::move(f));
    }
    return out;
}

} // namespace wams
