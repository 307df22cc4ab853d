// fast_json.cpp — wams-cli's faster JSON reader (docs/core.md "What made the batch cheaper"): a one-pass pre-check
// and a SAX reader for well-formed input, passed into core as a wams::FastJsonReader. It lives in the CLI so the web
// app reads JSON through nlohmann only (issue 16; CTest fast_json_cli_only checks that it stays here).
//
// Index
//   [SECTION] One-pass pre-check
//   [SECTION] Fast SAX reader for well-formed input
//   [SECTION] read_json_fast
#include "fast_json.hpp"

#include <cstdint>
#include <string>

namespace wams::cli {
namespace {

// [SECTION] One-pass pre-check ------------------------------------------------------------------------------------
// Text that is fine (no control byte, valid UTF-8, nesting within the limit): true. Anything else: false, and
// core's separate checks (validate.cpp, prescan_text) then find and word the first problem exactly as always.
bool clean_text(std::string_view text, std::size_t max_depth) {
    JsonNestingCounter nesting(max_depth);
    for (std::size_t i = 0; i < text.size();) {
        const auto ch = static_cast<unsigned char>(text[i]);
        if (!nesting.feed(text[i])) return false;
        if (ch >= 0x80) {
            const auto n = utf8_sequence_length(text, i);
            if (n == 0) return false;
            i += n;
            continue;
        }
        ++i;
        if (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') return false;
    }
    return true;
}

// [SECTION] Fast SAX reader for well-formed input --------------------------------------------------------------
// Feeds the same SAX events as nlohmann::json::sax_parse (strict, no comments) for the JSON the case files use,
// several times faster (no per-character token bookkeeping). It is deliberately narrower than nlohmann: on anything
// it does not handle (a syntax error, a number with fraction or exponent or more than 18 digits, a \u escape outside
// the BMP or a surrogate, a handler that stops) it returns false and parse_json_text runs nlohmann's parser from
// the start, so every error message and every unusual value comes from nlohmann itself.

using Handler = nlohmann::json_sax<nlohmann::json>;

class FastSax {
public:
    FastSax(std::string_view text, Handler& h) : p_(text.data()), end_(text.data() + text.size()), h_(h) {}

    bool run() {  // true: the whole text was one JSON value and every event was delivered
        if (end_ - p_ >= 3 && std::string_view(p_, 3) == "\xEF\xBB\xBF") p_ += 3;  // nlohmann skips a UTF-8 BOM
        if (!value()) return false;
        skip_ws();
        return p_ == end_;
    }

private:
    void skip_ws() {
        while (p_ < end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
    }
    bool literal(std::string_view word) {
        if (static_cast<std::size_t>(end_ - p_) < word.size() || std::string_view(p_, word.size()) != word) return false;
        p_ += word.size();
        return true;
    }
    static int hex(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }
    bool string(std::string& out) {  // at the opening quote; input UTF-8 was validated by prescan
        ++p_;
        out.clear();
        for (;;) {
            const char* run = p_;
            while (p_ < end_ && *p_ != '"' && *p_ != '\\' && static_cast<unsigned char>(*p_) >= 0x20) ++p_;
            out.append(run, p_);
            if (p_ >= end_ || static_cast<unsigned char>(*p_) < 0x20) return false;
            if (*p_ == '"') {
                ++p_;
                return true;
            }
            if (end_ - p_ < 2) return false;
            const char e = p_[1];
            p_ += 2;
            switch (e) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                if (end_ - p_ < 4) return false;
                unsigned cp = 0;
                for (int k = 0; k < 4; ++k) {
                    const int d = hex(p_[k]);
                    if (d < 0) return false;
                    cp = cp * 16 + static_cast<unsigned>(d);
                }
                p_ += 4;
                if (cp >= 0xD800 && cp <= 0xDFFF) return false;  // surrogates: left to nlohmann
                if (cp < 0x80) out += static_cast<char>(cp);
                else if (cp < 0x800) {
                    out += static_cast<char>(0xC0 | (cp >> 6));
                    out += static_cast<char>(0x80 | (cp & 0x3F));
                } else {
                    out += static_cast<char>(0xE0 | (cp >> 12));
                    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
                    out += static_cast<char>(0x80 | (cp & 0x3F));
                }
                break;
            }
            default: return false;
            }
        }
    }
    bool number() {  // integers of at most 18 digits only (no overflow possible); anything else goes to nlohmann
        const bool negative = *p_ == '-';
        const char* q = p_ + (negative ? 1 : 0);
        const char* digits = q;
        while (q < end_ && *q >= '0' && *q <= '9') ++q;
        const auto n = q - digits;
        if (n == 0 || n > 18 || (n > 1 && *digits == '0')) return false;
        if (q < end_ && (*q == '.' || *q == 'e' || *q == 'E')) return false;
        std::int64_t v = 0;
        for (const char* d = digits; d < q; ++d) v = v * 10 + (*d - '0');
        p_ = q;
        if (negative) return h_.number_integer(-v);
        return h_.number_unsigned(static_cast<std::uint64_t>(v));
    }
    bool value() {
        skip_ws();
        if (p_ >= end_) return false;
        switch (*p_) {
        case '{': {
            ++p_;
            if (!h_.start_object(static_cast<std::size_t>(-1))) return false;
            skip_ws();
            if (p_ < end_ && *p_ == '}') {
                ++p_;
                return h_.end_object();
            }
            for (;;) {
                skip_ws();
                if (p_ >= end_ || *p_ != '"' || !string(buf_) || !h_.key(buf_)) return false;
                skip_ws();
                if (p_ >= end_ || *p_ != ':') return false;
                ++p_;
                if (!value()) return false;
                skip_ws();
                if (p_ >= end_) return false;
                if (*p_ == ',') { ++p_; continue; }
                if (*p_ != '}') return false;
                ++p_;
                return h_.end_object();
            }
        }
        case '[': {
            ++p_;
            if (!h_.start_array(static_cast<std::size_t>(-1))) return false;
            skip_ws();
            if (p_ < end_ && *p_ == ']') {
                ++p_;
                return h_.end_array();
            }
            for (;;) {
                if (!value()) return false;
                skip_ws();
                if (p_ >= end_) return false;
                if (*p_ == ',') { ++p_; continue; }
                if (*p_ != ']') return false;
                ++p_;
                return h_.end_array();
            }
        }
        case '"': return string(buf_) && h_.string(buf_);
        case 't': return literal("true") && h_.boolean(true);
        case 'f': return literal("false") && h_.boolean(false);
        case 'n': return literal("null") && h_.null();
        default:
            if (*p_ == '-' || (*p_ >= '0' && *p_ <= '9')) return number();
            return false;
        }
    }

    const char* p_;
    const char* end_;
    Handler& h_;
    std::string buf_;  // the string or key being read (handlers may move from it)
};

} // namespace

// [SECTION] read_json_fast ----------------------------------------------------------------------------------------

bool read_json_fast(std::string_view text, std::size_t max_depth, nlohmann::json_sax<nlohmann::json>& sax) {
    return clean_text(text, max_depth) && FastSax(text, sax).run();
}

} // namespace wams::cli
