"""The sixth development set of hand-written discharge cases (README.md, "The sixth development set").

Written by hand in the same source format as ``CASES`` in build_cases.py: notes as strings or
("type", "text"), medications (atc, name, dose), labs (npu, name, value, unit, low, high), codes
(code, "A"/"B"), evidence (code, phrase[, anchor[, note]]) and distractors (code, phrase, kind[, anchor[,
note]]). ``python benchmarks/data/handwritten/build_cases.py`` turns them into ``dev6.jsonl``.

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
        "case_id": "HW6-01",
        "department": "Kirurgisk gastroenterologisk afdeling",
        "specialty": "kirurgisk gastroenterologi",
        "patient": {"age": 71, "sex": "F"},
        "admission": {"start": "2025-01-14", "end": "2025-01-21"},
        "notes": [
            """Epikrise – Kirurgisk gastroenterologisk afsnit K2

Indlæggelsesårsag: Feber, kulderystelser og smerter under højre kurvatur.

Anamnese: 71-årig kvinde, pensioneret sygeplejerske, bor med ægtefælle. Kendt med DM2 i tabletbehandling (metformin), HbA1c 54 for 3 mdr. siden. St.p. mammacancer sin. 2009, lumpektomi + strålebeh., afsluttet kontrol, intet recidiv. Tidl. appendektomi. Søster død af pancreascancer. Ikke-ryger, sparsomt alkohol.
Pt. har i flere år haft enkelte anfald af smerter under højre kurvatur efter fed mad, aldrig udredt. 2 dage før indl. tiltagende smerter, i går aftes kulderystelser og temp. 39,4. Mørk urin, lys afføring. Egen læge bemærkede gulfarvede sclerae.

Obj.: Påvirket, ikterisk. Temp. 39,1, BT 96/58, P 112, RF 22, SAT 95 % på atm. luft. Abd. ømhed under højre kurvatur, Murphys tegn negativt, ingen peritoneal reaktion. Ingen palpabel galdeblære.

Paraklinik ved ankomst: Leuk. 18,6, CRP 212, bilirubin 86, basisk fosfatase 412, ALAT 188, amylase 42 (normal). Laktat 3,1. Kreatinin 98.
UL abd.: Multiple konkrementer i galdeblæren, væg 2 mm, ingen perikolecystisk væske – ingen tegn på kolecystitis. Ductus choledochus dilateret til 11 mm, distalt konkrement mistænkes.
Bloddyrkning x 2 (taget før antibiotika): vækst af E. coli i begge sæt, følsom for piperacillin/tazobactam og ciprofloxacin.

Forløb:
Dag 1: Vurderet som akut kolangitis (Tokyo grad II) med sepsis. 2 L Ringer, herefter BT 118/70. Opstartet i.v. piperacillin/tazobactam 4 g x 4. Metformin pauseret, SC insulin efter glukoseprofil (BS op til 16).
Dag 2: ERCP (se operationsbeskrivelse): 12 mm sten i distale choledochus, papillotomi og stenekstraktion med ballon, purulent galde drænet. Efterfølgende hurtig klinisk bedring, afebril fra dag 3.
Dag 3-5: Bilirubin faldende 86 -> 31. Amylase ukompliceret efter ERCP, ingen post-ERCP pankreatitis. Svar på bloddyrkninger: E. coli-bakteriæmi, behandlingen fortsat. Skiftet til p.o. ciprofloxacin dag 5.
Dag 6-7: Velbefindende, spiser. Metformin genoptaget, BS 7-10.

Konklusion:
1. Akut kolangitis forårsaget af sten i ductus choledochus, ERCP med papillotomi og stenekstraktion.
2. E. coli-sepsis (positive bloddyrkninger, hypotension og laktat 3,1 ved ankomst).
3. Galdeblæresten uden kolecystitis.
4. Type 2-diabetes, midlertidigt insulinbehandlet under indlæggelsen.

Plan: Ciprofloxacin 500 mg x 2 til i alt 7 dages antibiotika. Henvist til elektiv laparoskopisk kolecystektomi inden for 6 uger. Metformin som før. Kontakt afd. ved feber eller gulsot.
""",
            (
                "operationsbeskrivelse",
                """ERCP – operationsbeskrivelse

Indikation: Akut kolangitis, dilateret choledochus med mistanke om distalt konkrement.
Anæstesi: Propofol-sedation ved anæstesien. Pt. i venstre sideleje/bugleje.
Duodenoskop ført til papillen, som er let prominent og rødlig. Selektiv kanylering af galdegangen med sphincterotom og guidewire. Ved kolangiografi ses dilateret ductus choledochus (ca. 11-12 mm) med én rund udsparing på ca. 12 mm distalt. Intrahepatiske galdeveje moderat dilaterede, ingen strikturer. Ductus cysticus udfyldes, galdeblæren indeholder flere konkrementer.
Ved kanylering tømmes der purulent galde. Papillotomi ca. 10 mm, herefter ekstraktion med ekstraktionsballon af ét konkrement samt grus. Afsluttende okklusionskolangiografi uden restkonkrementer. God galdeafløb.
Ingen blødning efter papillotomien. Ingen stent anlagt.
Konklusion: Choledocholithiasis med purulent kolangitis. Papillotomi og stenekstraktion, fri passage.
Galde sendt til dyrkning.
""",
            ),
        ],
        "medications": [
            ("J01CR05", "piperacillin/tazobactam", "4 g x 4 i.v."),
            ("J01MA02", "ciprofloxacin", "500 mg x 2 p.o. til i alt 7 dage"),
            ("A10BA02", "metformin", "1 g x 2"),
            ("A10AB01", "insulin aspart/Actrapid", "efter glukoseprofil under indlæggelsen"),
        ],
        "labs": [
            ("NPU02593", "Leukocytter;B", 18.6, "10^9/L", 3.5, 8.8),
            ("NPU19748", "C-reaktivt protein;P", 212, "mg/L", None, 8),
            ("NPU01370", "Bilirubiner;P", 86, "µmol/L", 5, 25),
            (None, "Basisk fosfatase;P", 412, "U/L", 35, 105),
            (None, "Alanintransaminase;P", 188, "U/L", 10, 45),
            (None, "Laktat;P", 3.1, "mmol/L", 0.5, 2.5),
        ],
        "codes": [("DK803A", "A"), ("DA415A", "B"), ("DK802C", "B"), ("DE119", "B")],
        "evidence": [
            ("DK803A", "Akut kolangitis forårsaget af sten i ductus choledochus"),
            ("DK803A", "Ductus choledochus dilateret til 11 mm, distalt konkrement mistænkes"),
            ("DK803A", "12 mm sten i distale choledochus"),
            ("DK803A", "Choledocholithiasis med purulent kolangitis", None, 1),
            ("DA415A", "E. coli-sepsis"),
            ("DA415A", "vækst af E. coli i begge sæt"),
            ("DA415A", "E. coli-bakteriæmi"),
            ("DK802C", "Galdeblæresten uden kolecystitis"),
            ("DK802C", "Multiple konkrementer i galdeblæren"),
            ("DE119", "Kendt med DM2 i tabletbehandling (metformin)"),
            ("DE119", "Type 2-diabetes, midlertidigt insulinbehandlet"),
        ],
        "distractors": [
            ("DK810", "ingen tegn på kolecystitis", "negated"),
            ("DK859", "ingen post-ERCP pankreatitis", "negated"),
            ("DC509", "St.p. mammacancer sin. 2009", "history"),
            ("DC259", "Søster død af pancreascancer", "family"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW6-02",
        "department": "Kardiologisk afdeling",
        "specialty": "kardiologi",
        "patient": {"age": 63, "sex": "M"},
        "admission": {"start": "2025-02-03", "end": "2025-02-07"},
        "notes": [
            """Epikrise, kardiologisk sengeafsnit

Indl. årsag: Brystsmerter i hvile.

Anamnese: 63-årig mand, lastbilchauffør. Kendt forhøjet kolesterol, har selv stoppet simvastatin for 2 år siden pga. muskelømhed. Ikke kendt HT. Ryger 20 cig/dag gennem 40 år. Far død af blodprop i hjertet som 59-årig. For 6 uger siden debut af trykkende brystsmerter ved trappegang, de sidste 5 dage også smerter i hvile, senest i nat 25 min. med udstråling til venstre arm, svedtendens.

Obj.: Vægt 108 kg, højde 180 cm, BMI 33. BT 152/88, P 78 regelmæssig, SAT 97 %. St.c.: Rene toner, ingen mislyd. St.p.: Vesikulær respiration. Ingen ødemer.
EKG under smerter: 1-2 mm horisontale ST-depressioner i V4-V6, normaliseret efter nitroglycerin. Uden smerter: SR 74, ingen Q-takker.
hs-TnT 9 -> 11 -> 10 ng/L (under 99-percentilen), dvs. ingen myokardieinfarkt. Total-kolesterol 7,4, LDL 5,1 mmol/L. HbA1c 39 (normal), ikke diabetes. Kreatinin 84.
Ekko: Normal LV-funktion, EF 55 %, ingen regionale udfald, ingen klapsygdom.

Forløb:
Vurderet som ustabil angina pectoris med dynamiske iskæmiforandringer. Opstartet ASA, ticagrelor, fondaparinux, metoprolol, nitroglycerin p.n. og atorvastatin 80 mg. Smertefri fra dag 2.
Dag 2: KAG: Signifikant 3-karssygdom med 80 % stenose i proksimale LAD, 90 % stenose i midt-RCA og 70 % stenose i OM1 samt diffus sygdom. SYNTAX score 34. Venstre hovedstamme fri.
Dag 3: Hjerte-team konference: anbefales CABG frem for PCI pga. 3-karssygdom og høj SYNTAX-score. Ticagrelor seponeret forud for operation.
Pt. informeret om rygestop og henvist til rygestopforløb. Fedme drøftet, henvist til diætist.

Konklusion:
Ustabil angina pectoris med dokumenteret iskæmi på EKG.
Koronararteriesygdom, 3-karssygdom.
Hyperkolesterolæmi, ubehandlet.
Fedme, BMI 33.

Plan: Udskrives til hjemmet på ASA, metoprolol, atorvastatin, nitroglycerin p.n. Henvist til CABG på Thoraxkirurgisk afd., forventet operation inden for 2 uger. Lipidkontrol om 6 uger.
"""
        ],
        "medications": [
            ("B01AC06", "acetylsalicylsyre", "75 mg x 1"),
            ("B01AC24", "ticagrelor", "90 mg x 2 (seponeret dag 3)"),
            ("B01AX05", "fondaparinux", "2,5 mg s.c. x 1 under indlæggelsen"),
            ("C07AB02", "metoprolol", "50 mg x 2"),
            ("C10AA05", "atorvastatin", "80 mg x 1"),
            ("C01DA02", "nitroglycerin", "0,5 mg sublingualt p.n."),
        ],
        "labs": [
            (None, "Troponin T;P", 11, "ng/L", None, 14),
            (None, "Kolesterol;P", 7.4, "mmol/L", None, 5.0),
            (None, "Kolesterol LDL;P", 5.1, "mmol/L", None, 3.0),
            (None, "Hæmoglobin A1c;B", 39, "mmol/mol", None, 48),
        ],
        "codes": [("DI200C", "A"), ("DI251A", "B"), ("DE780", "B"), ("DE660B", "B")],
        "evidence": [
            ("DI200C", "Ustabil angina pectoris med dokumenteret iskæmi på EKG"),
            ("DI200C", "1-2 mm horisontale ST-depressioner i V4-V6"),
            ("DI251A", "Signifikant 3-karssygdom"),
            ("DI251A", "Koronararteriesygdom, 3-karssygdom"),
            ("DE780", "Kendt forhøjet kolesterol"),
            ("DE780", "Hyperkolesterolæmi, ubehandlet"),
            ("DE660B", "BMI 33"),
            ("DE660B", "Fedme, BMI 33"),
        ],
        "distractors": [
            ("DI214", "ingen myokardieinfarkt", "negated"),
            ("DE119", "ikke diabetes", "negated"),
            ("DI219", "Far død af blodprop i hjertet som 59-årig", "family"),
            ("DI109", "Ikke kendt HT", "negated"),
            ("DZ951", "Henvist til CABG", "planned"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW6-03",
        "department": "Infektionsmedicinsk afdeling",
        "specialty": "infektionsmedicin",
        "patient": {"age": 38, "sex": "M"},
        "admission": {"start": "2025-03-02", "end": "2025-03-16"},
        "notes": [
            """Epikrise – Infektionsmedicinsk sengeafsnit

Indlæggelsesårsag: Tiltagende åndenød og tør hoste gennem 3 uger.

Anamnese: 38-årig mand, kok, bor alene. Tidligere stort set rask. Ingen fast medicin. Har i 3 uger haft tør hoste, feber om aftenen op til 38,5 og tiltagende åndenød, nu ved gang på flad vej. Vægttab ca. 6 kg over 2 mdr. Har været hos egen læge 2 gange og fået penicillin og efterfølgende roxithromycin uden effekt. Svie ved synkning i en uges tid. Seksuelt aktiv med mænd, ikke tidligere HIV-testet. Ingen udlandsrejser det sidste år. Ikke kendt tuberkulose-eksponering. Mor har type 1-diabetes.

Obj.: Tynd, afebril ved ankomst (37,8), RF 28, SAT 86 % på atm. luft, faldende til 80 % ved få skridt. BT 124/76, P 108. St.p.: Sparsomme krepitationer basalt bilat. St.c.: Normal. Mundhule: hvide afskrabelige belægninger på tunge og gane. Ingen forstørrede lymfeknuder. Hud uden udslæt, ingen kaposi-lignende forandringer.

Paraklinik: A-gas (atm. luft): pO2 7,1 kPa, pCO2 4,2 kPa. LDH 512. CRP 48, leuk. 4,1 (lymfocytter 0,6). Hb 7,6. Rtg. thorax: bilaterale diffuse interstitielle fortætninger, perihilært betonet, ingen pleuraekssudat.
HIV Ag/Ab-test: positiv, konfirmeret. CD4 32 celler/µL (4 %). HIV-RNA 410.000 kopier/mL. HBsAg neg., HCV-Ab neg., syfilisserologi neg. Quantiferon negativ. CrAg i serum negativ.
HRCT: udbredte bilaterale ground glass-forandringer, ingen kaviteter.

Forløb:
Dag 1: Indlagt på isolationsstue. Mistanke om Pneumocystis jirovecii-pneumoni (PCP). Påbegyndt højdosis trimethoprim-sulfamethoxazol i.v. samt prednisolon 40 mg x 2 pga. pO2 under 9,3 kPa. Ilt på high-flow, FiO2 op til 0,45.
Dag 2: Bronkoskopi med BAL: PCR positiv for Pneumocystis jirovecii, immunfluorescens positiv. Dyrkning uden vækst af patogene bakterier, ingen syrefaste stave ved mikroskopi, TB-PCR negativ. CMV-PCR i BAL lav, vurderes ikke som CMV-pneumonitis.
Dag 3-6: Gradvis bedring, ilt nedtrappet til 2 L på næsekateter. Oral candidiasis behandlet med fluconazol 200 mg x 1, synkesmerter aftaget, ingen mistanke om øsofagus-candida ved klinisk vurdering.
Dag 7: Samtale om HIV-diagnosen ved overlæge. Pt. har informeret sin partner, som testes. Smitteopsporing iværksat.
Dag 9: Opstartet antiretroviral behandling med bictegravir/emtricitabin/tenofoviralafenamid (Biktarvy), tidlig opstart inden for 2 uger jf. retningslinjer. Tåler behandlingen.
Dag 10-14: Ilt seponeret dag 11, SAT 95 % i hvile, 92 % ved gang. Prednisolon nedtrappes efter skema. TMP-SMX skiftet til p.o. dag 12. Mild udslæt dag 13, uden slimhindeaffektion, vurderet som let medicinudslæt, ophørt spontant - ikke Stevens-Johnson.

Konklusion:
1. Pneumocystis jirovecii-pneumoni ved nydiagnosticeret HIV-infektion, AIDS (CD4 32).
2. Akut hypoksisk respirationsinsufficiens, behandlet med high-flow ilt.
3. Oral candidiasis (trøske) ved HIV.
Ingen tegn på tuberkulose. Kryptokok-antigen negativt.

Plan:
TMP-SMX 1.920 mg x 3 p.o. til i alt 21 dage, herefter profylakse 480 mg x 1 indtil CD4 > 200.
Prednisolon nedtrappes: 40 mg x 1 dag 6-10, 20 mg x 1 dag 11-21.
Biktarvy 1 tablet x 1 dagligt.
Fluconazol afsluttes efter 14 dage.
Kontrol i HIV-ambulatoriet om 1 uge med blodprøver (HIV-RNA, CD4, leverprøver, kreatinin, kalium).
Pt. orienteret om at kontakte afdelingen ved feber, åndenød eller udslæt.
"""
        ],
        "medications": [
            ("J01EE01", "trimethoprim-sulfamethoxazol", "1.920 mg x 3 p.o., herefter 480 mg x 1 som profylakse"),
            ("H02AB06", "prednisolon", "40 mg x 2, nedtrappes"),
            ("J02AC01", "fluconazol", "200 mg x 1 i 14 dage"),
            ("J05AR20", "bictegravir/emtricitabin/tenofoviralafenamid", "1 tablet x 1"),
        ],
        "labs": [
            (None, "Oxygen;Pt(aB)", 7.1, "kPa", 9.6, 13.7),
            (None, "Laktatdehydrogenase;P", 512, "U/L", 105, 205),
            (None, "CD4-lymfocytter;B", 32, "10^6/L", 500, 1600),
            (None, "HIV-1 RNA;P", 410000, "kopier/mL", None, None),
            ("NPU19748", "C-reaktivt protein;P", 48, "mg/L", None, 8),
            ("NPU02319", "Hæmoglobin;B", 7.6, "mmol/L", 8.3, 10.5),
        ],
        "codes": [("DB206", "A"), ("DB204", "B"), ("DJ960", "B")],
        "evidence": [
            ("DB206", "Pneumocystis jirovecii-pneumoni ved nydiagnosticeret HIV-infektion"),
            ("DB206", "PCR positiv for Pneumocystis jirovecii"),
            ("DB206", "HIV Ag/Ab-test: positiv, konfirmeret"),
            ("DB204", "Oral candidiasis (trøske) ved HIV"),
            ("DB204", "hvide afskrabelige belægninger på tunge og gane"),
            ("DJ960", "Akut hypoksisk respirationsinsufficiens"),
            ("DJ960", "pO2 7,1 kPa"),
        ],
        "distractors": [
            ("DA150", "ingen syrefaste stave ved mikroskopi", "negated"),
            ("DB250", "vurderes ikke som CMV-pneumonitis", "negated"),
            ("DB378C", "ingen mistanke om øsofagus-candida", "negated"),
            ("DB210", "ingen kaposi-lignende forandringer", "negated"),
            ("DL511", "ikke Stevens-Johnson", "negated"),
            ("DE109", "Mor har type 1-diabetes", "family"),
            ("DB459", "Kryptokok-antigen negativt", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW6-04",
        "department": "Medicinsk gastroenterologisk afdeling",
        "specialty": "gastroenterologi",
        "patient": {"age": 27, "sex": "F"},
        "admission": {"start": "2025-04-07", "end": "2025-04-16"},
        "notes": [
            """Epikrise

Indlæggelsesårsag: Blodig diarré op til 12 gange i døgnet.

Anamnese: 27-årig kvinde, studerende. Diagnosticeret med colitis ulcerosa 2021, udbredning til venstre fleksur ved diagnose, i vedligeholdelse med mesalazin 2,4 g dagligt. Har selv halveret dosis i efteråret. Ingen tidligere biologisk behandling. Ikke-ryger. Ingen NSAID. Morfar havde tarmkræft. Ingen nylig antibiotika eller udlandsrejse.
I 3 uger tiltagende diarré, nu 10-12 blodige afføringer i døgnet inkl. om natten, tenesmi, krampeagtige mavesmerter, træthed og svimmelhed.

