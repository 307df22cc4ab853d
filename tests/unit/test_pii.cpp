// PII guard (wams/pii.hpp; issue 5). One section per category: what must be found, and near-misses that must not.
// Expected values are written by hand (check digits verified with python3-stdnum), never produced by the guard.
#include <catch2/catch.hpp>
#include "wams/pii.hpp"

#include <algorithm>
#include <string>

using wams::PiiCategory;
using wams::PiiFinding;

namespace {

std::vector<PiiFinding> of(std::string_view text, PiiCategory c) {
    auto all = wams::scan_pii(text);
    std::vector<PiiFinding> res;
    std::copy_if(all.begin(), all.end(), std::back_inserter(res), [&](const PiiFinding& f) { return f.category == c; });
    return res;
}

// The single finding of category c, which must have exactly this text.
void require_one(std::string_view text, PiiCategory c, std::string_view expected) {
    INFO("text: " << text << "  category: " << wams::to_string(c));
    const auto f = of(text, c);
    REQUIRE(f.size() == 1);
    CHECK(f[0].text == expected);
    CHECK(text.substr(f[0].start, f[0].end - f[0].start) == expected);
}

void require_none(std::string_view text, PiiCategory c) {
    INFO("text: " << text << "  category: " << wams::to_string(c));
    CHECK(of(text, c).empty());
}

bool any_finding(std::string_view text) { return !wams::scan_pii(text).empty(); }

} // namespace

TEST_CASE("bsn_valid implements the 11-proef", "[pii][bsn]") {
    CHECK(wams::bsn_valid("123456782"));
    CHECK(wams::bsn_valid("111222333"));
    CHECK(wams::bsn_valid("012345672"));
    CHECK_FALSE(wams::bsn_valid("123456789"));   // sum 9·1+…+2·8−9 = 231−9·… not divisible by 11
    CHECK_FALSE(wams::bsn_valid("000000000"));
    CHECK_FALSE(wams::bsn_valid("12345678"));
    CHECK_FALSE(wams::bsn_valid("12345678a"));
}

TEST_CASE("BSN: 9 digits passing the 11-proef, with or without dots and spaces", "[pii][bsn]") {
    require_one("Het BSN van cliënt is 123456782.", PiiCategory::bsn, "123456782");
    require_one("bsn: 1234.56.782 (gecontroleerd)", PiiCategory::bsn, "1234.56.782");
    require_one("nummer 123 456 782 staat op de brief", PiiCategory::bsn, "123 456 782");
    require_one("Burgerservicenummer 12345672", PiiCategory::bsn, "12345672");   // leading zero dropped
    SECTION("near-misses") {
        require_none("Het kenmerk is 123456789.", PiiCategory::bsn);     // fails the 11-proef
        require_none("kenmerk 12345672 zonder context", PiiCategory::bsn);   // 8 digits without "BSN"
        require_none("code 1234567820", PiiCategory::bsn);              // 10 digits
        require_none("zaak 123456782a", PiiCategory::bsn);              // a letter glued on
        require_none("000000000", PiiCategory::bsn);
    }
}

TEST_CASE("iban_valid checks registry length, BBAN shape and mod-97", "[pii][iban]") {
    CHECK(wams::iban_valid("NL91ABNA0417164300"));
    CHECK(wams::iban_valid("DE89370400440532013000"));
    CHECK(wams::iban_valid("GB82WEST12345698765432"));
    CHECK(wams::iban_valid("FR1420041010050500013M02606"));
    CHECK(wams::iban_valid("ES9121000418450200051332"));
    CHECK_FALSE(wams::iban_valid("NL91ABNA0417164301"));   // wrong check
    CHECK_FALSE(wams::iban_valid("NL91ABNA041716430"));    // too short for NL
    CHECK_FALSE(wams::iban_valid("XX91ABNA0417164300"));   // no such country
    CHECK_FALSE(wams::iban_valid("nl91abna0417164300"));   // compact means upper-case
}

