// RULEBOOK §6 case conference (R48–R55): each rule where it lives — one test where it decides and is cited, one where
// its condition does not hold and it is not cited (issue 15). Expected values are written by hand from RULEBOOK draft
// 3.1 (§6, §8.3 Q2 and Q10, §9.2, §9.3).
#include <catch2/catch.hpp>

#include "engine_fixtures.hpp"

using namespace wams;

TEST_CASE("R48/R51: only the college or the appointed coordinator organises; A14 without the client", "[case_conference]") {
    Facts f = pub_facts("PUB-14");
    auto p = run_process_walk(f);
    REQUIRE(p.case_conference);
    CHECK(p.case_conference->valid);
    CHECK(p.case_conference->client_invited.value == InvitationValue::no);
    CHECK(has_id(p.ambiguities, "A14"));
    f.case_conference->proposed_organiser = "woningcorporatie";
    p = run_process_walk(f);
    CHECK(p.case_conference->may_be_organised == YesNo::no);
    CHECK(p.case_conference->attendees.empty());
}

// R48 (§2.3): «Casusoverleg kan tijdens de fase van het onderzoek en tijdens de coördinatiefase aan de orde zijn. Dan
// kan (bevoegdheid) de gemeente respectievelijk de coördinator een casusoverleg organiseren.»
TEST_CASE("R48 decisive: a self-coordinator's conference is no Wams conference (D15, no A6 without self-coordination)",
          "[case_conference][R48][decisive]") {
    const Assessment a = assess(pub_facts("PUB-12"));  // the self-coordinating daughter organises
    REQUIRE(a.process.case_conference);
    CHECK(a.process.case_conference->may_be_organised == YesNo::no);
    CHECK(has_id(a.process.case_conference->rules, "R48"));
    CHECK(a.data_items[0].verdict == Verdict::not_this_law);
    CHECK(a.data_items[0].rules == Ids{"R48"});
    CHECK(advisory_rules(a, "ADV_NO_CROSS_DOMAIN_BASIS_ELSEWHERE"));  // D20
    const Assessment c = assess(d3_facts("D3-C10"));  // self_coordinator proposes, no self-coordination accepted
    CHECK(c.data_items[0].verdict == Verdict::not_this_law);
    CHECK(c.data_items[0].rules == Ids{"R48"});
    CHECK_FALSE(has_id(c.ambiguity_flags, "A6"));  // C10
}

// R48 (§3.1.1): «Zowel de gemeente (tijdens de onderzoeksfase) als de coördinator kunnen een casusoverleg organiseren.»
// With no case conference recorded there is none in either phase: R48 before any phase gate (C01B; contradiction 2).
TEST_CASE("R48 decisive: no case conference recorded — conference and reuse items are not_this_law, recorded phase or not",
          "[case_conference][R48][decisive]") {
    Facts f = d3_facts("D3-C01B");
    Assessment a = assess(f);
    CHECK(a.data_items[0].verdict == Verdict::not_this_law);
    CHECK(a.data_items[0].rules == Ids{"R48"});
    CHECK(a.data_items[1].verdict == Verdict::not_this_law);
    CHECK(a.data_items[1].rules == Ids{"R48"});
    f.data_items[1].phase = ItemPhase::coordination;  // reuse may keep a recorded phase; the coordination gate would fail
    a = assess(f);
    CHECK(a.data_items[1].verdict == Verdict::not_this_law);
    CHECK(a.data_items[1].rules == Ids{"R48"});
}

// R48 (§2.3): «Dan kan (bevoegdheid) de gemeente respectievelijk de coördinator een casusoverleg organiseren.» — only the
// first gate that fails is cited (§8.3 Q2): here the coordination gate, before the conference gate.
TEST_CASE("R48 not cited: a coordination-phase conference item while coordination is pending cites R1 only (C01C)",
          "[case_conference][R48][not-cited]") {
    const ItemAssessment it = first_item(d3_facts("D3-C01C"));
    CHECK(it.verdict == Verdict::not_this_law);
    CHECK(it.rules == Ids{"R1"});
    CHECK_FALSE(has_id(it.rules, "R48"));
}

// R49 (§2.3): «Casusoverleg kan aangewezen zijn wanneer overleg met meer dan twee partijen nodig is.»
TEST_CASE("R49 decisive: more than two parties — the conference is indicated (advisory)", "[case_conference][R49][decisive]") {
    const Assessment a = assess(pub_facts("PUB-13"));  // four invitees, three necessary
    const auto rules = advisory_rules(a, "ADV_CASE_CONFERENCE_INDICATED");
    REQUIRE(rules);
    CHECK(*rules == Ids{"R49"});
}

// R49 (§2.3): «… wanneer overleg met meer dan twee partijen nodig is.» — one invited party is not more than two.
TEST_CASE("R49 not cited: one invited party", "[case_conference][R49][not-cited]") {
    const Assessment a = assess(d3_facts("D3-E3"));
    CHECK_FALSE(advisory_rules(a, "ADV_CASE_CONFERENCE_INDICATED"));
    CHECK_FALSE(any_item_cites(a, "R49"));
}

