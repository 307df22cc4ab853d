// validate.cpp — safe JSON parsing (size, UTF-8, depth limits) and the case / cases-file loader.
// The schema of RULEBOOK §0.3 itself lives in schema_case.cpp. nlohmann's SAX parser is the one JSON reader here;
// wams-cli may pass a faster one for its batch (FastJsonReader, shell/cli/fast_json.cpp), never linked into the app.
//
// Index
//   [SECTION] Error collection and text   (shared with schema_case.cpp through validate_internal.hpp)
//   [SECTION] Pre-scan: size, empty, binary, UTF-8, depth
//   [SECTION] SAX DOM builder with duplicate-key detection
//   [SECTION] parse_json_text
//   [SECTION] load_cases_text
//   [SECTION] format_errors, errors_to_json
#include "wams/json_pointer.hpp"
#include "wams/validate.hpp"

#include "validate_internal.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <exception>

namespace wams {
namespace vi = validate_internal;

// [SECTION] Error collection and text ------------------------------------------------------------------------------

// Length of the valid UTF-8 sequence starting at text[i], or 0 if it is ill-formed (RFC 3629: no overlongs,
// no surrogates, nothing above U+10FFFF).
std::size_t utf8_sequence_length(std::string_view text, std::size_t i) {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char c0 = b(i);
    const std::size_t left = text.size() - i;
    const auto cont = [&](std::size_t k) { return (b(k) & 0xC0) == 0x80; };
    if (c0 < 0x80) return 1;
    if (c0 >= 0xC2 && c0 <= 0xDF) return left >= 2 && cont(i + 1) ? 2 : 0;
    if (c0 >= 0xE0 && c0 <= 0xEF) {
        if (left < 3 || !cont(i + 1) || !cont(i + 2)) return 0;
        if (c0 == 0xE0 && b(i + 1) < 0xA0) return 0;  // overlong
        if (c0 == 0xED && b(i + 1) > 0x9F) return 0;  // UTF-16 surrogate
        return 3;
    }
    if (c0 >= 0xF0 && c0 <= 0xF4) {
        if (left < 4 || !cont(i + 1) || !cont(i + 2) || !cont(i + 3)) return 0;
        if (c0 == 0xF0 && b(i + 1) < 0x90) return 0;  // overlong
        if (c0 == 0xF4 && b(i + 1) > 0x8F) return 0;  // above U+10FFFF
        return 4;
    }
    return 0;
}

namespace validate_internal {

std::string child(const std::string& base, std::string_view key) { return base + "/" + wams::pointer_token(key); }

std::string valid_utf8(std::string text) {
    std::size_t i = 0;
    while (i < text.size()) {  // fast path: most texts are valid
        const auto n = utf8_sequence_length(text, i);
        if (n == 0) break;
        i += n;
    }
    if (i == text.size()) return text;
    std::string out(text, 0, i);
    while (i < text.size()) {
        const auto n = utf8_sequence_length(text, i);
        if (n == 0) {
            out += "\xEF\xBF\xBD";  // U+FFFD REPLACEMENT CHARACTER for each ill-formed byte
            ++i;
        } else {
            out.append(text, i, n);
            i += n;
        }
    }
    return out;
}

std::string child(const std::string& base, std::size_t index) { return base + "/" + std::to_string(index); }

std::string quote_text(std::string_view s, std::size_t max_chars) {
    std::string out = "\"";
    std::size_t shown = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto ch = static_cast<unsigned char>(s[i]);
        const bool starts_code_point = (ch & 0xC0) != 0x80;
        if (starts_code_point && shown >= max_chars) { out += "…"; break; }
        if (ch == '"') out += "\\\"";
        else if (ch == '\\') out += "\\\\";
        else if (ch == '\n') out += "\\n";
        else if (ch == '\t') out += "\\t";
        else if (ch < 0x20 || ch == 0x7f) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(ch));
            out += buf;
        } else out += static_cast<char>(ch);
        if (starts_code_point) ++shown;  // count code points, never cut a multi-byte sequence
    }
    out += "\"";
    return out;
}

