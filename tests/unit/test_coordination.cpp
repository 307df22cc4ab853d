// RULEBOOK §5 coordination (R34–R47) and §4 family/scope (R30, R31), one test per rule or rule pair.
#include <catch2/catch.hpp>

#include "engine_fixtures.hpp"

using namespace wams;

TEST_CASE("R3/D19: needs are classified by legal basis, not by the intake label", "[coordination]") {
    const Facts f = pub_facts("PUB-12");
    const auto d = count_involved_domains(*f.investigation_outcome);
    CHECK(d.social_laws == std::vector<std::string>{"Wmo 2015", "Participatiewet"});
    CHECK(d.adjacent_domains.empty());
    CHECK(needs_reclassified(f));
    CHECK(domain_name_of("adjacent:openbare orde en veiligheid (reclassering)") == "openbare orde en veiligheid");
}

TEST_CASE("R37: two social-domain laws make coordination mandatory; the adjacent part stays a competence", "[coordination]") {
    const Facts f = pub_facts("PUB-14");
    const auto c = decide_coordination(f, decide_investigation(f), false);
    CHECK(c.value == CoordinationValue::mandatory);
    REQUIRE(c.adjacent_part);
    CHECK(c.adjacent_part->domains == std::vector<std::string>{"wonen", "openbare orde en veiligheid"});
}

TEST_CASE("R38: one law plus an adjacent domain is a competence; the college chooses", "[coordination]") {
    Facts f = pub_facts("PUB-13");
    auto c = decide_coordination(f, decide_investigation(f), false);
    CHECK(c.value == CoordinationValue::permitted);
    CHECK(c.active);
    f.coordination->municipality_chooses_to_coordinate = std::nullopt;
    c = decide_coordination(f, decide_investigation(f), false);
    CHECK_FALSE(c.active);
    CHECK(decide_coordinator(f, c).value == CoordinatorValue::at_discretion);
    f.coordination->municipality_chooses_to_coordinate = false;
    CHECK(decide_coordinator(f, c).value == CoordinatorValue::no);
}

TEST_CASE("R39: one law alone, or no social-domain law, is no Wams coordination (A4, A20)", "[coordination]") {
    Facts f = pub_facts("PUB-19");
    auto p = run_process_walk(f);
    CHECK(p.coordination.value == CoordinationValue::not_applicable);
    CHECK(has_id(p.ambiguities, "A4"));
    CHECK_FALSE(has_id(p.ambiguities, "A20"));
    for (auto& n : f.investigation_outcome->needs) {
        n.legal_basis = std::nullopt;
        n.domain = "welzijn";
    }
    p = run_process_walk(f);
    CHECK(has_id(p.ambiguities, "A20"));
    CHECK(has_id(p.design_choices, "D6"));
}

TEST_CASE("R34: no connection → not applicable", "[coordination]") {
    const auto p = run_process_walk(pub_facts("PUB-16"));
    CHECK(p.coordination.value == CoordinationValue::not_applicable);
    CHECK(p.coordination.rules == Ids{"R34"});
}

TEST_CASE("R41/R42: accepted self-coordination means no coordinator and no requirements (A6)", "[coordination]") {
    const auto p = run_process_walk(pub_facts("PUB-12"));
    CHECK(p.coordinator_appointed.value == CoordinatorValue::no);
    CHECK(p.coordination_form.value == CoordinationFormValue::self);
    CHECK(p.coordination_file.value == CoordinationFileValue::no_requirements);
    CHECK(p.coordination_mode.value == CoordinationModeValue::no_requirements);
    CHECK(has_id(p.ambiguities, "A6"));
}

TEST_CASE("R40/R43/R46/R47: coordinator, form and file", "[coordination]") {
    Facts f = pub_facts("PUB-01");
    auto p = run_process_walk(f);
    CHECK(p.coordinator_appointed.value == CoordinatorValue::yes);
    CHECK(p.coordination_file.value == CoordinationFileValue::existing_dossiers_suffice);
    f.coordination->form_chosen = CoordinationForm::regisseur;
    p = run_process_walk(f);
    CHECK(p.coordination_form.value == CoordinationFormValue::regisseur);
    CHECK(p.coordination_file.value == CoordinationFileValue::coordinatiedossier);
    f.coordination->form_chosen = std::nullopt;
    CHECK(run_process_walk(f).coordination_form.value == CoordinationFormValue::to_be_chosen);
}

