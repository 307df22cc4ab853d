// RULEBOOK §7 data sharing (R56–R67): each rule where it lives — one test where it decides and is cited, one where its
// condition does not hold and it is not cited (issue 15). Expected values are written by hand from RULEBOOK draft 3.1
// (§7, §8.3 Q1–Q12, §9.3). The walk's own mechanics (Q-order, combination D1) stay in test_necessity_walk.cpp.
#include <catch2/catch.hpp>

#include "engine_fixtures.hpp"

using namespace wams;

// R56 (§2.2): «Het delen van gegevens kan aan de orde zijn in de fase van de toeleiding (bij het doen van onderzoek,
// waar het formuleren van een voorstel voor het uitvoeren van onderzoek deel van uitmaakt) en tijdens de uitvoering van
// de dienstverlening ten behoeve van het coördineren van de hulpverlening bij meervoudige problematiek.»
TEST_CASE("R56 decisive: investigation and coordination are Wams purposes", "[data_sharing][R56][decisive]") {
    const ItemAssessment inv = first_item(pub_facts("PUB-01"));  // bank statements for the investigation
    CHECK(inv.verdict == Verdict::allowed);
    CHECK(has_id(inv.rules, "R56"));
    const ItemAssessment coo = item_at(pub_facts("PUB-07"), 1);  // coordination message to the Wmo provider
    CHECK(coo.verdict == Verdict::allowed);
    CHECK(has_id(coo.rules, "R56"));
}

// R56 (§2.3): «Het eerste doel: gegevens verwerken voor het doel van onderzoek.» — opsporing is no such purpose (R5),
// and data passed with a request rest on R67, not R56.
TEST_CASE("R56 not cited: a Q1-gated purpose and data passed with a request", "[data_sharing][R56][not-cited]") {
    Facts f = pub_facts("PUB-01");
    f.data_items[0].purpose = Purpose::opsporing;
    const ItemAssessment it = first_item(f);
    CHECK(it.verdict == Verdict::not_allowed);
    CHECK(it.rules == Ids{"R5"});
    const ItemAssessment req = item_at(pub_facts("PUB-04"), 1);  // the GP's diagnoses with the request
    CHECK(has_id(req.rules, "R67"));
    CHECK_FALSE(has_id(req.rules, "R56"));
}

// R57 (§2.3): «Artikel 5.4.1 Wmo 2015 bepaalt dat de gemeente voor het doen van onderzoek persoonsgegevens mag
// verwerken.» Sources: «Gegevens die de cliënt en zijn gezinsleden verstrekken;» … «Gegevens die berusten bij partijen
// die nu of in het verleden diensten verleenden of interventies pleegden.»
TEST_CASE("R57 decisive: the client's own data license an investigation item; a holder without a service relation is open",
          "[data_sharing][R57][decisive]") {
    const ItemAssessment own = first_item(pub_facts("PUB-01"));
    CHECK(own.verdict == Verdict::allowed);
    CHECK(own.rules == Ids{"R56", "R57", "R66"});
    const ItemAssessment employer = item_at(pub_facts("PUB-19"), 2);  // A18, D12
    CHECK(employer.verdict == Verdict::undetermined);
    CHECK(employer.rules == Ids{"R57"});
    CHECK(has_id(employer.ambiguities, "A18"));
}

// R57 (§2.3): «… voor het doen van onderzoek …» — phase-bound (D16): a coordination item rests on R43/R45.
TEST_CASE("R57 not cited: the client's data in the coordination phase", "[data_sharing][R57][not-cited]") {
    Facts f = pub_facts("PUB-07");
    f.data_items[1].source = Source{SourceType::client_self, "cliënt", "client"};
    const ItemAssessment it = item_at(f, 1);
    CHECK(it.verdict == Verdict::allowed);
    CHECK(has_id(it.rules, "R43"));
    CHECK_FALSE(has_id(it.rules, "R57"));
}

