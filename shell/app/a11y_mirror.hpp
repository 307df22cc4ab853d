// a11y_mirror.hpp — the data behind the page's visually hidden DOM mirror (issue 7; web/js/mirror.js).
#pragma once
#include <string>
#include <string_view>

namespace wams::app {
// From the frame state (test_hooks::state_json): {lang, screen, title, focused, items:[{id,label,kind:option|question|field|text|control,checked?,value?}],
//  explanation:[{kind,depth,text}]} of the last drawn frame; explanation only on the assessment screen.
std::string a11y_snapshot_json(std::string_view state_json);  // state_json: test_hooks::state_json

} // namespace wams::app
