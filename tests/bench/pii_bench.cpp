// pii_bench.cpp — PII guard figures (issue 5): recall per category on a generated set, false alarms per 1 000 words
// on the public case narratives, throughput. Prints figures; never part of ctest (docs/pii.md quotes them).
//
// The generated set here uses our own generators (check digits computed below, independently of core's
// validators only in the sense of separate code); the independent oracle is tests/pii/pii_oracle.py (python3-stdnum).
//
// [SECTION] Generators
// [SECTION] Recall
// [SECTION] False alarms on narratives
// [SECTION] Throughput
#include "wams/pii.hpp"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace {

using wams::PiiCategory;
std::mt19937 rng(20240501);

int pick(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); }
template <class T> const T& pick(const std::vector<T>& v) { return v[size_t(pick(0, int(v.size()) - 1))]; }
std::string digits(int n) { std::string s; for (int k = 0; k < n; ++k) s += char('0' + pick(0, 9)); return s; }

// ---- [SECTION] Generators ----------------------------------------------------------------------------------------
std::string gen_bsn() {
    for (;;) {
        std::string d = digits(9);
        int sum = 0;
        for (int k = 0; k < 8; ++k) sum += (9 - k) * (d[k] - '0');
        sum -= d[8] - '0';
        if (sum % 11 != 0 || d == "000000000") continue;
        switch (pick(0, 2)) {
            case 0: return d;
            case 1: return d.substr(0, 4) + "." + d.substr(4, 2) + "." + d.substr(6);
            default: return d.substr(0, 3) + " " + d.substr(3, 3) + " " + d.substr(6);
        }
    }
}

std::string gen_iban() {
    struct Shape { const char* cc; const char* bban; };   // a: capital, n: digit
    static const std::vector<Shape> shapes = {{"NL", "aaaannnnnnnnnn"}, {"NL", "aaaannnnnnnnnn"},
                                              {"DE", "nnnnnnnnnnnnnnnnnn"}, {"GB", "aaaannnnnnnnnnnnnn"},
                                              {"FR", "nnnnnnnnnnnnnnnnnnnnnnn"}, {"PL", "nnnnnnnnnnnnnnnnnnnnnnnn"}};
    const Shape& sh = pick(shapes);
    std::string bban;
    for (const char* p = sh.bban; *p; ++p) bban += *p == 'a' ? char('A' + pick(0, 25)) : char('0' + pick(0, 9));
    const std::string rearranged = bban + sh.cc + "00";
    int rem = 0;
    for (char c : rearranged)
        rem = (c >= 'A' && c <= 'Z') ? (rem * 100 + (c - 'A' + 10)) % 97 : (rem * 10 + (c - '0')) % 97;
    const int check = 98 - rem;
    std::string iban = std::string(sh.cc) + char('0' + check / 10) + char('0' + check % 10) + bban;
    if (pick(0, 1)) {
        std::string spaced;
        for (size_t k = 0; k < iban.size(); ++k) { if (k && k % 4 == 0) spaced += ' '; spaced += iban[k]; }
        return spaced;
    }
    return iban;
}

std::string gen_phone() {
    const std::string m = "6" + std::to_string(pick(1, 5)) + digits(7);
    const std::string l = "20" + digits(7);
    switch (pick(0, 7)) {
        case 0: return "0" + m;
        case 1: return "0" + m.substr(0, 1) + "-" + m.substr(1);
        case 2: return "0" + m.substr(0, 1) + " " + m.substr(1, 4) + " " + m.substr(5);
        case 3: return "+31 " + m.substr(0, 1) + " " + m.substr(1);
        case 4: return "+31 (0)" + m.substr(0, 1) + " " + m.substr(1);
        case 5: return "0031 " + m.substr(0, 1) + " " + m.substr(1);
        case 6: return "0" + l.substr(0, 2) + "-" + l.substr(2);
        default: return "(0" + l.substr(0, 2) + ") " + l.substr(2, 3) + " " + l.substr(5);
    }
}

const std::vector<std::string> kFirst = {"Jan", "Fatima", "Sanne", "Mohamed", "Kees", "Eva", "Anouk", "Youssef",
                                         "Marieke", "Thijs", "Zeynep", "Henk", "Lotte", "Dirk", "Noor", "Bram"};
const std::vector<std::string> kLast = {"de Vries", "Jansen", "van den Berg", "Bakker", "Yilmaz", "Visser",
                                        "de Jong", "Smit", "El Amrani", "van Dijk", "Mulder", "Peters",
                                        "Hendriks", "de Groot", "Kaya", "Dekker"};