// R58 (§2.3): «Persoonsgegevens die de gemeente verstrekt aan een partij die betrokken is bij het onderzoek naar
// meervoudige of ernstige problematiek, als de gemeente vindt dat dat noodzakelijk is voor die partij om te kunnen
// bijdragen aan het onderzoek.»
TEST_CASE("R58 decisive: the municipality gives data to a party in the investigation", "[data_sharing][R58][decisive]") {
    const ItemAssessment it = first_item(pub_facts("PUB-18"));
    CHECK(it.verdict == Verdict::allowed);
    CHECK(it.rules == Ids{"R56", "R58", "R66"});
}

// R58 (§2.3): «… aan een partij die betrokken is bij het onderzoek …» — the coordinator's message is no investigation.
TEST_CASE("R58 not cited: the coordinator's outgoing message in the coordination phase", "[data_sharing][R58][not-cited]") {
    const ItemAssessment it = item_at(pub_facts("PUB-07"), 1);
    CHECK(it.verdict == Verdict::allowed);
    CHECK_FALSE(has_id(it.rules, "R58"));
}

// R59 (§2.3): «De gemeente vraagt partijen om persoonsgegevens over de cliënt of zijn gezinsleden te verstrekken, die
// naar het oordeel van de gemeente noodzakelijk zijn voor het uitvoeren van het onderzoek.»
TEST_CASE("R59 decisive: the college asks a party that serves the client", "[data_sharing][R59][decisive]") {
    const ItemAssessment it = item_at(pub_facts("PUB-04"), 2);  // GGD inspection report, provided
    CHECK(it.verdict == Verdict::allowed);
    CHECK(it.rules == Ids{"R56", "R57", "R59", "R66"});
}

// R59 (§2.3): «… noodzakelijk zijn voor het uitvoeren van het onderzoek.» — in the coordination phase a party's
// cooperation is voluntary (R8, D16) and the item rests on the coordinator's task (A17).
TEST_CASE("R59 not cited: a party's data in the coordination phase", "[data_sharing][R59][not-cited]") {
    Facts f = pub_facts("PUB-07");
    f.data_items[1].source = Source{SourceType::party_current_or_past_service, "welzijnsorganisatie", "adjacent:welzijn"};
    f.data_items[1].provider_response = ProviderResponse::provides;
    const ItemAssessment it = item_at(f, 1);
    CHECK(it.verdict == Verdict::allowed);
    CHECK(has_id(it.ambiguities, "A17"));
    CHECK_FALSE(has_id(it.rules, "R59"));
}

// R60 (§2.3): «Deze partij verstrekt de gevraagde gegevens, tenzij naar het oordeel van de desbetreffende partij
// zwaarwegende redenen zich daartegen verzetten (geclausuleerde plicht). De verstrekking kan aan deze verstrekking
// nadere voorwaarden stellen.»
TEST_CASE("R60 decisive: refusal for weighty reasons blocks; conditions and 'not yet asked' attach",
          "[data_sharing][R60][decisive]") {
    const Assessment a = assess(pub_facts("PUB-09"));
    CHECK(a.data_items[1].verdict == Verdict::not_allowed);  // the school refuses
    CHECK(a.data_items[1].rules == Ids{"R60"});
    CHECK(advisory_rules(a, "ADV_NO_DOORZETTINGSMACHT") == std::optional<Ids>(Ids{"R8"}));
    CHECK(a.data_items[0].verdict == Verdict::allowed_under_conditions);  // the housing corporation's conditions
    CHECK(has_id(a.data_items[0].rules, "R60"));
    CHECK(a.data_items[0].conditions == Ids{"provider_conditions:alleen ter inzage, niet opslaan"});
    const ItemAssessment asked = item_at(pub_facts("PUB-03"), 1);  // the school not yet asked
    CHECK(asked.verdict == Verdict::allowed_under_conditions);
    CHECK(has_id(asked.rules, "R60"));
    CHECK(has_id(asked.conditions, "provider_may_refuse_for_zwaarwegende_redenen_or_set_conditions"));
}