// R50 (§2.3): «Partijen kunnen deelnemen aan het casusoverleg voor onderzoek naar meervoudige of ernstige problematiek
// als de gemeenten of de coördinator vaststelt dat deelname gezien hun (mogelijke) betrokkenheid bij de problematiek
// van de cliënt noodzakelijk is.»
TEST_CASE("R50 decisive: sharing with a party whose participation is not necessary is not allowed",
          "[case_conference][R50][decisive]") {
    const Assessment a = assess(pub_facts("PUB-13"));  // study progress to the football coach
    CHECK(a.data_items[1].verdict == Verdict::not_allowed);
    CHECK(a.data_items[1].rules == Ids{"R50"});
    REQUIRE(a.process.case_conference);
    const Attendee& coach = a.process.case_conference->attendees.at(3);
    CHECK(coach.party == "voetbaltrainer");
    CHECK_FALSE(coach.may_attend);
    CHECK(has_id(coach.rules, "R50"));
}

// R50 (§3.1.1): «Daarbij worden partijen uitgenodigd die bij de casus betrokken zijn en waarvan het noodzakelijk is dat
// ze het overleg bijwonen.» Not recorded on the item: invitees[] decides where it records it, else ask (E3, draft 3.1).
TEST_CASE("R50 decisive: necessity not recorded on the item — taken from invitees[], otherwise undetermined",
          "[case_conference][R50][decisive]") {
    Facts f = d3_facts("D3-E3");  // both items: conference null; the welzijnsorganisatie is a necessary invitee
    Assessment a = assess(f);
    CHECK(a.data_items[0].verdict == Verdict::allowed_under_conditions);  // "deelnemers casusoverleg"
    CHECK(has_id(a.data_items[0].rules, "R50"));
    CHECK(a.data_items[1].verdict == Verdict::undetermined);  // the buurtsportcoach is not among the invitees
    CHECK(a.data_items[1].rules == Ids{"R50"});
    f.case_conference->invitees.at(0).participation_necessary = false;  // no recorded invitee may attend
    a = assess(f);
    CHECK(a.data_items[0].verdict == Verdict::not_allowed);
    CHECK(a.data_items[0].rules == Ids{"R50"});
}

// R50 (§2.3): «… als de gemeenten of de coördinator vaststelt dat deelname … noodzakelijk is.» — it is, so R50 does not
// block; R52 does.
TEST_CASE("R50 not cited: a necessary participant, sharing blocked by weighty interests", "[case_conference][R50][not-cited]") {
    Facts f = pub_facts("PUB-14");
    f.data_items[0].conference->zwaarwegende_belangen = true;
    const ItemAssessment it = first_item(f);
    CHECK(it.verdict == Verdict::not_allowed);
    CHECK_FALSE(has_id(it.rules, "R50"));
}

// R51 (§3.1.1): «De cliënt wordt ook uitgenodigd, tenzij 'zwaarwegende belangen zich daartegen verzetten'.»; §2.3: «De
// cliënt en zijn vertegenwoordiger worden (voor zover mogelijk) ook uitgenodigd voor het overleg.»
TEST_CASE("R51 decisive: the client is invited unless weighty interests oppose (A14); a null is not raised but open",
          "[case_conference][R51][decisive]") {
    Facts f = pub_facts("PUB-13");
    Assessment a = assess(f);
    REQUIRE(a.process.case_conference);
    CHECK(a.process.case_conference->client_invited.value == InvitationValue::yes);
    CHECK(a.process.case_conference->client_invited.rules == Ids{"R51"});
    f.case_conference->zwaarwegende_belangen_against_client_presence = true;
    a = assess(f);
    CHECK(a.process.case_conference->client_invited.value == InvitationValue::no);
    CHECK(a.process.case_conference->client_invited.rules == Ids{"R51"});
    CHECK(has_id(a.ambiguity_flags, "A14"));
    f.case_conference->zwaarwegende_belangen_against_client_presence = std::nullopt;  // D27: not raised, shown as open
    a = assess(f);
    CHECK(a.process.case_conference->client_invited.value == InvitationValue::yes);
    CHECK(has_id(a.process.case_conference->client_invited.rules, "R51"));
    CHECK(has_id(a.ambiguity_flags, "A14"));
}

// R51 (§3.1.1): «De cliënt wordt ook uitgenodigd …» — for a Wams case conference; the self-coordinator's is none.
TEST_CASE("R51 not cited: no Wams case conference, nobody to invite", "[case_conference][R51][not-cited]") {
    const Assessment a = assess(pub_facts("PUB-12"));
    REQUIRE(a.process.case_conference);
    CHECK(a.process.case_conference->client_invited.value == InvitationValue::not_applicable);
    CHECK_FALSE(has_id(a.process.case_conference->client_invited.rules, "R51"));
}

