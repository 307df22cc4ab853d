// RULEBOOK §3 entry routes (R14–R27): for every rule a test where it decides the outcome and is cited ([decisive])
// and one where its condition holds or does not trigger and it is therefore not cited ([not-cited]). Process values
// list their §9.1 chain; item gates cite R1 plus the rule whose condition failed or is open (§8.3 Q2, draft 3.1).
// Expected values are written by hand from the rulebook; the law's words stand above each test.
#include <catch2/catch.hpp>

#include "engine_fixtures.hpp"

using namespace wams;

namespace {

// PUB-04 (a GP's eligible, motivated request that meets the criteria; the college investigates) with the college's
// decision replaced. Its item D1 is an investigation item, D2 the data passed with the request (R67).
Facts gp_request_decided(std::optional<MunicipalityDecision> decision) {
    Facts f = pub_facts("PUB-04");
    f.entry.municipality_decision = decision;
    return f;
}

// PUB-04 with criterion (c) failing: the requester does not expect a coordinated approach to help (R24).
Facts gp_request_failing_criteria() {
    Facts f = pub_facts("PUB-04");
    f.entry.criteria->c_coordination_may_help = false;
    return f;
}

} // namespace

// ---- R14 ---------------------------------------------------------------------------------------------------------

// R14 — §2.3 «Een cliënt meldt zich bij een loket met een hulpvraag (artikel 2.3a.1 Wmo 2015)»; §3.1.1 «Als een
// bestaande cliënt problemen ondervindt bij bestaande dienstverlening die mogelijk wordt opgelost door een
// gecoördineerde aanpak stelt de gemeente ook een onderzoek in.»
TEST_CASE("R14: a client reporting at a loket opens the client route", "[entry][R14][decisive]") {
    const auto inv = assess(pub_facts("PUB-01")).process.investigation;
    CHECK(inv.value == InvestigationValue::yes);
    CHECK(sorted_ids(inv.rules) == Ids{"R2", "R14", "R15", "R16"});
}

// R14 — §2.3 «Een cliënt meldt zich bij een loket met een hulpvraag (artikel 2.3a.1 Wmo 2015)».
TEST_CASE("R14: a professional's request is not the client route: R14 is not cited", "[entry][R14][not-cited]") {
    const auto a = assess(pub_facts("PUB-04"));
    CHECK(sorted_ids(a.process.investigation.rules) == Ids{"R20", "R21", "R22", "R23"});
    CHECK_FALSE(advisories_cite(a, "R14"));
}

// ---- R15 ---------------------------------------------------------------------------------------------------------

// R15 — §2.3 «Dat er mogelijk sprake is van meervoudige problematiek kan de cliënt zelf aangeven, maar de medewerker
// van de gemeente kan dat ook waarnemen.»; §3.1.1 «zijn de medewerkers alert of er wellicht sprake is van
// meervoudige problematiek».
TEST_CASE("R15: the employee's observation counts as a signal as much as the client's", "[entry][R15][decisive]") {
    Facts f = pub_facts("PUB-01");
    f.entry.multiple_problems_indicated_by = SignalledBy::employee;
    const auto inv = assess(f).process.investigation;
    CHECK(inv.value == InvestigationValue::yes);
    CHECK(sorted_ids(inv.rules) == Ids{"R2", "R14", "R15", "R16"});
}

// R15 — §3.1.1 «zijn de medewerkers alert of er wellicht sprake is van meervoudige problematiek».
// (Draft 3.1, C02: with plausibility not yet assessed the open condition is R16's; R15 is met and not cited.)
TEST_CASE("R15: plausibility not yet assessed: the open condition is R16's, R15 is not cited", "[entry][R15][not-cited]") {
    Facts f = pub_facts("PUB-01");
    f.entry.multiple_problems_plausible = std::nullopt;
    const auto a = assess(f);
    CHECK(sorted_ids(a.process.investigation.rules) == Ids{"R14", "R16"});
    CHECK(a.data_items[0].rules == Ids{"R1", "R16"});
}

// ---- R16 ---------------------------------------------------------------------------------------------------------

