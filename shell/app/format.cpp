// format.cpp — format_v (format.hpp): printf's formatting for the conversions the page uses, %f exact.
#include "format.hpp"

#include <cstdint>
#include <cstring>

namespace wams::app {
namespace {

// The output: bytes beyond the buffer are counted, not stored.
struct Out {
    char* buf;
    std::size_t cap;  // bytes that may be stored, the terminating zero excluded
    std::size_t len = 0;
    void put(char c) {
        if (len < cap) buf[len] = c;
        ++len;
    }
    void put(const char* s, std::size_t k) {
        for (std::size_t i = 0; i < k; ++i) put(s[i]);
    }
    void repeat(char c, int k) {
        for (int i = 0; i < k; ++i) put(c);
    }
};

struct Spec {
    bool left = false, plus = false, space = false, alt = false, zero = false;
    int width = 0;
    int precision = -1;  // -1: none given
};

// A field: sign or prefix, `zeros` leading zeros, then the body, padded to the width.
void field(Out& o, const Spec& s, const char* prefix, std::size_t prefix_len, int zeros, const char* body,
           std::size_t body_len) {
    const int used = static_cast<int>(prefix_len + body_len) + zeros;
    const int pad = s.width > used ? s.width - used : 0;
    if (!s.left) o.repeat(' ', pad);
    o.put(prefix, prefix_len);
    o.repeat('0', zeros);
    o.put(body, body_len);
    if (s.left) o.repeat(' ', pad);
}

void integer(Out& o, Spec s, std::uint64_t v, bool negative, unsigned base, bool upper, bool hex_prefix) {
    char digits[24];
    std::size_t n = 0;
    const char* set = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    for (std::uint64_t x = v; x != 0; x /= base) digits[sizeof digits - ++n] = set[x % base];
    char prefix[3];
    std::size_t p = 0;
    if (negative) prefix[p++] = '-';
    else if (s.plus) prefix[p++] = '+';
    else if (s.space) prefix[p++] = ' ';
    if (hex_prefix && v != 0) {
        prefix[p++] = '0';
        prefix[p++] = upper ? 'X' : 'x';
    }
    int zeros = 0;
    if (s.precision >= 0) {
        zeros = s.precision > static_cast<int>(n) ? s.precision - static_cast<int>(n) : 0;
    } else {
        if (n == 0) zeros = 1;  // the value 0 without a precision: "0"
        if (s.zero && !s.left) {
            const int used = static_cast<int>(p + n) + zeros;
            if (s.width > used) zeros += s.width - used;
        }
    }
    if (base == 8 && s.alt && zeros == 0 && (n == 0 || digits[sizeof digits - n] != '0')) zeros = 1;  // "%#o"
    field(o, s, prefix, p, zeros, digits + sizeof digits - n, n);
}

// An exact unsigned big number, 32-bit limbs, least significant first: 1 100 bits hold any double × 10^40.
struct Big {
    std::uint32_t limb[40] = {};
    int size = 0;
    void mul_add(std::uint32_t m, std::uint32_t add) {
        std::uint64_t carry = add;
        for (int i = 0; i < size; ++i) {
            const std::uint64_t x = static_cast<std::uint64_t>(limb[i]) * m + carry;
            limb[i] = static_cast<std::uint32_t>(x);
            carry = x >> 32;
        }
        if (carry) limb[size++] = static_cast<std::uint32_t>(carry);
    }
    void shift_left(int bits) {
        const int words = bits / 32, rest = bits % 32;
        if (words) {
            for (int i = size - 1; i >= 0; --i) limb[i + words] = limb[i];
            for (int i = 0; i < words; ++i) limb[i] = 0;
            size += words;
        }
        if (rest) mul_add(1u << rest, 0);
    }
    bool bit(int i) const { return i / 32 < size && ((limb[i / 32] >> (i % 32)) & 1u); }
    bool any_below(int bits) const {  // a bit set below `bits`
        for (int i = 0; i < size && i * 32 < bits; ++i) {
            const int in = bits - i * 32;
            const std::uint32_t mask = in >= 32 ? 0xFFFFFFFFu : ((1u << in) - 1u);
            if (limb[i] & mask) return true;
        }
        return false;
    }
    void shift_right(int bits) {
        const int words = bits / 32, rest = bits % 32;
        if (words >= size) {
            size = 0;
            return;
        }
        for (int i = 0; i + words < size; ++i) limb[i] = limb[i + words];
        size -= words;
        if (rest) {
            for (int i = 0; i < size; ++i)
                limb[i] = (limb[i] >> rest) | (i + 1 < size ? limb[i + 1] << (32 - rest) : 0u);
        }
        while (size > 0 && limb[size - 1] == 0) --size;
    }
    void add_one() {
        for (int i = 0; i < size; ++i)
            if (++limb[i] != 0) return;
        limb[size++] = 1;
    }
    std::uint32_t div_small(std::uint32_t d) {  // this /= d; the remainder
        std::uint64_t r = 0;
        for (int i = size - 1; i >= 0; --i) {
            const std::uint64_t x = (r << 32) | limb[i];
            limb[i] = static_cast<std::uint32_t>(x / d);
            r = x % d;
        }
        while (size > 0 && limb[size - 1] == 0) --size;
        return static_cast<std::uint32_t>(r);
    }
};

constexpr int kMaxPrecision = 40;

// %f and %F: |v| × 10^precision rounded half to even, exactly, then the point put in.
void fixed(Out& o, Spec s, double v, bool upper) {
    std::uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    const bool negative = bits >> 63;
    const int exp_bits = static_cast<int>((bits >> 52) & 0x7FF);
    std::uint64_t mant = bits & ((std::uint64_t{1} << 52) - 1);
    char prefix = negative ? '-' : s.plus ? '+' : s.space ? ' ' : '\0';
    if (exp_bits == 0x7FF) {  // inf, nan: no zero padding
        const char* word = mant ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        s.zero = false;
        field(o, s, &prefix, prefix ? 1 : 0, 0, word, 3);
        return;
    }
    int e;  // v = mant × 2^e
    if (exp_bits == 0) e = -1074;
    else {
        mant |= std::uint64_t{1} << 52;
        e = exp_bits - 1075;
    }
    const int precision = s.precision < 0 ? 6 : (s.precision > kMaxPrecision ? kMaxPrecision : s.precision);
    Big b;
    b.limb[0] = static_cast<std::uint32_t>(mant);
    b.limb[1] = static_cast<std::uint32_t>(mant >> 32);
    b.size = b.limb[1] ? 2 : (b.limb[0] ? 1 : 0);
    for (int i = 0; i < precision; ++i) b.mul_add(10, 0);
    if (e >= 0) {
        b.shift_left(e);
    } else {
        const int k = -e;  // q = b >> k, rounded half to even
        const bool half = b.bit(k - 1), rest = b.any_below(k - 1);
        b.shift_right(k);
        if (half && (rest || b.bit(0))) b.add_one();
    }
    // Decimal digits of b, most significant last, then reversed: at least precision + 1 of them.
    char digits[400];
    int n = 0;
    while (b.size > 0) {
        std::uint32_t chunk = b.div_small(1000000000u);
        for (int i = 0; i < 9 && (b.size > 0 || chunk != 0); ++i) {
            digits[n++] = static_cast<char>('0' + chunk % 10);
            chunk /= 10;
        }
    }
    while (n < precision + 1) digits[n++] = '0';
    char body[440];
    std::size_t len = 0;
    for (int i = n - 1; i >= precision; --i) body[len++] = digits[i];
    if (precision > 0 || s.alt) body[len++] = '.';
    for (int i = precision - 1; i >= 0; --i) body[len++] = digits[i];
    int zeros = 0;
    const std::size_t prefix_len = prefix ? 1 : 0;
    const int used = static_cast<int>(prefix_len + len);
    if (s.zero && !s.left && s.width > used) zeros = s.width - used;
    field(o, s, &prefix, prefix_len, zeros, body, len);
}

int read_number(const char*& p) {
    int v = 0;
    while (*p >= '0' && *p <= '9') {
        if (v < 100000000) v = v * 10 + (*p - '0');
        ++p;
    }
    return v;
}

} // namespace

int format_v(char* out, std::size_t n, const char* fmt, std::va_list ap_in) {
    std::va_list ap;
    va_copy(ap, ap_in);
    Out o{out, n ? n - 1 : 0};
    for (const char* p = fmt; *p;) {
        if (*p != '%') {
            o.put(*p++);
            continue;
        }
        const char* start = p++;
        Spec s;
        for (;; ++p) {
            if (*p == '-') s.left = true;
            else if (*p == '+') s.plus = true;
            else if (*p == ' ') s.space = true;
            else if (*p == '#') s.alt = true;
            else if (*p == '0') s.zero = true;
            else break;
        }
        if (*p == '*') {
            ++p;
            s.width = va_arg(ap, int);
            if (s.width < 0) {
                s.left = true;
                s.width = -s.width;
            }
        } else {
            s.width = read_number(p);
        }
        if (*p == '.') {
            ++p;
            if (*p == '*') {
                ++p;
                s.precision = va_arg(ap, int);
                if (s.precision < 0) s.precision = -1;
            } else {
                s.precision = read_number(p);
            }
        }
        enum { none, hh, h, l, ll, j, z, t, L } length = none;
        if (*p == 'h') length = *++p == 'h' ? (++p, hh) : h;
        else if (*p == 'l') length = *++p == 'l' ? (++p, ll) : l;
        else if (*p == 'j') ++p, length = j;
        else if (*p == 'z') ++p, length = z;
        else if (*p == 't') ++p, length = t;
        else if (*p == 'L') ++p, length = L;
        const char c = *p ? *p++ : '\0';
        switch (c) {
        case 'd':
        case 'i': {
            long long v;
            switch (length) {
            case ll: case j: v = va_arg(ap, long long); break;
            case l: v = va_arg(ap, long); break;
            case z: case t: v = static_cast<long long>(va_arg(ap, std::ptrdiff_t)); break;
            default: v = va_arg(ap, int); break;
            }
            if (length == hh) v = static_cast<signed char>(v);
            else if (length == h) v = static_cast<short>(v);
            const bool negative = v < 0;
            const std::uint64_t mag = negative ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
            integer(o, s, mag, negative, 10, false, false);
            break;
        }
        case 'u':
        case 'o':
        case 'x':
        case 'X': {
            std::uint64_t v;
            switch (length) {
            case ll: case j: v = va_arg(ap, unsigned long long); break;
            case l: v = va_arg(ap, unsigned long); break;
            case z: case t: v = va_arg(ap, std::size_t); break;
            default: v = va_arg(ap, unsigned); break;
            }
            if (length == hh) v = static_cast<unsigned char>(v);
            else if (length == h) v = static_cast<unsigned short>(v);
            s.plus = s.space = false;
            const unsigned base = c == 'u' ? 10 : c == 'o' ? 8 : 16;
            integer(o, s, v, false, base, c == 'X', s.alt && base == 16);
            break;
        }
        case 'p': {
            const auto v = reinterpret_cast<std::uintptr_t>(va_arg(ap, void*));
            s.plus = s.space = false;
            integer(o, s, v, false, 16, false, true);
            break;
        }
        case 'c': {
            const char ch = static_cast<char>(va_arg(ap, int));
            s.zero = false;
            field(o, s, "", 0, 0, &ch, 1);
            break;
        }
        case 's': {
            const char* str = va_arg(ap, const char*);
            if (!str) str = "(null)";
            std::size_t len = 0;
            while (str[len] && (s.precision < 0 || len < static_cast<std::size_t>(s.precision))) ++len;
            s.zero = false;
            field(o, s, "", 0, 0, str, len);
            break;
        }
        case 'f':
        case 'F': {
            const double v = length == L ? static_cast<double>(va_arg(ap, long double)) : va_arg(ap, double);
            fixed(o, s, v, c == 'F');
            break;
        }
        case '%': o.put('%'); break;
        case 'e': case 'E': case 'g': case 'G': case 'a': case 'A':  // not written (format.hpp): its argument taken,
            if (length == L) (void)va_arg(ap, long double);            // the directive copied as it stands
            else (void)va_arg(ap, double);
            o.put(start, static_cast<std::size_t>(p - start));
            break;
        case 'n': (void)va_arg(ap, void*); break;  // nothing stored
        default:  // not a conversion: the directive as it stands
            o.put(start, static_cast<std::size_t>(p - start));
            if (c == '\0') goto done;
            break;
        }
    }
done:
    va_end(ap);
    if (n) out[o.len < n ? o.len : n - 1] = '\0';
    return static_cast<int>(o.len);
}

} // namespace wams::app
