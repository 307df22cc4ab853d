// walk_space.hpp — the answer space of one data item × case context (RULEBOOK §0.3 DATA_ITEM, §8.2 Q0, §8.3 Q1–Q12),
// as the invariant prover (prove_walk.cpp) enumerates it. Nothing here decides a verdict: the engine does.
//
// Index
//   [SECTION] Contexts   realised Q0 contexts: a grid of case facts run through the real process walk (§9)
//   [SECTION] Domains    source.domain classes and their variants (§1.4, D21)
//   [SECTION] Spine      the fields several questions read: context class, purpose, phase, agreed scope, subject,
//                        source type, domain class
//   [SECTION] Answers    per-question private answers (Q4, Q5, Q7–Q12) and how they are applied to an item
//   [SECTION] Oracle     independent readings of the rulebook used by the invariants (D21 presumption, order)
//   [SECTION] Case files minimal case-file JSON for a combination ({"id","title","facts"}), replayable by wams-cli
#pragma once
#include "wams/case.hpp"
#include "wams/necessity_walk.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace wams::prove {

// [SECTION] Contexts ----------------------------------------------------------------------------------------------

struct ContextWitness {                 // one distinct CaseContext the process walk produced, with facts that produce it
    std::string label;                  // how the witness facts were built (for humans)
    Facts facts;                        // data_items empty; scope.client_agreed_domains unset
    CaseContext ctx;                    // derive_context(facts)
    int non_default = 0;                // how far the witness facts are from the simplest case (for minimality)
};

std::vector<ContextWitness> realised_contexts();          // grid → derive_context → distinct contexts, grid order
std::string context_key(const CaseContext& c);            // every CaseContext field, as text (equality key)

// [SECTION] Domains -----------------------------------------------------------------------------------------------

enum class DomainClass { social_other, health_care, jeugdhulp, other_adjacent, municipality, client };
inline constexpr int kDomainClasses = 6;
const std::vector<std::string>& domain_variants(DomainClass c);  // [0] is the representative; the rest are sampled
std::string_view to_string(DomainClass c);

// [SECTION] Spine -------------------------------------------------------------------------------------------------

enum class Agreed { not_recorded, inside, outside };       // R30 positive scope (D24) relative to the item's domain

struct Spine {                          // the fields that several questions read
    int context = 0;                    // index into realised_contexts()
    Purpose purpose = Purpose::investigation;
    std::optional<ItemPhase> phase;
    Agreed agreed = Agreed::not_recorded;
    Subject subject = Subject::client;
    SourceType source = SourceType::client_self;
    DomainClass domain = DomainClass::client;
};

std::vector<std::string> agreed_list(Agreed a, const std::string& domain);  // the recorded agreed domains for an item domain
CaseContext with_agreed(const ContextWitness& w, Agreed a, const std::string& domain);  // Q0 re-derived with scope set
DataItem base_item(const Spine& s, const std::string& domain);  // the item with every private answer at its default

// [SECTION] Answers -----------------------------------------------------------------------------------------------

struct Q7Answer { SecrecyRegime declared; bool rebutted; std::optional<bool> consent, ghs, skj; };
struct Q8Answer { SpecialLaw law; std::optional<bool> permits; };
struct Q10Answer { std::optional<ConferenceFacts> conference; std::optional<bool> reuse_consent; };

struct Answers {                        // every private answer of one combination
    bool excluded = false;                         // Q4
    std::optional<bool> client_objects;            // Q5
    Q7Answer q7{SecrecyRegime::none, false, {}, {}, {}};
    Q8Answer q8{SpecialLaw::none, {}};
    ProviderResponse provider = ProviderResponse::not_applicable;  // Q9
    Q10Answer q10{};
    std::optional<BsnFacts> bsn;                   // Q11
    NecessityAssessment necessity = NecessityAssessment::stated;  // Q12
};

void apply(DataItem& d, const Answers& a);           // writes every private answer into the item

// Relevance pruning (documented in docs/invariants.md; checked by the random full-walk sample in prove_walk.cpp).
bool q5_relevant(const CaseContext& ctx, const DataItem& d);   // client_objects is read only in the coordination phase (Q5)
bool q9_relevant(const DataItem& d);                           // provider answer only for parties, outside conference/R67 (Q9)
bool rebuttal_relevant(const DataItem& d);                     // D21 rebuttal only where a regime is presumed

// [SECTION] Oracle ------------------------------------------------------------------------------------------------

SecrecyRegime spec_holder_regime(const DataItem& d);   // D21 read from the rulebook, independently of the engine
int severity(Verdict v);                                // §8.4 / D1: allowed 0 < conditions 1 < undetermined 2 < not_allowed 3
bool allowing(Verdict v);                               // allowed or allowed_under_conditions
int non_default_fields(const DataItem& d);              // how many item fields differ from the simplest item

// [SECTION] Case files --------------------------------------------------------------------------------------------

nlohmann::json case_file(const std::string& id, const std::string& title, const ContextWitness& w, Agreed agreed,
                         const DataItem& item);         // {"id","title","facts"} valid for `wams-cli assess`

} // namespace wams::prove
