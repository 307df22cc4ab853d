// case_conference_r48_r55.cpp — RULEBOOK §6 "Case conference": who may organise it (R48, D15), indication (R49,
// advisory), attendance (R50), inviting the client (R51, A14), sharing in it (R52), agreements 'op maat' (R53),
// reuse (R54). R55 (other tables) is a Q1 gate (scope_r01_r13.cpp). Q10 lives here beside the rules it applies.
//
// Index
//   [SECTION] decide_case_conference (R48–R51)
//   [SECTION] Q10 sharing in and reuse from the conference (R50, R52–R54)
#include "wams/necessity_walk.hpp"
#include "wams/process_walk.hpp"

// [RULEBOOK] R48–R55 as the rulebook states them: Dutch title, sections of the 2020 consultation
// document and its words, quoted exactly (assets/rules/rules.json; tests/rule_quotes.py keeps this in step).
// R48 Wie een casusoverleg mag organiseren, en wanneer (§2.3, §3.1.1, MS)
//     «Casusoverleg kan tijdens de fase van het onderzoek en tijdens de coördinatiefase aan de orde zijn. Dan kan
//     (bevoegdheid) de gemeente respectievelijk de coördinator een casusoverleg organiseren.»
//     «De coördinator zorgt voor onderlinge afstemming en kan in dat kader een casusoverleg houden.»
//     «Zowel de gemeente (tijdens de onderzoeksfase) als de coördinator kunnen een casusoverleg organiseren.»
//     «De gemeente is bevoegd casusoverleg te organiseren»
// R49 Wanneer een casusoverleg aangewezen is (§2.3)
//     «Casusoverleg kan aangewezen zijn wanneer overleg met meer dan twee partijen nodig is.»
// R50 Deelname alleen waar noodzakelijk (§2.3, §3.1.1)
//     «Partijen kunnen deelnemen aan het casusoverleg voor onderzoek naar meervoudige of ernstige problematiek als de
//     gemeenten of de coördinator vaststelt dat deelname gezien hun (mogelijke) betrokkenheid bij de problematiek van
//     de cliënt noodzakelijk is.»
//     «Daarbij worden partijen uitgenodigd die bij de casus betrokken zijn en waarvan het noodzakelijk is dat ze het
//     overleg bijwonen.»
// R51 De cliënt wordt uitgenodigd (§3.1.1, §2.3)
//     «De cliënt wordt ook uitgenodigd, tenzij 'zwaarwegende belangen zich daartegen verzetten'.»
//     «De cliënt en zijn vertegenwoordiger worden (voor zover mogelijk) ook uitgenodigd voor het overleg.»
// R52 Delen in het casusoverleg (§3.1.1, §2.3)
//     «Gegevens die noodzakelijk zijn kunnen tijdens het casusoverleg gedeeld worden, tenzij opnieuw 'zwaarwegende
//     belangen' zich daartegen verzetten.»
//     «Tijdens het casusoverleg wordt besproken wat nodig is om tot een goed begrip van de problemen van de cliënt en
//     de noodzakelijke acties te komen.»
// R53 Afspraken vastgelegd en 'op maat' verspreid (§2.3)
//     «De coördinator legt de afspraken vast en verspreidt die 'op maat': iedere deelnemer ontvangt alleen de
//     informatie die nodig is voor de uitvoering van de eigen taak.»
// R54 Hergebruik alleen met instemming van de verstrekker (§2.3)
//     «Partijen nemen informatie uit het casusoverleg alleen mee voor de uitvoering van de eigen taak als de
//     verstrekker van de informatie daarmee instemt.»
// R55 Bestaande tafels onder andere wetgeving vallen buiten de Wams (§3.1.1)
//     «Naast bestaande tafels en bestaande casusoverleggen die op grond van andere wetgeving worden georganiseerd biedt
//     de Wams de gemeente de bevoegdheid om een casusoverleg te organiseren.»
// [/RULEBOOK]

