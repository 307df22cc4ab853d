// RULEBOOK §4 investigation (R28–R36): for every rule a test where it decides the outcome and is cited ([decisive]:
// in an item's rules, a process value's rules or the advisory of §9.3 that carries it) and one where its condition
// holds or does not trigger and it is therefore not cited ([not-cited]). Expected values are written by hand from
// the rulebook (draft 3.1); the law's words stand above each test.
#include <catch2/catch.hpp>

#include "engine_fixtures.hpp"

using namespace wams;

// ---- R28, R29 ----------------------------------------------------------------------------------------------------

// R28 — §2.3 «De wet noemt de onderwerpen waar het onderzoek zich op moet richten.»: «welke problemen er spelen»;
// «welke dienstverlening al wordt verleend en welke interventies mogelijk lopen» …
// R29 — §2.3 «alles wat noodzakelijk is om de (samenhangende) problemen en de bestaande dienstverlening en
// interventies in kaart te brengen, evenals de eerder verleende dienstverlening, en om te bepalen welke
// dienstverlening nu nodig is».
TEST_CASE("R28/R29: a started investigation names its four topics and its maximum scope",
          "[investigation][R28][R29][decisive]") {
    CHECK(advisory_rules(assess(pub_facts("PUB-01")), "ADV_INVESTIGATION_TOPICS") == Ids{"R28", "R29"});
}

// R28 — §2.3 «De wet noemt de onderwerpen waar het onderzoek zich op moet richten.»
// R29 — §2.3 «alles wat noodzakelijk is om de (samenhangende) problemen … in kaart te brengen».
TEST_CASE("R28/R29: the client declined, no investigation: neither is cited", "[investigation][R28][R29][not-cited]") {
    const auto a = assess(pub_facts("PUB-02"));
    CHECK_FALSE(advisories_cite(a, "R28"));
    CHECK_FALSE(advisories_cite(a, "R29"));
}

// ---- R30 ---------------------------------------------------------------------------------------------------------

// R30 — §2.3 «problemen die de cliënt niet in het onderzoek wil betrekken ook niet onderzocht mogen worden. De
// professional dient de wens van de cliënt te respecteren.»; §3.1.1 «Lukt dat niet, dan is in deze situatie de wens
// van de betrokkene(n) leidend.»
TEST_CASE("R30: a domain the client excluded is not allowed in every phase (client route)",
          "[investigation][R30][decisive]") {
    const auto a = assess(pub_facts("PUB-03"));
    CHECK(a.process.scope_limits.excluded_domains == std::vector<std::string>{"geestelijke gezondheidszorg"});
    CHECK(a.process.scope_limits.rules == Ids{"R30"});
    for (const std::size_t i : {0u, 3u}) {  // the GGZ item in the investigation and in the coordination
        INFO(a.data_items[i].item_id);
        CHECK(a.data_items[i].verdict == Verdict::not_allowed);
        CHECK(a.data_items[i].rules == Ids{"R30"});
    }
}

// R30 — §2.3 «een onderzoek niet breder is dan de onderwerpen die de cliënt er – na goed overleg met het college – bij
// wil betrekken».
TEST_CASE("R30/D24: an investigation item from outside the agreed domains is undetermined: ask the client first",
          "[investigation][R30][decisive]") {
    const auto it = assess(pub_facts("PUB-03")).data_items[2];  // the housing corporation; agreed: Pw, Jw, onderwijs
    CHECK(it.verdict == Verdict::undetermined);
    CHECK(it.rules == Ids{"R30"});
}

