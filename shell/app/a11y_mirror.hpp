// a11y_mirror.hpp — the data behind the page's accessible DOM layer (issue 7, issue 18 §1; web/js/mirror.js).
#pragma once
#include <string>

namespace wams::app {
// The last drawn frame (test_hooks::frame_widgets) as {lang, screen, title, focused, focused_legacy, display,
//  items:[{id,label,kind:option|question|field|text|control,checked?,value?, role,x,y,w,h,clip,on?,text?,group?,
//  level?,expanded?,selected?,disabled?,invalid?,description?,alias?}], explanation:[{kind,depth,text}]}; explanation
//  only on the assessment screen. kind/checked/value: the text version's words (digests).
struct App;
std::string a11y_snapshot_json(const App* app);  // null before the app exists: no items

} // namespace wams::app