Words describe_found(const nlohmann::json& v) {
    using V = nlohmann::json::value_t;
    switch (v.type()) {
    case V::null: return {"null", "null"};
    case V::boolean: return {std::string("boolean ") + (v.get<bool>() ? "true" : "false"),
                             std::string("ja/nee-waarde ") + (v.get<bool>() ? "true" : "false")};
    case V::string: {
        const auto q = quote_text(v.get_ref<const std::string&>());
        return {q, q};
    }
    case V::number_integer:
    case V::number_unsigned:
    case V::number_float: {
        const auto d = v.dump();
        return {"number " + d, "getal " + d};
    }
    case V::object: return {"object with " + std::to_string(v.size()) + " field(s)",
                            "object met " + std::to_string(v.size()) + " veld(en)"};
    case V::array: return {"array with " + std::to_string(v.size()) + " element(s)",
                           "lijst met " + std::to_string(v.size()) + " element(en)"};
    default: return {"unreadable value", "onleesbare waarde"};
    }
}

void Collector::add(std::string path, Words what, Words expected, Words found) {
    ++total_;
    if (errors_.size() >= cap_) return;
    ValidationError e;  // every text is made valid UTF-8: a message may quote bytes of a file that is not
    e.path = valid_utf8(std::move(path));
    e.message_nl = valid_utf8(what.nl + " — verwacht: " + expected.nl + "; gevonden: " + found.nl);
    e.message_en = valid_utf8(what.en + " — expected: " + expected.en + "; found: " + found.en);
    e.expected = valid_utf8(std::move(expected.en));
    e.found = valid_utf8(std::move(found.en));
    errors_.push_back(std::move(e));
}

std::vector<ValidationError> Collector::take() {
    if (total_ > errors_.size()) {
        const auto more = std::to_string(total_ - errors_.size());
        ValidationError e;
        e.path = "";
        e.expected = "at most " + std::to_string(cap_) + " errors listed";
        e.found = more + " more error(s)";
        e.message_nl = "… en " + more + " meer fout(en) (niet afzonderlijk getoond)";
        e.message_en = "… and " + more + " more error(s) (not listed)";
        errors_.push_back(std::move(e));
    }
    total_ = 0;
    return std::move(errors_);
}

} // namespace validate_internal

