// a11y_mirror.hpp — the data behind the page's accessible DOM layer (issue 7, issue 18 §1; web/js/mirror.js).
#pragma once
#include <string>
#include <string_view>

namespace wams::app {
// From the frame state (test_hooks::state_json): {lang, screen, title, focused, focused_legacy, display,
//  items:[{id,label,kind:option|question|field|text|control,checked?,value?, role,x,y,w,h,clip,on?,text?,group?,
//  level?,expanded?,selected?,disabled?,invalid?,description?,alias?}], explanation:[{kind,depth,text}]} of the last
//  drawn frame; explanation only on the assessment screen. kind/checked/value: the text version's words (digests).
std::string a11y_snapshot_json(std::string_view state_json);  // state_json: test_hooks::state_json

} // namespace wams::app
