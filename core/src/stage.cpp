// stage.cpp — the encoded rulebook stages (RULEBOOK §12.1).
#include "wams/stage.hpp"

namespace wams {

const std::vector<RulebookStage>& known_stages() {
    static const std::vector<RulebookStage> stages{
        {"concept-2020-12",
         "Concept-wetsvoorstel december 2020 (impactanalyse VNG Realisatie, april 2021)",
         "Draft bill December 2020 (VNG Realisatie impact analysis, April 2021)",
         "2020-12-09"},
    };
    return stages;
}

const RulebookStage& default_stage() { return known_stages().front(); }

const RulebookStage* find_stage(std::string_view id) {
    for (const auto& s : known_stages())
        if (s.id == id) return &s;
    return nullptr;
}

} // namespace wams