namespace {

// [SECTION] Pre-scan: size, empty, binary, UTF-8, depth -----------------------------------------------------------

struct LineCol { std::size_t line = 1, column = 1; };

LineCol line_col_at(std::string_view text, std::size_t offset) {  // 1-based; column counts code points
    LineCol lc;
    offset = std::min(offset, text.size());
    for (std::size_t i = 0; i < offset; ++i) {
        const auto ch = static_cast<unsigned char>(text[i]);
        if (ch == '\n') { ++lc.line; lc.column = 1; }
        else if ((ch & 0xC0) != 0x80) ++lc.column;
    }
    return lc;
}

vi::Words where(std::string_view text, std::size_t offset) {
    const auto lc = line_col_at(text, offset);
    const auto l = std::to_string(lc.line), c = std::to_string(lc.column), b = std::to_string(offset);
    return {"line " + l + ", column " + c + " (byte " + b + ")", "regel " + l + ", kolom " + c + " (byte " + b + ")"};
}

std::string megabytes(std::size_t bytes, bool dutch = false) {  // "5.0 MB"; Dutch writes a decimal comma: "5,0 MB"
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
    std::string s = buf;
    if (dutch) std::replace(s.begin(), s.end(), '.', ',');
    return s;
}

std::size_t bom_length(std::string_view text) { return text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0; }  // a UTF-8 BOM is tolerated

// Size and emptiness: refused before any reader sees the text. Returns false (with one error) on refusal.
bool prescan_size(std::string_view text, const InputLimits& limits, vi::Collector& out) {
    if (text.size() > limits.max_bytes) {
        out.add("", {"The file is too large", "Het bestand is te groot"},
                {"at most " + megabytes(limits.max_bytes) + " (" + std::to_string(limits.max_bytes) + " bytes)",
                 "hoogstens " + megabytes(limits.max_bytes, true) + " (" + std::to_string(limits.max_bytes) + " bytes)"},
                {megabytes(text.size()) + " (" + std::to_string(text.size()) + " bytes)",
                 megabytes(text.size(), true) + " (" + std::to_string(text.size()) + " bytes)"});
        return false;
    }
    if (text.find_first_not_of(" \t\r\n", bom_length(text)) == std::string_view::npos) {
        out.add("", {"The file is empty", "Het bestand is leeg"},
                {"a JSON document (a case or a cases file)", "een JSON-document (een casus of een casusbestand)"},
                {text.empty() ? "empty input (0 bytes)" : "only white space",
                 text.empty() ? "lege invoer (0 bytes)" : "alleen witruimte"});
        return false;
    }
    return true;
}

// Binary data, invalid UTF-8 and nesting depth: refused before nlohmann's parser sees the text (one error).
bool prescan_text(std::string_view text, const InputLimits& limits, vi::Collector& out) {
    const std::size_t start = bom_length(text);
    // Binary data: a NUL byte, or a control character that JSON text never contains.
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto ch = static_cast<unsigned char>(text[i]);
        if (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') {
            char buf[8];
            std::snprintf(buf, sizeof buf, "0x%02X", static_cast<unsigned>(ch));
            const auto at = where(text, i);
            out.add("", {"This is not a text file (binary data) at " + at.en,
                         "Dit is geen tekstbestand (binaire gegevens) op " + at.nl},
                    {"JSON text (UTF-8)", "JSON-tekst (UTF-8)"},
                    {std::string("control byte ") + buf, std::string("stuurteken ") + buf});
            return false;
        }
    }
    for (std::size_t i = start; i < text.size();) {
        const auto n = wams::utf8_sequence_length(text, i);
        if (n == 0) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "0x%02X", static_cast<unsigned>(static_cast<unsigned char>(text[i])));
            const auto at = where(text, i);
            out.add("", {"Invalid UTF-8 text at " + at.en, "Ongeldige UTF-8-tekst op " + at.nl},
                    {"text encoded as UTF-8", "tekst in UTF-8-codering"},
                    {std::string("byte ") + buf, std::string("byte ") + buf});
            return false;
        }
        i += n;
    }
    // Nesting depth, counted outside strings, before any parser recursion or allocation.
    JsonNestingCounter nesting(limits.max_depth);
    for (std::size_t i = start; i < text.size(); ++i) {
        if (!nesting.feed(text[i])) {
            const auto at = where(text, i);
            const auto max = std::to_string(limits.max_depth);
            out.add("", {"Nesting too deep at " + at.en, "Te diep geneste gegevens op " + at.nl},
                    {"at most " + max + " nested levels of [ and {", "hoogstens " + max + " geneste niveaus van [ en {"},
                    {"more than " + max + " levels", "meer dan " + max + " niveaus"});
            return false;
        }
    }
    return true;
}

// [SECTION] SAX DOM builder with duplicate-key detection ----------------------------------------------------------

// Final, so nlohmann's own parser calls it directly; a FastJsonReader (wams-cli) calls it through json_sax.
class DomBuilder final : public nlohmann::json_sax<nlohmann::json> {
public:
    using json = nlohmann::json;
    DomBuilder(std::string_view text, const InputLimits& limits, vi::Collector& out)
        : text_(text), limits_(limits), out_(out) {}

    bool null() override { return put(json(nullptr)); }
    bool boolean(bool v) override { return put(json(v)); }
    bool number_integer(json::number_integer_t v) override { return put(json(v)); }
    bool number_unsigned(json::number_unsigned_t v) override { return put(json(v)); }
    bool number_float(json::number_float_t v, const std::string&) override { return put(json(v)); }
    bool string(json::string_t& v) override { return put(json(std::move(v))); }
    bool binary(json::binary_t&) override { return false; }  // not produced by the JSON text format

    bool start_object(std::size_t) override { return open(json::object()); }
    bool start_array(std::size_t) override { return open(json::array()); }
    bool end_object() override { return close(); }
    bool end_array() override { return close(); }

