"""The fourth development set of hand-written discharge cases (README.md, "The fourth development set").

Written by hand in the same source format as ``CASES`` in build_cases.py: notes as strings or
("type", "text"), medications (atc, name, dose), labs (npu, name, value, unit, low, high), codes
(code, "A"/"B"), evidence (code, phrase[, anchor[, note]]) and distractors (code, phrase, kind[, anchor[,
note]]). ``python benchmarks/data/handwritten/build_cases.py`` turns them into ``dev4.jsonl``.

Like the second and third development sets these cases are meant for tuning: read them, write rules
against them and choose between variants on them. They were first scored before anything was tuned on them
(README.md gives those figures).
"""

# The notes are kept line for line as written (a line is a paragraph), so their lines run long.
# ruff: noqa: E501

from __future__ import annotations

CASES: list[dict] = []

CASES.append(
    {
        "case_id": "HW4-01",
        "department": "Kirurgisk gastroenterologisk afdeling",
        "specialty": "kirurgisk gastroenterologi",
        "patient": {"age": 58, "sex": "F"},
        "admission": {"start": "2025-04-07", "end": "2025-04-11"},
        "notes": [
            """Epikrise – Kirurgisk gastroenterologisk afd.

Indlæggelsesårsag: Akutte smerter i øvre abdomen.

58-årig kvinde, kontorassistent. Kendt med galdesten påvist ved UL 2023 efter enkelte kolikanfald, står på venteliste til kolecystektomi. Hypothyreose i Eltroxin-beh. Alkohol 2-3 genst./uge, intet overforbrug. Ingen tidl. pankreatitis. Mor opereret for galdesten.

Aktuelt: Efter aftensmaden (flæskesteg) tiltagende konstante smerter i epigastriet med udstråling til ryggen, opkast x 5. Ikke haft feber. Mørk urin siden i morges.

Obj.: Smertepåvirket. T 37,6, BT 138/84, P 98, SAT 97 % atm. Let ikteriske sclerae. Abd.: udtalt ømhed i epigastriet og hø. hypokondrie, ingen peritoneal reaktion. Murphys tegn neg.

Paraklinik: P-amylase 2.840 U/l, bilirubin 64, ALAT 412, BASP 310, CRP 38, leuk 13,4, krea 72, triglycerid 1,4.
UL abdomen: multiple konkrementer i galdeblæren, ingen vægfortykkelse, ingen pericholecystisk væske. Ductus choledochus dilateret til 10 mm.
MRCP dag 2: 2 konkrementer i distale choledochus (6 og 8 mm). Ødematøs pancreas, ingen nekrose, ingen peripankreatiske væskeansamlinger.

Forløb: Behandlet med i.v. væske efter skema, morfin p.n. og tidlig peroral ernæring. Ingen antibiotika, da ingen tegn på kolangitis (afebril, ingen kulderystelser). CRP max 112 dag 2. Modificeret Glasgow-score 1, intet organsvigt.
Dag 3 ERCP med papillotomi og ballonekstraktion af 2 konkrementer fra choledochus, herefter frit afløb af kontrast til duodenum. Ingen post-ERCP-pankreatitis, amylase faldende.
Bilirubin 64 -> 21 ved udskrivelsen. Spiser almindelig kost, smertefri. Eltroxin fortsat uændret.

Konklusion: Akut biliær pankreatitis (galdestenspankreatitis), mild. Choledochussten uden kolangitis, fjernet ved ERCP. Cholecystolithiasis. Hypothyreose.

Plan: Laparoskopisk kolecystektomi under indlæggelsen blev tilbudt, men pt. ønsker hjem; planlægges elektivt inden for 2 uger. Fedtfattig kost indtil da. Ved feber, gulsot eller nye smerter kontakt 1813.
"""
        ],
        "medications": [
            ("H03AA01", "levothyroxin (Eltroxin)", "100 mikrog x 1"),
            ("N02BE01", "paracetamol", "1 g x 4 p.n."),
        ],
        "labs": [
            (None, "Amylase (pankreas);P", 2840, "U/L", 10, 65),
            (None, "Bilirubiner;P", 64, "µmol/L", 5, 25),
            (None, "Alanintransaminase [ALAT];P", 412, "U/L", 10, 45),
            ("NPU19748", "C-reaktivt protein [CRP];P", 112, "mg/L", None, 8),
            ("NPU02593", "Leukocytter;B", 13.4, "10^9/L", 3.5, 8.8),
        ],
        "codes": [("DK851A", "A"), ("DK805C", "B"), ("DK802C", "B"), ("DE039", "B")],
        "evidence": [
            ("DK851A", "Akut biliær pankreatitis (galdestenspankreatitis)"),
            ("DK805C", "2 konkrementer i distale choledochus"),
            ("DK805C", "Choledochussten uden kolangitis"),
            ("DK802C", "multiple konkrementer i galdeblæren"),
            ("DK802C", "Cholecystolithiasis."),
            ("DE039", "Hypothyreose i Eltroxin-beh."),
            ("DE039", "Hypothyreose.", "Konklusion"),
        ],
        "distractors": [
            ("DF101", "intet overforbrug", "negated"),
            ("DK859F", "Ingen tidl. pankreatitis", "negated"),
            ("DK800C", "Murphys tegn neg.", "negated"),
            ("DK858C", "ingen nekrose", "negated"),
            ("DK830", "ingen tegn på kolangitis", "negated"),
            ("DK858", "Ingen post-ERCP-pankreatitis", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW4-02",
        "department": "Kardiologisk afdeling",
        "specialty": "kardiologi",
        "patient": {"age": 81, "sex": "M"},
        "admission": {"start": "2025-06-02", "end": "2025-06-06"},
        "notes": [
            """Kardiologisk afd. – Epikrise

81-årig mand, pens. tømrer, bor med hustru i rækkehus, selvhjulpen.
Kendt med: HT gennem 20 år (amlodipin, losartan). Kronisk nyresygdom stadie 3b, eGFR stabilt 35-40, følges af e.l. Hyperkolesterolæmi (atorvastatin). Systolisk mislyd kendt siden 2021, moderat aortastenose ved ekko 2022, herefter ikke fulgt op. Ingen kendt iskæmisk hjertesygdom. Ikke diabetes.

Indlæggelsesårsag: Synkope.
Besvimede under havearbejde, mens han bar sække med jord; var væk ca. 30 sek., ingen kramper, ingen tungebid, hurtigt klar igen. De sidste 3 mdr. tiltagende åndenød ved trappegang og trykken i brystet ved anstrengelse.

Obj.: BT 124/78, P 68 reg. Hård systolisk mislyd 4/6 over aortaostiet med udstråling til halsen, svækket 2. tone. St.p. u.a. Ingen ankelødemer.
EKG: SR 68, venstre ventrikelhypertrofi med strain, intet AV-blok.
BS: Trop T 22 -> 24 (stabil), NT-proBNP 2.480, krea 148, eGFR 38, Hb 8,6, K 4,6.

Forløb: Telemetri i 48 t uden arytmier eller pauser. Ekko: svær aortastenose, AVA 0,7 cm², middelgradient 52 mmHg, Vmax 4,6 m/s, forkalket trikuspid klap. LVEF 55 %, koncentrisk hypertrofi. Ingen betydende mitralinsufficiens.
Synkopen vurderes som anstrengelsesudløst ved svær symptomatisk aortastenose; ingen holdepunkter for arytmi. Ortostatisk BT-måling normal.
CT-TAVI-protokol udført med reduceret kontrastmængde pga. nyrefunktionen og forudgående i.v. væske; krea uændret 151 efterfølgende. Egnede femoraladgange. KAG: ingen signifikante koronarstenoser.
Hjertekonference: anbefaler transfemoral TAVI. Pt. indforstået.

Konklusion:
Svær aortaklapstenose med anstrengelsesudløst synkope, NYHA III.
Kronisk nyreinsufficiens stadie 3b.
Essentiel hypertension.
Hyperkolesterolæmi.

Plan: Opsat til TAVI, indkaldes inden for 4 uger. Undgå tunge løft og hård fysisk anstrengelse indtil da. Kørselsforbud indtil efter TAVI. Amlodipin seponeret (obs. hypotension ved svær AS), fortsætter losartan i lav dosis. Krea og K hos e.l. om 2 uger.
"""
        ],
        "medications": [
            ("C09CA01", "losartan", "25 mg x 1"),
            ("C10AA05", "atorvastatin", "40 mg x 1"),
            ("B01AC06", "acetylsalicylsyre", "75 mg x 1"),
        ],
        "labs": [
            ("NPU18016", "Kreatinin;P", 151, "µmol/L", 60, 105),
            (None, "NT-proBNP;P", 2480, "ng/L", None, 300),
            (None, "Troponin T;P", 24, "ng/L", None, 14),
            ("NPU03230", "Kalium;P", 4.6, "mmol/L", 3.5, 4.4),
        ],
        "codes": [("DI350", "A"), ("DN183", "B"), ("DI109", "B"), ("DE780", "B")],
        "evidence": [
            ("DI350", "svær aortastenose, AVA 0,7 cm²"),
            ("DI350", "Svær aortaklapstenose med anstrengelsesudløst synkope"),
            ("DN183", "Kronisk nyresygdom stadie 3b"),
            ("DN183", "Kronisk nyreinsufficiens stadie 3b"),
            ("DI109", "HT gennem 20 år"),
            ("DI109", "Essentiel hypertension"),
            ("DE780", "Hyperkolesterolæmi (atorvastatin)"),
            ("DE780", "Hyperkolesterolæmi.", "Konklusion"),
        ],
        "distractors": [
            ("DI259", "Ingen kendt iskæmisk hjertesygdom", "negated"),
            ("DE119", "Ikke diabetes", "negated"),
            ("DI443", "intet AV-blok", "negated"),
            ("DI340", "Ingen betydende mitralinsufficiens", "negated"),
            ("DI499", "ingen holdepunkter for arytmi", "negated"),
            ("DI251", "ingen signifikante koronarstenoser", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW4-03",
        "department": "Medicinsk afdeling",
        "specialty": "intern medicin",
        "patient": {"age": 79, "sex": "F"},
        "admission": {"start": "2025-01-14", "end": "2025-01-21"},
        "notes": [
            """Epikrise – Medicinsk afdeling M2 (lunge/infektion)

Indlagt 14.01.2025 via FAM, udskrevet 21.01.2025.

Indlæggelsesårsag: Feber, hoste og tiltagende dyspnø.

Anamnese:
79-årig kvinde, enke, bor alene i lejlighed på 2. sal med elevator, hjemmehjælp 1 x ugl. til rengøring. Aldrig røget. Ingen alkohol. Ikke vaccineret mod influenza i denne sæson.
Kendt med:
- Hjertesvigt med nedsat uddrivningsfraktion (HFrEF), LVEF 30 % ved ekko 2024, iskæmisk/hypertensiv genese, NYHA II i habitualtilstanden. Beh. med Entresto, metoprolol, Jardiance og furosemid.
- Kronisk atrieflimren, frekvensreguleret med metoprolol, AK-beh. med Eliquis.
- DM2 siden 2009 med diabetisk polyneuropati (strømpeformet nedsat sensibilitet til midt på crus bilat., følges i fodterapi). Metformin + Jardiance, HbA1c 58.
- Gonartrose bilat.
- Ingen kendt lungesygdom, ingen KOL eller astma.
Disp.: Søster død af lungekræft.

Aktuelt:
For 6 dage siden akut indsættende feber til 39,2, muskelsmerter, hovedpine og tør hoste; barnebarnet havde "influenza" samme uge. Havde det lidt bedre dag 3-4, men de sidste 2 døgn igen høj feber, hoste med gulgrønt, let blodtilblandet ekspektorat, stikkende smerter i hø. side af thorax ved dyb indånding og tiltagende åndenød; kan ikke gå på toilettet uden pause. Har spist og drukket sparsomt. Let hævede ankler.

Obj. ved ankomst:
Påvirket, varm og tør. T 39,0, BT 104/62, P 118 uregelmæssig, RF 28, SAT 86 % atm., 94 % på 3 l ilt på næsebrille. GCS 15.
St.p.: krepitation og bronkial respiration basalt hø., få krepitationer basalt ve.
St.c.: uregelmæssig rytme, ingen mislyde.
Let pittingødem til midt på crus bilat. Halsvener ikke stasede.

Paraklinik: CRP 286, leuk 17,8 (neutrofile 15,9), procalcitonin 6,4, krea 118 (habituelt 90), Na 133, K 4,1, laktat 2,6, BS 14,2. NT-proBNP 5.900 (habituelt ca. 2.000). Trop T 36, uændret ved gentagelse.
A-gas på 3 l ilt: pH 7,45, pCO2 4,4, pO2 8,6.
Influenza A PCR (svælgpodning): positiv. SARS-CoV-2 og RSV: negative.
Rtg. thorax: lobært infiltrat i hø. underlap, lille pleuraekssudat hø. Ingen lungestase.
Bloddyrkninger x 2: negative. Ekspektorat: Staphylococcus aureus (MSSA) i rigeligt antal.

Forløb:
Dag 1: CURB-65 = 2. Startet Tamiflu 75 mg x 2 og i.v. cefuroxim 1,5 g x 3. Forsigtig i.v. væske (500 ml) pga. hjertesvigtet; furosemid pauseret, Jardiance og metformin pauseret pga. sparsomt væskeindtag og let prærenal krea-stigning. Insulin efter skema. Dråbeisolation.
Dag 2: Fortsat feber 38,8, iltbehov 3 l. Ekspektorat med gram-positive kokker i hobe -> efter telefonkonference med mikrobiolog skiftet til i.v. dicloxacillin 1 g x 4.
Dag 3: S. aureus (MSSA) bekræftet i ekspektoratet. Afebril fra om aftenen. Paracetamol fast.
Dag 4: Tiltagende dyspnø og ødemer, vægt +2,1 kg, krepitation bilat. Tolket som let forværring af hjertesvigtet efter væske og infektion. Furosemid 40 mg i.v. x 2 med god effekt. TTE: LVEF 30 %, uændret i forhold til 2024, ingen nye klapforandringer.
Dag 5-6: CRP 286 -> 98. Ilt aftrappet, SAT 95 % atm. fra dag 6. Krea 96. Metformin og Jardiance genoptaget. Frekvens 80-95 i atrieflimren.
Dag 7: Skiftet til p.o. dicloxacillin 1 g x 4, samlet 10 dages behandling. Mobiliseret med fysioterapeut, går på gangen med rollator. Tamiflu afsluttet efter 5 dage.
Dag 8: Udskrives. Pga. polyneuropatien og nedsat balance vurderet af fysioterapeut mhp. faldrisiko; hjemmetræning bevilget.

Konklusion:
1. Influenza A med sekundær bakteriel lungebetændelse forårsaget af Staphylococcus aureus (MSSA) i hø. underlap.
2. Kronisk hjertesvigt (HFrEF, LVEF 30 %) med let forværring under forløbet.
3. Kronisk atrieflimren, AK-beh. med apixaban fortsat.
4. Type 2-diabetes med diabetisk polyneuropati.

Medicin ved udskrivelse: Dicloxacillin 1 g x 4 t.o.m. 24.01. Furosemid 40 mg x 1 (uændret). Entresto 49/51 mg x 2. Metoprolol 100 mg x 1. Jardiance 10 mg x 1. Metformin 1 g x 2. Eliquis 5 mg x 2.

Plan:
- Kontrol hos e.l. om 1 uge med CRP, krea, K og vægt.
- Rtg. thorax om 6-8 uger mhp. opheling af infiltratet.
- Hjertesvigtsklinikken orienteret; kontrol som planlagt i marts.
- Influenza- og pneumokokvaccination anbefales.
"""
        ],
        "medications": [
            ("J05AH02", "oseltamivir (Tamiflu)", "75 mg x 2 i 5 dage"),
            ("J01CF01", "dicloxacillin", "1 g x 4"),
            ("C03CA01", "furosemid", "40 mg x 1"),
            ("C09DX04", "sacubitril/valsartan (Entresto)", "49/51 mg x 2"),
            ("C07AB02", "metoprolol", "100 mg x 1"),
            ("A10BK03", "empagliflozin (Jardiance)", "10 mg x 1"),
            ("A10BA02", "metformin", "1 g x 2"),
            ("B01AF02", "apixaban (Eliquis)", "5 mg x 2"),
        ],
        "labs": [
            ("NPU19748", "C-reaktivt protein [CRP];P", 286, "mg/L", None, 8),
            ("NPU02593", "Leukocytter;B", 17.8, "10^9/L", 3.5, 8.8),
            ("NPU18016", "Kreatinin;P", 118, "µmol/L", 45, 90),
            ("NPU03429", "Natrium;P", 133, "mmol/L", 137, 145),
            (None, "NT-proBNP;P", 5900, "ng/L", None, 300),
            (None, "Procalcitonin;P", 6.4, "µg/L", None, 0.5),
        ],
        "codes": [("DJ100", "A"), ("DJ152", "B"), ("DI501G", "B"), ("DI482", "B"), ("DE114", "B")],
        "evidence": [
            ("DJ100", "Influenza A PCR (svælgpodning): positiv"),
            ("DJ100", "Influenza A med sekundær bakteriel lungebetændelse"),
            ("DJ100", "lobært infiltrat i hø. underlap"),
            ("DJ152", "Ekspektorat: Staphylococcus aureus (MSSA)"),
            ("DJ152", "lungebetændelse forårsaget af Staphylococcus aureus (MSSA)"),
            ("DI501G", "Hjertesvigt med nedsat uddrivningsfraktion (HFrEF)"),
            ("DI501G", "Kronisk hjertesvigt (HFrEF, LVEF 30 %)"),
            ("DI482", "Kronisk atrieflimren, frekvensreguleret"),
            ("DI482", "Kronisk atrieflimren, AK-beh."),
            ("DE114", "DM2 siden 2009 med diabetisk polyneuropati"),
            ("DE114", "Type 2-diabetes med diabetisk polyneuropati"),
        ],
        "distractors": [
            ("DJ449", "ingen KOL", "negated"),
            ("DJ459", "astma", "negated", "ingen KOL"),
            ("DC349", "Søster død af lungekræft", "family"),
            ("DA419", "Bloddyrkninger x 2: negative", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW4-04",
        "department": "Kirurgisk afdeling",
        "specialty": "kirurgi",
        "patient": {"age": 84, "sex": "F"},
        "admission": {"start": "2025-09-15", "end": "2025-09-20"},
        "notes": [
            """Epikrise, Kirurgisk afdeling

84-årig kvinde, bor i ældrebolig, klarer sig selv med lidt hjælp.
Kendt med permanent atrieflimren (Eliquis 2,5 mg x 2 pga. alder og vægt), hypertension (ramipril), obstipationstendens. St.p. hysterektomi 1988 pga. fibromer. Ingen kendt IBD. Koloskopi 2019 med divertikler i sigmoideum, ellers normal.

Indl.årsag: Pludselige krampeagtige mavesmerter i ve. side efterfulgt af 4-5 tynde afføringer med friskt blod.

Obj.: T 37,8, BT 112/64, P 96 uregelm. Abd. blød, ømhed i ve. fossa og ve. flanke, ingen défense, ingen slip-ømhed. PR: blodtilblandet afføring.
BS: Hb 7,0 (habituelt 7,6), leuk 13,1, CRP 74, laktat 1,4, krea 102.
CT abdomen med kontrast: segmentær vægfortykkelse af colon descendens og proksimale sigmoideum, ingen fri luft, ingen pneumatosis, åbne mesenterialkar, ingen tegn på divertikulitis.
Sigmoideoskopi dag 2: ødematøs, blålig slimhinde med overfladiske ulcerationer 25-40 cm fra anus, skarp afgrænsning. Biopsier: forandringer forenelige med iskæmi. Ingen gangræn.

Forløb: Konservativ beh. med faste dag 1, i.v. væske og i.v. Tazocin pga. feber og CRP-stigning. Eliquis pauseret i 2 døgn pga. blødningen, genoptaget dag 3 da blødningen var ophørt. Hb stabil 6,8-7,0, ingen transfusion. Smerterne aftog dag 3, formet afføring dag 4. Skiftet til p.o. Augmentin, i alt 7 dage. CRP 74 -> 21. Ramipril holdt pause 2 dage pga. BT 105-115 systolisk, genoptaget.

Konkl.: Iskæmisk colitis i colon descendens og sigmoideum, ikke-gangrænøs. Permanent atrieflimren med AK-beh. Hypertension.

Plan: Ambulant koloskopi om 6-8 uger mhp. opheling og udelukkelse af coloncancer. Eliquis fortsættes. Undgå obstipation: Movicol dagligt. Ved fornyet blødning eller mavesmerter kontakt afd.
"""
        ],
        "medications": [
            ("B01AF02", "apixaban (Eliquis)", "2,5 mg x 2"),
            ("C09AA05", "ramipril", "5 mg x 1"),
            ("J01CR02", "amoxicillin/clavulansyre (Augmentin)", "500/125 mg x 3 t.o.m. 21.09"),
            ("A06AD65", "macrogol (Movicol)", "1 brev x 1"),
        ],
        "labs": [
            ("NPU02319", "Hæmoglobin;B", 6.8, "mmol/L", 7.3, 9.5),
            ("NPU19748", "C-reaktivt protein [CRP];P", 74, "mg/L", None, 8),
            ("NPU02593", "Leukocytter;B", 13.1, "10^9/L", 3.5, 8.8),
        ],
        "codes": [("DK559", "A"), ("DI489BD", "B"), ("DI109", "B")],
        "evidence": [
            ("DK559", "forandringer forenelige med iskæmi"),
            ("DK559", "Iskæmisk colitis i colon descendens og sigmoideum"),
            ("DI489BD", "permanent atrieflimren (Eliquis 2,5 mg x 2"),
            ("DI489BD", "Permanent atrieflimren med AK-beh."),
            ("DI109", "hypertension (ramipril)"),
            ("DI109", "Hypertension.", "Konkl."),
        ],
        "distractors": [
            ("DK519", "Ingen kendt IBD", "negated"),
            ("DK573A", "ingen tegn på divertikulitis", "negated"),
            ("DK550A", "Ingen gangræn", "negated"),
            ("DK631", "ingen fri luft", "negated"),
            ("DD259", "St.p. hysterektomi 1988 pga. fibromer", "history"),
            ("DC189", "udelukkelse af coloncancer", "planned"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW4-05",
        "department": "Ortopædkirurgisk afdeling",
        "specialty": "ortopædkirurgi",
        "patient": {"age": 47, "sex": "M"},
        "admission": {"start": "2025-03-18", "end": "2025-03-23"},
        "notes": [
            """Epikrise – Ortopædkirurgisk afd., fodsårsteamet

47-årig mand, buschauffør. Type 1-diabetes siden 12-årsalderen, insulinpumpe, HbA1c 71. Ryger 10 cig./dag. Ikke kendt med hjertesygdom. Ingen tidl. amputationer.
Henvist fra Fodsårsambulatoriet (Endokrinologisk afd.) med 6 ugers sår dorsalt på hø. 2. tå over PIP-leddet (hammertå). Trods aflastning og lokalbeh. nu hævet, rød "pølsetå" med pussekretion. Ikke feber.

Obj.: Hø. 2. tå diffust hævet og rødmende, 8 x 6 mm sår, probe-to-bone positiv. Rødmen når ikke forfoden. Fodpulse (a. dorsalis pedis og a. tibialis post.) palpable bilat.
ABI 1,05 hø. / 1,10 ve., tåtryk 78 mmHg. Ingen tegn på perifer arteriel insufficiens.
Rtg. hø. forfod: destruktion af caput af grundphalanx og basis af mellemphalanx 2. tå, forenelig med osteomyelitis.
BS: CRP 42, leuk 10,2, BS svingende 8-16.

Forløb: Startet i.v. Zinacef efter vævsbiopsi. Dag 2 amputation af hø. 2. tå i MTP-leddet (se operationsbeskrivelse). Knoglebiopsi: Staphylococcus aureus, følsom for dicloxacillin. Histologi: kronisk osteomyelitis, resektionsranden fri. Skiftet til p.o. dicloxacillin i 2 uger (kun blødtvævsdækning, rask knogle i resektionsranden). Såret pænt dag 4, ingen tegn på infektion. Insulinpumpen justeret i samarbejde med diabetesteamet.

Diagnoser: Type 1-diabetes med diabetisk fodsår hø. 2. tå, kompliceret med kronisk osteomyelitis forårsaget af Staphylococcus aureus. Amputation af 2. tå.

Plan: Aflastningssko, må gå med hælbelastning. Sårkontrol og suturfjernelse i Fodsårsambulatoriet om 14 dage. Dicloxacillin 1 g x 3 i 14 dage. Rygestop anbefalet, henvist til rygestopforløb i kommunen.
""",
            (
                "operationsbeskrivelse",
                """Operation: Amputation af 2. tå hø. fod i MTP-leddet.
Indikation: Kronisk osteomyelitis i 2. tå hø. med sår ved type 1-diabetes.
Anæstesi: Ankelblok og let sedation. Ingen blodtomhed.
Procedure: Raketincision omkring basis af 2. tå med kort dorsal forlængelse. Tåen exartikuleres i MTP-leddet. Ledbrusken på caput metatarsale II hvid og glat, knoglen fast og blødende. Senestumper afkortes. Inficeret blødvæv omkring grundphalanx fjernes. Knoglebiopsi fra proksimale grundphalanx til dyrkning og histologi. Skylning med NaCl. Hæmostase. Huden lukkes løst med enkeltknuder Ethilon 3-0. Steril forbinding.
Komplikationer: Ingen.
Postop.: Hælbelastning i aflastningssko. Antibiotika fortsættes.
""",
            ),
        ],
        "medications": [
            ("A10AB05", "insulin aspart (pumpe)", "efter skema"),
            ("J01CF01", "dicloxacillin", "1 g x 3 i 14 dage"),
            ("N02BE01", "paracetamol", "1 g x 4 p.n."),
        ],
        "labs": [
            ("NPU19748", "C-reaktivt protein [CRP];P", 42, "mg/L", None, 8),
            ("NPU27300", "Hæmoglobin A1c (IFCC);Hb(B)", 71, "mmol/mol", None, 48),
            ("NPU02593", "Leukocytter;B", 10.2, "10^9/L", 3.5, 8.8),
        ],
        "codes": [("DE105B", "A"), ("DM866", "B"), ("DB956", "B")],
        "evidence": [
            ("DE105B", "6 ugers sår dorsalt på hø. 2. tå"),
            ("DE105B", "Type 1-diabetes med diabetisk fodsår"),
            ("DM866", "forenelig med osteomyelitis"),
            ("DM866", "kompliceret med kronisk osteomyelitis"),
            ("DM866", "Kronisk osteomyelitis i 2. tå hø.", "", 1),
            ("DB956", "Knoglebiopsi: Staphylococcus aureus"),
            ("DB956", "forårsaget af Staphylococcus aureus"),
        ],
        "distractors": [
            ("DI519", "Ikke kendt med hjertesygdom", "negated"),
            ("DZ894", "Ingen tidl. amputationer", "negated"),
            ("DI702", "Ingen tegn på perifer arteriel insufficiens", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW4-06",
        "department": "Hæmatologisk afdeling",
        "specialty": "hæmatologi",
        "patient": {"age": 68, "sex": "M"},
        "admission": {"start": "2025-03-03", "end": "2025-03-11"},
        "notes": [
            """Epikrise – Hæmatologisk afdeling

Indlagt 03.03.2025 på Medicinsk afd., overflyttet til Hæmatologisk afd. 04.03.2025, udskrevet 11.03.2025.

Indlæggelsesårsag: Forvirring, tørst og almen svækkelse. Hyperkalcæmi og nyresvigt.

Anamnese:
68-årig mand, pens. skolelærer, gift, bor i hus. Tidligere rask bortset fra velreguleret hypertension (amlodipin) og hyperkolesterolæmi (simvastatin). Ikke-ryger. Ingen kendt nyresygdom; krea 84 ved årskontrol 2024.
Disp.: Mor havde brystkræft. Ingen kendt blodsygdom i familien.
Siden efteråret lændesmerter, behandlet af e.l. og fysioterapeut som muskulære. Sidste 3-4 uger tiltagende træthed, tørst, polyuri, kvalme, obstipation og vægttab på 5 kg. Hustruen har de sidste dage bemærket, at han er "langsom og forvirret". Har taget Ipren 400 mg x 3 for rygsmerterne i en måned.

Obj. ved ankomst:
Bleg, tørre slimhinder, træg men orienteret i egne data, ikke i tid. T 36,8, BT 108/66, P 96, SAT 97 %. Ingen fokale neurologiske udfald. Bankeømhed over L2-L3. Ingen forstørrede lymfeknuder, ingen hepatosplenomegali.

Paraklinik ved ankomst:
Ca ion 1,86 mmol/l, total-Ca 3,62. Krea 312 (eGFR 17), carbamid 24,1, K 4,9, Na 137, bikarbonat 21. Hb 5,4, MCV 92, leuk 5,2, trombocytter 168. Albumin 32, total protein 98. LDH normal. Urat 0,58. PTH 1,2 pmol/l (supprimeret).
M-komponent IgG-kappa 42 g/l. Frie lette kæder: kappa 1.840 mg/l, lambda 8 mg/l, ratio 230. Beta-2-mikroglobulin 9,8 mg/l.
U-stix: protein 1+, men U-albumin/krea-ratio lav (lette kæder).
UL nyrer: normalstore nyrer, ingen hydronefrose, ingen sten.

Forløb:
Dag 1 (Medicinsk afd.): Hyperkalcæmi med påvirket bevidsthed -> kraftig i.v. hydrering 3-4 l NaCl/døgn med diurese- og vægtkontrol. Zoledronsyre ikke givet pga. eGFR < 30; i stedet calcitonin s.c. x 2 og denosumab 60 mg s.c. efter samråd med endokrinolog. Ipren og amlodipin seponeret.
Dag 2: Overflyttet til Hæmatologisk afd. Knoglemarvsbiopsi: 45 % klonale plasmaceller med kappa-restriktion. Start dexamethason 40 mg dag 1-4.
Dag 3: Lavdosis helkrops-CT: multiple osteolytiske læsioner i kalvarium, columna, bækken og ve. humerus; ingen frakturer, ingen truende medullær kompression. Ca ion 1,86 -> 1,52. Krea 312 -> 264. Mere klar.
Dag 4: Diagnose: myelomatose IgG-kappa (cytogenetik afventes). Start behandling med daratumumab, bortezomib og dexamethason (cyclophosphamid udeladt i 1. serie pga. nyrefunktionen). Aciclovir- og Bactrim-profylakse, allopurinol i 7 dage.
Dag 5-6: Fortsat bedring af nyrefunktionen, krea 198. Diurese 2,5-3 l. Ca ion 1,38. Hb 5,2 -> transfunderet 2 portioner SAG, Hb 6,3 efterfølgende. Anæmien tolkes som knoglemarvsinfiltration.
Dag 7: Den akutte nyreinsufficiens tolkes som multifaktoriel: dehydrering ved hyperkalcæmi, NSAID og lette kæder; myelomnyre (cast-nefropati) ikke biopsiverificeret. Nyrebiopsi undladt, da det ikke ændrer behandlingen.
Dag 8: Ca ion 1,31, krea 164. Oppegående, spiser normalt, obstipationen ophørt. Smertebeh. med paracetamol og oxycodon depot med god effekt, ingen NSAID.
Dag 9: Udskrives.

Konklusion:
1. Nydiagnosticeret myelomatose, IgG-kappa, med osteolytiske knoglelæsioner.
2. Hyperkalcæmi (malign) med påvirket bevidsthed, korrigeret.
3. Akut nyreinsufficiens, multifaktoriel (lette kæder, dehydrering, NSAID), i bedring, krea 312 -> 164.
4. Anæmi ved myelomatose, transfunderet x 2.
5. Hypertension, amlodipin pauseret; BT 120-135/70-80 uden behandling.
Ingen patologiske frakturer. Ingen infektion.

Medicin ved udskrivelse: Dexamethason 20 mg iht. skema. Aciclovir 400 mg x 2. Bactrim 400/80 mg x 1. Allopurinol 100 mg x 1 t.o.m. 13.03. Pantoprazol 40 mg x 1. Oxycodon depot 10 mg x 2, paracetamol 1 g x 3. Movicol 1 brev x 1-2. Simvastatin 40 mg x 1.

Plan:
- Fortsat behandling i Hæmatologisk dagafsnit, bortezomib dag 8 den 13.03 med blodprøver (Ca ion, krea, væsketal).
- Cytogenetik (FISH) og vurdering mhp. højdosis kemoterapi med stamcellestøtte drøftes på MDT.
- Tandlægeundersøgelse inden videre antiresorptiv behandling.
- Ved feber > 38,0 straks kontakt hæmatologisk vagt.
- Drikke 2-3 l dagligt.
"""
        ],
        "medications": [
            ("H02AB02", "dexamethason", "20 mg iht. skema"),
            ("J05AB01", "aciclovir", "400 mg x 2"),
            ("J01EE01", "sulfamethoxazol/trimethoprim (Bactrim)", "400/80 mg x 1"),
            ("M04AA01", "allopurinol", "100 mg x 1 t.o.m. 13.03"),
            ("A02BC02", "pantoprazol", "40 mg x 1"),
            ("N02AA05", "oxycodon depot", "10 mg x 2"),
            ("N02BE01", "paracetamol", "1 g x 3"),
            ("C10AA01", "simvastatin", "40 mg x 1"),
        ],
        "labs": [
            (None, "Calcium-ion frit (pH 7,4);P", 1.86, "mmol/L", 1.18, 1.32),
            ("NPU18016", "Kreatinin;P", 312, "µmol/L", 60, 105),
            ("NPU02319", "Hæmoglobin;B", 5.4, "mmol/L", 8.3, 10.5),
            (None, "M-komponent;P", 42, "g/L", None, None),
            (None, "Kappa-kæde (fri);P", 1840, "mg/L", 3.3, 19.4),
        ],
        "codes": [("DC900", "A"), ("DE835C", "B"), ("DN179", "B"), ("DD630", "B"), ("DI109", "B")],
        "evidence": [
            ("DC900", "45 % klonale plasmaceller"),
            ("DC900", "Nydiagnosticeret myelomatose, IgG-kappa"),
            ("DE835C", "Ca ion 1,86 mmol/l"),
            ("DE835C", "Hyperkalcæmi (malign) med påvirket bevidsthed"),
            ("DN179", "Krea 312 (eGFR 17)"),
            ("DN179", "Akut nyreinsufficiens, multifaktoriel"),
            ("DD630", "Anæmien tolkes som knoglemarvsinfiltration"),
            ("DD630", "Anæmi ved myelomatose"),
            ("DI109", "velreguleret hypertension (amlodipin)"),
            ("DI109", "Hypertension, amlodipin pauseret"),
        ],
        "distractors": [
            ("DN189", "Ingen kendt nyresygdom", "negated"),
            ("DC509", "Mor havde brystkræft", "family"),
            ("DN133", "ingen hydronefrose", "negated"),
            ("DM844A", "ingen frakturer", "negated"),
            ("DG952", "ingen truende medullær kompression", "negated"),
            ("DM545", "lændesmerter, behandlet af e.l. og fysioterapeut som muskulære", "history"),
            ("DN161A", "myelomnyre (cast-nefropati) ikke biopsiverificeret", "uncertain"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW4-07",
        "department": "Lungemedicinsk afdeling",
        "specialty": "lungemedicin",
        "patient": {"age": 74, "sex": "M"},
        "admission": {"start": "2025-02-10", "end": "2025-02-19"},
        "notes": [
            """Lungemedicinsk afd. – epikrise

74-årig mand, gift. Eks-ryger, 30 pk.-år, stoppede 2005.
Kendt med idiopatisk lungefibrose (UIP-mønster på HRCT, MDT-diagnose 2022), beh. med nintedanib (Ofev) 150 mg x 2; FVC 62 % og DLCO 38 % ved seneste kontrol. Ingen hjemmeilt. Refluks i PPI-beh. Ingen kendt hjertesygdom.
Bror døde af "stivnede lunger".

Indl.årsag: 10 dages tiltagende åndenød, nu også i hvile, og tør hoste. Ikke feber, intet ekspektorat. Ingen brystsmerter, ingen hævede ben.

Obj.: RF 30, SAT 82 % atm., 92 % på 5 l ilt. T 37,3, BT 142/86, P 104 reg. Fine krepitationer (velcro) bilat. op til midt på thorax. Trommestikfingre. Ingen ødemer.
A-gas (atm.): pH 7,47, pCO2 4,1, pO2 6,2.
BS: CRP 28, leuk 11,4, NT-proBNP 310, D-dimer 1,2.
CT-angio + HRCT: ingen lungeemboli. Kendt basal subpleural honeycombing, nu nytilkomne bilaterale diffuse matglasforandringer oven i fibrosen. Ingen lobær konsolidering, ingen pneumothorax, intet pleuraekssudat.
Ekko: normal LV-funktion, TAPSE 19, estimeret sPAP 38 mmHg.
Luftvejs-PCR og bloddyrkninger negative.

Forløb: Tolket som akut eksacerbation af IPF uden påvist udløsende årsag; ingen tegn på infektion, emboli eller hjertesvigt. Behandlet med Solu-Medrol 500 mg i.v. x 3, herefter prednisolon 40 mg dgl. Empirisk Tazocin i 5 dage indtil negative dyrkninger. Hypoksisk respirationsinsufficiens behandlet med ilt, max 6 l/min. Gradvis bedring; ved udskrivelsen SAT 90-92 % på 2 l i hvile og 85 % ved gang -> hjemmeilt bevilget (2 l i hvile, 4 l ved aktivitet). Ofev fortsat, pantoprazol fortsat.
Prognose drøftet med pt. og hustru; ønsker fortsat aktiv beh., men ikke respiratorbeh. ved forværring (noteret i journalen).

Konkl.: Akut eksacerbation af idiopatisk lungefibrose (UIP) med akut hypoksisk respirationsinsufficiens. Gastroøsofageal refluks.

Plan: Prednisolon 40 mg x 1 i 1 uge, herefter aftrapning med 5 mg/uge til 10 mg. Pantoprazol og calcium/D-vitamin. Hjemmeilt. Kontrol i ILS-ambulatoriet om 3 uger med spirometri.
"""
        ],
        "medications": [
            ("L01EX09", "nintedanib (Ofev)", "150 mg x 2"),
            ("H02AB06", "prednisolon", "40 mg x 1, herefter aftrapning"),
            ("A02BC02", "pantoprazol", "40 mg x 1"),
            ("A12AX", "calcium + D-vitamin", "1 tbl. x 2"),
            ("V03AN01", "ilt", "2 l/min i hvile, 4 l/min ved aktivitet"),
        ],
        "labs": [
            (None, "pO2;aB", 6.2, "kPa", 9.6, 13.7),
            (None, "pCO2;aB", 4.1, "kPa", 4.3, 6.0),
            ("NPU19748", "C-reaktivt protein [CRP];P", 28, "mg/L", None, 8),
            (None, "D-dimer;P", 1.2, "mg/L FEU", None, 0.5),
        ],
        "codes": [("DJ841A", "A"), ("DJ960", "B"), ("DK219B", "B")],
        "evidence": [
            ("DJ841A", "idiopatisk lungefibrose (UIP-mønster på HRCT"),
            ("DJ841A", "akut eksacerbation af IPF"),
            ("DJ841A", "Akut eksacerbation af idiopatisk lungefibrose (UIP)"),
            ("DJ960", "Hypoksisk respirationsinsufficiens behandlet med ilt"),
            ("DJ960", "akut hypoksisk respirationsinsufficiens"),
            ("DK219B", "Refluks i PPI-beh."),
            ("DK219B", "Gastroøsofageal refluks"),
        ],
        "distractors": [
            ("DI519", "Ingen kendt hjertesygdom", "negated"),
            ("DJ841X", 'Bror døde af "stivnede lunger"', "family"),
            ("DI269", "ingen lungeemboli", "negated"),
            ("DJ939", "ingen pneumothorax", "negated"),
            ("DJ90", "intet pleuraekssudat", "negated"),
            ("DI509", "ingen tegn på infektion, emboli eller hjertesvigt", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW4-08",
        "department": "Medicinsk gastroenterologisk afdeling",
        "specialty": "medicinsk gastroenterologi og hepatologi",
        "patient": {"age": 61, "sex": "M"},
        "admission": {"start": "2025-11-03", "end": "2025-11-10"},
        "notes": [
            """Epikrise – Medicinsk gastroenterologisk afd. (hepatologi)

61-årig mand, bor alene. Kendt med alkoholisk levercirrose (Child-Pugh C ved seneste kontrol), ascites med gentagne paracenteser, øsofagusvaricer grad 1 uden tidl. blødning (propranolol). Alkoholafhængighed, angiveligt 4-6 øl dgl. trods råd om stop. Tidl. episode med hepatisk encefalopati 2024.

Indbragt af hjemmeplejen, fundet sløv og forvirret i lejligheden, ikke taget medicin i flere dage, obstiperet i 4 dage.

Obj.: GCS 8 (E2V2M4), reagerer kun på smerte. Foetor hepaticus. Ikterisk. T 36,4, BT 98/60, P 92. Spændt ascites, ingen ømhed. Ingen tegn på hovedtraume, ingen nakkestivhed.
BS: K 2,6, Na 131, krea 94, ammoniak 148, bilirubin 88, INR 2,0, albumin 24, trombocytter 72, CRP 18, leuk 6,8. Ethanol 0.
CT cerebrum: ingen blødning.
Diagnostisk ascitespunktur: 90 neutrofile/µl, ingen spontan bakteriel peritonitis. Ingen tegn på GI-blødning (Hb stabil 7,4, ingen melæna).

Forløb: Tolket som hepatisk koma (HE grad IV) udløst af obstipation og hypokaliæmi ved alkoholisk levercirrose. Observeret i Intensivt Observationsafsnit i sideleje, ikke intuberet. Lactulose i ventrikelsonde + lavement x 2, rifaximin. Kalium i.v. og p.o.; K 2,6 -> 4,0. Furosemid og spironolacton pauseret. Vågnede gradvis op over 36 t, GCS 15 dag 3, fuldt orienteret dag 4.
Dag 4 UL-vejledt paracentese af 7 l med 3 x 100 ml 20 % albumin. Ingen abstinenssymptomer, intet behov for Risolid.
Diuretika genoptaget i lavere dosis dag 5.

Konklusion: Alkoholisk leverinsufficiens med hepatisk koma. Alkoholisk levercirrose, Child-Pugh C. Ascites, aflastet. Hypokaliæmi. Alkoholafhængighed.

Plan: Lactulose 20 ml x 3 (mål 2-3 bløde afføringer dgl.) og rifaximin 550 mg x 2 fast. Kaliumtilskud. Hjemmeplejen doserer medicinen. Henvist til alkoholbehandling, pt. siger han er motiveret. Kontrol i leverambulatoriet om 2 uger med væsketal og vægt; paracentese efter behov. Levertransplantation ikke aktuel pga. aktivt alkoholforbrug.
"""
        ],
        "medications": [
            ("A06AD11", "lactulose", "20 ml x 3"),
            ("A07AA11", "rifaximin", "550 mg x 2"),
            ("A12BA01", "kaliumchlorid", "750 mg 2 tbl. x 2"),
            ("C03DA01", "spironolacton", "50 mg x 1"),
            ("C03CA01", "furosemid", "20 mg x 1"),
            ("C07AA05", "propranolol", "20 mg x 2"),
            ("A11DA01", "thiamin", "100 mg x 2"),
        ],
        "labs": [
            ("NPU03230", "Kalium;P", 2.6, "mmol/L", 3.5, 4.4),
            ("NPU03429", "Natrium;P", 131, "mmol/L", 137, 145),
            (None, "Ammonium;P", 148, "µmol/L", 12, 55),
            (None, "Koagulationsfaktor II+VII+X [INR];P", 2.0, None, None, 1.2),
            (None, "Albumin;P", 24, "g/L", 36, 48),
        ],
        "codes": [("DK704C", "A"), ("DK703", "B"), ("DR189", "B"), ("DE876A", "B"), ("DF102", "B")],
        "evidence": [
            ("DK704C", "hepatisk koma (HE grad IV)"),
            ("DK704C", "Alkoholisk leverinsufficiens med hepatisk koma"),
            ("DK703", "alkoholisk levercirrose (Child-Pugh C"),
            ("DK703", "Alkoholisk levercirrose, Child-Pugh C"),
            ("DR189", "Spændt ascites"),
            ("DR189", "Ascites, aflastet"),
            ("DE876A", "K 2,6"),
            ("DE876A", "Hypokaliæmi.", "Konklusion"),
            ("DF102", "Alkoholafhængighed, angiveligt 4-6 øl dgl."),
            ("DF102", "Alkoholafhængighed.", "Konklusion"),
        ],
        "distractors": [
            ("DI850", "uden tidl. blødning", "negated"),
            ("DI619", "CT cerebrum: ingen blødning", "negated"),
            ("DK658I", "ingen spontan bakteriel peritonitis", "negated"),
            ("DK922", "Ingen tegn på GI-blødning", "negated"),
            ("DF103", "Ingen abstinenssymptomer", "negated"),
            ("DK729", "Tidl. episode med hepatisk encefalopati 2024", "history"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW4-09",
        "department": "Kardiologisk afdeling",
        "specialty": "kardiologi",
        "patient": {"age": 31, "sex": "M"},
        "admission": {"start": "2025-10-21", "end": "2025-10-22"},
        "notes": [
            """Kardiologisk afd., kort epikrise

31-årig mand, softwareudvikler, tidl. rask bortset fra mononukleose som 17-årig, løber 3 x ugl. Ingen fast medicin. Ryger ikke. Far fik blodprop i hjertet som 58-årig.

Indl.årsag: Brystsmerter.
For 2 uger siden forkølelse med ondt i halsen og feber i 3-4 dage. Siden i går aftes skarpe, stikkende retrosternale smerter, værre ved dyb indånding og i liggende stilling, bedre når han sidder foroverbøjet. Udstråling til ve. trapeziusrand.

Obj.: T 37,9, BT 128/76, P 96 reg., SAT 99 %. Perikardiel gnidningslyd ved ve. sternalrand. St.p. u.a.
EKG: udbredte konkave ST-elevationer i I, II, aVF og V2-V6 med PR-depression, ingen reciprokke forandringer.
Trop T 9 -> 11 ng/l (normal). CRP 46. Leuk 9,8.
Ekko: lille perikardieekssudat (5 mm) uden hæmodynamisk betydning, normal LVEF, ingen regionale motilitetsforstyrrelser.

Vurd.: Akut viral perikarditis. Ikke AMI, ikke myokarditis (normal troponin og ekko). Ingen tamponade.

Beh.: Ibuprofen 600 mg x 3 i 2 uger, colchicin 0,5 mg x 2 i 3 mdr., pantoprazol under NSAID-beh. Smerterne aftog markant inden for 24 t.

Plan: Udskrives dag 2. Ingen konkurrenceidræt eller hård træning i 3 mdr. Kontrol-ekko og CRP om 1-2 uger i kardiologisk amb. Ved tiltagende åndenød eller smerter kontakt afd.
"""
        ],
        "medications": [
            ("M01AE01", "ibuprofen", "600 mg x 3 i 2 uger"),
            ("M04AC01", "colchicin", "0,5 mg x 2 i 3 mdr."),
            ("A02BC02", "pantoprazol", "40 mg x 1"),
        ],
        "labs": [
            (None, "Troponin T;P", 11, "ng/L", None, 14),
            ("NPU19748", "C-reaktivt protein [CRP];P", 46, "mg/L", None, 8),
        ],
        "codes": [("DI301E", "A")],
        "evidence": [
            ("DI301E", "Perikardiel gnidningslyd"),
            ("DI301E", "Akut viral perikarditis"),
        ],
        "distractors": [
            ("DI219", "Far fik blodprop i hjertet som 58-årig", "family"),
            ("DI214", "Ikke AMI", "negated"),
            ("DI409", "ikke myokarditis", "negated"),
            ("DI319A", "Ingen tamponade", "negated"),
            ("DB279", "mononukleose som 17-årig", "history"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW4-10",
        "department": "Ortopædkirurgisk afdeling",
        "specialty": "ortopædkirurgi",
        "patient": {"age": 66, "sex": "F"},
        "admission": {"start": "2025-07-08", "end": "2025-07-16"},
        "notes": [
            """Epikrise – Ortopædkirurgisk afd.

66-årig kvinde med seropositiv leddegigt (CCP+, RF+) siden 2011, beh. med methotrexat 20 mg 1 x ugl. + folsyre og prednisolon 5 mg dgl. Ingen biologisk beh. Ikke diabetes.

Aktuelt: 3 dage med tiltagende smerter og hævelse af ve. knæ, kan ikke støtte på benet. Kulderystelser i går. Intet traume. Ingen tidl. operation i knæet, ingen protese. Havde for en uge siden en inficeret rift på ve. underben efter kattekløer.

Obj.: T 38,6, BT 122/70, P 102. Ve. knæ varmt, rødt, udtalt ledansamling, fleksion 10-40° pga. smerter. Øvrige led: let synovitis i MCP 2-3 bilat. (som habituelt).
Artrocentese ve. knæ: 60 ml uklar, gullig ledvæske, leukocytter 78.000/µl, 94 % neutrofile. Ingen krystaller. Gramfarvning: gram-positive kokker i hobe. Dyrkning: Staphylococcus aureus (methicillinfølsom).
BS: CRP 214, leuk 15,6, krea 71. Bloddyrkninger x 2: negative.
Rtg. ve. knæ: ledansamling, let artrose, ingen tegn på osteomyelitis.

Forløb: Akut artroskopisk skylning af ve. knæ samme aften (10 l NaCl) med partiel synovektomi. Dicloxacillin 2 g x 4 i.v. i 1 uge, herefter p.o. Methotrexat pauseret; prednisolon øget til 10 mg under den akutte infektion (stressdosis), tilbage til 5 mg ved udskrivelsen. Ny ledansamling dag 3 -> reaftapning, sterile dyrkninger, re-skylning ikke nødvendig. CRP 214 -> 34. Mobiliseret med fysioterapeut.

Diagnoser: Septisk artritis i ve. knæ forårsaget af Staphylococcus aureus. Seropositiv reumatoid artritis i immunsuppressiv behandling.

Plan: Dicloxacillin 1 g x 4 p.o., i alt 4 ugers behandling. Methotrexat genstartes efter afsluttet antibiotikabeh. efter aftale med reumatolog. Kontrol i ortopædkirurgisk amb. om 2 uger med CRP. Reumatologisk amb. orienteret.
"""
        ],
        "medications": [
            ("J01CF01", "dicloxacillin", "1 g x 4 i 4 uger i alt"),
            ("H02AB06", "prednisolon", "5 mg x 1"),
            ("B03BB01", "folsyre", "5 mg x 1 ugl., pauseret med methotrexat"),
            ("N02BE01", "paracetamol", "1 g x 4"),
        ],
        "labs": [
            ("NPU19748", "C-reaktivt protein [CRP];P", 214, "mg/L", None, 8),
            ("NPU02593", "Leukocytter;B", 15.6, "10^9/L", 3.5, 8.8),
            (None, "Leukocytter;Synv", 78000, "10^6/L", None, 200),
        ],
        "codes": [("DM000A", "A"), ("DB956", "B"), ("DM059", "B")],
        "evidence": [
            ("DM000A", "Gramfarvning: gram-positive kokker i hobe"),
            ("DM000A", "Septisk artritis i ve. knæ forårsaget af Staphylococcus aureus"),
            ("DB956", "Dyrkning: Staphylococcus aureus (methicillinfølsom)"),
            ("DB956", "forårsaget af Staphylococcus aureus"),
            ("DM059", "seropositiv leddegigt (CCP+, RF+)"),
            ("DM059", "Seropositiv reumatoid artritis i immunsuppressiv behandling"),
        ],
        "distractors": [
            ("DE119", "Ikke diabetes", "negated"),
            ("DZ966", "ingen protese", "negated"),
            ("DM109", "Ingen krystaller", "negated"),
            ("DA410", "Bloddyrkninger x 2: negative", "negated"),
            ("DM869", "ingen tegn på osteomyelitis", "negated"),
            ("DL089", "inficeret rift på ve. underben efter kattekløer", "history"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW4-11",
        "department": "Lungemedicinsk afdeling",
        "specialty": "lungemedicin",
        "patient": {"age": 58, "sex": "M"},
        "admission": {"start": "2025-10-07", "end": "2025-10-15"},
        "notes": [
            """Epikrise – Lungemedicinsk afdeling, NIV-afsnittet

Indlagt 07.10.2025 via FAM, udskrevet 15.10.2025.

Indlæggelsesårsag: Døsighed, åndenød og hævede ben. Hyperkapni.

Anamnese:
58-årig mand, lagerarbejder (sygemeldt siden august), samboende. Aldrig røget. Alkohol sparsomt.
Kendt med:
- Svær fedme gennem mange år, vægt 162 kg, højde 178 cm (BMI 51). Tidligere henvist til fedmekirurgi, men udeblev.
- Type 2-diabetes siden 2016, metformin og Ozempic, HbA1c 64. Ingen kendte senkomplikationer.
- Hypertension (amlodipin, losartan).
- Ingen kendt lungesygdom; spirometri 2023 let restriktiv, ingen obstruktion.
Henvist til søvnudredning af e.l. i foråret pga. snorken, vejrtrækningspauser og dagtræthed, står på venteliste.
Disp.: Far havde søvnapnø og døde af hjertesvigt.

Aktuelt:
Gennem 2-3 mdr. tiltagende dagtræthed, falder i søvn foran fjernsynet og en gang for rødt lys. Morgenhovedpine. Samboeren beskriver høj snorken med lange pauser. De sidste 2 uger tiltagende hævede ben og åndenød ved let anstrengelse. I dag meget døsig og svær at vække, hvorfor samboeren ringede 1-1-2.

Obj. ved ankomst:
Døsig, GCS 12 (E3V4M5), ingen fokale udfald. RF 24, overfladisk. SAT 81 % atm. BT 168/96, P 104 reg., T 36,9. Cyanotisk. St.p.: svært hørbare respirationslyde pga. habitus, ingen sikre krepitationer, ingen pibelyde. St.c.: svage toner. Pittingødemer til knæ bilat. Halsvener ikke vurderbare.
A-gas (atm.): pH 7,26, pCO2 10,8, pO2 6,1, standard-bikarbonat 34, BE +8.
BS: Hb 11,4 mmol/l, hæmatokrit 0,56, CRP 9, leuk 8,9, krea 102, K 4,5, NT-proBNP 1.240, TSH 2,1, Trop T 14, D-dimer 0,4.
EKG: sinustakykardi 104, højresidigt belastningsmønster, P-pulmonale.
Rtg. thorax: forstørret hjerteskygge, ingen infiltrater, ingen stase.

Forløb:
Dag 1 (FAM/NIV-afsnit): Akut på kronisk hyperkapnisk respirationsinsufficiens (pH 7,26) ved mistænkt fedme-hypoventilationssyndrom. Startet NIV (BiPAP) IPAP 18 / EPAP 8, ilt titreret til SAT 88-92 %. Efter 2 t: pH 7,31, pCO2 9,0, mere vågen. Furosemid 80 mg i.v. x 2.
Dag 2: GCS 15. pH 7,36, pCO2 7,8. NIV kontinuerligt med pauser til måltider. Ekko: normal LVEF 60 %, dilateret hø. ventrikel med nedsat funktion (TAPSE 14), estimeret sPAP 55 mmHg, ingen klapsygdom. Tolket som cor pulmonale sekundært til kronisk hypoventilation og hypoksi. CT-angio ikke udført; D-dimer normal og Wells-score lav, lungeemboli ikke mistænkt.
Dag 3-4: NIV om natten og 2-3 t om dagen. God diurese, vægt -6 kg, ødemerne aftagende. Polycytæmien (Hb 11,4, hæmatokrit 0,56) tolkes som hypoksisk; ingen venesectio, forventes at normaliseres ved NIV.
Dag 5: Natlig kardiorespiratorisk monitorering (polygrafi), én nat uden og én med NIV: AHI 64/t uden NIV, overvejende obstruktive apnøer, desaturering ned til 62 %, vedvarende hypoventilation. Med NIV: AHI 6, transkutan CO2 max 6,8 kPa. Konklusion: svær obstruktiv søvnapnø og fedme-hypoventilationssyndrom.
Dag 6: Indstilling justeret til IPAP 20 / EPAP 10, backup-frekvens 14. Dag-a-gas atm.: pH 7,41, pCO2 6,4, pO2 8,4, bikarbonat 29.
Dag 7: Instrueret i hjemme-NIV og maskepleje af NIV-sygeplejerske, mestrer det. Næsemaske skiftet til helmaske pga. mundlækage.
Dag 8: BS har ligget 9-14, metformin og Ozempic fortsat uændret. Losartan fortsat, amlodipin seponeret pga. ødemerne; BT 138/82.
Dag 9: Udskrives. Intet iltbehov i hvile, SAT 92 % atm. om dagen.

Konklusion:
1. Fedme-hypoventilationssyndrom (Pickwick) med akut på kronisk hyperkapnisk respirationsinsufficiens, behandlet med NIV; hjemme-NIV etableret.
2. Svær obstruktiv søvnapnø (AHI 64).
3. Cor pulmonale med højresidig hjertesvigt og ødemer.
4. Sekundær (hypoksisk) polycytæmi.
5. Type 2-diabetes uden kendte komplikationer.
6. Hypertension.
7. Svær fedme, BMI 51.

Medicin ved udskrivelse: Furosemid 40 mg x 2. Losartan 50 mg x 1. Metformin 1 g x 2. Ozempic 1 mg x 1 ugl. Amlodipin seponeret.

Plan:
- Hjemme-NIV hver nat og ved middagslur, mindst 6 t/nat. Datakontrol og a-gas om 4 uger i NIV-ambulatoriet.
- Kørselsforbud indtil dokumenteret effektiv behandling og ophørt dagtræthed (informeret mundtligt og skriftligt).
- Genhenvist til fedmekirurgisk vurdering og kostvejledning.
- Daglig vejning; ved stigning > 2 kg på 3 dage kontakt e.l.
- Kontrol-ekko om 3 mdr.
- Søvnudredning på venteliste afmeldt, da den er udført under indlæggelsen.
"""
        ],
        "medications": [
            ("C03CA01", "furosemid", "40 mg x 2"),
            ("C09CA01", "losartan", "50 mg x 1"),
            ("A10BA02", "metformin", "1 g x 2"),
            ("A10BJ06", "semaglutid (Ozempic)", "1 mg x 1 ugl."),
        ],
        "labs": [
            (None, "pH;aB", 7.26, None, 7.37, 7.45),
            (None, "pCO2;aB", 10.8, "kPa", 4.3, 6.0),
            (None, "pO2;aB", 6.1, "kPa", 9.6, 13.7),
            ("NPU02319", "Hæmoglobin;B", 11.4, "mmol/L", 8.3, 10.5),
            (None, "Erythrocytter volumenfraktion (hæmatokrit);B", 0.56, None, 0.40, 0.50),
            (None, "NT-proBNP;P", 1240, "ng/L", None, 300),
        ],
        "codes": [
            ("DE662A", "A"),
            ("DJ960", "B"),
            ("DG4732", "B"),
            ("DI279A", "B"),
            ("DD751E", "B"),
            ("DE119", "B"),
            ("DI109", "B"),
        ],
        "evidence": [
            ("DE662A", "mistænkt fedme-hypoventilationssyndrom"),
            ("DE662A", "svær obstruktiv søvnapnø og fedme-hypoventilationssyndrom"),
            ("DE662A", "Fedme-hypoventilationssyndrom (Pickwick)"),
            ("DJ960", "Akut på kronisk hyperkapnisk respirationsinsufficiens (pH 7,26)"),
            ("DJ960", "akut på kronisk hyperkapnisk respirationsinsufficiens, behandlet med NIV"),
            ("DG4732", "AHI 64/t uden NIV, overvejende obstruktive apnøer"),
            ("DG4732", "Svær obstruktiv søvnapnø (AHI 64)"),
            ("DI279A", "Tolket som cor pulmonale"),
            ("DI279A", "Cor pulmonale med højresidig hjertesvigt"),
            ("DD751E", "Polycytæmien (Hb 11,4, hæmatokrit 0,56) tolkes som hypoksisk"),
            ("DD751E", "Sekundær (hypoksisk) polycytæmi"),
            ("DE119", "Type 2-diabetes siden 2016"),
            ("DE119", "Type 2-diabetes uden kendte komplikationer"),
            ("DI109", "Hypertension (amlodipin, losartan)"),
            ("DI109", "Hypertension.", "Konklusion"),
        ],
        "distractors": [
            ("DJ449", "ingen obstruktion", "negated"),
            ("DI509", "Far havde søvnapnø og døde af hjertesvigt", "family"),
            ("DJ189", "ingen infiltrater", "negated"),
            ("DI389", "ingen klapsygdom", "negated"),
            ("DI269", "lungeemboli ikke mistænkt", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW4-12",
        "department": "Nefrologisk afdeling",
        "specialty": "nefrologi",
        "patient": {"age": 49, "sex": "F"},
        "admission": {"start": "2025-05-02", "end": "2025-05-09"},
        "notes": [
            """Nefrologisk afdeling – epikrise

49-årig kvinde, pædagog. Autosomal dominant polycystisk nyresygdom (ADPKD), diagnosticeret 2008. Kronisk nyresygdom stadie 4 (eGFR 22-25), følges i nefrologisk amb., forberedes til dialyse/transplantation. Hypertension sekundært til nyresygdommen (ramipril, amlodipin). Flere levercyster uden symptomer. St.p. 2 x sectio. MR-angio cerebrum 2020: ingen intrakranielle aneurismer. Mor i dialyse pga. cystenyrer, morfar død af hjerneblødning.

Aktuelt: 4 dage med feber til 39,5, kulderystelser og konstante smerter i ve. flanke. Ingen dysuri, ingen synlig hæmaturi.

Obj.: T 39,1, BT 136/84, P 102. Palpabel, øm ve. nyre, bankeømhed over ve. nyreloge.
BS: CRP 248, leuk 16,9, krea 262 (habituelt 220), K 5,1. U-stix: leukocytter 1+, nitrit pos. U-dyrkning: Escherichia coli > 10^5/ml, følsom for ciprofloxacin og cefuroxim. Bloddyrkninger negative.
UL: multiple cyster i begge nyrer, ingen hydronefrose, ingen sten. PET-CT dag 3 (pga. uklart fokus): øget FDG-optag i væggen af en 5 cm cyste i ve. nyres nedre pol, forenelig med inficeret cyste. Øvrige nyre- og levercyster uden øget optag.

Forløb: I.v. cefuroxim fra dag 1, skiftet til p.o. ciprofloxacin 500 mg x 2 dag 5 pga. god penetration i cyster. Afebril fra dag 4, CRP 248 -> 64. Drænage af cysten overvejet, men ikke nødvendig pga. klinisk bedring. Ramipril pauseret pga. krea-stigning, genoptaget ved udskrivelsen; krea 228.

Konkl.: Inficeret nyrecyste (cysteabsces) i ve. nyre ved ADPKD, E. coli. Kronisk nyresygdom stadie 4. Renal hypertension.

Plan: Ciprofloxacin i alt 4 uger (t.o.m. 30.05). Kontrol i nefrologisk amb. om 1 uge med CRP og krea. Ved fornyet feber kontakt afd. UL-vejledt drænage ved manglende respons.
"""
        ],
        "medications": [
            ("J01MA02", "ciprofloxacin", "500 mg x 2 t.o.m. 30.05"),
            ("C09AA05", "ramipril", "5 mg x 1"),
            ("C08CA01", "amlodipin", "10 mg x 1"),
            ("N02BE01", "paracetamol", "1 g x 3"),
        ],
        "labs": [
            ("NPU19748", "C-reaktivt protein [CRP];P", 248, "mg/L", None, 8),
            ("NPU02593", "Leukocytter;B", 16.9, "10^9/L", 3.5, 8.8),
            ("NPU18016", "Kreatinin;P", 262, "µmol/L", 45, 90),
            ("NPU03230", "Kalium;P", 5.1, "mmol/L", 3.5, 4.4),
        ],
        "codes": [("DN151B", "A"), ("DQ612", "B"), ("DN184", "B"), ("DI151", "B"), ("DB962", "B")],
        "evidence": [
            ("DN151B", "forenelig med inficeret cyste"),
            ("DN151B", "Inficeret nyrecyste (cysteabsces) i ve. nyre"),
            ("DQ612", "Autosomal dominant polycystisk nyresygdom (ADPKD)"),
            ("DQ612", "ved ADPKD"),
            ("DN184", "Kronisk nyresygdom stadie 4 (eGFR 22-25)"),
            ("DN184", "Kronisk nyresygdom stadie 4.", "Konkl."),
            ("DI151", "Hypertension sekundært til nyresygdommen"),
            ("DI151", "Renal hypertension"),
            ("DB962", "U-dyrkning: Escherichia coli"),
            ("DB962", "E. coli", "Konkl."),
        ],
        "distractors": [
            ("DI671", "ingen intrakranielle aneurismer", "negated"),
            ("DZ841", "Mor i dialyse pga. cystenyrer", "family"),
            ("DI619", "morfar død af hjerneblødning", "family"),
            ("DN133", "ingen hydronefrose", "negated"),
            ("DN200", "ingen sten", "negated"),
            ("DA415A", "Bloddyrkninger negative", "negated"),
            ("DO342", "St.p. 2 x sectio", "history"),
            ("DZ992", "forberedes til dialyse/transplantation", "planned"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW4-13",
        "department": "Neurologisk afdeling",
        "specialty": "neurologi",
        "patient": {"age": 77, "sex": "M"},
        "admission": {"start": "2025-11-19", "end": "2025-11-27"},
        "notes": [
            """Epikrise – Neurologisk afdeling, Apopleksiafsnittet

Indlagt 19.11.2025 via trombolysevagten, overflyttet til genoptræning på Rehabiliteringsafsnittet 27.11.2025.

Indlæggelsesårsag: Akut indsættende ve.-sidig lammelse og talebesvær.

Anamnese:
77-årig mand, pens. landmand, gift, bor på gård, selvhjulpen, kører bil.
Kendt med:
- Hypertension gennem 15 år, dårligt reguleret trods 3 præparater (amlodipin, losartan, bendroflumethiazid); hjemme-BT 160-170 systolisk ifølge hustruen.
- Paroksystisk atrieflimren siden 2021, CHA2DS2-VASc 3, AK-beh. med apixaban (Eliquis) 5 mg x 2, sidste dosis kl. 08 på indlæggelsesdagen.
- Hyperkolesterolæmi (atorvastatin).
- Prostatahypertrofi (tamsulosin).
- Galdestensoperation 2010.
- Ingen tidl. apopleksi eller TCI. Ingen diabetes.
Alkohol 7-10 genst./uge. Eks-ryger.
Disp.: Bror har haft blodprop i hjernen.

Aktuelt:
Kl. 13.20 under frokosten pludselig tabt gaffel fra ve. hånd, hængende ve. mundvig og snøvlende tale. Hustruen ringede straks 1-1-2. Præhospitalt BT 212/118.

Obj. ved ankomst kl. 14.05:
Vågen, GCS 14 (V4). NIHSS 11: ve.-sidig facialisparese, paralyse af ve. arm, parese af ve. ben (2/5), ve.-sidig sensibilitetsnedsættelse, ve.-sidig neglekt og dysartri. Ingen afasi. Deviation conjugée mod hø. BT 206/112, P 88 uregelmæssig (AFLI), SAT 96 %, T 36,8, BS 7,1.
CT cerebrum: 28 ml intracerebralt hæmatom i hø. putamen/capsula interna med let masseeffekt, ingen ventrikelindbrud, ingen hydrocephalus. CT-angio: intet spot sign, ingen aneurisme eller AV-malformation.
BS: Hb 8,9, trombocytter 212, INR 1,1, APTT 33, anti-Xa (apixaban) 148 ng/ml, krea 88, K 3,9.

Forløb:
Dag 1: Trombolyse kontraindiceret. Andexanet alfa i.v. (bolus + infusion) ca. 2 t efter symptomdebut pga. apixaban-effekten; apixaban seponeret. Intensiv BT-sænkning med labetalol og nicardipin-infusion, mål systolisk 140 mmHg inden for 1 time. Neurokirurgisk konference: ikke kandidat til evakuering (dyb lokalisation, ingen hydrocephalus). Semi-intensiv observation. Synkescreening ikke bestået -> faste og i.v. væske.
Dag 2: Kontrol-CT (24 t): uændret hæmatomstørrelse, let perifokalt ødem. NIHSS 10. Ernæringssonde anlagt pga. dysfagi; FEES: aspiration af tynde væsker.
Dag 3: Feber 38,7, hoste, CRP 12 -> 134, SAT 91 % atm. Rtg. thorax: infiltrat i hø. underlap. Tolket som aspirationspneumoni. Startet i.v. Tazocin, ilt 2 l i 2 døgn.
Dag 4-5: Afebril, CRP faldende. BT-beh. omlagt til p.o.: amlodipin 10 mg, losartan 100 mg, bendroflumethiazid genoptaget; BT 135-150 systolisk. Telemetri: paroksystisk AFLI, frekvens 70-110.
Dag 6: Skiftet til Augmentin i sonden, i alt 7 dages antibiotika. Ergo- og fysioterapi dagligt: sidder i kørestol 2 t, forflytning med hjælp af 1. Begyndende bevægelighed i ve. skulder.
Dag 7: Logopæd: må få gelékost og fortykkede væsker under opsyn. Sonden bibeholdes til supplement.
Dag 8: MR cerebrum: dyb hypertensiv blødning i hø. basalganglier, mikroblødninger i thalamus og pons bilat. forenelige med hypertensiv mikroangiopati; ingen tegn på cerebral amyloid angiopati, ingen tumor. NIHSS 8.
Dag 9: Overflyttet til Rehabiliteringsafsnittet.

Konklusion:
1. Intracerebral blødning i hø. putamen/capsula interna (dyb hemisfæreblødning), hypertensiv genese, under behandling med apixaban. Ve.-sidig hemiparese, neglekt og dysartri, NIHSS 11 -> 8.
2. Blødning under AK-behandling (apixaban), reverseret med andexanet alfa.
3. Hypertension, dårligt reguleret.
4. Paroksystisk atrieflimren, AK-beh. pauseret.
5. Dysfagi, ernæringssonde.
6. Aspirationspneumoni i hø. underlap, behandlet.
7. Hyperkolesterolæmi.

Medicin ved overflytning: Amlodipin 10 mg x 1, losartan 100 mg x 1, bendroflumethiazid 2,5 mg x 1, atorvastatin 40 mg x 1, tamsulosin 0,4 mg x 1, paracetamol 1 g x 3. Apixaban pauseret.

Plan:
- BT-mål < 130/80 på sigt; daglig BT-kontrol på Rehabiliteringsafsnittet.
- Genoptagelse af AK-beh. vs. lukning af venstre atrieaurikel drøftes på fælles neurologisk-kardiologisk konference om 4 uger; indtil da ingen antitrombotisk beh.
- Kørselsforbud mindst 6 mdr., informeret.
- Fortsat logopæd-, fysio- og ergoterapi; genoptræningsplan udarbejdet.
- Kontrol i Apopleksiambulatoriet om 3 mdr.
"""
        ],
        "medications": [
            ("C08CA01", "amlodipin", "10 mg x 1"),
            ("C09CA01", "losartan", "100 mg x 1"),
            ("C03AB01", "bendroflumethiazid med kalium", "2,5 mg x 1"),
            ("C10AA05", "atorvastatin", "40 mg x 1"),
            ("G04CA02", "tamsulosin", "0,4 mg x 1"),
            ("N02BE01", "paracetamol", "1 g x 3"),
            ("V03AB38", "andexanet alfa", "bolus + infusion dag 1"),
        ],
        "labs": [
            ("NPU02319", "Hæmoglobin;B", 8.9, "mmol/L", 8.3, 10.5),
            ("NPU03568", "Trombocytter;B", 212, "10^9/L", 145, 390),
            (None, "Apixaban;P", 148, "ng/mL", None, None),
            ("NPU19748", "C-reaktivt protein [CRP];P", 134, "mg/L", None, 8),
        ],
        "codes": [
            ("DI610A", "A"),
            ("DD683", "B"),
            ("DI109", "B"),
            ("DI480", "B"),
            ("DR139", "B"),
            ("DJ690", "B"),
            ("DE780", "B"),
        ],
        "evidence": [
            ("DI610A", "28 ml intracerebralt hæmatom i hø. putamen/capsula interna"),
            ("DI610A", "dyb hypertensiv blødning i hø. basalganglier"),
            ("DI610A", "Intracerebral blødning i hø. putamen/capsula interna (dyb hemisfæreblødning)"),
            ("DD683", "anti-Xa (apixaban) 148 ng/ml"),
            ("DD683", "Blødning under AK-behandling (apixaban)"),
            ("DI109", "Hypertension gennem 15 år, dårligt reguleret"),
            ("DI109", "Hypertension, dårligt reguleret"),
            ("DI480", "Paroksystisk atrieflimren siden 2021"),
            ("DI480", "Paroksystisk atrieflimren, AK-beh. pauseret"),
            ("DR139", "Ernæringssonde anlagt pga. dysfagi"),
            ("DR139", "Dysfagi, ernæringssonde"),
            ("DJ690", "Tolket som aspirationspneumoni"),
            ("DJ690", "Aspirationspneumoni i hø. underlap"),
            ("DE780", "Hyperkolesterolæmi (atorvastatin)"),
            ("DE780", "Hyperkolesterolæmi.", "Konklusion"),
        ],
        "distractors": [
            ("DG459", "Ingen tidl. apopleksi eller TCI", "negated"),
            ("DE119", "Ingen diabetes", "negated"),
            ("DI639", "Bror har haft blodprop i hjernen", "family"),
            ("DR470B", "Ingen afasi", "negated"),
            ("DG919", "ingen hydrocephalus", "negated"),
            ("DQ282", "ingen aneurisme eller AV-malformation", "negated"),
            ("DI680", "ingen tegn på cerebral amyloid angiopati", "negated"),
            ("DK802", "Galdestensoperation 2010", "history"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW4-14",
        "department": "Neurologisk afdeling",
        "specialty": "neurologi",
        "patient": {"age": 56, "sex": "F"},
        "admission": {"start": "2025-08-26", "end": "2025-08-30"},
        "notes": [
            """Neurologisk afd. – Epikrise

56-årig kvinde, gift. Glioblastom (IDH-vildtype, MGMT-umetyleret) i ve. frontallap, resektion 03/2024 + kemoradioterapi og temozolomid, afsluttet 12/2024. Symptomatisk epilepsi siden operationen, velbehandlet med levetiracetam 1000 mg x 2, anfaldsfri i 8 mdr. Let ekspressiv afasi efter operationen.

Indl.årsag: Kramper.
Ægtefællen fandt hende kl. 06.30 med rykninger i hø. arm og ansigt, der gik over i generaliserede tonisk-kloniske kramper. Præhospitalt 2 x 10 mg midazolam (bukkalt og i.m.) uden effekt; fortsatte kramper ved ankomst kl. 07.15, ikke vågnet op mellem anfaldene.

Obj.: GCS 6 under kramperne, SAT 90 % på 10 l ilt, BT 168/92, P 124, T 37,9. BS 8,2.
Beh. i FAM: Diazepam 10 mg i.v., herefter fosphenytoin 20 mg PE/kg i.v.; kramperne ophørte kl. 07.40 (ca. 70 min fra fund). Ikke intuberet.
EEG dag 1: fokale skarpe bølger ve. frontalt, intet non-konvulsivt status.
MR cerebrum dag 1: progression af kontrastopladende tumor i resektionskaviteten ve. frontalt (nu 4,2 cm) med udtalt vasogent ødem og 6 mm midtlinjeforskydning. Ingen blødning.
BS: CRP 14, leuk 12,1, elektrolytter normale. Rtg. thorax u.a., ingen aspiration.

Forløb: Dexamethason 8 mg x 2 i.v. pga. hjerneødemet, pantoprazol. Levetiracetam øget til 1500 mg x 2, fosphenytoin afløst af lacosamid 100 mg x 2 som tillæg. Vågen og orienteret dag 2 med uændret let afasi og ny let hø.-sidig kraftnedsættelse (4/5), i bedring. Ingen nye anfald. Dexamethason nedtrappet til 4 mg x 2 p.o.
Neuroonkologisk konference: progression, ikke re-resektion; lomustin drøftes ambulant. Pt. og familie informeret.

Konkl.: Konvulsiv generaliseret tonisk-klonisk status epilepticus med fokal debut ved progredierende glioblastom i ve. frontallap. Hjerneødem.

Plan: Levetiracetam 1500 mg x 2 + lacosamid 100 mg x 2. Dexamethason 4 mg x 2, nedtrappes efter plan fra onkolog. Kørselsforbud. Kontrol i Onkologisk amb. om 1 uge mhp. lomustin. Anfaldsplan med bukkal midazolam udleveret til ægtefællen.
"""
        ],
        "medications": [
            ("N03AX14", "levetiracetam", "1500 mg x 2"),
            ("N03AX18", "lacosamid", "100 mg x 2"),
            ("H02AB02", "dexamethason", "4 mg x 2"),
            ("A02BC02", "pantoprazol", "40 mg x 1"),
            ("N05CD08", "midazolam bukkal", "10 mg v. anfald > 5 min"),
        ],
        "labs": [
            ("NPU19748", "C-reaktivt protein [CRP];P", 14, "mg/L", None, 8),
            ("NPU22089", "Glukose;P", 8.2, "mmol/L", 4.2, 7.8),
        ],
        "codes": [("DG410", "A"), ("DC711", "B"), ("DG936", "B")],
        "evidence": [
            ("DG410", "gik over i generaliserede tonisk-kloniske kramper"),
            ("DG410", "Konvulsiv generaliseret tonisk-klonisk status epilepticus"),
            ("DC711", "Glioblastom (IDH-vildtype, MGMT-umetyleret) i ve. frontallap"),
            ("DC711", "progredierende glioblastom i ve. frontallap"),
            ("DG936", "udtalt vasogent ødem"),
            ("DG936", "Hjerneødem."),
        ],
        "distractors": [
            ("DG412", "intet non-konvulsivt status", "negated"),
            ("DI619", "Ingen blødning", "negated"),
            ("DJ690", "ingen aspiration", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW4-15",
        "department": "Kardiologisk afdeling",
        "specialty": "kardiologi",
        "patient": {"age": 72, "sex": "F"},
        "admission": {"start": "2025-12-01", "end": "2025-12-04"},
        "notes": [
            """Kardiologisk afd. – Epikrise

72-årig kvinde, pens. frisør. Hypertension (losartan). Hypothyreose (Eltroxin). Ingen kendt hjertesygdom, ingen atrieflimren.

Indl.årsag: Synkope med fald.
Gennem 2 mdr. episoder med svimmelhed og "sortnen for øjnene". I går besvimede hun pludselig uden forvarsel i køkkenet, faldt og slog ve. øjenbryn mod bordkanten. Ingen kramper, ingen inkontinens, hurtigt klar igen.

Obj.: BT 146/78, P 48 reg. 2 cm lang gabende flænge lateralt på ve. øjenbryn, ingen periorbital hævelse, øjet upåvirket. Neurologisk u.a. Ingen mislyde.
EKG: sinusbradykardi 46, normal PQ, smalle QRS.
Telemetri: gentagne sinusarrest med pauser op til 6,8 sek. med samtidig nærsynkope, natlig frekvens ned til 32. Ingen AV-blok, ingen atrieflimren/-flagren.
BS: K 4,2, TSH 2,4 (velbehandlet), Trop T 11.
Ekko: normal LVEF, ingen klapsygdom.
CT cerebrum (hovedtraume hos ældre): ingen intrakraniel blødning, ingen fraktur.

Forløb: Flængen ved øjenbrynet sutureret med 4 enkeltknuder i FAM. Ingen betablokker eller anden bradykardiserende medicin. Dag 2 implanteret 2-kammer pacemaker (DDD-R), se operationsbeskrivelse. Ukompliceret; rtg. thorax: ingen pneumothorax, elektroderne korrekt placeret. Pacemakerkontrol dag 3 u.a. Ingen nye symptomer.

Konkl.: Syg sinusknude-syndrom med sinusarrest og synkope, 2-kammer pacemaker implanteret. Sår ved ve. øjenbryn, sutureret. Hypertension. Hypothyreose.

Plan: Undgå at løfte ve. arm over skulderhøjde og tunge løft i 4 uger. Suturfjernelse ved øjenbrynet hos e.l. om 5-7 dage, sårkontrol af pacemakerlommen om 10 dage. Pacemakerkontrol om 3 mdr. Kørselsforbud 1 uge efter implantationen.
""",
            (
                "operationsbeskrivelse",
                """Operation: Implantation af 2-kammer pacemaker (DDD-R), ve. side.
Indikation: Syg sinusknude-syndrom med symptomgivende pauser op til 6,8 sek. og synkope.
Anæstesi: Lokalanæstesi, let sedation. Profylaktisk cefuroxim 1,5 g i.v.
Procedure: 5 cm incision infraklavikulært ve. Præpektoral pacemakerlomme. Punktur af v. axillaris under gennemlysning efter venografi. Ventrikelelektrode placeret i hø. ventrikels septum: R-bølge 11 mV, tærskel 0,6 V/0,4 ms, impedans 620 ohm. Atrieelektrode placeret i hø. aurikel: P-bølge 3,2 mV, tærskel 0,8 V/0,4 ms, impedans 480 ohm. Elektroderne fikseret til musklen og tilsluttet generatoren. Lommen skyllet, hæmostase. Lukning i 3 lag, intrakutan sutur.
Komplikationer: Ingen. Gennemlysningstid 2,1 min.
""",
            ),
        ],
        "medications": [
            ("C09CA01", "losartan", "50 mg x 1"),
            ("H03AA01", "levothyroxin (Eltroxin)", "75 mikrog x 1"),
            ("N02BE01", "paracetamol", "1 g x 4 p.n."),
        ],
        "labs": [
            ("NPU03230", "Kalium;P", 4.2, "mmol/L", 3.5, 4.4),
            (None, "Thyrotropin [TSH];P", 2.4, "mIU/L", 0.3, 4.0),
            (None, "Troponin T;P", 11, "ng/L", None, 14),
        ],
        "codes": [("DI495A", "A"), ("DS011B", "B"), ("DI109", "B"), ("DE039", "B")],
        "evidence": [
            ("DI495A", "gentagne sinusarrest med pauser op til 6,8 sek."),
            ("DI495A", "Syg sinusknude-syndrom med sinusarrest og synkope"),
            ("DI495A", "Syg sinusknude-syndrom med symptomgivende pauser", "", 1),
            ("DS011B", "2 cm lang gabende flænge lateralt på ve. øjenbryn"),
            ("DS011B", "Sår ved ve. øjenbryn, sutureret"),
            ("DI109", "Hypertension (losartan)"),
            ("DI109", "Hypertension.", "Konkl."),
            ("DE039", "Hypothyreose (Eltroxin)"),
            ("DE039", "Hypothyreose.", "Konkl."),
        ],
        "distractors": [
            ("DI519", "Ingen kendt hjertesygdom", "negated"),
            ("DI489B", "ingen atrieflimren", "negated"),
            ("DG409", "Ingen kramper", "negated"),
            ("DI443", "Ingen AV-blok", "negated"),
            ("DI389", "ingen klapsygdom", "negated"),
            ("DS064", "ingen intrakraniel blødning", "negated"),
            ("DS029", "ingen fraktur", "negated"),
            ("DJ939", "ingen pneumothorax", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW4-16",
        "department": "Ortopædkirurgisk afdeling",
        "specialty": "ortopædkirurgi",
        "patient": {"age": 81, "sex": "F"},
        "admission": {"start": "2025-03-04", "end": "2025-03-08"},
        "notes": [
            """Epikrise – Ortopædkirurgisk afdeling, traumatologisk sengeafsnit

Indlæggelsesårsag: Faldet i hjemmet, smerter og nedsat funktion af ve. skulder.

Anamnese:
81-årig kvinde, enke, bor alene, hjemmehjælp 1 x ugentligt til rengøring, går med stok udendørs.
Kendt med postmenopausal osteoporose (DXA 2022: T-score -3,1 i collum femoris), i beh. med alendronat 70 mg 1 x ugentligt + kalk/D-vitamin siden 2022.
St.p. Colles' fraktur hø. 2018, gipsbehandlet. Ingen tidl. hoftebrud.
Mor havde hoftebrud som 78-årig.

Aktuelt:
Snublede over en tæppekant i aftes og faldt på ve. side. Har ikke slået hovedet, intet bevidsthedstab. Lå ca. 1 time, før hun fik trykket på nødkaldet.

Obj.:
Vågen, klar og orienteret. BT 148/82, P 84 reg., temp. 36,6.
Ve. skulder: hævelse og ekkymose på overarmen, aktiv bevægelighed ophævet pga. smerter. Distalt velperfunderet, sensibilitet intakt, også over regio deltoidea. Hofter: fri, smertefri bevægelighed bilat.

Paraklinik:
Rtg. ve. skulder + humerus: fraktur af collum chirurgicum humeri, let valgusvinklet og indkilet, ingen luksation. Rtg. ve. håndled: ingen fraktur.
CK 412, kreatinin 68, Hb 7,9, natrium 138.

Vurdering:
Lavenergifraktur ved kendt osteoporose. Indkilet og beskedent disloceret – drøftet med skulderteamet, og konservativ behandling anbefales. Pt. er enig.

Forløb:
Collar'n'cuff. Paracetamol fast og oxycodon p.n., laksantia. Lidt uklar første nat, men CAM-negativ dag 2-4, ingen delir. Fys: pendulovelser, går sikkert med rollator. Ergo: behov for hjælp til personlig pleje – hjemmeplejen har bevilget morgen- og aftenhjælp i 4 uger. Kontrolrtg. dag 3: uændret stilling.

Diagnoser:
1. Fraktur af collum chirurgicum humeri ve.
2. Postmenopausal osteoporose med lavenergifraktur.

Plan:
Collar'n'cuff i 3 uger, derefter genoptræning iflg. genoptræningsplan. Amb. kontrol med rtg. om 10 dage.
Henvist til osteoporoseklinik mhp. skift til zoledronsyre (ny fraktur under alendronat) og til faldudredning i geriatrisk dagafsnit.
"""
        ],
        "medications": [
            ("N02BE01", "paracetamol", "1 g x 4"),
            ("N02AA05", "oxycodon", "5 mg p.n., max x 4"),
            ("M05BA04", "alendronat", "70 mg 1 x ugentligt"),
            ("A12AX", "calciumcarbonat + colecalciferol", "1 tbl. x 2"),
            ("A06AD65", "makrogol (Movicol)", "1 brev x 1"),
        ],
        "labs": [
            (None, "Kreatinkinase;P", 412, "U/L", 50, 150),
            ("NPU02319", "Hæmoglobin;B", 7.9, "mmol/L", 7.3, 9.5),
            (None, "Natrium;P", 138, "mmol/L", 137, 145),
        ],
        "codes": [("DS422B", "A"), ("DM800", "B")],
        "evidence": [
            ("DS422B", "fraktur af collum chirurgicum humeri, let valgusvinklet"),
            ("DS422B", "Fraktur af collum chirurgicum humeri ve."),
            ("DM800", "postmenopausal osteoporose (DXA 2022"),
            ("DM800", "Lavenergifraktur ved kendt osteoporose"),
            ("DM800", "Postmenopausal osteoporose med lavenergifraktur"),
        ],
        "distractors": [
            ("DS525B", "St.p. Colles' fraktur hø. 2018", "history"),
            ("DS720", "Ingen tidl. hoftebrud", "negated"),
            ("DS720", "Mor havde hoftebrud som 78-årig", "family"),
            ("DS060", "Har ikke slået hovedet", "negated"),
            ("DS430", "ingen luksation", "negated"),
            ("DS525", "ingen fraktur", "negated", "Rtg. ve. håndled"),
            ("DF059", "ingen delir", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW4-17",
        "department": "Ortopædkirurgisk afdeling",
        "specialty": "ortopædkirurgi",
        "patient": {"age": 71, "sex": "M"},
        "admission": {"start": "2025-02-10", "end": "2025-02-14"},
        "notes": [
            (
                "epikrise",
                """Epikrise – Ortopædkirurgisk afd., elektivt afsnit (fast track alloplastik)

Indl. 10.02.2025 til planlagt primær total knæalloplastik hø. Udskr. 14.02.2025.

Anamnese:
71-årig mand, pens. tømrer, gift, bor i parcelhus. Kendt med primær artrose i hø. knæ gennem 6 år med tiltagende belastningssmerter, nattesmerter og gangdistance ned til ca. 300 m trods vægttab, træning (GLA:D) og analgetika. Ve. knæ uden gener. St.p. TEP ve. hofte 2019 pga. artrose, velfungerende. Ingen kendt hjerte- eller lungesygdom. Ingen tidl. vandladningsgener, ingen kendt prostataforstørrelse. Ryger ikke.

Præop.: Rtg. hø. knæ: udtalt medial ledspalteforsnævring, osteofytter og subkondral sklerose, Kellgren-Lawrence grad 4. Rtg. ve. knæ: ingen væsentlig artrose.

Operation 10.02.: Cementeret total knæalloplastik hø. i spinal analgesi (se operationsbeskrivelse). Ukompliceret.

Forløb:
Dag 0: Mobiliseret til stol om aftenen. Kunne ikke lade vandet, blærescanning 820 ml -> engangskateterisation med 850 ml klar urin.
Dag 1: Fortsat vandladningsbesvær med resturin 600 ml -> KAD anlagt. Gangtræning m. rollator, bøjning 75 gr.
Dag 2: KAD seponeret kl. 06. Kunne lade vandet, men resturin 450 og 520 ml. Fornyet KAD. U-stix neg. for nitrit og leukocytter, ingen UVI. Start tamsulosin.
Dag 3-4: Smertedækket på p.o. analgetika, går på trapper, bøjning 90 gr. Såret pænt og tørt, ingen tegn på infektion. Ingen tegn på DVT. Hb 7,6 postop.

Konklusion:
Primær gonartrose hø. behandlet med total knæalloplastik. Postoperativ akut urinretention, KAD.

Plan:
Udskrives med KAD og tamsulosin 0,4 mg x 1. KAD-seponering og blærescanning i urologisk sygeplejeklinik om 1 uge – ved fortsat retention henvises til urologisk udredning.
Tromboseprofylakse med Xarelto 10 mg i 14 dage. Genoptræning i kommunalt regi. Agraffer fjernes hos e.l. dag 14. Amb. kontrol m. rtg. om 3 mdr.
""",
            ),
            (
                "operationsbeskrivelse",
                """Operation: Total knæalloplastik, hø. knæ (cementeret, posterior stabiliseret).
Indikation: Primær gonartrose hø., udtømt konservativ behandling.
Anæstesi: Spinal analgesi + LIA. Tourniquet ikke anvendt. Tranexamsyre 1 g i.v. og cefuroxim 1,5 g i.v. præop.
Procedure: Medial parapatellar artrotomi. Udtalt artrose med eburnering af mediale femurkondyl og tibiaplateau samt store osteofytter, som fjernes. Forreste korsbånd insufficient. Distal femurresektion med intramedullær guide, tibiaresektion vinkelret på tibias akse. Balancering i ekstension og fleksion tilfredsstillende. Prøvekomponenter med god stabilitet og patellasporing. Cementering af femur str. 5 og tibia str. 5, PE-indlæg 10 mm. Patella ikke protetiseret. Skylning, lukning i lag, agraffer i hud.
Komplikationer: Ingen.
""",
            ),
        ],
        "medications": [
            ("G04CA02", "tamsulosin", "0,4 mg x 1"),
            ("B01AF01", "rivaroxaban (Xarelto)", "10 mg x 1 i 14 dage"),
            ("N02BE01", "paracetamol", "1 g x 4"),
            ("N02AA05", "oxycodon", "5 mg p.n."),
        ],
        "labs": [("NPU02319", "Hæmoglobin;B", 7.6, "mmol/L", 8.3, 10.5)],
        "codes": [("DM171A", "A"), ("DR339B", "B")],
        "evidence": [
            ("DM171A", "primær artrose i hø. knæ"),
            ("DM171A", "Primær gonartrose hø. behandlet med total knæalloplastik"),
            ("DM171A", "Primær gonartrose hø., udtømt konservativ behandling", "", 1),
            ("DR339B", "Kunne ikke lade vandet, blærescanning 820 ml"),
            ("DR339B", "Postoperativ akut urinretention"),
        ],
        "distractors": [
            ("DM161", "St.p. TEP ve. hofte 2019 pga. artrose", "history"),
            ("DN409", "ingen kendt prostataforstørrelse", "negated"),
            ("DM170", "Rtg. ve. knæ: ingen væsentlig artrose", "negated"),
            ("DN390", "ingen UVI", "negated"),
            ("DT814F", "ingen tegn på infektion", "negated"),
            ("DT817C", "Ingen tegn på DVT", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW4-18",
        "department": "Kirurgisk afdeling",
        "specialty": "kirurgi",
        "patient": {"age": 58, "sex": "M"},
        "admission": {"start": "2025-06-20", "end": "2025-06-27"},
        "notes": [
            (
                "epikrise",
                """Epikrise – Kirurgisk afdeling, abdominalkirurgisk sengeafsnit

Indlagt akut 20.06.2025 via FAM, udskrevet 27.06.2025.

Indlæggelsesårsag: Pludselige, stærke mavesmerter.

Anamnese:
58-årig mand, lagerarbejder. Ryger 20 cig./dag. Alkohol 10-14 genst./uge. Generelt rask, ingen fast medicin. Har i 3 uger pga. lændesmerter taget ibuprofen 400 mg 3-4 gange dgl. + Treo, uden ulcusprofylakse. Ingen tidl. ulcussygdom, ingen dyspepsi før dette. Far døde af ventrikelcancer.

Aktuelt: Kl. ca. 05 pludseligt indsættende, knivskarpe smerter i epigastriet, siden diffust i hele abdomen. Kvalme, ingen hæmatemese, ingen melæna.

Obj.: Bleg, ligger stille. BT 132/84, P 112, temp. 38,1. Abdomen brætstift, diffus ømhed og slippeømhed, ingen tarmlyde.
Paraklinik: CRP 88, leuk 16,8, Hb 9,1, laktat 1,9, amylase normal (pancreatitis usandsynlig).
CT abdomen: rigelig fri luft subdiafragmatisk og fri væske perihepatisk og i lille bækken, fortykket præpylorisk ventrikelvæg – forenelig med perforeret ulcus.

Operation 20.06.: Laparoskopisk suturering af perforeret præpylorisk ulcus med omentplastik samt lavage (se operationsbeskrivelse). Fund: 6 mm perforation på forvæggen præpylorisk, bløde rande, diffus fibrinøs-purulent peritonitis.

Forløb:
Postop. i.v. piperacillin/tazobactam + pantoprazol 40 mg x 2 i.v. Sonde seponeret og flydende kost dag 2, let kost dag 3. Afebril fra dag 2. CRP top 214 dag 2, faldende til 61 ved udskrivelsen. Skiftet til p.o. amoxicillin/clavulansyre dag 4, i alt 7 dages beh. Podning fra bughulen: sparsom blandet flora. Biopsi fra ulcusranden: ingen malignitet. Helicobacter pylori negativ (biopsi og fæces-antigen). Drænet fjernet dag 3.

Diagnoser:
- Akut præpylorisk ulcus med perforation, NSAID-udløst.
- Akut diffus peritonitis.

Plan:
Pantoprazol 40 mg x 2 i 8 uger, derefter x 1. NSAID må ikke anvendes fremover – lændesmerterne beh. med paracetamol og evt. fys.
Gastroskopi om 8 uger mhp. opheling.
Rygestop anbefalet. Løfter ikke tungt i 4 uger.
""",
            ),
            (
                "operationsbeskrivelse",
                """Operation: Laparoskopisk suturering af perforeret ulcus ventriculi med omentplastik, lavage.
Indikation: Fri luft og peritonitis, CT-mistanke om perforeret ulcus.
Anæstesi: Generel, RSI.
Fund: Ved indgang ses fibrinbelægninger og ca. 1 liter grumset, ildelugtende væske fordelt i alle 4 kvadranter – diffus purulent peritonitis. Ventrikel og duodenum gennemgås: 6 mm rund perforation på forvæggen af ventriklen ca. 2 cm oralt for pylorus. Ulcusranden er blød, ikke kalløs, ingen tumormistanke. Duodenum og bulbus u.b.
Procedure: 3 porte. Biopsi fra ulcusranden. Perforationen lukkes med 3 enkeltknuder Vicryl 2-0, og en tunge af omentet bindes ind over (Graham patch). Tæthedsprøve med methylenblåt: tæt. Grundig lavage med i alt 6 liter NaCl i alle kvadranter og lille bækken. Dræn i hø. subhepatiske rum. Podning fra bughulen.
Komplikationer: Ingen.
""",
            ),
        ],
        "medications": [
            ("A02BC02", "pantoprazol", "40 mg x 2 i 8 uger"),
            ("J01CR02", "amoxicillin/clavulansyre", "500/125 mg x 3 til i alt 7 dage"),
            ("N02BE01", "paracetamol", "1 g x 4"),
        ],
        "labs": [
            ("NPU19748", "C-reaktivt protein [CRP];P", 88, "mg/L", None, 8),
            ("NPU02593", "Leukocytter;B", 16.8, "10^9/L", 3.5, 8.8),
            ("NPU02319", "Hæmoglobin;B", 9.1, "mmol/L", 8.3, 10.5),
        ],
        "codes": [("DK251E", "A"), ("DK650M", "B")],
        "evidence": [
            ("DK251E", "perforeret præpylorisk ulcus med omentplastik"),
            ("DK251E", "Akut præpylorisk ulcus med perforation, NSAID-udløst"),
            ("DK251E", "6 mm rund perforation på forvæggen af ventriklen", "", 1),
            ("DK650M", "diffus fibrinøs-purulent peritonitis"),
            ("DK650M", "Akut diffus peritonitis"),
            ("DK650M", "diffus purulent peritonitis", "", 1),
        ],
        "distractors": [
            ("DK259", "Ingen tidl. ulcussygdom", "negated"),
            ("DC169", "Far døde af ventrikelcancer", "family"),
            ("DK920", "ingen hæmatemese", "negated"),
            ("DK921", "ingen melæna", "negated"),
            ("DK859", "pancreatitis usandsynlig", "negated"),
            ("DC169", "ingen malignitet", "negated"),
            ("DB980", "Helicobacter pylori negativ", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW4-19",
        "department": "Abdominalkirurgisk afdeling",
        "specialty": "kirurgi",
        "patient": {"age": 66, "sex": "M"},
        "admission": {"start": "2025-04-07", "end": "2025-04-25"},
        "notes": [
            """Epikrise – Abdominalkirurgisk afdeling, kolorektalt afsnit

Indlagt 07.04.2025 (elektivt), udskrevet 25.04.2025.

Indlæggelsesårsag: Planlagt robotassisteret lav anterior resektion (LAR) for rektumcancer.

Anamnese:
66-årig mand, pens. buschauffør, gift, selvhjulpen. Eks-ryger. DM2 siden 2017 i metformin 1 g x 2, HbA1c 54, ingen kendte senkomplikationer. Ingen anden kronisk sygdom. Appendektomeret som barn. Bror opereret for tyktarmskræft som 70-årig.
Henvist i kræftpakke efter positiv iFOBT i screeningsprogrammet. Koloskopi: ulcererende tumor 8-11 cm fra anus, biopsi: adenokarcinom. Ingen synkrone tumorer; 2 små tubulære adenomer fjernet i colon sigmoideum ved samme koloskopi.
MR pelvis: cT3b N0, mesorektal fascie fri, ingen EMVI. CT thorax/abdomen: ingen fjernmetastaser, ingen levermetastaser. MDT: primær kirurgi uden forbehandling.

Forløb:
07.04. (dag 0): Robotassisteret LAR med total mesorektal excision, stapled kolorektal anastomose ca. 4 cm over anus. Ingen aflastende stomi (tæt ved luftprøve, god perfusion ved ICG). Blodtab 100 ml. Metformin pauseret, BS styret med insulin efter skema (BS 7-12).
08.04. (dag 1): Mobiliseret, drikker, tåler flydende kost. KAD bibeholdt pga. lav resektion.
09.04. (dag 2): Let kost, flatus. KAD fjernet, vandlader uden resturin.
10.04. (dag 3): Første afføring. CRP 148. Planlagt udskrivelse dag 4.
11.04. (dag 4): Om natten tiltagende smerter i nedre abdomen, temp. 38,9, P 108, BT 118/70. CRP 276, leuk 17,2. Obj.: ømhed og défense suprapubisk, ingen diffus peritonisme. Blodkulturer taget (senere negative), startet i.v. piperacillin/tazobactam. Akut CT abdomen m. rektal kontrast: kontrastudsivning fra bagvæggen af anastomosen til en 5 x 4 cm luft- og væskeansamling presakralt, let fri væske i lille bækken.
Samme aften relaparoskopi, konverteret til nedre laparotomi: ca. 1 cm defekt i bagvæggen af anastomosen, resten af anastomosen vital og intakt. Lokal ansamling af pus presakralt, ingen diffus fækal peritonitis. Anastomosen bevares: lavage, dræn presakralt og aflastende loop-ileostomi i hø. side.
12.04. (dag 5): Observeret på intermediært afsnit. Stabil uden pressorbehov. Ileostomien producerer.
13.-15.04. (dag 6-8): Aftagende febrilia, CRP 241 -> 158 -> 96. Drænet giver 50-100 ml serøst sekret. Mobiliseres, spiser. Stomisygeplejerske oplærer pt. og hustru.
16.04. (dag 9): Ileostomi-output 1,2 l/døgn, loperamid 2 mg x 2 med god effekt. Kreatinin uændret 80.
17.-20.04. (dag 10-13): Afebril, CRP 52. Skiftet til p.o. amoxicillin/clavulansyre dag 10, planlagt i alt 14 dages antibiotika. Metformin genoptaget dag 12, BS 6-9.
22.04. (dag 15): Kontrol-CT med rektal kontrast: ansamlingen reduceret til 1,5 cm, minimal kontrastudsivning. Drænet fjernet.
23.04. (dag 16): Histologi: adenokarcinom, moderat differentieret, pT3 N0 (0/21 lymfeknuder), R0, ingen perineural- eller karinvasion, MMR-proficient. Svaret givet ved samtale med hustru til stede.
24.-25.04.: Velbefindende. Spiser og drikker, stomi-output 800-900 ml/døgn. Udskrives til eget hjem.

Diagnoser:
1. Adenokarcinom i rectum, pT3N0M0, R0-reseceret ved lav anterior resektion.
2. Anastomoselækage, behandlet med relaparotomi, lavage, dræn og aflastende loop-ileostomi. Anastomosen bevaret.
3. Type 2-diabetes, ukompliceret.

Plan:
Ingen indikation for adjuverende kemoterapi iflg. MDT 24.04. Opfølgning iht. kontrolprogram for kolorektal cancer (CT og CEA).
Stomiambulatoriet ser pt. om 1 uge. Loperamid 2 mg x 2, væskeskema og dagligt vægt.
Lukning af ileostomien planlægges efter ca. 3 mdr. efter kontrol af anastomosen ved rektoskopi og kontrastundersøgelse.
Genetisk rådgivning tilbudt pga. bror med tyktarmskræft.
"""
        ],
        "medications": [
            ("J01CR02", "amoxicillin/clavulansyre", "500/125 mg x 3 til i alt 14 dage"),
            ("A07DA03", "loperamid", "2 mg x 2"),
            ("A10BA02", "metformin", "1 g x 2"),
            ("B01AB10", "tinzaparin (Innohep)", "4.500 IE x 1 i 28 dage"),
        ],
        "labs": [
            ("NPU19748", "C-reaktivt protein [CRP];P", 276, "mg/L", None, 8),
            ("NPU02593", "Leukocytter;B", 17.2, "10^9/L", 3.5, 8.8),
            (None, "Hæmoglobin A1c (IFCC);Hb(B)", 54, "mmol/mol", None, 48),
        ],
        "codes": [("DC209", "A"), ("DT813A1", "B"), ("DE119", "B")],
        "evidence": [
            ("DC209", "ulcererende tumor 8-11 cm fra anus, biopsi: adenokarcinom"),
            ("DC209", "Adenokarcinom i rectum, pT3N0M0"),
            ("DT813A1", "kontrastudsivning fra bagvæggen af anastomosen"),
            ("DT813A1", "ca. 1 cm defekt i bagvæggen af anastomosen"),
            ("DT813A1", "Anastomoselækage, behandlet med relaparotomi"),
            ("DE119", "DM2 siden 2017"),
            ("DE119", "Type 2-diabetes, ukompliceret"),
        ],
        "distractors": [
            ("DK359", "Appendektomeret som barn", "history"),
            ("DC189", "Bror opereret for tyktarmskræft som 70-årig", "family"),
            ("DD125", "2 små tubulære adenomer fjernet i colon sigmoideum", "history"),
            ("DC787", "ingen levermetastaser", "negated"),
            ("DK650M", "ingen diffus fækal peritonitis", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW4-20",
        "department": "Brystkirurgisk afdeling",
        "specialty": "kirurgi",
        "patient": {"age": 57, "sex": "F"},
        "admission": {"start": "2025-09-02", "end": "2025-09-03"},
        "notes": [
            (
                "epikrise",
                """Epikrise – Brystkirurgisk afdeling

Indl. 02.09.2025 til planlagt operation, udskr. 03.09.2025.

Diagnose: Brystkræft i ve. mamma, øvre laterale kvadrant, invasivt duktalt karcinom (NST), malignitetsgrad 2, ER 90 %, HER2 negativ. Makrometastase i sentinel node ve. aksil.

Anamnese:
57-årig kvinde, pædagog, postmenopausal. Tidl. rask, ingen fast medicin. Mærkede i juli en knude i ve. bryst. Mammografi + UL: 28 mm stjerneformet tumor kl. 2 i ve. mamma, 4 cm fra papillen, samt et yderligere 8 mm fokus i samme kvadrant. Grovnålsbiopsi: invasivt duktalt karcinom. MR mammae bekræftede multifokal sygdom i ve. mamma; hø. mamma uden suspekte forandringer. Mor fik brystkræft som 62-årig, BRCA1/2-test af pt. negativ. MDT: mastektomi + sentinel node biopsi. Pt. ønsker ikke primær rekonstruktion.

Operation 02.09.: Mastektomi ve. med sentinel node biopsi; ved frysesnit makrometastase (4 mm) i 1 af 2 sentinel nodes -> aksilrømning niveau I-II i samme seance (se operationsbeskrivelse).

Forløb: Ukompliceret. Smertedækket med paracetamol og ibuprofen. Drænet i aksillen gav 140 ml første døgn. Set af fysioterapeut mhp. skulderøvelser og lymfødemprofylakse. Ingen tegn på hæmatom.

Plan:
Udskrives med drænet, som fjernes i afdelingens sygeplejeklinik, når produktionen er < 50 ml/døgn.
Svar på endelig histologi og samtale i amb. om 10 dage, derefter henvisning til Onkologisk afdeling mhp. adjuverende behandling (forventeligt kemoterapi, strålebehandling og endokrin behandling).
Midlertidig brystprotese udleveret, permanent via bandagist.
""",
            ),
            (
                "operationsbeskrivelse",
                """Operation: Mastektomi ve. med sentinel node biopsi og aksilrømning niveau I-II ve.
Indikation: Multifokalt invasivt duktalt karcinom i ve. mamma, øvre laterale kvadrant.
Anæstesi: Generel. 99mTc-nanokolloid injiceret periareolært dagen før, Patent Blue intraop.
Procedure: Sentinel node: incision i ve. aksil, 2 blå og radioaktive lymfeknuder fjernes (counts 1240 og 380), ingen restaktivitet. Frysesnit: metastase 4 mm i den ene sentinel node, den anden uden tumor. Tværoval incision omkring brystet inkl. papil. Hudlapperne dissekeres op til clavicula, sternum, latissimus-kanten og inframammærfolden. Mamma fjernes med fascien fra m. pectoralis major, markeret med sutur lateralt. Aksilrømning niveau I og II med bevarelse af n. thoracodorsalis, n. thoracicus longus og n. intercostobrachialis. Hæmostase. Dræn i aksillen. Lukning i lag, intrakutan sutur.
Komplikationer: Ingen.
""",
            ),
        ],
        "medications": [
            ("N02BE01", "paracetamol", "1 g x 4"),
            ("M01AE01", "ibuprofen", "400 mg x 3 i 5 dage"),
        ],
        "labs": [],
        "codes": [("DC504", "A"), ("DC773A1", "B")],
        "evidence": [
            ("DC504", "Brystkræft i ve. mamma, øvre laterale kvadrant"),
            ("DC504", "28 mm stjerneformet tumor kl. 2 i ve. mamma"),
            ("DC504", "invasivt duktalt karcinom i ve. mamma, øvre laterale kvadrant", "", 1),
            ("DC773A1", "Makrometastase i sentinel node ve. aksil"),
            ("DC773A1", "makrometastase (4 mm) i 1 af 2 sentinel nodes"),
            ("DC773A1", "metastase 4 mm i den ene sentinel node", "", 1),
        ],
        "distractors": [
            ("DC509", "Mor fik brystkræft som 62-årig", "family"),
            ("DC509", "hø. mamma uden suspekte forandringer", "negated"),
            ("DT810B", "Ingen tegn på hæmatom", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW4-21",
        "department": "Gynækologisk-obstetrisk afdeling",
        "specialty": "obstetrik",
        "patient": {"age": 31, "sex": "F"},
        "admission": {"start": "2025-10-13", "end": "2025-10-16"},
        "notes": [
            """Epikrise – Gynækologisk-obstetrisk afdeling, barselsafsnit

Indlagt 13.10.2025 til planlagt sectio, udskrevet 16.10.2025.

31-årig 1-gravida 0-para. GA ved indlæggelsen 39+1.
Tidl. rask, BMI 26 før graviditeten. Ingen tidl. hypertension. OGTT i uge 28 normal. Søster havde præeklampsi.

Graviditeten: Normal nakkefoldsscanning og misdannelsesscanning. Fra GA 34+3 BT 145-150/95-98 ved gentagne målinger hos jordemoder, U-stix protein negativ, normale lever- og nyretal og trombocytter -> gestationel hypertension. Startet labetalol 100 mg x 2, senere x 3, med BT omkring 135/85. Vækstscanninger normale, ingen væksthæmning.
I uge 36 konstateret underkropsstilling (komplet sædestilling). Udvendig vending forsøgt GA 37+0, mislykkedes. Pt. ønskede herefter planlagt kejsersnit frem for vaginal underkropsfødsel.

Forløb:
13.10.: Planlagt kejsersnit i spinal analgesi, ukompliceret. Født levende pige kl. 10.14, 3.340 g, Apgar 10/10, navlesnors-pH 7,28. Blødning 450 ml.
Barselsforløbet: BT 140-148/90-95 postpartum, labetalol fortsat. Ingen hovedpine, ingen synsforstyrrelser, ingen epigastriesmerter. Protein i urinen fortsat negativt, ingen tegn på præeklampsi. Hb 7,4 dag 1. Mobiliseret, fuld amning etableret. Såret pænt.

Konklusion:
Kejsersnit pga. underkropsstilling efter mislykket vending. Gestationel hypertension uden proteinuri.

Plan:
Labetalol 100 mg x 3 fortsættes. BT-kontrol hos e.l. 2-3 gange ugentligt, aftrappes når BT < 130/80.
Informeret om øget risiko for hypertension senere i livet – årlig BT-måling anbefales.
Fødselssamtale tilbydes. Sundhedsplejerske orienteret.
"""
        ],
        "medications": [
            ("C07AG01", "labetalol", "100 mg x 3"),
            ("N02BE01", "paracetamol", "1 g x 4"),
        ],
        "labs": [
            ("NPU02319", "Hæmoglobin;B", 7.4, "mmol/L", 7.3, 9.5),
        ],
        "codes": [("DO321", "A"), ("DO139", "B"), ("DZ370", "B")],
        "evidence": [
            ("DO321", "underkropsstilling (komplet sædestilling)"),
            ("DO321", "Kejsersnit pga. underkropsstilling"),
            ("DO139", "gestationel hypertension. Startet labetalol"),
            ("DO139", "Gestationel hypertension uden proteinuri"),
            ("DZ370", "Født levende pige"),
        ],
        "distractors": [
            ("DO244", "OGTT i uge 28 normal", "negated"),
            ("DO149", "Søster havde præeklampsi", "family"),
            ("DO149", "ingen tegn på præeklampsi", "negated"),
            ("DO365", "ingen væksthæmning", "negated"),
            ("DI109", "Ingen tidl. hypertension", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW4-22",
        "department": "Gynækologisk afdeling",
        "specialty": "gynækologi",
        "patient": {"age": 22, "sex": "F"},
        "admission": {"start": "2025-11-03", "end": "2025-11-06"},
        "notes": [
            """Gyn. afd. – epikrise

22-årig nullipara, studerende. Ingen fast medicin, p-piller (kombinerede). Klamydia behandlet 2022. Ingen spiral. Ny partner gennem 2 mdr., ikke brugt kondom.

Indl. med 4 dages tiltagende smerter i nedre abdomen bilat., dyspareuni, ildelugtende udflåd og feber til 38,7 hjemme. Ingen blødningsforstyrrelser. Sidste menstruation for 10 dage siden.

Obj.: Temp. 38,4, P 96, BT 118/72. Abdomen: ømhed i begge fossae iliacae, ve. > hø., let slippeømhed suprapubisk, McBurney ikke særligt øm. GU: mucopurulent sekret fra cervix, let kontaktblødning, udtalt ømhed ved portiobevægelse og ved palpation af adnexa bilat.
TVUS: fortykkede, ødematøse tubae bilat. med lidt væske, ovarier normale, ingen tuboovariel absces. Lidt fri væske i fossa Douglasi.
U-hCG negativ. CRP 96, leuk 13,4. U-stix neg.
Cervix-PCR: Chlamydia trachomatis positiv. Neisseria gonorrhoeae negativ. Mycoplasma genitalium negativ.

Vurdering: Akut salpingitis bilat. forårsaget af klamydia. Appendicitis fundet usandsynlig klinisk og ved UL (normal appendix).

Beh.: I.v. ceftriaxon 2 g x 1 + p.o. doxycyclin 100 mg x 2 + metronidazol 500 mg x 2. Hurtig bedring, afebril efter 36 t, CRP 96 -> 41. Udskrives dag 3 på p.o. doxycyclin + metronidazol, i alt 14 dage.

Diagnose: Akut salpingitis (PID) med Chlamydia trachomatis.

Plan: Partner skal testes og behandles – smitteopsporing gennemgået, kontaktkort udleveret. Seksuel afholdenhed til begge er færdigbehandlede. Kontakt e.l. ved manglende bedring inden for 3 dage, ellers kontrol-PCR om 5 uger. Informeret om risiko for nedsat fertilitet og ekstrauterin graviditet ved gentagne infektioner.
"""
        ],
        "medications": [
            ("J01AA02", "doxycyclin", "100 mg x 2 til i alt 14 dage"),
            ("J01XD01", "metronidazol", "500 mg x 2 til i alt 14 dage"),
            ("J01DD04", "ceftriaxon", "2 g i.v. x 1 (under indl.)"),
        ],
        "labs": [
            ("NPU19748", "C-reaktivt protein [CRP];P", 96, "mg/L", None, 8),
            ("NPU02593", "Leukocytter;B", 13.4, "10^9/L", 3.5, 8.8),
        ],
        "codes": [("DN700F", "A"), ("DA561", "B")],
        "evidence": [
            ("DN700F", "Akut salpingitis bilat. forårsaget af klamydia"),
            ("DN700F", "Akut salpingitis (PID)"),
            ("DA561", "Chlamydia trachomatis positiv"),
            ("DA561", "med Chlamydia trachomatis", "Diagnose:"),
        ],
        "distractors": [
            ("DA560", "Klamydia behandlet 2022", "history"),
            ("DN700A", "ingen tuboovariel absces", "negated"),
            ("DO009", "U-hCG negativ", "negated"),
            ("DA549", "Neisseria gonorrhoeae negativ", "negated"),
            ("DK359", "Appendicitis fundet usandsynlig", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW4-23",
        "department": "Børnekirurgisk afdeling",
        "specialty": "kirurgi",
        "patient": {"age": 0, "sex": "M"},
        "admission": {"start": "2025-01-14", "end": "2025-01-17"},
        "notes": [
            (
                "epikrise",
                """Epikrise – Børnekirurgisk afdeling

Dreng, 5 uger gl. Født til terminen (GA 40+2) efter ukompliceret graviditet og fødsel, fødselsvægt 3.620 g. Fuldt ammet. Første barn. Far opereret for lyskebrok som spæd. Overflyttet fra Børneafdelingen 14.01.

Indlæggelsesårsag: Tiltagende kaskadeopkastninger.

Anamnese: I ca. 1 uge opkast efter næsten hvert måltid, de sidste 3 dage kraftige kaskadeopkast. Opkastet er mælkeagtigt, aldrig galdefarvet, intet blod. Sulten lige efter opkast. Færre våde bleer (3 det sidste døgn), ingen afføring i 2 døgn. Vægt 3.950 g (4.210 g ved sundhedsplejerskens besøg for 8 dage siden).

Obj.: Let påvirket, men vågen og sutter ivrigt. Indsunken fontanelle, tørre slimhinder, kapillærrespons 3 sek. Abdomen blødt, synlig peristaltik fra ve. mod hø. i epigastriet efter prøvemåltid, ca. 1,5 cm olivenformet udfyldning palperes hø. for midtlinjen. Ikke ikterisk. Ingen hernier.
UL abdomen: pylorusmuskel 5 mm tyk, pyloruskanal 19 mm lang, ingen passage af ventrikelindhold under undersøgelsen. Ingen tegn på malrotation.
Kapillær syre-base: pH 7,52, BE +11, pCO2 6,3, Cl 89, K 3,3, Na 133.

Vurdering: Infantil hypertrofisk pylorusstenose med dehydrering og hypokloræmisk metabolisk alkalose.

Forløb:
Fastende, ventrikelsonde, i.v. væske (NaCl 0,9 % med glukose 5 % og KCl) til korrektion. Syre-base normaliseret efter 24 t (pH 7,43, Cl 101, BE +3).
15.01.: Laparoskopisk pyloromyotomi (se operationsbeskrivelse), ukompliceret.
Amning efter skema fra 6 t postop., 2 små opkast første døgn, herefter ingen. Fuld amning 36 t postop. Sårene pæne. Vægt ved udskrivelsen 4.010 g.

Plan: Udskrives 17.01. Sundhedsplejersken følger vægten. Trådene resorberes. Ingen planlagt kontrol – forældrene kontakter afdelingen ved fornyede opkast, feber eller rødme omkring sårene.
""",
            ),
            (
                "operationsbeskrivelse",
                """Operation: Laparoskopisk pyloromyotomi (Ramstedt).
Indikation: Infantil hypertrofisk pylorusstenose, UL-verificeret. Syre-base korrigeret.
Anæstesi: Generel, intuberet. Ventrikelsonde aspireret før indledning.
Procedure: 5 mm optik umbilikalt, to 3 mm stikincisioner. Pylorus fortykket, bleg og fast, ca. 2 cm lang. Longitudinel serosaincision på den avaskulære forflade fra pylorusvenen til antrum. Muskulaturen spaltes med pyloromyotomi-spreder, til slimhinden buler frem i hele længden. Tæthedsprøve med 60 ml luft via sonden: ingen slimhindeperforation. Halvdelene bevæger sig frit i forhold til hinanden. Fascien lukket umbilikalt, hud med resorberbar sutur og strips.
Komplikationer: Ingen.
""",
            ),
        ],
        "medications": [("N02BE01", "paracetamol", "60 mg x 4 p.n. (suppositorium)")],
        "labs": [
            (None, "pH;Pt(kB)", 7.52, None, 7.35, 7.45),
            (None, "Base excess;Ecv", 11, "mmol/L", -3, 3),
            (None, "Chlorid;P", 89, "mmol/L", 98, 107),
            (None, "Kalium;P", 3.3, "mmol/L", 3.5, 5.8),
        ],
        "codes": [("DQ400", "A"), ("DE869A", "B"), ("DE873A", "B")],
        "evidence": [
            ("DQ400", "pylorusmuskel 5 mm tyk, pyloruskanal 19 mm lang"),
            ("DQ400", "Infantil hypertrofisk pylorusstenose med dehydrering"),
            ("DQ400", "Infantil hypertrofisk pylorusstenose, UL-verificeret", "", 1),
            ("DE869A", "Indsunken fontanelle, tørre slimhinder"),
            ("DE869A", "med dehydrering"),
            ("DE873A", "pH 7,52, BE +11"),
            ("DE873A", "hypokloræmisk metabolisk alkalose"),
        ],
        "distractors": [
            ("DK409", "Far opereret for lyskebrok som spæd", "family"),
            ("DK409", "Ingen hernier", "negated"),
            ("DP599", "Ikke ikterisk", "negated"),
            ("DQ433F", "Ingen tegn på malrotation", "negated"),
            ("DT812G", "ingen slimhindeperforation", "negated", "", 1),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW4-24",
        "department": "Børneafdeling",
        "specialty": "pædiatri",
        "patient": {"age": 2, "sex": "F"},
        "admission": {"start": "2025-12-01", "end": "2025-12-02"},
        "notes": [
            """Børneafd. – epikrise

Pige, 2 år 3 mdr. Går i vuggestue. Indlagt som 4 mdr. gammel med RS-virus bronkiolitis, ellers rask. Vaccineret iht. børnevaccinationsprogrammet. Mor har astma.

Indl. kl. 02.40 med akut opstået gøende hoste, hæshed og hvæsende indånding. Forkølet med snot og let feber i 2 dage. Savler ikke, drikker. Ingen mistanke om fremmedlegeme (ingen hosteanfald under spisning eller leg).

Obj.: Temp. 38,2. Vågen, ikke toksisk påvirket, sidder i mors skød. Inspiratorisk stridor i hvile, let jugulære og subcostale indtrækninger, SAT 95 % atm., RF 36. St.p.: normal luftskifte, ingen knitren eller pibelyde. Svælg let rødt, ingen belægninger. Westley croup score 4 (moderat).

Vurdering: Pseudocroup (akut obstruktiv laryngitis), moderat. Ikke epiglottitis (ikke toksisk, savler ikke, hoster).

Beh.: Dexamethason 0,15 mg/kg p.o. (2 mg) + adrenalin på inhalation x 1 kl. 03.00 med god effekt. Efter 4 t ingen stridor i hvile, Westley 1. Observeret til næste formiddag, sov godt, spiser og drikker.

Konkl.: Akut obstruktiv laryngitis (pseudocroup). Ingen tegn på pneumoni.

Plan: Udskrives 02.12. Forældrene instrueret: kølig luft, holde barnet roligt, ved fornyet stridor i hvile, sløvhed eller blålig farve ring 1-1-2. Paracetamol ved feber. Ingen kontrol.
"""
        ],
        "medications": [
            ("H02AB02", "dexamethason", "2 mg p.o. x 1"),
            ("R03AA01", "adrenalin til inhalation", "1 mg/ml, 2 ml x 1"),
            ("N02BE01", "paracetamol", "180 mg x 4 p.n."),
        ],
        "labs": [],
        "codes": [("DJ050", "A")],
        "evidence": [
            ("DJ050", "gøende hoste, hæshed og hvæsende indånding"),
            ("DJ050", "Pseudocroup (akut obstruktiv laryngitis)"),
            ("DJ050", "Akut obstruktiv laryngitis (pseudocroup)"),
        ],
        "distractors": [
            ("DJ210", "Indlagt som 4 mdr. gammel med RS-virus bronkiolitis", "history"),
            ("DJ459", "Mor har astma", "family"),
            ("DT179", "Ingen mistanke om fremmedlegeme", "negated"),
            ("DJ051", "Ikke epiglottitis", "negated"),
            ("DJ189", "Ingen tegn på pneumoni", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW4-25",
        "department": "Psykiatrisk afdeling",
        "specialty": "psykiatri",
        "patient": {"age": 24, "sex": "F"},
        "admission": {"start": "2025-08-18", "end": "2025-08-29"},
        "notes": [
            """Epikrise – Psykiatrisk afdeling, åbent sengeafsnit

Indlagt 18.08.2025, overflyttet fra Medicinsk afdeling efter medicinsk behandling af forgiftning. Udskrevet 29.08.2025.

Henvisningsårsag: Intoksikation med quetiapin i suicidal hensigt.

Anamnese:
24-årig kvinde, studerende, bor alene. Kendt i psykiatrien siden 17-årsalderen med emotionelt ustabil personlighedsstruktur af borderline type (diagnosticeret 2021). Tidl. selvskade med cutting, senest for 1 år siden. Anoreksi i 14-16-årsalderen, behandlet i børne- og ungdomspsykiatrien, vægtstabil siden. Tilknyttet DBT-team, i beh. med quetiapin 50-100 mg p.n. for uro og søvn. Cannabis sporadisk, ingen afhængighed. Mor har bipolar lidelse.

Aktuelt:
Efter brud med kæresten tog pt. 16.08. om aftenen hele sin beholdning af quetiapin (ca. 35 x 100 mg). En veninde fandt hende somnolent. Medicinsk afd.: GCS 10, P 128, QTc 478 ms, observeret på intensiv, ingen kramper. P-paracetamol og salicylat ikke målbare. Vågen og medicinsk færdigbehandlet 18.08., QTc normaliseret.

Psykisk ved indlæggelsen:
Vågen, klar, orienteret. Sparsom øjenkontakt, nedstemt og grådlabil, men affektivt modulerbar. Tankegang sammenhængende. Ingen psykotiske symptomer. Fortæller, at hun "ville væk fra det hele" og ønskede at dø i situationen. Nu ambivalent, fortryder delvist, har fremtidsplaner med studiet. Kan ikke indgå troværdig aftale første døgn – fast vagt.

Forløb:
Fast vagt første døgn, derefter trappet ned over 3 døgn. Daglige samtaler, krise- og sikkerhedsplan udarbejdet. Ingen selvskade under indlæggelsen. Opfyldte ikke kriterier for depressiv episode (HAM-D 9). Quetiapin seponeret pga. risiko ved overdosering. Familiesamtale med mor 25.08. Gradvis stabilisering.

Diagnoser:
Emotionelt ustabil personlighedsstruktur, borderline type.
Selvmordsforsøg ved forgiftning med quetiapin.

Medicin: Ingen fast psykofarmaka. Max 1 uges p.n.-medicin ad gangen.

Plan: Akutteamet inden for 48 t, derefter DBT-team. E.l. orienteret.
"""
        ],
        "medications": [("N05CF01", "zopiclon", "3,75 mg p.n., højst 7 stk. udleveret")],
        "labs": [],
        "codes": [("DF6031", "A"), ("DT435", "B"), ("DX6110", "B")],
        "evidence": [
            ("DF6031", "emotionelt ustabil personlighedsstruktur af borderline type"),
            ("DF6031", "Emotionelt ustabil personlighedsstruktur, borderline type"),
            ("DT435", "Intoksikation med quetiapin"),
            ("DT435", "forgiftning med quetiapin"),
            ("DX6110", "ønskede at dø i situationen"),
            ("DX6110", "Selvmordsforsøg ved forgiftning"),
        ],
        "distractors": [
            ("DX7820", "Tidl. selvskade med cutting", "history"),
            ("DF500", "Anoreksi i 14-16-årsalderen", "history"),
            ("DF122", "Cannabis sporadisk, ingen afhængighed", "negated"),
            ("DF319", "Mor har bipolar lidelse", "family"),
            ("DT390A", "P-paracetamol og salicylat ikke målbare", "negated"),
            ("DF209", "Ingen psykotiske symptomer", "negated"),
            ("DF329", "Opfyldte ikke kriterier for depressiv episode", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW4-26",
        "department": "Geriatrisk afdeling",
        "specialty": "geriatri",
        "patient": {"age": 91, "sex": "F"},
        "admission": {"start": "2025-01-20", "end": "2025-02-03"},
        "notes": [
            """Epikrise – Geriatrisk afdeling

Indlagt 20.01.2025 via FAM, udskrevet 03.02.2025 til eget hjem med øget hjemmepleje.

Indlæggelsesårsag: Tiltagende åndenød, hævede ben og almen svækkelse.

Anamnese:
91-årig kvinde, enke, bor i ældrebolig, hjemmepleje 2 x dgl., går med rollator indendørs. Datteren bor tæt på.
Kendt med:
- Hjerteinsufficiens med bevaret uddrivningsfraktion (HFpEF), LVEF 55 % ved ekko 2023. Furosemid 40 mg x 1.
- Kronisk nyresygdom, seneste eGFR 24 (stadie 4), følges hos e.l.
- St.p. apopleksi 2016 uden sequelae.
- Grå stær opereret bilat.
- Ingen diabetes.
Ingen allergier. Aldrig røget.

Aktuelt:
Gennem 2 uger tiltagende dyspnø, nu ved mindste anstrengelse, sover med 3 puder. Vægtøgning ca. 3 kg trods nedsat appetit. Hjemmeplejen har gennem flere måneder set, at hun kun spiser halve portioner, og hun har tabt sig betydeligt siden efteråret (ca. 69 -> 61 kg, når væsken fratrækkes). Sår på hø. hæl opdaget af hjemmeplejen for 1 uge siden.

Obj. ved indlæggelsen:
Vågen, klar, let træt. BT 158/74, P 92 reg., SAT 89 % atm., RF 24, temp. 36,8. Vægt 64,8 kg, højde 160 cm.
St.p.: krepitation basalt bilat. op til midt på scapula. St.c.: systolisk mislyd 2/6 over aorta. Pittingødem til knæene bilat. Halsvenestase.
Hø. hæl: 2,5 x 2 cm overfladisk sår med rød granulation og rest af blære, ingen nekrose, ingen infektionstegn. Ve. hæl: rødme, der forsvinder ved tryk.

Paraklinik: Hb 5,8, MCV 74, ferritin 11, transferrinmætning 6 %. Kreatinin 168 (eGFR 23), K 4,6, Na 136. NT-proBNP 6.850. CRP 12. Albumin 28. TSH, B12 og folat normale.
Rtg. thorax: stase med pleuraeksudat bilat., forstørret hjerteskygge, ingen infiltrater.
EKG: SR 90, venstresidigt grenblok (kendt).

Vurdering: Inkompenseret hjerteinsufficiens (HFpEF), formentlig udløst af svær anæmi. Jernmangelanæmi. Kronisk nyreinsufficiens st. 4. Tryksår grad 2 på hø. hæl. Underernæring.

Forløb:
20.01.: Furosemid 40 mg x 2 i.v., ilt 2 l. Væskerestriktion 1,5 l, daglig vægt. 1 portion SAG-M givet langsomt under furosemiddække.
21.01.: Diurese 2,4 l. SAT 93 % på 1 l ilt. Hb 6,6. Ernæringsscreening (NRS-2002) 4 point – diætist tilknyttet, energi- og proteinrig kost + drikketilskud x 2.
22.01.: Ferinject 500 mg i.v. Vægt -1,8 kg. Kreatinin let stigende til 181.
23.01.: Ilt seponeret, SAT 94 % atm. Kreatinin 176. Trykaflastning af hælene med hælpude og vendeskema. Sårsygeplejerske: fedtet gaze og skumbandage, skift hver 3. dag.
24.-26.01.: Aftagende ødemer. Mobiliseret med fysioterapeut, går 15 m med rollator. Spiser 75 % af beregnet behov iflg. kostregistrering. Gastroskopi/koloskopi drøftet med pt. og datter, ønskes ikke; ingen symptomer på blødning, hæmoccult negativ x 3.
27.01.: Skiftet til furosemid 40 mg x 2 p.o. Vægt 60,9 kg (-3,9 kg). Kreatinin 169.
28.-30.01.: Stabil. Hb 7,0. Lidt krepitation basalt hø., ingen dyspnø i hvile. Hælsåret mindre og rent. Ny kostregistrering: 90 % af behov.
31.01.: Ergoterapeut: behov for hjælp til bad og påklædning. Trykaflastende madras bestilt til hjemmet.
01.-02.02.: Vægt stabil 60,6 kg. Kreatinin 164, K 4,3.
03.02.: Udskrives.

Diagnoser ved udskrivelsen:
1. Inkompenseret venstresidig hjerteinsufficiens med bevaret EF (HFpEF).
2. Jernmangelanæmi, okkult blødning ikke påvist, videre udredning fravalgt.
3. Kronisk nyreinsufficiens, stadie 4.
4. Tryksår (decubitus) grad 2, hø. hæl.
5. Moderat underernæring (vægttab > 10 % på 4 mdr., albumin 28).

Medicinændringer: Furosemid øget til 40 mg x 2. Drikketilskud 2 x dgl.

Plan:
Daglig vægt i hjemmeplejen; ved vægtøgning > 2 kg på 3 dage kontaktes e.l. mhp. øget diuretika.
Hb, ferritin, kreatinin og K hos e.l. om 1 uge. Fornyet Ferinject i dagklinikken om 4 uger ved fortsat jernmangel.
Sårpleje i hjemmesygeplejen hver 3. dag, trykaflastning af hælene i sengen.
Kommunal diætist følger op, vægt ugentligt.
Genoptræningsplan udsendt. Ikke genoplivning ved hjertestop – drøftet og aftalt med pt. og datter.
"""
        ],
        "medications": [
            ("C03CA01", "furosemid", "40 mg x 2"),
            ("B03AC", "jern(III)carboxymaltose (Ferinject)", "500 mg i.v. x 1"),
            ("V06DB", "drikketilskud (Nutridrink Compact Protein)", "125 ml x 2"),
            ("N02BE01", "paracetamol", "1 g x 3"),
        ],
        "labs": [
            ("NPU02319", "Hæmoglobin;B", 5.8, "mmol/L", 7.3, 9.5),
            (None, "Ferritin;P", 11, "µg/L", 15, 300),
            (None, "Kreatinin;P", 168, "µmol/L", 45, 90),
            (None, "NT-proBNP;P", 6850, "ng/L", None, 450),
            (None, "Albumin;P", 28, "g/L", 34, 45),
        ],
        "codes": [("DI501E", "A"), ("DD509", "B"), ("DN184", "B"), ("DL891", "B"), ("DE440", "B")],
        "evidence": [
            ("DI501E", "Hjerteinsufficiens med bevaret uddrivningsfraktion (HFpEF)"),
            ("DI501E", "Inkompenseret hjerteinsufficiens (HFpEF)"),
            ("DI501E", "Inkompenseret venstresidig hjerteinsufficiens med bevaret EF (HFpEF)"),
            ("DD509", "Jernmangelanæmi.", "Vurdering:"),
            ("DD509", "Jernmangelanæmi, okkult blødning ikke påvist"),
            ("DN184", "Kronisk nyresygdom, seneste eGFR 24 (stadie 4)"),
            ("DN184", "Kronisk nyreinsufficiens, stadie 4"),
            ("DL891", "Tryksår grad 2 på hø. hæl"),
            ("DL891", "Tryksår (decubitus) grad 2, hø. hæl"),
            ("DE440", "Underernæring.", "Vurdering:"),
            ("DE440", "Moderat underernæring"),
        ],
        "distractors": [
            ("DI639", "St.p. apopleksi 2016 uden sequelae", "history"),
            ("DH269", "Grå stær opereret bilat.", "history"),
            ("DE119", "Ingen diabetes", "negated"),
            ("DJ189", "ingen infiltrater", "negated"),
            ("DK922", "okkult blødning ikke påvist", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW4-27",
        "department": "Neurologisk afdeling",
        "specialty": "neurologi",
        "patient": {"age": 52, "sex": "M"},
        "admission": {"start": "2025-05-05", "end": "2025-05-07"},
        "notes": [
            """Neurologisk afd. – epikrise

52-årig mand, ingeniør. Tidl. rask, ingen fast medicin. Ikke-ryger. Mor har Ménières sygdom.

Indl.årsag: Akut svimmelhed.
Vågnede 04.05. med kraftig drejende svimmelhed, kvalme og gentagne opkast, kunne ikke gå uden støtte. Svimmelheden er konstant og forværres ved hovedbevægelser. Ingen hovedpine, ingen dobbeltsyn, ingen føleforstyrrelser eller lammelser, ingen tale- eller synkebesvær. Ingen hørenedsættelse, ingen tinnitus eller trykken for ørerne. Ondt i halsen og snue for ca. 10 dage siden.

Obj.: BT 146/88, P 78 reg. Spontan horisontal-torsionel nystagmus slående mod ve., forstærkes ved blik mod ve. og med Frenzel-briller, hæmmes ved fiksation. Head impulse test patologisk mod hø. (refiksationssakkade). Ingen skew deviation – HINTS med perifert mønster. Romberg: falder mod hø. Øvrig neurologisk us. normal inkl. kranienerver og cerebellare prøver. Otoskopi normal bilat. Dix-Hallpike dag 2: negativ bilat.
MR cerebrum m. DWI 05.05.: ingen infarkt, ingen tumor i pontocerebellare vinkel.
Audiometri: normal hørelse bilat.

Vurdering: Akut vestibularisneuritis hø. Intet der tyder på cerebellart infarkt.

Forløb: I.v. væske, ondansetron og kortvarigt meclozin (Postafen). Går med støtte dag 2, selvstændigt med lidt bred sporvidde ved udskrivelsen. Instrueret i vestibulære øvelser af fysioterapeut. Prednisolon drøftet, ikke givet.

Konkl.: Neuritis vestibularis hø.

Plan: Postafen højst 3 dage mere. Vestibulær træning dagligt. Sygemeldt 2 uger. Ved manglende bedring efter 6-8 uger henvisning til ØNH mhp. vestibulær udredning. Ved nye neurologiske symptomer straks 1-1-2.
"""
        ],
        "medications": [
            ("A04AA01", "ondansetron", "4 mg x 3 p.n."),
            ("R06AE05", "meclozin (Postafen)", "25 mg x 2 i højst 3 dage"),
        ],
        "labs": [],
        "codes": [("DH812", "A")],
        "evidence": [
            ("DH812", "Akut vestibularisneuritis hø."),
            ("DH812", "Neuritis vestibularis hø."),
        ],
        "distractors": [
            ("DH810", "Mor har Ménières sygdom", "family"),
            ("DH919", "Ingen hørenedsættelse", "negated"),
            ("DH811", "Dix-Hallpike dag 2: negativ bilat.", "negated"),
            ("DI639", "ingen infarkt", "negated"),
            ("DD333", "ingen tumor i pontocerebellare vinkel", "negated"),
            ("DI639", "Intet der tyder på cerebellart infarkt", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW4-28",
        "department": "Øjenafdeling",
        "specialty": "oftalmologi",
        "patient": {"age": 45, "sex": "M"},
        "admission": {"start": "2025-07-08", "end": "2025-07-09"},
        "notes": [
            (
                "epikrise",
                """Epikrise – Øjenafdeling, vitreoretinalt afsnit

45-årig mand, IT-konsulent. Kendt med høj myopi, brille -9,5 D hø. og -8,75 D ve. Tidl. laserbehandlet for hul i nethinden på ve. øje 2021. Ingen diabetes. Intet traume mod øjnene. Far har grøn stær.

Anamnese: For 5 dage siden pludselig mange "fluer" og lysglimt i hø. øje, siden 2 dage en mørk skygge nedefra, som nu dækker det meste af synsfeltet, og i går sløret centralt syn.

Obj.: Visus hø. 6/60 (m. korrektion), ve. 6/6. IOP 11/15. Forreste segment u.a. bilat., klare linser. Hø. øje: bulløs nethindeløsning fra kl. 9 til kl. 3 over kl. 12, makula løs. Hesteskorift kl. 11 perifert. Pigment i glaslegemet. Ingen proliferativ vitreoretinopati. Myop fundus med peripapillær atrofi og skrå papil. Ve. øje: nethinden liggende, pæne laserar, ingen nye huller.
OCT hø.: makula afløst.

Diagnose: Rhegmatogen nethindeløsning hø. øje, makula off, uden PVR. Degenerativ (høj) myopi bilat.

Beh.: 08.07. pars plana vitrektomi med endolaser og SF6-gas hø. øje i lokalbedøvelse (se operationsbeskrivelse), ukompliceret. Dag 1: nethinden liggende, gasfyldning ca. 90 %, IOP 18.

Plan:
Hovedstilling med hø. side nedad 50 min i timen i 5 døgn.
Dexamethason/chloramphenicol øjendråber x 4 i 2 uger, derefter aftrapning.
Må ikke flyve eller køre i bjerge, før gassen er resorberet (ca. 2-3 uger), og må ikke få lattergas – armbånd udleveret.
Kontrol i øjenambulatoriet om 1 uge og 6 uger. Informeret om risiko for grå stær efter vitrektomi og om straks at henvende sig ved nye symptomer fra ve. øje. Sygemeldt 2 uger.
""",
            ),
            (
                "operationsbeskrivelse",
                """Operation: 23G pars plana vitrektomi, endolaser og SF6-gas, hø. øje.
Indikation: Rhegmatogen nethindeløsning, makula off, hesteskorift kl. 11.
Anæstesi: Retrobulbær blokade + sedation.
Procedure: 3-port 23G vitrektomi. Kernevitrektomi, bagre glaslegemeløsning bekræftet med triamcinolon. Perifer vitrektomi med indentation 360 gr., glaslegemet trimmet omkring riften. PFCL til fladlægning af bagre pol, subretinal væske drænet via riften. Endolaser i 3 rækker omkring riften og 360 gr. perifert. Væske-luft-udskiftning, PFCL fjernet fuldstændigt. Udskiftning til 20 % SF6. Porte fjernet, sklerotomier tætte. Subkonjunktivalt cefuroxim og dexamethason.
Komplikationer: Ingen. Ingen iatrogene huller.
""",
            ),
        ],
        "medications": [
            ("S01CA01", "dexamethason/chloramphenicol øjendråber", "1 dråbe x 4 hø. øje"),
            ("N02BE01", "paracetamol", "1 g x 4 p.n."),
        ],
        "labs": [],
        "codes": [("DH330A1", "A"), ("DH442", "B")],
        "evidence": [
            ("DH330A1", "bulløs nethindeløsning fra kl. 9 til kl. 3 over kl. 12, makula løs"),
            ("DH330A1", "Rhegmatogen nethindeløsning hø. øje, makula off, uden PVR"),
            ("DH330A1", "Rhegmatogen nethindeløsning, makula off", "", 1),
            ("DH442", "Kendt med høj myopi"),
            ("DH442", "Degenerativ (høj) myopi bilat."),
        ],
        "distractors": [
            ("DH333", "Tidl. laserbehandlet for hul i nethinden på ve. øje 2021", "history"),
            ("DE119", "Ingen diabetes", "negated"),
            ("DS059", "Intet traume mod øjnene", "negated"),
            ("DH401", "Far har grøn stær", "family"),
            ("DH330B", "Ingen proliferativ vitreoretinopati", "negated"),
            ("DH333", "ingen nye huller", "negated"),
            ("DT812X", "Ingen iatrogene huller", "negated", "", 1),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW4-29",
        "department": "Dermatologisk afdeling",
        "specialty": "dermatologi",
        "patient": {"age": 48, "sex": "M"},
        "admission": {"start": "2025-03-17", "end": "2025-03-28"},
        "notes": [
            """Epikrise – Dermatologisk afdeling, sengeafsnit

Indlagt 17.03.2025, udskrevet 28.03.2025.

Indlæggelsesårsag: Generaliseret rødme og skælning af huden, kulderystelser.

Anamnese:
48-årig mand, chauffør. Psoriasis vulgaris siden 20-årsalderen. Methotrexat 2019-2022, seponeret pga. forhøjede levertal. Set af reumatolog jan. 2025 pga. ledsmerter og morgenstivhed – psoriasisartritis (daktylitis ve. 2. tå, DIP-artritis, entesitis ve. hæl), ikke startet systemisk beh. Far har psoriasis. Alkohol ca. 15 genst./uge, ryger 15 cig./dag.
Aktuelt: Stoppede selv med clobetasol-creme for 3 uger siden, siden udbredning fra de kendte plaques til hele kroppen. Fryser og ryster.

Obj.: Temp. 37,9. BT 128/76, P 104. Erytem og skælning på > 90 % af huden inkl. ansigt – erytrodermi. Ingen pustler. Negle med pitting. Pølsetå ve. 2. tå, hævede DIP-led hø. 2.-3. finger. Slimhinder fri.
Paraklinik: CRP 48, albumin 29, kreatinin 96, ALAT 52. Bloddyrkning neg. Screening før biologisk beh. negativ.
Rtg. hænder og fødder: erosioner DIP hø. 3. finger og periostal nydannelse ve. 2. tå, forenelig med psoriasisartritis.
Hudbiopsi: psoriasiform hyperplasi med parakeratose, forenelig med erytrodermisk psoriasis. Ingen tegn på lægemiddeludslæt eller kutant T-celle-lymfom.

Vurdering: Erytrodermisk psoriasis udløst af brat ophør med potent steroid. Aktiv psoriasisartritis.

Forløb:
Fedtcreme x 3 dgl., mometason under forbinding de første dage, varme og væske. Ingen tegn på sepsis. Ciclosporin 3 mg/kg startet dag 2, BT og kreatinin uændrede. Dag 6 erytem på ca. 50 %, dag 10 ca. 20 % af huden. Afebril fra dag 3. Ledsmerter lindret med naproxen + pantoprazol. Efter konference med reumatolog planlægges IL-17-hæmmer til hud og led.

Diagnoser:
- Erytrodermisk psoriasis.
- Psoriasisartritis med daktylitis og DIP-artritis.

Plan: Ciclosporin til biologisk beh. er startet, BT og kreatinin hver 2. uge. Steroidcreme må ikke stoppes brat. Kontrol i dermatologisk amb. om 2 uger sammen med reumatologi.
"""
        ],
        "medications": [
            ("L04AD01", "ciclosporin", "125 mg x 2"),
            ("D07AC13", "mometason creme", "x 1 på krop, aftrappes"),
            ("M01AE02", "naproxen", "500 mg x 2"),
            ("A02BC02", "pantoprazol", "40 mg x 1"),
        ],
        "labs": [
            ("NPU19748", "C-reaktivt protein [CRP];P", 48, "mg/L", None, 8),
            (None, "Albumin;P", 29, "g/L", 36, 48),
            (None, "Alanintransaminase [ALAT];P", 52, "U/L", 10, 70),
        ],
        "codes": [("DL408B", "A"), ("DL405", "B")],
        "evidence": [
            ("DL408B", "erytrodermi"),
            ("DL408B", "Erytrodermisk psoriasis udløst af brat ophør"),
            ("DL408B", "Erytrodermisk psoriasis.", "Diagnoser:"),
            ("DL405", "psoriasisartritis (daktylitis ve. 2. tå"),
            ("DL405", "Aktiv psoriasisartritis"),
            ("DL405", "Psoriasisartritis med daktylitis og DIP-artritis"),
        ],
        "distractors": [
            ("DL409", "Far har psoriasis", "family"),
            ("DL401", "Ingen pustler", "negated"),
            ("DL270", "Ingen tegn på lægemiddeludslæt", "negated"),
            ("DC840", "kutant T-celle-lymfom", "negated"),
            ("DA419", "Ingen tegn på sepsis", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW4-30",
        "department": "Karkirurgisk afdeling",
        "specialty": "karkirurgi",
        "patient": {"age": 74, "sex": "M"},
        "admission": {"start": "2025-10-06", "end": "2025-10-17"},
        "notes": [
            (
                "epikrise",
                """Epikrise – Karkirurgisk afdeling

Indlagt akut 06.10.2025 fra fodsårsambulatoriet, udskrevet 17.10.2025 til eget hjem.

Indlæggelsesårsag: Sort 2. tå hø. fod, hvilesmerter.

Anamnese:
74-årig mand, pens. landmand, gift. Ryger 10-15 cig./dag (ca. 50 pakkeår).
Kendt med:
- Type 2-diabetes siden 2009 i insulin (Tresiba 30 E) + metformin, HbA1c 71. Nefropati ikke kendt (U-albumin/kreatinin normal 2025), øjenscreening 2024 uden retinopati.
- Claudicatio hø. ben ca. 100 m siden 2022, ikke tidl. revaskulariseret.
- St.p. AMI 2016, PCI. Ingen angina siden. Magnyl og atorvastatin.
Bror amputeret under knæet pga. åreforkalkning.

Aktuelt: Fik for 3 uger siden et trykmærke på tåen af en for stram støvle. Siden blålig misfarvning af 2. tå hø., nu sort og tør, samt hvilesmerter i forfoden om natten – sover i stolen med benet hængende. Ingen feber.

Obj.: Afebril. BT 162/80, P 76 reg.
Hø. fod: tør, sort gangræn af 2. tå til MTP-leddet, skarpt afgrænset, ingen væsken, ingen pus, let rødme omkring tåbasis (demarkation), ingen lymfangitis. Kølig forfod, forlænget kapillærrespons. A. femoralis palp. bilat., ingen puls i a. poplitea, a. dorsalis pedis eller a. tibialis posterior hø. Ve.: svage fodpulse. Sensibilitet for monofilament bevaret bilat.
Ankeltryk hø. 54 mmHg (ABI 0,33), tåtryk hø. 1. tå 18 mmHg, 2. tå ikke målbart. Ve.: ankeltryk 110 mmHg, ABI 0,68.
Rtg. hø. fod: ingen tegn på osteomyelitis, ingen luft i bløddele.
Paraklinik: CRP 24, leuk 9,1, Hb 8,0, kreatinin 88, BS 12-16.

Vurdering: Kritisk iskæmi hø. ben med tør gangræn af 2. tå hos pt. med DM2 og perifer aterosklerose. Ikke inficeret. Angiografi mhp. revaskularisering før amputation.

Forløb:
06.10.: Smertebehandling med oxycodon depot + p.n., insulin efter skema, tør forbinding på tåen.
07.10.: CT-angiografi: aterosklerotiske forandringer aortoiliakalt uden signifikant stenose. Hø.: 80 % stenose af a. femoralis superficialis distalt, okklusion af a. tibialis anterior og posterior, a. fibularis åben til ankelniveau med ringe fodbue.
08.10.: Konference: endovaskulær behandling. PTA af a. femoralis superficialis og a. tibialis anterior hø. via antegrad adgang i lysken. God angiografisk effekt med flow til fodbuen. Hæmostase med lukkedevice. Clopidogrel tillagt.
09.10.: Fod varmere, tåtryk 1. tå 46 mmHg. Mindre hvilesmerter. Lysken uden hæmatom.
10.10.: Amputation af 2. tå hø. i MTP-leddet (se operationsbeskrivelse). Såret lukket løst.
11.-12.10.: Sårkanter vitale, let sivning. Aflastningssko, mobiliseret med rollator og fysioterapeut.
13.10.: BS 14-18 – insulin justeret (Tresiba øget til 36 E) efter tilsyn fra endokrinologisk afd. Ingen hypoglykæmi.
14.-15.10.: Såret pænt, ingen infektionstegn. Dyrkning fra knoglen: ingen vækst. Histologi: nekrose af tåen, resektionsrand uden osteomyelitis.
16.10.: Sygeplejerske fra fodsårsambulatoriet har set såret og lagt plan for sårpleje. Rygestopsamtale, pt. vil forsøge.
17.10.: Udskrives.

Diagnoser:
1. Type 2-diabetes med gangræn af 2. tå hø. fod.
2. Aterosklerose i hø. underekstremitet med kritisk iskæmi og gangræn; PTA af AFS og a. tibialis anterior hø.

Medicinændringer: Clopidogrel 75 mg x 1 i 3 mdr. sammen med Magnyl. Tresiba 36 E. Atorvastatin øget til 80 mg.

Plan:
Sårkontrol i fodsårsambulatoriet om 1 uge, suturfjernelse efter 14-21 dage.
Aflastende fodtøj; bandagist tilpasser indlæg, når såret er helet.
Duplex-UL af de behandlede kar om 6 uger i karkirurgisk amb.
Fortsat diabetesopfølgning i endokrinologisk amb. Fodterapeut hver 6. uge.
""",
            ),
            (
                "operationsbeskrivelse",
                """Operation: Amputation af 2. tå hø. fod i MTP-leddet.
Indikation: Tør gangræn af 2. tå hø. ved DM2 og perifer aterosklerose, revaskulariseret 08.10. med PTA.
Anæstesi: Ankelblok.
Procedure: Ketcherformet incision omkring basis af 2. tå med kort dorsal forlængelse. Huden bløder fra incisionen og er vital. Eksartikulation i MTP-leddet, brusken fjernes fra metatarsalhovedet med luer. Senerne afkortes. Bløddelene vitale, ingen pus, ingen nekrose proksimalt. Knoglestykke til dyrkning og histologi. Skylning. Løs lukning med enkeltknuder Ethilon 3-0. Tør forbinding.
Komplikationer: Ingen.
""",
            ),
        ],
        "medications": [
            ("B01AC04", "clopidogrel", "75 mg x 1 i 3 mdr."),
            ("B01AC06", "acetylsalicylsyre (Magnyl)", "75 mg x 1"),
            ("C10AA05", "atorvastatin", "80 mg x 1"),
            ("A10AE06", "insulin degludec (Tresiba)", "36 E x 1"),
            ("A10BA02", "metformin", "1 g x 2"),
            ("N02AA05", "oxycodon depot", "10 mg x 2"),
        ],
        "labs": [
            ("NPU19748", "C-reaktivt protein [CRP];P", 24, "mg/L", None, 8),
            (None, "Hæmoglobin A1c (IFCC);Hb(B)", 71, "mmol/mol", None, 48),
            ("NPU02319", "Hæmoglobin;B", 8.0, "mmol/L", 8.3, 10.5),
        ],
        "codes": [("DE115C", "A"), ("DI702A", "B")],
        "evidence": [
            ("DE115C", "tør gangræn af 2. tå hos pt. med DM2"),
            ("DE115C", "Type 2-diabetes med gangræn af 2. tå hø. fod"),
            ("DE115C", "Tør gangræn af 2. tå hø. ved DM2", "", 1),
            ("DI702A", "Kritisk iskæmi hø. ben med tør gangræn"),
            ("DI702A", "80 % stenose af a. femoralis superficialis distalt"),
            ("DI702A", "Aterosklerose i hø. underekstremitet med kritisk iskæmi og gangræn"),
        ],
        "distractors": [
            ("DE112", "Nefropati ikke kendt", "negated"),
            ("DE113", "uden retinopati", "negated"),
            ("DI219", "St.p. AMI 2016", "history"),
            ("DI709", "Bror amputeret under knæet pga. åreforkalkning", "family"),
            ("DM869", "ingen tegn på osteomyelitis", "negated"),
            ("DT810H", "Lysken uden hæmatom", "negated"),
        ],
    }
)
