// stem.cpp — Snowball stemmers behind stem.hpp. One stemmer environment per language and thread, made on first use.
#include "wams/stem.hpp"

#include <algorithm>
#include <memory>

extern "C" {
#include <api.h>  // Snowball runtime and generated stemmers (third party, scripts/setup.sh)
#include <stem_UTF_8_dutch.h>
#include <stem_UTF_8_english.h>
}

namespace wams {
namespace {

struct Stemmer {
    SN_env* (*create)();
    void (*close)(SN_env*);
    int (*stem)(SN_env*);
};

constexpr Stemmer kDutch{dutch_UTF_8_create_env, dutch_UTF_8_close_env, dutch_UTF_8_stem};
constexpr Stemmer kEnglish{english_UTF_8_create_env, english_UTF_8_close_env, english_UTF_8_stem};

struct EnvDeleter {
    void (*close)(SN_env*);
    void operator()(SN_env* z) const { if (z) close(z); }
};
using Env = std::unique_ptr<SN_env, EnvDeleter>;

SN_env* env_for(StemLang lang) {
    thread_local Env dutch{kDutch.create(), EnvDeleter{kDutch.close}};
    thread_local Env english{kEnglish.create(), EnvDeleter{kEnglish.close}};
    return lang == StemLang::nl ? dutch.get() : english.get();
}

} // namespace

std::string stem_word(std::string_view w, StemLang lang) {
    const bool plain = std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (w.size() < 3 || !plain) return std::string(w);
    SN_env* z = env_for(lang);
    const Stemmer& s = lang == StemLang::nl ? kDutch : kEnglish;
    if (!z || SN_set_current(z, static_cast<int>(w.size()), reinterpret_cast<const symbol*>(w.data())) != 0 ||
        s.stem(z) < 0)
        return std::string(w);
    return std::string(reinterpret_cast<const char*>(z->p), static_cast<size_t>(z->l));
}

} // namespace wams
