"""The hand-written discharge cases, as written, and the script that turns them into ``cases.jsonl``.

Each case below was composed by hand (README.md). Evidence and distractors are given as phrases of the
text, never as offsets: ``build`` finds each phrase with ``str.index`` (after an optional anchor phrase,
for a phrase that occurs more than once) and writes the spans. Run from the repository root:
``python benchmarks/data/handwritten/build_cases.py``; tests/test_handwritten.py checks that the committed
``cases.jsonl`` is what this file builds.

The held-out set (README.md) is written in the same format in heldout_cases.py, loaded from its path,
and built the same way into ``heldout.jsonl`` by ``build_heldout``; so are the second to fifth development
sets, dev2_cases.py into ``dev2.jsonl`` and so on to dev7_cases.py into ``dev7.jsonl``.
"""

# The notes are kept line for line as written (a line is a paragraph), so their lines run long.
# ruff: noqa: E501

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "cases.jsonl"
HELDOUT_SOURCE = HERE / "heldout_cases.py"
HELDOUT_OUT = HERE / "heldout.jsonl"
# The development sets after the first: devN_cases.py is built into devN.jsonl.
DEVELOPMENT = {"dev2": "second", "dev3": "third", "dev4": "fourth", "dev5": "fifth", "dev6": "sixth", "dev7": "seventh"}

# A phrase: (code, phrase) or (code, phrase, anchor); a distractor adds its kind (negated, history,
# family, uncertain, planned) as in the generator's truth.distractors. A note is "TEXT" or ("type", "TEXT").
CASES: list[dict] = []