// R60 (§2.3): «Deze partij verstrekt de gevraagde gegevens …» — it did, without conditions.
TEST_CASE("R60 not cited: the party provides", "[data_sharing][R60][not-cited]") {
    const ItemAssessment it = item_at(pub_facts("PUB-04"), 2);
    CHECK(it.verdict == Verdict::allowed);
    CHECK_FALSE(has_id(it.rules, "R60"));
    CHECK(it.conditions.empty());
}

// R61 (§2.3): «Een hulpverlener/iemand die werkzaam is op het gebied van de individuele gezondheidszorg of een
// jeugdhulpverlener verstrekt deze gegevens pas na uitdrukkelijke toestemming van de cliënt, dan wel zonder toestemming
// van de cliënt, maar dan alleen als de hulpverlener vindt dat het noodzakelijk is vanuit het oogpunt van goed
// hulpverlenerschap.»
TEST_CASE("R61 decisive: a presumed GGZ holder without consent information is open; consent or goed hulpverlenerschap "
          "license under a condition; neither blocks",
          "[data_sharing][R61][decisive]") {
    Facts f = pub_facts("PUB-19");  // GGZ institution: secrecy presumed (D21)
    ItemAssessment it = first_item(f);
    CHECK(it.verdict == Verdict::undetermined);
    CHECK(it.rules == Ids{"R61"});
    f.data_items[0].explicit_consent = true;
    it = first_item(f);
    CHECK(it.verdict == Verdict::allowed_under_conditions);
    CHECK(has_id(it.rules, "R61"));
    CHECK(has_id(it.conditions, "within_scope_of_explicit_consent"));
    f.data_items[0].explicit_consent = false;
    f.data_items[0].goed_hulpverlenerschap = true;
    CHECK(has_id(first_item(f).conditions, "holder_judged_goed_hulpverlenerschap_record_it"));
    const ItemAssessment youth = item_at(pub_facts("PUB-18"), 1);  // SKJ youth worker: no consent, not necessary
    CHECK(youth.verdict == Verdict::not_allowed);
    CHECK(youth.rules == Ids{"R61"});
    CHECK(has_id(youth.ambiguities, "A19"));  // data about the father (D22)
}

// R61 (§2.3): «Een hulpverlener/iemand die werkzaam is op het gebied van de individuele gezondheidszorg …» — a GGD
// inspection of a dwelling is not individual health care (stated rebuttal, D21).
TEST_CASE("R61 not cited: the presumed secrecy is rebutted", "[data_sharing][R61][not-cited]") {
    const ItemAssessment it = item_at(pub_facts("PUB-04"), 2);
    CHECK(it.verdict == Verdict::allowed);
    CHECK_FALSE(has_id(it.rules, "R61"));
}

// R62 (§2.3): «De Wams benoemt specifiek dat persoonsgegevens waar de Wet politiegegevens en de Wet justitiële en
// strafvorderlijke gegevens op van toepassing is, alleen mogen worden verstrekt als dat op grond van deze wetten is
// toegestaan.»
TEST_CASE("R62 decisive: the Wjsg does not permit, the Wpg permits under a condition, not yet assessed is asked",
          "[data_sharing][R62][decisive]") {
    Facts f = pub_facts("PUB-08");
    Assessment a = assess(f);
    CHECK(a.data_items[1].verdict == Verdict::not_allowed);  // probation data, Wjsg
    CHECK(a.data_items[1].rules == Ids{"R62"});
    CHECK(a.data_items[0].verdict == Verdict::allowed_under_conditions);  // police data, Wpg permits
    CHECK(has_id(a.data_items[0].rules, "R62"));
    CHECK(has_id(a.data_items[0].conditions, "only_as_far_as_Wpg_allows"));
    f.data_items[0].special_law_permits = std::nullopt;
    const ItemAssessment it = first_item(f);
    CHECK(it.verdict == Verdict::undetermined);
    CHECK(it.rules == Ids{"R62"});
}

