// asset_errors.hpp — what became of an embedded asset that could not be read. The assets are compiled in
// (cmake/Embed.cmake), so a failure is a build defect; the app must not abort on it (the wasm build catches
// nothing): its loader keeps empty data and records the error here. wams::asset_load_errors() (services,
// assets.hpp) loads every asset and lists these (the unit tests require none); wams-cli installs a handler that
// prints the error and stops the moment a command first needs the unreadable asset, before it uses the empty data.
#pragma once
#include "wams/result.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace wams {

struct AssetLoadError {
    std::string asset;  // e.g. "assets/helpdesk/questions.json"
    LoadError error;    // the JSON Pointer inside it and what was wrong there
};

void record_asset_error(std::string_view asset, const LoadError& error);  // records it, then calls the handler
std::vector<AssetLoadError> recorded_asset_errors();  // in the order recorded

using AssetErrorHandler = void (*)(const AssetLoadError& error);
void on_asset_error(AssetErrorHandler handler);  // called with each error as it is recorded (nullptr: none)

// The loaded value, or — recording the error — an empty one.
template <class T>
T value_or_record(std::string_view asset, Result<T> loaded) {
    if (loaded.ok()) return std::move(loaded).value();
    record_asset_error(asset, loaded.error());
    return T{};
}

} // namespace wams
