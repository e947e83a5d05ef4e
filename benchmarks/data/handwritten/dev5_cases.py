"""The fifth development set of hand-written discharge cases (README.md, "The fifth development set").

Written by hand in the same source format as ``CASES`` in build_cases.py: notes as strings or
("type", "text"), medications (atc, name, dose), labs (npu, name, value, unit, low, high), codes
(code, "A"/"B"), evidence (code, phrase[, anchor[, note]]) and distractors (code, phrase, kind[, anchor[,
note]]). ``python benchmarks/data/handwritten/build_cases.py`` turns them into ``dev5.jsonl``.

Like the other development sets these cases are meant for tuning: read them, write rules against them and
choose between variants on them. They were first scored before anything was tuned on them (README.md gives
those figures).
"""

# The notes are kept line for line as written (a line is a paragraph), so their lines run long.
# ruff: noqa: E501

from __future__ import annotations

CASES: list[dict] = []

CASES.append(
    {
        "case_id": "HW5-01",
        "department": "Medicinsk gastroenterologisk afdeling",
        "specialty": "gastroenterologi",
        "patient": {"age": 41, "sex": "M"},
        "admission": {"start": "2025-03-08", "end": "2025-03-10"},
        "notes": [
            """Epikrise – Gastroenterologisk sengeafsnit

Indlæggelsesårsag: Blodigt opkast.

Anamnese: 41-årig mand, tømrer, samboende. Tidl. rask. Ingen fast medicin, ingen AK-beh., ingen NSAID. Ryger 10 cig./dag. Alkohol: på hverdage 2-3 øl, i weekenderne ofte 15-20 genstande. Far død af levercirrose som 58-årig.
Fredag aften firmafest med betydeligt alkoholindtag. Natten til lørdag gentagne kraftige opkastninger (6-8 gange), herefter frisk rødt blod i opkastet, anslået en halv kop. Ingen mavesmerter forud. Let svimmel ved rejsning.

Obj.: Bleg, let klam. BT 108/64, P 104, SAT 98 %, temp. 36,9. Abd. blød, let øm i epigastriet, ingen peritoneal reaktion. Ingen leverstigmata. Rektaleksploration: brun fæces, ingen melæna.
Promille 0,8 ved ankomst kl. 07.40.

Paraklinik: Hb 7,4 -> 6,3 næste morgen. Trombocytter 212. INR 1,0. ALAT 61, GGT 118, bilirubin 14.

Forløb: Glasgow-Blatchford score 7. Pantoprazol 80 mg i.v. bolus + infusion. Gastroskopi kl. 11: ca. 1,5 cm longitudinel slimhinderift på cardiasiden af GE-overgangen med adhærent koagel, ingen aktiv blødning. Behandlet med 2 hæmoclips. Ingen øsofagusvaricer. Intet ulcus i ventrikel eller duodenum.
Boerhaave overvejet, men ingen brystsmerter og rtg. thorax uden fri luft - ikke mistanke om perforation.
Dag 2: Hb 6,3, transfunderet med 2 portioner SAG, Hb herefter 7,5. Ingen fornyet hæmatemese. Flydende kost, derefter almindelig kost.
UL af lever: normal ekkostruktur, ingen tegn på cirrose, normal milt.
Alkohol: ingen abstinenser, ingen morgendrik - vurderes som skadeligt alkoholforbrug, ikke afhængighed. Takker ja til henvisning til alkoholambulatoriet.

Konklusion:
1. Mallory-Weiss-læsion ved cardia efter gentagne opkastninger, endoskopisk behandlet med clips.
2. Akut blødningsanæmi, transfunderet 2 SAG.
3. Skadeligt alkoholforbrug.

Plan: Pantoprazol 40 mg x 2 i 14 dage, herefter stop. Hb hos e.l. om 1 uge. Alkoholambulatoriet indkalder. Ingen ny gastroskopi.
"""
        ],
        "medications": [
            ("A02BC02", "pantoprazol", "40 mg x 2 i 14 dage"),
        ],
        "labs": [
            ("NPU02319", "Hæmoglobin;B", 6.3, "mmol/L", 8.3, 10.5),
            ("NPU03568", "Trombocytter;B", 212, "10^9/L", 145, 390),
            (None, "Ethanol;P", 0.8, "promille", None, None),
        ],
        "codes": [("DK226", "A"), ("DD629", "B"), ("DF101", "B")],
        "evidence": [
            ("DK226", "ca. 1,5 cm longitudinel slimhinderift"),
            ("DK226", "Mallory-Weiss-læsion ved cardia"),
            ("DD629", "Hb 7,4 -> 6,3"),
            ("DD629", "Akut blødningsanæmi, transfunderet 2 SAG"),
            ("DF101", "vurderes som skadeligt alkoholforbrug"),
            ("DF101", "Skadeligt alkoholforbrug."),
        ],
        "distractors": [
            ("DK703", "Far død af levercirrose som 58-årig", "family"),
            ("DK921", "ingen melæna", "negated"),
            ("DI850", "Ingen øsofagusvaricer", "negated"),
            ("DK259", "Intet ulcus i ventrikel eller duodenum", "negated"),
            ("DK223", "ikke mistanke om perforation", "negated"),
            ("DK746G", "ingen tegn på cirrose", "negated"),
            ("DF102", "ikke afhængighed", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW5-02",
        "department": "Lungemedicinsk afdeling",
        "specialty": "lungemedicin",
        "patient": {"age": 67, "sex": "F"},
        "admission": {"start": "2025-01-13", "end": "2025-01-21"},
        "notes": [
            """Epikrise – Lungemedicinsk afdeling

Indlagt 13.01.2025 via FAM. Udskrevet 21.01.2025.

Indlæggelsesårsag: Tiltagende hoste, purulent ekspektorat og åndenød - infektiøs eksacerbation af kendte bronkiektasier.

Anamnese:
67-årig kvinde, pens. kontorassistent, bor med ægtefælle i hus, selvhjulpen. Aldrig ryger. Alkohol sparsomt.
Kendt med:
- Bronkiektasier (ikke-CF) i begge underlapper og mellemlappen, diagnosticeret ved HRCT 2016. Formodet postinfektiøs genese efter mæslinger og kighoste som barn. Svedtest og CFTR-genanalyse 2016 normale, dvs. CF er udelukket. IgG, IgA, IgM og pneumokok-antistoffer normale.
- Kronisk kolonisering med Pseudomonas siden 2021, 2-3 eksacerbationer årligt. Inhalerer colistin (Promixin) x 2 dgl. og laver daglig airway clearance med PEP-fløjte.
- Hypothyreose, Eltroxin 100 mikrog.
Ingen kendt KOL (spirometri 2024: FEV1 1,42 l = 68 % af forventet, FEV1/FVC 0,74 efter bronkodilatator). Ingen kendt hjertesygdom.

Aktuelt:
Ca. 10 dage med forkølelse, herefter tiltagende hoste og mere grønligt, sejt ekspektorat (ca. en halv kop dgl. mod normalt 1-2 spsk.), feber op til 38,6 og åndenød ved let anstrengelse. E.l. startede ciprofloxacin 500 mg x 2 for 5 dage siden uden effekt. Ingen hæmoptyse. Ingen brystsmerter, ingen ødemer.

Obj. ved indlæggelse:
Medtaget, taler i korte sætninger. Temp. 38,3, BT 128/74, P 102, RF 26, SAT 86 % på atm. luft. St.p.: grovboblede krepitationer og ronchi basalt bilat., mest hø., ingen dæmpning. St.c.: regelmæssig aktion, ingen mislyde. Ingen ankelødemer, lægge bløde.

Paraklinik ved indlæggelse:
A-gas (atm. luft): pH 7,44, pO2 7,2 kPa, pCO2 4,6 kPa, HCO3 24. Vurd.: akut hypoksisk respirationsinsufficiens (type 1), ingen hyperkapni.
CRP 148, leuk 14,2 (neutrofile 11,8). Krea 71, eGFR > 80. TSH 2,4.
Rtg. thorax: kendte bronkiektatiske forandringer basalt bilat. med fortykkede bronkievægge, ingen nye infiltrater, ingen pleuraeffusion, ingen pneumothorax.
EKG: sinustakykardi 102, ingen iskæmi.

Forløb:
Dag 1: Ilt på næsekateter 2 l, SAT 92-94 %. Ekspektorat til dyrkning inkl. mykobakterier. Bloddyrkning x 2. Opstartet empirisk i.v. piperacillin/tazobactam 4 g x 4 + tobramycin 5 mg/kg x 1 (dobbelt antipseudomonal dækning jf. tidl. resistensmønster). Inh. colistin pauseret under tobramycin. Fysioterapi: PEP og huffing x 3 dgl.
Dag 2: Fortsat febril 38,4, ilt 2 l. D-dimer 1,1 - pga. takykardi og hypoksi overvejet lungeemboli, men Wells-score lav og klinikken bedre forklaret af eksacerbationen; LE vurderet usandsynlig, CT-angiografi ikke indiceret.
Dag 3: Ekspektorat: rigelig vækst af Pseudomonas aeruginosa, følsom for piperacillin/tazobactam, ceftazidim og tobramycin, resistent for ciprofloxacin (forklarer manglende effekt af behandlingen hos e.l.). Bloddyrkninger negative. Afebril fra aftenen. Tobramycin-dalværdi < 0,5, krea uændret.
Dag 4: CRP 148 -> 62. Ilt trappet ned til 1 l, SAT 93 % i hvile.
Dag 5: Ilt seponeret, SAT 94 % på atm. luft i hvile, 90 % ved gang på gangen. Ekspektorat mindre og lysere.
Dag 6: Tobramycin stoppet efter 5 dages kombinationsbehandling, krea 74. Fortsætter piperacillin/tazobactam. Aspergillus-IgG og total-IgE normale - ABPA afkræftet.
Dag 7: CRP 18. Mobiliseret, går på trapper med fysioterapeut. Mykobakteriemikroskopi negativ, dyrkning afventes (ingen klinisk mistanke om NTM).
Dag 8: PICC-line anlagt ve. overarm. Udskrives til fortsat i.v. behandling i hjemmet via OPAT-teamet, da der ikke findes relevant peroral behandling (ciprofloxacin-resistens).

Konklusion:
1. Infektiøs eksacerbation af bronkiektasier (ikke-CF) med Pseudomonas aeruginosa, ciprofloxacin-resistent.
2. Akut hypoksisk respirationsinsufficiens, nu ophørt.
3. Hypothyreose, uændret behandling.

Medicin ved udskrivelse: Piperacillin/tazobactam 4 g x 4 i.v. via PICC til og med 26.01. Eltroxin 100 mikrog x 1. Colistin inh. 1 mio. IE x 2 genoptages 27.01. Paracetamol 1 g x 3 p.n.

Plan:
- OPAT-teamet følger op 2 x ugtl. med CRP og krea; PICC-line fjernes efter sidste dosis.
- Kontrol i lungemedicinsk ambulatorium om 6 uger med spirometri og ekspektoratdyrkning.
- Overvej vedligeholdelsesbehandling med azithromycin 3 x ugtl. mhp. færre eksacerbationer; EKG med QTc og negativ NTM-dyrkning skal foreligge før opstart.
- Influenza- og pneumokokvaccination anbefalet, ikke givet i år.
"""
        ],
        "medications": [
            ("J01CR05", "piperacillin/tazobactam", "4 g x 4 i.v. til og med 26.01"),
            ("J01GB01", "tobramycin", "5 mg/kg x 1 i.v. (dag 1-5)"),
            ("J01XB01", "colistin inhalation (Promixin)", "1 mio. IE x 2"),
            ("H03AA01", "levothyroxin (Eltroxin)", "100 mikrog x 1"),
        ],
        "labs": [
            ("NPU19748", "C-reaktivt protein [CRP];P", 148, "mg/L", None, 8),
            ("NPU02593", "Leukocytter;B", 14.2, "10^9/L", 3.5, 8.8),
            (None, "Oxygen partialtryk;aB", 7.2, "kPa", 9.6, 13.8),
            ("NPU18016", "Kreatinin;P", 71, "µmol/L", 45, 90),
        ],
        "codes": [("DJ479", "A"), ("DB965", "B"), ("DJ960", "B"), ("DE039", "B")],
        "evidence": [
            ("DJ479", "infektiøs eksacerbation af kendte bronkiektasier"),
            ("DJ479", "Infektiøs eksacerbation af bronkiektasier (ikke-CF)"),
            ("DB965", "rigelig vækst af Pseudomonas aeruginosa"),
            ("DB965", "med Pseudomonas aeruginosa, ciprofloxacin-resistent"),
            ("DJ960", "akut hypoksisk respirationsinsufficiens (type 1)"),
            ("DJ960", "Akut hypoksisk respirationsinsufficiens, nu ophørt"),
            ("DE039", "Hypothyreose, Eltroxin 100 mikrog"),
            ("DE039", "Hypothyreose, uændret behandling"),
        ],
        "distractors": [
            ("DA379", "kighoste som barn", "history"),
            ("DE849", "CF er udelukket", "negated"),
            ("DD809", "IgG, IgA, IgM og pneumokok-antistoffer normale", "negated"),
            ("DJ449", "Ingen kendt KOL", "negated"),
            ("DR042", "Ingen hæmoptyse", "negated"),
            ("DJ189", "ingen nye infiltrater", "negated"),
            ("DJ939", "ingen pneumothorax", "negated"),
            ("DI269", "LE vurderet usandsynlig", "negated"),
            ("DB448", "ABPA afkræftet", "negated"),
            ("DA310", "ingen klinisk mistanke om NTM", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW5-03",
        "department": "Infektionsmedicinsk afdeling",
        "specialty": "infektionsmedicin",
        "patient": {"age": 74, "sex": "F"},
        "admission": {"start": "2025-06-02", "end": "2025-06-06"},
        "notes": [
            """Epikrise – Infektionsmedicinsk afd.

Indl.årsag: Blæreudslæt og smerter ve. pande og øje.

74-årig kvinde, enke, bor alene, selvhjulpen. Kendt med DM2 (metformin 500 mg x 2, dosis reduceret pga. nyrefunktionen, HbA1c 54) og kronisk nyreinsufficiens stadie 3b (eGFR 35-40, tolket som nefrosklerose, ingen albuminuri). Skoldkopper som barn. Ikke vaccineret mod helvedesild.

Anamnese: 4 dage med brændende smerter i ve. pande, 2 dage senere blærer. I går rødt, lysfølsomt ve. øje og sløret syn. Ingen hovedpine ud over det lokale, ingen konfusion, ingen feber.

Obj.: Vesikulært, delvis krusteret udslæt i ve. V1-dermatom inkl. næsetip (Hutchinsons tegn). Ve. øjenlåg hævet. Konjunktiva injiceret. Visus hø. 0,8, ve. 0,5. Neurologisk upåfaldende, ingen meningisme.

Øjenlægetilsyn dag 1: Herpes zoster ophthalmicus ve. med keratokonjunktivitis: pseudodendritter og punktformede epiteldefekter i cornea, udtalt konjunktival injektion. Forkammer roligt, ingen iritis. Tryk 16 mmHg. Fundus: ingen tegn på retinitis.

Paraklinik: CRP 12, leuk 7,8. Krea 128, eGFR 36. BS 11-14. PCR fra vesikel: VZV positiv.

Forløb: Aciclovir i.v. dosisjusteret efter nyrefunktionen (10 mg/kg x 2), aciclovir øjensalve x 5 dgl. og paracetamol. Gabapentin 100 mg x 3 (nyredosis).
Metformin pauseret under i.v. aciclovir; BS styret med korttidsvirkende insulin efter skema (BS 9-15). Krea 128 -> 134 -> 126, ingen tegn på akut nyreskade.
Dag 3: Udslættet tørrer ind, ingen nye blærer. Øjenkontrol: cornea i bedring, visus ve. 0,6.
Dag 5: Skiftet til valaciclovir 1 g x 2 p.o. (nyredosis) til i alt 10 dages behandling. Smerterne VAS 3.

Konklusion: Herpes zoster ophthalmicus ve. med keratokonjunktivitis. DM2 - metformin pauseret, genoptages. Kronisk nyreinsufficiens stadie 3b - antiviral dosis tilpasset.

Plan: Valaciclovir 1 g x 2 til og med 11.06. Aciclovir øjensalve indtil øjenlægen siger stop. Øjenkontrol 09.06. Metformin genoptages efter endt antiviral beh. Krea hos e.l. om 1 uge.
"""
        ],
        "medications": [
            ("J05AB11", "valaciclovir", "1 g x 2 til og med 11.06"),
            ("S01AD03", "aciclovir øjensalve", "x 5 dgl. ve. øje"),
            ("N03AX12", "gabapentin", "100 mg x 3"),
            ("A10BA02", "metformin", "500 mg x 2 (pauseret)"),
        ],
        "labs": [
            ("NPU18016", "Kreatinin;P", 128, "µmol/L", 45, 90),
            ("NPU19748", "C-reaktivt protein [CRP];P", 12, "mg/L", None, 8),
        ],
        "codes": [("DB023F", "A"), ("DE119", "B"), ("DN183", "B")],
        "evidence": [
            ("DB023F", "Herpes zoster ophthalmicus ve. med keratokonjunktivitis"),
            ("DB023F", "Herpes zoster ophthalmicus ve. med keratokonjunktivitis.", "Konklusion"),
            ("DE119", "DM2 (metformin 500 mg x 2"),
            ("DE119", "DM2 - metformin pauseret"),
            ("DN183", "kronisk nyreinsufficiens stadie 3b"),
            ("DN183", "Kronisk nyreinsufficiens stadie 3b - antiviral dosis tilpasset"),
        ],
        "distractors": [
            ("DB019", "Skoldkopper som barn", "history"),
            ("DB021", "ingen meningisme", "negated"),
            ("DB023D", "ingen iritis", "negated"),
            ("DN179", "ingen tegn på akut nyreskade", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW5-04",
        "department": "Kardiologisk afdeling",
        "specialty": "kardiologi",
        "patient": {"age": 72, "sex": "M"},
        "admission": {"start": "2025-02-03", "end": "2025-02-11"},
        "notes": [
            """Epikrise – Kardiologisk afdeling, sengeafsnit B2

Indlagt 03.02.2025, udskrevet 11.02.2025.

Indlæggelsesårsag: Åndenød og uro i brystet. Atrieflagren med hurtig ventrikelrespons og inkompenseret hjertesvigt.

Anamnese:
72-årig mand, pens. lastbilchauffør, gift, bor i rækkehus. Eks-ryger (40 pakkeår, stop 2012). Alkohol ca. 10 genst./uge.
Kendt med:
- DM2 siden 2009 med diabetisk nefropati (albuminuri), Toujeo 26 E + metformin 1 g x 2, HbA1c 61.
- Kronisk nyresygdom stadie 3b, eGFR 35-40.
- Hypertension, amlodipin 10 mg + losartan 50 mg.
- TCI 2019 (forbigående talebesvær), fuldt restitueret, ASA siden.
- Ingen kendt hjertesygdom; ekko 2021 (præoperativt før hernieoperation) med normal LVEF.
Disp.: bror har atrieflimren og pacemaker.

Aktuelt:
3 uger med tiltagende åndenød, nu ved påklædning, sover på 2 puder, natlig hoste og ca. 5 kg vægtøgning med hævede ben. Mærker uro i brystet. Ingen brystsmerter, ingen synkope.

Obj.:
BT 146/92, P 148 regelmæssig, RF 24, SAT 91 % atm., temp. 36,8. Halsvenestase. St.c.: hurtig regelmæssig aktion, ingen mislyde. St.p.: krepitationer basalt bilat. op til midt på scapula, nedsat respirationslyd basalt hø. Pittende ødemer til knæene bilat.
EKG: regelmæssig smalkomplekset takykardi 148/min; efter adenosin 6 mg i.v. ses savtakkede flagrebølger, negative i II, III og aVF, 2:1-overledning - typisk atrieflagren (mod urets retning), atriefrekvens ca. 290/min.

Paraklinik ved indlæggelse: NT-proBNP 6.850. Troponin T 28 -> 31 (stabilt let forhøjet). Krea 168 (habituelt 150), eGFR 34. K 4,9. Hb 7,9. TSH 1,9.
Rtg. thorax: kardiomegali, lungestase og mindre pleuraeffusion bilat., mest hø.

Forløb:
Dag 1: Furosemid 80 mg i.v. x 2. Frekvenskontrol med metoprolol (Selo-Zok) 25 mg x 2, digoxin undladt pga. nyrefunktionen. Amlodipin seponeret. Opstartet apixaban 5 mg x 2 (CHA2DS2-VASc 6: alder, HT, DM, TCI og hjertesvigt), ASA seponeret. Metformin pauseret, insulin reduceret pga. nedsat fødeindtag.
Dag 2: Ekko: LVEF 30 %, globalt hypokinetisk ve. ventrikel, ikke dilateret, ingen regionale udfald, let-moderat funktionel MI, TAPSE 14, estimeret sPAP 45 mmHg. Tolkes som hjertesvigt med reduceret EF (HFrEF), sandsynligvis takykardimedieret, da ekko 2021 var normalt. Troponin-forløbet vurderet som type 2-myokardieskade, ikke AMI.
Dag 3: Fortsat flagren 110-130/min trods metoprolol 50 mg x 2. Diurese 3,5 l, vægt -2,8 kg. Krea 175, K 4,6.
Dag 4: TEE: ingen trombe i ve. aurikel. DC-konvertering 100 J bifasisk i propofol-sedation til sinusrytme 78.
Dag 5: Recidiv af atrieflagren med 2:1-overledning om natten. Konference: pt. tilbydes kateterablation af cavotrikuspidale isthmus (CTI).
Dag 6: CTI-ablation ukompliceret, bidirektionelt blok opnået. Herefter stabil sinusrytme. Iskæmisk genese til den nedsatte EF vurderes mindre sandsynlig; KAG planlægges kun, hvis EF ikke normaliseres.
Dag 7: Sinusrytme 70. Vægt i alt -6,1 kg, ødemerne næsten væk, SAT 96 % atm. Krea 161, K 4,8. Opstartet dapagliflozin 10 mg (hjertesvigt + diabetisk nyresygdom). Metformin genoptaget i reduceret dosis 500 mg x 2. Losartan bibeholdt; spironolacton ikke startet pga. K 4,8 og eGFR.
Dag 8: Mobiliseret, går 200 m uden åndenød. Furosemid p.o. 40 mg x 1. Udskrives.

Konklusion:
1. Typisk atrieflagren (mod urets retning) med hurtig ventrikelrespons, DC-konverteret, recidiv, behandlet med CTI-ablation.
2. Inkompenseret hjertesvigt med reduceret EF (HFrEF, LVEF 30 %), formentlig takykardiinduceret.
3. DM2 med diabetisk nefropati.
4. Kronisk nyresygdom stadie 3b.
5. Hypertension.
Ikke AMI. Ingen trombe i ve. atrium.

Medicin ved udskrivelse: Apixaban 5 mg x 2. Metoprolol 50 mg x 2. Furosemid 40 mg x 1. Dapagliflozin 10 mg x 1. Losartan 50 mg x 1. Metformin 500 mg x 2. Toujeo 18 E x 1 (før 26 E). ASA og amlodipin seponeret.

Plan:
- Apixaban fortsættes mindst 3 mdr. efter ablationen og formentlig livslangt pga. CHA2DS2-VASc 6. Holter-monitorering om 3 mdr. mhp. AFLI, da atrieflagren ofte efterfølges af atrieflimren.
- Kontrol i hjertesvigtsklinikken om 3 uger: væskestatus, krea og K, optitrering af metoprolol og evt. skift fra losartan til sacubitril/valsartan.
- Nyt ekko om 3 mdr.; er LVEF fortsat < 40 %, planlægges KAG.
- Krea og K hos e.l. om 1 uge. Daglig vejning; kontakt ved vægtøgning > 2 kg på 3 dage.
"""
        ],
        "medications": [
            ("B01AF02", "apixaban", "5 mg x 2"),
            ("C07AB02", "metoprolol (Selo-Zok)", "50 mg x 2"),
            ("C03CA01", "furosemid", "40 mg x 1"),
            ("A10BK01", "dapagliflozin", "10 mg x 1"),
            ("C09CA01", "losartan", "50 mg x 1"),
            ("A10BA02", "metformin", "500 mg x 2"),
            ("A10AE04", "insulin glargin (Toujeo)", "18 E x 1"),
        ],
        "labs": [
            (None, "NT-proBNP;P", 6850, "ng/L", None, 300),
            (None, "Troponin T;P", 31, "ng/L", None, 14),
            ("NPU18016", "Kreatinin;P", 168, "µmol/L", 60, 105),
            ("NPU03230", "Kalium;P", 4.9, "mmol/L", 3.5, 4.4),
            ("NPU02319", "Hæmoglobin;B", 7.9, "mmol/L", 8.3, 10.5),
        ],
        "codes": [("DI489AA", "A"), ("DI501G", "B"), ("DE112", "B"), ("DN183", "B"), ("DI109", "B")],
        "evidence": [
            ("DI489AA", "typisk atrieflagren (mod urets retning)"),
            ("DI489AA", "Typisk atrieflagren (mod urets retning) med hurtig ventrikelrespons"),
            ("DI501G", "hjertesvigt med reduceret EF (HFrEF)"),
            ("DI501G", "Inkompenseret hjertesvigt med reduceret EF (HFrEF, LVEF 30 %)"),
            ("DE112", "DM2 siden 2009 med diabetisk nefropati"),
            ("DE112", "DM2 med diabetisk nefropati."),
            ("DN183", "Kronisk nyresygdom stadie 3b, eGFR 35-40"),
            ("DN183", "Kronisk nyresygdom stadie 3b."),
            ("DI109", "Hypertension, amlodipin 10 mg"),
            ("DI109", "Hypertension.", "Konklusion"),
        ],
        "distractors": [
            ("DG459", "TCI 2019", "history"),
            ("DI489B", "bror har atrieflimren", "family"),
            ("DI219", "ikke AMI", "negated"),
            ("DI513", "ingen trombe i ve. aurikel", "negated"),
            ("DI255", "Iskæmisk genese til den nedsatte EF vurderes mindre sandsynlig", "uncertain"),
            ("DI489B", "Holter-monitorering om 3 mdr. mhp. AFLI", "planned"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW5-05",
        "department": "Akutafdeling",
        "specialty": "akutmedicin",
        "patient": {"age": 29, "sex": "F"},
        "admission": {"start": "2025-04-14", "end": "2025-04-15"},
        "notes": [
            """FAM - epikrise

29-årig kvinde, pædagog. Tidl. rask. Medicin: p-piller (Marvelon, kombineret østrogen/gestagen) siden 19-årsalderen. Ryger ca. 5 cig./dag. BMI 27. Ingen tidl. blodpropper. Mor fik blodprop i benet efter kejsersnit.

Aktuelt: 5 dage med tiltagende smerter og hævelse af ve. læg og knæhase, nu også ømhed på indersiden af låret. Kørte 14 t i bil hjem fra skiferie i Alperne for 8 dage siden. Ingen brystsmerter, ingen åndenød, ingen hoste eller hæmoptyse. Sidste menstruation for 10 dage siden, U-hCG negativ.

Obj.: Upåvirket. BT 122/78, P 76, SAT 99 % atm., temp. 37,1. Ve. underben hævet, omfang 4 cm større end hø. målt 10 cm under tuberositas tibiae, let rødlig-blålig kulør, ømhed langs v. femoralis. Hø. ben u.a. St.p. og St.c. u.a.
D-dimer 3,8.
UL-doppler ve. UE: ikke-komprimerbar v. femoralis communis, v. femoralis og v. poplitea med trombe - proksimal DVT. Bakercyste ikke påvist.

Vurd.: Proksimal dyb venetrombose i ve. v. femoralis og v. poplitea, provokeret af kombineret p-pille og lang bilkørsel. Ingen klinisk mistanke om LE (lav Wells-score for LE, normal SAT), derfor ikke CT-angiografi.

Beh.: Apixaban 10 mg x 2 i 7 dage, herefter 5 mg x 2 i alt 3 mdr. (provokeret). Kompressionsstrømpe ve. ben efter smertegrænse, gerne gåture.
P-pillerne seponeret pga. tromboserisikoen; østrogenholdig prævention frarådes fremover. Vejledt om alternativer (hormonspiral eller kobberspiral) via e.l. eller gynækolog; bruger kondom indtil da, da apixaban ikke må bruges under graviditet. Rådgivet om rygestop.

Plan: Kontrol i tromboseambulatoriet om 3 mdr. mhp. stop af AK-beh. Trombofiliudredning overvejes pga. moderens DVT, tidligst efter endt AK-beh. Ved brystsmerter eller åndenød: ring 1-1-2.
"""
        ],
        "medications": [
            ("B01AF02", "apixaban", "10 mg x 2 i 7 dage, herefter 5 mg x 2"),
        ],
        "labs": [
            (None, "Fibrin D-dimer;P", 3.8, "mg/L FEU", None, 0.5),
        ],
        "codes": [("DI801B", "A")],
        "evidence": [
            ("DI801B", "ikke-komprimerbar v. femoralis communis"),
            ("DI801B", "Proksimal dyb venetrombose i ve. v. femoralis og v. poplitea"),
        ],
        "distractors": [
            ("DI803F", "Mor fik blodprop i benet efter kejsersnit", "family"),
            ("DR042", "ingen hoste eller hæmoptyse", "negated"),
            ("DM712", "Bakercyste ikke påvist", "negated"),
            ("DI269", "Ingen klinisk mistanke om LE", "negated"),
            ("DD686", "Trombofiliudredning overvejes", "planned"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW5-06",
        "department": "Reumatologisk afdeling",
        "specialty": "reumatologi",
        "patient": {"age": 82, "sex": "F"},
        "admission": {"start": "2025-09-22", "end": "2025-09-26"},
        "notes": [
            """Epikrise – Reumatologisk afd.

Indl.: Akut hævet, varmt og smertefuldt hø. knæ, feber.

82-årig kvinde, bor i ældrebolig, går med rollator.
Kendt med: permanent AFLI i AK-beh. med Eliquis 2,5 mg x 2. Hypertension, beh. med Centyl med KCl. Kronisk nyreinsufficiens stadie 3b (eGFR 30-35). St.p. hysterektomi 1988. Ingen tidl. ledsygdom. Søster havde leddegigt.

Aktuelt: 2 dage med hævet, varmt, meget ømt hø. knæ, kan knap støtte på benet. Intet traume. Ikke haft lignende før.

Obj.: Temp. 38,1, BT 148/82, P 84 uregelmæssig. Hø. knæ: tydelig ansamling, varmt, let rødme, fleksion 20-70 grader, meget smertefuld. Huden intakt.
Ledpunktur hø. knæ (under fortsat Eliquis, ukompliceret): 60 ml uklar gul ledvæske. Leuk 22.000/µl, 85 % neutrofile. Polarisationsmikroskopi: rigeligt rhomboide, svagt positivt dobbeltbrydende krystaller (CPP), ingen uratkrystaller. Gramfarvning: ingen bakterier. Dyrkning (endeligt svar dag 3): ingen vækst.
BS: CRP 118, leuk 11,4, krea 132 (eGFR 33), Ca 2,38, Mg 0,78, PTH 5,1, urat 0,34.
Rtg. knæ bilat.: kondrokalcinose i menisker og ledbrusk bilat., ingen fraktur.

Vurd.: Akut pyrofosfatartrit (pseudogout) hø. knæ ved kondrokalcinose. Septisk artrit kan ikke udelukkes før dyrkningssvar - empirisk kloxacillin i.v.

Forløb: Kloxacillin 2 g x 4 i.v. dag 1-3, seponeret ved negativ dyrkning. Dag 3: knæet udtømt for 40 ml og injiceret med Depo-Medrol 40 mg. NSAID undgået pga. nyrefunktion og AK-beh., colchicin ikke givet pga. nyrefunktionen. Paracetamol 1 g x 3.
Dag 4: betydelig bedring, afebril, CRP 41, går med rollator med fysioterapeut.

Konklusion: Akut pseudogout (kondrokalcinose) hø. knæ. Septisk artrit afkræftet. Permanent atrieflimren - Eliquis uændret. Kronisk nyreinsufficiens - NSAID og colchicin undgået. Hypertension, uændret beh.

Plan: Paracetamol 1 g x 3 p.n. Genoptræning i kommunen. Ved recidiv kan prednisolon gives kortvarigt, ikke NSAID. Kontrol i reumatologisk amb. om 6 uger.
"""
        ],
        "medications": [
            ("B01AF02", "apixaban (Eliquis)", "2,5 mg x 2"),
            ("C03AB01", "bendroflumethiazid med kaliumchlorid (Centyl med KCl)", "1 tbl. x 1"),
            ("N02BE01", "paracetamol", "1 g x 3 p.n."),
            ("H02AB04", "methylprednisolon (Depo-Medrol) intraartikulært", "40 mg engangsdosis"),
        ],
        "labs": [
            ("NPU19748", "C-reaktivt protein [CRP];P", 118, "mg/L", None, 8),
            ("NPU18016", "Kreatinin;P", 132, "µmol/L", 45, 90),
            (None, "Urat;P", 0.34, "mmol/L", 0.15, 0.35),
            ("NPU01443", "Calcium;P", 2.38, "mmol/L", 2.15, 2.51),
        ],
        "codes": [("DM112", "A"), ("DI489BD", "B"), ("DN183", "B"), ("DI109", "B")],
        "evidence": [
            ("DM112", "Akut pyrofosfatartrit (pseudogout) hø. knæ ved kondrokalcinose"),
            ("DM112", "Akut pseudogout (kondrokalcinose) hø. knæ"),
            ("DI489BD", "permanent AFLI i AK-beh. med Eliquis"),
            ("DI489BD", "Permanent atrieflimren - Eliquis uændret"),
            ("DN183", "Kronisk nyreinsufficiens stadie 3b"),
            ("DN183", "Kronisk nyreinsufficiens - NSAID og colchicin undgået"),
            ("DI109", "Hypertension, beh. med Centyl med KCl"),
            ("DI109", "Hypertension, uændret beh."),
        ],
        "distractors": [
            ("DM069", "Søster havde leddegigt", "family"),
            ("DM100", "ingen uratkrystaller", "negated"),
            ("DM009", "Septisk artrit afkræftet", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW5-07",
        "department": "Urologisk afdeling",
        "specialty": "urologi",
        "patient": {"age": 48, "sex": "M"},
        "admission": {"start": "2025-10-06", "end": "2025-10-10"},
        "notes": [
            """Epikrise – Urologisk afdeling

48-årig mand, paraplegiker efter trafikulykke 2009 med komplet rygmarvslæsion Th10 (AIS A), spastisk paraplegi, kørestolsbruger. Neurogen blære med detrusoroveraktivitet (reflektorisk blære); suprapubisk kateter siden 2016, skiftes hver 6. uge (sidst 22.09). Baclofen mod spasticitet. Tidl. pyelonefritis 2022 og nyresten hø., fjernet ved URS 2020.

Indlæggelsesårsag: Feber, kulderystelser og øget spasticitet.

Aktuelt: 2 døgn med feber til 39,2, kulderystelser, tiltagende spasticitet i benene og ildelugtende, grumset urin i posen. Ved ankomst let hovedpine og svedtendens over brystet og BT 148/90 (habituelt 110/70) - mistanke om let autonom dysrefleksi, aftog efter kateterskift og tømning af blæren. Flankesmerter kan ikke vurderes.

Obj.: Temp. 38,9, BT 132/80 efter kateterskift, P 104, RF 18, SAT 97 %. Kateteret skiftet i FAM, det gamle med belægninger. Urinen grumset. Abdomen blød. Sacrum: kendt decubitus grad II, 1 x 1 cm, rent.
U-stix: leuk 3+, nitrit +, blod 1+.

Paraklinik: CRP 186, leuk 15,8, krea 82, laktat 1,4. Bloddyrkning x 2: negative. Urindyrkning (fra nyt kateter): > 10^5 Klebsiella pneumoniae, ESBL-negativ, følsom for cefuroxim og ciprofloxacin, resistent for ampicillin.
UL nyrer og blære: ingen hydronefrose, ingen blæresten eller nyresten.

Forløb: Opfyldte ikke sepsiskriterier. Cefuroxim 1,5 g x 3 i.v. Afebril fra dag 2, spasticiteten tilbage på vanligt niveau. CRP 186 -> 48. Dag 4 skift til ciprofloxacin 500 mg x 2 p.o. til i alt 10 dages behandling. Trykaflastning og sårpleje af decubitus fortsat.

Konklusion: Kateterassocieret urinvejsinfektion med Klebsiella pneumoniae hos pt. med suprapubisk kateter. Komplet spastisk paraplegi efter rygmarvsskade Th10. Neurogen reflektorisk blære. Decubitus grad II sacralt.

Plan: Ciprofloxacin 500 mg x 2 til og med 15.10. Kateterskift fremover hver 4. uge. Asymptomatisk bakteriuri behandles ikke. Hjemmesygeplejen fortsætter sårplejen.
"""
        ],
        "medications": [
            ("J01MA02", "ciprofloxacin", "500 mg x 2 til og med 15.10"),
            ("M03BX01", "baclofen", "25 mg x 3"),
        ],
        "labs": [
            ("NPU19748", "C-reaktivt protein [CRP];P", 186, "mg/L", None, 8),
            ("NPU02593", "Leukocytter;B", 15.8, "10^9/L", 3.5, 8.8),
            ("NPU18016", "Kreatinin;P", 82, "µmol/L", 60, 105),
        ],
        "codes": [("DT835A", "A"), ("DB961", "B"), ("DG821", "B"), ("DN311", "B"), ("DL891", "B")],
        "evidence": [
            ("DT835A", "Kateterassocieret urinvejsinfektion"),
            ("DB961", "> 10^5 Klebsiella pneumoniae"),
            ("DB961", "med Klebsiella pneumoniae hos pt. med suprapubisk kateter"),
            ("DG821", "spastisk paraplegi, kørestolsbruger"),
            ("DG821", "Komplet spastisk paraplegi efter rygmarvsskade Th10"),
            ("DN311", "Neurogen blære med detrusoroveraktivitet (reflektorisk blære)"),
            ("DN311", "Neurogen reflektorisk blære"),
            ("DL891", "kendt decubitus grad II"),
            ("DL891", "Decubitus grad II sacralt"),
        ],
        "distractors": [
            ("DN109C", "Tidl. pyelonefritis 2022", "history"),
            ("DN200", "nyresten hø., fjernet ved URS 2020", "history"),
            ("DG908", "mistanke om let autonom dysrefleksi", "uncertain"),
            ("DN133A", "ingen hydronefrose", "negated"),
            ("DN210", "ingen blæresten eller nyresten", "negated"),
            ("DA419", "Opfyldte ikke sepsiskriterier", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW5-08",
        "department": "Kardiologisk afdeling",
        "specialty": "kardiologi",
        "patient": {"age": 54, "sex": "M"},
        "admission": {"start": "2025-07-15", "end": "2025-07-18"},
        "notes": [
            """Epikrise – Kardiologisk afd.

Indl.årsag: Svær hovedpine og sløret syn, BT 238/134.

54-årig mand, buschauffør. Kendt HT siden 2018, beh. med amlodipin og losartan/hydrochlorthiazid, men har selv stoppet al blodtryksmedicin for ca. 4 mdr. siden ("havde det fint"). Ryger 15 cig./dag. BMI 29. Mor død af apopleksi som 61-årig.

Aktuelt: 2 dage med dunkende hovedpine, i dag sløret syn bilat. og opkast x 1. Ingen brystsmerter, ingen lammelser.

Obj.: BT 238/134 hø., 232/130 ve., P 88, SAT 97 %. GCS 15, ingen fokale udfald. St.c. og St.p. u.a.
Øjenlæge: bilat. flammeformede blødninger, cotton wool-pletter og hårde ekssudater, intet papilødem - hypertensiv retinopati grad III.
EKG: SR 88, normale ST-T-forhold.
CT cerebrum: ingen intrakraniel blødning, intet infarkt.
BS: Krea 94, K 3,6, troponin T 16 -> 17. Hb, trombocytter, haptoglobin og LDH normale - ingen tegn på trombotisk mikroangiopati.

Forløb: Hypertensiv krise med målorganpåvirkning i form af retinopati (hypertensive emergency). Labetalol-infusion i hjerteintensivt afsnit, højst 25 % reduktion af middel-BT første døgn: 176/104 efter 6 t, 158/96 næste morgen. Hovedpinen aftog, synet bedre døgn 2. Ikke tegn på hypertensiv encefalopati. Aortadissektion vurderet usandsynlig (ingen smerter, symmetrisk BT). Troponin stabilt lavt - ikke AMI.
Dag 2: Overgang til p.o. amlodipin 10 mg og losartan 100 mg. Ekko normalt.
Dag 3: BT 142/88 siddende. P-metanefriner normale - fæokromocytom udelukket. UL-doppler af nyrer: normalt store nyrer, ingen nyrearteriestenose.

Konklusion: Hypertensiv krise (hypertensive emergency) ved essentiel hypertension og manglende medicinsk compliance (selvseponeret blodtryksmedicin). Hypertensiv retinopati grad III bilat.

Plan: Amlodipin 10 mg x 1, losartan 100 mg x 1. Hjemme-BT. Hypertensionsklinik om 2 uger med BT, K og krea samt screening for primær hyperaldosteronisme (aldosteron/renin). Øjenkontrol om 3 mdr., må ikke køre bus før da. Vigtigheden af medicinen gennemgået. Rygestop anbefalet.
"""
        ],
        "medications": [
            ("C08CA01", "amlodipin", "10 mg x 1"),
            ("C09CA01", "losartan", "100 mg x 1"),
        ],
        "labs": [
            ("NPU18016", "Kreatinin;P", 94, "µmol/L", 60, 105),
            ("NPU03230", "Kalium;P", 3.6, "mmol/L", 3.5, 4.4),
            (None, "Troponin T;P", 17, "ng/L", None, 14),
        ],
        "codes": [("DI109", "A"), ("DH350H", "B"), ("DZ911", "B")],
        "evidence": [
            ("DI109", "Hypertensiv krise med målorganpåvirkning"),
            ("DI109", "Hypertensiv krise (hypertensive emergency) ved essentiel hypertension"),
            ("DH350H", "hypertensiv retinopati grad III"),
            ("DH350H", "Hypertensiv retinopati grad III bilat."),
            ("DZ911", "har selv stoppet al blodtryksmedicin for ca. 4 mdr. siden"),
            ("DZ911", "manglende medicinsk compliance (selvseponeret blodtryksmedicin)"),
        ],
        "distractors": [
            ("DI64", "Mor død af apopleksi som 61-årig", "family"),
            ("DI619", "ingen intrakraniel blødning", "negated"),
            ("DM311", "ingen tegn på trombotisk mikroangiopati", "negated"),
            ("DI674", "Ikke tegn på hypertensiv encefalopati", "negated"),
            ("DI710", "Aortadissektion vurderet usandsynlig", "negated"),
            ("DI219", "ikke AMI", "negated"),
            ("DD350", "fæokromocytom udelukket", "negated"),
            ("DI150", "ingen nyrearteriestenose", "negated"),
            ("DE260", "screening for primær hyperaldosteronisme", "planned"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW5-09",
        "department": "Medicinsk gastroenterologisk afdeling",
        "specialty": "gastroenterologi",
        "patient": {"age": 49, "sex": "M"},
        "admission": {"start": "2025-11-03", "end": "2025-11-14"},
        "notes": [
            """Epikrise – Medicinsk gastroenterologisk afdeling, hepatologisk sengeafsnit

Indlagt 03.11.2025, udskrevet 14.11.2025.

Indlæggelsesårsag: Gulsot, træthed, appetitløshed og ømhed under hø. kurvatur.

Anamnese:
49-årig mand, tidl. sælger, sygemeldt, fraskilt, bor alene. Ryger 20 cig./dag.
Alkohol: ifølge pt. selv ca. 1 flaske vin + 4-6 øl dagligt i mange år, tiltagende efter skilsmissen for 2 år siden; sidste drink aftenen før indlæggelsen. Morgendrik, har flere gange forsøgt at stoppe uden held, får rystelser når han ikke drikker. Aldrig været i alkoholbehandling.
Tidl.: Alkoholisk fedtlever påvist ved UL 2022 pga. forhøjede levertal hos e.l. Appendektomi som barn. Ingen kendt levercirrose, ingen kendt diabetes. Ingen fast medicin.

Aktuelt:
3 uger med tiltagende gulfarvning af hud og øjne, mørk urin og de seneste dage lys afføring, træthed, appetitløshed og vægttab ca. 6 kg på 2 mdr. Trykken under hø. kurvatur. Ingen hæmatemese eller melæna. Ingen forvirring.

Obj. ved indlæggelse:
Ikterisk hud og sclerae, spider naevi på brystet, palmart erytem. Temp. 37,8, BT 118/70, P 104, SAT 97 %. Finstrøget tremor af hænderne, svedende, urolig. Abd.: hepatomegali 4 fingre under kurvaturen, øm, ingen sikker ascites (ingen flankedæmpning), ingen splenomegali. Ingen asterixis, orienteret x 3.
Vægt 61 kg, højde 180 cm, BMI 18,8. Synlig muskelatrofi på over- og underekstremiteter.

Paraklinik ved indlæggelse:
Bilirubin 286, ALAT 98, ASAT 241, GGT 980, basisk fosfatase 210, albumin 26, INR 1,8. Leuk 15,9 (neutrofili), Hb 7,6, MCV 104, trombocytter 118. Krea 68, Na 131, K 2,9, Mg 0,58, fosfat 0,61. CRP 42. Promille 0,9.
Hepatitis B- og C-serologi negative, HIV negativ. Ferritin 1.450, transferrinmætning 48 %; HFE-genotype: ingen C282Y- eller H63D-mutation.
Maddrey discriminant function 48, MELD 24, Glasgow alcoholic hepatitis score 9.
UL abdomen med doppler: forstørret, hyperekkoisk lever, ingen fokale leverlæsioner, ingen galdegangsdilatation, ingen galdesten, åbne levervener og v. portae, ingen ascites, milt 12 cm.

Forløb:
Dag 1: Bloddyrkning, urindyrkning og rtg. thorax uden infektionsfokus. Abstinensbehandling med chlordiazepoxid (Risolid) efter CIWA-skema pga. tremor, svedtendens og uro; max CIWA 16 dag 1-2. Thiamin 300 mg x 3 i.v. Kalium og magnesium i.v. og p.o.
Dag 2: Diætisttilsyn: NRS 2002 = 5, moderat underernæring. Energi- og proteindrik x 3 + sent aftensmåltid, sondeernæring ikke nødvendig.
Dag 3: Bilirubin 301. Ingen infektion - prednisolon 40 mg x 1 opstartet pga. svær alkoholisk hepatitis (Maddrey 48). Abstinenserne aftagende, Risolid trappet ned.
Dag 4-6: Stabil. K 3,9 efter tilskud. Ingen tegn på hepatisk encefalopati under forløbet.
Dag 7: Lille-score 0,28 - respons på prednisolon, behandlingen fortsættes i i alt 28 dage. Bilirubin 198, INR 1,5.
Dag 8: Risolid seponeret, ingen abstinenssymptomer. Tilsyn fra alkoholbehandlingen: pt. motiveret, opstart i alkoholambulatoriet aftalt. Antabus ikke relevant pga. leversygdommen.
Dag 9-11: Spiser bedre, vægt stabil. Bilirubin 154. BS let forhøjet under prednisolon (max 11), ingen behandlingskrævende diabetes. Udskrives dag 11.

Konklusion:
1. Svær akut alkoholisk hepatitis med ikterus (Maddrey 48), respons på prednisolon (Lille 0,28).
2. Alkoholafhængighed med kontinuerligt dagligt forbrug.
3. Alkoholabstinenstilstand uden kramper og uden delir, behandlet med chlordiazepoxid.
4. Hypokaliæmi, korrigeret.
5. Moderat underernæring.
Ingen ascites, ingen encefalopati, ingen tegn på SBP eller anden infektion. Viral hepatitis udelukket.

Medicin ved udskrivelse: Prednisolon 40 mg x 1 til og med 30.11, herefter aftrapning efter skema. Pantoprazol 40 mg x 1 under prednisolon. Thiamin 300 mg x 1. B-combin stærk x 2. Kaliumchlorid 750 mg x 2. Energidrik x 3.

Plan:
- Total alkoholabstinens er afgørende for prognosen. Første samtale i alkoholambulatoriet 18.11.
- Kontrol i leverambulatoriet om 1 uge med levertal, INR, K og BS.
- Fibroscan og gastroskopi mhp. varicer planlægges om 3 mdr.; mistanke om underliggende cirrose kan ikke afklares i den akutte fase.
- Tilbudt rygestopforløb.
"""
        ],
        "medications": [
            ("H02AB06", "prednisolon", "40 mg x 1 til og med 30.11, herefter aftrapning"),
            ("A02BC02", "pantoprazol", "40 mg x 1"),
            ("A11DA01", "thiamin", "300 mg x 1"),
            ("A12BA01", "kaliumchlorid", "750 mg x 2"),
            ("N05BA02", "chlordiazepoxid (Risolid)", "efter CIWA-skema (seponeret dag 8)"),
        ],
        "labs": [
            (None, "Bilirubiner;P", 286, "µmol/L", 5, 25),
            (None, "Koagulationsfaktor II+VII+X;P (INR)", 1.8, "INR", None, 1.2),
            (None, "Albumin;P", 26, "g/L", 36, 48),
            ("NPU03230", "Kalium;P", 2.9, "mmol/L", 3.5, 4.4),
            ("NPU03429", "Natrium;P", 131, "mmol/L", 137, 145),
            ("NPU02593", "Leukocytter;B", 15.9, "10^9/L", 3.5, 8.8),
        ],
        "codes": [("DK701", "A"), ("DF1025", "B"), ("DF1030", "B"), ("DE876", "B"), ("DE440", "B")],
        "evidence": [
            ("DK701", "svær alkoholisk hepatitis (Maddrey 48)"),
            ("DK701", "Svær akut alkoholisk hepatitis med ikterus"),
            ("DF1025", "Alkoholafhængighed med kontinuerligt dagligt forbrug"),
            ("DF1030", "Abstinensbehandling med chlordiazepoxid (Risolid) efter CIWA-skema"),
            ("DF1030", "Alkoholabstinenstilstand uden kramper og uden delir"),
            ("DE876", "K 2,9"),
            ("DE876", "Hypokaliæmi, korrigeret"),
            ("DE440", "NRS 2002 = 5, moderat underernæring"),
            ("DE440", "Moderat underernæring."),
        ],
        "distractors": [
            ("DK700", "Alkoholisk fedtlever påvist ved UL 2022", "history"),
            ("DR189", "ingen sikker ascites", "negated"),
            ("DE831A", "ingen C282Y- eller H63D-mutation", "negated"),
            ("DC220", "ingen fokale leverlæsioner", "negated"),
            ("DK802", "ingen galdesten", "negated"),
            ("DK729", "Ingen tegn på hepatisk encefalopati", "negated"),
            ("DK658I", "ingen tegn på SBP", "negated"),
            ("DB199", "Viral hepatitis udelukket", "negated"),
            ("DI859", "gastroskopi mhp. varicer", "planned"),
            ("DK703", "mistanke om underliggende cirrose", "uncertain"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW5-10",
        "department": "Infektionsmedicinsk afdeling",
        "specialty": "infektionsmedicin",
        "patient": {"age": 71, "sex": "F"},
        "admission": {"start": "2025-08-04", "end": "2025-08-08"},
        "notes": [
            """Epikrise – Infektionsmedicinsk afd.

71-årig kvinde, pens. frisør. Kendt med hypertension (Cozaar Comp 100/25 mg x 1), ellers rask. Ingen tidl. mave-tarmsygdom, ingen kendt IBD.

Indl.årsag: Diarré, opkastninger og svimmelhed.

Anamnese: Grillfest for 4 dage siden (kylling, æggesalat), flere gæster syge. Dagen efter feber til 39, mavekramper og 10-15 vandtynde, senere slimede diarréer dgl. samt opkastninger de første 2 døgn. Har næsten intet drukket. I dag svimmel og var ved at falde på toilettet, sparsom vandladning. Intet blod i afføringen. Ingen udlandsrejse.

Obj.: Tør tunge, nedsat hudturgor. BT 92/54 (habituelt 140/80), P 112, temp. 38,4. Abd. blød, diffust let øm, ingen peritoneal reaktion.

Paraklinik: Krea 312 (habituelt 78), carbamid 22,4, Na 133, K 3,1, standardbikarbonat 18. CRP 164, leuk 12,1. Bloddyrkning x 2 negative. Fæces-PCR positiv for Salmonella; dyrkning: Salmonella enterica serovar Enteritidis, følsom for ciprofloxacin. Campylobacter, Shigella, STEC og norovirus negative. C. difficile toksin negativ.

Vurd.: Salmonella-enteritis med svær dehydrering og akut prærenal nyreskade (KDIGO stadie 3) samt hypokaliæmi.

Forløb: Cozaar Comp pauseret. I.v. NaCl og Ringer-acetat, i alt 4 l første døgn, med KCl-tilskud. Ciprofloxacin 500 mg x 2 p.o. i 5 dage pga. alder, høj feber og svær sygdom.
Dag 2: Krea 204, god diurese, K 3,6.
Dag 3: Diaréen aftagende, afebril, krea 122.
Dag 4: Krea 92, K 4,1, spiser og drikker. BT 138/82 - losartan 50 mg genoptaget, hydrochlorthiazid fortsat pauseret.

Konklusion: Salmonellaenteritis forårsaget af S. Enteritidis. Dehydrering. Akut nyreinsufficiens (prærenal), i remission. Hypokaliæmi. Hypertension.

Plan: Ciprofloxacin til og med 08.08. Krea og K hos e.l. om 1 uge, inden hydrochlorthiazid evt. genoptages. Fundet er laboratorieanmeldt; Styrelsen for Patientsikkerhed orienteret pga. formodet fødevarebåret udbrud. Pt. vejledt om håndhygiejne og må ikke lave mad til andre, før hun har været symptomfri i 48 t.
"""
        ],
        "medications": [
            ("J01MA02", "ciprofloxacin", "500 mg x 2 til og med 08.08"),
            ("C09CA01", "losartan", "50 mg x 1"),
        ],
        "labs": [
            ("NPU18016", "Kreatinin;P", 312, "µmol/L", 45, 90),
            ("NPU03230", "Kalium;P", 3.1, "mmol/L", 3.5, 4.4),
            ("NPU03429", "Natrium;P", 133, "mmol/L", 137, 145),
            ("NPU19748", "C-reaktivt protein [CRP];P", 164, "mg/L", None, 8),
        ],
        "codes": [("DA020", "A"), ("DE869A", "B"), ("DN179", "B"), ("DE876", "B"), ("DI109", "B")],
        "evidence": [
            ("DA020", "Salmonella-enteritis med svær dehydrering"),
            ("DA020", "Salmonellaenteritis forårsaget af S. Enteritidis"),
            ("DE869A", "svær dehydrering"),
            ("DE869A", "Dehydrering."),
            ("DN179", "akut prærenal nyreskade (KDIGO stadie 3)"),
            ("DN179", "Akut nyreinsufficiens (prærenal)"),
            ("DE876", "samt hypokaliæmi"),
            ("DE876", "Hypokaliæmi.", "Konklusion"),
            ("DI109", "hypertension (Cozaar Comp 100/25 mg x 1)"),
            ("DI109", "Hypertension.", "Konklusion"),
        ],
        "distractors": [
            ("DK519", "ingen kendt IBD", "negated"),
            ("DA021", "Bloddyrkning x 2 negative", "negated"),
            ("DA045", "Campylobacter, Shigella, STEC og norovirus negative", "negated"),
            ("DA047", "C. difficile toksin negativ", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW5-11",
        "department": "Hæmatologisk afdeling",
        "specialty": "hæmatologi",
        "patient": {"age": 58, "sex": "F"},
        "admission": {"start": "2025-05-05", "end": "2025-05-09"},
        "notes": [
            """Epikrise – Hæmatologisk afd.

Henvist fra e.l. med Hb 5,1 og MCV 121.

58-årig kvinde, lærer. Kendt med Hashimotos thyreoiditis med hypothyreose siden 2011 (Eltroxin 75 mikrog). Ingen kendt mave-tarmsygdom. Ikke vegetar. Søster har type 1-diabetes.

Anamnese: ½ år med træthed og åndenød ved trappegang, 3 mdr. med prikken og sovende fornemmelse i fødder og fingerspidser. Øm tunge.

Obj.: Bleg med let gullig kulør, glat, rød tunge (Hunter-glossitis). P 96, BT 118/66. St.c.: systolisk flowmislyd 2/6 over basis.
Neurologisk: nedsat vibrationssans til anklerne, strømpeformet nedsat berøringssans, ophævede akillesreflekser, plantarrefleks fleksor bilat., Romberg negativ.

Paraklinik: Hb 5,1, MCV 121, leuk 3,4, trombocytter 128. LDH 1.850, haptoglobin < 0,1. Kobalamin < 74 pmol/l, methylmalonat 2,8 µmol/l, homocystein 48. Folat normal. Ferritin 86 - ingen jernmangel. Intrinsic factor-antistof positivt, parietalcelle-antistof positivt. TSH 2,1. Transglutaminase-IgA negativ - ikke cøliaki.
Gastroskopi: atrofisk corpusslimhinde, biopsier: autoimmun atrofisk gastritis uden intestinal metaplasi, ingen dysplasi eller malignitet, ingen H. pylori.
Neurofysiologi: let aksonal sensorisk polyneuropati i UE. MR columna: ingen signalforandringer i bagstrengene - ingen tegn på funikulær myelose.

Forløb: Hydroxocobalamin 1 mg i.m. dgl. Transfusion ikke nødvendig. K fulgt, normalt. Retikulocytkrise dag 4, Hb 5,1 -> 5,7 ved udskrivelse.

Konklusion: Perniciøs anæmi (vitamin B12-mangelanæmi pga. intrinsic factor-mangel) med autoimmun atrofisk gastritis. B12-mangel-polyneuropati. Hashimoto-thyreoiditis med hypothyreose, velbehandlet.

Plan: Hydroxocobalamin 1 mg i.m. 3 x ugtl. i 2 uger, herefter hver 2. mdr. livslangt hos e.l. Hb, retikulocytter og K hos e.l. om 1 uge. Gastroskopi om 3 år pga. øget risiko for neuroendokrine tumorer ved autoimmun gastritis.
"""
        ],
        "medications": [
            ("B03BA03", "hydroxocobalamin", "1 mg i.m. 3 x ugtl. i 2 uger, herefter hver 2. mdr."),
            ("H03AA01", "levothyroxin (Eltroxin)", "75 mikrog x 1"),
        ],
        "labs": [
            ("NPU02319", "Hæmoglobin;B", 5.1, "mmol/L", 7.3, 9.5),
            (None, "Erytrocytvolumen, middel;(Ery)B (MCV)", 121, "fL", 82, 98),
            (None, "Kobalamin;P", 74, "pmol/L", 200, 600),
            (None, "Methylmalonat;P", 2.8, "µmol/L", None, 0.28),
            ("NPU19763", "Ferritin;P", 86, "µg/L", 15, 300),
        ],
        "codes": [("DD510A", "A"), ("DG634", "B"), ("DK294", "B"), ("DE063A", "B")],
        "evidence": [
            ("DD510A", "Intrinsic factor-antistof positivt"),
            ("DD510A", "Perniciøs anæmi (vitamin B12-mangelanæmi pga. intrinsic factor-mangel)"),
            ("DG634", "let aksonal sensorisk polyneuropati i UE"),
            ("DG634", "B12-mangel-polyneuropati"),
            ("DK294", "autoimmun atrofisk gastritis uden intestinal metaplasi"),
            ("DK294", "med autoimmun atrofisk gastritis.", "Konklusion"),
            ("DE063A", "Hashimotos thyreoiditis med hypothyreose"),
            ("DE063A", "Hashimoto-thyreoiditis med hypothyreose, velbehandlet"),
        ],
        "distractors": [
            ("DE109", "Søster har type 1-diabetes", "family"),
            ("DD509", "ingen jernmangel", "negated"),
            ("DK900", "ikke cøliaki", "negated"),
            ("DC169", "ingen dysplasi eller malignitet", "negated"),
            ("DB968A", "ingen H. pylori", "negated"),
            ("DG320", "ingen tegn på funikulær myelose", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW5-12",
        "department": "Nefrologisk afdeling",
        "specialty": "nefrologi",
        "patient": {"age": 31, "sex": "F"},
        "admission": {"start": "2025-03-17", "end": "2025-03-27"},
        "notes": [
            """Epikrise – Nefrologisk afdeling

Indlagt 17.03.2025 (overflyttet fra reumatologisk ambulatorium), udskrevet 27.03.2025.

Indlæggelsesårsag: SLE-opblussen med ødemer, skummende urin, stigende kreatinin og forhøjet BT.

Anamnese:
31-årig kvinde, laborant, samlevende, ingen børn. Ikke-ryger.
SLE diagnosticeret 2019 (artritis, malart udslæt, fotosensibilitet, leukopeni, ANA 1:1280, anti-dsDNA positiv). Velbehandlet med hydroxychloroquin (Plaquenil) og perioder med lav dosis prednisolon; ingen tidl. nyreaffektion (normal U-albumin ved kontrol 2024). Antifosfolipid-antistoffer negative ved gentagne målinger. Plaquenil reduceret til 200 mg x 1 for 3 mdr. siden efter aftale med e.l. pga. bekymring for øjenbivirkninger. P-stav (gestagen).
Disp.: Moster med Sjögrens syndrom.

Aktuelt:
4 uger med tiltagende træthed, ledsmerter i hænder og knæ, hårtab og udslæt i ansigtet efter skiferie. De sidste 10 dage hævede ben og øjenlåg, skummende urin og vægtøgning ca. 5 kg. Ingen brystsmerter, ingen åndenød, ingen feber.

Obj.:
BT 168/104 (habituelt 115/70), P 84, temp. 37,2. Sommerfugleudslæt, let diffus alopeci, 2 orale ulcera på ganen. Synovitis i MCP 2-3 bilat. Pittende ødemer til midt på læggene. St.p.: normal. St.c.: ingen gnidningslyd.

Paraklinik ved indlæggelse:
Krea 138 (juni 2024: 64), eGFR 44. U-albumin/krea-ratio 3.200 mg/g, døgnurin-protein 4,1 g. P-albumin 24. U-mikroskopi: erytrocytcylindre og dysmorfe erytrocytter. Anti-dsDNA 480 IU/ml (tidl. 45), C3 0,42 og C4 0,05 (begge lave). Leuk 3,1, lymfocytter 0,6, Hb 6,9, trombocytter 142. Direkte Coombs negativ, haptoglobin normal. Kolesterol 8,2.
UL nyrer: normalt store nyrer (11,2 og 11,5 cm), ingen afløbshindring.
Rtg. thorax: ingen pleuraeffusion. Ekko: ingen perikardieeksudat, normal LVEF.

Forløb:
Dag 1: Furosemid 40 mg x 2 og amlodipin 5 mg. Plaquenil øget til 200 mg x 2 igen.
Dag 2: UL-vejledt nyrebiopsi ve. nyre, ukompliceret, ingen makroskopisk hæmaturi efterfølgende.
Dag 3: Foreløbigt biopsisvar: diffus proliferativ lupusnefritis ISN/RPS klasse IV-G (A), aktivitetsindeks 11/24, kronicitetsindeks 2/12, full house-mønster ved immunfluorescens. Ingen trombotisk mikroangiopati i biopsien.
Dag 3-5: Methylprednisolon (Solu-Medrol) 500 mg i.v. x 3, herefter prednisolon 30 mg dgl. (0,5 mg/kg).
Dag 4: Losartan 50 mg startet mhp. proteinuri, amlodipin øget til 10 mg. BT 152/96.
Dag 5: Nefro-reuma-konference: induktionsbehandling med mycophenolatmofetil (CellCept) 1 g x 2, øges til 1,5 g x 2 efter 2 uger. Belimumab overvejes ambulant ved utilstrækkelig respons. Informeret om teratogenicitet af MMF; P-stav bevares, graviditet ikke aktuelt.
Dag 6: PCP-profylakse med sulfamethoxazol/trimethoprim startet. Pantoprazol og calcium/D-vitamin under steroidbehandlingen.
Dag 7: Krea 121, BT 138/88, vægt -3,8 kg. Ledsmerterne væk.
Dag 8-10: Krea 108, U-albumin/krea-ratio 2.400. Ødemerne aftaget. C3 stigende (0,58), leuk 5,9. Udskrives dag 10.

Konklusion:
1. Opblussen af systemisk lupus erythematosus med diffus proliferativ lupusnefritis klasse IV (biopsiverificeret), nefrotisk proteinuri og nedsat nyrefunktion.
2. Hypertension sekundær til lupusnefritis.
3. Kutan og artikulær SLE-aktivitet, i bedring.
Antifosfolipidsyndrom ikke til stede. Ingen serositis. Ingen TMA.

Medicin ved udskrivelse: Prednisolon 30 mg x 1 (aftrapning efter skema fra uge 3). Mycophenolatmofetil 1 g x 2. Hydroxychloroquin 200 mg x 2. Losartan 50 mg x 1. Amlodipin 10 mg x 1. Furosemid 40 mg x 1. Sulfamethoxazol/trimethoprim 400/80 mg x 1. Pantoprazol 40 mg x 1. Calcium/D-vitamin x 2.

Plan:
- Kontrol i nefrologisk ambulatorium om 1 uge: krea, K, U-albumin/krea-ratio, BT og leuk.
- Reumatologisk kontrol om 4 uger. Belimumab tages op ved manglende respons efter 3 mdr.; rituximab ved terapisvigt.
- Øjenundersøgelse (Plaquenil-screening) er bestilt; betydningen af fuld dosis er gennemgået.
- Pneumokok- og influenzavaccination inden MMF-dosis øges.
"""
        ],
        "medications": [
            ("H02AB06", "prednisolon", "30 mg x 1, aftrapning fra uge 3"),
            ("L04AA06", "mycophenolatmofetil (CellCept)", "1 g x 2"),
            ("P01BA02", "hydroxychloroquin (Plaquenil)", "200 mg x 2"),
            ("C09CA01", "losartan", "50 mg x 1"),
            ("C08CA01", "amlodipin", "10 mg x 1"),
            ("C03CA01", "furosemid", "40 mg x 1"),
            ("J01EE01", "sulfamethoxazol/trimethoprim", "400/80 mg x 1"),
            ("A02BC02", "pantoprazol", "40 mg x 1"),
        ],
        "labs": [
            ("NPU18016", "Kreatinin;P", 138, "µmol/L", 45, 90),
            (None, "Albumin/Kreatinin;U", 3200, "mg/g", None, 30),
            (None, "Komplement C3;P", 0.42, "g/L", 0.77, 1.38),
            (None, "Komplement C4;P", 0.05, "g/L", 0.12, 0.33),
            (None, "dsDNA-antistof;P", 480, "IU/mL", None, 30),
            ("NPU02593", "Leukocytter;B", 3.1, "10^9/L", 3.5, 8.8),
        ],
        "codes": [("DM321B", "A"), ("DI151", "B")],
        "evidence": [
            ("DM321B", "diffus proliferativ lupusnefritis ISN/RPS klasse IV-G (A)"),
            ("DM321B", "Opblussen af systemisk lupus erythematosus med diffus proliferativ lupusnefritis klasse IV"),
            ("DI151", "Hypertension sekundær til lupusnefritis"),
        ],
        "distractors": [
            ("DM350", "Moster med Sjögrens syndrom", "family"),
            ("DD591", "Direkte Coombs negativ", "negated"),
            ("DN133A", "ingen afløbshindring", "negated"),
            ("DJ909", "ingen pleuraeffusion", "negated"),
            ("DI319", "ingen perikardieeksudat", "negated"),
            ("DD686F", "Antifosfolipidsyndrom ikke til stede", "negated"),
            ("DM321D", "Ingen serositis", "negated"),
            ("DM311", "Ingen TMA", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW5-13",
        "department": "Medicinsk afdeling",
        "specialty": "intern medicin",
        "patient": {"age": 66, "sex": "M"},
        "admission": {"start": "2025-09-01", "end": "2025-09-04"},
        "notes": [
            """Epikrise – Medicinsk afd. M2

66-årig mand, pens. smed, gift. DM2 siden 2016 (metformin 1 g x 2, Ozempic 1 mg ugtl.), HbA1c 58, ingen kendte senkomplikationer. Benign prostatahyperplasi med vandladningsgener, tamsulosin. Nyresten ve. 2015, afgik spontant.

Indl.årsag: Feber, kulderystelser og smerter i hø. flanke.

Aktuelt: 3 dage med hyppig vandladning og svie, i går feber 39,6 med kulderystelser, smerter i hø. lænd og kvalme.

Obj.: Temp. 39,1, BT 124/72, P 102, RF 18, SAT 97 %. Banketøm over hø. nyreloge. Abdomen blød. Rektaleksploration: jævnt forstørret, fast prostata, ikke øm - prostatitis ikke mistænkt.
U-stix: leuk 3+, nitrit +.
BS: CRP 212, leuk 17,4, krea 104 (habituelt 88), BS 16,8, laktat 1,9. PSA 5,8 (kan ikke vurderes under infektion).
Bloddyrkning x 2 negative. Urindyrkning: > 10^5 E. coli, følsom for cefuroxim, mecillinam og ciprofloxacin.
UL nyrer og blære: ingen hydronefrose, ingen nyresten, resturin 160 ml.

Forløb: Akut pyelonefritis hø. Opfyldte ikke kriterier for sepsis. Cefuroxim 1,5 g x 3 i.v. + gentamicin x 1 det første døgn. Metformin pauseret under akut sygdom, BS behandlet med NovoRapid efter skema, max 17, herefter 8-11. Afebril dag 2, CRP 212 -> 96. Dag 3 skiftet til ciprofloxacin 500 mg x 2 p.o. til i alt 14 dages behandling. Metformin genoptaget dag 3, krea 90. Resturin ved gentagen måling 140 ml; tamsulosin fortsat og finasterid 5 mg tillagt.

Konklusion: Akut pyelonefritis hø. forårsaget af E. coli. Type 2-diabetes, dysreguleret under infektionen. Benign prostatahyperplasi med resturin.

Plan: Ciprofloxacin til og med 14.09. PSA kontrolleres hos e.l. om 6-8 uger; ved fortsat forhøjet PSA henvisning til urolog mhp. prostatakræft. Urinstix hos e.l. efter endt behandling.
"""
        ],
        "medications": [
            ("J01MA02", "ciprofloxacin", "500 mg x 2 til og med 14.09"),
            ("A10BA02", "metformin", "1 g x 2"),
            ("A10BJ06", "semaglutid (Ozempic)", "1 mg x 1 ugtl."),
            ("G04CA02", "tamsulosin", "0,4 mg x 1"),
            ("G04CB01", "finasterid", "5 mg x 1"),
        ],
        "labs": [
            ("NPU19748", "C-reaktivt protein [CRP];P", 212, "mg/L", None, 8),
            ("NPU02593", "Leukocytter;B", 17.4, "10^9/L", 3.5, 8.8),
            ("NPU18016", "Kreatinin;P", 104, "µmol/L", 60, 105),
            ("NPU22089", "Glukose;P", 16.8, "mmol/L", 4.2, 7.8),
            (None, "Prostataspecifikt antigen;P", 5.8, "µg/L", None, 4.5),
        ],
        "codes": [("DN109C", "A"), ("DB962", "B"), ("DE119", "B"), ("DN409", "B")],
        "evidence": [
            ("DN109C", "Akut pyelonefritis hø. Opfyldte"),
            ("DN109C", "Akut pyelonefritis hø. forårsaget af E. coli"),
            ("DB962", "> 10^5 E. coli"),
            ("DB962", "forårsaget af E. coli"),
            ("DE119", "DM2 siden 2016"),
            ("DE119", "Type 2-diabetes, dysreguleret under infektionen"),
            ("DN409", "Benign prostatahyperplasi med vandladningsgener"),
            ("DN409", "Benign prostatahyperplasi med resturin"),
        ],
        "distractors": [
            ("DN200", "Nyresten ve. 2015", "history"),
            ("DN410", "prostatitis ikke mistænkt", "negated"),
            ("DN133A", "ingen hydronefrose", "negated"),
            ("DA419", "Opfyldte ikke kriterier for sepsis", "negated"),
            ("DC619", "mhp. prostatakræft", "uncertain"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW5-14",
        "department": "Lungemedicinsk afdeling",
        "specialty": "lungemedicin",
        "patient": {"age": 58, "sex": "M"},
        "admission": {"start": "2025-12-01", "end": "2025-12-09"},
        "notes": [
            """Epikrise – Lungemedicinsk afd.

Indl.årsag: Lungebetændelse med stor pleuraeffusion ve.

58-årig mand, VVS-montør. Ryger, 30 pakkeår. DM2 (metformin 1 g x 2), ellers rask. Ingen kendt lungesygdom, normal spirometri hos e.l. 2023 - ingen KOL.

Anamnese: 9 dage med feber, hoste og ve.-sidige respirationsbetingede smerter. Primcillin fra e.l. dag 4 uden effekt.

Obj.: Temp. 38,7, P 108, RF 24, SAT 93 % atm. St.p.: dæmpning og ophævet respirationslyd ve. basalt.
BS: CRP 312, leuk 19,8, BS 14,2. Pneumokokantigen i urin positiv, Legionella-antigen negativ. Bloddyrkning x 2 negative.
Rtg. thorax: konsolidering i ve. underlap og stor pleuraeffusion ve. op til 5. costa.
UL af pleura: septeret effusion ve., anslået 1,5 l.
Pleurapunktur: gulgrumset væske, pH 7,02, glukose 1,1, LDH 2.450, ikke frank pus. Dyrkning negativ. Cytologi: ingen maligne celler.

Vurd.: Kompliceret parapneumonisk pleuraeffusion ve. ved lobær pneumokokpneumoni i ve. underlap. Ikke empyem (ikke pus), men pH < 7,2 og dermed drænindikation.

Forløb:
Dag 1: Pleuradræn ve. anlagt (se operationsbeskrivelse). Antibiotika skiftet til cefuroxim 1,5 g x 3 i.v. + metronidazol 500 mg x 3 p.o.
Dag 2: 1.100 ml drænet, herefter aftagende. UL dag 3: resterende septeret effusion, hvorfor intrapleural alteplase 10 mg + dornase alfa 5 mg x 2 dgl. i 3 dage.
Dag 4-6: Yderligere 1.350 ml drænet. Afebril fra dag 4. CRP 312 -> 88 -> 41.
Dag 6: CT thorax: god drænage, aftagende konsolidering, ingen tumor, ingen absces. Metformin genoptaget (insulin efter skema under i.v. beh.).
Dag 7: Drænet fjernet, rtg. thorax: ingen pneumothorax. Udskrives dag 8.

Konklusion: Kompliceret parapneumonisk pleuraeffusion ve., drænet og behandlet med intrapleural fibrinolyse. Lobær pneumokokpneumoni i ve. underlap. Type 2-diabetes. Ikke empyem, ingen malignitet.

Plan: Amoxicillin/clavulansyre 500/125 mg x 3 p.o. til i alt 4 ugers behandling (til og med 29.12). Lungeamb. om 6 uger med rtg. thorax. Rygestop tilbudt.
""",
            (
                "operationsbeskrivelse",
                """Procedure: UL-vejledt anlæggelse af pleuradræn ve. (Seldinger).
Indikation: Kompliceret parapneumonisk pleuraeffusion ve., pleuravæske-pH 7,02.
Lejring: Siddende, let foroverbøjet. UL: septeret effusion, dybde 6 cm i 7. interkostalrum, bageste aksillærlinje.
Lokalbedøvelse med lidocain 10 mg/ml, 15 ml, ned til pleura parietale. Aspiration af gulgrumset væske bekræfter placeringen. 14 Fr pigtail-dræn indført med Seldinger-teknik og fikseret med sutur. Tilsluttet drænsystem med sug -10 cm H2O. 600 ml tømt umiddelbart, herefter afklemt 1 time for at undgå re-ekspansionsødem.
Rtg. thorax efter: korrekt placeret dræn, ingen pneumothorax.
Komplikationer: Ingen.
""",
            ),
        ],
        "medications": [
            ("J01CR02", "amoxicillin/clavulansyre", "500/125 mg x 3 til og med 29.12"),
            ("A10BA02", "metformin", "1 g x 2"),
        ],
        "labs": [
            ("NPU19748", "C-reaktivt protein [CRP];P", 312, "mg/L", None, 8),
            ("NPU02593", "Leukocytter;B", 19.8, "10^9/L", 3.5, 8.8),
            (None, "pH;Pleuravæske", 7.02, None, None, None),
            (None, "Laktatdehydrogenase;Pleuravæske", 2450, "U/L", None, None),
            ("NPU22089", "Glukose;P", 14.2, "mmol/L", 4.2, 7.8),
        ],
        "codes": [("DJ919", "A"), ("DJ139A", "B"), ("DE119", "B")],
        "evidence": [
            ("DJ919", "Kompliceret parapneumonisk pleuraeffusion ve. ved lobær pneumokokpneumoni"),
            ("DJ919", "Kompliceret parapneumonisk pleuraeffusion ve., drænet"),
            ("DJ919", "Kompliceret parapneumonisk pleuraeffusion ve., pleuravæske-pH 7,02", "", 1),
            ("DJ139A", "lobær pneumokokpneumoni i ve. underlap"),
            ("DJ139A", "Lobær pneumokokpneumoni i ve. underlap"),
            ("DE119", "DM2 (metformin 1 g x 2)"),
            ("DE119", "Type 2-diabetes."),
        ],
        "distractors": [
            ("DJ449", "ingen KOL", "negated"),
            ("DA481", "Legionella-antigen negativ", "negated"),
            ("DC349", "ingen maligne celler", "negated"),
            ("DJ869", "Ikke empyem (ikke pus)", "negated"),
            ("DJ851", "ingen absces", "negated"),
            ("DJ939", "ingen pneumothorax", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW5-15",
        "department": "Akutafdeling",
        "specialty": "akutmedicin",
        "patient": {"age": 45, "sex": "M"},
        "admission": {"start": "2025-06-21", "end": "2025-06-22"},
        "notes": [
            """Akutmodtagelsen – epikrise

45-årig mand, revisor. Tidl. rask, ingen fast medicin. Far død pludselig af hjertestop som 50-årig (ifølge familien "en blodprop i hjertet").

Aktuelt: Til koncert, stod op i en varm sal i ca. 2 timer uden at drikke noget. Fik pludselig varmefølelse, kvalme, sved og tunnelsyn, herefter kortvarigt bevidstløs (ifølge hustru ca. 20 sek.), faldt bagover og slog baghovedet mod gulvet. Få rykninger i armene under bevidstløsheden, straks vågen og orienteret bagefter, ingen postiktal fase. Ingen tungebid, ingen urinafgang. Ingen brystsmerter eller hjertebanken forud. Har drukket 2 øl.

Obj.: GCS 15. BT 124/78 liggende, 118/76 stående, ingen ortostatisk BT-fald. P 64. 4 x 4 cm øm bule occipitalt, intet sår. Ingen neurologiske udfald. Columna cervicalis uøm. St.c.: regelmæssig, ingen mislyde.
EKG: SR 62, normalt PQ, QTc 410, ingen præeksitation, intet Brugada-mønster.
BS: Hb, elektrolytter, BS og troponin normale.
CT cerebrum (hovedtraume med bevidstløshed): ingen intrakraniel blødning, ingen fraktur.

Forløb: Telemetri i 18 t: sinusrytme, ingen arytmi. Ekko pga. disposition: normal, ingen hypertrofisk kardiomyopati, LVEF 60 %.

Konklusion: Vasovagal synkope med typiske prodromer, udløst af længerevarende stående stilling og varme. Kontusion af baghovedet. Ikke commotio cerebri. Ingen mistanke om epilepsi; de kortvarige rykninger tolkes som konvulsiv synkope.

Plan: Information om forebyggelse (væske, salt, modmanøvrer). Skriftlig hovedtraume-information. Må køre bil (enkeltstående refleksudløst synkope). Ved gentagne synkoper henvisning til kardiologisk amb. mhp. loop-recorder. Pga. faderens pludselige død henvises til klinik for arvelige hjertesygdomme.
"""
        ],
        "medications": [],
        "labs": [
            (None, "Troponin T;P", 6, "ng/L", None, 14),
            ("NPU03230", "Kalium;P", 4.0, "mmol/L", 3.5, 4.4),
        ],
        "codes": [("DR559A", "A"), ("DS000", "B")],
        "evidence": [
            ("DR559A", "Vasovagal synkope med typiske prodromer"),
            ("DS000", "4 x 4 cm øm bule occipitalt"),
            ("DS000", "Kontusion af baghovedet"),
        ],
        "distractors": [
            ("DI461", "Far død pludselig af hjertestop som 50-årig", "family"),
            ("DI951", "ingen ortostatisk BT-fald", "negated"),
            ("DS068D", "ingen intrakraniel blødning", "negated"),
            ("DS029", "ingen fraktur", "negated"),
            ("DI499", "ingen arytmi", "negated"),
            ("DI422", "ingen hypertrofisk kardiomyopati", "negated"),
            ("DS060", "Ikke commotio cerebri", "negated"),
            ("DG409", "Ingen mistanke om epilepsi", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW5-16",
        "department": "Kirurgisk afdeling",
        "specialty": "kirurgi",
        "patient": {"age": 52, "sex": "M"},
        "admission": {"start": "2025-03-11", "end": "2025-03-12"},
        "notes": [
            (
                "epikrise",
                """Epikrise – Kirurgisk afdeling, sengeafsnit K3 (dagkirurgi m. overnatning)

Indlagt 11.03.2025, udskrevet 12.03.2025.

Indlæggelsesårsag: Elektiv operation for navlebrok.

Anamnese:
52-årig mand, lastbilchauffør, bor med samlever. Vægt 124 kg, højde 182 cm, BMI 37,4. Ryger ikke, alkohol 6-8 genst./uge.
- DM2 siden 2017, metformin 1 g x 2, HbA1c 58 mmol/mol (jan. 2025).
- Obstruktiv søvnapnø (AHI 34), bruger CPAP hver nat siden 2022.
- St.p. laparoskopisk kolecystektomi 2019 pga. galdesten.
Henvist af e.l. med 2 års navlebrok, der er blevet større det sidste halve år. Trykkende smerter efter lange køreture og ved løft. Har aldrig haft et brok der ikke kunne skubbes tilbage, ingen opkastninger.

Obj. ved forundersøgelse i amb.: Adipøs abdomen. Umbilikalt ca. 4 cm stor, blød, reponibel udbulning med hosteimpuls, fasciedefekt palperes ca. 2,5 cm. Let ømhed. Lyskerne fri bilat., ingen lyskebrok. Ikke tegn på inkarceration.

Operation 11.03.2025: Åben navlebroksplastik med præperitonealt net (se operationsbeskrivelse).

Forløb:
Ukompliceret operation. Pga. søvnapnø og BMI > 35 overnatning i sengeafsnit med egen CPAP og kontinuerlig saturationsmåling jf. anæstesiens retningslinje. Nattesat 93-96 % med CPAP, ingen desaturationer. Metformin pauseret op-dagen, BS 7,2-11,4, genoptaget 12.03 morgen. Smerter VAS 2-3 på paracetamol/ibuprofen, 1 x Oxynorm 5 mg natten til 12.03. Mobiliseret, spiser og drikker, har ladt vandet. Sår tørt og pænt.

Diagnoser:
Navlebrok uden inkarceration, opereret.
Svær fedme, BMI 37,4.
Type 2-diabetes.
Obstruktiv søvnapnø i CPAP-beh.

Plan:
Paracetamol 1 g x 4 og ibuprofen 400 mg x 3 i 5 dage, Oxynorm 5 mg p.n.
Ingen løft over 5 kg i 4 uger, må køre bil når han kan bremse hårdt uden smerter.
Plaster af efter 2 døgn, herefter bad. Intrakutan resorberbar sutur.
Anbefalet vægttab, opfordret til at tage kontakt til kommunens sundhedscenter. Ingen rutinekontrol. Kontakt ved feber, rødme eller tiltagende hævelse i såret.
""",
            ),
            (
                "operationsbeskrivelse",
                """Operationsbeskrivelse 11.03.2025

Operation: Åben umbilikal herniotomi med præperitonealt net (Ventralex ST, medium).
Indikation: Symptomgivende navlebrok, fasciedefekt ca. 2,5 cm, BMI 37.
Anæstesi: Generel (larynxmaske). Zinacef 1,5 g i.v. præop.
Lejring: Rygleje.

Procedure: Infraumbilikal buet incision ca. 5 cm. Dissektion gennem tykt subkutant fedtlag. Broksækken frilægges cirkulært og løsnes fra navlehuden. Brokindhold: præperitonealt fedt og lidt oment, velperfunderet, reponeres. Ingen tarm i broksækken. Fasciedefekten måles til 2,7 cm. Det præperitoneale rum frigøres cirkulært ca. 4 cm. Nettet lægges præperitonealt og fikseres med 4 PDS 0-suturer. Fascien lukkes over nettet med PDS 0 enkeltknuder. Navlen refikseres til fascien med Vicryl 3-0. Subkutis Vicryl 3-0, hud Monocryl 4-0 intrakutant. Marcain 20 ml infiltreret.

Blodtab < 20 ml. Komplikationer: Ingen.
Diagnose: Umbilikalhernie, reponibel, uden inkarceration eller gangræn.
""",
            ),
        ],
        "medications": [
            ("A10BA02", "metformin", "1 g x 2"),
            ("N02BE01", "paracetamol", "1 g x 4"),
            ("M01AE01", "ibuprofen", "400 mg x 3 i 5 dage"),
            ("N02AA05", "oxycodon (Oxynorm)", "5 mg p.n."),
        ],
        "labs": [("NPU27300", "Hæmoglobin A1c (IFCC);Hb(B)", 58, "mmol/mol", None, 48)],
        "codes": [("DK429", "A"), ("DE660C", "B"), ("DE119", "B"), ("DG4732", "B")],
        "evidence": [
            ("DK429", "2 års navlebrok"),
            ("DK429", "Navlebrok uden inkarceration, opereret"),
            ("DK429", "Umbilikalhernie, reponibel, uden inkarceration eller gangræn", "", 1),
            ("DE660C", "BMI 37,4"),
            ("DE660C", "Svær fedme, BMI 37,4"),
            ("DE119", "DM2 siden 2017"),
            ("DE119", "Type 2-diabetes"),
            ("DG4732", "Obstruktiv søvnapnø (AHI 34)"),
            ("DG4732", "Obstruktiv søvnapnø i CPAP-beh."),
        ],
        "distractors": [
            ("DK409", "ingen lyskebrok", "negated"),
            ("DK420A", "Ikke tegn på inkarceration", "negated"),
            ("DK802", "St.p. laparoskopisk kolecystektomi 2019 pga. galdesten", "history"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW5-17",
        "department": "Ortopædkirurgisk afdeling",
        "specialty": "ortopædkirurgi",
        "patient": {"age": 61, "sex": "M"},
        "admission": {"start": "2025-06-02", "end": "2025-06-06"},
        "notes": [
            (
                "epikrise",
                """Epikrise – Ortopædkirurgisk afdeling

Indlagt 02.06.2025 via akutmodtagelsen, udskrevet 06.06.2025.

Årsag: Fald fra stige, smerter og hævelse ve. knæ.

61-årig mand, selvstændig tømrer. Paroksystisk AFLI, AK-beh. med Eliquis 5 mg x 2, ellers rask. Ikke-ryger. Tidl. menisk-operation hø. knæ 2008.

Aktuelt: Stod på en stige ca. 2 m oppe og rensede tagrender derhjemme, stigen skred ud og han landede på strakt ve. ben. Kunne ikke støtte på benet bagefter.
Obj.: Markant hævet ve. knæ med hæmartros, ømhed lateralt over tibiaplateauet. Distalt: a. dorsalis pedis og a. tibialis post. palpable, normal sensibilitet og motorik, ingen tegn på kompartmentsyndrom (bløde muskellogér, ingen passiv strækkesmerte). Ankel uøm.
Rtg. + CT ve. knæ: Split-depressionsfraktur af laterale tibiakondyl (Schatzker II) med 8 mm impression af ledfladen. Fibula intakt. Rtg. ve. ankel: Ingen fraktur i ve. ankel.

Forløb: Knæskinne og højt leje. Eliquis pauseret ved ankomst (sidste dosis 01.06 aften). Opereret 04.06 efter 48 t pause (se operationsbeskrivelse). Postop. ukompliceret, CPM-skinne 0-60°, mobiliseret ved fys. med albuestokke og aflastning. Hb 8,1 -> 7,4 mmol/l, ikke transfusionskrævende. Eliquis genoptaget 05.06 aften. Sinusrytme under hele indlæggelsen.

Konklusion: Fraktur af laterale tibiakondyl ve. (Schatzker II), opereret med åben reposition og pladeosteosyntese. Paroksystisk atrieflimren i AK-beh.

Plan: Aflastning (tåberøring) i 6 uger, herefter gradvis fuld belastning. Fri bevægelighed i knæet, genoptræning i kommunen. Rtg.-kontrol og sårkontrol i ortopædkirurgisk amb. om 2 uger, agraffer fjernes samme dag. Sygemeldt min. 3 mdr. Eliquis fortsætter uændret (dækker også tromboseprofylaksen).
""",
            ),
            (
                "operationsbeskrivelse",
                """Operationsbeskrivelse 04.06.2025

Operation: Åben reposition og intern fiksation af lateral tibiaplateaufraktur ve. med låseplade og knoglesubstitut.
Indikation: Schatzker II-fraktur ve. tibia, 8 mm depression af den laterale ledflade.
Anæstesi: Spinal + sedation. Cefuroxim 1,5 g i.v. Tourniquet 300 mmHg i 84 min.
Lejring: Rygleje på røntgengennemlyseligt bord.

Anterolateral incision. Fascia tibialis anterior løsnes fra Gerdys tuberkel. Submeniskal artrotomi: den laterale menisk er intakt, ingen menisklæsion. Splitfragmentet åbnes som en bog, den deprimerede ledflade eleveres under gennemlysning til kongruens. Defekten udfyldes med 10 ml knoglesubstitut. Reposition fastholdes med K-tråde, herefter lateral proksimal tibia-låseplade 3,5 mm med 4 proksimale og 3 distale skruer. Gennemlysning: god reposition, ledfladen i niveau, god placering af plade og skruer. Stabilt knæ ved varus/valgus-stress. Kapslen syet til menisken. Skylning. Lukning i lag, agraffer i huden. Forbinding og bandage.

Blodtab ca. 150 ml. Komplikationer: Ingen.
""",
            ),
        ],
        "medications": [
            ("B01AF02", "apixaban (Eliquis)", "5 mg x 2"),
            ("N02BE01", "paracetamol", "1 g x 4"),
            ("N02AA05", "oxycodon", "5 mg p.n., max 4 dgl."),
        ],
        "labs": [("NPU02319", "Hæmoglobin;B", 7.4, "mmol/L", 8.3, 10.5)],
        "codes": [("DS821B", "A"), ("DI480", "B")],
        "evidence": [
            ("DS821B", "Split-depressionsfraktur af laterale tibiakondyl (Schatzker II)"),
            ("DS821B", "Fraktur af laterale tibiakondyl ve. (Schatzker II)"),
            ("DS821B", "lateral tibiaplateaufraktur ve.", "", 1),
            ("DI480", "Paroksystisk AFLI, AK-beh. med Eliquis"),
            ("DI480", "Paroksystisk atrieflimren i AK-beh."),
        ],
        "distractors": [
            ("DT796", "ingen tegn på kompartmentsyndrom", "negated"),
            ("DS824", "Fibula intakt", "negated"),
            ("DS828D", "Ingen fraktur i ve. ankel", "negated"),
            ("DM232", "Tidl. menisk-operation hø. knæ 2008", "history"),
            ("DS832", "ingen menisklæsion", "negated", "", 1),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW5-18",
        "department": "Ortopædkirurgisk afdeling",
        "specialty": "ortopædkirurgi",
        "patient": {"age": 71, "sex": "F"},
        "admission": {"start": "2025-02-17", "end": "2025-02-20"},
        "notes": [
            """Rygkirurgisk afsnit, Ortopædkirurgisk afd. – Epikrise

Indl. 17.02.25 – udskr. 20.02.25

71-årig kvinde, pens. sygeplejerske, bor med ægtefælle i rækkehus. Kendt med HT (amlodipin 5 mg) og hypothyreose (Eltroxin 100 mikrog). Hysterektomeret 1998. Ikke-ryger.

Baggrund: Ca. 2 års tiltagende smerter i lænden og begge ben ved gang, med tyngde- og sovefornemmelse i lår og læg. Gangdistance nu ca. 150 m, så må hun sætte sig på en bænk eller læne sig ind over indkøbsvognen, og så går det over på et par min. Cykler uden problemer. Ingen hvilesmerter. Ingen vandladningsforstyrrelser.
6 mdr. fysioterapi og træning uden effekt.
Obj. i amb.: Normal kraft, sensibilitet og reflekser i UE. Lasègue neg. bilat. Fodpulse palpable bilat., ABI 1,05/1,08 – ingen perifer arteriel insufficiens.
MR L-columna: Svær central spinalstenose L3/L4 og L4/L5 pga. facetledsartrose og hypertrofi af ligamentum flavum, lateral recesstenose bilat. L4/L5. Ingen prolaps. Ingen spondylolistese.

Vurdering: Lumbal spinalstenose L3-L5 med neurogen claudicatio. Indikation for dekompression.

Op. 17.02.25: Bilateral dekompression L3/L4 og L4/L5 via unilateral adgang (over-the-top), uden fusion. Peroperativt udtalt flavumhypertrofi, som fjernes; rødderne L4 og L5 frie bilat. Ingen durarift. Blodtab 100 ml.

Forløb: Mobiliseret dagen efter op. Bensmerterne væsentligt bedre, gået 300 m på gangen 19.02. Lette sårsmerter, VAS 3. BT 150-165/85 efter op., amlodipin øget fra 5 til 10 mg. Sår tørt. Vandladning ua.

Diagnoser:
Lumbal spinalstenose med neurogen claudicatio, opereret.
Essentiel hypertension.
Hypothyreose.

Plan: Undgå tunge løft de første 6 uger, ellers ingen restriktioner. Genoptræningsplan til kommunen. Trådfjernelse hos e.l. dag 12-14. BT-kontrol hos e.l. om 2-3 uger efter dosisøgning. Amb. kontrol med spørgeskema efter 3 mdr.
"""
        ],
        "medications": [
            ("C08CA01", "amlodipin", "10 mg x 1"),
            ("H03AA01", "levothyroxin (Eltroxin)", "100 mikrog x 1"),
            ("N02BE01", "paracetamol", "1 g x 4"),
            ("N02AA05", "oxycodon", "5 mg p.n."),
        ],
        "labs": [],
        "codes": [("DM480", "A"), ("DI109", "B"), ("DE039", "B")],
        "evidence": [
            ("DM480", "Svær central spinalstenose L3/L4 og L4/L5"),
            ("DM480", "Lumbal spinalstenose L3-L5 med neurogen claudicatio"),
            ("DM480", "Lumbal spinalstenose med neurogen claudicatio, opereret"),
            ("DI109", "HT (amlodipin 5 mg)"),
            ("DI109", "Essentiel hypertension"),
            ("DE039", "hypothyreose (Eltroxin 100 mikrog)"),
            ("DE039", "Hypothyreose."),
        ],
        "distractors": [
            ("DM512F", "Ingen prolaps", "negated"),
            ("DM431", "Ingen spondylolistese", "negated"),
            ("DI739", "ingen perifer arteriel insufficiens", "negated"),
            ("DG968", "Ingen durarift", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW5-19",
        "department": "Urologisk afdeling",
        "specialty": "urologi",
        "patient": {"age": 76, "sex": "M"},
        "admission": {"start": "2025-04-07", "end": "2025-04-10"},
        "notes": [
            (
                "epikrise",
                """Epikrise – Urologisk afdeling

Indl. 07.04.2025, udskr. 10.04.2025

Indikation: TURP pga. benign prostatahyperplasi med recidiverende akut urinretention.

76-årig mand, pens. landmand, bor med hustru. Kendt med paroksystisk atrieflimren (Eliquis 5 mg x 2, bisoprolol 2,5 mg). Tidl. TCI 2019 uden følger. Bror opereret for prostatakræft 2020.
Anamnese: Flere års LUTS med slap stråle, natlig vandladning x 3-4. Tamsulosin siden 2022, finasterid tillagt 2024. Akut urinretention jan. 2025 (1100 ml) og igen marts 2025 (900 ml), begge gange mislykket KAD-seponering trods tamsulosin. Har haft KAD siden 12.03.
Forundersøgelse: TRUS prostatavolumen 68 ml. PSA 2,1 (på finasterid, svarer til ca. 4,2), lav PSA-densitet. Rektaleksploration: glat, fast-elastisk, forstørret prostata uden suspekte knuder. UL nyrer: ingen hydronefrose. Cystoskopi: okkluderende midterlap, trabekuleret blære, ingen blæresten, ingen tumorer. Urin-D+R præop.: sterilt efter 3 dages Selexid.

Forløb: Eliquis pauseret 48 t præop., genoptaget 2. postop. dag. TURP 07.04 (se operationsbeskrivelse). Skylning via 3-løbet KAD til 08.04 morgen, lyserød urin, ingen koagler. KAD seponeret 09.04, herefter spontan vandladning, residualurin 40 og 65 ml. Let svie. Hb stabil 8,3 -> 8,0. Natrium 139 postop.

Histologi: Benign prostatahyperplasi, 41 g resektat, ingen malignitet.

Diagnoser: Prostatahyperplasi. Recidiverende akut urinretention. Paroksystisk atrieflimren, AK-beh.

Plan: Tamsulosin og finasterid seponeret. Drik 2 l dgl. de næste 2 uger, der kan komme blod i urinen 2-3 uger efter (skorpeafstødning). Undgå cykling og tunge løft i 3 uger. Telefonkonsultation med flowmåling og residualurin om 6 uger. Kontakt afd. ved manglende vandladning, store koagler eller feber.
""",
            ),
            (
                "operationsbeskrivelse",
                """Operationsbeskrivelse – TURP 07.04.2025

Anæstesi: Spinal. Gentamicin 240 mg i.v.
Cystoskopi: Urethra fri. Stor okkluderende midterlap og moderate sidelapper, afstand colliculus – blærehals ca. 4 cm. Blæren trabekuleret med enkelte pseudodivertikler, ingen sten, ingen tumorsuspekte forandringer. Ostier normalt beliggende, klar efflux bilat.
Procedure: Bipolar TURP i saltvand. Midterlappen reseceres først, herefter sidelapperne kl. 1-5 og 7-11 ned til kapslen, apex respekteres, colliculus bevares. Hæmostase med koagulation. Spåner evakueret med Ellik, 41 g til histologi. God åben prostataloge. Sphincter intakt.
3-løbet Ch 22 KAD, skylning startet, klar-lyserød returvæske.
Komplikationer: Ingen, ingen kapselperforation.
""",
            ),
        ],
        "medications": [
            ("B01AF02", "apixaban (Eliquis)", "5 mg x 2"),
            ("C07AB07", "bisoprolol", "2,5 mg x 1"),
            ("N02BE01", "paracetamol", "1 g x 4 p.n."),
        ],
        "labs": [
            (None, "Prostataspecifikt antigen;P", 2.1, "µg/L", None, 4.0),
            ("NPU02319", "Hæmoglobin;B", 8.0, "mmol/L", 8.3, 10.5),
            ("NPU03429", "Natrium;P", 139, "mmol/L", 137, 145),
        ],
        "codes": [("DN409", "A"), ("DR339B", "B"), ("DI480", "B")],
        "evidence": [
            ("DN409", "Benign prostatahyperplasi, 41 g resektat"),
            ("DN409", "Prostatahyperplasi."),
            ("DR339B", "Recidiverende akut urinretention"),
            ("DR339B", "Akut urinretention jan. 2025"),
            ("DI480", "paroksystisk atrieflimren (Eliquis 5 mg x 2, bisoprolol 2,5 mg)"),
            ("DI480", "Paroksystisk atrieflimren, AK-beh."),
        ],
        "distractors": [
            ("DZ804", "Bror opereret for prostatakræft 2020", "family"),
            ("DG459", "Tidl. TCI 2019 uden følger", "history"),
            ("DN133", "ingen hydronefrose", "negated"),
            ("DN210", "ingen blæresten", "negated"),
            ("DC619", "ingen malignitet", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW5-20",
        "department": "Urologisk afdeling",
        "specialty": "urologi",
        "patient": {"age": 35, "sex": "M"},
        "admission": {"start": "2025-09-14", "end": "2025-09-16"},
        "notes": [
            """Urologisk afd. – Epikrise

35-årig mand, IT-konsulent, tidl. rask, ingen fast medicin. Appendektomi som 10-årig. Fast partner, ingen nye seksualpartnere det seneste år.

Indlagt 14.09.25 fra FAM med 2 døgns tiltagende smerter og hævelse i hø. side af pungen, de sidste 12 t feber op til 39,0 og kulderystelser. Let svie ved vandladning og hyppig vandladning. Intet traume. Intet udflåd fra urinrøret.

Obj.: Temp. 38,8, BT 128/76, P 102. Hø. scrotalhalvdel rød, varm og hævet, epididymis markant forstørret og meget øm, testis kan afgrænses. Cremasterrefleks bevaret, Prehns tegn pos. Ve. side ua. Ingen lyskebrok.
UL scrotum m. doppler: Forstørret, hyperæmisk epididymis hø. (caput og cauda), lille reaktiv hydrocele, testis med normal perfusion bilat. Ingen absces. Intet der tyder på testistorsion.
Urin-stix: leuk 3+, nitrit pos. Klamydia- og gonorré-PCR i urin negativ. D+R urin: E. coli > 10^5, følsom for cefuroxim og ciprofloxacin.

Forløb: Beh. med cefuroxim 1,5 g x 3 i.v., suspensorium, is og NSAID. Feberfri efter 36 t, CRP 124 -> 81. Skiftet til ciprofloxacin p.o. 16.09 og udskrevet samme dag.

Konkl.: Akut epididymitis hø. forårsaget af E. coli.

Plan: Ciprofloxacin 500 mg x 2, i alt 10 dages beh. Suspensorium og ibuprofen p.n. Kontrol hos e.l. om 2 uger. Da der er tale om E. coli-epididymitis hos yngre mand planlægges amb. UL af urinveje og flowmåling mhp. afløbshindring. Kontakt ved tiltagende smerter eller feber.
"""
        ],
        "medications": [
            ("J01DC02", "cefuroxim", "1,5 g x 3 i.v."),
            ("J01MA02", "ciprofloxacin", "500 mg x 2 i 10 dage"),
            ("M01AE01", "ibuprofen", "400 mg x 3 p.n."),
        ],
        "labs": [
            ("NPU19748", "C-reaktivt protein [CRP];P", 124, "mg/L", None, 8),
            ("NPU02593", "Leukocytter;B", 15.2, "10^9/L", 3.5, 8.8),
        ],
        "codes": [("DN459A", "A"), ("DB962", "B")],
        "evidence": [
            ("DN459A", "Forstørret, hyperæmisk epididymis hø."),
            ("DN459A", "Akut epididymitis hø. forårsaget af E. coli"),
            ("DB962", "E. coli > 10^5"),
            ("DB962", "forårsaget af E. coli"),
        ],
        "distractors": [
            ("DK359", "Appendektomi som 10-årig", "history"),
            ("DK409", "Ingen lyskebrok", "negated"),
            ("DN450A", "Ingen absces", "negated"),
            ("DN449", "Intet der tyder på testistorsion", "negated"),
            ("DA561A", "Klamydia- og gonorré-PCR i urin negativ", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW5-21",
        "department": "Gynækologisk afdeling",
        "specialty": "gynækologi",
        "patient": {"age": 46, "sex": "F"},
        "admission": {"start": "2025-05-19", "end": "2025-05-21"},
        "notes": [
            (
                "epikrise",
                """Epikrise – Gynækologisk afdeling

Indlagt 19.05.2025 til elektiv operation, udskrevet 21.05.2025.

46-årig kvinde, pædagog, P2 (to vaginale fødsler). Ikke-ryger. Hypothyreose i Eltroxin-beh., velreguleret. Mor havde brystkræft i 60'erne. Ingen kendte allergier.

Anamnese: Siden 2023 tiltagende kraftige og langvarige menstruationer, 8-9 dage, skifter bind hver time de første dage, koagler, har måttet blive hjemme fra arbejde. Træthed og åndenød ved trappegang. Mirena-spiral forsøgt 2024, udstødt efter 3 mdr. Tranexamsyre med utilstrækkelig effekt.
TVUL: Uterus myomatosus, forstørret svarende til 14. uge, dominerende intramuralt myom i fundus 8 x 7 cm samt 2-3 mindre intramurale myomer. Ingen submukøse komponenter. Ovarier normale bilat.
Endometriebiopsi 03/2025: proliferativt endometrium, ingen hyperplasi, ingen malignitet. Cervixcytologi normal 2024.
Hb 5,9 mmol/l og ferritin 4 ved henvisningen, fik Monofer 1000 mg i.v. x 2 i april, Hb præop. 7,1.

Operation 19.05.2025: Laparoskopisk total hysterektomi med bilateral salpingektomi, ovarierne bevares (se operationsbeskrivelse).

Forløb: Ukompliceret. Mobiliseret op-aftenen, KAD seponeret 20.05 med spontan vandladning, residualurin 30 ml. Smerter velbehandlede på paracetamol/ibuprofen. Hb postop. 6,6 mmol/l, ingen transfusion, jerntabletter genoptaget. Afebril, normal tarmfunktion.

Histologi: Leiomyomer (største 8 cm) uden atypi, ingen tegn på leiomyosarkom. Endometrium og cervix ua.

Diagnoser:
Intramurale fibromyomer i uterus.
Menoragi.
Kronisk blødningsanæmi (jernmangel) pga. menoragien.
Hypothyreose.

Plan: Sygemelding 3-4 uger. Intet samleje og ingen karbad i 6 uger. Fortsat jerntilskud i 3 mdr., Hb og ferritin hos e.l. om 6-8 uger. Ingen kontrol i afd. Ikke behov for fremtidige celleprøver (cervix fjernet, normal histologi).
""",
            ),
            (
                "operationsbeskrivelse",
                """Operationsbeskrivelse 19.05.2025

Operation: Total laparoskopisk hysterektomi (TLH) med bilateral salpingektomi.
Indikation: Uterus myomatosus med menoragi og anæmi, medicinsk beh. uden effekt.
Anæstesi: Generel. Cefuroxim 1,5 g + metronidazol 1 g i.v. Trendelenburg, uterusmanipulator.
Fund: Uterus forstørret til ca. 14 uger, buklet af flere intramurale myomer, største i fundus ca. 8 cm. Normale ovarier og tuber bilat. Ingen endometriose. Appendix ua.
Procedure: 4 porte. Tuba og lig. ovarii proprium koaguleres og deles bilat., tuberne følger præparatet. Blæren skubbes ned. Aa. uterinae koaguleres og deles bilat. ved isthmus. Kolpotomi på manipulatorens kop. Uterus for stor til hel vaginal udtagning, placeres i pose og morcelleres kontrolleret med kniv vaginalt. Vaginaltoppen lukkes laparoskopisk med fortløbende V-Loc. Hæmostase sikret, skylning. Ureteres ses peristaltere bilat.
Blødning 200 ml. Komplikationer: Ingen.
""",
            ),
        ],
        "medications": [
            ("H03AA01", "levothyroxin (Eltroxin)", "75 mikrog x 1"),
            ("B03AA07", "ferrosulfat (jerntabletter)", "100 mg x 1 i 3 mdr."),
            ("N02BE01", "paracetamol", "1 g x 4"),
            ("M01AE01", "ibuprofen", "400 mg x 3 i 5 dage"),
        ],
        "labs": [
            ("NPU02319", "Hæmoglobin;B", 6.6, "mmol/L", 7.3, 9.5),
            ("NPU19763", "Ferritin;P", 4, "µg/L", 12, 300),
        ],
        "codes": [("DD251", "A"), ("DN920B", "B"), ("DD500", "B"), ("DE039", "B")],
        "evidence": [
            ("DD251", "dominerende intramuralt myom i fundus 8 x 7 cm"),
            ("DD251", "Intramurale fibromyomer i uterus"),
            ("DD251", "flere intramurale myomer", "", 1),
            ("DN920B", "tiltagende kraftige og langvarige menstruationer"),
            ("DN920B", "Menoragi."),
            ("DD500", "Hb 5,9 mmol/l og ferritin 4"),
            ("DD500", "Kronisk blødningsanæmi (jernmangel) pga. menoragien"),
            ("DE039", "Hypothyreose i Eltroxin-beh."),
            ("DE039", "Hypothyreose."),
        ],
        "distractors": [
            ("DZ803", "Mor havde brystkræft i 60'erne", "family"),
            ("DD250", "Ingen submukøse komponenter", "negated"),
            ("DN850", "ingen hyperplasi", "negated"),
            ("DC542", "ingen tegn på leiomyosarkom", "negated"),
            ("DN809", "Ingen endometriose", "negated", "", 1),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW5-22",
        "department": "Gynækologisk-obstetrisk afdeling",
        "specialty": "obstetrik",
        "patient": {"age": 29, "sex": "F"},
        "admission": {"start": "2025-07-08", "end": "2025-07-13"},
        "notes": [
            """Epikrise – Gynækologisk-obstetrisk afdeling, barselsafsnittet

Indlagt: 08.07.2025 via obstetrisk akutmodtagelse
Udskrevet: 13.07.2025

Indlæggelsesårsag: Feber og underlivssmerter 5. dag efter vaginal fødsel.

Anamnese:
29-årig kvinde, II-gravida II-para, lærer, gift. Rask, ingen fast medicin ud over jerntilskud. Ingen allergier. Ved første graviditet 2022 gestationel diabetes i kostbeh., normal OGTT efter fødslen. Denne graviditet ukompliceret, normal OGTT i uge 28. GBS-status ukendt (ikke screenet).
Fødsel 03.07.2025 i GA 40+2: Vandafgang 02.07 kl. 06, veer først efter 22 t, i alt ca. 27 t fra vandafgang til fødsel. Ve-stimulation. Født vaginalt, levende pige 3.650 g, Apgar 9/10. Manuel placentafjernelse i spinal pga. fastsiddende placenta, blodtab i alt 900 ml. Bristning 2. grad, sutureret. Placenta vurderet komplet efter den manuelle fjernelse. Fik ikke antibiotika ved fødslen. Udskrevet fra barsel 04.07 med Hb 6,3 mmol/l.
Aktuelt: Fra 07.07 om aftenen tiltagende murrende smerter nederst i maven, feber 39,2 hjemme, kulderystelser, ildelugtende udflåd. Ammer fuldt, ingen smerter i brysterne. Ingen vandladningsgener. Ingen hoste, ingen smerter i benene.

Obj. ved ankomst: Temp. 39,1, P 112, BT 112/64, RF 18, SAT 98 %. Almen påvirket, varm og tør. St.c./st.p. ua. Abdomen blødt, fundus uteri 2 fingre under navlen, udtalt ømhed ved palpation af uterus. Mammae bløde, ingen rødme, ingen tegn på mastitis. Perineum: suturen pæn, let hævelse, ingen tegn på infektion i perinealsuturen. GU: ildelugtende, brunlig lochia, øm uterus ved bimanuel palpation, fornices fri. Læggene bløde, ingen tegn på DVT.

Paraklinik: CRP 186, leukocytter 17,8, Hb 5,8 mmol/l, trombocytter 412, laktat 1,6, kreatinin 58. Urin-stix: spor af leukocytter (lochia), D+R urin uden vækst.
Bloddyrkning x 2: ingen vækst. Vaginal-/cervixpodning: Streptokokker gruppe B (GBS) samt blandet anaerob flora.
TVUL: Uterus passende involveret for dag 5, endometriet 9 mm uden hyperekkoisk materiale og uden doppler-flow, ingen holdepunkt for placentarester. Ingen fri væske i Douglas.

Forløb:
Dag 1 (08.07): Vurderet som puerperal endometritis efter manuel placentafjernelse. qSOFA 0, lactat normal. Startet i.v. ampicillin 2 g x 4, gentamicin 5 mg/kg x 1 og metronidazol 500 mg x 3 jf. instruks. Paracetamol fast og ibuprofen. Barnet indlagt sammen med mor på barselsafsnittet, fortsat fuld amning (foreneligt med behandlingen).
Dag 2 (09.07): Stadig feber 38,6 om aftenen, men subjektivt bedre. CRP 214 (peak). Mindre ømhed af uterus.
Dag 3 (10.07): Feberfri fra morgenstunden. CRP 142. GBS følsom for penicillin. Gentamicin seponeret efter 3 doser, fortsat ampicillin + metronidazol. Hb 5,7 – tolkes som anæmi efter fødselsblødningen og inflammation, ferritin 9. Ferinject 1000 mg i.v. givet.
Dag 4 (11.07): Fortsat afebril, spiser og drikker, mobiliseret. Lochia ikke længere ildelugtende. CRP 88.
Dag 5 (12.07): CRP 51, leuk 9,4. Skiftet til p.o. Imadrax 750 mg x 3 og metronidazol 500 mg x 3.
Dag 6 (13.07): Velbefindende, afebril > 72 t. Udskrives.

Konklusion:
Puerperal endometritis efter vaginal fødsel, GBS og anaerober påvist i cervixpodning.
Anæmi i barselsperioden (Hb 5,7), behandlet med i.v. jern.

Plan:
- Imadrax 750 mg x 3 og metronidazol 500 mg x 3 til i alt 10 dages behandling (sidste dosis 17.07).
- Hb kontrolleres hos e.l. om 4 uger. Sundhedsplejersken er orienteret.
- Ved fornyet feber, tiltagende smerter eller kraftig blødning straks kontakt til obstetrisk akutmodtagelse.
- Ved fremtidige fødsler: GBS-fundet noteres i vandrejournalen, intrapartum penicillinprofylakse anbefales.
- Efterundersøgelse hos e.l. 8 uger efter fødslen som planlagt.
"""
        ],
        "medications": [
            ("J01CA01", "ampicillin", "2 g x 4 i.v."),
            ("J01GB03", "gentamicin", "5 mg/kg x 1 i.v. (3 doser)"),
            ("J01XD01", "metronidazol", "500 mg x 3"),
            ("J01CA04", "amoxicillin (Imadrax)", "750 mg x 3 p.o. til 17.07"),
            ("B03AC01", "jern(III)carboxymaltose (Ferinject)", "1000 mg i.v. x 1"),
            ("N02BE01", "paracetamol", "1 g x 4"),
        ],
        "labs": [
            ("NPU19748", "C-reaktivt protein [CRP];P", 186, "mg/L", None, 8),
            ("NPU02593", "Leukocytter;B", 17.8, "10^9/L", 3.5, 8.8),
            ("NPU02319", "Hæmoglobin;B", 5.7, "mmol/L", 7.3, 9.5),
            ("NPU19763", "Ferritin;P", 9, "µg/L", 12, 300),
        ],
        "codes": [("DO859A", "A"), ("DB951", "B"), ("DO990A", "B")],
        "evidence": [
            ("DO859A", "Vurderet som puerperal endometritis"),
            ("DO859A", "Puerperal endometritis efter vaginal fødsel"),
            ("DB951", "Streptokokker gruppe B (GBS)"),
            ("DB951", "GBS og anaerober påvist i cervixpodning"),
            ("DO990A", "tolkes som anæmi efter fødselsblødningen"),
            ("DO990A", "Anæmi i barselsperioden (Hb 5,7)"),
        ],
        "distractors": [
            ("DO244", "gestationel diabetes i kostbeh.", "history"),
            ("DO730", "Manuel placentafjernelse i spinal pga. fastsiddende placenta", "history"),
            ("DO720A", "blodtab i alt 900 ml", "history"),
            ("DO912I", "ingen tegn på mastitis", "negated"),
            ("DO860B", "ingen tegn på infektion i perinealsuturen", "negated"),
            ("DO871", "ingen tegn på DVT", "negated"),
            ("DO862", "D+R urin uden vækst", "negated"),
            ("DO731A", "ingen holdepunkt for placentarester", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW5-23",
        "department": "Børneafdeling",
        "specialty": "pædiatri",
        "patient": {"age": 0, "sex": "F"},
        "admission": {"start": "2025-01-20", "end": "2025-01-23"},
        "notes": [
            """Børneafdelingen – Epikrise

8 mdr. gammel pige, født til termin, normal udvikling, vaccineret iflg. børnevaccinationsprogrammet. Ingen tidl. indlæggelser. Storebror (5 år) havde nyrebækkenbetændelse som spæd.

Indlagt 20.01.25 via egen læge med 2 døgns feber op til 40,1, utilpashed, spiser dårligere (ca. halvdelen af vanlige flasker), færre våde bleer. Ingen forkølelse, ingen hoste, ingen diaré, kastet op x 1. Intet udslæt.

Obj.: Temp. 39,6, P 168, RF 36, SAT 99 %, CRT < 2 sek. Vægt 8,1 kg. Lidt bleg og træt, men kontaktbar og smiler. Fontanellen i niveau, ingen nakkestivhed. Trommehinder ua. bilat. Svælg let rødt. St.p./st.c. ua. Abdomen blødt, virker ikke øm. Ydre genitalia ua. Ingen petekkier.
Paraklinik: CRP 142, leuk 21,3, neutro 14,8, kreatinin 22, Na 137. Kateterurin: leuk 3+, nitrit pos., bakterier i mikroskopi. Urin-D+R: E. coli > 10^5/ml, følsom for amoxicillin/clavulansyre, cefuroxim og gentamicin, resistent for ampicillin. Bloddyrkning negativ.

Vurd.: Febril UVI, dvs. akut pyelonefritis hos spædbarn. Ikke mistanke om meningitis.

Forløb: Startet i.v. ampicillin og gentamicin jf. afd. instruks. Afebril efter ca. 36 t, drikker og spiser vanligt, mange våde bleer. Ampicillin seponeret ved resistenssvar 22.01, skiftet til p.o. Spektramox mikstur. CRP 142 -> 48. Kreatinin normal hele vejen.
UL af nyrer og urinveje 22.01: Normal størrelse og struktur af begge nyrer, ingen hydronefrose, ingen dilaterede ureteres, blæren ua.

Diagnose: Akut pyelonefritis forårsaget af E. coli (første febrile UVI).

Plan: Spektramox mikstur 20 mg/kg x 3 (amoxicillin-dosis), i alt 10 dages beh. (til 29.01). Forældrene instrueret i tegn på ny UVI – ved feber uden fokus skal urinen undersøges hos e.l. Ved recidiv af febril UVI henvises til MUCG mhp. vesikoureteral refluks. Ingen rutinekontrol i amb.
"""
        ],
        "medications": [
            ("J01GB03", "gentamicin", "7 mg/kg x 1 i.v."),
            ("J01CR02", "amoxicillin/clavulansyre (Spektramox mikstur)", "20 mg/kg x 3 p.o. til 29.01"),
            ("N02BE01", "paracetamol mikstur", "15 mg/kg x 4 p.n."),
        ],
        "labs": [
            ("NPU19748", "C-reaktivt protein [CRP];P", 142, "mg/L", None, 8),
            ("NPU02593", "Leukocytter;B", 21.3, "10^9/L", 6.0, 17.5),
            ("NPU18016", "Kreatinin;P", 22, "µmol/L", 14, 34),
        ],
        "codes": [("DN109C", "A"), ("DB962", "B")],
        "evidence": [
            ("DN109C", "akut pyelonefritis hos spædbarn"),
            ("DN109C", "Akut pyelonefritis forårsaget af E. coli"),
            ("DB962", "E. coli > 10^5/ml"),
            ("DB962", "forårsaget af E. coli"),
        ],
        "distractors": [
            ("DZ841", "Storebror (5 år) havde nyrebækkenbetændelse som spæd", "family"),
            ("DG039", "Ikke mistanke om meningitis", "negated"),
            ("DN133", "ingen hydronefrose", "negated"),
            ("DN137", "MUCG mhp. vesikoureteral refluks", "planned"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW5-24",
        "department": "Børneafdeling",
        "specialty": "pædiatri",
        "patient": {"age": 9, "sex": "M"},
        "admission": {"start": "2025-11-03", "end": "2025-11-10"},
        "notes": [
            """Epikrise – Børneafdelingen, Børn og Unge

Indlagt: 03.11.2025 (først børneintensivt observationsafsnit, sengeafsnit fra 04.11)
Udskrevet: 10.11.2025

Indlæggelsesårsag: Nydebuteret type 1-diabetes med diabetisk ketoacidose.

Anamnese:
9-årig dreng, går i 3. klasse, bor med forældre og lillesøster. Født til termin, normal udvikling, tidl. rask. Ingen fast medicin, ingen allergier. Far har type 1-diabetes siden 14-årsalderen. Ingen kendt cøliaki eller stofskiftesygdom i familien.
Ca. 3 uger med stor tørst, drikker også om natten, hyppige toiletbesøg og har tisset i sengen flere nætter (tør siden 4-årsalderen). Vægttab ca. 3 kg. Træt og uoplagt i skolen. De sidste 2 døgn mavesmerter, kvalme og opkast x 4, i dag døsig. Set af vagtlæge i går, tolket som maveinfluenza. Far målte i morges BS på sit eget apparat: "HI".

Obj. ved ankomst (kl. 10.40): Vægt 27,4 kg (30,5 kg ved sundhedsplejersken i aug.). Temp. 36,9, P 128, BT 108/64, RF 32 med dyb Kussmaul-respiration, acetonelugt. SAT 99 %. Tørre slimhinder, indsunkne øjne, CRT 3 sek., vurderet 7-8 % dehydreret. GCS 14 (E3), orienteret, svarer relevant. Pupiller isokore, lysreagerende. Ingen hovedpine. Abdomen diffust let øm, ingen peritoneal reaktion.

Paraklinik ved ankomst: Venøs gas pH 7,09, pCO2 2,4 kPa, HCO3 7, BE -22. Glukose 31,4 mmol/l. B-ketoner 5,8 mmol/l. Na 133 (korrigeret 143), K 4,6, kreatinin 68, carbamid 8,1. Leuk 16,4 (stress), CRP 6. HbA1c 104 mmol/mol.

Vurdering: Nydebuteret type 1-diabetes med moderat til svær diabetisk ketoacidose.

Forløb:
Dag 1 (03.11): Behandlet jf. DKA-instruks på børneintensivt observationsafsnit: 10 ml/kg NaCl over 1 t, herefter rehydrering over 48 t med NaCl 0,9 % + KCl 40 mmol/l. Insulininfusion (Actrapid) 0,05 IE/kg/t startet 1 t efter væskestart. Timelig BS, neuro-obs. og væskeskema, blodgas hver 2. t. Glukose tilsat ved BS < 14. Kl. 22 faldt K til 2,9 mmol/l, KCl i infusionen øget til 60 mmol/l, K 3,4 kl. 02. Ingen tegn på hjerneødem – GCS 15 fra kl. 16, ingen hovedpine, ingen bradykardi.
Dag 2 (04.11): pH 7,31, HCO3 17, ketoner 1,1 kl. 08; ketoacidosen ophævet kl. 14 (pH 7,36, ketoner 0,4). Spiser lidt. Overgang til s.c. insulin: Tresiba 8 IE x 1 og NovoRapid til måltider (1 IE pr. 15 g kulhydrat) + korrektionsskema; insulininfusionen stoppet 30 min efter første s.c. dosis. K 3,9. Flyttet til sengeafsnittet.
Dag 3 (05.11): BS 5-14. Diabetesundervisning ved diabetessygeplejerske og diætist sammen med forældrene startet (kulhydrattælling, insulinpen, hypoglykæmi). CGM (Dexcom G7) sat op.
Dag 4-6 (06.11-08.11): Dosisjustering, Tresiba nu 10 IE. BS 4,8-11,2, én let hypoglykæmi 3,6 efter fodbold på gangen, selv korrigeret med druesukker. Forældrene giver selv insulin. Samtale med socialrådgiver og psykolog tilbudt. Skolen orienteret via forældrene.
Dag 7 (09.11) og 10.11: Stabile forhold, 1 nat hjemme på orlov 09.11 uden problemer. Udskrives.

Supplerende: GAD65-, IA2- og ZnT8-antistoffer positive, forenelig med autoimmun type 1-diabetes. TSH 2,1, TPO-ab negative. Transglutaminase-IgA negativ med normalt total-IgA – ingen cøliaki.

Diagnoser:
Type 1-diabetes med ketoacidose (debut).
Hypokaliæmi under behandlingen af ketoacidosen.

Plan:
- Tresiba 10 IE kl. 20, NovoRapid 1 IE pr. 15 g kulhydrat + korrektion 1 IE pr. 3 mmol/l over 8.
- CGM med alarmgrænser 4,0 og 14,0, data deles med afd.
- Daglig telefonkontakt med diabetessygeplejerske første uge, døgnåben telefon.
- Kontrol i børnediabetesambulatoriet om 2 uger, HbA1c om 3 mdr.
- Årlig screening for cøliaki og thyreoideasygdom jf. retningslinje.
- Glukagon (Baqsimi) udleveret og forældrene instrueret.
"""
        ],
        "medications": [
            ("A10AE06", "insulin degludec (Tresiba)", "10 IE x 1 kl. 20"),
            ("A10AB05", "insulin aspart (NovoRapid)", "1 IE pr. 15 g kulhydrat + korrektion"),
            ("H04AA01", "glukagon nasalt (Baqsimi)", "3 mg v. svær hypoglykæmi"),
        ],
        "labs": [
            (None, "pH;Pt(vB)", 7.09, "", 7.35, 7.45),
            ("NPU22089", "Glukose;P", 31.4, "mmol/L", 4.0, 7.8),
            (None, "3-Hydroxybutyrat;B", 5.8, "mmol/L", None, 0.6),
            ("NPU03230", "Kalium;P", 2.9, "mmol/L", 3.5, 4.4),
            ("NPU27300", "Hæmoglobin A1c (IFCC);Hb(B)", 104, "mmol/mol", None, 48),
        ],
        "codes": [("DE101", "A"), ("DE876A", "B")],
        "evidence": [
            ("DE101", "Nydebuteret type 1-diabetes med diabetisk ketoacidose"),
            ("DE101", "Type 1-diabetes med ketoacidose (debut)"),
            ("DE876A", "faldt K til 2,9 mmol/l"),
            ("DE876A", "Hypokaliæmi under behandlingen af ketoacidosen"),
        ],
        "distractors": [
            ("DZ833", "Far har type 1-diabetes siden 14-årsalderen", "family"),
            ("DA099", "tolket som maveinfluenza", "negated"),
            ("DG936", "Ingen tegn på hjerneødem", "negated"),
            ("DK900", "ingen cøliaki", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW5-25",
        "department": "Psykiatrisk afdeling",
        "specialty": "psykiatri",
        "patient": {"age": 23, "sex": "M"},
        "admission": {"start": "2025-08-04", "end": "2025-08-29"},
        "notes": [
            """Psykiatrisk afd., P4 – Udskrivningsepikrise

Indl. 04.08.2025 (frivilligt), udskr. 29.08.2025.

Henvist fra akutpsykiatrien: 3 ugers tiltagende mistænksomhed, søvnløshed og bizar adfærd.

Anamnese:
23-årig mand, datalogistuderende, bor alene. Ingen tidl. psykiatrisk kontakt, somatisk rask. Morbror har skizofreni, ellers ingen psykisk sygdom i familien. Ryger hash 3-4 gange om ugen siden gymnasiet, sidst 10 dage før indl.; sparsomt alkohol, ingen andre stoffer.
Iflg. forældre velfungerende til juli, siden isoleret, udeblev fra sommerjobbet, sov få timer. Har tapet webcam og stikkontakter til, da "de" overvåger ham via strømnettet. Hører kommenterende stemmer. Ingen udløsende belastning.

Psyk. status ved indl.: Vågen, klar, orienteret. Mistænksom, vagtsom, sparsom øjenkontakt. Affekt let affladiget. Springende tankegang, tankepåsætning. Paranoide forfølgelsesforestillinger, kommenterende hørehallucinationer. Ingen selvmordstanker eller tanker om at skade andre. Ingen sygdomsindsigt, accepterer indl.

Somatisk: Obj. us. ua. TSH, B12, syfilis- og HIV-serologi ua. U-tox: THC pos., øvrige neg. MR cerebrum og EEG ua. Ingen holdepunkter for organisk årsag.

Forløb:
Aripiprazol 10 mg, øget til 15 mg efter 1 uge. Enkelte p.n. olanzapin initialt. Fra uge 2 aftagende stemmehøring og mistænksomhed, sover 7-8 t. Ved udskr. ingen hallucinationer, let residual mistænksomhed, begyndende sygdomsindsigt. Psykoedukation af pt. og forældre. Let akatisi uge 2, klinget af.
Da symptomerne persisterede > 2 uger efter sidste hashforbrug, vurderes tilstanden ikke primært cannabisudløst. Varighed < 1 mdr., derfor endnu ikke skizofrenidiagnose, men kan ikke udelukkes på sigt.

Diagnoser:
Akut skizofreniform psykose uden forudgående akut belastning.
Skadelig brug af cannabis.

Plan:
- Aripiprazol 15 mg x 1 fortsætter.
- Overgår til OPUS-team (1. samtale 02.09).
- Motiveret for hashstop, henvist til kommunal rusmiddelbeh.
- Vægt, BT, BS og lipider efter 3 mdr. (antipsykotikamonitorering).
"""
        ],
        "medications": [
            ("N05AX12", "aripiprazol", "15 mg x 1"),
            ("N05AH03", "olanzapin", "5 mg p.n., max 2 dgl."),
        ],
        "labs": [],
        "codes": [("DF2320", "A"), ("DF121", "B")],
        "evidence": [
            ("DF2320", "Akut skizofreniform psykose uden forudgående akut belastning"),
            ("DF121", "Ryger hash 3-4 gange om ugen"),
            ("DF121", "Skadelig brug af cannabis"),
        ],
        "distractors": [
            ("DZ818", "Morbror har skizofreni", "family"),
            ("DF069", "Ingen holdepunkter for organisk årsag", "negated"),
            ("DF125", "vurderes tilstanden ikke primært cannabisudløst", "negated"),
            ("DF209", "endnu ikke skizofrenidiagnose", "uncertain"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW5-26",
        "department": "Geriatrisk afdeling",
        "specialty": "geriatri",
        "patient": {"age": 89, "sex": "F"},
        "admission": {"start": "2025-07-14", "end": "2025-07-22"},
        "notes": [
            """Epikrise – Geriatrisk afdeling

Indlagt: 14.07.2025 via FAM
Udskrevet: 22.07.2025 til plejebolig

Indlæggelsesårsag: Sløvhed, nedsat væskeindtag og hypernatriæmi.

Anamnese:
89-årig kvinde, enke, bor i plejebolig siden 2023. Alzheimers demens med sen debut, diagnosticeret 2020, nu moderat-svær (MMSE 12 i 2024), går med rollator med støtte. Har brug for påmindelse om at spise og drikke.
Øvrig anamnese:
- Hypertension, beh. med amlodipin og furosemid (sidstnævnte pga. ankelødemer).
- Osteoporose, St.p. hoftefraktur ve. 2021 (osteosyntese).
- Kataraktopereret bilat.
Ifølge personalet i plejeboligen har hun over ca. 5 dage (hedebølge) drukket meget lidt, spist dårligt og været mere sløv og forvirret end vanligt, urolig om natten og har plukket ved dynen. Hyppig vandladning i bleen, ildelugtende urin. Ingen opkast, ingen diaré. Intet fald.

Obj. ved ankomst: Temp. 37,9, BT 98/56 (habituelt 140/80), P 104 reg., RF 18, SAT 96 % atm. Tørre slimhinder, tør tunge, nedsat hudturgor. Vågen, men uopmærksom og fluktuerende, CAM positiv. Ingen fokale neurologiske udfald. St.c.: ingen mislyde. St.p.: VAM bilat. Abdomen blødt, let suprapubisk ømhed. Ingen ødemer.
Paraklinik: Na 162, K 3,7, kreatinin 178 (habituelt 75), carbamid 21,4, albumin 34, glukose 7,2, CRP 64, leuk 12,9, Hb 8,4. Urin: leuk 3+, nitrit pos. D+R urin: E. coli > 10^5, følsom for mecillinam. Bloddyrkning ingen vækst.
CT cerebrum (pga. fluktuerende bevidsthed): Atrofi og leukoaraiose, ingen tegn på blødning eller infarkt.
Rtg. thorax: ingen infiltrater.

Vurdering: Hypernatriæmi og dehydrering pga. utilstrækkeligt væskeindtag ved demens, forværret af varmen og furosemid, med præ-renal akut nyreskade. Delir ved demens. Cystitis med E. coli.

Forløb:
14.07: Furosemid og amlodipin pauseret. I.v. glukose 5 % og NaCl, mål for Na-fald max 10 mmol/l pr. døgn, Na hver 6. t. Pivmecillinam 400 mg x 3 p.o. startet. Delirforebyggende tiltag, skærmet stue, datteren har medbragt kendte ting fra plejeboligen.
15.07: Na 156, kreatinin 141. Mere vågen. Drikker ca. 600 ml med hjælp.
16.07: Na 151, kreatinin 112. Feberfri. Fortsat forstyrret nattesøvn, haloperidol 0,5 mg én gang om natten pga. udtalt uro.
17.07: Na 147, kreatinin 94. I.v. væske aftrappet, væskeskema og drikkeplan med tilbud om drikke hver time i dagtiden.
18.07: Na 145. Delir i bedring, CAM negativ om eftermiddagen. Synkefunktion vurderet af ergoterapeut: normal, ingen dysfagi. Pivmecillinam afsluttet efter 5 dage.
19.-21.07: Na 142-144, kreatinin 81. BT 132-148/74-82 uden furosemid, amlodipin genoptaget 5 mg. Mobiliseret med rollator ved fysioterapeut, tilbage på habituelt niveau. Spiser og drikker ca. 1,3 l/døgn med opfordring.
22.07: Udskrives. Samtale med datter: enige om fortsat ingen genoplivning ved hjertestop (besluttet 2024), ellers fuld behandling.

Diagnoser:
Hypernatriæmi (Na 162).
Dehydrering.
Præ-renal akut nyreskade, normaliseret.
Delir ved demens, svundet.
Alzheimers demens med sen debut.
Cystitis med E. coli.
Hypertension.

Plan:
- Furosemid seponeret permanent (ingen ødemer, risiko for dehydrering). Amlodipin 5 mg x 1.
- Drikkeskema i plejeboligen, mål 1,5 l dgl., ekstra opmærksomhed i varmeperioder.
- Na og kreatinin hos plejeboligens læge om 1 uge.
- Genoptræningsplan (almen genoptræning) sendt til kommunen.
"""
        ],
        "medications": [
            ("C08CA01", "amlodipin", "5 mg x 1"),
            ("J01CA08", "pivmecillinam", "400 mg x 3 i 5 dage (afsluttet)"),
            ("N05AD01", "haloperidol", "0,5 mg p.n. til natten"),
        ],
        "labs": [
            ("NPU03429", "Natrium;P", 162, "mmol/L", 137, 145),
            ("NPU03230", "Kalium;P", 3.7, "mmol/L", 3.5, 4.4),
            ("NPU18016", "Kreatinin;P", 178, "µmol/L", 45, 90),
            ("NPU19748", "C-reaktivt protein [CRP];P", 64, "mg/L", None, 8),
            ("NPU02593", "Leukocytter;B", 12.9, "10^9/L", 3.5, 8.8),
        ],
        "codes": [
            ("DE870A", "A"),
            ("DE869A", "B"),
            ("DN179", "B"),
            ("DF051", "B"),
            ("DF001", "B"),
            ("DN300", "B"),
            ("DB962", "B"),
            ("DI109", "B"),
        ],
        "evidence": [
            ("DE870A", "Hypernatriæmi og dehydrering"),
            ("DE870A", "Hypernatriæmi (Na 162)"),
            ("DE869A", "dehydrering pga. utilstrækkeligt væskeindtag"),
            ("DE869A", "Dehydrering."),
            ("DN179", "præ-renal akut nyreskade"),
            ("DN179", "Præ-renal akut nyreskade, normaliseret"),
            ("DF051", "Delir ved demens."),
            ("DF051", "Delir ved demens, svundet"),
            ("DF001", "Alzheimers demens med sen debut, diagnosticeret 2020"),
            ("DF001", "Alzheimers demens med sen debut."),
            ("DN300", "Cystitis med E. coli."),
            ("DN300", "Cystitis med E. coli.", "Diagnoser:"),
            ("DB962", "E. coli > 10^5"),
            ("DI109", "Hypertension, beh. med amlodipin"),
            ("DI109", "Hypertension.", "Diagnoser:"),
        ],
        "distractors": [
            ("DS720", "St.p. hoftefraktur ve. 2021", "history"),
            ("DI639", "ingen tegn på blødning eller infarkt", "negated"),
            ("DJ189", "ingen infiltrater", "negated"),
            ("DR139", "ingen dysfagi", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW5-27",
        "department": "Øre-næse-halskirurgisk afdeling",
        "specialty": "oto-rhino-laryngologi",
        "patient": {"age": 12, "sex": "F"},
        "admission": {"start": "2025-02-03", "end": "2025-02-08"},
        "notes": [
            """ØNH-afdelingen – Epikrise

12-årig pige, 6. klasse. Astma som mindre, ingen medicin siden 8-årsalderen. Ellers rask, vaccineret iflg. programmet. Ingen allergier.

Indlagt 03.02.2025 via FAM med 1 uges forkølelse og 2 døgns tiltagende hævelse og rødme omkring ve. øje, smerter ved øjenbevægelser, feber 39,4. Frontal hovedpine, ingen opkast.
Obj.: Temp. 38,9, påvirket men klar, ingen nakke-rygstivhed. Ve. øjenlåg hævet og rødt, kan kun åbnes passivt. Let proptose og nedsat abduktion af ve. øje, dobbeltsyn ved blik mod ve. Pupiller isokore, ingen RAPD. Rhinoskopi: pus i ve. midterste næsegang.
Øjenlæge: visus 1,0 bilat., farvesyn normalt, fundus ua.
CT orbitae og bihuler m. kontrast: Akut ethmoidal sinuitis ve. med opacificering af ethmoidalcellerne, slimhindefortykkelse i ve. sinus maxillaris. Inflammation i det ekstrakonale fedt medialt i ve. orbita, forenelig med postseptal cellulitis. Ingen subperiostal absces, ingen tegn på sinus cavernosus-trombose, intrakranielt ua.
CRP 148, leuk 18,2. Bloddyrkning negativ. Podning fra midterste næsegang: Streptococcus pyogenes (gruppe A).

Beh.: I.v. ceftriaxon 2 g x 1 og metronidazol 500 mg x 3 (vægt 44 kg), Otrivin og Nasonex, paracetamol/ibuprofen. Øjenlæge dagligt: visus og farvesyn normale gennem hele forløbet. Afebril efter 48 t, hævelsen klart aftagende fra dag 3, normal øjenmotilitet dag 4. CRP 148 -> 22. Ingen indikation for kirurgi.

Diagnose: Orbital cellulitis ve. (postseptal) udgået fra akut ethmoidal sinuitis ve., gruppe A-streptokokker.

Plan: Spektramox 500/125 mg x 3 p.o., i alt 14 dages antibiotisk beh. Nasonex 2 pust x 1 i hvert næsebor i 4 uger. Kontrol i ØNH-amb. og hos øjenlæge om 1 uge. Forældrene instrueret: akut henvendelse ved fornyet hævelse, synsforstyrrelser, feber eller tiltagende hovedpine.
"""
        ],
        "medications": [
            ("J01DD04", "ceftriaxon", "2 g x 1 i.v."),
            ("J01XD01", "metronidazol", "500 mg x 3 i.v."),
            ("J01CR02", "amoxicillin/clavulansyre (Spektramox)", "500/125 mg x 3 p.o."),
            ("R01AD09", "mometason næsespray (Nasonex)", "2 pust x 1 i hvert næsebor"),
            ("R01AA07", "xylometazolin (Otrivin)", "1 pust x 3 i max 7 dage"),
        ],
        "labs": [
            ("NPU19748", "C-reaktivt protein [CRP];P", 148, "mg/L", None, 8),
            ("NPU02593", "Leukocytter;B", 18.2, "10^9/L", 4.5, 13.0),
        ],
        "codes": [("DH050B", "A"), ("DJ012", "B"), ("DB950", "B")],
        "evidence": [
            ("DH050B", "forenelig med postseptal cellulitis"),
            ("DH050B", "Orbital cellulitis ve. (postseptal)"),
            ("DJ012", "Akut ethmoidal sinuitis ve. med opacificering af ethmoidalcellerne"),
            ("DJ012", "udgået fra akut ethmoidal sinuitis ve."),
            ("DB950", "Streptococcus pyogenes (gruppe A)"),
            ("DB950", "gruppe A-streptokokker"),
        ],
        "distractors": [
            ("DJ459", "Astma som mindre", "history"),
            ("DG039", "ingen nakke-rygstivhed", "negated"),
            ("DH050A", "Ingen subperiostal absces", "negated"),
            ("DG089", "ingen tegn på sinus cavernosus-trombose", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW5-28",
        "department": "Dermatologisk afdeling",
        "specialty": "dermatologi",
        "patient": {"age": 84, "sex": "M"},
        "admission": {"start": "2025-10-06", "end": "2025-10-17"},
        "notes": [
            """Epikrise – Dermatologisk afdeling, sengeafsnit

Indlagt 06.10.2025 – udskrevet 17.10.2025

84-årig mand, pens. skibsmekaniker, bor med hustru. Kendt med DM2 (metformin og Januvia/sitagliptin siden 2023) og let kognitiv svækkelse uden demensdiagnose. Basalcellekarcinom på næsen fjernet 2020.

Aktuelt: Ca. 6 ugers kløe, først med nældefeberlignende røde plamager, de sidste 2 uger spændte væskefyldte blærer på arme, lår og truncus. Locoid creme fra e.l. uden effekt. Hustruen kan ikke længere klare forbindingerne.

Obj.: Multiple 0,5-4 cm spændte, klare og enkelte hæmoragiske bullae på urtikarielle plaques på fleksorsider, abdomen og ryg, ca. 30 % af huden. Talrige erosioner, flere med honninggule skorper på underarmene. Nikolskys tegn neg. Ingen slimhindeaffektion (mund, øjne og genitalia ua.).
Biopsi: Subepidermal blære med eosinofile granulocytter. Direkte immunfluorescens: lineære IgG- og C3-aflejringer langs basalmembranen. Serologi: BP180-antistof 186 U/ml, BP230 pos., desmoglein 1- og 3-antistoffer negative – ikke pemphigus.
Podning: Staphylococcus aureus, følsom for dicloxacillin.
Paraklinik: Eosinofile 1,4, CRP 38, HbA1c 54, kreatinin 92.

Forløb: Dermovat creme 30 g dgl. på hele kroppen undtagen ansigtet. Bullae punkteret, erosioner forbundet med fedtgaze. Dicloxacillin 1 g x 3 i 7 dage for impetiginiseringen. Sitagliptin seponeret (DPP-4-hæmmere er associeret med bulløs pemfigoid), metformin øget i stedet; BS 6-12 under forløbet. Doxycyclin 100 mg x 2 tillagt 10.10. Ved udskr. ingen nye blærer i 5 døgn, erosionerne i opheling, kløen væsentlig mindre.

Diagnoser:
Bulløs pemfigoid, muligvis udløst af sitagliptin.
Impetiginisering af erosioner (S. aureus).
Type 2-diabetes, medicin omlagt.

Plan: Dermovat 30 g dgl. i 2 uger, derefter aftrapning efter udleveret skema. Doxycyclin fortsætter. Hjemmesygepleje 1 x dgl. til forbindinger og smøring. Kontrol i derm. amb. om 2 uger. E.l.: HbA1c om 3 mdr., anden antidiabetisk behandling end DPP-4-hæmmer ved behov.
"""
        ],
        "medications": [
            ("D07AD01", "clobetasolpropionat creme (Dermovat)", "30 g dgl., aftrappes"),
            ("J01AA02", "doxycyclin", "100 mg x 2"),
            ("J01CF01", "dicloxacillin", "1 g x 3 i 7 dage"),
            ("A10BA02", "metformin", "1 g x 2"),
        ],
        "labs": [
            (None, "Eosinofilocytter;B", 1.4, "10^9/L", None, 0.5),
            (None, "BP180-antistof;P", 186, "U/mL", None, 20),
            ("NPU19748", "C-reaktivt protein [CRP];P", 38, "mg/L", None, 8),
            ("NPU27300", "Hæmoglobin A1c (IFCC);Hb(B)", 54, "mmol/mol", None, 48),
        ],
        "codes": [("DL120", "A"), ("DL011", "B"), ("DB956", "B"), ("DE119", "B")],
        "evidence": [
            ("DL120", "Bulløs pemfigoid, muligvis udløst af sitagliptin"),
            ("DL011", "for impetiginiseringen"),
            ("DL011", "Impetiginisering af erosioner (S. aureus)"),
            ("DB956", "Staphylococcus aureus, følsom for dicloxacillin"),
            ("DE119", "DM2 (metformin og Januvia/sitagliptin siden 2023)"),
            ("DE119", "Type 2-diabetes, medicin omlagt"),
        ],
        "distractors": [
            ("DF039", "uden demensdiagnose", "negated"),
            ("DC443", "Basalcellekarcinom på næsen fjernet 2020", "history"),
            ("DL121", "Ingen slimhindeaffektion", "negated"),
            ("DL100", "ikke pemphigus", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW5-29",
        "department": "Karkirurgisk afdeling",
        "specialty": "karkirurgi",
        "patient": {"age": 74, "sex": "M"},
        "admission": {"start": "2025-09-22", "end": "2025-09-25"},
        "notes": [
            (
                "epikrise",
                """Epikrise – Karkirurgisk afdeling

Indlagt 22.09.2025 (elektiv), udskrevet 25.09.2025.

Indikation: Infrarenalt abdominalt aortaaneurisme 5,8 cm, EVAR.

Anamnese:
74-årig mand, pens. smed. Ryger fortsat ca. 15 cigaretter dgl., ca. 50 pakkeår, flere stopforsøg. Bror døde 68 år af bristet aortaaneurisme.
- KOL, GOLD 3 (FEV1 41 % af forventet 2025), Spiolto + Ventoline p.n., 2 eksacerbationer det seneste år, ingen hjemmeilt.
- Hypertension (losartan).
- Hyperkolesterolæmi (atorvastatin).
- Kronisk nyresygdom stadie 3a, eGFR 52.
Aneurismet fundet tilfældigt ved CT for lungeknude 2023 (knuden benign, afsluttet), diameter dengang 5,0 cm, nu 5,8 cm ved CT-angiografi 08/2025. Egnet anatomi for EVAR (hals 22 mm lang, ingen betydende vinkling). Pga. svær KOL vurderet høj risiko for åben operation ved MDT-konference.
Asymptomatisk, ingen mave- eller rygsmerter. Ingen claudicatio.

Præop.: Kreatinin 118, eGFR 52. I.v. NaCl 1 ml/kg/t før og efter kontrast jf. instruks. Inhalationsmedicin fortsat, ekstra Ventoline-inhalation før op.

Operation 22.09.2025: EVAR med bifurkeret stentgraft via perkutan adgang i begge lysker (se operationsbeskrivelse). Ukompliceret, 80 ml kontrast.

Forløb: Mobiliseret aftenen efter op. Lyskerne pæne, intet hæmatom, fodpulse palpable bilat. Let hoste, SAT 92-94 % atm. (habituelt 93 %), ingen tegn på KOL-eksacerbation eller pneumoni. Kreatinin 118 -> 131 -> 121, ingen kontrastnefropati. BT velreguleret, losartan genoptaget 24.09. Rygestop drøftet igen – ønsker nu hjælp, henvist til kommunens rygestopforløb og startet på nikotinplaster.

Diagnoser:
Abdominalt aortaaneurisme uden ruptur, behandlet med EVAR.
KOL, svær.
Tobaksafhængighed, aktivt rygende.
Hypertension.
Hyperkolesterolæmi.
Kronisk nyresygdom stadie 3a.

Plan: CT-angiografi om 1 mdr. mhp. endolæk og stentgraftets placering, herefter årlig UL-kontrol. Magnyl 75 mg livslangt, statin fortsættes. Ingen tunge løft i 1 uge. Kontakt ved pludselige mavesmerter, rygsmerter eller hævelse i lysken.
""",
            ),
            (
                "operationsbeskrivelse",
                """Operationsbeskrivelse 22.09.2025

Operation: Endovaskulær reparation af infrarenalt abdominalt aortaaneurisme (EVAR), bifurkeret stentgraft (Endurant II).
Anæstesi: Lokalanalgesi i lyskerne + let sedation (pga. svær KOL). Heparin 5000 IE i.v. Cefuroxim 1,5 g i.v.
Adgang: UL-vejledt perkutan punktur af a. femoralis communis bilat., prælukning med 2 x ProGlide på hver side.
Procedure: Angiografi: infrarenalt aneurisme, max. 58 mm, hals 22 mm lang og 24 mm i diameter, aa. iliacae communes 14/15 mm uden aneurismer. Hovedkroppen (28 mm) indført fra hø. og udfoldet lige under ve. a. renalis. Kontralaterale ben kanyleret fra ve. lyske og indsat. Hø. ben forlænget til lige over iliacabifurkaturen. Ballondilatation af proksimale og distale landingszoner og overlap.
Afsluttende angiografi: Aneurismet udelukket, ingen endolæk, begge nyrearterier og aa. iliacae internae åbne.
Lukning med de præplacerede ProGlide, god hæmostase. Fodpulse palpable ved afslutning.
Kontrast 80 ml, gennemlysningstid 14 min. Komplikationer: Ingen.
""",
            ),
        ],
        "medications": [
            ("R03AL06", "tiotropium/olodaterol (Spiolto Respimat)", "2 pust x 1"),
            ("R03AC02", "salbutamol (Ventoline)", "2 pust p.n."),
            ("C09CA01", "losartan", "50 mg x 1"),
            ("C10AA05", "atorvastatin", "40 mg x 1"),
            ("B01AC06", "acetylsalicylsyre (Magnyl)", "75 mg x 1"),
            ("N07BA01", "nikotinplaster", "21 mg/24 t"),
        ],
        "labs": [("NPU18016", "Kreatinin;P", 121, "µmol/L", 60, 105)],
        "codes": [
            ("DI714", "A"),
            ("DJ449", "B"),
            ("DF1724", "B"),
            ("DI109", "B"),
            ("DE780", "B"),
            ("DN183", "B"),
        ],
        "evidence": [
            ("DI714", "Infrarenalt abdominalt aortaaneurisme 5,8 cm"),
            ("DI714", "Abdominalt aortaaneurisme uden ruptur, behandlet med EVAR"),
            ("DI714", "infrarenalt abdominalt aortaaneurisme (EVAR)", "", 1),
            ("DJ449", "KOL, GOLD 3"),
            ("DJ449", "KOL, svær."),
            ("DF1724", "Ryger fortsat ca. 15 cigaretter dgl."),
            ("DF1724", "Tobaksafhængighed, aktivt rygende"),
            ("DI109", "Hypertension (losartan)"),
            ("DI109", "Hypertension.", "Diagnoser:"),
            ("DE780", "Hyperkolesterolæmi (atorvastatin)"),
            ("DE780", "Hyperkolesterolæmi.", "Diagnoser:"),
            ("DN183", "Kronisk nyresygdom stadie 3a, eGFR 52"),
            ("DN183", "Kronisk nyresygdom stadie 3a.", "Diagnoser:"),
        ],
        "distractors": [
            ("DZ824", "Bror døde 68 år af bristet aortaaneurisme", "family"),
            ("DR911", "CT for lungeknude 2023 (knuden benign, afsluttet)", "history"),
            ("DI739", "Ingen claudicatio", "negated"),
            ("DJ441", "ingen tegn på KOL-eksacerbation", "negated"),
            ("DJ189", "pneumoni", "negated", "ingen tegn på KOL-eksacerbation"),
            ("DT823", "ingen endolæk", "negated", "", 1),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW5-30",
        "department": "Kirurgisk afdeling",
        "specialty": "kirurgi",
        "patient": {"age": 31, "sex": "F"},
        "admission": {"start": "2025-03-28", "end": "2025-03-31"},
        "notes": [
            (
                "epikrise",
                """Epikrise – Kirurgisk afdeling (mave-tarmkirurgi)

Indlagt 28.03.2025 via FAM, udskrevet 31.03.2025.

31-årig kvinde, II-gravida I-para, gravid i uge 24+3 (termin 10.07.2025 ved nakkefoldsscanning). Rask, tager kun folsyre og jern. Første fødsel 2022 vaginal, ukompliceret. Ingen allergier.

Indlæggelsesårsag: Mavesmerter i hø. side.

Aktuelt: Fra aftenen 27.03 smerter omkring navlen, i nat flyttet ud i hø. side af maven, lidt højere oppe end man ville forvente. Kvalme, opkast x 2, ingen appetit. Ingen vandladningssvie. Ingen blødning eller udflåd, mærker liv som vanligt, ingen plukveer.
Obj.: Temp. 38,2, P 108, BT 118/70. Abdomen: uterus svarende til GA, fundus i navlehøjde, blød. Udtalt ømhed i hø. side lateralt og kranielt for McBurneys punkt, slipømhed. Ingen nyrebankeømhed.
Paraklinik: CRP 96, leuk 16,8 (neutro 14,1). Urin-stix ua. – ingen tegn på UVI.
UL abdomen: Ikke-komprimerbar, fortykket appendix 10 mm i hø. flanke med periappendikulær fedtinfiltration, ingen fri væske. Ovarier normale, ingen tegn på ovarietorsion.
Obstetrisk tilsyn (ved ankomst og postop.): Fosterhjertelyd 145. Cervix lang og lukket ved vaginal UL, ingen tegn på truende for tidlig fødsel. Ingen indikation for lungemodning.

Operation 28.03.2025 kl. 16: Laparoskopisk appendektomi (se operationsbeskrivelse). Histologi: Akut flegmonøs appendicitis, ingen perforation, ingen tumor.

Forløb: Postop. fosterhjertelyd ua. x 2 dgl. Ingen kontraktioner. Smerter velbehandlede med paracetamol, Oxynorm p.n. (ingen NSAID pga. graviditeten). Tromboseprofylakse med Innohep. Afebril fra 1. postop. dag, spiser vanlig kost, CRP 96 -> 58. Antibiotika kun som engangsprofylakse.

Diagnoser:
Akut flegmonøs appendicitis, graviditet uge 24+3.

Plan: Innohep 4500 IE s.c. x 1 til og med 04.04. Paracetamol p.n. Ingen løft over 5 kg i 2 uger. Trådfjernelse hos e.l. om 10 dage. Jordemoderkonsultation som planlagt om 1 uge. Kontakt fødegangen ved veer, vandafgang, blødning eller nedsatte fosterbevægelser.
""",
            ),
            (
                "operationsbeskrivelse",
                """Operationsbeskrivelse 28.03.2025

Operation: Laparoskopisk appendektomi hos gravid, GA 24+3.
Anæstesi: Generel, crash-induktion. Let venstresidig tilt ca. 15° (aflastning af v. cava). Cefuroxim 1,5 g + metronidazol 1 g i.v.
Adgang: Åben Hasson-teknik ca. 4 cm over navlen (over fundus uteri). CO2-tryk max 12 mmHg. 2 arbejdsporte i ve. side af abdomen, placeret under kamerasyn kranielt for uterus.
Fund: Uterus forstørret til navleniveau, intakt, intet blod. Appendix højtliggende i hø. flanke, skubbet op af uterus, rød, fortykket og fibrinbelagt, ingen perforation og ingen absces. Lidt serøs væske i hø. flanke, suges. Adnexa ses ikke fuldt, men ingen synlige forandringer.
Procedure: Mesoappendix deles med LigaSure. Appendix afsnøres ved basis med 2 Endoloops og deles, udtages i pose. Skylning lokalt. Porte fjernes under syn, fascien ved kameraporten lukkes med Vicryl 0, hud intrakutant.
Manipulation af uterus undgået. Blødning minimal. Komplikationer: Ingen.
""",
            ),
        ],
        "medications": [
            ("N02BE01", "paracetamol", "1 g x 4 p.n."),
            ("N02AA05", "oxycodon (Oxynorm)", "5 mg p.n."),
            ("B01AB10", "tinzaparin (Innohep)", "4500 IE s.c. x 1 til 04.04"),
        ],
        "labs": [
            ("NPU19748", "C-reaktivt protein [CRP];P", 96, "mg/L", None, 8),
            ("NPU02593", "Leukocytter;B", 16.8, "10^9/L", 3.5, 8.8),
        ],
        "codes": [("DO996", "A"), ("DK358C", "B")],
        "evidence": [
            ("DO996", "gravid i uge 24+3"),
            ("DO996", "Akut flegmonøs appendicitis, graviditet uge 24+3"),
            ("DO996", "Laparoskopisk appendektomi hos gravid, GA 24+3", "", 1),
            ("DK358C", "Akut flegmonøs appendicitis, ingen perforation"),
            ("DK358C", "Akut flegmonøs appendicitis, graviditet"),
            ("DK358C", "Ikke-komprimerbar, fortykket appendix 10 mm"),
        ],
        "distractors": [
            ("DO234", "ingen tegn på UVI", "negated"),
            ("DN835", "ingen tegn på ovarietorsion", "negated"),
            ("DO600", "ingen tegn på truende for tidlig fødsel", "negated"),
            ("DK350A", "ingen perforation", "negated"),
            ("DK353B", "ingen absces", "negated", "", 1),
        ],
    }
)
