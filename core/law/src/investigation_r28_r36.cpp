// investigation_r28_r36.cpp — RULEBOOK §4 "Investigation": the client's role (R26, R30), the scope the client sets
// (R30, D24), family members (R31, D10, D23). The topics, parties, step-by-step work and the dossier (R28, R29,
// R32, R33, R36) are advisories (advisories.cpp); the investigation sources (R33, R57–R59, R64) are walk steps
// (data_sharing_r56_r67.cpp); the outcome (R34, R35) opens §5 (coordination_r37_r47.cpp).
//
// Index
//   [SECTION] client_role (R26, R30)
//   [SECTION] scope_limits (R30)
//   [SECTION] family_member_inclusion (R31)
#include "wams/process_walk.hpp"

// [RULEBOOK] R28–R36 as the rulebook states them: Dutch title, sections of the 2020 consultation
// document and its words, quoted exactly (assets/rules/rules.json; tests/rule_quotes.py keeps this in step).
// R28 De vier onderwerpen van het onderzoek (§2.3)
//     «De wet noemt de onderwerpen waar het onderzoek zich op moet richten.»
// R29 Toegestane omvang van de verwerking in het onderzoek (§2.3)
//     «alles wat noodzakelijk is om de (samenhangende) problemen en de bestaande dienstverlening en interventies in
//     kaart te brengen, evenals de eerder verleende dienstverlening, en om te bepalen welke dienstverlening nu nodig
//     is»
// R30 Reikwijdte begrensd door de wens van de cliënt (in samenspraak) (§2.3, §3.1.1)
//     «problemen die de cliënt niet in het onderzoek wil betrekken ook niet onderzocht mogen worden. De professional
//     dient de wens van de cliënt te respecteren.»
//     «een onderzoek niet breder is dan de onderwerpen die de cliënt er – na goed overleg met het college – bij wil
//     betrekken»
//     «geeft uitleg en motiveert waarom hij bepaalde vragen stelt en waarom hij bepaalde domeinen en partijen bij het
//     onderzoek en de gecoördineerde aanpak wil betrekken»
//     «Lukt dat niet, dan is in deze situatie de wens van de betrokkene(n) leidend. Het onderzoek wordt dan beperkt tot
//     de hulpvraag die de cliënt en mogelijk zijn gezinsleden, zelf heeft en tot de domeinen die de cliënt in het
//     onderzoek wil laten betrekken.»
// R31 Gezinsleden betrekken (§2.3)
//     «Als er mogelijk ook gezinsleden bij de problematiek betrokken zijn, overlegt de gemeente met de cliënt of deze
//     gezinsleden in het onderzoek betrokken zullen worden. Als de gezinsleden ermee instemmen om betrokken te worden,
//     worden ze vervolgens ook aangemerkt als cliënt.»
// R32 Partijen betrekken; casusoverleg mogelijk (§2.3)
//     «In samenspraak met de cliënt betreft de gemeente partijen bij het onderzoek die al bij deze cliënt betrokken
//     zijn of een rol kunnen spelen bij de verdere dienstverlening. Een casusoverleg behoort daarbij tot de
//     mogelijkheden.»
// R33 Stap voor stap; verder verwerken van gegevens uit andere wetten (§3.1.1)
//     «Het onderzoek wordt blijkens de Memorie van Toelichting stap voor stap uitgevoerd.»
//     «gegevens die in het kader van een wet (bijv. de Jeugdwet, de Wet gs of de Leerplichtwet) zijn verzameld, te
//     gebruiken ("verder te verwerken") voor zover dat noodzakelijk is voor het doen van een onderzoek»
//     «De stap voor stap benadering beoogt te realiseren dat niet meer, maar ook niet minder informatie wordt verzameld
//     dan noodzakelijk is.»
//     «Gegevens die al binnen de gemeente beschikbaar zijn;»
//     «Gegevens die de cliënt zelf verstrekt;»
//     «Gegevens die bij andere partijen verkregen kunnen worden.»
// R34 Uitkomst A: geen samenhangende problemen (§3.1.1)
//     «De uitkomst van het onderzoek kan zijn dat er toch geen sprake is van samenhangende meervoudige problematiek.
//     Dan kan het vervolg zijn dat één of meer enkelvoudige aanvragen die onderling niet samenhangen door de cliënt
//     worden ingediend.»
// R35 Uitkomst B: samenhangende problemen; dienstverleningsvoorstel (§3.1.1, §2.3)
//     «Wanneer de uitkomst van het onderzoek is dat er meerdere met elkaar samenhangende problemen spelen waarbij een
//     gecoördineerde aanpak kan helpen om die op te lossen, is de gemeente verplicht (bij twee of meer sociaal domein
//     wetten) of bevoegd (bij minimaal één sociaal domeinwet) om voor coördinatie te zorgen.»
//     «In de loop van het onderzoek is in samenspraak met de cliënt een dienstverleningsvoorstel ontwikkeld, waarbij
//     ook duidelijk is hoe de coördinatie tijdens de fase van de uitvoering van de dienstverlening plaats zal vinden.»
//     «Als het onderzoek daartoe aanleiding geeft, zorgt het college voor een gecoördineerde aanpak en wijst een
//     coördinator aan.»
// R36 Dossier voor verantwoording (§3.1.1)
//     «De uitkomsten van het onderzoek worden vastgelegd in een dossier.»
//     «creëert de gemeente voor zichzelf de mogelijkheid om intern en extern te verantwoorden dat tijdens het onderzoek
//     zorgvuldig is gehandeld en dat alleen noodzakelijke gegevens zijn verwerkt»
// [/RULEBOOK]