Obj.: Bleg, træt, ikke toksisk påvirket. Temp. 37,9, P 104, BT 110/68. Abd. blød, diffust øm over colon, ingen peritoneal reaktion, ikke udspilet. Ingen ledgener, ingen hudforandringer, ingen øjensymptomer.

Paraklinik: Hb 5,9, MCV 71, ferritin 6, transferrinmætning 4 %. Trombocytter 512. CRP 86. Albumin 27. Kalium 2,9, natrium 136. Kreatinin 61. F-calprotectin > 1800.
Fæcesdyrkning neg., Clostridioides difficile toksin negativ. Rtg. oversigt abd.: ingen dilatation af colon (transversum 4,5 cm) – ingen toksisk megacolon.

Forløb:
Vurderet som akut svær colitis ulcerosa efter Truelove og Witts.
Dag 1: Opstartet methylprednisolon 40 mg i.v. x 1, i.v. væske med KCl, tromboseprofylakse med tinzaparin. Mesalazin fortsat.
Dag 2: Fleksibel sigmoideoskopi uden udrensning: kontinuerlig inflammation fra rectum med spontan blødning, dybe ulcerationer, Mayo endoskopisk score 3. Biopsier: aktiv kronisk colitis, ingen CMV-inklusioner, CMV-IHC negativ.
Dag 3: 8 blodige afføringer, CRP 54. Kalium 3,2 – fortsat i.v. og p.o. kaliumtilskud.
Dag 4: Fuld koloskopi ikke udført pga. perforationsrisiko. CT abdomen: vægfortykkelse af hele colon fra caecum til rectum, forenelig med pancolitis. Ingen abscess, ingen perforation.
Dag 5 (Oxford-kriterier): 5 afføringer, CRP 21 – respons på steroid, ingen indikation for rescue-behandling med infliximab eller kolektomi.
Dag 6: Jernmangelanæmien behandlet med ferricarboxymaltose 1.000 mg i.v. Hb 6,1. Ikke transfunderet.
Dag 7-9: 2-3 formede afføringer uden synligt blod. Kalium normaliseret (3,9). Skiftet til prednisolon 40 mg p.o. og tåler det. Kontakt til IBD-sygeplejerske.

Konklusion:
1. Akut svær opblussen af colitis ulcerosa, pancolitis (udbredning progredieret fra venstresidig), steroidresponsiv.
2. Jernmangelanæmi, behandlet med i.v. jern.
3. Hypokaliæmi, korrigeret.

Plan: Prednisolon 40 mg x 1, nedtrappes 5 mg/uge. Mesalazin øges til 4,8 g dagligt. Opstart azathioprin drøftes i IBD-ambulatoriet når TPMT foreligger. Calcium/D-vitamin under steroidbehandling. Kontrol med Hb, ferritin og kalium om 2 uger. Ny indlæggelse ved forværring.
"""
        ],
        "medications": [
            ("H02AB04", "methylprednisolon", "40 mg i.v. x 1"),
            ("H02AB06", "prednisolon", "40 mg x 1, nedtrappes 5 mg/uge"),
            ("A07EC02", "mesalazin", "4,8 g dagligt"),
            ("B03AC", "ferricarboxymaltose", "1.000 mg i.v. x 1"),
            ("A12BA01", "kaliumchlorid", "750 mg 2 x 2 p.o."),
            ("B01AB10", "tinzaparin", "4.500 IE s.c. x 1 under indlæggelsen"),
            ("A12AX", "calcium + D-vitamin", "1 tablet x 2"),
        ],
        "labs": [
            ("NPU02319", "Hæmoglobin;B", 5.9, "mmol/L", 7.3, 9.5),
            (None, "Ferritin;P", 6, "µg/L", 15, 250),
            ("NPU03230", "Kalium;P", 2.9, "mmol/L", 3.5, 4.6),
            ("NPU19748", "C-reaktivt protein;P", 86, "mg/L", None, 8),
            (None, "Calprotectin;F", 1800, "mg/kg", None, 50),
            (None, "Albumin;P", 27, "g/L", 36, 48),
        ],
        "codes": [("DK510", "A"), ("DD509", "B"), ("DE876A", "B")],
        "evidence": [
            ("DK510", "Akut svær opblussen af colitis ulcerosa, pancolitis"),
            ("DK510", "forenelig med pancolitis"),
            ("DD509", "Jernmangelanæmi, behandlet med i.v. jern"),
            ("DD509", "Hb 5,9, MCV 71, ferritin 6"),
            ("DE876A", "Hypokaliæmi, korrigeret"),
            ("DE876A", "Kalium 2,9"),
        ],
        "distractors": [
            ("DK593C", "ingen toksisk megacolon", "negated"),
            ("DA047", "Clostridioides difficile toksin negativ", "negated"),
            ("DB259", "ingen CMV-inklusioner", "negated"),
            ("DK631", "Ingen abscess, ingen perforation", "negated"),
            ("DC189", "Morfar havde tarmkræft", "family"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW6-05",
        "department": "Gynækologisk afdeling",
        "specialty": "gynækologi",
        "patient": {"age": 66, "sex": "F"},
        "admission": {"start": "2025-02-18", "end": "2025-02-22"},
        "notes": [
            """Gynækologisk afd. – epikrise

Indl. årsag: Tiltagende abdominalomfang og åndenød.

Anamnese: 66-årig kvinde med kendt højgradig serøs ovariecancer FIGO IIIC, diagnosticeret aug. 2024, primær debulking okt. 2024 (ikke makroradikal), 6 serier carboplatin/paclitaxel afsluttet jan. 2025. CA-125 nu stigende. Desuden hypotyreose i beh. med levothyroxin. Mor havde brystkræft. Ingen tidl. blodpropper.
Siden sidste kontrol 3 uger med tiltagende udspilet mave, mæthed efter få mundfulde og åndenød ved gang. Ved indl. også hævet venstre ben gennem 4-5 dage, lidt ømt i læggen.

Obj.: BT 128/80, P 96, SAT 94 %, afebril. Abd. udspilet, spændt, dæmpning i flankerne, ingen ømhed. Venstre underben og lår hævet, omfang 4 cm større end højre, ømhed langs v. femoralis. St.p.: nedsat respiration basalt højresidigt.

Paraklinik: CA-125 1.240. Hb 6,8, albumin 29, kreatinin 72, D-dimer 4,8. TSH 2,1.
UL abdomen: Store mængder fri væske, peritoneale belægninger omentalt. Rtg. thorax: lille pleuraekssudat højresidigt, ingen behov for tapning.
UL-doppler af venstre ben: Ikke-komprimerbar v. femoralis communis og superficialis samt v. poplitea – dyb venetrombose i v. femoralis.
CT-thorax med kontrast ikke udført, ingen klinisk mistanke om lungeemboli (ingen brystsmerter, ingen takykardi ud over 100).

Forløb: Ascitesdrænage (se beskrivelse) med 5,2 L klar gul væske, cytologi: maligne celler, forenelig med kendt serøs carcinom – malign ascites. Pt. efterfølgende lettet, åndenød aftaget. Fik albumin 20 % 100 ml. DVT behandlet med dalteparin i terapeutisk dosis (vægtbaseret), ikke DOAK pga. aktiv cancer og planlagt kemoterapi. Ingen blødning.
MDT-konference: platinresistent recidiv, ikke kandidat til ny operation. Tilbydes 2. linje kemoterapi i onkologisk regi. Pt. ønsker behandling.

Konklusion:
Malign ascites ved recidiv af ovariecancer st. IIIC, paracentese 5,2 L.
Dyb venetrombose i v. femoralis sin., LMH-behandling.
Hypotyreose, velbehandlet.

Plan: Dalteparin 15.000 IE s.c. x 1 i minimum 6 mdr. Henvist til Onkologisk afd. til opstart af kemoterapi. Ved fornyet ascites kan pt. kontakte afdelingen til ny tapning. Overvejes permanent peritonealkateter ved hyppigt behov.
""",
            (
                "operationsbeskrivelse",
                """Procedurebeskrivelse – UL-vejledt ascitespunktur

Indikation: Symptomgivende ascites ved ovariecancer.
UL: Største væskedepot i venstre fossa iliaca, ingen tarm i punkturlinjen.
Lokalanalgesi med lidocain 10 mg/ml 10 ml. Pigtail-kateter 8 Fr anlagt i venstre fossa iliaca under UL-vejledning. Tømt langsomt over 6 timer, i alt 5.200 ml klar, gul ascitesvæske. Prøver til cytologi, albumin og dyrkning.
Kateter fjernet, tør forbinding. Ingen komplikationer, ingen blødning, BT stabilt under tømningen.
""",
            ),
        ],
        "medications": [
            ("B01AB04", "dalteparin", "15.000 IE s.c. x 1"),
            ("B05AA01", "albumin 20 %", "100 ml i.v. efter tapning"),
            ("H03AA01", "levothyroxin", "100 µg x 1"),
            ("N01BB02", "lidocain", "10 mg/ml 10 ml lokalt"),
        ],
        "labs": [
            (None, "CA-125;P", 1240, "kU/L", None, 35),
            (None, "Fibrin D-dimer;P", 4.8, "mg/L FEU", None, 0.5),
            ("NPU02319", "Hæmoglobin;B", 6.8, "mmol/L", 7.3, 9.5),
            (None, "Albumin;P", 29, "g/L", 36, 48),
            (None, "Thyrotropin;P", 2.1, "mIU/L", 0.3, 4.0),
        ],
        "codes": [("DC786A", "A"), ("DC562", "B"), ("DI801B", "B"), ("DE039", "B")],
        "evidence": [
            ("DC786A", "Malign ascites ved recidiv af ovariecancer"),
            ("DC786A", "cytologi: maligne celler"),
            ("DC786A", "5.200 ml klar, gul ascitesvæske", None, 1),
            ("DC562", "højgradig serøs ovariecancer FIGO IIIC"),
            ("DC562", "ovariecancer st. IIIC"),
            ("DI801B", "dyb venetrombose i v. femoralis"),
            ("DI801B", "Dyb venetrombose i v. femoralis sin., LMH-behandling"),
            ("DE039", "hypotyreose i beh. med levothyroxin"),
            ("DE039", "Hypotyreose, velbehandlet"),
        ],
        "distractors": [
            ("DI269", "ingen klinisk mistanke om lungeemboli", "negated"),
            ("DC509", "Mor havde brystkræft", "family"),
            ("DZ867", "Ingen tidl. blodpropper", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW6-06",
        "department": "Nefrologisk afdeling",
        "specialty": "nefrologi",
        "patient": {"age": 78, "sex": "M"},
        "admission": {"start": "2025-01-27", "end": "2025-01-31"},
        "notes": [
            """Epikrise – Nefrologisk afsnit

Indl. årsag: P-kalium 7,1 ved rutineblodprøve hos e.l., almen svækkelse.

Anamnese: 78-årig mand, bor med hustru, selvhjulpen. Kendt kronisk hjertesvigt med reduceret EF (EF 30 %) på baggrund af iskæmisk hjertesygdom, tidl. AMI 2016 med PCI, ikke siden angina. Kronisk nyresygdom stadie 3b, eGFR habituelt 32-36, følges i nefrologisk ambulatorium. Medicin: enalapril 10 mg x 2, spironolacton 25 mg x 1 (øget fra 12,5 mg for 3 uger siden pga. ødemer), furosemid 40 mg x 1, bisoprolol 5 mg x 1, ASA, atorvastatin. Har desuden selv taget kaliumholdigt salterstatning (LoSalt) efter råd fra en veninde.
1 uges tiltagende træthed, tunge ben, føler sig "slap som en klud". Ingen brystsmerter, ingen synkope.

Obj.: Vågen, klar. BT 108/62, P 52 regelmæssig, SAT 96 %, afebril. St.c.: Svag systolisk mislyd ved apex. St.p.: Få basale krepitationer. Diskrete ankelødemer. Kraft 4/5 i alle ekstremiteter, reflekser svage.
EKG: Sinusbradykardi 52, høje spidse T-takker i V2-V5, let forlænget PR, QRS 112 ms.

Paraklinik: K 7,1 -> 7,3 (ikke hæmolyseret), Na 134, kreatinin 196 (habituelt 180-190), eGFR 30, karbamid 18,4, standardbikarbonat 19. Glukose 6,8. NT-proBNP 3.900 (habituelt ca. 3.500).

Forløb: Behandlet akut på intensivt observationsafsnit med telemetri: calciumgluconat 10 ml i.v., glukose-insulin-infusion x 2, salbutamol inhalation, natriumzirconiumcyclosilikat (Lokelma) 10 g x 3 første døgn. Enalapril og spironolacton pauseret, salterstatning stoppet. Kalium 6,2 efter 4 timer, 5,4 efter 1 døgn, 4,8 ved udskrivelsen. Telemetri uden arytmi ud over sinusbradykardi, frekvensen steg til 64 efterhånden som kalium normaliseredes. EKG normaliseret.
Hjertesvigtet var kompenseret under hele forløbet, vægtstabil. Rtg. thorax: let forstørret hjerte, ingen stase, ingen pleuraekssudat.
Kreatinin ved udskrivelsen 184, dvs. på habituelt niveau, ingen akut nyreskade.

Konklusion:
1. Svær hyperkaliæmi (7,3 mmol/L) med EKG-forandringer, udløst af kombination af enalapril, spironolacton og kaliumholdigt salterstatning ved nedsat nyrefunktion.
2. Kronisk hjertesvigt, HFrEF, EF 30 %, kompenseret.
3. Kronisk nyresygdom stadie 3b.

Plan: Spironolacton seponeres permanent. Enalapril genoptages i reduceret dosis 5 mg x 2 fra i morgen. Lokelma 10 g x 1 dagligt fortsættes som vedligehold for at muliggøre RAS-blokade. Ingen LoSalt eller andre saltsubstitutter - pt. og hustru informeret. K og kreatinin hos e.l. om 5 dage og igen om 2 uger. Kontrol i hjertesvigtsklinikken som planlagt.
"""
        ],
        "medications": [
            ("A12AA03", "calciumgluconat", "10 ml i.v. x 1"),
            ("A10AB01", "insulin (Actrapid) i glukose", "10 IE i glukose 10 % x 2"),
            ("R03AC02", "salbutamol", "10 mg inh. x 1"),
            ("V03AE10", "natriumzirconiumcyclosilikat", "10 g x 3 første døgn, herefter 10 g x 1"),
            ("C09AA02", "enalapril", "5 mg x 2 (reduceret)"),
            ("C03CA01", "furosemid", "40 mg x 1"),
            ("C07AB07", "bisoprolol", "5 mg x 1"),
        ],
        "labs": [
            ("NPU03230", "Kalium;P", 7.3, "mmol/L", 3.5, 4.6),
            ("NPU03429", "Natrium;P", 134, "mmol/L", 137, 145),
            ("NPU18016", "Kreatinin;P", 196, "µmol/L", 60, 105),
            (None, "eGFR", 30, "mL/min/1,73m2", 60, None),
            (None, "NT-proBNP;P", 3900, "ng/L", None, 300),
        ],
        "codes": [("DE875A", "A"), ("DI501G", "B"), ("DN183", "B")],
        "evidence": [
            ("DE875A", "Svær hyperkaliæmi (7,3 mmol/L) med EKG-forandringer"),
            ("DE875A", "K 7,1 -> 7,3"),
            ("DE875A", "høje spidse T-takker i V2-V5"),
            ("DI501G", "Kendt kronisk hjertesvigt med reduceret EF (EF 30 %)"),
            ("DI501G", "Kronisk hjertesvigt, HFrEF, EF 30 %, kompenseret"),
            ("DN183", "Kronisk nyresygdom stadie 3b, eGFR habituelt 32-36"),
            ("DN183", "Kronisk nyresygdom stadie 3b."),
        ],
        "distractors": [
            ("DI219", "tidl. AMI 2016 med PCI", "history"),
            ("DN179", "ingen akut nyreskade", "negated"),
            ("DJ90", "ingen pleuraekssudat", "negated"),
            ("DI499", "Telemetri uden arytmi", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW6-07",
        "department": "Akutafdelingen",
        "specialty": "akutmedicin",
        "patient": {"age": 54, "sex": "M"},
        "admission": {"start": "2025-01-09", "end": "2025-01-13"},
        "notes": [
            """Akutafd. – epikrise

Fundet af politiet kl. 05.30 liggende i et busskur, udetemperatur -6 grader. Hjemløs, sover normalt på varmestue, men var der ikke i nat. Kendt alkoholafhængighed gennem mange år, kontinuerligt dagligt forbrug, ca. 1 flaske vodka + øl/døgn. Ingen fast læge. Tidl. DVT i højre ben 2019, behandlet, ingen AK-beh. nu. Far "drak også".

Obj. ved ankomst: GCS 12, talende men konfus. Rektal temp. 31,8 gr. Bradykard 44, BT 96/60, SAT ikke målbar perifert. Kold, bleg hud. Ingen tegn på hovedtraume, pupiller ens og reagerende. Tæer på begge fødder hvide, stive og følelsesløse.
EKG: Sinusbradykardi, Osborn-takker. Promille 2,1. BS 4,2. CK 1.850, K 3,6, kreatinin 88.
CT cerebrum: ingen blødning, ingen fraktur.

Beh./forløb: Accidentel hypotermi (moderat, 31,8 gr.). Aktiv ekstern opvarmning med Bair Hugger og opvarmet i.v. væske, temp. 36,2 efter 5 timer. Ingen arytmier under opvarmning. GCS 15 efter opvarmning.
Tæerne: efter genopvarmning rødme og klare væskefyldte blærer på 1.-3. tå bilat., god kapillærrespons, ingen sorte/hæmoragiske blærer – overfladisk forfrysning (2. grad), ikke tegn på vævsnekrose. Vurderet af plastikkirurg: konservativ beh., blærer ikke punkteret, tør forbinding, tetanus ajourført.
Døgn 2-3: Begyndende abstinenser med tremor, svedtendens, uro og takykardi, ingen kramper, ingen hallucinationer, ikke delirium tremens. Oxazepam efter CIWA-skema, max 150 mg/døgn, aftrappet. Thiamin i.v. 3 dage. CK faldende.
Socialrådgiver og gadeplanssygeplejerske involveret: tilbudt plads på herberg, pt. har takket ja.

Diagnoser:
Accidentel hypotermi, moderat.
Overfladiske forfrysninger af tæer bilat. (2. grad).
Alkoholafhængighed, kontinuerligt forbrug.
Alkoholabstinenstilstand uden kramper.
Hjemløshed.

Plan: Udskrives til herberg. Ambulant kontrol af tæer i sårambulatoriet om 1 uge. Henvist til alkoholbehandling, pt. ambivalent. B-vitamin tabl.
"""
        ],
        "medications": [
            ("N05BA04", "oxazepam", "efter CIWA-skema, max 150 mg/døgn, aftrappet"),
            ("A11DA01", "thiamin", "300 mg i.v. x 1 i 3 dage"),
            ("A11EA", "B-vitamin stærk", "1 tablet x 2"),
            ("J07AM01", "tetanusvaccine", "0,5 ml i.m. x 1"),
        ],
        "labs": [
            (None, "Legemstemperatur (rektal)", 31.8, "°C", 36.0, 37.5),
            (None, "Ethanol;P", 2.1, "promille", None, None),
            (None, "Kreatinkinase;P", 1850, "U/L", 50, 400),
            ("NPU03230", "Kalium;P", 3.6, "mmol/L", 3.5, 4.6),
            (None, "Glukose;P", 4.2, "mmol/L", 4.0, 7.0),
        ],
        "codes": [("DT689", "A"), ("DT338A", "B"), ("DF1025", "B"), ("DF1030", "B"), ("DZ590", "B")],
        "evidence": [
            ("DT689", "Accidentel hypotermi (moderat, 31,8 gr.)"),
            ("DT689", "Rektal temp. 31,8 gr."),
            ("DT338A", "overfladisk forfrysning (2. grad)"),
            ("DT338A", "Overfladiske forfrysninger af tæer bilat."),
            ("DF1025", "Kendt alkoholafhængighed gennem mange år, kontinuerligt dagligt forbrug"),
            ("DF1025", "Alkoholafhængighed, kontinuerligt forbrug"),
            ("DF1030", "Begyndende abstinenser med tremor"),
            ("DF1030", "Alkoholabstinenstilstand uden kramper"),
            ("DZ590", "Hjemløs, sover normalt på varmestue"),
            ("DZ590", "Hjemløshed."),
        ],
        "distractors": [
            ("DS069", "Ingen tegn på hovedtraume", "negated"),
            ("DI619", "ingen blødning, ingen fraktur", "negated"),
            ("DT348A", "ikke tegn på vævsnekrose", "negated"),
            ("DF1040", "ikke delirium tremens", "negated"),
            ("DI803", "Tidl. DVT i højre ben 2019", "history"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW6-08",
        "department": "Neurologisk afdeling",
        "specialty": "neurologi",
        "patient": {"age": 67, "sex": "M"},
        "admission": {"start": "2025-03-10", "end": "2025-03-19"},
        "notes": [
            """Epikrise – Neurologisk sengeafsnit N3

