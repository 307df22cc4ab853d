// fuzz_pii.cpp — libFuzzer target: the PII guard (wams/pii.hpp) on arbitrary bytes.
// Invariants checked (a violation aborts = a finding): no crash/UB (ASan+UBSan); findings sorted and not
// overlapping; 0 ≤ start < end ≤ size; text == the input's bytes [start, end); code-point offsets never exceed
// byte offsets and grow with them; confidence in (0, 1]; for valid UTF-8 input every offset lies on a code-point
// boundary and the code-point offsets equal the number of code points before them.
#include "wams/pii.hpp"

#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

bool is_continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// Strict UTF-8 validity (RFC 3629: no overlongs, no surrogates, at most U+10FFFF).
bool valid_utf8(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        size_t len = b < 0x80 ? 1 : (b >= 0xC2 && b <= 0xDF) ? 2 : (b >= 0xE0 && b <= 0xEF) ? 3 : (b >= 0xF0 && b <= 0xF4) ? 4 : 0;
        if (len == 0 || i + len > s.size()) return false;
        for (size_t k = 1; k < len; ++k)
            if (!is_continuation(static_cast<unsigned char>(s[i + k]))) return false;
        const auto b1 = static_cast<unsigned char>(len > 1 ? s[i + 1] : 0);
        if ((b == 0xE0 && b1 < 0xA0) || (b == 0xED && b1 >= 0xA0) || (b == 0xF0 && b1 < 0x90) || (b == 0xF4 && b1 >= 0x90))
            return false;
        i += len;
    }
    return true;
}

size_t code_points_before(std::string_view s, size_t byte) {
    size_t n = 0;
    for (size_t i = 0; i < byte; ++i) n += is_continuation(static_cast<unsigned char>(s[i])) ? 0 : 1;
    return n;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto findings = wams::scan_pii(text);
    const bool utf8 = valid_utf8(text);
    size_t prev_end = 0, prev_end_cp = 0;
    for (const auto& f : findings) {
        if (!(f.start < f.end && f.end <= size)) std::abort();
        if (f.start < prev_end || f.start_cp < prev_end_cp) std::abort();   // sorted, no overlap
        if (f.text != text.substr(f.start, f.end - f.start)) std::abort();
        if (f.start_cp > f.start || f.end_cp > f.end || f.end_cp <= f.start_cp) std::abort();
        if (!(f.confidence > 0.0 && f.confidence <= 1.0)) std::abort();
        if (wams::to_string(f.category).empty() || wams::category_label(f.category, wams::Lang::nl).empty()) std::abort();
        if (utf8) {
            if (is_continuation(static_cast<unsigned char>(text[f.start]))) std::abort();
            if (f.end < size && is_continuation(static_cast<unsigned char>(text[f.end]))) std::abort();
            if (f.start_cp != code_points_before(text, f.start) || f.end_cp != code_points_before(text, f.end))
                std::abort();
        }
        prev_end = f.end;
        prev_end_cp = f.end_cp;
    }
    // The validators take any bytes.
    (void)wams::bsn_valid(text.substr(0, 9));
    (void)wams::iban_valid(text.substr(0, 34));
    return 0;
}
