// scope_r01_r13.cpp — RULEBOOK §2 "Scope and limits": what is a Wams processing at all (R1), the domains (R2, R3),
// and the purposes the Wams refuses or leaves to other law (R4–R7, R10; with R55 and R56/R67 at the same gate, Q1).
// Context rules R9, R11, R12 and R13 decide nothing; they surface as advisories (advisories.cpp).
//
// Index
//   [SECTION] Domains (R2, R3, D19)
//   [SECTION] Q1 purpose gate (R4–R7, R10, R55, R56, R67)
#include "wams/necessity_walk.hpp"
#include "wams/process_walk.hpp"

#include <algorithm>
#include <cctype>

// [RULEBOOK] R1–R13 as the rulebook states them: Dutch title, sections of the 2020 consultation
// document and its words, quoted exactly (assets/rules/rules.json; tests/rule_quotes.py keeps this in step).
// R1 Wat telt als Wams-verwerking (§2.2, §2.3)
//     «De wijzigingen hebben betrekking op de mogelijkheden voor het delen van gegevens bij de uitvoering van de vier
//     sociaal domein wetten bij cliënten met meervoudige of ernstige problematiek»
//     «Binnen de scope van de Wams (onderzoeken en coördineren bij meervoudige problematiek) verleent de Wams de
//     professionals ruime bevoegdheden»
// R2 Definitie meervoudige problematiek (§2.2)
//     «er zijn meerdere samenhangende problemen aan de orde bij een persoon of gezin die betrekking hebben op het
//     sociaal domein»
// R3 Uitzonderingen bij de indeling in domeinen (§2.2)
//     «wonen (anders dan beschermd wonen op grond van de Wmo 2015)»
//     «(met uitzondering van inkomen op grond van de Participatiewet)»
//     «openbare orde en veiligheid, waaronder reclassering»
// R4 Alleen vrijwillige dienstverlening (§2.2, §2.3)
//     «De Wams heeft betrekking op dienstverlening die op vrijwillige basis plaatsvindt en geeft de gemeente geen
//     nieuwe bevoegdheden voor niet-vrijwillige dienstverlening»
// R5 Geen opsporing, geen bestrijding van oneigenlijk gebruik (§2.2, §2.3)
//     «De Wams biedt geen grondslag voor het delen van gegevens ten behoeve van opsporing of het bestrijden van
//     oneigenlijk gebruik»
// R6 Geen structurele uitwisseling (§2.3, §2.2)
//     «Daarbij gaat de Wams uit van een casuïstische benadering. Het gaat hier niet om een structurele uitwisseling van
//     gegevens.»
//     «Het delen van gegevens vindt per casus plaats.»
// R7 Niet zoeken in grote gegevensbestanden; geen plicht tot doorlichten (MS)
//     «De wet gaat uit van een casuïstische benadering en geeft niet de mogelijkheid om in een grote set gegevens 'op
//     zoek te gaan' naar bepaalde problematiek.»
// R8 Coördinatie is geen uitvoering; samenwerking, geen doorzettingsmacht (§2.3, §2.2)
//     «De samenwerking heeft betrekking op coördinatie van de dienstverlening, niet op uitvoering van de
//     dienstverlening zelf. Er worden geen taken of bevoegdheden van andere partijen overgenomen.»
//     «De gemeente heeft alleen het instrument samenwerking gekregen om partijen in de aanpalende domeinen bij haar
//     uitvoeringspraktijk te betrekken, niet het instrument doorzettingsmacht»
// R9 Inspanningsverplichting; prioriteiten in het beleidsplan (§2.2)
//     «De gemeente heeft wel een inspanningsverplichting, maar geen resultaatverplichting.»
//     «kan in het beleidsplan prioriteiten stellen»
// R10 Besluitvorming verandert niet (§2.3)
//     «Nadat het onderzoek is uitgevoerd dient besluitvorming plaats te vinden over het voorstel voor dienstverlening»
//     «Daar verandert de Wams niets aan, de uitgangspunten van de onderscheiden wetten blijven onverkort van kracht.»
// R11 Inrichting van de toegang is vrij (§2.2, §3.1.1)
//     «De Wams bepaalt niet hoe de gemeenten de toegang tot het sociaal domein moeten inrichten.»
//     «Daarbij kan het loket meerdere vormen hebben: een fysieke locatie met een balie, maar ook een elektronische
//     intake met een aanvraag voor de Participatiewet.»
// R12 Uitvoering in samenhang (MS, §2.3, art. 2.1.1 lid 3 Wmo 2015)
//     «Het gemeentebestuur draagt er zorg voor dat deze wet, voor zover dat noodzakelijk is met het oog op de situatie
//     van de cliënt of zijn gezinsleden, wordt uitgevoerd in samenhang met de Jeugdwet, de Participatiewet en de Wet
//     gemeentelijke schuldhulpverlening»
// R13 Beleidsplan (MS, §2.3, art. 2.1.2 Wmo 2015)
//     «een zo integraal mogelijke dienstverlening op het sociaal domein en aanpalende domeinen»
//     «de samenwerking met partijen ten behoeve van de in onderdeel a genoemde doelen met specifieke aandacht voor
//     samenwerking in het kader van een gecoördineerde aanpak»
// [/RULEBOOK]

namespace wams {
namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

bool mentions(std::string_view text, std::string_view word) { return lower(text).find(word) != std::string::npos; }

std::string trim(std::string s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.pop_back();
    std::size_t i = 0;
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    return s.substr(i);
}

} // namespace

