// UTF-8 → lower-case ASCII folding (text_fold.hpp).
#include <catch2/catch.hpp>
#include "wams/text_fold.hpp"

using wams::fold_text;
using wams::fold_tokens;

TEST_CASE("Dutch diacritics fold to their base letters", "[text_fold]") {
    CHECK(fold_text("cliënt") == "client");
    CHECK(fold_text("Coördinatie") == "coordinatie");
    CHECK(fold_text("geïnformeerd") == "geinformeerd");
    CHECK(fold_text("Cliëntondersteuning, één, café, naïef, überhaupt") == "clientondersteuning, een, cafe, naief, uberhaupt");
    CHECK(fold_text("ÀÉÎÕÜ àéîõü Çç Ññ") == "aeiou aeiou cc nn");
}

TEST_CASE("ligatures and special letters expand", "[text_fold]") {
    CHECK(fold_text("ĳs") == "ijs");          // U+0133
    CHECK(fold_text("ĲSSELMEER") == "ijsselmeer"); // U+0132
    CHECK(fold_text("Straße") == "strasse");
    CHECK(fold_text("Æsop œuvre") == "aesop oeuvre");
    CHECK(fold_text("Łódź") == "lodz");
}

TEST_CASE("ASCII is lower-cased and kept as is", "[text_fold]") {
    CHECK(fold_text("Wmo 2015, art. 2.3a.4 (BSN)") == "wmo 2015, art. 2.3a.4 (bsn)");
    CHECK(fold_text("") == "");
}

TEST_CASE("other code points and invalid bytes become one space each", "[text_fold]") {
    CHECK(fold_text("«samenspraak»") == " samenspraak ");
    CHECK(fold_text("a€b") == "a b");             // 3-byte code point → one space
    CHECK(fold_text("a\xff" "b") == "a b");       // invalid lead byte
    CHECK(fold_text("a\xc3") == "a ");            // truncated sequence
    CHECK(fold_text("x×y") == "x y");             // × is not a letter
    CHECK(fold_text("’s avonds") == "'s avonds"); // typographic apostrophe
}

TEST_CASE("tokens are folded words; inner apostrophes are dropped", "[text_fold]") {
    CHECK(fold_tokens("Mag de huisarts zónder toestemming delen?") ==
          std::vector<std::string>{"mag", "de", "huisarts", "zonder", "toestemming", "delen"});
    CHECK(fold_tokens("cliënt's coördinatie-dossier") ==
          std::vector<std::string>{"clients", "coordinatie", "dossier"});
    CHECK(fold_tokens("art. 2.3a.4") == std::vector<std::string>{"art", "2", "3a", "4"});
    CHECK(fold_tokens("  ").empty());
}
