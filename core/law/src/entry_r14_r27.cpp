// entry_r14_r27.cpp — RULEBOOK §3 "Entry routes": the client route (art. 2.3a.1, R14–R19) and the professional's
// request (art. 2.3a.4, R20–R27), ending in the value of `investigation` (§9.1).
//
// Index
//   [SECTION] Route 2 helpers   requester_eligible (R20), criteria_met_under (R22)
//   [SECTION] Route 1           client route (R14–R18)
//   [SECTION] Route 2           professional route (R20–R24, R27; A1, D4, D18)
//   [SECTION] decide_investigation, requesting_professional_involvement (R25)
#include "wams/process_walk.hpp"

// [RULEBOOK] R14–R27 as the rulebook states them: Dutch title, sections of the 2020 consultation
// document and its words, quoted exactly (assets/rules/rules.json; tests/rule_quotes.py keeps this in step).
// R14 Aanleiding voor de cliëntroute (§2.3, §3.1.1, art. 2.3a.1 Wmo 2015)
//     «Een cliënt meldt zich bij een loket met een hulpvraag (artikel 2.3a.1 Wmo 2015)»
//     «Een cliënt die al dienstverlening ontvangt, maar problemen in de uitvoering daarvan ondervindt kan de gemeente
//     vragen onderzoek te doen»
//     «Als een bestaande cliënt problemen ondervindt bij bestaande dienstverlening die mogelijk wordt opgelost door een
//     gecoördineerde aanpak stelt de gemeente ook een onderzoek in.»
// R15 Wie meervoudige problematiek kan signaleren (§2.3, §3.1.1)
//     «Dat er mogelijk sprake is van meervoudige problematiek kan de cliënt zelf aangeven, maar de medewerker van de
//     gemeente kan dat ook waarnemen.»
//     «zijn de medewerkers alert of er wellicht sprake is van meervoudige problematiek»
// R16 Onderzoek moet starten (MS, §2.3, §3.1.1, art. 2.3a.1 Wmo 2015)
//     «moet, wanneer het vermoeden ontstaat dat er sprake is van meervoudige problematiek, nader onderzoek
//     plaatsvinden, tenzij de cliënt dat niet nodig vindt»
//     «Als aannemelijk is dat er sprake kan zijn van samenhangende problemen onderzoekt de gemeente vervolgens of een
//     gecoördineerde aanpak kan bijdragen aan een oplossing.»
//     «Wanneer uit het eerste gesprek blijkt dat er sprake kan zijn van meervoudige problematiek stelt de gemeente
//     nader onderzoek in.»
// R17 Geen signaal: enkelvoudige aanpak (§3.1.1)
//     «Alleen wanneer bij een elektronische aanvraag of bij een eerste gesprek sprake lijkt van meervoudige
//     problematiek wordt de procedure via de Wams gevolgd, anders vervolgt de gemeente met een enkelvoudige aanpak.»
// R18 Cliënt vindt onderzoek niet nodig (MS)
//     «tenzij de cliënt dat niet nodig vindt»
// R19 Geen plicht tot doorlichten; bestaande gevallen kunnen de Wams gebruiken (§3.1.1)
//     «De wet verlangt niet dat de gemeente op het moment dat de wet van kracht wordt haar bestaande cliëntenbestand
//     doorlicht om gevallen op te sporen waar mogelijk meervoudige problematiek speelt»
//     «Wel kan vanaf dat moment ook bij bestaande gevallen gebruik gemaakt worden van de mogelijkheden die de Wams
//     biedt»
// R20 Wie een verzoek mag doen (§2.3, §3.1.1, art. 2.3a.4 Wmo 2015)
//     «Een bij de cliënt betrokken professional (bijv. een hulpverlener) kan het college verzoeken een onderzoek te
//     doen indien deze vermoedt dat er ernstige problemen spelen (art. 2.3a.4 Wmo 2015)»
//     «Wanneer een professional (of hulpverlener) bij één van de partijen in het sociaal domein of in de aanpalende
//     domeinen vermoedt dat er bij een persoon sprake is van ernstige problematiek»
//     «Professionals die een verzoek doen, moeten werkzaam zijn bij partijen in de (aanpalende) domeinen en in het
//     sociaal domein.»
// R21 Het verzoek moet gemotiveerd zijn (§2.3, §3.1.1)
//     «kan deze het college gemotiveerd verzoeken een onderzoek te doen»
//     «het college (gemotiveerd) te verzoeken een onderzoek te doen»
// R22 Inhoudelijke criteria (§2.3)
//     «Wanneer er sprake is van voortdurende of terugkerende meervoudige problematiek waarvoor de betrokkene geen of
//     selectief hulp vraagt of accepteert, de aanvaarde hulp niet effectief lijkt en door de aard of complexiteit van
//     de problemen maatschappelijke teloorgang of een lage kwaliteit van leven en welzijn dreigt of al aan de orde is;»
//     «Of wanneer in de omgeving van de betrokkene gedurende langere tijd of telkens opnieuw problemen, hinder of
//     overlast wordt ervaren of de veiligheid van personen of goederen in gevaar is;»
//     «En indien deze partij vermoedt dat een gecoördineerde aanpak kan bijdragen aan het oplossen of verminderen van
//     de problematiek.»
//     «het gaat niet goed met de betreffende persoon doordat er sprake is van voortdurende of terugkerende meervoudige
//     problematiek, waarbij deze onvoldoende open staat voor hulp, wat leidt (of kan leiden) tot een lage kwaliteit van
//     leven of 'maatschappelijke teloorgang';»
//     «en de omgeving ondervindt daardoor hinder of overlast en/of er is sprake van een veiligheidsrisico voor personen
//     of goederen.»
//     «De professional meent dat een gecoördineerde aanpak kan bijdragen aan het oplossen of verminderen van de
//     problematiek.»
// R23 Bevoegdheid, geen plicht (§2.3, §3.1.1, art. 2.3a.4 Wmo 2015)
//     «De gemeente heeft de bevoegdheid maar niet de plicht om aan het verzoek gehoor te geven en dan een onderzoek in
//     te stellen»
//     «Het college neemt een dergelijk verzoek in behandeling als er sprake is van de volgende omstandigheden»
// R24 Criteria niet vervuld (§2.3)
//     «Zo'n onderzoek kan gevraagd worden wanneer er sprake is van»
//     «het wetsvoorstel geeft daarom invulling aan de omstandigheden die een dergelijk verzoek rechtvaardigen»
// R25 De verzoekende professional wordt betrokken (§2.3)
//     «De professional die het verzoek doet, wordt daar in ieder geval bij betrokken.»
// R26 Cliënt informeren en betrekken in de route via een professional (§3.1.1, §2.3)
//     «Wanneer de gemeente besluit om onderzoek te doen, worden de cliënt die het betreft en eventuele
//     vertegenwoordigers en mantelzorgers daarover geïnformeerd. Indien dat mogelijk is, wordt de cliënt bij het
//     uitvoeren van het onderzoek betrokken, maar het onderzoek kan bij ernstige problematiek ook zonder betrokkenheid
//     van de cliënt(en) worden uitgevoerd. De cliënt kan desgewenst gebruik maken van cliëntondersteuning. De
//     cliënt(en) wordt ook geïnformeerd over de uitkomst van het onderzoek.»
//     «De gemeente informeert de betrokkene(n), dan wel zijn vertegenwoordiger(s) over het onderzoek en betreft deze zo
//     nodig daarbij.»
// R27 Eigen gepubliceerde criteria van de gemeente (§3.1.1, §2.3)
//     «De Wams laat de criteria waaraan de gemeente toetst of ze wel of niet op een verzoek ingaat behoudens de
//     hiervoor geschetste algemene criteria open. Die ontwikkelt de gemeente zelf en ze maakt ze ook zelf bekend bij de
//     professionals.»
//     «Het is aan de gemeente om daar criteria voor te ontwikkelen.»
// [/RULEBOOK]

