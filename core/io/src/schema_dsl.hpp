// schema_dsl.hpp — the schema DSL every JSON input format is declared in: the case format of RULEBOOK §0.3
// (schema_case.cpp) and the training scenario format "wams-scenario/1.0" (schema_scenario.cpp). A schema is a tree
// of Specs built with the functions below; check_value reports every deviation with its JSON Pointer (RFC 6901),
// in both languages, through validate_internal::Collector. Not a public header: core/io and core/services (the scenario schema) only.
//
// Index
//   [SECTION] Spec model   Kind, Spec, Field, the builders, expected_text
//   [SECTION] Checker      check_value (types, enums, ranges, required, unknown and refused fields)
//   [SECTION] Helpers      field, string_field, check_unique, join, has_prefix
#pragma once
#include "validate_internal.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace wams::schema {

namespace vi = validate_internal;

// [SECTION] Spec model --------------------------------------------------------------------------------------------

enum class Kind {
    any_object,     // an object whose content is not validated here (the case's "expected" block)
    string,         // any string
    id,             // a non-empty string (ids)
    boolean,
    integer,        // a whole number from `min` to `max`
    enumeration,    // one string of `values`
    custom,         // a string `accepts` says yes to; `expected` describes it
    object,         // exactly `fields` (unknown fields are errors)
    array,          // elements of `element`, at least `min_items`
    refused,        // a field that must not be present; `expected` says why (object fields only)
    law,            // one of the four laws
    domain_or_law,  // a law or an adjacent-domain name (§1.4)
    source_domain,  // social:<law> | adjacent:<domain> | municipality | client
    need_domain,    // social:<law> | <adjacent-domain name>
    party_domain,   // social:<law> | adjacent:<domain> | municipality | client | none
    stage_id,       // a stage id known to wams::find_stage
    json_pointer,   // an RFC 6901 pointer ("" or "/…")
};

struct Spec;
using SpecPtr = std::shared_ptr<const Spec>;

struct Field {
    std::string_view name;
    SpecPtr spec;
    bool required = true;
};

struct Spec {
    Kind kind = Kind::string;
    bool nullable = false;
    std::vector<std::string_view> values;  // enumeration
    std::vector<Field> fields;             // object
    std::vector<std::size_t> by_name;      // object: indices into fields, in byte order of the names
    SpecPtr element;                       // array
    std::size_t min_items = 0;             // array
    long long min = 0, max = 0;            // integer
    std::function<bool(std::string_view)> accepts;  // custom
    vi::Words expected;                    // custom, refused; any kind: replaces the generated text when set
};

SpecPtr make(Kind k, bool nullable = false);
SpecPtr str();
SpecPtr str_or_null();
SpecPtr id();
SpecPtr boolean();
SpecPtr bool_or_null();
SpecPtr integer(long long min, long long max);
SpecPtr enumeration(std::vector<std::string_view> values, bool nullable = false);
SpecPtr values_of(std::string_view path, bool nullable = false);  // a choice field's codes in assets/vocabulary.json
SpecPtr custom(std::function<bool(std::string_view)> accepts, vi::Words expected);
SpecPtr object(std::vector<Field> fields, bool nullable = false);
SpecPtr array(SpecPtr element, bool nullable = false, std::size_t min_items = 0);
SpecPtr refused(vi::Words why);                                   // present = an error saying why
SpecPtr described(SpecPtr spec, vi::Words expected);              // the same spec, with its own expected text

vi::Words expected_text(const Spec& s);  // "one of: a, b" / "één van: a, b", "object with fields …", …

// [SECTION] Checker -----------------------------------------------------------------------------------------------

// Checks v against s; every error goes to out with its pointer below `path` ("" = the document root).
void check_value(const Spec& s, const nlohmann::json& v, const std::string& path, vi::Collector& out);

// [SECTION] Helpers -----------------------------------------------------------------------------------------------

const nlohmann::json* field(const nlohmann::json& obj, std::string_view name);        // nullptr: not an object or absent
const std::string* string_field(const nlohmann::json& obj, std::string_view name);    // nullptr unless a string
// Reports each repeated `key` among the objects of `arr` (ids that other fields refer to must be unique).
void check_unique(const nlohmann::json& arr, const std::string& arr_path, std::string_view key, const vi::Words& what_id,
                  vi::Collector& out);
std::string join(const std::vector<std::string_view>& values, std::string_view sep = ", ");
bool has_prefix(std::string_view s, std::string_view p);

} // namespace wams::schema
