// process_steps.cpp — the process map (RULEBOOK §9; report §2.3 "De situaties waarin de Wams van toepassing is",
// "De processen", §3.1.1 "Processen"). Every summary restates rules of the rulebook; the R-ids are listed per step.
//
// Layout grid (column → left-to-right, row → lane):
//   row 0: entry_client → decide_investigation → investigation → service_proposal → decision_making
//          → coordination → coordination_end
//   row 1: entry_professional (→ decide_investigation), single_approach (the non-Wams exit)
//   row 2: case_conference (reached from investigation and from coordination)
//   row 3: data_sharing, out_of_scope and about_wams (apply across the map; context)
#include "wams/process_steps.hpp"

#include "wams/stage.hpp"

namespace wams {
namespace {

// The steps as written; process_steps() labels their draft articles and dates the status of about_wams.
std::vector<ProcessStep> written_steps() {
    return {
        {"entry_client", "Cliënt meldt zich", "Client comes forward",
         "Cliëntroute (art. 2.3a.1). Een inwoner meldt zich bij een loket (fysiek of elektronisch) met een hulpvraag onder een van de vier "
         "sociaal-domeinwetten, of een bestaande cliënt ondervindt problemen met lopende dienstverlening. De cliënt "
         "kan meervoudige problematiek zelf aangeven; de medewerker is er alert op.",
         "Client route (art. 2.3a.1). A resident comes to a desk (physical or electronic) with a request under one of the four social-domain "
         "laws, or an existing client has problems with current services. The client may mention multiple problems "
         "himself; the employee is alert to them.",
         {"R14", "R15", "R11", "R19"}, {"decide_investigation"}, ProcessPhase::Toeleiding, 0, 0},
        {"entry_professional", "Verzoek van een professional", "Request by a professional",
         "Professionele route (art. 2.3a.4). Een bij de persoon betrokken professional van een partij in het sociaal domein of een aanpalend domein "
         "vermoedt ernstige problematiek en verzoekt het college gemotiveerd om onderzoek. Buren, familie of andere "
         "particulieren kunnen dit verzoek niet doen.",
         "Professional route (art. 2.3a.4). A professional involved with the person, working at a party in the social domain or an adjacent domain, "
         "suspects serious problems and sends the college a motivated request for an investigation. Neighbours, "
         "relatives or other private persons cannot make this request.",
         {"R20", "R21", "R22", "R67"}, {"decide_investigation"}, ProcessPhase::Toeleiding, 0, 1},
        {"decide_investigation", "Besluit over onderzoek", "Decision on an investigation",
         "Cliëntroute: lijkt er sprake van meervoudige problematiek, dan stelt de gemeente onderzoek in, tenzij de "
         "cliënt dat niet nodig vindt. Professionele route: het college toetst het verzoek aan de criteria en heeft "
         "de bevoegdheid, niet de plicht, om onderzoek te doen; de toetsingscriteria ontwikkelt en publiceert de "
         "gemeente zelf.",
         "Client route: if multiple problems seem plausible, the municipality starts an investigation unless the "
         "client finds it unnecessary. Professional route: the college assesses the request against the criteria "
         "and has the competence, not the duty, to investigate; the municipality develops and publishes its own "
         "criteria.",
         {"R16", "R17", "R18", "R22", "R23", "R24", "R27"}, {"investigation", "single_approach"},
         ProcessPhase::Toeleiding, 1, 0},
        {"single_approach", "Enkelvoudige aanpak", "Single approach",
         "Geen Wams-procedure: de hulpvraag gaat verder onder de afzonderlijke wet. Dat gebeurt als er geen signaal "
         "van meervoudige problematiek is, als de cliënt onderzoek niet nodig vindt, of als het onderzoek geen "
         "samenhang laat zien (dan eventueel losse enkelvoudige aanvragen). De Wams geeft dan geen grondslag voor "
         "gegevensdeling.",
         "No Wams procedure: the request continues under the separate law. This happens when there is no signal of "
         "multiple problems, when the client finds an investigation unnecessary, or when the investigation shows no "
         "connection (then possibly separate single applications). The Wams then gives no basis for data sharing.",
         {"R17", "R18", "R24", "R34", "R1"}, {}, ProcessPhase::Toeleiding, 2, 1},
        {"investigation", "Onderzoek in samenspraak met de cliënt", "Investigation together with the client",
         "Het college brengt in kaart welke problemen spelen, welke dienstverlening en interventies lopen of al zijn "
         "toegepast en wat nodig is — stap voor stap, niet meer maar ook niet minder dan noodzakelijk. In de "
         "cliëntroute bepaalt de cliënt de reikwijdte; gezinsleden doen mee na overleg met de cliënt en met hun "
         "eigen instemming. In de professionele route wordt de cliënt geïnformeerd en zo mogelijk betrokken, en de "
         "verzoekende professional in ieder geval.",
         "The college maps which problems exist, which services and interventions are running or were tried, and "
         "what is needed — step by step, not more but also not less than necessary. In the client route the client "
         "sets the scope; family members take part after consultation with the client and with their own agreement. "
         "In the professional route the client is informed and involved where possible, and the requesting "
         "professional is involved in any case.",
         {"R25", "R26", "R28", "R29", "R30", "R31", "R32", "R33"},
         {"service_proposal", "case_conference", "single_approach"}, ProcessPhase::Toeleiding, 2, 0},
        {"service_proposal", "Dienstverleningsvoorstel en dossier", "Service proposal and dossier",
         "Blijken er samenhangende problemen waarbij een gecoördineerde aanpak kan helpen, dan is in samenspraak met "
         "de cliënt een dienstverleningsvoorstel ontwikkeld, waarin ook staat hoe de coördinatie zal verlopen. "
         "Verloop en uitkomsten van het onderzoek worden vastgelegd in een dossier.",
         "If connected problems are found where a coordinated approach can help, a service proposal has been "
         "developed together with the client, including how coordination will take place. The course and outcomes "
         "of the investigation are recorded in a dossier.",
         {"R35", "R36"}, {"decision_making"}, ProcessPhase::Toeleiding, 3, 0},
        {"decision_making", "Besluitvorming onder de afzonderlijke wetten", "Decisions under the separate laws",
         "Over het voorstel wordt beslist met beschikkingen en opdrachten aan partijen onder de afzonderlijke wetten. "
         "Daar verandert de Wams niets aan: de uitgangspunten van die wetten blijven onverkort van kracht.",
         "The proposal is decided on through formal decisions (beschikkingen) and orders to parties under the "
         "separate laws. The Wams changes nothing there: the principles of those laws remain fully in force.",
         {"R10"}, {"coordination"}, ProcessPhase::Uitvoering, 4, 0},
        {"coordination", "Coördinatie tijdens de uitvoering", "Coordination during execution",
         "Bij twee of meer sociaal-domeinwetten moet het college voor coördinatie zorgen; bij één sociaal-domeinwet "
         "plus een of meer aanpalende domeinen mag het. Het college wijst zo nodig een coördinator aan, tenzij de "
         "cliënt, een mantelzorger of vertegenwoordiger het zelf naar behoren kan. De vorm kan licht zijn (bestaande "
         "dossiers) of zwaarder (proces- of casusregisseur met coördinatiedossier); alles in afstemming met de cliënt.",
         "With two or more social-domain laws the college must arrange coordination; with one social-domain law plus "
         "one or more adjacent domains it may. The college appoints a coordinator where needed, unless the client, "
         "an informal carer or a representative can do it properly. The form can be light (existing dossiers) or "
         "heavier (process or case director with a coordination file); everything in alignment with the client.",
         {"R3", "R37", "R38", "R39", "R40", "R41", "R42", "R43", "R45", "R46", "R47", "R12"},
         {"case_conference", "coordination_end"}, ProcessPhase::Uitvoering, 5, 0},
        {"case_conference", "Casusoverleg", "Case conference",
         "Een bevoegdheid van de gemeente (onderzoeksfase) of de door het college aangewezen coördinator "
         "(coördinatiefase). Alleen partijen van wie deelname noodzakelijk is; de cliënt wordt uitgenodigd tenzij "
         "zwaarwegende belangen zich verzetten. Noodzakelijke gegevens mogen worden gedeeld; afspraken worden 'op "
         "maat' verspreid en hergebruik mag alleen met instemming van de verstrekker.",
         "A competence of the municipality (investigation phase) or of the coordinator appointed by the college "
         "(coordination phase). Only parties whose participation is necessary; the client is invited unless weighty "
         "interests oppose. Necessary data may be shared; agreements are distributed 'op maat' and reuse needs the "
         "provider's agreement.",
         {"R48", "R49", "R50", "R51", "R52", "R53", "R54", "R55"}, {}, ProcessPhase::Crosscutting, 4, 2},
        {"coordination_end", "Einde coördinatie", "End of coordination",
         "Is coördinatie niet meer nodig, of kan de coördinator zijn taak niet meer naar behoren uitvoeren, dan "
         "meldt hij dat aan de gemeente. Wat het college daarna moet doen, zegt de tekst niet.",
         "When coordination is no longer needed, or the coordinator can no longer perform the task properly, he "
         "reports this to the municipality. The text does not say what the college must do next.",
         {"R44"}, {}, ProcessPhase::Uitvoering, 6, 0},
        {"data_sharing", "Gegevens delen: noodzakelijkheid stap voor stap",
         "Data sharing: necessity step by step",
         "Geldt in elke fase: per casus en stap voor stap, niet meer maar ook niet minder dan noodzakelijk. Bronnen "
         "voor het onderzoek (art. 5.4.1), de geclausuleerde plicht van partijen (art. 5.4.2), toestemming of goed "
         "hulpverlenerschap bij zorg- en jeugdhulpverleners, Wpg/Wjsg alleen voor zover die wetten het toestaan, "
         "het BSN alleen om de juiste persoon te waarborgen.",
         "Applies in every phase: per case and step by step, not more but also not less than necessary. Sources for "
         "the investigation (art. 5.4.1), the qualified duty of parties (art. 5.4.2), consent or good care "
         "(goed hulpverlenerschap) for health-care and youth-care professionals, Wpg/Wjsg data only as far as those "
         "laws allow, the BSN only to make sure it is the right person.",
         {"R56", "R57", "R58", "R59", "R60", "R61", "R62", "R63", "R64", "R65", "R66", "R67"}, {},
         ProcessPhase::Crosscutting, 0, 3},
        {"out_of_scope", "Wat de Wams niet is", "What the Wams is not",
         "Geen grondslag voor opsporing of bestrijding van oneigenlijk gebruik, geen structurele uitwisseling, geen "
         "zoeken in grote gegevensbestanden, geen niet-vrijwillige dienstverlening, geen doorzettingsmacht en geen "
         "resultaatverplichting; de Wams schrijft niet voor hoe de toegang wordt ingericht.",
         "No basis for criminal investigation or fighting improper use, no structural exchange, no searching large "
         "data sets, no non-voluntary services, no power to compel and no obligation of result; the Wams does not "
         "prescribe how access is organised.",
         {"R1", "R4", "R5", "R6", "R7", "R8", "R9", "R11", "R55"}, {}, ProcessPhase::Crosscutting, 3, 3},
        {"about_wams", "De Wams in het kort: doel en status", "The Wams in brief: purpose and status",
         "De Wams is geen nieuwe wet maar een vehikel dat de Wmo 2015 wijzigt (de andere drie wetten volgen via "
         "spiegelbepalingen) om domein-overstijgend delen van gegevens een grondslag te geven. Het college voert de "
         "wetten in samenhang uit en besteedt in het beleidsplan aandacht aan integrale dienstverlening. Status:",
         "The Wams is not a new law but a vehicle that amends the Wmo 2015 (the other three laws follow through "
         "mirror provisions) to give cross-domain data sharing a legal basis. The college executes the laws in "
         "connection (in samenhang) and gives integral services attention in its policy plan. Status:",
         {"R1", "R2", "R12", "R13"}, {}, ProcessPhase::Crosscutting, 6, 3},
    };
}

} // namespace

const std::vector<ProcessStep>& process_steps() {
    static const std::vector<ProcessStep> steps = [] {
        std::vector<ProcessStep> out = written_steps();
        for (auto& s : out) {
            s.summary_nl = label_draft_articles(s.summary_nl, Lang::nl);
            s.summary_en = label_draft_articles(s.summary_en, Lang::en);
            if (s.id != "about_wams") continue;
            s.summary_nl += " " + stage_status_line(default_stage(), Lang::nl) + ".";
            s.summary_en += " " + stage_status_line(default_stage(), Lang::en) + ".";
        }
        return out;
    }();
    return steps;
}

const ProcessStep* find_process_step(std::string_view id) {
    for (const auto& s : process_steps())
        if (s.id == id) return &s;
    return nullptr;
}

std::string_view process_phase_id(ProcessPhase p) {
    switch (p) {
        case ProcessPhase::Toeleiding: return "toeleiding";
        case ProcessPhase::Uitvoering: return "uitvoering";
        case ProcessPhase::Crosscutting: return "crosscutting";
    }
    return "crosscutting";
}

} // namespace wams
