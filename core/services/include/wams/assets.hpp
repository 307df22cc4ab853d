// assets.hpp — whether every embedded asset could be read. The assets are compiled in, so an unreadable one is a
// build defect: its loader keeps empty data rather than abort the app (the wasm build catches nothing) and records
// the error (asset_errors.hpp). wams-cli lists these and stops; the unit tests require the list to be empty.
#pragma once
#include "wams/asset_errors.hpp"

#include <vector>

namespace wams {

// Loads every embedded asset once (rules, stages, translations, help desk, PII lists, training scenarios) and lists
// those that failed: asset name, JSON Pointer, message. Empty for a good build.
std::vector<AssetLoadError> asset_load_errors();

} // namespace wams
