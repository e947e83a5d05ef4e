"""The seventh development set of hand-written discharge cases (README.md, "The seventh development set").

Written by hand in the same source format as ``CASES`` in build_cases.py: notes as strings or
("type", "text"), medications (atc, name, dose), labs (npu, name, value, unit, low, high), codes
(code, "A"/"B"), evidence (code, phrase[, anchor[, note]]) and distractors (code, phrase, kind[, anchor[,
note]]). ``python benchmarks/data/handwritten/build_cases.py`` turns them into ``dev7.jsonl``.

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
        "case_id": "HW7-01",
        "department": "Karkirurgisk afdeling",
        "specialty": "karkirurgi",
        "patient": {"age": 68, "sex": "M"},
        "admission": {"start": "2025-02-11", "end": "2025-02-18"},
        "notes": [
            """Epikrise – Karkirurgisk afsnit

Indl.årsag: Akut indsættende rivende smerter mellem skulderbladene.

Anamnese: 68-årig mand, pensioneret vognmand. Kendt med HT gennem 15 år, dårligt reguleret - tager sin medicin "når han husker det". Hyperkolesterolæmi i statinbeh. Ryger 20 cig./dag i 50 år. St.p. lyskebrok-operation hø. 2009. Bror død pludseligt som 60-årig, obduceret, formentlig hjerteinfarkt.
Vågnede kl. 05 med pludselige, rivende smerter i ryggen mellem skulderbladene, udstrålende ned mod lænden. Ingen brystsmerter, ingen synkope, ingen lammelser.

Obj.: Tydeligt smerteforpint. BT hø. arm 212/118, ve. arm 204/112. P 96, SAT 97 %. Perifere pulse palp. bilat. i a. femoralis og a. dorsalis pedis. Ingen neurologiske udfald. Abd. blød, uøm. Ingen diastolisk mislyd.

CT-angiografi af aorta: Dissektion med entry lige distalt for a. subclavia sin., strækkende sig ned til niveau med nyrearterierne. Aorta ascendens og arcus fri. Truncus coeliacus, a. mesenterica sup. og begge nyrearterier udgår fra det sande lumen og er velperfunderede. Max. diameter af aorta descendens 39 mm. Ingen tegn på ruptur, intet periaortalt hæmatom.
Konklusion: Akut ukompliceret Stanford type B-dissektion.
EKG: Sinusrytme, venstresidig hypertrofi, ingen iskæmi. Troponin T 14 -> 15.

Forløb: Indlagt på intensiv til invasiv BT-monitorering. Startet på i.v. labetalol og morfin, målsætning syst. BT < 120 og puls < 60. Smertefri efter ca. 12 timer. Overgik dag 2 til peroral beh. med metoprolol, amlodipin og losartan. Kreatinin stabilt normalt, laktat normalt, ingen mavesmerter - ingen mistanke om malperfusion. Mobiliseret fra dag 4. Kontrol-CT dag 6: uændret udbredning, ingen progression, ingen aneurismedannelse. TEVAR vurderes ikke indiceret aktuelt ved konference.
Hjemme-BT under indlæggelsen dag 6-7 omkring 125/75.

Konklusion:
1. Akut ukompliceret type B aortadissektion, konservativt behandlet.
2. Essentiel hypertension, dårligt reguleret, nu intensiveret beh.
3. Hyperkolesterolæmi.

Plan: Rygestop er det vigtigste - henvist til rygestopforløb. Hjemme-BT-måling dagligt, mål < 130/80. Kontrol-CT-angio om 1, 3 og 12 mdr. Undgå tunge løft > 10 kg de næste 3 mdr. Ambulant kontrol i karkirurgisk amb. om 4 uger.
"""
        ],
        "medications": [
            ("C07AB02", "metoprolol", "100 mg x 2"),
            ("C08CA01", "amlodipin", "10 mg x 1"),
            ("C09CA01", "losartan", "100 mg x 1"),
            ("C10AA05", "atorvastatin", "40 mg x 1"),
        ],
        "labs": [
            ("NPU18016", "Kreatinin;P", 88, "µmol/L", 60, 105),
            (None, "Troponin T;P", 15, "ng/L", None, 22),
            ("NPU02319", "Hæmoglobin;B", 8.9, "mmol/L", 8.3, 10.5),
        ],
        "codes": [("DI710B", "A"), ("DI109", "B"), ("DE780", "B")],
        "evidence": [
            ("DI710B", "Akut ukompliceret Stanford type B-dissektion"),
            ("DI710B", "Akut ukompliceret type B aortadissektion, konservativt behandlet"),
            ("DI710B", "Dissektion med entry lige distalt for a. subclavia sin."),
            ("DI109", "Kendt med HT gennem 15 år"),
            ("DI109", "Essentiel hypertension, dårligt reguleret"),
            ("DE780", "Hyperkolesterolæmi i statinbeh."),
            ("DE780", "Hyperkolesterolæmi.", "Konklusion:\n1."),
        ],
        "distractors": [
            ("DI711", "Ingen tegn på ruptur", "negated"),
            ("DK550", "ingen mistanke om malperfusion", "negated"),
            ("DI219", "formentlig hjerteinfarkt", "family"),
            ("DK409", "St.p. lyskebrok-operation hø. 2009", "history"),
            ("DI710A", "Aorta ascendens og arcus fri", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW7-02",
        "department": "Kardiologisk afdeling",
        "specialty": "kardiologi",
        "patient": {"age": 79, "sex": "F"},
        "admission": {"start": "2025-01-06", "end": "2025-01-24"},
        "notes": [
            """Epikrise

79-årig kvinde, indlagt med rødme, hævelse og sekretion fra pacemakerlommen.

Baggrund: Syg sinusknude med takykardi-bradykardi-syndrom, DDD-pacemaker implanteret ve. side 2017, generatorskift okt. 2024. Paroksystisk AFLI i AK-beh. med apixaban. DM2 i tablet-beh. Tidl. brystkræft ve. 2006, lumpektomi + strålebeh., ingen recidiv.

Aktuelt: 3 uger efter generatorskiftet begyndende rødme over lommen, set af e.l., beh. med dicloxacillin p.o. i 10 dage uden effekt. Nu fistel med pusflåd fra nedre pol af arret. Let feber derhjemme, 38,2.

Obj.: Upåvirket. Temp 37,9. Pacemakerlomme ve. infraklavikulært med 3 cm erytem, fluktuation og fistelåbning med gulligt pus. Ingen mislyd. Lunger: ingen stase.

Paraklinik: CRP 64, leuko 11,2. Pacemakerkontrol: normal funktion, 38 % atriel pacing.
Podning fra fistel: Staphylococcus aureus, methicillinfølsom. Bloddyrkning x 3: negative.
TEE: Ingen vegetationer på ledninger eller klapper - ingen tegn på endokarditis.

Forløb: Vurderet som lommeinfektion ved pacemaker, systemet skal fjernes. Apixaban pauseret 48 timer. Dag 3 transvenøs ekstraktion af hele systemet (generator + 2 ledninger) med laserskede, ukompliceret. Midlertidig pacing via aktivt fikseret ledning i hø. v. jugularis int. med eksternaliseret generator. Lommen revideret og drænet. Beh. med cloxacillin 2 g x 6 i.v., fra dag 10 skiftet til dicloxacillin 1 g x 3 p.o. efter infektionsmedicinsk råd. Ledningsspidser: S. aureus.
Dag 14 ny DDD-pacemaker implanteret hø. side, ukompliceret. Midlertidig ledning fjernet. Apixaban genoptaget dag 15. Blodsukre 6-12 under forløbet, metformin fortsat.

Konklusion: Pacemakerlommeinfektion med S. aureus (MSSA), komplet systemekstraktion, ny pacemaker hø. side. Syg sinus / takykardi-bradykardi-syndrom. Paroksystisk atrieflimren i AK-beh.

Plan: Dicloxacillin 1 g x 3 til i alt 4 ugers beh. fra ekstraktionen. Sårkontrol og suturfjernelse hos e.l. om 10 dage. Pacemakerkontrol om 3 mdr.
"""
        ],
        "medications": [
            ("J01CF01", "dicloxacillin", "1 g x 3 p.o. til 3/2"),
            ("B01AF02", "apixaban", "5 mg x 2"),
            ("A10BA02", "metformin", "1 g x 2"),
        ],
        "labs": [
            ("NPU19748", "C-reaktivt protein;P", 64, "mg/L", None, 8),
            ("NPU02593", "Leukocytter;B", 11.2, "10^9/L", 3.5, 10.0),
        ],
        "codes": [("DT827P", "A"), ("DB956", "B"), ("DI495B", "B"), ("DI480", "B"), ("DE119", "B")],
        "evidence": [
            ("DT827P", "Pacemakerlommeinfektion med S. aureus"),
            ("DT827P", "lommeinfektion ved pacemaker"),
            ("DT827P", "fistelåbning med gulligt pus"),
            ("DB956", "Staphylococcus aureus, methicillinfølsom"),
            ("DB956", "S. aureus (MSSA)"),
            ("DI495B", "Syg sinusknude med takykardi-bradykardi-syndrom"),
            ("DI495B", "Syg sinus / takykardi-bradykardi-syndrom"),
            ("DI480", "Paroksystisk AFLI i AK-beh. med apixaban"),
            ("DI480", "Paroksystisk atrieflimren i AK-beh."),
            ("DE119", "DM2 i tablet-beh."),
        ],
        "distractors": [
            ("DI330", "ingen tegn på endokarditis", "negated"),
            ("DC509", "Tidl. brystkræft ve. 2006", "history"),
            ("DA419", "Bloddyrkning x 3: negative", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW7-03",
        "department": "Lungemedicinsk afdeling",
        "specialty": "lungemedicin",
        "patient": {"age": 61, "sex": "M"},
        "admission": {"start": "2024-08-19", "end": "2024-08-29"},
        "notes": [
            """Epikrise – Lungemedicinsk sengeafsnit

Indlæggelsesdiagnoser: Pneumoni, hyponatriæmi, nyrepåvirkning.

Anamnese:
61-årig mand, selvstændig VVS-installatør. Kendt med let KOL (FEV1 78 % af forventet 2022), ingen daglig inhalationsmedicin. HT beh. med amlodipin. Ryger ca. 15 cig./dag. Alkohol 2-3 genstande dagligt. Tidl. galdestensoperation 2011. Mor havde lungekræft.
Hjemkommet for 6 dage siden fra en uges ferie på hotel i Spanien (Costa del Sol), hvor han brugte hotellets spabad dagligt. 4 dage før indl. høj feber til 40, kulderystelser, tør hoste, hovedpine og muskelsmerter. Fra dagen før indl. vandig diarré 5-6 gange og tiltagende forvirret ifølge hustruen. Ingen opkastninger. Tager ikke diuretika.

Objektivt ved indlæggelsen:
Påvirket, let konfus men orienteret i egne data. Temp 39,6. BT 104/62, puls 112 (relativ bradykardi ikke til stede), RF 26, SAT 89 % uden ilt. St.p.: Krepitation basalt og midt på hø. side, ingen pleuragnidning. Hjerte: regelmæssig aktion, ingen mislyd. Abd.: blød, let diffust øm, ingen peritoneal reaktion. Ingen nakkerigiditet. Neurologisk ingen fokale udfald.

Parakliniske fund ved indl.:
CRP 312, leuko 14,8, neutro 13,1. Na 122, K 3,4, kreatinin 238 (habituelt 82 i jan. 2024), carbamid 16,4. ALAT 96, basisk fosfatase 118. CK 2.840. Fosfat 0,6. Laktat 2,8.
Rtg. thorax: Lobært infiltrat i hø. underlap og mellemlap, ingen pleuraeffusion.
Legionella-antigen i urin: POSITIV. Pneumokok-antigen i urin: negativ. Sputum til Legionella-PCR: positiv for Legionella pneumophila serogruppe 1. Bloddyrkninger: ingen vækst. Influenza/COVID-PCR negativ.
Urin-natrium 54, urin-osmolalitet 480 - forenelig med SIADH, formentlig udløst af pneumonien, men hypovolæmisk komponent fra diarré bidrager.

Forløb:
Dag 1: CURB-65 score 3. Startet på i.v. piperacillin/tazobactam og clarithromycin. Ilt på 3 l. Isotont NaCl 2 liter første døgn. Efter positivt urinantigen samme aften skiftet til i.v. levofloxacin 500 mg x 2 og piperacillin/tazobactam seponeret. Amlodipin pauseret pga. lavt BT.
Dag 2: Fortsat feber. Na 124, kreatinin 211. Væskeregnskab: positiv balance. Væsketerapi stoppet, væskerestriktion 1 liter.
Dag 3: Afebril. SAT 94 % på 1 l ilt. Konfusionen aftaget, klar og orienteret. Na 127.
Dag 4-5: Diarréen ophørt. Kreatinin 162 -> 124. CK faldende. Ilt seponeret dag 5.
Dag 6: Overgået til p.o. levofloxacin 500 mg x 1. Na 131.
Dag 7-9: Mobiliseret til vanligt niveau. CRP 38. Kreatinin 96, Na 134.
Anmeldt til Styrelsen for Patientsikkerhed som rejseassocieret legionellose mhp. underretning af hotellet via ELDSNet.
Rygestop drøftet, pt. ambivalent, ønsker at tænke over det. Alkohol drøftet, pt. vurderes ikke til at have et skadeligt forbrug.
Vi har overvejet om der kunne være lungekræft bag infiltratet, da pt. er ryger, men der er ikke mistanke om malignitet klinisk; kontrol-rtg. planlægges. Ingen tegn på empyem.

Konklusion:
1. Legionella-pneumoni (legionærsygdom), rejseassocieret, L. pneumophila sg. 1.
2. Hyponatriæmi, SIADH-lignende og hypovolæmisk, korrigeret langsomt.
3. Akut nyreskade (AKI stadie 2), prærenal/rhabdomyolyse-betinget, normaliseret.
4. KOL, let, stationær.

Plan:
Levofloxacin 500 mg x 1 til i alt 14 dages beh. (til og med 1/9).
Amlodipin genoptages når BT > 140 syst. ved e.l.
Egen læge: Na, kreatinin om 1 uge.
Kontrol-rtg. thorax om 6-8 uger.
"""
        ],
        "medications": [
            ("J01MA12", "levofloxacin", "500 mg x 1 til og med 1/9"),
            ("C08CA01", "amlodipin", "5 mg x 1 (pauseret)"),
        ],
        "labs": [
            ("NPU03429", "Natrium;P", 122, "mmol/L", 137, 145),
            ("NPU18016", "Kreatinin;P", 238, "µmol/L", 60, 105),
            ("NPU19748", "C-reaktivt protein;P", 312, "mg/L", None, 8),
            (None, "Kreatinkinase;P", 2840, "U/L", 40, 280),
            ("NPU03230", "Kalium;P", 3.4, "mmol/L", 3.5, 4.6),
        ],
        "codes": [("DA481", "A"), ("DE871A", "B"), ("DN179", "B"), ("DJ449", "B"), ("DI109", "B")],
        "evidence": [
            ("DA481", "Legionella-pneumoni (legionærsygdom)"),
            ("DA481", "Legionella-antigen i urin: POSITIV"),
            ("DA481", "rejseassocieret legionellose"),
            ("DE871A", "Hyponatriæmi, SIADH-lignende og hypovolæmisk"),
            ("DE871A", "Na 122"),
            ("DN179", "Akut nyreskade (AKI stadie 2)"),
            ("DN179", "kreatinin 238 (habituelt 82 i jan. 2024)"),
            ("DJ449", "Kendt med let KOL"),
            ("DJ449", "KOL, let, stationær"),
            ("DI109", "HT beh. med amlodipin"),
        ],
        "distractors": [
            ("DC349", "ikke mistanke om malignitet", "negated"),
            ("DC349", "Mor havde lungekræft", "family"),
            ("DJ869", "Ingen tegn på empyem", "negated"),
            ("DF101", "vurderes ikke til at have et skadeligt forbrug", "negated"),
            ("DJ90", "ingen pleuraeffusion", "negated"),
            ("DK802", "Tidl. galdestensoperation 2011", "history"),
            ("DJ13", "Pneumokok-antigen i urin: negativ", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW7-04",
        "department": "Medicinsk gastroenterologisk afdeling",
        "specialty": "gastroenterologi",
        "patient": {"age": 47, "sex": "F"},
        "admission": {"start": "2025-04-02", "end": "2025-04-11"},
        "notes": [
            """Epikrise

Indlæggelsesårsag: Gulsot og forhøjede levertal.

Anamnese:
47-årig kvinde, sygeplejerske. Kendt med Hashimotos thyreoiditis siden 2015 i beh. med levothyroxin, velreguleret. Tidl. keisersnit x 2. Ingen alkohol de sidste 10 år (højst 1 glas vin om måneden). Ingen naturmedicin, ingen kosttilskud, ingen ny medicin. Ingen rejser. Ingen tatoveringer, ingen i.v.-misbrug. Søster med cøliaki.
Ca. 6 uger med tiltagende træthed, kløe og ledsmerter i hænderne. Sidste uge mørk urin og gul i øjnene, henvist af e.l. med ALAT 890.

Objektivt: Velbefindende, upåvirket. Tydeligt ikterisk. BT 128/78, P 72, temp 36,8. Ingen edderkoppenævi, ingen palmart erytem, ingen ascites, ingen asterixis. Abd.: Let øm under hø. kurvatur, leveren palp. 2 cm under kurvaturen, blød. Milten ikke palpabel. Ledstatus: ingen synovitis.

Paraklinik:
ALAT 1.124, ASAT 980, basisk fosfatase 168, bilirubin 96, INR 1,3, albumin 36, trombocytter 236.
IgG 31,4 g/L (forhøjet). ANA positiv 1:640, homogent mønster. Anti-glat muskel antistof (SMA/anti-aktin) positiv. Anti-LKM1 negativ. AMA negativ.
Hepatitis A, B, C og E serologi negativ. EBV og CMV: ingen tegn på akut infektion. Ferritin 620, transferrinmætning normal. Ceruloplasmin normal. Alfa-1-antitrypsin normal. Cøliaki-antistof (anti-TG2) negativ.
TSH 2,1 - velreguleret.
UL af lever og galdeveje: Normal leverstørrelse, lidt inhomogent ekkomønster, ingen fokale forandringer. Galdeveje ikke dilaterede, ingen galdesten. Portaflow hepatopetalt. Ingen ascites.
FibroScan: 9,8 kPa (tolkning usikker ved akut inflammation).