TEST_CASE("R44/R45: end of coordination; mode follows seriousness", "[coordination]") {
    Facts f = pub_facts("PUB-17");
    auto p = run_process_walk(f);
    CHECK(p.coordination_end.value == CoordinationEndValue::report_to_college);
    CHECK(p.coordination_end.reason == CoordinatorReport::no_longer_needed);
    f.serious_problems = true;
    CHECK(run_process_walk(f).coordination_mode.value == CoordinationModeValue::zoveel_mogelijk_in_afstemming);
}

// ---------------------------------------------------------------------------------------------------------------
// Each rule of §5 (R37–R47) where it lives: one test where it decides and is cited, one where its condition does not
// hold and it is not cited (issue 15). Expected values are written by hand from RULEBOOK draft 3.1 (§5, §8.3, §9.2).
// ---------------------------------------------------------------------------------------------------------------

// R37 (§2.3): «Het college is verplicht voor coördinatie te zorgen wanneer er minimaal twee sociaal domeinwetten aan
// de orde zijn.» — §2.2: «De gemeente kan coördineren bij problematiek in aanpalende domeinen, maar is daar niet toe
// verplicht.»
TEST_CASE("R37 decisive: Participatiewet + Wgs make coordination mandatory; the adjacent part stays permitted",
          "[coordination][R37][decisive]") {
    const Assessment a = assess(pub_facts("PUB-01"));  // Participatiewet + Wgs, no adjacent domain
    CHECK(a.process.coordination.value == CoordinationValue::mandatory);
    CHECK(has_id(a.process.coordination.rules, "R37"));
    CHECK_FALSE(a.process.coordination.adjacent_part);
    const Assessment b = assess(pub_facts("PUB-14"));  // Wmo 2015 + Wgs, with wonen and openbare orde en veiligheid
    CHECK(b.process.coordination.value == CoordinationValue::mandatory);
    REQUIRE(b.process.coordination.adjacent_part);
    CHECK(b.process.coordination.adjacent_part->value == CoordinationValue::permitted);
    CHECK(b.process.coordination.adjacent_part->domains == std::vector<std::string>{"wonen", "openbare orde en veiligheid"});
    CHECK(has_id(b.process.coordination.adjacent_part->rules, "R37"));
}

// R37 (§3.1.1): «verplicht (bij twee of meer sociaal domein wetten)»
TEST_CASE("R37 not cited: one social-domain law is no duty", "[coordination][R37][not-cited]") {
    const Assessment a = assess(pub_facts("PUB-13"));  // Jeugdwet + onderwijs + ggz
    CHECK(a.process.coordination.value == CoordinationValue::permitted);
    CHECK_FALSE(has_id(a.process.coordination.rules, "R37"));
    CHECK_FALSE(a.process.coordination.adjacent_part);  // adjacent_part only beside "mandatory"
}

// R38 (§2.3): «De gemeente is bevoegd om te coördineren bij één sociaal domein wet en één of meer wetten in de
// aanpalende domeinen.»
TEST_CASE("R38 decisive: a competence; undecided or declined, a coordination-phase item meets the gate (R1, R38)",
          "[coordination][R38][decisive]") {
    Facts f = pub_facts("PUB-13");
    Assessment a = assess(f);
    CHECK(a.process.coordination.value == CoordinationValue::permitted);
    CHECK(has_id(a.process.coordination.rules, "R38"));
    CHECK(a.process.coordinator_appointed.value == CoordinatorValue::yes);
    CHECK(a.process.coordinator_appointed.rules == Ids{"R38", "R40"});
    f.coordination->municipality_chooses_to_coordinate = std::nullopt;  // the college has not yet decided
    a = assess(f);
    CHECK(a.process.coordinator_appointed.value == CoordinatorValue::at_discretion);
    CHECK(has_id(a.process.coordinator_appointed.rules, "R38"));
    CHECK(a.data_items[0].verdict == Verdict::not_this_law);  // conference item, coordination phase (§8.3 Q2)
    CHECK(a.data_items[0].rules == Ids{"R1", "R38"});
    f.coordination->municipality_chooses_to_coordinate = false;  // the college declines
    a = assess(f);
    CHECK(a.process.coordinator_appointed.value == CoordinatorValue::no);
    CHECK(has_id(a.process.coordinator_appointed.rules, "R38"));
    CHECK(a.data_items[0].rules == Ids{"R1", "R38"});
}