namespace wams {
namespace {

// Kleene logic over unknown answers: false wins an AND even when the other side is unknown.
std::optional<bool> k_and(std::optional<bool> a, std::optional<bool> b) {
    if (a == false || b == false) return false;
    if (a && b) return true;
    return std::nullopt;
}
std::optional<bool> k_or(std::optional<bool> a, std::optional<bool> b) {
    if (a == true || b == true) return true;
    if (a && b) return false;
    return std::nullopt;
}

// [SECTION] Route 1 -----------------------------------------------------------------------------------------------

InvestigationResult client_route(const Facts& f) {
    InvestigationResult r;
    const Entry& e = f.entry;
    if (e.multiple_problems_plausible == false) {  // R17: no signal → single approach
        r.value = InvestigationValue::no;
        r.rules = {"R14", "R17"};
        r.gate_rules = {"R1", "R17"};
        r.advisories = {"ADV_SINGLE_APPROACH"};
        return r;
    }
    if (!e.multiple_problems_plausible) {  // D27: not yet assessed whether «aannemelijk» (R16) holds: ask
        r.value = InvestigationValue::undetermined;
        r.still_open = true;
        r.rules = {"R14", "R16"};
        r.gate_rules = {"R1", "R16"};
        r.design_choices = {"D27"};
        return r;
    }
    if (e.client_declines_investigation == true) {  // R18
        r.value = InvestigationValue::no;
        r.rules = {"R2", "R14", "R15", "R18"};
        r.gate_rules = {"R1", "R18"};
        r.advisories = {"ADV_SINGLE_APPROACH"};
        return r;
    }
    r.value = InvestigationValue::yes;  // R16
    r.started = true;
    r.rules = {"R2", "R14", "R15", "R16"};
    if (!e.client_declines_investigation) {  // D27: «tenzij de cliënt dat niet nodig vindt» not raised, but open
        r.client_may_still_decline = true;
        r.advisories = {"ADV_CLIENT_MAY_DECLINE"};
        r.design_choices = {"D27"};
    }
    return r;
}

// [SECTION] Route 2 -----------------------------------------------------------------------------------------------

// The college's decision on a request that meets the criteria (R23): a competence, not a duty; R27 frames every
// accept-or-decline decision (draft 3.1, C06).
void decide_on_request(const Entry& e, InvestigationResult& r) {
    r.value = InvestigationValue::at_discretion;
    add_ids(r.rules, {"R23"});
    r.started = e.municipality_decision == MunicipalityDecision::investigate;
    if (r.started) return;
    if (e.municipality_decision == MunicipalityDecision::decline) {
        add_ids(r.rules, {"R27"});
        r.gate_rules = {"R1", "R23", "R27"};
        add_ids(r.ambiguities, {"A9"});  // which criterion the request failed is the municipality's to say
    } else {
        r.still_open = true;
        r.gate_rules = {"R1", "R23"};
    }
}

InvestigationResult professional_route(const Facts& f) {
    InvestigationResult r;
    const Entry& e = f.entry;
    if (!e.requester) {  // E1, D27: who requests is not recorded — a missing fact, not an ineligible requester
        r.value = InvestigationValue::undetermined;
        r.still_open = true;
        r.rules = {"R20"};
        r.gate_rules = {"R1", "R20"};
        r.design_choices = {"D27"};
        return r;
    }
    if (!requester_eligible(e)) {  // R20
        r.value = InvestigationValue::no;
        r.rules = {"R20"};
        r.gate_rules = {"R1", "R20"};
        r.advisories = {"ADV_OTHER_ROUTES"};
        return r;
    }
    if (!e.requester->request_motivated) {  // R21, D18: ask for the motivation
        r.value = InvestigationValue::undetermined;
        r.still_open = true;
        r.rules = {"R20", "R21"};
        r.gate_rules = {"R1", "R21"};
        r.design_choices = {"D18"};
        return r;
    }
    r.advisories = {"ADV_MUNICIPAL_CRITERIA"};  // R27
    r.rules = {"R20", "R21", "R22"};
    if (!e.criteria) {  // E2, D27: the criteria are not recorded: ask
        r.value = InvestigationValue::undetermined;
        r.still_open = true;
        r.gate_rules = {"R1", "R22"};
        r.design_choices = {"D27"};
        return r;
    }
    const std::optional<bool> s23 = criteria_met_under(*e.criteria, CriteriaReading::s2_3);
    const std::optional<bool> s311 = criteria_met_under(*e.criteria, CriteriaReading::s3_1_1);
    std::optional<bool> met;
    if (s23 && s311 && *s23 == *s311) {
        met = *s23;
    } else if (s23 && s311) {  // A1: the readings differ; never hide the conflict (D4, C07)
        r.design_choices = {"D4"};
        r.ambiguities = {"A1"};
        r.under_s2_3 = *s23 ? InvestigationValue::at_discretion : InvestigationValue::no;
        r.under_s3_1_1 = *s311 ? InvestigationValue::at_discretion : InvestigationValue::no;
        if (!e.municipality_criteria_reading) {
            r.value = InvestigationValue::undetermined;
            r.still_open = true;
            r.gate_rules = {"R1", "R22"};
            return r;
        }
        met = *e.municipality_criteria_reading == CriteriaReading::s2_3 ? *s23 : *s311;  // R27 fixed the reading
        add_ids(r.rules, {"R27"});
    }
    if (!met) {  // an answer needed under some reading is unknown: ask
        r.value = InvestigationValue::undetermined;
        r.still_open = true;
        r.gate_rules = {"R1", "R22"};
        return r;
    }
    if (!*met) {  // R24
        r.value = InvestigationValue::no;
        add_ids(r.rules, {"R24"});
        r.rules = sorted_ids(r.rules);
        r.gate_rules = {"R1", "R24"};
        return r;
    }
    decide_on_request(e, r);
    r.rules = sorted_ids(r.rules);
    return r;
}

} // namespace

// [SECTION] Route 2 helpers ---------------------------------------------------------------------------------------

bool requester_eligible(const Entry& e) {
    if (!e.requester) return false;
    const Requester& q = *e.requester;
    return q.kind == RequesterKind::professional && q.organisation_domain != OrganisationDomain::none &&
           q.involved_with_person;
}

std::optional<bool> criteria_met_under(const Criteria& c, CriteriaReading reading) {
    if (reading == CriteriaReading::s2_3) {  // (a§2.3 OR b§2.3) AND c
        const auto a = c.a_person_s23 ? c.a_person_s23 : c.a_person;
        const auto b = c.b_environment_s23 ? c.b_environment_s23 : c.b_environment;
        return k_and(k_or(a, b), c.c_coordination_may_help);
    }
    const auto a = c.a_person_s311 ? c.a_person_s311 : c.a_person;  // a§3.1.1 AND b§3.1.1 AND c
    const auto b = c.b_environment_s311 ? c.b_environment_s311 : c.b_environment;
    return k_and(k_and(a, b), c.c_coordination_may_help);
}

// [SECTION] decide_investigation ----------------------------------------------------------------------------------

InvestigationResult decide_investigation(const Facts& f) {
    switch (f.entry.route) {
    case EntryRoute::client_request: return client_route(f);
    case EntryRoute::professional_request: return professional_route(f);
    case EntryRoute::none: break;
    }
    InvestigationResult r;  // R1: no Wams entry at all
    r.value = InvestigationValue::not_applicable;
    r.rules = {"R1"};
    r.gate_rules = {"R1"};
    return r;
}

Outcome<InvolvementValue> requesting_professional_involvement(const Facts& f, const InvestigationResult& inv) {
    if (f.entry.route == EntryRoute::professional_request && inv.started) return {InvolvementValue::yes, {"R25"}};
    return {InvolvementValue::not_applicable, {}};
}

} // namespace wams