Forløb:
Dag 1-2: Udredning som ovenfor. Ingen tegn på leversvigt, ikke encefalopatisk, INR 1,3 - ingen akut leversvigt.
Dag 3: Ultralydsvejledt leverbiopsi, ukompliceret.
Dag 5: Histologi: Interfase-hepatitis med udtalt lymfoplasmacellulært infiltrat, rosetdannelse og emperipolese, let portal fibrose (F1-2). Ingen tegn på cirrose. Ingen steatose. Ingen galdegangsskade der tyder på PBC eller PSC. Forenelig med autoimmun hepatitis.
Simplified AIH score 8 = definitiv AIH.
Startet på prednisolon 40 mg dagligt, samt pantoprazol som ulcusprofylakse og calcium/D-vitamin. DXA-scanning bestilt. Thiopurin-methyltransferase (TPMT) genotype: normal aktivitet.
Dag 6-8: God respons, ALAT 1.124 -> 612 -> 388. Bilirubin 96 -> 54. Kløen aftaget. Blodsukre normale under prednisolon.
Dag 9: Udskrevet.

Konklusion:
1. Nydiagnosticeret autoimmun hepatitis type 1 (ANA og SMA positiv, IgG-forhøjet, biopsiverificeret), akut debut med ikterus. Ingen cirrose.
2. Hashimotos thyreoiditis, velbehandlet.

Plan:
Prednisolon 40 mg dagligt i 2 uger, herefter nedtrapning efter skema fra amb.
Azathioprin 50 mg dagligt opstartes ved amb. kontrol om 2 uger, når bilirubin < 50, herefter øges til 1-2 mg/kg.
Levertal, hæmatologi og INR ugentligt de første 4 uger (blodprøvetider i amb.).
Vaccination mod hepatitis A og B anbefales.
"""
        ],
        "medications": [
            ("H02AB06", "prednisolon", "40 mg x 1, nedtrappes efter skema"),
            ("A02BC02", "pantoprazol", "40 mg x 1"),
            ("A12AX", "calcium + D-vitamin", "1 tablet x 2"),
            ("H03AA01", "levothyroxin", "100 mikrogram x 1"),
        ],
        "labs": [
            ("NPU19651", "Alanintransaminase;P", 1124, "U/L", 10, 45),
            ("NPU01370", "Bilirubiner;P", 96, "µmol/L", 5, 25),
            (None, "Immunglobulin G;P", 31.4, "g/L", 6.1, 14.9),
            (None, "INR", 1.3, None, None, 1.2),
            (None, "Thyrotropin;P", 2.1, "mIU/L", 0.3, 4.0),
        ],
        "codes": [("DK754", "A"), ("DE063A", "B")],
        "evidence": [
            ("DK754", "Nydiagnosticeret autoimmun hepatitis type 1"),
            ("DK754", "Forenelig med autoimmun hepatitis"),
            ("DK754", "Interfase-hepatitis med udtalt lymfoplasmacellulært infiltrat"),
            ("DE063A", "Kendt med Hashimotos thyreoiditis siden 2015"),
            ("DE063A", "Hashimotos thyreoiditis, velbehandlet"),
        ],
        "distractors": [
            ("DK746", "Ingen tegn på cirrose", "negated"),
            ("DK720", "ingen akut leversvigt", "negated"),
            ("DK743", "Ingen galdegangsskade der tyder på PBC eller PSC", "negated"),
            ("DK900", "Søster med cøliaki", "family"),
            ("DB199", "Hepatitis A, B, C og E serologi negativ", "negated"),
            ("DK802", "ingen galdesten", "negated"),
            ("DK760", "Ingen steatose", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW7-05",
        "department": "Medicinsk gastroenterologisk afdeling",
        "specialty": "gastroenterologi",
        "patient": {"age": 74, "sex": "M"},
        "admission": {"start": "2025-03-14", "end": "2025-03-20"},
        "notes": [
            """Epikrise

74-årig mand indlagt med sort afføring og træthed.

Kendt med mekanisk aortaklap (St. Jude, 2012, pga. bicuspid klap med stenose) i AK-beh. med warfarin, INR-mål 2,0-3,0. Tidl. udredt for jernmangelanæmi 2023 med gastroskopi og koloskopi uden fund. Tidl. prostatakræft, beh. med strålebeh. 2016, PSA umåleligt siden. HT i beh.

Aktuelt: 2 mdr. med tiltagende træthed og åndenød ved trappegang. Sidste 3 dage sort, tjæreagtig afføring.

Obj.: Bleg. BT 118/70, P 94. Klar mekanisk klaplyd. Rektaleksploration: sort fæces (melæna).

Blodprøver: Hb 5,1 (3 mdr. siden 7,6), MCV 72, ferritin 6. INR 2,6. Trombocytter 298. Karbamid 9,8.

Forløb: Transfunderet 3 portioner SAG, Hb 7,0. Warfarin pauseret kortvarigt, INR lod man drifte til ca. 1,8 - ingen vitamin K pga. mekanisk klap, ingen bridging med heparin efter aftale med kardiologerne.
Gastroskopi: Normale forhold, intet ulcus, ingen varicer. Koloskopi: sort blod i terminale ileum, ingen blødningskilde i colon; divertikler i sigmoideum uden blødningsstigmata.
Kapselendoskopi: Multiple angiodysplasier i proksimale jejunum, den største med frisk blødning.
Dobbeltballon-enteroskopi dag 4: 6 angiodysplasier i jejunum behandlet med argonplasmakoagulation, ukompliceret.
Warfarin genoptaget dag 5, INR 2,2 ved udskrivelsen. Ingen fornyet melæna. Ferinject 1 g i.v.

Konklusion:
- Gastrointestinal blødning fra angiodysplasier i jejunum, APC-behandlet.
- Jernmangelanæmi pga. kronisk blodtab, transfunderet og i.v. jern.
- Mekanisk aortaklapprotese i warfarinbeh.
- Hypertension.

Plan: Fortsat warfarin, INR-mål uændret 2,0-3,0 (ikke sænket pga. klaptype). Hb + ferritin hos e.l. om 4 uger. Ved ny blødning: ny enteroskopi, overvej octreotid.
"""
        ],
        "medications": [
            ("B01AA03", "warfarin", "efter INR, mål 2,0-3,0"),
            ("B03AC", "jernkarboxymaltose (Ferinject)", "1 g i.v. givet 18/3"),
            ("C09AA02", "enalapril", "10 mg x 1"),
        ],
        "labs": [
            ("NPU02319", "Hæmoglobin;B", 5.1, "mmol/L", 8.3, 10.5),
            (None, "MCV;Erc(B)", 72, "fL", 82, 98),
            (None, "Ferritin;P", 6, "µg/L", 30, 300),
            (None, "INR", 2.6, None, None, None),
        ],
        "codes": [("DK558C", "A"), ("DD500", "B"), ("DZ952", "B"), ("DZ921", "B"), ("DI109", "B")],
        "evidence": [
            ("DK558C", "blødning fra angiodysplasier i jejunum"),
            ("DK558C", "Multiple angiodysplasier i proksimale jejunum"),
            ("DK558C", "sort fæces (melæna)"),
            ("DD500", "Jernmangelanæmi pga. kronisk blodtab"),
            ("DD500", "Hb 5,1 (3 mdr. siden 7,6)"),
            ("DZ952", "Mekanisk aortaklapprotese i warfarinbeh."),
            ("DZ952", "Kendt med mekanisk aortaklap"),
            ("DZ921", "AK-beh. med warfarin"),
            ("DI109", "Hypertension."),
        ],
        "distractors": [
            ("DC61", "Tidl. prostatakræft", "history"),
            ("DK259", "intet ulcus", "negated"),
            ("DI859", "ingen varicer", "negated"),
            ("DK573", "divertikler i sigmoideum uden blødningsstigmata", "negated"),
            ("DK552", "ingen blødningskilde i colon", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW7-06",
        "department": "Endokrinologisk afdeling",
        "specialty": "endokrinologi",
        "patient": {"age": 43, "sex": "M"},
        "admission": {"start": "2025-05-05", "end": "2025-05-09"},
        "notes": [
            """Epikrise - Endokrinologisk afsnit

Henv.: FAM, BS "HI" på glukometer.

43-årig mand, lastbilchauffør, ikke tidl. kendt med diabetes. Ca. 3 uger med stor tørst, drikker 5-6 l/døgn, hyppig vandladning også om natten, tabt 7 kg. Sidste 2 dage kvalme og træthed, ingen opkast. Ingen mavesmerter. Far og farbror med type 2-diabetes. Ingen fast medicin. Drikker mange sodavand.

Obj.: Vågen, klar. Tør slimhinde. BT 152/94, P 98, RF 18. Vægt 118 kg, højde 178 cm, BMI 37,2. Acanthosis nigricans i nakke og aksiller.

Paraklinik: P-glukose 38,4. Venøs pH 7,29, standard-bikarbonat 17, base excess -8. Beta-hydroxybutyrat 3,8 mmol/L. Urin-ketoner +++. Anion gap 19. Na korr. 139, K 5,1. Kreatinin 104. HbA1c 121 mmol/mol. Osmolalitet 312. GAD-65- og IA-2-antistoffer negative. C-peptid 0,9 nmol/L (bevaret). Triglycerid 6,8, kolesterol 6,2.

Forløb: Vurderet som let diabetisk ketoacidose ved nydebuteret diabetes. Beh. efter DKA-instruks med i.v. væske, insulininfusion og kaliumtilskud. pH normaliseret efter 10 timer, ketoner < 0,6 efter 14 timer. Overgik til basal-bolus insulin. Antistof-negativ, bevaret C-peptid og svær overvægt - samlet vurderet som type 2-diabetes med ketoacidose (ketosis-prone), ikke type 1. Startet metformin, optitreret. Diætistsamtale. Undervist i insulin og BS-måling. BT 142/88 ved udskrivelsen - ej startet antihypertensiva endnu, vurderes efter glykæmisk kontrol. Fundoskopi: ingen retinopati. U-albumin/kreatinin-ratio normal, ingen nefropati.
Triglycerider høje, formentlig sekundært til dysreguleringen - statin startet, lipider kontrolleres.

Konklusion: Nyopdaget type 2-diabetes debuterende med svær hyperglykæmi og let ketoacidose. Svær fedme, BMI 37. Hypertriglyceridæmi.

Plan: Insulin glargin 30 IE x 1 + insulin aspart efter skema. Metformin 1 g x 2. Atorvastatin 20 mg. Kontrol i diabetesamb. om 2 uger, sygeplejerske ringer om 3 dage. GLP-1-analog overvejes ved amb. kontrol mhp. vægttab. Informeret om at han ikke må køre lastbil før afklaring med diabeteslægen (kørekortregler, hypoglykæmirisiko ved insulin).
"""
        ],
        "medications": [
            ("A10AE04", "insulin glargin", "30 IE x 1 s.c."),
            ("A10AB05", "insulin aspart", "efter skema"),
            ("A10BA02", "metformin", "1 g x 2"),
            ("C10AA05", "atorvastatin", "20 mg x 1"),
        ],
        "labs": [
            (None, "Glukose;P", 38.4, "mmol/L", 4.2, 7.8),
            (None, "pH;vB", 7.29, None, 7.32, 7.43),
            (None, "3-Hydroxybutyrat;P", 3.8, "mmol/L", None, 0.6),
            ("NPU27300", "Hæmoglobin A1c;B", 121, "mmol/mol", None, 48),
            (None, "Triglycerid;P", 6.8, "mmol/L", 0.45, 2.6),
        ],
        "codes": [("DE111", "A"), ("DE660C", "B"), ("DE781", "B")],
        "evidence": [
            ("DE111", "type 2-diabetes med ketoacidose (ketosis-prone)"),
            ("DE111", "Nyopdaget type 2-diabetes debuterende med svær hyperglykæmi og let ketoacidose"),
            ("DE111", "Venøs pH 7,29"),
            ("DE660C", "Svær fedme, BMI 37"),
            ("DE660C", "BMI 37,2"),
            ("DE781", "Hypertriglyceridæmi."),
            ("DE781", "Triglycerid 6,8"),
        ],
        "distractors": [
            ("DE101", "ikke type 1", "negated"),
            ("DE113", "ingen retinopati", "negated"),
            ("DE112", "ingen nefropati", "negated"),
            ("DE119", "Far og farbror med type 2-diabetes", "family"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW7-07",
        "department": "Nefrologisk afdeling",
        "specialty": "nefrologi",
        "patient": {"age": 71, "sex": "F"},
        "admission": {"start": "2025-01-20", "end": "2025-01-29"},
        "notes": [
            """Epikrise – Nefrologisk afdeling

Henvist fra e.l. pga. stigende kreatinin (78 -> 356 over 5 uger).

Anamnese: 71-årig kvinde. DM2 i metforminbeh. (HbA1c 52), HT, refluks. Startet på omeprazol 40 mg dgl. for ca. 2 mdr. siden pga. halsbrand. Ingen NSAID (spurgt direkte, også håndkøb), ingen ny antibiotika. Moderat træthed, let kvalme, nedsat appetit, periodisk subfebrilia og et forbigående udslæt på underarmene for ca. 3 uger siden. Normal diurese. Ingen makroskopisk hæmaturi. Mor fik dialyse pga. cystenyrer.

Obj.: Upåvirket. BT 146/84. Ingen ødemer. Ingen udslæt aktuelt. Temp 37,4.

Paraklinik: Kreatinin 356, eGFR 11, carbamid 19,2, K 5,2, bikarbonat 19. CRP 28. Eosinofile 0,9 (forhøjet). U-stix: leuko ++, protein +, blod spor. U-dyrkning: ingen vækst (steril pyuri). U-albumin/kreatinin 48 mg/g. ANCA, anti-GBM, komplement, ANA: negative/normale. M-komponent: ingen.
UL af nyrer: Normalstore nyrer (11,2 og 11,5 cm), let øget ekkogenicitet, ingen hydronefrose, ingen cyster.

Forløb: Mistanke om lægemiddelinduceret akut interstitiel nefritis. Omeprazol og metformin seponeret ved ankomst. Nyrebiopsi dag 2: Udtalt interstitielt inflammatorisk infiltrat med lymfocytter og talrige eosinofile granulocytter, tubulitis, ødem. Glomeruli normale, ingen halvmåner, negativ immunfluorescens. Let interstitiel fibrose ca. 10 %. Konkl.: Akut tubulointerstitiel nefritis, forenelig med lægemiddelbivirkning (PPI).
Startet prednisolon 1 mg/kg (60 mg) fra dag 3. Dialyse ikke nødvendig. Kreatinin 356 -> 301 -> 248 -> 210 ved udskrivelsen. Kalium normaliseret på diæt.
Blodsukre under prednisolon op til 17, insulin NPH 12 IE morgen startet midlertidigt (metformin kontraindiceret ved aktuel GFR). Halsbrand beh. med alginat, ingen ulcus-symptomer.
PPI er registreret som allergi/bivirkning i FMK og indberettet til Lægemiddelstyrelsen.

Konkl.:
1. Akut interstitiel nefritis forårsaget af omeprazol, biopsiverificeret.
2. Akut nyreskade (KDIGO 3) som følge heraf, i bedring.
3. DM2, midlertidigt insulinkrævende under steroid.
4. Hypertension.

Plan: Prednisolon 60 mg i 2 uger, derefter nedtrappes over 6-8 uger (skema udleveret). Kontrol i nyreamb. om 1 uge med kreatinin, K, glukose. Ingen PPI fremover - ved behov for syrehæmning gives famotidin. Metformin genoptages ikke før eGFR > 30.
"""
        ],
        "medications": [
            ("H02AB06", "prednisolon", "60 mg x 1, nedtrappes efter skema"),
            ("A10AC01", "insulin NPH (Insulatard)", "12 IE morgen"),
            ("A02BX13", "alginat (Gaviscon)", "10 ml efter behov"),
            ("C08CA01", "amlodipin", "5 mg x 1"),
        ],
        "labs": [
            ("NPU18016", "Kreatinin;P", 356, "µmol/L", 45, 90),
            ("NPU03230", "Kalium;P", 5.2, "mmol/L", 3.5, 4.6),
            (None, "Eosinocytter;B", 0.9, "10^9/L", None, 0.5),
            ("NPU19748", "C-reaktivt protein;P", 28, "mg/L", None, 8),
        ],
        "codes": [("DN141", "A"), ("DN179", "B"), ("DE119", "B"), ("DI109", "B")],
        "evidence": [
            ("DN141", "Akut interstitiel nefritis forårsaget af omeprazol, biopsiverificeret"),
            ("DN141", "lægemiddelinduceret akut interstitiel nefritis"),
            ("DN141", "Akut tubulointerstitiel nefritis, forenelig med lægemiddelbivirkning (PPI)"),
            ("DN179", "Akut nyreskade (KDIGO 3)"),
            ("DN179", "Kreatinin 356, eGFR 11"),
            ("DE119", "DM2, midlertidigt insulinkrævende under steroid"),
            ("DE119", "DM2 i metforminbeh."),
            ("DI109", "Hypertension."),
        ],
        "distractors": [
            ("DN140", "Ingen NSAID", "negated"),
            ("DQ612", "Mor fik dialyse pga. cystenyrer", "family"),
            ("DN390", "ingen vækst (steril pyuri)", "negated"),
            ("DN130", "ingen hydronefrose", "negated"),
            ("DN019", "ingen halvmåner", "negated"),
            ("DK259", "ingen ulcus-symptomer", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW7-08",
        "department": "Infektionsmedicinsk afdeling",
        "specialty": "infektionsmedicin",
        "patient": {"age": 58, "sex": "F"},
        "admission": {"start": "2024-11-03", "end": "2024-11-26"},
        "notes": [
            """Epikrise – Infektionsmedicinsk afdeling

Indlæggelsesårsag: Feber, forvirring og krampeanfald.

Anamnese (ved ægtefælle):
58-årig kvinde, bibliotekar. Tidl. rask bortset fra HT i beh. med losartan. Hun har haft migræne siden ungdommen, sjældne anfald, sidste anfald for 2 år siden. Ingen immunsuppression. Ingen flåtbid, ingen rejser. Mor døde af Alzheimers sygdom.
Ca. 4 dage med hovedpine, feber op til 39 og almen utilpashed. Ægtefællen har de sidste 2 dage bemærket, at hun talte mærkeligt, fandt ikke de rigtige ord og var ikke sig selv. Aftenen før indl. pludselig trækninger i hø. mundvig og hø. arm, efterfølgende generaliseret krampeanfald ca. 2 min. Ambulance tilkaldt.

Objektivt ved ankomst:
GCS 12 (E3V3M6). Temp 38,9. BT 156/88, P 104, SAT 96 %. Ingen udslæt, ingen petekkier. Nakkestivhed: let. Neurologisk: Ekspressiv afasi, let hø.-sidig facialisparese af central type, ingen sikker kraftnedsættelse i ekstremiteterne. Pupiller ens og lysreagerende. Bidemærke i tungen.

