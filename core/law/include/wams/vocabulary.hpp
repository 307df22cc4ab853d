// vocabulary.hpp — the case vocabulary of RULEBOOK §0.3, read from its single source assets/vocabulary.json
// (turned into code at configure time by cmake/vocabulary_gen.py; docs/vocabulary.md): every case field with its
// kind, the page that asks it, its values (the §0.3 code and one Dutch and one English label each), its question and
// the rules it feeds. The enums of case.hpp, the parser, the schema's allowed values, the question catalogue and the
// label keys of the UI all come from here. Nothing here parses or throws at run time.
#pragma once
#include "wams/lang.hpp"
#include "wams/vocabulary_enums.hpp"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace wams::vocab {

struct Text {  // one text in both languages
    std::string_view nl, en;
};

struct Value {  // one value of a closed value set
    std::string_view code;  // the §0.3 spelling ("n/a", "§2.3", "Wpg")
    Text label;             // the one label every screen and export shows for it
};

enum class Kind { choice, flag, text, text_list, object, array };  // as ui::FieldKind

struct Field {
    std::string_view path;  // JSON pointer into FACTS, "*" for an array index: "/data_items/*/purpose"
    Kind kind;
    std::string_view page;  // the page that asks it: entry, requester, …, item, Q1 … Q12
    bool nullable;          // null is a valid answer
    Text label;             // the field's name on forms and in lists
    Text ask;               // the question as the interview asks it ("Waarvoor wordt dit gegeven gebruikt?" for
                            // "Doel"); the label where that is already a question
    std::span<const Value> values;                   // choice: §0.3 order
    std::span<const std::string_view> screen_order;  // choice: the order screens offer them; empty = §0.3 order
    std::span<const std::string_view> suggestions;   // text / text_list: common answers offered, never enforced
    std::span<const std::string_view> rules;         // the rules the answer feeds (§0.3, §8.3)
};

std::span<const Field> fields();                        // every case field, in asking order
const Field* find(std::string_view path);               // by exact path pattern; nullptr when none
const Value* find_value(const Field& f, std::string_view code);  // its value with that code; nullptr when none
std::span<const Value> laws();                          // the four social-domain laws (§1.1)
std::span<const std::string_view> adjacent_domains();   // the adjacent domains (§1.4), in that order
std::vector<std::string_view> codes(const Field& f);    // its values' codes, §0.3 order
std::vector<std::string_view> codes(std::string_view path);  // the same by path; empty when no such choice field
std::vector<std::string_view> screen_codes(const Field& f);  // its values' codes in screen order
std::string_view text(const Text& t, Lang lang);

// UI label keys, built from the vocabulary only: "field.data_items.purpose", "opt.entry.loket.n_a".
std::string key_part(std::string_view code);  // letters, digits and '_': "§3.1.1" → "s3_1_1", "Wmo 2015" → "wmo_2015"
std::string field_key(std::string_view path);
std::string option_key(std::string_view path, std::string_view code);

struct Label {
    std::string key;
    std::string_view text;
};
std::vector<Label> labels(Lang lang);  // every field and value label under its UI key (merged into i18n's table)

} // namespace wams::vocab
