#!/usr/bin/env python3
"""Dev-time tool (not part of the build): regenerates assets/rules/{rules,ambiguities,design_choices,advisories}.json
from RULEBOOK.md. The generated JSON is committed and reviewed; the build never reads the rulebook.
Usage: python3 assets/rules/tools/extract_rulebook.py PATH/TO/RULEBOOK.md"""
import json, re, sys, os

TITLE_NL = {
 1:"Wat telt als Wams-verwerking",2:"Definitie meervoudige problematiek",3:"Uitzonderingen bij de indeling in domeinen",
 4:"Alleen vrijwillige dienstverlening",5:"Geen opsporing, geen bestrijding van oneigenlijk gebruik",6:"Geen structurele uitwisseling",
 7:"Niet zoeken in grote gegevensbestanden; geen plicht tot doorlichten",8:"Coördinatie is geen uitvoering; samenwerking, geen doorzettingsmacht",
 9:"Inspanningsverplichting; prioriteiten in het beleidsplan",10:"Besluitvorming verandert niet",11:"Inrichting van de toegang is vrij",
 12:"Uitvoering in samenhang",13:"Beleidsplan",14:"Aanleiding voor de cliëntroute",15:"Wie meervoudige problematiek kan signaleren",
 16:"Onderzoek moet starten",17:"Geen signaal: enkelvoudige aanpak",18:"Cliënt vindt onderzoek niet nodig",
 19:"Geen plicht tot doorlichten; bestaande gevallen kunnen de Wams gebruiken",20:"Wie een verzoek mag doen",
 21:"Het verzoek moet gemotiveerd zijn",22:"Inhoudelijke criteria",23:"Bevoegdheid, geen plicht",24:"Criteria niet vervuld",
 25:"De verzoekende professional wordt betrokken",26:"Cliënt informeren en betrekken in de route via een professional",
 27:"Eigen gepubliceerde criteria van de gemeente",28:"De vier onderwerpen van het onderzoek",
 29:"Toegestane omvang van de verwerking in het onderzoek",30:"Reikwijdte begrensd door de wens van de cliënt (in samenspraak)",
 31:"Gezinsleden betrekken",32:"Partijen betrekken; casusoverleg mogelijk",33:"Stap voor stap; verder verwerken van gegevens uit andere wetten",
 34:"Uitkomst A: geen samenhangende problemen",35:"Uitkomst B: samenhangende problemen; dienstverleningsvoorstel",
 36:"Dossier voor verantwoording",37:"Verplichte coördinatie",38:"Bevoegdheid tot coördinatie",39:"Anders geen Wams-coördinatie",
 40:"Een coördinator aanwijzen",41:"Zelf coördineren door cliënt, mantelzorger of vertegenwoordiger",42:"Geen eisen als de cliënt zelf coördineert",
 43:"Taken van de aangewezen coördinator; coördinatiedossier",44:"Einde van de coördinatie",
 45:"In afstemming met de cliënt, of zoveel mogelijk",46:"Lichte coördinatie",47:"Zwaardere coördinatie (proces- of casusregisseur)",
 48:"Wie een casusoverleg mag organiseren, en wanneer",49:"Wanneer een casusoverleg aangewezen is",50:"Deelname alleen waar noodzakelijk",
 51:"De cliënt wordt uitgenodigd",52:"Delen in het casusoverleg",53:"Afspraken vastgelegd en 'op maat' verspreid",
 54:"Hergebruik alleen met instemming van de verstrekker",55:"Bestaande tafels onder andere wetgeving vallen buiten de Wams",
 56:"Toegestane doelen",57:"Bronnen voor het onderzoek (art. 5.4.1 Wmo 2015)",58:"Van gemeente naar partij",
 59:"Verzoek van het college aan partijen (art. 5.4.2)",60:"Geclausuleerde plicht; zwaarwegende redenen; nadere voorwaarden",
 61:"Zorg- en jeugdhulpverleners: uitdrukkelijke toestemming of goed hulpverlenerschap",62:"Politiegegevens en justitiële gegevens",
 63:"Gebruik van het BSN",64:"Gemeentelijke gegevens uit huisverbod, Wvggz en Wzd",65:"De grondslag is de wet, niet de toestemming van de cliënt",
 66:"Noodzakelijkheid, per casus en stap voor stap",67:"Gegevens bij een gemotiveerd verzoek van een professional",
}
ARTICLE_OVERRIDE = {12: "art. 2.1.1 lid 3 Wmo 2015", 13: "art. 2.1.2 Wmo 2015"}
CHAPTER = [(1,13,"§2 Scope and limits"),(14,27,"§3 Entry routes"),(28,36,"§4 Investigation"),(37,47,"§5 Coordination"),
           (48,55,"§6 Case conference"),(56,67,"§7 Data sharing")]

