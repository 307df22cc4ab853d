// pii.hpp — the PII guard: finds identifying data in free text so the user can remove it before anything is
// saved or exported (issue 5, "Privacy by construction"). Pure C++, no I/O: identical natively and in wasm.
//
// What it finds (docs/pii.md has the rules, the word lists, their sources and the measured recall):
//   bsn         9 digits passing the 11-proef ("1234.56.782", "123 456 782"); 8 digits only after "BSN"/"sofinummer"
//   iban        any IBAN-registry country, mod-97 (ISO 13616), compact or in groups of four
//   phone       Dutch numbers (06…, +31 (0)6…, 0031…, 0xx-xxxxxxx landlines) and other +CC international numbers
//   email       local@domain.tld
//   postcode    "1234 AB" / "1234AB", with a following house number included ("1234 AB 12a")
//   address     street name with a Dutch street suffix (straat, laan, weg, gracht, …) + house number
//   birth_date  a full calendar date that can be a date of birth (12-03-1980, 12/3/1980, 1980-03-12, 3 maart 1980);
//               a day + month without year only after "geboren"/"geb."/"geboortedatum"
//   name        first names and surnames (with tussenvoegsels: "Jan de Vries", "mevrouw Van der Berg", "J. Jansen")
#pragma once
#include "wams/lang.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace wams {

enum class PiiCategory { bsn, iban, phone, email, postcode, address, birth_date, name };

struct PiiFinding {
    PiiCategory category;
    size_t start, end;        // byte offsets in the UTF-8 text, end exclusive; always on code-point boundaries
    size_t start_cp, end_cp;  // the same span in Unicode code points (an invalid UTF-8 byte counts as one)
    std::string text;         // the matched bytes, text == utf8_text.substr(start, end - start)
    double confidence;        // 0..1: how sure the guard is that this is personal data (docs/pii.md)
};

std::vector<PiiFinding> scan_pii(std::string_view utf8_text);   // every finding, sorted by start, never overlapping
std::string_view to_string(PiiCategory category);               // stable id for JSON: "bsn", "iban", "phone", …
std::string_view category_label(PiiCategory category, Lang lang); // UI label: "BSN", "naam" / "name", …
bool bsn_valid(std::string_view digits);    // 9 ASCII digits passing the 11-proef (weights 9..2, -1), not all zeros
bool iban_valid(std::string_view compact);  // IBAN without spaces: known country, registry length, mod-97 == 1

struct PiiListSizes { size_t first_names, surnames, name_words; bool third_party_lists; };
PiiListSizes pii_list_sizes();              // how many names the guard knows (third-party lists present or not)

} // namespace wams