// R62 (§3.1.1): «alleen verstrekt mogen worden als dat op grond van deze wetten is toegestaan» — data under neither law.
TEST_CASE("R62 not cited: no Wpg or Wjsg data", "[data_sharing][R62][not-cited]") {
    Facts f = pub_facts("PUB-08");
    f.data_items[0].special_law = SpecialLaw::none;
    f.data_items[0].special_law_permits = std::nullopt;
    const ItemAssessment it = first_item(f);
    CHECK(it.verdict == Verdict::allowed);
    CHECK_FALSE(has_id(it.rules, "R62"));
    CHECK_FALSE(has_id(it.conditions, "only_as_far_as_Wpg_allows"));
}

// R63 (§2.3): «Wanneer het noodzakelijk is in de gegevensverwerking gebruik te maken van een identificerend nummer
// gebruiken partijen die een BSN mogen verwerken daarvoor het BSN. Dit gebeurt om zeker te stellen dat de gegevens van
// de juiste persoon worden verwerkt.»
TEST_CASE("R63 decisive: no BSN for a party not authorised (D11); an authorised party uses it only to identify",
          "[data_sharing][R63][decisive]") {
    Facts f = pub_facts("PUB-19");
    ItemAssessment it = item_at(f, 1);  // the BSN to a welfare foundation
    CHECK(it.verdict == Verdict::not_allowed);
    CHECK(it.rules == Ids{"R63"});
    f.data_items[1].bsn->user_authorised_for_bsn = true;
    it = item_at(f, 1);
    CHECK(it.verdict == Verdict::allowed_under_conditions);
    CHECK(has_id(it.rules, "R63"));
    CHECK(has_id(it.conditions, "bsn_only_to_ensure_right_person"));
}

// R63 (§2.3): «Wanneer het noodzakelijk is … gebruik te maken van een identificerend nummer …» — it is not necessary,
// so the necessity test (R66) decides, not the BSN authority.
TEST_CASE("R63 not cited: an authorised party that needs no identifying number", "[data_sharing][R63][not-cited]") {
    Facts f = pub_facts("PUB-19");
    f.data_items[1].bsn->user_authorised_for_bsn = true;
    f.data_items[1].bsn->identification_necessary = false;
    const ItemAssessment it = item_at(f, 1);
    CHECK(it.verdict == Verdict::not_allowed);
    CHECK(it.rules == Ids{"R66"});
    CHECK_FALSE(has_id(it.rules, "R63"));
}

// R64 (§2.3): «Persoonsgegevens die de gemeente heeft verwerkt t.b.v. een huisverbod, Wvvgz, Wet zorg en dwang.»
TEST_CASE("R64 decisive: barring-order data license an investigation item; in coordination they are open (A17, D16)",
          "[data_sharing][R64][decisive]") {
    ItemAssessment it = item_at(pub_facts("PUB-18"), 2);
    CHECK(it.verdict == Verdict::allowed);
    CHECK(it.rules == Ids{"R56", "R64", "R66"});
    Facts f = pub_facts("PUB-07");
    f.data_items[1].source.type = SourceType::college_special_register;
    it = item_at(f, 1);
    CHECK(it.verdict == Verdict::undetermined);
    CHECK(it.rules == Ids{"R64"});
    CHECK(has_id(it.ambiguities, "A17"));
}

// R64 (§2.3): «… t.b.v. een huisverbod, Wvvgz, Wet zorg en dwang.» — ordinary municipal data from an earlier request
// rest on R57 and R33.
TEST_CASE("R64 not cited: municipal data from an earlier application", "[data_sharing][R64][not-cited]") {
    const ItemAssessment it = item_at(pub_facts("PUB-01"), 1);
    CHECK(it.verdict == Verdict::allowed);
    CHECK(has_id(it.rules, "R33"));
    CHECK_FALSE(has_id(it.rules, "R64"));
}

// R65 (§2.2): «De AP wijst er op dat toestemming van de cliënt om gegevens te delen onvoldoende is als grondslag vanwege
// de afhankelijke positie van de cliënt.» A context rule: shown as guidance, never in a verdict.
TEST_CASE("R65 decisive: a (presumed) health-care holder brings the consent-is-not-the-basis advisory",
          "[data_sharing][R65][decisive]") {
    const Assessment a = assess(pub_facts("PUB-19"));
    CHECK(advisory_rules(a, "ADV_CONSENT_NOT_BASIS") == std::optional<Ids>(Ids{"R65"}));
    CHECK_FALSE(any_item_cites(a, "R65"));
}