    bool key(json::string_t& k) override {  // one map lookup: the slot for the value is made (or found, if repeated) here
        Frame& top = stack_.back();
        auto& members = top.node->get_ref<json::object_t&>();
        auto [it, inserted] = members.emplace(std::move(k), nullptr);
        if (!inserted) {
            out_.add(vi::child(path(), it->first), {"Field appears twice in the same object", "Veld komt twee keer voor in hetzelfde object"},
                     {"each field name at most once", "elke veldnaam hoogstens één keer"},
                     {"field " + vi::quote_text(it->first) + " again", "veld " + vi::quote_text(it->first) + " nogmaals"});
            duplicate_ = true;
        }
        top.pending_key = &it->first;
        top.pending_slot = &it->second;
        return true;
    }

    bool parse_error(std::size_t position, const std::string& /*last_token*/, const nlohmann::detail::exception& ex) override {
        // position = bytes read, so the offending byte is at position - 1; reading past the end means truncation.
        const bool truncated = position > text_.size();
        const std::size_t offset = std::min(position > 0 ? position - 1 : 0, text_.size());
        const std::string what = ex.what();  // "[json.exception.parse_error.101] parse error at …: syntax error while parsing X - DETAIL; expected Y"
        // nlohmann's own text: "… - LEXER ERROR[; expected LEXER DETAIL]; last read: 'BYTES'[; expected TOKEN]".
        // BYTES are raw input (possibly half a UTF-8 character): they are dropped; the position says where.
        std::string detail = what, expected_en = "valid JSON";
        if (const auto dash = what.find(" - "); dash != std::string::npos) detail = what.substr(dash + 3);
        if (const auto p = detail.find("; last read: "); p != std::string::npos) {
            const auto next = detail.rfind("'; expected ");
            detail.erase(p, next != std::string::npos && next > p ? next + 1 - p : std::string::npos);
        }
        if (const auto p = detail.find("; expected "); p != std::string::npos) {
            expected_en = detail.substr(p + 11);
            detail.resize(p);
            // a lexer expectation ("digit after '-'") is more precise than the parser's token that follows it
            if (const auto q = expected_en.find("; expected "); q != std::string::npos) expected_en.resize(q);
        }
        const auto at = where(text_, offset);
        if (truncated) {
            out_.add(path(), {"The JSON text stops too early (truncated file?) at " + at.en,
                              "De JSON-tekst houdt te vroeg op (afgebroken bestand?) op " + at.nl},
                     {expected_en, vi::dutch_json_expectation(expected_en)}, {"end of input", "einde van het bestand"});
        } else {
            out_.add(path(), {"JSON syntax error at " + at.en, "Fout in de JSON-opmaak op " + at.nl},
                     {expected_en, vi::dutch_json_expectation(expected_en)}, {detail, vi::dutch_json_expectation(detail)});
        }
        failed_ = true;
        return false;
    }

    bool ok() const { return !failed_ && !duplicate_ && root_set_; }
    bool root_complete() const { return !failed_ && root_set_ && stack_.empty(); }  // a whole value, nothing open
    json take() { return std::move(root_); }

private:
    struct Frame {
        json* node;
        const std::string* key = nullptr;         // this container's member name in its parent object, or
        std::size_t index = 0;                    // its index in its parent array (key == nullptr); root: unused
        const std::string* pending_key = nullptr; // objects: the member whose value comes next (set by key())
        json* pending_slot = nullptr;             // … and the slot it goes into
    };

    std::string path() const {  // JSON Pointer of the value being read, formatted only for an error
        std::string p;
        const auto append = [&p](const Frame& f) {
            p.push_back('/');
            p.append(f.key ? pointer_token(*f.key) : std::to_string(f.index));
        };
        for (std::size_t i = 1; i < stack_.size(); ++i) append(stack_[i]);
        if (!stack_.empty()) {
            const auto& top = stack_.back();
            if (top.node->is_object() && top.pending_key) {
                p.push_back('/');
                p.append(pointer_token(*top.pending_key));
            } else if (top.node->is_array()) {
                p.push_back('/');
                p.append(std::to_string(top.node->size()));
            }
        }
        return p;
    }

