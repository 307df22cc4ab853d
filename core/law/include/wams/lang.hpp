// lang.hpp — the user-facing languages. Dutch first (the users' language), English available.
#pragma once

namespace wams {

enum class Lang { nl, en };  // every user-facing text exists in both

} // namespace wams