// R65 (MS): «De zeggenschap van de cliënt over het delen van gegevens is uitgewerkt» — through scope and afstemming;
// with no health-care or youth-care holder, consent is not at issue.
TEST_CASE("R65 not cited: no health-care or youth-care holder", "[data_sharing][R65][not-cited]") {
    const Assessment a = assess(pub_facts("PUB-01"));
    CHECK_FALSE(advisory_rules(a, "ADV_CONSENT_NOT_BASIS"));
    CHECK_FALSE(any_item_cites(a, "R65"));
}

// R66 (MS): «De professional dient per geval, stap voor stap, te bepalen welke gegevens noodzakelijk zijn en gedeeld
// moeten worden.»; «door een te ruime interpretatie worden te veel gegevens gedeeld»
TEST_CASE("R66 decisive: 'everything you have' is not allowed, a missing justification is asked (D13)",
          "[data_sharing][R66][decisive]") {
    Facts f = pub_facts("PUB-19");
    ItemAssessment it = item_at(f, 3);
    CHECK(it.verdict == Verdict::not_allowed);
    CHECK(it.rules == Ids{"R66"});
    f.data_items[3].necessity.assessment = NecessityAssessment::missing;
    it = item_at(f, 3);
    CHECK(it.verdict == Verdict::undetermined);
    CHECK(it.rules == Ids{"R66"});
}

// R66 (§2.3): «De professional, die de casus behandelt, dient te bepalen wat noodzakelijk is …» — necessity is stated;
// the Wjsg decides.
TEST_CASE("R66 not cited: necessity stated, the item fails on the Wjsg", "[data_sharing][R66][not-cited]") {
    const ItemAssessment it = item_at(pub_facts("PUB-08"), 1);
    CHECK(it.verdict == Verdict::not_allowed);
    CHECK_FALSE(has_id(it.rules, "R66"));
}

// R67 (§2.3): «kan deze het college gemotiveerd verzoeken een onderzoek te doen»; §3.1.1: «het college (gemotiveerd) te
// verzoeken een onderzoek te doen»
TEST_CASE("R67 decisive: data passed with a motivated request; ineligible, unrecorded or unmotivated requests",
          "[data_sharing][R67][decisive]") {
    Facts f = pub_facts("PUB-04");  // the GP's diagnoses with the request; goed hulpverlenerschap
    ItemAssessment it = item_at(f, 1);
    CHECK(it.verdict == Verdict::allowed_under_conditions);
    CHECK(it.rules == Ids{"R61", "R66", "R67"});
    Facts g = f;
    g.entry.requester->request_motivated = false;
    it = item_at(g, 1);
    CHECK(it.verdict == Verdict::undetermined);
    CHECK(it.rules == Ids{"R21", "R67"});
    g = f;
    g.entry.requester->involved_with_person = false;  // not eligible (R20)
    it = item_at(g, 1);
    CHECK(it.verdict == Verdict::not_this_law);
    CHECK(it.rules == Ids{"R20", "R67"});
    g = f;
    g.entry.requester = std::nullopt;  // not recorded: a missing fact (E1)
    it = item_at(g, 1);
    CHECK(it.verdict == Verdict::undetermined);
    CHECK(it.rules == Ids{"R20", "R67"});
}

// R67 (§2.3): «kan deze het college gemotiveerd verzoeken een onderzoek te doen» — the GP's data asked for in the
// investigation itself are not passed with the request.
TEST_CASE("R67 not cited: an investigation item in the same professional-route case", "[data_sharing][R67][not-cited]") {
    const ItemAssessment it = first_item(pub_facts("PUB-04"));
    CHECK(it.verdict == Verdict::allowed_under_conditions);
    CHECK_FALSE(has_id(it.rules, "R67"));
}