std::string gen_email() {
    static const std::vector<std::string> doms = {"gmail.com", "hotmail.nl", "ziggo.nl", "gemeente.nl", "kpnmail.nl"};
    std::string f = pick(kFirst), l = pick(kLast);
    for (auto& c : f) c = char(std::tolower(static_cast<unsigned char>(c)));
    std::string ll;
    for (char c : l) if (c != ' ') ll += char(std::tolower(static_cast<unsigned char>(c)));
    return pick(0, 1) ? f + "." + ll + "@" + pick(doms) : f.substr(0, 1) + ll + std::to_string(pick(1, 99)) + "@" + pick(doms);
}

std::string gen_postcode() {
    const std::string letters = "ABCDEFGHJKLMNPRTVWXZ";
    std::string p = std::to_string(pick(1000, 9999));
    const std::string two = {letters[size_t(pick(0, 19))], letters[size_t(pick(0, 19))]};
    return pick(0, 1) ? p + " " + two : p + two;
}

std::string gen_address() {
    static const std::vector<std::string> streets = {"Kerkstraat", "Dorpsstraat", "Stationsweg", "Julianalaan",
                                                     "Prinsengracht", "Marktplein", "Van Baerlestraat", "Oude Gracht",
                                                     "Burgemeester de Withstraat", "Lindenlaan", "Havenkade", "Hoofdweg"};
    std::string a = pick(streets) + " " + std::to_string(pick(1, 250));
    if (pick(0, 3) == 0) a += char('a' + pick(0, 3));
    return a;
}

std::string gen_birth_date() {
    static const std::vector<std::string> months = {"januari", "februari", "maart", "april", "mei", "juni", "juli",
                                                    "augustus", "september", "oktober", "november", "december"};
    const int d = pick(1, 28), m = pick(1, 12), y = pick(1930, 2020);
    char buf[32];
    switch (pick(0, 3)) {
        case 0: std::snprintf(buf, sizeof buf, "%02d-%02d-%04d", d, m, y); return buf;
        case 1: std::snprintf(buf, sizeof buf, "%d/%d/%04d", d, m, y); return buf;
        case 2: std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d); return buf;
        default: return std::to_string(d) + " " + months[size_t(m - 1)] + " " + std::to_string(y);
    }
}

std::string gen_name() {
    switch (pick(0, 3)) {
        case 0: return pick(kFirst) + " " + pick(kLast);
        case 1: return pick(kFirst);
        case 2: return std::string(1, char('A' + pick(0, 25))) + ". " + pick(kLast);
        default: return pick(kFirst) + " " + pick(kLast);
    }
}

// Surnames in none of our lists (checked by hand against pii_surnames.txt): found only with a known first name,
// initials or a title before them; alone they are the guard's known blind spot (docs/pii.md).
const std::vector<std::string> kUnlisted = {"Wolterbeek", "Brinkhuis", "Oosterwijk", "Hazelhoff", "Kloosterboer",
                                            "Veldhuijzen", "Roozendaal", "Tuinstra", "Zwartjes", "Bleeker"};
std::string gen_name_unlisted_with_first() { return pick(kFirst) + " " + pick(kUnlisted); }
std::string gen_name_unlisted_with_title() {
    static const std::vector<std::string> titles = {"mevrouw", "meneer", "dhr.", "mw.", "de heer"};
    return pick(titles) + " " + pick(kUnlisted);
}
std::string gen_name_unlisted_alone() { return pick(kUnlisted); }

// ---- [SECTION] Recall --------------------------------------------------------------------------------------------
struct Item { std::string label; PiiCategory cat; size_t start, end; };

void recall() {
    const std::vector<std::pair<std::string, std::string>> frames = {
        {"Cliënt noemde ", " in het gesprek."}, {"Het coördinatieteam kreeg gisteren ", " door."},
        {"Volgens de buurvrouw is het ", ", zei ze."}, {"Zij gaf als gegeven ", " op; überhaupt wilde ze hulp."}};
    struct Gen { std::string label; PiiCategory cat; std::string (*make)(); size_t skip; };   // skip: title bytes
    const std::vector<Gen> gens = {
        {"bsn", PiiCategory::bsn, gen_bsn, 0}, {"iban", PiiCategory::iban, gen_iban, 0},
        {"phone", PiiCategory::phone, gen_phone, 0}, {"email", PiiCategory::email, gen_email, 0},
        {"postcode", PiiCategory::postcode, gen_postcode, 0}, {"address", PiiCategory::address, gen_address, 0},
        {"birth_date", PiiCategory::birth_date, gen_birth_date, 0}, {"name", PiiCategory::name, gen_name, 0},
        {"name: first + unlisted surname", PiiCategory::name, gen_name_unlisted_with_first, 0},
        {"name: title + unlisted surname", PiiCategory::name, gen_name_unlisted_with_title, 1},
        {"name: unlisted surname alone", PiiCategory::name, gen_name_unlisted_alone, 0}};
    std::string text;
    std::vector<Item> items;
    for (int k = 0; k < 1500; ++k)
        for (const auto& g : gens) {
            const auto& fr = pick(frames);
            text += fr.first;
            const std::string id = g.make();
            // For "title + surname" only the surname must be covered: the title is no personal data.
            const size_t skip = g.skip ? id.rfind(' ') + 1 : 0;
            items.push_back({g.label, g.cat, text.size() + skip, text.size() + id.size()});
            text += id + fr.second + "\n";
        }
    const auto findings = wams::scan_pii(text);
    std::map<std::string, std::pair<int, int>> hit;   // found, total
    size_t f = 0;
    for (const auto& it : items) {
        while (f < findings.size() && findings[f].end <= it.start) ++f;
        bool found = false;
        for (size_t g = f; g < findings.size() && findings[g].start < it.end; ++g)
            found = found || (findings[g].category == it.cat && findings[g].start <= it.start && findings[g].end >= it.end);
        auto& h = hit[it.label];
        h.first += found;
        h.second += 1;
    }
    std::printf("Recall on generated identifiers (%zu items, %zu KB of text):\n", items.size(), text.size() / 1024);
    for (const auto& g : gens) {
        const auto& h = hit[g.label];
        std::printf("  %-31s %6.2f %%  (%d/%d)\n", g.label.c_str(), 100.0 * h.first / h.second, h.first, h.second);
    }
}