Paraklinik:
CRP 18, leuko 9,8. Na 131. Kreatinin 72. Glukose 7,2.
CT-cerebrum: Ingen blødning, ingen infarkt, diskret hypodensitet ve. temporallap.
Lumbalpunktur: Klar væske, leukocytter 186 x 10^6/L (95 % mononukleære), protein 0,92 g/L, glukose-ratio 0,62, erytrocytter 240. Gramfarvning negativ.
LP-PCR: Herpes simplex virus type 1 POSITIV. VZV-, enterovirus-PCR negative. Bakteriel dyrkning: ingen vækst. Listeria udelukket.
MR-cerebrum (dag 2): T2/FLAIR-hyperintensitet og diffusionsrestriktion i ve. mediale temporallap, insula og gyrus cinguli, enkelte petekkiale blødninger. Forenelig med HSV-encefalitis.
EEG (dag 2): Periodiske lateraliserede epileptiforme udladninger (PLEDs) ve. temporalt, intet non-konvulsivt status epilepticus.

Forløb:
Dag 0: Startet empirisk på meropenem, ampicillin, aciclovir 10 mg/kg x 3 og dexamethason; efter LP-svar (klar væske, lymfocytær pleocytose) dexamethason og antibiotika seponeret, aciclovir fortsat. Startet levetiracetam 1000 mg x 2 efter krampeanfaldet.
Dag 2: Positiv HSV-1 PCR. Aciclovir dosis justeret efter vægt (72 kg), hydrering pga. nefrotoksicitetsrisiko. Ingen nye kramper.
Dag 3-6: Gradvist mere vågen, GCS 15 fra dag 5. Fortsat afasi med ordfindingsbesvær og hukommelsesproblemer for de seneste uger. Kreatinin stabil. Na 131 -> 136 på væskerestriktion.
Dag 7-13: Fysio- og ergoterapeutisk genoptræning. Logopæd tilknyttet, afasien bedres.
Dag 14: Kontrol-LP: HSV-PCR negativ. Aciclovir stoppet efter i alt 21 dage (dag 21).
Dag 15-22: Stabil, ingen kramper. Migræne ej optrådt. Kognitiv screening (MoCA) 22/30 - tydelig bedring fra 15/30 ved dag 6. Ingen tegn på autoimmun (anti-NMDA-receptor) encefalitis efterfølgende; anti-NMDAR-antistof i spinalvæske negativt.
Hun er selvhjulpen i ADL, vil fortsat have brug for genoptræning. Må ikke køre bil i 6 mdr. pga. krampeanfaldet - informeret mundtligt og skriftligt.

Konklusion:
1. Herpes simplex type 1-encefalitis, PCR-verificeret, behandlet med aciclovir i 21 dage.
2. Symptomatiske epileptiske anfald (fokalt med generalisering), i levetiracetambeh.
3. Ekspressiv afasi og kognitive følger i bedring.
4. Hypertension.

Plan:
Levetiracetam 1000 mg x 2 fortsættes mindst 3 mdr. - vurderes ved neurologisk amb.
Genoptræningsplan (specialiseret) udfærdiget, neuropsykologisk undersøgelse om 3 mdr.
Ambulant kontrol i infektionsmedicinsk amb. om 4 uger.
Ved ny feber, hovedpine eller forværring af sprog: genhenvendelse (risiko for post-HSV autoimmun encefalitis).
"""
        ],
        "medications": [
            ("N03AX14", "levetiracetam", "1000 mg x 2"),
            ("C09CA01", "losartan", "50 mg x 1"),
            ("J05AB01", "aciclovir", "10 mg/kg i.v. x 3, afsluttet 24/11"),
        ],
        "labs": [
            (None, "Leukocytter;Csv", 186, "10^6/L", None, 5),
            (None, "Protein;Csv", 0.92, "g/L", 0.15, 0.5),
            ("NPU03429", "Natrium;P", 131, "mmol/L", 137, 145),
            ("NPU19748", "C-reaktivt protein;P", 18, "mg/L", None, 8),
        ],
        "codes": [("DB004", "A"), ("DI109", "B")],
        "evidence": [
            ("DB004", "Herpes simplex type 1-encefalitis, PCR-verificeret"),
            ("DB004", "Forenelig med HSV-encefalitis"),
            ("DB004", "LP-PCR: Herpes simplex virus type 1"),
            ("DI109", "HT i beh. med losartan"),
        ],
        "distractors": [
            ("DG309", "Mor døde af Alzheimers sygdom", "family"),
            ("DG439", "Hun har haft migræne siden ungdommen", "history"),
            ("DG419", "intet non-konvulsivt status epilepticus", "negated"),
            ("DA870", "enterovirus-PCR negative", "negated"),
            ("DG042", "Bakteriel dyrkning: ingen vækst", "negated"),
            ("DG048D", "Ingen tegn på autoimmun (anti-NMDA-receptor) encefalitis", "negated"),
            ("DI619", "Ingen blødning", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW7-09",
        "department": "Neurokirurgisk afdeling",
        "specialty": "neurokirurgi",
        "patient": {"age": 39, "sex": "M"},
        "admission": {"start": "2025-06-12", "end": "2025-06-16"},
        "notes": [
            """Epikrise

39-årig mand, lagerarbejder, overflyttet akut fra FAM kl. 02.10 med mistanke om cauda equina-syndrom.

Kendt med lændesmerter og venstresidig iskias i 3 uger, set af e.l., beh. med paracetamol og tramadol. Ikke tidl. rygopereret. Astma i barndommen, ingen medicin nu. Ingen cancer i anamnesen.
Aftenen før indl. efter et løft pludselig forværring med smerter i begge ben, føleforstyrrelse "i skridtet" når han tørrer sig efter toiletbesøg og besvær med at starte vandladningen, skal presse. Afføring normal. Ingen feber.

Obj.: Lasègue ve. 30 grader, hø. 50 grader. Kraft: ve. dorsalfleksion af fod og storetå 3/5, plantarfleksion 4/5, hø. 5/5. Achillesrefleks ophævet bilat. Nedsat sensibilitet perianalt og på indersiden af lårene bilat. (sadelanæstesi), mest udtalt ve. Nedsat analsfinktertonus, bevaret viljestyret knib. Blærescanning efter vandladning: resturin 180 ml - ikke retention.

MR-lumbalcolumna kl. 01.30: Stor central og venstresidig sekvestreret diskusprolaps L4/L5 med svær kompression af durasækken og cauda equina-rødderne. Ingen tumor, ingen spondylodiscitis.

Diagnose: Inkomplet cauda equina-syndrom (CES-I) forårsaget af stor diskusprolaps L4-L5.

Beh.: Akut operation kl. 04.15 (se operationsbeskrivelse).

Forløb: Postoperativt markant bedring i bensmerterne. Dag 1: Kraft ve. dorsalfleksion 4/5. Sensibilitet perianalt bedret, men ikke normaliseret. Spontan vandladning, resturin 40-60 ml x 3. Mobiliseret med fysioterapeut. Ingen tegn på sårinfektion. Ingen liquorlækage.
Tramadol udtrappet, paracetamol + ibuprofen kortvarigt.

Plan: Udskrives dag 4. Sygemeldt 6 uger, ingen løft > 5 kg i 6 uger. Kontrol i neurokir. amb. om 6 uger med vurdering af blære- og sexualfunktion. Ved tiltagende vandladningsbesvær: henvend akut. Sutur fjernes hos e.l. dag 12.
""",
            (
                "operationsbeskrivelse",
                """Operationsbeskrivelse

Indikation: Inkomplet cauda equina-syndrom ved sekvestreret diskusprolaps L4/L5 central og ve.
Operation: Akut mikrokirurgisk dekompression med bilateral fenestration L4/L5 og diskektomi via ve.-sidig adgang.
Anæstesi: Generel. Leje: Knæ-albue-leje.

Gennemlysning bekræfter niveau L4/L5. Midtlinjeincision ca. 5 cm. Muskulaturen skubbes subperiostalt til side bilat. Hemilaminektomi ve. L4 og partiel hø., flavum fjernes. Durasækken findes spændt. Under mikroskop identificeres en stor, sekvestreret prolapsmasse centralt og til ve. under L5-roden og durasækken. Sekvestret fjernes i flere stykker, i alt ca. 3 x 2 cm. Yderligere løst diskusmateriale fjernes fra diskusrummet. Herefter er durasækken og begge L5-rødder frie og pulserende. Ingen duralæsion. Hæmostase med bipolær og Floseal. Lukning lagvis, intrakutan sutur i huden. Ingen dræn.

Præparat til patologi: diskusvæv.
Postoperativt: Mobiliseres efter smerter dag 0. Neurologisk status hver 4. time første døgn.
""",
            ),
        ],
        "medications": [
            ("N02BE01", "paracetamol", "1 g x 4"),
            ("M01AE01", "ibuprofen", "400 mg x 3 i 5 dage"),
        ],
        "labs": [
            ("NPU19748", "C-reaktivt protein;P", 3, "mg/L", None, 8),
            ("NPU02319", "Hæmoglobin;B", 9.4, "mmol/L", 8.3, 10.5),
        ],
        "codes": [("DG834", "A"), ("DM511D", "B")],
        "evidence": [
            ("DG834", "Inkomplet cauda equina-syndrom (CES-I)"),
            ("DG834", "(sadelanæstesi)"),
            ("DG834", "Inkomplet cauda equina-syndrom ved sekvestreret diskusprolaps", None, 1),
            ("DM511D", "stor diskusprolaps L4-L5"),
            ("DM511D", "Stor central og venstresidig sekvestreret diskusprolaps L4/L5"),
            ("DM511D", "venstresidig iskias i 3 uger"),
        ],
        "distractors": [
            ("DG834A", "ikke retention", "negated"),
            ("DJ459", "Astma i barndommen", "history"),
            ("DM464", "ingen spondylodiscitis", "negated"),
            ("DT814", "Ingen tegn på sårinfektion", "negated"),
            ("DG968", "Ingen liquorlækage", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW7-10",
        "department": "Ortopædkirurgisk afdeling",
        "specialty": "ortopædkirurgi",
        "patient": {"age": 84, "sex": "F"},
        "admission": {"start": "2025-02-02", "end": "2025-02-13"},
        "notes": [
            """Epikrise – Ortopædkirurgisk afd.

Indl.: Fald i hjemmet, smerter i ve. lår, kan ikke støtte.

84-årig kvinde, bor alene i lejlighed, hjemmehjælp 1 x ugl. Cementeret total hoftealloplastik ve. 2011 pga. artrose, velfungerende. Kendt osteoporose (DXA 2022 T-score -3,1 i columna), beh. med alendronat + calcium/D-vit. Hypothyreose i levothyroxinbeh. Tidl. Colles-fraktur hø. 2019. Ingen demens.
Gled på badeværelsesgulvet, faldt om på ve. side. Ikke bevidstløs, ingen forudgående svimmelhed eller brystsmerter.

Obj.: Ve. ben forkortet og udadroteret, hævet og ømt midt på låret. Distal puls og sensibilitet ua. Huden hel.
Rtg. ve. femur + bækken: Spiralfraktur af femurskaftet omkring spidsen af protesestammen (Vancouver B1), stammen vurderes fast, ingen osteolyse, ingen tegn på løsning af protesen. Acetabulumkomponent ua.

Beh.: Opereret dag 1: åben reposition og osteosyntese med lang låseskinne og cerclager, stammen bevaret. Postop. rtg. tilfredsstillende.
Forløb: Hb 7,6 postop., ingen transfusion. Klar og orienteret hele forløbet, ingen postoperativ delir. Mobiliseret med gangstativ, delvis vægtbæring 6 uger. Geriatrisk team: faldudredning, ortostatisk BT normal. EKG sinusrytme. Pt. ønsker aflastningsplads.
Osteoporose: Alendronat trods beh. - fraktur under beh. - skift til zoledronsyre overvejes i osteoporoseamb.

Diagn.: Periprostetisk femurskaftfraktur ve. (Vancouver B1) efter fald. Osteoporose. Hypothyreose.

Plan: Aflastningsplads 3 uger. Rtg. kontrol + amb. kontrol om 6 uger. Fragmin 5000 IE x 1 i 4 uger. Henvist til osteoporoseamb.
"""
        ],
        "medications": [
            ("M05BA04", "alendronat", "70 mg 1 x ugentlig"),
            ("A12AX", "calcium + D-vitamin", "1 tablet x 2"),
            ("H03AA01", "levothyroxin", "75 mikrogram x 1"),
            ("B01AB04", "dalteparin (Fragmin)", "5000 IE s.c. x 1 i 4 uger"),
        ],
        "labs": [
            ("NPU02319", "Hæmoglobin;B", 7.6, "mmol/L", 7.3, 9.5),
            (None, "25-Hydroxy-vitamin D;P", 64, "nmol/L", 50, None),
        ],
        "codes": [("DS723", "A"), ("DM966", "B"), ("DZ966A", "B"), ("DM810", "B"), ("DE039", "B")],
        "evidence": [
            ("DS723", "Spiralfraktur af femurskaftet"),
            ("DS723", "Periprostetisk femurskaftfraktur ve."),
            ("DM966", "omkring spidsen af protesestammen (Vancouver B1)"),
            ("DM966", "Periprostetisk femurskaftfraktur ve. (Vancouver B1)"),
            ("DZ966A", "Cementeret total hoftealloplastik ve. 2011"),
            ("DM810", "Kendt osteoporose (DXA 2022 T-score -3,1 i columna)"),
            ("DM810", "Osteoporose.", "Diagn.:"),
            ("DE039", "Hypothyreose i levothyroxinbeh."),
        ],
        "distractors": [
            ("DT840A", "ingen tegn på løsning af protesen", "negated"),
            ("DS525", "Tidl. Colles-fraktur hø. 2019", "history"),
            ("DF03", "Ingen demens", "negated"),
            ("DR55", "Ikke bevidstløs", "negated"),
            ("DF059", "ingen postoperativ delir", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW7-11",
        "department": "Kirurgisk afdeling",
        "specialty": "kirurgi",
        "patient": {"age": 72, "sex": "M"},
        "admission": {"start": "2025-03-03", "end": "2025-03-15"},
        "notes": [
            """Epikrise – Kirurgisk afdeling, øvre GI

Indl.: Opkastninger og vægttab.

72-årig mand, gårdejer. 3 mdr. med appetitløshed, tidlig mæthed og siden 3 uger opkastninger af ufordøjet mad flere timer efter måltider, kan næsten ikke holde noget i sig. Vægttab 14 kg (fra 82 til 68 kg) på 3 mdr. Ingen hæmatemese eller melæna. Ikke tidl. mavesår. St.p. blindtarmsoperation som barn. Kendt med AFLI i beh. med edoxaban. Tidl. ryger, stoppet 2010. Far døde af tyktarmskræft.

Obj.: Afmagret, tør. Vægt 68 kg, BMI 21. Abd.: udspilet i epigastriet, klukke-/plaskelyd over ventriklen, palpabel udfyldning i epigastriet. Ingen ascites. Ingen palpable lymfeknuder supraklavikulært.

Paraklinik: Hb 6,8, MCV 78, ferritin 11. Albumin 27. K 3,1, klorid 88, bikarbonat 33 (hypokloræmisk metabolisk alkalose). Kreatinin 118.

Forløb: Ventrikelsonde, 2,5 liter stase. Væske og elektrolytkorrektion, K-tilskud i.v. Gastroskopi dag 2 (efter aspiration): Ulcererende, stenoserende tumor i antrum, som ikke kan passeres med skopet. Biopsi: Adenokarcinom, intestinal type, HER2 negativ.
CT thorax/abdomen: Tumor i antrum ventriculi med fortykket væg over 6 cm og regionale lymfeknuder ved curvatura minor, ingen levermetastaser, ingen ascites, ingen lungemetastaser. cT3N1M0.
Diagnostisk laparoskopi dag 6: ingen peritoneal karcinose, skyllevæske cytologi negativ.
Ernæring: Vurderet svært underernæret (NRS-2002 score 5). Startet parenteral ernæring via PICC-line, langsom optrapning pga. refeeding-risiko; fosfat faldt til 0,5 og blev substitueret. Dag 9 anlagt duodenal stent endoskopisk, herefter flydende kost tolereret.
MDT-konference dag 10: Kurativt sigte, perioperativ FLOT-kemoterapi x 4 efterfulgt af gastrektomi.
AFLI: Edoxaban pauseret til laparoskopi og stent, genoptaget dag 11. Frekvens 70-90 på bisoprolol.

Konklusion:
1. Adenokarcinom i antrum ventriculi, cT3N1M0, med ventrikelretention/gastric outlet obstruction, behandlet med duodenal stent.
2. Svær underernæring med vægttab 14 kg.
3. Jernmangelanæmi.
4. Atrieflimren i AK-beh.

Plan: Onkologisk amb. om 1 uge mhp. FLOT. Diætist følger op, sondemadstilskud. Jerninfusion givet dag 11, Hb kontrol ved onkologisk start.
"""
        ],
        "medications": [
            ("B01AF03", "edoxaban", "60 mg x 1"),
            ("C07AB07", "bisoprolol", "5 mg x 1"),
            ("A02BC02", "pantoprazol", "40 mg x 2"),
            ("B03AC", "jerncarboxymaltose", "1 g i.v. givet 13/3"),
        ],
        "labs": [
            ("NPU02319", "Hæmoglobin;B", 6.8, "mmol/L", 8.3, 10.5),
            (None, "Albumin;P", 27, "g/L", 36, 48),
            ("NPU03230", "Kalium;P", 3.1, "mmol/L", 3.5, 4.6),
            (None, "Ferritin;P", 11, "µg/L", 30, 300),
        ],
        "codes": [("DC163", "A"), ("DK311A", "B"), ("DE43", "B"), ("DD509", "B"), ("DI489B", "B")],
        "evidence": [
            ("DC163", "Adenokarcinom i antrum ventriculi, cT3N1M0"),
            ("DC163", "stenoserende tumor i antrum"),
            ("DK311A", "ventrikelretention/gastric outlet obstruction"),
            ("DK311A", "2,5 liter stase"),
            ("DE43", "Svær underernæring med vægttab 14 kg"),
            ("DE43", "Vurderet svært underernæret"),
            ("DD509", "Jernmangelanæmi."),
            ("DD509", "ferritin 11"),
            ("DI489B", "Atrieflimren i AK-beh."),
            ("DI489B", "Kendt med AFLI i beh. med edoxaban"),
        ],
        "distractors": [
            ("DC787", "ingen levermetastaser", "negated"),
            ("DC786", "ingen peritoneal karcinose", "negated"),
            ("DC189", "Far døde af tyktarmskræft", "family"),
            ("DK37", "St.p. blindtarmsoperation som barn", "history"),
            ("DK922", "Ingen hæmatemese eller melæna", "negated"),
            ("DK259", "Ikke tidl. mavesår", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW7-12",
        "department": "Obstetrisk afdeling",
        "specialty": "obstetrik",
        "patient": {"age": 31, "sex": "F"},
        "admission": {"start": "2025-07-08", "end": "2025-07-12"},
        "notes": [
            """Epikrise – Fødeafdelingen