Indlæggelsesårsag: Forværring af myasteni med synkebesvær og hængende øjenlåg.

Anamnese: 67-årig mand, pens. elektriker. Myasthenia gravis diagnosticeret 2019 (AChR-antistof positiv), generaliseret form, CT af mediastinum uden thymom. Velreguleret på pyridostigmin 60 mg x 5 og azathioprin 150 mg dagligt, sidste forværring 2021. Desuden hypertension beh. med amlodipin. Bror med sklerose.
For 8 dage siden forkølelse med ondt i halsen, snue og hoste, hjemme hos barnebarn der var syg. Herefter tiltagende dobbeltsyn, ptose, nasal tale, problemer med at synke tørkost og fejlsynkning ved tynde væsker. Let åndenød liggende.

Obj.: Temp. 37,6. SAT 95 %. Bilat. ptose, værst ve., udtrætbar ved opadblik efter 20 sek. Dobbeltsyn ved sideblik. Nasal dysartri. Nakkefleksion 3/5, proksimal kraft i arme 4-/5. Synketest: fejlsynkning af vand. Vitalkapacitet (FVC) 2,1 L (habituelt 3,4 L). Rhinitis, rød svælgvæg, lunger auskultatorisk normale.
Paraklinik: CRP 24, leuk. 9,8. Rtg. thorax: ingen infiltrater, dvs. ingen pneumoni. Covid-19 og influenza PCR negative. Rhinovirus PCR positiv.

Forløb:
Vurderet som myasten forværring (truende krise) udløst af akut øvre luftvejsinfektion (rhinovirus). Monitoreret med FVC x 3 dagligt og NIF. Laveste FVC 1,8 L dag 2, ikke behov for intensiv eller respirator.
IVIG 0,4 g/kg/døgn i 5 dage (dag 1-5). Pyridostigmin øget til 60 mg x 6. Sonde i 3 døgn pga. fejlsynkning, talepædagog vurderede synkefunktion. Prednisolon opstartet lavdosis 10 mg og optrappes langsomt, for at undgå steroidinduceret forværring.
Ingen antibiotika, da infektionen vurderes viral. Ingen aspirationspneumoni.
Dag 6-9: Tydelig bedring, ptosen næsten væk, spiser almindelig kost, FVC 3,0 L. Amlodipin fortsat, BT 138/82.

Konklusion:
1. Exacerbation af myasthenia gravis (AChR+), udløst af viral øvre luftvejsinfektion. Behandlet med IVIG.
2. Akut øvre luftvejsinfektion med rhinovirus.
3. Hypertension, velbehandlet.

Plan: Prednisolon optrappes 10 mg hver 5. dag til 40 mg hver 2. dag, herefter revurdering. Azathioprin uændret. Pyridostigmin 60 mg x 6. Ambulant kontrol i neuromuskulært ambulatorium om 3 uger. Pt. informeret om at undgå visse antibiotika (fluorquinoloner, aminoglykosider) og ved forværring af synke- eller åndedrætsbesvær ringe 112.
"""
        ],
        "medications": [
            ("J06BA02", "immunglobulin i.v. (IVIG)", "0,4 g/kg/døgn i 5 dage"),
            ("N07AA02", "pyridostigmin", "60 mg x 6"),
            ("L04AX01", "azathioprin", "150 mg x 1"),
            ("H02AB06", "prednisolon", "10 mg hver 2. dag, optrappes"),
            ("C08CA01", "amlodipin", "5 mg x 1"),
        ],
        "labs": [
            (None, "Vitalkapacitet (FVC)", 1.8, "L", None, None),
            ("NPU19748", "C-reaktivt protein;P", 24, "mg/L", None, 8),
            ("NPU02593", "Leukocytter;B", 9.8, "10^9/L", 3.5, 8.8),
            (None, "Acetylkolinreceptor-antistof;P", 14.2, "nmol/L", None, 0.4),
        ],
        "codes": [("DG700", "A"), ("DJ069", "B"), ("DI109", "B")],
        "evidence": [
            ("DG700", "Exacerbation af myasthenia gravis (AChR+)"),
            ("DG700", "myasten forværring (truende krise)"),
            ("DJ069", "Akut øvre luftvejsinfektion med rhinovirus"),
            ("DJ069", "Rhinovirus PCR positiv"),
            ("DI109", "hypertension beh. med amlodipin"),
            ("DI109", "Hypertension, velbehandlet"),
        ],
        "distractors": [
            ("DD150", "CT af mediastinum uden thymom", "negated"),
            ("DJ189", "ingen pneumoni", "negated"),
            ("DJ690", "Ingen aspirationspneumoni", "negated"),
            ("DG35", "Bror med sklerose", "family"),
            ("DJ960", "ikke behov for intensiv eller respirator", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW6-09",
        "department": "Neurologisk afdeling",
        "specialty": "neurologi",
        "patient": {"age": 26, "sex": "F"},
        "admission": {"start": "2025-05-05", "end": "2025-05-08"},
        "notes": [
            """Epikrise

Henvist fra øjenlæge pga. bilat. papilødem.

Anamnese: 26-årig kvinde, pædagogmedhjælper. Tidl. rask, p-piller. Vægtøgning ca. 15 kg det sidste år. 3 mdr. med tiltagende hovedpine, værst om morgenen og ved foroverbøjning, pulserende susen i ørerne og kortvarige episoder hvor synet bliver sort i få sek. når hun rejser sig. Ingen dobbeltsyn. Mor har migræne. Ingen tetracyklin- eller A-vitaminbehandling.

Obj.: Højde 166 cm, vægt 103 kg, BMI 37,4. BT 128/78. Neurologisk us. normal, ingen fokale udfald, ingen abducensparese. Fundoskopi: bilat. stasepapil, Frisén grad 3. Visus 1,0 bilat. Perimetri: forstørret blind plet bilat., ellers ingen synsfeltsudfald.
MR cerebrum med MR-venografi: ingen tumor eller anden rumopfyldende proces, ingen hydrocephalus, ingen sinustrombose. Let tom sella og fladtrykt bagre bulbusvæg, forenelig med forhøjet intrakranielt tryk.
Lumbalpunktur i sideleje: åbningstryk 38 cm H2O. Spinalvæske: normalt celletal, protein og glukose. Lukketryk 18 cm H2O. Hovedpinen lettede efter LP.
Blodprøver inkl. hæmatologi, elektrolytter og TSH normale.

Konklusion: Idiopatisk intrakraniel hypertension (IIH, pseudotumor cerebri) med bilateral papilødem/stasepapil, ved svær fedme BMI 37.

Beh. og plan:
Acetazolamid 250 mg x 2 optrappes over 2 uger til 500 mg x 2. Informeret om bivirkninger (prikken, metalsmag).
Vægttab er den vigtigste behandling – henvist til kommunens vægttabsforløb, overvejer senere henvisning til fedmekirurgi. Frarådes p-piller med østrogen, anbefalet spiral.
Kontrol hos øjenlæge med OCT og perimetri om 4 uger, neurologisk ambulatorium om 6 uger. Akut kontakt ved synsforværring.
"""
        ],
        "medications": [
            ("S01EC01", "acetazolamid", "250 mg x 2, optrappes til 500 mg x 2"),
        ],
        "labs": [
            (None, "Spinalvæske åbningstryk", 38, "cm H2O", None, 25),
            (None, "Leukocytter;Csv", 1, "10^6/L", None, 5),
            (None, "Protein;Csv", 0.28, "g/L", 0.15, 0.5),
            (None, "Thyrotropin;P", 1.6, "mIU/L", 0.3, 4.0),
        ],
        "codes": [("DG932", "A"), ("DH471A", "B"), ("DE660C", "B")],
        "evidence": [
            ("DG932", "Idiopatisk intrakraniel hypertension (IIH, pseudotumor cerebri)"),
            ("DG932", "åbningstryk 38 cm H2O"),
            ("DH471A", "bilat. stasepapil, Frisén grad 3"),
            ("DH471A", "bilateral papilødem/stasepapil"),
            ("DE660C", "BMI 37,4"),
            ("DE660C", "svær fedme BMI 37"),
        ],
        "distractors": [
            ("DD430", "ingen tumor eller anden rumopfyldende proces", "negated"),
            ("DI676", "ingen sinustrombose", "negated"),
            ("DG919", "ingen hydrocephalus", "negated"),
            ("DG439", "Mor har migræne", "family"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW6-10",
        "department": "Børneafdelingen",
        "specialty": "pædiatri",
        "patient": {"age": 5, "sex": "M"},
        "admission": {"start": "2025-02-11", "end": "2025-02-13"},
        "notes": [
            """Børneafd. – epikrise

5-årig dreng, tidl. rask, alderssvarende vaccineret. Henvist af vagtlæge: 3 dage med feber til 40,2, ondt i halsen, vil ikke spise eller drikke, kastet op x 4 i går. Udslæt på kroppen siden i går. Kun tisset 1 gang siden i morges. Mor har astma. Der går skarlagensfeber i børnehaven.

Obj.: Træt, men vågen og kontaktbar. Temp. 39,4, P 146, RF 24, SAT 98 %. Kap.-respons 3 sek. Tørre slimhinder, ingen tårer. Vægt 18,1 kg (20,0 kg ved sundhedsplejerske for 2 mdr. siden - usikker). Svælg: kraftigt røde, forstørrede tonsiller med hvide belægninger, jordbærtunge. Ømme kæbevinkelglandler. Fint, ru, papuløst udslæt på truncus og i lyskerne, sandpapiragtigt, bleghed omkring munden. Ingen nakkestivhed. Ingen ensidig tonsilfremhvælvning, uvula midtstillet. Hjerte/lunger ua. Abdomen ua.

Strep A-test: positiv. CRP 118. Na 133, K 3,8, kreatinin 52, glukose 4,3. Urin-stix: ketoner 3+.

Konklusion: Skarlagensfeber med streptokoktonsillitis. Dehydrering (ca. 5-7 %).

Beh.: Ingen peritonsillær absces. Ingen tegn på meningitis. Væskebolus NaCl 20 ml/kg, herefter i.v. vedligeholdelsesvæske med glukose i 1 døgn. Penicillin (benzylpenicillin) i.v. 1. døgn, skiftet til mikstur phenoxymethylpenicillin da han kunne synke. Paracetamol. Drikker og spiser sparsomt fra døgn 2, tisser normalt.

Plan: Phenoxymethylpenicillin mikstur til i alt 10 dage. Kan starte i børnehave efter 2 døgns behandling og feberfri. Forældre informeret om at kontakte egen læge ved mørk urin, hævede led eller fornyet feber.
"""
        ],
        "medications": [
            ("J01CE01", "benzylpenicillin", "50 mg/kg x 4 i.v. 1. døgn"),
            ("J01CE02", "phenoxymethylpenicillin mikstur", "25 mg/kg x 3 til i alt 10 dage"),
            ("N02BE01", "paracetamol", "15 mg/kg x 4 p.n."),
            ("B05BB01", "NaCl 0,9 %", "20 ml/kg bolus"),
        ],
        "labs": [
            ("NPU19748", "C-reaktivt protein;P", 118, "mg/L", None, 8),
            ("NPU03429", "Natrium;P", 133, "mmol/L", 135, 145),
            ("NPU03230", "Kalium;P", 3.8, "mmol/L", 3.5, 5.0),
            (None, "Glukose;P", 4.3, "mmol/L", 3.5, 7.0),
        ],
        "codes": [("DA389", "A"), ("DE869A", "B")],
        "evidence": [
            ("DA389", "Skarlagensfeber med streptokoktonsillitis"),
            ("DA389", "jordbærtunge"),
            ("DA389", "Strep A-test: positiv"),
            ("DE869A", "Dehydrering (ca. 5-7 %)"),
            ("DE869A", "Tørre slimhinder, ingen tårer"),
        ],
        "distractors": [
            ("DJ36", "Ingen peritonsillær absces", "negated"),
            ("DG039", "Ingen tegn på meningitis", "negated"),
            ("DJ459", "Mor har astma", "family"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW6-11",
        "department": "Obstetrisk afdeling",
        "specialty": "obstetrik",
        "patient": {"age": 29, "sex": "F"},
        "admission": {"start": "2025-06-02", "end": "2025-06-08"},
        "notes": [
            """Epikrise – Fødegang og barselsafsnit

Indlæggelsesårsag: Vandafgang i GA 32+1.

Anamnese: 29-årig 2-gangsgravid, 1-para (spontan vaginal fødsel til termin 2021). Tidl. spontan abort 2020. Ukompliceret graviditet hidtil, normal nakkefoldsscanning og misdannelsesscanning. Ikke ryger. Ingen kendt sygdom, ingen fast medicin. Søster med præeklampsi i begge graviditeter.
Ca. kl. 03 pludselig klar vandafgang, fortsat sivning. Ingen veer, ingen blødning. Mærker liv.

Obj. ved ankomst: BT 118/72, P 84, temp. 36,9. Abd. blød, uterus uøm. Spekulum: klart fostervand fra os, pH-test positiv (AmniSure positiv). Cervix lukket, ikke effaceret. CTG: normal, ingen kontraktioner.
UL: Levende foster i hovedstilling, estimeret vægt 1.850 g (-4 %), fostervandsdepot 2,1 cm. Placenta på forvæggen.
Vaginal/rektal podning til GBS-PCR: positiv. CRP 6, leuk. 10,2.

Forløb:
Diagnosticeret PPROM i uge 32+1. Lungemodning med betamethason 12 mg i.m. x 2 med 24 timers interval. Profylaktisk antibiotika: ampicillin i.v. de første 48 timer, herefter erythromycin p.o. Der var ingen indikation for vehæmning, og magnesiumsulfat ikke indiceret efter uge 32. Neonatolog har talt med parret.
Dag 2 (32+2): Ingen veer, afebril, CRP 8. CTG normal.
Dag 3 (32+3, ca. 42 timer efter vandafgangen): Spontan veaktivitet fra kl. 19, regelmæssige veer, cervix 4 cm kl. 22. Ampicillin i.v. genoptaget som GBS-profylakse under fødslen (første dosis > 4 timer før fødslen). Ingen feber under fødslen, klart fostervand, ingen tegn på chorioamnionitis.
Kl. 01.34 spontan vaginal fødsel af levende pige, 1.890 g, Apgar 8/9/10. Navlesnors-pH 7,28. Barnet overflyttet til neonatalafsnittet til observation pga. præmaturitet, respirerer selv.
Placenta fuldstændig, blødning 350 ml. Bristning grad 1, suturereret.
Barsel: Ukompliceret, afebril, ammer/malker ud til barnet på neonatalafd. Ingen præeklampsi, BT normalt under hele forløbet.

Konklusion:
1. For tidlig vandafgang (PPROM) i uge 32+1, veer efter ca. 42 timer.
2. For tidlig fødsel i uge 32+3, spontan vaginal fødsel af ét levendefødt barn.
3. GBS-positiv, intrapartum antibiotikaprofylakse givet.

Plan: Udskrives til hjemmet, bor hos barnet på neonatalafsnittet. Jordemoderkonsultation efter 1 uge. Ved næste graviditet: tidlig kontrol og GBS-profylakse under fødsel.
"""
        ],
        "medications": [
            ("H02AB01", "betamethason", "12 mg i.m. x 2 med 24 timers interval"),
            ("J01CA01", "ampicillin", "2 g i.v. x 4 (48 timer og intrapartum)"),
            ("J01FA01", "erythromycin", "250 mg x 4 p.o."),
        ],
        "labs": [
            ("NPU19748", "C-reaktivt protein;P", 8, "mg/L", None, 8),
            ("NPU02593", "Leukocytter;B", 10.2, "10^9/L", 3.5, 12.0),
            (None, "Navlesnor arteriel pH", 7.28, None, 7.20, 7.40),
        ],
        "codes": [("DO422", "A"), ("DO601", "B"), ("DO235A", "B"), ("DZ370", "B")],
        "evidence": [
            ("DO422", "For tidlig vandafgang (PPROM) i uge 32+1, veer efter ca. 42 timer"),
            ("DO422", "Diagnosticeret PPROM i uge 32+1"),
            ("DO601", "For tidlig fødsel i uge 32+3"),
            ("DO601", "Spontan veaktivitet fra kl. 19, regelmæssige veer"),
            ("DO235A", "GBS-positiv, intrapartum antibiotikaprofylakse givet"),
            ("DO235A", "GBS-PCR: positiv"),
            ("DZ370", "spontan vaginal fødsel af ét levendefødt barn"),
            ("DZ370", "spontan vaginal fødsel af levende pige"),
        ],
        "distractors": [
            ("DO411", "ingen tegn på chorioamnionitis", "negated"),
            ("DO149", "Ingen præeklampsi", "negated"),
            ("DO039", "Tidl. spontan abort 2020", "history"),
            ("DO424", "Der var ingen indikation for vehæmning", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW6-12",
        "department": "Medicinsk afdeling",
        "specialty": "intern medicin",
        "patient": {"age": 58, "sex": "F"},
        "admission": {"start": "2025-03-21", "end": "2025-03-27"},
        "notes": [
            """Epikrise, Medicinsk afd. M1

Indl. årsag: Konfusion, rysten og gangbesvær.

Anamnese (fra pt. og ægtefælle): 58-årig kvinde, kendt bipolar affektiv sindslidelse type 1, i stabil lithiumbehandling siden 2009 (lithiumcitrat svarende til 24 mmol dagligt), sidste s-lithium for 3 mdr. siden 0,7. Euthym og velfungerende, sidst indlagt med mani 2010. Desuden hypotyreose? - nej, TSH normal ved kontrol i januar.
Fik for 2 uger siden ibuprofen 400 mg x 3 af egen læge for knæsmerter. For 5 dage siden opkastninger og vandig diarré, 6-8 gange dagligt, har drukket dårligt. Fortsat taget sin lithium og ibuprofen. Fra i går grov rysten på hænderne, usikker gang, sløret tale og forvirret.
Ægtefællen oplyser, at hun tager sin medicin af dosisæske, ingen tabletter mangler, intet tyder på at hun har taget ekstra. Hun har ikke været nedtrykt.

Obj.: Konfus, GCS 14, desorienteret i tid. Temp. 37,4, BT 104/62, P 98. Tørre slimhinder. Grov tremor, ataksi, dysartri. Hyperrefleksi, få myoklonier, ingen nakkestivhed. Ingen kramper observeret.
EKG: SR 96, let QTc-forlængelse 478 ms, flade T-takker.

Paraklinik: S-lithium 2,6 mmol/L (12-timers værdi ukendt, sidste dosis aftenen før). Kreatinin 212 (habituelt 80-90), karbamid 19,8, Na 146, K 3,3. CRP 14. TSH 2,8. Fæces-PCR: norovirus påvist.

