// RULEBOOK §2 scope and limits (R1–R13): for every rule a test where it decides the outcome and is cited
// ([decisive]; for the context rules R9, R11, R12, R13: the advisory that carries it is shown) and a test where its
// condition holds or does not trigger and it is therefore not cited ([not-cited]). Expected values are written by
// hand from the rulebook (draft 3.1); the law's words stand above each test.
#include <catch2/catch.hpp>

#include "engine_fixtures.hpp"

using namespace wams;

namespace {

// PUB-01 (client route, investigation started) with its first item (the client's own data) put to another use.
Facts client_item_for(Purpose purpose) {
    Facts f = pub_facts("PUB-01");
    f.data_items[0].purpose = purpose;
    return f;
}

// PUB-07 (mandatory coordination) with its coordination message coming from the Wmo provider instead of the
// coordinator: a coordination-phase item from a party that provides services (Q6, Q9).
Facts coordination_item_from_provider(ProviderResponse response) {
    Facts f = pub_facts("PUB-07");
    f.data_items[1].source = Source{SourceType::party_current_or_past_service, "Wmo-aanbieder", "social:Wmo 2015"};
    f.data_items[1].provider_response = response;
    return f;
}

} // namespace

// R1 — §2.3 «Binnen de scope van de Wams (onderzoeken en coördineren bij meervoudige problematiek) verleent de Wams
// de professionals ruime bevoegdheden»; §2.2 «De wijzigingen hebben betrekking op de mogelijkheden voor het delen
// van gegevens bij de uitvoering van de vier sociaal domein wetten bij cliënten met meervoudige of ernstige
// problematiek».
TEST_CASE("R1: with no Wams entry, an investigation item is not this law on R1 alone, with the §2.1 advisory",
          "[scope][R1][decisive]") {
    Facts f = pub_facts("PUB-01");
    f.entry.route = EntryRoute::none;
    const auto a = assess(f);
    CHECK(a.process.investigation.value == InvestigationValue::not_applicable);
    CHECK(a.data_items[0].verdict == Verdict::not_this_law);
    CHECK(a.data_items[0].rules == Ids{"R1"});
    CHECK(advisory_rules(a, "ADV_NO_CROSS_DOMAIN_BASIS_ELSEWHERE") == Ids{"R1"});
}

// R1 — §2.3 «Binnen de scope van de Wams (onderzoeken en coördineren bij meervoudige problematiek) verleent de Wams
// de professionals ruime bevoegdheden».
TEST_CASE("R1: an item of a running Wams investigation is licensed without R1", "[scope][R1][not-cited]") {
    const auto a = assess(pub_facts("PUB-01"));
    CHECK(a.data_items[0].verdict == Verdict::allowed);
    CHECK(sorted_ids(a.data_items[0].rules) == Ids{"R56", "R57", "R66"});
    CHECK_FALSE(advisory_rules(a, "ADV_NO_CROSS_DOMAIN_BASIS_ELSEWHERE"));
}

// R2 — §2.2 «er zijn meerdere samenhangende problemen aan de orde bij een persoon of gezin die betrekking hebben op
// het sociaal domein».
TEST_CASE("R2: plausible, connected multiple problems start the investigation and ground the coordination",
          "[scope][R2][decisive]") {
    const auto p = assess(pub_facts("PUB-01")).process;
    CHECK(p.investigation.value == InvestigationValue::yes);
    CHECK(sorted_ids(p.investigation.rules) == Ids{"R2", "R14", "R15", "R16"});
    CHECK(p.coordination.value == CoordinationValue::mandatory);
    CHECK(sorted_ids(p.coordination.rules) == Ids{"R2", "R35", "R37"});
}

// R2 — §2.2 «er zijn meerdere samenhangende problemen aan de orde bij een persoon of gezin die betrekking hebben op
// het sociaal domein».
TEST_CASE("R2: no signal of multiple problems, or no connection found: R2 is not cited", "[scope][R2][not-cited]") {
    Facts f = pub_facts("PUB-01");
    f.entry.multiple_problems_plausible = false;
    CHECK(sorted_ids(assess(f).process.investigation.rules) == Ids{"R14", "R17"});
    Facts g = pub_facts("PUB-01");
    g.investigation_outcome->connected_problems = false;
    const auto c = assess(g).process.coordination;
    CHECK(c.value == CoordinationValue::not_applicable);
    CHECK(sorted_ids(c.rules) == Ids{"R34"});
}

