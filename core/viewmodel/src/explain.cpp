// explain.cpp — the explanation of an assessment (RULEBOOK §10 presentation rule; §8.3 "ask"; issue #3): every
// outcome with its rules, WHY NOT for negative/undetermined answers, what to ask next, ambiguities side by side.
//
// Index
//   [SECTION] Words          nl/en labels used in the text
//   [SECTION] Citations      rule_citation, ambiguity lines
//   [SECTION] Process        investigation … case conference
//   [SECTION] Items          verdict, walked steps, why not, ask next, conditions
//   [SECTION] Text           explain
#include "wams/explain.hpp"

#include "wams/i18n.hpp"
#include "wams/rules.hpp"

#include <algorithm>


namespace wams {
namespace {

// [SECTION] Words -------------------------------------------------------------------------------------------------

struct Words {
    const char *stage, *investigation, *client_role, *professional, *scope, *family, *coordination, *adjacent,
        *coordinator, *form, *file, *mode, *end, *conference, *client_invited, *attendee, *may_attend, *may_not_attend,
        *item, *verdict, *why_not, *blocked_by, *ask, *condition, *ambiguity, *reading, *tool, *advisories, *none,
        *effect_stop, *effect_block, *effect_ask, *effect_condition, *effect_continue, *pending_why, *pending_open, *excluded,
        *agreed, *advisory, *proposed_by;
};
constexpr Words kNl{"Stadium van de regels", "Onderzoek", "Rol van de cliënt", "Verzoekende professional betrokken",
                    "Reikwijdte (door de cliënt uitgesloten domeinen)", "Gezinslid", "Coördinatie", "Aanpalend deel",
                    "Coördinator aangewezen", "Vorm van coördinatie", "Coördinatiedossier", "Wijze van afstemming",
                    "Einde coördinatie", "Casusoverleg", "Cliënt uitgenodigd", "Deelnemer", "mag deelnemen",
                    "mag niet deelnemen", "Gegeven", "Oordeel", "Waarom niet", "geblokkeerd door", "Vraag nu",
                    "Voorwaarde", "Dubbelzinnige tekst", "Lezing", "De wegwijzer past toe", "Aandachtspunten", "geen",
                    "stopt de toets", "niet toegestaan", "nog niet te bepalen", "voorwaarde", "verder", 
                    "Er is nog geen uitkomst van het onderzoek; vraag de uitkomst (samenhang, wetten en domeinen) na.",
                    "Eerst moet vaststaan of het onderzoek er komt (zie Onderzoek hierboven).", "uitgesloten", "ingestemd", "Aandachtspunt", "voorgesteld door"};
constexpr Words kEn{"Rulebook stage", "Investigation", "Client's role", "Requesting professional involved",
                    "Scope (domains excluded by the client)", "Family member", "Coordination", "Adjacent part",
                    "Coordinator appointed", "Coordination form", "Coordination file", "Coordination mode",
                    "End of coordination", "Case conference", "Client invited", "Invitee", "may attend",
                    "may not attend", "Data item", "Verdict", "Why not", "blocked by", "Ask next", "Condition",
                    "Ambiguous text", "Reading", "The tool applies", "Advisories", "none", "stops the walk",
                    "not allowed", "undetermined", "condition", "continue",
                    "There is no investigation outcome yet; ask for it (connection, laws and domains involved).",
                    "First it must be settled whether the investigation takes place (see Investigation above).",
                    "excluded", "agreed", "Advisory", "proposed by"};

const Words& words(Lang l) { return l == Lang::nl ? kNl : kEn; }

std::string join(const std::vector<std::string>& v, const char* sep = ", ") {
    std::string out;
    for (const auto& s : v) out += (out.empty() ? "" : sep) + s;
    return out;
}

// Words for process values shown to a Dutch reader (the JSON codes stay as they are).
std::string value_nl(std::string_view v) {
    static const std::pair<const char*, const char*> map[] = {
        {"yes", "ja"}, {"no", "nee"}, {"at_discretion", "naar keuze van het college"}, {"undetermined", "nog niet te bepalen"},
        {"not_applicable", "niet van toepassing"}, {"mandatory", "verplicht"}, {"permitted", "bevoegd (niet verplicht)"},
        {"pending", "nog open"}, {"in_samenspraak", "in samenspraak"}, {"involve_if_possible", "betrekken waar mogelijk"},
        {"without_client_allowed", "mag zonder de cliënt"}, {"light", "licht"}, {"regisseur", "regisseur"},
        {"standard", "standaard"}, {"self", "zelf"}, {"to_be_chosen", "nog te kiezen"},
        {"coordinatiedossier", "coördinatiedossier"}, {"existing_dossiers_suffice", "bestaande dossiers volstaan"},
        {"no_requirements", "geen eisen"}, {"in_afstemming", "in afstemming met de cliënt"},
        {"zoveel_mogelijk_in_afstemming", "zoveel mogelijk in afstemming met de cliënt"},
        {"report_to_college", "melden aan het college"}};
    for (const auto& [k, nl] : map)
        if (v == k) return nl;
    return std::string(v);
}

template <class V>
std::string value_text(V value, Lang lang) {  // an outcome value as the reader sees it
    if (lang == Lang::nl) return value_nl(to_code(value));
    std::string en(to_code(value));  // the §0.2 value in words: "not_applicable" → "not applicable" (no code on a screen)
    std::replace(en.begin(), en.end(), '_', ' ');
    return en;
}

// Who proposes the case conference (§0.3 `proposed_organiser`: a suggested code, said with the words the case editor
// shows beside it (i18n "codes.ref.*"), or the user's own words as typed).
std::string organiser_words(const std::string& organiser, Lang lang) {
    const std::string key = "codes.ref." + organiser;
    return std::string(words(lang).proposed_by) + " " + (i18n::has(lang, key) ? i18n::text(lang, key) : organiser);
}

struct Builder {
    Lang lang;
    std::vector<ExplanationLine> lines;
    void add(LineKind k, int depth, const std::string& subject, std::string text, std::string ref = "") {
        lines.push_back(ExplanationLine{k, depth, subject, std::move(text), std::move(ref)});
    }
    void rules(const Ids& ids, int depth, const std::string& subject) {
        for (const auto& r : ids) add(LineKind::rule, depth, subject, rule_citation(r, lang), r);
    }
    void ambiguity(const std::string& id, int depth, const std::string& subject) {
        const AmbiguityInfo* a = find_ambiguity(id);
        const Words& w = words(lang);
        if (!a) return add(LineKind::ambiguity, depth, subject, std::string(w.ambiguity) + " " + id, id);
        add(LineKind::ambiguity, depth, subject, std::string(w.ambiguity) + " " + id + " — " + std::string(ambiguity_title(*a, lang)), id);
        for (std::size_t i = 0; i < a->quotes_nl.size() && i < 3; ++i)
            add(LineKind::ambiguity, depth + 1, subject, "«" + a->quotes_nl[i] + "»", id);
        if (const std::string_view behaviour = ambiguity_tool_behaviour(*a, lang); !behaviour.empty()) {
            std::string tool(behaviour);  // one line: the rulebook text may hold list line breaks
            for (auto& ch : tool)
                if (ch == '\n') ch = ' ';
            add(LineKind::ambiguity, depth + 1, subject, std::string(w.tool) + ": " + tool, id);
        }
    }
    template <class V>
    void outcome(const std::string& subject, const char* label, const Outcome<V>& o, int depth = 0) {
        add(LineKind::outcome, depth, subject, std::string(label) + ": " + value_text(o.value, lang));
        rules(o.rules, depth + 1, subject);
    }
};


} // namespace

std::string_view to_string(LineKind k) {
    switch (k) {
    case LineKind::heading: return "heading";
    case LineKind::outcome: return "outcome";
    case LineKind::rule: return "rule";
    case LineKind::step: return "step";
    case LineKind::why_not: return "why_not";
    case LineKind::ask_next: return "ask_next";
    case LineKind::condition: return "condition";
    case LineKind::ambiguity: return "ambiguity";
    case LineKind::advisory: return "advisory";
    }
    return "?";
}

// [SECTION] Citations ---------------------------------------------------------------------------------------------

std::string rule_citation(std::string_view id, Lang lang) {
    const RuleInfo* r = find_rule(id);
    if (!r) return std::string(id);
    std::string s = r->id + " — " + (lang == Lang::nl ? r->title_nl : r->title_en) + " (" + rule_where(*r, lang) + ")";
    if (r->kind == 'C') s += lang == Lang::nl ? " [context, beslist niets]" : " [context, decides nothing]";
    if (!r->quotes_nl.empty()) s += ": «" + r->quotes_nl.front() + "»";
    return s;
}

// [SECTION] Process -----------------------------------------------------------------------------------------------

std::vector<ExplanationLine> explain_lines(const Facts& facts, const Assessment& a, Lang lang) {
    Builder b{lang, {}};
    const Words& w = words(lang);
    auto v = [&](auto value) { return value_text(value, lang); };
    const ProcessWalk& p = a.process;
    const RulebookStage& st = a.stage ? *a.stage : default_stage();
    b.add(LineKind::heading, 0, "stage",
          std::string(w.stage) + ": " + stage_name(st, lang) + " (" + st.id + ", " + st.date + ")");
    for (auto& paragraph : stage_notice(st, lang)) b.add(LineKind::heading, 1, "stage", std::move(paragraph));

    // Investigation (§3), with both readings of A1 when they matter.
    b.add(LineKind::outcome, 0, "investigation", std::string(w.investigation) + ": " + v(p.investigation.value));
    b.rules(p.investigation.rules, 1, "investigation");
    if (p.investigation.under_s2_3 && p.investigation.under_s3_1_1) {
        b.add(LineKind::ambiguity, 1, "investigation", std::string(w.reading) + " §2.3 ((a OR b) AND c): " + v(*p.investigation.under_s2_3), "A1");
        b.add(LineKind::ambiguity, 1, "investigation", std::string(w.reading) + " §3.1.1 (a AND b AND c): " + v(*p.investigation.under_s3_1_1), "A1");
    }
    for (const auto& id : p.investigation.ambiguities) b.ambiguity(id, 1, "investigation");
    if (p.investigation.value != InvestigationValue::yes && p.investigation.value != InvestigationValue::at_discretion) {
        b.add(LineKind::why_not, 1, "investigation", std::string(w.why_not) + ": " + w.blocked_by + " " + join(p.investigation.rules));
        if (p.investigation.value == InvestigationValue::undetermined) {
            const char* ask = nullptr;
            const bool nl = lang == Lang::nl;
            if (has_id(p.investigation.ambiguities, "A1"))
                ask = nl ? "Vraag de gemeente haar lezing van de criteria vast te leggen (R27); beide uitkomsten staan hierboven."
                         : "Ask the municipality to fix its reading of the criteria (R27); both outcomes are shown above.";
            else if (has_id(p.investigation.rules, "R22"))
                ask = nl ? "Vraag na of aan de drie criteria is voldaan: de persoon, de omgeving en of een gecoördineerde aanpak kan helpen (R22)."
                         : "Ask whether the three criteria are met: the person, the environment, and whether a coordinated approach can help (R22).";
            else if (has_id(p.investigation.rules, "R21"))
                ask = nl ? "Vraag de verzoeker om een motivering van het verzoek (R21, D18)."
                         : "Ask the requester to motivate the request (R21, D18).";
            else if (has_id(p.investigation.rules, "R20"))
                ask = nl ? "Leg vast wie het verzoek doet: een professional die bij de persoon betrokken is (R20)."
                         : "Record who makes the request: a professional involved with the person (R20).";
            else
                ask = nl ? "Vraag na of uit het eerste gesprek aannemelijk is dat er meervoudige problematiek is (R16)."
                         : "Ask whether the first conversation makes multiple problems plausible (R16).";
            b.add(LineKind::ask_next, 1, "investigation", std::string(w.ask) + ": " + ask);
        }
    }
    b.outcome("client_role", w.client_role, p.client_role);
    b.outcome("requesting_professional_involved", w.professional, p.requesting_professional_involved);
    if (!p.scope_limits.rules.empty()) {
        std::string s = std::string(w.scope) + ": " + (p.scope_limits.excluded_domains.empty() ? w.none : join(p.scope_limits.excluded_domains));
        if (p.scope_limits.agreed_domains) s += "; " + std::string(w.agreed) + ": " + join(*p.scope_limits.agreed_domains);
        b.add(LineKind::outcome, 0, "scope_limits", s);
        b.rules(p.scope_limits.rules, 1, "scope_limits");
    }
    for (const auto& m : p.family_members)
        b.outcome("family_members/" + m.id, (std::string(w.family) + " " + m.id).c_str(), Outcome<InclusionValue>{m.included_as_client, m.rules});

    // Coordination (§5).
    b.add(LineKind::outcome, 0, "coordination", std::string(w.coordination) + ": " + v(p.coordination.value));
    b.rules(p.coordination.rules, 1, "coordination");
    if (p.coordination.adjacent_part) {
        b.add(LineKind::outcome, 1, "coordination", std::string(w.adjacent) + ": " + v(p.coordination.adjacent_part->value) + " (" +
                                                        join(p.coordination.adjacent_part->domains) + ")");
        b.rules(p.coordination.adjacent_part->rules, 2, "coordination");
    }
    if (p.coordination.value == CoordinationValue::pending)
        b.add(LineKind::ask_next, 1, "coordination",
              std::string(w.ask) + ": " + (p.investigation.still_open ? w.pending_open : w.pending_why));
    if (p.coordination.value == CoordinationValue::not_applicable && !p.coordination.rules.empty())
        b.add(LineKind::why_not, 1, "coordination", std::string(w.why_not) + ": " + w.blocked_by + " " + join(p.coordination.rules));
    for (const auto& id : p.ambiguities)
        if (id != "A1") b.ambiguity(id, 1, "case");
    b.outcome("coordinator_appointed", w.coordinator, p.coordinator_appointed);
    b.outcome("coordination_form", w.form, p.coordination_form);
    b.outcome("coordination_file", w.file, p.coordination_file);
    b.outcome("coordination_mode", w.mode, p.coordination_mode);
    b.outcome("coordination_end", w.end, p.coordination_end);

    // Case conference (§6).
    if (p.case_conference) {
        const ConferenceResult& c = *p.case_conference;
        b.add(LineKind::outcome, 0, "case_conference",
              std::string(w.conference) + " " + organiser_words(c.organiser, lang) + ": " + v(c.may_be_organised));
        b.rules(c.rules, 1, "case_conference");
        b.outcome("case_conference", w.client_invited, c.client_invited, 1);
        for (const auto& at : c.attendees) {
            b.add(LineKind::outcome, 1, "case_conference", std::string(w.attendee) + " " + at.party + ": " + (at.may_attend ? w.may_attend : w.may_not_attend));
            b.rules(at.rules, 2, "case_conference");
        }
    }

    // [SECTION] Items ---------------------------------------------------------------------------------------------
    for (std::size_t i = 0; i < a.data_items.size() && i < facts.data_items.size(); ++i) {
        const ItemAssessment& it = a.data_items[i];
        const std::string subj = "data_items/" + it.item_id;
        // Numbered as on every screen ("Gegeven 1", widgets::item_name): the case's item_id ("D1") would read as design
        // choice D1; it stays the line's subject, and in the case file.
        b.add(LineKind::heading, 0, subj, std::string(w.item) + " " + std::to_string(i + 1) + ": " + facts.data_items[i].what);
        b.add(LineKind::outcome, 1, subj, std::string(w.verdict) + ": " + verdict_label(to_string(it.verdict), lang), std::string(to_string(it.verdict)));
        b.rules(it.rules, 2, subj);
        const bool negative = it.verdict == Verdict::not_allowed || it.verdict == Verdict::not_this_law || it.verdict == Verdict::undetermined;
        for (const auto& s : it.steps) {
            if (s.effect == Effect::skip || s.effect == Effect::record) continue;
            const QuestionInfo* q = find_question(s.question);
            const AnswerInfo* ans = q ? find_answer(*q, s.answer) : nullptr;
            const std::string question = q ? (lang == Lang::nl ? q->nl : q->en) : s.question;
            const std::string answer = ans ? (lang == Lang::nl ? ans->nl : ans->en) : s.answer;
            const char* effect = s.effect == Effect::stop ? w.effect_stop : s.effect == Effect::block ? w.effect_block
                                 : s.effect == Effect::ask ? w.effect_ask : s.effect == Effect::condition ? w.effect_condition
                                                                          : w.effect_continue;
            b.add(LineKind::step, 2, subj, s.question + " " + question + " → " + answer + " (" + effect +
                                               (s.rules.empty() ? "" : "; " + join(sorted_ids(s.rules))) + ")", s.question);
            const bool decisive = (s.effect == Effect::stop && negative) ||
                                  (s.effect == Effect::block && it.verdict == Verdict::not_allowed) ||
                                  (s.effect == Effect::ask && it.verdict == Verdict::undetermined);
            if (decisive) {
                b.add(LineKind::why_not, 3, subj, std::string(w.why_not) + ": " + s.question + " — " + answer + " (" + join(sorted_ids(s.rules)) + ")", s.question);
                if ((s.effect == Effect::ask || (s.effect == Effect::stop && s.stop_verdict == Verdict::undetermined)) && q && !q->ask_nl.empty())
                    b.add(LineKind::ask_next, 3, subj, std::string(w.ask) + ": " + (lang == Lang::nl ? q->ask_nl : q->ask_en), s.question);
            }
        }
        for (const auto& c : it.conditions) {
            const ConditionInfo* ci = find_condition(c);
            std::string text = ci ? (lang == Lang::nl ? ci->nl : ci->en) : c;
            if (c.rfind("provider_conditions:", 0) == 0) text += " " + c.substr(20);
            // the code stays the line's reference (ref), the reader gets the condition's words and its rules
            const std::string rules = ci && !ci->rules.empty() ? " (" + join(ci->rules) + ")" : "";
            b.add(LineKind::condition, 2, subj, std::string(w.condition) + rules + ": " + text, c);
        }
        for (const auto& id : it.ambiguities) b.ambiguity(id, 2, subj);
    }

    if (!a.advisories.empty()) {
        b.add(LineKind::heading, 0, "advisories", w.advisories);
        for (const auto& ad : a.advisories) {
            const AdvisoryInfo* info = find_advisory(ad.code);
            b.add(LineKind::advisory, 1, "advisories",
                  std::string(w.advisory) + " (" + join(ad.rules) + "): " + (info ? (lang == Lang::nl ? info->nl : info->en) : ""), ad.code);
        }
    }
    return std::move(b.lines);
}

// [SECTION] Text --------------------------------------------------------------------------------------------------

std::string explain(const Facts& facts, const Assessment& a, Lang lang) {
    std::string out;  // plain appends: no <sstream> in the wasm (docs/perf.md)
    for (const auto& l : explain_lines(facts, a, lang)) {
        out.append(static_cast<std::size_t>(l.depth) * 2, ' ');
        out += l.text;
        out += '\n';
    }
    return out;
}

} // namespace wams
