// schema_dsl.cpp — the schema DSL (schema_dsl.hpp): builders, expected texts and the checker that walks a JSON
// value along its Spec and reports each deviation with its JSON Pointer.
//
// Index
//   [SECTION] Vocabulary   laws and adjacent domains (§1.4) for the domain kinds, near-miss suggestions
//   [SECTION] Spec model   builders, expected_text
//   [SECTION] Checker      check_value
//   [SECTION] Helpers      field, string_field, check_unique, join, has_prefix
#include "schema_dsl.hpp"

#include "wams/json_pointer.hpp"
#include "wams/order.hpp"
#include "wams/stage.hpp"
#include "wams/vocabulary.hpp"

#include <algorithm>
#include <array>
#include <map>

namespace wams::schema {

using nlohmann::json;

std::string join(const std::vector<std::string_view>& values, std::string_view sep) {
    std::string out;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i) out += sep;
        out += values[i];
    }
    return out;
}

bool has_prefix(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

namespace {

// [SECTION] Vocabulary --------------------------------------------------------------------------------------------

// The four social-domain laws (§1.1) and the adjacent domains of §1.4 (same order), from the vocabulary.
std::vector<std::string_view> law_names() {
    std::vector<std::string_view> out;
    for (const auto& v : vocab::laws()) out.push_back(v.code);
    return out;
}
const std::vector<std::string_view> kLaws = law_names();
const std::vector<std::string_view> kAdjacentDomains(vocab::adjacent_domains().begin(), vocab::adjacent_domains().end());

bool is_one_of(std::string_view s, const std::vector<std::string_view>& values) {
    return std::find(values.begin(), values.end(), s) != values.end();
}

// An adjacent-domain name of §1.4, optionally followed by a parenthesised note: "openbare orde en veiligheid
// (reclassering)" (PUB-08).
bool is_adjacent_domain(std::string_view s) {
    for (auto d : kAdjacentDomains) {
        if (s == d) return true;
        if (s.size() > d.size() + 3 && s.substr(0, d.size()) == d && s.substr(d.size(), 2) == " (" && s.back() == ')')
            return true;
    }
    return false;
}


bool is_social_ref(std::string_view s) { return has_prefix(s, "social:") && is_one_of(s.substr(7), kLaws); }
bool is_adjacent_ref(std::string_view s) { return has_prefix(s, "adjacent:") && is_adjacent_domain(s.substr(9)); }


// Levenshtein distance, capped: used only to suggest the enum value a typo probably meant.
std::size_t edit_distance(std::string_view a, std::string_view b) {
    if (a.size() > 64 || b.size() > 64) return 99;
    std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j)
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

std::string_view closest(std::string_view s, const std::vector<std::string_view>& values) {
    std::string_view best;
    std::size_t best_d = 3;  // suggest only near misses (≤ 2 edits)
    for (auto v : values) {
        const auto d = edit_distance(s, v);
        if (d < best_d) { best_d = d; best = v; }
    }
    return best;
}

} // namespace

// [SECTION] Spec model --------------------------------------------------------------------------------------------

SpecPtr make(Kind k, bool nullable) {
    auto s = std::make_shared<Spec>();
    s->kind = k;
    s->nullable = nullable;
    return s;
}
SpecPtr str() { return make(Kind::string); }
SpecPtr str_or_null() { return make(Kind::string, true); }
SpecPtr id() { return make(Kind::id); }
SpecPtr boolean() { return make(Kind::boolean); }
SpecPtr bool_or_null() { return make(Kind::boolean, true); }
SpecPtr enumeration(std::vector<std::string_view> values, bool nullable) {
    auto s = std::make_shared<Spec>();
    s->kind = Kind::enumeration;
    s->nullable = nullable;
    s->values = std::move(values);
    return s;
}
SpecPtr values_of(std::string_view path, bool nullable) { return enumeration(vocab::codes(path), nullable); }
SpecPtr object(std::vector<Field> fields, bool nullable) {
    auto s = std::make_shared<Spec>();
    s->kind = Kind::object;
    s->nullable = nullable;
    s->fields = std::move(fields);
    for (std::size_t i = 0; i < s->fields.size(); ++i) s->by_name.push_back(i);
    sort_by(s->by_name, [&](std::size_t a, std::size_t b) { return s->fields[a].name < s->fields[b].name; });
    return s;
}
SpecPtr array(SpecPtr element, bool nullable, std::size_t min_items) {
    auto s = std::make_shared<Spec>();
    s->kind = Kind::array;
    s->nullable = nullable;
    s->element = std::move(element);
    s->min_items = min_items;
    return s;
}
SpecPtr integer(long long min, long long max) {
    auto s = std::make_shared<Spec>();
    s->kind = Kind::integer;
    s->min = min;
    s->max = max;
    return s;
}
SpecPtr custom(std::function<bool(std::string_view)> accepts, vi::Words expected) {
    auto s = std::make_shared<Spec>();
    s->kind = Kind::custom;
    s->accepts = std::move(accepts);
    s->expected = std::move(expected);
    return s;
}
SpecPtr refused(vi::Words why) {
    auto s = std::make_shared<Spec>();
    s->kind = Kind::refused;
    s->expected = std::move(why);
    return s;
}
SpecPtr described(SpecPtr spec, vi::Words expected) {
    auto s = std::make_shared<Spec>(*spec);
    s->expected = std::move(expected);
    return s;
}

namespace {
std::vector<std::string_view> field_names(const Spec& s) {  // the fields a file may hold (refused ones are not offered)
    std::vector<std::string_view> names;
    for (const auto& f : s.fields)
        if (f.spec->kind != Kind::refused) names.push_back(f.name);
    return names;
}
} // namespace

vi::Words expected_text(const Spec& s) {
    vi::Words w = s.expected;
    if (w.en.empty()) switch (s.kind) {
    case Kind::any_object: w = {"object", "object"}; break;
    case Kind::string: w = {"string", "tekst"}; break;
    case Kind::id: w = {"non-empty string", "niet-lege tekst"}; break;
    case Kind::boolean: w = {"boolean (true or false)", "ja/nee-waarde (true of false)"}; break;
    case Kind::enumeration: w = {"one of: " + join(s.values), "één van: " + join(s.values)}; break;
    case Kind::object: {
        const auto names = field_names(s);
        w = {"object with fields " + join(names), "object met de velden " + join(names)};
        break;
    }
    case Kind::array:
        w = s.min_items ? vi::Words{"array of at least " + std::to_string(s.min_items), "lijst met minstens " + std::to_string(s.min_items)}
                        : vi::Words{"array", "lijst"};
        break;
    case Kind::integer:
        w = {"integer from " + std::to_string(s.min) + " to " + std::to_string(s.max),
             "geheel getal van " + std::to_string(s.min) + " tot en met " + std::to_string(s.max)};
        break;
    case Kind::custom:
    case Kind::refused: break;  // described by s.expected
    case Kind::law: w = {"one of the laws: " + join(kLaws), "één van de wetten: " + join(kLaws)}; break;
    case Kind::domain_or_law:
        w = {"a law (" + join(kLaws) + ") or an adjacent domain (" + join(kAdjacentDomains) + ")",
             "een wet (" + join(kLaws) + ") of een aanpalend domein (" + join(kAdjacentDomains) + ")"};
        break;
    case Kind::source_domain:
        w = {"\"social:<law>\", \"adjacent:<domain>\", \"municipality\" or \"client\"",
             "\"social:<wet>\", \"adjacent:<domein>\", \"municipality\" of \"client\""};
        break;
    case Kind::need_domain:
        w = {"\"social:<law>\" or an adjacent-domain name (" + join(kAdjacentDomains) + ")",
             "\"social:<wet>\" of de naam van een aanpalend domein (" + join(kAdjacentDomains) + ")"};
        break;
    case Kind::party_domain:
        w = {"\"social:<law>\", \"adjacent:<domain>\", \"municipality\", \"client\" or \"none\"",
             "\"social:<wet>\", \"adjacent:<domein>\", \"municipality\", \"client\" of \"none\""};
        break;
    case Kind::stage_id: {
        std::vector<std::string_view> ids;
        for (const auto& st : known_stages()) ids.push_back(st.id);
        w = {"a known rulebook stage: " + join(ids), "een bekende fase van het wetsvoorstel: " + join(ids)};
        break;
    }
    case Kind::json_pointer: w = {"a JSON pointer (\"\" or \"/…\")", "een JSON-pointer (\"\" of \"/…\")"}; break;
    }
    if (s.nullable) { w.en += " or null"; w.nl += " of null"; }
    return w;
}

// [SECTION] Checker -----------------------------------------------------------------------------------------------

namespace {

bool matches_kind(const Spec& s, const json& v) {
    switch (s.kind) {
    case Kind::any_object:
    case Kind::object: return v.is_object();
    case Kind::array: return v.is_array();
    case Kind::boolean: return v.is_boolean();
    case Kind::integer: return v.is_number_integer();
    default: return v.is_string();
    }
}

bool string_value_ok(const Spec& s, const std::string& v) {
    switch (s.kind) {
    case Kind::id: return !v.empty();
    case Kind::enumeration: return is_one_of(v, s.values);
    case Kind::law: return is_one_of(v, kLaws);
    case Kind::domain_or_law: return is_one_of(v, kLaws) || is_adjacent_domain(v);
    case Kind::source_domain: return is_social_ref(v) || is_adjacent_ref(v) || v == "municipality" || v == "client";
    case Kind::need_domain: return is_social_ref(v) || is_adjacent_domain(v);
    case Kind::party_domain:
        return is_social_ref(v) || is_adjacent_ref(v) || v == "municipality" || v == "client" || v == "none";
    case Kind::stage_id: return find_stage(v) != nullptr;
    case Kind::json_pointer: return is_pointer(v);
    case Kind::custom: return s.accepts(v);
    default: return true;
    }
}

// Where a value sits: a root pointer plus the tokens down to it, formatted only when an error is reported (the
// valid path through 10 000 cases then builds no pointer strings at all).
struct Where {
    const std::string* root = nullptr;  // set on the root only
    const Where* parent = nullptr;
    std::string_view key;               // member name (when !by_index)
    std::size_t index = 0;              // element index (when by_index)
    bool by_index = false;

    std::string pointer() const {  // the RFC 6901 pointer, e.g. "/cases/3/facts/data_items/0/purpose"
        if (!parent) return root ? *root : std::string();
        return by_index ? vi::child(parent->pointer(), index) : vi::child(parent->pointer(), key);
    }
    Where member(std::string_view k) const { return Where{nullptr, this, k, 0, false}; }
    Where element(std::size_t i) const { return Where{nullptr, this, {}, i, true}; }
};

void check_at(const Spec& s, const json& v, const Where& where, vi::Collector& out) {
    if (v.is_null() && s.nullable) return;
    if (!matches_kind(s, v)) {
        out.add(where.pointer(), {"Wrong type", "Verkeerd soort waarde"}, expected_text(s), vi::describe_found(v));
        return;
    }
    if (v.is_string()) {
        const auto& text = v.get_ref<const std::string&>();
        if (string_value_ok(s, text)) return;
        vi::Words what = s.kind == Kind::id ? vi::Words{"Empty text", "Lege tekst"}
                                            : vi::Words{"Unknown value", "Onbekende waarde"};
        if (s.kind == Kind::enumeration) {
            if (auto guess = closest(text, s.values); !guess.empty()) {
                what.en += " (did you mean \"" + std::string(guess) + "\"?)";
                what.nl += " (bedoelde u \"" + std::string(guess) + "\"?)";
            }
        }
        out.add(where.pointer(), std::move(what), expected_text(s), vi::describe_found(v));
        return;
    }
    if (s.kind == Kind::integer) {
        const double n = v.get<double>();  // exact for any range a schema declares
        if (n < static_cast<double>(s.min) || n > static_cast<double>(s.max))
            out.add(where.pointer(), {"Value out of range", "Waarde buiten het bereik"}, expected_text(s), vi::describe_found(v));
        return;
    }
    if (s.kind == Kind::array) {
        if (v.size() < s.min_items)
            out.add(where.pointer(), {"Too few elements", "Te weinig elementen"}, expected_text(s), vi::describe_found(v));
        for (std::size_t i = 0; i < v.size(); ++i) check_at(*s.element, v[i], where.element(i), out);
        return;
    }
    if (s.kind != Kind::object) return;
    // Match the members (a std::map, in byte order of their names) against the fields in one merged walk; then
    // check the fields in schema order, so errors keep that order.
    // Which member each field found (no allocation for the schema's objects: none has more than 32 fields).
    std::array<const json*, 32> small{};
    std::vector<const json*> large;
    if (s.fields.size() > small.size()) large.assign(s.fields.size(), nullptr);
    const json** member_of = large.empty() ? small.data() : large.data();
    std::size_t known_present = 0;  // when every member of v is a known field, the unknown-field scan is skipped
    {
        const auto& members = v.get_ref<const json::object_t&>();
        auto m = members.begin();
        for (std::size_t k = 0; m != members.end() && k < s.by_name.size();) {
            const std::size_t fi = s.by_name[k];
            const int order = std::string_view(m->first).compare(s.fields[fi].name);
            if (order == 0) {
                member_of[fi] = &m->second;
                ++known_present;
                ++m;
                ++k;
            } else if (order < 0) {
                ++m;  // an unknown member: reported below
            } else {
                ++k;  // a field that is absent
            }
        }
    }
    for (std::size_t fi = 0; fi < s.fields.size(); ++fi) {
        const Field& f = s.fields[fi];
        if (!member_of[fi]) {
            if (f.required)
                out.add(where.member(f.name).pointer(), {"Required field is missing", "Verplicht veld ontbreekt"},
                        expected_text(*f.spec), {"missing", "ontbreekt"});
            continue;
        }
        if (f.spec->kind == Kind::refused)
            out.add(where.member(f.name).pointer(), f.spec->expected, {"no field " + vi::quote_text(f.name), "geen veld " + vi::quote_text(f.name)},
                    {"field " + vi::quote_text(f.name), "veld " + vi::quote_text(f.name)});
        else
            check_at(*f.spec, *member_of[fi], where.member(f.name), out);
    }
    if (known_present == v.size()) return;
    for (auto it = v.begin(); it != v.end(); ++it) {
        const auto known = std::any_of(s.fields.begin(), s.fields.end(), [&](const Field& f) { return f.name == it.key(); });
        if (known) continue;
        const auto names = field_names(s);
        vi::Words what{"Unknown field", "Onbekend veld"};
        if (auto guess = closest(it.key(), names); !guess.empty()) {
            what.en += " (did you mean \"" + std::string(guess) + "\"?)";
            what.nl += " (bedoelde u \"" + std::string(guess) + "\"?)";
        }
        out.add(where.member(it.key()).pointer(), std::move(what),
                {"only the fields " + join(names), "alleen de velden " + join(names)},
                {"field " + vi::quote_text(it.key()), "veld " + vi::quote_text(it.key())});
    }
}

} // namespace

void check_value(const Spec& s, const json& v, const std::string& path, vi::Collector& out) {
    check_at(s, v, Where{&path, nullptr, {}, 0, false}, out);
}

// [SECTION] Helpers -----------------------------------------------------------------------------------------------

const json* field(const json& obj, std::string_view name) {
    if (!obj.is_object()) return nullptr;
    const auto it = obj.find(name);
    return it == obj.end() ? nullptr : &*it;
}

const std::string* string_field(const json& obj, std::string_view name) {
    const json* v = field(obj, name);
    return v && v->is_string() ? &v->get_ref<const std::string&>() : nullptr;
}

void check_unique(const json& arr, const std::string& arr_path, std::string_view key, const vi::Words& what_id,
                  vi::Collector& out) {
    if (!arr.is_array()) return;
    std::map<std::string, std::size_t> first_at;
    for (std::size_t i = 0; i < arr.size(); ++i) {
        const std::string* id = string_field(arr[i], key);
        if (!id || id->empty()) continue;
        const auto [it, inserted] = first_at.emplace(*id, i);
        if (inserted) continue;
        const auto first = vi::child(arr_path, it->second) + "/" + pointer_token(key);
        out.add(vi::child(vi::child(arr_path, i), key), {"Duplicate " + what_id.en, "Dubbele " + what_id.nl},
                {"a unique " + what_id.en, "een unieke " + what_id.nl},
                {vi::quote_text(*id) + " (also at " + first + ")", vi::quote_text(*id) + " (ook bij " + first + ")"});
    }
}

} // namespace wams::schema
