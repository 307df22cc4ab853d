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

WalkStep q10_conference(const DataItem& item) {
    WalkStep s;
    s.question = "Q10";
    if (item.purpose == Purpose::case_conference) {
        if (!item.conference || !item.conference->recipient_participation_necessary) {
            s.answer = "participation_necessity_unknown";
            s.effect = Effect::ask;
            s.rules = {"R50"};
            return s;
        }
        const bool necessary = *item.conference->recipient_participation_necessary;
        const bool weighty = item.conference->zwaarwegende_belangen == true;
        if (!necessary || weighty) {
            s.effect = Effect::block;
            if (!necessary) add_ids(s.rules, {"R50"});
            if (weighty) {
                add_ids(s.rules, {"R52"});
                s.ambiguities = {"A14"};
            }
            s.answer = !necessary ? "participation_not_necessary" : "zwaarwegende_belangen";
            return s;
        }
        s.answer = "participation_necessary";
        s.effect = Effect::condition;
        s.rules = {"R50", "R52", "R53", "R54"};
        s.conditions = {"distribute_op_maat", "reuse_only_with_provider_consent"};
        s.design_choices = {"D15"};
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