// R16 — §2.3 «Als aannemelijk is dat er sprake kan zijn van samenhangende problemen onderzoekt de gemeente vervolgens
// of een gecoördineerde aanpak kan bijdragen aan een oplossing.»; §3.1.1 «Wanneer uit het eerste gesprek blijkt dat
// er sprake kan zijn van meervoudige problematiek stelt de gemeente nader onderzoek in.»
TEST_CASE("R16: plausibility not yet assessed: undetermined, nothing started, items not this law (R1, R16)",
          "[entry][R16][decisive]") {
    Facts f = pub_facts("PUB-03");  // has a family member who is possibly involved
    f.entry.multiple_problems_plausible = std::nullopt;
    const auto a = assess(f);
    CHECK(a.process.investigation.value == InvestigationValue::undetermined);
    CHECK_FALSE(a.process.investigation.started);
    CHECK(sorted_ids(a.process.investigation.rules) == Ids{"R14", "R16"});
    CHECK(a.process.coordination.value == CoordinationValue::pending);
    CHECK(a.process.family_members.at(0).included_as_client == InclusionValue::pending);
    CHECK(a.process.family_members.at(0).rules == Ids{"R31"});
    CHECK(a.data_items[1].verdict == Verdict::not_this_law);  // the included son's school data
    CHECK(a.data_items[1].rules == Ids{"R1", "R16"});
}

// R16 — MS «moet, wanneer het vermoeden ontstaat dat er sprake is van meervoudige problematiek, nader onderzoek
// plaatsvinden, tenzij de cliënt dat niet nodig vindt».
// (Draft 3.1, D27: the client's «tenzij» not yet answered is not raised, and stays visible as open.)
TEST_CASE("R16: the client has not said whether she declines: the investigation starts, the opt-out stays open",
          "[entry][R16][decisive]") {
    Facts f = pub_facts("PUB-01");
    f.entry.client_declines_investigation = std::nullopt;
    const auto a = assess(f);
    CHECK(a.process.investigation.value == InvestigationValue::yes);
    CHECK(a.process.investigation.started);
    CHECK(advisory_rules(a, "ADV_CLIENT_MAY_DECLINE") == Ids{"R16", "R18"});
    CHECK(a.data_items[0].verdict == Verdict::allowed_under_conditions);
    CHECK(sorted_ids(a.data_items[0].rules) == Ids{"R16", "R56", "R57", "R66"});
    CHECK(a.data_items[0].conditions == Ids{"unless_client_finds_investigation_unnecessary"});
    CHECK_FALSE(has_id(a.data_items[2].conditions, "unless_client_finds_investigation_unnecessary"));  // coordination item
}

// R16 — §3.1.1 «Wanneer uit het eerste gesprek blijkt dat er sprake kan zijn van meervoudige problematiek stelt de
// gemeente nader onderzoek in.»
TEST_CASE("R16: no signal, or the client answered that she wants the investigation: R16 is not cited",
          "[entry][R16][not-cited]") {
    const auto none = assess(pub_facts("PUB-15"));
    CHECK(sorted_ids(none.process.investigation.rules) == Ids{"R14", "R17"});
    CHECK(none.data_items[0].rules == Ids{"R1", "R17"});
    const auto answered = assess(pub_facts("PUB-01"));  // client_declines_investigation: false
    CHECK(sorted_ids(answered.data_items[0].rules) == Ids{"R56", "R57", "R66"});
    CHECK(answered.data_items[0].conditions.empty());
    CHECK_FALSE(advisory_rules(answered, "ADV_CLIENT_MAY_DECLINE"));
}

// ---- R17 ---------------------------------------------------------------------------------------------------------

// R17 — §3.1.1 «Alleen wanneer bij een elektronische aanvraag of bij een eerste gesprek sprake lijkt van meervoudige
// problematiek wordt de procedure via de Wams gevolgd, anders vervolgt de gemeente met een enkelvoudige aanpak.»
TEST_CASE("R17: no signal means the single approach", "[entry][R17][decisive]") {
    Facts f = pub_facts("PUB-01");
    f.entry.multiple_problems_plausible = false;
    const auto r = decide_investigation(f);
    CHECK(r.value == InvestigationValue::no);
    CHECK(r.rules == Ids{"R14", "R17"});
    const auto a = assess(pub_facts("PUB-15"));
    CHECK(a.data_items[0].verdict == Verdict::not_this_law);
    CHECK(a.data_items[0].rules == Ids{"R1", "R17"});
    CHECK(advisory_rules(a, "ADV_SINGLE_APPROACH") == Ids{"R17"});
}

