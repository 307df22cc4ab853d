// data_sharing_r56_r67.cpp — RULEBOOK §7 "Data sharing": the sources and their licences (R56–R59, R64, with R33,
// R43, R45 by phase, D16), the provider's qualified duty (R60, R8), professional secrecy (R61, D3, D21, D22),
// police and justice data (R62), the BSN (R63, D11) and necessity (R66, D13). R65 is the consent advisory;
// R67 (data passed with a request) is a Q1/Q2 licence (scope_r01_r13.cpp, necessity_walk.cpp).
//
// Index
//   [SECTION] Q6 source and direction (R57–R59, R33, R64, R43, R45; D12, D16, A17, A18)
//   [SECTION] Q7 professional secrecy (R61; D3, D21, D22, A16, A19)
//   [SECTION] Q8 Wpg / Wjsg (R62)
//   [SECTION] Q9 provider's answer (R59, R60, R8; D16)
//   [SECTION] Q11 BSN (R63, R66; D11)
//   [SECTION] Q12 necessity (R66; D13)
#include "wams/necessity_walk.hpp"

// [RULEBOOK] R56–R67 as the rulebook states them: Dutch title, sections of the 2020 consultation
// document and its words, quoted exactly (assets/rules/rules.json; tests/rule_quotes.py keeps this in step).
// R56 Toegestane doelen (§2.2, §2.3)
//     «Het delen van gegevens kan aan de orde zijn in de fase van de toeleiding (bij het doen van onderzoek, waar het
//     formuleren van een voorstel voor het uitvoeren van onderzoek deel van uitmaakt) en tijdens de uitvoering van de
//     dienstverlening ten behoeve van het coördineren van de hulpverlening bij meervoudige problematiek.»
//     «Het eerste doel: gegevens verwerken voor het doel van onderzoek.»
// R57 Bronnen voor het onderzoek (art. 5.4.1 Wmo 2015) (§2.3, art. 5.4.1 Wmo 2015)
//     «Artikel 5.4.1 Wmo 2015 bepaalt dat de gemeente voor het doen van onderzoek persoonsgegevens mag verwerken.»
// R58 Van gemeente naar partij (§2.3, art. 5.4.1 Wmo 2015)
//     «Persoonsgegevens die de gemeente verstrekt aan een partij die betrokken is bij het onderzoek naar meervoudige of
//     ernstige problematiek, als de gemeente vindt dat dat noodzakelijk is voor die partij om te kunnen bijdragen aan
//     het onderzoek.»
// R59 Verzoek van het college aan partijen (art. 5.4.2) (§2.3, art. 5.4.2 Wmo 2015)
//     «De gemeente vraagt partijen om persoonsgegevens over de cliënt of zijn gezinsleden te verstrekken, die naar het
//     oordeel van de gemeente noodzakelijk zijn voor het uitvoeren van het onderzoek.»
// R60 Geclausuleerde plicht; zwaarwegende redenen; nadere voorwaarden (§2.3, art. 5.4.2 Wmo 2015)
//     «Deze partij verstrekt de gevraagde gegevens, tenzij naar het oordeel van de desbetreffende partij zwaarwegende
//     redenen zich daartegen verzetten (geclausuleerde plicht). De verstrekking kan aan deze verstrekking nadere
//     voorwaarden stellen.»
// R61 Zorg- en jeugdhulpverleners: uitdrukkelijke toestemming of goed hulpverlenerschap (§2.3, §3.1.1, art. 5.4.2 Wmo 2015)
//     «Een hulpverlener/iemand die werkzaam is op het gebied van de individuele gezondheidszorg of een
//     jeugdhulpverlener verstrekt deze gegevens pas na uitdrukkelijke toestemming van de cliënt, dan wel zonder
//     toestemming van de cliënt, maar dan alleen als de hulpverlener vindt dat het noodzakelijk is vanuit het oogpunt
//     van goed hulpverlenerschap.»
//     «Wanneer de cliënt daar toestemming voor geeft kunnen hulpverleners met een medisch beroepsgeheim of een
//     Stichting Kwaliteitsregister Jeugd registratie informatie delen. Zonder toestemming van de cliënt kan dat alleen
//     als dat alleen als de hulpverlener vindt dat het noodzakelijk is vanuit het oogpunt van goed hulpverlenerschap.»
// R62 Politiegegevens en justitiële gegevens (§2.3, §3.1.1, art. 5.4.2 Wmo 2015)
//     «De Wams benoemt specifiek dat persoonsgegevens waar de Wet politiegegevens en de Wet justitiële en
//     strafvorderlijke gegevens op van toepassing is, alleen mogen worden verstrekt als dat op grond van deze wetten is
//     toegestaan.»
//     «alleen verstrekt mogen worden als dat op grond van deze wetten is toegestaan»
// R63 Gebruik van het BSN (§2.3)
//     «Wanneer het noodzakelijk is in de gegevensverwerking gebruik te maken van een identificerend nummer gebruiken
//     partijen die een BSN mogen verwerken daarvoor het BSN. Dit gebeurt om zeker te stellen dat de gegevens van de
//     juiste persoon worden verwerkt.»
// R64 Gemeentelijke gegevens uit huisverbod, Wvggz en Wzd (§2.3, art. 5.4.1 Wmo 2015)
//     «Persoonsgegevens die de gemeente heeft verwerkt t.b.v. een huisverbod, Wvvgz, Wet zorg en dwang.»
// R65 De grondslag is de wet, niet de toestemming van de cliënt (§2.2, MS)
//     «De AP wijst er op dat toestemming van de cliënt om gegevens te delen onvoldoende is als grondslag vanwege de
//     afhankelijke positie van de cliënt.»
//     «De zeggenschap van de cliënt over het delen van gegevens is uitgewerkt»
// R66 Noodzakelijkheid, per casus en stap voor stap (MS, §2.3, §3.1.1)
//     «De professional dient per geval, stap voor stap, te bepalen welke gegevens noodzakelijk zijn en gedeeld moeten
//     worden.»
//     «Een te strikte interpretatie beperkt de mogelijkheden voor het delen van gegevens»
//     «door een te ruime interpretatie worden te veel gegevens gedeeld»
//     «De Wams geeft geen voorschriften hoe bepaald moet worden welke gegevens noodzakelijk gedeeld moeten worden in
//     een specifieke casus. Omdat ieder geval uniek is dient de professional dat voor iedere casus apart en binnen een
//     casus stap voor stap te bepalen.»
//     «De professional, die de casus behandelt, dient te bepalen wat noodzakelijk is en het opvragen en verstrekken van
//     gegevens zorgvuldig uit te voeren.»
//     «De gemeente is er verantwoordelijk voor dat de professionals die de Wams uitvoeren zich aan de regels houden.»
//     «In beide situaties past de gemeente een 'stap voor stap' werkwijze toe die de gegevensverwerking beperkt tot wat
//     noodzakelijk is gezien de kenmerken van de specifieke casus.»
// R67 Gegevens bij een gemotiveerd verzoek van een professional (§2.3, §3.1.1, art. 2.3a.4 Wmo 2015)
//     «kan deze het college gemotiveerd verzoeken een onderzoek te doen»
//     «het college (gemotiveerd) te verzoeken een onderzoek te doen»
// [/RULEBOOK]

