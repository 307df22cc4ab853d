// test_format.cpp — the page's printf formatting (shell/app/format.cpp) against the C library's vsnprintf (glibc
// here): integers of every length with every flag, width and precision; strings and characters; %f exact for random
// doubles of every magnitude and the halfway cases; infinities and NaN; a short buffer; a directive not written.
#include "format.hpp"

#include <catch2/catch.hpp>

#include <cfloat>
#include <climits>
#include <cmath>
#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>
#include <vector>

namespace {

struct Written {
    std::string text;
    int result;
    bool operator==(const Written& o) const { return text == o.text && result == o.result; }
};

Written ours(const char* fmt, ...) {
    char buf[2048];
    std::va_list ap;
    va_start(ap, fmt);
    const int r = wams::app::format_v(buf, sizeof buf, fmt, ap);
    va_end(ap);
    return {buf, r};
}

#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
#endif
Written libc(const char* fmt, ...) {
    char buf[2048];
    std::va_list ap;
    va_start(ap, fmt);
    const int r = std::vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    return {buf, r};
}
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

std::vector<std::string> integer_formats(const char* conversion) {
    std::vector<std::string> out;
    for (const char* flags : {"", "-", "+", " ", "#", "0", "-0", "+0", "#0", "- ", "+-#0"})
        for (const char* width : {"", "1", "5", "23"})
            for (const char* precision : {"", ".0", ".1", ".4", ".20"})
                out.push_back(std::string("[%") + flags + width + precision + conversion + "]");
    return out;
}

} // namespace

#define SAME(...)                                                                                                     \
    do {                                                                                                              \
        const Written a = ours(__VA_ARGS__), b = libc(__VA_ARGS__);                                                   \
        INFO("ours \"" << a.text << "\" (" << a.result << "), libc \"" << b.text << "\" (" << b.result << ")");       \
        CHECK(a == b);                                                                                                \
    } while (0)

TEST_CASE("format: integers as the C library writes them", "[format]") {
    const int ints[] = {0, 1, -1, 7, 42, -42, 255, 65535, 1000000, INT_MAX, INT_MIN};
    for (const char* conv : {"d", "i"})
        for (const std::string& f : integer_formats(conv))
            for (int v : ints) SAME(f.c_str(), v);
    const unsigned uints[] = {0u, 1u, 8u, 255u, 0xDEADBEEFu, UINT_MAX};
    for (const char* conv : {"u", "o", "x", "X"})
        for (const std::string& f : integer_formats(conv))
            for (unsigned v : uints) SAME(f.c_str(), v);
    const long long lls[] = {0LL, -1LL, LLONG_MAX, LLONG_MIN, 1234567890123LL};
    for (const char* conv : {"lld", "jd"})
        for (const std::string& f : integer_formats(conv))
            for (long long v : lls) SAME(f.c_str(), v);
    for (const std::string& f : integer_formats("llx"))
        for (long long v : lls) SAME(f.c_str(), static_cast<unsigned long long>(v));
    for (const std::string& f : integer_formats("ld")) SAME(f.c_str(), -123456789L);
    for (const std::string& f : integer_formats("lu")) SAME(f.c_str(), 123456789UL);
    for (const std::string& f : integer_formats("zu")) SAME(f.c_str(), static_cast<std::size_t>(4096));
    for (const std::string& f : integer_formats("hd")) SAME(f.c_str(), 70000);      // cut to short
    for (const std::string& f : integer_formats("hhd")) SAME(f.c_str(), 300);       // cut to signed char
    for (const std::string& f : integer_formats("hhx")) SAME(f.c_str(), 0x1FFu);
    // Width and precision given as arguments, a negative width meaning left-justified, a negative precision none.
    SAME("[%*d|%-*d|%.*d|%*.*x]", 6, 42, 6, 42, 4, 7, 8, 3, 0xABu);
    SAME("[%*d|%.*d]", -6, 42, -3, 7);
    SAME("%s_%08X|%02d|##Combo_%02d", "Debug", 0x1234ABCDu, 5, 123);  // as ImGui writes its ids
}