// R30 — §3.1.1 «Het onderzoek wordt dan beperkt tot de hulpvraag die de cliënt en mogelijk zijn gezinsleden, zelf
// heeft en tot de domeinen die de cliënt in het onderzoek wil laten betrekken.» (Draft 3 C11, draft 3.1 C11: in the
// professional route whether the client's scope wish binds is A11; never hide the conflict.)
TEST_CASE("R30/A11: professional route with a recorded exclusion or agreed domains: A11 for the case (R26, R30)",
          "[investigation][R30][decisive]") {
    const auto excluded = assess(d3_facts("D3-C11"));
    CHECK(has_id(excluded.ambiguity_flags, "A11"));
    CHECK(sorted_ids(excluded.process.scope_limits.rules) == Ids{"R26", "R30"});
    Facts f = d3_facts("D3-C11");
    f.scope.client_excluded_domains.clear();
    f.scope.client_agreed_domains = std::vector<std::string>{"Wmo 2015"};
    const auto agreed = assess(f);
    CHECK(has_id(agreed.ambiguity_flags, "A11"));
    CHECK(sorted_ids(agreed.process.scope_limits.rules) == Ids{"R26", "R30"});
}

// R30 — §2.3 «een onderzoek niet breder is dan de onderwerpen die de cliënt er – na goed overleg met het college – bij
// wil betrekken». (Draft 3, C12: a probation source lies within an agreed «openbare orde en veiligheid».)
TEST_CASE("R30: an item within the agreed domains is licensed without R30; no wish recorded, no scope limits",
          "[investigation][R30][not-cited]") {
    const auto a = assess(d3_facts("D3-C12"));
    CHECK(a.data_items[0].verdict == Verdict::allowed);
    CHECK(sorted_ids(a.data_items[0].rules) == Ids{"R56", "R57", "R59", "R66"});
    const auto none = assess(pub_facts("PUB-01"));
    CHECK(none.process.scope_limits.rules.empty());
    CHECK_FALSE(has_id(none.ambiguity_flags, "A11"));
}

// ---- R31 ---------------------------------------------------------------------------------------------------------

// R31 — §2.3 «Als er mogelijk ook gezinsleden bij de problematiek betrokken zijn, overlegt de gemeente met de cliënt
// of deze gezinsleden in het onderzoek betrokken zullen worden. Als de gezinsleden ermee instemmen om betrokken te
// worden, worden ze vervolgens ook aangemerkt als cliënt.»
TEST_CASE("R31: a member who agrees is included; one who refuses is not, and her own data are not allowed",
          "[investigation][R31][decisive]") {
    const auto included = assess(pub_facts("PUB-03")).process.family_members.at(0);
    CHECK(included.included_as_client == InclusionValue::yes);
    CHECK(included.rules == Ids{"R31"});
    const auto a = assess(pub_facts("PUB-10"));  // the partner refuses
    CHECK(a.process.family_members.at(0).included_as_client == InclusionValue::no);
    CHECK(a.process.family_members.at(0).rules == Ids{"R31"});
    CHECK(a.data_items[0].verdict == Verdict::not_allowed);  // her own problems
    CHECK(a.data_items[0].rules == Ids{"R31"});
    CHECK(a.data_items[1].verdict == Verdict::undetermined);  // the household's income (A19)
    CHECK(a.data_items[1].rules == Ids{"R31"});
    CHECK(has_id(a.data_items[1].ambiguities, "A19"));
}

// R31 — §2.3 «Als er mogelijk ook gezinsleden bij de problematiek betrokken zijn, overlegt de gemeente met de cliënt
// of deze gezinsleden in het onderzoek betrokken zullen worden.» (Draft 3, C04: the condition fails.)
TEST_CASE("R31: a member not yet asked is undetermined; one not possibly involved is not applicable (R31)",
          "[investigation][R31][decisive]") {
    Facts f = pub_facts("PUB-01");
    f.data_items[0].subject = Subject::family_member_not_asked;
    const auto it = first_item(f);
    CHECK(it.verdict == Verdict::undetermined);
    CHECK(it.rules == Ids{"R31"});
    const auto m = assess(d3_facts("D3-C04")).process.family_members.at(1);
    CHECK(m.included_as_client == InclusionValue::not_applicable);
    CHECK(m.rules == Ids{"R31"});
}

