"""The third development set of hand-written discharge cases (README.md, "The third development set").

Written by hand in the same source format as ``CASES`` in build_cases.py: notes as strings or
("type", "text"), medications (atc, name, dose), labs (npu, name, value, unit, low, high), codes
(code, "A"/"B"), evidence (code, phrase[, anchor[, note]]) and distractors (code, phrase, kind[, anchor[,
note]]). ``python benchmarks/data/handwritten/build_cases.py`` turns them into ``dev3.jsonl``.

Like the second development set these cases are meant for tuning: read them, write rules against them and
choose between variants on them.
"""

# The notes are kept line for line as written (a line is a paragraph), so their lines run long.
# ruff: noqa: E501

from __future__ import annotations

CASES: list[dict] = []

CASES.append(
    {
        "case_id": "HW3-01",
        "department": "Akutafdeling",
        "specialty": "akutmedicin",
        "patient": {"age": 34, "sex": "M"},
        "admission": {"start": "2025-08-12", "end": "2025-08-13"},
        "notes": [
            """Akutmodtagelsen – kort epikrise

34-årig mand, anlægsgartner. Kendt med allergisk rhinitis (græspollen), tager Aerius i sæsonen. Ingen astma. Tidl. stor lokalreaktion efter hvepsestik 2022. Bror har jordnøddeallergi.

Aktuelt: Stukket af hveps på hø. underarm kl. 14.10 under arbejde i en kundes have. Efter ca. 10 min generaliseret kløe, nældefeber på truncus, hævede læber, tæthed i halsen, svimmelhed og kvalme. Kollega ringede 1-1-2. Ambulance: BT 78/40, P 132, SAT 93 %. Givet adrenalin 0,5 mg i.m. x 2 (lår), i.v. væske, Tavegyl og Solu-Cortef.

Obj. ved ankomst kl. 15.02: vågen, klar. BT 112/68, P 104, SAT 98 % på 2 l ilt, RF 18. Urticaria på truncus og arme, let læbeødem, ingen stridor, intet tungeødem. St.p.: VAM, ingen pibelyde.

Vurd.: Anafylaktisk shock efter hvepsestik (grad III).

Forløb: Obs. 12 t i AMA. Ingen bifasisk reaktion. BT stabil 120-130 systolisk, urticaria svundet. Ilt seponeret efter 1 t.
P-tryptase 2 t efter reaktionen 24,1 µg/l (forhøjet).

Konkl.: Anafylaksi efter hvepsestik. Allergisk rhinitis forårsaget af pollen.

Plan: Udskrives med 2 stk. EpiPen 300 mikrog, instrueret i brug. Prednisolon 25 mg + Aerius i 3 dage. Henvist til allergiklinik mhp. udredning og vurdering af immunterapi med hvepsegift. Skal altid have EpiPen på sig i sommerhalvåret. Basal tryptase kontrolleres i allergiklinikken (obs. mastocytose).
"""
        ],
        "medications": [
            ("C01CA24", "adrenalin autoinjektor (EpiPen)", "300 mikrog i.m. v. behov"),
            ("H02AB06", "prednisolon", "25 mg x 1 i 3 dage"),
            ("R06AX27", "desloratadin (Aerius)", "5 mg x 1"),
        ],
        "labs": [(None, "Tryptase;P", 24.1, "µg/L", None, 11.4)],
        "codes": [("DT634F", "A"), ("DJ301", "B")],
        "evidence": [
            ("DT634F", "Anafylaktisk shock efter hvepsestik"),
            ("DT634F", "Anafylaksi efter hvepsestik"),
            ("DJ301", "allergisk rhinitis (græspollen)"),
            ("DJ301", "Allergisk rhinitis forårsaget af pollen"),
        ],
        "distractors": [
            ("DJ459", "Ingen astma", "negated"),
            ("DT634E", "Tidl. stor lokalreaktion efter hvepsestik 2022", "history"),
            ("DT781B", "Bror har jordnøddeallergi", "family"),
            ("DR061", "ingen stridor", "negated"),
            ("DQ822", "obs. mastocytose", "uncertain"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW3-02",
        "department": "Akutafdeling",
        "specialty": "akutmedicin",
        "patient": {"age": 22, "sex": "M"},
        "admission": {"start": "2025-05-17", "end": "2025-05-17"},
        "notes": [
            """FAM – journalnotat/epikrise

22-årig mand, studerende, tidl. rask. Ingen fast medicin, ingen AK-beh.

Indbragt kl. 02.30 af ambulance efter cykelstyrt uden hjelm på vej hjem fra fest. Slog hovedet mod kantsten. Ifølge ven kortvarigt bevidstløs (< 1 min), husker ikke selve styrtet. Har drukket ca. 12 genstande. Opkast x 1 i ambulancen.

Obj.: Lugter af alkohol, snøvlende tale, GCS 14 (V4) ved ankomst, 15 efter 2 t. Pupiller isokore og lysreagerende. Ingen fokale neurologiske udfald. 4 cm lang blødende flænge i hovedbunden parietalt hø. Ingen næseblod, ingen brillehæmatom. Columna cervicalis uøm, fri bevægelighed. Thorax og abdomen u.a.
Promille 1,9.
CT cerebrum (pga. bevidstløshed + opkast, jf. retningslinje): ingen intrakraniel blødning, ingen kraniefraktur.

Beh.: Såret renset og suturereret med 5 enkeltknuder. Tetanus ajour (vaccineret 2021). Neuro-obs. hver time i 6 t: stabil, GCS 15, kunne gå selv kl. 09.

Konkl.: Commotio cerebri. Sår i hovedbunden, sutureret. Akut alkoholforgiftning med hovedtraume.

Plan: Hjem med ven, skriftlig hovedtraume-information udleveret. Suturfjernelse hos e.l. dag 7-8. Ved tiltagende hovedpine, opkast eller sløvhed straks kontakt 1813. Rådgivet om cykelhjelm og alkohol.
"""
        ],
        "medications": [("N02BE01", "paracetamol", "1 g x 4 p.n.")],
        "labs": [(None, "Ethanol;P", 1.9, "promille", None, None)],
        "codes": [("DS060", "A"), ("DS010", "B"), ("DF1001", "B")],
        "evidence": [
            ("DS060", "kortvarigt bevidstløs (< 1 min)"),
            ("DS060", "Commotio cerebri"),
            ("DS010", "4 cm lang blødende flænge i hovedbunden"),
            ("DS010", "Sår i hovedbunden"),
            ("DF1001", "Har drukket ca. 12 genstande"),
            ("DF1001", "Akut alkoholforgiftning med hovedtraume"),
        ],
        "distractors": [
            ("DS069", "ingen intrakraniel blødning", "negated"),
            ("DS029", "ingen kraniefraktur", "negated"),
            ("DR040", "Ingen næseblod", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW3-03",
        "department": "Kardiologisk afdeling",
        "specialty": "kardiologi",
        "patient": {"age": 69, "sex": "M"},
        "admission": {"start": "2025-05-04", "end": "2025-05-12"},
        "notes": [
            """Epikrise – Kardiologisk afdeling, arytmiafsnittet

Indlagt 04.05.2025 via FAM, udskrevet 12.05.2025.

Indlæggelsesårsag: Hjertebanken og nærsynkope, bredkomplekset takykardi.

Anamnese:
69-årig mand, pens. elektriker, gift, bor i villa, selvhjulpen, cykler dagligt. Eks-ryger (stoppede 2015, ca. 35 pakkeår). Alkohol 5-6 genst./uge.
Kendt med:
- Stort forvægsinfarkt 2015 (STEMI), primær PCI med DES til prox. LAD, Q-takker V1-V4 siden.
- Iskæmisk kardiomyopati, LVEF 35 % ved seneste ekko 2024, NYHA II. Beh. med Entresto, bisoprolol, spironolacton og Jardiance.
- DM2 siden 2018, metformin + Jardiance, HbA1c 52.
- Hyperlipidæmi, atorvastatin 80 mg.
- Ingen kendt atrieflimren.
Disp.: Far død pludselig 62 år ("hjertet"), bror har pacemaker pga. AV-blok.

Aktuelt:
Sad i sofaen kl. ca. 19, da han fik kraftig, hurtig hjertebanken, svimmelhed og sortnen for øjnene; nåede at lægge sig, ikke bevidstløs. Ingen brystsmerter. Hustruen ringede 1-1-2. Præhospitalt EKG: regelmæssig bredkomplekset takykardi 190/min, QRS 160 ms, højre grenbloksmorfologi med superior akse. BT 96/60. Givet amiodaron 300 mg i.v. i ambulancen uden effekt.

Objektivt ved ankomst:
Bleg, klam, vågen og klar. BT 92/58, puls 188 regelmæssig, SAT 95 % atm., RF 22, temp. 36,7. St.c.: hurtig regelmæssig rytme, ingen sikre mislyde. St.p.: få basale krepitationer bilat. Ingen ankelødemer.
EKG: Monomorf ventrikulær takykardi 188/min, AV-dissociation, fusionsslag.

Forløb:
Dag 1 (FAM/CCU): Pga. hypotension og klamhed elektrisk DC-konvertering i propofol-sedation, 150 J synkroniseret, til SR 72. EKG efter konvertering: SR, gamle Q-takker V1-V4, QRS 118 ms, QTc 452 ms, ingen akutte ST-forandringer. Kalium 3,1, magnesium 0,68. Kalium og magnesium substitueret i.v. Amiodaron-infusion fortsat i 24 t. Trop T 38 -> 64 -> 58, vurderet sekundært til takykardi og DC-stød, ikke nyt AMI.
Dag 2: Ekko: LVEF 30 %, akinesi og aneurismatisk udposning af apex og anteroseptale væg (gammelt forvægsinfarkt), ingen trombe, let mitralinsufficiens. Ingen betydende aortastenose. NT-proBNP 1.340.
Dag 3: KAG: åben stent i LAD, ingen nye signifikante stenoser. Iskæmi vurderes ikke som udløsende årsag; VT tolkes som ar-relateret reentry.
Dag 3-4: Telemetri: enkelte korte løb af non-sustained VT (4-6 slag), ingen vedvarende VT. K 4,3 efter tilskud. Den lave kalium tilskrives nylig dosisøgning af furosemid hos e.l. (40 -> 80 mg); furosemid reduceret igen.
Dag 4: Hjertekonference: vedvarende monomorf VT med hæmodynamisk påvirkning ved iskæmisk kardiomyopati og LVEF 30 % -> indikation for ICD (sekundær profylakse). Pt. informeret, accepterer.
Dag 5: ICD implanteret (enkeltkammer, ve. side) ukompliceret. Rtg. thorax: korrekt elektrodeplacering, ingen pneumothorax.
Dag 6: ICD-kontrol: god funktion, VT-zone programmeret fra 160/min med ATP. Amiodaron p.o. 200 mg x 3 i 1 uge, herefter 200 mg x 1. TSH og levertal normale før start.
Dag 7-8: Mobiliseret på gangen og trapper, ingen arytmier på telemetri. Ingen tegn på inkompenseret hjerteinsufficiens, vægt uændret. Sårkontrol u.a.

Konklusion:
1. Vedvarende monomorf ventrikulær takykardi, DC-konverteret, ICD implanteret (sekundær profylakse).
2. Iskæmisk kardiomyopati, LVEF 30 %.
3. Gammelt forvægsinfarkt 2015, PCI til LAD.
4. Type 2-diabetes.
5. Hypokaliæmi, diuretikaudløst, korrigeret.
6. Hyperlipidæmi.
Intet nyt AMI. Ingen indikation for VT-ablation aktuelt; vurderes ved recidiv.

Medicin ved udskrivelse: Amiodaron 200 mg x 3 til og med 19.05, derefter 200 mg x 1. Bisoprolol 5 mg x 1. Entresto 97/103 mg x 2. Spironolacton 25 mg x 1. Jardiance 10 mg x 1. Metformin 1 g x 2. Furosemid 40 mg x 1. Atorvastatin 80 mg x 1. ASA 75 mg x 1.

Plan:
- Kørselsforbud i 3 mdr. efter VT med hæmodynamisk påvirkning, informeret mundtligt og skriftligt.
- ICD-kontrol i pacemakerklinikken om 3 mdr. samt fjernmonitorering.
- Sårkontrol hos e.l. om 10 dage.
- K, Mg og krea hos e.l. om 1 uge; TSH og levertal om 3 mdr. pga. amiodaron.
- Ved stød fra ICD: kontakt afd.; ved flere stød inden for et døgn: ring 1-1-2.
- Genetisk udredning af familien ikke indiceret, da VT er forklaret af arvæv; drøftet med pt. pga. faderens pludselige død.
"""
        ],
        "medications": [
            ("C01BD01", "amiodaron", "200 mg x 3, fra 20.05 200 mg x 1"),
            ("C07AB07", "bisoprolol", "5 mg x 1"),
            ("C09DX04", "sacubitril/valsartan (Entresto)", "97/103 mg x 2"),
            ("C03DA01", "spironolacton", "25 mg x 1"),
            ("A10BK03", "empagliflozin (Jardiance)", "10 mg x 1"),
            ("A10BA02", "metformin", "1 g x 2"),
            ("C03CA01", "furosemid", "40 mg x 1"),
            ("C10AA05", "atorvastatin", "80 mg x 1"),
            ("B01AC06", "acetylsalicylsyre", "75 mg x 1"),
        ],
        "labs": [
            ("NPU03230", "Kalium;P", 3.1, "mmol/L", 3.5, 4.4),
            (None, "Magnesium;P", 0.68, "mmol/L", 0.71, 0.94),
            (None, "Troponin T;P", 64, "ng/L", None, 14),
        ],
        "codes": [
            ("DI472A", "A"),
            ("DI255", "B"),
            ("DI252B", "B"),
            ("DE119", "B"),
            ("DE876", "B"),
            ("DE785", "B"),
            ("DZ955", "B"),
        ],
        "evidence": [
            ("DI472A", "Monomorf ventrikulær takykardi 188/min"),
            ("DI472A", "vedvarende monomorf VT med hæmodynamisk påvirkning"),
            ("DI472A", "Vedvarende monomorf ventrikulær takykardi"),
            ("DI255", "Iskæmisk kardiomyopati, LVEF 35 %"),
            ("DI255", "Iskæmisk kardiomyopati, LVEF 30 %"),
            ("DI252B", "Stort forvægsinfarkt 2015 (STEMI)"),
            ("DI252B", "Gammelt forvægsinfarkt 2015"),
            ("DE119", "DM2 siden 2018"),
            ("DE119", "Type 2-diabetes."),
            ("DE876", "Kalium 3,1"),
            ("DE876", "Hypokaliæmi, diuretikaudløst"),
            ("DE785", "Hyperlipidæmi, atorvastatin 80 mg"),
            ("DE785", "Hyperlipidæmi.", "Konklusion"),
            ("DZ955", "åben stent i LAD"),
        ],
        "distractors": [
            ("DI489", "Ingen kendt atrieflimren", "negated"),
            ("DI461", "Far død pludselig 62 år", "family"),
            ("DI442", "bror har pacemaker pga. AV-blok", "family"),
            ("DI219", "ikke nyt AMI", "negated"),
            ("DI350", "Ingen betydende aortastenose", "negated"),
            ("DJ931", "ingen pneumothorax", "negated"),
            ("DI500", "Ingen tegn på inkompenseret hjerteinsufficiens", "negated"),
            ("DI219", "Intet nyt AMI", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW3-04",
        "department": "Reumatologisk afdeling",
        "specialty": "reumatologi",
        "patient": {"age": 74, "sex": "F"},
        "admission": {"start": "2025-02-20", "end": "2025-02-24"},
        "notes": [
            """Epikrise – Reumatologisk afd.

74-årig kvinde, pens. sygeplejerske, bor med ægtefælle. Hypertension (amlodipin). Hypothyreose (Eltroxin). Ingen tidl. gigtsygdom. Søster med leddegigt.

Henv. fra e.l. med 3 ugers nyopstået hø.-sidig tindingehovedpine, ømhed i hovedbunden ved hårbørstning og smerter i kæben når hun tygger (må holde pause midt i måltidet). I går 2 episoder af "gardin" for hø. øje i få minutter. Vægttab 3 kg, subfebrilia. Ingen stivhed i skuldre eller hofter, ingen morgenstivhed.

Obj.: Fortykket, øm og pulsløs a. temporalis hø. Ingen fokal neurologi. Visus 0,8 bilat., ingen relativ afferent pupildefekt.
Øjenlægetilsyn: ingen tegn på AION, normale papiller. Ingen synstab.
BS: SR 78, CRP 64, Hb 7,1, trombocytter 488.
UL a. temporalis bilat.: halo-tegn hø. og ve. Biopsi ikke nødvendig. PET-CT: ingen storkarsvaskulitis i aorta.

Vurd.: Kæmpecellearteritis (arteritis temporalis) med amaurosis fugax-episoder, uden PMR.

Beh.: Solu-Medrol 500 mg i.v. x 3 pga. synssymptomer, herefter prednisolon 60 mg dgl. Hovedpinen væk dag 2. CRP 64 -> 12. Ingen nye synsforstyrrelser. ASA overvejet, ikke startet (blødningsrisiko).
Knogleskørhed forebygges: alendronat + calcium/D-vit. startet, DXA bestilt.

Diagnoser: Arteritis temporalis uden polymyalgia rheumatica. Hypertension. Hypothyreose.

Plan: Prednisolon 60 mg x 1 i 4 uger, herefter aftrapning efter skema. Tocilizumab overvejes ved recidiv under aftrapning. Kontrol i reumatologisk amb. om 2 uger med CRP, BT og BS (obs. steroidinduceret diabetes). Ved synsforstyrrelser straks kontakt.
"""
        ],
        "medications": [
            ("H02AB06", "prednisolon", "60 mg x 1"),
            ("M05BA04", "alendronat", "70 mg x 1 ugl."),
            ("A12AX", "calcium + D-vitamin", "1 tbl. x 2"),
            ("A02BC02", "pantoprazol", "40 mg x 1"),
            ("C08CA01", "amlodipin", "5 mg x 1"),
            ("H03AA01", "levothyroxin (Eltroxin)", "75 mikrog x 1"),
        ],
        "labs": [
            ("NPU19748", "C-reaktivt protein [CRP];P", 64, "mg/L", None, 8),
            ("NPU02319", "Hæmoglobin;B", 7.1, "mmol/L", 7.3, 9.5),
        ],
        "codes": [("DM316A", "A"), ("DI109", "B"), ("DE039", "B")],
        "evidence": [
            ("DM316A", "Kæmpecellearteritis (arteritis temporalis)"),
            ("DM316A", "Arteritis temporalis uden polymyalgia rheumatica"),
            ("DI109", "Hypertension (amlodipin)"),
            ("DI109", "Hypertension.", "Diagnoser"),
            ("DE039", "Hypothyreose (Eltroxin)"),
            ("DE039", "Hypothyreose.", "Diagnoser"),
        ],
        "distractors": [
            ("DM069", "Søster med leddegigt", "family"),
            ("DM353", "uden PMR", "negated"),
            ("DH470C", "ingen tegn på AION", "negated"),
            ("DH547", "Ingen synstab", "negated"),
            ("DI791", "ingen storkarsvaskulitis i aorta", "negated"),
            ("DE119", "obs. steroidinduceret diabetes", "uncertain"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW3-05",
        "department": "Lungemedicinsk afdeling",
        "specialty": "lungemedicin",
        "patient": {"age": 62, "sex": "M"},
        "admission": {"start": "2025-10-02", "end": "2025-10-21"},
        "notes": [
            """Epikrise – Lungemedicinsk afdeling

Indlagt 02.10.2025, udskrevet 21.10.2025.

Indlæggelsesdiagnose: Ve.-sidig pleuraeffusion og pneumoni, obs. empyem.

Anamnese:
62-årig mand, tidl. chauffør, nu førtidspensionist, bor alene i lejlighed. Ryger 15 cig./dag, ca. 40 pakkeår. Alkohol ca. 35 genstande/uge i mange år, drikker mest i weekender, ingen abstinenser, ingen tidl. delir eller kramper; ingen afhængighedssymptomer, men forbruget giver gentagne fald og konflikter i familien.
Kendt med:
- DM2 siden 2019, metformin 1 g x 2, HbA1c 71 ved indlæggelsen (dårligt reguleret).
- Ingen kendt lungesygdom, ingen spirometri foretaget. Ingen kendt hjertesygdom.
- Meget dårlig tandstatus, ikke set tandlæge i > 10 år.
Disp.: Mor død af lungekræft.

Aktuelt:
3 ugers hoste, træthed, nattesved og let feber. Ca. 10 dage før indlæggelsen tiltagende stikkende smerter i ve. side af thorax ved dyb inspiration. Vægttab ca. 5 kg. E.l. gav Penicillin 1 uge uden effekt. Ingen hæmoptyse.

Objektivt ved ankomst:
Medtaget, tynd. Temp. 38,6, BT 128/76, puls 108, RF 24, SAT 92 % atm.
St.p.: dæmpning og ophævet respirationslyd ve. basalt op til angulus scapulae, bronkial respiration lige over dæmpningen. Hø. lunge normal.
Mundhule: multiple løse og karierede tænder, pusdannelse ved gingiva.

Paraklinik:
CRP 312, leuk 21,4, albumin 24, krea 71, Hb 7,4, BS ikke-fastende 17,8.
Rtg./CT thorax: stor ve.-sidig lokuleret pleuraeffusion med pleural fortykkelse ("split pleura"), konsolidering i ve. underlap. Ingen kaviteter, ingen tumor, ingen forstørrede lymfeknuder.
Pleurapunktur (UL-vejledt): uklar, ildelugtende væske, pH 6,9, glukose < 1,1, LDH 3.800. Gramfarvning: grampositive kokker. Dyrkning: Streptococcus intermedius. Cytologi: ingen maligne celler.
Bloddyrkning: ingen vækst. Quantiferon negativ, mikroskopi og PCR for tuberkulose negativ.

Forløb:
Dag 1: Pleuraempyem bekræftet ved punktur. Anlagt 14 Fr pleuradræn ve. UL-vejledt, drænet 900 ml pus. Startet piperacillin/tazobactam i.v. Insulin efter skema, metformin pauseret.
Dag 2-3: Fortsat febril, drænet kun 150 ml/døgn, UL viste fortsatte lokulamenter. Intrapleural alteplase + DNase 2 x dgl. i 3 døgn (MIST-2-regime).
Dag 4-6: Drænet yderligere 1,6 l. Afebril fra dag 5. CRP 312 -> 188 -> 121. Antibiotika nedtrappet til benzylpenicillin + metronidazol i.v. efter resistens.
Dag 7: Kontrol-CT: markant reduktion af empyemet, residual pleurafortykkelse, lungen næsten udfoldet. Thoraxkirurgisk konference: ikke indikation for VATS-dekortikation aktuelt.
Dag 8: Dræn seponeret.
Dag 9: Tandlægetilsyn: kronisk parodontitis med flere tandabscesser, vurderet som sandsynligt fokus for anginosus-streptokokken. 4 tænder ekstraheret dag 11.
Dag 10-14: Skift til peroral amoxicillin/clavulansyre. Glukose 8-12 på basalinsulin, HbA1c 71 -> endokrinologisk råd: fortsat metformin + Insulatard 16 IE aften.
Dag 12: Samtale om alkohol: pt. anerkender at han drikker for meget og at det skader ham, ønsker at skære ned. Ingen tegn på abstinenser under indlæggelsen (CIWA 0-2). Rygestop anbefalet, nikotinplaster startet.
Dag 15-19: Fysioterapi, PEP-fløjte, går på trapper. Stabil, afebril, CRP 34 ved udskrivelse.

Konklusion:
1. Pleuraempyem ve. side forårsaget af Streptococcus intermedius, behandlet med dræn og intrapleural fibrinolyse.
2. Pneumoni i ve. underlap.
3. Type 2-diabetes, dårligt reguleret, insulin tillagt.
4. Skadeligt alkoholforbrug.
5. Kronisk parodontitis med tandabscesser, tandekstraktion.
Ingen tuberkulose. Ingen malignitet i pleuravæsken; lungekræft ikke påvist på CT.

Medicin ved udskrivelse: Amoxicillin/clavulansyre 875/125 mg x 3 i yderligere 4 uger (samlet 6 ugers beh.). Metformin 1 g x 2. Insulatard 16 IE x 1 aften. Nikotinplaster 21 mg/24 t. Paracetamol 1 g x 4 p.n.

Plan:
- Kontrol i lungeamb. om 2 uger med CRP og rtg. thorax; CT thorax om 3 mdr. (tidl. ryger, udelukke underliggende tumor).
- Spirometri ved kontrol, obs. KOL (40 pakkeår).
- Kommunal diabetessygeplejerske; e.l. justerer insulin.
- Henvist til kommunal alkoholbehandling efter ønske.
- Tandlæge: yderligere sanering ambulant.
"""
        ],
        "medications": [
            ("J01CR02", "amoxicillin/clavulansyre", "875/125 mg x 3"),
            ("A10BA02", "metformin", "1 g x 2"),
            ("A10AC01", "isophaninsulin (Insulatard)", "16 IE x 1 aften"),
            ("N07BA01", "nikotin depotplaster", "21 mg/24 t"),
            ("N02BE01", "paracetamol", "1 g x 4 p.n."),
        ],
        "labs": [
            ("NPU19748", "C-reaktivt protein [CRP];P", 312, "mg/L", None, 8),
            ("NPU02593", "Leukocytter;B", 21.4, "10^9/L", 3.5, 8.8),
            ("NPU27300", "Hæmoglobin A1c (IFCC);Hb(B)", 71, "mmol/mol", None, 48),
            (None, "pH;Pleuravæske", 6.9, None, None, None),
        ],
        "codes": [
            ("DJ869", "A"),
            ("DB954", "B"),
            ("DJ189", "B"),
            ("DE119", "B"),
            ("DF101", "B"),
            ("DK053", "B"),
        ],
        "evidence": [
            ("DJ869", "Pleuraempyem bekræftet ved punktur"),
            ("DJ869", "Pleuraempyem ve. side"),
            ("DB954", "Streptococcus intermedius"),
            ("DB954", "forårsaget af Streptococcus intermedius"),
            ("DJ189", "konsolidering i ve. underlap"),
            ("DJ189", "Pneumoni i ve. underlap"),
            ("DE119", "DM2 siden 2019"),
            ("DE119", "Type 2-diabetes, dårligt reguleret"),
            ("DF101", "Alkohol ca. 35 genstande/uge"),
            ("DF101", "Skadeligt alkoholforbrug"),
            ("DK053", "kronisk parodontitis med flere tandabscesser"),
            ("DK053", "Kronisk parodontitis med tandabscesser"),
        ],
        "distractors": [
            ("DF102", "ingen afhængighedssymptomer", "negated"),
            ("DC349", "Mor død af lungekræft", "family"),
            ("DR042", "Ingen hæmoptyse", "negated"),
            ("DC782B", "ingen maligne celler", "negated"),
            ("DA169", "mikroskopi og PCR for tuberkulose negativ", "negated"),
            ("DA169", "Ingen tuberkulose", "negated"),
            ("DC349", "lungekræft ikke påvist på CT", "negated"),
            ("DJ449", "obs. KOL", "uncertain"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW3-06",
        "department": "Lungemedicinsk afdeling",
        "specialty": "lungemedicin",
        "patient": {"age": 38, "sex": "F"},
        "admission": {"start": "2025-04-07", "end": "2025-04-09"},
        "notes": [
            """Epikrise

38-årig kvinde, pædagog, 2 børn. Hypothyreose efter Hashimoto, Eltroxin 100 mikrog. Aldrig ryger. Mor med leddegigt.

Indl. via e.l. pga. 2 ugers feber op til 38,5, hævede og ømme ankler bilat., så hun næsten ikke kan gå, og ømme røde knuder på begge skinneben. Let tør hoste. Ingen vægttab, ingen nattesved.

Obj.: T 38,1. Symmetrisk periartikulær hævelse og varme af begge ankelled. Multiple 2-4 cm ømme, rødviolette, ikke-ulcererede noduli på crus-forfladen bilat. – typisk erythema nodosum. St.p.: VAM. Ingen lymfadenopati på halsen.
BS: CRP 56, SR 48, leuk 9,2, Ca 2,46, ACE 92 (forhøjet), krea 62. RF og anti-CCP negative. Quantiferon neg.
Rtg. thorax: bilateral hilusadenopati, ingen parenkymforandringer. HRCT: symmetrisk hilær og mediastinal lymfadenopati, lungeparenkymet normalt.
EBUS med biopsi fra station 7: ikke-nekrotiserende granulomer, ingen malignitet. Dyrkning for TB negativ.

Vurd.: Löfgrens syndrom – akut sarkoidose med bilateral hilusadenopati, erythema nodosum og periartikulær ankelartritis. Mistanke om lymfom afkræftet ved biopsi.

Beh.: NSAID (naproxen) + PPI. God effekt på ankelsmerter efter 2 døgn. Ingen indikation for prednisolon. Spirometri og DLCO normale. EKG normalt, ingen tegn på hjertesarkoidose. Øjenundersøgelse: ingen uveitis.

Diagnoser: Akut sarkoidose (Löfgrens syndrom). Erythema nodosum. Hypothyreose.

Plan: Naproxen 500 mg x 2 i 4-6 uger. Kontrol i lungeamb. om 3 mdr. med rtg. thorax, lungefunktion, Ca og ACE. God prognose, forventes spontan remission.
"""
        ],
        "medications": [
            ("M01AE02", "naproxen", "500 mg x 2"),
            ("A02BC02", "pantoprazol", "40 mg x 1"),
            ("H03AA01", "levothyroxin (Eltroxin)", "100 mikrog x 1"),
        ],
        "labs": [
            ("NPU19748", "C-reaktivt protein [CRP];P", 56, "mg/L", None, 8),
            (None, "Angiotensin-konverterende enzym;P", 92, "U/L", 20, 70),
            ("NPU01443", "Calcium;P", 2.46, "mmol/L", 2.15, 2.51),
        ],
        "codes": [("DD868G", "A"), ("DL529", "B"), ("DE039", "B")],
        "evidence": [
            ("DD868G", "akut sarkoidose med bilateral hilusadenopati"),
            ("DD868G", "Akut sarkoidose (Löfgrens syndrom)"),
            ("DL529", "typisk erythema nodosum"),
            ("DL529", "Erythema nodosum."),
            ("DE039", "Hypothyreose efter Hashimoto"),
            ("DE039", "Hypothyreose.", "Diagnoser"),
        ],
        "distractors": [
            ("DM069", "Mor med leddegigt", "family"),
            ("DD860", "ingen parenkymforandringer", "negated"),
            ("DC859", "Mistanke om lymfom afkræftet", "negated"),
            ("DD868F", "ingen tegn på hjertesarkoidose", "negated"),
            ("DH209", "ingen uveitis", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW3-07",
        "department": "Medicinsk gastroenterologisk afdeling",
        "specialty": "gastroenterologi",
        "patient": {"age": 26, "sex": "F"},
        "admission": {"start": "2025-11-03", "end": "2025-11-10"},
        "notes": [
            """Epikrise – Med. gastro

26-årig kvinde, sosu-elev. Crohns sygdom i terminale ileum diagnosticeret 2022, beh. med azathioprin, har ikke taget medicinen fast de sidste 3 mdr. Ryger 10-12 cig./dag. Mor med colitis ulcerosa.

Aktuelt: 3 ugers tiltagende smerter i hø. fossa iliaca, 5-6 tynde afføringer dgl. uden blod, natlige afføringer, vægttab 4 kg, træthed. Ingen perianale gener.

Obj.: T 37,6, P 96. Abd.: ømhed og udfyldning i hø. fossa iliaca, ingen peritoneal reaktion. Perianalt u.a.
BS: CRP 94, Hb 6,2, MCV 71, ferritin 6, albumin 29, trombocytter 512. F-calprotectin 1.850.
F-dyrkning, C. difficile og parasitter negative.
MR-enterografi: 18 cm aktiv inflammation af terminale ileum med vægfortykkelse, ingen absces, ingen fistler, kort segment med let forsnævring uden prestenotisk dilatation.
Ileokoloskopi: dybe ulcerationer i terminale ileum, colon normalt.

Forløb: Crohn-opblussen i ileum. Solu-Medrol 40 mg i.v. x 5, herefter prednisolon p.o. med aftrapning. God klinisk effekt, 1-2 formede afføringer dgl. ved udskr., CRP 94 -> 18. Jernmangelanæmi behandlet med Ferinject 1.000 mg i.v. TPMT normal; biologisk beh. (infliximab) planlægges efter screening (Quantiferon, hepatitis, HIV) – 1. infusion i amb. Ileocøkalresektion drøftet, ikke aktuel.
Rygestop: pt. informeret om at rygning forværrer Crohn, henvist til rygestop.

Diagnoser:
- Crohns sygdom i ileum, opblussen
- Jernmangelanæmi
- Nikotinafhængighed

Plan: Prednisolon 40 mg aftrappes med 5 mg/uge. Infliximab-opstart i IBD-amb. om 1 uge. Kontrol Hb og ferritin om 6 uger.
"""
        ],
        "medications": [
            ("H02AB06", "prednisolon", "40 mg x 1, aftrappes"),
            ("L04AX01", "azathioprin", "100 mg x 1"),
            ("A02BC02", "pantoprazol", "40 mg x 1"),
            ("A12AX", "calcium + D-vitamin", "1 tbl. x 2"),
        ],
        "labs": [
            ("NPU19748", "C-reaktivt protein [CRP];P", 94, "mg/L", None, 8),
            ("NPU02319", "Hæmoglobin;B", 6.2, "mmol/L", 7.3, 9.5),
            ("NPU19763", "Ferritin;P", 6, "µg/L", 12, 300),
            (None, "Calprotectin;F", 1850, "mg/kg", None, 50),
        ],
        "codes": [("DK500B", "A"), ("DD509", "B"), ("DF172", "B")],
        "evidence": [
            ("DK500B", "Crohns sygdom i terminale ileum"),
            ("DK500B", "Crohn-opblussen i ileum"),
            ("DK500B", "Crohns sygdom i ileum, opblussen"),
            ("DD509", "Jernmangelanæmi behandlet med Ferinject"),
            ("DD509", "Jernmangelanæmi", "Diagnoser"),
            ("DF172", "Ryger 10-12 cig./dag"),
            ("DF172", "Nikotinafhængighed"),
        ],
        "distractors": [
            ("DK519", "Mor med colitis ulcerosa", "family"),
            ("DA047", "C. difficile og parasitter negative", "negated"),
            ("DK650A", "ingen absces", "negated"),
            ("DK632", "ingen fistler", "negated"),
            ("DK566F", "Ileocøkalresektion drøftet, ikke aktuel", "planned"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW3-08",
        "department": "Medicinsk afdeling",
        "specialty": "intern medicin",
        "patient": {"age": 82, "sex": "F"},
        "admission": {"start": "2025-12-01", "end": "2025-12-08"},
        "notes": [
            """Epikrise, Medicinsk sengeafsnit M3

82-årig kvinde, bor i ældrebolig, hjemmehjælp 2 x dgl., går med rollator. Hypertension. Kronisk nyresygdom, eGFR habituelt 50-55. Tidl. apopleksi 2019 uden følger. Behandlet hos e.l. for lungebetændelse med amoxicillin/clavulansyre i 10 dage, afsluttet for 5 dage siden.

Indl. pga. 4 døgns vandig diare 8-10 gange dgl., krampeagtige mavesmerter, appetitløshed og svimmelhed ved opstand. Ingen blod i afføringen. Ingen opkastninger.

Obj.: Tør i slimhinderne, nedsat hudturgor. BT 102/58 (habituelt 150/80), P 104, T 38,2. Abd.: let udspilet, diffust øm, ingen défense.
BS: CRP 148, leuk 24,6, krea 198 (habituelt 95), carbamid 19,4, K 2,9, Na 134, albumin 27, laktat 1,4.
F-PCR: Clostridioides difficile toksin B positiv. Norovirus negativ.
CT abdomen: kolitis i hele colon, ingen toksisk megacolon, ingen perforation.

Forløb: C. difficile-kolitis efter antibiotika, svær (leuk > 15, krea > 133). Behandlet med vancomycin p.o. 125 mg x 4 i 10 dage, isolation. Væske i.v. 3 l første døgn. Amlodipin og losartan pauseret. Dehydrering og prærenal akut nyreinsufficiens korrigeret: krea 198 -> 104. Hypokaliæmi substitueret i.v. og p.o., K 3,8 ved udskr. Diareen aftog fra dag 4, 1-2 grødede afføringer ved udskr. Ingen tegn på recidiv af pneumonien.

Diagnoser:
Clostridioides difficile-enterokolitis
Akut nyreinsufficiens, prærenal
Dehydrering
Hypokaliæmi
Hypertension
Kronisk nyresygdom stadie 3a

Plan: Vancomycin p.o. til og med 10.12. Losartan genoptages af e.l. når krea er stabil, amlodipin genoptaget 5 mg. Krea og K hos e.l. om 1 uge. Undgå unødvendig antibiotika; ved recidiv: fidaxomicin.
"""
        ],
        "medications": [
            ("A07AA09", "vancomycin", "125 mg x 4 p.o."),
            ("C08CA01", "amlodipin", "5 mg x 1"),
            ("A12BA01", "kaliumchlorid", "750 mg x 2"),
        ],
        "labs": [
            ("NPU18016", "Kreatinin;P", 198, "µmol/L", 45, 90),
            ("NPU03230", "Kalium;P", 2.9, "mmol/L", 3.5, 4.4),
            ("NPU02593", "Leukocytter;B", 24.6, "10^9/L", 3.5, 8.8),
        ],
        "codes": [
            ("DA047", "A"),
            ("DN179", "B"),
            ("DE869A", "B"),
            ("DE876", "B"),
            ("DI109", "B"),
            ("DN183", "B"),
        ],
        "evidence": [
            ("DA047", "Clostridioides difficile toksin B positiv"),
            ("DA047", "C. difficile-kolitis efter antibiotika"),
            ("DA047", "Clostridioides difficile-enterokolitis"),
            ("DN179", "prærenal akut nyreinsufficiens"),
            ("DN179", "Akut nyreinsufficiens, prærenal"),
            ("DE869A", "Dehydrering og prærenal"),
            ("DE869A", "Dehydrering", "Diagnoser"),
            ("DE876", "K 2,9"),
            ("DE876", "Hypokaliæmi", "Diagnoser"),
            ("DI109", "Hypertension."),
            ("DI109", "Hypertension", "Diagnoser"),
            ("DN183", "Kronisk nyresygdom, eGFR habituelt 50-55"),
            ("DN183", "Kronisk nyresygdom stadie 3a"),
        ],
        "distractors": [
            ("DI639", "Tidl. apopleksi 2019", "history"),
            ("DJ189", "Behandlet hos e.l. for lungebetændelse", "history"),
            ("DK922", "Ingen blod i afføringen", "negated"),
            ("DK593C", "ingen toksisk megacolon", "negated"),
            ("DA081", "Norovirus negativ", "negated"),
            ("DJ189", "Ingen tegn på recidiv af pneumonien", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW3-09",
        "department": "Endokrinologisk afdeling",
        "specialty": "endokrinologi",
        "patient": {"age": 76, "sex": "M"},
        "admission": {"start": "2025-07-22", "end": "2025-07-29"},
        "notes": [
            """Epikrise – Endokrinologisk afd.

76-årig mand, enkemand, bor alene, søn kommer dagligt. DM2 kendt siden 2012, metformin 1 g x 2 + Forxiga, som han ifølge sønnen ikke har fået taget den sidste måned. Hypertension. Ingen kendt nyresygdom (krea 88 i jan.).

Sønnen fandt ham sløv og forvirret i sengen. 1 uges polyuri, stor tørst og tiltagende svækkelse, sidste 2 døgn svie ved vandladning og hyppig vandladning. Varm sommer.

Obj.: GCS 9 (E2V2M5), tør tunge, indsunkne øjne. BT 98/54, P 116, T 38,4, RF 22. Ingen nakkestivhed. Ingen fokale udfald.
BS: P-glukose 52,4 mmol/l, Na 152 (korrigeret 165), serum-osmolalitet 372, pH 7,33, st. bic. 21, ketoner 0,6 (ikke ketoacidose), krea 236, carbamid 28, K 5,2, laktat 2,6. CRP 96, leuk 15,8.
U-stix: leuk 3+, nitrit +. Urindyrkning: E. coli > 10^5, følsom for cefuroxim.
CT cerebrum: ingen blødning, intet infarkt.

Vurd.: Hyperosmolært hyperglykæmisk koma ved DM2, udløst af UVI med E. coli og manglende medicinindtag. Ikke DKA.

Forløb: Intensiv observation i FAM/intermediært afsnit. NaCl 0,9 % 1 l/t x 2, herefter justeret efter osmolalitet (fald max 3-8 mosm/kg/t). Insulininfusion fra time 3 ved aftagende glukosefald. Cefuroxim i.v. -> pivmecillinam p.o. Tromboseprofylakse. GCS 15 efter 36 t. Glukose stabil 8-12. Krea 236 -> 101 (akut nyreinsufficiens, prærenal). Na 141 ved udskr.
Forxiga seponeret permanent (dehydrering). Metformin genoptaget dag 5. Startet basalinsulin (Abasaglar 14 IE) – pt. og søn oplært, hjemmesygeplejen indkobles til dosering.

Diagnoser: Hyperosmolært koma ved type 2-diabetes. Urinvejsinfektion med E. coli. Akut nyreinsufficiens. Hypertension.

Plan: Hjemmesygepleje 2 x dgl. Glukose-profil til e.l. om 1 uge. Kontrol i diabetesamb. om 4 uger. Fortsæt pivmecillinam til i alt 7 dage.
"""
        ],
        "medications": [
            ("A10AE04", "insulin glargin (Abasaglar)", "14 IE x 1"),
            ("A10BA02", "metformin", "1 g x 2"),
            ("J01CA08", "pivmecillinam", "400 mg x 3"),
            ("C09AA05", "ramipril", "5 mg x 1 (pauseret)"),
        ],
        "labs": [
            ("NPU22089", "Glukose;P", 52.4, "mmol/L", 4.2, 7.8),
            ("NPU03429", "Natrium;P", 152, "mmol/L", 137, 145),
            ("NPU18016", "Kreatinin;P", 236, "µmol/L", 60, 105),
            ("NPU19748", "C-reaktivt protein [CRP];P", 96, "mg/L", None, 8),
        ],
        "codes": [("DE110C", "A"), ("DN390", "B"), ("DB962", "B"), ("DN179", "B"), ("DI109", "B")],
        "evidence": [
            ("DE110C", "Hyperosmolært hyperglykæmisk koma ved DM2"),
            ("DE110C", "Hyperosmolært koma ved type 2-diabetes"),
            ("DN390", "UVI med E. coli"),
            ("DN390", "Urinvejsinfektion med E. coli"),
            ("DB962", "E. coli > 10^5"),
            ("DB962", "E. coli", "Urinvejsinfektion med"),
            ("DN179", "akut nyreinsufficiens, prærenal"),
            ("DN179", "Akut nyreinsufficiens."),
            ("DI109", "Hypertension. Ingen kendt"),
            ("DI109", "Hypertension.", "Diagnoser"),
        ],
        "distractors": [
            ("DN189", "Ingen kendt nyresygdom", "negated"),
            ("DG039", "Ingen nakkestivhed", "negated"),
            ("DE111", "ikke ketoacidose", "negated"),
            ("DI619", "ingen blødning, intet infarkt", "negated"),
            ("DE111", "Ikke DKA", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW3-10",
        "department": "Øre-næse-halskirurgisk afdeling",
        "specialty": "oto-rhino-laryngologi",
        "patient": {"age": 61, "sex": "F"},
        "admission": {"start": "2025-09-15", "end": "2025-09-16"},
        "notes": [
            (
                "epikrise",
                """Epikrise – ØNH-kirurgisk afd., sektion for endokrin kirurgi

61-årig kvinde, kontorassistent. Henvist fra endokrinologisk amb. med primær hyperparathyroidisme: P-Ca ion 1,46, PTH 14,2 pmol/l, normal nyrefunktion, U-Ca forhøjet. Tidl. nyresten ve. 2019, spontan afgang. DXA: T-score -2,7 i lændecolumna = postmenopausal osteoporose, ingen frakturer. Træthed og let nedtrykthed, som hun selv tilskriver forhøjet kalk. Søster opereret for struma.

Billeddiagnostik: UL hals + sestamibi-SPECT/CT: adenom bag nedre pol af hø. thyreoidealap, ca. 14 mm. Ingen knuder i thyreoidea. Ingen tegn på MEN-syndrom (normalt prolaktin og kromogranin, ingen familiehistorie).
Præop. laryngoskopi: normal stemmebåndsbevægelighed bilat.

Operation 15.09: fokuseret parathyreoidektomi hø. nedre (se operationsbeskrivelse). PTH faldt fra 15,8 til 2,9 efter 10 min (> 50 %).
Postop.: ukompliceret, normal stemme, ingen prikken omkring munden. Ca ion dag 1: 1,21. Histologi: parathyroideaadenom, ingen malignitet.

Diagnoser: Primær hyperparathyroidisme forårsaget af parathyreoideaadenom hø. nedre. Postmenopausal osteoporose.

Plan: Udskrives dag 1. Ca ion og PTH hos e.l. om 1 uge og 6 mdr. Alendronat startes via e.l./endokrinologisk amb. Ny DXA om 2 år. Nyresten forventes ikke at recidivere efter kurativ operation.
""",
            ),
            (
                "operationsbeskrivelse",
                """Operation: Fokuseret parathyreoidektomi, hø. nedre.
Indikation: Primær hyperparathyroidisme med lokaliseret adenom hø. nedre, nyresten og osteoporose.
Anæstesi: Generel, intuberet med NIM-tube.
Procedure: 3 cm kocherincision hø. for midtlinjen. Platysmalapper. Mm. sternothyreoidei spaltes. Hø. thyreoidealap mobiliseres medialt. N. laryngeus recurrens identificeret og monitoreret (god signal før og efter). Bag nedre pol ses et ca. 15 x 10 mm rødbrunt, velafgrænset parathyreoideaadenom, som fjernes in toto med ligatur af karstilk. Hø. øvre parathyreoidea ses af normal størrelse og efterlades. Intraoperativ PTH 15,8 -> 2,9 pmol/l. Hæmostase. Intet dræn. Lukning i lag, intrakutan sutur.
Komplikationer: Ingen.
""",
            ),
        ],
        "medications": [
            ("N02BE01", "paracetamol", "1 g x 4 p.n."),
            ("A11CC05", "D-vitamin (colecalciferol)", "20 mikrog x 1"),
        ],
        "labs": [
            (None, "Calcium-ion frit (pH 7,4);P", 1.46, "mmol/L", 1.18, 1.32),
            (None, "Parathyrin;P", 14.2, "pmol/L", 1.6, 6.9),
        ],
        "codes": [("DE210", "A"), ("DD351", "B"), ("DM810", "B")],
        "evidence": [
            ("DE210", "primær hyperparathyroidisme"),
            ("DE210", "Primær hyperparathyroidisme forårsaget af parathyreoideaadenom"),
            ("DE210", "Primær hyperparathyroidisme med lokaliseret adenom", "", 1),
            ("DD351", "adenom bag nedre pol af hø. thyreoidealap"),
            ("DD351", "parathyreoideaadenom hø. nedre"),
            ("DD351", "parathyreoideaadenom, som fjernes in toto", "", 1),
            ("DM810", "postmenopausal osteoporose"),
            ("DM810", "Postmenopausal osteoporose."),
        ],
        "distractors": [
            ("DN200", "Tidl. nyresten ve. 2019", "history"),
            ("DE049", "Søster opereret for struma", "family"),
            ("DE042", "Ingen knuder i thyreoidea", "negated"),
            ("DD448A", "Ingen tegn på MEN-syndrom", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW3-11",
        "department": "Nefrologisk afdeling",
        "specialty": "nefrologi",
        "patient": {"age": 54, "sex": "M"},
        "admission": {"start": "2025-02-03", "end": "2025-02-14"},
        "notes": [
            """Epikrise – Nefrologisk afd.

54-årig mand, ledig, bor alene. Alkoholafhængighed gennem mange år, ca. 1 flaske vodka dgl., tidl. abstinenskramper 2021. Ryger. Ingen kendt nyresygdom. Ingen fast medicin.

Fundet af nabo liggende på gulvet i lejligheden, formentlig liggetid 24-36 t efter druk. Vågen ved ankomst, husker intet.
Obj.: GCS 14. T 36,1. BT 104/62, P 110. Hævet, spændt og øm ve. lår og balde, bevaret distal puls og sensibilitet. Rødme og 4 x 5 cm overfladisk sår med blære over ve. trochanter major (tryksår grad 2). Ingen tegn på kompartmentsyndrom ved ortopædkirurgisk tilsyn (tryk i lårets loger normalt).
BS: CK 86.400 U/l, myoglobin > 30.000, krea 412, carbamid 31, K 6,4, Ca 1,94, fosfat 2,6, ALAT 188, promille 0,4.
U-stix: blod 4+, mikroskopi uden erytrocytter (myoglobinuri).
EKG: høje T-takker, ingen arytmi.

Forløb: Rhabdomyolyse efter liggetid med akut nyreinsufficiens (oligurisk de første 2 døgn) og hyperkaliæmi. Akut beh. af K med calciumglukonat, insulin-glukose og Resonium. Forceret væske 6-8 l dgl. Pga. oligo-anuri og K 6,8 dag 2: akut dialyse via dialysekateter i v. jugularis int. hø., i alt 3 dialyser. Diuresen kom i gang dag 5, krea 412 -> 612 (max dag 3) -> 188 ved udskr. CK normaliseret.
Alkoholabstinens forebygget med klordiazepoxid efter skema, thiamin i.v. Ingen kramper eller delir.
Tryksåret behandlet med skumbandage, i heling.
Samtale om alkohol: ønsker afrusning, henvist til alkoholbehandling.

Diagnoser:
- Traumatisk rhabdomyolyse efter langvarigt tryk (liggetid)
- Akut nyreinsufficiens, dialysekrævende
- Hyperkaliæmi
- Alkoholafhængighedssyndrom
- Tryksår grad 2 ve. hofte

Plan: Krea, K og fosfat hos e.l. om 1 uge, nefrologisk kontrol om 1 md. Sårpleje i kommunal sygepleje. Undgå NSAID.
"""
        ],
        "medications": [
            ("A11DA01", "thiamin", "300 mg x 1"),
            ("N05BA02", "klordiazepoxid", "efter skema, aftrappet"),
            ("N02BE01", "paracetamol", "1 g x 3"),
        ],
        "labs": [
            (None, "Kreatinkinase;P", 86400, "U/L", 50, 400),
            ("NPU18016", "Kreatinin;P", 412, "µmol/L", 60, 105),
            ("NPU03230", "Kalium;P", 6.4, "mmol/L", 3.5, 4.4),
        ],
        "codes": [
            ("DT796D", "A"),
            ("DN179", "B"),
            ("DE875", "B"),
            ("DF102", "B"),
            ("DL891", "B"),
        ],
        "evidence": [
            ("DT796D", "Rhabdomyolyse efter liggetid"),
            ("DT796D", "Traumatisk rhabdomyolyse efter langvarigt tryk (liggetid)"),
            ("DN179", "akut nyreinsufficiens (oligurisk de første 2 døgn)"),
            ("DN179", "Akut nyreinsufficiens, dialysekrævende"),
            ("DE875", "K 6,4"),
            ("DE875", "hyperkaliæmi. Akut"),
            ("DE875", "Hyperkaliæmi", "Diagnoser"),
            ("DF102", "Alkoholafhængighed gennem mange år"),
            ("DF102", "Alkoholafhængighedssyndrom"),
            ("DL891", "(tryksår grad 2)"),
            ("DL891", "Tryksår grad 2 ve. hofte"),
        ],
        "distractors": [
            ("DG409", "tidl. abstinenskramper 2021", "history"),
            ("DN189", "Ingen kendt nyresygdom", "negated"),
            ("DT796E", "Ingen tegn på kompartmentsyndrom", "negated"),
            ("DI499", "ingen arytmi", "negated"),
            ("DF1040", "Ingen kramper eller delir", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW3-12",
        "department": "Neurologisk afdeling",
        "specialty": "neurologi",
        "patient": {"age": 44, "sex": "M"},
        "admission": {"start": "2025-06-09", "end": "2025-06-27"},
        "notes": [
            """Epikrise – Neurologisk afdeling N2

Indlagt 09.06.2025, udskrevet 27.06.2025 til neurorehabilitering.

Henvisningsdiagnose: Progredierende kraftnedsættelse i benene, obs. Guillain-Barré.

Anamnese:
44-årig mand, it-konsulent, gift, 2 børn. Tidligere rask bortset fra hypertension, beh. med amlodipin 5 mg. Ingen alkohol- eller stofmisbrug. Ikke-ryger.
For 3 uger siden blodig diare i 5 dage efter grillfest, fæcesdyrkning hos e.l. viste Campylobacter jejuni; selvlimiterende uden antibiotika.
Disp.: Mor har dissemineret sklerose.

Aktuelt:
5 dage før indlæggelsen prikken og sovende fornemmelse i tæer og fingerspidser, dernæst tiltagende kraftnedsættelse i benene, så han ikke kunne rejse sig fra toilettet. Rygsmerter mellem skulderbladene. Ingen vandladningsforstyrrelser. Ingen synkebesvær ved indlæggelsen. Ingen feber.

Objektivt ved indlæggelsen:
Vågen, klar, upåvirket i hvile. BT 148/92, P 82, SAT 98 %, T 36,8.
Neurologisk: Kranienerver intakte. Paraparese MRC 3/5 proksimalt og 4/5 distalt i UE, 4+/5 i OE. Areflexi i UE, svage reflekser i OE. Handske-strømpe-formet hypæstesi. Ingen sensibilitetsniveau på truncus. Upåfaldende sphincterfunktion.
Vitalkapacitet (VC) 3,4 l (75 % af forventet).

Paraklinik:
LP dag 1: protein 1,24 g/l, celletal 2 (albuminocytologisk dissociation). Glukose-ratio normal. Borrelia-antistoffer i spinalvæske negative.
Nerveledningsundersøgelse dag 2: demyeliniserende polyradikuloneuropati med forlængede distale latenser, F-responser udslukte, ledningsblok i n. peroneus bilat. – forenelig med AIDP.
MR columna totalis: ingen myelopati, ingen kompression af rygmarven.
Gangliosid-antistoffer (GM1) positive. HIV og hepatitis negative.
Na ved indlæggelse 138.

Forløb:
Dag 1-5: IVIG 0,4 g/kg/dag i 5 dage. VC målt 4 x dgl.
Dag 3: Progression til tetraparese MRC 2/5 i UE, 3/5 i OE, bilateral facialisparese. VC faldt til 2,1 l (45 %) – overflyttet til intensivt afsnit til observation. Ingen behov for respirator; VC nadir 1,9 l dag 4, herefter stigende. Ingen synkeproblemer ved logopædisk vurdering.
Dag 4-6: Blodtrykssvingninger 90/50 - 190/110 og takykardi 130 med pludselige skift = autonom dysfunktion, monitoreret, ingen behov for behandling ud over pausering af amlodipin. Urinretention med 900 ml residualurin, KAD anlagt.
Dag 6: Na faldet til 124, urin-osmolalitet 560, urin-Na 68, euvolæmisk, normal TSH og kortisol – SIADH, formentlig ifm. GBS. Væskerestriktion 1 l/døgn, Na 124 -> 133 på 4 døgn.
Dag 7: Tilbage til neurologisk sengeafsnit. Neurogene smerter i ryg og ben: gabapentin optitreret til 300 mg x 3.
Dag 8-12: Fortsat plateaufase. KAD seponeret dag 10, spontan vandladning med residualurin < 100 ml. Tromboseprofylakse med Fragmin. Ingen DVT.
Dag 13-18: Begyndende bedring: kan stå med støtte, MRC 3+/5 i UE og 4/5 i OE. Facialisparesen i bedring. BT stabiliseret 150/90, amlodipin genoptaget. Fysio- og ergoterapi dagligt.

Konklusion:
1. Guillain-Barrés syndrom (AIDP) efter Campylobacter-enteritis, nadir dag 4 med tetraparese og bilateral facialisparese, respirationsovervåget på intensiv, behandlet med IVIG.
2. SIADH, korrigeret.
3. Akut urinretention, forbigående, KAD i 6 dage.
4. Hypertension.
Ingen respiratorbehandling. Ingen tegn på CIDP på nuværende tidspunkt.

Medicin ved udskrivelse: Gabapentin 300 mg x 3. Amlodipin 5 mg x 1. Fragmin 5000 IE s.c. x 1 indtil gangfunktion. Paracetamol 1 g x 4 p.n. Movicol 1 brev x 1 p.n.

Plan:
- Overflyttes til neurorehabiliteringsafsnit.
- Na og BT kontrolleres ugentligt den første måned.
- Kontrol i neurologisk amb. om 3 mdr.; ved fornyet forværring > 8 uger efter debut overvej CIDP.
- Sygemeldt; arbejdsfastholdelse via kommunen.
"""
        ],
        "medications": [
            ("N03AX12", "gabapentin", "300 mg x 3"),
            ("C08CA01", "amlodipin", "5 mg x 1"),
            ("B01AB04", "dalteparin (Fragmin)", "5000 IE x 1 s.c."),
            ("N02BE01", "paracetamol", "1 g x 4 p.n."),
        ],
        "labs": [
            ("NPU03429", "Natrium;P", 124, "mmol/L", 137, 145),
            (None, "Protein;Csv", 1.24, "g/L", 0.15, 0.5),
        ],
        "codes": [("DG610", "A"), ("DE222A", "B"), ("DR339B", "B"), ("DI109", "B")],
        "evidence": [
            ("DG610", "demyeliniserende polyradikuloneuropati"),
            ("DG610", "Guillain-Barrés syndrom (AIDP)"),
            ("DE222A", "SIADH, formentlig ifm. GBS"),
            ("DE222A", "SIADH, korrigeret"),
            ("DR339B", "Urinretention med 900 ml residualurin"),
            ("DR339B", "Akut urinretention, forbigående"),
            ("DI109", "hypertension, beh. med amlodipin"),
            ("DI109", "Hypertension.", "Konklusion"),
        ],
        "distractors": [
            ("DA045", "fæcesdyrkning hos e.l. viste Campylobacter jejuni", "history"),
            ("DG359", "Mor har dissemineret sklerose", "family"),
            ("DG952", "ingen kompression af rygmarven", "negated"),
            ("DA692", "Borrelia-antistoffer i spinalvæske negative", "negated"),
            ("DR139", "Ingen synkeproblemer", "negated"),
            ("DI802", "Ingen DVT", "negated"),
            ("DG618", "Ingen tegn på CIDP", "negated"),
            ("DJ960", "Ingen respiratorbehandling", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW3-13",
        "department": "Dermatologisk afdeling",
        "specialty": "dermatologi",
        "patient": {"age": 31, "sex": "F"},
        "admission": {"start": "2025-03-24", "end": "2025-04-04"},
        "notes": [
            """Epikrise – Dermatologisk afd., sengeafsnit

31-årig kvinde, lærer. Bipolar affektiv sindslidelse type 2, fulgt i psykiatrisk amb.; for 3 uger siden startet lamotrigin (Lamictal) 25 mg, øget til 50 mg for 1 uge siden. Ingen anden medicin. Penicillinallergi (udslæt som barn). Ingen kendt epilepsi.

Indl. fra vagtlæge: 3 døgns feber, ondt i halsen, svie i øjnene, derefter smertefuldt udslæt på truncus og ansigt og sår i munden, kan ikke spise.

Obj.: T 39,0, P 112, BT 118/70. Udbredte mørkerøde, konfluerende maculae og atypiske skydeskivelæsioner på truncus, ansigt og proksimale ekstremiteter, blærer og epidermolyse på ryggen, Nikolskys tegn positivt. Afløst hud ca. 8 % af kropsoverfladen. Erosioner og hæmoragiske skorper på læberne, erosioner på mundslimhinden og genitalt. Bilateral konjunktivitis.
BS: CRP 88, leuk 3,9, ALAT 74, krea 68. Mycoplasma-PCR negativ. HSV-PCR fra læbe negativ.
Hudbiopsi: fuldtykkelses epidermal nekrose, subepidermal blære, sparsomt infiltrat – forenelig med SJS/TEN.

Vurd.: Stevens-Johnsons syndrom (< 10 % hudafløsning, ikke TEN) udløst af lamotrigin. SCORTEN 1.

Forløb: Lamotrigin seponeret straks. Isolation, sterile forbindinger, vaselin, smertebeh. med morfin. Øjenlæge dagligt: pseudomembranøs konjunktivitis, beh. med dexamethason-øjendråber og smøring, ingen hornhindeskade. Mundskyl med lidokain; flydende kost, kortvarig sondeernæring dag 3-6. Ingen sekundær hudinfektion. Ingen nye blærer fra dag 5, reepitelisering fra dag 7.
Psykiatrisk tilsyn: stemningsleje stabilt, euthym. Quetiapin 50 mg til natten som stemningsstabiliserende i stedet for lamotrigin.

Diagnoser: Stevens-Johnsons syndrom forårsaget af lamotrigin. Bipolar affektiv sindslidelse type 2, aktuelt euthym.

Plan: Livslang kontraindikation for lamotrigin (og forsigtighed med carbamazepin, fenytoin) – registreret i FMK og CAVE. Øjenkontrol om 2 uger. Ambulant kontrol i derm. amb. om 3 uger. Psykiatrisk amb. følger op.
"""
        ],
        "medications": [
            ("N05AH04", "quetiapin", "50 mg til natten"),
            ("S01BA01", "dexamethason øjendråber", "1 dråbe x 4 bilat."),
            ("N02BE01", "paracetamol", "1 g x 4"),
        ],
        "labs": [("NPU19748", "C-reaktivt protein [CRP];P", 88, "mg/L", None, 8)],
        "codes": [("DL511A", "A"), ("DF318A", "B"), ("DH102B", "B")],
        "evidence": [
            ("DL511A", "Stevens-Johnsons syndrom (< 10 % hudafløsning, ikke TEN)"),
            ("DL511A", "Stevens-Johnsons syndrom forårsaget af lamotrigin"),
            ("DF318A", "Bipolar affektiv sindslidelse type 2, fulgt"),
            ("DF318A", "Bipolar affektiv sindslidelse type 2, aktuelt euthym"),
            ("DH102B", "Bilateral konjunktivitis"),
            ("DH102B", "pseudomembranøs konjunktivitis"),
        ],
        "distractors": [
            ("DZ880", "Penicillinallergi (udslæt som barn)", "history"),
            ("DG409", "Ingen kendt epilepsi", "negated"),
            ("DL512", "ikke TEN", "negated"),
            ("DB009", "HSV-PCR fra læbe negativ", "negated"),
            ("DL089", "Ingen sekundær hudinfektion", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW3-14",
        "department": "Neurokirurgisk afdeling",
        "specialty": "neurokirurgi",
        "patient": {"age": 41, "sex": "M"},
        "admission": {"start": "2025-01-13", "end": "2025-01-15"},
        "notes": [
            (
                "epikrise",
                """Epikrise – Neurokirurgisk afd.

41-årig mand, murer. BMI 32. Ikke-ryger. Tidl. lumbago 2019, gik over med fysioterapi. Ingen anden sygdom.

Henvist fra rygcenter: 10 ugers iskias ve. ben, smerter fra balden ned bag på låret og lateralt på foden, VAS 8/10, sover dårligt trods Oxynorm. Konservativ beh. med fysioterapi og smertestillende uden effekt.
Obj.: Lasègue positiv ve. ved 30°. Nedsat sensibilitet S1-dermatom ve., svag plantarfleksion ve. (MRC 4/5), udslukt akillesrefleks ve. Ingen sadelanæstesi, normal sphincterfunktion – ingen cauda equina-symptomer.
MR L-columna: stor ve.-sidig paramediant diskusprolaps L5/S1 med kompression af ve. S1-rod. Ingen spinalstenose.

Vurd.: Lumbosakral diskusprolaps L5/S1 ve. med S1-radikulopati, indikation for operation.
Operation 13.01: mikrokirurgisk diskektomi L5/S1 ve. (se operationsbeskrivelse). Postop. benssmerterne væk, mobiliseret samme aften. Sensibilitet uændret, kraft i bedring.

Diagnoser: Lumbosakral diskusprolaps med radikulopati (S1 ve.). Fedme (BMI 32).

Plan: Hjem dag 2. Ingen tunge løft i 6 uger, herefter gradvis genoptagelse af arbejdet. Ambulant genoptræning. Trådfjernelse hos e.l. dag 10-12. Ved nye vandladningsproblemer eller føleforstyrrelser i skridtet straks kontakt.
""",
            ),
            (
                "operationsbeskrivelse",
                """Operation: Mikrokirurgisk diskektomi L5/S1 ve.
Indikation: Diskusprolaps L5/S1 ve. med S1-radikulopati, refraktær over for konservativ behandling.
Anæstesi: Generel. Bugleje på Wilson-ramme.
Procedure: Niveau verificeret med gennemlysning. 3 cm midtlinjeincision. Subperiostal frilægning ve. Let hemilaminotomi L5, flavektomi. S1-roden ses udspændt over en stor sekvestreret prolaps, som fjernes. Yderligere løst diskusmateriale fjernes fra diskusrummet. Roden herefter fri og mobil. Ingen duralæsion. Hæmostase. Depo-Medrol lagt på roden. Lukning i lag.
Komplikationer: Ingen.
""",
            ),
        ],
        "medications": [
            ("N02BE01", "paracetamol", "1 g x 4"),
            ("M01AE01", "ibuprofen", "400 mg x 3 i 1 uge"),
            ("N02AA05", "oxycodon (Oxynorm)", "5 mg p.n., max 4 dgl."),
        ],
        "labs": [],
        "codes": [("DM511E", "A"), ("DE660B", "B")],
        "evidence": [
            ("DM511E", "stor ve.-sidig paramediant diskusprolaps L5/S1 med kompression af ve. S1-rod"),
            ("DM511E", "Lumbosakral diskusprolaps L5/S1 ve. med S1-radikulopati"),
            ("DM511E", "Lumbosakral diskusprolaps med radikulopati (S1 ve.)"),
            ("DM511E", "Diskusprolaps L5/S1 ve. med S1-radikulopati", "", 1),
            ("DE660B", "BMI 32"),
            ("DE660B", "Fedme (BMI 32)"),
        ],
        "distractors": [
            ("DM545", "Tidl. lumbago 2019", "history"),
            ("DG834", "ingen cauda equina-symptomer", "negated"),
            ("DM480", "Ingen spinalstenose", "negated"),
            ("DG968", "Ingen duralæsion", "negated", "", 1),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW3-15",
        "department": "Ortopædkirurgisk afdeling",
        "specialty": "ortopædkirurgi",
        "patient": {"age": 47, "sex": "M"},
        "admission": {"start": "2025-10-09", "end": "2025-10-09"},
        "notes": [
            """Skadestue/ortopædkir. – epikrise

47-årig mand, revisor. HT, beh. m. losartan. Ellers rask. Ingen tidl. skader af benene. Ingen p-piller/AK-beh. Far havde blodpropper i benene.

Spillede badminton i aftes, mærkede et smæld bag ve. hæl "som om nogen sparkede mig", kunne herefter ikke sætte af. Går haltende.
Obj.: Hævelse bag ve. ankel, palpabel defekt ca. 4 cm over calcaneus. Thompsons test positiv ve., kan ikke stå på tå på ve. ben. Normal distal puls og sensibilitet. Ingen fraktur mistænkt, ankel og fod i øvrigt uømme.
UL: total ruptur af ve. akillessene 4 cm proksimalt for insertionen, diastase 8 mm i spids fod-stilling.

Vurd.: Akut total ruptur af akillessenen ve.

Beh.: Non-operativ behandling efter afdelingens regime (vurderes ligeværdig med operation): Walker-støvle med 3 hælkiler i spidsfodsstilling, fuld støtte som smerterne tillader. Tromboseprofylakse med Fragmin 5000 IE dgl. i 6 uger pga. immobilisering og disposition. Ingen tegn på DVT.

Konkl.: Total ruptur af ve. akillessene, non-operativ beh. Hypertension.

Plan: Kontrol i ortopædkir. amb. om 2 uger (hælkiler fjernes gradvist). Støvle i alt 8 uger. Fysioterapi fra uge 3. Ingen løb/hop i 6 mdr. Losartan uændret.
"""
        ],
        "medications": [
            ("B01AB04", "dalteparin (Fragmin)", "5000 IE x 1 s.c. i 6 uger"),
            ("C09CA01", "losartan", "50 mg x 1"),
            ("N02BE01", "paracetamol", "1 g x 4 p.n."),
        ],
        "labs": [],
        "codes": [("DS860A", "A"), ("DI109", "B")],
        "evidence": [
            ("DS860A", "total ruptur af ve. akillessene 4 cm proksimalt"),
            ("DS860A", "Akut total ruptur af akillessenen ve."),
            ("DS860A", "Total ruptur af ve. akillessene, non-operativ beh."),
            ("DI109", "HT, beh. m. losartan"),
            ("DI109", "Hypertension."),
        ],
        "distractors": [
            ("DI803", "Far havde blodpropper i benene", "family"),
            ("DS829", "Ingen fraktur mistænkt", "negated"),
            ("DI802", "Ingen tegn på DVT", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW3-16",
        "department": "Kirurgisk afdeling",
        "specialty": "kirurgi",
        "patient": {"age": 35, "sex": "M"},
        "admission": {"start": "2025-08-28", "end": "2025-08-29"},
        "notes": [
            (
                "epikrise",
                """Kir. afd. – epikrise

35-årig mand, kok. Type 1-diabetes siden 12-årsalderen, insulinpumpe, HbA1c 78 (dårligt reguleret), ingen kendte senkomplikationer. Ikke Crohn eller anden tarmsygdom. Far opereret for tarmkræft som 70-årig.

4 døgns tiltagende dunkende smerter ved endetarmsåbningen, kan ikke sidde, feber 38,3 i nat. Ingen blod fra endetarmen.
Obj.: 4 x 3 cm rød, varm, fluktuerende, meget øm udfyldning perianalt kl. 7 i stensnitleje. Ingen synlig fistelåbning.
BS: CRP 142, leuk 15,1, BS 19,2, ketoner 0,4.

Beh.: Akut incision og drænage i generel anæstesi samme aften (se operationsbeskrivelse). Perianalabsces uden påvist fistel. Pus til dyrkning: blandet tarmflora.
Blodsukker højt under infektionen, justeret på pumpen sammen med diabetessygeplejerske, ingen ketoacidose.

Diagnoser: Perianalabsces. Type 1-diabetes, dårligt reguleret.

Plan: Hjem dag 1. Bruser af såret 2-3 x dgl. og efter afføring. Ingen antibiotika. Kontrol i diabetesamb. som planlagt. Ved recidiv: MR bækken mhp. analfistel.
""",
            ),
            (
                "operationsbeskrivelse",
                """Operation: Incision og drænage af perianalabsces.
Anæstesi: Generel (larynxmaske). Stensnitleje.
Fund: Perianalabsces kl. 7, ca. 4 cm i diameter. Rektoskopi: normal slimhinde til 15 cm. Forsigtig sondering: ingen fistel fundet, ingen indre åbning.
Procedure: Krydsincision over fluktuationen, udtømt ca. 20 ml ildelugtende pus (podet). Kaviteten udtømt digitalt, skyllet med saltvand. Hjørnerne afklippet så kaviteten ligger åben. Ingen tamponade.
Komplikationer: Ingen.
""",
            ),
        ],
        "medications": [
            ("A10AB05", "insulin aspart (pumpe)", "efter pumpeindstilling"),
            ("N02BE01", "paracetamol", "1 g x 4"),
            ("M01AE01", "ibuprofen", "400 mg x 3 p.n."),
        ],
        "labs": [
            ("NPU19748", "C-reaktivt protein [CRP];P", 142, "mg/L", None, 8),
            ("NPU27300", "Hæmoglobin A1c (IFCC);Hb(B)", 78, "mmol/mol", None, 48),
        ],
        "codes": [("DK610A", "A"), ("DE109", "B")],
        "evidence": [
            ("DK610A", "fluktuerende, meget øm udfyldning perianalt"),
            ("DK610A", "Perianalabsces uden påvist fistel"),
            ("DK610A", "Perianalabsces.", "Diagnoser"),
            ("DK610A", "Perianalabsces kl. 7", "", 1),
            ("DE109", "Type 1-diabetes siden 12-årsalderen"),
            ("DE109", "Type 1-diabetes, dårligt reguleret"),
        ],
        "distractors": [
            ("DK509", "Ikke Crohn eller anden tarmsygdom", "negated"),
            ("DC189", "Far opereret for tarmkræft", "family"),
            ("DK625", "Ingen blod fra endetarmen", "negated"),
            ("DE101", "ingen ketoacidose", "negated"),
            ("DK603", "ingen fistel fundet", "negated", "", 1),
            ("DK603", "MR bækken mhp. analfistel", "planned"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW3-17",
        "department": "Karkirurgisk afdeling",
        "specialty": "karkirurgi",
        "patient": {"age": 79, "sex": "F"},
        "admission": {"start": "2025-11-14", "end": "2025-11-20"},
        "notes": [
            """Epikrise – Karkirurgisk afd.

79-årig kvinde, bor med ægtefælle, selvhjulpen. Hypertension (ramipril). Ingen kendt hjertesygdom, ingen claudicatio. Ikke AK-behandlet. Søster død af apopleksi.

Pludselig indsættende smerter, kulde og følelsesløshed i hø. underben og fod i morges kl. 07, kan ikke bevæge tæerne ordentligt. Ankomst kl. 10.30.
Obj.: Hø. fod og underben kold og bleg ("hvid"), ingen palpable pulse i a. femoralis communis eller distalt hø.; ve. side normale pulse. Nedsat sensibilitet på foden, svag dorsalfleksion af tæer. Puls 112 uregelmæssig.
EKG: atrieflimren, VR 110, ikke tidligere erkendt.
CT-angiografi: afbrud af a. femoralis communis hø. ved bifurkaturen med skarp afgrænsning, ingen collateraler – embolus. Ingen betydende aterosklerose, ingen aortaaneurisme.

Vurd.: Akut iskæmi hø. underekstremitet (Rutherford IIa-IIb) forårsaget af emboli fra nyopdaget atrieflimren.

Beh.: Heparin 5000 IE i.v. straks. Akut embolektomi med Fogarty-kateter via lyskeincision hø. i lokal/sedation kl. 12.30: frisk embolus fjernet fra a. femoralis, god back-bleeding, palpabel a. dorsalis pedis efterfølgende. Fasciotomi ikke nødvendig; kompartmentsyndrom ikke til stede ved gentagne målinger. CK max 2.100.
AFLI frekvensreguleret med metoprolol, VR 70-80. Ekko: normal LVEF, let dilateret ve. atrium, ingen trombe, ingen klapsygdom. CHA2DS2-VASc 4. Eliquis 5 mg x 2 opstartet dag 2.
Sårheling u.a., går på gangen.

Diagnoser: Akut arteriel emboli i a. femoralis hø., embolektomi. Atrieflimren, nyopdaget. Hypertension.

Plan: Trådfjernelse om 12 dage hos e.l. Kontrol i karkir. amb. om 6 uger. Kardiologisk amb. mhp. AFLI om 3 mdr.
"""
        ],
        "medications": [
            ("B01AF02", "apixaban (Eliquis)", "5 mg x 2"),
            ("C07AB02", "metoprolol", "50 mg x 2"),
            ("C09AA05", "ramipril", "5 mg x 1"),
        ],
        "labs": [(None, "Kreatinkinase;P", 2100, "U/L", 50, 150)],
        "codes": [("DI743A", "A"), ("DI489BA", "B"), ("DI109", "B")],
        "evidence": [
            ("DI743A", "afbrud af a. femoralis communis hø. ved bifurkaturen"),
            ("DI743A", "Akut iskæmi hø. underekstremitet (Rutherford IIa-IIb) forårsaget af emboli"),
            ("DI743A", "Akut arteriel emboli i a. femoralis hø."),
            ("DI489BA", "atrieflimren, VR 110, ikke tidligere erkendt"),
            ("DI489BA", "Atrieflimren, nyopdaget"),
            ("DI109", "Hypertension (ramipril)"),
            ("DI109", "Hypertension.", "Diagnoser"),
        ],
        "distractors": [
            ("DI739", "ingen claudicatio", "negated"),
            ("DI639", "Søster død af apopleksi", "family"),
            ("DI702", "Ingen betydende aterosklerose", "negated"),
            ("DI714", "ingen aortaaneurisme", "negated"),
            ("DT796E", "kompartmentsyndrom ikke til stede", "negated"),
            ("DI519", "ingen trombe", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW3-18",
        "department": "Urologisk afdeling",
        "specialty": "urologi",
        "patient": {"age": 58, "sex": "M"},
        "admission": {"start": "2025-04-22", "end": "2025-04-27"},
        "notes": [
            """Uro. afd. – epikrise

58-årig mand, gift, landmand. DM2 (metformin), velreguleret. Ingen tidl. vandladningsproblemer. Bror behandlet for prostatakræft.

Indl. med 2 døgns høj feber, kulderystelser, smerter i endetarm og perineum, svie og hyppig vandladning, siden i nat ikke kunnet lade vandet trods trang.
Obj.: T 39,3, P 104, BT 132/78. Blæren palpabel til navlen. Rektal eksploration (skånsom): prostata forstørret, blød, varm og meget øm.
BS: CRP 198, leuk 17,2, krea 96, PSA 38 (forventet forhøjet ved akut infektion, ikke tolket). U-stix: leuk 3+, nitrit +.
Urin- og bloddyrkning: E. coli, følsom for ciprofloxacin.
Suprapubisk kateter anlagt (KAD undgået pga. prostatitis), tømt 1.100 ml.
TRUS dag 2: diffust hævet prostata, ingen prostataabsces.

Vurd.: Akut bakteriel prostatitis med E. coli-bakteriæmi og akut urinretention.

Forløb: Ceftriaxon i.v. 3 døgn, herefter ciprofloxacin p.o. Afebril dag 3. Suprapubisk kateter afklemt dag 4, spontan vandladning, residualurin 60 ml -> seponeret.

Diagnoser:
Akut prostatitis, E. coli
Akut urinretention
Type 2-diabetes

Plan: Ciprofloxacin 500 mg x 2 i i alt 4 uger. PSA kontrolleres hos e.l. 3 mdr. efter endt beh. – obs. prostatacancer hvis fortsat forhøjet. Kontakt ved feber eller vandladningsbesvær.
"""
        ],
        "medications": [
            ("J01MA02", "ciprofloxacin", "500 mg x 2"),
            ("A10BA02", "metformin", "1 g x 2"),
            ("G04CA02", "tamsulosin", "0,4 mg x 1"),
        ],
        "labs": [
            ("NPU19748", "C-reaktivt protein [CRP];P", 198, "mg/L", None, 8),
            (None, "Prostataspecifikt antigen;P", 38, "µg/L", None, 4),
        ],
        "codes": [("DN410", "A"), ("DB962", "B"), ("DR339B", "B"), ("DE119", "B")],
        "evidence": [
            ("DN410", "Akut bakteriel prostatitis"),
            ("DN410", "Akut prostatitis, E. coli"),
            ("DB962", "E. coli, følsom for ciprofloxacin"),
            ("DB962", "E. coli-bakteriæmi"),
            ("DR339B", "ikke kunnet lade vandet trods trang"),
            ("DR339B", "akut urinretention"),
            ("DR339B", "Akut urinretention", "Diagnoser"),
            ("DE119", "DM2 (metformin), velreguleret"),
            ("DE119", "Type 2-diabetes"),
        ],
        "distractors": [
            ("DC619", "Bror behandlet for prostatakræft", "family"),
            ("DN412", "ingen prostataabsces", "negated"),
            ("DC619", "obs. prostatacancer", "uncertain"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW3-19",
        "department": "Gynækologisk afdeling",
        "specialty": "gynækologi",
        "patient": {"age": 27, "sex": "F"},
        "admission": {"start": "2025-06-30", "end": "2025-07-01"},
        "notes": [
            (
                "epikrise",
                """Gyn. afd. – epikrise

27-årig kvinde, 0-para, spiral (Mirena). Ingen tidl. operationer. Mor opereret for æggestokkræft som 60-årig.

Akut indsættende skarpe, intermitterende smerter i hø. side af underlivet i 5 t, kvalme og opkast x 3.
Obj.: Påvirket af smerter, T 37,4. Abd.: ømhed og slipømhed i hø. fossa iliaca. GU: øm hø. adneksregion, portiobevægeømhed.
U-hCG negativ – ekstrauterin graviditet udelukket. Klamydia-PCR negativ. CRP 14, leuk 12,1.
TVUL: hø. ovarie forstørret 7 cm med 5 cm kompleks cyste med ekkogene områder (dermoid-udseende), nedsat flow ved Doppler, fri væske. Appendix ikke visualiseret, men ingen klinisk mistanke om appendicitis efter kir. tilsyn.

Vurd.: Mistanke om adnekstorsion hø. – akut laparoskopi.
Operation: se operationsbeskrivelse. Hø. ovarie torkveret 2 omgange, detorderet med bedring af farven; cystektomi. Histologi: modent cystisk teratom (dermoidcyste), ingen malignitet.
Postop.: ukompliceret, hjem dag 1.

Diagnoser: Torsion af hø. ovarie. Dermoidcyste i hø. ovarie.

Plan: Kontrol-UL om 3 mdr. Sygemeldt 1 uge. Ved nye pludselige smerter straks kontakt.
""",
            ),
            (
                "operationsbeskrivelse",
                """Operation: Laparoskopi, detorsion af hø. adneks og ovariecystektomi hø.
Indikation: Klinisk og ultralydsmistanke om torsion af hø. ovarie med cyste.
Fund: Ca. 100 ml serøst-blodig fri væske. Hø. ovarie forstørret, blåligt-sort, torkveret 2 x 360° om lig. infundibulopelvicum sammen med tuba. Efter detorsion tiltagende lyserød farve efter 10 min. Ve. adneks og uterus normale. Appendix normal. Ingen endometriose.
Procedure: 3 porte. Detorsion. Cystektomi hø. med stripping, cysten indeholder talg og hår, fjernet i endobag uden spild. Hæmostase med bipolær. Ovariet efterlades. Skylning.
Komplikationer: Ingen.
""",
            ),
        ],
        "medications": [("N02BE01", "paracetamol", "1 g x 4 p.n."), ("M01AE01", "ibuprofen", "400 mg x 3 p.n.")],
        "labs": [("NPU19748", "C-reaktivt protein [CRP];P", 14, "mg/L", None, 8)],
        "codes": [("DN835D", "A"), ("DD272", "B")],
        "evidence": [
            ("DN835D", "Torsion af hø. ovarie"),
            ("DN835D", "Hø. ovarie torkveret 2 omgange"),
            ("DN835D", "torkveret 2 x 360°", "", 1),
            ("DD272", "modent cystisk teratom (dermoidcyste)"),
            ("DD272", "Dermoidcyste i hø. ovarie"),
        ],
        "distractors": [
            ("DC569", "Mor opereret for æggestokkræft", "family"),
            ("DO009", "ekstrauterin graviditet udelukket", "negated"),
            ("DA560", "Klamydia-PCR negativ", "negated"),
            ("DK359", "ingen klinisk mistanke om appendicitis", "negated"),
            ("DN809", "Ingen endometriose", "negated", "", 1),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW3-20",
        "department": "Obstetrisk afdeling",
        "specialty": "obstetrik",
        "patient": {"age": 31, "sex": "F"},
        "admission": {"start": "2025-03-08", "end": "2025-03-13"},
        "notes": [
            """Epikrise – Obstetrisk afd., graviditetsafsnit

31-årig, 2-gravida 1-para, GA 24+3 ved indlæggelse. Hypothyreose, Eltroxin 100 mikrog, TSH 1,8 i uge 20. Tidl. sectio 2021 pga. sædestilling. Mor har haft nyresten. Ukompliceret graviditet indtil nu, normal nakkefoldsscanning og misdannelsesscanning.

Indl. med 2 døgns feber til 39,2, kulderystelser, smerter i hø. flanke og svie ved vandladning, kvalme og opkast.
Obj.: T 38,9, P 118, BT 112/64. Bankeøm over hø. nyreloge. Uterus blød, ingen veer. CTG ikke relevant ved GA 24; fosterhjertelyd 160 med Doppler.
BS: CRP 176, leuk 18,2, krea 64. U-stix: leuk 3+, nitrit +, blod 1+. Urindyrkning og bloddyrkning: E. coli, følsom for cefuroxim.
UL nyrer: let hø.-sidig hydronefrose, forenelig med graviditet, ingen sten, ingen absces.
Vaginal UL: cervix 38 mm, lukket – ingen tegn på truende for tidlig fødsel.

Vurd.: Akut pyelonefritis hø. i graviditeten (uge 24) med E. coli.

Forløb: Cefuroxim i.v. 1,5 g x 3, væske i.v., paracetamol. Afebril efter 48 t, CRP 176 -> 41. Skift til pivmecillinam p.o. dag 4. Fosteret trives (UL dag 3: normal tilvækst og fostervand). Ingen veer under indlæggelsen.
Eltroxin fortsat uændret.

Diagnoser:
Pyelonefritis i graviditeten, E. coli
Hypothyreose i graviditeten
Fysiologisk hydronefrose hø. under graviditet

Plan: Pivmecillinam til i alt 14 dages beh. Kontrol-urindyrkning 1 uge efter endt beh. og herefter månedligt resten af graviditeten. Jordemoder- og lægekonsultationer som planlagt. Kontakt ved feber, veer eller vandafgang.
"""
        ],
        "medications": [
            ("J01CA08", "pivmecillinam", "400 mg x 3"),
            ("H03AA01", "levothyroxin (Eltroxin)", "100 mikrog x 1"),
            ("N02BE01", "paracetamol", "1 g x 4 p.n."),
        ],
        "labs": [
            ("NPU19748", "C-reaktivt protein [CRP];P", 176, "mg/L", None, 8),
            ("NPU02593", "Leukocytter;B", 18.2, "10^9/L", 3.5, 8.8),
        ],
        "codes": [("DO230", "A"), ("DB962", "B"), ("DO992B", "B"), ("DO998A", "B")],
        "evidence": [
            ("DO230", "Akut pyelonefritis hø. i graviditeten (uge 24)"),
            ("DO230", "Pyelonefritis i graviditeten, E. coli"),
            ("DB962", "E. coli, følsom for cefuroxim"),
            ("DB962", "med E. coli."),
            ("DO992B", "Hypothyreose, Eltroxin 100 mikrog"),
            ("DO992B", "Hypothyreose i graviditeten"),
            ("DO998A", "let hø.-sidig hydronefrose, forenelig med graviditet"),
            ("DO998A", "Fysiologisk hydronefrose hø. under graviditet"),
        ],
        "distractors": [
            ("DO342", "Tidl. sectio 2021", "history"),
            ("DN200", "Mor har haft nyresten", "family"),
            ("DN151", "ingen sten, ingen absces", "negated"),
            ("DO600", "ingen tegn på truende for tidlig fødsel", "negated"),
            ("DO600", "Ingen veer under indlæggelsen", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW3-21",
        "department": "Børneafdeling",
        "specialty": "pædiatri",
        "patient": {"age": 3, "sex": "M"},
        "admission": {"start": "2025-01-20", "end": "2025-01-26"},
        "notes": [
            """Epikrise – Børneafdelingen

3-årig dreng, tidl. rask, fuldt vaccineret iflg. børnevaccinationsprogrammet. Storebror har astma. Ingen kendt hjertesygdom i familien.

Henv. af e.l.: 6 dages høj feber (39-40,3) trods Panodil, irritabel, nedsat appetit. Forældre beskriver røde øjne uden pus, røde sprukne læber og "jordbærtunge" siden dag 3, udslæt på kroppen og hævede, røde hænder og fødder.

Obj.: Utilpas, grædende, T 39,8, P 168. Bilateral non-purulent konjunktival injektion. Røde, sprukne læber, jordbærtunge. Polymorft makulopapuløst udslæt på truncus og i lysken. Ødem og erytem af hænder og fødder. Enkelt 2 cm øm lymfeknude på hø. side af halsen. St.c.: ingen mislyde. Ingen nakkestivhed.
BS: CRP 168, leuk 18,9, trombocytter 466, albumin 28, ALAT 92, Na 132. U-stix: leuk 2+ (steril pyuri), dyrkning negativ. Strep A-test negativ, ingen skarlagensfeber. Bloddyrkning negativ.
Ekkokardiografi dag 1: normale koronarkar (z-score < 2), ingen koronaraneurismer, intet perikardieekssudat, normal funktion.

Vurd.: Komplet Kawasakis sygdom (feber > 5 dage + 5/5 kriterier).

Beh.: IVIG 2 g/kg over 12 t dag 1 + ASA i høj dosis (30-50 mg/kg/døgn) til afebril. Afebril efter 24 t. CRP 168 -> 32. ASA reduceret til lavdosis 5 mg/kg x 1 dag 3. Hudafskalning på fingerspidserne dag 5.
Kontrol-ekko dag 5: fortsat normale koronarkar.

Diagnose: Kawasakis sygdom (mukokutant lymfeknudesyndrom), komplet, uden koronarpåvirkning.

Plan: ASA 5 mg/kg x 1 i 6 uger. Ekko om 2 og 6 uger. Levende vacciner (MFR) udskydes 11 mdr. efter IVIG. Undgå ibuprofen under ASA-beh. Ved influenza/skoldkopper under ASA kontakt afd. (Reyes syndrom).
"""
        ],
        "medications": [("B01AC06", "acetylsalicylsyre", "75 mg x 1 (5 mg/kg)")],
        "labs": [
            ("NPU19748", "C-reaktivt protein [CRP];P", 168, "mg/L", None, 8),
            ("NPU03568", "Trombocytter;B", 466, "10^9/L", 150, 450),
        ],
        "codes": [("DM303", "A")],
        "evidence": [
            ("DM303", "Komplet Kawasakis sygdom"),
            ("DM303", "Kawasakis sygdom (mukokutant lymfeknudesyndrom)"),
        ],
        "distractors": [
            ("DJ459", "Storebror har astma", "family"),
            ("DA38", "ingen skarlagensfeber", "negated"),
            ("DI254", "ingen koronaraneurismer", "negated"),
            ("DI313", "intet perikardieekssudat", "negated"),
            ("DG039", "Ingen nakkestivhed", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW3-22",
        "department": "Børneafdeling",
        "specialty": "pædiatri",
        "patient": {"age": 0, "sex": "F"},
        "admission": {"start": "2025-10-27", "end": "2025-10-29"},
        "notes": [
            """Børnemodtagelsen – epikrise

9 mdr. gammel pige, født til termin, tidl. rask, trives, følger vaccinationsprogrammet. Snotnæse og let forkølet sidste uge. Ingen kendt tarmsygdom i familien.

Mor beskriver anfald med voldsom gråd hvert 15.-20. min siden i morges, trækker benene op, bleg og slap mellem anfaldene. Opkast x 4, senest grønligt. En ble med "ribsgele"-lignende blodig slim for 1 t siden.
Obj.: Bleg, sløv mellem anfald. T 37,6, P 156, CRT 3 sek. Abd.: pølseformet udfyldning i hø. øvre kvadrant, tom hø. fossa iliaca. Ingen peritoneal reaktion. Ikke udspilet.
BS: CRP 12, Na 136, K 3,8, venøs gas u.a.
UL abdomen: target-tegn i hø. øvre kvadrant – ileokolisk invagination, ca. 4 cm. Ingen fri væske, ingen ledepunkt (ingen polyp eller Meckels divertikel set). Normal gennemblødning af tarmvæggen.

Vurd.: Ileocøkal invagination.

Beh.: Væskebolus 20 ml/kg NaCl. Luftreposition under gennemlysning i sedation (radiolog + kirurg til stede): vellykket i 2. forsøg, fri passage af luft til tyndtarmen. Ingen perforation.
Observeret 24 t: ingen recidiv, spiser og drikker, normal afføring dag 2.

Diagnose: Invagination, ileokolisk, reponeret med luft.

Plan: Hjem. Forældre informeret om recidivrisiko (ca. 10 %), særligt de første døgn: ved gråd-anfald, opkast eller blod i ble straks kontakt børnemodtagelsen.
"""
        ],
        "medications": [("N02BE01", "paracetamol", "120 mg x 4 p.n.")],
        "labs": [("NPU19748", "C-reaktivt protein [CRP];P", 12, "mg/L", None, 8)],
        "codes": [("DK561B", "A")],
        "evidence": [
            ("DK561B", "ileokolisk invagination, ca. 4 cm"),
            ("DK561B", "Ileocøkal invagination"),
            ("DK561B", "Invagination, ileokolisk, reponeret med luft"),
        ],
        "distractors": [
            ("DK509", "Ingen kendt tarmsygdom i familien", "negated"),
            ("DQ430", "ingen polyp eller Meckels divertikel set", "negated"),
            ("DK659", "Ingen peritoneal reaktion", "negated"),
            ("DK631", "Ingen perforation", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW3-23",
        "department": "Psykiatrisk afdeling",
        "specialty": "psykiatri",
        "patient": {"age": 45, "sex": "M"},
        "admission": {"start": "2025-09-01", "end": "2025-09-19"},
        "notes": [
            """Psykiatrisk afd. P4 – Udskrivningsepikrise

45-årig mand, tidl. konstabel i forsvaret, udsendt til Afghanistan 2008 og 2011, nu lagerarbejder, sygemeldt. Fraskilt, 2 børn (12 og 15 år) hver anden weekend. Tidl. behandlet for depression 2016 hos privatpraktiserende psykiater, god effekt af sertralin, seponeret 2018. Far var alkoholiker.

Indl. frivilligt via psykiatrisk akutmodtagelse, henvist af e.l. efter at pt. havde fortalt om tiltagende tanker om ikke at ville leve.

Anamnese: Siden 2. udsendelse tiltagende mareridt om en konkret episode (vejsidebombe, hvor en kammerat blev dræbt), påtrængende erindringer (flashbacks) ved lugten af diesel og ved høje lyde, undgår menneskemængder og nyheder fra krigszoner, konstant på vagt, sover 3-4 t pr. nat, irritabel, har haft raserianfald over for ekskonen. Symptomerne forværret det seneste halve år efter en kollega begik selvmord. Drikker for at kunne sove: 6-8 øl hver aften, i perioder mere; har fået advarsel på arbejdet for at lugte af alkohol og har haft blackouts. Ingen abstinenssymptomer om morgenen, ingen morgendrik, ingen tolerancestigning – opfylder ikke kriterierne for afhængighed, men forbruget har givet psykisk og social skade.

Psykisk status ved indl.: Vågen, klar, orienteret. Anspændt, hypervigilant, sidder med ryggen mod væggen. Stemningslejet let sænket, affekten indsnævret. Ingen psykotiske symptomer, ingen hallucinationer. Passive dødsønsker, ingen konkrete selvmordsplaner, tager afstand fra selvmord pga. børnene. Selvmordsrisikovurdering: moderat risiko ved indl.

Forløb: Alkoholabstinens forebygget med klordiazepoxid efter skema de første 4 døgn, CIWA max 6. Startet sertralin 50 -> 100 mg. Prazosin 1 mg til natten mod mareridt, øget til 3 mg med effekt. Psykoedukation om PTSD. Mareridtene halveret, søvn 5-6 t. Dødsønskerne aftaget fra 2. uge, ved udskr. ingen selvmordstanker. Depressionsscreening (HAM-D 14): let depressive symptomer som led i PTSD, ikke selvstændig depressiv episode.
Veterancentret kontaktet.

Diagnoser:
F43.1 Posttraumatisk belastningsreaktion (PTSD)
Skadelig brug af alkohol

Plan: Udskrives til eget hjem. Ambulant traumefokuseret terapi (CPT) via Veterancentret, første samtale 25.09. Sertralin 100 mg, prazosin 3 mg. Alkoholstop aftalt, Antabus afslået. Kriseplan udleveret. E.l. følger op.
"""
        ],
        "medications": [
            ("N06AB06", "sertralin", "100 mg x 1"),
            ("C02CA01", "prazosin", "3 mg til natten"),
        ],
        "labs": [],
        "codes": [("DF431", "A"), ("DF101", "B")],
        "evidence": [
            ("DF431", "Psykoedukation om PTSD"),
            ("DF431", "Posttraumatisk belastningsreaktion (PTSD)"),
            ("DF101", "forbruget har givet psykisk og social skade"),
            ("DF101", "Skadelig brug af alkohol"),
        ],
        "distractors": [
            ("DF329", "Tidl. behandlet for depression 2016", "history"),
            ("DF102", "Far var alkoholiker", "family"),
            ("DF102", "opfylder ikke kriterierne for afhængighed", "negated"),
            ("DF29", "Ingen psykotiske symptomer", "negated"),
            ("DF329", "ikke selvstændig depressiv episode", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW3-24",
        "department": "Børne- og ungdomspsykiatrisk afdeling",
        "specialty": "børne- og ungdomspsykiatri",
        "patient": {"age": 15, "sex": "F"},
        "admission": {"start": "2025-02-10", "end": "2025-03-07"},
        "notes": [
            """BUP sengeafsnit – epikrise

15-årig pige, 9. klasse, bor med mor og lillebror, far bor i Jylland. Ingen somatisk sygdom. Mor behandlet for depression efter lillebrors fødsel. Ingen kendt ADHD eller autisme i familien.

Henvisning: Indlagt akut via BUP-akut efter at skolens sundhedsplejerske så friske snitsår på ve. underarm. Pt. har siden efteråret skåret sig med barberblad 2-3 gange ugentligt "for at mærke noget andet", senest aftenen før indlæggelse (8 overfladiske snit, sutureret 2 i skadestuen, resten strips). Ikke forsøgt at tage sit liv.

Anamnese: 4-5 mdr. med tristhed det meste af dagen, manglende lyst til ting hun før kunne lide (håndbold), træthed, koncentrationsbesvær, skolefravær 30 %, nedsat appetit og vægttab 3 kg, følelse af at være værdiløs. Har siden 6. klasse haft udtalt angst for at tale i klassen, spise i kantinen og være sammen med jævnaldrende hun ikke kender – rødmer, hjertebanken, undgår situationerne. Mobbet i 7. klasse. Ingen spiseforstyrrelse (ingen kompensatorisk adfærd, BMI 19,4). Ingen psykotiske symptomer. Ingen alkohol eller hash.

Psykisk status: Sky, lav stemme, dårlig øjenkontakt. Stemningsleje sænket, affekt afflad. Passive dødstanker, ingen aktuelle selvmordsplaner. MFQ 44.

Forløb: Skærmet i starten, herefter miljøterapi og daglige støttesamtaler. Sertralin startet 25 -> 50 mg efter samtale med pt. og mor om bivirkninger (obs. øget selvmordstanker første uger). KAT-kassen og kognitiv terapi med fokus på social angst og alternative strategier til selvskade. Ingen nye episoder med selvskade under indlæggelsen efter uge 1. Gradvis udslusning med skoledage fra uge 3. Stemningsleje bedret, MFQ 26 ved udskr.

Diagnoser:
Depressiv enkeltepisode af moderat grad
Socialfobi
Selvskade med skarp genstand før indlæggelsen

Plan: Ambulant forløb i BUP-amb. (kognitiv adfærdsterapi 1 x ugl.). Sertralin 50 mg. Kontrol af vægt og puls. Sikkerhedsplan udarbejdet med pt. og mor, skarpe genstande fjernet fra hjemmet. Samarbejde med skolen om nedsat skema.
"""
        ],
        "medications": [("N06AB06", "sertralin", "50 mg x 1")],
        "labs": [],
        "codes": [("DF3210", "A"), ("DF401", "B"), ("DX7820", "B")],
        "evidence": [
            ("DF3210", "Depressiv enkeltepisode af moderat grad"),
            ("DF401", "udtalt angst for at tale i klassen"),
            ("DF401", "Socialfobi"),
            ("DX7820", "skåret sig med barberblad"),
            ("DX7820", "Selvskade med skarp genstand før indlæggelsen"),
        ],
        "distractors": [
            ("DF329", "Mor behandlet for depression", "family"),
            ("DF909", "Ingen kendt ADHD eller autisme i familien", "negated"),
            ("DX7810", "Ikke forsøgt at tage sit liv", "negated"),
            ("DF509", "Ingen spiseforstyrrelse", "negated"),
            ("DF29", "Ingen psykotiske symptomer", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW3-25",
        "department": "Geriatrisk afdeling",
        "specialty": "geriatri",
        "patient": {"age": 87, "sex": "F"},
        "admission": {"start": "2025-12-10", "end": "2025-12-23"},
        "notes": [
            """Epikrise – Geriatrisk afdeling G1

Indlagt 10.12.2025 via FAM, udskrevet 23.12.2025 til midlertidig aflastningsplads.

Indlæggelsesårsag: Fald i hjemmet, smerter i hø. lyske, kan ikke gå.

Baggrund:
87-årig kvinde, enke, bor alene i stuelejlighed, hjemmepleje 3 x dgl. (morgen, middag, aften) og madudbringning. Datter i nærheden.
Kendt med:
- Vaskulær demens, diagnosticeret i hukommelsesklinikken 2023 (MMSE 19/30), multiple små infarkter på MR. Ingen adfærdsforstyrrelser, ingen hallucinationer.
- Tidl. TIA 2017.
- Hypertension, beh. med bendroflumethiazid/kalium (Centyl m. KCl) og amlodipin.
- Postmenopausal osteoporose, fik alendronat 2015-2020, ikke genoptaget efter pause.
- Grå stær bilat., planlagt kataraktoperation ve. øje i januar.
Funktion før indlæggelsen: gik med rollator indendørs, klarede selv personlig hygiejne med lidt hjælp.
Disp.: Ingen relevant.

Aktuelt:
Fundet af hjemmeplejen om morgenen liggende på badeværelsesgulvet, har formentlig ligget nogle timer. Kan ikke redegøre for faldet. Smerter i hø. lyske og ved belastning. Ikke slået hovedet iflg. egne oplysninger; ingen synlige skader på hovedet.

Objektivt ved ankomst (FAM):
Vågen, men usammenhængende, desorienteret i tid og sted, fluktuerende opmærksomhed (4AT 8 – delir). BT 164/82, P 88 regelmæssig, T 36,9, SAT 95 %.
Hø. ben ikke forkortet eller udadroteret; ømhed over hø. os pubis, smerter ved aksial belastning. Hofterne fri passiv bevægelighed.
Neurologisk: ingen nye fokale udfald.

Paraklinik:
Rtg. bækken og hø. hofte: fraktur af ramus superior og inferior ossis pubis hø., udislokeret. Ingen hoftefraktur (CT bekræfter, ingen acetabulumfraktur, ingen sacrumfraktur).
CT cerebrum: ældre lakunære infarkter og udtalt leukoaraiose, ingen blødning, ingen ny iskæmi.
BS: Na 124 (sept. 134), K 3,6, krea 78, CK 640, CRP 14, Hb 7,6, TSH normal, glukose 6,2.
U-stix: negativ – ingen UVI.
EKG: SR 86, ingen iskæmi.

Forløb:
Dag 1: Smertebeh. med paracetamol og lavdosis oxycodon. Tromboseprofylakse. Delirforebyggende tiltag: briller og høreapparat, orientering, kontaktperson, natlig ro, mobilisering. Centyl m. KCl pauseret pga. hyponatriæmi, tolket som thiazidinduceret (normal urin-osmolalitet og -Na for thiazid, euvolæmisk efter 1 l NaCl).
Dag 2-4: Na 124 -> 127 -> 131 på væskerestriktion 1,5 l og pausering af thiazid. Fortsat delir om aftenen, uro, ville ud; haloperidol 0,5 mg x 1 givet 2 nætter. Ingen fysisk fastholdelse.
Dag 3: Fysioterapi: mobiliseret med gangbuk og 2 personer. Udtalt forstoppelse (ingen afføring i 5 døgn) under opioid, beh. med Movicol og klysma, herefter fast laksantia.
Dag 5-8: Delir i aftagning, CAM negativ dag 8. Na 135. BT 150-160 systolisk uden thiazid, amlodipin øget til 10 mg.
Dag 9: DXA: T-score -3,4 i hofte. Lavenergifraktur ved kendt postmenopausal osteoporose -> zoledronsyre 5 mg i.v. givet efter D-vitamin-status normal (D-vit 78).
Dag 10-13: Går med rollator med støtte af 1 person 20 m. Ergoterapi: behov for hjælp til bad og af-/påklædning. Tværfaglig konference med datter og kommunen: midlertidig aflastningsplads med genoptræning, herefter vurdering af plejebolig.
Mistanke om Parkinsonisme (let rigiditet hø. arm) er ikke bekræftet ved fornyet undersøgelse; ingen tremor.
Faldudredning: ortostatisk BT negativ, ingen arytmier på 24-t Holter. Faldet vurderes multifaktorielt (demens, nedsat syn, hyponatriæmi).

Konklusion:
1. Fraktur af hø. os pubis (ramus superior og inferior) efter fald, konservativ beh.
2. Postmenopausal osteoporose med lavenergifraktur, zoledronsyre givet.
3. Delirium ved vaskulær demens.
4. Vaskulær demens.
5. Hyponatriæmi, thiazidinduceret.
6. Obstipation, opioidrelateret.
Ingen hoftefraktur. Ingen intrakraniel blødning.

Medicin ved udskrivelse: Paracetamol 1 g x 3. Oxycodon 5 mg x 2 i max 2 uger, herefter p.n. Movicol 1 brev x 2. Amlodipin 10 mg x 1. Calcium/D-vitamin 1 tbl. x 2. Centyl m. KCl seponeret permanent.

Plan:
- Midlertidig aflastningsplads med daglig genoptræning.
- Na kontrolleres om 1 uge.
- Zoledronsyre årligt via osteoporoseklinikken, næste dec. 2026.
- Kataraktoperationen udsættes til hun er mobiliseret.
- Demenskoordinator orienteret.
"""
        ],
        "medications": [
            ("N02BE01", "paracetamol", "1 g x 3"),
            ("N02AA05", "oxycodon", "5 mg x 2"),
            ("A06AD65", "macrogol (Movicol)", "1 brev x 2"),
            ("C08CA01", "amlodipin", "10 mg x 1"),
            ("A12AX", "calcium + D-vitamin", "1 tbl. x 2"),
            ("M05BA08", "zoledronsyre", "5 mg i.v. 1 x årligt"),
        ],
        "labs": [
            ("NPU03429", "Natrium;P", 124, "mmol/L", 137, 145),
            ("NPU02319", "Hæmoglobin;B", 7.6, "mmol/L", 7.3, 9.5),
        ],
        "codes": [
            ("DS325", "A"),
            ("DM800", "B"),
            ("DF051", "B"),
            ("DF0190", "B"),
            ("DE871A", "B"),
            ("DK590", "B"),
        ],
        "evidence": [
            ("DS325", "fraktur af ramus superior og inferior ossis pubis hø."),
            ("DS325", "Fraktur af hø. os pubis (ramus superior og inferior)"),
            ("DM800", "Lavenergifraktur ved kendt postmenopausal osteoporose"),
            ("DM800", "Postmenopausal osteoporose med lavenergifraktur"),
            ("DF051", "4AT 8 – delir"),
            ("DF051", "Delirium ved vaskulær demens"),
            ("DF0190", "Vaskulær demens, diagnosticeret i hukommelsesklinikken 2023"),
            ("DF0190", "Vaskulær demens.", "Konklusion"),
            ("DE871A", "Na 124"),
            ("DE871A", "Hyponatriæmi, thiazidinduceret"),
            ("DK590", "Udtalt forstoppelse"),
            ("DK590", "Obstipation, opioidrelateret"),
        ],
        "distractors": [
            ("DG459", "Tidl. TIA 2017", "history"),
            ("DH259", "planlagt kataraktoperation ve. øje i januar", "planned"),
            ("DS720", "Ingen hoftefraktur (CT bekræfter", "negated"),
            ("DS324", "ingen acetabulumfraktur", "negated"),
            ("DS321", "ingen sacrumfraktur", "negated"),
            ("DN390", "ingen UVI", "negated"),
            ("DG219", "Mistanke om Parkinsonisme", "uncertain"),
            ("DS065", "Ingen intrakraniel blødning", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW3-26",
        "department": "Infektionsmedicinsk afdeling",
        "specialty": "infektionsmedicin",
        "patient": {"age": 52, "sex": "M"},
        "admission": {"start": "2025-08-04", "end": "2025-08-08"},
        "notes": [
            """Epikrise, Infektionsmed. afd.

52-årig mand, skovarbejder. Hypertension, beh. m. amlodipin. Ingen immunsuppression. Husker flere flåtbid i juni, et rødt udslæt på låret som han ikke gik til læge med.

3-4 ugers brændende, natlige smerter i ryggen og udstrålende til ve. flanke og ben, dårlig effekt af Panodil og Ipren; for 4 dage siden skæv mund og kunne ikke lukke hø. øje. Ingen feber. Ingen nakkestivhed.
Obj.: Hø.-sidig perifer facialisparese (kan ikke rynke panden, ufuldstændig øjenlukning). Ingen andre kranienervepareser. Kraft og reflekser normale, let hyperæstesi ve. Th10-dermatom. Ingen erythema migrans aktuelt. Ingen artritis.
LP: 186 leukocytter (95 % mononukleære), protein 1,1 g/l, glukose-ratio normal. Borrelia-IgG i spinalvæske positivt med intratekal antistofproduktion (AI 6,2). HSV/VZV-PCR i spinalvæske negativ. MR cerebrum og columna: ingen tegn på dissemineret sklerose, ingen prolaps.

Vurd.: Lyme-neuroborreliose med smertefuld radikulitis og facialisparese (Bannwarths syndrom).

Beh.: Doxycyclin 200 mg x 1 p.o. i 14 dage (lige så effektivt som i.v. ceftriaxon). Øjenbeskyttelse: kunstig tåre og tapening om natten. Smerterne markant bedre efter 3 døgn. Facialisparesen uændret ved udskr.
Ingen indikation for prednisolon, da pareseen ikke er idiopatisk (Bells parese udelukket).

Diagnoser: Neuroborreliose (Lyme) med polyradikulitis. Hypertension.

Plan: Doxycyclin til og med 17.08, undgå sol. Kontrol i infektionsmed. amb. om 6 uger. Facialisparesen forventes at svinde over uger-måneder.
"""
        ],
        "medications": [
            ("J01AA02", "doxycyclin", "200 mg x 1"),
            ("C08CA01", "amlodipin", "5 mg x 1"),
            ("S01XA20", "kunstig tåre (carbomer)", "x 6 i hø. øje"),
        ],
        "labs": [(None, "Leukocytter;Csv", 186, "10^6/L", None, 5)],
        "codes": [("DA692G", "A"), ("DI109", "B")],
        "evidence": [
            ("DA692G", "Lyme-neuroborreliose med smertefuld radikulitis og facialisparese"),
            ("DA692G", "Neuroborreliose (Lyme) med polyradikulitis"),
            ("DI109", "Hypertension, beh. m. amlodipin"),
            ("DI109", "Hypertension.", "Diagnoser"),
        ],
        "distractors": [
            ("DA692F", "rødt udslæt på låret som han ikke gik til læge med", "history"),
            ("DA692F", "Ingen erythema migrans aktuelt", "negated"),
            ("DA692B", "Ingen artritis", "negated"),
            ("DG359", "ingen tegn på dissemineret sklerose", "negated"),
            ("DG510A", "Bells parese udelukket", "negated"),
            ("DG039", "Ingen nakkestivhed", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW3-27",
        "department": "Hæmatologisk afdeling",
        "specialty": "hæmatologi",
        "patient": {"age": 24, "sex": "F"},
        "admission": {"start": "2025-05-26", "end": "2025-05-30"},
        "notes": [
            """Epikrise – Hæmatologisk afd.

24-årig kvinde, studerende. Tidl. rask. P-piller. Ingen blødningstendens tidligere, ingen blodsygdomme i familien. Influenzalignende sygdom for 3 uger siden.

Henv. fra vagtlæge: 2 døgn med små røde prikker på benene, blå mærker uden traume, blødende tandkød og næseblod i nat (standset efter 20 min). Menstruationen startet i går, kraftigere end vanligt.
Obj.: Upåvirket. Udbredte petekkier på UE og truncus, enkelte ekkymoser på arme og lår. Hæmoragiske blærer på mundslimhinden (wet purpura). Ingen lymfadenopati, ingen hepatosplenomegali. Ingen neurologiske udfald.
BS: trombocytter 4 x 10^9/l, Hb 7,9, leuk 6,1 med normal differentialtælling. Blodudstrygning: få store trombocytter, ingen blaster, ingen schistocytter. Koagulationstal normale. HIV, hepatitis B og C negative. H. pylori-antigen negativ. ANA negativ.
Knoglemarvsundersøgelse ikke nødvendig (isoleret trombocytopeni, typisk billede).
CT cerebrum (pga. hovedpine): ingen intrakraniel blødning.

Vurd.: Primær immun trombocytopeni (ITP), nydiagnosticeret, med slimhindeblødning.

Beh.: Dexamethason 40 mg x 1 i 4 dage + IVIG 1 g/kg x 1 pga. slimhindeblødning. Tranexamsyre p.o. Trombocytter 4 -> 11 -> 48 -> 96 ved udskr. Ingen nye blødninger, menstruationsblødningen normaliseret. Ingen TTP.

Diagnoser: Idiopatisk trombocytopenisk purpura (ITP). Menoragi.

Plan: Trombocytter ugentligt i hæmatologisk amb. Undgå NSAID og ASA. Ved ny blødning eller tpk < 20 med blødning kontakt afd.
"""
        ],
        "medications": [
            ("B02AA02", "tranexamsyre", "1 g x 3 p.n. ved blødning"),
            ("G03AA07", "levonorgestrel/ethinylestradiol", "1 tbl. x 1"),
        ],
        "labs": [
            ("NPU03568", "Trombocytter;B", 4, "10^9/L", 165, 400),
            ("NPU02319", "Hæmoglobin;B", 7.9, "mmol/L", 7.3, 9.5),
        ],
        "codes": [("DD693", "A"), ("DN920B", "B")],
        "evidence": [
            ("DD693", "Primær immun trombocytopeni (ITP)"),
            ("DD693", "Idiopatisk trombocytopenisk purpura (ITP)"),
            ("DN920B", "kraftigere end vanligt"),
            ("DN920B", "Menoragi"),
        ],
        "distractors": [
            ("DD689", "ingen blodsygdomme i familien", "negated"),
            ("DJ111", "Influenzalignende sygdom for 3 uger siden", "history"),
            ("DC910", "ingen blaster", "negated"),
            ("DS065", "ingen intrakraniel blødning", "negated"),
            ("DM311", "Ingen TTP", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW3-28",
        "department": "Onkologisk afdeling",
        "specialty": "onkologi",
        "patient": {"age": 72, "sex": "M"},
        "admission": {"start": "2025-07-07", "end": "2025-07-21"},
        "notes": [
            """Epikrise – Onkologisk afdeling, sengeafsnit O2

Indlagt 07.07.2025 via FAM, udskrevet 21.07.2025.

Indlæggelsesårsag: Tiltagende rygsmerter og kraftnedsættelse i benene, obs. metastatisk rygmarvskompression.

Onkologisk anamnese:
72-årig mand, pens. gymnasielærer, gift, bor i hus med trapper.
- Prostatacancer, Gleason 4+5, diagnosticeret 2021 med knoglemetastaser ved diagnosen (columna, bækken, ribben). Behandlet med kastrationsbehandling (Firmagon) + docetaxel 6 serier 2021. PSA-progression 2024 trods kastrationsniveau af testosteron = kastrationsresistent; siden sept. 2024 enzalutamid (Xtandi). PSA 3 mdr. siden 24, nu 112.
- Type 2-diabetes, metformin, HbA1c 50.
- St.p. TURP 2016.
Disp.: Far død af tarmkræft.

Aktuelt:
3 ugers tiltagende bæltesmerter i højde med nederste ribben, værst om natten og ved hoste. Sidste 3 døgn tiltagende svaghed og snublen i begge ben, føleforstyrrelse fra navlen og ned. I går ingen vandladning, kun dryp.

Objektivt ved ankomst:
Smertepåvirket, VAS 8. BT 146/84, P 92, T 36,8.
Neurologisk: Paraparese, MRC 3/5 i hofte- og knæfleksorer bilat., 4-/5 distalt. Livlige reflekser i UE, Babinski positiv bilat. Sensibilitetsniveau ved Th10. Nedsat analsfinkter-tonus. Blæren palpabel, bladder scan 1.200 ml – KAD anlagt.
Ingen sadelanæstesi.

Paraklinik:
MR hele columna (akut, inden for 4 t): metastase i Th10-corpus med epidural tumorudbredning og kompression af rygmarven (ESCC grad 3), myelopatisk signal. Multiple øvrige sklerotiske knoglemetastaser i columna og bækken uden kompression. Ingen patologisk fraktur med instabilitet (SINS 6).
CT thorax/abdomen: ingen lungemetastaser, ingen levermetastaser, forstørrede retroperitoneale lymfeknuder uændrede.
BS: Ca ion 1,24 (normal), ALP 412, Hb 6,8, krea 102, glukose 14,2 (efter dexamethason).

Forløb:
Dag 1: Dexamethason 16 mg i.v. straks. Neurokirurgisk konference (telefon): ikke kandidat til dekompressiv kirurgi pga. multiple niveauer, udbredt sygdom og forventet restlevetid; anbefalet akut strålebehandling. Sengeleje med forsigtig mobilisering tilladt (stabil columna).
Dag 1-5: Strålebehandling mod Th9-Th11, 20 Gy/5 fraktioner.
Dag 2-6: Steroid-induceret hyperglykæmi, glukose 12-18, behandlet med NovoRapid efter skema og basalinsulin. Metformin fortsat.
Dag 4: Smerter bedre (VAS 3) på oxycodon depot og p.n. Obstipation forebygget.
Dag 6-10: Gradvis bedring af kraften til MRC 4/5 proksimalt, kan stå og gå 10 m med rollator og støtte. Sensibilitetsniveau uændret.
Dag 8: KAD afprøvet seponeret: urinretention med residualurin 650 ml, KAD genanlagt; undervist i RIK, som pt. og hustru mestrer ved udskr.
Dag 11: Dexamethason aftrappet til 4 mg. Hyperglykæmi aftaget, NovoRapid seponeret.
Dag 12-14: Tværfaglig konference. Onkologisk: enzalutamid seponeret ved progression; opstart af 177Lu-PSMA vurderes ved PSMA-PET i amb. Palliativt team inddraget, pt. og hustru informeret om alvoren. Kommunen bevilget hospitalsseng og trappelift.

Konklusion:
1. Metastatisk rygmarvskompression Th10 med paraparese, behandlet med dexamethason og palliativ strålebehandling.
2. Knoglemetastaser i columna og bækken.
3. Kastrationsresistent prostatacancer, progression på enzalutamid.
4. Urinretention som følge af rygmarvskompression, RIK.
5. Type 2-diabetes med steroidinduceret hyperglykæmi.
Ingen hyperkalcæmi. Ingen lungemetastaser.

Medicin ved udskrivelse: Dexamethason 4 mg x 1, aftrappes med 1 mg pr. uge. Pantoprazol 40 mg x 1. Oxycodon depot 20 mg x 2, oxycodon 5-10 mg p.n. Movicol 1 brev x 2. Metformin 1 g x 2. Firmagon 80 mg s.c. hver 4. uge (fortsætter).

Plan:
- Kontrol i onkologisk amb. om 2 uger, PSMA-PET bestilt.
- Genoptræning ved kommunal fysioterapeut.
- Ved tiltagende kraftnedsættelse eller nye føleforstyrrelser: straks kontakt afd.
- Glukose kontrolleres af hjemmesygeplejen 1 x dgl. under steroidaftrapningen.
- Palliativt team følger i eget hjem.
"""
        ],
        "medications": [
            ("H02AB02", "dexamethason", "4 mg x 1, aftrappes"),
            ("A02BC02", "pantoprazol", "40 mg x 1"),
            ("N02AA05", "oxycodon depot", "20 mg x 2"),
            ("A06AD65", "macrogol (Movicol)", "1 brev x 2"),
            ("A10BA02", "metformin", "1 g x 2"),
            ("L02BX02", "degarelix (Firmagon)", "80 mg s.c. hver 4. uge"),
        ],
        "labs": [
            (None, "Prostataspecifikt antigen;P", 112, "µg/L", None, 4),
            ("NPU02319", "Hæmoglobin;B", 6.8, "mmol/L", 8.3, 10.5),
            ("NPU22089", "Glukose;P", 14.2, "mmol/L", 4.2, 7.8),
        ],
        "codes": [
            ("DG952", "A"),
            ("DC795C", "B"),
            ("DC619Z", "B"),
            ("DR339B", "B"),
            ("DE119", "B"),
        ],
        "evidence": [
            ("DG952", "kompression af rygmarven (ESCC grad 3)"),
            ("DG952", "Metastatisk rygmarvskompression Th10 med paraparese"),
            ("DC795C", "metastase i Th10-corpus"),
            ("DC795C", "Knoglemetastaser i columna og bækken"),
            ("DC619Z", "= kastrationsresistent"),
            ("DC619Z", "Kastrationsresistent prostatacancer"),
            ("DR339B", "I går ingen vandladning, kun dryp"),
            ("DR339B", "Urinretention som følge af rygmarvskompression"),
            ("DE119", "Type 2-diabetes, metformin"),
            ("DE119", "Type 2-diabetes med steroidinduceret hyperglykæmi"),
        ],
        "distractors": [
            ("DN409", "St.p. TURP 2016", "history"),
            ("DC189", "Far død af tarmkræft", "family"),
            ("DG834", "Ingen sadelanæstesi", "negated"),
            ("DM844", "Ingen patologisk fraktur med instabilitet", "negated"),
            ("DC780", "ingen lungemetastaser", "negated"),
            ("DC787", "ingen levermetastaser", "negated"),
            ("DE835C", "Ingen hyperkalcæmi", "negated"),
            ("DC780", "Ingen lungemetastaser", "negated", "Konklusion"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW3-29",
        "department": "Øre-næse-halskirurgisk afdeling",
        "specialty": "oto-rhino-laryngologi",
        "patient": {"age": 80, "sex": "M"},
        "admission": {"start": "2025-01-03", "end": "2025-01-06"},
        "notes": [
            """ØNH-vagt – epikrise

80-årig mand. Kronisk AFLI, AK-beh. med Eliquis 5 mg x 2. HT, beh. m. amlodipin + losartan, dårligt reguleret hjemme (150-170 systolisk). Tidl. prostatakræft, strålebeh. 2014, rask. Ingen tidl. næseblod.

Indbragt kl. 23 med næseblod fra begge næsebor og ned i svælget i 3 t, kaster blod op. Forsøgt kompression hjemme.
Obj.: Bleg. BT 184/98, P 104 uregelmæssig. Forreste rhinoskopi efter udsugning: ingen blødningskilde i Kiesselbachs område, blødning bagfra hø. side. Hb 6,4 (habituelt 8,6).
Anterior tamponade med Merocel uden effekt -> posterior blødning. Anlagt posterior ballonkateter (Epistat) hø. + anterior tamponade, herefter blødningsstop. Tranexamsyre i.v.
Eliquis pauseret i 48 t efter samråd med kardiolog (CHA2DS2-VASc 3). BT reguleret med labetalol i.v. ad hoc.
Blødningsanæmi: 2 portioner SAG, Hb 6,4 -> 8,1.
Tamponade fjernet dag 3 uden reblødning. Eliquis genoptaget dag 3 aften. Ingen koagulopati (INR, APTT normale).

Diagnoser: Epistaxis posterior hø. Akut blødningsanæmi. Kronisk atrieflimren i AK-beh. Hypertension.

Plan: Næsesalve (Nasoleum) 2 x dgl. i 2 uger, undgå at pudse næsen/tunge løft 1 uge. BT-kontrol hos e.l. inden for 1 uge – bør strammes op. Ved ny blødning: kompression 15 min, ellers 1-1-2.
"""
        ],
        "medications": [
            ("B01AF02", "apixaban (Eliquis)", "5 mg x 2"),
            ("C08CA01", "amlodipin", "10 mg x 1"),
            ("C09CA01", "losartan", "100 mg x 1"),
        ],
        "labs": [("NPU02319", "Hæmoglobin;B", 6.4, "mmol/L", 8.3, 10.5)],
        "codes": [("DR040B", "A"), ("DD629", "B"), ("DI482", "B"), ("DI109", "B"), ("DZ921", "B")],
        "evidence": [
            ("DR040B", "næseblod fra begge næsebor og ned i svælget"),
            ("DR040B", "posterior blødning"),
            ("DR040B", "Epistaxis posterior hø."),
            ("DD629", "Blødningsanæmi: 2 portioner SAG"),
            ("DD629", "Akut blødningsanæmi"),
            ("DI482", "Kronisk AFLI"),
            ("DI482", "Kronisk atrieflimren i AK-beh."),
            ("DI109", "HT, beh. m. amlodipin + losartan"),
            ("DI109", "Hypertension."),
            ("DZ921", "AK-beh. med Eliquis 5 mg x 2"),
            ("DZ921", "i AK-beh.", "Diagnoser"),
        ],
        "distractors": [
            ("DC619", "Tidl. prostatakræft, strålebeh. 2014", "history"),
            ("DR040C", "Ingen tidl. næseblod", "negated"),
            ("DR040A", "ingen blødningskilde i Kiesselbachs område", "negated"),
            ("DD689", "Ingen koagulopati", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW3-30",
        "department": "Øjenafdeling",
        "specialty": "oftalmologi",
        "patient": {"age": 68, "sex": "F"},
        "admission": {"start": "2025-11-22", "end": "2025-11-24"},
        "notes": [
            """Øjenafd. – akutnotat/epikrise

68-årig kvinde, langsynet (+4,5 bilat.). Aldersbetinget grå stær bilat., endnu ikke opereret. Ingen kendt glaukom, men mor havde grøn stær. Hypertension (losartan).

Indbragt fra FAM, hvor hun var henvist med obs. apopleksi: siden i aftes voldsom hovedpine over hø. øje, kvalme og opkast x 3, sløret syn og "regnbueringe" om lys hø. øje. Startede i mørk biografsal. CT cerebrum i FAM: ingen blødning.

Obj. hø. øje: visus 0,1, rødt øje med ciliær injektion, korneaødem, lav forkammerdybde, mellemvidt lysstift pupil. IOP 62 mmHg. Gonioskopi: lukket kammervinkel 360°.
Ve. øje: visus 0,6, IOP 16, snæver kammervinkel (okkluderbar), intet akut. Ingen tegn på iritis bilat.

Vurd.: Akut vinkelblokglaukom hø. øje.

Beh.: Diamox 500 mg i.v. + 250 mg x 4 p.o., Timosan og pilokarpin 2 % øjendråber, Maxidex. IOP 62 -> 24 efter 3 t -> 16 næste morgen. Korneaødemet svandt, visus hø. 0,4.
YAG-laseriridotomi hø. dag 2 og profylaktisk ve. samme dag: åbne iridotomier bilat., IOP hø. 14, ve. 15.

Diagnoser: Akut lukketvinkelglaukom hø. øje. Aldersbetinget grå stær bilat.

Plan: Maxidex x 4 hø. i 1 uge. Kontrol om 1 uge. Henvises til kataraktoperation, hø. øje først (linsen bidrager til vinkellukningen). Ved smerter/sløret syn straks kontakt.
"""
        ],
        "medications": [
            ("S01BA01", "dexamethason øjendråber (Maxidex)", "1 dråbe x 4 hø."),
            ("C09CA01", "losartan", "50 mg x 1"),
        ],
        "labs": [],
        "codes": [("DH402C", "A"), ("DH259", "B"), ("DI109", "B")],
        "evidence": [
            ("DH402C", "Akut vinkelblokglaukom hø. øje"),
            ("DH402C", "Akut lukketvinkelglaukom hø. øje"),
            ("DH259", "Aldersbetinget grå stær bilat., endnu ikke opereret"),
            ("DH259", "Aldersbetinget grå stær bilat.", "Diagnoser"),
            ("DI109", "Hypertension (losartan)"),
        ],
        "distractors": [
            ("DH409", "Ingen kendt glaukom", "negated"),
            ("DH409", "mor havde grøn stær", "family"),
            ("DI649", "obs. apopleksi", "uncertain"),
            ("DI619", "ingen blødning", "negated"),
            ("DH209", "Ingen tegn på iritis bilat.", "negated"),
        ],
    }
)
