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
    CHECK(c.value == "mandatory");
    REQUIRE(c.adjacent_part);
    CHECK(c.adjacent_part->domains == std::vector<std::string>{"wonen", "openbare orde en veiligheid"});
}

TEST_CASE("R38: one law plus an adjacent domain is a competence; the college chooses", "[coordination]") {
    Facts f = pub_facts("PUB-13");
    auto c = decide_coordination(f, decide_investigation(f), false);
    CHECK(c.value == "permitted");
    CHECK(c.active);
    f.coordination->municipality_chooses_to_coordinate = std::nullopt;
    c = decide_coordination(f, decide_investigation(f), false);
    CHECK_FALSE(c.active);
    CHECK(decide_coordinator(f, c).value == "at_discretion");
    f.coordination->municipality_chooses_to_coordinate = false;
    CHECK(decide_coordinator(f, c).value == "no");
}

TEST_CASE("R39: one law alone, or no social-domain law, is no Wams coordination (A4, A20)", "[coordination]") {
    Facts f = pub_facts("PUB-19");
    auto p = run_process_walk(f);
    CHECK(p.coordination.value == "not_applicable");
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
    CHECK(p.coordination.value == "not_applicable");
    CHECK(p.coordination.rules == Ids{"R34"});
}

TEST_CASE("R41/R42: accepted self-coordination means no coordinator and no requirements (A6)", "[coordination]") {
    const auto p = run_process_walk(pub_facts("PUB-12"));
    CHECK(p.coordinator_appointed.value == "no");
    CHECK(p.coordination_form.value == "self");
    CHECK(p.coordination_file.value == "no_requirements");
    CHECK(p.coordination_mode.value == "no_requirements");
    CHECK(has_id(p.ambiguities, "A6"));
}

TEST_CASE("R40/R43/R46/R47: coordinator, form and file", "[coordination]") {
    Facts f = pub_facts("PUB-01");
    auto p = run_process_walk(f);
    CHECK(p.coordinator_appointed.value == "yes");
    CHECK(p.coordination_file.value == "existing_dossiers_suffice");
    f.coordination->form_chosen = CoordinationForm::regisseur;
    p = run_process_walk(f);
    CHECK(p.coordination_form.value == "regisseur");
    CHECK(p.coordination_file.value == "coordinatiedossier");
    f.coordination->form_chosen = std::nullopt;
    CHECK(run_process_walk(f).coordination_form.value == "to_be_chosen");
}

TEST_CASE("R44/R45: end of coordination; mode follows seriousness", "[coordination]") {
    Facts f = pub_facts("PUB-17");
    auto p = run_process_walk(f);
    CHECK(p.coordination_end.value == "report_to_college");
    CHECK(p.coordination_end.reason == "no_longer_needed");
    f.serious_problems = true;
    CHECK(run_process_walk(f).coordination_mode.value == "zoveel_mogelijk_in_afstemming");
}

TEST_CASE("R31: family members (D10 refusal, D23 client's veto, pending)", "[investigation]") {
    InvestigationResult started;
    started.started = true;
    FamilyMember m{"F1", "zoon", true, true, true};
    CHECK(family_member_inclusion(m, started).included_as_client == "yes");
    m.member_consents = false;
    CHECK(family_member_inclusion(m, started).included_as_client == "no");
    m = {"F1", "zoon", true, false, true};
    CHECK(family_member_inclusion(m, started).included_as_client == "no");
    m = {"F1", "zoon", true, true, std::nullopt};
    CHECK(family_member_inclusion(m, started).included_as_client == "pending");
}

TEST_CASE("R30: scope limits name the excluded and the agreed domains", "[investigation]") {
    const Facts f = pub_facts("PUB-03");
    const auto s = scope_limits(f, decide_investigation(f));
    CHECK(s.excluded_domains == std::vector<std::string>{"geestelijke gezondheidszorg"});
    REQUIRE(s.agreed_domains);
    CHECK(s.rules == Ids{"R30"});
}

TEST_CASE("R48/R51: only the college or the appointed coordinator organises; A14 without the client", "[case_conference]") {
    Facts f = pub_facts("PUB-14");
    auto p = run_process_walk(f);
    REQUIRE(p.case_conference);
    CHECK(p.case_conference->valid);
    CHECK(p.case_conference->client_invited.value == "no");
    CHECK(has_id(p.ambiguities, "A14"));
    f.case_conference->proposed_organiser = "woningcorporatie";
    p = run_process_walk(f);
    CHECK(p.case_conference->may_be_organised == "no");
    CHECK(p.case_conference->attendees.empty());
}