namespace wams {

// [SECTION] client_role (R26, R30) --------------------------------------------------------------------------------

Outcome<ClientRoleValue> client_role(const Facts& f, const InvestigationResult& inv) {
    if (!inv.started) return {ClientRoleValue::not_applicable, {}};
    if (f.entry.route == EntryRoute::client_request) return {ClientRoleValue::in_samenspraak, {"R30"}};
    // R26 (ii)/(iii): involve where possible; with serious problems the investigation may proceed without the client.
    if (f.client_involvement_possible) return {ClientRoleValue::involve_if_possible, {"R26"}};
    return {ClientRoleValue::without_client_allowed, {"R26"}};
}

// [SECTION] scope_limits (R30) ------------------------------------------------------------------------------------

ScopeLimits scope_limits(const Facts& f, const InvestigationResult& inv) {
    ScopeLimits s;
    s.excluded_domains = f.scope.client_excluded_domains;
    s.agreed_domains = f.scope.client_agreed_domains;
    if (s.excluded_domains.empty() && !s.agreed_domains) return s;
    // R30 «niet breder … dan de onderwerpen die de cliënt er … bij wil betrekken»; in the professional route the
    // investigation may run «ook zonder betrokkenheid van de cliënt(en)» (R26), so whether the wish binds is A11.
    s.rules = f.entry.route == EntryRoute::professional_request && inv.started ? Ids{"R26", "R30"} : Ids{"R30"};
    return s;
}

// [SECTION] family_member_inclusion (R31) -------------------------------------------------------------------------

FamilyMemberResult family_member_inclusion(const FamilyMember& m, const InvestigationResult& inv) {
    // «in het onderzoek»: no investigation that has started or may still start, nothing to include (C03).
    if (!inv.started && !inv.still_open) return {m.id, InclusionValue::not_applicable, {}};
    FamilyMemberResult r{m.id, InclusionValue::pending, {"R31"}};
    if (!m.possibly_involved) {  // R31's own condition fails (C04)
        r.included_as_client = InclusionValue::not_applicable;
    } else if (!inv.started) {  // still open: pending claims least (draft 3.1, contradiction 7)
    } else if (m.client_agrees_to_include == false || m.member_consents == false) {
        r.included_as_client = InclusionValue::no;  // D23 (client's veto) / D10 (member refuses)
    } else if (m.client_agrees_to_include == true && m.member_consents == true) {
        r.included_as_client = InclusionValue::yes;  // «worden ze vervolgens ook aangemerkt als cliënt»
    }
    return r;
}

} // namespace wams