// R3 — §2.2 «wonen (anders dan beschermd wonen op grond van de Wmo 2015)», «(met uitzondering van inkomen op grond
// van de Participatiewet)», «openbare orde en veiligheid, waaronder reclassering».
TEST_CASE("R3: sheltered housing recorded as 'wonen' counts as Wmo 2015, so coordination is mandatory",
          "[scope][R3][decisive]") {
    const auto a = assess(pub_facts("PUB-12"));
    CHECK(a.process.coordination.value == CoordinationValue::mandatory);
    CHECK(sorted_ids(a.process.coordination.rules) == Ids{"R2", "R3", "R35", "R37"});
    CHECK(advisory_rules(a, "ADV_DOMAIN_RECLASSIFIED") == Ids{"R3"});
}

// R3 — §2.2 «wonen (anders dan beschermd wonen op grond van de Wmo 2015)».
TEST_CASE("R3: a need recorded under its own law is not reclassified and R3 is not cited", "[scope][R3][not-cited]") {
    Facts f = pub_facts("PUB-12");
    f.investigation_outcome->needs[0].reported_as = "social:Wmo 2015";
    const auto a = assess(f);
    CHECK(a.process.coordination.value == CoordinationValue::mandatory);
    CHECK(sorted_ids(a.process.coordination.rules) == Ids{"R2", "R35", "R37"});
    CHECK_FALSE(advisory_rules(a, "ADV_DOMAIN_RECLASSIFIED"));
}

// R4 — §2.2 and §2.3 «De Wams heeft betrekking op dienstverlening die op vrijwillige basis plaatsvindt en geeft de
// gemeente geen nieuwe bevoegdheden voor niet-vrijwillige dienstverlening».
TEST_CASE("R4: data for a non-voluntary service are not this law", "[scope][R4][decisive]") {
    const auto a = assess(client_item_for(Purpose::non_voluntary_service));
    CHECK(a.data_items[0].verdict == Verdict::not_this_law);
    CHECK(a.data_items[0].rules == Ids{"R4"});
    CHECK(advisory_rules(a, "ADV_NO_CROSS_DOMAIN_BASIS_ELSEWHERE") == Ids{"R1"});
}

// R5 — §2.2 and §2.3 (Beperkingen) «De Wams biedt geen grondslag voor het delen van gegevens ten behoeve van
// opsporing of het bestrijden van oneigenlijk gebruik».
TEST_CASE("R5: criminal investigation and fraud control are not allowed", "[scope][R5][decisive]") {
    for (const auto purpose : {Purpose::opsporing, Purpose::fraud_oneigenlijk_gebruik}) {
        const auto it = first_item(client_item_for(purpose));
        CHECK(it.verdict == Verdict::not_allowed);
        CHECK(it.rules == Ids{"R5"});
    }
}

// R6 — §2.3 «Daarbij gaat de Wams uit van een casuïstische benadering. Het gaat hier niet om een structurele
// uitwisseling van gegevens.»; §2.2 «Het delen van gegevens vindt per casus plaats.»
TEST_CASE("R6: a structural exchange is not allowed", "[scope][R6][decisive]") {
    const auto it = first_item(client_item_for(Purpose::structural_exchange));
    CHECK(it.verdict == Verdict::not_allowed);
    CHECK(it.rules == Ids{"R6"});
}

// R7 — MS «De wet gaat uit van een casuïstische benadering en geeft niet de mogelijkheid om in een grote set gegevens
// 'op zoek te gaan' naar bepaalde problematiek.»
TEST_CASE("R7: searching large data sets is not allowed, and the user is told there is no duty to screen",
          "[scope][R7][decisive]") {
    const auto a = assess(client_item_for(Purpose::bulk_search));
    CHECK(a.data_items[0].verdict == Verdict::not_allowed);
    CHECK(a.data_items[0].rules == Ids{"R7"});
    CHECK(advisory_rules(a, "ADV_NO_SCREENING_DUTY") == Ids{"R19"});
}

