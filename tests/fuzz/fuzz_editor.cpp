// fuzz_editor.cpp — libFuzzer target: the case editor (ui_model.hpp) as the consultation app drives it, with any
// pointer and any value, followed each time by what the app does after an edit (consult.cpp `refresh`: validate,
// read, assess, serialise) and by the save (case_file_text). The pointers of the real UI are its own constants,
// but they are built from array indices and survive edits of the case; here they may be anything.
// Input: lines "<op> <pointer> <value>", op one of
//   s set · m set, merged with the last (typing on) · a add_element · r remove_element (value = index) · u undo ·
//   c set_case_field (pointer = key) · w what-if (a copy of FACTS with one value changed, validated, assessed)
// <value> is JSON when it parses, else the raw bytes as a string (what a text field could hold, invalid UTF-8 too).
// Invariants (a violation aborts = a finding): no exception at all (no_throw.cpp), every case the editor holds
// can be saved, re-opened and gives the same case; a refused edit changes nothing; undoing every change restores
// the case the run started from; a stored value reads back (modulo UTF-8 repair).
#include "wams/engine.hpp"
#include "wams/json_pointer.hpp"
#include "wams/ui_model.hpp"
#include "wams/validate.hpp"

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

using nlohmann::json;
namespace ui = wams::ui;

namespace {

void after_edit(const ui::CaseEditor& ed) {
    const auto errors = wams::validate_facts(ed.facts(), "/facts");
    (void)wams::errors_to_json(errors).dump();
    if (errors.empty()) {
        const auto facts = wams::facts_from_json(ed.facts()).value();
        (void)wams::to_json(wams::assess(facts)).dump();
        (void)ui::what_if_candidates(ed.facts());
    }
    // The save: the text must re-open as exactly this case when the case is valid, and must never fail to write.
    const std::string text = ui::case_file_text(ed.case_doc());
    const auto parsed = wams::parse_json_text(text);
    if (!parsed.doc || *parsed.doc != ed.case_doc()) std::abort();
}

std::string_view next_field(std::string_view& line) {
    const auto sp = line.find(' ');
    const std::string_view f = line.substr(0, sp);
    line = sp == std::string_view::npos ? std::string_view{} : line.substr(sp + 1);
    return f;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view in(reinterpret_cast<const char*>(data), size);
    ui::CaseEditor ed;
    if (!in.empty()) {
        const auto route = static_cast<unsigned char>(in[0]) % 3;
        ed.reset(ui::new_case(route == 0 ? wams::EntryRoute::client_request
                              : route == 1 ? wams::EntryRoute::professional_request
                                           : wams::EntryRoute::none, "CASUS-1"));
        in.remove_prefix(1);
    }
    const json start = ed.case_doc();
    int ops = 0;
    while (!in.empty() && ops++ < 64) {
        const auto nl = in.find('\n');
        std::string_view line = in.substr(0, nl);
        in = nl == std::string_view::npos ? std::string_view{} : in.substr(nl + 1);
        if (line.empty()) continue;
        const char op = line[0];
        line.remove_prefix(1);
        if (!line.empty() && line[0] == ' ') line.remove_prefix(1);
        const std::string pointer(next_field(line));
        json value = json::parse(line, nullptr, false);
        if (value.is_discarded()) value = std::string(line);

        const json before = ed.case_doc();
        const auto revision = ed.revision();
        bool changed = false;
        switch (op) {
        case 's':
        case 'm':
            changed = ed.set(pointer, value, op == 'm');
            // stored where asked ("…/-" appends: the new element has an index, not that name)
            if (changed && !pointer.ends_with("/-") && ed.value(pointer).is_null() != value.is_null()) std::abort();
            break;
        case 'a': changed = ed.add_element(pointer); break;
        case 'r': changed = ed.remove_element(pointer, value.is_number_unsigned() ? value.get<std::size_t>() : 0); break;
        case 'u': changed = ed.undo(); break;
        case 'c': changed = ed.set_case_field(pointer, value); break;
        case 'w': {
            json facts = ed.facts();
            if (wams::store_at(facts, pointer, value) && wams::validate_facts(facts, "/facts").empty())
                (void)ui::diff_assessments(wams::to_json(wams::assess(wams::facts_from_json(ed.facts()).value())),
                                           wams::to_json(wams::assess(wams::facts_from_json(facts).value())));
            break;
        }
        default: continue;
        }
        if (!changed && (ed.case_doc() != before || ed.revision() != revision)) std::abort();  // refused = untouched
        after_edit(ed);
    }
    while (ed.undo()) {}
    if (ed.facts() != start.at("facts")) std::abort();  // undo restores FACTS (case fields: see set_case_field)
    return 0;
}