Forløb: Vurderet som utilsigtet (kronisk) lithiumforgiftning pga. ophobning ved dehydrering fra gastroenteritis og samtidig NSAID-behandling, med akut nyreskade (prærenal). Lithium og ibuprofen seponeret. Forceret i.v. NaCl-væske. Nefrologisk bagvagt konfereret, dialyse overvejet, men ikke nødvendig pga. god diurese og hurtigt faldende niveau.
S-lithium 2,6 -> 1,7 (døgn 1) -> 0,9 (døgn 2) -> 0,4 (døgn 4). Kreatinin 212 -> 148 -> 96 ved udskrivelsen.
Neurologiske symptomer gradvist svundet, ved udskrivelsen let finmotorisk tremor, går sikkert.
Psykiatrisk tilsyn: ikke selvmordstanker, ingen tegn på affektiv episode, vurderet som fortsat i remission. Anbefaler genoptagelse af lithium i reduceret dosis når nyrefunktionen er normaliseret.
Diarréen ophørt døgn 3.

Diagnoser:
1. Lithiumforgiftning, utilsigtet (ophobning), s-lithium 2,6.
2. Akut nyreskade, prærenal, normaliseret.
3. Gastroenteritis med norovirus.
4. Bipolar affektiv sindslidelse type 1, i remission.

Plan: Lithium pauseres indtil kreatinin kontrolleres hos e.l. om 3 dage. Herefter genoptages lithiumcitrat 18 mmol dagligt efter aftale med distriktspsykiatrien, s-lithium 5 dage efter. Ibuprofen og andre NSAID frarådes fremover - skriftlig info udleveret. Paracetamol mod knæsmerter. Pt. og ægtefælle instrueret i at pausere lithium ved opkast/diarré og kontakte læge.
"""
        ],
        "medications": [
            ("N05AN01", "lithiumcitrat", "pauseret, herefter 18 mmol dagligt"),
            ("M01AE01", "ibuprofen", "seponeret"),
            ("B05BB01", "NaCl 0,9 %", "i.v. 3-4 L/døgn"),
            ("N02BE01", "paracetamol", "1 g x 3 p.n."),
        ],
        "labs": [
            (None, "Lithium;P", 2.6, "mmol/L", 0.5, 1.0),
            ("NPU18016", "Kreatinin;P", 212, "µmol/L", 45, 90),
            ("NPU03429", "Natrium;P", 146, "mmol/L", 137, 145),
            ("NPU03230", "Kalium;P", 3.3, "mmol/L", 3.5, 4.6),
            (None, "Thyrotropin;P", 2.8, "mIU/L", 0.3, 4.0),
        ],
        "codes": [("DT435", "A"), ("DN179", "B"), ("DA081", "B"), ("DF317A", "B")],
        "evidence": [
            ("DT435", "Lithiumforgiftning, utilsigtet (ophobning)"),
            ("DT435", "S-lithium 2,6 mmol/L"),
            ("DT435", "utilsigtet (kronisk) lithiumforgiftning"),
            ("DN179", "Akut nyreskade, prærenal, normaliseret"),
            ("DN179", "Kreatinin 212 (habituelt 80-90)"),
            ("DA081", "Gastroenteritis med norovirus"),
            ("DA081", "norovirus påvist"),
            ("DF317A", "Bipolar affektiv sindslidelse type 1, i remission"),
            ("DF317A", "kendt bipolar affektiv sindslidelse type 1"),
        ],
        "distractors": [
            ("DE039", "hypotyreose? - nej, TSH normal", "negated"),
            ("DF311", "sidst indlagt med mani 2010", "history"),
            ("DR568", "Ingen kramper observeret", "negated"),
            ("DZ992", "dialyse overvejet, men ikke nødvendig", "negated"),
            ("DG039", "ingen nakkestivhed", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW6-13",
        "department": "Geriatrisk afdeling",
        "specialty": "geriatri",
        "patient": {"age": 86, "sex": "F"},
        "admission": {"start": "2025-04-22", "end": "2025-04-28"},
        "notes": [
            """Epikrise – Geriatrisk afd.

Indl. årsag: Diarré, uro og smerter i maven. Indlagt fra plejecenter.

Anamnese: 86-årig kvinde, plejehjemsbeboer. Alzheimers demens (sen debut), moderat grad, MMSE 14 i 2024, i beh. med donepezil. Tidl. hysterektomi og apendektomi. Hypertension, ikke længere i behandling (lavt BT). Opioid: Fik oxycodon 5 mg x 2 efter håndledsfraktur for 4 uger siden, ikke seponeret. Datter oplyser, at der ikke er tarmkræft i familien.
Plejepersonalet beskriver en uges tynd, ildelugtende afføring, der siver, og hun har ikke haft en "rigtig" afføring i ca. 10 dage. De sidste 2 døgn tiltagende uro, råber, plukker ved dynen, vågen om natten og mere forvirret end vanligt. Har ikke tisset i hvert fald 14 timer.

Obj.: Konfus, urolig, ikke samarbejdende til fuld us. Temp. 37,2, BT 132/70, P 92. Abdomnen: udspilet, ømhed i nedre del, palpabel blære til navlen. Tarmlyd normale. Rektaleksploration: rectum fyldt med hårde fækale masser (fækalom), tynd afføring langs siden.
Blærescanning: 1.100 ml.
Paraklinik: Hb 7,9, leuk. 8,2, CRP 18, Na 138, K 3,9, kreatinin 92. Urinstix (efter KAD): leukocytter 1+, nitrit neg. Urindyrkning: ingen signifikant vækst - ikke UVI.
Rtg. oversigt abd.: massiv koprostase i rectum og colon sigmoideum, ingen luft-væskespejl, ingen fri luft.

Forløb:
Vurderet som fækalom med overløbsdiarré og sekundær akut urinretention, som tillige udløste et delir hos pt. med demens.
Dag 1: KAD anlagt, tømt 1.100 ml. Manuel udtømning af rectum under smertedækning, herefter klysma x 2 og movicol 2 breve x 2. Store mængder fast afføring.
Dag 2-3: Fortsat rigeligt afføring, diarréen ophørt. Oxycodon seponeret, paracetamol i stedet. Uro aftaget gradvist, sover om natten, ingen behov for antipsykotika.
Dag 4: Seponering af KAD, spontan vandladning med residualurin 60 ml. Delir i bedring, tilbage på habituelt kognitivt niveau ifølge plejepersonalet.
Dag 5-6: Daglig afføring, spiser og drikker. CT/koloskopi ikke indiceret grundet alder og ingen alarmsymptomer.

Konklusion:
1. Fækalom (koprostase) i rectum/sigmoideum med overløbsdiarré, obstipation udløst af opioid.
2. Akut urinretention sekundært til fækalomet, KAD i 3 døgn.
3. Delir ved demens, svundet.
4. Alzheimers sygdom med demens, sen debut, moderat.

Plan: Movicol 1 brev x 2 fast, justeres efter afføringsmønster. Afføringsskema på plejecentret. Ingen opioider fremover uden samtidig laksantia. Donepezil uændret. Plejecentret informeret om tegn på urinretention.
"""
        ],
        "medications": [
            ("A06AD65", "macrogol (Movicol)", "1 brev x 2"),
            ("A06AG", "klysma (natriumlaurylsulfoacetat)", "x 2 dag 1"),
            ("N06DA02", "donepezil", "10 mg x 1"),
            ("N02BE01", "paracetamol", "1 g x 3"),
            ("N02AA05", "oxycodon", "seponeret"),
        ],
        "labs": [
            ("NPU02319", "Hæmoglobin;B", 7.9, "mmol/L", 7.3, 9.5),
            ("NPU19748", "C-reaktivt protein;P", 18, "mg/L", None, 8),
            ("NPU03429", "Natrium;P", 138, "mmol/L", 137, 145),
            ("NPU18016", "Kreatinin;P", 92, "µmol/L", 45, 90),
            (None, "Blærescanning (residualurin)", 1100, "ml", None, 150),
        ],
        "codes": [("DK564", "A"), ("DR339B", "B"), ("DF051", "B"), ("DF001", "B")],
        "evidence": [
            ("DK564", "Fækalom (koprostase) i rectum/sigmoideum med overløbsdiarré"),
            ("DK564", "rectum fyldt med hårde fækale masser (fækalom)"),
            ("DK564", "massiv koprostase i rectum og colon sigmoideum"),
            ("DR339B", "Akut urinretention sekundært til fækalomet"),
            ("DR339B", "Blærescanning: 1.100 ml"),
            ("DF051", "Delir ved demens, svundet"),
            ("DF051", "plukker ved dynen"),
            ("DF001", "Alzheimers demens (sen debut), moderat grad"),
            ("DF001", "Alzheimers sygdom med demens, sen debut, moderat"),
        ],
        "distractors": [
            ("DN390", "ikke UVI", "negated"),
            ("DK567", "ingen luft-væskespejl", "negated"),
            ("DC189", "der ikke er tarmkræft i familien", "family"),
            ("DI109", "Hypertension, ikke længere i behandling", "history"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW6-14",
        "department": "Kirurgisk afdeling",
        "specialty": "kirurgi",
        "patient": {"age": 61, "sex": "M"},
        "admission": {"start": "2025-02-06", "end": "2025-02-27"},
        "notes": [
            """Epikrise – Kirurgisk afd. / Intensiv

Indlæggelsesårsag: Smerter og rødme venstre lår, høj feber, påvirket almentilstand.

Anamnese: 61-årig mand, landmand. DM2 i 12 år, metformin + sitagliptin, dårligt reguleret (HbA1c 86). Ikke kendt karsygdom. Ryger. For 5 dage siden rift på venstre lår af pigtråd. Fra i forgårs ekstreme smerter i låret, ude af proportion til fundet, senere hævelse og rødme. I dag kulderystelser og svimmelhed.

Obj. ved ankomst: Svært påvirket, klam. Temp. 39,8, BT 78/44, P 128, RF 30, SAT 93 %. Venstre lår: hævet, spændt, lividt misfarvet område ca. 20 x 15 cm lateralt med bulla, krepitation ikke palpabel, udtalt ømhed også uden for rødmen.
Paraklinik: Leuk. 24,3, CRP 386, laktat 5,8, kreatinin 188 (normal for 6 mdr. siden), CK 2.400, Na 131, BS 22,4. LRINEC score 9.
CT v. lår: ødem langs fascien, ingen luft i bløddelene, ingen abscess.

Forløb:
Mistanke om nekrotiserende fasciitis med septisk shock. Væskegenoplivning, noradrenalin, meropenem + clindamycin i.v., akut til operation inden for 2 timer efter ankomst.
Dag 1: Radikal debridement af venstre lår (se operationsbeskrivelse). Herefter intensiv afd., noradrenalin op til 0,3 µg/kg/min i 3 døgn, respirator i 2 døgn. Insulin-infusion.
Vævsdyrkning og bloddyrkning: Streptococcus pyogenes (gruppe A streptokokker) - type II nekrotiserende bløddelsinfektion. Antibiotika ændret til benzylpenicillin + clindamycin. Immunglobulin i.v. givet dag 1-3.
Dag 2 og 4: Second look med yderligere beskeden revision. Ingen yderligere progression. VAC-behandling.
Dag 5: Vasopressor seponeret. Akut nyreskade (kreatinin max 264), ikke behov for dialyse, kreatinin ved udskrivelsen 104.
Dag 8: Overflyttet til kirurgisk sengeafsnit. Diabetes reguleret med basal-bolus insulin, metformin genoptaget.
Dag 14: Delhudstransplantation af defektet på plastikkirurgisk afd., 95 % indhelet.

Konklusion:
1. Nekrotiserende fasciitis på venstre lår (gruppe A streptokokker), debrideret x 3, delhudstransplantation.
2. Sepsis med gruppe A streptokokker og septisk shock, vasopressorkrævende.
3. Akut nyreskade, normaliseret.
4. Type 2-diabetes, dårligt reguleret, nu insulinbehandlet.

Plan: Penicillin afsluttet efter 14 dage. Kontrol i plastikkirurgisk ambulatorium om 1 uge. Fysioterapi. Diabetesambulatorium om 3 uger. Tilbud om rygestop.
""",
            (
                "operationsbeskrivelse",
                """Operationsbeskrivelse

Operation: Debridement af nekrotiserende bløddelsinfektion, venstre lår.
Indikation: Klinisk mistanke om nekrotiserende fasciitis, septisk shock.
Anæstesi: Generel. Rygleje. Antibiotika givet præoperativt.
Incision 25 cm lateralt på venstre lår gennem den misfarvede hud. Subkutis grålig og ødematøs, der tømmes tynd, brunlig "opvaskevandslignende" væske. Fascien er grå, nekrotisk og løsner sig uden modstand fra underliggende muskulatur (positiv fingertest). Muskulaturen (m. vastus lateralis) bløder og kontraherer, vurderes vital, ingen myonekrose.
Radikal excision af nekrotisk hud, subkutis og fascie til blødende vitalt væv, i alt ca. 30 x 18 cm. Vævsprøver til dyrkning og histologi. Rigelig skylning med NaCl. Hæmostase. Ingen luft i vævet.
Såret pakket med fugtige kompresser. Second look planlagt om 24-48 timer.
Blødning ca. 600 ml. Pt. overflyttes intuberet til intensiv afd.
""",
            ),
        ],
        "medications": [
            ("J01DH02", "meropenem", "1 g x 3 i.v. (dag 1-2)"),
            ("J01FF01", "clindamycin", "900 mg x 3 i.v."),
            ("J01CE01", "benzylpenicillin", "3 MIE x 6 i.v., i alt 14 dage"),
            ("C01CA03", "noradrenalin", "op til 0,3 µg/kg/min"),
            ("J06BA02", "immunglobulin i.v.", "dag 1-3"),
            ("A10AE04", "insulin glargin", "24 IE x 1"),
            ("A10AB05", "insulin aspart", "efter skema til måltider"),
            ("A10BA02", "metformin", "1 g x 2"),
        ],
        "labs": [
            ("NPU02593", "Leukocytter;B", 24.3, "10^9/L", 3.5, 8.8),
            ("NPU19748", "C-reaktivt protein;P", 386, "mg/L", None, 8),
            (None, "Laktat;P", 5.8, "mmol/L", 0.5, 2.5),
            ("NPU18016", "Kreatinin;P", 264, "µmol/L", 60, 105),
            (None, "Kreatinkinase;P", 2400, "U/L", 50, 400),
            (None, "Hæmoglobin A1c;B", 86, "mmol/mol", None, 48),
        ],
        "codes": [("DM726", "A"), ("DA400", "B"), ("DR572", "B"), ("DN179", "B"), ("DE119", "B")],
        "evidence": [
            ("DM726", "Nekrotiserende fasciitis på venstre lår (gruppe A streptokokker)"),
            ("DM726", "Fascien er grå, nekrotisk og løsner sig uden modstand", None, 1),
            ("DA400", "Sepsis med gruppe A streptokokker"),
            ("DA400", "Streptococcus pyogenes (gruppe A streptokokker)"),
            ("DR572", "septisk shock, vasopressorkrævende"),
            ("DR572", "BT 78/44, P 128"),
            ("DN179", "Akut nyreskade (kreatinin max 264)"),
            ("DN179", "Akut nyreskade, normaliseret"),
            ("DE119", "DM2 i 12 år, metformin + sitagliptin, dårligt reguleret"),
            ("DE119", "Type 2-diabetes, dårligt reguleret, nu insulinbehandlet"),
        ],
        "distractors": [
            ("DA480", "ingen luft i bløddelene", "negated"),
            ("DM628", "ingen myonekrose", "negated", None, 1),
            ("DI739", "Ikke kendt karsygdom", "negated"),
            ("DZ992", "ikke behov for dialyse", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW6-15",
        "department": "Hæmatologisk afdeling",
        "specialty": "hæmatologi",
        "patient": {"age": 59, "sex": "F"},
        "admission": {"start": "2025-05-12", "end": "2025-06-13"},
        "notes": [
            """Epikrise – Hæmatologisk sengeafsnit

Indlæggelsesårsag: Feber, hoste og åndenød; blodprøver med svært nedsatte neutrofile og blaster i blodet.

Anamnese: 59-årig kvinde, kontorassistent. Tidl. rask, ingen tidligere kemo- eller strålebehandling. Ingen fast medicin. Ryger ikke. Bror med lymfekræft. 3-4 uger med træthed, åndenød ved anstrengelse og blå mærker på benene. 4 dage med feber til 39,5, hoste med gulligt ekspektorat og smerter højre side af brystet ved dyb indånding. Egen læge tog blodprøver og indlagde akut.

Obj.: Bleg, febril 39,2, BT 112/70, P 112, RF 24, SAT 91 % på atm. luft. Petekkier på underbenene, ingen gingivahyperplasi. Ingen lymfadenopati, ingen hepatosplenomegali. St.p.: krepitationer og nedsat respiration basalt højre.

Paraklinik ved indlæggelsen: Hb 5,4, trombocytter 18, leuk. 3,1 med neutrofile 0,2 og 41 % blaster. CRP 164, prokalcitonin 2,3. Fibrinogen 3,8, INR 1,1, D-dimer let forhøjet - ingen DIC. Urat 0,38, LDH 412, K 4,0, fosfat normal - ingen tumorlysesyndrom. Kreatinin 71.
Rtg. thorax: infiltrat i højre underlap. HRCT dag 2: konsolidering i højre underlap uden halo-tegn eller kaviteter, ingen holdepunkt for invasiv svampeinfektion. Galactomannan i serum negativ. Bloddyrkninger x 3 negative. Urin-antigen for pneumokok og legionella negative.

Forløb:
Dag 1: Febril neutropeni med pneumoni i højre underlap. Meropenem 1 g x 3 i.v. opstartet inden for 1 time. Ilt 2 L. Transfunderet med 2 SAG og 1 trombocytportion.
Dag 2: Knoglemarvsundersøgelse: 62 % myeloide blaster, Auerstave. Flowcytometri: CD13+, CD33+, CD117+, MPO+. Konklusion: akut myeloid leukæmi (AML). Cytogenetik: normal karyotype. Molekylærgenetik: NPM1-mutation påvist, FLT3-ITD negativ - gunstig risikogruppe efter ELN 2022.
Dag 3: Ekkokardiografi normal, EF 60 %. Samtale med pt. og ægtefælle om diagnose, prognose og behandling. Opstartet induktionskemoterapi (daunorubicin 60 mg/m2 dag 1-3 + cytarabin 200 mg/m2 dag 1-7, "3+7"). Allopurinol og rigelig hydrering som profylakse mod tumorlyse. Posaconazol profylakse.
Dag 4-6: Feber aftagende, afebril fra dag 5. CRP faldende 164 -> 48. Ilt seponeret dag 6.
Dag 10: Ny feber 38,6 i dyb aplasi efter kemoterapi, uden nyt fokus. Meropenem fortsat, vancomycin tillagt i 3 dage pga. mucositis, bloddyrkninger negative, afebril igen efter 48 timer. Obs. pro kateterinfektion - afkræftet.
Dag 14-24: Transfusionskrævende, i alt 8 SAG og 9 trombocytportioner under indlæggelsen. Mucositis grad 2 behandlet med smertestillende.
Dag 21: Knoglemarv: aplastisk, ingen blaster.
Dag 28-31: Neutrofile 0,6 -> 1,4, trombocytter 84 uden transfusion. Rtg. thorax dag 28: infiltratet i højre underlap svundet, pnemonien vurderes behandlet.
Dag 32: Knoglemarv med MRD-prøve (NPM1-PCR) sendt. Morfologisk komplet remission.

Konklusion:
1. Nydiagnosticeret akut myeloid leukæmi, NPM1-muteret, FLT3-negativ, normal karyotype. Induktionskemoterapi 3+7, morfologisk komplet remission dag 32.
2. Febril neutropeni ved debut (neutrofile 0,2), neutropeni som led i leukæmien.
3. Pneumoni i højre underlap, behandlet med meropenem.
Ingen DIC, ingen tumorlysesyndrom, ingen invasiv svampeinfektion.