// R38 (MS): «Wanneer er sprake is van meervoudige problematiek in één sociaal domeinwet en één wet in een aanpalend
// domein, dan is de gemeente bevoegd om voor coördinatie te zorgen.»
TEST_CASE("R38 not cited: with two social-domain laws coordination is a duty, not a competence",
          "[coordination][R38][not-cited]") {
    const Assessment a = assess(pub_facts("PUB-01"));
    CHECK(a.process.coordination.value == CoordinationValue::mandatory);
    CHECK_FALSE(has_id(a.process.coordination.rules, "R38"));
    CHECK(a.process.coordinator_appointed.rules == Ids{"R40"});
    CHECK(a.data_items[2].verdict != Verdict::not_this_law);  // the coordination message passes the gate
    CHECK_FALSE(has_id(a.data_items[2].rules, "R38"));
}

// R39 rests on the only coordination rules the text gives, §2.3: «minimaal twee sociaal domeinwetten» and «bij één
// sociaal domein wet en één of meer wetten in de aanpalende domeinen» (A4, §3.1.1: «bevoegd (bij minimaal één
// sociaal domeinwet)»).
TEST_CASE("R39 decisive: Wmo 2015 alone is no Wams coordination (A4); a coordination item meets the gate (R1, R39)",
          "[coordination][R39][decisive]") {
    Facts f = pub_facts("PUB-19");
    f.data_items[0].purpose = Purpose::coordination;
    f.data_items[0].phase = std::nullopt;  // the purpose fixes the phase (D26)
    const Assessment a = assess(f);
    CHECK(a.process.coordination.value == CoordinationValue::not_applicable);
    CHECK(has_id(a.process.coordination.rules, "R39"));
    CHECK(has_id(a.ambiguity_flags, "A4"));
    CHECK(a.data_items[0].verdict == Verdict::not_this_law);
    CHECK(a.data_items[0].rules == Ids{"R1", "R39"});
}

// R39: «Every R39 outcome flags A4» — and only an R39 outcome does.
TEST_CASE("R39 not cited: one law plus an adjacent domain qualifies under R38", "[coordination][R39][not-cited]") {
    const Assessment a = assess(pub_facts("PUB-13"));
    CHECK(a.process.coordination.value == CoordinationValue::permitted);
    CHECK_FALSE(has_id(a.process.coordination.rules, "R39"));
    CHECK_FALSE(has_id(a.ambiguity_flags, "A4"));
}

// R40 (§2.3): «Het college wijst een coördinator aan, wanneer dat voor een succesvolle uitvoering van de diensten en
// interventies nodig is. Dat kan een medewerker van de gemeente zijn of een medewerker van een partij die daarbij
// wordt betrokken.»
TEST_CASE("R40 decisive: mandatory coordination without self-coordination gets a coordinator (D7)",
          "[coordination][R40][decisive]") {
    const Assessment a = assess(pub_facts("PUB-01"));
    CHECK(a.process.coordinator_appointed.value == CoordinatorValue::yes);
    CHECK(a.process.coordinator_appointed.rules == Ids{"R40"});
}

// R40 / R41 (§2.3): «… en het is voldoende aannemelijk dat deze persoon dat 'naar behoren' kan doen, wijst de gemeente
// geen coördinator aan.»
TEST_CASE("R40 not cited: an accepted self-coordination means no coordinator", "[coordination][R40][not-cited]") {
    const Assessment a = assess(pub_facts("PUB-12"));
    CHECK(a.process.coordinator_appointed.value == CoordinatorValue::no);
    CHECK_FALSE(has_id(a.process.coordinator_appointed.rules, "R40"));
}