TEST_CASE("IBAN: NL and other countries, compact or in groups of four", "[pii][iban]") {
    require_one("Rekening NL91ABNA0417164300 op naam van de cliënt.", PiiCategory::iban, "NL91ABNA0417164300");
    require_one("IBAN NL91 ABNA 0417 1643 00.", PiiCategory::iban, "NL91 ABNA 0417 1643 00");
    require_one("Duitse rekening DE89 3704 0044 0532 0130 00, gesloten", PiiCategory::iban,
                "DE89 3704 0044 0532 0130 00");
    require_one("fr1420041010050500013m02606", PiiCategory::iban, "fr1420041010050500013m02606");
    SECTION("near-misses") {
        require_none("IBAN NL91 ABNA 0417 1643 01.", PiiCategory::iban);   // one digit off
        require_none("IBAN NL91ABNA04171643001", PiiCategory::iban);       // one character too many
        require_none("Zie artikel NL12 van de wet.", PiiCategory::iban);
    }
}

TEST_CASE("Phone: Dutch mobile, landline, +31, 0031 and +CC numbers", "[pii][phone]") {
    require_one("Bel 06-12345678 na vijven.", PiiCategory::phone, "06-12345678");
    require_one("mobiel 06 1234 5678", PiiCategory::phone, "06 1234 5678");
    require_one("tel. 0612345678", PiiCategory::phone, "0612345678");
    require_one("kantoor 020-1234567.", PiiCategory::phone, "020-1234567");
    require_one("kantoor (010) 123 45 67", PiiCategory::phone, "(010) 123 45 67");
    require_one("kantoor 0111-123456", PiiCategory::phone, "0111-123456");
    require_one("+31 6 12345678 is zijn nummer", PiiCategory::phone, "+31 6 12345678");
    require_one("+31 (0)6 1234 5678", PiiCategory::phone, "+31 (0)6 1234 5678");
    require_one("+31612345678", PiiCategory::phone, "+31612345678");
    require_one("0031 6 12345678", PiiCategory::phone, "0031 6 12345678");
    require_one("zus in België: +32 470 12 34 56", PiiCategory::phone, "+32 470 12 34 56");
    SECTION("near-misses") {
        require_none("Bel 06-1234567 na vijven.", PiiCategory::phone);    // 9 digits
        require_none("In 2019 kreeg hij 1200 euro.", PiiCategory::phone);
        require_none("kenmerk 0612345678901", PiiCategory::phone);        // 13 digits, no 0031
        require_none("+31 6 1234", PiiCategory::phone);
    }
}

TEST_CASE("E-mail addresses", "[pii][email]") {
    require_one("Mail naar j.de.vries+zorg@gemeente-utrecht.nl.", PiiCategory::email, "j.de.vries+zorg@gemeente-utrecht.nl");
    require_one("(piet@example.com)", PiiCategory::email, "piet@example.com");
    SECTION("near-misses") {
        require_none("volg @gemeente op sociale media", PiiCategory::email);
        require_none("adres jan@localhost werkt niet", PiiCategory::email);
        require_none("prijs 3 @ 5 euro", PiiCategory::email);
    }
}

TEST_CASE("Postcode, with a following house number", "[pii][postcode]") {
    require_one("Woont in 1234 AB Utrecht.", PiiCategory::postcode, "1234 AB");
    require_one("postcode 1234AB", PiiCategory::postcode, "1234AB");
    require_one("postcode 1234ab", PiiCategory::postcode, "1234ab");
    require_one("adres: 3511 LX 12a", PiiCategory::postcode, "3511 LX 12a");
    SECTION("near-misses") {
        require_none("Sinds 2019 en 2020 niet meer.", PiiCategory::postcode);   // "2019 en" is not a postcode
        require_none("code 1234 ABC", PiiCategory::postcode);
        require_none("code 0123 AB", PiiCategory::postcode);                    // postcodes start at 1000
        require_none("code 1234 SS", PiiCategory::postcode);                    // SA/SD/SS are never issued
        require_none("bedrag 12.1234 AB", PiiCategory::postcode);
    }
}

TEST_CASE("Street address: name with a street suffix and a house number", "[pii][address]") {
    require_one("Hij woont aan de Kerkstraat 12a sinds mei.", PiiCategory::address, "Kerkstraat 12a");
    require_one("op de Van Baerlestraat 5-II", PiiCategory::address, "Van Baerlestraat 5-II");
    require_one("Burgemeester de Withstraat 3", PiiCategory::address, "Burgemeester de Withstraat 3");
    require_one("adres Laan van Meerdervoort 100 in", PiiCategory::address, "Laan van Meerdervoort 100");
    require_one("Prinsengracht 263, Amsterdam", PiiCategory::address, "Prinsengracht 263");
    require_one("zij woont op de dorpsweg 4", PiiCategory::address, "dorpsweg 4");
    SECTION("near-misses") {
        require_none("Hij woont al 12 jaar in de Kerkstraat.", PiiCategory::address);   // no number after
        require_none("De Kerkstraat 3 jaar lang opgebroken", PiiCategory::address);
        require_none("Artikel 12 van de wet", PiiCategory::address);
        require_none("Hij liep over straat 4 uur lang", PiiCategory::address);
    }
}