Plan:
Udskrives til hjemmet. Posaconazol seponeres når neutrofile > 0,5 stabilt (er nu 1,4) - seponeret ved udskrivelsen. Aciclovir profylakse fortsætter.
Ambulant kontrol i hæmatologisk dagafsnit om 4 dage med blodprøver (hæmatologi, væsketal, leverprøver).
Svar på MRD afventes. Planlagt konsolidering med højdosis cytarabin, 1. serie om ca. 2 uger. Allogen stamcelletransplantation ikke indiceret i første remission ved gunstig risiko, men HLA-typning af bror foretaget. Pt. informeret om at henvende sig straks ved temperatur over 38,0.
"""
        ],
        "medications": [
            ("J01DH02", "meropenem", "1 g x 3 i.v."),
            ("L01DB02", "daunorubicin", "60 mg/m2 dag 1-3"),
            ("L01BC01", "cytarabin", "200 mg/m2 dag 1-7"),
            ("M04AA01", "allopurinol", "300 mg x 1 under induktion"),
            ("J02AC04", "posaconazol", "300 mg x 1, seponeret ved udskrivelsen"),
            ("J05AB01", "aciclovir", "400 mg x 2"),
            ("J01XA01", "vancomycin", "i.v. i 3 dage"),
        ],
        "labs": [
            ("NPU02319", "Hæmoglobin;B", 5.4, "mmol/L", 7.3, 9.5),
            ("NPU03568", "Trombocytter;B", 18, "10^9/L", 145, 390),
            ("NPU02593", "Leukocytter;B", 3.1, "10^9/L", 3.5, 8.8),
            (None, "Neutrofilocytter;B", 0.2, "10^9/L", 1.6, 5.9),
            ("NPU19748", "C-reaktivt protein;P", 164, "mg/L", None, 8),
            (None, "Laktatdehydrogenase;P", 412, "U/L", 105, 205),
            (None, "Blaster;Knoglemarv", 62, "%", None, 5),
        ],
        "codes": [("DC920", "A"), ("DJ189", "B"), ("DD709", "B")],
        "evidence": [
            ("DC920", "Nydiagnosticeret akut myeloid leukæmi, NPM1-muteret"),
            ("DC920", "Konklusion: akut myeloid leukæmi (AML)"),
            ("DC920", "62 % myeloide blaster"),
            ("DJ189", "Pneumoni i højre underlap, behandlet med meropenem"),
            ("DJ189", "infiltrat i højre underlap"),
            ("DD709", "Febril neutropeni med pneumoni i højre underlap"),
            ("DD709", "Febril neutropeni ved debut (neutrofile 0,2)"),
        ],
        "distractors": [
            ("DD65", "ingen DIC", "negated"),
            ("DE883", "ingen tumorlysesyndrom", "negated"),
            ("DB449", "ingen holdepunkt for invasiv svampeinfektion", "negated"),
            ("DC859", "Bror med lymfekræft", "family"),
            ("DT802", "Obs. pro kateterinfektion - afkræftet", "uncertain"),
            ("DJ13", "Urin-antigen for pneumokok og legionella negative", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW6-16",
        "department": "Lungemedicinsk afdeling",
        "specialty": "lungemedicin",
        "patient": {"age": 68, "sex": "M"},
        "admission": {"start": "2025-02-03", "end": "2025-02-11"},
        "notes": [
            """Epikrise – Lungemedicinsk sengeafsnit

Indlæggelsesårsag: Tiltagende åndenød, højresidig effusion på rtg. thorax fra e.l.

Anamnese: 68-årig mand, pens. chauffør, gift, bor i hus. Kendt med KOL (FEV1 58 % af forventet 2023), i beh. med Spiolto. Ingen eksacerbationer det sidste år. Ryger fortsat ca. 20 cig./dag, 50 pakkeår. Tidl. appendektomi og ingvinalhernie-operation. Far døde af lungekræft som 71-årig.
Henvist via e.l. efter 6 ugers tiltagende dyspnø, tør hoste, vægttab på 5 kg og de sidste 10 dage hovedpine og "klodsethed" i venstre hånd. Ingen feber, ingen hæmoptyse.

Obj. ved indl.: Almentilstand let påvirket. BT 148/86, P 96, RF 22, SAT 91 % på atm. luft, temp. 36,8. St.p.: Dæmpning og ophævet respirationslyd basalt til midt på scapula på hø. side. Forlænget eksspirium, spredt pibende rhonchi. Neurologisk: let kraftnedsættelse og dysdiadokokinese i venstre hånd, ellers upåfaldende. Ingen papilødem beskrevet.

Paraklinik: Hb 8,4, leuk 9,8, CRP 18, Na 136, Ca-ion 1,24, kreatinin 82.
CT thorax/abdomen: 4,2 cm spikuleret tumor i højre overlap med mediastinale lymfeknuder (station 4R og 7) og større højresidig pleuraeffusion. Ingen levermetastaser, binyrer normale. Ingen lungeemboli på kontrastskanningen.
MR cerebrum: to metastaser, 18 mm højre frontalt med moderat perifokalt ødem og 6 mm i venstre cerebellarhemisfære.

Forløb:
Dag 1: Pleuracentese under UL-vejledning, tømt 1,6 L serosanguinøs væske med lettelse af dyspnøen. Væsken er eksudat (LDH og protein forhøjet). Startet Dexamethason 8 mg x 2 pga. det cerebrale ødem samt pantoprazol.
Dag 2: Bronkoskopi med EBUS, biopsi fra st. 7.
Dag 4: Patologi: Adenokarcinom, TTF-1 positiv. Cytologi fra pleuravæsken: maligne celler, forenelige med adenokarcinom fra lunge. Molekylærpatologi (EGFR, ALK, ROS1, PD-L1) er sendt.
Dag 5: Pleuravæsken recidiverede, ny tapning 1,2 L. Pleurakateter (Indwelling Pleural Catheter) anlagt dag 6 uden komplikationer, pårørende oplært i drænage.
KOL: stabil under indlæggelsen, ingen eksacerbation, fortsætter vanlig inhalationsbehandling. Tilbudt rygestop, starter nikotinplaster.
Hovedpinen aftaget på Dexamethason, kraften i venstre hånd næsten normal ved udskrivelse.
Obs. pro pneumoni dag 3 pga. temperatur 38,0, men CRP uændret og rtg. thorax uden infiltrat - ingen pneumoni, ingen antibiotika.

Konklusion:
1. Nydiagnosticeret adenokarcinom i højre overlap, cT2bN2M1c.
2. Malign pleuraeffusion hø. side, anlagt permanent pleurakateter.
3. Hjernemetastaser x 2 med ødem, i beh. med Dexamethason.
4. KOL, stabil.

Samtale med pt. og hustru om diagnosen ved overlæge. Pt. ønsker behandling. Konference: Stereotaktisk strålebehandling af hjernemetastaserne, derefter systemisk behandling afhængig af molekylærpatologi.

Plan:
- Dexamethason 8 mg x 2, nedtrappes efter aftale med onkologisk afd.
- Pantoprazol 40 mg x 1 så længe der gives steroid.
- Spiolto 2 pust x 1 og Ventoline p.n. uændret.
- Nikotinplaster 21 mg/døgn.
- Hjemmesygeplejen dræner pleurakateteret 2-3 gange ugentligt.
- Henvist til onkologisk afdeling, første samtale 14/2. Kørselsforbud pga. hjernemetastaserne er oplyst.
"""
        ],
        "medications": [
            ("H02AB02", "dexamethason", "8 mg x 2"),
            ("A02BC02", "pantoprazol", "40 mg x 1"),
            ("R03AL06", "tiotropium/olodaterol (Spiolto)", "2 pust x 1"),
            ("R03AC02", "salbutamol (Ventoline)", "p.n."),
            ("N07BA01", "nikotin depotplaster", "21 mg/døgn"),
        ],
        "labs": [
            ("NPU02319", "Hæmoglobin;B", 8.4, "mmol/L", 8.3, 10.5),
            ("NPU19748", "C-reaktivt protein;P", 18, "mg/L", None, 10),
            ("NPU18016", "Kreatinin;P", 82, "µmol/L", 60, 105),
            ("NPU03429", "Natrium;P", 136, "mmol/L", 137, 145),
        ],
        "codes": [("DC341", "A"), ("DC782B", "B"), ("DC793A", "B"), ("DJ449", "B")],
        "evidence": [
            ("DC341", "4,2 cm spikuleret tumor i højre overlap"),
            ("DC341", "Adenokarcinom, TTF-1 positiv"),
            ("DC341", "Nydiagnosticeret adenokarcinom i højre overlap"),
            ("DC782B", "maligne celler, forenelige med adenokarcinom fra lunge"),
            ("DC782B", "Malign pleuraeffusion hø. side"),
            ("DC793A", "to metastaser, 18 mm højre frontalt"),
            ("DC793A", "Hjernemetastaser x 2 med ødem"),
            ("DJ449", "Kendt med KOL"),
            ("DJ449", "KOL, stabil."),
        ],
        "distractors": [
            ("DC349", "Far døde af lungekræft som 71-årig", "family"),
            ("DC787", "Ingen levermetastaser", "negated"),
            ("DI269", "Ingen lungeemboli på kontrastskanningen", "negated"),
            ("DJ189", "ingen pneumoni, ingen antibiotika", "negated"),
            ("DJ441", "ingen eksacerbation", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW6-17",
        "department": "Kardiologisk afdeling",
        "specialty": "kardiologi",
        "patient": {"age": 81, "sex": "F"},
        "admission": {"start": "2025-01-14", "end": "2025-01-18"},
        "notes": [
            """Epikrise, kardiologisk afd.

Indl. årsag: Svimmelhed, kvalme, langsom puls.

Anamnese: 81-årig kvinde, enke, bor alene med hjemmehjælp 1 x ugl. Kendt med permanent AFLI siden 2019, frekvensreguleret med digoxin og metoprolol, AK-beh. med Eliquis. HT behandlet tidl., nu kun via furosemid. Tidl. TCI 2016 uden følger.
Har den sidste uge haft diarré og nedsat appetit, drukket meget lidt. De sidste 3 dage kvalme, appetitløshed, "gult skær" over synet og svimmelhed ved rejsning. Faldet i hjemmet i går uden at slå sig. Ingen brystsmerter, ingen synkope.

Obj.: Træt, klar og orienteret. BT 102/58, P 38 uregelmæssig, SAT 95 %. Tørre slimhinder. St.c.: uregelmæssig rytme, ingen mislyde. Ingen ødemer, ingen stase på lungerne.
EKG: AFLI med langsom ventrikelrespons, frekvens 36-42, "skålformede" ST-sænkninger lateralt (digitalis-effekt). Ingen AV-blok III.

Paraklinik: Digoxin 4,1 nmol/L (terapeutisk 0,6-1,3). Kreatinin 168 (habituel 88 i nov.), carbamid 19,4. K 5,4. Troponin T 18 - 19, ikke dynamisk.

Forløb:
Bradykardien tolkes som digoxinforgiftning udløst af akut nyreinsufficiens (prærenal, dehydrering efter gastroenteritis) med akkumulering af digoxin, forstærket af samtidig betablokker. Obs. AKS afkræftet, troponin ikke dynamisk.
Digoxin og metoprolol pauseret, furosemid pauseret, i.v. væske. Telemetri. Ikke behov for atropin eller pacing. Digoxin-antistof (Digifab) overvejet men ikke givet, da pt. var hæmodynamisk stabil.
Dag 2: P 52, digoxin 2,6. Kreat 131. Diarréen ophørt.
Dag 4: P 68-84, digoxin 1,1, kreat 96. Kvalmen væk, mobiliseret uden svimmelhed.
Ekko: EF 55 %, ingen betydende klapsygdom. Intet hjertesvigt.

Konklusion: Symptomatisk bradykardi ved digoxinforgiftning hos pt. med permanent atrieflimren. Akut nyreinsufficiens, prærenal, i bedring.

Plan: Digoxin seponeres permanent. Metoprolol genoptaget i reduceret dosis 25 mg x 1. Eliquis fortsættes 2,5 mg x 2 (alder, vægt 56 kg). Furosemid genoptages ikke, vurderes hos e.l. Kreatinin og puls hos e.l. om 1 uge.
"""
        ],
        "medications": [
            ("C07AB02", "metoprolol", "25 mg x 1"),
            ("B01AF02", "apixaban (Eliquis)", "2,5 mg x 2"),
            ("C01AA05", "digoxin", "seponeret"),
        ],
        "labs": [
            (None, "Digoxin;P", 4.1, "nmol/L", 0.6, 1.3),
            ("NPU18016", "Kreatinin;P", 168, "µmol/L", 45, 90),
            ("NPU03230", "Kalium;P", 5.4, "mmol/L", 3.5, 4.6),
            (None, "Troponin T;P", 19, "ng/L", None, 14),
        ],
        "codes": [("DT460", "A"), ("DR001", "B"), ("DI489BD", "B"), ("DN179", "B")],
        "evidence": [
            ("DT460", "Digoxin 4,1 nmol/L"),
            ("DT460", "digoxinforgiftning udløst af akut nyreinsufficiens"),
            ("DR001", "P 38 uregelmæssig"),
            ("DR001", "Symptomatisk bradykardi ved digoxinforgiftning"),
            ("DI489BD", "Kendt med permanent AFLI siden 2019"),
            ("DI489BD", "permanent atrieflimren", "Konklusion"),
            ("DN179", "Kreatinin 168 (habituel 88 i nov.)"),
            ("DN179", "Akut nyreinsufficiens, prærenal, i bedring"),
        ],
        "distractors": [
            ("DG459", "Tidl. TCI 2016 uden følger", "history"),
            ("DI442", "Ingen AV-blok III", "negated"),
            ("DI214", "Obs. AKS afkræftet", "uncertain"),
            ("DI509", "Intet hjertesvigt", "negated"),
            ("DR55", "ingen synkope", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW6-18",
        "department": "Endokrinologisk afdeling",
        "specialty": "endokrinologi",
        "patient": {"age": 86, "sex": "F"},
        "admission": {"start": "2024-12-02", "end": "2024-12-12"},
        "notes": [
            """Epikrise – Endokrinologisk afdeling

Kontaktårsag: Fundet sløv og kold i hjemmet.

Anamnese: 86-årig kvinde, bor alene i lejlighed, hjemmepleje 2 gange dagligt. Radiojodbehandlet for toksisk knudestruma 2008, siden i substitution med Eltroxin. Ifølge hjemmeplejen har hun i flere måneder ikke villet tage "stofskiftepillerne", da hun mente at de gav hjertebanken; pakningerne er fundet urørte i skabet. Derudover kendt med let kognitiv svækkelse, ingen demensdiagnose. Søster med type 1-diabetes.
Hjemmeplejen beskriver gradvis tiltagende træthed, langsom tale, hævelse i ansigtet og forstoppelse gennem 2-3 mdr. I dag fundet siddende i stolen, sløv, kold at røre ved. Lejligheden var opvarmet til normal stuetemperatur.

Obj.: GCS 11 (E3 V3 M5). Rektal temp. 33,1 °C. BT 96/60, P 42 regelmæssig, RF 10, SAT 93 %. Pastøs, ødematøs i ansigtet, periorbitale ødemer, tør kølig hud, grov stemme. Forsinket relaksation af senereflekser. St.p.: ingen fremmedlyde. Ingen fokale udfald.
EKG: Sinusbradykardi 42, lavvoltage.

Paraklinik: TSH 86 mIE/L, frit T4 < 3 pmol/L. Na 121, K 4,3, glukose 4,6. Kreatinin 112, CK 1.140. pCO2 7,1 kPa. Kortisol 540 nmol/L. CRP 12.

Vurdering: Myksødemkoma hos ældre kvinde med ophørt levothyroxin-substitution, med hypotermi, bradykardi, hyponatriæmi og let CO2-retention.

Forløb:
Indlagt på intensiv observation. Passiv opvarmning med varmetæppe. Pga. uafklaret binyrefunktion givet hydrokortison 100 mg x 3 indtil kortisol forelå - binyrebarkinsufficiens afkræftet, hydrokortison seponeret dag 3. Levothyroxin 200 mikrogram i.v. som bolus, herefter 50 mikrogram i.v. dagligt, skiftet til tabletter dag 5.
Hyponatriæmien korrigeret med væskerestriktion, Na 121 -> 126 -> 132 ved udskrivelse.
Temperatur normaliseret efter 18 timer. Puls steget til 58-62. Vågen og klar fra dag 3, CO2 normaliseret. Ingen tegn på pneumoni, rtg. thorax uden infiltrat.
Samtale med pt. og datter: pt. forstår nu vigtigheden af tabletterne. Hjemmeplejen overtager dosering via doseringsæske.

Konklusion:
1. Myksødemkoma pga. manglende indtagelse af levothyroxin.
2. Hypotermi 33,1 grader, ikke kuldeudløst.
3. Hyponatriæmi, korrigeret.
4. Manglende compliance med levothyroxin.

Plan: Levothyroxin 75 mikrogram x 1, øges langsomt efter TSH. TSH og frit T4 hos e.l. om 6 uger. Natrium om 1 uge. Hjemmeplejen doserer medicin.
"""
        ],
        "medications": [
            ("H03AA01", "levothyroxin (Eltroxin)", "75 mikrogram x 1"),
            ("H02AB09", "hydrokortison", "100 mg x 3 i 3 dage, seponeret"),
        ],
        "labs": [
            (None, "Thyrotropin;P", 86, "mIE/L", 0.3, 4.0),
            (None, "Thyroxin frit;P", 3, "pmol/L", 12, 22),
            ("NPU03429", "Natrium;P", 121, "mmol/L", 137, 145),
            (None, "Kortisol;P", 540, "nmol/L", 200, 600),
        ],
        "codes": [("DE035", "A"), ("DR680", "B"), ("DE871A", "B"), ("DZ911", "B")],
        "evidence": [
            ("DE035", "Myksødemkoma hos ældre kvinde"),
            ("DE035", "TSH 86 mIE/L"),
            ("DE035", "Myksødemkoma pga. manglende indtagelse af levothyroxin"),
            ("DR680", "Rektal temp. 33,1 °C"),
            ("DR680", "Hypotermi 33,1 grader, ikke kuldeudløst"),
            ("DE871A", "Na 121"),
            ("DE871A", "Hyponatriæmi, korrigeret"),
            ("DZ911", "pakningerne er fundet urørte i skabet"),
            ("DZ911", "Manglende compliance med levothyroxin"),
        ],
        "distractors": [
            ("DE109", "Søster med type 1-diabetes", "family"),
            ("DE052", "Radiojodbehandlet for toksisk knudestruma 2008", "history"),
            ("DE274", "binyrebarkinsufficiens afkræftet", "negated"),
            ("DJ189", "Ingen tegn på pneumoni", "negated"),
            ("DF03", "ingen demensdiagnose", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW6-19",
        "department": "Nefrologisk afdeling",
        "specialty": "nefrologi",
        "patient": {"age": 58, "sex": "M"},
        "admission": {"start": "2025-03-17", "end": "2025-03-26"},
        "notes": [
            """Epikrise – Nefrologisk sengeafsnit

Indlæggelsesårsag: Uklart PD-dialysat og mavesmerter.

Anamnese: 58-årig mand, førtidspensionist, gift. Type 1-diabetes siden 14-årsalderen, insulinpumpe. Diabetisk nefropati med terminal nyresvigt, i peritonealdialyse (CAPD, 4 skift dagligt) siden april 2023, restdiurese ca. 600 ml/døgn. Renal anæmi i beh. med Aranesp. HT velbehandlet. Tidl. PD-peritonitis 2023 med Staph. aureus, fuldt behandlet. Mor havde type 2-diabetes.
Kontakter PD-ambulatoriet om morgenen: dialysatet var uklart ved natteposens udløb, diffuse mavesmerter siden aftenen før, kulderystelser. Har ved seneste skift muligvis rørt ved koblingsstykket med ubehandskede fingre, som han selv fortæller.