31-årig 2-gravida 1-para, GA 34+2. Tidl. ukompliceret vaginal fødsel 2021. Graviditeten ukompliceret indtil nu, normale nakkefoldsscanning og misdannelsesscanning. Ingen præeklampsi, BT 124/78 ved jordemoder i uge 33. Ryger ikke. Ingen AK-beh.
Indkommer kl. 22.40 med pludseligt indsættende konstante mavesmerter og sparsom mørk vaginalblødning siden kl. 21.30. Mærker mindre liv.

Obj.: Smerteforpint. BT 132/84, P 108. Uterus hård og øm, tonisk, ingen klare veer. Ca. 150 ml mørkt blod i bind. CTG: basisfrekvens 165, nedsat variabilitet, gentagne sene decelerationer - patologisk CTG. UL: levende foster i hovedstilling, placenta på forvæggen, ikke forliggende, retroplacentært hæmatom ca. 6 x 4 cm.
Blodprøver: Hb 7,4, trombocytter 188, fibrinogen 3,1, APTT og INR normale - ingen koagulopati.

Konkl.: Abruptio placentae, partiel, med truende fosterasfyksi. Beslutning om akut kejsersnit (grad 1) kl. 22.58.

Forløb: Akut sectio i spinal anæstesi, barnet født kl. 23.09 (se operationsbeskrivelse). Pige, 2.410 g, Apgar 6/8/10, navlesnors-pH 7,14. Overflyttet til neonatalafsnit til observation pga. præmaturitet.
Peroperativt blødningstab 900 ml. Hb postop. 6,4 -> 6,6 næste dag, ikke transfunderet, jern p.o. Ingen feber. Mobiliseret dag 1. Ammer/malker ud til barnet på neonatal.
Anti-D ikke indiceret (Rh-pos).

Diagnoser: Abruptio placentae partiel uden koagulationsforstyrrelse. Præterm fødsel uge 34+2 ved akut kejsersnit før veer. Et levendefødt barn.

Plan: Udskrives til barnet på neonatal (medindlæggelse). Kontrol hos e.l. 8 uger. Fragmin i 10 dage.
""",
            (
                "operationsbeskrivelse",
                """Operationsbeskrivelse – akut kejsersnit (grad 1)

Indikation: Abruptio placentae og patologisk CTG, GA 34+2.
Anæstesi: Spinal. Blærekateter.
Pfannenstiel-incision. Fascien spaltes transverselt, rectusmusklerne adskilles. Peritoneum åbnes. Nedre uterinsegment incideres transverselt. Fostervandet blodtinget. Barnet udtages fra hovedstilling kl. 23.09, afnavles efter 30 sek. og overgives til pædiater. Placenta udtages manuelt: ca. 1/3 af placenta løsnet med adhærente koagler på maternelle side, i alt ca. 400 ml koagler. Uterus tømt og eksploreret. Ingen Couvelaire-uterus. Uterus kontraherer sig godt efter oxytocin 5 IE i.v. + infusion. Uterus lukkes i 2 lag. Adnexa normale. Lagvis lukning, intrakutan sutur.
Blødning i alt 900 ml. Ukompliceret.
""",
            ),
        ],
        "medications": [
            ("B01AB04", "dalteparin (Fragmin)", "5000 IE s.c. x 1 i 10 dage"),
            ("B03AA07", "ferrosulfat", "100 mg x 1"),
            ("N02BE01", "paracetamol", "1 g x 4"),
        ],
        "labs": [
            ("NPU02319", "Hæmoglobin;B", 6.4, "mmol/L", 7.3, 9.5),
            ("NPU03568", "Trombocytter;B", 188, "10^9/L", 145, 390),
            (None, "Fibrinogen;P", 3.1, "g/L", 2.0, 4.0),
        ],
        "codes": [("DO452", "A"), ("DO821A", "B"), ("DO603", "B"), ("DZ370", "B"), ("DO990A", "B")],
        "evidence": [
            ("DO452", "Abruptio placentae partiel uden koagulationsforstyrrelse"),
            ("DO452", "Abruptio placentae, partiel, med truende fosterasfyksi"),
            ("DO452", "retroplacentært hæmatom ca. 6 x 4 cm"),
            ("DO821A", "akut kejsersnit før veer"),
            ("DO821A", "Akut sectio i spinal anæstesi"),
            ("DO603", "Præterm fødsel uge 34+2"),
            ("DZ370", "Et levendefødt barn"),
            ("DO990A", "Hb postop. 6,4 -> 6,6 næste dag, ikke transfunderet, jern p.o."),
        ],
        "distractors": [
            ("DO149", "Ingen præeklampsi", "negated"),
            ("DO450", "ingen koagulopati", "negated"),
            ("DO440", "ikke forliggende", "negated"),
            ("DO458", "Ingen Couvelaire-uterus", "negated", None, 1),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW7-13",
        "department": "Gynækologisk afdeling",
        "specialty": "gynækologi",
        "patient": {"age": 33, "sex": "F"},
        "admission": {"start": "2025-09-17", "end": "2025-09-18"},
        "notes": [
            """Epikrise – Gynækologisk dagkirurgi/sengeafsnit

33-årig kvinde, 0-para, indlagt planlagt til laparoskopisk cystektomi.

Baggrund: Mange års svære menstruationssmerter og dyspareuni, sidste år tiltagende smerter mellem menstruationerne. Forsøgt p-piller i forlænget regime med delvis effekt. TVUS i amb. viste 6 cm cyste i ve. ovarie med "ground glass"-ekko, typisk for endometriom. CA-125 58. Ingen tegn på malignitet ved UL (IOTA simple rules: benign). Ønsker graviditet inden for 1-2 år, AMH 14 pmol/L. Ingen dybe endometriose-knuder palpable ved GU, ingen tarmsymptomer. Tidl. klamydia behandlet 2012. Mor havde fibromer, hysterektomeret.

Operation 17/9: Laparoskopisk cystektomi ve. ovarie samt excision af peritoneal endometriose (se operationsbeskrivelse).

Forløb: Ukompliceret. Mobiliseret samme aften, spontan vandladning, smerter velbehandlet med paracetamol og ibuprofen. Udskrevet dag 1.

Diagnoser: Endometriom i ve. ovarie (chokoladecyste). Peritoneal endometriose i fossa ovarica ve. og på sacrouterine ligament ve.

Plan: Histologi svares ved tlf.-konsultation om 2 uger. Dienogest 2 mg dagligt fremover for at nedsætte risiko for recidiv, indtil graviditetsønske. Kontrol-UL om 6 mdr. Henvises til fertilitetsklinik til rådgivning pga. lav AMH. Sygemeldt 1 uge.
""",
            (
                "operationsbeskrivelse",
                """Operationsbeskrivelse

Indikation: Endometriom ve. ovarie 6 cm, dysmenoré.
Operation: Laparoskopisk cystektomi ve. ovarie. Excision af peritoneal endometriose.
Anæstesi: Generel. Antibiotikaprofylakse ikke givet.

Pneumoperitoneum via umbilicus, 3 porte. Oversigt: Uterus normalstor, glat, ingen fibromer. Ve. ovarie forstørret af ca. 6 cm cyste, adhærent til fossa ovarica og bagfladen af lig. latum. Hø. ovarie og begge tubae normale. Blåfarvede og sorte endometrioseforandringer på peritoneum i ve. fossa ovarica og på ve. lig. sacrouterinum, de største 8 mm. Fossa Douglasi fri, ingen obliteration. Appendix normal. Diafragma og lever glatte. Ingen tegn på dyb infiltrerende endometriose i rectovaginale septum.
Ovariet frigøres. Cysten rumperer under frigørelsen med chokoladefarvet indhold, som suges op og der skylles rigeligt. Cystevæggen strippes af fra ovariet med traktion/kontratraktion, sparsom bipolær hæmostase for at skåne ovarievævet. Peritoneale foci excideres med saks. Cystevæg og peritoneale foci i endobag til histologi. Skylning, tør til sidst. Fascie i umbilicus lukkes, hudsutur.
Blødning 50 ml. Ukompliceret.
""",
            ),
        ],
        "medications": [
            ("G03DB08", "dienogest", "2 mg x 1"),
            ("N02BE01", "paracetamol", "1 g x 4 ved behov"),
            ("M01AE01", "ibuprofen", "400 mg x 3 ved behov"),
        ],
        "labs": [
            (None, "CA-125;P", 58, "kU/L", None, 35),
            (None, "Anti-Müller-hormon;P", 14, "pmol/L", None, None),
            ("NPU02319", "Hæmoglobin;B", 8.1, "mmol/L", 7.3, 9.5),
        ],
        "codes": [("DN801", "A"), ("DN803", "B")],
        "evidence": [
            ("DN801", "Endometriom i ve. ovarie (chokoladecyste)"),
            ("DN801", "typisk for endometriom"),
            ("DN801", "Endometriom ve. ovarie 6 cm", None, 1),
            ("DN803", "Peritoneal endometriose i fossa ovarica ve."),
            ("DN803", "endometrioseforandringer på peritoneum i ve. fossa ovarica", None, 1),
        ],
        "distractors": [
            ("DN804A", "Ingen tegn på dyb infiltrerende endometriose i rectovaginale septum", "negated", None, 1),
            ("DD259", "Mor havde fibromer", "family"),
            ("DA568", "Tidl. klamydia behandlet 2012", "history"),
            ("DC56", "Ingen tegn på malignitet", "negated"),
            ("DN807A", "Diafragma og lever glatte", "negated", None, 1),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW7-14",
        "department": "Neonatalafsnit",
        "specialty": "neonatologi",
        "patient": {"age": 0, "sex": "M"},
        "admission": {"start": "2025-10-02", "end": "2025-10-13"},
        "notes": [
            """Epikrise – Neonatalafsnittet

Drengebarn, født 2/10 kl. 08.12 i GA 35+1 ved planlagt igangsat vaginal fødsel pga. moderens diabetes og stor fostervækst.
Mor: 29 år, type 1-diabetes siden 12-årsalderen, insulinpumpe, HbA1c i 3. trimester 56 mmol/mol. GBS-negativ. Ingen feber under fødslen. Vandafgang 4 timer før fødslen.
Fødselsvægt 3.420 g (> 90. percentil for GA), længde 49 cm, hovedomfang 34 cm. Apgar 9/10/10.

Indl. på neonatal lige efter fødslen pga. præmaturitet og maternel diabetes.
Obj.: Plethorisk, stor, velbefindende præmatur dreng. Ingen respirationsbesvær, ingen grunting. Hjerte: ingen mislyd. Ingen misdannelser. Hofter stabile.

Forløb:
BS 1 time postpartum 1,4 mmol/L, ved 2 timer 1,8 trods amning/tilmad - uden kliniske symptomer, ingen kramper. Startet i.v. glukose 10 % 60 ml/kg/døgn, herefter BS 2,6-4,2. Gradvis overgang til sondemad og amning, i.v. glukose seponeret dag 3. BS stabile > 2,6 fra dag 4.
Ikterus fra dag 2. Total bilirubin dag 3: 248 µmol/L, over lysgrænsen for GA 35 uger. Blodtype mor O pos, barn A pos, DAT negativ - ingen immunisering. Lysbehandling dag 3-5, max bilirubin 262. Rebound dag 7: 198, ingen yderligere lys.
Ekkokardiografi dag 2 pga. IDM: let septumhypertrofi uden obstruktion, ingen hjertefejl. Hæmatokrit 0,62 - ikke polycytæmi der kræver behandling. Calcium og magnesium normale.
Ingen tegn på infektion, CRP < 5, ingen antibiotika.
Ernæring: Sondemad aftrappet dag 8, fuld amning + supplement fra dag 9. Vægt ved udskrivelsen 3.310 g.

Konklusion: Præmatur dreng GA 35+1, barn af mor med type 1-diabetes, stor for gestationsalderen, med neonatal hypoglykæmi behandlet med i.v. glukose samt præmaturitetsikterus behandlet med lys.

Plan: Udskrives til hjemmet. Sundhedsplejerske. Vejning og bilirubin-kontrol ved ambulant besøg om 3 dage. Kontrol-ekko om 3 mdr. Hørescreening udført: normal.
"""
        ],
        "medications": [],
        "labs": [
            (None, "Glukose;P", 1.4, "mmol/L", 2.6, None),
            ("NPU01370", "Bilirubiner;P", 262, "µmol/L", None, None),
            (None, "Hæmatokrit;B", 0.62, None, 0.45, 0.65),
            ("NPU19748", "C-reaktivt protein;P", 4, "mg/L", None, 8),
        ],
        "codes": [("DP701", "A"), ("DP073", "B"), ("DP590", "B")],
        "evidence": [
            ("DP701", "barn af mor med type 1-diabetes"),
            ("DP701", "neonatal hypoglykæmi behandlet med i.v. glukose"),
            ("DP701", "BS 1 time postpartum 1,4 mmol/L"),
            ("DP073", "Præmatur dreng GA 35+1"),
            ("DP073", "født 2/10 kl. 08.12 i GA 35+1"),
            ("DP590", "præmaturitetsikterus behandlet med lys"),
            ("DP590", "Total bilirubin dag 3: 248 µmol/L"),
            ("DP701", "Fødselsvægt 3.420 g (> 90. percentil for GA)"),
        ],
        "distractors": [
            ("DP551", "DAT negativ - ingen immunisering", "negated"),
            ("DP611", "ikke polycytæmi der kræver behandling", "negated"),
            ("DQ249", "ingen hjertefejl", "negated"),
            ("DP369", "Ingen tegn på infektion", "negated"),
            ("DP220", "Ingen respirationsbesvær", "negated"),
            ("DP90", "ingen kramper", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW7-15",
        "department": "Psykiatrisk afdeling",
        "specialty": "psykiatri",
        "patient": {"age": 66, "sex": "F"},
        "admission": {"start": "2025-01-08", "end": "2025-03-04"},
        "notes": [
            """Epikrise – Psykiatrisk afdeling, afsnit for affektive lidelser

Indlæggelsesgrundlag: Frivillig indlæggelse via akutmodtagelsen, henvist af e.l. pga. svær depression, ophørt med at spise og drikke.

Anamnese:
66-årig kvinde, pensioneret folkeskolelærer, gift. Kendt med periodisk depression siden 1998 med i alt 3 tidligere episoder, heraf én indlæggelse 2016 (moderat-svær, remitteret på sertralin). Ingen tidl. mani eller hypomani. Kendt med hypothyreose i levothyroxinbeh. Brystkræft 2010, opereret og strålebehandlet, erklæret rask. Ingen misbrug. Moster begik selvmord.
Seponerede selv sertralin for 1 år siden, da hun havde det godt. Siden oktober tiltagende nedtrykthed, tab af lyst og energi, søvnforstyrrelse med tidlig opvågnen kl. 03. Sidste 3 uger spist og drukket meget lidt, tabt 6 kg. Ifølge ægtefællen har hun sagt, at hun "er rådden indvendig", at hendes tarme er holdt op med at virke, og at hun har ødelagt familiens økonomi og skal i fængsel - hvilket ikke er tilfældet.

Psykisk status ved indl.:
Vågen, klar, orienteret. Psykomotorisk hæmmet, sparsom mimik, lav stemme, lange latenstider. Stemningslejet svært sænket. Nihilistiske og skyldprægede vrangforestillinger (tarmene er rådnet, hun har ruineret familien), stemningskongruente. Ingen hallucinationer. Passive dødsønsker, "det er bedre at jeg er væk", men ingen aktuelle selvmordsplaner eller -forsøg. HAM-D 6: 16.

Somatisk: Tør, vægt 54 kg. BT 108/66. Kreatinin 98 (habituelt 64), Na 146. TSH 3,2. EKG: normal, QTc 428 ms.

Forløb:
Uge 1: Rehydreret med i.v. væske, kreatinin normaliseret. Startet sertralin, øget til 150 mg, og olanzapin 5 mg -> 10 mg til natten. Ringe effekt, fortsat minimal fødeindtagelse.
Uge 2: Pga. psykotisk depression med nedsat væske- og fødeindtag vurderet indiceret til ECT. Informeret samtykke. Somatisk vurdering og anæstesivurdering: ingen kontraindikationer.
Uge 2-6: 12 bifrontotemporale ECT-behandlinger (3 x ugentligt). Fra 5. behandling spiser og drikker hun, vrangforestillingerne aftog og var væk efter 8. behandling. Forbigående hukommelsesbesvær for behandlingsdagene. HAM-D 6 ved afslutning: 3.
Uge 7-8: Stabil, permission hjemme 2 weekender uden problemer. Olanzapin reduceret til 5 mg. Vægt 57 kg.
Ingen tegn på demens ved MMSE 29/30 efter endt ECT.

Konklusion:
Periodisk depression, aktuelt svær depressiv episode med stemningskongruente psykotiske symptomer (nihilistiske og skyldprægede vrangforestillinger), remitteret på ECT. Hypothyreose, velbehandlet.

Plan:
Sertralin 150 mg og olanzapin 5 mg fortsættes; olanzapin forsøges udtrappet efter 6 mdr. Vedligeholdelses-ECT drøftet, ikke aktuelt. Opfølgning i affektiv klinik, første tid om 2 uger. Kriseplan udleveret. Egen læge: vægt, glukose og lipider pga. olanzapin.
"""
        ],
        "medications": [
            ("N06AB06", "sertralin", "150 mg x 1"),
            ("N05AH03", "olanzapin", "5 mg til natten"),
            ("H03AA01", "levothyroxin", "100 mikrogram x 1"),
        ],
        "labs": [
            ("NPU18016", "Kreatinin;P", 98, "µmol/L", 45, 90),
            ("NPU03429", "Natrium;P", 146, "mmol/L", 137, 145),
            (None, "Thyrotropin;P", 3.2, "mIU/L", 0.3, 4.0),
        ],
        "codes": [("DF3330", "A"), ("DE039", "B")],
        "evidence": [
            ("DF3330", "svær depressiv episode med stemningskongruente psykotiske symptomer"),
            ("DF3330", "Nihilistiske og skyldprægede vrangforestillinger"),
            ("DF3330", "Kendt med periodisk depression siden 1998"),
            ("DE039", "Kendt med hypothyreose i levothyroxinbeh."),
            ("DE039", "Hypothyreose, velbehandlet"),
        ],
        "distractors": [
            ("DF319", "Ingen tidl. mani eller hypomani", "negated"),
            ("DC509", "Brystkræft 2010, opereret og strålebehandlet, erklæret rask", "history"),
            ("DF03", "Ingen tegn på demens", "negated"),
            ("DX84", "ingen aktuelle selvmordsplaner eller -forsøg", "negated"),
            ("DZ818", "Moster begik selvmord", "family"),
            ("DF109", "Ingen misbrug", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW7-16",
        "department": "Geriatrisk afdeling",
        "specialty": "geriatri",
        "patient": {"age": 90, "sex": "F"},
        "admission": {"start": "2025-01-13", "end": "2025-01-20"},
        "notes": [
            """Epikrise – Geriatrisk afsnit G2