// ---- [SECTION] False alarms on narratives -------------------------------------------------------------------------
size_t count_words(const std::string& s) {
    std::istringstream in(s);
    std::string w;
    size_t n = 0;
    while (in >> w) ++n;
    return n;
}

std::string false_alarms(const std::string& title, const std::vector<std::pair<std::string, std::string>>& texts) {
    size_t words = 0, alarms = 0;
    std::string all;
    for (const auto& [id, t] : texts) {
        words += count_words(t);
        for (const auto& f : wams::scan_pii(t)) {
            ++alarms;
            std::printf("    %s: %s \"%s\" (%.2f)\n", id.c_str(), std::string(wams::to_string(f.category)).c_str(),
                        f.text.c_str(), f.confidence);
        }
        all += t + "\n\n";
    }
    std::printf("  %-40s %3zu texts, %6zu words, %3zu findings = %.2f per 1 000 words\n", title.c_str(), texts.size(),
                words, alarms, words ? 1000.0 * double(alarms) / double(words) : 0.0);
    return all;
}

std::string read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// ---- [SECTION] Throughput -----------------------------------------------------------------------------------------
void throughput(const std::string& sample) {
    std::string big;
    while (big.size() < 4u << 20) big += sample;
    size_t findings = 0;
    const auto t0 = std::chrono::steady_clock::now();
    const int rounds = 3;
    for (int r = 0; r < rounds; ++r) findings += wams::scan_pii(big).size();
    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::printf("Throughput: %.1f MB/s (%d × %.1f MB of narrative text with identifiers, %zu findings)\n",
                rounds * double(big.size()) / 1e6 / secs, rounds, double(big.size()) / 1e6, findings / rounds);
}

} // namespace

int main(int argc, char** argv) {
    const std::filesystem::path root = argc > 1 ? argv[1] : WAMS_SOURCE_DIR;
    const auto sizes = wams::pii_list_sizes();
    std::printf("PII guard benchmark — name lists: %zu first names, %zu surnames, %zu name-words (third-party lists %s)\n\n",
                sizes.first_names, sizes.surnames, sizes.name_words, sizes.third_party_lists ? "present" : "MISSING");
    recall();

    std::printf("\nFalse alarms (every finding counts; these texts hold no personal data):\n");
    const auto narr = nlohmann::json::parse(read_file(root / "tests/data/narratives_public.json"));
    std::vector<std::pair<std::string, std::string>> pub;
    for (const auto& n : narr["narratives"]) pub.emplace_back(n["id"].get<std::string>(), n["text"].get<std::string>());
    std::string sample = false_alarms("public case narratives (description_nl)", pub);

    std::vector<std::pair<std::string, std::string>> training;
    const auto dir = root / "scenarios/training";
    if (std::filesystem::is_directory(dir)) {
        for (const auto& e : std::filesystem::directory_iterator(dir)) {
            if (e.path().extension() != ".json") continue;
            const auto j = nlohmann::json::parse(read_file(e.path()), nullptr, false);
            if (j.is_object() && j.contains("narrative_nl") && j["narrative_nl"].is_string())
                training.emplace_back(e.path().stem().string(), j["narrative_nl"].get<std::string>());
        }
        std::sort(training.begin(), training.end());
        sample += false_alarms("training narratives (narrative_nl)", training);
    }
    std::printf("\n");
    throughput(sample + "Jan de Vries, BSN 123456782, 06-12345678, jan@example.nl, Kerkstraat 12, 1234 AB.\n");
    return 0;
}