Obj.: Påvirket af smerter. Temp. 38,4, BT 132/78, P 98. Abdomen diffust ømt med slip-ømhed, mest nedadtil. Exit-site pæn, ingen sekretion, ingen rødme langs tunnelen. Ingen ødemer.

Paraklinik: Dialysat: leukocytter 1.850/µl, 84 % neutrofile. Gramfarvning: grampositive kokker i hobe. CRP 146, leuk 14,2. Hb 6,8. Kreatinin 842, K 3,4. Glukose 14-18.
CT abdomen: lidt fri væske som ved PD, ingen fri luft, ingen absces, ingen divertikulitis.

Forløb:
Dag 1: PD-peritonitis. Intraperitoneal vancomycin og ceftazidim efter lokal instruks, heparin i poserne pga. fibrin. Paracetamol og tramadol mod smerterne. Insulinpumpens basalrate øget pga. glukose fra dialysatet og infektionen, dagligt tilsyn fra diabetessygeplejerske.
Dag 2: Dyrkning fra dialysat: Staphylococcus epidermidis, følsom for vancomycin, resistent for methicillin. Ceftazidim seponeret, vancomycin fortsættes i.p. i alt 3 uger.
Dag 3: Dialysat klaret, celletal 320. Afebril. CRP 98.
Dag 5: Celletal 60, CRP 41. Mavesmerterne væk. Glukoseprofil 7-11.
Dag 7: K 3,1, tilskud af kaliumklorid.
Dag 9: PD-sygeplejerske har gennemgået skifteteknik med pt. - fejl ved håndhygiejne og ved tilkobling rettet. Vancomycin i.p. hver 5. dag efter spejlværdi, kan gives i PD-ambulatoriet.
Diureserest uændret ca. 600 ml. Ingen tegn på overhydrering. Kateteret fungerer, ingen indikation for fjernelse.

Konklusion:
1. PD-kateter-relateret peritonitis med Staphylococcus epidermidis (koagulase-negativ stafylokok), god effekt af i.p. vancomycin.
2. Terminal nyreinsufficiens (CKD 5) pga. diabetisk nefropati, i CAPD.
3. Type 1-diabetes med nefropati, pumpebehandlet.
4. Renal anæmi, Hb 6,8, Aranesp fortsættes.

Plan:
- Vancomycin i.p. efter spejl, sidste dosis 7/4. Vancomycin-spejl i PD-amb. 31/3.
- Celletal og dyrkning fra dialysat 31/3 og ved afslutning af behandlingen.
- Kaliumklorid 750 mg x 2 indtil ny kontrol.
- Aranesp uændret, Hb ved næste kontrol.
- Fortsat på venteliste til kombineret nyre-pancreastransplantation, transplantationsteamet orienteret.
"""
        ],
        "medications": [
            ("J01XA01", "vancomycin intraperitonealt", "efter spejl, sidste dosis 7/4"),
            ("B03XA02", "darbepoetin alfa (Aranesp)", "uændret"),
            ("A10AB05", "insulin aspart i pumpe", "efter skema"),
            ("A12BA01", "kaliumklorid", "750 mg x 2"),
        ],
        "labs": [
            ("NPU19748", "C-reaktivt protein;P", 146, "mg/L", None, 10),
            ("NPU02593", "Leukocytter;B", 14.2, "10^9/L", 3.5, 8.8),
            ("NPU02319", "Hæmoglobin;B", 6.8, "mmol/L", 8.3, 10.5),
            ("NPU18016", "Kreatinin;P", 842, "µmol/L", 60, 105),
            (None, "Leukocytter;Dialysat", 1850, "/µl", None, 100),
        ],
        "codes": [("DT857", "A"), ("DB957", "B"), ("DN185", "B"), ("DE102", "B"), ("DZ992", "B"), ("DD638", "B")],
        "evidence": [
            ("DT857", "PD-kateter-relateret peritonitis"),
            ("DT857", "Dialysat: leukocytter 1.850/µl"),
            ("DB957", "Staphylococcus epidermidis, følsom for vancomycin"),
            ("DB957", "koagulase-negativ stafylokok"),
            ("DN185", "Terminal nyreinsufficiens (CKD 5)"),
            ("DE102", "Type 1-diabetes med nefropati"),
            ("DE102", "Diabetisk nefropati med terminal nyresvigt"),
            ("DZ992", "i peritonealdialyse (CAPD, 4 skift dagligt)"),
            ("DD638", "Renal anæmi, Hb 6,8"),
        ],
        "distractors": [
            ("DB956", "Tidl. PD-peritonitis 2023 med Staph. aureus", "history"),
            ("DE119", "Mor havde type 2-diabetes", "family"),
            ("DK631", "ingen fri luft", "negated"),
            ("DK573B", "ingen divertikulitis", "negated"),
            ("DE877", "Ingen tegn på overhydrering", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW6-20",
        "department": "Urologisk afdeling",
        "specialty": "urologi",
        "patient": {"age": 64, "sex": "F"},
        "admission": {"start": "2025-04-07", "end": "2025-04-10"},
        "notes": [
            """Epikrise – Urologisk afdeling

Pt. indlagt elektivt til laparoskopisk venstresidig nefrektomi pga. tumor renis sin.

Anamnese: 64-årig kvinde, kontorassistent. HT i beh. med amlodipin og losartan, BT hjemme 130-140/80. Tidl. nyresten hø. side 2011, spontan afgang. Far havde blærekræft. Ikke-ryger.
Tumoren blev fundet tilfældigt ved UL af abdomen pga. galdestenssymptomer i jan. CT urografi: 6,5 cm kontrastopladende solid tumor i venstre nyres nedre pol, ingen tumortrombe i v. renalis, ingen forstørrede lymfeknuder. CT thorax: ingen lungemetastaser. Galdestenene er asymptomatiske nu og afventer.

Operation 7/4: Laparoskopisk nefrektomi sin., ukompliceret, se operationsbeskrivelse.

Forløb: Mobiliseret samme aften. Smerter velbehandlet med paracetamol og lidt oxycodon dag 1. Kateter seponeret dag 1, vandlader upåvirket. Kreatinin præop. 72, postop. 104 - forventeligt efter nefrektomi, eGFR 49. BT lidt højt postoperativt, amlodipin fortsat, losartan pauseret pga. kreatininstigning.
Udskrevet dag 3 i god almentilstand.

Histologi (forventes om ca. 2 uger): peroperativt indtryk af klarcellet nyrecancer.

Diagnose: Nyrecancer venstre side, cT1bN0M0, laparoskopisk nefrektomi.
Øvrige: Hypertension.

Plan: Svar på histologi ved ambulant samtale om 3 uger. Kreatinin hos e.l. om 2 uger, herefter genoptagelse af losartan ved stabil nyrefunktion. Fragmin 5.000 IE x 1 i 4 uger. Ingen tunge løft i 4 uger.
""",
            (
                "operationsbeskrivelse",
                """Operationsbeskrivelse

Indikation: 6,5 cm tumor i venstre nyres nedre pol, formodet nyrecellekarcinom. Tumors placering og størrelse ikke egnet til partiel resektion efter MDT-konference.
Operation: Laparoskopisk transperitoneal nefrektomi venstre (KKAC01).
Anæstesi: Generel. Antibiotikaprofylakse: cefuroxim 1,5 g i.v.

Beskrivelse: Højre sideleje. Pneumoperitoneum via Veress-nål, 4 porte. Colon descendens mobiliseret medialt langs Toldts linje. Ureter og v. gonadica identificeres og følges op til hilus. Én nyrearterie og én nyrevene. Arterien lukkes med 3 Hem-o-lok-clips og deles, venen ligeledes. Binyren skånes, ikke involveret. Nyren frigøres i Gerotas fascie, tumoren sidder i nedre pol og vokser ikke ud i perirenalt fedt makroskopisk. Ureter deles mellem clips. Præparatet tages ud i pose via forlænget portincision i venstre fossa iliaca. Hæmostase. Ingen dræn. Fascie lukket med PDS, hud med intrakutan sutur.
Blødning 80 ml. Ingen komplikationer.

Postoperativt: Vanlig mobilisering, kateter ud i morgen. Præparat til patologi.
""",
            ),
        ],
        "medications": [
            ("C08CA01", "amlodipin", "10 mg x 1"),
            ("C09CA01", "losartan", "pauseret"),
            ("B01AB04", "dalteparin (Fragmin)", "5.000 IE x 1 i 4 uger"),
            ("N02BE01", "paracetamol", "1 g x 4 p.n."),
        ],
        "labs": [
            ("NPU18016", "Kreatinin;P", 104, "µmol/L", 45, 90),
            ("NPU02319", "Hæmoglobin;B", 7.6, "mmol/L", 7.3, 9.5),
        ],
        "codes": [("DC649", "A"), ("DI109", "B")],
        "evidence": [
            ("DC649", "Nyrecancer venstre side, cT1bN0M0"),
            ("DC649", "6,5 cm kontrastopladende solid tumor i venstre nyres nedre pol"),
            ("DC649", "formodet nyrecellekarcinom", "", 1),
            ("DI109", "HT i beh. med amlodipin og losartan"),
            ("DI109", "Øvrige: Hypertension."),
        ],
        "distractors": [
            ("DN200", "Tidl. nyresten hø. side 2011, spontan afgang", "history"),
            ("DC679", "Far havde blærekræft", "family"),
            ("DC780", "ingen lungemetastaser", "negated"),
            ("DI829", "ingen tumortrombe i v. renalis", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW6-21",
        "department": "Øre-næse-halskirurgisk afdeling",
        "specialty": "øre-næse-hals",
        "patient": {"age": 3, "sex": "M"},
        "admission": {"start": "2025-01-20", "end": "2025-01-25"},
        "notes": [
            """Epikrise – ØNH-afd., børneafsnit

Årsag: Hævelse og rødme bag højre øre.

3-årig dreng, tidligere rask, alderssvarende udviklet, vaccineret iflg. program. Mor med astma. Ingen tidl. ørebetændelser af betydning.
For 6 dage siden feber og ørepine hø., e.l. diagnosticerede akut mellemørebetændelse og startede Primcillin, som drengen har kastet op og kun fået sporadisk. I går tiltagende hævelse bag højre øre, øret står ud.

Obj.: Pjevset, temp. 39,2. Højre øre står frem, retroaurikulær rødme, hævelse og fluktuation over planum mastoideum. Trommehinden hø. rød og bulende, pus i øregangen efter spontan perforation. Ingen facialisparese. Ingen nakkestivhed, ingen tegn på meningitis.
CRP 168, leuk 21,3.
CT temporalben: uklarhed af mellemøre og mastoidceller hø. med knogledestruktion af cortex og subperiostal absces 2 x 1,5 cm. Ingen sinustrombose, ingen intrakraniel absces.

Forløb: Akut mastoiditis hø. med subperiostal absces. I.v. cefuroxim og metronidazol. Opereret samme aften (se op.beskr.): incision og drænage af absces, kortikal mastoidektomi og dræn i trommehinden.
Pus-dyrkning: Streptococcus pneumoniae, penicillinfølsom. Skiftet til i.v. penicillin dag 2.
Afebril fra dag 2, hævelsen aftaget, CRP 168 -> 52 -> 14. Spiser og drikker. Sårene pæne.

Diagnoser: Akut mastoiditis hø. med subperiostal absces. Akut purulent otitis media hø. Pneumokokinfektion.

Plan: Udskrives på Imadrax (amoxicillin) mikstur 50 mg/kg/døgn fordelt på 3 doser, i alt 10 dage fra operationen. Suturfjernelse hos e.l. dag 10. Kontrol i ØNH-amb. om 4 uger med audiometri og vurdering af drænet. Tilses af læge ved feber eller ny hævelse.
""",
            (
                "operationsbeskrivelse",
                """Operationsbeskrivelse – akut

Diagnose: Akut mastoiditis hø. med subperiostal absces.
Operation: Incision og drænage af subperiostal absces, kortikal mastoidektomi hø., paracentese og anlæggelse af dræn hø. trommehinde.
Anæstesi: GA, larynxmaske.

Beskrivelse: Under mikroskop: Pus i øregang, suges. Trommehinden bulende, paracentese anteroinferiort, der tømmes tyndt pus, anlægges Shepard-dræn. Podning taget.
Retroaurikulær incision. Straks udtømmes ca. 5 ml tyk gul pus fra subperiostal absces, podning. Periost eleveres, cortex med lille fistel over antrum. Kortikal mastoidektomi med bor, mastoidcellerne fyldt med granulationsvæv og pus, fjernes. Aditus åben. Sinus sigmoideus ses med intakt knogledække, ikke blotlagt. Tegmen intakt. Skylning med saltvand. Lille gummidræn. Huden lukkes med Vicryl Rapide. Forbinding.
Ukompliceret. Blødning minimal.
""",
            ),
        ],
        "medications": [
            ("J01CE01", "benzylpenicillin", "i.v. under indlæggelse"),
            ("J01CA04", "amoxicillin (Imadrax) mikstur", "50 mg/kg/døgn fordelt på 3 doser"),
            ("N02BE01", "paracetamol", "15 mg/kg x 4 p.n."),
        ],
        "labs": [
            ("NPU19748", "C-reaktivt protein;P", 168, "mg/L", None, 10),
            ("NPU02593", "Leukocytter;B", 21.3, "10^9/L", 5.0, 15.5),
        ],
        "codes": [("DH700A", "A"), ("DH660", "B"), ("DB953", "B")],
        "evidence": [
            ("DH700A", "Akut mastoiditis hø. med subperiostal absces"),
            ("DH700A", "subperiostal absces 2 x 1,5 cm"),
            ("DH700A", "udtømmes ca. 5 ml tyk gul pus fra subperiostal absces", "", 1),
            ("DH660", "Akut purulent otitis media hø."),
            ("DH660", "Trommehinden hø. rød og bulende"),
            ("DB953", "Streptococcus pneumoniae, penicillinfølsom"),
            ("DB953", "Pneumokokinfektion."),
        ],
        "distractors": [
            ("DJ459", "Mor med astma", "family"),
            ("DG510", "Ingen facialisparese", "negated"),
            ("DG039", "ingen tegn på meningitis", "negated"),
            ("DI676", "Ingen sinustrombose", "negated"),
            ("DG060", "ingen intrakraniel absces", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW6-22",
        "department": "Øjenafdelingen",
        "specialty": "oftalmologi",
        "patient": {"age": 71, "sex": "M"},
        "admission": {"start": "2025-02-19", "end": "2025-02-21"},
        "notes": [
            """Epikrise, Øjenafdelingen

Henv. fra vagtlæge: Pludseligt synstab venstre øje.

71-årig mand, landmand. Ikke gået til læge i mange år. Ved sidste måling hos e.l. for 3 år siden BT 170/100, fik recept på blodtryksmedicin men har aldrig hentet den. Ryger pibe. Bror havde blodprop i hjertet som 60-årig. Grå stær-opereret hø. øje 2020.
I morges ved 6-tiden, da han vågnede, var synet på venstre øje "som en gardin" - smertefrit. Ingen forudgående forbigående synstab, ingen tyggesmerter, ingen tindingehovedpine, ingen muskelsmerter i skuldrene.

Obj.: Visus hø. 0,8, ve. fingertælling 1 m. RAPD ve. Trykket normalt bilat.
Fundoskopi ve.: Blegt ødematøst bagre pol med kirsebærrød plet i macula, smalle arterioler, kolesterolembolus (Hollenhorst-plaque) ved papillens arteriebifurkatur. Hø. øje: let hypertensiv retinopati (AV-krydsninger), ellers upåfaldende.
OCT: Indre retinale lag fortykkede og hyperreflektive ve.
BT 186/104, gentaget 178/98. P 76 regelmæssig. EKG: sinusrytme, ingen AFLI.
SR 8, CRP < 5 - ingen mistanke om kæmpecellearteritis, ikke startet prednisolon.
LDL 4,6, HbA1c 39.

Vurdering: Embolisk okklusion af a. centralis retinae ve. øje, ca. 7 timer gammel ved ankomst - uden for tidsvindue for trombolyse. Forsøgt okulær massage og paracentese af forreste kammer uden effekt.
Da CRAO er et ækvivalent til apopleksi, er der udført akut udredning i samarbejde med neurologisk afd.:
MR cerebrum: ingen akutte iskæmiske læsioner. UL carotis: ca. 75 % stenose af a. carotis interna venstre med bløde plaques, hø. side 30 %. Telemetri 48 timer: sinusrytme, ingen AFLI.

Konklusion:
1. Okklusion af a. centralis retinae ve. øje, embolisk, med svært synstab.
2. Symptomatisk carotisstenose ve. ca. 75 %.
3. Ubehandlet hypertension, nu startet.
4. Hyperkolesterolæmi, startet statin.

Plan: Hjertemagnyl 75 mg x 1, Atorvastatin 80 mg x 1, amlodipin 5 mg x 1. Henvist akut til karkirurgisk afd. mhp. carotis-endarterektomi, tid 24/2. BT-kontrol hos e.l. om 2 uger. Rygestop anbefalet. Kontrol i øjenamb. om 4 uger mhp. neovaskularisering. Synsprognosen er dårlig, informeret herom. Må ikke køre bil før vurdering af synsfelt.
"""
        ],
        "medications": [
            ("B01AC06", "acetylsalicylsyre (Hjertemagnyl)", "75 mg x 1"),
            ("C10AA05", "atorvastatin", "80 mg x 1"),
            ("C08CA01", "amlodipin", "5 mg x 1"),
        ],
        "labs": [
            (None, "Kolesterol LDL;P", 4.6, "mmol/L", None, 3.0),
            ("NPU19748", "C-reaktivt protein;P", 4, "mg/L", None, 10),
            (None, "Hæmoglobin A1c;B", 39, "mmol/mol", None, 48),
        ],
        "codes": [("DH341A", "A"), ("DI652B", "B"), ("DI109", "B"), ("DE780", "B")],
        "evidence": [
            ("DH341A", "Embolisk okklusion af a. centralis retinae ve. øje"),
            ("DH341A", "kolesterolembolus (Hollenhorst-plaque)"),
            ("DH341A", "Okklusion af a. centralis retinae ve. øje, embolisk"),
            ("DI652B", "ca. 75 % stenose af a. carotis interna venstre"),
            ("DI652B", "Symptomatisk carotisstenose ve. ca. 75 %"),
            ("DI109", "BT 186/104"),
            ("DI109", "Ubehandlet hypertension, nu startet"),
            ("DE780", "LDL 4,6"),
            ("DE780", "Hyperkolesterolæmi, startet statin"),
        ],
        "distractors": [
            ("DI219", "Bror havde blodprop i hjertet som 60-årig", "family"),
            ("DM315", "ingen mistanke om kæmpecellearteritis", "negated"),
            ("DI639", "ingen akutte iskæmiske læsioner", "negated"),
            ("DI489B", "ingen AFLI", "negated"),
            ("DH259", "Grå stær-opereret hø. øje 2020", "history"),
            ("DG453", "Ingen forudgående forbigående synstab", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW6-23",
        "department": "Ortopædkirurgisk afdeling, traumecenter",
        "specialty": "ortopædkirurgi",
        "patient": {"age": 52, "sex": "M"},
        "admission": {"start": "2025-06-08", "end": "2025-06-15"},
        "notes": [
            """Epikrise – Traumecenter / ortopædkirurgisk afd.

Traumekald: MC-uheld, ca. 70 km/t, kørt ind i autoværn, kastet af motorcyklen. Hjelm på. Vågen på stedet.

52-årig mand, elektriker, tidligere rask. Ingen fast medicin, NKA. Alkohol: promille 0,0.