// R10 — §2.3 «Nadat het onderzoek is uitgevoerd dient besluitvorming plaats te vinden over het voorstel voor
// dienstverlening» … «Daar verandert de Wams niets aan, de uitgangspunten van de onderscheiden wetten blijven
// onverkort van kracht.»
TEST_CASE("R10: data for formal decisions are not this law", "[scope][R10][decisive]") {
    const auto a = assess(client_item_for(Purpose::decision_making));
    CHECK(a.data_items[0].verdict == Verdict::not_this_law);
    CHECK(a.data_items[0].rules == Ids{"R10"});
    CHECK(advisory_rules(a, "ADV_NO_CROSS_DOMAIN_BASIS_ELSEWHERE") == Ids{"R1"});
}

// R4 — «De Wams heeft betrekking op dienstverlening die op vrijwillige basis plaatsvindt» (§2.2, §2.3);
// R5 — «De Wams biedt geen grondslag voor het delen van gegevens ten behoeve van opsporing of het bestrijden van
// oneigenlijk gebruik» (§2.2, §2.3); R6 — «Het delen van gegevens vindt per casus plaats.» (§2.2);
// R7 — «geeft niet de mogelijkheid om in een grote set gegevens 'op zoek te gaan' naar bepaalde problematiek» (MS);
// R10 — «Daar verandert de Wams niets aan, de uitgangspunten van de onderscheiden wetten blijven onverkort van
// kracht.» (§2.3).
TEST_CASE("R4–R7, R10: a case-bound investigation item passes Q1 and none of them is cited",
          "[scope][R4][R5][R6][R7][R10][not-cited]") {
    const auto a = assess(pub_facts("PUB-01"));
    for (const auto& it : a.data_items)
        for (const char* r : {"R4", "R5", "R6", "R7", "R10"}) {
            INFO(it.item_id << " " << r);
            CHECK_FALSE(has_id(it.rules, r));
        }
    CHECK(a.data_items[0].verdict == Verdict::allowed);
    CHECK_FALSE(advisory_rules(a, "ADV_NO_SCREENING_DUTY"));
}

// R8 — §2.3 (Beperkingen) «De samenwerking heeft betrekking op coördinatie van de dienstverlening, niet op uitvoering
// van de dienstverlening zelf. Er worden geen taken of bevoegdheden van andere partijen overgenomen.»; §2.2 «De
// gemeente heeft alleen het instrument samenwerking gekregen om partijen in de aanpalende domeinen bij haar
// uitvoeringspraktijk te betrekken, niet het instrument doorzettingsmacht».
TEST_CASE("R8: a provider's refusal in the coordination phase stands; not yet asked, cooperation stays voluntary",
          "[scope][R8][decisive]") {
    auto it = assess(coordination_item_from_provider(ProviderResponse::zwaarwegende_redenen)).data_items[1];
    CHECK(it.verdict == Verdict::not_allowed);
    CHECK(it.rules == Ids{"R8"});
    it = assess(coordination_item_from_provider(ProviderResponse::not_yet_asked)).data_items[1];
    CHECK(it.verdict == Verdict::allowed_under_conditions);
    CHECK(has_id(it.rules, "R8"));
    CHECK(it.conditions == Ids{"cooperation_is_voluntary_samenwerking_no_doorzettingsmacht"});
    const auto refused = assess(pub_facts("PUB-09"));  // the school refuses in the investigation phase
    CHECK(refused.data_items[1].rules == Ids{"R60"});
    CHECK(advisory_rules(refused, "ADV_NO_DOORZETTINGSMACHT") == Ids{"R8"});
}

// R8 — §2.2 «De gemeente heeft alleen het instrument samenwerking gekregen om partijen in de aanpalende domeinen bij
// haar uitvoeringspraktijk te betrekken, niet het instrument doorzettingsmacht».
TEST_CASE("R8: a provider that provides in the coordination phase: R8 is not cited on the item",
          "[scope][R8][not-cited]") {
    const auto it = assess(coordination_item_from_provider(ProviderResponse::provides)).data_items[1];
    CHECK(it.verdict == Verdict::allowed);
    CHECK(sorted_ids(it.rules) == Ids{"R43", "R45", "R56", "R66"});
    CHECK(it.conditions.empty());
}

