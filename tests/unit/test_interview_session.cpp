// test_interview_session.cpp — the question people have, as an interview (core/services/interview_session.hpp,
// issue 17 parts 1–3): the start form becomes a case holding only what was said, answers are recorded once and can be
// taken back exactly, and issue 17's example question reaches assess's verdict, asking only what can change it.
#include "expected_match.hpp"
#include "wams/interview_session.hpp"
#include "wams/json_pointer.hpp"

#include <catch2/catch.hpp>

using nlohmann::json;
namespace iv = wams::interview;

namespace {
iv::Question0 example() {  // "Ik ben wijkcoach … Mag ik de schuldhulpverlener vragen naar de betalingsachterstanden?"
    iv::Question0 q;
    q.direction = iv::Direction::request;
    q.role = "wijkcoach";
    q.what = "betalingsachterstanden";
    q.party = "schuldhulpverlener";
    return q;
}
} // namespace

TEST_CASE("the start form: what is missing, and a case holding only what was said", "[interview_session]") {
    CHECK(iv::missing(iv::Question0{}) == std::vector<std::string>{"direction", "what", "party"});
    CHECK(iv::missing(example()).empty());

    const json request = iv::case_of(example());
    CHECK(request == json::parse(R"({"id":"vraag","facts":{"data_items":[{"item_id":"D1",
        "what":"betalingsachterstanden","source":{"party":"schuldhulpverlener"},"recipient":"wijkcoach"}]}})"));

    iv::Question0 share = example();
    share.direction = iv::Direction::share;
    share.role = "";
    share.purpose = "coordination";
    CHECK(iv::case_of(share) == json::parse(R"({"id":"vraag","facts":{"data_items":[{"item_id":"D1",
        "what":"betalingsachterstanden","recipient":"schuldhulpverlener","purpose":"coordination"}]}})"));
}

TEST_CASE("answers: once per question, parents created, undo restores the case exactly", "[interview_session]") {
    iv::AskSession s(iv::case_of(example()));
    const json start = s.case_json();
    CHECK_FALSE(s.answer("/facts/no_such_field", true));
    CHECK_FALSE(s.answer("/entry/route", "client_request"));  // not a pointer into facts
    REQUIRE(s.answer("/facts/entry/route", "client_request"));
    CHECK(s.case_json()["facts"]["entry"] == json{{"route", "client_request"}});
    CHECK_FALSE(s.answer("/facts/entry/route", "professional_request"));  // never asked twice
    REQUIRE(s.answer("/facts/data_items/0/source/type", "party_current_or_past_service"));
    CHECK(s.case_json()["facts"]["data_items"][0]["source"] ==
          json{{"party", "schuldhulpverlener"}, {"type", "party_current_or_past_service"}});
    CHECK(s.answers().size() == 2);
    REQUIRE(s.undo());
    REQUIRE(s.undo());
    CHECK_FALSE(s.undo());
    CHECK(s.case_json() == start);
}

TEST_CASE("an object asked by one member: null there means there is no such object", "[interview_session]") {
    // absent_objects_to_null: members all null and one of them one that cannot be null → the object is null
    json f = {{"entry", {{"requester", {{"kind", nullptr}}}}},
              {"case_conference", {{"invitees", nullptr}, {"zwaarwegende_belangen_against_client_presence", nullptr}}},  // a list is never null
              {"investigation_outcome", {{"complexity", nullptr}}},   // the schema refuses a null complexity
              {"coordination", {{"municipality_chooses_to_coordinate", nullptr}}},  // may be null: the object stays
              {"data_items", json::array({{{"item_id", "D1"}, {"bsn", {{"user_authorised_for_bsn", nullptr}}}},
                                          {{"item_id", "D2"}, {"bsn", {{"user_authorised_for_bsn", true}}}}})}};
    iv::absent_objects_to_null(f);
    CHECK(f["entry"]["requester"].is_null());
    CHECK(f["case_conference"].is_null());
    CHECK(f["investigation_outcome"].is_null());
    CHECK(f["coordination"] == json{{"municipality_chooses_to_coordinate", nullptr}});
    CHECK(f["data_items"][0]["bsn"].is_null());
    CHECK(f["data_items"][1]["bsn"] == json{{"user_authorised_for_bsn", true}});
    json mixed = {{"entry", {{"requester", {{"kind", nullptr}, {"role", "wijkagent"}}}}}};  // not all null: left as it is
    iv::absent_objects_to_null(mixed);
    CHECK(mixed["entry"]["requester"]["role"] == "wijkagent");

    // The session records "there is none" as the object null, so the case it holds is the case a user means.
    iv::AskSession s(iv::case_of(example()));
    REQUIRE(s.answer("/facts/case_conference/phase", nullptr));
    CHECK(s.case_json()["facts"]["case_conference"].is_null());
    REQUIRE(s.answer("/facts/entry/requester/kind", "professional"));
    CHECK(s.case_json()["facts"]["entry"]["requester"] == json{{"kind", "professional"}});

    // Such a question offers "niet van toepassing (is er niet)" for null, in words.
    iv::Slot part;
    part.pointer = "/facts/case_conference/phase";
    part.field = iv::field_of(part.pointer);
    REQUIRE(part.field != nullptr);
    part.domain = {"investigation", nullptr};
    part.absent_means_none = true;
    const json q = iv::question_json(part);
    REQUIRE(q["options"].size() == 2);
    CHECK(q["options"][1]["value"].is_null());
    CHECK(q["options"][1]["nl"] == "niet van toepassing (is er niet)");
    CHECK(q["options"][1]["en"] == "not applicable (there is none)");
    CHECK(q["part_of"]["nl"] == "Casusoverleg plannen");
    CHECK(q["question"]["nl"] == "In welke fase vindt het casusoverleg plaats?");  // not its form label "Fase"
    CHECK(q["question"]["en"] == "In which phase is the case conference held?");
    part.absent_means_none = false;
    CHECK(iv::question_json(part)["options"][1]["nl"] == "niet bekend");
}