Primary survey: A frie. B: RF 24, SAT 95 %, ømhed over ve. hemithorax lateralt, symmetrisk respiration. C: BT 104/62, P 118, FAST positiv perisplenisk. D: GCS 15, pupiller ens. E: Fejlstilling og hævelse ve. lår.
Traume-CT: Tværgående fraktur af ve. femurskaft, midterste tredjedel, let forkortet. Miltlæsion grad III (laceration ca. 3 cm) med moderat hæmoperitoneum, ingen aktiv kontrastudtrædning. Fraktur af costa 9 og 10 ve. lateralt, ingen pneumothorax. Ingen leverlæsion. CT cerebrum og columna uden traumatiske forandringer.

Forløb:
Hæmodynamisk stabiliseret på 1 L Ringer og 2 SAG. Konservativ behandling af miltlæsionen efter drøftelse med abdominalkirurgisk bagvagt, overvåget på intensiv 48 timer med Hb x 4 dagligt. Hb 8,1 -> 5,9 -> 6,8 efter transfusion, herefter stabil. Ingen embolisering nødvendig.
Femurfrakturen i traktion natten over, opereret 9/6 med låst antegrad marvsøm (se op.beskr.). Postop. rtg. fin stilling.
Ribbensfrakturerne smertebehandlet med epiduralkateter de første 3 døgn, herefter peroral smertebehandling. Lungefysioterapi. Ingen pneumoni.
Ingen tegn på compartmentsyndrom ve. crus.
Mobiliseret med gangbukke fra dag 2 postop., fuld belastning tilladt.

Diagnoser:
Femurskaftfraktur ve., marvsømmet.
Miltlæsion grad III, konservativt behandlet.
Fraktur af 2 ribben (costa 9-10) ve.
Akut blødningsanæmi, transfunderet 2 SAG.

Plan: Ingen kontaktsport og ingen motorcykel i 3 mdr. pga. milten. Ny UL af milt om 6 uger. Fragmin 5.000 IE x 1 i 4 uger. Paracetamol 1 g x 4 og Ibumetin 400 mg x 3 i 1-2 uger, oxycodon 5 mg p.n. max 3 x dgl. i højst 1 uge. Kontrol i ortopædkir. amb. med rtg. om 6 uger. Jerntabletter i 3 mdr.
""",
            (
                "operationsbeskrivelse",
                """Operationsbeskrivelse 9/6

Diagnose: Tværfraktur af venstre femurskaft, AO 32-A3.
Operation: Lukket reposition og osteosyntese med låst antegrad marvsøm (KNFJ54), ve. femur.
Anæstesi: Generel + epiduralkateter (anlagt præop. pga. ribbensfrakturer). Profylakse: cefuroxim 1,5 g.

Beskrivelse: Rygleje på traktionsbord. Lukket reposition under gennemlysning, god stilling. 4 cm incision proksimalt for trochanter major. Indgang ved fossa piriformis med syl. Guidewire ført over frakturen til distale femur. Oprømning til 12,5 mm. Isat 11 x 400 mm marvsøm, proksimal låsning med 1 skrue via sigtebøjle og distal låsning freehand med 2 skruer. Korrekt længde og rotation kontrolleret mod hø. side. Skylning, lukning i lag.
Blødning ca. 300 ml. Ukompliceret.
Postop.: fuld vægtbæring tilladt. Rtg. kontrol i morgen.
""",
            ),
        ],
        "medications": [
            ("B01AB04", "dalteparin (Fragmin)", "5.000 IE x 1 i 4 uger"),
            ("N02BE01", "paracetamol", "1 g x 4"),
            ("M01AE01", "ibuprofen (Ibumetin)", "400 mg x 3 i 1-2 uger"),
            ("N02AA05", "oxycodon", "5 mg p.n. max 3 x dgl."),
            ("B03AA07", "ferrosulfat", "100 mg x 1 i 3 mdr."),
        ],
        "labs": [
            ("NPU02319", "Hæmoglobin;B", 5.9, "mmol/L", 8.3, 10.5),
            ("NPU03568", "Trombocytter;B", 188, "10^9/L", 145, 390),
            (None, "Ethanol;P", 0.0, "promille", None, None),
        ],
        "codes": [("DS723", "A"), ("DS360", "B"), ("DS224", "B"), ("DD629", "B")],
        "evidence": [
            ("DS723", "Tværgående fraktur af ve. femurskaft"),
            ("DS723", "Femurskaftfraktur ve., marvsømmet"),
            ("DS723", "Tværfraktur af venstre femurskaft", "", 1),
            ("DS360", "Miltlæsion grad III (laceration ca. 3 cm)"),
            ("DS360", "Miltlæsion grad III, konservativt behandlet"),
            ("DS224", "Fraktur af costa 9 og 10 ve. lateralt"),
            ("DS224", "Fraktur af 2 ribben (costa 9-10) ve."),
            ("DD629", "Hb 8,1 -> 5,9 -> 6,8"),
            ("DD629", "Akut blødningsanæmi, transfunderet 2 SAG"),
        ],
        "distractors": [
            ("DS270", "ingen pneumothorax", "negated"),
            ("DS361", "Ingen leverlæsion", "negated"),
            ("DS069", "CT cerebrum og columna uden traumatiske forandringer", "negated"),
            ("DJ189", "Ingen pneumoni.", "negated"),
            ("DT796E", "Ingen tegn på compartmentsyndrom", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW6-24",
        "department": "Kirurgisk afdeling",
        "specialty": "kirurgi",
        "patient": {"age": 79, "sex": "F"},
        "admission": {"start": "2025-02-24", "end": "2025-03-07"},
        "notes": [
            """Epikrise – Kirurgisk afdeling, mave-tarm

Indlæggelsesårsag: Akutte, voldsomme mavesmerter.

Anamnese: 79-årig kvinde, bor med ægtefælle, selvhjulpen. Kendt med paroksystisk AFLI siden 2021. AK-behandling blev drøftet hos e.l. men fravalgt af pt. pga. to fald i 2022 og frygt for blødning; får kun Hjertemagnyl. HT i beh. med Enalapril. Tidl. hysterektomi 1990. Datter har Crohns sygdom.
Ved aftensmaden pludselige, meget kraftige smerter omkring navlen, opkastet 2 gange, en enkelt tynd afføring. Ingen tidligere måltidsrelaterede mavesmerter.

Obj. ved ankomst kl. 21.10: Stærkt smertepåvirket, urolig. BT 156/88, P 124 uregelmæssig, temp. 37,2, SAT 96 %. Abdomen blød, kun let ømhed, ingen peritoneal reaktion - smerterne ude af proportion til de objektive fund.
EKG: AFLI med hurtigt ventrikelrespons, 120-130.
Paraklinik: Laktat 4,8, leuk 18,9, CRP 14, amylase normal, kreatinin 94, Hb 8,6.

CT-angiografi abdomen: Embolus i a. mesenterica superior ca. 6 cm distalt for afgangen, dårligt kontrastopladende tyndtarmsslynger i jejunum/ileum, ingen pneumatosis, ingen fri luft. Ingen tegn på aortadissektion. Ingen adhærenceileus.

Forløb:
Dag 0: Diagnosen akut mesenteriel iskæmi pga. emboli til AMS. Heparin-bolus 5.000 IE og infusion. Akut operation kl. 23.30 i samarbejde med karkirurgerne: laparotomi, embolektomi af AMS via tværgående arteriotomi (Fogarty), god pulsatil flow herefter. Efter 20 min. reperfusion fortsat ca. 80 cm nekrotisk ileum, som blev reseceret. Tarmenderne efterladt lukkede (damage control), åbent abdomen med VAC.
Dag 1: Second look: Resten af tarmen vital, primær anastomose ileo-ileal (side-til-side), abdomen lukket. Ca. 260 cm tyndtarm tilbage, colon intakt. Frekvensreguleret med metoprolol. Laktat normaliseret.
Dag 2-3: Intermediær afsnit. Heparin-infusion efter APTT. Parenteral ernæring opstartet pga. forventet langvarig tarmparalyse.
Dag 4: Flatus, begyndende flydende kost. Kreatinin max 118, herefter faldende, ingen behov for dialyse.
Dag 5: Rytmen skifter til sinusrytme spontant. Skiftet fra heparin til Eliquis 5 mg x 2 efter samtale med pt. og ægtefælle - pt. accepterer nu AK-behandling, da risikoen ved ikke at være behandlet er tydelig. Hjertemagnyl seponeret.
Dag 6-9: Gradvis kostoptrapning, parenteral ernæring seponeret dag 8. Afføring dag 7, let løs, ingen tegn på korttarmssyndrom. Såret pænt, ingen sårinfektion.
Dag 10: Ekko: Normal LVEF, let dilateret venstre atrium, ingen intrakardiel trombe. Mobilliseret med rollator på gangen.
Dag 11: Udskrevet til eget hjem med genoptræningsplan.

Histologi: Hæmoragisk infarcering af tyndtarm, resektionsrande vitale.

Konklusion:
1. Akut mesenterialemboli (a. mesenterica superior) med tarminfarkt - embolektomi og resektion af 80 cm ileum.
2. Paroksystisk atrieflimren, ikke AK-behandlet før indlæggelsen, nu startet på Eliquis.
3. Hypertension.

Plan: Eliquis 5 mg x 2 livslangt. Metoprolol 50 mg x 1. Enalapril genoptaget 10 mg x 1 fra dag 8. Sårkontrol og agraffjernelse hos e.l. dag 14. Kontrol i kir. amb. om 6 uger: vægt, afføringsmønster, B12 om 3 mdr. Henvist til kardiologisk amb. mhp. AFLI-opfølgning.
"""
        ],
        "medications": [
            ("B01AF02", "apixaban (Eliquis)", "5 mg x 2"),
            ("C07AB02", "metoprolol", "50 mg x 1"),
            ("C09AA02", "enalapril", "10 mg x 1"),
            ("B01AC06", "acetylsalicylsyre (Hjertemagnyl)", "seponeret"),
        ],
        "labs": [
            (None, "Laktat;P", 4.8, "mmol/L", 0.5, 2.5),
            ("NPU02593", "Leukocytter;B", 18.9, "10^9/L", 3.5, 8.8),
            ("NPU19748", "C-reaktivt protein;P", 14, "mg/L", None, 10),
            ("NPU18016", "Kreatinin;P", 118, "µmol/L", 45, 90),
        ],
        "codes": [("DK550C", "A"), ("DI489BB", "B"), ("DI109", "B")],
        "evidence": [
            ("DK550C", "Embolus i a. mesenterica superior"),
            ("DK550C", "akut mesenteriel iskæmi pga. emboli til AMS"),
            ("DK550C", "Akut mesenterialemboli (a. mesenterica superior) med tarminfarkt"),
            ("DI489BB", "Kendt med paroksystisk AFLI siden 2021"),
            ("DI489BB", "Paroksystisk atrieflimren, ikke AK-behandlet"),
            ("DI109", "HT i beh. med Enalapril"),
            ("DI109", "Hypertension.", "Konklusion"),
        ],
        "distractors": [
            ("DK509", "Datter har Crohns sygdom", "family"),
            ("DK631", "ingen fri luft", "negated"),
            ("DI710", "Ingen tegn på aortadissektion", "negated"),
            ("DK565", "Ingen adhærenceileus", "negated"),
            ("DK912", "ingen tegn på korttarmssyndrom", "negated"),
            ("DI513", "ingen intrakardiel trombe", "negated"),
            ("DT814", "ingen sårinfektion", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW6-25",
        "department": "Kirurgisk afdeling",
        "specialty": "kirurgi",
        "patient": {"age": 72, "sex": "M"},
        "admission": {"start": "2025-05-12", "end": "2025-05-16"},
        "notes": [
            """Epikrise

Elektiv indlæggelse til lap. højresidig hemikolektomi pga. cancer coeci.

Anamnese: 72-årig mand, pens. lærer. DM2 i tabletbeh. (metformin), HbA1c 52. Polyp i sigmoideum fjernet ved koloskopi 2017 (tubulært adenom, radikalt). Bror døde af tarmkræft. Ikke ryger.
Henvist fra e.l. i marts pga. træthed og åndenød ved trappegang. Hb 5,9, MCV 71, ferritin 6 - jernmangelanæmi uden synlig blødning. Gastroskopi normal, ingen cøliaki. Koloskopi: ulcererende, cirkumferentiel tumor i caecum ved valvula Bauhini, biopsi: adenokarcinom. Øvrige colon uden synkrone tumorer.
CT thorax/abdomen: Tumor i caecum med få regionale lymfeknuder, ingen levermetastaser, ingen lungemetastaser. cT3N1M0.
Jernmangelen behandlet præoperativt med Ferinject 1.000 mg x 1 i april, Hb 5,9 -> 7,2. Ingen transfusion.

Operation 12/5: Laparoskopisk højresidig hemikolektomi med D3-lymfadenektomi, se operationsbeskrivelse.

Forløb: ERAS-forløb. Drikker op. dagen, fast kost dag 1. Flatus dag 1, afføring dag 3. Metformin pauseret 2 døgn, blodsukkre 7-12, klaret med korrektionsinsulin, genoptaget dag 2. Ingen tegn på anastomoselækage, CRP max 96 dag 2, faldende. Hb 6,6 dag 2, ikke transfunderet.
Udskrevet dag 4 velbefindende.

Diagnoser:
- Adenokarcinom i caecum, cT3N1M0, lap. højresidig hemikolektomi.
- Jernmangelanæmi pga. kronisk blødning fra tumor, i.v. jern givet.
- Type 2-diabetes.

Plan: Svar på histologi og MDT-konference om evt. adjuverende kemoterapi, ambulant samtale om 2 uger. Ny Ferinject-infusion planlægges hvis ferritin fortsat lavt om 6 uger. Fragmin 5.000 IE x 1 i 4 uger. Metformin 1 g x 2 uændret.
""",
            (
                "operationsbeskrivelse",
                """Operationsbeskrivelse 12/5

Indikation: Adenokarcinom i caecum.
Operation: Laparoskopisk højresidig hemikolektomi med central lymfeknudedissektion (KJFB30).
Anæstesi: GA + TAP-blok. Profylakse: cefuroxim og metronidazol.

Beskrivelse: Åben teknik ved umbilicus, 4 porte. Ingen ascites, ingen carcinose på peritoneum, leveroverfladen glat. Tumor ses i caecum, vokser ikke gennem serosa. Medial-til-lateral dissektion. A. og v. ileocolica identificeres og deles centralt med clips. Gren af a. colica dextra deles. Kochers manøvre ikke nødvendig, duodenum skånes. Mobilisering af colon ascendens og flexura hepatica. Ekstraktion via 5 cm periumbilikal incision med sårbeskytter. Ekstrakorporal resektion ca. 10 cm proksimalt for valvula og midt på colon transversum. Stapled side-til-side ileotransversostomi, lukning af enterotomi med sutur. Mesenterieslids lukket. Lukning i lag.
Blødning 50 ml. Ukompliceret.
""",
            ),
        ],
        "medications": [
            ("A10BA02", "metformin", "1 g x 2"),
            ("B03AC", "jern(III)carboxymaltose (Ferinject)", "1.000 mg i.v., evt. gentages"),
            ("B01AB04", "dalteparin (Fragmin)", "5.000 IE x 1 i 4 uger"),
        ],
        "labs": [
            ("NPU02319", "Hæmoglobin;B", 5.9, "mmol/L", 8.3, 10.5),
            (None, "Ferritin;P", 6, "µg/L", 30, 300),
            (None, "MCV;Ery(B)", 71, "fL", 82, 98),
            ("NPU19748", "C-reaktivt protein;P", 96, "mg/L", None, 10),
        ],
        "codes": [("DC180", "A"), ("DD500", "B"), ("DE119", "B")],
        "evidence": [
            ("DC180", "ulcererende, cirkumferentiel tumor i caecum"),
            ("DC180", "Adenokarcinom i caecum, cT3N1M0"),
            ("DC180", "Adenokarcinom i caecum.", "", 1),
            ("DD500", "Hb 5,9, MCV 71, ferritin 6"),
            ("DD500", "Jernmangelanæmi pga. kronisk blødning fra tumor"),
            ("DE119", "DM2 i tabletbeh. (metformin)"),
            ("DE119", "Type 2-diabetes."),
        ],
        "distractors": [
            ("DK635", "Polyp i sigmoideum fjernet ved koloskopi 2017", "history"),
            ("DC189", "Bror døde af tarmkræft", "family"),
            ("DK900", "ingen cøliaki", "negated"),
            ("DC787", "ingen levermetastaser", "negated"),
            ("DC786D", "ingen carcinose på peritoneum", "negated", "", 1),
            ("DT813", "Ingen tegn på anastomoselækage", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW6-26",
        "department": "Reumatologisk afdeling",
        "specialty": "reumatologi",
        "patient": {"age": 66, "sex": "F"},
        "admission": {"start": "2025-03-03", "end": "2025-03-10"},
        "notes": [
            """Epikrise – Reumatologisk sengeafsnit

Indlæggelsesårsag: Tiltagende åndenød og tør hoste.

Anamnese: 66-årig kvinde. Seropositiv leddegigt (IgM-RF og anti-CCP positiv) diagnosticeret sep. 2024, startet methotrexat 15 mg ugentligt okt. 2024, øget til 20 mg i jan. Sygdommen i god remission. Postmenopausal osteoporose med DXA T-score -3,1 i lænd 2023, i beh. med Alendronat ugentligt og calcium/D-vitamin. Ingen frakturer. Tidl. lungeemboli 2012 efter knæoperation, AK-beh. afsluttet. Ikke ryger. Mor havde osteoporose.
Sidste 3 uger tiltagende tør hoste, åndenød ved let anstrengelse, subfebril, træthed. Antibiotika (Primcillin) fra e.l. uden effekt.

Obj.: Let dyspnøisk ved tale. Temp. 37,9. RF 24, SAT 89 % i hvile på atm. luft, faldende til 82 % ved gang. St.p.: fine krepitationer bilat. basalt. Ingen ledsynovitis.

Paraklinik: Leuk 10,4, eosinofile 0,9, CRP 48, kreatinin 68, ALAT 38. Pro-BNP normal.
HRCT: Bilaterale diffuse matglasforandringer med mosaikmønster, ingen honeycombing, ingen fibrose. Ingen lungeemboli på CT-angiografi.
Bronkoskopi med BAL: lymfocytose 42 %, PCP-PCR negativ, dyrkning negativ, CMV negativ.

Vurdering: Methotrexat-induceret pneumonitis (akut interstitiel lungesygdom). Differentialdiagnostisk RA-associeret interstitiel lungesygdom, men mindre sandsynligt pga. det akutte forløb og fravær af fibrose. Ingen pneumocystis-pneumoni.

Forløb: Methotrexat seponeret permanent. Ilt 2 L/min. Prednisolon 50 mg x 1 fra dag 2. PCP-profylakse med Bactrim under højdosis prednisolon.
Dag 4: SAT 94 % uden ilt i hvile. Dag 6: Feberfri, gangdistance uden desaturation. Udskrevet dag 7.
Osteoporose: pga. højdosis steroid fortsættes Alendronat og calcium/D-vitamin, DXA om 1 år.
Leddegigten: Ny DMARD-beh. - hydroxyklorokin startet, biologisk beh. drøftes ved kontrol. Methotrexat må ikke gives igen, noteret som lægemiddelallergi/intolerans i FMK.

Konklusion:
1. Methotrexat-pneumonitis.
2. Seropositiv reumatoid artritis, i remission.
3. Postmenopausal osteoporose, i beh.