Indlæggelsesårsag: Tiltagende åndenød, hævede ben og smerter i ve. storetå.

Anamnese: 90-årig kvinde, enke, bor i egen lejlighed med hjemmepleje morgen og aften, går med rollator. Kendt med iskæmisk hjertesvigt med nedsat EF (EF 30 % ved ekko 2023), permanent atrieflimren i AK-beh. med apixaban. St.p. AMI 2016 behandlet med PCI. Tidl. hoftefraktur ve. 2019, opereret, ingen gener i dag. Ingen kendt demens, klarer selv medicinen via dosispakning.
Datteren fortæller, at pt. i ca. 10 dage har fået mere og mere åndenød, sover nu i lænestolen, og benene er "hævet op som pølser". Dårlig appetit, men har drukket meget vand, "fordi munden var så tør". Har selv halveret furosemid, fordi hun ikke kunne nå på toilettet i tide. Siden i forgårs jagende smerter og rødme i ve. storetå, kan ikke have sko eller dyne på.

Obj.: Lettere dyspnøisk i hvile, taler i hele sætninger. BT 142/78, P 96 uregelmæssig, RF 24, SAT 91 % uden ilt, temp. 37,6. St.c.: uregelmæssig rytme, systolisk mislyd 2/6 over apex. St.p.: krepitation basalt bilat. op til scapulavinklen. Halsvenestase. Udtalte pitting-ødemer til midt på lårene. Ve. storetåsgrundled rødt, varmt, hævet og meget ømt. Intet sår på fødderne.
Orienteret i tid, sted og egne data.

Paraklinik: Na 121, K 4,1, kreatinin 118 (habituelt 95), eGFR 36. CRP 48. Leukocytter 9,8. NT-proBNP 8400. Urat 0,61. Troponin T 38, uændret ved gentagelse.
EKG: atrieflimren, frekvens 95, kendt venstresidigt grenblok.
Rtg. thorax: kardiomegali, stasetegn og små bilaterale pleuraekssudater. Ingen infiltrater.

Forløb:
Dag 1: Vurderes som dekompenseret hjertesvigt udløst af selvreduktion i diuretika. Furosemid 80 mg i.v. x 2, væskerestriktion 1 liter, daglig vægt. Ilt 2 l på næsekateter. Hyponatriæmien tolkes som fortyndingshyponatriæmi pga. stort vandindtag og hjertesvigt; ingen neurologiske symptomer, ingen kramper. Ve. storetå vurderet klinisk som podagra, typisk anfald. NSAID undgås pga. hjertesvigt og nyrefunktion, colchicin fravælges pga. alder og eGFR. Startet på prednisolon 25 mg dgl. i 5 dage.
Dag 2: Diurese 2,8 l, vægt -1,6 kg. Na 123. Storetåen mindre øm, kan nu tåle dynen.
Dag 3: Intet iltbehov. Furosemid overgår til p.o. 80 mg morgen + 40 mg middag. Na 126. Let kreatininstigning til 131, accepteres.
Dag 4-5: Fortsat god diurese, samlet vægttab 4,9 kg. Ødemerne nu kun til knæene. Mobiliseret med fysiotepeut, går på gangen med rollator. Na 129. Storetåen næsten upåfaldende.
Dag 6: Ekkokardiografi: EF ca. 30 %, uændret i forhold til 2023, moderat mitralinsufficiens. Intet perikardieekssudat.
Troponinforhøjelsen vurderes som myokardieskade ved dekompensation, ikke mistanke om AKS, ingen dynamik.
Dag 7: Na 131. Vægt stabil. Udskrives til eget hjem med øget hjemmepleje (3 besøg dagligt i 2 uger).

Konklusion:
1. Inkompenseret hjertesvigt med nedsat uddrivningsfraktion (HFrEF), udløst af selvreduceret diuretikabehandling.
2. Hyponatriæmi (Na 121), fortyndingsbetinget, i bedring med væskerestriktion.
3. Akut urinsyregigt i ve. storetå (podagra), behandlet med prednisolon.
4. Permanent atrieflimren, AK-beh. med apixaban fortsættes uændret.

Plan: Furosemid 80 mg morgen + 40 mg middag. Væskerestriktion 1,5 l/døgn. Daglig vægt ved hjemmeplejen, kontakt e.l. ved vægtøgning > 2 kg på 3 dage. Na og kreatinin hos e.l. om 1 uge. Allopurinol overvejes af e.l. når anfaldet er helt overstået. Hjertesvigtsklinikken orienteret, ambulant kontrol om 4 uger.
"""
        ],
        "medications": [
            ("C03CA01", "furosemid", "80 mg morgen + 40 mg middag"),
            ("B01AF02", "apixaban", "2,5 mg x 2"),
            ("C07AB07", "bisoprolol", "2,5 mg x 1"),
            ("C03DA01", "spironolacton", "25 mg x 1"),
            ("H02AB06", "prednisolon", "25 mg x 1 i 5 dage"),
        ],
        "labs": [
            ("NPU03429", "Natrium;P", 121, "mmol/L", 137, 145),
            ("NPU03230", "Kalium;P", 4.1, "mmol/L", 3.5, 4.4),
            ("NPU18016", "Kreatinin;P", 131, "µmol/L", 45, 90),
            ("NPU19748", "C-reaktivt protein;P", 48, "mg/L", None, 8),
            (None, "NT-proBNP;P", 8400, "ng/L", None, 450),
            (None, "Urat;P", 0.61, "mmol/L", 0.15, 0.35),
        ],
        "codes": [("DI501G", "A"), ("DE871A", "B"), ("DM100A", "B"), ("DI489BD", "B")],
        "evidence": [
            ("DI501G", "Inkompenseret hjertesvigt med nedsat uddrivningsfraktion (HFrEF)"),
            ("DI501G", "dekompenseret hjertesvigt"),
            ("DI501G", "EF ca. 30 %"),
            ("DE871A", "Hyponatriæmi (Na 121)"),
            ("DE871A", "fortyndingshyponatriæmi"),
            ("DM100A", "Akut urinsyregigt i ve. storetå (podagra)"),
            ("DM100A", "vurderet klinisk som podagra"),
            ("DI489BD", "Permanent atrieflimren, AK-beh. med apixaban"),
            ("DI489BD", "permanent atrieflimren i AK-beh."),
        ],
        "distractors": [
            ("DS720", "Tidl. hoftefraktur ve. 2019", "history"),
            ("DF039", "Ingen kendt demens", "negated"),
            ("DJ189", "Ingen infiltrater", "negated"),
            ("DI249", "ikke mistanke om AKS", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW7-17",
        "department": "Infektionsmedicinsk afdeling",
        "specialty": "infektionsmedicin",
        "patient": {"age": 67, "sex": "M"},
        "admission": {"start": "2025-02-03", "end": "2025-02-21"},
        "notes": [
            """Epikrise – Infektionsmedicinsk afdeling Q

Indlæggelsesårsag: Feber og svære lændesmerter.

Anamnese: 67-årig mand, pensioneret chauffør. DM2 i tabletbehandling siden 2015, seneste HbA1c 61. HT. Ingen kendt hjerteklapsygdom, ingen pacemaker, ikke i.v.-misbrug. Tidl. diskusprolaps L5-S1 1998, konservativt behandlet. Ryger ikke.
For 3 uger siden en betændt fissur på hælen, som e.l. behandlede med fucidin-creme. Siden ca. 10 dage tiltagende smerter i lænden, nu så slemme at han ikke kan ligge ned. De sidste 4 dage feber op til 39,4 og kulderystelser.

Obj.: Medtaget, svedende. Temp. 39,1, BT 128/70, P 108, RF 20, SAT 96 %. St.c.: ingen mislyd. St.p.: normale forhold. Abd.: blød, uøm. Udtalt bankeømhed over L3-L4, paravertebral muskelspænding. Neurologi: normal kraft og sensibilitet i UE, normale reflekser, ingen ridebukseanæstesi, normal sphincterfunktion. Lille, helet fissur ve. hæl.

Paraklinik: CRP 286, leukocytter 17,4, neutrofile 15,1. Kreatinin 96. BS 16,8. HbA1c 63.
Bloddyrkning x 3 (indlæggelsesdagen): vækst af Staphylococcus aureus i alle flasker, methicillinfølsom.
MR af columna (dag 2): spondylodiscitis L3-L4 med ødem i begge corpora, destruktion af endepladerne og væske i diskusrummet. Lille prævertebral flegmone. Ingen epidural absces, ingen medullær påvirkning.

Forløb:
Dag 1: Bloddyrkninger, herefter empirisk cefuroxim i.v. Insulin efter glukoseskema.
Dag 2: S. aureus i alle bloddyrkninger. Skiftet til dicloxacillin 2 g x 4 i.v. MR som ovenfor.
Dag 3: TTE uden vegetationer. Fortsat feber 38,8.
Dag 5: TEE: ingen tegn på endokarditis, normale klapper. Kontrolbloddyrkninger dag 4 negative.
Dag 6-10: Feberfri fra dag 6. CRP faldende 286 -> 174 -> 98. Smerterne i bedring på paracetamol og morfin, mobiliseret med korset.
Dag 8: Ortopædkirurgisk tilsyn: ingen instabilitet, ingen indikation for operation.
Dag 11: Rifampicin tillagt efter konference med mikrobiolog.
Dag 12-18: Stabil, CRP 41. BS har ligget 10-18 trods metformin; tillagt insulin glargin 10 IE til natten, instrueret af diabetessygeplejerske. Skiftes til p.o. behandling med dicloxacillin 1 g x 4 + rifampicin 450 mg x 2 dag 18.

Konklusion:
1. Spondylodiscitis L3-L4 forårsaget af Staphylococcus aureus (MSSA), uden epidural absces.
2. S. aureus-bakteriæmi med sepsis ved indlæggelsen, indgangsport formentlig fissur på hælen.
3. Type 2-diabetes, dårligt reguleret under infektionen, nu tillagt basalinsulin.
Ingen endokarditis.

Plan: Samlet antibiotisk behandling i 6 uger fra første negative bloddyrkning, dvs. til og med 18/3. Ugentlig CRP og levertal hos e.l. (rifampicin). Ambulant kontrol i infektionsmedicinsk ambulatorium om 2 og 6 uger, ny MR efter endt behandling ved klinisk mistanke. Korset ved mobilisering i 3 mdr. Diabetesambulatoriet følger op på insulinen.
"""
        ],
        "medications": [
            ("J01CF01", "dicloxacillin", "1 g x 4 p.o."),
            ("J04AB02", "rifampicin", "450 mg x 2 p.o."),
            ("A10BA02", "metformin", "1 g x 2"),
            ("A10AE04", "insulin glargin", "10 IE til natten"),
            ("N02BE01", "paracetamol", "1 g x 4"),
        ],
        "labs": [
            ("NPU19748", "C-reaktivt protein;P", 286, "mg/L", None, 8),
            ("NPU02593", "Leukocytter;B", 17.4, "10^9/L", 3.5, 8.8),
            ("NPU27300", "Hæmoglobin A1c;B", 63, "mmol/mol", None, 48),
            ("NPU18016", "Kreatinin;P", 96, "µmol/L", 60, 105),
        ],
        "codes": [("DM463", "A"), ("DA410", "B"), ("DB956", "B"), ("DE119", "B")],
        "evidence": [
            ("DM463", "Spondylodiscitis L3-L4 forårsaget af Staphylococcus aureus"),
            ("DM463", "spondylodiscitis L3-L4 med ødem i begge corpora"),
            ("DA410", "S. aureus-bakteriæmi med sepsis"),
            ("DA410", "vækst af Staphylococcus aureus i alle flasker"),
            ("DB956", "Staphylococcus aureus (MSSA)"),
            ("DE119", "Type 2-diabetes, dårligt reguleret"),
            ("DE119", "DM2 i tabletbehandling"),
        ],
        "distractors": [
            ("DG062A", "Ingen epidural absces", "negated"),
            ("DI330", "ingen tegn på endokarditis", "negated"),
            ("DM511", "Tidl. diskusprolaps L5-S1 1998", "history"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW7-18",
        "department": "Medicinsk afdeling, infektionsmedicinsk sektion",
        "specialty": "infektionsmedicin",
        "patient": {"age": 18, "sex": "M"},
        "admission": {"start": "2025-03-02", "end": "2025-03-05"},
        "notes": [
            """Epikrise

18-årig gymnasieelev, 3.g,, tidl. rask, ingen fast medicin. Indlagt via e.l. med 8 dages feber, ondt i halsen, træthed og de sidste 2 dage gulfarvning af øjnene. Har svært ved at synke piller. Kæresten havde "kyssesyge" for en måned siden.
Fik amoxicillin af vagtlæge for 4 dage siden mod halsbetændelse, stoppet efter 2 dage pga. kløende udslæt.

Obj.: Træt, men upåvirket. Temp 38,6. Let sklerasubikterus. Tonsiller store med grå-hvide belægninger, ingen peritonsillær bule, kan åbne munden normalt. Bløde, ømme lymfeknuder bilat. på halsen, både for- og bagkant af m. sternocleidomastoideus. Makulopapuløst udslæt på truncus, falmende. Abd.: milten palpabel 3 cm under kurvaturen, let øm, leveren 2 cm under kurvaturen.

Paraklinik: Leukocytter 14,2 med 62 % lymfocytter, mange reaktive lymfocytter. Hb 8,7. Trombocytter 118. ALAT 486, basisk fosfatase 212, bilirubin 54, INR 1,1. CRP 22.
EBV VCA IgM positiv, EBNA negativ – frisk EBV-infektion. Hepatitis A, B og C negative. HIV-test negativ. CMV IgM negativ. Streptokok-test negativ.
UL abd.: splenomegali 16,5 cm, homogen, ingen subkapsulær væske. Let forstørret lever med normal ekkostruktur, normale galdeveje, ingen galdesten.

Forløb: Væske i.v. de første 2 døgn, paracetamol fast. Ikke givet steroid, da ingen luftvejsobstruktion. Spiste og drak fint fra dag 2. ALAT faldende til 402, bilirubin 41 ved udskrivelsen. Ingen tegn på leversvigt, INR normal hele vejen.
Udslættet tolkes som det klassiske ampicillin-udslæt ved mononukleose, ikke sikker penicillinallergi.

Konklusion:
1. Mononucleosis infectiosa, EBV-verificeret.
2. Splenomegali (16,5 cm).
3. EBV-hepatitis med let ikterus, i bedring.

Plan: Ingen kontaktsport, styrketræning eller håndbold i mindst 6 uger pga. milten – dette er grundigt forklaret for pt. og mor. Kontrol af levertal og trombocytter hos e.l. om 1 uge. Søg læge akut ved pludselige mavesmerter i ve. side. Ingen alkohol, og paracetamol max 3 g/døgn indtil levertallene er normaliserede.
"""
        ],
        "medications": [
            ("N02BE01", "paracetamol", "1 g x 3"),
        ],
        "labs": [
            ("NPU02593", "Leukocytter;B", 14.2, "10^9/L", 3.5, 8.8),
            ("NPU03568", "Trombocytter;B", 118, "10^9/L", 145, 390),
            ("NPU19651", "Alanintransaminase [ALAT];P", 486, "U/L", 10, 70),
            ("NPU01370", "Bilirubiner;P", 54, "µmol/L", 5, 25),
            ("NPU19748", "C-reaktivt protein;P", 22, "mg/L", None, 8),
        ],
        "codes": [("DB270", "A"), ("DR161A", "B"), ("DK759A", "B")],
        "evidence": [
            ("DB270", "Mononucleosis infectiosa, EBV-verificeret"),
            ("DB270", "EBV VCA IgM positiv"),
            ("DR161A", "Splenomegali (16,5 cm)"),
            ("DR161A", "milten palpabel 3 cm under kurvaturen"),
            ("DK759A", "EBV-hepatitis med let ikterus"),
            ("DK759A", "ALAT 486"),
        ],
        "distractors": [
            ("DJ369", "ingen peritonsillær bule", "negated"),
            ("DT784", "ikke sikker penicillinallergi", "negated"),
            ("DK720", "Ingen tegn på leversvigt", "negated"),
            ("DK802", "ingen galdesten", "negated"),
            ("DB24", "HIV-test negativ", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW7-19",
        "department": "Hæmatologisk afdeling",
        "specialty": "hæmatologi",
        "patient": {"age": 74, "sex": "M"},
        "admission": {"start": "2025-04-07", "end": "2025-04-15"},
        "notes": [
            """Epikrise – Hæmatologisk sengeafsnit X3

Indlæggelsesårsag: Faldende hæmoglobin, træthed og mørk urin.

Anamnese: 74-årig mand, gift, tidl. lærer. B-CLL diagnosticeret 2019 (Binet A, IGHV-umuteret, ingen del(17p)), hidtil watch-and-wait i hæmatologisk ambulatorium. HT behandlet med amlodipin. Prostatahypertrofi, ingen behandling. Tidl. knæalloplastik hø. 2020.
Henvist fra ambulatoriet, hvor Hb ved rutinekontrol var faldet fra 8,1 til 5,4 på 6 uger. Pt. fortæller om 3 ugers tiltagende træthed, forpustet ved to etager, og at urinen om morgenen er "colafarvet". Ingen blødning fra tarm, ingen sort afføring. Ingen B-symptomer, ingen vægttab, ingen nattesved.

Obj.: Bleg, let gullig i sclerae. BT 136/74, P 102, temp. 37,2, SAT 97 %. Små, bløde lymfeknuder på halsen og i aksillerne, max 2 cm. Milten ikke palpabel. St.c./st.p. normale. Ingen petekkier.

Paraklinik: Hb 5,4, MCV 108, retikulocytter 310 (højt), leukocytter 46,2 (lymfocytter 41,8), trombocytter 162. LDH 612, haptoglobin < 0,1, bilirubin 48 (overvejende ukonjugeret). DAT positiv for IgG, C3d negativ. Kuldeagglutininer ikke påvist. Blodudstrygning: sfærocytter, polykromasi, talrige smudge cells. B12 og folat normale. Kreatinin 84.
CT thorax/abdomen: lymfeknuder op til 2,4 cm på halsen, aksiller og retroperitonealt, ingen bulky sygdom, milt 13 cm.

Forløb:
Dag 1: Vurderet som varm autoimmun hæmolytisk anæmi sekundært til CLL. Startet prednisolon 1 mg/kg (80 mg) dgl. Folsyre. Transfunderet 1 portion SAG langsomt (forligelighedsproblemer pga. autoantistof, blodbanken fandt forligeligst blod). Tromboseprofylakse med dalteparin.
Dag 2: Hb 5,9. Ingen transfusionsreaktion.
Dag 3-4: Hb 6,3 -> 6,6. Retikulocytter fortsat høje. Faldende LDH.
Dag 5: Konference: CLL nu behandlingskrævende pga. AIHA uden hurtigt steroidrespons – plan om opstart af behandling med BTK-hæmmer (acalabrutinib) efter udskrivelse. Pt. og hustru informeret. Hepatitis B-serologi negativ, CMV IgG positiv.
Dag 6-7: Hb 7,1. BS op til 14 på prednisolon, ingen kendt diabetes – insulin efter skema, vurderes steroidinduceret hyperglykæmi, kontrolleres. Pantoprazol som ulcusprofylakse.
Dag 8: Hb 7,4, bilirubin 22. Udskrives.