TEST_CASE("format: strings, characters and the percent sign", "[format]") {
    for (const char* flags : {"", "-"})
        for (const char* width : {"", "3", "12"})
            for (const char* precision : {"", ".0", ".2", ".5", ".40"}) {
                const std::string f = std::string("[%") + flags + width + precision + "s]";
                for (const char* s : {"", "a", "Wegwijzer", "cliënt €"}) SAME(f.c_str(), s);
            }
    SAME("[%c|%3c|%-3c|%%|%5%]", 'x', 'y', 'z');
    SAME("%.*s — %s", 3, "R56abc", "titel");
    SAME("geen opmaak, alleen tekst");
    SAME("");
}

TEST_CASE("format: %f exact, rounded half to even, as the C library", "[format]") {
    // The halfway cases: a tie rounds to the even digit; a value just off the tie (0.15 is 0.1499…) by its exact value.
    for (const char* f : {"%.0f", "%.1f", "%.2f", "%.3f", "%f", "%.17f", "%.30f", "%.40f"})
        for (double v : {0.5, 1.5, 2.5, 62.5, -0.5, 0.125, 0.375, 0.15, 0.25, 0.35, 1e-7, 123.456, 1.0 / 3, -2.0 / 3,
                         0.0, -0.0, 1e15, 9007199254740993.0, 1e22, 1.7976931348623157e308, 5e-324, DBL_MIN})
            SAME(f, v);
    // Flags and widths.
    for (const char* flags : {"", "-", "+", " ", "#", "0", "+0", "-+", "#0"})
        for (const char* width : {"", "1", "8", "25"})
            for (const char* precision : {"", ".0", ".1", ".5"}) {
                const std::string f = std::string("[%") + flags + width + precision + "f]";
                for (double v : {0.0, -0.0, 3.14159, -3.14159, 99.95, 1234567.0, -1e-9}) SAME(f.c_str(), v);
                const double inf = INFINITY, nan = NAN;
                for (double v : {inf, -inf, nan}) {
                    SAME(f.c_str(), v);
                    SAME((f.substr(0, f.size() - 2) + "F]").c_str(), v);
                }
            }
    // Random doubles of every magnitude (random bit patterns), at several precisions.
    std::mt19937_64 rng(20261207);
    int checked = 0;
    for (int i = 0; i < 20000; ++i) {
        const std::uint64_t bits = rng();
        double v;
        std::memcpy(&v, &bits, sizeof v);
        if (!std::isfinite(v)) continue;
        const int p = static_cast<int>(rng() % 41);
        SAME("%.*f", p, v);
        ++checked;
    }
    // Random doubles a screen shows: 0.001 … 100 000, precisions 0–6 (percentages, sizes in MB).
    std::uniform_real_distribution<double> everyday(0.001, 100000.0);
    for (int i = 0; i < 20000; ++i) {
        const double v = everyday(rng);
        SAME("%.*f", static_cast<int>(i % 7), v);
        ++checked;
    }
    for (int correct = 0; correct <= 40; ++correct)  // training's score, "%.0f" of a percentage
        for (int total = 1; total <= 40; ++total) SAME("%.0f", 100.0 * correct / total);
    CHECK(checked > 30000);
}

static int into(char* buf, std::size_t n, const char* fmt, ...) {
    std::va_list ap;
    va_start(ap, fmt);
    const int r = wams::app::format_v(buf, n, fmt, ap);
    va_end(ap);
    return r;
}

TEST_CASE("format: a short buffer, the length returned, a directive not written", "[format]") {
    char buf[8];
    std::memset(buf, 'x', sizeof buf);
    CHECK(into(buf, 0, "%s-%d", "Wegwijzer", 2026) == 14);
    CHECK(buf[0] == 'x');  // nothing stored
    CHECK(into(buf, 1, "%s-%d", "Wegwijzer", 2026) == 14);
    CHECK(buf[0] == '\0');
    CHECK(into(buf, sizeof buf, "%s-%d", "Wegwijzer", 2026) == 14);
    CHECK(std::string(buf) == "Wegwijz");
    // %g is not written here (format.hpp): its argument is taken and the directive copied, so what follows is right.
    CHECK(ours("%g|%s|%5.2e|%d", 1.5, "na", 2.0, 7).text == "%g|na|%5.2e|7");
}