Plan: Prednisolon 50 mg x 1 i 2 uger, herefter nedtrapning med 5 mg/uge. Bactrim forte ½ tabl. dagligt så længe prednisolon > 15 mg. Hydroxyklorokin 200 mg x 2. Alendronat 70 mg ugentligt, Calcichew-D3 x 2. Kontrol i reumatologisk amb. med lungefunktionsundersøgelse om 3 uger.
"""
        ],
        "medications": [
            ("H02AB06", "prednisolon", "50 mg x 1, herefter nedtrapning"),
            ("J01EE01", "sulfamethoxazol/trimethoprim (Bactrim forte)", "½ tabl. dagligt"),
            ("P01BA02", "hydroxyklorokin", "200 mg x 2"),
            ("M05BA04", "alendronat", "70 mg ugentligt"),
            ("A12AX", "calciumcarbonat/colecalciferol (Calcichew-D3)", "1 tabl. x 2"),
            ("L04AX03", "methotrexat", "seponeret"),
        ],
        "labs": [
            ("NPU19748", "C-reaktivt protein;P", 48, "mg/L", None, 10),
            ("NPU02593", "Leukocytter;B", 10.4, "10^9/L", 3.5, 8.8),
            (None, "Oxygenmætning;Hb(aB)", 89, "%", 95, 100),
            ("NPU19651", "Alanintransaminase;P", 38, "U/L", 10, 45),
        ],
        "codes": [("DJ702", "A"), ("DM059", "B"), ("DM810", "B")],
        "evidence": [
            ("DJ702", "Methotrexat-induceret pneumonitis (akut interstitiel lungesygdom)"),
            ("DJ702", "Bilaterale diffuse matglasforandringer"),
            ("DJ702", "Methotrexat-pneumonitis."),
            ("DM059", "Seropositiv leddegigt (IgM-RF og anti-CCP positiv)"),
            ("DM059", "Seropositiv reumatoid artritis, i remission"),
            ("DM810", "Postmenopausal osteoporose med DXA T-score -3,1"),
            ("DM810", "Postmenopausal osteoporose, i beh."),
        ],
        "distractors": [
            ("DI269", "Tidl. lungeemboli 2012 efter knæoperation", "history"),
            ("DM819", "Mor havde osteoporose", "family"),
            ("DM051C", "RA-associeret interstitiel lungesygdom, men mindre sandsynligt", "uncertain"),
            ("DB59", "Ingen pneumocystis-pneumoni", "negated"),
            ("DM800", "Ingen frakturer", "negated"),
            ("DJ841", "ingen fibrose", "negated", "HRCT"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW6-27",
        "department": "Infektionsmedicinsk afdeling",
        "specialty": "infektionsmedicin",
        "patient": {"age": 34, "sex": "M"},
        "admission": {"start": "2025-08-18", "end": "2025-08-21"},
        "notes": [
            """Epikrise – Infektionsmed. afd.

Feber efter rejse.

34-årig mand, ghanesisk baggrund, bosat i DK i 12 år. Hjemkommet for 9 dage siden fra 4 ugers familiebesøg i Kumasi, Ghana. Ingen malariaprofylakse ("jeg er vokset op der"). Tidl. malaria som barn. Ellers rask, ingen medicin.
4 dage med feber op til 40, kulderystlser, hovedpine, muskelsmerter og kvalme. Ingen diarré, ingen udslæt.

Obj.: Klar, GCS 15, varm og svedende. Temp. 39,6, BT 118/70, P 108, SAT 98 %. Ingen ikterus. Milten palpabel 2 cm under kurvaturen. Ingen nakkestivhed.

Blodudstrygning: Plasmodium falciparum, parasitæmi 1,2 %, kun ringformer. Malaria-hurtigtest positiv.
Hb 8,2, trombocytter 48, leuk 4,1. Kreatinin 91, bilirubin 24, glukose 6,1, laktat 1,4. Dengue-NS1 og -IgM negativ. Bloddyrkning negativ, ingen tyfus.

Vurdering: Ukompliceret falciparum-malaria, ingen kriterier for svær malaria (ingen cerebral påvirkning, ingen nyrepåvirkning, parasitæmi < 2 %). Trombocytopeni sekundært til malaria, ingen blødning.

Beh.: Riamet (artemether/lumefantrin) 4 tabl. x 2 i 3 dage, indtages med fedtholdig mad. Paracetamol.
Parasitæmi dag 2: 0,1 %, dag 3: ingen parasitter. Trombocytter 48 -> 61 -> 104. Afebril fra dag 2.

Diagnoser: Falciparum malaria, ukompliceret. Sekundær trombocytopeni.

Plan: Færdiggør Riamet. Ny blodudstrygning og trombocytter om 1 uge og 4 uger i infektionsmed. amb. (recidiv). Rådgivet om malariaprofylakse ved næste rejse.
"""
        ],
        "medications": [
            ("P01BF01", "artemether/lumefantrin (Riamet)", "4 tabl. x 2 i 3 dage"),
            ("N02BE01", "paracetamol", "1 g x 4 p.n."),
        ],
        "labs": [
            ("NPU03568", "Trombocytter;B", 48, "10^9/L", 145, 390),
            ("NPU02319", "Hæmoglobin;B", 8.2, "mmol/L", 8.3, 10.5),
            (None, "Plasmodium falciparum parasitæmi;B", 1.2, "%", None, None),
            ("NPU01370", "Bilirubiner;P", 24, "µmol/L", 5, 25),
        ],
        "codes": [("DB509", "A"), ("DD695", "B")],
        "evidence": [
            ("DB509", "Plasmodium falciparum, parasitæmi 1,2 %"),
            ("DB509", "Ukompliceret falciparum-malaria"),
            ("DB509", "Falciparum malaria, ukompliceret"),
            ("DD695", "trombocytter 48"),
            ("DD695", "Trombocytopeni sekundært til malaria"),
            ("DD695", "Sekundær trombocytopeni"),
        ],
        "distractors": [
            ("DB54", "Tidl. malaria som barn", "history"),
            ("DA97", "Dengue-NS1 og -IgM negativ", "negated"),
            ("DA010", "ingen tyfus", "negated"),
            ("DB500", "ingen cerebral påvirkning", "negated"),
            ("DN179", "ingen nyrepåvirkning", "negated"),
            ("DR17", "Ingen ikterus", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW6-28",
        "department": "Børne- og ungeafdelingen",
        "specialty": "pædiatri",
        "patient": {"age": 15, "sex": "F"},
        "admission": {"start": "2025-05-03", "end": "2025-05-04"},
        "notes": [
            """Epikrise – Børne- og ungeafd., akutmodtagelsen/sengeafsnit

Kontaktårsag: Fundet beruset og faldet, bragt ind af ambulance.

15-årig pige, 9. klasse, bor med mor og lillebror. Tidl. rask, ingen fast medicin. Far har et alkoholmisbrug, ingen kontakt.
Fra veninder: drukket ca. en halv flaske vodka til en privat fest fra kl. 21. Omkring kl. 23 faldet baglæns ned ad 3 trappetrin og slået baghovedet. Ikke bevidstløs ifølge veninderne, men "meget fuld" og kastet op flere gange. Ingen kendt indtagelse af piller eller andre stoffer.

Obj. ved ankomst kl. 00.20: GCS 12 (E3 V4 M5), vækkes på tiltale, sløret tale, lugter af alkohol. BT 108/64, P 96, SAT 97 %, temp. 35,9. Pupiller ens og reagerer. 4 x 4 cm hævelse og ømhed occipitalt, ingen sår, ingen impressionsfornemmelse. Ingen nakkesmerter ved mobilisering.
På begge underarme volart ses flere parallelle, overfladiske, helede snitsår af forskellig alder, ingen friske snitsår. Ingen andre tegn på vold.
Promille 2,1. Glukose 4,8. Paracetamol og salicylat ikke påviselige. Urin-stofscreening negativ.

Forløb: Observeret med neuroobs. hver time. Sideleje, i.v. glukose-saltvand. GCS 15 kl. 06. Ingen opkastning efter indlæggelsen, ingen tegn på commotio, ikke indikation for CT cerebrum (normal neurologi, klar ved morgenstuen). Hovedet ømt, klaret med paracetamol.
Samtale med pigen og mor om morgenen: Pigen fortæller at hun siden efteråret har skåret sig i armene, når hun har været ked af det, senest for ca. 3 uger siden. Har aldrig forsøgt selvmord og har ingen aktuelle selvmordstanker, men beskriver tristhed og ensomhed. Mor var ikke vidende om skæringerne. Tilset af børne- og ungdomspsykiatrisk vagtlæge: ingen akut risiko, henvises ambulant.

Diagnoser:
- Akut alkoholintoksikation (promille 2,1) med fald og kontusion af baghovedet.
- Kontusion occipitalt.
- Tidligere selvskade (snitsår på underarmene), henvist til BUP.

Underretning til kommunen sendt (bekymring for 15-årig med svær alkoholpåvirkning og selvskade).

Plan: Udskrevet til mor. Henvist til børne- og ungdomspsykiatrisk ambulatorium. Tilbudt opfølgende samtale i ungeambulatoriet om alkohol om 2 uger. Hovedpine-råd og genkontakt ved opkastning eller tiltagende sløvhed.
"""
        ],
        "medications": [
            ("N02BE01", "paracetamol", "1 g p.n. max x 4"),
        ],
        "labs": [
            (None, "Ethanol;P", 2.1, "promille", None, None),
            (None, "Glukose;P", 4.8, "mmol/L", 4.0, 7.0),
            (None, "Paracetamol;P", 0, "mg/L", None, None),
        ],
        "codes": [("DF1001", "A"), ("DS000", "B"), ("DZ915B", "B")],
        "evidence": [
            ("DF1001", "Akut alkoholintoksikation (promille 2,1) med fald og kontusion af baghovedet"),
            ("DF1001", "Promille 2,1"),
            ("DS000", "4 x 4 cm hævelse og ømhed occipitalt"),
            ("DS000", "Kontusion occipitalt."),
            ("DZ915B", "flere parallelle, overfladiske, helede snitsår"),
            ("DZ915B", "Tidligere selvskade (snitsår på underarmene)"),
        ],
        "distractors": [
            ("DF102", "Far har et alkoholmisbrug", "family"),
            ("DS517", "ingen friske snitsår", "negated"),
            ("DS060", "ingen tegn på commotio", "negated"),
            ("DZ915A", "Har aldrig forsøgt selvmord", "negated"),
            ("DT509", "Ingen kendt indtagelse af piller eller andre stoffer", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW6-29",
        "department": "Akutafdelingen",
        "specialty": "akutmedicin",
        "patient": {"age": 22, "sex": "M"},
        "admission": {"start": "2025-07-05", "end": "2025-07-06"},
        "notes": [
            """Akutafd. – Epikrise

Årsag: Hovedpine og utilpashed efter overnatning i telt.

22-årig mand, tidl. astma som barn, ingen medicin i mange år. Ikke-ryger.
På festival. Satte en engangsgrill med gløder ind i teltet for varmens skyld ved 2-tiden, lynlåsen lukket. Vækket kl. 7 af kammerat (som havde ligget ved teltåbningen, mindre påvirket - tilset separat). Voldsom dunkende hovedpine, kvalme, svimmelhed, ét kortvarigt kollaps ved rejsning. Ingen brystsmerter. Uheld, ingen selvskade-intention.

Obj. ved ankomst: Vågen, GCS 15, træt. BT 128/74, P 112, SAT 99 % (pulsoksymetri falsk normal). Ingen neurologiske udfald. Ingen brandskader, ingen sod i næse/mund, ingen stridor.
A-gas: COHb 24 %, laktat 2,9, pH 7,38.
EKG: sinustakykardi, ingen ST-forandringer. Troponin T 46 -> 58 -> 41 ng/L.

Beh.: 100 % ilt på non-rebreather-maske, efter 6 timer COHb 3 %. Hyperbar ilt drøftet med HBO-vagten, ikke indiceret (ingen bevidstløshed, ingen neurologi, ikke gravid). Hovedpinen aftaget på ilt og paracetamol.
Troponinstigning tolket som myokardiel påvirkning ved CO-forgiftningen, ikke AMI - ingen brystsmerter, normalt ekko med normal vægbevægelse, EF 60 %. Obs. cyanidforgiftning ikke relevant (ingen brand).

Diagnoser:
Kulilteforgiftning, accidentel (engangsgrill i telt).
Forhøjet troponin ved CO-forgiftning.

Plan: Udskrevet næste morgen, troponin faldende og velbefindende. Opfølgning hos e.l. om 4-6 uger mhp. forsinkede neurologiske symptomer (hukommelse, koncentration) - informeret. Ny troponin og EKG hos e.l. om 1 uge. Info om aldrig at bruge grill i telt.
"""
        ],
        "medications": [
            ("N02BE01", "paracetamol", "1 g x 4 p.n."),
        ],
        "labs": [
            (None, "Carbonmonoxidhæmoglobin;Hb(aB)", 24, "%", None, 3),
            (None, "Troponin T;P", 58, "ng/L", None, 14),
            (None, "Laktat;P", 2.9, "mmol/L", 0.5, 2.5),
        ],
        "codes": [("DT589", "A"), ("DR798", "B")],
        "evidence": [
            ("DT589", "COHb 24 %"),
            ("DT589", "Kulilteforgiftning, accidentel (engangsgrill i telt)"),
            ("DR798", "Troponin T 46 -> 58 -> 41 ng/L"),
            ("DR798", "Forhøjet troponin ved CO-forgiftning"),
        ],
        "distractors": [
            ("DJ459", "tidl. astma som barn", "history"),
            ("DI219", "ikke AMI", "negated"),
            ("DT300", "Ingen brandskader", "negated"),
            ("DX6420", "ingen selvskade-intention", "negated"),
            ("DR402", "ingen bevidstløshed", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW6-30",
        "department": "Kirurgisk gastroenterologisk afdeling",
        "specialty": "kirurgisk gastroenterologi",
        "patient": {"age": 74, "sex": "M"},
        "admission": {"start": "2025-01-27", "end": "2025-02-06"},
        "notes": [
            """Epikrise – Kirurgisk gastroenterologisk afdeling

Indlæggelsesårsag: Gulsot, feber og kulderystelser.

Anamnese: 74-årig mand, pens. smed, gift, to voksne børn. Velbehandlet HT (amlodipin). Tidl. ulcus duodeni 1998, H. pylori eradikeret, ingen gener siden. Søster døde af brystkræft. Alkohol 7-10 genstande/uge, ikke-ryger.
Pt. har siden jul haft dårlig appetit, vægttab fra 82 til 71 kg på ca. 3 mdr. og uklare smerter i epigastriet med udstråling til ryggen. For 10 dage siden bemærkede hustruen at han var gul i øjnene, afføringen blev lys og urinen mørk, kløe. I nat kulderystelser og feber 39,4, hvorefter han indbringes.

Obj.: Ikterisk hud og sclerae, kradsmærker. Temp. 39,1, BT 104/62, P 112, RF 20. Abdomen blød, ømhed i hø. hypokondrium, palpabel galdeblære (Courvoisiers tegn). Ingen ascites. Vægt 71 kg, BMI 22.

Paraklinik: Bilirubin 186, basisk fosfatase 620, ALAT 212, amylase 38. Leuk 16,8, CRP 188. INR 1,4. Kreatinin 104. CA 19-9 1.240. Bloddyrkning: E. coli.

Forløb:
Dag 1: Klinisk akut kolangitis (Charcots triade) ved galdevejsobstruktion. Piperacillin/tazobactam i.v., væske, K-vitamin i.v. CT abdomen (pancreasprotokol): 3,1 cm hypodens tumor i caput pancreatis med dilatation af ductus choledochus (16 mm) og ductus pancreaticus - "double duct sign". Tumoren har > 180 graders kontakt til a. mesenterica superior - lokalt fremskreden, ikke resektabel. Ingen levermetastaser, ingen carcinose. Galdesten ikke påvist.
Dag 2: ERCP: Striktur i distale choledochus, pus drænet ved papillotomi. Børstecytologi taget. Anlagt 10 x 60 mm fuldt dækket selvekspanderende metalstent (SEMS) med god dræning af galde.
Dag 3-4: Afebril, CRP faldende 188 -> 94 -> 41. Bilirubin 186 -> 122.
Dag 5: Cytologi: maligne celler, forenelige med adenokarcinom. Bloddyrkning E. coli følsom for ciprofloxacin, skiftet til peroral behandling i alt 7 dage.
Dag 6: MDT-konference: Lokalt avanceret pancreascancer, ikke resektabel. Tilbydes palliativ kemoterapi (FOLFIRINOX eller gemcitabin/nab-paclitaxel afh. af performance status). PS 1.
Dag 7: Samtale med pt., hustru og datter ved overlæge: diagnose og prognose gennemgået. Pt. ønsker kemoterapi. Henvist til onkologisk afdeling og specialiseret palliativt team.
Ernæring: Pt. har tabt 13 % af vægten på 3 mdr. - cancerrelateret vægttab. Diætist tilkoblet, proteindrikke 2 x dgl. Begyndende steatorré, startet Creon (pancreasenzymer) til måltider. Mistanke om nydebut diabetes afkræftet, HbA1c 41.
Dag 8-10: Bilirubin 58 ved udskrivelse, kløen væk. Smerter i epigastriet velbehandlet med depot-morfin 10 mg x 2 og Movicol. Mobil, spiser bedre.

Konklusion:
1. Adenokarcinom i caput pancreatis, lokalt fremskreden, ikke resektabel.
2. Obstruktiv ikterus pga. tumor, ERCP med metalstent.
3. Akut ascenderende kolangitis med E. coli-bakteriæmi, behandlet.
4. Cancerrelateret vægttab (11 kg/13 %).

Plan:
- Ciprofloxacin 500 mg x 2 til og med 3/2.
- Creon 25.000 E 2 kapsler til hovedmåltider, 1 til mellemmåltider.
- Morfin depot 10 mg x 2 + Oxynorm 5 mg p.n., Movicol 1 brev x 2.
- Amlodipin pauseret (BT 105-120 systolisk), genoptages ved behov.
- Onkologisk afd. indkalder inden for 1 uge. Palliativt team kontakter hjemmet.
- Genkontakt ved feber, kulderystelser eller fornyet gulsot (stentokklusion).
- Bilirubin og levertal om 2 uger hos e.l.
"""
        ],
        "medications": [
            ("J01MA02", "ciprofloxacin", "500 mg x 2 til og med 3/2"),
            ("A09AA02", "pancreasenzymer (Creon 25.000)", "2 kapsler til hovedmåltider"),
            ("N02AA01", "morfin depot", "10 mg x 2"),
            ("N02AA05", "oxycodon (Oxynorm)", "5 mg p.n."),
            ("A06AD65", "macrogol (Movicol)", "1 brev x 2"),
        ],
        "labs": [
            ("NPU01370", "Bilirubiner;P", 186, "µmol/L", 5, 25),
            ("NPU19651", "Alanintransaminase;P", 212, "U/L", 10, 70),
            ("NPU19748", "C-reaktivt protein;P", 188, "mg/L", None, 10),
            ("NPU02593", "Leukocytter;B", 16.8, "10^9/L", 3.5, 8.8),
            (None, "CA 19-9;P", 1240, "kU/L", None, 37),
        ],
        "codes": [("DC250", "A"), ("DK831", "B"), ("DK830A", "B"), ("DB962", "B"), ("DR634", "B")],
        "evidence": [
            ("DC250", "3,1 cm hypodens tumor i caput pancreatis"),
            ("DC250", "Adenokarcinom i caput pancreatis, lokalt fremskreden"),
            ("DK831", "Striktur i distale choledochus"),
            ("DK831", "Obstruktiv ikterus pga. tumor, ERCP med metalstent"),
            ("DK830A", "Klinisk akut kolangitis (Charcots triade)"),
            ("DK830A", "Akut ascenderende kolangitis med E. coli-bakteriæmi"),
            ("DR634", "vægttab fra 82 til 71 kg på ca. 3 mdr."),
            ("DR634", "Cancerrelateret vægttab (11 kg/13 %)"),
            ("DB962", "Bloddyrkning: E. coli"),
            ("DB962", "E. coli-bakteriæmi"),
        ],
        "distractors": [
            ("DK269", "Tidl. ulcus duodeni 1998", "history"),
            ("DC509", "Søster døde af brystkræft", "family"),
            ("DC787", "Ingen levermetastaser", "negated"),
            ("DR18", "Ingen ascites", "negated"),
            ("DK805", "Galdesten ikke påvist", "negated"),
            ("DE119", "Mistanke om nydebut diabetes afkræftet", "negated"),
        ],
    }
)