// R17 — §3.1.1 «… anders vervolgt de gemeente met een enkelvoudige aanpak.»
TEST_CASE("R17: a signal was given: no single approach, R17 is not cited", "[entry][R17][not-cited]") {
    const auto a = assess(pub_facts("PUB-01"));
    CHECK_FALSE(has_id(a.process.investigation.rules, "R17"));
    CHECK_FALSE(advisory_rules(a, "ADV_SINGLE_APPROACH"));
}

// ---- R18 ---------------------------------------------------------------------------------------------------------

// R18 — MS «tenzij de cliënt dat niet nodig vindt».
TEST_CASE("R16: a plausible signal starts the investigation; R18: unless the client declines", "[entry][R18][decisive]") {
    Facts f = pub_facts("PUB-01");
    CHECK(decide_investigation(f).value == InvestigationValue::yes);
    f.entry.client_declines_investigation = true;
    const auto r = decide_investigation(f);
    CHECK(r.value == InvestigationValue::no);
    CHECK(has_id(r.rules, "R18"));
    CHECK(r.gate_rules == Ids{"R1", "R18"});
}

// R18 — MS «tenzij de cliënt dat niet nodig vindt».
TEST_CASE("R18: the client declines: items not this law (R1, R18), single approach, family not applicable",
          "[entry][R18][decisive]") {
    const auto a = assess(pub_facts("PUB-02"));
    CHECK(sorted_ids(a.process.investigation.rules) == Ids{"R2", "R14", "R15", "R18"});
    CHECK(a.data_items[0].rules == Ids{"R1", "R18"});
    CHECK(advisory_rules(a, "ADV_SINGLE_APPROACH") == Ids{"R18"});
    const auto c03 = assess(d3_facts("D3-C03"));
    CHECK(c03.process.family_members.at(0).included_as_client == InclusionValue::not_applicable);
    CHECK(c03.process.family_members.at(0).rules.empty());
}

// R18 — MS «tenzij de cliënt dat niet nodig vindt».
TEST_CASE("R18: the client wants the investigation: R18 is cited nowhere", "[entry][R18][not-cited]") {
    const auto a = assess(pub_facts("PUB-01"));
    CHECK_FALSE(has_id(a.process.investigation.rules, "R18"));
    CHECK_FALSE(has_id(a.process.investigation.gate_rules, "R18"));
    for (const auto& it : a.data_items) CHECK_FALSE(has_id(it.rules, "R18"));
    CHECK_FALSE(advisories_cite(a, "R18"));
}

// ---- R19 ---------------------------------------------------------------------------------------------------------

// R19 — §3.1.1 «Wel kan vanaf dat moment ook bij bestaande gevallen gebruik gemaakt worden van de mogelijkheden die
// de Wams biedt».
TEST_CASE("R19: an existing client may use the Wams, in the professional route too", "[entry][R19][decisive]") {
    Facts f = pub_facts("PUB-04");
    f.entry.client_status = ClientStatus::existing;
    CHECK(advisory_rules(assess(f), "ADV_EXISTING_CASES") == Ids{"R19"});
}

// R19 — §3.1.1 «De wet verlangt niet dat de gemeente op het moment dat de wet van kracht wordt haar bestaande
// cliëntenbestand doorlicht om gevallen op te sporen waar mogelijk meervoudige problematiek speelt».
TEST_CASE("R19: not an existing case and no bulk search: R19 is not cited", "[entry][R19][not-cited]") {
    const auto a = assess(pub_facts("PUB-04"));  // client_status unknown
    CHECK_FALSE(advisories_cite(a, "R19"));
}

// ---- R20 ---------------------------------------------------------------------------------------------------------