CASES.append(
    {
        "case_id": "HW-01",
        "department": "Kardiologisk afdeling",
        "specialty": "kardiologi",
        "patient": {"age": 64, "sex": "M"},
        "admission": {"start": "2025-02-11", "end": "2025-02-15"},
        "notes": [
            """Epikrise

Indlæggelsesårsag: Brystsmerter.

Anamnese: 64-årig mand, gift, bor i hus med hustru, arbejder som tømrer. Ryger ca. 15 cig. dgl., ca. 40 pakkeår. Alkohol ca. 10 genstande/uge.
Tidl.: Type 2-diabetes siden 2016, beh. med metformin. Hypertension, i beh. med amlodipin. Tidl. DVT i ve. underben 2019, behandlet 6 mdr. med AK-beh., intet recidiv. St.p. appendektomi som barn.
Disp.: Bror opereret for aortaaneurisme i 2022. Far død 71 år af "hjertet".

Aktuelt: Indbragt af 1-1-2 kl. 05.40 efter 2 timers trykkende retrosternale smerter med udstråling til ve. arm og kæben, ledsaget af kvalme og koldsved. Smerterne startede i hvile. Fået 300 mg ASA og nitroglycerin s.l. i ambulancen med delvis effekt.

Obj.: Bleg, klam. BT 158/94, puls 88, SAT 96 % på atm. luft, RF 18. St.c.: RR, ingen mislyde. St.p.: VAM bilat., ingen RKL. Ingen perifere ødemer, ingen halsvenestase. Ingen tegn på hjerteinsufficiens.

EKG ved ankomst: SR 86, 1 mm ST-depression i V4-V6, ingen ST-elevation.
Troponin T 48 -> 312 ng/l efter 3 timer. Krea 82, Hb 9,1, HbA1c 61 mmol/mol, LDL 3,4.

Forløb: Vurderet som NSTEMI. Startet ticagrelor 180 mg loading, fondaparinux og atorvastatin 80 mg. KAG dag 1 via ha. a. radialis: 90 % stenose i proksimale LAD, i øvrigt diffuse, ikke-signifikante forandringer. PCI med 1 DES til LAD med godt resultat. Ekko dag 2: LVEF 50 %, let hypokinesi anteroseptalt, ingen betydende klapsygdom. Telemetri uden arytmier. Smertefri efter PCI.
Metformin pauseret i 48 t efter kontrast og genoptaget. BT fortsat forhøjet, ramipril tillagt.
Rygestop anbefalet kraftigt, pt. motiveret. Henvist til kommunalt rygestopforløb.

Konklusion: NSTEMI, PCI til LAD. Type 2-diabetes. Essentiel hypertension.

Plan: Henvist til hjerterehabilitering. DAPT (ASA + ticagrelor) i 12 mdr. Kontrol af BT, kalium og krea hos egen læge om 1-2 uger efter opstart af ramipril. Sygemeldt 4 uger.
"""
        ],
        "medications": [
            ("B01AC06", "acetylsalicylsyre", "75 mg x 1"),
            ("B01AC24", "ticagrelor", "90 mg x 2"),
            ("C10AA05", "atorvastatin", "80 mg x 1"),
            ("C09AA05", "ramipril", "2,5 mg x 1"),
            ("C08CA01", "amlodipin", "5 mg x 1"),
            ("A10BA02", "metformin", "1 g x 2"),
        ],
        "labs": [
            (None, "Troponin T;P", 312, "ng/L", None, 14),
            ("NPU02319", "Hæmoglobin;B", 9.1, "mmol/L", 8.3, 10.5),
            ("NPU18016", "Kreatinin;P", 82, "µmol/L", 60, 105),
        ],
        "codes": [("DI214", "A"), ("DE119", "B"), ("DI109", "B")],
        "evidence": [
            ("DI214", "NSTEMI"),
            ("DI214", "NSTEMI", "Konklusion"),
            ("DE119", "Type 2-diabetes"),
            ("DE119", "Type 2-diabetes", "Konklusion"),
            ("DI109", "Hypertension"),
            ("DI109", "Essentiel hypertension"),
        ],
        "distractors": [
            ("DI802", "Tidl. DVT i ve. underben 2019", "history"),
            ("DK359", "St.p. appendektomi", "history"),
            ("DI719", "aortaaneurisme", "family"),
            ("DI509", "Ingen tegn på hjerteinsufficiens", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW-02",
        "department": "Medicinsk afdeling",
        "specialty": "kardiologi",
        "patient": {"age": 78, "sex": "F"},
        "admission": {"start": "2025-03-03", "end": "2025-03-05"},
        "notes": [
            """Epikrise, FAM/kardiologisk sengeafsnit

78-årig kvinde, enke, bor alene i lejlighed 2. sal med elevator, selvhjulpen, ingen hjemmehjælp. Aldrig ryger.
Kendt med hypothyreose, velbehandlet med Eltroxin, og hypertension beh. med losartan. Ingen tidl. hjertesygdom.

Henv. af egen læge pga. 2 døgns hjertebanken, åndenød ved trappegang og træthed. EKG hos egen læge viste atrieflimren med hurtig ventrikelrespons.

Obj.: Upåvirket i hvile. BT 146/88, puls uregelmæssig 132, SAT 97 %, temp. 36,9. St.c.: arytmisk, ingen mislyde. St.p.: enkelte basale krepitationer ha. side, forsvinder ved hoste. Ingen ankelødemer, ingen halsvenestase.

EKG: AFLI, VR 128, normal akse, ingen iskæmi.
BS: Hb 8,2, krea 71, K 4,0, TSH 2,1 (normal), trop T 12 -> 13, D-dimer 1,1.
Pga. forhøjet D-dimer og dyspnø mistanke om LE, CT-angio af thorax: ingen LE, ingen infiltrater, normal hjertestørrelse.
Ekko: normal LVEF, let dilateret ve. atrium, ingen betydende klapsygdom.

Vurdering/forløb: Nyopdaget paroksystisk atrieflimren, debut < 48 t. Frekvensreguleret med metoprolol, VR herefter 80-90. Konverterede spontant til SR natten til dag 2 og har holdt sig i SR på telemetri. Ingen tegn på hjerteinsufficiens, LE afkræftet. TSH normal, thyreoidea-udløst AFLI således ikke sandsynligt.
CHA2DS2-VASc 4 (alder, køn, hypertension) -> opstart af Eliquis 5 mg x 2 efter samtale om blødningsrisiko.

Diagnoser: Paroksystisk atrieflimren. Hypertension. Hypothyreose.

Plan: Metoprolol fortsætter, kan bruges både for frekvens og BT. Losartan uændret. Eltroxin uændret. Kontrol i AFLI-ambulatoriet om 6 uger mhp. symptomer og evt. rytmekontrol. Ved ny hjertebanken > 1 døgn kontakt til egen læge.
"""
        ],
        "medications": [
            ("B01AF02", "apixaban", "5 mg x 2"),
            ("C07AB02", "metoprolol", "50 mg x 2"),
            ("C09CA01", "losartan", "50 mg x 1"),
            ("H03AA01", "levothyroxin", "100 mikrog x 1"),
        ],
        "labs": [("NPU02319", "Hæmoglobin;B", 8.2, "mmol/L", 7.3, 9.5)],
        "codes": [("DI480", "A"), ("DI109", "B"), ("DE039", "B")],
        "evidence": [
            ("DI480", "atrieflimren med hurtig ventrikelrespons"),
            ("DI480", "Nyopdaget paroksystisk atrieflimren"),
            ("DI480", "Paroksystisk atrieflimren"),
            ("DE039", "hypothyreose"),
            ("DE039", "Hypothyreose.", "Diagnoser"),
            ("DI109", "hypertension beh. med losartan"),
            ("DI109", "Hypertension.", "Diagnoser"),
        ],
        "distractors": [
            ("DI269", "mistanke om LE", "uncertain"),
            ("DI269", "ingen LE", "negated"),
            ("DI269", "LE afkræftet", "negated"),
            ("DI509", "Ingen tegn på hjerteinsufficiens", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW-03",
        "department": "Kardiologisk afdeling",
        "specialty": "kardiologi",
        "patient": {"age": 83, "sex": "M"},
        "admission": {"start": "2025-01-07", "end": "2025-01-14"},
        "notes": [
            """Epikrise

Pt. er en 83-årig mand med kendt dilateret kardiomyopati (ikke-iskæmisk, KAG 2021 uden signifikante stenoser), LVEF 25-30 %, kronisk atrieflimren i AK-beh. med Eliquis samt kronisk nyresygdom stadie 3 (eGFR 38-45). Gift, bor med hustru i rækkehus, hjemmehjælp 1 x ugentligt til rengøring, går med stok.

Indlægges med 10 dages tiltagende dyspnø, nu ved mindste anstrengelse, ortopnø (sover i lænestol) og vægtøgning 5 kg. Har selv øget furosemid uden effekt.

Obj.: Dyspnøisk ved tale. BT 112/70, puls 96 uregelmæssig, SAT 89 % -> 95 % på 2 l ilt, afebril. Halsvenestase. St.p.: krepitationer basalt bilat. til midt på scapula. Pittingødem til knæene bilat.

RTG thorax: kardiomegali, stase og små pleuraekssudater bilat. Ingen infiltrater.
BS: proBNP 9850, krea 148 (habituel 125-135), K 3,2, Na 134, Hb 7,8, CRP 12.

Forløb: Behandlet for akut inkompenseret hjerteinsufficiens med furosemid i.v. 80 mg x 2, senere infusion, væskerestriktion 1,5 l og dagligt vægt. Diurese 2-3 l dgl., vægttab 6,5 kg til udskrivelsesvægt 78,4 kg. Ilt seponeret dag 4. Krea steg til max 171 og faldt til 152 ved udskrivelse.
Hypokaliæmi (K min. 2,9) under diurese, tilskud af KCl og spironolacton øget til 50 mg. K ved udskrivelse 4,1.
Entresto pauseret dag 2-4 pga. BT 90/55, genoptaget i uændret dosis. Dapagliflozin fortsat.
AFLI frekvenskontrolleret på metoprolol, VR 70-85.

Diagnoser:
Akut exacerbation af kronisk hjerteinsufficiens (HFrEF) ved dilateret kardiomyopati
Kronisk atrieflimren
Kronisk nyreinsufficiens stadie 3
Hypokaliæmi

Plan: Furosemid 80 mg morgen + 40 mg middag. Dagligt vægt, kontakt ved vægtøgning > 2 kg på 3 dage. Kontrol af væsketal og K hos e.l. om 1 uge. Tid i hjerteinsufficiensklinikken om 3 uger.
"""
        ],
        "medications": [
            ("C03CA01", "furosemid", "80 mg morgen + 40 mg middag"),
            ("C03DA01", "spironolacton", "50 mg x 1"),
            ("C09DX04", "sacubitril/valsartan", "49/51 mg x 2"),
            ("A10BK01", "dapagliflozin", "10 mg x 1"),
            ("C07AB02", "metoprolol", "100 mg x 1"),
            ("B01AF02", "apixaban", "2,5 mg x 2"),
        ],
        "labs": [
            ("NPU18016", "Kreatinin;P", 152, "µmol/L", 60, 105),
            ("NPU03230", "Kalium;P", 4.1, "mmol/L", 3.5, 4.4),
            ("NPU03429", "Natrium;P", 136, "mmol/L", 137, 145),
        ],
        "codes": [("DI500", "A"), ("DI420", "B"), ("DI482", "B"), ("DN183", "B"), ("DE876", "B")],
        "evidence": [
            ("DI500", "akut inkompenseret hjerteinsufficiens"),
            ("DI500", "Akut exacerbation af kronisk hjerteinsufficiens (HFrEF)"),
            ("DI420", "dilateret kardiomyopati"),
            ("DI420", "dilateret kardiomyopati", "HFrEF"),
            ("DI482", "kronisk atrieflimren"),
            ("DI482", "Kronisk atrieflimren"),
            ("DN183", "kronisk nyresygdom stadie 3"),
            ("DN183", "Kronisk nyreinsufficiens stadie 3"),
            ("DE876", "Hypokaliæmi (K min. 2,9)"),
            ("DE876", "Hypokaliæmi", "Kronisk nyreinsufficiens stadie 3"),
        ],
        "distractors": [
            ("DI251", "KAG 2021 uden signifikante stenoser", "negated"),
            ("DJ189", "Ingen infiltrater", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW-04",
        "department": "Lungemedicinsk afdeling",
        "specialty": "lungemedicin",
        "patient": {"age": 71, "sex": "F"},
        "admission": {"start": "2025-01-19", "end": "2025-01-26"},
        "notes": [
            """Epikrise - lungemed. afd.

Kendt svær KOL, FEV1 0,78 l (34 % af forventet) ved seneste spirometri, GOLD E. 3 indlæggelser med eksacerbation det seneste år. Aktiv ryger, 50 pakkeår, vil ikke ophøre. Osteoporose i beh. med alendronat efter kompressionsfraktur af L1 2022. Bor alene, hjemmepleje morgen og aften.

Aktuelt 4 dages tiltagende åndenød, øget mængde grønt ekspektorat og hoste. Ingen feber, ingen brystsmerter.

Obj. ved ankomst: Takypnøisk RF 28, taler i korte sætninger, bruger accessoriske muskler. SAT 84 % på atm. luft. Temp. 37,4. St.p.: nedsat RL bilat., udbredte sibilerende og brummende RL, forlænget eksspirium.
A-gas (atm. luft): pH 7,29, pCO2 8,4, pO2 6,9, st. bic. 29.
RTG thorax: hyperinflation, ingen infiltrater, ingen pneumothorax.
CRP 38, leuk 11,2.

Forløb: KOL-eksacerbation med akut hyperkapnisk respirationsinsufficiens. NIV opstartet i FAM og fortsat i 36 timer med normalisering af pH. Behandlet med Solu-Medrol/prednisolon 37,5 mg x 5 dage, inhalationer med ipratropium og salbutamol på forstøver, amoxicillin med clavulansyre p.o. 7 dage pga. purulent ekspektorat. Iltbehov aftrappet til 1 l ved udskrivelse, skal vurderes for hjemmeilt. Ingen pneumoni. Fysioterapeut har trænet PEP-fløjte.
Samtale om rygestop igen, pt. ønsker det ikke aktuelt.
Samtale om genoplivning: minimal behandling ved ny eksacerbation ønskes ikke, pt. ønsker fortsat NIV men ikke respirator. Noteret i journalen.

Konklusion: Akut eksacerbation i KOL med hyperkapnisk respirationssvigt, NIV-krævende. Nikotinafhængighed. Osteoporose.

Plan: Opfølgning i lungeambulatoriet om 4 uger inkl. vurdering af iltbehov. Fortsat Spiolto og Ventoline p.n.
"""
        ],
        "medications": [
            ("R03AL06", "tiotropium/olodaterol", "2 pust x 1"),
            ("R03AC02", "salbutamol", "1-2 pust p.n."),
            ("H02AB06", "prednisolon", "37,5 mg x 1 (til og med 23/1)"),
            ("J01CR02", "amoxicillin/clavulansyre", "500/125 mg x 3"),
            ("M05BA04", "alendronsyre", "70 mg 1 x ugentligt"),
        ],
        "labs": [
            ("NPU19748", "C-reaktivt protein [CRP];P", 38, "mg/L", None, 8),
            ("NPU02593", "Leukocytter;B", 11.2, "× 10^9/L", 3.5, 10.0),
        ],
        "codes": [("DJ441", "A"), ("DJ960", "B"), ("DF172", "B"), ("DM819", "B")],
        "evidence": [
            ("DJ441", "KOL-eksacerbation"),
            ("DJ441", "Akut eksacerbation i KOL"),
            ("DJ960", "akut hyperkapnisk respirationsinsufficiens"),
            ("DJ960", "hyperkapnisk respirationssvigt"),
            ("DF172", "Aktiv ryger, 50 pakkeår"),
            ("DF172", "Nikotinafhængighed"),
            ("DM819", "Osteoporose i beh. med alendronat"),
            ("DM819", "Osteoporose.", "Konklusion"),
        ],
        "distractors": [
            ("DJ189", "Ingen pneumoni", "negated"),
            ("DM800", "kompressionsfraktur af L1 2022", "history"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW-05",
        "department": "Medicinsk afdeling",
        "specialty": "lungemedicin",
        "patient": {"age": 58, "sex": "M"},
        "admission": {"start": "2025-02-20", "end": "2025-02-25"},
        "notes": [
            """Epikrise

Indl. via FAM med feber og hoste.

58-årig mand, fraskilt, bor alene, førtidspensionist. Kendt alkoholafhængighed, drikker ca. 1 flaske vin + øl dagligt, sidst drukket aftenen før indl. Kendt hypertension i beh. med amlodipin, tager den vist uregelmæssigt. St.p. appendektomi 1990. Ryger ikke.

3 dg. med feber op til 39,5, kulderystelser, hoste med rustfarvet ekspektorat og stikkende smerter i ha. side af thorax ved dyb inspiration.

Obj.: Påvirket, varm og tør. BT 104/62, puls 112, RF 26, SAT 90 % -> 96 % på 2 l ilt, temp. 39,1. St.p.: ha. basalt bronkial RL og krepitation. Abdomen blød og uøm. Ingen tremor, ingen svedtendens, ingen hallucinationer.
RTG thorax: lobært infiltrat i ha. underlap.
CRP 286, leuk 18,9, krea 96, Na 131, ALAT 48, bilirubin 18. Pneumokokantigen i urin positiv. Bloddyrkning neg.
CURB-65: 2.

Forløb: Ha.-sidig lobær pneumoni, pneumokok-antigen pos. Startet benzylpenicillin 2 MIE x 4 i.v., skiftet til penicillin p.o. dag 3 ved klinisk bedring og faldende CRP (dag 4: 92). Ilt seponeret dag 3.
Profylaktisk B-vitamin og thiamin i.v. Scoret efter CIWA, ingen abstinenssymptomer under indlæggelsen, der har ikke været behov for klordiazepoxid. Ingen delirium tremens.
Samtale om alkohol: pt. ønsker nu behandling, henvist til kommunal alkoholbehandling.
Amlodipin pauseret under indl. pga. lavt BT, genoptaget ved udskrivelse, BT da 138/84.

Konklusion: Pneumoni, ha. underlap (pneumokok). Alkoholafhængighed. Hypertension.

Plan: Penicillin i alt 7 dages beh. Kontrol-RTG thorax om 6 uger via e.l. mhp. opheling af infiltratet (alder > 50 år). Henvist til alkoholbehandling.
"""
        ],
        "medications": [
            ("J01CE02", "phenoxymethylpenicillin", "1,2 MIE x 4 til og med 26/2"),
            ("A11DA01", "thiamin", "300 mg x 1"),
            ("C08CA01", "amlodipin", "5 mg x 1"),
        ],
        "labs": [
            ("NPU19748", "C-reaktivt protein [CRP];P", 286, "mg/L", None, 8),
            ("NPU02593", "Leukocytter;B", 18.9, "× 10^9/L", 3.5, 10.0),
            ("NPU03429", "Natrium;P", 131, "mmol/L", 137, 145),
        ],
        "codes": [("DJ189", "A"), ("DF102", "B"), ("DI109", "B")],
        "evidence": [
            ("DJ189", "lobært infiltrat i ha. underlap"),
            ("DJ189", "Ha.-sidig lobær pneumoni"),
            ("DJ189", "Pneumoni, ha. underlap"),
            ("DF102", "Kendt alkoholafhængighed"),
            ("DF102", "Alkoholafhængighed."),
            ("DI109", "Kendt hypertension"),
            ("DI109", "Hypertension.", "Konklusion"),
        ],
        "distractors": [
            ("DK359", "St.p. appendektomi 1990", "history"),
            ("DF103", "ingen abstinenssymptomer", "negated"),
            ("DF104", "Ingen delirium tremens", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW-06",
        "department": "Geriatrisk afdeling",
        "specialty": "geriatri",
        "patient": {"age": 88, "sex": "F"},
        "admission": {"start": "2025-03-10", "end": "2025-03-18"},
        "notes": [
            """Epikrise, geriatrisk afsnit

Baggrund: 88-årig kvinde, enke, bor i egen bolig (stuehus, alt i ét plan). Hjemmepleje 2 x dgl. (morgen + aften), mad udefra. Går med rollator inde, kørestol ude. Kognitivt velfungerende ifølge datter, klarer selv økonomi. Tidl. apopleksi 2017 uden sequelae. Hypertension. Artrose i knæ.

Indlæggelsesårsag: Fundet af hjemmeplejen om morgenen liggende på gulvet i soveværelset, har formentlig ligget der nogle timer. Kan ikke selv redegøre for faldet. Ifølge datter har hun siden i går været "ikke sig selv", rodet i tale, og hun har klaget over svie ved vandladning de seneste dage. 2. fald på 3 mdr.

Obj. ved indl.: Konfus, desorienteret i tid og sted, svingende opmærksomhed, pillende. CAM positiv. Tør i slimhinderne, nedsat hudturgor. BT 108/60, puls 98, temp. 38,2, SAT 95 %. Ingen fokale neurologiske udfald. Hæmatom ve. hofte, fuld bevægelighed, ingen aksial stødømhed.
RTG af ve. hofte og bækken: ingen fraktur.
CT cerebrum: ingen blødning, ingen nye iskæmiske forandringer, gl. lakunært infarkt ha.
BS: CRP 124, leuk 14,1, krea 132 (habituel ca. 80), karbamid 14,2, Na 147, CK 980.
U-stix: leuk 3+, nitrit pos. U-D+R: E. coli > 10^5, følsom for mecillinam.

Vurdering: Delirium udløst af urinvejsinfektion og dehydrering hos ældre kvinde uden kendt demens, kompliceret af fald og liggetid.

Forløb: Behandlet med i.v. væske og pivmecillinam 400 mg x 3. Krea normaliseret til 84 ved udskrivelse, CK faldende. Deliriet aftog gradvist over 4-5 døgn, CAM neg. dag 6. Ingen antipsykotika nødvendig, nonfarmakologisk delirforebyggelse. MMSE dag 7: 27/30.
Faldudredning: ortostatisk BT uden fald, syn og hørelse ok. Amlodipin seponeret pga. lavt BT (110-120 systolisk) og faldrisiko. Fysioterapeut: nedsat balance, rejse-sætte-sig-test 6 gange/30 s. Vurderes at have faldtendens, henvist til kommunal faldforebyggelse.

Diagnoser: Urinvejsinfektion (E. coli). Delir uden demens. Dehydrering. Faldtendens.

Plan: Genoptræningsplan til kommunen. Hjemmepleje øges midlertidigt til 3 x dgl. Nødkald bevilget. BT-kontrol hos e.l. om 2 uger efter seponering af amlodipin.
"""
        ],
        "medications": [
            ("J01CA08", "pivmecillinam", "400 mg x 3 til og med 15/3"),
            ("N02BE01", "paracetamol", "1 g x 3"),
        ],
        "labs": [
            ("NPU18016", "Kreatinin;P", 84, "µmol/L", 45, 90),
            ("NPU19748", "C-reaktivt protein [CRP];P", 124, "mg/L", None, 8),
        ],
        "codes": [("DN390", "A"), ("DF050", "B"), ("DE869A", "B"), ("DR296", "B")],
        "evidence": [
            ("DN390", "urinvejsinfektion og dehydrering"),
            ("DN390", "Urinvejsinfektion (E. coli)"),
            ("DF050", "Delirium udløst af urinvejsinfektion"),
            ("DF050", "Delir uden demens"),
            ("DE869A", "dehydrering hos ældre"),
            ("DE869A", "Dehydrering.", "Diagnoser"),
            ("DR296", "Vurderes at have faldtendens"),
            ("DR296", "Faldtendens.", "Diagnoser"),
        ],
        "distractors": [
            ("DI639", "Tidl. apopleksi 2017 uden sequelae", "history"),
            ("DS720", "ingen fraktur", "negated"),
            ("DI619", "ingen blødning", "negated"),
            ("DF039", "uden kendt demens", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW-07",
        "department": "Ortopædkirurgisk afdeling",
        "specialty": "ortopædkirurgi",
        "patient": {"age": 84, "sex": "F"},
        "admission": {"start": "2025-02-02", "end": "2025-02-09"},
        "notes": [
            (
                "epikrise",
                """Epikrise

84-årig kvinde, bor med ægtefælle i lejlighed i stueplan, selvhjulpen, går uden hjælpemidler indendørs, stok udendørs. Kendt osteoporose (DXA 2021 T-score -3,1), i beh. med alendronat og kalk/D-vitamin. Hypertension. Ikke-ryger.

Faldet på glat fortov foran opgangen, kunne ikke rejse sig. Smerter i ha. lyske. Ikke slået hovedet, ingen bevidsthedstab.
Obj.: Ha. ben forkortet og udadroteret. Distal gennemblødning og sensibilitet normal.
RTG: dislokeret medial collum femoris-fraktur ha., Garden IV.

Forløb: Opereret samme døgn, jf. operationsbeskrivelse: cementeret hemialloplastik ha. hofte. Postop. Hb-fald fra 8,1 til 5,9, transfunderet med 2 portioner SAG, Hb herefter 6,9. Ingen tegn på fortsat blødning fra såret. Kortvarig postop. konfusion første nat, aftog uden behandling.
Mobiliseret med gangstativ dag 1, rollator dag 3. Smerter dækket med paracetamol og oxycodon p.n.
Tromboseprofylakse med Fragmin i 4 uger.

Diagnoser: Fraktur af collum femoris ha. (Garden IV). Akut blødningsanæmi. Osteoporose. Hypertension.

Plan: Genoptræningsplan (kommunal genoptræning). Fuld belastning tilladt. Trådfjernelse hos e.l. dag 14. Osteoporosebehandlingen revurderes af e.l., evt. skift til zoledronsyre. Udskrives til midlertidig aflastningsplads.
""",
            ),
            (
                "operationsbeskrivelse",
                """Operation: Cementeret hemialloplastik, ha. hofte.
Indikation: Dislokeret collum femoris-fraktur (Garden IV) ha.
Anæstesi: Spinal.
Procedure: Bageste adgang. Caput fjernet, måler 46 mm. Femur rasperes, cementeret stamme str. 3, bipolært hoved 46 mm. Stabil i alle retninger. Lukning lagvis. Blodtab ca. 450 ml.
Postop.: Fuld belastning. Hofteregime 6 uger.
""",
            ),
        ],
        "medications": [
            ("B01AB04", "dalteparin", "5000 IE x 1 s.c. i 4 uger"),
            ("N02BE01", "paracetamol", "1 g x 4"),
            ("N02AA05", "oxycodon", "5 mg p.n., max x 4"),
            ("M05BA04", "alendronsyre", "70 mg 1 x ugentligt"),
            ("C09AA02", "enalapril", "10 mg x 1"),
        ],
        "labs": [("NPU02319", "Hæmoglobin;B", 6.9, "mmol/L", 7.3, 9.5)],
        "codes": [("DS720", "A"), ("DD629", "B"), ("DM819", "B"), ("DI109", "B")],
        "evidence": [
            ("DS720", "dislokeret medial collum femoris-fraktur ha., Garden IV"),
            ("DS720", "Fraktur af collum femoris ha."),
            ("DS720", "Dislokeret collum femoris-fraktur (Garden IV)", "", 1),
            ("DD629", "Akut blødningsanæmi"),
            ("DM819", "Kendt osteoporose"),
            ("DM819", "Osteoporose.", "Diagnoser"),
            ("DI109", "Hypertension.", "Diagnoser"),
        ],
        "distractors": [("DS069", "Ikke slået hovedet", "negated")],
    }
)

CASES.append(
    {
        "case_id": "HW-08",
        "department": "Kirurgisk afdeling",
        "specialty": "kirurgi",
        "patient": {"age": 23, "sex": "F"},
        "admission": {"start": "2025-04-14", "end": "2025-04-16"},
        "notes": [
            """Epikrise kir. afd.

23-årig kvinde, studerende, rask. P-piller.
1 døgns smerter, startet periumbilikalt, nu lokaliseret til fossa iliaca dxt. Kvalme, 1 opkastning. Ingen diaré. Temp. 38,0.
Obj.: Ømhed og slippeømhed i McBurneys punkt, Rovsing pos.
U-hCG neg. U-stix u.a. CRP 68, leuk 14,8.
GU: normale ovarier bilat., ingen fri væske. Mistanke om ovariecyste dermed afkræftet.
UL abd.: non-komprimerbar appendix 9 mm.

Lap. appendektomi samme aften: gangrænøs appendicitis uden perforation, ingen pus. Ukompliceret postop. forløb.
Histologi: akut gangrænøs appendicitis.

Dx: Akut gangrænøs appendicitis.
Plan: Ingen AB. Ingen kontrol. Sygemeldt 1 uge, må ikke løfte tungt i 2 uger.
"""
        ],
        "codes": [("DK358B", "A")],
        "evidence": [
            ("DK358B", "gangrænøs appendicitis uden perforation"),
            ("DK358B", "akut gangrænøs appendicitis"),
            ("DK358B", "Akut gangrænøs appendicitis"),
        ],
        "distractors": [
            ("DO009", "U-hCG neg.", "negated"),
            ("DN832", "Mistanke om ovariecyste dermed afkræftet", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW-09",
        "department": "Kirurgisk afdeling",
        "specialty": "kirurgi",
        "patient": {"age": 67, "sex": "F"},
        "admission": {"start": "2025-05-02", "end": "2025-05-06"},
        "notes": [
            """Epikrise

67-årig kvinde med type 2-diabetes (metformin, HbA1c 52) og fedme, BMI 33. Pensioneret kontorassistent, gift.
Tidligere 2 episoder med galdestensanfald, senest i efteråret, var sat på venteliste til elektiv kolecystektomi.

Nu 2 døgns konstante smerter i ø.h. kvadrant med udstråling til ha. skulder, feber 38,6 og kvalme.
Obj.: Ømhed under ha. kurvatur, Murphys tegn positivt. Ikke ikterisk.
BS: CRP 178, leuk 16,4, bilirubin 14, BASP 98, ALAT 31, amylase 42 (normal).
UL: galdeblære med vægfortykkelse 6 mm, perivesikal væske og multiple konkrementer, et indkilet i halsen. Galdeveje ikke dilaterede.

Vurdering: Akut kalkuløs kolecystitis. Biliær pankreatitis og koledokussten ikke sandsynlig (normal amylase, normale galdeveje, normal bilirubin).

Forløb: Behandlet med piperacillin/tazobactam i.v. og smertestillende. Lap. kolecystektomi dag 2: ødematøs, delvis gangrænøs galdeblære, fjernet uden komplikationer. Metformin pauseret, BS målt 4 x dgl., insulin efter skema, max BS 13,8. Metformin genoptaget dag 3.

Diagnoser:
Akut kolecystitis med galdesten
Type 2-diabetes
Fedme, BMI 33

Plan: Amoxicillin/clavulansyre p.o. til i alt 5 dages AB. Trådfjernelse e.l. dag 10. Ambulant kontrol ikke nødvendig.
"""
        ],
        "medications": [
            ("J01CR02", "amoxicillin/clavulansyre", "500/125 mg x 3 til og med 7/5"),
            ("A10BA02", "metformin", "1 g x 2"),
            ("N02BE01", "paracetamol", "1 g x 4 p.n."),
        ],
        "labs": [
            ("NPU19748", "C-reaktivt protein [CRP];P", 178, "mg/L", None, 8),
            ("NPU02593", "Leukocytter;B", 16.4, "× 10^9/L", 3.5, 10.0),
        ],
        "codes": [("DK800", "A"), ("DE119", "B"), ("DE660B", "B")],
        "evidence": [
            ("DK800", "Akut kalkuløs kolecystitis"),
            ("DK800", "Akut kolecystitis med galdesten"),
            ("DE119", "type 2-diabetes"),
            ("DE119", "Type 2-diabetes", "Diagnoser"),
            ("DE660B", "fedme, BMI 33"),
            ("DE660B", "Fedme, BMI 33"),
        ],
        "distractors": [("DK851", "Biliær pankreatitis og koledokussten ikke sandsynlig", "negated")],
    }
)

CASES.append(
    {
        "case_id": "HW-10",
        "department": "Neurologisk afdeling",
        "specialty": "neurologi",
        "patient": {"age": 76, "sex": "M"},
        "admission": {"start": "2025-03-21", "end": "2025-03-28"},
        "notes": [
            """Epikrise, apopleksiafsnit

Baggrund: 76-årig mand, gift, selvhjulpen, kører bil, spiller golf. Hypertension beh. med amlodipin og losartan. TCI med forbigående ordblindhed 2020, udredt uden fund, siden Magnyl. Ikke-ryger, alkohol 7 genstande/uge. Mor havde demens.

Aktuelt: Hustruen bemærkede kl. 19.15 skæv mund og at han ikke kunne finde ordene. Sidst set rask kl. 19.00. Indbragt som trombolysekandidat.

Obj. ved ankomst kl. 19.52: vågen, ekspressiv afasi, ha.-sidig facialisparese af central type, parese af ha. arm 3/5, ben 5-/5. NIHSS 7. BT 172/96, puls 104 uregelmæssig.
CT cerebrum: ingen blødning, ingen tidlige iskæmiske forandringer. CT-angiografi: okklusion af M2-gren af ve. a. cerebri media, ingen stenoser på halskarrene.
EKG: atrieflimren, ikke tidligere kendt.

Forløb: Trombolyseret med alteplase kl. 20.18, efterfølgende trombektomi af M2-okklusionen med TICI 2b. Betydelig bedring, NIHSS 2 ved 24 t.
MR cerebrum dag 2: akut infarkt i ve. frontale operculum og insula, forenelig med kardioemboli.
Telemetri: vedvarende AFLI, VR 80-110, metoprolol opstartet. Ekko: LVEF 55 %, ingen trombe.
Konkl.: kardioembolisk iskæmisk apopleksi i ve. a. cerebri media-område ved nyopdaget atrieflimren.
Opstart Eliquis dag 4 (moderat infarktstørrelse), Magnyl seponeret.
Synkescreening bestået dag 1. Logopæd: let residual ordfindingsbesvær. Ergo- og fysioterapeut: selvhjulpen, ingen behov for genoptræning i kommunen udover logopædi.
BT behandlet op, losartan øget.

Diagnoser: Akut iskæmisk apopleksi (emboli i ve. ACM) - trombolyse + trombektomi. Atrieflimren, nyopdaget. Hypertension.

Plan: Kørselsforbud i 3 mdr. (informeret mundtligt og skriftligt). Ambulant kontrol i apopleksiambulatoriet om 3 mdr. Logopædisk genoptræning via kommunen.
"""
        ],
        "medications": [
            ("B01AF02", "apixaban", "5 mg x 2"),
            ("C07AB02", "metoprolol", "50 mg x 1"),
            ("C09CA01", "losartan", "100 mg x 1"),
            ("C08CA01", "amlodipin", "10 mg x 1"),
            ("C10AA05", "atorvastatin", "40 mg x 1"),
        ],
        "codes": [("DI634", "A"), ("DI489", "B"), ("DI109", "B")],
        "evidence": [
            ("DI634", "kardioembolisk iskæmisk apopleksi"),
            ("DI634", "Akut iskæmisk apopleksi (emboli i ve. ACM)"),
            ("DI489", "EKG: atrieflimren, ikke tidligere kendt"),
            ("DI489", "nyopdaget atrieflimren"),
            ("DI489", "Atrieflimren, nyopdaget"),
            ("DI109", "Hypertension beh. med amlodipin og losartan"),
            ("DI109", "Hypertension.", "Diagnoser"),
        ],
        "distractors": [
            ("DG459", "TCI med forbigående ordblindhed 2020", "history"),
            ("DI619", "ingen blødning", "negated"),
            ("DF039", "Mor havde demens", "family"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW-11",
        "department": "Neurologisk afdeling",
        "specialty": "neurologi",
        "patient": {"age": 34, "sex": "F"},
        "admission": {"start": "2025-06-07", "end": "2025-06-08"},
        "notes": [
            """Epikrise

34-årig kvinde med juvenil myoklon epilepsi (diagnosticeret 17 år), i beh. med lamotrigin. Anfaldsfri i 4 år. Anvender hormonspiral. Feberkramper som barn. Arbejder som pædagog, bor med kæreste.

Indbragt efter GTK-anfald i hjemmet i morges, bevidnet af kæresten, varighed ca. 2 min, efterfølgende postiktal i ca. 20 min. Tungebid lateralt. Har de sidste 2 uger glemt en del doser lamotrigin pga. flytning og har sovet dårligt. Ingen alkohol.

Obj.: vågen, klar, orienteret, træt. Ingen fokale udfald. Ingen tegn på hovedtraume.
BS inkl. elektrolytter og BS u.a. S-lamotrigin lav (4 mikromol/l).
CT cerebrum ikke fundet indiceret.

Vurdering: Gennembrudsanfald ved kendt JME udløst af manglende medicinindtag og søvnmangel.

Forløb: Observeret i 24 timer uden nye anfald. Medicinsamtale: pt. bruger nu doseringsæske og alarm på telefonen. Lamotrigin fortsætter uændret.

Dx: Juvenil myoklon epilepsi med gennembrudsanfald. Manglende compliance med antiepileptisk behandling.

Plan: Kørselsforbud 6 mdr. fra anfaldsdato, informeret. Kontrol af S-lamotrigin om 3 uger. Tid i epilepsiambulatoriet.
"""
        ],
        "medications": [("N03AX09", "lamotrigin", "200 mg x 2")],
        "codes": [("DG403F", "A"), ("DZ911", "B")],
        "evidence": [
            ("DG403F", "juvenil myoklon epilepsi"),
            ("DG403F", "kendt JME"),
            ("DG403F", "Juvenil myoklon epilepsi med gennembrudsanfald"),
            ("DZ911", "glemt en del doser lamotrigin"),
            ("DZ911", "Manglende compliance med antiepileptisk behandling"),
        ],
        "distractors": [
            ("DR560", "Feberkramper som barn", "history"),
            ("DS069", "Ingen tegn på hovedtraume", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW-12",
        "department": "Endokrinologisk afdeling",
        "specialty": "endokrinologi",
        "patient": {"age": 19, "sex": "M"},
        "admission": {"start": "2025-01-29", "end": "2025-02-01"},
        "notes": [
            """Epikrise

19-årig mand med type 1-diabetes siden 9-årsalderen, insulinpen (NovoRapid + Tresiba), HbA1c 68. Bor hjemme hos forældre, går på HF.
Indl. med 2 dages opkastninger og vandig diaré, lillesøster har haft det samme. Har ikke kunnet spise og har derfor undladt sit hurtigtvirkende insulin og reduceret Tresiba.

Obj.: Påvirket, Kussmaul-respiration, acetone-foetor, tørre slimhinder. BT 118/70, puls 122, temp. 37,8.
Venøs gas: pH 7,08, bic. 7, base excess -22, BS 27,4, ketoner 6,1, K 5,6, Na 133, krea 128.

Forløb: Diabetisk ketoacidose udløst af gastroenteritis (formentlig viral) og reduceret insulin. Behandlet efter DKA-instruks på intensiv med i.v. NaCl, insulininfusion og kaliumtilskud. Acidosen korrigeret efter 14 timer, overgang til s.c. insulin dag 2. Diaré ophørt dag 2, fæcesdyrkning neg., norovirus pos.
Sygedagsregler gennemgået med pt. og mor: aldrig stop basalinsulin, mål ketoner ved sygdom.

Dx: Diabetisk ketoacidose ved type 1-diabetes. Viral gastroenteritis (norovirus).

Plan: Tresiba 22 E x 1, NovoRapid efter kulhydrattælling. Kontrol i diabetesambulatoriet om 4 uger.
"""
        ],
        "medications": [
            ("A10AE06", "insulin degludec", "22 E x 1"),
            ("A10AB05", "insulin aspart", "efter kulhydrattælling"),
        ],
        "labs": [
            ("NPU03230", "Kalium;P", 5.6, "mmol/L", 3.5, 4.4),
            ("NPU18016", "Kreatinin;P", 128, "µmol/L", 60, 105),
        ],
        "codes": [("DE101", "A"), ("DA081", "B")],
        "evidence": [
            ("DE101", "Diabetisk ketoacidose udløst af gastroenteritis"),
            ("DE101", "Diabetisk ketoacidose ved type 1-diabetes"),
            ("DA081", "gastroenteritis (formentlig viral)"),
            ("DA081", "Viral gastroenteritis (norovirus)"),
        ],
        "distractors": [],
    }
)

CASES.append(
    {
        "case_id": "HW-13",
        "department": "Medicinsk afdeling",
        "specialty": "endokrinologi",
        "patient": {"age": 79, "sex": "F"},
        "admission": {"start": "2025-07-08", "end": "2025-07-12"},
        "notes": [
            """Epikrise

79-årig kvinde, gift, selvhjulpen. Kendt hypertension i beh. med Centyl m. KCl og depression, startet på sertralin for 3 uger siden af e.l.
Indl. med 1 uges tiltagende træthed, kvalme, usikker gang og i dag et fald uden skader. Drikker meget vand pga. varmen, ca. 3 l/dgl.

Obj.: Vågen, lidt langsom, orienteret. Euvolæmisk. BT 134/78. Ingen neurologiske udfald.
P-Na 118, K 3,4, S-osmolalitet 248, U-osmolalitet 420, U-Na 48. TSH og kortisol normale. Glukose 6,1.

Vurdering: Svær hyponatriæmi, formentlig multifaktoriel: thiazid + nyopstartet SSRI + stort væskeindtag. SIADH som eneste forklaring anses ikke for sandsynlig.

Forløb: Centyl seponeret, sertralin pauseret, væskerestriktion 1 l. Na steg kontrolleret med max 8 mmol/l/døgn, ved udskr. 131. Symptomerne svandt.
Depressionen er i bedring ifølge pt. og ægtefælle, men sertralin genoptages ikke pga. hyponatriæmien. Mirtazapin 15 mg nocte opstartet i samråd med pt.
BT steg til 158/92 uden thiazid, amlodipin opstartet i stedet.

Dx: Hyponatriæmi (thiazid/SSRI-udløst). Depression. Hypertension.

Plan: Na-kontrol hos e.l. om 3-4 dage og igen om 2 uger. Undgå thiazider og SSRI fremover. Egen læge følger depressionen.
"""
        ],
        "medications": [("C08CA01", "amlodipin", "5 mg x 1"), ("N06AX11", "mirtazapin", "15 mg nocte")],
        "labs": [("NPU03429", "Natrium;P", 131, "mmol/L", 137, 145), ("NPU03230", "Kalium;P", 3.9, "mmol/L", 3.5, 4.4)],
        "codes": [("DE871", "A"), ("DF329", "B"), ("DI109", "B")],
        "evidence": [
            ("DE871", "Svær hyponatriæmi"),
            ("DE871", "Hyponatriæmi (thiazid/SSRI-udløst)"),
            ("DF329", "depression, startet på sertralin"),
            ("DF329", "Depression.", "Dx:"),
            ("DI109", "Kendt hypertension"),
            ("DI109", "Hypertension.", "Dx:"),
        ],
        "distractors": [("DE222", "SIADH som eneste forklaring anses ikke for sandsynlig", "negated")],
    }
)

CASES.append(
    {
        "case_id": "HW-14",
        "department": "Nefrologisk afdeling",
        "specialty": "nefrologi",
        "patient": {"age": 66, "sex": "M"},
        "admission": {"start": "2025-08-04", "end": "2025-08-09"},
        "notes": [
            """Epikrise, nefrologisk afsnit

66-årig mand med type 2-diabetes gennem 15 år kompliceret med diabetisk nefropati og kronisk nyreinsufficiens stadie 3b (habituel krea ca. 160, eGFR 38), albuminuri. Tidl. laser for diabetisk retinopati, stabil, ikke aktiv. Beh. med ramipril, Jardiance, insulin og metformin. Gift, arbejder som chauffør.

Henv. af e.l. med krea 412 og K 6,4. Har haft gastroenteritis i 5 dage med diaré, drukket sparsomt, fortsat al medicin, og taget ibuprofen mod knæsmerter.

Obj.: tør, BT 102/64, puls 92. Ingen ødemer.
EKG: høje spidse T-takker, ingen arytmi.
UL nyrer: normalstore, ingen hydronefrose, ingen afløbshindring.

Forløb: Akut nyreinsufficiens (prærenal, dehydrering + NSAID + ACE-hæmmer) oven i kronisk nyresygdom. Hyperkaliæmi behandlet med calciumglukonat, insulin-glukose og Lokelma. i.v. væske. Ramipril, Jardiance, metformin og ibuprofen pauseret. Krea faldt til 188 ved udskrivelse, K 4,6. Ingen dialysebehov.

Diagnoser: Akut nyresvigt. Hyperkaliæmi. Type 2-diabetes med nefropati. Kronisk nyresygdom stadie 3.

Plan: Ramipril og Jardiance genoptages af nefrolog ved kontrol om 1 uge ved stabil krea. Metformin genoptages ikke (eGFR). Undgå NSAID. Sygedagsregler udleveret.
"""
        ],
        "medications": [
            ("A10AE04", "insulin glargin", "24 E x 1"),
            ("V03AE10", "natriumzirconiumcyclosilicat", "5 g x 1 til kontrol"),
            ("N02BE01", "paracetamol", "1 g x 3 p.n."),
        ],
        "labs": [
            ("NPU18016", "Kreatinin;P", 188, "µmol/L", 60, 105),
            ("NPU03230", "Kalium;P", 4.6, "mmol/L", 3.5, 4.4),
        ],
        "codes": [("DN179", "A"), ("DE875", "B"), ("DE112", "B"), ("DN183", "B")],
        "evidence": [
            ("DN179", "Akut nyreinsufficiens (prærenal"),
            ("DN179", "Akut nyresvigt"),
            ("DE875", "Hyperkaliæmi behandlet"),
            ("DE875", "Hyperkaliæmi.", "Diagnoser"),
            ("DE112", "diabetisk nefropati"),
            ("DE112", "Type 2-diabetes med nefropati"),
            ("DN183", "kronisk nyreinsufficiens stadie 3b"),
            ("DN183", "Kronisk nyresygdom stadie 3"),
        ],
        "distractors": [
            ("DN133", "ingen hydronefrose", "negated"),
            ("DE113", "Tidl. laser for diabetisk retinopati, stabil, ikke aktiv", "history"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW-15",
        "department": "Medicinsk gastroenterologisk afdeling",
        "specialty": "gastroenterologi",
        "patient": {"age": 72, "sex": "M"},
        "admission": {"start": "2025-09-15", "end": "2025-09-19"},
        "notes": [
            """Epikrise

72-årig mand, pens. landmand, bor med hustru. Permanent AFLI i beh. med Eliquis. Mavesår 2010, behandlet. Artrose i hofterne, har de sidste 2 mdr. taget Ipren i håndkøb. Alkohol 14 genstande/uge. Ikke-ryger.

Indl. efter 2 døgn med sort, tjæreagtig afføring og i dag svimmelhed ved rejsning, kollapsede næsten på toilettet.
Obj.: Bleg. BT 96/58, puls 118. Rektaleksploration: melæna.
Hb 4,9 (habituel 8,6), karbamid 18, INR 1,2.

Forløb: Øvre GI-blødning. Genoplivet med væske og 4 portioner SAG. Eliquis og Ipren pauseret. Pantoprazol-infusion.
Gastroskopi næste morgen: 12 mm ulcus i bulbus duodeni med synligt kar (Forrest IIa), behandlet med adrenalin og clips. Ingen øsofagusvaricer. Biopsi fra antrum: Helicobacter pylori pos.
Ingen reblødning. Hb stabil 6,8-7,0 over 48 t.
Startet H. pylori-eradikation (pantoprazol, amoxicillin, klaritromycin i 14 dage).
Eliquis genoptaget dag 4 efter samråd med kardiolog (CHA2DS2-VASc 3), Ipren seponeret permanent.

Diagnoser:
Blødende ulcus duodeni (Forrest IIa)
Akut blødningsanæmi
H. pylori-infektion
Atrieflimren

Plan: Pantoprazol 40 mg x 2 i 8 uger. Kontrolgastroskopi ikke nødvendig ved duodenalulcus. Hb hos e.l. om 1 uge. H. pylori-udåndingstest 4 uger efter afsluttet eradikation.
"""
        ],
        "medications": [
            ("A02BC02", "pantoprazol", "40 mg x 2"),
            ("J01CA04", "amoxicillin", "1 g x 2 i 14 dage"),
            ("J01FA09", "klaritromycin", "500 mg x 2 i 14 dage"),
            ("B01AF02", "apixaban", "5 mg x 2"),
        ],
        "labs": [("NPU02319", "Hæmoglobin;B", 6.9, "mmol/L", 8.3, 10.5)],
        "codes": [("DK264", "A"), ("DD629", "B"), ("DB980", "B"), ("DI482", "B")],
        "evidence": [
            ("DK264", "ulcus i bulbus duodeni med synligt kar"),
            ("DK264", "Blødende ulcus duodeni"),
            ("DD629", "Akut blødningsanæmi"),
            ("DB980", "Helicobacter pylori pos."),
            ("DB980", "H. pylori-infektion"),
            ("DI482", "Permanent AFLI"),
            ("DI482", "Atrieflimren", "Diagnoser"),
        ],
        "distractors": [
            ("DK259", "Mavesår 2010", "history"),
            ("DI859", "Ingen øsofagusvaricer", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW-16",
        "department": "Infektionsmedicinsk afdeling",
        "specialty": "infektionsmedicin",
        "patient": {"age": 69, "sex": "F"},
        "admission": {"start": "2025-10-01", "end": "2025-10-08"},
        "notes": [
            """Epikrise

69-årig kvinde med type 2-diabetes (metformin), ellers rask. Pensioneret lærer, gift.
3 dg. med svie ved vandladning, i går feber med kulderystelser og smerter i ve. flanke. I dag konfus ifølge ægtefælle.

Obj. i FAM: Varm, påvirket. BT 86/50, puls 124, RF 26, temp. 39,6, SAT 94 %. Ve.-sidig nyrestødsømhed. GCS 14.
qSOFA 3. Laktat 4,2.
BS: CRP 312, leuk 21,3, krea 156, trombocytter 98, bilirubin 24.
U-stix: leuk 3+, nitrit pos.
CT urografi: ve.-sidig pyelonefritis, ingen sten, ingen hydronefrose eller absces.

Forløb: Urosepsis med septisk påvirkning. Væskegenoplivet med 3 l Ringer-acetat, BT steg til 112/70, ingen behov for vasopressor. Piperacillin/tazobactam + engangsdosis gentamicin. Bloddyrkning og urindyrkning: E. coli, følsom for alt testet. Skiftet til ciprofloxacin p.o. dag 4.
Afebril fra dag 3. Krea normaliseret (78). Metformin pauseret, BS 8-14 på insulin efter skema, metformin genoptaget ved udskr.

Konklusion: E. coli-sepsis udgået fra akut pyelonefritis ve. side. Type 2-diabetes.

Plan: Ciprofloxacin 500 mg x 2 til i alt 10 dages beh. Ingen kontrol med mindre symptomerne vender tilbage.
"""
        ],
        "medications": [
            ("J01MA02", "ciprofloxacin", "500 mg x 2 til og med 10/10"),
            ("A10BA02", "metformin", "1 g x 2"),
        ],
        "labs": [
            ("NPU19748", "C-reaktivt protein [CRP];P", 312, "mg/L", None, 8),
            ("NPU18016", "Kreatinin;P", 78, "µmol/L", 45, 90),
        ],
        "codes": [("DA415A", "A"), ("DN109C", "B"), ("DE119", "B")],
        "evidence": [
            ("DA415A", "Urosepsis med septisk påvirkning"),
            ("DA415A", "E. coli-sepsis"),
            ("DN109C", "ve.-sidig pyelonefritis"),
            ("DN109C", "akut pyelonefritis ve. side"),
            ("DE119", "type 2-diabetes"),
            ("DE119", "Type 2-diabetes", "Konklusion"),
        ],
        "distractors": [
            ("DN209", "ingen sten", "negated"),
            ("DN133", "ingen hydronefrose", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW-17",
        "department": "Infektionsmedicinsk afdeling",
        "specialty": "infektionsmedicin",
        "patient": {"age": 55, "sex": "M"},
        "admission": {"start": "2025-06-23", "end": "2025-06-27"},
        "notes": [
            """Epikrise

55-årig mand, lagerarbejder. Svær fedme, BMI 37. Tidl. DVT ve. underben 2019, ophørt AK-beh. Ryger ikke.
2 dg. med feber, kulderystelser og hurtigt udbredt rødme og hævelse af ha. underben. Kendt med fodsvamp, revner mellem tæerne.
Obj.: temp. 39,0, BT 132/80, puls 104. Skarpt afgrænset, varm, rød, øm hævelse af ha. crus, markeret med kuglepen. Maceration og skæl interdigitalt bilat. Ingen crepitation, smerter står i forhold til fund, ingen bullae.
CRP 164, leuk 15,2.
UL af ha. ben: ingen DVT.

Vurdering: Erysipelas ha. crus med indgangsport fra tinea pedis. Ikke mistanke om nekrotiserende fasciitis.
Beh.: benzylpenicillin i.v., skiftet til Primcillin p.o. dag 3, rødmen i tilbagegang. Terbinafin creme til fødderne.

Dx: Rosen ha. underben. Fodsvamp. Fedme (BMI 37).
Plan: Primcillin til i alt 10 dage. Kompressionsstrømpe efter opheling. Tal med e.l. om vægttab.
"""
        ],
        "medications": [
            ("J01CE02", "phenoxymethylpenicillin", "1,2 MIE x 4 til og med 2/7"),
            ("D01AE15", "terbinafin", "creme x 2 i 2 uger"),
        ],
        "labs": [("NPU19748", "C-reaktivt protein [CRP];P", 164, "mg/L", None, 8)],
        "codes": [("DA469", "A"), ("DB353", "B"), ("DE660C", "B")],
        "evidence": [
            ("DA469", "Erysipelas ha. crus"),
            ("DA469", "Rosen ha. underben"),
            ("DB353", "Kendt med fodsvamp"),
            ("DB353", "tinea pedis"),
            ("DB353", "Fodsvamp.", "Dx:"),
            ("DE660C", "Svær fedme, BMI 37"),
            ("DE660C", "Fedme (BMI 37)"),
        ],
        "distractors": [
            ("DI802", "Tidl. DVT ve. underben 2019", "history"),
            ("DI802", "ingen DVT", "negated"),
            ("DM726", "Ikke mistanke om nekrotiserende fasciitis", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW-18",
        "department": "Psykiatrisk afdeling",
        "specialty": "psykiatri",
        "patient": {"age": 45, "sex": "F"},
        "admission": {"start": "2025-02-03", "end": "2025-03-10"},
        "notes": [
            """Epikrise, psykiatrisk sengeafsnit

Henvisningsårsag: Frivillig indlæggelse via psykiatrisk akutmodtagelse pga. tiltagende depressive symptomer og passive dødsønsker.

Baggrund: 45-årig kvinde, gift, 2 børn på 12 og 15 år. Sygeplejerske, sygemeldt siden november. Ingen tidligere psykiatrisk kontakt. Somatisk: hypothyreose, velbehandlet med levothyroxin. Alkohol sparsomt, ingen stoffer. Hereditet: mor med bipolar lidelse.

Aktuelt: Siden efteråret tiltagende nedtrykthed, manglende lyst og energi, tidlig opvågnen kl. 3-4, vægttab 6 kg, koncentrationsbesvær og skyldfølelse over ikke at slå til over for familien. Har de sidste uger tænkt, at familien ville have det bedre uden hende, men ingen konkrete planer. Ingen tidligere selvmordsforsøg.

Objektivt psykisk: Velsoigneret, psykomotorisk hæmmet, sparsom mimik. Stemningslejet dybt sænket, affekten afstemt. Tankegang sammenhængende, præget af håbløshed og skyld. Ingen psykotiske symptomer, ingen hallucinationer, ingen vrangforestillinger. Ikke manisk. Passive dødsønsker, tager afstand fra selvmord med henvisning til børnene.
HAM-D17: 27.
TSH normal.

Vurdering: Depressiv enkeltepisode af svær grad uden psykotiske symptomer. Ikke holdepunkt for bipolar lidelse trods hereditet.

Forløb: Opstartet sertralin, optrappet til 150 mg. Mirtazapin 15 mg til natten for søvn. Støttende samtaler og psykoedukation med ægtefælle. Gradvis bedring fra uge 3 med bedre søvn og appetit, udgang med familien gik godt. Ved udskrivelse HAM-D17: 11, ingen dødsønsker, fremtidsplaner med familien.

Diagnoser: Depression, svær, uden psykotiske symptomer. Hypothyreose.

Plan: Overgår til opfølgning i distriktspsykiatrien, første samtale aftalt 14/3. Sertralin fortsættes mindst 6 mdr. efter remission. Sygemeldt, gradvis tilbagevenden til arbejde drøftes med e.l.
"""
        ],
        "medications": [
            ("N06AB06", "sertralin", "150 mg x 1"),
            ("N06AX11", "mirtazapin", "15 mg nocte"),
            ("H03AA01", "levothyroxin", "75 mikrog x 1"),
        ],
        "codes": [("DF322", "A"), ("DE039", "B")],
        "evidence": [
            ("DF322", "Depressiv enkeltepisode af svær grad uden psykotiske symptomer"),
            ("DF322", "Depression, svær, uden psykotiske symptomer"),
            ("DE039", "hypothyreose, velbehandlet med levothyroxin"),
            ("DE039", "Hypothyreose.", "Diagnoser"),
        ],
        "distractors": [
            ("DF319", "mor med bipolar lidelse", "family"),
            ("DF319", "Ikke holdepunkt for bipolar lidelse trods hereditet", "negated"),
            ("DF323", "Ingen psykotiske symptomer", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW-19",
        "department": "Medicinsk afdeling",
        "specialty": "intern medicin",
        "patient": {"age": 22, "sex": "F"},
        "admission": {"start": "2025-04-26", "end": "2025-04-28"},
        "notes": [
            """Epikrise

22-årig kvinde, kendt emotionelt ustabil personlighedsstruktur af borderline type, tilknyttet distriktspsykiatrien. Flere tidl. episoder med cutting, ingen tidl. forgiftninger. Studerende, bor alene i kollegieværelse.

Indtog i går kl. ca. 22 ifølge eget udsagn 40 stk. Panodil 500 mg (20 g, ca. 330 mg/kg) efter skænderi med kæreste, i selvmordshensigt. Ringede selv 1-1-2 kl. 23.30. Ingen andre stoffer, ingen alkohol.

Obj.: vågen, klar, ked af det, kvalme. Vitalparametre normale. Ingen kliniske tegn på leverpåvirkning.
P-paracetamol 4 t efter indtag: 1,9 mmol/l (over behandlingslinjen). ALAT 22, INR 1,0, krea 61. U-hCG neg.

Forløb: Paracetamolforgiftning. Acetylcystein i.v. efter skema i 21 t. ALAT og INR normale ved afsluttet behandling, ingen leverskade.
Psykiatrisk tilsyn dag 2: selvmordsforsøg med paracetamol i affekt. Tager nu afstand, aftaler om kontakt til distriktspsykiatrien næste dag. Ikke indlæggelseskrævende psykiatrisk.

Diagnoser: Paracetamolforgiftning. Selvmordsforsøg med paracetamol. Emotionelt ustabil personlighedsstruktur, borderline type.

Plan: Udskrives til eget hjem, veninde henter. Kontakt til distriktspsykiatrien 29/4. Receptpligtig udlevering af analgetika drøftet.
"""
        ],
        "labs": [(None, "Paracetamol;P", 1.9, "mmol/L", None, None)],
        "codes": [("DT390A", "A"), ("DX6010", "B"), ("DF6031", "B")],
        "evidence": [
            ("DT390A", "Paracetamolforgiftning."),
            ("DT390A", "Paracetamolforgiftning.", "Diagnoser"),
            ("DX6010", "i selvmordshensigt"),
            ("DX6010", "Selvmordsforsøg med paracetamol"),
            ("DF6031", "emotionelt ustabil personlighedsstruktur af borderline type"),
            ("DF6031", "Emotionelt ustabil personlighedsstruktur, borderline type"),
        ],
        "distractors": [
            ("DK720", "Ingen kliniske tegn på leverpåvirkning", "negated"),
            ("DK720", "ingen leverskade", "negated"),
            ("DX7820", "Flere tidl. episoder med cutting", "history"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW-20",
        "department": "Børneafdeling",
        "specialty": "pædiatri",
        "patient": {"age": 0, "sex": "M"},
        "admission": {"start": "2025-12-02", "end": "2025-12-06"},
        "notes": [
            """Epikrise, børneafd.

Dreng 4 mdr. (født til termin, normal vækst, følger børnevaccinationsprogrammet). Bor med forældre og storebror på 3 år, der har astma. Ingen rygning i hjemmet.

3 dg. med snue og hoste, de sidste 24 t hurtig vejrtrækning, spiser kun halvdelen af vanlige mængde, færre våde bleer.
Obj.: RF 62, indtrækninger jugulært og subkostalt, SAT 91 %. Temp. 38,1. Udbredte fine krepitationer og pibende RL bilat. Trommehinder u.a. Tørre slimhinder, fontanel i niveau.
RSV-PCR pos. CRP 9.

Forløb: RSV-bronkiolitis. Højflow-ilt 2 døgn, derefter alm. ilt til dag 3. Sondeernæring dag 1-3 pga. træthed ved måltider og let dehydrering, herefter ammet fuldt. Ingen tegn på bakteriel infektion, ingen AB. RTG thorax ikke fundet indiceret.

Dx: Akut bronkiolitis, RSV. Let dehydrering.
Plan: Forældre informeret om forværringstegn. Ingen kontrol.
"""
        ],
        "codes": [("DJ210", "A"), ("DE869A", "B")],
        "evidence": [
            ("DJ210", "RSV-bronkiolitis"),
            ("DJ210", "Akut bronkiolitis, RSV"),
            ("DE869A", "let dehydrering"),
            ("DE869A", "Let dehydrering"),
        ],
        "distractors": [
            ("DJ459", "storebror på 3 år, der har astma", "family"),
            ("DH669", "Trommehinder u.a.", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW-21",
        "department": "Gynækologisk-obstetrisk afdeling",
        "specialty": "obstetrik",
        "patient": {"age": 27, "sex": "F"},
        "admission": {"start": "2025-05-12", "end": "2025-05-15"},
        "notes": [
            """Epikrise

27-årig II-gravida 0-para, GA 9+3 efter sidste menstruation, ønsket graviditet. Spontan abort i uge 8 i 2023. Ellers rask. Butiksassistent, bor med kæreste.

Indl. med 10 dages tiltagende kvalme og opkastninger op til 10-12 gange dgl., kan ikke holde væske eller mad i sig, vægttab 4 kg (fra 61 til 57 kg).
Obj.: Træt, tørre slimhinder. BT 104/66, puls 102, afebril.
U-stix: ketoner 3+, ingen leukocytter, nitrit neg. K 2,9, Na 134, krea 84.
Vaginal UL: vital intrauterin singleton-graviditet svarende til 9+2, ingen tegn på mola.

Forløb: Hyperemesis gravidarum med ketonuri, hypokaliæmi og vægttab. Behandlet med i.v. NaCl med KCl-tilsætning og thiamin, ondansetron og metoclopramid efter behov, derefter Postafen fast. Ketonuri forsvundet dag 2, K 3,8 ved udskr., holder nu væske og let kost i sig.

Dx: Hyperemesis gravidarum med metaboliske forstyrrelser, GA 9.

Plan: Postafen 25 mg x 2 fortsættes. Kontakt til afdelingen ved fornyet væskeintolerans. Nakkefoldsscanning som planlagt i uge 12.
"""
        ],
        "medications": [("R06AE05", "meclozin", "25 mg x 2"), ("A11DA01", "thiamin", "100 mg x 1")],
        "labs": [("NPU03230", "Kalium;P", 3.8, "mmol/L", 3.5, 4.4)],
        "codes": [("DO211", "A")],
        "evidence": [
            ("DO211", "Hyperemesis gravidarum med ketonuri, hypokaliæmi og vægttab"),
            ("DO211", "Hyperemesis gravidarum med metaboliske forstyrrelser"),
        ],
        "distractors": [
            ("DO039", "Spontan abort i uge 8 i 2023", "history"),
            ("DO019", "ingen tegn på mola", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW-22",
        "department": "Onkologisk afdeling",
        "specialty": "onkologi",
        "patient": {"age": 61, "sex": "M"},
        "admission": {"start": "2025-11-03", "end": "2025-11-07"},
        "notes": [
            """Epikrise, onkologisk sengeafsnit

61-årig mand med ikke-småcellet lungecancer (planocellulært karcinom) i ve. overlap, stadie IIIA, under kurativt intenderet kemoradioterapi (carboplatin/vinorelbin + strålebehandling), sidste kemoserie for 10 dage siden. PS 1. St.p. TURP 2018 for prostatahypertrofi. Eks-ryger, stoppet ved diagnosen, 45 pakkeår. Gift, førtidspensioneret.

Indl. med feber 38,9 i hjemmet, kulderystelser, ingen fokale symptomer.
Obj.: BT 118/72, puls 108, SAT 95 %. St.p.: let nedsat RL ve. apikalt (kendt tumor), ingen krepitation. Abdomen u.a. Porth a cath uden rødme.
Leuk 0,6, neutrofile 0,1, CRP 86, Hb 6,4, trombocytter 88.
RTG thorax: kendt tumor ve. overlap, uændret. Ingen infiltrater.
Bloddyrkning x 2 og urindyrkning: negative.

Forløb: Febril neutropeni efter kemoterapi, intet infektionsfokus fundet. Behandlet med piperacillin/tazobactam i.v. Afebril efter 36 t. Neutrofile steg til 1,8 dag 4 uden G-CSF. AB seponeret ved udskrivelse efter 4 døgn iht. retningslinje.

Diagnoser: Febril neutropeni, kemoterapi-induceret. Ikke-småcellet lungecancer ve. overlap.

Plan: Næste kemoserie udskydes 1 uge og dosisreduceres med 20 %, jf. konference. Strålebehandlingen fortsætter som planlagt. Ved feber > 38,0 straks kontakt til afdelingen.
"""
        ],
        "labs": [
            ("NPU02593", "Leukocytter;B", 0.6, "× 10^9/L", 3.5, 10.0),
            ("NPU02902", "Neutrofilocytter;B", 0.1, "× 10^9/L", 1.5, 7.5),
            ("NPU19748", "C-reaktivt protein [CRP];P", 86, "mg/L", None, 8),
        ],
        "codes": [("DD709A", "A"), ("DC341", "B")],
        "evidence": [
            ("DD709A", "Febril neutropeni efter kemoterapi"),
            ("DD709A", "Febril neutropeni, kemoterapi-induceret"),
            ("DC341", "ikke-småcellet lungecancer (planocellulært karcinom) i ve. overlap"),
            ("DC341", "Ikke-småcellet lungecancer ve. overlap"),
        ],
        "distractors": [
            ("DN409", "St.p. TURP 2018 for prostatahypertrofi", "history"),
            ("DJ189", "Ingen infiltrater", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW-23",
        "department": "Medicinsk afdeling",
        "specialty": "intern medicin",
        "patient": {"age": 70, "sex": "F"},
        "admission": {"start": "2025-08-18", "end": "2025-08-20"},
        "notes": [
            """Epikrise

Indlæggelsesårsag: Synkope.

70-årig kvinde, gift, selvhjulpen. Hypertension, for 1 uge siden tillagt doxazosin hos e.l. pga. utilstrækkelig BT-kontrol på amlodipin. Type 2-diabetes, kostbehandlet, HbA1c 49. Ingen hjertesygdom. Far død af AMI 58 år.

Besvimede i morges kort efter at have rejst sig fra sengen, bevidstløs få sekunder, ingen kramper, ingen tungebid eller inkontinens, hurtigt klar igen. Forudgående sortnen for øjnene og svimmelhed. Ingen brystsmerter eller hjertebanken.

Obj.: BT liggende 138/80, stående efter 3 min 98/60 med svimmelhed, puls 76 -> 84. Ingen mislyde. Neurologisk u.a.
EKG: SR, normalt, ingen AV-blok, normal QTc. Troponin T 9 -> 10, AMI afkræftet. D-dimer < 0,5, LE ikke mistænkt. Hb 8,4, Na 139, BS 6,8.
Telemetri i 24 t: ingen arytmier.

Vurdering: Ortostatisk hypotension udløst af nyopstartet doxazosin. Ikke holdepunkt for kardiel synkope.

Forløb: Doxazosin seponeret. Ortostatisk BT dag 2: 142/82 -> 134/80, ingen symptomer.

Dx: Hypotension forårsaget af lægemiddel (doxazosin). Hypertension. Type 2-diabetes, kostbehandlet.

Plan: BT-kontrol hos e.l. om 2 uger; ved behov for yderligere BT-behandling foreslås ACE-hæmmer frem for alfablokker.
"""
        ],
        "medications": [("C08CA01", "amlodipin", "10 mg x 1")],
        "codes": [("DI952", "A"), ("DI109", "B"), ("DE119", "B")],
        "evidence": [
            ("DI952", "Ortostatisk hypotension udløst af nyopstartet doxazosin"),
            ("DI952", "Hypotension forårsaget af lægemiddel (doxazosin)"),
            ("DI109", "Hypertension, for 1 uge siden"),
            ("DI109", "Hypertension.", "Dx:"),
            ("DE119", "Type 2-diabetes, kostbehandlet, HbA1c 49"),
            ("DE119", "Type 2-diabetes, kostbehandlet.", "Dx:"),
        ],
        "distractors": [
            ("DI219", "AMI afkræftet", "negated"),
            ("DI219", "Far død af AMI 58 år", "family"),
            ("DI269", "LE ikke mistænkt", "negated"),
            ("DI499", "ingen arytmier", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW-24",
        "department": "Kirurgisk gastroenterologisk afdeling",
        "specialty": "gastroenterologi",
        "patient": {"age": 44, "sex": "M"},
        "admission": {"start": "2025-07-19", "end": "2025-07-25"},
        "notes": [
            """Epikrise

44-årig mand, tømrer, samboende. Alkoholforbrug ca. 30-40 genstande/uge gennem mange år, tidl. behandlet i Antabus-regi 2021, drikker nu igen dagligt, opfylder kriterier for afhængighed. Ryger 20 cig./dag.

Indl. med 1 døgns konstante, stærke epigastriesmerter med udstråling til ryggen og opkastninger efter weekend med stort alkoholindtag.
Obj.: BT 142/90, puls 108, temp. 37,8. Abdomen: udtalt epigastriel ømhed, ingen peritoneal reaktion.
P-amylase 1240, CRP 45 -> 210 (dag 2), ALAT 62, GGT 318, bilirubin 19, triglycerid 2,1, Ca normal.
UL abd.: steatosis hepatis, ingen galdesten, normale galdeveje. Pankreas dårligt visualiseret.
CT abd. dag 3: ødematøs pankreatitis uden nekrose eller væskeansamlinger.

Forløb: Akut alkoholisk pankreatitis, mild-moderat. Væskebehandlet, smertedækket med morfin i.v. og senere p.o. Kost fra dag 2. Profylakse mod abstinenser med klordiazepoxid efter CIWA, kortvarigt svedende og rystende dag 1-2, aftaget. Thiamin i.v.
Alkoholisk fedtlever på UL og let forhøjede levertal.
Motivationssamtale om alkohol: pt. ønsker at stoppe, henvist til alkoholambulatoriet.

Diagnoser:
Akut alkoholisk pankreatitis
Alkoholafhængighed
Alkoholisk fedtlever

Plan: Alkoholophør. Levertal hos e.l. om 6 uger. Ambulant alkoholbehandling.
"""
        ],
        "medications": [("A11DA01", "thiamin", "300 mg x 1"), ("A11EA", "B-vitamin stærk", "1 tbl. x 2")],
        "labs": [(None, "Amylase;P", 1240, "U/L", 10, 65)],
        "codes": [("DK852", "A"), ("DF102", "B"), ("DK700", "B")],
        "evidence": [
            ("DK852", "Akut alkoholisk pankreatitis, mild-moderat"),
            ("DK852", "Akut alkoholisk pankreatitis", "Diagnoser"),
            ("DF102", "opfylder kriterier for afhængighed"),
            ("DF102", "Alkoholafhængighed"),
            ("DK700", "steatosis hepatis"),
            ("DK700", "Alkoholisk fedtlever på UL"),
            ("DK700", "Alkoholisk fedtlever", "Alkoholafhængighed"),
        ],
        "distractors": [("DK802", "ingen galdesten", "negated")],
    }
)


def _span(texts: list[str], code: str, phrase: str, anchor: str = "", note: int = 0) -> dict:
    """The span of ``phrase`` in note ``note``, first occurrence after ``anchor`` (or from the start)."""
    text = texts[note]
    start = text.index(phrase, text.index(anchor) if anchor else 0)
    return {"code": code, "note": note, "start": start, "end": start + len(phrase)}


def _row(keys: tuple[str, ...], values: tuple) -> dict:
    return {key: value for key, value in zip(keys, values, strict=True) if value is not None}


def build(sources: list[dict] | None = None) -> list[dict]:
    """The cases (``sources``, by default this file's CASES) in the project's case format, spans resolved."""
    cases = []
    for source in CASES if sources is None else sources:
        notes = [("epikrise", n) if isinstance(n, str) else n for n in source["notes"]]
        texts = [text for _, text in notes]
        codes = [{"code": code, "type": kind} for code, kind in source["codes"]]
        evidence = [_span(texts, *item) for item in source["evidence"]]
        distractors = []
        for code, phrase, kind, *where in source["distractors"]:
            distractors.append({**_span(texts, code, phrase, *where), "kind": kind})
        case = {key: source[key] for key in ("case_id", "department", "specialty", "patient", "admission")}
        case["notes"] = [{"type": kind, "text": text} for kind, text in notes]
        case["medications"] = [_row(("atc", "name", "dose"), m) for m in source.get("medications", [])]
        case["labs"] = [_row(("npu", "name", "value", "unit", "low", "high"), lab) for lab in source.get("labs", [])]
        case["codes"] = codes
        case["truth"] = {"codes": codes, "evidence": evidence, "distractors": distractors}
        cases.append(case)
    return cases


def render(cases: list[dict]) -> str:
    """``cases.jsonl`` as written: one case a line, UTF-8 text kept readable."""
    return "".join(json.dumps(case, ensure_ascii=False) + "\n" for case in cases)


def _sources(path: Path) -> list[dict]:
    """CASES of the source file at ``path``, loaded from its path (this folder is no package)."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.CASES


def heldout_sources() -> list[dict]:
    """The held-out set as written: CASES of heldout_cases.py."""
    return _sources(HELDOUT_SOURCE)


def dev_sources(name: str) -> list[dict]:
    """A development set as written: CASES of ``{name}_cases.py`` ("dev2" to "dev7")."""
    return _sources(HERE / f"{name}_cases.py")


def build_heldout() -> list[dict]:
    """The held-out cases in the project's case format, spans resolved."""
    return build(heldout_sources())


if __name__ == "__main__":
    OUT.write_text(render(build()), encoding="utf-8")
    print(f"{len(CASES)} cases written to {OUT}")
    heldout = build_heldout()
    HELDOUT_OUT.write_text(render(heldout), encoding="utf-8")
    print(f"{len(heldout)} held-out cases written to {HELDOUT_OUT}")
    for name, ordinal in DEVELOPMENT.items():
        built = build(dev_sources(name))
        (HERE / f"{name}.jsonl").write_text(render(built), encoding="utf-8")
        print(f"{len(built)} cases of the {ordinal} development set written to {HERE / f'{name}.jsonl'}")