// R9 — §2.2 «De gemeente heeft wel een inspanningsverplichting, maar geen resultaatverplichting.»; «kan in het
// beleidsplan prioriteiten stellen». R13 — §2.3 (plan clause) «een zo integraal mogelijke dienstverlening op het
// sociaal domein en aanpalende domeinen»; «de samenwerking met partijen ten behoeve van de in onderdeel a genoemde
// doelen met specifieke aandacht voor samenwerking in het kader van een gecoördineerde aanpak».
TEST_CASE("R9/R13: coordination only permitted shows the effort duty and the policy plan", "[scope][R9][R13][decisive]") {
    const auto a = assess(pub_facts("PUB-13"));
    CHECK(a.process.coordination.value == CoordinationValue::permitted);
    CHECK(advisory_rules(a, "ADV_PLAN_PRIORITIES") == Ids{"R9", "R13"});
}

// R9 — §2.2 «kan in het beleidsplan prioriteiten stellen». R13 — §2.3 «de samenwerking met partijen ten behoeve van
// de in onderdeel a genoemde doelen met specifieke aandacht voor samenwerking in het kader van een gecoördineerde
// aanpak».
TEST_CASE("R9/R13: no connected problems, no coordination competence to weigh: no plan advisory",
          "[scope][R9][R13][not-cited]") {
    Facts f = pub_facts("PUB-13");
    f.investigation_outcome->connected_problems = false;
    const auto a = assess(f);
    CHECK(a.process.coordination.value == CoordinationValue::not_applicable);
    CHECK_FALSE(advisories_cite(a, "R9"));
    CHECK_FALSE(advisories_cite(a, "R13"));
}

// R11 — §2.2 «De Wams bepaalt niet hoe de gemeenten de toegang tot het sociaal domein moeten inrichten.»; §3.1.1
// «Daarbij kan het loket meerdere vormen hebben: een fysieke locatie met een balie, maar ook een elektronische intake
// met een aanvraag voor de Participatiewet.»
TEST_CASE("R11: an electronic intake is a loket too", "[scope][R11][decisive]") {
    CHECK(advisory_rules(assess(pub_facts("PUB-15")), "ADV_ACCESS_FREE") == Ids{"R11"});
}

// R11 — §3.1.1 «Daarbij kan het loket meerdere vormen hebben: een fysieke locatie met een balie, maar ook een
// elektronische intake met een aanvraag voor de Participatiewet.»
TEST_CASE("R11: a physical loket needs no word on access: no ADV_ACCESS_FREE", "[scope][R11][not-cited]") {
    Facts f = pub_facts("PUB-15");
    f.entry.loket = Loket::physical;
    const auto a = assess(f);
    CHECK_FALSE(advisory_rules(a, "ADV_ACCESS_FREE"));
    CHECK_FALSE(advisories_cite(a, "R11"));
}

// R12 — MS and §2.3 «Het gemeentebestuur draagt er zorg voor dat deze wet, voor zover dat noodzakelijk is met het oog
// op de situatie van de cliënt of zijn gezinsleden, wordt uitgevoerd in samenhang met de Jeugdwet, de
// Participatiewet en de Wet gemeentelijke schuldhulpverlening».
TEST_CASE("R12: two social-domain laws: the college executes them in samenhang", "[scope][R12][decisive]") {
    CHECK(advisory_rules(assess(pub_facts("PUB-01")), "ADV_IN_SAMENHANG") == Ids{"R12"});
}

// R12 — MS and §2.3 «… wordt uitgevoerd in samenhang met de Jeugdwet, de Participatiewet en de Wet gemeentelijke
// schuldhulpverlening».
TEST_CASE("R12: one social-domain law (with adjacent domains): no in-samenhang advisory", "[scope][R12][not-cited]") {
    const auto a = assess(pub_facts("PUB-13"));
    CHECK_FALSE(advisory_rules(a, "ADV_IN_SAMENHANG"));
    CHECK_FALSE(advisories_cite(a, "R12"));
}
