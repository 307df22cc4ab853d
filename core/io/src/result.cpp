// result.cpp — the one failure of Result<T> (result.hpp): value() asked of an error, a bug in the caller.
#include "wams/result.hpp"

#include <cstdio>
#include <cstdlib>

namespace wams {

void unchecked_load_error(const LoadError& e) {
    std::fprintf(stderr, "wams: value() of a failed load at \"%s\": %s\n", e.path.c_str(), e.message.c_str());
    std::abort();
}

} // namespace wams
