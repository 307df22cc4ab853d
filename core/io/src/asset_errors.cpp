// asset_errors.cpp — the record of embedded assets that failed to load (asset_errors.hpp).
#include "wams/asset_errors.hpp"

#include <mutex>

namespace wams {
namespace {

std::mutex& record_mutex() {
    static std::mutex m;
    return m;
}
std::vector<AssetLoadError>& record() {
    static std::vector<AssetLoadError> errors;
    return errors;
}
AssetErrorHandler& handler() {
    static AssetErrorHandler h = nullptr;
    return h;
}

} // namespace

void record_asset_error(std::string_view asset, const LoadError& error) {
    AssetLoadError e{std::string(asset), error};
    AssetErrorHandler h = nullptr;
    {
        const std::lock_guard lock(record_mutex());
        record().push_back(e);
        h = handler();
    }
    if (h) h(e);
}

void on_asset_error(AssetErrorHandler h) {
    const std::lock_guard lock(record_mutex());
    handler() = h;
}

std::vector<AssetLoadError> recorded_asset_errors() {
    const std::lock_guard lock(record_mutex());
    return record();
}

} // namespace wams