def quotes(text):
    return re.findall(r"«([^»]*)»", text)

def sections_of(source):
    out = []
    for m in re.finditer(r"(MS|§\d+(?:\.\d+)*(?: fn \d+)?)", source):
        s = m.group(1)
        if s not in out: out.append(s)
    return out

def main(path):
    md = open(path, encoding="utf-8").read()
    outdir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    # Rules
    rules = []
    blocks = re.split(r"\n(?=\*\*R\d+ — )", md)
    for b in blocks:
        m = re.match(r"\*\*R(\d+) — (.+?)\*\* \[([^\]]+)\]", b)
        if not m: continue
        n = int(m.group(1))
        body = b.split("\n\n")[0] if n != 67 else b.split("\n---")[0]
        body = re.split(r"\n(?=#)", body)[0]
        src_lines = [l for l in body.split("\n") if l.startswith("- Source:") or l.startswith("- §3.1.1:")]
        src = " ".join(src_lines)
        art = re.search(r"Article: (art\. [0-9a-z.]+?)\.?(?:\s|$|,| \()", body)
        kind = "C" if m.group(3).startswith("C") else "T"
        chapter = next(c for lo, hi, c in CHAPTER if lo <= n <= hi)
        if_then = [l[2:].strip() for l in body.split("\n")[1:] if l.startswith("- ") and not l.startswith("- Source") and not l.startswith("- §3.1.1:")]
        rules.append({
            "id": f"R{n}", "kind": kind, "kind_note": m.group(3),
            "title_en": m.group(2), "title_nl": TITLE_NL[n], "chapter": chapter,
            "sections": sections_of(src.split("«")[0] + " " + " ".join(re.findall(r"(?:^|» ?[;/.]? ?)(?:and |; )?(MS|§[\d.]+(?: fn \d+)?)", src))),
            "article": ARTICLE_OVERRIDE.get(n, (art.group(1).strip() + " Wmo 2015") if art else None),
            "quotes_nl": quotes(src) or quotes(body), "text_en": if_then, "stage": "concept-2020-12"})
    for r in rules:
        if not r["sections"]: r["sections"] = sections_of(" ".join(r["text_en"]))
    assert len(rules) == 67, len(rules)
    # Ambiguities
    amb = []
    for m in re.finditer(r"\*\*A(\d+) — (.+?)\*\*(.*?)(?=\n\*\*A\d+ — |\n---)", md, re.S):
        body = m.group(3).strip()
        tool = re.search(r"\*Tool:\*(.*)", body, re.S)
        amb.append({"id": f"A{m.group(1)}", "title_en": m.group(2), "text_en": body,
                    "quotes_nl": quotes(body), "tool_behaviour_en": tool.group(1).strip() if tool else None})
    assert len(amb) == 25, len(amb)
    # Design choices
    dc = []
    dsec = md.split("## 11. Design choices")[1].split("\n---")[0]
    for m in re.finditer(r"^\| (D\d+) \| (.+?) \| (.+?) \|$", dsec, re.M):
        dc.append({"id": m.group(1), "choice_en": m.group(2), "rests_on_en": m.group(3)})
    assert len(dc) == 27, len(dc)
    # Advisories
    adv = []
    sec = md.split("### 9.3")[1].split("\n---")[0]
    for m in re.finditer(r"^\| `(ADV_[A-Z_]+)` \| ([^|]+) \| (.+?) \|$", sec, re.M):
        adv.append({"code": m.group(1), "rules": re.findall(r"R\d+", m.group(2)), "shown_when_en": m.group(3)})
    assert len(adv) == 21, len(adv)
    for name, data in [("rules", rules), ("ambiguities", amb), ("design_choices", dc), ("advisories", adv)]:
        with open(os.path.join(outdir, name + ".json"), "w", encoding="utf-8") as f:
            json.dump({"stage": "concept-2020-12", "source": "RULEBOOK.md (Wams decision aid)", name: data}, f, ensure_ascii=False, indent=1)
            f.write("\n")

if __name__ == "__main__":
    main(sys.argv[1])
