// interview_session.hpp — one professional's question as an interview (issue 17 parts 1–3): "Mag ik gegevens delen
// of opvragen?" turned into a partial case, the answers given so far, and what the interview says now. Pure C++ over
// interview.hpp; the app's "Vraag" screen is a thin view of it (shell/app/screen_ask.cpp).
//
// Nothing is assumed: the partial case holds only what the user said (the start form) and answered (each next
// question); every other field is absent, i.e. not asked yet. The result is interview::run on that case with the
// goal "the verdict on this data item", so only questions that can still change that verdict are asked.
#pragma once
#include "wams/interview.hpp"
#include "wams/lang.hpp"
#include "wams/vocabulary.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace wams::interview {

enum class Direction { request, share };  // opvragen bij een ander / delen met een ander

struct Question0 {                        // the start form: the question people actually have
    std::optional<Direction> direction;   // nothing chosen until the user chooses
    std::string role;                     // who asks: a role ("wijkcoach"), never a name
    std::string what;                     // which data ("betalingsachterstanden")
    std::string party;                    // from or to whom ("schuldhulpverlener")
    std::optional<std::string> purpose;   // for what: a data_items[].purpose code; nullopt = let the interview ask
};

// A typed question read as the start form, when it is one ("Ik ben wijkcoach; … Mag ik de schuldhulpverlener vragen
// naar de betalingsachterstanden?", "mag ik het schoolverzuim delen met de wijkagent?"): the direction, the data, the
// other party and the asker's role, as written (folded to lower case). nullopt when the question does not say which
// data and from or with whom. The help desk offers it to be checked and corrected before the interview starts.
std::optional<Question0> understand(std::string_view text);

// What is still missing before the interview can start: field names of Question0 ("direction", "what", "party"),
// empty when it can start. Role and purpose are optional.
std::vector<std::string> missing(const Question0& q);

// The vocabulary field a pointer into a case names ("/facts/data_items/0/source/type" → data_items/*/source/type);
// nullptr when it names none.
const vocab::Field* field_of(const std::string& pointer);

// The partial case of the question: one data item "D1" with `what`; requesting: source.party = party and
// recipient = role; sharing: source.party = role and recipient = party; purpose when given. Nothing else.
nlohmann::json case_of(const Question0& q);

struct Answer {                           // one answer given in the interview
    std::string pointer;                  // "/facts/entry/route"
    nlohmann::json value;
};

class AskSession {
public:
    AskSession() = default;
    explicit AskSession(nlohmann::json case_json, std::vector<std::string> goals = {"/data_items/0/verdict"});

    bool started() const { return !case_.is_null(); }
    const nlohmann::json& case_json() const { return case_; }
    const std::vector<Answer>& answers() const { return answers_; }

    // Records the answer to `pointer` (created with its parents). Refused (false, nothing changes) when the
    // pointer is not a field of the case vocabulary or was answered already: an interview never asks twice.
    bool answer(const std::string& pointer, nlohmann::json value);
    bool undo();                          // takes back the last answer; false when there is none

    // The result belongs to an earlier state: run update() (slow: ~1 s). An answer or an undo that leads to a state
    // seen before (the last 16) takes that state's result at once and is not stale.
    bool stale() const { return dirty_; }
    void update(const Options& options = {});  // recomputes the result for the current answers
    const Result& result() const;
    std::size_t runs() const { return runs_; }  // interview::run calls so far (the others were states seen before)

    void wipe();                          // overwrites every text it holds, then becomes a fresh AskSession

private:
    nlohmann::json case_;
    std::vector<std::string> goals_;
    std::vector<Answer> answers_;
    std::vector<nlohmann::json> before_;  // the case before each answer (undo restores it exactly)
    std::shared_ptr<Result> result_ = std::make_shared<Result>();  // shared with seen_: never copied
    bool dirty_ = true;
    // Results of the states seen, newest last: the case as JSON text and the options it was run with → its result.
    struct Seen {
        std::string case_text;
        Options options;
        std::shared_ptr<Result> result;
    };
    std::vector<Seen> seen_;
    std::optional<Options> options_;      // of the last update(): an answer or undo looks its state up with them
    std::size_t runs_ = 0;
    void take_seen();                     // the current state's result from seen_, when it is there
    static void wipe_seen(Seen& x);
};

} // namespace wams::interview