// R41 (§2.3): «Als de cliënt zelf of een mantelzorger / vertegenwoordiger kenbaar maakt zelf voor coördinatie te willen
// zorgen en het is voldoende aannemelijk dat deze persoon dat 'naar behoren' kan doen, wijst de gemeente geen
// coördinator aan.»
TEST_CASE("R41 decisive: a plausible offer means no coordinator (A6); an implausible one sends the case to R40 (C09)",
          "[coordination][R41][decisive]") {
    Facts f = pub_facts("PUB-12");  // the daughter offers and can do it 'naar behoren'
    Assessment a = assess(f);
    CHECK(a.process.coordinator_appointed.value == CoordinatorValue::no);
    CHECK(has_id(a.process.coordinator_appointed.rules, "R41"));
    CHECK(a.process.coordination_form.value == CoordinationFormValue::self);
    CHECK(has_id(a.process.coordination_form.rules, "R41"));
    CHECK(has_id(a.ambiguity_flags, "A6"));
    f.coordination->self_coordination_offers.at(0).plausibly_naar_behoren = false;
    a = assess(f);
    CHECK(a.process.coordinator_appointed.value == CoordinatorValue::yes);
    CHECK(a.process.coordinator_appointed.rules == Ids{"R40", "R41"});
    CHECK_FALSE(has_id(a.ambiguity_flags, "A6"));  // A6 only on an accepted self-coordination (C10)
}

// R41 (§3.1.1): «De gemeente hoeft geen coördinator aan te stellen wanneer de cliënt zelf voor de benodigde coördinatie
// kan zorgen.»
TEST_CASE("R41 not cited: nobody offered to coordinate", "[coordination][R41][not-cited]") {
    const Assessment a = assess(pub_facts("PUB-01"));
    CHECK(a.process.coordinator_appointed.value == CoordinatorValue::yes);
    CHECK_FALSE(has_id(a.process.coordinator_appointed.rules, "R41"));
    CHECK_FALSE(has_id(a.ambiguity_flags, "A6"));
}

// R42 (§2.3 fn 14): «Als de cliënt coördineert zijn er geen eisen aan de coördinatie gesteld.»
TEST_CASE("R42 decisive: the self-coordinator has no file and no afstemming requirements", "[coordination][R42][decisive]") {
    const Assessment a = assess(pub_facts("PUB-12"));
    CHECK(a.process.coordination_file.value == CoordinationFileValue::no_requirements);
    CHECK(a.process.coordination_file.rules == Ids{"R42"});
    CHECK(a.process.coordination_mode.value == CoordinationModeValue::no_requirements);
    CHECK(a.process.coordination_mode.rules == Ids{"R42"});
}

// R42 (§2.3 fn 14): «Als de cliënt coördineert zijn er geen eisen aan de coördinatie gesteld.» — here the college's
// coordinator coordinates, so the requirements of R43 and R45 stand.
TEST_CASE("R42 not cited: an appointed coordinator keeps the file and works in afstemming", "[coordination][R42][not-cited]") {
    const Assessment a = assess(pub_facts("PUB-07"));  // standard form
    CHECK(a.process.coordination_file.value == CoordinationFileValue::coordinatiedossier);
    CHECK_FALSE(has_id(a.process.coordination_file.rules, "R42"));
    CHECK(a.process.coordination_mode.value == CoordinationModeValue::in_afstemming);
    CHECK_FALSE(has_id(a.process.coordination_mode.rules, "R42"));
}

// R43 (§2.3): «volgt de voortgang van de gecoördineerde aanpak, zorgt zo nodig voor aanpassing daarvan en houdt daartoe
// een coördinatie-dossier bij»
TEST_CASE("R43 decisive: the coordinator keeps a coordination file; a coordination item rests on the coordinator's task",
          "[coordination][R43][decisive]") {
    const Assessment a = assess(pub_facts("PUB-03"));  // casusregisseur
    CHECK(a.process.coordination_file.value == CoordinationFileValue::coordinatiedossier);
    CHECK(a.process.coordination_file.rules == Ids{"R43"});
    const ItemAssessment it = item_at(pub_facts("PUB-07"), 1);  // coordinator → Wmo provider, the client agrees
    CHECK(it.verdict == Verdict::allowed);
    CHECK(has_id(it.rules, "R43"));
    CHECK(has_id(it.rules, "R45"));
}