TEST_CASE("Dates that can be a date of birth", "[pii][birth_date]") {
    require_one("geboren 12-03-1980 in Gouda", PiiCategory::birth_date, "12-03-1980");
    require_one("geb. 1/3/1975", PiiCategory::birth_date, "1/3/1975");
    require_one("datum 12.03.1980", PiiCategory::birth_date, "12.03.1980");
    require_one("(1980-03-12)", PiiCategory::birth_date, "1980-03-12");
    require_one("Zij is op 3 maart 1980 geboren.", PiiCategory::birth_date, "3 maart 1980");
    require_one("geboren op 14 mrt. 1969", PiiCategory::birth_date, "14 mrt. 1969");
    require_one("Geboortedatum: 7 juli", PiiCategory::birth_date, "7 juli");
    require_one("geb. 12-03-80", PiiCategory::birth_date, "12-03-80");
    SECTION("near-misses") {
        require_none("op 31-02-1980", PiiCategory::birth_date);           // no 31 February
        require_none("op 29-02-1981", PiiCategory::birth_date);           // 1981 is no leap year
        require_none("op 12-03-1880", PiiCategory::birth_date);           // before 1900
        require_none("op 12-03-2999", PiiCategory::birth_date);           // in the future
        require_none("Het gesprek is op 7 juli.", PiiCategory::birth_date);   // day + month only without "geboren"
        require_none("score 12-03-80", PiiCategory::birth_date);          // two-digit year only after "geboren"
        require_none("De wet geldt sinds 1 januari 2022.", PiiCategory::birth_date);
    }
}

TEST_CASE("Names: first names, surnames, tussenvoegsels, titles and initials", "[pii][name]") {
    require_one("Vandaag sprak ik Jan de Vries over zijn schulden.", PiiCategory::name, "Jan de Vries");
    require_one("Mevrouw Van der Heijden belde.", PiiCategory::name, "Van der Heijden");
    require_one("Ik sprak met de heer van Dijk.", PiiCategory::name, "van Dijk");
    require_one("Gesprek met dhr. J.P. Bakker gepland.", PiiCategory::name, "J.P. Bakker");
    require_one("Vandaag belde Jansen over de huur.", PiiCategory::name, "Jansen");
    require_one("Ik heb met Fatima gesproken.", PiiCategory::name, "Fatima");
    require_one("Daarna kwam Anna-Maria Jansen-de Vries binnen", PiiCategory::name, "Anna-Maria Jansen-de Vries");
    require_one("meneer jansen was boos", PiiCategory::name, "jansen");
    SECTION("a common word that opens a sentence is not a name") {
        require_none("Roos is een bloem.", PiiCategory::name);
        require_none("Bakker en slager zijn open.", PiiCategory::name);
        require_none("Hoop doet leven.", PiiCategory::name);
    }
    SECTION("ordinary text, acronyms and places") {
        require_none("Een moeder van 38 vraagt bijstand aan bij het Wmo-loket van de gemeente.", PiiCategory::name);
        require_none("De GGZ en de GGD werken samen in Den Haag.", PiiCategory::name);
        require_none("Ik werk als schuldhulpverlener bij de kredietbank.", PiiCategory::name);
    }
    SECTION("'Van Gogh' in 'een schilderij van Van Gogh' is reported: a capitalised tussenvoegsel mid-sentence "
            "starts a surname; the user marks it 'geen persoonsgegeven'") {
        require_one("Ze heeft een schilderij van Van Gogh.", PiiCategory::name, "Van Gogh");
    }
}