// R52 (§3.1.1): «Gegevens die noodzakelijk zijn kunnen tijdens het casusoverleg gedeeld worden, tenzij opnieuw
// 'zwaarwegende belangen' zich daartegen verzetten.»
TEST_CASE("R52 decisive: weighty interests block sharing (A14); not recorded, they stay an open condition (D27)",
          "[case_conference][R52][decisive]") {
    Facts f = pub_facts("PUB-14");
    f.data_items[0].conference->zwaarwegende_belangen = true;
    ItemAssessment it = first_item(f);
    CHECK(it.verdict == Verdict::not_allowed);
    CHECK(it.rules == Ids{"R52"});
    CHECK(has_id(it.ambiguities, "A14"));
    f.data_items[0].conference->zwaarwegende_belangen = std::nullopt;
    it = first_item(f);
    CHECK(it.verdict == Verdict::allowed_under_conditions);
    CHECK(has_id(it.rules, "R52"));
    CHECK(has_id(it.conditions, "unless_zwaarwegende_belangen_oppose"));
    CHECK(has_id(it.ambiguities, "A14"));
}

// R52 (§3.1.1): «Gegevens die noodzakelijk zijn kunnen tijdens het casusoverleg gedeeld worden …»; R53 (§2.3): «iedere
// deelnemer ontvangt alleen de informatie die nodig is voor de uitvoering van de eigen taak»; R54 (§2.3): «Partijen nemen
// informatie uit het casusoverleg alleen mee … als de verstrekker van de informatie daarmee instemt.» — none of them
// decides an item sent to a party whose participation is not necessary (R50 does).
TEST_CASE("R52, R53, R54 not cited: sharing with the football coach fails on R50 alone",
          "[case_conference][R52][R53][R54][not-cited]") {
    const ItemAssessment it = item_at(pub_facts("PUB-13"), 1);
    CHECK(it.verdict == Verdict::not_allowed);
    for (const char* r : {"R52", "R53", "R54"}) CHECK_FALSE(has_id(it.rules, r));
    CHECK(it.conditions.empty());  // no distribute_op_maat, reuse or weighty-interests condition on a blocked item
    CHECK_FALSE(has_id(it.ambiguities, "A14"));
}

// R53 (§2.3): «De coördinator legt de afspraken vast en verspreidt die 'op maat': iedere deelnemer ontvangt alleen de
// informatie die nodig is voor de uitvoering van de eigen taak.»
TEST_CASE("R53 decisive: shared in the conference, the agreements go out 'op maat'", "[case_conference][R53][decisive]") {
    const ItemAssessment it = first_item(pub_facts("PUB-14"));
    CHECK(it.verdict == Verdict::allowed_under_conditions);
    CHECK(has_id(it.rules, "R53"));
    CHECK(has_id(it.conditions, "distribute_op_maat"));
}

// R54 (§2.3): «Partijen nemen informatie uit het casusoverleg alleen mee voor de uitvoering van de eigen taak als de
// verstrekker van de informatie daarmee instemt.»
TEST_CASE("R54 decisive: reuse without the provider's consent is not allowed, unknown consent is asked",
          "[case_conference][R54][decisive]") {
    Facts f = pub_facts("PUB-14");  // the housing corporation reuses the debt counsellor's information
    ItemAssessment it = item_at(f, 2);
    CHECK(it.verdict == Verdict::not_allowed);
    CHECK(it.rules == Ids{"R54"});
    f.data_items[2].provider_consents_to_reuse = std::nullopt;
    it = item_at(f, 2);
    CHECK(it.verdict == Verdict::undetermined);
    CHECK(it.rules == Ids{"R54"});
    f.data_items[2].provider_consents_to_reuse = true;
    it = item_at(f, 2);
    CHECK(it.verdict == Verdict::allowed);
    CHECK(has_id(it.rules, "R54"));
    CHECK(has_id(first_item(f).conditions, "reuse_only_with_provider_consent"));  // shared in the conference: R54 attaches
}

// R55 (§3.1.1): «Naast bestaande tafels en bestaande casusoverleggen die op grond van andere wetgeving worden
// georganiseerd biedt de Wams de gemeente de bevoegdheid om een casusoverleg te organiseren.»
TEST_CASE("R55 decisive: minutes brought to a table under other legislation are not this law",
          "[case_conference][R55][decisive]") {
    const Assessment a = assess(pub_facts("PUB-14"));
    CHECK(a.data_items[3].verdict == Verdict::not_this_law);
    CHECK(a.data_items[3].rules == Ids{"R55"});
    CHECK(advisory_rules(a, "ADV_NO_CROSS_DOMAIN_BASIS_ELSEWHERE"));  // D20: not "maybe fine elsewhere"
}

// R55 (§3.1.1): «… biedt de Wams de gemeente de bevoegdheid om een casusoverleg te organiseren.» — a Wams conference.
TEST_CASE("R55 not cited: sharing in the Wams case conference itself", "[case_conference][R55][not-cited]") {
    const ItemAssessment it = first_item(pub_facts("PUB-14"));
    CHECK(it.verdict != Verdict::not_this_law);
    CHECK_FALSE(has_id(it.rules, "R55"));
}