// R31 — §2.3 «Als de gezinsleden ermee instemmen om betrokken te worden, worden ze vervolgens ook aangemerkt als
// cliënt.» (Draft 3, C03: inclusion is «in het onderzoek»; with none started R31 is not applied.)
TEST_CASE("R31: no investigation started: members not applicable without rules; the client's own data omit R31",
          "[investigation][R31][not-cited]") {
    const auto m = assess(d3_facts("D3-C03")).process.family_members.at(0);
    CHECK(m.included_as_client == InclusionValue::not_applicable);
    CHECK(m.rules.empty());
    CHECK_FALSE(has_id(first_item(pub_facts("PUB-01")).rules, "R31"));
}

// ---- R32 ---------------------------------------------------------------------------------------------------------

// R32 — §2.3 «In samenspraak met de cliënt betreft de gemeente partijen bij het onderzoek die al bij deze cliënt
// betrokken zijn of een rol kunnen spelen bij de verdere dienstverlening. Een casusoverleg behoort daarbij tot de
// mogelijkheden.»
TEST_CASE("R32: a started investigation involves the parties", "[investigation][R32][decisive]") {
    CHECK(advisory_rules(assess(pub_facts("PUB-01")), "ADV_INVOLVE_PARTIES") == Ids{"R32"});
}

// R32 — §2.3 «In samenspraak met de cliënt betreft de gemeente partijen bij het onderzoek …»
TEST_CASE("R32: no investigation (no signal): R32 is not cited", "[investigation][R32][not-cited]") {
    CHECK_FALSE(advisories_cite(assess(pub_facts("PUB-15")), "R32"));
}

// ---- R33 ---------------------------------------------------------------------------------------------------------

// R33 — §3.1.1 «gegevens die in het kader van een wet (bijv. de Jeugdwet, de Wet gs of de Leerplichtwet) zijn
// verzameld, te gebruiken ("verder te verwerken") voor zover dat noodzakelijk is voor het doen van een onderzoek»;
// «De stap voor stap benadering beoogt te realiseren dat niet meer, maar ook niet minder informatie wordt verzameld
// dan noodzakelijk is.»
TEST_CASE("R33: municipal data from another law are licensed for the investigation", "[investigation][R33][decisive]") {
    const auto a = assess(pub_facts("PUB-01"));
    CHECK(a.data_items[1].verdict == Verdict::allowed);  // debt-counselling data the municipality holds (Wgs)
    CHECK(sorted_ids(a.data_items[1].rules) == Ids{"R33", "R56", "R57", "R66"});
    CHECK(advisory_rules(a, "ADV_STEP_BY_STEP") == Ids{"R33"});
}

// R33 — §3.1.1 «… voor zover dat noodzakelijk is voor het doen van een onderzoek»; «Gegevens die de cliënt zelf
// verstrekt;» (D16: the licence is for the investigation phase only.)
TEST_CASE("R33: the client's own data, and municipal data in the coordination phase, are licensed without R33",
          "[investigation][R33][not-cited]") {
    CHECK(sorted_ids(first_item(pub_facts("PUB-01")).rules) == Ids{"R56", "R57", "R66"});
    Facts f = pub_facts("PUB-07");
    f.data_items[1].source.type = SourceType::college_own_prior;  // the coordination message from municipal files
    const auto it = assess(f).data_items[1];
    CHECK(it.verdict == Verdict::allowed);
    CHECK(sorted_ids(it.rules) == Ids{"R43", "R45", "R56", "R66"});
}

// ---- R34 ---------------------------------------------------------------------------------------------------------

