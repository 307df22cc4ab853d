// case_conference_r48_r55.cpp — RULEBOOK §6 "Case conference": who may organise it (R48, D15), indication (R49,
// advisory), attendance (R50), inviting the client (R51, A14), sharing in it (R52), agreements 'op maat' (R53),
// reuse (R54). R55 (other tables) is a Q1 gate (scope_r01_r13.cpp). Q10 lives here beside the rules it applies.
//
// Index
//   [SECTION] decide_case_conference (R48–R51)
//   [SECTION] Q10 sharing in and reuse from the conference (R50, R52–R54)
#include "wams/necessity_walk.hpp"
#include "wams/process_walk.hpp"

namespace wams {

// [SECTION] decide_case_conference (R48–R51) ----------------------------------------------------------------------

std::optional<ConferenceResult> decide_case_conference(const Facts& f, const InvestigationResult& inv,
                                                       const Outcome& coordinator) {
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
        r.valid = cc.proposed_organiser == "coordinator" && coordinator.value == "yes";
        if (r.valid) add_ids(r.rules, {"R43"});
    }
    r.may_be_organised = r.valid ? "yes" : "no";
    if (!r.valid) {
        r.client_invited = {"not_applicable", {}};
        return r;
    }
    // R51: invited unless weighty interests oppose (A14 when they do).
    r.client_invited = {cc.zwaarwegende_belangen_against_client_presence == true ? "no" : "yes", {"R51"}};
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