namespace wams {

// [SECTION] decide_case_conference (R48–R51) ----------------------------------------------------------------------

std::optional<ConferenceResult> decide_case_conference(const Facts& f, const InvestigationResult& inv,
                                                       const Outcome<CoordinatorValue>& coordinator) {
    if (!f.case_conference) return std::nullopt;
    const CaseConference& cc = *f.case_conference;
    ConferenceResult r;
    r.organiser = cc.proposed_organiser;
    r.phase = cc.phase;
    r.rules = {"R48"};
    // R48, D15: the college in the investigation phase; the coordinator appointed by the college in coordination.
    if (cc.phase == CasePhase::investigation) {
        r.valid = cc.proposed_organiser == "college" && inv.started;
        if (r.valid) add_ids(r.rules, {"R32"});  // «Een casusoverleg behoort daarbij tot de mogelijkheden»
    } else {
        r.valid = cc.proposed_organiser == "coordinator" && coordinator.value == CoordinatorValue::yes;
        if (r.valid) add_ids(r.rules, {"R43"});
    }
    r.may_be_organised = r.valid ? YesNo::yes : YesNo::no;
    if (!r.valid) {
        r.client_invited = {InvitationValue::not_applicable, {}};
        return r;
    }
    // R51: invited unless weighty interests oppose (A14 when they do).
    r.client_invited = {cc.zwaarwegende_belangen_against_client_presence == true ? InvitationValue::no : InvitationValue::yes,
                        {"R51"}};
    for (const auto& i : cc.invitees)  // R50: only where participation is necessary (A13)
        r.attendees.push_back(Attendee{i.party, i.participation_necessary == true, {"R50"}});
    return r;
}

// [SECTION] Q10 (R50, R52–R54) ------------------------------------------------------------------------------------

namespace {

// R50 «vaststelt dat deelname … noodzakelijk is»: recorded on the item, else in case_conference.invitees[] (the
// recipient's entry; for "the participants" as a whole, necessary if any invitee's is); nullopt = nowhere (E3).
std::optional<bool> participation_necessary(const CaseContext& ctx, const DataItem& item) {
    if (item.conference && item.conference->recipient_participation_necessary)
        return item.conference->recipient_participation_necessary;
    for (const auto& i : ctx.conference_invitees)
        if (i.party == item.recipient) return i.participation_necessary;
    if (item.recipient.rfind("deelnemers", 0) != 0) return std::nullopt;  // a recipient who was not invited
    std::optional<bool> any;
    for (const auto& i : ctx.conference_invitees)
        if (i.participation_necessary) any = any.value_or(false) || *i.participation_necessary;
    return any;
}

} // namespace

WalkStep q10_conference(const CaseContext& ctx, const DataItem& item) {
    WalkStep s;
    s.question = "Q10";
    if (item.purpose == Purpose::case_conference) {
        const std::optional<bool> necessary = participation_necessary(ctx, item);
        const std::optional<bool> weighty = item.conference ? item.conference->zwaarwegende_belangen : std::nullopt;
        if (!weighty || !necessary) s.design_choices = {"D27"};  // a null answer read (§0.3 null table)
        if (weighty != false) s.ambiguities = {"A14"};            // who judges the weighty interests is open
        if (necessary == false || weighty == true) {
            s.effect = Effect::block;
            if (necessary == false) add_ids(s.rules, {"R50"});
            if (weighty == true) add_ids(s.rules, {"R52"});
            s.answer = necessary == false ? "participation_not_necessary" : "zwaarwegende_belangen";
            return s;
        }
        if (!necessary) {  // not recorded anywhere: ask the organiser
            s.answer = "participation_necessity_unknown";
            s.effect = Effect::ask;
            s.rules = {"R50"};
            return s;
        }
        s.answer = "participation_necessary";
        s.effect = Effect::condition;
        s.rules = {"R50", "R52", "R53", "R54"};
        if (!weighty) s.conditions = {"unless_zwaarwegende_belangen_oppose"};  // R52's «tenzij» not raised, but open
        add_ids(s.conditions, {"distribute_op_maat", "reuse_only_with_provider_consent"});
        add_ids(s.design_choices, {"D15"});
        return s;
    }
    if (item.purpose == Purpose::reuse_from_case_conference) {
        s.rules = {"R54"};
        if (item.provider_consents_to_reuse == true) {
            s.answer = "provider_consents";
        } else if (item.provider_consents_to_reuse == false) {
            s.answer = "provider_does_not_consent";
            s.effect = Effect::block;
        } else {
            s.answer = "unknown";
            s.effect = Effect::ask;
        }
        return s;
    }
    s.answer = "not_a_conference_item";
    s.effect = Effect::skip;
    return s;
}

} // namespace wams