// [SECTION] Domains (R2, R3, D19) ---------------------------------------------------------------------------------

std::optional<std::string> social_law_name(std::string_view text) {
    std::string t = lower(text);
    if (t.rfind("social:", 0) == 0) t = t.substr(7);
    t = trim(t);
    if (t == "wmo" || t == "wmo 2015" || t == "wet maatschappelijke ondersteuning 2015") return "Wmo 2015";
    if (t == "jeugdwet") return "Jeugdwet";
    if (t == "participatiewet") return "Participatiewet";
    if (t == "wgs" || t == "wet gs" || t == "wet gemeentelijke schuldhulpverlening") return "Wgs";
    return std::nullopt;
}

namespace {
// A parenthesised note that names one of R3's exceptions: «wonen (anders dan beschermd wonen op grond van de Wmo
// 2015)» and «werk of ander inkomen, (met uitzondering van inkomen op grond van de Participatiewet)» (§1.4). A note
// that names the exception itself ("wonen (beschermd wonen op grond van de Wmo 2015)") moves the domain to that
// law; the §1.4 wording, which names it as excluded ("anders dan", "met uitzondering van"), does not.
std::optional<std::string> r3_exception_law(std::string_view base, std::string_view note) {
    if (mentions(note, "anders dan") || mentions(note, "uitzondering")) return std::nullopt;
    if (base == "wonen" && mentions(note, "beschermd wonen")) return "Wmo 2015";
    if (base == "werk of ander inkomen" && mentions(note, "participatiewet")) return "Participatiewet";
    return std::nullopt;
}
} // namespace

std::string domain_name_of(std::string_view domain) {
    std::string d(domain);
    for (std::string_view prefix : {"adjacent:", "social:"})
        if (d.rfind(prefix, 0) == 0) d = d.substr(prefix.size());
    // §1.4 «openbare orde en veiligheid, waaronder reclassering»: probation lies inside that domain (R3, C12).
    if (mentions(d, "reclassering")) return "openbare orde en veiligheid";
    const auto p = d.find('(');
    if (p == std::string::npos) return trim(d);
    std::string base = trim(d.substr(0, p));
    while (!base.empty() && base.back() == ',') base.pop_back();  // «werk of ander inkomen, (met uitzondering …)»
    if (auto law = r3_exception_law(base, d.substr(p))) return *law;  // R3, draft 3.1
    return base;
}

std::string classify_need(const Need& need) {
    if (need.legal_basis)  // R3, D19: the legal basis decides (beschermd wonen → Wmo 2015; Participatiewet income)
        if (auto law = social_law_name(*need.legal_basis)) return "social:" + *law;
    const std::string name = domain_name_of(need.domain);  // E4: a social:<law> domain counts for that law
    if (auto law = social_law_name(name)) return "social:" + *law;
    return name;
}

bool needs_reclassified(const Facts& facts) {
    // A party's domain whose note moves it (reclassering into OOV; an R3 exception into its law).
    auto moved = [](std::string_view d) {
        return mentions(d, "reclassering") || (d.find('(') != std::string_view::npos && social_law_name(domain_name_of(d)));
    };
    if (facts.investigation_outcome)
        for (const auto& n : facts.investigation_outcome->needs) {
            const std::string by_label = social_law_name(n.reported_as) ? "social:" + *social_law_name(n.reported_as)
                                                                        : domain_name_of(n.reported_as);
            if (!n.reported_as.empty() && by_label != classify_need(n)) return true;
            if (moved(n.domain) || mentions(n.label, "reclassering")) return true;
        }
    for (const auto& d : facts.data_items)
        if (moved(d.source.domain)) return true;
    if (facts.case_conference)
        for (const auto& i : facts.case_conference->invitees)
            if (i.domain && moved(*i.domain)) return true;
    return false;
}

// [SECTION] Q1 purpose gate (R4–R7, R10, R55, R56, R67) -----------------------------------------------------------

WalkStep q1_purpose(const DataItem& item) {
    WalkStep s;
    s.question = "Q1";
    s.answer = std::string(to_string(item.purpose));
    auto stop = [&](Verdict v, std::initializer_list<std::string_view> rules) {
        s.effect = Effect::stop;
        s.stop_verdict = v;
        add_ids(s.rules, rules);
        if (v == Verdict::not_this_law) add_ids(s.advisories, {"ADV_NO_CROSS_DOMAIN_BASIS_ELSEWHERE"});  // R1, D20
    };
    switch (item.purpose) {
    case Purpose::opsporing:
    case Purpose::fraud_oneigenlijk_gebruik: stop(Verdict::not_allowed, {"R5"}); break;
    case Purpose::bulk_search:
        stop(Verdict::not_allowed, {"R7"});
        add_ids(s.advisories, {"ADV_NO_SCREENING_DUTY"});  // R19
        break;
    case Purpose::structural_exchange: stop(Verdict::not_allowed, {"R6"}); break;
    case Purpose::non_voluntary_service: stop(Verdict::not_this_law, {"R4"}); break;
    case Purpose::decision_making: stop(Verdict::not_this_law, {"R10"}); break;
    case Purpose::other_legal_table: stop(Verdict::not_this_law, {"R55"}); break;
    case Purpose::professional_request: add_ids(s.rules, {"R67"}); break;
    case Purpose::investigation:
    case Purpose::coordination:
    case Purpose::case_conference:
    case Purpose::reuse_from_case_conference: add_ids(s.rules, {"R56"}); break;
    }
    return s;
}

} // namespace wams