namespace wams {
namespace {

bool is_party(SourceType t) {
    return t == SourceType::party_current_or_past_service || t == SourceType::party_no_service_relation;
}
bool is_conference_item(const DataItem& d) {
    return d.purpose == Purpose::case_conference || d.purpose == Purpose::reuse_from_case_conference;
}
bool about_family_member(const DataItem& d) { return d.subject != Subject::client; }

} // namespace

// [SECTION] Q6 ----------------------------------------------------------------------------------------------------

WalkStep q6_source(const CaseContext& ctx, const DataItem& item) {
    WalkStep s;
    s.question = "Q6";
    s.answer = std::string(to_string(item.source.type));
    if (item.purpose == Purpose::professional_request) {  // R67 licenses the request itself (D25)
        s.effect = Effect::skip;
        return s;
    }
    if (item.purpose == Purpose::case_conference) {  // a conference participant: go to Q10
        s.answer = "conference_participant";
        s.rules = {"R52"};
        return s;
    }
    if (item.purpose == Purpose::reuse_from_case_conference) {  // information from the conference: go to Q10
        s.answer = "conference_information";
        return s;
    }
    const bool social_party = item.source.domain.rfind("social:", 0) == 0;
    if (effective_phase(ctx, item) == ItemPhase::coordination) {  // D16: the coordinator's task, not R57/R33/R64
        s.design_choices = {"D16"};
        switch (item.source.type) {
        case SourceType::client_self:
        case SourceType::college_own_prior:
        case SourceType::college_or_coordinator: s.rules = {"R43", "R45"}; break;
        case SourceType::party_current_or_past_service:
            s.rules = {"R43", "R45"};
            s.ambiguities = {"A17"};
            break;
        case SourceType::college_special_register:
            s.effect = Effect::ask;
            s.rules = {"R64"};
            s.ambiguities = {"A17"};
            break;
        case SourceType::party_no_service_relation:
            s.effect = Effect::ask;
            s.rules = {"R45"};
            s.ambiguities = {"A17", "A18"};
            s.design_choices = {"D12", "D16"};
            break;
        }
        return s;
    }
    switch (item.source.type) {  // investigation phase: art. 5.4.1 / 5.4.2
    case SourceType::client_self: s.rules = {"R57"}; break;
    case SourceType::college_own_prior: s.rules = {"R57", "R33"}; break;
    case SourceType::college_special_register: s.rules = {"R64"}; break;
    case SourceType::college_or_coordinator: s.rules = {"R58"}; break;
    case SourceType::party_current_or_past_service:
        s.rules = {"R57", "R59"};
        if (social_party) {  // D16: the qualified duty applied to a social-domain party (A17)
            s.ambiguities = {"A17"};
            s.design_choices = {"D16"};
        }
        break;
    case SourceType::party_no_service_relation:  // A18, D12
        s.effect = Effect::ask;
        s.rules = {"R57"};
        s.ambiguities = {"A18"};
        s.design_choices = {"D12"};
        break;
    }
    return s;
}

// [SECTION] Q7 ----------------------------------------------------------------------------------------------------

SecrecyRegime holder_secrecy_regime(const DataItem& item, bool* presumed) {
    if (presumed) *presumed = false;
    if (item.secrecy_regime != SecrecyRegime::none) return item.secrecy_regime;
    const bool holder_is_party_or_requester = is_party(item.source.type) || item.purpose == Purpose::professional_request;
    if (!holder_is_party_or_requester) return SecrecyRegime::none;  // D21: never presumed for municipal data
    if (item.secrecy_regime_rebutted_because && !item.secrecy_regime_rebutted_because->empty()) return SecrecyRegime::none;
    const std::string d = domain_name_of(item.source.domain);
    SecrecyRegime r = SecrecyRegime::none;
    if (d == "geneeskundige zorg" || d == "geestelijke gezondheidszorg" || d == "langdurige zorg" ||
        d == "publieke gezondheidszorg")
        r = SecrecyRegime::individual_health_care;
    else if (social_law_name(item.source.domain) == std::optional<std::string>("Jeugdwet"))
        r = SecrecyRegime::youth_care;
    if (presumed && r != SecrecyRegime::none) *presumed = true;
    return r;
}

WalkStep q7_secrecy(const DataItem& item) {
    WalkStep s;
    s.question = "Q7";
    bool presumed = false;
    const SecrecyRegime regime = holder_secrecy_regime(item, &presumed);
    const bool rebutted = item.secrecy_regime == SecrecyRegime::none && item.secrecy_regime_rebutted_because &&
                          !item.secrecy_regime_rebutted_because->empty();
    if (regime == SecrecyRegime::none) {
        s.effect = Effect::skip;
        s.answer = rebutted ? "presumption_rebutted" : "no_secrecy_regime";
        if (rebutted) s.design_choices = {"D21"};
        return s;
    }
    s.rules = {"R61"};
    s.advisories = {"ADV_CONSENT_NOT_BASIS"};  // R65, A23
    s.design_choices = {"D3"};
    if (presumed) add_ids(s.design_choices, {"D21"});
    if (about_family_member(item)) {  // D22: the data subject's own consent counts
        s.ambiguities = {"A19"};
        add_ids(s.design_choices, {"D22"});
    }
    if (regime == SecrecyRegime::youth_care && item.skj_registered == false) add_ids(s.ambiguities, {"A16"});
    if (item.explicit_consent == true) {
        s.answer = "explicit_consent";
        s.effect = Effect::condition;
        s.conditions = {"within_scope_of_explicit_consent"};
    } else if (item.goed_hulpverlenerschap == true) {
        s.answer = "goed_hulpverlenerschap";
        s.effect = Effect::condition;
        s.conditions = {"holder_judged_goed_hulpverlenerschap_record_it"};
    } else if (item.explicit_consent == false && item.goed_hulpverlenerschap == false) {
        s.answer = "no_consent_not_necessary";
        s.effect = Effect::block;
    } else {
        s.answer = "not_yet_known";
        s.effect = Effect::ask;
    }
    return s;
}

// [SECTION] Q8 ----------------------------------------------------------------------------------------------------

WalkStep q8_special_law(const DataItem& item) {
    WalkStep s;
    s.question = "Q8";
    if (item.special_law == SpecialLaw::none) {
        s.effect = Effect::skip;
        s.answer = "none";
        return s;
    }
    const std::string law(to_string(item.special_law));
    s.rules = {"R62"};
    if (item.special_law_permits == true) {
        s.answer = law + "_permits";
        s.effect = Effect::condition;
        s.conditions = {"only_as_far_as_" + law + "_allows"};
    } else if (item.special_law_permits == false) {
        s.answer = law + "_does_not_permit";
        s.effect = Effect::block;
    } else {
        s.answer = law + "_not_yet_assessed";
        s.effect = Effect::ask;
    }
    return s;
}

// [SECTION] Q9 ----------------------------------------------------------------------------------------------------

WalkStep q9_provider(const CaseContext& ctx, const DataItem& item) {
    WalkStep s;
    s.question = "Q9";
    s.answer = std::string(to_string(item.provider_response));
    if (!is_party(item.source.type) || is_conference_item(item) || item.purpose == Purpose::professional_request ||
        item.provider_response == ProviderResponse::not_applicable) {
        s.effect = Effect::skip;
        return s;
    }
    const bool coordination = effective_phase(ctx, item) == ItemPhase::coordination;
    if (coordination) s.design_choices = {"D16"};  // cooperation is voluntary (R8)
    switch (item.provider_response) {
    case ProviderResponse::provides:
        if (!coordination) s.rules = {"R59"};
        break;
    case ProviderResponse::provides_with_conditions:
        s.effect = Effect::condition;
        s.rules = {coordination ? "R8" : "R60"};
        s.conditions = {"provider_conditions:" + item.provider_conditions.value_or("")};
        break;
    case ProviderResponse::zwaarwegende_redenen:
        s.effect = Effect::block;
        s.rules = {coordination ? "R8" : "R60"};
        s.advisories = {"ADV_NO_DOORZETTINGSMACHT"};  // R8: the college cannot override the provider
        break;
    case ProviderResponse::not_yet_asked:
        s.effect = Effect::condition;
        if (coordination) {
            s.rules = {"R8"};
            s.conditions = {"cooperation_is_voluntary_samenwerking_no_doorzettingsmacht"};
        } else {
            s.rules = {"R60"};
            s.conditions = {"provider_may_refuse_for_zwaarwegende_redenen_or_set_conditions"};
        }
        break;
    case ProviderResponse::not_applicable: break;
    }
    return s;
}

// [SECTION] Q11 ---------------------------------------------------------------------------------------------------

WalkStep q11_bsn(const DataItem& item) {
    WalkStep s;
    s.question = "Q11";
    if (!item.bsn) {
        s.effect = Effect::skip;
        s.answer = "no_bsn";
        return s;
    }
    const auto authorised = item.bsn->user_authorised_for_bsn;
    const auto necessary = item.bsn->identification_necessary;
    if (authorised == false || necessary == false) {
        s.effect = Effect::block;
        if (authorised == false) {
            add_ids(s.rules, {"R63"});
            s.design_choices = {"D11"};
        }
        if (necessary == false) add_ids(s.rules, {"R66"});
        s.answer = authorised == false ? "not_authorised" : "identification_not_necessary";
    } else if (authorised && necessary) {
        s.answer = "authorised_and_necessary";
        s.effect = Effect::condition;
        s.rules = {"R63"};
        s.conditions = {"bsn_only_to_ensure_right_person"};
    } else {
        s.answer = "unknown";
        s.effect = Effect::ask;
        s.rules = {"R63"};
    }
    return s;
}

// [SECTION] Q12 ---------------------------------------------------------------------------------------------------

WalkStep q12_necessity(const DataItem& item) {
    WalkStep s;
    s.question = "Q12";
    s.answer = std::string(to_string(item.necessity.assessment));
    s.rules = {"R66"};
    switch (item.necessity.assessment) {
    case NecessityAssessment::stated: break;
    case NecessityAssessment::missing:
        s.effect = Effect::ask;
        s.design_choices = {"D13"};
        break;
    case NecessityAssessment::excessive:
        s.effect = Effect::block;
        s.design_choices = {"D13"};
        break;
    }
    return s;
}

} // namespace wams