TEST_CASE("Offsets: bytes and code points after é, ë, ï", "[pii][offsets]") {
    const std::string text = "Cliënt (één kind, geïnteresseerd, café): BSN 123456782";
    const auto f = of(text, PiiCategory::bsn);
    REQUIRE(f.size() == 1);
    CHECK(f[0].start == text.find("123456782"));
    CHECK(f[0].end == f[0].start + 9);
    // Code points: ë, é, é, ï, é are two bytes each before the BSN: five fewer code points than bytes.
    CHECK(f[0].start_cp == f[0].start - 5);
    CHECK(f[0].end_cp == f[0].end - 5);

    const std::string name_text = "Zoë belde; daarna sprak ik René Müller-Lüdenscheidt en Jan Jansen.";
    const auto names = of(name_text, PiiCategory::name);
    REQUIRE(!names.empty());
    const auto& last = names.back();
    CHECK(last.text == "Jan Jansen");
    // Before "Jan Jansen": ë, é, ü, ü = 4 two-byte letters.
    CHECK(last.start == name_text.find("Jan Jansen"));
    CHECK(last.start_cp == last.start - 4);
}

TEST_CASE("Findings are sorted, non-overlapping, and the more specific category wins", "[pii]") {
    const std::string text =
        "Jan de Vries, geb. 12-03-1980, BSN 123456782, Kerkstraat 12, 1234 AB Utrecht, 06-12345678, "
        "jan@example.nl, NL91ABNA0417164300.";
    const auto all = wams::scan_pii(text);
    REQUIRE(all.size() == 8);
    const PiiCategory expected[] = {PiiCategory::name, PiiCategory::birth_date, PiiCategory::bsn,
                                    PiiCategory::address, PiiCategory::postcode, PiiCategory::phone,
                                    PiiCategory::email, PiiCategory::iban};
    for (size_t k = 0; k < all.size(); ++k) {
        CHECK(all[k].category == expected[k]);
        CHECK(all[k].confidence > 0.0);
        CHECK(all[k].confidence <= 1.0);
        if (k) CHECK(all[k - 1].end <= all[k].start);
    }
}

TEST_CASE("Empty, plain and hostile input", "[pii]") {
    CHECK_FALSE(any_finding(""));
    CHECK_FALSE(any_finding("Een alleenstaande man van 45 meldt zich aan de balie voor een bijstandsuitkering."));
    const std::string bad = std::string("Jan\xC3", 4) + "\xFF\xFE 123456782 \xE2\x82";
    const auto f = of(bad, PiiCategory::bsn);
    REQUIRE(f.size() == 1);
    CHECK(f[0].text == "123456782");
    CHECK(f[0].start_cp == 7);   // J a n, \xC3 (invalid alone), \xFF, \xFE, space
}

TEST_CASE("Labels and ids", "[pii]") {
    CHECK(wams::to_string(PiiCategory::birth_date) == "birth_date");
    CHECK(wams::to_string(PiiCategory::bsn) == "bsn");
    CHECK(wams::category_label(PiiCategory::name, wams::Lang::nl) == "naam");
    CHECK(wams::category_label(PiiCategory::name, wams::Lang::en) == "name");
    CHECK(wams::category_label(PiiCategory::phone, wams::Lang::nl) == "telefoonnummer");
}

TEST_CASE("Name lists: our own seed list always, the third-party lists after scripts/setup.sh", "[pii][lists]") {
    const auto sizes = wams::pii_list_sizes();
    CHECK(sizes.first_names >= 100);
    CHECK(sizes.surnames >= 50);
    if (sizes.third_party_lists) {
        CHECK(sizes.first_names > 2000);
        CHECK(sizes.surnames > 5000);
        CHECK(sizes.name_words > 100);
    } else {
        WARN("third-party name lists missing: run scripts/setup.d/pii-lists.sh and re-run cmake");
    }
}

TEST_CASE("Compounds with an acronym or a lower-case part are not names", "[pii][name]") {
    require_none("waarover de GGD-arts vindt dat het niet kan", PiiCategory::name);   // "Arts" is also a surname
    require_none("Het Wmo-loket is open.", PiiCategory::name);
    require_one("Daarna kwam Jan-Willem binnen.", PiiCategory::name, "Jan-Willem");
}

TEST_CASE("Places and organisations that share a word with a name list", "[pii][name]") {
    require_none("Ze verhuisde van Breda naar Den Bosch en later naar Bergen op Zoom.", PiiCategory::name);
    require_none("De melding ging naar Jeugdbescherming Brabant.", PiiCategory::name);
    require_none("Hij werkt bij Albert Heijn.", PiiCategory::name);
    require_one("Gisteren belde Sanne van Kampen.", PiiCategory::name, "Sanne van Kampen");
}