// R20 — §3.1.1 «Professionals die een verzoek doen, moeten werkzaam zijn bij partijen in de (aanpalende) domeinen en
// in het sociaal domein.»; §2.3 «Wanneer een professional (of hulpverlener) bij één van de partijen in het sociaal
// domein of in de aanpalende domeinen vermoedt dat er bij een persoon sprake is van ernstige problematiek».
TEST_CASE("R20: a private person cannot request; A10: either domain suffices", "[entry][R20][decisive]") {
    Facts f = pub_facts("PUB-04");
    CHECK(requester_eligible(f.entry));
    f.entry.requester->organisation_domain = OrganisationDomain::social;
    CHECK(requester_eligible(f.entry));
    f.entry.requester->kind = RequesterKind::private_person;
    const auto r = decide_investigation(f);
    CHECK(r.value == InvestigationValue::no);
    CHECK(r.rules == Ids{"R20"});
    CHECK(has_id(r.advisories, "ADV_OTHER_ROUTES"));
}

// R20 — §3.1.1 «Professionals die een verzoek doen, moeten werkzaam zijn bij partijen in de (aanpalende) domeinen en
// in het sociaal domein.» (Draft 3, E1: a requester not recorded is a missing fact, not an ineligible requester.)
TEST_CASE("R20: requester not recorded: undetermined, the request's data undetermined (R20, R67)",
          "[entry][R20][decisive]") {
    Facts f = pub_facts("PUB-04");
    f.entry.requester = std::nullopt;
    const auto a = assess(f);
    CHECK(a.process.investigation.value == InvestigationValue::undetermined);
    CHECK(a.process.investigation.rules == Ids{"R20"});
    CHECK(a.data_items[0].verdict == Verdict::not_this_law);
    CHECK(a.data_items[0].rules == Ids{"R1", "R20"});
    CHECK(a.data_items[1].verdict == Verdict::undetermined);
    CHECK(sorted_ids(a.data_items[1].rules) == Ids{"R20", "R67"});
    CHECK_FALSE(advisory_rules(a, "ADV_OTHER_ROUTES"));
}

// R20 — §2.3 «Een bij de cliënt betrokken professional (bijv. een hulpverlener) kan het college verzoeken een
// onderzoek te doen indien deze vermoedt dat er ernstige problemen spelen (art. 2.3a.4 Wmo 2015)».
// R21 — §2.3 «kan deze het college gemotiveerd verzoeken een onderzoek te doen».
// (Draft 3, C05: an eligible requester's R20 and a motivated request's R21 are met, never decisive.)
TEST_CASE("R20/R21: an eligible, motivated request that fails the criteria: the gate cites R24, not R20 or R21",
          "[entry][R20][R21][not-cited]") {
    const auto a = assess(gp_request_failing_criteria());
    CHECK(a.data_items[0].verdict == Verdict::not_this_law);
    CHECK(a.data_items[0].rules == Ids{"R1", "R24"});
    CHECK(a.data_items[1].verdict == Verdict::allowed_under_conditions);  // the request's own data stay licensed
    CHECK(sorted_ids(a.data_items[1].rules) == Ids{"R61", "R66", "R67"});
    CHECK_FALSE(advisory_rules(a, "ADV_OTHER_ROUTES"));
}

// ---- R21 ---------------------------------------------------------------------------------------------------------

// R21 — §2.3 «kan deze het college gemotiveerd verzoeken een onderzoek te doen»; §3.1.1 «het college (gemotiveerd) te
// verzoeken een onderzoek te doen».
TEST_CASE("R21/D18: an unmotivated request is undetermined, not refused", "[entry][R21][decisive]") {
    Facts f = pub_facts("PUB-04");
    f.entry.requester->request_motivated = false;
    const auto r = decide_investigation(f);
    CHECK(r.value == InvestigationValue::undetermined);
    CHECK(has_id(r.design_choices, "D18"));
    const auto a = assess(f);
    CHECK(sorted_ids(a.process.investigation.rules) == Ids{"R20", "R21"});
    CHECK(a.data_items[0].rules == Ids{"R1", "R21"});
    CHECK(a.data_items[1].verdict == Verdict::undetermined);
    CHECK(sorted_ids(a.data_items[1].rules) == Ids{"R21", "R67"});
}

// ---- R22 ---------------------------------------------------------------------------------------------------------

TEST_CASE("R22: the two readings combine their own elements", "[entry]") {
    Criteria c;
    c.a_person = true;
    c.b_environment = false;
    c.c_coordination_may_help = true;
    CHECK(criteria_met_under(c, CriteriaReading::s2_3) == true);     // (a OR b) AND c
    CHECK(criteria_met_under(c, CriteriaReading::s3_1_1) == false);  // a AND b AND c
    c.b_environment_s311 = true;                                      // reading-specific answer overrides
    CHECK(criteria_met_under(c, CriteriaReading::s3_1_1) == true);
    c.c_coordination_may_help = std::nullopt;
    CHECK(!criteria_met_under(c, CriteriaReading::s2_3).has_value());
}

