// json_reader.hpp — the one non-throwing reader every loader of core uses (issue 16: the wasm build is compiled with
// JSON_NOEXCEPTION, so nlohmann's .at(), get<T>() on a wrong type or a throwing parse would abort the page). A
// JsonReader is a view of one JSON value plus how it was reached; a value it cannot read records the first error,
// with its JSON Pointer, in the root's slot, and reads as empty, so reading goes on harmlessly to the end and the
// loader returns that error (Result, result.hpp) instead of its value. The path is formatted only on an error.
//
// Readers form a chain of parents: keep a child (e.g. `const JsonReader s = r.at("source");`) only while its
// parent lives; never name a child of a temporary.
#pragma once
#include "wams/json_pointer.hpp"
#include "wams/result.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wams {

struct JsonReader {
    const nlohmann::json& j;
    const JsonReader* parent = nullptr;  // nullptr = the document read
    std::string_view key;                // member name within parent (when !by_index)
    std::size_t index = 0;               // element index within parent (when by_index)
    bool by_index = false;
    std::optional<LoadError>* first_error = nullptr;  // set on the root only

    std::string path() const {  // "/entry/requester/kind", "/questions/3/answer_nl"; "" for the root
        if (!parent) return "";
        return parent->path() + "/" + (by_index ? std::to_string(index) : pointer_token(key));
    }
    bool fail_here(const std::string& what) const {  // false, for `return fail_here(…), default;` uses
        const JsonReader* root = this;
        while (root->parent) root = root->parent;
        if (!*root->first_error) *root->first_error = LoadError{path(), what};
        return false;
    }

    // A member that may be absent: a missing key reads as null (optional fields, and case facts, whose presence
    // the schema checks).
    JsonReader at(std::string_view k) const {
        if (!j.is_object()) {
            fail_here("expected an object");
            return JsonReader{null_json(), this, k};
        }
        const auto it = j.find(k);
        return JsonReader{it == j.end() ? null_json() : *it, this, k};
    }
    // A member that must be present (null allowed where the reading allows it): a missing key is an error there.
    JsonReader required(std::string_view k) const {
        JsonReader r = at(k);
        if (j.is_object() && !j.contains(k)) r.fail_here("missing");
        return r;
    }
    JsonReader element(std::size_t i) const { return JsonReader{j[i], this, {}, i, true}; }
    bool has(std::string_view k) const { return j.is_object() && j.contains(k); }
    bool is_null() const { return j.is_null(); }

    const std::string& text() const {
        static const std::string none;
        if (!j.is_string()) return fail_here("expected a string"), none;
        return j.get_ref<const std::string&>();
    }
    std::string str() const { return text(); }
    std::optional<std::string> opt_str() const { return j.is_null() ? std::nullopt : std::optional(str()); }
    bool boolean() const { return j.is_boolean() ? j.get<bool>() : fail_here("expected a boolean"); }
    std::optional<bool> opt_bool() const { return j.is_null() ? std::nullopt : std::optional(boolean()); }
    int integer() const { return j.is_number_integer() ? j.get<int>() : (fail_here("expected an integer"), 0); }
    double number() const { return j.is_number() ? j.get<double>() : (fail_here("expected a number"), 0.0); }
    std::vector<std::string> strings() const {
        std::vector<std::string> out;
        if (j.is_null()) return out;
        if (!j.is_array()) return fail_here("expected an array of strings"), out;
        out.reserve(j.size());
        for (std::size_t i = 0; i < j.size(); ++i) out.push_back(element(i).str());
        return out;
    }
    std::vector<double> numbers() const {
        std::vector<double> out;
        each([&](const JsonReader& e) { out.push_back(e.number()); });
        return out;
    }
    // Members read in one step (what every loader needs; before, each loader had its own helpers for these):
    std::string str(std::string_view k) const { return required(k).str(); }               // present, a string
    std::string str_or_empty(std::string_view k) const {                                   // present, a string or null
        return required(k).opt_str().value_or("");
    }
    std::string optional_str(std::string_view k) const { return at(k).opt_str().value_or(""); }  // may be absent
    std::string nonempty_str(std::string_view k) const {                                    // present, not ""
        const JsonReader t = required(k);
        std::string out = t.str();
        if (out.empty() && t.j.is_string()) t.fail_here("empty");
        return out;
    }
    std::vector<std::string> strings(std::string_view k) const { return required(k).strings(); }  // present
    std::vector<std::string> optional_strings(std::string_view k) const { return at(k).strings(); }  // may be absent

    template <class F>
    void each(F&& f) const {  // calls f(JsonReader) for each element of an array (null = empty)
        if (j.is_null()) return;
        if (!j.is_array()) return (void)fail_here("expected an array");
        for (std::size_t i = 0; i < j.size(); ++i) f(element(i));
    }
    template <class F>
    void members(F&& f) const {  // calls f(name, JsonReader) for each member of an object, in the document's order
        if (!j.is_object()) return (void)fail_here("expected an object");
        for (auto it = j.begin(); it != j.end(); ++it) f(it.key(), JsonReader{it.value(), this, it.key()});
    }

    static const nlohmann::json& null_json() {  // what an absent member reads as
        static const nlohmann::json null;
        return null;
    }
};

// Reads `doc` with `read(const JsonReader& root) -> T`: the value, or the first error it recorded.
template <class T, class F>
Result<T> read_json(const nlohmann::json& doc, F&& read) {
    std::optional<LoadError> error;
    const JsonReader root{doc, nullptr, {}, 0, false, &error};
    T value = read(root);
    if (error) return std::move(*error);
    return value;
}

// Parses `text` (parse_json_text: limits, never throws) and reads it as read_json does; a text that is not JSON is
// the parser's first error, with its path ("" for a syntax error).
std::optional<LoadError> json_text_error(std::string_view text, nlohmann::json& doc);
template <class T, class F>
Result<T> read_json_text(std::string_view text, F&& read) {
    nlohmann::json doc;
    if (auto error = json_text_error(text, doc)) return std::move(*error);
    return read_json<T>(doc, std::forward<F>(read));
}

// The array member `key` of the document in `text` (required), each element read by `read(const JsonReader&) -> T`.
template <class T, class F>
Result<std::vector<T>> read_json_array(std::string_view text, std::string_view key, F&& read) {
    return read_json_text<std::vector<T>>(text, [&](const JsonReader& doc) {
        std::vector<T> out;
        doc.required(key).each([&](const JsonReader& e) { out.push_back(read(e)); });
        return out;
    });
}

} // namespace wams
