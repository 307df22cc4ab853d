// assets.cpp — loads every embedded asset and lists the failures (assets.hpp).
#include "wams/assets.hpp"

#include "helpdesk_query.hpp"
#include "pii_internal.hpp"
#include "wams/helpdesk.hpp"
#include "wams/i18n.hpp"
#include "wams/rules.hpp"
#include "wams/stage.hpp"
#include "wams/training.hpp"

namespace wams {

std::vector<AssetLoadError> asset_load_errors() {
    all_rules();  // every rules/*.json but stage.json
    known_stages();
    i18n::keys(Lang::nl);
    i18n::keys(Lang::en);
    help_answers();
    help_facts();
    helpdesk::vocabulary();
    pii_detail::lexicon();
    training::ambiguity_links();
    training::builtin_scenarios();
    return recorded_asset_errors();
}

} // namespace wams