// R22 — §2.3 «Of wanneer in de omgeving van de betrokkene gedurende langere tijd of telkens opnieuw problemen, hinder
// of overlast wordt ervaren of de veiligheid van personen of goederen in gevaar is;» / §3.1.1 «en de omgeving
// ondervindt daardoor hinder of overlast en/of er is sprake van een veiligheidsrisico voor personen of goederen.»
TEST_CASE("R22: the readings differ and none is fixed: undetermined with A1 and both outcomes",
          "[entry][R22][decisive]") {
    const auto inv = assess(pub_facts("PUB-05")).process.investigation;
    CHECK(inv.value == InvestigationValue::undetermined);
    CHECK(sorted_ids(inv.rules) == Ids{"R20", "R21", "R22"});
    CHECK(inv.under_s2_3 == std::optional(InvestigationValue::at_discretion));
    CHECK(inv.under_s3_1_1 == std::optional(InvestigationValue::no));
    CHECK(sorted_ids(inv.gate_rules) == Ids{"R1", "R22"});
}

// R22 — §3.1.1 «De professional meent dat een gecoördineerde aanpak kan bijdragen aan het oplossen of verminderen van
// de problematiek.» (Draft 3, E2: criteria not recorded are a missing fact.)
TEST_CASE("R22: criteria not recorded: undetermined, investigation items not this law (R1, R22)",
          "[entry][R22][decisive]") {
    Facts f = pub_facts("PUB-04");
    f.entry.criteria = std::nullopt;
    const auto a = assess(f);
    CHECK(a.process.investigation.value == InvestigationValue::undetermined);
    CHECK(sorted_ids(a.process.investigation.rules) == Ids{"R20", "R21", "R22"});
    CHECK(a.data_items[0].rules == Ids{"R1", "R22"});
}

// R22 — §2.3 «En indien deze partij vermoedt dat een gecoördineerde aanpak kan bijdragen aan het oplossen of
// verminderen van de problematiek.»
TEST_CASE("R22: criteria met under both readings: no A1, and an undecided college's gate cites R23, not R22",
          "[entry][R22][not-cited]") {
    const auto a = assess(gp_request_decided(std::nullopt));
    CHECK_FALSE(has_id(a.ambiguity_flags, "A1"));
    CHECK_FALSE(a.process.investigation.under_s2_3);
    CHECK(a.data_items[0].rules == Ids{"R1", "R23"});
    CHECK_FALSE(has_id(assess(pub_facts("PUB-04")).data_items[0].rules, "R22"));
}

// ---- R23 ---------------------------------------------------------------------------------------------------------

// R23 — §2.3 «De gemeente heeft de bevoegdheid maar niet de plicht om aan het verzoek gehoor te geven en dan een
// onderzoek in te stellen».
TEST_CASE("R23: criteria met gives a competence; started only on the college's decision", "[entry][R23][decisive]") {
    Facts f = pub_facts("PUB-04");
    CHECK(decide_investigation(f).started);
    f.entry.municipality_decision = std::nullopt;
    const auto r = decide_investigation(f);
    CHECK(r.value == InvestigationValue::at_discretion);
    CHECK_FALSE(r.started);
    CHECK(r.gate_rules == Ids{"R1", "R23"});
    const auto a = assess(f);
    CHECK(sorted_ids(a.process.investigation.rules) == Ids{"R20", "R21", "R22", "R23"});
    CHECK(a.process.coordination.value == CoordinationValue::pending);
    CHECK(a.data_items[0].verdict == Verdict::not_this_law);
    CHECK(a.data_items[0].rules == Ids{"R1", "R23"});
}

// R23 — §2.3 «De gemeente heeft de bevoegdheid maar niet de plicht om aan het verzoek gehoor te geven en dan een
// onderzoek in te stellen».
TEST_CASE("R23: criteria failing leave no competence to weigh; an investigating college's items omit R23",
          "[entry][R23][not-cited]") {
    const auto failing = assess(gp_request_failing_criteria());
    CHECK(sorted_ids(failing.process.investigation.rules) == Ids{"R20", "R21", "R22", "R24"});
    const auto investigating = assess(pub_facts("PUB-04"));
    for (const auto& it : investigating.data_items) CHECK_FALSE(has_id(it.rules, "R23"));
}

