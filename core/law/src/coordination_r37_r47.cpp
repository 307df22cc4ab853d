// coordination_r37_r47.cpp — RULEBOOK §5 "Coordination": duty or competence (R34, R35, R37–R39), the coordinator
// (R40, R41), form, file and mode (R42, R43, R45–R47) and the end (R44). Q5 (afstemming on one sharing act, R45)
// is a walk step and lives here too, beside the rule it applies.
//
// Index
//   [SECTION] Counting (R37–R39, D14, D19)
//   [SECTION] Duty or competence (R34, R35, R37–R39; A4, A20, D6)
//   [SECTION] Coordinator (R38, R40, R41; A6, D7, D8)
//   [SECTION] Form, file, mode, end (R42–R47)
//   [SECTION] Q5 afstemming (R45; D9, A21)
#include "wams/necessity_walk.hpp"
#include "wams/process_walk.hpp"

#include <algorithm>

// [RULEBOOK] R37–R47 as the rulebook states them: Dutch title, sections of the 2020 consultation
// document and its words, quoted exactly (assets/rules/rules.json; tests/rule_quotes.py keeps this in step).
// R37 Verplichte coördinatie (§2.3, §3.1.1, MS)
//     «Het college is verplicht voor coördinatie te zorgen wanneer er minimaal twee sociaal domeinwetten aan de orde
//     zijn.»
//     «verplicht (bij twee of meer sociaal domein wetten)»
//     «dan dient de gemeente zorg te dragen voor coördinatie»
// R38 Bevoegdheid tot coördinatie (§2.3, MS, §2.2)
//     «De gemeente is bevoegd om te coördineren bij één sociaal domein wet en één of meer wetten in de aanpalende
//     domeinen.»
//     «Wanneer er sprake is van meervoudige problematiek in één sociaal domeinwet en één wet in een aanpalend domein,
//     dan is de gemeente bevoegd om voor coördinatie te zorgen.»
//     «De gemeente kan coördineren bij problematiek in aanpalende domeinen, maar is daar niet toe verplicht.»
// R39 Anders geen Wams-coördinatie (§2.3)
//     «minimaal twee sociaal domeinwetten»
//     «bij één sociaal domein wet en één of meer wetten in de aanpalende domeinen»
// R40 Een coördinator aanwijzen (§2.3)
//     «Het college wijst een coördinator aan, wanneer dat voor een succesvolle uitvoering van de diensten en
//     interventies nodig is. Dat kan een medewerker van de gemeente zijn of een medewerker van een partij die daarbij
//     wordt betrokken.»
// R41 Zelf coördineren door cliënt, mantelzorger of vertegenwoordiger (§2.3, §3.1.1)
//     «Als de cliënt zelf of een mantelzorger / vertegenwoordiger kenbaar maakt zelf voor coördinatie te willen zorgen
//     en het is voldoende aannemelijk dat deze persoon dat 'naar behoren' kan doen, wijst de gemeente geen coördinator
//     aan.»
//     «De gemeente hoeft geen coördinator aan te stellen wanneer de cliënt zelf voor de benodigde coördinatie kan
//     zorgen.»
// R42 Geen eisen als de cliënt zelf coördineert (§2.3 fn 14)
//     «Als de cliënt coördineert zijn er geen eisen aan de coördinatie gesteld.»
// R43 Taken van de aangewezen coördinator; coördinatiedossier (§2.3, §3.1.1 fn 23)
//     «volgt de voortgang van de gecoördineerde aanpak, zorgt zo nodig voor aanpassing daarvan en houdt daartoe een
//     coördinatie-dossier bij»
//     «De coördinator zorgt voor onderlinge afstemming en kan in dat kader een casusoverleg houden.»
//     «Met de bestaande dossiers wordt ook de wettelijke plicht om een coördinatiedossier bij te houden ingevuld.»
// R44 Einde van de coördinatie (§2.3)
//     «Wanneer coördinatie niet meer nodig is of hij zijn taak niet meer naar behoren uit kan voeren meldt de
//     coördinator dat aan de gemeente.»
// R45 In afstemming met de cliënt, of zoveel mogelijk (§2.3)
//     «Alles wat de coördinator doet, gebeurt in afstemming met de cliënt en de betrokken partijen, tenzij er sprake is
//     van ernstige problematiek: dan gebeurt de coördinatie zoveel mogelijk in afstemming met de cliënt.»
// R46 Lichte coördinatie (§3.1.1)
//     «Er kan in de uitvoeringspraktijk gekozen worden voor een lichte vorm van coördinatie, bijvoorbeeld bij de
//     samenloop van twee sociaal domeinwetten. Eén van de betrokken consulenten zorgt voor afstemming met haar collega
//     en de cliënt. Dan wordt geen apart»
//     «bijgehouden en er is geen strikte scheiding tussen coördinatie van de dienstverlening en de uitvoering ervan. In
//     minder complexe situaties, bijvoorbeeld bij samenloop van de Participatiewet en de Wgs, kan dat een effectieve
//     vorm van coördinatie zijn.»
// R47 Zwaardere coördinatie (proces- of casusregisseur) (§3.1.1)
//     «Een zwaardere invulling van de coördinatorrol kan zijn dat een procesregisseur of casusregisseur wordt
//     aangesteld die voor de afstemming van de dienstverlening van de betrokken partijen zorg draagt en daarbij de
//     cliënt ondersteunt.»
//     «Afhankelijk van de casus kan dat een beperkte rol zijn (afstemmen met de cliënt hoe de hulpverlening verloopt,
//     de voortgang bewaken) of een intensieve bemoeienis met het verloop van de dienstverlening.»
// [/RULEBOOK]