    // Inserts v into the current container (or as root); returns the stored value and, for a new container, where
    // it sits in its parent (member name or index) so error paths below it can be formatted later.
    json* insert(json&& v, Frame* placed = nullptr) {
        if (stack_.empty()) {
            root_ = std::move(v);
            root_set_ = true;
            return &root_;
        }
        Frame& top = stack_.back();
        if (top.node->is_array()) {
            auto& elements = top.node->get_ref<json::array_t&>();
            if (placed) placed->index = elements.size();
            elements.push_back(std::move(v));
            return &elements.back();
        }
        json* slot = top.pending_slot;
        if (placed) placed->key = top.pending_key;
        *slot = std::move(v);
        top.pending_key = nullptr;
        top.pending_slot = nullptr;
        return slot;
    }

    bool put(json&& v) {
        insert(std::move(v));
        return true;
    }

    bool open(json&& container) {
        if (stack_.size() >= limits_.max_depth) {  // defence in depth: prescan already refuses this
            out_.add(path(), {"Nesting too deep", "Te diep geneste gegevens"},
                     {"at most " + std::to_string(limits_.max_depth) + " nested levels",
                      "hoogstens " + std::to_string(limits_.max_depth) + " geneste niveaus"},
                     {"deeper nesting", "diepere nesting"});
            failed_ = true;
            return false;
        }
        Frame frame{nullptr};
        frame.node = insert(std::move(container), &frame);
        stack_.push_back(frame);
        return true;
    }

    bool close() {
        if (!stack_.empty()) stack_.pop_back();
        return true;
    }

    std::string_view text_;
    const InputLimits& limits_;
    vi::Collector& out_;
    std::vector<Frame> stack_;
    json root_;
    bool root_set_ = false, failed_ = false, duplicate_ = false;
};

} // namespace

namespace validate_internal {

std::string dutch_json_expectation(const std::string& en) {
    // nlohmann's token names, translated where they are words; literal tokens stay as they are.
    std::string nl = en;
    const std::pair<std::string_view, std::string_view> words[] = {
        {"end of input", "einde van het bestand"},
        {"a literal", "een waarde"},
        {"string literal", "tekst tussen aanhalingstekens"},
        {"valid JSON", "geldige JSON"},
        {"unexpected", "onverwacht"},
        {"invalid literal", "ongeldige waarde"},
        {"invalid string", "ongeldige tekst"},
        {"invalid number", "ongeldig getal"},
        {"number literal", "getal"},
        {" or ", " of "},
    };
    for (const auto& [from, to] : words) {
        for (std::size_t p = nl.find(from); p != std::string::npos; p = nl.find(from, p + to.size()))
            nl.replace(p, from.size(), to);
    }
    return nl;
}

} // namespace validate_internal

// [SECTION] parse_json_text ---------------------------------------------------------------------------------------

namespace {

// A faster reader's attempt (wams-cli batch): true when it delivered the whole text, so result is final.
bool read_with(FastJsonReader fast, std::string_view text, const InputLimits& limits, ParsedJson& result) {
    vi::Collector fast_out(limits.max_errors);  // its only possible errors are duplicate keys, worded as nlohmann's path
    DomBuilder fast_builder(text, limits, fast_out);
    if (!fast(text, limits.max_depth, fast_builder) || !fast_builder.root_complete()) return false;
    if (fast_builder.ok()) result.doc = fast_builder.take();
    result.errors = fast_out.take();
    if (!result.errors.empty()) result.doc.reset();
    return true;
}

} // namespace

ParsedJson parse_json_text(std::string_view text, const InputLimits& limits, FastJsonReader fast) {
    ParsedJson result;
    vi::Collector out(limits.max_errors);
    try {
        if (prescan_size(text, limits, out) && fast && read_with(fast, text, limits, result)) return result;
        // nlohmann's parser, the one reader of the web app (and of whatever a faster reader declined)
        if (out.count() > 0 || !prescan_text(text, limits, out)) {
            result.errors = out.take();
            return result;
        }
        DomBuilder builder(text, limits, out);
        nlohmann::json::sax_parse(text.begin(), text.end(), &builder, nlohmann::json::input_format_t::json,
                                  /*strict=*/true, /*ignore_comments=*/false);
        if (builder.ok()) result.doc = builder.take();
    } catch (const std::bad_alloc&) {
        out.add("", {"Not enough memory to read the file", "Onvoldoende geheugen om het bestand te lezen"},
                {"a smaller file", "een kleiner bestand"}, {"out of memory", "geheugen vol"});
    } catch (const std::exception& ex) {  // nothing below should throw; refuse rather than crash if it does
        out.add("", {"The file could not be read", "Het bestand kon niet worden gelezen"},
                {"valid JSON", "geldige JSON"}, {ex.what(), ex.what()});
    }
    result.errors = out.take();
    if (!result.errors.empty()) result.doc.reset();
    return result;
}