Konklusion:
1. Varm autoimmun hæmolytisk anæmi (DAT IgG-positiv) sekundært til CLL.
2. Kronisk lymfatisk leukæmi af B-celletype, nu behandlingskrævende.
3. Essentiel hypertension, uændret behandling.

Plan: Prednisolon 80 mg dgl. til Hb > 8,0, herefter langsom nedtrapning efter skema fra ambulatoriet. Folsyre 5 mg dgl. Pantoprazol og kalk/D-vitamin under steroidbehandlingen. Pneumocystis-profylakse med sulfamethoxazol/trimethoprim. Kontrol i hæmatologisk ambulatorium om 1 uge med Hb, retikulocytter, LDH, bilirubin og BS; start af acalabrutinib planlægges her. Kontakt afdelingen ved feber over 38,5 eller tiltagende træthed/mørk urin.
"""
        ],
        "medications": [
            ("H02AB06", "prednisolon", "80 mg x 1"),
            ("B03BB01", "folsyre", "5 mg x 1"),
            ("A02BC02", "pantoprazol", "40 mg x 1"),
            ("J01EE01", "sulfamethoxazol/trimethoprim", "400/80 mg x 1"),
            ("C08CA01", "amlodipin", "5 mg x 1"),
        ],
        "labs": [
            ("NPU02319", "Hæmoglobin;B", 5.4, "mmol/L", 8.3, 10.5),
            ("NPU02593", "Leukocytter;B", 46.2, "10^9/L", 3.5, 8.8),
            (None, "Laktatdehydrogenase;P", 612, "U/L", 105, 205),
            (None, "Haptoglobin;P", 0.1, "g/L", 0.3, 2.0),
            ("NPU01370", "Bilirubiner;P", 48, "µmol/L", 5, 25),
            ("NPU03568", "Trombocytter;B", 162, "10^9/L", 145, 390),
        ],
        "codes": [("DD591", "A"), ("DC911", "B"), ("DI109", "B"), ("DR739", "B")],
        "evidence": [
            ("DD591", "Varm autoimmun hæmolytisk anæmi (DAT IgG-positiv)"),
            ("DD591", "varm autoimmun hæmolytisk anæmi sekundært til CLL"),
            ("DD591", "haptoglobin < 0,1"),
            ("DC911", "Kronisk lymfatisk leukæmi af B-celletype"),
            ("DC911", "B-CLL diagnosticeret 2019"),
            ("DI109", "Essentiel hypertension"),
            ("DI109", "HT behandlet med amlodipin"),
            ("DR739", "steroidinduceret hyperglykæmi"),
            ("DR739", "BS op til 14 på prednisolon"),
        ],
        "distractors": [
            ("DD591A", "Kuldeagglutininer ikke påvist", "negated"),
            ("DK921", "ingen sort afføring", "negated"),
            ("DE119", "ingen kendt diabetes", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW7-20",
        "department": "Onkologisk afdeling",
        "specialty": "onkologi",
        "patient": {"age": 63, "sex": "M"},
        "admission": {"start": "2025-05-12", "end": "2025-05-17"},
        "notes": [
            """Epikrise – Onkologisk sengeafsnit

Indl. årsag: Hævelse af ansigt og hals, åndenød.

Anamnese: 63-årig mand, aktiv ryger (45 pakkeår), KOL let, kun ventolin p.n. Udredt på lungemedicinsk afd. for 3 uger siden: småcellet lungekræft i hø. overlap med store mediastinale lymfeknudemetastaser (paratrakeale og subkarinale), cT2N2M0, begrænset sygdom. Ingen fjernmetastaser på PET-CT, MR cerebrum uden metastaser. Skulle have startet kemoradioterapi i næste uge.
Siden 5 dage hævelse i ansigtet, værst om morgenen, stram skjortekrave, tunge fornemmelse i hovedet når han bukker sig, tiltagende åndenød. Ingen synkebesvær, ingen stridor.

Obj.: Plethorisk, ødematøst ansigt og hals, ødem af hø. arm. Udvidede subkutane vener over forreste brystvæg. RF 22, SAT 94 %, BT 148/88, P 98. Ingen stridor. Neurologisk upåfaldende, ingen hovedpine.

CT thorax m. kontrast: tumor hø. overlap 5 cm, konglomerat af mediastinale lymfeknuder der komprimerer v. cava superior med > 90 % stenose og udtalte kollateraler. Ingen trombe i v. cava. Ingen perikardieekssudat.

Forløb: Vena cava superior-syndrom pga. mediastinal tumorkompression. Dexamethason 8 mg x 2. Efter konference med interventionel radiologi anlagt stent i v. cava superior dag 2 (se operationsbeskrivelse), med hurtig symptomlindring – ansigtshævelsen næsten væk næste morgen. Fondaparinux profylaktisk, herefter ASA i 3 mdr. efter aftale med radiolog.
1. serie kemoterapi carboplatin/etoposid dag 3, tålt fint. Kvalme kontrolleret med ondansetron.
Na 134 ved indlæggelsen, ingen SIADH.

Konklusion:
1. Vena cava superior-syndrom, behandlet med stent.
2. Småcellet lungekræft i hø. overlap, begrænset sygdom, med mediastinale lymfeknudemetastaser. 1. serie carboplatin/etoposid givet.

Plan: Dexamethason nedtrappes over 1 uge. 2. serie kemo om 3 uger, samtidig thorakal strålebehandling fra serie 2 efter plan. Rygestop anbefalet, henvist til rygestopforløb. Kontakt afdelingen ved ny hævelse, feber eller blødning.
""",
            (
                "operationsbeskrivelse",
                """Operationsbeskrivelse – Radiologisk afdeling, intervention

Indikation: Vena cava superior-syndrom ved malign kompression fra småcellet lungekræft med mediastinale lymfeknuder.
Procedure: Perkutan endovaskulær stentning af v. cava superior.
Anæstesi: Lokalbedøvelse, let sedation (midazolam 1 mg).
Beskrivelse: Ultralydsvejledt punktur af hø. v. femoralis communis, 10 F sheath. Kateter ført op gennem v. cava inferior og hø. atrium. Flebografi: højgradig, ca. 4 cm lang stenose af v. cava superior fra konfluensen til ca. 1 cm over atriet, udtalt kollateralkredsløb via v. azygos. Stenosen passeret med hydrofil guidewire uden problemer. Heparin 5000 IE i.v. Anlagt selvekspanderende nitinolstent 14 x 60 mm, postdilateret med 12 mm ballon. Kontrolflebografi: fri passage til hø. atrium, kollateralerne ikke længere fyldt. Ingen kontrastekstravasation. Sheath fjernet, manuel kompression, ingen hæmatom.
Komplikationer: Ingen.
Ordination: Sengeleje 4 timer. Fondaparinux 2,5 mg s.c. dgl. under indlæggelsen, herefter ASA 75 mg i 3 mdr.
""",
            ),
        ],
        "medications": [
            ("H02AB02", "dexamethason", "8 mg x 2, nedtrappes"),
            ("L01XA02", "carboplatin", "AUC 5 dag 1"),
            ("L01CB01", "etoposid", "100 mg/m2 dag 1-3"),
            ("A04AA01", "ondansetron", "8 mg x 2 p.n."),
            ("B01AC06", "acetylsalicylsyre", "75 mg x 1 i 3 mdr."),
            ("R03AC02", "salbutamol (Ventolin)", "0,1 mg 1-2 pust p.n."),
        ],
        "labs": [
            ("NPU03429", "Natrium;P", 134, "mmol/L", 137, 145),
            ("NPU02319", "Hæmoglobin;B", 8.2, "mmol/L", 8.3, 10.5),
            ("NPU18016", "Kreatinin;P", 78, "µmol/L", 60, 105),
        ],
        "codes": [("DI871B", "A"), ("DC341", "B"), ("DC771A1", "B"), ("DJ449", "B")],
        "evidence": [
            ("DI871B", "Vena cava superior-syndrom, behandlet med stent"),
            ("DI871B", "komprimerer v. cava superior med > 90 % stenose"),
            ("DI871B", "højgradig, ca. 4 cm lang stenose af v. cava superior", None, 1),
            ("DC341", "Småcellet lungekræft i hø. overlap"),
            ("DC341", "småcellet lungekræft i hø. overlap"),
            ("DC771A1", "mediastinale lymfeknudemetastaser", "Konklusion"),
            ("DC771A1", "store mediastinale lymfeknudemetastaser (paratrakeale og subkarinale)"),
            ("DJ449", "KOL let, kun ventolin p.n."),
        ],
        "distractors": [
            ("DC793", "MR cerebrum uden metastaser", "negated"),
            ("DI269", "Ingen trombe i v. cava", "negated"),
            ("DE222A", "ingen SIADH", "negated"),
            ("DI313", "Ingen perikardieekssudat", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW7-21",
        "department": "Urologisk afdeling",
        "specialty": "urologi",
        "patient": {"age": 58, "sex": "M"},
        "admission": {"start": "2025-06-02", "end": "2025-06-16"},
        "notes": [
            """Epikrise – Urologisk afdeling

Indlæggelsesårsag: Smerter og hævelse i pungen, feber.

Anamnese: 58-årig mand, lastbilchauffør. DM2 siden 2012, dårligt reguleret (HbA1c 94 for 3 mdr. siden), møder sjældent hos e.l., tager metformin uregelmæssigt. Svær overvægt, BMI 37. Tidl. appendektomi.
4 dage med tiltagende smerter i skrotum og perineum, startede som en "byld" ved pungen. I dag mørk misfarvning og lugt, feber og kulderystelser.

Obj.: Medtaget. Temp. 39,3, BT 96/58, P 118, RF 24. Skrotum massivt hævet, rødt, med 4 x 3 cm sortlig, nekrotisk hud på ve. side og krepitation ud mod perineum og ve. lyske. Meget ildelugtende. Rødmen breder sig til nedre abdomen ve.
Paraklinik: CRP 348, leukocytter 24,6, BS 27,4, laktat 3,8, kreatinin 142, HbA1c 97. Ketoner i blod 0,6, ingen acidose.
CT abdomen/bækken: luft i bløddelene i skrotum, perineum og ve. lyske, ikke udbredning retroperitonealt. Testes normalt kontrastopladende.

Forløb: Klinisk Fourniers gangræn med sepsis. Bredspektret antibiotika (meropenem + clindamycin), væske, insulininfusion. Akut operation samme aften med radikal debridement (se op.beskrivelse). Second look dag 2 og dag 4 med supplerende revision og herefter VAC-behandling. Dyrkning fra vævet: E. coli, Streptococcus anginosus og anaerobe bakterier. Omlagt til piperacillin/tazobactam dag 5.
Kreatinin normaliseret dag 3. Diabetes: insulininfusion skiftet til basal-bolus regime, BS nu 7-11. Set af diabetessygeplejerske og endokrinologisk tilsyn, som anbefaler fortsat insulin, metformin genoptaget. Diætist ind over pga. overvægten.
Dag 12: Granulerende sårflade. Plastikkirurgerne har set pt. og planlægger delhudstransplantation om 1-2 uger.

Konklusion:
1. Fourniers gangræn i skrotum og perineum, debrideret x 3, VAC. Sepsis ved indlæggelsen.
2. Type 2-diabetes, meget dårligt reguleret (HbA1c 97), nu insulinkrævende.
3. Svær overvægt, BMI 37.

Plan: Udskrives til hjemmet med VAC, skift 3 gange ugentligt i urologisk ambulatorium. Amoxicillin/clavulansyre p.o. til i alt 14 dages behandling. Insulin glargin 24 IE + aspart efter skema, metformin 1 g x 2. Diabetesambulatoriet ser pt. om 1 uge. Plastikkirurgisk ambulatorium indkalder.
""",
            (
                "operationsbeskrivelse",
                """Operationsbeskrivelse

Diagnose: Fourniers gangræn.
Operation: Radikal debridement af skrotum, perineum og ve. lyske.
Anæstesi: Generel anæstesi. Litotomileje.
Beskrivelse: Sortlig nekrose af skrotalhuden på ve. side. Incision gennem det nekrotiske område; der kommer tynd, grålig, meget ildelugtende "opvaskevandslignende" væske. Fascien er nekrotisk og løsner sig let fra underlaget med fingeren, og nekrosen følger Colles' fascie ned i perineum og op i ve. lyske. Al nekrotisk hud, subkutis og fascie excideres til blødende, vital væv. Testes og funiculi er vitale og uberørte og bevares. Sphincter ani og rectum uberørte, ingen perforation, ingen indikation for kolostomi. Urethra uberørt, anlagt KAD ch. 16. Vævsprøver til dyrkning og histologi. Rigelig skylning med 6 l NaCl. Hæmostase. Sårfladen ca. 18 x 12 cm efterlades åben og pakkes med saltvandskompresser.
Blødning: 300 ml.
Postoperativt: Fortsat antibiotika. Second look i morgen.
""",
            ),
        ],
        "medications": [
            ("J01CR05", "piperacillin/tazobactam", "4 g x 4 i.v., skiftet til amoxicillin/clavulansyre p.o."),
            ("J01CR02", "amoxicillin/clavulansyre", "500/125 mg x 3"),
            ("A10AE04", "insulin glargin", "24 IE til natten"),
            ("A10AB05", "insulin aspart", "efter skema"),
            ("A10BA02", "metformin", "1 g x 2"),
        ],
        "labs": [
            ("NPU19748", "C-reaktivt protein;P", 348, "mg/L", None, 8),
            ("NPU02593", "Leukocytter;B", 24.6, "10^9/L", 3.5, 8.8),
            ("NPU27300", "Hæmoglobin A1c;B", 97, "mmol/mol", None, 48),
            ("NPU18016", "Kreatinin;P", 142, "µmol/L", 60, 105),
            (None, "Laktat;P", 3.8, "mmol/L", 0.5, 2.2),
        ],
        "codes": [("DN498C", "A"), ("DA419", "B"), ("DE119", "B"), ("DE660C", "B")],
        "evidence": [
            ("DN498C", "Fourniers gangræn i skrotum og perineum"),
            ("DN498C", "Klinisk Fourniers gangræn"),
            ("DN498C", "Fascien er nekrotisk", None, 1),
            ("DA419", "Fourniers gangræn med sepsis"),
            ("DA419", "BT 96/58, P 118"),
            ("DE119", "Type 2-diabetes, meget dårligt reguleret (HbA1c 97)"),
            ("DE119", "DM2 siden 2012, dårligt reguleret"),
            ("DE660C", "Svær overvægt, BMI 37"),
        ],
        "distractors": [
            ("DK359", "Tidl. appendektomi", "history"),
            ("DE111", "ingen acidose", "negated"),
            ("DK631", "ingen perforation", "negated", None, 1),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW7-22",
        "department": "Øre-næse-halskirurgisk afdeling",
        "specialty": "øre-næse-hals",
        "patient": {"age": 52, "sex": "F"},
        "admission": {"start": "2025-02-17", "end": "2025-02-17"},
        "notes": [
            """ØNH-skadestue / akut ambulant kontakt

52-årig kvinde, sygeplejerske. Vågnede i forgårs med nedsat hørelse på hø. øre og "watt-fornemmelse", samtidig konstant højfrekvent susen på samme side. Ingen forudgående forkølelse, ingen traume, ikke dykket eller fløjet. Ingen svimmelhed, ingen kvalme. Ingen øresmerter eller flåd.
Tidl.: Hypothyreose i levothyroxin. Mellemørebetændelser som barn. Mor fik høreapparater i 70-års-alderen.

Obj.: Otoskopi: normale trommehinder bilat., ingen væske i mellemøret. Weber lateraliseres til ve. Rinne positiv bilat. Ingen spontan- eller positionsnystagmus. Kranienerver i øvrigt normale, normal facialisfunktion.
Audiometri: hø. sensorineuralt høretab 55-70 dB på tværs af frekvenserne (PTA 62 dB), ve. normal hørekurve. Tympanometri type A bilat.
BT 128/82.

Vurdering: Akut idiopatisk sensorineuralt høretab hø. (hørestyrt), debut < 72 timer. Ledsagende tinnitus hø.

Beh.: Prednisolon 1 mg/kg, 60 mg dgl. i 5 dage, herefter aftrapning over 5 dage. Pantoprazol under behandlingen. Informeret om, at ca. 2/3 får hørelsen helt eller delvist tilbage. Sygemeldt en uge.
MR af cerebellopontine vinkler bestilt mhp. udelukkelse af akustikusneurinom.

Plan: Kontrolaudiometri om 10 dage i ambulatoriet. Ved manglende bedring overvejes intratympanal steroid. Henvises til tinnitusrådgivning, hvis susen fortsætter. Levothyroxin uændret.
"""
        ],
        "medications": [
            ("H02AB06", "prednisolon", "60 mg x 1 i 5 dage, herefter aftrapning"),
            ("A02BC02", "pantoprazol", "40 mg x 1"),
            ("H03AA01", "levothyroxin", "100 µg x 1"),
        ],
        "labs": [],
        "codes": [("DH912", "A"), ("DH931", "B"), ("DE039", "B")],
        "evidence": [
            ("DH912", "Akut idiopatisk sensorineuralt høretab hø. (hørestyrt)"),
            ("DH912", "hø. sensorineuralt høretab 55-70 dB"),
            ("DH931", "Ledsagende tinnitus hø."),
            ("DH931", "konstant højfrekvent susen"),
            ("DE039", "Hypothyreose i levothyroxin"),
        ],
        "distractors": [
            ("DR42", "Ingen svimmelhed", "negated"),
            ("DH669", "Mellemørebetændelser som barn", "history"),
            ("DH911", "Mor fik høreapparater i 70-års-alderen", "family"),
            ("DD333", "mhp. udelukkelse af akustikusneurinom", "uncertain"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW7-23",
        "department": "Øjenafdelingen",
        "specialty": "oftalmologi",
        "patient": {"age": 78, "sex": "F"},
        "admission": {"start": "2025-09-08", "end": "2025-09-12"},
        "notes": [
            """Epikrise – Øjenafdelingen

Indlæggelsesårsag: Smertefuldt, rødt ve. øje med faldende syn 4 dage efter kataraktoperation.