// ---- R24 ---------------------------------------------------------------------------------------------------------

// R24 — §2.3 «Zo'n onderzoek kan gevraagd worden wanneer er sprake is van»; §3.1.1 «het wetsvoorstel geeft daarom
// invulling aan de omstandigheden die een dergelijk verzoek rechtvaardigen».
TEST_CASE("R24: criterion (c) failing under both readings gives no", "[entry][R24][decisive]") {
    const auto r = decide_investigation(pub_facts("PUB-06"));
    CHECK(r.value == InvestigationValue::no);
    CHECK(has_id(r.rules, "R24"));
    const auto a = assess(gp_request_failing_criteria());
    CHECK(a.process.investigation.value == InvestigationValue::no);
    CHECK(a.data_items[0].rules == Ids{"R1", "R24"});
}

// R24 — §3.1.1 «het wetsvoorstel geeft daarom invulling aan de omstandigheden die een dergelijk verzoek
// rechtvaardigen».
TEST_CASE("R24: criteria met: R24 is not cited", "[entry][R24][not-cited]") {
    const auto a = assess(pub_facts("PUB-04"));
    CHECK(a.process.investigation.value == InvestigationValue::at_discretion);
    CHECK_FALSE(has_id(a.process.investigation.rules, "R24"));
    for (const auto& it : a.data_items) CHECK_FALSE(has_id(it.rules, "R24"));
}

// ---- R25, R26 ----------------------------------------------------------------------------------------------------

// R25 — §2.3 «De professional die het verzoek doet, wordt daar in ieder geval bij betrokken.»
// R26 — §3.1.1 «Indien dat mogelijk is, wordt de cliënt bij het uitvoeren van het onderzoek betrokken, maar het
// onderzoek kan bij ernstige problematiek ook zonder betrokkenheid van de cliënt(en) worden uitgevoerd.»
TEST_CASE("R25/R26: the requester is involved; the client's role in the professional route",
          "[entry][R25][R26][decisive]") {
    Facts f = pub_facts("PUB-08");
    const auto inv = decide_investigation(f);
    CHECK(requesting_professional_involvement(f, inv).value == InvolvementValue::yes);
    CHECK(client_role(f, inv).value == ClientRoleValue::involve_if_possible);
    f.client_involvement_possible = false;
    CHECK(client_role(f, inv).value == ClientRoleValue::without_client_allowed);
    const auto a = assess(pub_facts("PUB-04"));
    CHECK(a.process.requesting_professional_involved.value == InvolvementValue::yes);
    CHECK(a.process.requesting_professional_involved.rules == Ids{"R25"});
    CHECK(a.process.client_role.value == ClientRoleValue::without_client_allowed);
    CHECK(a.process.client_role.rules == Ids{"R26"});
}

// R26 — §3.1.1 «Wanneer de gemeente besluit om onderzoek te doen, worden de cliënt die het betreft en eventuele
// vertegenwoordigers en mantelzorgers daarover geïnformeerd.»; §2.3 «De gemeente informeert de betrokkene(n), dan wel
// zijn vertegenwoordiger(s) over het onderzoek en betreft deze zo nodig daarbij.»
TEST_CASE("R26: a professional-route investigation: inform the client", "[entry][R26][decisive]") {
    CHECK(advisory_rules(assess(pub_facts("PUB-04")), "ADV_INFORM_CLIENT") == Ids{"R26"});
}

// R25 — §2.3 «De professional die het verzoek doet, wordt daar in ieder geval bij betrokken.»
TEST_CASE("R25: no investigation started on the request: the requester's involvement is not applicable",
          "[entry][R25][not-cited]") {
    const auto p = assess(gp_request_decided(std::nullopt)).process;
    CHECK(p.requesting_professional_involved.value == InvolvementValue::not_applicable);
    CHECK(p.requesting_professional_involved.rules.empty());
}

