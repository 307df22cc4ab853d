// case_model.cpp — each enumerated FACTS value's §0.3 spelling (case_model.hpp), from the generated vocabulary
// tables (wams/vocabulary_enums.hpp).
#include "wams/case_model.hpp"

namespace wams {
namespace {

template <class E>
std::string_view name_of(E v) {
    for (const auto& [e, s] : vocab::EnumCodes<E>::table)
        if (e == v) return s;
    return "?";
}

} // namespace

std::string_view to_string(EntryRoute v) { return name_of(v); }
std::string_view to_string(Loket v) { return name_of(v); }
std::string_view to_string(ClientStatus v) { return name_of(v); }
std::string_view to_string(SignalledBy v) { return name_of(v); }
std::string_view to_string(RequesterKind v) { return name_of(v); }
std::string_view to_string(OrganisationDomain v) { return name_of(v); }
std::string_view to_string(CriteriaReading v) { return name_of(v); }
std::string_view to_string(MunicipalityDecision v) { return name_of(v); }
std::string_view to_string(Complexity v) { return name_of(v); }
std::string_view to_string(SelfCoordinator v) { return name_of(v); }
std::string_view to_string(CoordinationForm v) { return name_of(v); }
std::string_view to_string(CoordinatorReport v) { return name_of(v); }
std::string_view to_string(CasePhase v) { return name_of(v); }
std::string_view to_string(Purpose v) { return name_of(v); }
std::string_view to_string(ItemPhase v) { return name_of(v); }
std::string_view to_string(SourceType v) { return name_of(v); }
std::string_view to_string(Subject v) { return name_of(v); }
std::string_view to_string(Category v) { return name_of(v); }
std::string_view to_string(SecrecyRegime v) { return name_of(v); }
std::string_view to_string(SpecialLaw v) { return name_of(v); }
std::string_view to_string(ProviderResponse v) { return name_of(v); }
std::string_view to_string(NecessityAssessment v) { return name_of(v); }

} // namespace wams
