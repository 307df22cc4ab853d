// case_model.cpp — each enumerated FACTS value's §0.3 spelling (case_model.hpp), from the generated vocabulary
// tables (wams/vocabulary_enums.hpp).
#include "wams/case_model.hpp"

namespace wams {
std::string_view to_string(EntryRoute v) { return to_code(v); }
std::string_view to_string(Loket v) { return to_code(v); }
std::string_view to_string(ClientStatus v) { return to_code(v); }
std::string_view to_string(SignalledBy v) { return to_code(v); }
std::string_view to_string(RequesterKind v) { return to_code(v); }
std::string_view to_string(OrganisationDomain v) { return to_code(v); }
std::string_view to_string(CriteriaReading v) { return to_code(v); }
std::string_view to_string(MunicipalityDecision v) { return to_code(v); }
std::string_view to_string(Complexity v) { return to_code(v); }
std::string_view to_string(SelfCoordinator v) { return to_code(v); }
std::string_view to_string(CoordinationForm v) { return to_code(v); }
std::string_view to_string(CoordinatorReport v) { return to_code(v); }
std::string_view to_string(CasePhase v) { return to_code(v); }
std::string_view to_string(Purpose v) { return to_code(v); }
std::string_view to_string(ItemPhase v) { return to_code(v); }
std::string_view to_string(SourceType v) { return to_code(v); }
std::string_view to_string(Subject v) { return to_code(v); }
std::string_view to_string(Category v) { return to_code(v); }
std::string_view to_string(SecrecyRegime v) { return to_code(v); }
std::string_view to_string(SpecialLaw v) { return to_code(v); }
std::string_view to_string(ProviderResponse v) { return to_code(v); }
std::string_view to_string(NecessityAssessment v) { return to_code(v); }

std::string_view article_of_route(std::string_view route_code) {
    if (route_code == to_string(EntryRoute::client_request)) return "2.3a.1";
    if (route_code == to_string(EntryRoute::professional_request)) return "2.3a.4";
    return "";
}

} // namespace wams