Anamnese: 78-årig kvinde. Opereret for grå stær på ve. øje (phaco + IOL) her i afdelingen d. 4/9, ukompliceret indgreb, visus før op. 0,3. Hø. øje opereret 2022. DM2 i metformin, ingen kendt retinopati ved seneste screening. Ingen tidligere nethindeløsning. Bruger øjendråberne som ordineret efter operationen.
Siden i går tiltagende smerter, rødme og tåget syn på ve. øje. I dag kan hun kun se håndbevægelser.

Obj. ve. øje: Visus: håndbevægelser. Udtalt konjunktival og ciliær injektion, let hornhindeødem, sårene tætte. Forreste kammer med 2 mm hypopyon og kraftig celle/flare. Ingen fundusindblik pga. fibrin og glaslegemeuklarhed. UL B-scan: glaslegemeuklarheder med membraner, nethinden tilliggende. Tryk 19 mmHg.
Hø. øje: pseudofakt, rolig, visus 0,8.

Forløb: Klinisk akut postoperativ endoftalmitis. Akut vitrektomi med intravitreal antibiotika samme dag (se op.beskrivelse). Glaslegemedyrkning: Staphylococcus epidermidis (koagulase-negativ stafylokok), følsom for vancomycin. Prednisolon-øjendråber og cyclopentolat. Dag 2: hypopyon mindre, smerterne væsentlig bedre. Dag 4: Visus ve. 0,1, intet hypopyon, fundus nu synlig med tilliggende nethinde, ingen ablatio.
BS 7-12 under indlæggelsen, uændret metformin.

Konklusion:
1. Akut endoftalmitis ve. øje efter kataraktoperation, koagulase-negative stafylokokker. Behandlet med vitrektomi og intravitreal vancomycin/ceftazidim.
2. DM2, velreguleret.

Plan: Dexamethason-øjendråber 1 gtt x 6 med nedtrapning, cyclopentolat x 2. Kontrol i ambulatoriet om 3 dage og 2 uger.
""",
            (
                "operationsbeskrivelse",
                """Operationsbeskrivelse – Øjenafdelingen

Diagnose: Akut postoperativ endoftalmitis ve. øje.
Operation: Pars plana vitrektomi ve. øje med prøvetagning og intravitreal antibiotika.
Anæstesi: Retrobulbær blokade.
Beskrivelse: Steril afvaskning og afdækning. 23 G trokarer anlagt i 3 porte 3,5 mm fra limbus. Ufortyndet glaslegemeprøve udtaget til dyrkning og PCR. Forreste kammer skyllet, fibrin og hypopyon fjernet. Central og perifer vitrektomi; glaslegemet tæt infiltreret med hvide opaciteter. Retina tilliggende hele vejen rundt, enkelte retinale blødninger i periferien, ingen huller. IOL i kapselsækken, kapslen intakt. Ved afslutningen injiceret vancomycin 1 mg/0,1 ml og ceftazidim 2,25 mg/0,1 ml intravitrealt samt subkonjunktival dexamethason. Portene tætte, ingen sutur nødvendig.
Komplikationer: Ingen.
""",
            ),
        ],
        "medications": [
            ("S01BA01", "dexamethason øjendråber", "1 gtt x 6 ve. øje, nedtrappes"),
            ("S01FA04", "cyclopentolat øjendråber", "1 gtt x 2 ve. øje"),
            ("J01XA01", "vancomycin", "1 mg intravitrealt (givet)"),
            ("A10BA02", "metformin", "500 mg x 2"),
        ],
        "labs": [
            (None, "Glukose;P", 9.4, "mmol/L", 4.0, 7.0),
            ("NPU19748", "C-reaktivt protein;P", 6, "mg/L", None, 8),
        ],
        "codes": [("DH598B", "A"), ("DB957", "B"), ("DE119", "B")],
        "evidence": [
            ("DH598B", "Akut endoftalmitis ve. øje efter kataraktoperation"),
            ("DH598B", "Klinisk akut postoperativ endoftalmitis"),
            ("DH598B", "glaslegemet tæt infiltreret med hvide opaciteter", None, 1),
            ("DB957", "Staphylococcus epidermidis (koagulase-negativ stafylokok)"),
            ("DB957", "koagulase-negative stafylokokker"),
            ("DE119", "DM2, velreguleret"),
            ("DE119", "DM2 i metformin"),
        ],
        "distractors": [
            ("DH360", "ingen kendt retinopati", "negated"),
            ("DH330", "ingen ablatio", "negated"),
            ("DH269", "Hø. øje opereret 2022", "history"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW7-24",
        "department": "Børneafdelingen",
        "specialty": "pædiatri",
        "patient": {"age": 3, "sex": "F"},
        "admission": {"start": "2025-11-20", "end": "2025-11-25"},
        "notes": [
            """Epikrise – Børneafsnit B1 (fælles med dermatologisk tilsyn)

Indlæggelsesårsag: Blærer og sår i ansigtet, feber.

Anamnese: 3-årig pige, kendt med svær atopisk dermatitis siden 4 mdr. alderen, behandlet i dermatologisk ambulatorium med potente steroidcremer i perioder og fed creme. Eksemet har været i opblussen de sidste 2 uger, hun har kradset meget. Far har herpes på læben for en uge siden. Ingen kendt astma, ingen fødevareallergi. Vaccineret iflg. programmet, har haft skoldkopper som 2-årig.
Siden 3 dage små blærer i ansigtet og på halsen, der hurtigt er blevet til udstansede sår med skorper. Feber til 39,2 siden i går, spiser og drikker mindre, pylret.

Obj.: Vægt 14,6 kg. Temp. 38,9, P 140, RF 28, CRT < 2 sek. Påvirket, men vågen og kontaktbar. Talrige monomorfe, udstansede erosioner på 1-3 mm, nogle med hæmoragiske skorper, på kinder, pande, periorbitalt bilat. og på halsen. Baggrund med eksematøs, lichenificeret hud i ansigtet, albuebøjninger og knæhaser. Gyldne skorper kun enkelte steder. Øjnene: ingen injektion, upåvirkede øjenlåg, ingen tåreflåd. Ingen nakkestivhed.

Paraklinik: PCR fra blære: HSV-1 positiv. Podning: sparsom S. aureus (vurderet kolonisation). CRP 18, leukocytter 11,2.

Forløb: Klinisk eczema herpeticum (Kaposis varicelliforme eruption), bekræftet med HSV-1. Startet aciclovir i.v. 10 mg/kg x 3. Øjenlægetilsyn dag 1: ingen herpeskeratitis, ingen øjenaffektion. Efter 48 timer ingen nye blærer, feberfri fra dag 3, skiftet til p.o. aciclovir dag 4. Eksembehandling genoptaget med fed creme og let steroidcreme på ikke-angrebne områder; fra dag 4 også på de helende områder efter aftale med dermatolog. Ingen tegn på bakteriel superinfektion, ingen antibiotika.

Konklusion:
1. Eczema herpeticum (HSV-1) i ansigt og på hals.
2. Svær atopisk dermatitis i opblussen.

Plan: Aciclovir mikstur 200 mg x 5 til i alt 10 dages behandling. Fed creme mindst 3 gange dgl., hydrocortison-creme efter skema fra dermatologen. Forældrene instrueret i at holde øje med nye blærer og øjensymptomer. Far bør undgå kys og tæt hudkontakt så længe han har aktivt udslæt på læben. Kontrol i dermatologisk børneambulatorium om 1 uge.
"""
        ],
        "medications": [
            ("J05AB01", "aciclovir", "200 mg x 5 p.o. i alt 10 dage"),
            ("D07AA02", "hydrocortison creme 1 %", "x 1 dgl. efter skema"),
            ("D02AC", "fed creme (vaselin/paraffin)", "mindst x 3 dgl."),
        ],
        "labs": [
            ("NPU19748", "C-reaktivt protein;P", 18, "mg/L", None, 8),
            ("NPU02593", "Leukocytter;B", 11.2, "10^9/L", 5.5, 15.5),
        ],
        "codes": [("DB000", "A"), ("DL209", "B")],
        "evidence": [
            ("DB000", "Eczema herpeticum (HSV-1) i ansigt og på hals"),
            ("DB000", "Klinisk eczema herpeticum (Kaposis varicelliforme eruption)"),
            ("DB000", "HSV-1 positiv"),
            ("DL209", "Svær atopisk dermatitis i opblussen"),
            ("DL209", "kendt med svær atopisk dermatitis"),
        ],
        "distractors": [
            ("DB005", "ingen øjenaffektion", "negated"),
            ("DJ459", "Ingen kendt astma", "negated"),
            ("DB019", "har haft skoldkopper som 2-årig", "history"),
            ("DL011", "Ingen tegn på bakteriel superinfektion", "negated"),
            ("DB001B", "Far har herpes på læben", "family"),
            ("DG039", "Ingen nakkestivhed", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW7-25",
        "department": "Reumatologisk afdeling",
        "specialty": "reumatologi",
        "patient": {"age": 34, "sex": "M"},
        "admission": {"start": "2025-08-11", "end": "2025-08-14"},
        "notes": [
            """Epikrise – Reumatologisk sengeafsnit

Indl.årsag: Opblussen i Bechterew, nu også rødt smertende hø. øje.

Anamnese: 34-årig mand, IT-konsulent. Kendt med ankyloserende spondylitis (HLA-B27 positiv) siden 2017, velbehandlet med adalimumab indtil for 4 mdr. siden, hvor han selv holdt pause pga. flytning og ny sygesikring. Tidl. en episode med iritis på ve. øje 2019, helet uden følger. Ingen psoriasis, ingen tarmsymptomer. Far har også "stiv ryg".
3 uger med tiltagende nattesmerter i lænd og balder, morgenstivhed > 2 timer, vågner kl. 4 af smerter. Siden 2 dage rødt, lysskyt og smertende hø. øje med sløret syn.

Obj.: Nedsat lumbal bevægelighed, Schober 2 cm. Ømhed over begge SI-led. Perifere led uden synovitis. Ingen daktylitis. Hø. øje: ciliær injektion, lysskyhed.
BASDAI 7,4. CRP 38, SR 42.

Øjenlægetilsyn samme dag: akut anterior uveitis hø. øje, 2+ celler i forreste kammer, ingen synekier, tryk normalt, fundus normal, ingen makulaødem. Ve. øje rask.
MR af SI-led: aktiv bilateral sakroiliitis med knoglemarvsødem.

Forløb: Opblussen i AS med samtidig akut iridocyclitis hø. Øjet behandlet med dexamethason-øjendråber hver time i dagtid og cyclopentolat efter øjenlægens ordination; dag 3 tydeligt bedre, færre celler. Ryggen: naproxen 500 mg x 2 med pantoprazol. Adalimumab genstartet dag 2 efter screening (quantiferon negativ, hepatitis-serologi negativ). Ikke tegn på inflammatorisk tarmsygdom.

Konklusion:
1. Ankyloserende spondylitis med høj sygdomsaktivitet efter seponering af biologisk behandling.
2. Akut anterior uveitis hø. øje.

Plan: Adalimumab 40 mg s.c. hver 2. uge. Naproxen i 4 uger, herefter efter behov. Dexamethason-øjendråber nedtrappes efter øjenafdelingens skema, kontrol hos øjenlæge om 1 uge. Fysioterapi. Kontrol i reumatologisk ambulatorium om 3 mdr. med BASDAI.
"""
        ],
        "medications": [
            ("L04AB04", "adalimumab", "40 mg s.c. hver 2. uge"),
            ("M01AE02", "naproxen", "500 mg x 2 i 4 uger"),
            ("A02BC02", "pantoprazol", "40 mg x 1"),
            ("S01BA01", "dexamethason øjendråber", "1 gtt hver time i dagtid hø. øje, nedtrappes"),
            ("S01FA04", "cyclopentolat øjendråber", "1 gtt x 2 hø. øje"),
        ],
        "labs": [
            ("NPU19748", "C-reaktivt protein;P", 38, "mg/L", None, 8),
            (None, "Sedimentationsreaktion;B", 42, "mm", None, 15),
        ],
        "codes": [("DM459", "A"), ("DH200I", "B")],
        "evidence": [
            ("DM459", "Ankyloserende spondylitis med høj sygdomsaktivitet"),
            ("DM459", "Opblussen i Bechterew"),
            ("DM459", "aktiv bilateral sakroiliitis"),
            ("DH200I", "Akut anterior uveitis hø. øje"),
            ("DH200I", "akut iridocyclitis hø."),
        ],
        "distractors": [
            ("DH200F", "Tidl. en episode med iritis på ve. øje 2019", "history"),
            ("DL400", "Ingen psoriasis", "negated"),
            ("DK509", "Ikke tegn på inflammatorisk tarmsygdom", "negated"),
            ("DA169", "quantiferon negativ", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW7-26",
        "department": "Kardiologisk afdeling",
        "specialty": "kardiologi",
        "patient": {"age": 24, "sex": "M"},
        "admission": {"start": "2025-10-03", "end": "2025-10-08"},
        "notes": [
            """Epikrise – Kardiologisk afsnit

Indlæggelsesårsag: Brystsmerter og troponinstigning.

Anamnese: 24-årig mand, studerende, tidl. rask, ingen medicin, ingen rusmidler. Spiller fodbold. For 2 uger siden forkølelse med feber, ondt i halsen og hoste i en uges tid, nu overstået. Siden i går aftes trykkende smerter midt i brystet, værre ved dyb indånding, samt hjertebanken og træthed. Ingen synkope. Ingen kendt hjertesygdom i familien, ingen pludselig død hos unge slægtninge.

Obj.: Upåvirket. BT 124/72, P 104 regelmæssig, temp. 37,8, SAT 98 %. St.c.: ingen mislyd, ingen gnidningslyd. St.p.: normal. Ingen ødemer.
EKG: sinustakykardi, diffuse konkave ST-elevationer 1 mm i II, III, aVF og V4-V6, ingen PR-depression.
Troponin T: 412 -> 688 -> 540. CK-MB forhøjet. CRP 44. Leukocytter 10,1.
Ekko: let nedsat LVEF 45 % med hypokinesi inferolateralt, ingen perikardieekssudat, normale klapper.
CT-KAG: normale koronarkar, ingen stenoser.
MR cor dag 3: subepikardiel late gadolinium enhancement inferolateralt og myokardieødem, forenelig med akut myokarditis. LVEF 48 %.
Luftvejspanel (svælgpodning): negativt for SARS-CoV-2 og influenza; serologi for enterovirus IgM positiv.

Forløb: Telemetri i 4 døgn: enkelte ventrikulære ekstrasystoler, ingen ventrikulær takykardi. Smerterene aftog på paracetamol. NSAID givet kort. Troponin faldende til 96 ved udskrivelsen. Opstartet lav dosis ramipril og metoprolol pga. den nedsatte EF.

Konklusion:
Akut viral myokarditis (formentlig enterovirus) efter luftvejsinfektion, let nedsat LVEF, ingen arytmier.
Akut koronarsyndrom udelukket.

Plan: Ingen konkurrencesport eller hård fysisk træning i 6 måneder. Ramipril 2,5 mg og metoprolol 50 mg dgl. Kontrol-ekko og ny MR om 3 mdr. i kardiologisk ambulatorium, herefter stillingtagen til fortsat medicin og genoptagelse af sport.
"""
        ],
        "medications": [
            ("C09AA05", "ramipril", "2,5 mg x 1"),
            ("C07AB02", "metoprolol", "50 mg x 1"),
            ("N02BE01", "paracetamol", "1 g x 4 p.n."),
        ],
        "labs": [
            (None, "Troponin T;P", 688, "ng/L", None, 14),
            ("NPU19748", "C-reaktivt protein;P", 44, "mg/L", None, 8),
            ("NPU02593", "Leukocytter;B", 10.1, "10^9/L", 3.5, 8.8),
        ],
        "codes": [("DI400B", "A")],
        "evidence": [
            ("DI400B", "Akut viral myokarditis (formentlig enterovirus)"),
            ("DI400B", "forenelig med akut myokarditis"),
            ("DI400B", "Troponin T: 412 -> 688 -> 540"),
        ],
        "distractors": [
            ("DJ069", "For 2 uger siden forkølelse med feber, ondt i halsen og hoste", "history"),
            ("DI251", "normale koronarkar, ingen stenoser", "negated"),
            ("DI313", "ingen perikardieekssudat", "negated"),
            ("DI470", "ingen ventrikulær takykardi", "negated"),
            ("DI249", "Akut koronarsyndrom udelukket", "negated"),
            ("DI422", "Ingen kendt hjertesygdom i familien", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW7-27",
        "department": "Kardiologisk afdeling",
        "specialty": "kardiologi",
        "patient": {"age": 71, "sex": "F"},
        "admission": {"start": "2025-03-24", "end": "2025-03-28"},
        "notes": [
            """Epikrise – Kardiologisk afdeling

Indlæggelsesårsag: Brystsmerter, STEMI-kald.

Anamnese: 71-årig kvinde, pensioneret bankassistent. HT i amlodipin. Kendt med generaliseret angst gennem mange år, i fast behandling med sertralin via e.l., har tidligere gået til psykolog. Ikke-ryger. Tidl. hysterektomi pga. fibromer.
Pt.s mand døde pludselig i hjemmet for 2 dage siden. Om morgenen på indlæggelsesdagen, under samtale med bedemanden, pludselig trykkende smerter midt i brystet med udstråling til ve. arm, kvalme og koldsved. Ambulance tilkaldt af datteren.

Obj. ved ankomst: Bleg, grådlabil, meget angst. BT 108/70, P 104, SAT 97 %. St.c.: ingen mislyd. St.p.: normal. Ingen ødemer.
Præhospitalt EKG: ST-elevation 2 mm i V2-V5. Modtaget direkte på PCI-lejet.
KAG: ingen signifikante koronarstenoser, glatte kar. Ventrikulografi: apikal ballonering med akinesi af apex og midtventrikulære segmenter, hyperkinetisk basis. LVEF ca. 35 %.
Troponin T 286 -> 312 -> 240. NT-proBNP 3100. Kalium 3,9.

Forløb: Klinisk og angiografisk typisk takotsubo kardiomyopati udløst af akut sorg. Telemetri i 3 døgn uden arytmier, QTc max 478 ms. Ingen LVOT-obstruktion, ingen trombe i apex ved ekko dag 2. Startet ramipril og metoprolol, amlodipin pauseret pga. lavt BT.
Pt. har været meget angst og haft svært ved at sove, grædt meget over sin mand. Psykiatrisk tilsyn var ikke nødvendigt, men kontaktsygeplejerske og præst har talt med hende. Angstsymptomerne forværret i sorgen; sertralin fortsat, oxazepam 15 mg til natten p.n. i få dage. Ingen selvmordstanker.
Dag 4: Ekko: LVEF 45 %, begyndende normalisering af apex.

Konklusion:
1. Takotsubo kardiomyopati (stress-kardiomyopati) efter dødsfald i familien. Myokardieinfarkt afkræftet ved KAG.
2. Generaliseret angst, forværret i forbindelse med sorgen, fortsat sertralin.
3. Hypertension, amlodipin pauseret, i stedet ramipril.