// [SECTION] load_cases_text ---------------------------------------------------------------------------------------

namespace {

// Parses and checks a case or cases file; keep_whole = false moves each case's facts out instead of copying them.
LoadedCases load_cases(std::string_view text, const InputLimits& limits, bool keep_whole, FastJsonReader fast) {
    LoadedCases loaded;
    auto parsed = parse_json_text(text, limits, fast);
    if (!parsed.doc) {
        loaded.errors = std::move(parsed.errors);
        return loaded;
    }
    nlohmann::json& doc = *parsed.doc;
    try {
        vi::Collector out(limits.max_errors);
        if (doc.is_object() && doc.contains("cases")) {
            loaded.is_cases_file = true;
            vi::check_cases_file(doc, out);
        } else if (doc.is_object() && (doc.contains("facts") || doc.contains("id"))) {
            vi::check_case(doc, "", /*single_case_file=*/true, out);
        } else {
            out.add("", {"This is neither a case nor a cases file", "Dit is geen casus en geen casusbestand"},
                    {"a case {\"id\", \"facts\", …} or a cases file {\"cases\": […]}",
                     "een casus {\"id\", \"facts\", …} of een casusbestand {\"cases\": […]}"},
                    vi::describe_found(doc));
        }
        loaded.errors = out.take();
        if (!loaded.errors.empty()) return loaded;
        const auto add = [&](nlohmann::json& c) {  // the document is ours: move each case out, copy only its facts
            LoadedCase lc;
            if (keep_whole) {
                lc.id = c.at("id").get<std::string>();
                lc.facts = c.at("facts");
                lc.whole = std::move(c);
            } else {
                lc.id = std::move(c.at("id").get_ref<std::string&>());
                lc.facts = std::move(c.at("facts"));
            }
            loaded.cases.push_back(std::move(lc));
        };
        if (loaded.is_cases_file) {
            auto& cases = doc.at("cases");
            loaded.cases.reserve(cases.size());
            for (auto& c : cases) add(c);
        } else {
            add(doc);
        }
    } catch (const std::exception& ex) {  // a schema gap must refuse, never crash
        loaded.cases.clear();
        ValidationError e;
        e.expected = "a valid case";
        e.found = vi::valid_utf8(ex.what());
        e.message_nl = "Interne fout bij het controleren van de invoer: " + e.found;
        e.message_en = "Internal error while checking the input: " + e.found;
        loaded.errors.push_back(std::move(e));
    }
    return loaded;
}

} // namespace

LoadedCases load_cases_text(std::string_view text, const InputLimits& limits) { return load_cases(text, limits, true, nullptr); }

LoadedCases load_case_facts_text(std::string_view text, const InputLimits& limits, FastJsonReader fast) {
    return load_cases(text, limits, false, fast);
}

// [SECTION] format_errors, errors_to_json -------------------------------------------------------------------------

std::string format_errors(const std::vector<ValidationError>& errors, Lang lang) {
    std::string out;
    for (const auto& e : errors) {
        out += e.path.empty() ? (lang == Lang::nl ? std::string("(hele document)") : std::string("(whole document)")) : e.path;
        out += ": ";
        out += lang == Lang::nl ? e.message_nl : e.message_en;
        out += "\n";
    }
    return out;
}

nlohmann::json errors_to_json(const std::vector<ValidationError>& errors) {
    auto arr = nlohmann::json::array();
    for (const auto& e : errors) {
        arr.push_back({{"path", e.path}, {"expected", e.expected}, {"found", e.found},
                       {"message", e.message_nl}, {"message_en", e.message_en}});
    }
    return arr;
}

} // namespace wams