// R34 — §3.1.1 «De uitkomst van het onderzoek kan zijn dat er toch geen sprake is van samenhangende meervoudige
// problematiek. Dan kan het vervolg zijn dat één of meer enkelvoudige aanvragen die onderling niet samenhangen door
// de cliënt worden ingediend.»
TEST_CASE("R34: no connected problems: no coordination, separate applications, coordination items not this law",
          "[investigation][R34][decisive]") {
    Facts f = pub_facts("PUB-01");
    f.investigation_outcome->connected_problems = false;
    const auto a = assess(f);
    CHECK(a.process.coordination.value == CoordinationValue::not_applicable);
    CHECK(a.process.coordination.rules == Ids{"R34"});
    CHECK(advisory_rules(a, "ADV_SEPARATE_APPLICATIONS") == Ids{"R34"});
    CHECK(a.data_items[2].verdict == Verdict::not_this_law);
    CHECK(sorted_ids(a.data_items[2].rules) == Ids{"R1", "R34"});
}

// R34 — §3.1.1 «De uitkomst van het onderzoek kan zijn dat er toch geen sprake is van samenhangende meervoudige
// problematiek.»
TEST_CASE("R34: connected problems: R34 is not cited", "[investigation][R34][not-cited]") {
    const auto a = assess(pub_facts("PUB-01"));
    CHECK_FALSE(has_id(a.process.coordination.rules, "R34"));
    CHECK_FALSE(advisories_cite(a, "R34"));
}

// ---- R35 ---------------------------------------------------------------------------------------------------------

// R35 — §3.1.1 «Wanneer de uitkomst van het onderzoek is dat er meerdere met elkaar samenhangende problemen spelen
// waarbij een gecoördineerde aanpak kan helpen om die op te lossen, is de gemeente verplicht (bij twee of meer
// sociaal domein wetten) of bevoegd (bij minimaal één sociaal domeinwet) om voor coördinatie te zorgen.»; «In de loop
// van het onderzoek is in samenspraak met de cliënt een dienstverleningsvoorstel ontwikkeld …»
TEST_CASE("R35: connected problems: coordination follows, with a service proposal", "[investigation][R35][decisive]") {
    const auto a = assess(pub_facts("PUB-01"));
    CHECK(a.process.coordination.value == CoordinationValue::mandatory);
    CHECK(sorted_ids(a.process.coordination.rules) == Ids{"R2", "R35", "R37"});
    CHECK(advisory_rules(a, "ADV_SERVICE_PROPOSAL") == Ids{"R35"});
}

// R35 — §2.3 «Als het onderzoek daartoe aanleiding geeft, zorgt het college voor een gecoördineerde aanpak en wijst
// een coördinator aan.»
TEST_CASE("R35: the investigation found no connection: R35 is not cited", "[investigation][R35][not-cited]") {
    const auto a = assess(pub_facts("PUB-16"));
    CHECK_FALSE(has_id(a.process.coordination.rules, "R35"));
    CHECK_FALSE(advisories_cite(a, "R35"));
}

// ---- R36 ---------------------------------------------------------------------------------------------------------

// R36 — §3.1.1 «De uitkomsten van het onderzoek worden vastgelegd in een dossier.»; «creëert de gemeente voor zichzelf
// de mogelijkheid om intern en extern te verantwoorden dat tijdens het onderzoek zorgvuldig is gehandeld en dat
// alleen noodzakelijke gegevens zijn verwerkt».
TEST_CASE("R36: a started investigation is recorded in a dossier", "[investigation][R36][decisive]") {
    CHECK(advisory_rules(assess(pub_facts("PUB-01")), "ADV_DOSSIER") == Ids{"R36"});
}

// R36 — §3.1.1 «De uitkomsten van het onderzoek worden vastgelegd in een dossier.»
TEST_CASE("R36: no investigation (no signal): no investigation dossier is asked for", "[investigation][R36][not-cited]") {
    const auto a = assess(pub_facts("PUB-15"));
    CHECK_FALSE(advisories_cite(a, "R36"));
    CHECK_FALSE(has_id(a.data_items[0].rules, "R36"));
}