namespace wams {

// [SECTION] Counting (R37–R39, D14, D19) --------------------------------------------------------------------------

InvolvedDomains count_involved_domains(const InvestigationOutcome& o) {
    InvolvedDomains d;
    auto add = [](std::vector<std::string>& v, std::string s) {
        if (!s.empty() && std::find(v.begin(), v.end(), s) == v.end()) v.push_back(std::move(s));
    };
    for (const auto& n : o.needs) {
        const std::string c = classify_need(n);
        if (c.rfind("social:", 0) == 0) add(d.social_laws, c.substr(7));
        else add(d.adjacent_domains, c);
    }
    return d;
}

// [SECTION] Duty or competence ------------------------------------------------------------------------------------

CoordinationResult decide_coordination(const Facts& f, const InvestigationResult& inv, bool reclassified) {
    CoordinationResult c;
    if (inv.still_open || (inv.started && !f.investigation_outcome)) {
        c.value = CoordinationValue::pending;  // the investigation may still start, or has no outcome yet (draft 3.1, contradiction 5)
        c.gate_rules = {"R1"};
        return c;
    }
    if (!inv.started) {  // no Wams investigation, so no Wams coordination (R1)
        c.value = CoordinationValue::not_applicable;
        c.rules = {"R1"};
        c.gate_rules = {"R1"};
        return c;
    }
    const InvestigationOutcome& o = *f.investigation_outcome;
    if (!o.connected_problems || !o.coordinated_approach_can_help) {  // R34
        c.value = CoordinationValue::not_applicable;
        c.rules = {"R34"};
        c.gate_rules = {"R1", "R34"};
        return c;
    }
    const InvolvedDomains d = count_involved_domains(o);
    if (d.social_laws.size() >= 2) {  // R37 (A5: two or more)
        c.value = CoordinationValue::mandatory;
        c.rules = {"R2", "R35", "R37"};
        c.active = true;
        if (!d.adjacent_domains.empty()) c.adjacent_part = AdjacentPart{CoordinationValue::permitted, d.adjacent_domains, {"R37", "R38"}};
    } else if (d.social_laws.size() == 1 && !d.adjacent_domains.empty()) {  // R38 (A3)
        c.value = CoordinationValue::permitted;
        c.rules = {"R2", "R35", "R38"};
        c.active = f.coordination && f.coordination->municipality_chooses_to_coordinate == true;
        if (!c.active) c.gate_rules = {"R1", "R38"};
    } else {  // R39 (A4 always; A20 + D6 without any social-domain law)
        c.value = CoordinationValue::not_applicable;
        c.rules = {"R35", "R39"};
        c.gate_rules = {"R1", "R39"};
    }
    if (reclassified) add_ids(c.rules, {"R3"});
    c.rules = sorted_ids(c.rules);
    return c;
}

// [SECTION] Coordinator -------------------------------------------------------------------------------------------

bool self_coordination_accepted(const Facts& f) {
    if (!f.coordination) return false;
    for (const auto& o : f.coordination->self_coordination_offers)
        if (o.plausibly_naar_behoren) return true;  // D8: client, mantelzorger or vertegenwoordiger
    return false;
}

Outcome<CoordinatorValue> decide_coordinator(const Facts& f, const CoordinationResult& c) {
    if (c.value == CoordinationValue::pending) return {CoordinatorValue::pending, {}};
    if (c.value == CoordinationValue::not_applicable) return {CoordinatorValue::not_applicable, {}};
    Ids rules;
    if (c.value == CoordinationValue::permitted) {
        const auto choice = f.coordination ? f.coordination->municipality_chooses_to_coordinate : std::nullopt;
        if (!choice) return {CoordinatorValue::at_discretion, {"R38"}};
        if (!*choice) return {CoordinatorValue::no, {"R38"}};
        rules = {"R38"};
    }
    if (self_coordination_accepted(f)) {  // R41
        add_ids(rules, {"R41"});
        return {CoordinatorValue::no, rules};
    }
    add_ids(rules, {"R40"});  // R40, D7: the need is presumed
    const bool offered = f.coordination && !f.coordination->self_coordination_offers.empty();
    if (offered) add_ids(rules, {"R41"});  // C09: R41 sends a not-plausible offer back to R40
    return {CoordinatorValue::yes, rules};
}

// [SECTION] Form, file, mode, end ---------------------------------------------------------------------------------

bool self_coordinated(const Outcome<CoordinatorValue>& coordinator) {
    return coordinator.value == CoordinatorValue::no && has_id(coordinator.rules, "R41");
}

Outcome<CoordinationFormValue> decide_coordination_form(const Facts& f, const Outcome<CoordinatorValue>& coordinator) {
    using enum CoordinationFormValue;
    if (self_coordinated(coordinator)) return {self, {"R41", "R42"}};
    if (coordinator.value != CoordinatorValue::yes) return {not_applicable, {}};
    const auto form = f.coordination ? f.coordination->form_chosen : std::nullopt;
    if (!form) return {to_be_chosen, {"R46", "R47"}};  // C08: the open choice is between R46's and R47's forms
    switch (*form) {
    case CoordinationForm::light: return {light, {"R46"}};
    case CoordinationForm::regisseur: return {regisseur, {"R47"}};
    case CoordinationForm::standard: break;
    }
    return {standard, {"R40", "R43"}};
}

Outcome<CoordinationFileValue> decide_coordination_file(const Outcome<CoordinationFormValue>& form) {
    using enum CoordinationFileValue;
    switch (form.value) {
    case CoordinationFormValue::light: return {existing_dossiers_suffice, {"R43", "R46"}};  // A8, fn 23
    case CoordinationFormValue::self: return {no_requirements, {"R42"}};
    case CoordinationFormValue::regisseur:
    case CoordinationFormValue::standard:
    case CoordinationFormValue::to_be_chosen: return {coordinatiedossier, {"R43"}};
    case CoordinationFormValue::not_applicable: break;
    }
    return {not_applicable, {}};
}

Outcome<CoordinationModeValue> decide_coordination_mode(const Facts& f, const Outcome<CoordinatorValue>& coordinator) {
    using enum CoordinationModeValue;
    if (self_coordinated(coordinator)) return {no_requirements, {"R42"}};
    if (coordinator.value != CoordinatorValue::yes) return {not_applicable, {}};
    return {f.serious_problems ? zoveel_mogelijk_in_afstemming : in_afstemming, {"R45"}};
}

CoordinationEnd decide_coordination_end(const Facts& f, const Outcome<CoordinatorValue>& coordinator) {
    CoordinationEnd e;
    e.value = CoordinationEndValue::not_applicable;
    if (coordinator.value == CoordinatorValue::yes && f.coordination && f.coordination->coordinator_reports) {
        e.value = CoordinationEndValue::report_to_college;  // R44: the text names no follow-up, nor does the tool
        e.reason = f.coordination->coordinator_reports;
        e.rules = {"R44"};
    }
    return e;
}

// [SECTION] Q5 afstemming (R45; D9, A21) --------------------------------------------------------------------------

WalkStep q5_afstemming(const CaseContext& ctx, const DataItem& item) {
    WalkStep s;
    s.question = "Q5";
    if (item.purpose == Purpose::professional_request || effective_phase(ctx, item) != ItemPhase::coordination) {
        s.effect = Effect::skip;
        s.answer = "not_coordination_phase";
        return s;
    }
    if (item.client_objects == true) {
        s.answer = "client_objects";
        s.effect = ctx.serious ? Effect::ask : Effect::block;  // D9: «zoveel mogelijk» leaves the objection open
        s.rules = {"R45"};
        s.ambiguities = {"A21"};
        s.design_choices = {"D9"};
    } else if (!item.client_objects) {
        s.answer = "unknown";
        if (!ctx.serious && item.purpose == Purpose::coordination) {  // D9: ask the client
            s.effect = Effect::ask;
            s.rules = {"R45"};
            s.design_choices = {"D9"};
        }
    } else {
        s.answer = "client_agrees";
    }
    return s;
}

} // namespace wams
