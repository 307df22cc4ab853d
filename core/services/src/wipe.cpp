// wipe.cpp — overwrite-then-release of case text for "Wis alles" (wipe.hpp).
#include "wams/wipe.hpp"

#include <utility>
#include <vector>

namespace wams {

void wipe_text(std::string& s) {
    s.resize(s.capacity());                       // the spare capacity may still hold older, longer text
    volatile char* p = s.data();                  // volatile: the stores are not optimised away
    for (std::size_t i = 0; i < s.size(); ++i) p[i] = 0;
    s.clear();
    s.shrink_to_fit();
}

void wipe_json(nlohmann::json& j) {
    std::vector<nlohmann::json*> stack{&j};       // iterative: no recursion limit on deep input
    while (!stack.empty()) {
        nlohmann::json* v = stack.back();
        stack.pop_back();
        if (v->is_string()) {
            wipe_text(v->get_ref<std::string&>());
        } else if (v->is_array()) {
            for (auto& e : *v) stack.push_back(&e);
        } else if (v->is_object()) {
            for (auto& [key, value] : v->items()) stack.push_back(&value);
        }
    }
    // Object keys are std::string inside std::map nodes and cannot be changed in place; releasing the tree frees
    // them. Case keys are the fixed §0.3 field names, never user text.
    j = nullptr;
}

void wipe_case_editor(ui::CaseEditor& editor) {
    editor.reset(ui::new_case(EntryRoute::client_request, "CASUS-1"));  // drops the undo history (every earlier answer)
}

} // namespace wams