// R43 is the coordinator's task; §2.3 ties the investigation sources to art. 5.4.1: «Artikel 5.4.1 Wmo 2015 bepaalt dat
// de gemeente voor het doen van onderzoek persoonsgegevens mag verwerken.» (D16: licences are phase-bound)
TEST_CASE("R43 not cited: an investigation-phase item and a self-coordinated case", "[coordination][R43][not-cited]") {
    const ItemAssessment it = item_at(pub_facts("PUB-01"), 1);  // municipal data from the earlier Wgs application
    CHECK(it.verdict == Verdict::allowed);
    CHECK_FALSE(has_id(it.rules, "R43"));
    const Assessment a = assess(pub_facts("PUB-12"));
    CHECK_FALSE(has_id(a.process.coordination_file.rules, "R43"));
}

// R44 (§2.3): «Wanneer coördinatie niet meer nodig is of hij zijn taak niet meer naar behoren uit kan voeren meldt de
// coördinator dat aan de gemeente.»
TEST_CASE("R44 decisive: the coordinator's report ends coordination with a report to the college",
          "[coordination][R44][decisive]") {
    Facts f = pub_facts("PUB-17");
    Assessment a = assess(f);
    CHECK(a.process.coordination_end.value == CoordinationEndValue::report_to_college);
    CHECK(a.process.coordination_end.reason == CoordinatorReport::no_longer_needed);
    CHECK(a.process.coordination_end.rules == Ids{"R44"});
    f.coordination->coordinator_reports = CoordinatorReport::cannot_perform_naar_behoren;
    a = assess(f);
    CHECK(a.process.coordination_end.value == CoordinationEndValue::report_to_college);
    CHECK(a.process.coordination_end.reason == CoordinatorReport::cannot_perform_naar_behoren);
}

// R44 (§2.3): «… meldt de coördinator dat aan de gemeente.» — no report, no end.
TEST_CASE("R44 not cited: the coordinator has not reported", "[coordination][R44][not-cited]") {
    const Assessment a = assess(pub_facts("PUB-01"));
    CHECK(a.process.coordination_end.value == CoordinationEndValue::not_applicable);
    CHECK_FALSE(has_id(a.process.coordination_end.rules, "R44"));
    CHECK_FALSE(a.process.coordination_end.reason);
}

// R45 (§2.3): «Alles wat de coördinator doet, gebeurt in afstemming met de cliënt en de betrokken partijen, tenzij er
// sprake is van ernstige problematiek: dan gebeurt de coördinatie zoveel mogelijk in afstemming met de cliënt.»
TEST_CASE("R45 decisive: the client's objection blocks, or stays open when serious; an unknown position is asked (D9)",
          "[coordination][R45][decisive]") {
    Facts f = pub_facts("PUB-17");  // the client objects, problems not serious
    ItemAssessment it = first_item(f);
    CHECK(it.verdict == Verdict::not_allowed);
    CHECK(it.rules == Ids{"R45"});
    CHECK(has_id(it.ambiguities, "A21"));
    f.serious_problems = true;
    const Assessment a = assess(f);
    CHECK(a.data_items[0].verdict == Verdict::undetermined);
    CHECK(a.data_items[0].rules == Ids{"R45"});
    CHECK(has_id(a.data_items[0].ambiguities, "A21"));
    CHECK(a.process.coordination_mode.value == CoordinationModeValue::zoveel_mogelijk_in_afstemming);
    CHECK(a.process.coordination_mode.rules == Ids{"R45"});
    it = item_at(pub_facts("PUB-01"), 2);  // coordination message, the client not yet asked, not serious
    CHECK(it.verdict == Verdict::undetermined);
    CHECK(it.rules == Ids{"R45"});
}