// R26 — §3.1.1 «Wanneer de gemeente besluit om onderzoek te doen, worden de cliënt die het betreft en eventuele
// vertegenwoordigers en mantelzorgers daarover geïnformeerd.»
TEST_CASE("R26: the client route: the client's role rests on R30, R26 is not cited", "[entry][R26][not-cited]") {
    const auto a = assess(pub_facts("PUB-01"));
    CHECK(a.process.client_role.value == ClientRoleValue::in_samenspraak);
    CHECK(a.process.client_role.rules == Ids{"R30"});
    CHECK_FALSE(advisories_cite(a, "R26"));
}

// ---- R27 ---------------------------------------------------------------------------------------------------------

// R27 — §3.1.1 «De Wams laat de criteria waaraan de gemeente toetst of ze wel of niet op een verzoek ingaat behoudens
// de hiervoor geschetste algemene criteria open. Die ontwikkelt de gemeente zelf en ze maakt ze ook zelf bekend bij
// de professionals.» (Draft 3, C07: the fixed reading decides the value; A1 and both outcomes stay visible.)
TEST_CASE("R27/D4: a fixed municipal reading decides the value; A1 stays shown", "[entry][R27][decisive]") {
    Facts f = pub_facts("PUB-05");
    CHECK(decide_investigation(f).value == InvestigationValue::undetermined);
    f.entry.municipality_criteria_reading = CriteriaReading::s3_1_1;
    auto r = decide_investigation(f);
    CHECK(r.value == InvestigationValue::no);
    CHECK(has_id(r.rules, "R27"));
    f.entry.municipality_criteria_reading = CriteriaReading::s2_3;
    r = decide_investigation(f);
    CHECK(r.value == InvestigationValue::at_discretion);
    CHECK(has_id(r.rules, "R27"));
    CHECK(has_id(r.ambiguities, "A1"));
    CHECK(r.under_s2_3 == std::optional(InvestigationValue::at_discretion));
    CHECK(r.under_s3_1_1 == std::optional(InvestigationValue::no));
}

// R27 — §3.1.1 «De Wams laat de criteria waaraan de gemeente toetst of ze wel of niet op een verzoek ingaat behoudens
// de hiervoor geschetste algemene criteria open. Die ontwikkelt de gemeente zelf …»; §2.3 «Het is aan de gemeente om
// daar criteria voor te ontwikkelen.» (Draft 3.1, C06: a recorded decline cites R27.)
TEST_CASE("R27: the college declines a request that meets the criteria: R23 + R27, A9, items (R1, R23, R27)",
          "[entry][R27][decisive]") {
    const auto a = assess(gp_request_decided(MunicipalityDecision::decline));
    CHECK(a.process.investigation.value == InvestigationValue::at_discretion);
    CHECK_FALSE(a.process.investigation.started);
    CHECK(sorted_ids(a.process.investigation.rules) == Ids{"R20", "R21", "R22", "R23", "R27"});
    CHECK(has_id(a.ambiguity_flags, "A9"));
    CHECK(a.process.coordination.value == CoordinationValue::not_applicable);
    CHECK(a.data_items[0].verdict == Verdict::not_this_law);
    CHECK(sorted_ids(a.data_items[0].rules) == Ids{"R1", "R23", "R27"});
    CHECK(advisory_rules(a, "ADV_MUNICIPAL_CRITERIA") == Ids{"R27"});
}

// R27 — §2.3 «Het is aan de gemeente om daar criteria voor te ontwikkelen.»
// (Draft 3.1, C06: with no decision yet, and where a fixed reading decides nothing, R27 is not cited.)
TEST_CASE("R27: an undecided college, or a fixed reading on which both readings agree: R27 is not cited",
          "[entry][R27][not-cited]") {
    const auto undecided = assess(gp_request_decided(std::nullopt));
    CHECK(sorted_ids(undecided.process.investigation.rules) == Ids{"R20", "R21", "R22", "R23"});
    CHECK(undecided.data_items[0].rules == Ids{"R1", "R23"});
    Facts f = pub_facts("PUB-04");
    f.entry.municipality_criteria_reading = CriteriaReading::s3_1_1;
    const auto fixed = assess(f);
    CHECK(sorted_ids(fixed.process.investigation.rules) == Ids{"R20", "R21", "R22", "R23"});
    CHECK_FALSE(has_id(fixed.ambiguity_flags, "A1"));
}