TEST_CASE("issue 17's example question reaches assess's verdict, asking only for it", "[interview_session]") {
    const json full = wams_test::read_json_file(std::string(WAMS_SOURCE_DIR) + "/tests/interview/wijkcoach.json")["cases"][0];
    iv::AskSession s(iv::case_of(example()));
    s.update();
    REQUIRE(s.result().errors.empty());
    CHECK(s.result().assessment["data_items"][0]["verdict"] == "open");  // nothing answered: nothing decided
    int asked = 0;
#ifdef WAMS_INTERVIEW_SESSION_ANSWERS
    // Under ASan + UBSan (about 20× slower) the first few answers only: the same code paths, inside the sanitizer
    // run's time (tests/CMakeLists.txt); the whole walk runs in the native suite.
    while (s.result().next && asked < WAMS_INTERVIEW_SESSION_ANSWERS) {
#else
    while (s.result().next) {
#endif
        const std::string pointer = s.result().next->pointer;
        const json* value = wams::find_at(full, pointer);
        REQUIRE(s.answer(pointer, value ? *value : json(nullptr)));
        s.update();
        REQUIRE(s.result().errors.empty());
        const json& verdict = s.result().assessment["data_items"][0]["verdict"];
        // a decided verdict is never taken back: it is the one the full case gets (tests/interview/wijkcoach.json)
        if (verdict != "open") CHECK(verdict == "allowed_under_conditions");
        REQUIRE(++asked <= 15);
    }
    CHECK(asked == static_cast<int>(s.answers().size()));
#ifndef WAMS_INTERVIEW_SESSION_ANSWERS
    CHECK(s.result().assessment["data_items"][0]["verdict"] == "allowed_under_conditions");
#endif
}

TEST_CASE("a typed question read as the start form, shown to be corrected", "[interview_session]") {
    struct Case {
        const char* text;
        iv::Direction direction;
        const char *what, *party, *role;
    };
    // Written by hand: what a professional would fill in for each question.
    const Case cases[] = {
        {"Ik ben wijkcoach; een cliënt heeft schulden en opvoedingsproblemen. Mag ik de schuldhulpverlener vragen naar "
         "de betalingsachterstanden?",
         iv::Direction::request, "betalingsachterstanden", "schuldhulpverlener", "wijkcoach"},
        {"Mag ik het schoolverzuim van de zoon delen met de wijkagent?", iv::Direction::share,
         "schoolverzuim van de zoon", "wijkagent", ""},
        {"Ik ben een Wmo-consulent. Kan ik de huurachterstand opvragen bij de woningcorporatie?",
         iv::Direction::request, "huurachterstand", "woningcorporatie", "wmo consulent"},
        {"mogen wij bij de huisarts de medicatie opvragen", iv::Direction::request, "medicatie", "huisarts", ""},
        {"Mag ik de voortgang van de behandeling doorgeven aan de casusregisseur?", iv::Direction::share,
         "voortgang van de behandeling", "casusregisseur", ""},
        // Session 19: the forms colleagues write the question in (written by hand, not taken from a test set).
        {"Ik ben buurtcoach en wil bij de school opvragen hoe vaak de dochter afwezig was.", iv::Direction::request,
         "hoe vaak de dochter afwezig was", "school", "buurtcoach"},
        {"Mag ik alvast bij het UWV de uitkeringsgegevens opvragen?", iv::Direction::request, "uitkeringsgegevens", "uwv", ""},
        {"Mag ik bij de bewindvoerder gegevens opvragen over de vaste lasten?", iv::Direction::request, "gegevens",
         "bewindvoerder", ""},
        {"Ik werk als consulent schuldhulp. Mag ik zelf het budgetplan doorsturen naar de wijkverpleegkundige?",
         iv::Direction::share, "budgetplan", "wijkverpleegkundige", "consulent schuldhulp"},
        {"Mag ik als regisseur van de gemeente het ondersteuningsplan mailen aan de GGZ-behandelaar, zodat die "
         "kan aansluiten?",
         iv::Direction::share, "ondersteuningsplan", "ggz behandelaar", "regisseur"},
        {"Ik wil de leerplichtambtenaar vragen naar het verzuim van de zoon, maar de moeder vindt dat niet goed.",
         iv::Direction::request, "verzuim van de zoon", "leerplichtambtenaar", ""},
        {"Mag ik zonder zijn toestemming de huurachterstand delen met de schuldhulpverlening?", iv::Direction::share,
         "huurachterstand", "schuldhulpverlening", ""},
        {"Ik wil voor de zekerheid het hele dossier van de jeugdhulpaanbieder opvragen.", iv::Direction::request,
         "hele dossier van de jeugdhulpaanbieder", "jeugdhulpaanbieder", ""},
        {"Can I ask the school for the attendance records of the son?", iv::Direction::request,
         "attendance records of the son", "school", ""},
        {"May we share the debt overview with the housing association?", iv::Direction::share, "debt overview",
         "housing association", ""},
        {"Can I request the medication list from the GP?", iv::Direction::request, "medication list", "gp", ""},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        const auto q = iv::understand(c.text);
        REQUIRE(q.has_value());
        CHECK(q->direction == c.direction);
        CHECK(q->what == c.what);
        CHECK(q->party == c.party);
        CHECK(q->role == c.role);
        CHECK(iv::missing(*q).empty());
    }
    // Not a question about one piece of data: nothing offered.
    for (const char* text : {"Wanneer start het onderzoek?", "Is de Wams al in werking?", "Mag ik delen?",
                             "Wie mag een onderzoek aanvragen?",
                             // someone else shares, or no party, or no data, or not data at all:
                             "Mag de huisarts de diagnose delen met de gemeente?",
                             "Kunnen we met de corporatie afspreken dat ze ons elke maand een lijst sturen?",
                             "Mag ik dat delen met de school?", "Mag ik de gegevens aan hem geven?",
                             "Mag ik de gemeente vragen om een onderzoek?",
                             "Moet ik voor elke stap toestemming van de cliënt vragen om gegevens te delen?",
                             "Mag ik de diagnose meesturen met mijn verzoek?", "Can the GP share the report with us?"}) {
        INFO(text);
        CHECK_FALSE(iv::understand(text).has_value());
    }
}

TEST_CASE("an undo, or an answer given again, shows the result of that state at once, without running again",
          "[interview_session]") {
    iv::AskSession s(iv::case_of(example()));
    CHECK(s.stale());
    s.update();
    REQUIRE(s.runs() == 1);
    const json first = s.result().assessment;
    REQUIRE(s.result().next);
    const std::string first_next = s.result().next->pointer;

    REQUIRE(s.answer(first_next, nullptr));
    CHECK(s.stale());  // a new state: computed by the next update()
    s.update();
    CHECK(s.runs() == 2);
    const json second = s.result().assessment;

    REQUIRE(s.undo());
    CHECK_FALSE(s.stale());  // the first state's result at once
    CHECK(s.result().assessment == first);
    REQUIRE(s.result().next);
    CHECK(s.result().next->pointer == first_next);
    s.update();  // nothing to compute
    CHECK(s.runs() == 2);

    REQUIRE(s.answer(first_next, nullptr));  // the same answer again: the second state's result
    CHECK_FALSE(s.stale());
    CHECK(s.result().assessment == second);

    // Other options are another result: computed, not taken from the state seen with the defaults.
    REQUIRE(s.undo());
    iv::Options fewer;
    fewer.mutations = 100;
    s.update(fewer);
    CHECK(s.runs() == 3);

    s.wipe();  // what it remembered goes with it
    CHECK_FALSE(s.started());
    CHECK(s.runs() == 0);
}