// R45 (§2.3): «Alles wat de coördinator doet, gebeurt in afstemming met de cliënt …» — a client who agrees does not
// block; another rule decides.
TEST_CASE("R45 not cited: the client agrees, the item fails on necessity", "[coordination][R45][not-cited]") {
    Facts f = pub_facts("PUB-17");
    f.data_items[0].client_objects = false;
    f.data_items[0].necessity.assessment = NecessityAssessment::excessive;
    const ItemAssessment it = first_item(f);
    CHECK(it.verdict == Verdict::not_allowed);
    CHECK(it.rules == Ids{"R66"});
    CHECK_FALSE(has_id(it.ambiguities, "A21"));
}

// R46 (§3.1.1): «Er kan in de uitvoeringspraktijk gekozen worden voor een lichte vorm van coördinatie, bijvoorbeeld bij
// de samenloop van twee sociaal domeinwetten.»; fn 23: «Met de bestaande dossiers wordt ook de wettelijke plicht om een
// coördinatiedossier bij te houden ingevuld.»
TEST_CASE("R46 decisive: the light form; existing dossiers fulfil the file; still open with no form (C08)",
          "[coordination][R46][decisive]") {
    const Assessment a = assess(pub_facts("PUB-01"));
    CHECK(a.process.coordination_form.value == CoordinationFormValue::light);
    CHECK(a.process.coordination_form.rules == Ids{"R46"});
    CHECK(a.process.coordination_file.value == CoordinationFileValue::existing_dossiers_suffice);
    CHECK(a.process.coordination_file.rules == Ids{"R43", "R46"});
    const Assessment c = assess(d3_facts("D3-C08"));  // no form recorded yet
    CHECK(c.process.coordination_form.value == CoordinationFormValue::to_be_chosen);
    CHECK(c.process.coordination_form.rules == Ids{"R46", "R47"});
    CHECK(c.process.coordination_file.value == CoordinationFileValue::coordinatiedossier);
    CHECK(c.process.coordination_file.rules == Ids{"R43"});
}

// R46 (§3.1.1): «In minder complexe situaties, bijvoorbeeld bij samenloop van de Participatiewet en de Wgs, kan dat een
// effectieve vorm van coördinatie zijn.» — a casusregisseur was chosen instead.
TEST_CASE("R46 not cited: the heavier form was chosen", "[coordination][R46][not-cited]") {
    const Assessment a = assess(pub_facts("PUB-03"));
    CHECK(a.process.coordination_form.value == CoordinationFormValue::regisseur);
    CHECK_FALSE(has_id(a.process.coordination_form.rules, "R46"));
    CHECK_FALSE(has_id(a.process.coordination_file.rules, "R46"));
}

// R47 (§3.1.1): «Een zwaardere invulling van de coördinatorrol kan zijn dat een procesregisseur of casusregisseur wordt
// aangesteld die voor de afstemming van de dienstverlening van de betrokken partijen zorg draagt en daarbij de cliënt
// ondersteunt.»
TEST_CASE("R47 decisive: a casusregisseur; the form still to be chosen cites R47 too (C08)", "[coordination][R47][decisive]") {
    Facts f = pub_facts("PUB-03");
    Assessment a = assess(f);
    CHECK(a.process.coordination_form.value == CoordinationFormValue::regisseur);
    CHECK(a.process.coordination_form.rules == Ids{"R47"});
    f.coordination->form_chosen = std::nullopt;
    a = assess(f);
    CHECK(a.process.coordination_form.value == CoordinationFormValue::to_be_chosen);
    CHECK(has_id(a.process.coordination_form.rules, "R47"));
}

// R47 (§3.1.1): «Een zwaardere invulling van de coördinatorrol kan zijn …» — the light and the standard forms are not it.
TEST_CASE("R47 not cited: light and standard forms", "[coordination][R47][not-cited]") {
    CHECK_FALSE(has_id(assess(pub_facts("PUB-01")).process.coordination_form.rules, "R47"));  // light
    const Assessment a = assess(pub_facts("PUB-07"));                                          // standard
    CHECK(a.process.coordination_form.value == CoordinationFormValue::standard);
    CHECK_FALSE(has_id(a.process.coordination_form.rules, "R47"));
}
