"""The held-out hand-written discharge cases: a second set that nobody tunes on (README.md, "The held-out set").

Written by hand in the same source format as ``CASES`` in build_cases.py: notes as strings or
("type", "text"), medications (atc, name, dose), labs (npu, name, value, unit, low, high), codes
(code, "A"/"B"), evidence (code, phrase[, anchor[, note]]) and distractors (code, phrase, kind[, anchor[,
note]]). ``python benchmarks/data/handwritten/build_cases.py`` turns them into ``heldout.jsonl``.

Do not read these texts to write or tune rules, lexicons or weights: they exist so that a tuned
finder or combiner is measured on text nobody tuned on.
"""

# The notes are kept line for line as written (a line is a paragraph), so their lines run long.
# ruff: noqa: E501

from __future__ import annotations

CASES: list[dict] = []

CASES.append(
    {
        "case_id": "HO-01",
        "department": "Geriatrisk afdeling",
        "specialty": "geriatri",
        "patient": {"age": 93, "sex": "F"},
        "admission": {"start": "2026-01-12", "end": "2026-01-23"},
        "notes": [
            """Epikrise - Geriatrisk Afsnit G2

Indlæggelsesårsag: Akut funktionstab, feber og hoste efter fejlsynkning.

Sociale forhold: 93-årig kvinde, enke, bor i plejebolig siden 2024. Går få meter med rollator og støtte. Spiser selv under opsyn, moset kost pga. synkebesvær. Datteren er kontaktperson og har fremtidsfuldmagt.

Kendte sygdomme:
- Alzheimers demens med sen debut, diagnosticeret i hukommelsesklinikken 2021, nu moderat-svær (MMSE 12/30 i 2025). Donepezil seponeret 2024 pga. bradykardi.
- Permanent atrieflimren, i AK-beh. med Eliquis i reduceret dosis.
- Hjertesvigt med bevaret EF (LVEF 55 % ved ekko 2024), indlagt med inkompensatio cordis 2024, siden stabil på furosemid.
- DM2 gennem 25 år med diabetisk nefropati; kronisk nyresygdom stadie 4 (eGFR 22-26). Insulin (NovoMix 30) x 2.
- KOL, moderat, aldrig indlagt for eksacerbation. Spiolto 2 pust dgl.
- St.p. collumfraktur ha. 2021, opereret med hemialloplastik.
- Grå stær opereret bilat.

Disp.: Søster havde Parkinsons sygdom.

Aktuelt: Ifølge plejehjemmet fik pt. i aftes et voldsomt hosteanfald efter fejlsynkning af suppe og blev kortvarigt blålig om læberne. I nat feber 38,7, hurtig vejrtrækning og rallende respiration. I morges kunne hun ikke stå, var uvanligt uklar, råbte og slog ud efter personalet. Har spist og drukket meget lidt i 2 døgn.

Obj. ved indlæggelse: Påvirket, urolig, ikke orienteret i tid eller sted, svingende opmærksomhed (CAM positiv), ikke kontaktbar til detaljeret anamnese. BT 104/58, puls 96 uregelmæssig, RF 28, SAT 87 % på atm. luft -> 94 % på 2 l ilt på næsekateter, temp. 38,4.
St.p.: krepitation og nedsat respirationslyd basalt på ha. side, ingen sibilationer. St.c.: arytmisk, svag systolisk mislyd ved apex, ingen halsvenestase. Let pittingødem om anklerne, uændret ifølge plejehjemmet. Abdomen blødt og uømt. Hud: hel over sacrum og hæle, ingen tryksår.
RTG thorax: nytilkommet infiltrat i ha. underlap, forenelig med aspiration. Let kardiomegali, ingen sikker stase, ingen pleuraekssudat.
BS: CRP 168, leuk 15,8, Hb 6,9, krea 198 (habituel 175-190), eGFR 20, K 5,1, Na 141, karbamid 17,4, BS 11,2, NT-proBNP 2.850 (habituel ca. 2.500), HbA1c 58.
Urin-stix: leuk 1+, nitrit neg. Pga. konfusionen var der mistanke om UVI, men urindyrkningen viste ingen signifikant vækst.

Vurdering: Aspirationspneumoni i ha. underlap hos skrøbelig ældre kvinde med fremskreden demens og dysfagi, kompliceret med delir. Ikke mistanke om lungeemboli (i AK-beh., god klinisk og radiologisk forklaring på symptomerne).

Forløb:
Lungebetændelsen behandlet med piperacillin/tazobactam i.v., dosis tilpasset nyrefunktionen, skiftet til amoxicillin med clavulansyre p.o. dag 5. Feberfri fra dag 3, iltbehov aftrappet og ilt seponeret dag 6. CRP 41 ved udskrivelsen.
Deliriet behandlet nonfarmakologisk (fast personale, briller og høreapparat, døgnrytme, smertebehandling); haloperidol 0,5 mg i alt 2 gange. CAM negativ fra dag 7, herefter habituel kognitiv funktion ifølge datteren.
Synkefunktion vurderet af ergoterapeut: forsinket synkerefleks og hoste ved tynde væsker. Anbefalet fortykkede drikke og moset kost, opret siddende ved måltider. Ikke indikation for sondeernæring, datteren enig.
Hjertesvigt: furosemid pauseret de første 2 dage pga. sparsomt væskeindtag og let krea-stigning, genoptaget i halv dosis dag 3 og fuld dosis fra dag 6 ved begyndende ødemer. Vægt stabil.
AFLI: ventrikelfrekvens 80-100. Eliquis fortsat 2,5 mg x 2 (alder, nyrefunktion).
Diabetes: BS 8-15 under infektionen, NovoMix midlertidigt øget, nu vanlig dosis. Ingen hypoglykæmier.
Nyrefunktion: krea max 214, ved udskrivelse 181 (habituelt). Medicinen gennemgået af farmaceut og tilpasset eGFR < 30.
KOL: stabil under indlæggelsen, ingen obstruktion klinisk, Spiolto fortsat.
Behandlingsniveau drøftet med datteren: fravalg af genoplivning og respiratorbehandling, i tråd med pt.'s tidligere udtrykte ønske. Ved ny pneumoni kan AB p.o. gives på plejehjemmet.

Diagnoser ved udskrivelse:
Aspirationspneumoni ha. underlap
Delir ved demens
Alzheimers demens, sen debut
Kronisk atrieflimren
Hjerteinsufficiens med bevaret uddrivningsfraktion (HFpEF)
Diabetes type 2 med nefropati
Kronisk nyreinsufficiens, stadie 4
KOL

Plan: Amoxicillin/clavulansyre til og med 24/1. Fortykkede drikke og moset kost, siddende ved måltider. Vejes 2 x ugentligt på plejehjemmet; ved vægtøgning > 2 kg kontakt til e.l. Krea og K hos e.l. om 1 uge. Mobilisering ved plejehjemmets personale. Ingen ambulant kontrol.
"""
        ],
        "medications": [
            ("J01CR02", "amoxicillin/clavulansyre", "500/125 mg x 3 til og med 24/1"),
            ("B01AF02", "apixaban", "2,5 mg x 2"),
            ("C03CA01", "furosemid", "40 mg x 1"),
            ("A10AD05", "insulin aspart (biphasic)", "NovoMix 30, 14 E morgen + 8 E aften"),
            ("R03AL06", "tiotropium/olodaterol", "2 pust x 1"),
            ("N02BE01", "paracetamol", "1 g x 3"),
        ],
        "labs": [
            ("NPU19748", "C-reaktivt protein [CRP];P", 41, "mg/L", None, 8),
            ("NPU18016", "Kreatinin;P", 181, "µmol/L", 45, 90),
            ("NPU03230", "Kalium;P", 4.8, "mmol/L", 3.5, 4.4),
            ("NPU02319", "Hæmoglobin;B", 6.9, "mmol/L", 7.3, 9.5),
        ],
        "codes": [
            ("DJ690", "A"),
            ("DF051", "B"),
            ("DF001", "B"),
            ("DI482", "B"),
            ("DI501E", "B"),
            ("DE112", "B"),
            ("DN184", "B"),
            ("DJ449", "B"),
        ],
        "evidence": [
            ("DJ690", "Aspirationspneumoni i ha. underlap"),
            ("DJ690", "Lungebetændelsen behandlet"),
            ("DJ690", "Aspirationspneumoni ha. underlap"),
            ("DF051", "kompliceret med delir"),
            ("DF051", "Delir ved demens"),
            ("DF001", "Alzheimers demens med sen debut"),
            ("DF001", "Alzheimers demens, sen debut"),
            ("DI482", "Permanent atrieflimren"),
            ("DI482", "Kronisk atrieflimren"),
            ("DI501E", "Hjertesvigt med bevaret EF"),
            ("DI501E", "Hjerteinsufficiens med bevaret uddrivningsfraktion (HFpEF)"),
            ("DE112", "DM2 gennem 25 år med diabetisk nefropati"),
            ("DE112", "Diabetes type 2 med nefropati"),
            ("DN184", "kronisk nyresygdom stadie 4"),
            ("DN184", "Kronisk nyreinsufficiens, stadie 4"),
            ("DJ449", "KOL, moderat"),
            ("DJ449", "KOL", "Kronisk nyreinsufficiens, stadie 4"),
        ],
        "distractors": [
            ("DS720", "St.p. collumfraktur ha. 2021", "history"),
            ("DH259", "Grå stær opereret bilat.", "history"),
            ("DG209", "Søster havde Parkinsons sygdom", "family"),
            ("DL899", "ingen tryksår", "negated"),
            ("DN390", "mistanke om UVI, men urindyrkningen viste ingen signifikant vækst", "negated"),
            ("DI269", "Ikke mistanke om lungeemboli", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HO-02",
        "department": "Akutafdeling",
        "specialty": "akutmedicin",
        "patient": {"age": 82, "sex": "M"},
        "admission": {"start": "2026-02-03", "end": "2026-02-04"},
        "notes": [
            """FAM, akutjournal/epikrise

82-årig mand. DM2 (Amaryl + Lantus), HT, kr. nyresygdom st. 3 (eGFR ca. 35). Bor alene, hjemmepleje 1 x dgl. Ingen kendt epilepsi.

Kontaktårsag: Fundet bevidstløs i sengen af hjemmeplejen kl. 07.50. Præhospitalt mistanke om blodprop i hjernen, men BS målt til 1,4 i ambulancen. Fik 50 ml glukose 50 % i.v., vågnede op efter få minutter.

Ved ankomst: GCS 15 (præhosp. GCS 6). BT 164/88, P 78 reg., T 36,2. Neurologisk: ingen fokale udfald, pupiller ens og lysreagerende.
BS 1,4 -> 9,8 efter glukose. Krea 168 (132 for 3 mdr. siden), eGFR 33, K 4,6, Na 139, HbA1c 49.

Vurd.: Hypoglykæmisk koma ved type 2-diabtes, udløst af sulfonylurinstof (Amaryl) sammen med faldende nyrefunktion og sparsomt kostindtag under forkølelse. Ikke apopleksi.

Forløb: Obs. i FAM 24 t, BS hver time de første 6 t, herefter hver 2. time. Glukoseinfusion 10 % i 14 t pga. fornyet BS 3,1 kl. 12. Derefter stabile BS 6-11 uden infusion.
Amaryl seponeret permanent. Lantus reduceret fra 20 til 14 E. BT højt hele forløbet, amlodipin fortsat.
Krea ved udskr. 151.

Dx: Hypoglykæmisk koma, DM2. Kronisk nyreinsufficiens st. 3. Hypertension.

Plan: Hjemmeplejen måler BS x 2 dgl. i 1 uge. Kontrol hos e.l. om 1 uge mhp. BS-profil og krea. Har fået skriftlig information om lavt blodsukker.
"""
        ],
        "medications": [
            ("A10AE04", "insulin glargin", "14 E x 1"),
            ("C08CA01", "amlodipin", "10 mg x 1"),
        ],
        "labs": [
            (None, "Glukose;P", 1.4, "mmol/L", 4.0, 7.0),
            ("NPU18016", "Kreatinin;P", 151, "µmol/L", 60, 105),
        ],
        "codes": [("DE110B", "A"), ("DN183", "B"), ("DI109", "B")],
        "evidence": [
            ("DE110B", "Hypoglykæmisk koma ved type 2-diabtes"),
            ("DE110B", "Hypoglykæmisk koma, DM2"),
            ("DN183", "kr. nyresygdom st. 3"),
            ("DN183", "Kronisk nyreinsufficiens st. 3"),
            ("DI109", "HT", "HT, kr."),
            ("DI109", "Hypertension.", "Dx:"),
        ],
        "distractors": [
            ("DG409", "Ingen kendt epilepsi", "negated"),
            ("DI639", "Præhospitalt mistanke om blodprop i hjernen", "uncertain"),
            ("DI639", "Ikke apopleksi", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HO-03",
        "department": "Ortopædkirurgisk afdeling",
        "specialty": "ortopædkirurgi",
        "patient": {"age": 57, "sex": "F"},
        "admission": {"start": "2026-01-14", "end": "2026-01-19"},
        "notes": [
            (
                "epikrise",
                """Epikrise, ortopædkirurgisk sengeafsnit

57-årig kvinde, kontorassistent. Ryger 15-20 cig. dagligt, ca. 35 pakkeår. Velbehandlet hypothyreose (Eltroxin). Distorsion af samme ankel for ca. 10 år siden, ingen følger.

Faldt på isglat trappe 14/1 og vred om på ve. fod, kunne ikke støtte på benet.
Obj.: Hævet, fejlstillet ve. ankel, huden spændt medialt men intakt. Distal puls og sensibilitet normal.
RTG ve. ankel: trimalleolær luksationsfraktur (Weber B lateralt, mediale malleol og bageste tibiakant). RTG af foden: ingen fraktur af calcaneus eller mellemfod.
Reponeret i skadestuen i analgosedation, gipsskinne. Kontrol-RTG: acceptabel stilling.

Forløb: Opereret 16/1, da hævelsen var aftaget, se operationsbeskrivelse. Ukompliceret postoperativt. Mobiliseret med albuestokke uden belastning af ve. ben. Smertedækket med paracetamol og morfin p.n. Tromboseprofylakse med Fragmin, da hun ikke må belaste i 6 uger.
Rygning: informeret om øget risiko for forsinket knogle- og sårheling ved fortsat rygning; ønsker nikotinplaster, som er startet.
Eltroxin fortsat uændret.

Dx: Trimalleolær fraktur ve. ankel. Nikotinafhængighed. Hypothyreose.

Plan: Ingen belastning i 6 uger. Gips til sårkontrol og trådfjernelse i ambulatoriet om 2 uger, herefter ortose. Fragmin i 6 uger. Ambulant kontrol med RTG om 6 uger.
""",
            ),
            (
                "operationsbeskrivelse",
                """Operationsbeskrivelse

Diagnose: Fractura trimalleolaris sin.
Operation: Åben reposition og intern fiksation af laterale og mediale malleol samt posteriore tibiakant, ve.
Anæstesi: Generel + poplitealblok. Blodtomhed 90 min.
Procedure: Rygleje. Lateral incision over fibula. Skrå fraktur i syndesmoseniveau reponeres og fikseres med 1 lagskrue og 1/3-rørplade med 6 huller. Medial incision: malleolfragmentet reponeres og fikseres med 2 spongiosaskruer 4,0 mm. Det posteriore fragment (ca. 20 % af ledfladen) reponeres indirekte og fikseres med 2 AP-skruer. Cotton-test negativ, syndesmosen stabil. Gennemlysning: kongruent led. Skylning, lukning lagvis, intrakutan sutur. Gipsskinne.
Postop.: Aflastning 6 uger. Trådfjernelse dag 14.
""",
            ),
        ],
        "medications": [
            ("B01AB04", "dalteparin", "5000 IE x 1 s.c. i 6 uger"),
            ("N02BE01", "paracetamol", "1 g x 4"),
            ("N02AA01", "morfin", "10 mg p.n., max x 4"),
            ("N07BA01", "nikotin", "depotplaster 21 mg/24 t"),
            ("H03AA01", "levothyroxin", "100 mikrog x 1"),
        ],
        "codes": [("DS828C", "A"), ("DF172", "B"), ("DE039", "B")],
        "evidence": [
            ("DS828C", "trimalleolær luksationsfraktur"),
            ("DS828C", "Trimalleolær fraktur ve. ankel"),
            ("DS828C", "Fractura trimalleolaris sin.", "", 1),
            ("DF172", "Ryger 15-20 cig. dagligt"),
            ("DF172", "Nikotinafhængighed"),
            ("DE039", "Velbehandlet hypothyreose"),
            ("DE039", "Hypothyreose.", "Dx:"),
        ],
        "distractors": [
            ("DS934", "Distorsion af samme ankel for ca. 10 år siden", "history"),
            ("DS920", "ingen fraktur af calcaneus", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HO-04",
        "department": "Akutafdeling",
        "specialty": "ortopædkirurgi",
        "patient": {"age": 22, "sex": "M"},
        "admission": {"start": "2026-03-07", "end": "2026-03-07"},
        "notes": [
            """Skadestuejournal/epikrise

22-årig mand, håndboldspiller. Rask, ingen medicin. Ikke tidl. luksationer.

Aktuelt: Faldt på udstrakt arm under kamp kl. 19, ha. arm blev trukket i abduktion og udadrotation af modspiller. Kraftige smerter, kan ikke bevæge skulderen.
Obj.: Holder armen ind til kroppen, kantet skulderkontur med fordybning under acromion, caput humeri palperes fortil. Sensibilitet over m. deltoideus normal, ingen aksillarisparese. Radialispuls normal.
RTG ha. skulder: forreste luksation i skulderleddet, ingen fraktur, ingen Hill-Sachs-læsion.
Beh.: Reponeret i analgosedation (propofol + fentanyl) efter Kochers metode uden besvær. Kontrol-RTG: reponeret. Neurovaskulært intakt efter reposition.

Dx: Luxatio humeri anterior dxt. (første gang).

Plan: Slynge 1 uge for smertelindring, herefter aktive øvelser, fysioterapi via e.l. Ingen håndbold i 6 uger. Ved nye luksationer henvises til ortopædkirurgisk ambulatorium mhp. stabiliserende operation.
"""
        ],
        "medications": [("N02BE01", "paracetamol", "1 g x 4 p.n.")],
        "codes": [("DS430", "A")],
        "evidence": [
            ("DS430", "forreste luksation i skulderleddet"),
            ("DS430", "Luxatio humeri anterior dxt."),
        ],
        "distractors": [
            ("DM244E", "Ikke tidl. luksationer", "negated"),
            ("DS443", "ingen aksillarisparese", "negated"),
            ("DS422", "ingen fraktur", "negated"),
            ("DM244E", "Ved nye luksationer henvises til ortopædkirurgisk ambulatorium", "planned"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HO-05",
        "department": "Ortopædkirurgisk afdeling",
        "specialty": "ortopædkirurgi",
        "patient": {"age": 76, "sex": "F"},
        "admission": {"start": "2026-05-18", "end": "2026-06-05"},
        "notes": [
            (
                "epikrise",
                """Epikrise

76-årig kvinde. Total knæalloplastik ha. 2023 pga. artrose, velfungerende indtil nu. DM2 i tabletbeh. (metformin), HbA1c 55. Hypertension (losartan). Ingen tidl. infektioner i knæet.

Indl. med 3 døgns tiltagende smerter, hævelse og varme af ha. knæ, feber op til 39,2. Kan ikke gå. Havde 1 uge forinden en inficeret rift på ha. underben efter havearbejde.
Obj.: Temp. 38,8, BT 138/76, puls 102. Ha. knæ: hævet, varmt, rødt, udtalt ledansamling, smerter ved flexion > 30 gr. Helende sår på ha. crus med let rødme omkring.
Ledpunktur: uklar ledvæske, leuk 48.000, 92 % PMN. Ingen krystaller, ikke holdepunkt for urinsyregigt. Dyrkning: S. aureus (methicillinfølsom). Bloddyrkning x 2: negative.
CRP 246, leuk 14,9, krea 88.
UL ha. ben: ingen DVT.
RTG ha. knæ: protesen velplaceret, ingen løsning.

Vurdering: Akut hæmatogen protese-infektion, ha. knæ, S. aureus. Symptomvarighed < 3 uger og fast protese -> DAIR.

Forløb: Opereret dag 1, se op.beskrivelse. Cloxacillin i.v., efter 2 uger skiftet til rifampicin + fusidinsyre p.o. i samråd med infektionsmedicinerne. Knæet faldet til ro, CRP 34 ved udskr. Mobiliseret med rollator, fuld belastning.
Metformin pauseret omkring kontrastskanning og genoptaget, BS 7-12. Losartan pauseret 2 dage pga. BT 100/60, derefter genoptaget.

Dx: Dyb infektion i knæalloplastik ha. (S. aureus). Diabetes mellitus type 2. Hypertension.

Plan: Rifampicin + fusidinsyre i alt 12 uger. Kontrol i infektionsambulatoriet om 2 uger med CRP og levertal. Ortopædkirurgisk kontrol om 6 uger.
""",
            ),
            (
                "operationsbeskrivelse",
                """Operationsbeskrivelse

Indikation: Akut hæmatogen infektion i total knæalloplastik ha.
Operation: Åben debridement, synovektomi og udskiftning af polyethylen-indlæg (DAIR), ha. knæ.
Anæstesi: Spinal.
Procedure: Gennem gammelt ar medial parapatellar artrotomi. Ca. 80 ml uklar, gullig ledvæske udtømmes. Kraftig synovitis, radikal synovektomi. 5 vævsbiopsier til dyrkning. Indlægget fjernes, komponenterne inspiceres og er fast forankrede. Pulsskylning med 9 l NaCl. Nyt indlæg str. 10 mm. Lukning lagvis over dræn.
Postop.: Fuld belastning. Dræn fjernes dag 1. I.v. antibiotika efter aftale med infektionsmedicinsk afd.
""",
            ),
        ],
        "medications": [
            ("J04AB02", "rifampicin", "450 mg x 2 i 12 uger"),
            ("J01XC01", "fusidinsyre", "500 mg x 3 i 12 uger"),
            ("A10BA02", "metformin", "1 g x 2"),
            ("C09CA01", "losartan", "50 mg x 1"),
        ],
        "labs": [
            ("NPU19748", "C-reaktivt protein [CRP];P", 34, "mg/L", None, 8),
            ("NPU18016", "Kreatinin;P", 88, "µmol/L", 45, 90),
        ],
        "codes": [("DT845A", "A"), ("DB956", "B"), ("DE119", "B"), ("DI109", "B")],
        "evidence": [
            ("DT845A", "Akut hæmatogen protese-infektion, ha. knæ"),
            ("DT845A", "Dyb infektion i knæalloplastik ha."),
            ("DT845A", "Akut hæmatogen infektion i total knæalloplastik ha.", "", 1),
            ("DB956", "S. aureus (methicillinfølsom)"),
            ("DB956", "S. aureus", "Dx:"),
            ("DE119", "DM2 i tabletbeh."),
            ("DE119", "Diabetes mellitus type 2"),
            ("DI109", "Hypertension (losartan)"),
            ("DI109", "Hypertension.", "Dx:"),
        ],
        "distractors": [
            ("DM109", "ikke holdepunkt for urinsyregigt", "negated"),
            ("DI802", "ingen DVT", "negated"),
            ("DT840", "ingen løsning", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HO-06",
        "department": "Obstetrisk afdeling",
        "specialty": "obstetrik",
        "patient": {"age": 31, "sex": "F"},
        "admission": {"start": "2026-04-02", "end": "2026-04-06"},
        "notes": [
            """Epikrise - fødegang/barselsafsnit

31-årig I-gravida I-para. Ukompliceret graviditet med normal nakkefoldsscanning og misdannelsesscanning. OGTT i uge 28 normal, ikke gestationel diabetes. BT normalt gennem hele graviditeten, ingen tegn på præeklampsi. BMI 24. Ingen kroniske sygdomme. Mor havde svangerskabsforgiftning i sin første graviditet.

Indlagt GA 41+5 til igangsættelse pga. overbåren graviditet. Priming med misoprostol p.o., vandafgang efter 18 t, herefter ve-stimulation med oxytocin.
Udvidelsesfase 9 t. Uddrivningsfase 2 t 50 min med utilstrækkelig fremgang trods gode pressevéer, caput i bækkenudgangen, CTG med sene decelerationer. Forløst med vakuumekstraktion (Kiwi, 2 træk) til levende pige, 3.820 g, 53 cm, Apgar 9/10, navlesnors-pH 7,21.
Placenta født komplet efter 15 min. Herefter kraftig blødning med slap uterus trods massage. Behandlet med oxytocin-infusion, misoprostol rektalt og tranexamsyre i.v. samt blærekateter, hvorefter uterus kontraherede sig. Samlet blodtab målt til 1.600 ml.
Eksploration på operationsgangen i spinal: ruptur af vagina og perineum med total ruptur af eksterne sphincter ani (> 50 %), interne sphincter og rektalslimhinden intakte, svarende til grad 3b. Suturet af overlæge.
Hb postpartum 5,4 (før fødslen 7,6). Transfunderet med 2 SAG, Hb herefter 6,3. Jerninfusion (Monofer 1.000 mg) dag 2.

Barselsforløb: Ammer, god kontakt til barnet. Smerter dækket med paracetamol og ibuprofen. Movicol i 2 uger. Vandlader spontant efter fjernelse af kateter dag 1, resturin < 100 ml. Kontinent for luft og afføring ved udskrivelsen. Mobiliseret, afebril.

Diagnoser:
Postpartum blødning 1.600 ml pga. atoni
Sphincterruptur grad 3b
Forlænget uddrivningsfase, vakuumekstraktion
Overbåren graviditet
Anæmi i barselsperioden
Levendefødt enkeltbarn

Plan: Jerntabletter i 3 mdr. Hb hos e.l. om 4 uger. Tid i bækkenbundsambulatoriet om 3 mdr. (anal ultralyd og sphinctertryk). Fysioterapeut har instrueret i knibeøvelser. Kontakt afdelingen ved feber eller tiltagende smerter.
"""
        ],
        "medications": [
            ("B03AA07", "ferrosulfat", "100 mg x 1 i 3 mdr."),
            ("N02BE01", "paracetamol", "1 g x 4"),
            ("M01AE01", "ibuprofen", "400 mg x 3 p.n."),
            ("A06AD65", "macrogol, kombinationer", "1 brev x 2 i 2 uger"),
        ],
        "labs": [("NPU02319", "Hæmoglobin;B", 6.3, "mmol/L", 7.3, 9.5)],
        "codes": [
            ("DO721D", "A"),
            ("DO702E", "B"),
            ("DO631", "B"),
            ("DO489", "B"),
            ("DO990A", "B"),
            ("DZ370", "B"),
        ],
        "evidence": [
            ("DO721D", "kraftig blødning med slap uterus"),
            ("DO721D", "Samlet blodtab målt til 1.600 ml"),
            ("DO721D", "Postpartum blødning 1.600 ml pga. atoni"),
            ("DO702E", "total ruptur af eksterne sphincter ani (> 50 %)"),
            ("DO702E", "Sphincterruptur grad 3b"),
            ("DO631", "Uddrivningsfase 2 t 50 min med utilstrækkelig fremgang"),
            ("DO631", "Forlænget uddrivningsfase"),
            ("DO489", "igangsættelse pga. overbåren graviditet"),
            ("DO489", "Overbåren graviditet"),
            ("DO990A", "Anæmi i barselsperioden"),
            ("DZ370", "Forløst med vakuumekstraktion (Kiwi, 2 træk) til levende pige"),
            ("DZ370", "Levendefødt enkeltbarn"),
        ],
        "distractors": [
            ("DO244", "ikke gestationel diabetes", "negated"),
            ("DO149", "ingen tegn på præeklampsi", "negated"),
            ("DO149", "Mor havde svangerskabsforgiftning", "family"),
            ("DR159", "Kontinent for luft og afføring", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HO-07",
        "department": "Gynækologisk afdeling",
        "specialty": "gynækologi",
        "patient": {"age": 29, "sex": "F"},
        "admission": {"start": "2026-06-21", "end": "2026-06-23"},
        "notes": [
            """Epikrise, gyn. afd.

29-årig kvinde, 0-para, sidste menstruation for ca. 7 uger siden, positiv graviditetstest hjemme for 2 uger siden. Tidl. klamydia 2019, behandlet. Ryger ikke. Ellers rask.

Indbragt med pludselige kraftige smerter i nedre ha. del af abdomen og smerter i ha. skulder, besvimede derhjemme.
Obj.: Bleg, klam. BT 88/54, puls 124. Abdomen: diffus ømhed og défense, mest udtalt i ha. fossa iliaca. Appendicitis overvejet, men anset for mindre sandsynlig.
S-hCG 3.450. Hb 6,1.
Vaginal UL: tom uterus, ingen intrauterin graviditet. Ha. adneksregion: kompleks udfyldning 3 cm. Betydelig fri væske i fossa Douglasi og op til leveren.

Vurdering: Rumperet ekstrauterin graviditet ha. med hæmoperitoneum og hypovolæmi.

Forløb: Akut laparoskopi: ca. 1,2 l blod og koagler i abdomen. Rumperet tubar graviditet i ha. ampulla, ha. salpingektomi. Ve. tuba og begge ovarier normale. Appendix normal. Transfunderet med 2 SAG og 1 plasma, Hb 6,0 dag 1 og stabil. Histologi: chorionvilli i tuba, forenelig med tubar graviditet. S-hCG faldende (dag 2: 1.120).
Pt. og partner har fået en samtale om forløbet og fremtidig graviditet; tidlig scanning anbefales ved ny graviditet.

Dx: Rumperet tubar graviditet ha. (extrauterin graviditet) - laparoskopisk salpingektomi.

Plan: S-hCG hos e.l. ugentligt til negativ. Jerntilskud i 3 mdr. Sygemeldt 2 uger. Anti-D ikke relevant (Rh pos.).
"""
        ],
        "medications": [("B03AA07", "ferrosulfat", "100 mg x 1 i 3 mdr."), ("N02BE01", "paracetamol", "1 g x 4 p.n.")],
        "labs": [
            (None, "Choriogonadotropin (hCG);P", 1120, "IU/L", None, 5),
            ("NPU02319", "Hæmoglobin;B", 6.0, "mmol/L", 7.3, 9.5),
        ],
        "codes": [("DO001A", "A")],
        "evidence": [
            ("DO001A", "Rumperet ekstrauterin graviditet ha."),
            ("DO001A", "Rumperet tubar graviditet i ha. ampulla"),
            ("DO001A", "Rumperet tubar graviditet ha."),
        ],
        "distractors": [
            ("DA560", "Tidl. klamydia 2019, behandlet", "history"),
            ("DK359", "Appendicitis overvejet, men anset for mindre sandsynlig", "uncertain"),
            ("DK359", "Appendix normal", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HO-08",
        "department": "Børneafdeling",
        "specialty": "pædiatri",
        "patient": {"age": 1, "sex": "M"},
        "admission": {"start": "2026-02-15", "end": "2026-02-16"},
        "notes": [
            """Epikrise, børneafdelingen

Dreng 1 år 7 mdr. Født til termin, normal psykomotorisk udvikling, vaccineret iflg. programmet. Går i vuggestue. Morfar har epilepsi.

Forældrene ringede 1-1-2, da drengen i hjemmet fik et krampeanfald med stivhed og rykvise trækninger i alle 4 ekstremiteter og opadrullede øjne. Varighed ca. 3 min, ophørte spontant før ambulancen kom. Efterfølgende søvnig ca. 30 min. Har haft snue og været varm siden i går og har taget sig til ve. øre i nat.
Obj.: Temp. 39,6. Vågen, irritabel men trøstbar, god kontakt. Ingen nakke-rygstivhed, ingen petekkier. Neurologisk alderssvarende uden fokale udfald. Ve. trommehinde rød og bugnende, ha. u.a. Let rødt svælg. St.p. u.a.
CRP 42, leuk 13,4. BS 6,2. Urin-stix u.a.

Vurdering: Simpel feberkrampe udløst af akut otitis media ve. Ikke mistanke om meningitis, LP ikke indiceret.

Forløb: Paracetamol med faldende temperatur. Ingen nye kramper under 20 timers observation. Penicillin mikstur startet pga. udtalt mellemørebetændelse med høj feber. Spiser og drikker.
Forældrene har fået mundtlig og skriftlig vejledning om feberkramper, herunder hvornår de skal ringe 1-1-2.

Dx: Feberkramper, simpel. Akut purulent otitis media ve.

Plan: Penicillin mikstur i 5 dage. Ingen kontrol. EEG ikke indiceret.
"""
        ],
        "medications": [
            ("J01CE02", "phenoxymethylpenicillin", "mikstur 25 mg/kg x 3 i 5 dage"),
            ("N02BE01", "paracetamol", "suppositorie 15 mg/kg p.n., max x 4"),
        ],
        "labs": [("NPU19748", "C-reaktivt protein [CRP];P", 42, "mg/L", None, 8)],
        "codes": [("DR560", "A"), ("DH660", "B")],
        "evidence": [
            ("DR560", "Simpel feberkrampe"),
            ("DR560", "Feberkramper, simpel"),
            ("DH660", "Ve. trommehinde rød og bugnende"),
            ("DH660", "akut otitis media ve."),
            ("DH660", "Akut purulent otitis media ve."),
        ],
        "distractors": [
            ("DG409", "Morfar har epilepsi", "family"),
            ("DG039", "Ikke mistanke om meningitis", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HO-09",
        "department": "Børneafdeling",
        "specialty": "pædiatri",
        "patient": {"age": 0, "sex": "F"},
        "admission": {"start": "2026-03-09", "end": "2026-03-11"},
        "notes": [
            """Epikrise

Pige 10 mdr., født uge 36+2, ellers rask og i god trivsel (vægt 8,6 kg før sygdommen). Ikke vaccineret mod rotavirus. Storesøster på 6 år har cøliaki.

3 dg. med opkastninger og hyppige, vandige, grønlige afføringer, op til 10 i døgnet. Ingen blod i afføringen. Feber max 38,5. Sidste døgn kun få våde bleer, sløv.
Obj.: Vægt 8,0 kg (vægttab ca. 7 %). Indsunken fontanel, tørre slimhinder, kapillærrespons 3 sek., ingen tårer ved gråd. Sløv, men vågner ved stimulation. Abdomen blødt, ingen udfyldninger, ingen ømhed. Temp. 38,1.
Venøs gas: pH 7,30, bic. 16, BE -8. Na 134, K 3,3, krea 41. BS 4,6.
Fæces-PCR: rotavirus positiv.

Vurdering: Rotavirus-gastroenteritis med moderat-svær dehydrering og let metabolisk acidose. Ikke mistanke om invagination (intet blod, ingen udfyldning, ingen intervalsymptomer).

Forløb: Forsøg med sukker-saltvandsopløsning i sonde, men fortsatte opkastninger; derfor i.v. væske med glukose og KCl i 30 t. Hurtig bedring, våde bleer igen. Overgik til amning og modermælkserstatning, siden grød. Diaré aftagende. Vægt ved udskrivelse 8,5 kg.

Dx: Rotavirus enteritis. Dehydrering.

Plan: Fortsat alderssvarende kost og rigeligt at drikke. Forældrene informeret om tegn på væskemangel. Kontakt egen læge ved fornyet forværring.
"""
        ],
        "labs": [("NPU03429", "Natrium;P", 134, "mmol/L", 135, 145), ("NPU03230", "Kalium;P", 3.3, "mmol/L", 3.5, 5.0)],
        "codes": [("DA080", "A"), ("DE869A", "B")],
        "evidence": [
            ("DA080", "Rotavirus-gastroenteritis"),
            ("DA080", "Rotavirus enteritis"),
            ("DE869A", "moderat-svær dehydrering"),
            ("DE869A", "Dehydrering.", "Dx:"),
        ],
        "distractors": [
            ("DK900", "Storesøster på 6 år har cøliaki", "family"),
            ("DK561", "Ikke mistanke om invagination", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HO-10",
        "department": "Børneafdeling",
        "specialty": "pædiatri",
        "patient": {"age": 7, "sex": "M"},
        "admission": {"start": "2026-10-05", "end": "2026-10-07"},
        "notes": [
            """Epikrise - børneafd./akutmodtagelse

7-årig dreng med allergisk astma (birk, græs, kat) siden 3-årsalderen, i vedligeholdelsesbeh. med Flutide 125 mikrog x 2 og Airomir p.n. Atopisk eksem i småbørnsalderen, nu i ro. Mor har høfeber. Forældrene ryger ikke.
Ifølge forældrene har han "glemt" Flutide det meste af den sidste måned, efter at han selv er begyndt at tage medicinen.

Aktuelt: 2 dg. med forkølelse, i nat tiltagende åndenød, pibende vejrtrækning og hoste, kan kun tale i korte sætninger. Airomir x 6 hjemme uden vedvarende effekt.
Obj.: RF 38, SAT 90 %, puls 136, afebril. Indtrækninger subkostalt, forlænget eksspirium, udbredte sibilationer bilat., nedsat luftskifte basalt. PEF 45 % af forventet.
RTG thorax: hyperinflation, ingen pneumoni.

Vurdering: Akut svær astmaeksacerbation udløst af virusinfektion og manglende vedligeholdelsesbehandling.

Forløb: Salbutamol + ipratropium på forstøver x 3 den første time, prednisolon 2 mg/kg p.o., ilt. Pga. utilstrækkelig effekt magnesiumsulfat i.v., herefter god effekt. Salbutamol aftrappet over 36 t. SAT > 94 % uden ilt fra dag 2, PEF ved udskrivelsen 85 %.
Astmasygeplejerske har gennemgået inhalationsteknik med spacer og aftalt, at forældrene står for morgen- og aftendosis.

Dx: Astma med akut eksacerbation. Manglende efterlevelse af forebyggende astmabehandling.

Plan: Prednisolon i alt 3 dage. Flutide 125 mikrog x 2 dagligt, Airomir p.n. Kontrol i børneambulatoriet om 4 uger.
"""
        ],
        "medications": [
            ("R03BA05", "fluticason", "125 mikrog x 2"),
            ("R03AC02", "salbutamol", "2 pust p.n."),
            ("H02AB06", "prednisolon", "25 mg x 1 til og med 8/10"),
        ],
        "codes": [("DJ459B", "A"), ("DZ911", "B")],
        "evidence": [
            ("DJ459B", "allergisk astma"),
            ("DJ459B", "Akut svær astmaeksacerbation"),
            ("DJ459B", "Astma med akut eksacerbation"),
            ("DZ911", 'har han "glemt" Flutide det meste af den sidste måned'),
            ("DZ911", "Manglende efterlevelse af forebyggende astmabehandling"),
        ],
        "distractors": [
            ("DL209", "Atopisk eksem i småbørnsalderen, nu i ro", "history"),
            ("DJ301", "Mor har høfeber", "family"),
            ("DJ189", "ingen pneumoni", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HO-11",
        "department": "Neurologisk afdeling",
        "specialty": "neurologi",
        "patient": {"age": 68, "sex": "M"},
        "admission": {"start": "2026-04-27", "end": "2026-04-30"},
        "notes": [
            """Epikrise, neurologisk afd. (TCI-klinik/sengeafsnit)

68-årig mand, pens. elektriker, gift. Hypertension, hyperkolesterolæmi i statinbeh. Ryger 20/dag, 50 pakkeår. Far døde af apopleksi 74 år. Ingen tidl. neurologisk sygdom.

Aktuelt: I går aftes pludselig "som et gardin der blev trukket ned" for ve. øje, totalt synstab på ve. øje i ca. 5 min, derefter normalt syn. Ingen lammelser, intet talebesvær, ingen hovedpine. Henvist akut af vagtlæge.
Obj.: BT 176/94, puls 72 reg. Neurologisk u.a., NIHSS 0. Visus og synsfelter normale. Fundoskopi (øjenlæge): ingen emboli i retina, ingen tegn på retinal arterieokklusion.
MR cerebrum inkl. diffusion: ingen infarkter, lette småkarsforandringer.
UL af halskar + CT-angio: 80 % stenose af ve. a. carotis interna, ha. side 30 %.
EKG: SR. 72 t Holter: ingen atrieflimren.
LDL 3,1 trods simvastatin 20 mg. HbA1c 39.

Vurdering: Amaurosis fugax ve. øje ved symptomatisk højgradig stenose af ve. a. carotis interna.

Forløb: Startet ASA + clopidogrel frem til operationen, simvastatin skiftet til atorvastatin 80 mg. Amlodipin øget. Konference med karkirurgerne: carotis-endarterektomi ve. side planlagt i næste uge. Rygestopsamtale, vil forsøge vareniclin.
Hustruen fortæller om kraftig snorken og vejrtrækningspauser om natten - henvist til søvnklinikken mhp. udredning for søvnapnø.

Dx: Amaurosis fugax ve. Stenose af ve. a. carotis interna. Hypertension. Hyperkolesterolæmi. Tobaksafhængighed.

Plan: Indkaldes til endarterektomi i karkirurgisk regi. ASA + clopidogrel indtil da, derefter clopidogrel alene. Kørselsforbud til efter operationen (informeret). Kontrol i TCI-klinikken om 3 mdr.
"""
        ],
        "medications": [
            ("B01AC06", "acetylsalicylsyre", "75 mg x 1"),
            ("B01AC04", "clopidogrel", "75 mg x 1"),
            ("C10AA05", "atorvastatin", "80 mg x 1"),
            ("C08CA01", "amlodipin", "10 mg x 1"),
            ("N07BA03", "vareniclin", "0,5 mg x 1, optrappes efter skema"),
        ],
        "labs": [(None, "Kolesterol LDL;P", 3.1, "mmol/L", None, 3.0)],
        "codes": [("DG453", "A"), ("DI652B", "B"), ("DI109", "B"), ("DE780", "B"), ("DF172", "B")],
        "evidence": [
            ("DG453", "totalt synstab på ve. øje i ca. 5 min"),
            ("DG453", "Amaurosis fugax ve. øje"),
            ("DG453", "Amaurosis fugax ve.", "Dx:"),
            ("DI652B", "80 % stenose af ve. a. carotis interna"),
            ("DI652B", "symptomatisk højgradig stenose af ve. a. carotis interna"),
            ("DI652B", "Stenose af ve. a. carotis interna"),
            ("DI109", "Hypertension"),
            ("DI109", "Hypertension.", "Dx:"),
            ("DE780", "hyperkolesterolæmi i statinbeh."),
            ("DE780", "Hyperkolesterolæmi."),
            ("DF172", "Ryger 20/dag, 50 pakkeår"),
            ("DF172", "Tobaksafhængighed"),
        ],
        "distractors": [
            ("DI639", "Far døde af apopleksi 74 år", "family"),
            ("DH340", "ingen tegn på retinal arterieokklusion", "negated"),
            ("DI639", "ingen infarkter", "negated"),
            ("DI489", "ingen atrieflimren", "negated"),
            ("DG473", "henvist til søvnklinikken mhp. udredning for søvnapnø", "planned"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HO-12",
        "department": "Neurokirurgisk afdeling",
        "specialty": "neurokirurgi",
        "patient": {"age": 52, "sex": "F"},
        "admission": {"start": "2026-07-03", "end": "2026-07-17"},
        "notes": [
            """Epikrise, neurokirurgisk afdeling (overflyttes til hjemsygehus)

52-årig kvinde, social- og sundhedsassistent. Behandlet hypertension (enalapril). Ryger 10 cig./dag. Migræne i 20'erne, ingen anfald i mange år. Søster har et kendt, ikke-bristet aneurisme på hjernens kar, som følges.

Aktuelt: Pludselig eksplosiv hovedpine under havearbejde ("den værste i mit liv"), opkastning og kortvarigt bevidsthedstab. Modtaget på lokalsygehus med GCS 13 og nakkestivhed.
CT cerebrum: udbredt subaraknoidal blødning i de basale cisterner og den interhemisfærielle fissur, Fisher grad 3, begyndende udvidelse af ventrikelsystemet. Ingen intracerebral blødning. CT-angio: 6 mm aneurisme på a. communicans anterior. Overflyttet til NKA.

Forløb: WFNS grad 2. Aneurismet coilet samme aften af neuroradiolog med komplet okklusion. Pga. tiltagende hydrocefalus og fald i GCS til 11 anlagt eksternt ventrikeldræn dag 1, herefter GCS 15. Nimodipin p.o. i 21 dage. TCD dag 4-12 med let forhøjede hastigheder dag 7-9, ingen kliniske tegn på vasospasmer, ingen nye udfald. Drænet afklemt dag 10 og fjernet dag 12 uden behov for shunt, kontrol-CT uden hydrocefalus.
Hyponatriæmi dag 5-8 (Na min. 129), behandlet med NaCl-tilskud og fludrocortison, Na 137 ved overflytning.
Systolisk BT holdt < 160. Enalapril genoptaget.
Ingen rebløding.

Dx: Subaraknoidalblødning fra aneurisme på a. communicans anterior, coilet. Akut hydrocefalus, eksternt ventrikeldræn. Hyponatriæmi. Hypertension. Nikotinafhængighed.

Plan: Overflyttes til neurologisk afd. på hjemsygehuset til videre mobilisering og genoptræning. Kontrol-MR-angio af det coilede aneurisme om 6 mdr. Rygestop anbefalet, da rygning øger risikoen for nye aneurismer.
"""
        ],
        "medications": [
            ("C08CA06", "nimodipin", "60 mg x 6 til og med 23/7"),
            ("C09AA02", "enalapril", "10 mg x 1"),
            ("N02BE01", "paracetamol", "1 g x 4"),
        ],
        "labs": [("NPU03429", "Natrium;P", 137, "mmol/L", 137, 145)],
        "codes": [("DI602", "A"), ("DG919", "B"), ("DE871A", "B"), ("DI109", "B"), ("DF172", "B")],
        "evidence": [
            ("DI602", "udbredt subaraknoidal blødning i de basale cisterner"),
            ("DI602", "6 mm aneurisme på a. communicans anterior"),
            ("DI602", "Subaraknoidalblødning fra aneurisme på a. communicans anterior"),
            ("DG919", "tiltagende hydrocefalus"),
            ("DG919", "Akut hydrocefalus"),
            ("DE871A", "Hyponatriæmi dag 5-8"),
            ("DE871A", "Hyponatriæmi.", "Dx:"),
            ("DI109", "Behandlet hypertension"),
            ("DI109", "Hypertension.", "Dx:"),
            ("DF172", "Ryger 10 cig./dag"),
            ("DF172", "Nikotinafhængighed"),
        ],
        "distractors": [
            ("DG439", "Migræne i 20'erne, ingen anfald i mange år", "history"),
            ("DI671", "Søster har et kendt, ikke-bristet aneurisme", "family"),
            ("DI619", "Ingen intracerebral blødning", "negated"),
            ("DG459A", "ingen kliniske tegn på vasospasmer", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HO-13",
        "department": "Neurologisk afdeling",
        "specialty": "neurologi",
        "patient": {"age": 74, "sex": "M"},
        "admission": {"start": "2026-09-14", "end": "2026-09-24"},
        "notes": [
            """Epikrise

74-årig mand med Parkinsons sygdom diagnosticeret 2018 (akinetisk-rigid type, debut ha. side), i beh. med Sinemet 125 mg x 5 og rasagilin. Bor med hustru i villa, selvhjulpen indtil for nylig. Ingen demens (MoCA 26/30 i efteråret). Hypertension, tidligere beh. med amlodipin, seponeret for 1 år siden pga. lavt BT.

Indl. via neurologisk ambulatorium efter 3 fald på 2 uger, heraf ét med bevidsthedstab i få sekunder ved rejsning fra stol. Desuden tiltagende off-perioder med frysning i døråbninger og uforudsigelige overbevægelser om eftermiddagen.
Obj.: Hypomimi, rigiditet ha. > ve., bradykinesi, kortskridtet gang med frysning, nedsat armsving. Ortostatisk BT: liggende 148/86, stående efter 1 min 96/58 med svimmelhed, puls 72 -> 76.
RTG ha. hofte efter faldet: ingen fraktur. EKG: SR, normale intervaller.

Vurdering: Fremskreden Parkinsons sygdom med motoriske fluktuationer og dyskinesier, samt ortostatisk hypotension som årsag til faldene og synkopen.

Forløb: Sinemet omlagt til 100 mg x 6 jævnt fordelt over dagen + Sinemet Depot til natten, rasagilin fortsat. Færre off-perioder og mindre dyskinesi. Ortostatisk hypotension: kompressionsstrømper, øget væske- og saltindtag, eleveret hovedgærde om natten; midodrin opstartet med god effekt, stående BT 122/74 ved udskrivelsen. Fysioterapeut: gangtræning med visuelle cues, rollator. Ergoterapeut: badebænk og toiletforhøjer.
Ingen hallucinationer, ingen kognitiv forværring under indlæggelsen.
Henvist til vurdering for avanceret behandling (pumpe/DBS) i bevægeforstyrrelsesklinikken.

Dx: Parkinsons sygdom med motoriske fluktuationer. Ortostatisk hypotension. Faldtendens.

Plan: Ambulant kontrol i Parkinson-ambulatoriet om 6 uger. Kommunal genoptræning.
"""
        ],
        "medications": [
            ("N04BA02", "levodopa/carbidopa", "100/25 mg x 6 + depot 200/50 mg til natten"),
            ("N04BD02", "rasagilin", "1 mg x 1"),
            ("C01CA17", "midodrin", "5 mg x 3 (sidste dosis kl. 16)"),
        ],
        "codes": [("DG209", "A"), ("DI951", "B"), ("DR296", "B")],
        "evidence": [
            ("DG209", "Parkinsons sygdom diagnosticeret 2018"),
            ("DG209", "Fremskreden Parkinsons sygdom med motoriske fluktuationer"),
            ("DG209", "Parkinsons sygdom med motoriske fluktuationer", "Dx:"),
            ("DI951", "ortostatisk hypotension som årsag til faldene"),
            ("DI951", "Ortostatisk hypotension.", "Dx:"),
            ("DR296", "3 fald på 2 uger"),
            ("DR296", "Faldtendens"),
        ],
        "distractors": [
            ("DF023", "Ingen demens", "negated"),
            ("DI109", "Hypertension, tidligere beh. med amlodipin, seponeret for 1 år siden", "history"),
            ("DS720", "ingen fraktur", "negated"),
            ("DR443", "Ingen hallucinationer", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HO-14",
        "department": "Infektionsmedicinsk afdeling",
        "specialty": "infektionsmedicin",
        "patient": {"age": 63, "sex": "M"},
        "admission": {"start": "2026-11-02", "end": "2026-11-11"},
        "notes": [
            """Epikrise

63-årig mand, buschauffør. DM2 (metformin + Ozempic), BMI 31. Ikke vaccineret mod COVID-19 siden 2022. Ingen kendt lungesygdom.

7 dages feber, tør hoste, muskelsmerter og tab af smagssans, de sidste 2 døgn tiltagende åndenød. Hustruen har haft det samme.
Obj. i FAM: RF 30, SAT 86 % på atm. luft, temp. 38,9, BT 142/84, puls 104. St.p.: spredte fine krepitationer bilat.
SARS-CoV-2 PCR positiv. CRP 124, leuk 6,8, lymfocytter 0,6, D-dimer 1,8, ferritin 1.450, procalcitonin 0,12.
A-gas på 4 l ilt: pO2 7,8, pCO2 4,4.
CT-angio af thorax: bilaterale perifere matglasforandringer, forenelig med COVID-19 pneumoni. Ingen lungeemboli.

Forløb: Covid-pneumoni med hypoksisk respirationssvigt. Behov for high-flow ilt (max 50 l/min, FiO2 0,6) dag 2-5 på intermediært afsnit, ikke behov for intensiv behandling eller respirator. Dexamethason 6 mg i 10 dage, tocilizumab engangsdosis dag 2. Tromboseprofylakse med Innohep. Initialt også piperacillin/tazobactam pga. mistanke om bakteriel superinfektion, seponeret efter 48 t ved lav procalcitonin og negative dyrkninger.
Iltbehovet aftrappet, SAT 93 % på atm. luft ved udskrivelsen.
Diabetes: BS op til 22 under dexamethason, insulin efter skema, Ozempic pauseret, metformin fortsat.

Dx: COVID-19 med viruspneumoni. Akut hypoksisk respirationsinsufficiens. Type 2-diabetes.

Plan: Sygemeldt 4 uger. Kontrol-RTG thorax om 8 uger. BS-kontrol hos e.l. om 1 uge. Tilbydes vaccination hos e.l.
"""
        ],
        "medications": [
            ("H02AB02", "dexamethason", "6 mg x 1 til og med 11/11"),
            ("A10BA02", "metformin", "1 g x 2"),
            ("A10AB05", "insulin aspart", "efter skema"),
        ],
        "labs": [
            ("NPU19748", "C-reaktivt protein [CRP];P", 124, "mg/L", None, 8),
            (None, "Procalcitonin;P", 0.12, "µg/L", None, 0.5),
        ],
        "codes": [("DJ128", "A"), ("DB972A", "B"), ("DJ960", "B"), ("DE119", "B")],
        "evidence": [
            ("DJ128", "forenelig med COVID-19 pneumoni"),
            ("DJ128", "Covid-pneumoni"),
            ("DJ128", "COVID-19 med viruspneumoni"),
            ("DB972A", "SARS-CoV-2 PCR positiv"),
            ("DB972A", "COVID-19", "Dx:"),
            ("DJ960", "hypoksisk respirationssvigt"),
            ("DJ960", "Akut hypoksisk respirationsinsufficiens"),
            ("DE119", "DM2 (metformin + Ozempic)"),
            ("DE119", "Type 2-diabetes"),
        ],
        "distractors": [
            ("DI269", "Ingen lungeemboli", "negated"),
            ("DJ159", "mistanke om bakteriel superinfektion", "uncertain"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HO-15",
        "department": "Infektionsmedicinsk afdeling",
        "specialty": "infektionsmedicin",
        "patient": {"age": 19, "sex": "F"},
        "admission": {"start": "2026-08-23", "end": "2026-08-31"},
        "notes": [
            """Epikrise

19-årig kvinde, gymnasieelev, rask. Ingen medicin. Vaccineret iflg. børnevaccinationsprogrammet, ikke meningokokvaccineret.

Indbragt af 1-1-2 efter 12 timers tiltagende hovedpine, feber, opkastninger og lysskyhed, i dag sløv ifølge forældrene. Var til en stor fest 4 dage forinden.
Obj.: GCS 13 (E3V4M6), temp. 39,8, BT 112/64, puls 118. Udtalt nakke-rygstivhed, Kernig positiv. Ingen petekkier eller purpura, ingen fokale udfald. Kapillærrespons 2 sek.
CT cerebrum inden LP: ingen tegn på absces, intet ødem.
LP: uklar spinalvæske, leuk 3.200 (95 % PMN), protein 2,4 g/l, glukose-ratio 0,2. Gramfarvning: gramnegative diplokokker. Dyrkning og PCR: Neisseria meningitidis gruppe B. HSV-PCR negativ.
Bloddyrkning negativ. CRP 288, leuk 22,1, trombocytter 198, koagulationstal normale.

Forløb: Meningokokmeningitis. Dexamethason og ceftriaxon i.v. givet inden for 30 min. efter ankomst. Observeret på intensiv det første døgn, ingen tegn på septisk shock. Klar og orienteret fra dag 2. Dexamethason seponeret efter 4 dage, ceftriaxon i alt 7 dage. Høreprøve inden udskrivelsen: normal hørelse.
Embedslægen underrettet; forældre og kæreste har fået profylakse med ciprofloxacin.

Dx: Meningitis forårsaget af meningokokker (gruppe B).

Plan: Ingen AB efter udskrivelsen. Audiologisk kontrol om 3 mdr. Kontakt ved fornyet feber eller hovedpine.
"""
        ],
        "labs": [
            ("NPU19748", "C-reaktivt protein [CRP];P", 288, "mg/L", None, 8),
            ("NPU02593", "Leukocytter;B", 22.1, "× 10^9/L", 3.5, 10.0),
        ],
        "codes": [("DA390", "A")],
        "evidence": [
            ("DA390", "Neisseria meningitidis gruppe B"),
            ("DA390", "Meningokokmeningitis"),
            ("DA390", "Meningitis forårsaget af meningokokker (gruppe B)"),
        ],
        "distractors": [
            ("DG060", "ingen tegn på absces", "negated"),
            ("DB004", "HSV-PCR negativ", "negated"),
            ("DA419A", "ingen tegn på septisk shock", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HO-16",
        "department": "Medicinsk afdeling",
        "specialty": "intern medicin",
        "patient": {"age": 66, "sex": "F"},
        "admission": {"start": "2026-07-20", "end": "2026-07-24"},
        "notes": [
            """Epikrise, medicinsk sengeafsnit

66-årig kvinde, pens. sygehjælper. Brystkræft ve. 2017, behandlet med mastektomi, aksilrømning og strålebehandling, recidivfri og afsluttet fra onkologisk kontrol 2022. Siden operationen kronisk lymfødem i ve. arm, bruger kompressionsærme. Ellers rask.

3 dages tiltagende rødme, hævelse og ømhed af ve. underarm, i går feber 38,9 og kulderystelser. Havde ridset sig på en rosenbusk på ve. hånd.
Obj.: Temp. 38,6, BT 124/72, puls 98. Ve. underarm: diffus rødme, varme og hævelse fra håndryggen til albuen, ikke skarpt afgrænset, ingen fluktuation, ingen bullae. Kendt lymfødem af hele ve. arm, mere udtalt end vanligt ifølge pt.
CRP 148, leuk 13,6. Bloddyrkning negativ.
UL af ve. arm: subkutant ødem, ingen absces, ingen DVT i armens vener.

Vurdering: Cellulitis ve. underarm med lymfødem som disponerende faktor.

Forløb: Benzylpenicillin + dicloxacillin i.v., skiftet til dicloxacillin p.o. dag 4. Armen eleveret, kompressionsærmet pauseret i den akutte fase og genoptaget ved udskrivelsen. Rødmen markeret og i tilbagegang fra dag 2. CRP 38 ved udskrivelsen.
Da det er 3. episode på 2 år, er penicillinprofylakse drøftet, hvilket pt. ønsker.

Dx: Flegmone i ve. underarm. Lymfødem efter mastektomi ve.

Plan: Dicloxacillin til i alt 10 dage, herefter profylaktisk penicillin 1 MIE x 2 i 1 år. Henvist til lymfødemterapeut mhp. ny kompressionsbehandling.
"""
        ],
        "medications": [
            ("J01CF01", "dicloxacillin", "1 g x 3 til og med 29/7"),
            ("J01CE02", "phenoxymethylpenicillin", "1 MIE x 2 fra 30/7 i 1 år"),
        ],
        "labs": [("NPU19748", "C-reaktivt protein [CRP];P", 38, "mg/L", None, 8)],
        "codes": [("DL031G", "A"), ("DI972", "B")],
        "evidence": [
            ("DL031G", "Cellulitis ve. underarm"),
            ("DL031G", "Flegmone i ve. underarm"),
            ("DI972", "kronisk lymfødem i ve. arm"),
            ("DI972", "Lymfødem efter mastektomi ve."),
        ],
        "distractors": [
            ("DC509", "Brystkræft ve. 2017", "history"),
            ("DL024", "ingen absces", "negated"),
            ("DI808", "ingen DVT i armens vener", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HO-17",
        "department": "Endokrinologisk afdeling",
        "specialty": "endokrinologi",
        "patient": {"age": 41, "sex": "F"},
        "admission": {"start": "2026-05-04", "end": "2026-05-07"},
        "notes": [
            """Epikrise, endokrinologisk afd.

41-årig kvinde, frisør, 2 børn. Tidligere rask. Mor har lavt stofskifte. Ryger ikke.

Henvist fra e.l. med vægttab på 7 kg over 2 mdr. trods god appetit, hjertebanken, varmeintolerans, rysten på hænderne, søvnbesvær og løs afføring. I dag uregelmæssig, hurtig puls og svimmelhed.
Obj.: Urolig, varm og fugtig hud, fin tremor. Diffust forstørret, uøm thyreoidea med karsusen. Øjne: ingen eksoftalmus, ingen lågretraktion, ingen dobbeltsyn. BT 146/62, puls 142 uregelmæssig.
EKG: atrieflimren med VR 140.
TSH < 0,01, fri T4 64 pmol/l, fri T3 21. TRAb 12 (positiv). Let forhøjede levertal. Hb normal.
Scintigrafi: diffust øget optagelse, forenelig med Graves' sygdom.

Vurdering: Thyrotoksikose ved Graves' sygdom, kompliceret med nyopstået paroksystisk atrieflimren. Ikke tegn på thyreotoksisk krise (Burch-Wartofsky 35). Ingen thyreoidea-associeret orbitopati.

Forløb: Startet propranolol 40 mg x 3 og thiamazol 30 mg dagligt. Spontan konvertering til sinusrytme efter 36 t, herefter SR 80-90 på telemetri. CHA2DS2-VASc 1 (køn) - ingen AK-beh. efter samråd med kardiolog. Ekko: normal LVEF, ingen klapsygdom.
Informeret om risikoen for agranulocytose ved thiamazol: ved feber eller ondt i halsen skal leukocytter måles straks.

Dx: Graves' sygdom med thyrotoksikose. Paroksystisk atrieflimren.

Plan: Kontrol i endokrinologisk ambulatorium om 3 uger med TSH, T4, T3, leukocytter og levertal. Propranolol aftrappes, når pt. er euthyroid.
"""
        ],
        "medications": [
            ("H03BB02", "thiamazol", "30 mg x 1"),
            ("C07AA05", "propranolol", "40 mg x 3"),
        ],
        "labs": [
            (None, "Thyrotropin;P", 0.01, "mIU/L", 0.3, 4.0),
            (None, "Thyroxin, frit;P", 64, "pmol/L", 12, 22),
        ],
        "codes": [("DE050B", "A"), ("DI480", "B")],
        "evidence": [
            ("DE050B", "forenelig med Graves' sygdom"),
            ("DE050B", "Thyrotoksikose ved Graves' sygdom"),
            ("DE050B", "Graves' sygdom med thyrotoksikose"),
            ("DI480", "EKG: atrieflimren med VR 140"),
            ("DI480", "nyopstået paroksystisk atrieflimren"),
            ("DI480", "Paroksystisk atrieflimren"),
        ],
        "distractors": [
            ("DE039", "Mor har lavt stofskifte", "family"),
            ("DE055", "Ikke tegn på thyreotoksisk krise", "negated"),
            ("DH062", "Ingen thyreoidea-associeret orbitopati", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HO-18",
        "department": "Nefrologisk afdeling",
        "specialty": "nefrologi",
        "patient": {"age": 58, "sex": "M"},
        "admission": {"start": "2026-03-16", "end": "2026-03-23"},
        "notes": [
            """Epikrise - nefrologisk sengeafsnit

58-årig mand, revisor. Kendt forhøjet blodtryk gennem 8 år (amlodipin). Ikke diabetes. Ikke-ryger.

Henvist fra e.l. med 6 ugers tiltagende hævelse af ben og ansigt, skummende urin og vægtøgning på 9 kg.
Obj.: BT 158/96. Pittingødem til lyskerne, ødem af scrotum og periorbitalt. Ingen ascites klinisk. St.p.: let nedsat RL basalt bilat.
BS: P-albumin 18 g/l, U-albumin/kreatinin-ratio 6.800 mg/g, døgnurin-protein 9,4 g. Krea 96, eGFR 76. Kolesterol 11,2, LDL 7,9. HbA1c 36. Hepatitis B, C og HIV negative. Komplement normalt, ANA og ANCA negative.
Anti-PLA2R-antistof stærkt positiv.
UL nyrer: normalstore, ingen afløbshindring. UL af benene: ingen DVT.
Nyrebiopsi dag 2: membranøs nefropati (stadie II), ingen proliferation.

Vurdering: Nefrotisk syndrom ved primær (PLA2R-positiv) membranøs nefropati. Sekundær hyperlipidæmi. Hypertension, ikke velreguleret.

Forløb: Diuretisk behandling med furosemid i.v., senere p.o., vægttab 6 kg. Startet losartan (antiproteinurisk), amlodipin fortsat. Atorvastatin startet. Pga. P-albumin < 20 og lav blødningsrisiko profylaktisk AK-beh. med Eliquis. Immunsuppression (rituximab) planlægges, hvis det nefrotiske syndrom fortsætter efter 3 mdr. konservativ behandling, jf. konference.
Malignitetsscreening: CT thorax/abdomen uden tegn på malignitet, PSA 1,2.

Dx: Nefrotisk syndrom, membranøs nefropati (PLA2R-positiv). Hypertension. Hyperlipidæmi.

Plan: Kontrol i nefrologisk ambulatorium om 2 uger (vægt, krea, K, albumin, U-protein). Dagligt vægt hjemme. Natrium- og væskerestriktion.
"""
        ],
        "medications": [
            ("C03CA01", "furosemid", "40 mg x 2"),
            ("C09CA01", "losartan", "50 mg x 1"),
            ("C08CA01", "amlodipin", "10 mg x 1"),
            ("C10AA05", "atorvastatin", "40 mg x 1"),
            ("B01AF02", "apixaban", "2,5 mg x 2"),
        ],
        "labs": [
            (None, "Albumin;P", 18, "g/L", 34, 45),
            ("NPU18016", "Kreatinin;P", 96, "µmol/L", 60, 105),
        ],
        "codes": [("DN042", "A"), ("DI109", "B"), ("DE785", "B")],
        "evidence": [
            ("DN042", "membranøs nefropati (stadie II)"),
            ("DN042", "Nefrotisk syndrom ved primær (PLA2R-positiv) membranøs nefropati"),
            ("DN042", "Nefrotisk syndrom, membranøs nefropati"),
            ("DI109", "Kendt forhøjet blodtryk gennem 8 år"),
            ("DI109", "Hypertension, ikke velreguleret"),
            ("DI109", "Hypertension.", "Dx:"),
            ("DE785", "Sekundær hyperlipidæmi"),
            ("DE785", "Hyperlipidæmi.", "Dx:"),
        ],
        "distractors": [
            ("DE119", "Ikke diabetes", "negated"),
            ("DR189", "Ingen ascites klinisk", "negated"),
            ("DI802", "ingen DVT", "negated"),
            ("DC809", "CT thorax/abdomen uden tegn på malignitet", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HO-19",
        "department": "Hæmatologisk afdeling",
        "specialty": "hæmatologi",
        "patient": {"age": 46, "sex": "F"},
        "admission": {"start": "2026-09-01", "end": "2026-09-04"},
        "notes": [
            """Epikrise, hæmatologisk afdeling

46-årig kvinde, pædagog, 3 børn. Kraftige og langvarige menstruationer de seneste 2 år (skifter bind hver time de første 2 dage, koagler). Kendt med fibromer i livmoderen fra UL hos gynækolog 2024. Spiser alsidigt. Far fik tarmkræft som 62-årig.

Henvist akut fra e.l. med Hb 4,1, træthed, åndenød ved trappegang og hjertebanken. Ingen sort afføring, intet synligt blod i afføringen.
Obj.: Bleg. BT 118/64, puls 104 reg., systolisk flowmislyd. Ingen forstørrede lymfeknuder, ingen splenomegali.
BS: Hb 4,1, MCV 62, ferritin 3, transferrinmætning 3 %, lave retikulocytter, trombocytter 486, B12 og folat normale. Transglutaminase-IgA negativ (total-IgA normal), cøliaki således ikke sandsynlig. Krea normal.

Vurdering: Svær jernmangelanæmi pga. kronisk blodtab ved menoragi, formentlig udløst af uterusfibrom.

Forløb: Transfunderet med 2 SAG pga. symptomerne, Hb herefter 5,6. Jerninfusion (ferricarboxymaltose 1 g) dag 1. Gynækologisk tilsyn: transvaginal UL med et submukøst fibromyom på 4 cm, der buler ind i cavum. Startet tranexamsyre under menstruation.
Pga. familiær disposition og alder tilbudt gastroskopi og koloskopi: begge normale, ingen blødningskilde, ingen polypper eller tumor.

Dx: Jernmangelanæmi ved kronisk blødning. Menoragi. Fibromyom i uterus (submukøst).

Plan: Ny jerninfusion om 1 uge i dagafsnittet. Hb og ferritin hos e.l. om 4 uger. Henvist til gynækologisk afdeling mhp. hysteroskopisk resektion af fibromet.
"""
        ],
        "medications": [
            ("B03AC01", "ferricarboxymaltose", "1 g i.v. (givet 1/9, ny dosis om 1 uge)"),
            ("B02AA02", "tranexamsyre", "1 g x 3 under menstruation"),
        ],
        "labs": [
            ("NPU02319", "Hæmoglobin;B", 5.6, "mmol/L", 7.3, 9.5),
            (None, "Ferritin;P", 3, "µg/L", 15, 300),
        ],
        "codes": [("DD500", "A"), ("DN920B", "B"), ("DD250", "B")],
        "evidence": [
            ("DD500", "Svær jernmangelanæmi pga. kronisk blodtab"),
            ("DD500", "Jernmangelanæmi ved kronisk blødning"),
            ("DN920B", "Kraftige og langvarige menstruationer"),
            ("DN920B", "Menoragi."),
            ("DD250", "submukøst fibromyom på 4 cm"),
            ("DD250", "Fibromyom i uterus (submukøst)"),
        ],
        "distractors": [
            ("DC189", "Far fik tarmkræft som 62-årig", "family"),
            ("DK921", "Ingen sort afføring", "negated"),
            ("DK900", "cøliaki således ikke sandsynlig", "negated"),
            ("DC189", "ingen polypper eller tumor", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HO-20",
        "department": "Onkologisk afdeling",
        "specialty": "onkologi",
        "patient": {"age": 71, "sex": "M"},
        "admission": {"start": "2026-08-10", "end": "2026-08-14"},
        "notes": [
            """Epikrise, onkologisk afdeling

Indlæggelsesårsag: Akut åndenød og brystsmerter under kemoterapi.

Anamnese:
71-årig mand, tidl. maskinarbejder, gift, bor i eget hus med hustru. PS 1 før indlæggelsen.
Onkologisk sygdom: Adenokarcinom i colon sigmoideum, diagnosticeret marts 2026 efter positiv screenings-FIT og koloskopi. Ved diagnosen synkrone levermetastaser (4 metastaser fordelt i begge leverlapper, ikke resektable). RAS-vildtype, MSS. Primærtumor ikke opereret, ingen obstruktive symptomer. I palliativ kemoterapi med FOLFOX + panitumumab, 6 serier givet, seneste for 9 dage siden. CT-evaluering efter 4 serier: partielt respons.
Andre sygdomme: Velreguleret hypertension (losartan). Prostatahypertrofi, tamsulosin. Kolecystektomi 2011. Har aldrig røget, drikker ca. 1 genstand om dagen.
Familie: Bror med prostatakræft.

Aktuelt: Siden i går tiltagende åndenød, først ved anstrengelse, nu også i hvile, og højresidige brystsmerter, der forværres ved dybe indåndinger. Ingen feber, let hoste uden ekspektorat. Ingen hæmoptyse. Hævelse af ve. læg i nogle dage, som pt. troede skyldtes havearbejde.

Obj.: Dyspnøisk ved tale. RF 26, SAT 89 % på atm. luft -> 95 % på 3 l ilt, BT 128/80, puls 112 reg., temp. 37,4. St.p.: normal RL bilat., ingen krepitation. St.c.: ingen mislyde. Ve. læg let hævet (2 cm større omfang end ha.), ingen rødme. Port-a-cath uden tegn på infektion.
EKG: sinustakykardi, S1Q3T3, ingen ST-forandringer.
BS: D-dimer > 20, troponin T 18, NT-proBNP 620, CRP 31, Hb 7,2, leuk 4,1, neutrofile 2,3, trombocytter 164, krea 84, ALAT 68, basisk fosfatase 210, bilirubin 14, INR 1,1.
CT-angio af thorax: bilaterale lungeembolier i ha. underlaps- og mellemlapsarterier samt segmentarterier i ve. underlap. RV/LV-ratio 0,9, ingen tegn på højresidig belastning. Ingen lungemetastaser. Ingen pleuraekssudat. Uændret udseende af levermetastaserne i de medtagne snit.
UL ve. ben: okkluderende trombe i v. poplitea og lægvenerne ve.
Ekko: normal højre ventrikel, TAPSE 22 mm, LVEF 60 %.

Vurdering: Bilaterale lungeembolier uden akut cor pulmonale, intermediær-lav risiko (sPESI 1 pga. cancer), udgået fra dyb venetrombose i ve. underben. Cancer-associeret venøs tromboembolisme hos pt. med metastatisk coloncancer i aktiv kemoterapi.

Forløb:
Behandlet med LMH (Innohep 175 IE/kg) fra ankomsten. Iltbehovet faldt gradvist, ilt seponeret dag 3. Mobiliseret fra dag 2. Smerterne i thorax aftog, dækket med paracetamol.
Antikoagulation: Efter samtale om fordele og blødningsrisiko (primærtumor in situ, ingen tidligere blødning fra tarmen, Hb stabil 7,0-7,2) skiftet til apixaban 10 mg x 2 i 7 dage, herefter 5 mg x 2. Behandlingen fortsætter, så længe kræftsygdommen er aktiv.
Kemoterapi: Næste serie udskydes 1 uge. Panitumumab-relateret akneiformt udslæt i ansigtet grad 1 behandles som hidtil med doxycyclin og hydrocortisoncreme.
Let forhøjede levertal tolkes som følge af levermetastaserne, ikke tegn på galdevejsobstruktion på CT.
Tamsulosin og losartan fortsat. Systolisk BT 120-135.

Diagnoser:
Lungeemboli bilat. uden akut cor pulmonale
Dyb venetrombose ve. underben
Coloncancer (sigmoideum) med levermetastaser, under palliativ kemoterapi
Hypertension
Prostatahypertrofi

Plan:
Apixaban som ovenfor, recept udleveret, fortsættes efter kemoterapiforløbet.
Kemoterapi serie 7 om 2 uger, blodprøver inden.
Ny CT-evaluering efter serie 8, som planlagt.
Kontakt til afdelingens akuttelefon ved ny åndenød, blødning eller feber over 38,5.
"""
        ],
        "medications": [
            ("B01AF02", "apixaban", "10 mg x 2 til og med 20/8, herefter 5 mg x 2"),
            ("C09CA01", "losartan", "50 mg x 1"),
            ("G04CA02", "tamsulosin", "0,4 mg x 1"),
            ("J01AA02", "doxycyclin", "100 mg x 1"),
            ("N02BE01", "paracetamol", "1 g x 3 p.n."),
        ],
        "labs": [
            ("NPU02319", "Hæmoglobin;B", 7.2, "mmol/L", 8.3, 10.5),
            (None, "D-dimer;P", 20, "mg/L FEU", None, 0.5),
            ("NPU18016", "Kreatinin;P", 84, "µmol/L", 60, 105),
        ],
        "codes": [
            ("DI269", "A"),
            ("DI802B", "B"),
            ("DC187", "B"),
            ("DC787", "B"),
            ("DI109", "B"),
            ("DN409", "B"),
        ],
        "evidence": [
            ("DI269", "bilaterale lungeembolier i ha. underlaps- og mellemlapsarterier"),
            ("DI269", "Bilaterale lungeembolier uden akut cor pulmonale"),
            ("DI269", "Lungeemboli bilat. uden akut cor pulmonale"),
            ("DI802B", "okkluderende trombe i v. poplitea og lægvenerne ve."),
            ("DI802B", "dyb venetrombose i ve. underben"),
            ("DI802B", "Dyb venetrombose ve. underben"),
            ("DC187", "Adenokarcinom i colon sigmoideum"),
            ("DC187", "Coloncancer (sigmoideum)"),
            ("DC787", "synkrone levermetastaser"),
            ("DC787", "levermetastaser", "Coloncancer (sigmoideum)"),
            ("DI109", "Velreguleret hypertension (losartan)"),
            ("DI109", "Hypertension", "Diagnoser:"),
            ("DN409", "Prostatahypertrofi, tamsulosin"),
            ("DN409", "Prostatahypertrofi", "Diagnoser:"),
        ],
        "distractors": [
            ("DK802", "Kolecystektomi 2011", "history"),
            ("DC619", "Bror med prostatakræft", "family"),
            ("DI260A", "ingen tegn på højresidig belastning", "negated"),
            ("DC780", "Ingen lungemetastaser", "negated"),
            ("DK831", "ikke tegn på galdevejsobstruktion", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HO-21",
        "department": "Medicinsk afdeling",
        "specialty": "intern medicin",
        "patient": {"age": 52, "sex": "M"},
        "admission": {"start": "2026-10-26", "end": "2026-11-03"},
        "notes": [
            """Epikrise, medicinsk afd. M3

52-årig mand, ledig, bor alene. Alkoholoverforbrug gennem 20 år, aktuelt ca. 1 l vodka dagligt. Stoppede brat for 2 døgn siden pga. pengemangel. Ingen kendt leversygdom. Ryger 20 cig./dag.

Indbragt efter generaliseret krampeanfald på gaden af ca. 1 min varighed, bevidnet af forbipasserende. Slog ikke hovedet ifølge vidnerne.
Ved ankomst: Vågen, svedende, rystende, puls 128, BT 168/100, temp. 37,9. Urolig, desorienteret i tid og sted, plukker ved lagenet, ser insekter på væggen. Ingen fokale neurologiske udfald, ingen nystagmus, ingen ataksi ud over tremor, frie øjenbevægelser.
CT cerebrum: atrofi, intet subduralt hæmatom, ingen blødning.
BS: K 2,9, Mg 0,48, fosfat 0,6, Na 136, ALAT 88, GGT 412, bilirubin 22, INR 1,1, trombocytter 112, MCV 104, P-alkohol 0.

Vurdering: Delirium tremes med abstinenskramper hos pt. med alkoholafhængighed. Ingen holdepunkter for Wernickes encefalopati, men højdosis thiamin gives profylaktisk.

Forløb: Fenemal efter lokal instruks i intensivt observationsafsnit, i alt 1.800 mg over 2 døgn. Thiamin 500 mg x 3 i.v. i 3 dage, derefter p.o. Kalium, magnesium og fosfat substitueret i.v. og p.o., normale værdier fra dag 4. Deliriet ophørte dag 3, herefter klar og orienteret. Ingen nye kramper.
UL af lever: steatose, ingen tegn på cirrose, ingen ascites.
Samtale med alkoholbehandler under indlæggelsen; pt. ønsker ambulant behandling og Antabus.

Dx: Delirium tremens med kramper. Alkoholafhængighed. Hypokaliæmi. Hypomagnesiæmi.

Plan: Thiamin og B-vitamin p.o. fast. Henvist til kommunal alkoholbehandling, første samtale 12/11. Levertal og elektrolytter hos e.l. om 2 uger.
"""
        ],
        "medications": [
            ("A11DA01", "thiamin", "300 mg x 1"),
            ("A11EA", "B-vitamin stærk", "1 tbl. x 2"),
            ("A12BA01", "kaliumklorid", "750 mg x 2 i 1 uge"),
        ],
        "labs": [
            ("NPU03230", "Kalium;P", 2.9, "mmol/L", 3.5, 4.4),
            (None, "Magnesium;P", 0.48, "mmol/L", 0.71, 0.94),
        ],
        "codes": [("DF1041", "A"), ("DF102", "B"), ("DE876A", "B"), ("DE834B", "B")],
        "evidence": [
            ("DF1041", "Delirium tremes med abstinenskramper"),
            ("DF1041", "Delirium tremens med kramper"),
            ("DF102", "hos pt. med alkoholafhængighed"),
            ("DF102", "Alkoholafhængighed.", "Dx:"),
            ("DE876A", "Hypokaliæmi."),
            ("DE834B", "Hypomagnesiæmi."),
        ],
        "distractors": [
            ("DK709", "Ingen kendt leversygdom", "negated"),
            ("DS065", "intet subduralt hæmatom", "negated"),
            ("DE512", "Ingen holdepunkter for Wernickes encefalopati", "negated"),
            ("DK703", "ingen tegn på cirrose", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HO-22",
        "department": "Psykiatrisk afdeling",
        "specialty": "psykiatri",
        "patient": {"age": 29, "sex": "M"},
        "admission": {"start": "2026-05-02", "end": "2026-06-01"},
        "notes": [
            """Epikrise - Psykiatrisk Center, afsnit P4

Indlæggelsesform: Tvangsindlagt på gule papirer (farlighedsindikation) 2/5, overgået til frivillig indlæggelse 9/5.

Baggrund: 29-årig mand, ugift, bor i egen lejlighed med bostøtte 2 x ugentligt, førtidspensionist. Diagnosticeret med paranoid skizofreni 2019, 3 tidligere indlæggelser med psykotiske recidiver, alle efter ophør med medicinen. Tilknyttet distriktspsykiatrien. Vedligeholdelsesbehandling med aripiprazol depot (Abilify Maintena 400 mg hver 4. uge), men er udeblevet fra de sidste 2 injektioner. Cannabis dagligt de seneste 3 mdr. ("for at kunne sove"). Alkohol sparsomt. Aldrig forsøgt selvmord. Farbror med alkoholmisbrug.

Aktuelt: Politiet tilkaldt af naboer, som pt. havde truet med en kniv, fordi han mente, at de overvågede ham gennem væggen og havde forgiftet hans vand. Har ifølge bostøtten isoleret sig i 3 uger, ikke spist ordentligt og hørt stemmer, der kommenterer hans handlinger.

Psykisk status ved indlæggelsen: Vågen, orienteret. Ustelt, mistænksom og anspændt, vekslende øjenkontakt. Talen sammenhængende, men tangentiel. Systematiserede forfølgelses- og forgiftningsforestillinger. Kommenterende hørehallucinationer, synes at lytte til stemmer under samtalen. Affekten irritabel. Stemningslejet neutralt, ikke depressiv. Ingen maniske symptomer. Ingen aktuelle selvmordstanker. Ingen sygdomsindsigt.
Somatisk u.a., BT 132/78. Urinscreening: THC positiv, i øvrigt negativ.

Vurdering: Psykotisk recidiv af kendt paranoid skizofreni, udløst af manglende medicinindtag og cannabisbrug. En cannabisudløst psykose alene er ikke sandsynlig, da symptombilledet er identisk med tidligere episoder.

Forløb: Tvangsmedicineret med olanzapin 2 gange de første dage, derefter accept af peroral behandling. Abilify Maintena genoptaget 5/5, olanzapin aftrappet og seponeret. Gradvist aftagende psykotiske symptomer, fra uge 3 distance til forfølgelsesforestillingerne og ingen hallucinationer. Motivationssamtaler om cannabis - vurderes som skadeligt brug, ikke afhængighed. Ønsker at stoppe, henvist til misbrugsbehandling.
Netværksmøde med bostøtte og distriktspsykiatri: injektionerne gives fremover i distriktspsykiatrien med påmindelse på sms.

Diagnoser: Paranoid skizofreni, psykotisk recidiv. Skadelig brug af cannabis. Manglende medicinsk compliance.

Plan: Abilify Maintena 400 mg hver 4. uge, næste gang 2/6. Opfølgning i distriktspsykiatrien senest 1 uge efter udskrivelsen.
"""
        ],
        "medications": [("N05AX12", "aripiprazol", "depotinjektion 400 mg hver 4. uge")],
        "codes": [("DF200", "A"), ("DF121", "B"), ("DZ911", "B")],
        "evidence": [
            ("DF200", "Diagnosticeret med paranoid skizofreni 2019"),
            ("DF200", "Psykotisk recidiv af kendt paranoid skizofreni"),
            ("DF200", "Paranoid skizofreni, psykotisk recidiv"),
            ("DF121", "Cannabis dagligt de seneste 3 mdr."),
            ("DF121", "vurderes som skadeligt brug"),
            ("DF121", "Skadelig brug af cannabis"),
            ("DZ911", "er udeblevet fra de sidste 2 injektioner"),
            ("DZ911", "Manglende medicinsk compliance"),
        ],
        "distractors": [
            ("DZ915A", "Aldrig forsøgt selvmord", "negated"),
            ("DF102", "Farbror med alkoholmisbrug", "family"),
            ("DF329", "ikke depressiv", "negated"),
            ("DF1251", "En cannabisudløst psykose alene er ikke sandsynlig", "negated"),
            ("DF122", "ikke afhængighed", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HO-23",
        "department": "Kirurgisk afdeling",
        "specialty": "kirurgi",
        "patient": {"age": 81, "sex": "F"},
        "admission": {"start": "2026-02-22", "end": "2026-02-26"},
        "notes": [
            """Epikrise, abdominalkirurgisk afd.

81-årig kvinde, enke, bor i ældrebolig. St.p. hysterektomi 1998 pga. fibromer og åben appendektomi som ung. Hypertension (bendroflumethiazid + amlodipin). Ingen kendt tarmsygdom.

Indl. med 1 døgns kolikagtige mavesmerter, udspilet mave og gentagne galdefarvede opkastninger. Ingen flatus siden i går, sidste afføring for 2 dage siden.
Obj.: Tør, BT 148/80, puls 96, afebril. Abdomen udspilet, tympanitisk, diffus let ømhed, ingen peritoneal reaktion. Klingende tarmlyde. Ingen brokporte, lyskerne fri. Rektaleksploration: tom ampul.
BS: K 3,0, Na 133, krea 102 (habituel 70), laktat 1,4, CRP 22, leuk 11,0.
CT abdomen: dilaterede tyndtarmsslynger med kaliberspring i nedre abdomen, ingen tegn på strangulation, ingen fri luft. Tyktarmen kollaberet, ingen tumor.

Vurdering: Tyndtarmsileus formentlig pga. adhærencer efter tidligere operationer.

Forløb: Konservativ behandling med ventrikelsonde, faste og i.v. væske med kaliumtilskud. Gastrografin-passage dag 2: kontrast i colon efter 8 timer. Flatus og afføring dag 2, sonden fjernet og kosten optrappet uden problemer. Kalium normaliseret, krea 74 ved udskrivelsen.
Bendroflumethiazid seponeret pga. hypokaliæmi og dehydrering; BT ved udskrivelsen 152/84 på amlodipin alene - øges ved e.l.

Dx: Adhærenceileus (tyndtarm), konservativt behandlet. Hypokaliæmi. Essentiel hypertension.

Plan: Ingen kontrol. Kontakt ved fornyede smerter eller opkastninger. BT og K hos e.l. om 2 uger.
"""
        ],
        "medications": [("C08CA01", "amlodipin", "10 mg x 1")],
        "labs": [
            ("NPU03230", "Kalium;P", 3.0, "mmol/L", 3.5, 4.4),
            ("NPU18016", "Kreatinin;P", 74, "µmol/L", 45, 90),
        ],
        "codes": [("DK565A", "A"), ("DE876A", "B"), ("DI109", "B")],
        "evidence": [
            ("DK565A", "Tyndtarmsileus formentlig pga. adhærencer"),
            ("DK565A", "Adhærenceileus (tyndtarm)"),
            ("DE876A", "pga. hypokaliæmi"),
            ("DE876A", "Hypokaliæmi."),
            ("DI109", "Hypertension (bendroflumethiazid + amlodipin)"),
            ("DI109", "Essentiel hypertension"),
        ],
        "distractors": [
            ("DD259", "St.p. hysterektomi 1998 pga. fibromer", "history"),
            ("DK359", "åben appendektomi som ung", "history"),
            ("DK409", "Ingen brokporte", "negated"),
            ("DC189", "ingen tumor", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HO-24",
        "department": "Kirurgisk afdeling",
        "specialty": "kirurgi",
        "patient": {"age": 58, "sex": "M"},
        "admission": {"start": "2026-06-09", "end": "2026-06-11"},
        "notes": [
            (
                "epikrise",
                """Epikrise

58-årig mand, vognmand. KOL (GOLD B, Spiolto), ryger. Kendt ha.-sidig lyskebrok gennem 2 år, har ikke ønsket operation.

Indl. med 8 timers smerter og hævelse i ha. lyske, bulen kan ikke længere presses tilbage. Kvalme, 2 opkastninger, ingen flatus de sidste timer.
Obj.: Øm, fast, 6 cm stor bule i ha. lyske, irreponibel. Abdomen let udspilet. Ve. lyske: ingen brok. Temp. 37,3. Laktat 1,6. CRP 14.
CT: tyndtarmsslynge i ha. ingvinalkanal med proksimal tarmdilatation.

Forløb: Akut operation (se op.beskrivelse): indeklemt tyndtarm, vital efter reposition, ingen resektion. Lichtenstein-plastik. Mobiliseret samme dag, kost fra dag 1, afføring dag 2. KOL: inhalationer på forstøver postoperativt, ingen eksacerbation, SAT 93-95 % på atm. luft (habituelt).

Dx: Indeklemt lyskebrok ha. med tarmobstruktion, uden gangræn. KOL.

Plan: Må ikke løfte over 10 kg i 4 uger. Trådfjernelse ikke nødvendig (intrakutan sutur). Rygestop anbefalet.
""",
            ),
            (
                "operationsbeskrivelse",
                """Operationsbeskrivelse

Præop. diagnose: Inkarcereret hernia inguinalis dxt.
Operation: Reposition af indeklemt tyndtarm og Lichtenstein-hernioplastik ha.
Anæstesi: Generel.
Fund: Lateral (indirekte) brok med snæver brokport. I broksækken en ca. 10 cm lang tyndtarmsslynge, initialt mørk og ødematøs, men efter spaltning af brokporten og opvarmning med varme servietter lyserød, peristalterende og med pulserende mesenteriekar. Ingen gangræn, ingen perforation, ingen resektion nødvendig. Broksækken reponeret.
Procedure: Polypropylen-net 7,5 x 15 cm fikseret med fortløbende 2-0 Prolene til ligamentum inguinale og rectusskeden, slidset om funiklen. Lukning lagvis, intrakutan sutur. Lokal infiltration med bupivacain.
""",
            ),
        ],
        "medications": [
            ("R03AL06", "tiotropium/olodaterol", "2 pust x 1"),
            ("N02BE01", "paracetamol", "1 g x 4 p.n."),
        ],
        "codes": [("DK403A", "A"), ("DJ449", "B")],
        "evidence": [
            ("DK403A", "Kendt ha.-sidig lyskebrok"),
            ("DK403A", "Indeklemt lyskebrok ha. med tarmobstruktion, uden gangræn"),
            ("DK403A", "Inkarcereret hernia inguinalis dxt.", "", 1),
            ("DJ449", "KOL (GOLD B, Spiolto)"),
            ("DJ449", "KOL.", "Dx:"),
        ],
        "distractors": [
            ("DK402", "Ve. lyske: ingen brok", "negated"),
            ("DJ441", "ingen eksacerbation", "negated"),
            ("DK404", "Ingen gangræn", "negated", "", 1),
        ],
    }
)

CASES.append(
    {
        "case_id": "HO-25",
        "department": "Kirurgisk afdeling",
        "specialty": "kirurgi",
        "patient": {"age": 63, "sex": "F"},
        "admission": {"start": "2026-09-20", "end": "2026-09-26"},
        "notes": [
            """Epikrise

63-årig kvinde, sygeplejerske. Kendt divertikulose i sigmoideum (koloskopi 2022). Tidl. ukompliceret divertikulitis 2023, behandlet ambulant. Overvægt, BMI 29. Ellers rask.

Indl. med 4 døgns tiltagende smerter i ve. fossa iliaca, feber 38,8 og appetitløshed. Normal afføring.
Obj.: Temp. 38,6, puls 98, BT 132/78. Abdomen: ømhed og lokal défense i ve. fossa iliaca, ingen diffus peritonitis.
CRP 214, leuk 17,8. U-stix u.a.
CT abdomen m. i.v. kontrast: divertikulitis i colon sigmoideum med 4,5 cm perikolisk absces. Ingen fri luft, ingen tegn på fistel til blæren. Intet der tyder på tumor, men det kan ikke sikkert udelukkes i det inflammerede område.

Vurdering: Kompliceret divertikulitis i sigmoideum med absces (Hinchey Ib).

Forløb: UL-vejledt perkutan drænage af abscessen dag 1, 40 ml pus, dyrkning: E. coli og Bacteroides. Piperacillin/tazobactam i.v., skiftet til amoxicillin/clavulansyre p.o. dag 5. Drænet fjernet dag 5 efter kontrol-UL uden restkavitet. CRP 42 ved udskrivelsen. Spiser og har normal afføring.

Dx: Divertikulitis i colon sigmoideum med absces, perkutant drænet.

Plan: AB til i alt 14 dage. Koloskopi om 6-8 uger mhp. udelukkelse af malignitet. Ambulant samtale om evt. elektiv sigmoideumresektion efter 2 episoder.
"""
        ],
        "medications": [("J01CR02", "amoxicillin/clavulansyre", "500/125 mg x 3 til og med 3/10")],
        "labs": [("NPU19748", "C-reaktivt protein [CRP];P", 42, "mg/L", None, 8)],
        "codes": [("DK572A", "A")],
        "evidence": [
            ("DK572A", "divertikulitis i colon sigmoideum med 4,5 cm perikolisk absces"),
            ("DK572A", "Kompliceret divertikulitis i sigmoideum med absces"),
            ("DK572A", "Divertikulitis i colon sigmoideum med absces"),
        ],
        "distractors": [
            ("DK573A", "Tidl. ukompliceret divertikulitis 2023", "history"),
            ("DK572B", "Ingen fri luft", "negated"),
            ("DN321", "ingen tegn på fistel til blæren", "negated"),
            ("DC187", "Intet der tyder på tumor, men det kan ikke sikkert udelukkes", "uncertain"),
            ("DC187", "Koloskopi om 6-8 uger mhp. udelukkelse af malignitet", "planned"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HO-26",
        "department": "Urologisk afdeling",
        "specialty": "urologi",
        "patient": {"age": 45, "sex": "M"},
        "admission": {"start": "2026-07-28", "end": "2026-07-30"},
        "notes": [
            """Epikrise, urologisk afdeling

45-årig mand, IT-konsulent. Rask. Ingen tidligere nyresten. Far har haft nyresten flere gange.

Akut indsættende, kolikagtige smerter i ha. flanke med udstråling til lysken fra kl. 04, kvalme og opkastning. Kunne ikke ligge stille.
Obj.: Afebril, BT 152/90, puls 88. Ha.-sidig nyrestødsømhed. Abdomen blødt, ingen peritoneal reaktion, uøm i McBurneys punkt.
U-stix: blod 3+, leuk neg., nitrit neg. CRP 8, leuk 11,2, krea 112.
CT-urografi (lavdosis): 7 mm konkrement i prævesikale ha. ureter med let-moderat hydronefose ha. Appendix normal. Ingen konkrementer i nyrerne.

Vurdering: Ha.-sidig uretersten (7 mm) med hydronefrose, ingen tegn på infektion. Appendicitis afkræftet.

Forløb: Smertebehandlet med diclofenac supp. og morfin i.v. Pga. stenens størrelse og vedvarende smerter trods 24 t medicinsk behandling ureteroskopi dag 2 med laserknusning og fjernelse af fragmenterne, JJ-kateter anlagt. Stenanalyse: calciumoxalat.
Smertefri efter indgrebet. Krea 88 ved udskrivelsen.

Dx: Uretersten ha. med hydronefrose - ureteroskopisk fjernet.

Plan: JJ-kateteret fjernes ved cystoskopi i urologisk ambulatorium om 2 uger. Væskeindtag over 2,5 l dgl. Metabolisk udredning ikke indiceret efter første sten.
"""
        ],
        "medications": [("M01AB05", "diclofenac", "50 mg x 3 p.n.")],
        "labs": [("NPU18016", "Kreatinin;P", 88, "µmol/L", 60, 105)],
        "codes": [("DN132B", "A")],
        "evidence": [
            ("DN132B", "7 mm konkrement i prævesikale ha. ureter med let-moderat hydronefose"),
            ("DN132B", "Ha.-sidig uretersten (7 mm) med hydronefrose"),
            ("DN132B", "Uretersten ha. med hydronefrose"),
        ],
        "distractors": [
            ("DN200", "Far har haft nyresten flere gange", "family"),
            ("DN200", "Ingen konkrementer i nyrerne", "negated"),
            ("DN136A", "ingen tegn på infektion", "negated"),
            ("DK358A", "Appendicitis afkræftet", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HO-27",
        "department": "Urologisk afdeling",
        "specialty": "urologi",
        "patient": {"age": 89, "sex": "M"},
        "admission": {"start": "2026-11-16", "end": "2026-11-21"},
        "notes": [
            """Epikrise

89-årig mand, enkemand, bor i eget hus med hjemmehjælp 1 x ugentligt. Kendt godartet forstørret prostata, i beh. med tamsulosin, PSA 3,1 for et halvt år siden. Kronisk atrieflimren (Marevan). Type 2-diabetes i kostbehandling.

Indl. med 1 døgns manglende vandladning, kraftig vandladningstrang og smerter over symfysen, tiltagende uklar ifølge sønnen.
Obj.: Blæren palperes til navlen. Uklar, men orienteret i egne data. BT 158/90, puls 96 uregelmæssig, afebril.
Bladderscan: > 999 ml. KAD anlagt: 1.650 ml klar urin.
BS: krea 324 (habituel 98), karbamid 31, K 5,4, CRP 9, INR 2,6. U-stix: leuk 1+, nitrit neg., urindyrkning uden vækst.
UL nyrer: let hydronefrose bilat., aftaget dagen efter kateteranlæggelsen.

Vurdering: Akut urinretention ved benign prostatahyperplasi med postrenalt akut nyresvigt. Den lette konfusion vurderes at skyldes uræmi, ikke delir.

Forløb: Postobstruktiv diurese 4-5 l/dgl. de første 2 døgn, erstattet med i.v. væske. Krea faldt til 121 ved udskrivelsen, K normal. Klar og orienteret fra dag 2. Finasterid tillagt. Marevan fortsat, INR i niveau.
Kateterfrit forsøg dag 4: kunne ikke lade vandet, resturin 740 ml. Udskrives med KAD.
Rektaleksploration: forstørret, glat, fast-elastisk prostata uden knuder. Ikke mistanke om prostatakræft.

Dx: Prostatahyperplasi med akut urinretention. Akut nyresvigt, postrenalt. Kronisk atrieflimren.

Plan: KAD, skiftes af hjemmesygeplejen. Nyt kateterfrit forsøg i urologisk ambulatorium om 4 uger; mislykkes det, vurderes TURP eller permanent kateter. Krea hos e.l. om 1 uge.
"""
        ],
        "medications": [
            ("G04CA02", "tamsulosin", "0,4 mg x 1"),
            ("G04CB01", "finasterid", "5 mg x 1"),
            ("B01AA03", "warfarin", "efter INR"),
        ],
        "labs": [
            ("NPU18016", "Kreatinin;P", 121, "µmol/L", 60, 105),
            ("NPU03230", "Kalium;P", 4.3, "mmol/L", 3.5, 4.4),
        ],
        "codes": [("DN409", "A"), ("DR339B", "B"), ("DN179", "B"), ("DI482", "B")],
        "evidence": [
            ("DN409", "godartet forstørret prostata"),
            ("DN409", "benign prostatahyperplasi"),
            ("DN409", "Prostatahyperplasi", "Dx:"),
            ("DR339B", "Akut urinretention ved"),
            ("DR339B", "akut urinretention", "Dx:"),
            ("DN179", "postrenalt akut nyresvigt"),
            ("DN179", "Akut nyresvigt, postrenalt"),
            ("DI482", "Kronisk atrieflimren (Marevan)"),
            ("DI482", "Kronisk atrieflimren.", "Dx:"),
        ],
        "distractors": [
            ("DN390", "urindyrkning uden vækst", "negated"),
            ("DF059", "ikke delir", "negated"),
            ("DC619", "Ikke mistanke om prostatakræft", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HO-28",
        "department": "Øre-næse-halskirurgisk afdeling",
        "specialty": "oto-rhino-laryngologi",
        "patient": {"age": 24, "sex": "F"},
        "admission": {"start": "2026-01-30", "end": "2026-01-31"},
        "notes": [
            """ØNH-afd., epikrise

24-årig kvinde, studerende. Tidl. rask, ingen gentagne halsbetændelser. Ryger til fester.
5 dg. med halssmerter, beh. af e.l. med penicillin fra dag 2 for halsbetændelse (strep-test pos.). Nu tiltagende ensidige smerter ve., synkebesvær, kan knap synke spyt, grødet tale, trismus.
Obj.: T 38,4. Gabeevne 2 fingre. Ve.-sidig peritonsillær hævelse med uvula skubbet mod ha. Ingen stridor, frie luftveje. Ømme lymfeknuder ve. på halsen.
CRP 96, leuk 15,1. Monospot neg.
Punktur ve. peritonsillært: 6 ml pus. Incision og tømning. Dyrkning: gruppe A-streptokokker.
Dx: Peritonsillær absces ve. (absc. peritonsillaris).
Beh.: Benzylpenicillin + metronidazol i.v. i 24 t, herefter p.o. Ketorolac og paracetamol. Spiser og drikker næste dag.
Plan: Penicillin + metronidazol i alt 10 dage. Kontrol hos e.l. ved behov. Ved recidiv henvises til tonsillektomi.
"""
        ],
        "medications": [
            ("J01CE02", "phenoxymethylpenicillin", "1,2 MIE x 4 til og med 8/2"),
            ("P01AB01", "metronidazol", "500 mg x 3 til og med 8/2"),
        ],
        "labs": [("NPU19748", "C-reaktivt protein [CRP];P", 96, "mg/L", None, 8)],
        "codes": [("DJ369", "A"), ("DB950", "B")],
        "evidence": [
            ("DJ369", "Ve.-sidig peritonsillær hævelse"),
            ("DJ369", "Peritonsillær absces ve."),
            ("DJ369", "absc. peritonsillaris"),
            ("DB950", "strep-test pos."),
            ("DB950", "gruppe A-streptokokker"),
        ],
        "distractors": [
            ("DJ350", "ingen gentagne halsbetændelser", "negated"),
            ("DR061", "Ingen stridor", "negated"),
            ("DB279", "Monospot neg.", "negated"),
        ],
    }
)