Plan: Ramipril 2,5 mg og metoprolol 50 mg indtil kontrolekko om 3 mdr. i ambulatoriet. Ved normaliseret EF kan medicinen aftrappes. E.l. følger op på angsten og søvnen, henvist til sorggruppe via kommunen.
"""
        ],
        "medications": [
            ("C09AA05", "ramipril", "2,5 mg x 1"),
            ("C07AB02", "metoprolol", "50 mg x 1"),
            ("N06AB06", "sertralin", "100 mg x 1"),
            ("N05BA04", "oxazepam", "15 mg til natten p.n."),
        ],
        "labs": [
            (None, "Troponin T;P", 312, "ng/L", None, 14),
            (None, "NT-proBNP;P", 3100, "ng/L", None, 450),
            ("NPU03230", "Kalium;P", 3.9, "mmol/L", 3.5, 4.4),
        ],
        "codes": [("DI428B", "A"), ("DF411", "B"), ("DI109", "B")],
        "evidence": [
            ("DI428B", "Takotsubo kardiomyopati (stress-kardiomyopati)"),
            ("DI428B", "apikal ballonering"),
            ("DI428B", "typisk takotsubo kardiomyopati"),
            ("DF411", "Generaliseret angst, forværret i forbindelse med sorgen"),
            ("DF411", "Kendt med generaliseret angst"),
            ("DI109", "Hypertension, amlodipin pauseret"),
            ("DI109", "HT i amlodipin"),
        ],
        "distractors": [
            ("DI219", "Myokardieinfarkt afkræftet ved KAG", "negated"),
            ("DI251", "ingen signifikante koronarstenoser", "negated"),
            ("DD259", "Tidl. hysterektomi pga. fibromer", "history"),
            ("DI513", "ingen trombe i apex", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW7-28",
        "department": "Lungemedicinsk afdeling",
        "specialty": "lungemedicin",
        "patient": {"age": 56, "sex": "M"},
        "admission": {"start": "2025-01-06", "end": "2025-01-24"},
        "notes": [
            """Epikrise – Lungemedicinsk afdeling

Indlæggelsesårsag: Hoste med ildelugtende opspyt, feber og vægttab.

Anamnese: 56-årig mand, førtidspensionist, bor alene. Kendt alkoholafhængighed gennem mange år, drikker dagligt ca. 1 flaske spiritus eller 12-15 øl, har været i antabusbehandling 2018 uden varig effekt. Ryger 20 cig./dag. Ingen fast medicin. Har ikke været hos tandlæge i mange år. Tidl. indlagt med delirium tremens 2020.
Ca. 4 uger med tiltagende hoste, de sidste 2 uger store mængder brunligt, meget ildelugtende opspyt. Aftensfeber, nattesved og vægttab ca. 6 kg. Husker en episode før jul, hvor han "faldt i søvn på gulvet efter en bytur" og vågnede med opkast på tøjet.

Obj.: Afmagret, BMI 19. Temp. 38,4, BT 118/72, P 102, RF 22, SAT 94 % uden ilt. Ildelugtende ånde. Tandstatus: multiple rådne tænder og tandrødder i over- og undermund, tandkødet rødt, blødende, med lommedannelse. St.p.: nedsat respirationslyd og dæmpning hø. bagtil midt på thorax, få krepitationer. Ingen tremor, ingen svedtendens, orienteret.

Paraklinik: CRP 198, leukocytter 18,9, Hb 7,2, MCV 104. ALAT 62, GGT 344, albumin 26, INR 1,1, trombocytter 412. Promille 0,0 ved ankomst.
Rtg. thorax: 6 cm kavitet med væskespejl i hø. underlaps apikale segment.
CT thorax: tykvægget kavitet 6,2 x 5,4 cm med luft-væskespejl i hø. underlap (segment 6), let omgivende konsolidering. Ingen empyem, ingen tumor, ingen forstørrede lymfeknuder. Emfysem i overlapperne.
Ekspektorat: blandet anaerob flora. Bloddyrkninger negative. Ekspektorat for mykobakterier: mikroskopi negativ x 3, PCR negativ. HIV negativ.
Bronkoskopi dag 5: ingen endobronkial tumor, purulent sekret fra hø. underlapsbronkie, BAL-cytologi uden maligne celler.

Forløb:
Dag 1-2: Isloeret på enestue indtil TB var udelukket. Startet piperacillin/tazobactam i.v. Thiamin i.v. Abstinensskema efter CIWA påbegyndt, men pt. havde ingen abstinenssymptomer og fik kun 2 doser klordiazepoxid den første døgn – ikke behov derefter.
Dag 3-7: Feber aftagende, feberfri fra dag 6. CRP 198 -> 122 -> 76. Hoste fortsat, men mindre og mindre lugtende opspyt. Fysioterapi med PEP-fløjte og drænageleje.
Dag 8: Skiftet til i.v. benzylpenicillin + metronidazol efter dyrkningssvar og mikrobiologisk rådgivning.
Dag 9: Kæbekirurgisk tilsyn (tandlæge): udbredt karies med flere rodrester og kronisk parodontitis, vurderes som sandsynlig kilde sammen med aspiration. Ekstraktion af 6 tænder/rodrester i lokalbedøvelse dag 12, forløb uden komplikationer.
Dag 13-17: Fortsat bedring, CRP 28. Spiser bedre, tiltagende vægt med ernæringstilskud. Kontrol-CT dag 16: kaviteten reduceret til 3,5 cm, ikke længere væskespejl.
Motiverende samtale om alkohol; ønsker ikke antabus, men accepterer henvisning til kommunalt alkoholbehandlingstilbud. Ingen tegn på levercirrose ved UL af lever, let steatose.

Konklusion:
1. Lungeabsces i hø. underlap, formentlig efter aspiration, anaerob flora.
2. Alkoholafhængighed, aktivt drikkende.
3. Udbredt tandkaries og kronisk parodontitis, 6 tænder ekstraheret.
Tuberkulose og malignitet udelukket.

Plan: Amoxicillin/clavulansyre 500/125 mg x 3 p.o. til i alt 6-8 uger efter respons, første stop-vurdering ved kontrol i lungemedicinsk ambulatorium om 3 uger med rtg. thorax og CRP. Thiamin 100 mg dgl. og B-combin. Tandlæge viderefører saneringen ambulant. Henvist til kommunal alkoholbehandling. Rygestop anbefalet. Ny CT thorax om 8 uger for at sikre fuld opheling.
"""
        ],
        "medications": [
            ("J01CR02", "amoxicillin/clavulansyre", "500/125 mg x 3 i 6-8 uger"),
            ("A11DA01", "thiamin", "100 mg x 1"),
            ("A11EA", "B-combin stærk", "1 tablet x 2"),
            ("N05BA02", "klordiazepoxid", "efter abstinensskema (givet 2 doser)"),
        ],
        "labs": [
            ("NPU19748", "C-reaktivt protein;P", 198, "mg/L", None, 8),
            ("NPU02593", "Leukocytter;B", 18.9, "10^9/L", 3.5, 8.8),
            ("NPU02319", "Hæmoglobin;B", 7.2, "mmol/L", 8.3, 10.5),
            ("NPU19651", "Alanintransaminase [ALAT];P", 62, "U/L", 10, 70),
            (None, "Albumin;P", 26, "g/L", 36, 48),
        ],
        "codes": [("DJ852", "A"), ("DF102", "B"), ("DK029", "B"), ("DK053", "B")],
        "evidence": [
            ("DJ852", "Lungeabsces i hø. underlap, formentlig efter aspiration"),
            ("DJ852", "tykvægget kavitet 6,2 x 5,4 cm med luft-væskespejl"),
            ("DF102", "Alkoholafhængighed, aktivt drikkende"),
            ("DF102", "Kendt alkoholafhængighed gennem mange år"),
            ("DK029", "Udbredt tandkaries"),
            ("DK029", "udbredt karies med flere rodrester"),
            ("DK053", "kronisk parodontitis, 6 tænder ekstraheret"),
            ("DK053", "tandkødet rødt, blødende, med lommedannelse"),
        ],
        "distractors": [
            ("DF103", "pt. havde ingen abstinenssymptomer", "negated"),
            ("DF104", "Tidl. indlagt med delirium tremens 2020", "history"),
            ("DA162", "Tuberkulose og malignitet udelukket", "negated"),
            ("DJ869", "Ingen empyem", "negated"),
            ("DK703", "Ingen tegn på levercirrose", "negated"),
            ("DB24", "HIV negativ", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW7-29",
        "department": "Akutafdelingen / Børneafdelingen",
        "specialty": "pædiatri",
        "patient": {"age": 7, "sex": "M"},
        "admission": {"start": "2025-07-19", "end": "2025-07-21"},
        "notes": [
            """Akutjournal / epikrise

7-årig dreng, rask, ingen medicin, ingen kendte allergier. Bidt af hugorm på ve. hånd (dorsalt ved 2. MCP-led) kl. 14.30 i sommerhusområde, da han samlede en "pind" op i lyngen. Far så slangen – sort zigzag-stribe på ryggen. Ankommet kl. 15.20.

Obj. ved ankomst: Vågen, grædende, smerter. 2 punktformede bidmærker dorsalt på ve. hånd. Hånd og håndled hævet, blålig-rød misfarvning. BT 102/64, P 118, SAT 99 %, temp. 37,0. Ingen urticaria, ingen stridor, ingen hvæsen, ingen ansigtshævelse. Abd. blød. Kastet op x 1 i bilen.
BS 6,1. Hb 8,0, leukocytter 14,8, trombocytter 256, INR 1,1, APTT normal, fibrinogen normal. CK 180. Kreatinin 38.

Forløb: Ve. arm immobiliseret i slynge, eleveret. Hævelsen bredte sig i løbet af 2 timer til over albuen. Efter kontakt med Giftlinjen: indikation for modgift pga. hævelse proksimalt for håndleddet inden for 4 timer. Givet ViperaTAb 1 ampul i.v. kl. 17.40 i børneafsnittet under monitorering, adrenalin klar. Ingen anafylaksi, ingen reaktion på serum. Paracetamol og morfin mod smerter. Ingen yderligere opkastning.
Dag 2: Hævelsen aftagende, nu kun til midt på underarmen, misfarvning på hånden. Normal bevægelighed i fingrene, ingen tegn på kompartmentsyndrom. Blodprøver inkl. koagulationstal normale ved gentagelse.
Stivkrampevaccination ajour iflg. vaccinationskortet.

Konklusion: Hugormebid ve. hånd med moderat lokal forgiftning (hævelse til over albuen), behandlet med antivenin. Ingen systemisk forgiftning, ingen allergisk reaktion.

Plan: Udskrives. Elevation af armen, paracetamol p.n. Hævelse og blå mærker kan vare 1-2 uger. Forældrene informeret om at søge læge ved tiltagende hævelse, feber eller sår på bidstedet. Undgå idræt med hånden i en uge.
"""
        ],
        "medications": [
            ("J06AA03", "ViperaTAb (hugorm-antiserum)", "1 ampul i.v. (givet)"),
            ("N02BE01", "paracetamol", "375 mg x 4 p.n."),
        ],
        "labs": [
            ("NPU02593", "Leukocytter;B", 14.8, "10^9/L", 4.5, 13.0),
            ("NPU03568", "Trombocytter;B", 256, "10^9/L", 145, 390),
            (None, "Koagulationsfaktor II+VII+X [INR];P", 1.1, None, None, 1.2),
            (None, "Kreatinkinase;P", 180, "U/L", 40, 280),
        ],
        "codes": [("DT630", "A")],
        "evidence": [
            ("DT630", "Hugormebid ve. hånd med moderat lokal forgiftning"),
            ("DT630", "Bidt af hugorm på ve. hånd"),
            ("DT630", "Hånd og håndled hævet"),
        ],
        "distractors": [
            ("DT782", "Ingen anafylaksi", "negated"),
            ("DT796", "ingen tegn på kompartmentsyndrom", "negated"),
            ("DT805", "ingen reaktion på serum", "negated"),
            ("DT784", "ingen kendte allergier", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW7-30",
        "department": "Nefrologisk afdeling",
        "specialty": "nefrologi",
        "patient": {"age": 49, "sex": "F"},
        "admission": {"start": "2025-10-13", "end": "2025-10-22"},
        "notes": [
            """Epikrise – Nefrologisk sengeafsnit

Indlæggelsesårsag: Feber, smerter over transplantatnyren og stigende kreatinin.

Anamnese: 49-årig kvinde, pædagog. Nyretransplanteret 2019 (levende donor, søster), grundsygdom IgA-nefropati. Habituelt kreatinin 105-115. Immunsuppression: tacrolimus (Advagraf) 4 mg x 1, mykofenolat 500 mg x 2, prednisolon 5 mg. Ingen afstødningsepisoder. HT i amlodipin. Gentagne UVI'er det seneste år.
Fik for 6 dage siden klarithromycin af vagtlæge for bihulebetændelse (penicillinallergi), uden at interaktionen med tacrolimus blev opdaget. Siden 3 dage svie ved vandladning, siden i går feber 39,5, kulderystelser og ømhed i hø. fossa iliaca hvor nyren ligger. Har desuden bemærket rysten på hænderne og hovedpine de sidste dage.

Obj.: Medtaget. Temp. 39,2, BT 112/64, P 112, RF 20, SAT 97 %. Transplantatnyren i hø. fossa iliaca øm ved palpation. Let finstrøget tremor på hænderne. Ingen nakkestivhed, neurologisk i øvrigt upåfaldende. Ingen ødemer.

Paraklinik: Kreatinin 248 (habituelt 110), karbamid 18,4, kalium 5,6, Na 134. CRP 214, leukocytter 16,1. Tacrolimus-dalkoncentration 24,6 µg/l (target 5-8). Magnesium 0,58. BS 8,9.
U-stix: leukocytter 3+, nitrit +. Urindyrkning: > 10^5 E. coli, følsom for ceftriaxon, resistent for ampicillin og sulfa. Bloddyrkning: E. coli i 2 af 2 sæt.
UL af transplantatnyren: let hydronefrose grad 1, ingen absces, fine flowforhold, resistive index 0,72. Ingen lymfocele.
Donorspecifikke antistoffer: ikke påvist.

Forløb:
Dag 1: Vurderet som akut pyelonefritis i transplantatnyren med E. coli-urosepsis samt tacrolimus-toksicitet pga. interaktion med klarithromycin, med akut nyreinsufficiens. Klarithromycin seponeret. Tacrolimus pauseret. Mykofenolat halveret. Prednisolon øget til 10 mg (stressdosis). Ceftriaxon 2 g x 1 i.v. Væske i.v. KAD anlagt til timediurese.
Dag 2: Feber 38,5, kreatinin 262. Tacrolimus 19,8.
Dag 3: Feberfri. Kreatinin 214, tacrolimus 11,2. Kalium 4,9 efter væske og seponering af kaliumtilskud.
Dag 4: Tacrolimus 7,4, genoptaget i reduceret dosis 3 mg. Tremor aftagende.
Dag 5-8: Kreatinin 214 -> 168 -> 142 -> 131. Hydronefrosen forsvundet ved kontrol-UL dag 6 efter KAD. Skiftet til p.o. ciprofloxacin dag 7 efter følsomhed.
Dag 9: Tacrolimus 6,8, kreatinin 126. Mykofenolat tilbage til fuld dosis. Afstødning vurderes ikke sandsynlig med hurtig bedring og ingen DSA, biopsi ikke indiceret.

Konklusion:
1. Akut pyelonefritis i nyretransplantat, E. coli, med bakteriæmi/urosepsis.
2. Tacrolimus-toksicitet (dalkoncentration 24,6) pga. lægemiddelinteraktion med klarithromycin, med tremor og hovedpine.
3. Akut nyreinsufficiens (kreatinin 248 fra 110), multifaktoriel (infektion og calcineurinhæmmer), i bedring.
4. Tilstand efter nyretransplantation 2019.
Ingen tegn på afstødning.

Plan: Ciprofloxacin 500 mg x 2 til i alt 14 dages behandling. Tacrolimus 3 mg x 1, ny dalkoncentration og kreatinin i transplantationsambulatoriet om 4 dage. Klarithromycin og andre makrolider er noteret som kontraindiceret i FMK sammen med tacrolimus. Der tages stilling til urologisk udredning (cystoskopi, refluksundersøgelse) pga. gentagne UVI'er ved næste ambulante kontrol.
"""
        ],
        "medications": [
            ("L04AD02", "tacrolimus (Advagraf)", "3 mg x 1"),
            ("L04AA06", "mykofenolatmofetil", "500 mg x 2"),
            ("H02AB06", "prednisolon", "5 mg x 1"),
            ("J01MA02", "ciprofloxacin", "500 mg x 2 til i alt 14 dage"),
            ("C08CA01", "amlodipin", "5 mg x 1"),
        ],
        "labs": [
            ("NPU18016", "Kreatinin;P", 248, "µmol/L", 45, 90),
            ("NPU03230", "Kalium;P", 5.6, "mmol/L", 3.5, 4.4),
            ("NPU19748", "C-reaktivt protein;P", 214, "mg/L", None, 8),
            ("NPU02593", "Leukocytter;B", 16.1, "10^9/L", 3.5, 8.8),
            (None, "Tacrolimus;P (dalkoncentration)", 24.6, "µg/L", 5, 8),
        ],
        "codes": [
            ("DN109C", "A"),
            ("DB962", "B"),
            ("DA415A", "B"),
            ("DT887", "B"),
            ("DN179", "B"),
            ("DZ940", "B"),
            ("DI109", "B"),
        ],
        "evidence": [
            ("DN109C", "Akut pyelonefritis i nyretransplantat"),
            ("DN109C", "akut pyelonefritis i transplantatnyren"),
            ("DB962", "E. coli, med bakteriæmi/urosepsis"),
            ("DB962", "> 10^5 E. coli"),
            ("DA415A", "E. coli-urosepsis"),
            ("DA415A", "Bloddyrkning: E. coli i 2 af 2 sæt"),
            ("DT887", "Tacrolimus-toksicitet (dalkoncentration 24,6) pga. lægemiddelinteraktion med klarithromycin"),
            ("DT887", "Tacrolimus-dalkoncentration 24,6"),
            ("DN179", "Akut nyreinsufficiens (kreatinin 248 fra 110)"),
            ("DZ940", "Tilstand efter nyretransplantation 2019"),
            ("DZ940", "Nyretransplanteret 2019"),
            ("DI109", "HT i amlodipin"),
        ],
        "distractors": [
            ("DT861B", "Ingen tegn på afstødning", "negated"),
            ("DN028", "grundsygdom IgA-nefropati", "history"),
            ("DJ019", "for bihulebetændelse", "history"),
            ("DN151", "ingen absces", "negated"),
            ("DG039", "Ingen nakkestivhed", "negated"),
            ("DN390", "Gentagne UVI'er det seneste år", "history"),
        ],
    }
)
