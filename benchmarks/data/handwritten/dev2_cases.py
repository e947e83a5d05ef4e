"""The second development set of hand-written discharge cases (README.md, "The second development set").

Written by hand in the same source format as ``CASES`` in build_cases.py: notes as strings or
("type", "text"), medications (atc, name, dose), labs (npu, name, value, unit, low, high), codes
(code, "A"/"B"), evidence (code, phrase[, anchor[, note]]) and distractors (code, phrase, kind[, anchor[,
note]]). ``python benchmarks/data/handwritten/build_cases.py`` turns them into ``dev2.jsonl``.

Unlike the held-out set these cases are meant for tuning: read them, write rules against them and choose
between variants on them.
"""

# The notes are kept line for line as written (a line is a paragraph), so their lines run long.
# ruff: noqa: E501

from __future__ import annotations

CASES: list[dict] = []

CASES.append(
    {
        "case_id": "HW2-01",
        "department": "Akutafdeling",
        "specialty": "akutmedicin",
        "patient": {"age": 23, "sex": "M"},
        "admission": {"start": "2025-09-04", "end": "2025-09-05"},
        "notes": [
            """Akutafdelingen – journalnotat/epikrise

23-årig mand, studerende. Kendt med venstresidig colitis ulcerosa siden 2021, i remission på Pentasa. Ryger ca. 10 cig./dag. Ingen tidl. lungesygdom. Tidl. kravebensfraktur 2015 (cykelstyrt), konservativt beh.
Mor med KOL.

Aktuelt: Pludselig indsættende stikkende smerter hø. side af thorax i går aftes under lektielæsning, siden let åndenød ved trappegang. Ingen feber, ingen hoste. Intet traume.

Obj.: Upåvirket, taler i hele sætninger. BT 128/76, P 96, RF 20, SAT 95 % atm., T 36,8.
St.p.: svækket resp.lyd hø. apikalt, hypersonor perkussionslyd hø. Trachea midtstillet, ingen halsvenestase.
Rtg. thorax: hø.-sidig pneumothorax, ca. 3 cm ved lungespidsen, ingen mediastinal forskydning, ingen tegn på trykpneumothorax. Ve. lunge normal.

Vurd.: Primær spontan pneumothorax hø., første episode, symptomatisk.

Beh./forløb: Pigtail-dræn 12 Fr anlagt 2. ICR midtclavikulært i lokalbedøvelse, på sug -10 cm H2O. Rtg. kontrol: lungen udfoldet. Dræn afklemt næste morgen, kontrol-rtg. efter 4 t uden recidiv, dræn seponeret. Smertestillende paracetemol + ibuprofen.

Konkl.: Spontan pneumothorax hø., beh. med pigtail. Colitis ulcerosa i remission.

Plan: Udskrives. Rtg. thorax om 2 uger i lungeamb. Ingen flyrejser eller dykning før afklaret i lungeamb. Rygestop anbefalet (øger recidivrisiko). Genhenvendelse ved ny åndenød eller brystsmerter.
"""
        ],
        "medications": [
            ("A07EC02", "mesalazin (Pentasa)", "2 g x 1"),
            ("N02BE01", "paracetamol", "1 g x 4"),
            ("M01AE01", "ibuprofen", "400 mg x 3"),
        ],
        "labs": [],
        "codes": [("DJ931", "A"), ("DK515", "B")],
        "evidence": [
            ("DJ931", "hø.-sidig pneumothorax"),
            ("DJ931", "Primær spontan pneumothorax hø."),
            ("DJ931", "Spontan pneumothorax hø."),
            ("DK515", "venstresidig colitis ulcerosa"),
            ("DK515", "Colitis ulcerosa i remission"),
        ],
        "distractors": [
            ("DS420", "Tidl. kravebensfraktur 2015", "history"),
            ("DJ449", "Mor med KOL", "family"),
            ("DJ930", "ingen tegn på trykpneumothorax", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW2-02",
        "department": "Akutafdeling",
        "specialty": "akutmedicin",
        "patient": {"age": 19, "sex": "F"},
        "admission": {"start": "2025-10-11", "end": "2025-10-11"},
        "notes": [
            """Akutmodtagelsen – notat/epikrise

19-årig kvinde, gymnasieelev. Kendt med cøliaki, glutenfri diæt, velreguleret. P-piller (kombinationspille, Marvelon). Ingen anden fast medicin. Mor og mormor har migræne.

Henv. af vagtlæge pga. synsforstyrrelse og prikken i hø. hånd, obs. apopleksi.
Pt. beskriver flimrende zigzag-linjer i synsfeltet mod ve. i ca. 25 min, derefter snurren i hø. hånd der bredte sig op ad armen og til læben over 10 min, varede ca. 20 min. Herefter tiltagende dunkende hovedpine ve. side med kvalme, lys- og lydfølsomhed. Lign. hovedpiner uden synsforstyrrelser et par gange om året siden 14-årsalderen, aldrig så voldsomt.

Obj.: Påvirket af smerter, ligger i mørkt rum. BT 118/72, P 78, T 36,9. Ingen nakkestivhed. Neurologisk: pupiller isokore, reagerer på lys, ingen facialisparese, ingen pareser, normal sensibilitet nu, normal koordination, tale normal.
CT cerebrum uden kontrast: normale forhold, ingen blødning.
Hovedpinen ikke tordenskraldslignende, debut efter aura, CT normal < 6 t → ikke LP. SAH afkræftet. Ingen feber, ingen tegn på meningitis.

Vurd.: Migræne med aura, første erkendte aura. Ikke TIA: positive visuelle fænomener, gradvis udbredning af føleforstyrrelsen og efterfølgende hovedpine – typisk forløb.

Beh.: Sumatriptan 6 mg s.c. + metoclopramid 10 mg i.v. God effekt efter 1 t, hovedpine 2/10.

Plan: Udskrives. Ved migræne med aura bør østrogenholdig p-pille seponeres pga. øget risiko for blodprop i hjernen – aftalt skift til gestagen-pille (Cerazette) via e.l. Sumatriptan tabl. 50 mg ved anfald. Hovedpinedagbog. Henv. til neurologisk amb. ved hyppige anfald.
"""
        ],
        "medications": [
            ("N02CC01", "sumatriptan", "50 mg ved anfald"),
            ("G03AC09", "desogestrel (Cerazette)", "75 mikrog x 1"),
        ],
        "labs": [],
        "codes": [("DG431", "A"), ("DK900", "B")],
        "evidence": [
            ("DG431", "Migræne med aura, første erkendte aura"),
            ("DG431", "migræne med aura", "Plan"),
            ("DK900", "cøliaki"),
        ],
        "distractors": [
            ("DG439", "Mor og mormor har migræne", "family"),
            ("DI649", "obs. apopleksi", "uncertain"),
            ("DI609", "SAH afkræftet", "negated"),
            ("DG039", "ingen tegn på meningitis", "negated"),
            ("DG459", "Ikke TIA", "negated"),
            ("DI639", "blodprop i hjernen", "uncertain"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW2-03",
        "department": "Kardiologisk afdeling",
        "specialty": "kardiologi",
        "patient": {"age": 71, "sex": "M"},
        "admission": {"start": "2025-03-03", "end": "2025-03-27"},
        "notes": [
            """Epikrise – Kardiologisk afdeling, sengeafsnit B2

Indlæggelsesperiode 03.03.2025–27.03.2025 (overflyttes til Thoraxkirurgisk afdeling mhp. operation).

Henvisningsårsag: Feber og almen svækkelse, obs. sepsis.

Anamnese:
71-årig mand, pensioneret skolelærer, gift, selvhjulpen. Aldrig ryger, alkohol ca. 7 genst./uge.
Kendt med:
- Type 2-diabetes siden 2011, tabletbeh. (metformin, Jardiance), HbA1c sidst 56.
- Hypertension, beh. m. amlodipin.
- Let aortastenose ved bikuspid aortaklap, fulgt ekkokardiografisk, sidst 2023 med maks. gradient 28 mmHg.
- Tidl. TIA 2019 (forbigående afasi), ingen følger.
- St.p. hø.-sidig ingvinalhernieplastik 2017.
Disp.: Bror død af tyktarmskræft, 64 år.

Aktuelt: 10 dages feber op til 39,5, kulderystelser og nattesved, tiltagende træthed og nedsat appetit. Egen læge startede Selexid for 6 dage siden på mistanke om UVI, uden effekt. Siden i går smerter i ve. side af maven under ribbenskurven. Depuration hos tandlæge for ca. 4 uger siden. Ingen i.v. stofbrug, ingen intravenøse katetre.

Objektivt ved indlæggelsen:
Medtaget, klam. Temp. 39,1, BT 112/58, P 104, RF 22, SAT 95 % atm.
St.c.: systolisk mislyd 3/6 over aorta med udstråling til halsen, ny diastolisk mislyd ved ve. sternalrand.
St.p.: VAM, ingen RKL.
Abd.: ømhed i ve. hypokondrie, ingen peritoneal reaktion.
Hud: splinterblødninger under 2 negle på ve. hånd, ingen Janeway-læsioner. Ingen fokal neurologi.
Urin-stix: blod 1+, leuk neg., nitrit neg.

Paraklinik:
CRP 212, leuk 16,4, Hb 6,9, trombocytter 138, krea 118 (habituel 95), eGFR 54, albumin 28.
Bloddyrkning 4/4 flasker: Staphylococcus aureus, methicillinfølsom.
TTE dag 1: bikuspid aortaklap med 11 mm mobil vegetation, moderat aortainsufficiens, uændret let stenose, LVEF 55 %.
TEE dag 2: vegetation 12 x 7 mm på klappens non-coronare cusp, ingen perivalvulær absces, ingen fistel.
CT thorax/abdomen dag 2: kileformet perfusionsdefekt i milten forenelig med embolisk miltinfarkt. Ingen absces. Ingen lungeembolier eller infiltrater.
MR columna dag 4 pga. lændesmerter: ingen tegn på spondylodiscitis.
MR cerebrum dag 4: ingen embolier, ingen mykotiske aneurismer.
Odontologisk tilsyn: intet fokus.

Forløb:
Dag 1: Bloddyrkninger x 3 taget før antibiotika. Startet empirisk cloxacillin 2 g x 6 i.v. samt gentamicin efter infektionsmedicinsk konference. Væske i.v.
Dag 2: S. aureus i alle flasker, gentamicin seponeret pga. stigende krea. Metformin og Jardiance pauseret, insulin efter glukoseskema.
Dag 3-5: Fortsat feber 38-38,5, CRP 180. Kontrol-bloddyrkninger positive dag 3, negative dag 5. Rifampicin drøftet, ikke indiceret ved native klap.
Dag 6-10: Afebril fra dag 6, CRP faldende til 64. Krea normaliseret til 96.
Dag 7, endokarditis-team: venstresidig native klap-endokarditis med stor vegetation (> 10 mm), embolisk fænomen (milt) og moderat aortainsufficiens → indikation for tidlig kirurgi. Pt. informeret og indforstået.
Dag 11-24: Fortsat i.v. cloxacillin via PICC-line (anlagt dag 9). Præoperativ KAG dag 14: ingen signifikante koronarstenoser. Kontrol-TTE dag 20: vegetation uændret 12 mm, fortsat moderat aortainsufficiens, ingen ny klapdestruktion. Metformin genoptaget; Jardiance holdes pauseret til efter operationen. BT 150/85 efter feberfrihed, amlodipin genoptaget. Mobiliseret frit på afsnittet, god appetit, vægt stabil. Ingen nye embolier klinisk. CRP 18 ved overflytning, leuk 7,9, Hb 7,3, krea 92.

Konklusion:
1. Infektiøs endokarditis på bikuspid aortaklap forårsaget af Staphylococcus aureus (MSSA).
2. Embolisk miltinfarkt.
3. Type 2-diabetes.
4. Hypertension.
Ingen tegn på spondylodiscitis, cerebrale embolier eller perivalvulær absces.

Medicin ved overflytning: Cloxacillin 2 g x 6 i.v. Metformin 1 g x 2. Amlodipin 5 mg x 1. Pantoprazol 40 mg x 1. Paracetamol 1 g x 3 p.n. Jardiance pauseret.

Plan:
Overflyttes til Thoraxkirurgisk afdeling 27.03 mhp. aortaklapsubstitution.
Cloxacillin i.v. fortsætter i alt 6 uger regnet fra første negative bloddyrkning (dag 5).
Ugentlig CRP, leukocytter og krea.
TTE postoperativt.
Endokarditisprofylakse og tandhygiejne gennemgået med pt.
Egen læge: genoptag Jardiance efter udskrivelse fra Thoraxkirurgisk afdeling.
"""
        ],
        "medications": [
            ("J01CF02", "cloxacillin", "2 g x 6 i.v."),
            ("A10BA02", "metformin", "1 g x 2"),
            ("A10BK03", "empagliflozin (Jardiance)", "pauseret"),
            ("C08CA01", "amlodipin", "5 mg x 1"),
        ],
        "labs": [
            ("NPU19748", "C-reaktivt protein [CRP];P", 212, "mg/L", None, 8),
            ("NPU02319", "Hæmoglobin;B", 6.9, "mmol/L", 8.3, 10.5),
            ("NPU18016", "Kreatinin;P", 118, "µmol/L", 60, 105),
        ],
        "codes": [
            ("DI330", "A"),
            ("DB956", "B"),
            ("DD735", "B"),
            ("DQ231A", "B"),
            ("DE119", "B"),
            ("DI109", "B"),
        ],
        "evidence": [
            ("DI330", "venstresidig native klap-endokarditis"),
            ("DI330", "Infektiøs endokarditis på bikuspid aortaklap"),
            ("DB956", "Staphylococcus aureus, methicillinfølsom"),
            ("DB956", "Staphylococcus aureus (MSSA)"),
            ("DD735", "embolisk miltinfarkt"),
            ("DD735", "Embolisk miltinfarkt"),
            ("DQ231A", "bikuspid aortaklap"),
            ("DQ231A", "bikuspid aortaklap", "Konklusion"),
            ("DE119", "Type 2-diabetes siden 2011"),
            ("DE119", "Type 2-diabetes.", "Konklusion"),
            ("DI109", "Hypertension, beh. m. amlodipin"),
            ("DI109", "Hypertension.", "Konklusion"),
        ],
        "distractors": [
            ("DG459", "Tidl. TIA 2019", "history"),
            ("DK409", "St.p. hø.-sidig ingvinalhernieplastik 2017", "history"),
            ("DC189", "Bror død af tyktarmskræft", "family"),
            ("DN390", "mistanke om UVI", "uncertain"),
            ("DM464", "ingen tegn på spondylodiscitis", "negated"),
            ("DM464", "Ingen tegn på spondylodiscitis", "negated", "Konklusion"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW2-04",
        "department": "Kardiologisk afdeling",
        "specialty": "kardiologi",
        "patient": {"age": 58, "sex": "M"},
        "admission": {"start": "2025-06-14", "end": "2025-06-18"},
        "notes": [
            """Epikrise

58-årig mand, lastbilchauffør. Dagligryger 20/dag siden 16-årsalderen, nikotinafhængig, flere mislykkede stopforsøg. Kendt forhøjet kolesterol, ikke i beh. (ønskede ikke statin). Ingen diabetes. Far død af AMI som 55-årig.

Indlagt via præhospital EKG-diagnostik (1-1-2 kl. 06.12): 1 times knugende brystsmerter, svimmelhed, nærsynkope.
Præhospitalt EKG: ST-elevation II, III, aVF med reciprokke ST-depressioner i I og aVL. Totalt AV-blok med junktionel erstatningsrytme 38/min.
Direkte til PCI-center. Givet ASA, heparin, atropin 0,5 mg x 2 uden effekt.

KAG: akut okklusion af proks. RCA, primær PCI med 2 DES, TIMI 3-flow. LAD og CX uden betydende stenoser. Midlertidig pacemaker via v. femoralis under proceduren.
Trop T peak 4.820. Total-kol. 7,4, LDL 5,2. HbA1c 38.

Forløb: Efter reperfusion vendte AV-overledningen tilbage efter 14 t; temp. pacemaker fjernet dag 2, herefter SR 68 med normal PQ. Ingen genopståede blokeringer på 72 t telemetri, ingen indikation for permanent pacemaker.
Ekko dag 2: LVEF 50 %, inferobasal akinesi, ingen mitralinsufficiens, intet perikardieekssudat.
Dag 3 let respirationsafhængig brystsmerte, ingen gnidningslyd, EKG uden nye forandringer – obs. pro perikarditis afkræftet.
Intet højresidigt ventrikelinfarkt (V4R uden ST-elevation).

Diagnoser:
- Inferior STEMI, primær PCI til RCA
- AV-blok III, forbigående, temp. pacing
- Hyperkolesterolæmi
- Nikotinafhængighed

Plan: DAPT i 12 mdr., atorvastatin 80 mg, metoprolol lavdosis (startet dag 3, PQ kontrolleret normal). Ramipril opstartes ved e.l. Rygestop: nikotinplaster startet, henvist til rygestopkursus. Hjerterehabilitering. Må ikke køre erhvervsmæssigt i 4 uger jf. retningslinjer.
"""
        ],
        "medications": [
            ("B01AC06", "acetylsalicylsyre", "75 mg x 1"),
            ("B01AC24", "ticagrelor", "90 mg x 2"),
            ("C10AA05", "atorvastatin", "80 mg x 1"),
            ("C07AB02", "metoprolol", "25 mg x 1"),
            ("N07BA01", "nikotin depotplaster", "21 mg/24 t"),
        ],
        "labs": [(None, "Troponin T;P", 4820, "ng/L", None, 14)],
        "codes": [("DI213B", "A"), ("DI442", "B"), ("DE780", "B"), ("DF172", "B")],
        "evidence": [
            ("DI213B", "ST-elevation II, III, aVF"),
            ("DI213B", "Inferior STEMI"),
            ("DI442", "Totalt AV-blok"),
            ("DI442", "AV-blok III, forbigående"),
            ("DE780", "Kendt forhøjet kolesterol"),
            ("DE780", "Hyperkolesterolæmi"),
            ("DF172", "nikotinafhængig"),
            ("DF172", "Nikotinafhængighed"),
        ],
        "distractors": [
            ("DE119", "Ingen diabetes", "negated"),
            ("DI219", "Far død af AMI som 55-årig", "family"),
            ("DI340", "ingen mitralinsufficiens", "negated"),
            ("DI309", "obs. pro perikarditis afkræftet", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW2-05",
        "department": "Lungemedicinsk afdeling",
        "specialty": "lungemedicin",
        "patient": {"age": 85, "sex": "M"},
        "admission": {"start": "2025-01-12", "end": "2025-01-22"},
        "notes": [
            """Epikrise – Lungemedicinsk afdeling

Indlagt 12.01.2025, udskrevet 22.01.2025.

Indlæggelsesdiagnose: Sepsis, formentlig pulmonalt fokus.

Baggrund:
85-årig mand, enkemand, bor i eget hus, hjemmehjælp 1 x ugl. til rengøring, går med stok. Tidl. ryger, 50 pakkeår, stoppet 2010.
Kendt med:
- KOL, FEV1 48 % af forventet (2024), inhalationsbeh. med Spiolto, 1 eksacerbation sidste år.
- Kronisk AFLI, AK-beh. med Eliquis 2,5 mg x 2, frekvensreguleret med bisoprolol.
- Prostatacancer, St.p. radikal prostatektomi 2012, PSA umåleligt siden.
- Nedsat hørelse, høreapparater bilat.
Ingen kendt kognitiv svækkelse, kører selv bil, styrer selv sin medicin.

Aktuelt: Datteren fandt ham i går forvirret og rystende, han havde ikke spist i 2 dage. 3-4 dages hoste med gult ekspektorat, feber og tiltagende åndenød. Har været faldet i hjemmet, intet hovedtraume.

Objektivt ved ankomst (FAM):
Akut påvirket, desorienteret i tid og sted, fluktuerende opmærksomhed, CAM positiv.
Temp. 39,4, BT 88/52 (MAP 64), puls 124 uregelmæssig, RF 28, SAT 86 % atm., 93 % på 2 l ilt.
St.p.: krepitation og bronkial respiration hø. basalt, forlænget eksspirium, spredte pibelyde.
St.c.: arytmisk, ingen mislyde.
Ekstremiteter: ingen ødemer.
Neurologisk: ingen fokale udfald, ingen nakkestivhed.

Paraklinik:
CRP 286, leuk 19,2 (neutrofili), laktat 3,8, krea 142 (habituel 98), Na 133, K 4,1, Hb 8,0, trombocytter 221, procalcitonin 12.
A-gas (2 l O2): pH 7,44, pCO2 4,9, pO2 8,1.
Urin-stix negativ, urindyrkning negativ.
Bloddyrkning x 2: ingen vækst. Pneumokok- og legionellaantigen i urin negativt. Ekspektorat: normal flora.
Rtg. thorax: konsolidering i hele hø. underlap med luftbronkogram, lille pleuraeffusion hø.
EKG: AFLI, VR 120, ingen iskæmi.

Vurdering ved indlæggelse: Sepsis (qSOFA 3, laktat > 2, hypotension) med lobær pneumoni i hø. underlap som fokus. Delirium udløst af infektion. KOL med pneumoni, ikke egentlig eksacerbation. Obs. pro aspirationspneumoni pga. fald og manglende fødeindtag.

Forløb:
Dag 1: 2 l NaCl i.v. med stigning i BT til 112/64, laktat 1,9 efter 6 t. Startet piperacillin/tazobactam i.v. efter sepsisinstruks. Ilt på næsekateter, mål-SAT 88-92 %. Eliquis fortsat, bisoprolol pauseret pga. hypotension. Delirforebyggende tiltag: fast personale, høreapparater på, briller, døgnrytme, mobilisering. Haloperidol 0,5 mg x 1 givet om natten pga. uro.
Dag 2: Fortsat febril 38,6, men hæmodynamisk stabil. Normal synkefunktion ved ergoterapeutisk screening – aspiration anses ikke for sandsynlig. Nedtrappet til benzylpenicillin i.v.
Dag 3: Afebril. CRP 198. Fortsat fluktuerende bevidsthed om aftenen. VR 100-110, bisoprolol genoptaget i halv dosis.
Dag 4: Let hævelse af ve. ankel, klinisk ingen tegn på DVT. Ingen LE-mistanke, SAT 94 % på 1 l.
Dag 5: Ilt seponeret, SAT 92 % atm. CRP 96. Krea normaliseret (101). Lungebetændelsen i klar bedring, skift til peroral amoxicillin.
Dag 6-7: Delir i bedring, orienteret, CAM negativ dag 7. MMSE 26/30; ingen mistanke om demens, men anbefalet kognitiv kontrol efter 3 mdr.
Dag 8: Fysioterapi: går med rollator på gangen, trappetræning.
Dag 9-10: Stabil, spiser og drikker.

Konklusion:
- Sepsis med lobær pneumoni hø. underlap, uden påvist agens.
- Delirium, infektionsudløst.
- KOL, GOLD D.
- Kronisk atrieflimren, AK-behandlet.
Aspirationspneumoni afkræftet. Ingen tegn på urinvejsinfektion.

Medicin ved udskrivelse: Amoxicillin 750 mg x 3 til og med 25.01. Eliquis 2,5 mg x 2 (uændret). Bisoprolol 2,5 mg x 1 (halveret). Spiolto 2 pust x 1. Ventoline p.n.

Plan:
- Kommunal sygepleje 2 x ugl. i 2 uger.
- Rtg. thorax om 6 uger via e.l. mhp. opklaring og udelukkelse af lungetumor (tidl. ryger).
- E.l.: vurdere bisoprololdosis, kognitiv kontrol om 3 mdr.
- Pneumokokvaccination og årlig influenzavaccination anbefalet.
"""
        ],
        "medications": [
            ("J01CA04", "amoxicillin", "750 mg x 3"),
            ("B01AF02", "apixaban (Eliquis)", "2,5 mg x 2"),
            ("C07AB07", "bisoprolol", "2,5 mg x 1"),
            ("R03AL06", "olodaterol/tiotropium (Spiolto)", "2 pust x 1"),
            ("R03AC02", "salbutamol (Ventoline)", "p.n."),
        ],
        "labs": [
            ("NPU19748", "C-reaktivt protein [CRP];P", 286, "mg/L", None, 8),
            ("NPU02593", "Leukocytter;B", 19.2, "10^9/L", 3.5, 8.8),
            (None, "Laktat;P(vB)", 3.8, "mmol/L", 0.5, 2.5),
            ("NPU18016", "Kreatinin;P", 142, "µmol/L", 60, 105),
        ],
        "codes": [("DA419", "A"), ("DJ181", "B"), ("DF050", "B"), ("DJ440", "B"), ("DI482", "B")],
        "evidence": [
            ("DA419", "Sepsis", "Vurdering ved indlæggelse"),
            ("DA419", "Sepsis", "Konklusion"),
            ("DJ181", "konsolidering i hele hø. underlap"),
            ("DJ181", "lobær pneumoni i hø. underlap"),
            ("DJ181", "Lungebetændelsen"),
            ("DJ181", "lobær pneumoni hø. underlap", "Konklusion"),
            ("DF050", "Delirium udløst af infektion"),
            ("DF050", "Delirium, infektionsudløst"),
            ("DJ440", "KOL, FEV1 48 % af forventet"),
            ("DJ440", "KOL med pneumoni"),
            ("DJ440", "KOL, GOLD D"),
            ("DI482", "Kronisk AFLI"),
            ("DI482", "Kronisk atrieflimren, AK-behandlet"),
        ],
        "distractors": [
            ("DC619", "Prostatacancer, St.p. radikal prostatektomi 2012", "history"),
            ("DJ690", "Obs. pro aspirationspneumoni", "uncertain"),
            ("DI802", "ingen tegn på DVT", "negated"),
            ("DI269", "Ingen LE-mistanke", "negated"),
            ("DF039", "ingen mistanke om demens", "negated"),
            ("DJ690", "Aspirationspneumoni afkræftet", "negated"),
            ("DN390", "Ingen tegn på urinvejsinfektion", "negated"),
            ("DC349", "udelukkelse af lungetumor", "planned"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW2-06",
        "department": "Medicinsk gastroenterologisk afdeling",
        "specialty": "gastroenterologi",
        "patient": {"age": 52, "sex": "M"},
        "admission": {"start": "2025-02-20", "end": "2025-02-28"},
        "notes": [
            """Epikrise, Medicinsk Gastroenterologisk afd.

52-årig mand, førtidspensionist, bor alene. Alkoholoverforbrug > 20 år, aktuelt ca. 1 fl. vodka dgl., morgendrink, abstinenser ved ophør, flere mislykkede forsøg på at stoppe – opfylder kriterierne for alkoholafhængighed. Ryger 20 cig./dag.
Kendt med alkoholisk levercirrose (Child-Pugh B), diagnosticeret 2023, én tidl. ascitespunktur. Varicescreening 2023: små øsofagusvaricer uden blødning, startet propranolol (tages uregelmæssigt).
Far død af skrumpelever, 60 år.

Indl.årsag: Tiltagende abdominalomfang over 2 uger, diffuse mavesmerter, feber 38,2 og sløvhed.

Obj.: Ikterisk. Spider naevi, palmarerytem. BT 104/62, P 98, T 38,2. Abdomen: udspilet, flankedæmpning, diffus ømhed uden défense. Orienteret, ingen flapping tremor – ingen tegn på hepatisk encefalopati. Finmasket rysten på hænderne, svedende.

BS: Bilirubin 68, INR 1,7, albumin 24, ALAT 54, basisk fosfatase 160, Na 127, K 3,6, krea 88, CRP 94, leuk 11,2, trombocytter 74, Hb 7,4, MCV 104. Alkohol i blodet 0,8 promille.
Diagnostisk ascitespunktur: neutrofile 780/µl, albumin 6 g/l (SAAG 18), dyrkning: E. coli.
UL abdomen: cirrotisk lever, splenomegali 15 cm, stor mængde ascites, flow i portalvenen, ingen fokale leverforandringer.
CT abd. dag 3 (supplerende): ingen tumor i leveren, HCC afkræftet.

Forløb:
Dag 1: Spontan bakteriel peritonitis (SBP) påvist ved ascitespunktur. Startet ceftriaxon 2 g x 1 i.v. og albumin 1,5 g/kg. Propranolol pauseret pga. lavt BT og SBP. Thiamin i.v. Klordiazepoxid efter CIWA-skema.
Dag 2: Tiltagende abstinenssymptomer (tremor, sved, uro, takykardi 118), CIWA 18, ingen kramper, ingen hallucinationer, ikke delirøs. Øget klordiazepoxid med god effekt.
Dag 3: Albumin 1 g/kg. Afebril. Krea 112 – obs. pro hepatorenalt syndrom, men krea faldt til 90 dag 5 efter albumin, således ikke HRS.
Dag 4: Terapeutisk paracentese 6 l + albumin. Na 129. Væskerestriktion 1,5 l.
Dag 5: Kontrol-ascitespunktur: neutrofile 160/µl, dyrkning negativ. Abstinenser aftaget, CIWA < 8, klordiazepoxid nedtrappet.
Dag 6: Gastroskopi: øsofagusvaricer grad 1 uden stigmata for blødning, ingen ulcus. Propranolol genoptaget 20 mg x 2.
Dag 7: Ceftriaxon afsluttet, overgang til profylaktisk ciprofloxacin. Spironolacton 100 mg og furosemid 40 mg startet. Na 131.
Dag 8: Samtale med alkoholbehandler, pt. ønsker Antabus-behandling i alkoholambulatoriet.

Konklusion:
- Spontan bakteriel peritonitis (E. coli) ved dekompenseret alkoholisk levercirrose med ascites.
- Alkoholafhængighed med abstinenstilstand uden kramper.
- Øsofagusvaricer grad 1 uden blødning.
- Hyponatriæmi (fortyndings-).
Ingen hepatisk encefalopati, HCC afkræftet.

Medicin ved udskrivelse: Ciprofloxacin 500 mg x 1. Spironolacton 100 mg x 1. Furosemid 40 mg x 1. Propranolol 20 mg x 2. Thiamin 300 mg x 1. B-vitamin stærk 1 tbl. x 2. Klordiazepoxid seponeret ved udskrivelsen.

Plan:
- Ciprofloxacin 500 mg x 1 som sekundær SBP-profylakse, livslangt.
- Spironolacton 100 mg, furosemid 40 mg; dgl. vægt, kontrol af Na, K, krea om 1 uge.
- Propranolol 20 mg x 2.
- Alkoholambulatoriet inden for 1 uge. Thiamin 300 mg dgl.
- Kontrol i leverambulatoriet om 4 uger; transplantationsvurdering ved varig afholdenhed.
"""
        ],
        "medications": [
            ("J01MA02", "ciprofloxacin", "500 mg x 1"),
            ("C03DA01", "spironolacton", "100 mg x 1"),
            ("C03CA01", "furosemid", "40 mg x 1"),
            ("C07AA05", "propranolol", "20 mg x 2"),
            ("A11DA01", "thiamin", "300 mg x 1"),
            ("N05BA02", "klordiazepoxid", "efter CIWA"),
        ],
        "labs": [
            ("NPU03429", "Natrium;P", 127, "mmol/L", 137, 145),
            (None, "Bilirubiner;P", 68, "µmol/L", 5, 25),
            (None, "Koagulationsfaktor II+VII+X [INR];P", 1.7, None, None, 1.2),
        ],
        "codes": [
            ("DK658I", "A"),
            ("DB962", "B"),
            ("DK703", "B"),
            ("DF102", "B"),
            ("DF1030", "B"),
            ("DI859", "B"),
            ("DE871A", "B"),
        ],
        "evidence": [
            ("DK658I", "Spontan bakteriel peritonitis (SBP)"),
            ("DK658I", "Spontan bakteriel peritonitis (E. coli)"),
            ("DB962", "dyrkning: E. coli"),
            ("DB962", "(E. coli)"),
            ("DK703", "alkoholisk levercirrose (Child-Pugh B)"),
            ("DK703", "dekompenseret alkoholisk levercirrose med ascites"),
            ("DF102", "opfylder kriterierne for alkoholafhængighed"),
            ("DF102", "Alkoholafhængighed"),
            ("DF1030", "Tiltagende abstinenssymptomer"),
            ("DF1030", "abstinenstilstand uden kramper"),
            ("DI859", "små øsofagusvaricer uden blødning"),
            ("DI859", "øsofagusvaricer grad 1 uden stigmata for blødning"),
            ("DI859", "Øsofagusvaricer grad 1 uden blødning"),
            ("DE871A", "Hyponatriæmi (fortyndings-)"),
        ],
        "distractors": [
            ("DK746", "Far død af skrumpelever", "family"),
            ("DK729", "ingen tegn på hepatisk encefalopati", "negated"),
            ("DC220", "HCC afkræftet", "negated"),
            ("DF1040", "ikke delirøs", "negated"),
            ("DK767", "obs. pro hepatorenalt syndrom", "uncertain"),
            ("DK259", "ingen ulcus", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW2-07",
        "department": "Medicinsk gastroenterologisk afdeling",
        "specialty": "gastroenterologi",
        "patient": {"age": 79, "sex": "F"},
        "admission": {"start": "2025-04-07", "end": "2025-04-11"},
        "notes": [
            """Epikrise – Med. gastroenterologisk afsnit

Kvinde 79 år, gift, selvhjulpen.
Kendt med atrieflimren i AK-beh. (Eliquis), hypertension og divertikulose i sigmoideum (koloskopi 2019, hvor der blev fjernet 2 tubulære adenomer).

Indl. efter 3 episoder med frisk rødt blod og koagler per rectum i løbet af natten, svimmel ved opstigning. Ingen mavesmerter, ingen opkast, ingen sort afføring.

Obj.: Bleg. BT 102/60 liggende, 84/50 stående, P 110 uregelm. Abd. blød, uøm. PR: frisk blod på handsken, ingen palpabel tumor.
Hb 5,4 (habituel 8,0), MCV 90, trombocytter 245, INR 1,1, krea 98, karbamid 6,2.

Forløb: Eliquis pauseret. Transfunderet 3 portioner SAG. Akut gastroskopi pga. hæmodynamisk påvirkning: normal øsofagus, ventrikel og duodenum, ingen ulcus, ingen blødningskilde.
CT-angiografi: ingen aktiv ekstravasation på undersøgelsestidspunktet.
Koloskopi dag 2 efter udrensning: talrige divertikler i sigmoideum og descendens, koagel i et divertikel i sigmoideum – sandsynlig blødningskilde, ingen aktiv blødning, clips lagt profylaktisk. Ingen polypper, ingen tegn på malignitet, ingen colitis.
Herefter ingen ny blødning, Hb stabil 6,6-6,8. Eliquis genoptaget dag 4 efter drøftelse af risiko (CHA2DS2-VASc 5).
Metoprolol givet for frekvens, losartan pauseret under indl. pga. lavt BT.

Konklusion: Nedre GI-blødning fra divertikel i sigmoideum (divertikelblødnig). Akut blødningsanæmi, transfunderet. Atrieflimren. Hypertension.

Plan: Jerntilskud 3 mdr. Hb hos e.l. om 1 uge. Losartan genoptages ved BT > 130 systolisk. Ved ny blødning: direkte kontakt til akutmodtagelsen.
"""
        ],
        "medications": [
            ("B01AF02", "apixaban (Eliquis)", "5 mg x 2"),
            ("C07AB02", "metoprolol", "50 mg x 1"),
            ("C09CA01", "losartan", "pauseret"),
            ("B03AA07", "ferrosulfat", "100 mg x 1"),
        ],
        "labs": [("NPU02319", "Hæmoglobin;B", 5.4, "mmol/L", 7.3, 9.5)],
        "codes": [("DK573C", "A"), ("DD629", "B"), ("DI489B", "B"), ("DI109", "B")],
        "evidence": [
            ("DK573C", "divertikulose i sigmoideum"),
            ("DK573C", "talrige divertikler i sigmoideum og descendens"),
            ("DK573C", "Nedre GI-blødning fra divertikel i sigmoideum (divertikelblødnig)"),
            ("DD629", "Akut blødningsanæmi, transfunderet"),
            ("DI489B", "atrieflimren i AK-beh. (Eliquis)"),
            ("DI489B", "Atrieflimren.", "Konklusion"),
            ("DI109", "hypertension"),
            ("DI109", "Hypertension.", "Konklusion"),
        ],
        "distractors": [
            ("DD126", "fjernet 2 tubulære adenomer", "history"),
            ("DK259", "ingen ulcus", "negated"),
            ("DC189", "ingen tegn på malignitet", "negated"),
            ("DK529", "ingen colitis", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW2-08",
        "department": "Endokrinologisk afdeling",
        "specialty": "endokrinologi",
        "patient": {"age": 38, "sex": "F"},
        "admission": {"start": "2025-08-02", "end": "2025-08-06"},
        "notes": [
            """Epikrise – Endokrinologisk afdeling

38-årig kvinde, sygeplejerske, 2 børn. Kendt med Hashimotos thyroiditis siden 2018, Eltroxin 100 µg. Mor har type 1-diabetes.
Sidste halve år tiltagende træthed, vægttab 6 kg, svimmelhed ved opstigning, trang til salt og mørkere hud (tilskrevet solferie). Set af e.l. for 2 mdr. siden, tolket som stress.

Aktuelt: 2 døgns opkastninger og diarré (ægtefællen havde det samme), har ikke kunnet holde noget i sig, i dag kollaps i hjemmet.

Obj.: Medtaget, tørre slimhinder. Hyperpigmentering af håndfurer, albuer og gingiva. BT 78/44, P 118, T 37,6. Abdomen diffust øm, ingen peritoneal reaktion.
BS: Na 121, K 6,1, krea 168, karbamid 18, glukose 3,2, CRP 14, leuk 9,8. Kortisol (kl. 9) 38 nmol/l, ACTH 820 pmol/l. 21-hydroxylase-antistoffer positive. TSH 3,1.
Fæces: norovirus-PCR positiv.

Vurd.: Addisonkrise ved hidtil uerkendt primær binyrebarkinsufficiens (autoimmun), udløst af norovirus-gastroenteritis.

Beh.: Hydrocortison 100 mg i.v. straks, derefter 50 mg x 4 i.v. første døgn, NaCl 3 l + glukose. Hurtig klinisk bedring, BT 118/70 efter 6 t. Na 132 og K 4,4 efter 24 t, krea normaliseret. Diarré ophørt dag 2. Overgang til hydrocortison p.o. 10-5-5 mg dag 3, fludrocortison 0,1 mg tillagt.
Ingen tegn på sepsis, bloddyrkning negativ. Hypofyseinsufficiens ikke aktuelt (højt ACTH).

Konklusion: Addisonkrise, nydiagnosticeret autoimmun Addisons sygdom. Norovirus-gastroenteritis. Hashimotos thyroiditis (uændret beh.).

Plan: Undervist i stressdosering (dobbelt dosis ved feber, injektion ved opkastning), udleveret Solu-Cortef-akutsæt og steroidkort. Kontrol i endokrinologisk amb. om 4 uger: renin, elektrolytter, BT. Screening for anden autoimmun sygdom (B12, cøliaki) ved næste kontrol.
"""
        ],
        "medications": [
            ("H02AB09", "hydrocortison", "10-5-5 mg"),
            ("H02AA02", "fludrocortison", "0,1 mg x 1"),
            ("H03AA01", "levothyroxin (Eltroxin)", "100 mikrog x 1"),
        ],
        "labs": [
            ("NPU03429", "Natrium;P", 121, "mmol/L", 137, 145),
            ("NPU03230", "Kalium;P", 6.1, "mmol/L", 3.5, 4.6),
            (None, "Kortisol;P", 38, "nmol/L", 200, 600),
        ],
        "codes": [("DE272", "A"), ("DA081", "B"), ("DE063A", "B")],
        "evidence": [
            ("DE272", "Addisonkrise ved hidtil uerkendt primær binyrebarkinsufficiens"),
            ("DE272", "Addisonkrise, nydiagnosticeret autoimmun Addisons sygdom"),
            ("DA081", "norovirus-PCR positiv"),
            ("DA081", "norovirus-gastroenteritis"),
            ("DA081", "Norovirus-gastroenteritis"),
            ("DE063A", "Hashimotos thyroiditis siden 2018"),
            ("DE063A", "Hashimotos thyroiditis (uændret beh.)"),
        ],
        "distractors": [
            ("DE109", "Mor har type 1-diabetes", "family"),
            ("DA419", "Ingen tegn på sepsis", "negated"),
            ("DE230", "Hypofyseinsufficiens ikke aktuelt", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW2-09",
        "department": "Nefrologisk afdeling",
        "specialty": "nefrologi",
        "patient": {"age": 63, "sex": "M"},
        "admission": {"start": "2025-05-19", "end": "2025-05-30"},
        "notes": [
            """Epikrise, Nefrologisk afdeling

63-årig mand, selvstændig VVS-installatør. Kendt med HT (amlodipin). Ikke-ryger. Tidl. nyresten 2010, spontan afgang.

Henvist fra ØNH-afd. og e.l.: 3 mdr. med tilstoppet næse, blodigt snot og skorper, træthed, ledsmerter, vægttab 5 kg. Seneste 2 uger hoste med lidt blodigt opspyt. BS hos e.l.: krea 312 (3 mdr. før 84).

Obj.: BT 168/96, P 84, T 37,8, SAT 96 %. Let sadelnæse, krustøs næseslimhinde. St.p.: enkelte krepitationer ve. basalt. Ingen ødemer, intet udslæt.
BS: Krea 356, karbamid 24, K 6,3, bikarbonat 18, Hb 6,2, CRP 88, SR 94. PR3-ANCA 210 U/ml (stærkt positiv), MPO-ANCA neg., anti-GBM neg., komplement normalt.
U-stix: blod 3+, protein 2+; mikroskopi: erytrocytcylindre. U-albumin/krea 240 mg/mmol.
CT thorax: 3 noduli i ve. lunge, største 2,4 cm, én med kavitation. Bronkoskopi: ingen aktiv blødning; BAL: ingen syrefaste stave, TB-PCR og dyrkning negative – TB afkræftet.
Nyrebiopsi dag 3: fokal nekrotiserende, crescentisk, pauci-immun glomerulonefritis.

Vurd.: Granulomatose med polyangiitis (GPA, Wegeners granulomatose), PR3-ANCA-positiv, med nyre- (RPGN), lunge- og ØNH-affektion. Akut nyreskade på baggrund af GN. Hyperkaliæmi.

Forløb: K 6,3 behandlet med insulin-glukose og Lokelma, 4,6 dag 2. Ikke dialysekrævende.
Methylprednisolon 500 mg i.v. x 3, herefter prednisolon 1 mg/kg. Rituximab 1 g dag 4, anden dosis om 2 uger. Pneumocystis-profylakse med Bactrim (sulfamethoxazol/trimethoprim), som samtidig dækker S. aureus-kolonisation i næsen. Krea faldende til 248 ved udskrivelse.
BT behandlet med amlodipin op til 10 mg.
Ingen tegn på Goodpasture (anti-GBM neg.).

Diagnoser:
Granulomatose med polyangiitis (Wegener)
Akut nyreinsufficiens
Hyperkaliæmi
Hypertension

Plan: Rituximab dag 18 i nefrologisk dagafsnit. Prednisolon nedtrappes efter skema. Calcium + D-vitamin og alendronat som osteoporoseprofylakse under steroid. Pantoprazol. Ugentlige BS (krea, K, Hb, CRP). Kontrol hos nefrolog om 2 uger.
"""
        ],
        "medications": [
            ("H02AB06", "prednisolon", "70 mg x 1"),
            ("L01FA01", "rituximab", "1 g i.v."),
            ("J01EE01", "sulfamethoxazol/trimethoprim", "400/80 mg x 1"),
            ("C08CA01", "amlodipin", "10 mg x 1"),
            ("M05BA04", "alendronat", "70 mg x 1 ugl."),
        ],
        "labs": [
            ("NPU18016", "Kreatinin;P", 356, "µmol/L", 60, 105),
            ("NPU03230", "Kalium;P", 6.3, "mmol/L", 3.5, 4.6),
            (None, "Proteinase 3-antistof;P", 210, "U/mL", None, 2),
        ],
        "codes": [("DM313", "A"), ("DN179", "B"), ("DE875", "B"), ("DI109", "B")],
        "evidence": [
            ("DM313", "Granulomatose med polyangiitis (GPA, Wegeners granulomatose)"),
            ("DM313", "Granulomatose med polyangiitis (Wegener)"),
            ("DN179", "Akut nyreskade på baggrund af GN"),
            ("DN179", "Akut nyreinsufficiens"),
            ("DE875", "Hyperkaliæmi", "Vurd."),
            ("DE875", "Hyperkaliæmi", "Diagnoser"),
            ("DI109", "HT (amlodipin)"),
            ("DI109", "Hypertension", "Diagnoser"),
        ],
        "distractors": [
            ("DN200", "Tidl. nyresten 2010", "history"),
            ("DA169", "TB afkræftet", "negated"),
            ("DM310A", "Ingen tegn på Goodpasture", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW2-10",
        "department": "Neurologisk afdeling",
        "specialty": "neurologi",
        "patient": {"age": 34, "sex": "F"},
        "admission": {"start": "2025-11-03", "end": "2025-11-05"},
        "notes": [
            """Epikrise

34-årig kvinde, lærer. Attakvis MS diagnosticeret 2021 (føleforstyrrelser, MR-læsioner, oligoklonale bånd), i beh. med dimethylfumarat (Tecfidera), sidste attak 2022.
Tidl. borreliainfektion 2018 (erythema migrans), beh. m. penicillin.

Aktuelt: 5 dage med sløret syn på hø. øje, smerter ved øjenbevægelser, farverne "udvaskede".
Obj.: Visus hø. 0,3, ve. 1,0. Hø. RAPD. Nedsat farvesyn hø. Fundoskopi: normal papil hø. I øvrigt normal neurologisk us., ingen pareser, normal gang.
MR cerebrum + orbita: kontrastopladning i hø. n. opticus, 2 nye T2-læsioner periventrikulært, ingen opladende læsioner i hjernen i øvrigt.
BS normale, CRP < 1. AQP4- og MOG-antistoffer negative – NMO ikke sandsynligt. Urin-stix neg., ingen infektion som udløsende faktor.

Vurd.: MS-attak med hø.-sidig retrobulbær opticusneuritis.

Beh.: Methylprednisolon 1 g i.v. x 3 dage. Visus hø. bedret til 0,5 ved udskrivelse.
Drøftet eskalering af sygdomsmodificerende behandling pga. attak og nye MR-læsioner under Tecfidera; pt. ønsker betænkningstid.

Diagnoser: Dissemineret sklerose, attakvis, med aktuelt attak. Opticusneuritis hø.

Plan: Kontrol i MS-klinikken om 4 uger mhp. skift til højeffektiv behandling (JCV-status taget). Øjenkontrol om 6 uger.
"""
        ],
        "medications": [
            ("L04AX07", "dimethylfumarat (Tecfidera)", "240 mg x 2"),
            ("H02AB04", "methylprednisolon", "1 g i.v. x 1 i 3 dage"),
        ],
        "labs": [],
        "codes": [("DG359A", "A"), ("DH469A", "B")],
        "evidence": [
            ("DG359A", "Attakvis MS diagnosticeret 2021"),
            ("DG359A", "MS-attak"),
            ("DG359A", "Dissemineret sklerose, attakvis, med aktuelt attak"),
            ("DH469A", "retrobulbær opticusneuritis"),
            ("DH469A", "Opticusneuritis hø."),
        ],
        "distractors": [
            ("DA692", "Tidl. borreliainfektion 2018", "history"),
            ("DG360", "NMO ikke sandsynligt", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW2-11",
        "department": "Neurologisk afdeling",
        "specialty": "neurologi",
        "patient": {"age": 76, "sex": "M"},
        "admission": {"start": "2025-07-21", "end": "2025-07-23"},
        "notes": [
            """Epikrise – Apopleksiafsnit

76 år, mand. DM2 (metformin), HT (losartan). Tidl. ryger. Bror med hjerneblødning.

Indl. akut 1 t efter pludseligt talebesvær (fandt ikke ordene) og kraftnedsættelse i hø. arm, varighed ca. 40 min, spontant svundet ved ankomst. NIHSS 0.
CT + CTA: ingen blødning, ingen okklusion, ingen betydende carotisstenose (< 30 % bilat.).
MR cerebrum dag 1: ingen diffusionsrestriktion – apopleksi afkræftet.
Telemetri: flere episoder af AFLI op til 3 t, spontant konverterende – paroksystisk AFLI, ikke tidl. kendt.
Ekko: normal LVEF, let dilateret ve. atrium, ingen tromber.
BS: HbA1c 58, LDL 2,9, krea 90. BT 150/84.

Vurd./diagnoser:
TIA i ve. a. cerebri media-område, formentlig kardioembolisk.
Nyopdaget paroksystisk atrieflimmren.
Type 2-diabetes.
Hypertension.

Beh.: ABCD2 5. Startet Eliquis 5 mg x 2 (CHA2DS2-VASc 5), ingen ASA ved siden af. Atorvastatin 40 mg. Losartan øget. Metformin uændret.
Orienteret om kørselsforbud 1 md.

Plan: Neurologisk amb. om 3 mdr., BT-kontrol hos e.l.
"""
        ],
        "medications": [
            ("B01AF02", "apixaban (Eliquis)", "5 mg x 2"),
            ("C10AA05", "atorvastatin", "40 mg x 1"),
            ("C09CA01", "losartan", "100 mg x 1"),
            ("A10BA02", "metformin", "1 g x 2"),
        ],
        "labs": [],
        "codes": [("DG459", "A"), ("DI480", "B"), ("DE119", "B"), ("DI109", "B")],
        "evidence": [
            ("DG459", "TIA i ve. a. cerebri media-område"),
            ("DI480", "paroksystisk AFLI"),
            ("DI480", "Nyopdaget paroksystisk atrieflimmren"),
            ("DE119", "DM2 (metformin)"),
            ("DE119", "Type 2-diabetes."),
            ("DI109", "HT (losartan)"),
            ("DI109", "Hypertension."),
        ],
        "distractors": [
            ("DI619", "Bror med hjerneblødning", "family"),
            ("DI652", "ingen betydende carotisstenose", "negated"),
            ("DI639", "apopleksi afkræftet", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW2-12",
        "department": "Neurokirurgisk afdeling",
        "specialty": "neurokirurgi",
        "patient": {"age": 84, "sex": "M"},
        "admission": {"start": "2025-12-01", "end": "2025-12-05"},
        "notes": [
            (
                "epikrise",
                """Epikrise – Neurokirurgisk afdeling

84-årig mand, bor med hustru, selvhjulpen indtil for nylig.
Kendt med mekanisk aortaklap (indsat 2009 for aortastenose) i livslang AK-beh. med Marevan, INR-mål 2,5-3,5. Tidl. apopleksi 2015 uden restsymptomer. Prostatahypertrofi, tamsulosin.

Henv. fra Medicinsk afd., Holbæk: Faldt i badeværelset for ca. 5 uger siden og slog hovedet, ikke set af læge. Siden tiltagende hovedpine, de sidste 10 dage sløvhed, gangbesvær og kraftnedsættelse i ve. side; hustruen synes han er "blevet langsom".
Obj.: GCS 14 (V4), desorienteret i tid. Pronatordrift ve. arm, let ve.-sidig hemiparese 4/5. Pupiller ligestore.
CT cerebrum: hø.-sidigt kronisk subduralt hæmatom, 24 mm bredt, blandet densitet, midtlinjeforskydning 9 mm. Ingen kraniefraktur. Ingen nye infarkter.
INR 3,1.

Forløb: Marevan pauseret, INR reverseret med protrombinkomplekskoncentrat (Confidex) og K-vitamin, INR 1,2. Opereret samme aften (se operationsbeskrivelse): borehulsevakuering med subduralt dræn.
Postop.: GCS 15, pareserne i bedring, går med rollator dag 2. Dræn fjernet dag 2. Kontrol-CT dag 2: tilfredsstillende evakuering, lille rest, ingen ny blødning.
Brobehandling: Fragmin i terapeutisk dosis fra dag 3 efter aftale med kardiolog pga. den mekaniske klap, Marevan genoptaget dag 4, Fragmin seponeres når INR > 2,5.

Diagnoser: Kronisk subduralt hæmatom hø., traumatisk (fald 5 uger før). Mekanisk aortaklap. Langvarig AK-behandling.

Plan: Tilbage til Medicinsk afd., Holbæk, til videre mobilisering og INR-styring. Kontrol-CT om 6 uger. Ingen bilkørsel i 6 mdr. Faldforebyggelse i kommunen.
""",
            ),
            (
                "operationsbeskrivelse",
                """Operation: Borehulsevakuering af kronisk subduralt hæmatom hø. (2 borehuller), subduralt dræn.
Indikation: Symptomgivende kronisk subduralt hæmatom hø. med midtlinjeforskydning.
Anæstesi: Generel.
Procedure: Rygleje, hovedet drejet mod ve. Frontalt og parietalt borehul hø. Dura åbnet i kryds. Der tømmes motorolieagtig væske under tryk. Skylning med varmt saltvand til klart skyllevand. Subduralt dræn lagt frontalt. Lukning i lag. Ingen komplikationer.
Blodtab: minimalt.
Postop.: Flad sengeleje til dræn fjernes efter 48 t.
""",
            ),
        ],
        "medications": [
            ("B01AA03", "warfarin (Marevan)", "efter INR"),
            ("B01AB04", "dalteparin (Fragmin)", "15.000 IE x 1"),
            ("G04CA02", "tamsulosin", "0,4 mg x 1"),
        ],
        "labs": [(None, "Koagulationsfaktor II+VII+X [INR];P", 3.1, None, None, 1.2)],
        "codes": [("DS065C", "A"), ("DZ952", "B"), ("DZ921", "B")],
        "evidence": [
            ("DS065C", "kronisk subduralt hæmatom"),
            ("DS065C", "Kronisk subduralt hæmatom hø., traumatisk"),
            ("DS065C", "kronisk subduralt hæmatom hø.", "", 1),
            ("DS065C", "Symptomgivende kronisk subduralt hæmatom hø.", "", 1),
            ("DZ952", "mekanisk aortaklap"),
            ("DZ952", "Mekanisk aortaklap."),
            ("DZ921", "livslang AK-beh. med Marevan"),
            ("DZ921", "Langvarig AK-behandling"),
        ],
        "distractors": [
            ("DI350", "aortastenose", "history"),
            ("DI639", "Tidl. apopleksi 2015", "history"),
            ("DS020", "Ingen kraniefraktur", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW2-13",
        "department": "Ortopædkirurgisk afdeling",
        "specialty": "ortopædkirurgi",
        "patient": {"age": 67, "sex": "F"},
        "admission": {"start": "2025-01-28", "end": "2025-01-30"},
        "notes": [
            (
                "epikrise",
                """Epikrise – Ortopædkirurgisk afdeling

67-årig kvinde, pensioneret bankassistent, højrehåndet. Kendt med postmenopausal osteoporose (DXA 2023: T-score -2,8 i columna), i beh. m. alendronat. Ingen tidl. frakturer. Planlagt knæalloplastik ve. (gonartrose) i marts, udsættes nu. Søster med RA.

Faldt på glat fortov i går og tog fra med strakt ve. hånd. Smerter og fejlstilling af ve. håndled.
Obj.: Gaffelstilling af ve. håndled, hævelse. Distal sensibilitet og kapillærrespons normal, ingen medianussymptomer. Albue og skulder uømme.
Rtg. ve. håndled: dorsalt vinklet, intraartikulær fraktur af distale radius (Colles-type), dorsal vinkling 28°, radial forkortning 5 mm. Proc. styloideus ulnae intakt.
Reponeret i hæmatomblokade, dorsal gipsskinne. Kontrol-rtg.: utilfredsstillende stilling, redislokation.

Operation dag 2: åben reposition og intern fiksation med volar vinkelstabil plade (se operationsbeskrivelse).
Postop. ukompliceret, god fingerbevægelighed, normal sensibilitet.

Diagnoser: Colles' fraktur ve. distale radius. Postmenopausal osteoporose.

Plan: Elevation og fingerøvelser. Bandage, ingen gips. Trådfjernelse hos e.l. dag 12-14. Ergoterapeutisk genoptræning. Kontrol-rtg. i amb. om 6 uger. Fortsætter alendronat + calcium/D-vitamin; e.l. vurderer skift til zoledronsyre, da lavenergibruddet er sket under behandling.
""",
            ),
            (
                "operationsbeskrivelse",
                """Operation: Åben reposition og osteosyntese af ve. distal radiusfraktur med volar plade.
Indikation: Dislokeret, intraartikulær distal radiusfraktur ve. efter mislykket lukket reposition.
Anæstesi: Plexusblokade (aksillær).
Procedure: Blodtomhed. Volar adgang a.m. Henry. Pronator quadratus løftes. Frakturen reponeres, midlertidig K-tråd. Volar vinkelstabil plade med 2 rækker distale skruer. Gennemlysning: god stilling, ingen skruer intraartikulært. Pronator quadratus sutureres. Hud med intrakutan sutur.
Komplikationer: Ingen. N. medianus ikke blotlagt.
""",
            ),
        ],
        "medications": [
            ("M05BA04", "alendronat", "70 mg x 1 ugl."),
            ("A12AX", "calcium + D-vitamin", "1 tbl. x 2"),
            ("N02BE01", "paracetamol", "1 g x 4"),
        ],
        "labs": [],
        "codes": [("DS525B", "A"), ("DM810", "B")],
        "evidence": [
            ("DS525B", "intraartikulær fraktur af distale radius (Colles-type)"),
            ("DS525B", "Colles' fraktur ve. distale radius"),
            ("DS525B", "Dislokeret, intraartikulær distal radiusfraktur ve.", "", 1),
            ("DM810", "postmenopausal osteoporose"),
            ("DM810", "Postmenopausal osteoporose."),
        ],
        "distractors": [
            ("DM171", "Planlagt knæalloplastik ve. (gonartrose)", "planned"),
            ("DM069", "Søster med RA", "family"),
            ("DG561", "ingen medianussymptomer", "negated"),
            ("DS528B", "Proc. styloideus ulnae intakt", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW2-14",
        "department": "Kirurgisk afdeling",
        "specialty": "kirurgi",
        "patient": {"age": 9, "sex": "M"},
        "admission": {"start": "2025-03-16", "end": "2025-03-20"},
        "notes": [
            (
                "epikrise",
                """Epikrise – Kirurgisk afdeling, børneafsnit

9-årig dreng, kendt med allergisk astma (Flixotide, Ventoline p.n.), ellers rask. Lillesøster syg med roskildesyge i sidste uge.

Indl. med 2 døgns mavesmerter, startet omkring navlen og vandret til hø. fossa iliaca, appetitløs, opkast x 3. Feber 38,9 i nat.
Obj.: Påvirket, ligger stille. T 38,8, P 124. Abdomen: udtalt ømhed og défense i hø. fossa iliaca, slipømhed, Rovsings tegn positivt.
BS: CRP 164, leuk 18,9. U-stix neg., ingen UVI.
UL abdomen: ikke-komprimerbar appendix 11 mm med fækolit, periappendikulær væske, fri væske i hø. fossa iliaca. Ingen invagination.

Beh.: Akut laparoskopisk appendektomi samme aften (se operationsbeskrivelse): perforeret appendicitis med lokaliseret purulent peritonitis i hø. fossa iliaca.
Postop.: i.v. cefuroxim + metronidazol i 3 døgn, herefter amoxicillin/clavulansyre p.o. til i alt 5 døgn. Afebril og spiser dag 2. CRP 164 → 212 → 98. Histologi: akut gangrænøs appendicitis med perforation.
Astmaen velkontrolleret under indlæggelsen, intet behov for Ventoline.

Diagnose: Akut perforeret appendicitis med lokal peritonitis.

Plan: Hjem dag 4. Amoxicillin/clavulansyre til og med dag 5. Ingen idræt i 2 uger. Kontakt ved feber eller tiltagende smerter (obs. absces).
""",
            ),
            (
                "operationsbeskrivelse",
                """Operation: Laparoskopisk appendektomi.
Indikation: Klinisk og ultralydsverificeret akut appendicitis.
Fund: Gangrænøs appendix med perforation midt på, fækolit frit i bughulen, purulent ekssudat i hø. fossa iliaca og det lille bækken, lokaliseret peritonitis. Ingen absces. Tyndtarmen inspiceret 1 m, Meckels divertikel ikke til stede.
Procedure: 3 porte. Mesoappendix deles med LigaSure. Basis lukkes med 2 Endoloops. Fækolit fjernet. Skylning af hø. fossa iliaca og bækken til klart. Intet dræn.
""",
            ),
        ],
        "medications": [
            ("J01CR02", "amoxicillin/clavulansyre", "500/125 mg x 3"),
            ("R03BA05", "fluticason (Flixotide)", "125 mikrog x 2"),
            ("R03AC02", "salbutamol (Ventoline)", "p.n."),
        ],
        "labs": [
            ("NPU19748", "C-reaktivt protein [CRP];P", 164, "mg/L", None, 8),
            ("NPU02593", "Leukocytter;B", 18.9, "10^9/L", 4.5, 13.0),
        ],
        "codes": [("DK353", "A"), ("DJ450", "B")],
        "evidence": [
            ("DK353", "perforeret appendicitis med lokaliseret purulent peritonitis"),
            ("DK353", "Akut perforeret appendicitis med lokal peritonitis"),
            ("DK353", "Gangrænøs appendix med perforation", "", 1),
            ("DK353", "lokaliseret peritonitis", "", 1),
            ("DJ450", "allergisk astma"),
            ("DJ450", "Astmaen velkontrolleret"),
        ],
        "distractors": [
            ("DA081", "roskildesyge", "family"),
            ("DN390", "ingen UVI", "negated"),
            ("DK561", "Ingen invagination", "negated"),
            ("DQ430", "Meckels divertikel ikke til stede", "negated", "", 1),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW2-15",
        "department": "Kirurgisk afdeling",
        "specialty": "kirurgi",
        "patient": {"age": 95, "sex": "F"},
        "admission": {"start": "2025-10-20", "end": "2025-10-24"},
        "notes": [
            """Kirurgisk afdeling – epikrise

95-årig kvinde fra plejecenter, går med rollator, klar men lidt glemsom. Parkinsons sygdom siden 2012 i beh. med Madopar. Kronisk obstipation, Movicol dgl. Hypertension. Tidl. hysterektomi.

Indl.: 3 døgn uden afføring og luftafgang, tiltagende udspilet mave, opkast x 2. Personalet beskriver en lignende episode for 1 år siden, som gik over af sig selv.
Obj.: Ikke smertepåvirket. BT 152/80, P 92, T 36,9. Abd.: massivt udspilet, tympanitisk, let diffust øm, ingen peritoneal reaktion. Tom ampul ved PR.
BS: CRP 22, leuk 9,1, laktat 1,2, K 2,9, Na 138, krea 74.
CT abdomen: sigmoideumvolvulus med "coffee bean"-tegn, massivt dilateret sigmoideum, ingen fri luft, ingen tegn på tarmiskæmi, ingen tumor.

Forløb: Akut fleksibel sigmoideoskopi med detorsion og anlæggelse af rektalsonde, stor afgang af luft og fæces. Normal slimhinde, ingen nekrose. Sonden fjernet dag 2, herefter normal tarmfunktion.
Hypokaliæmi korrigeret p.o. og i.v., K 3,9 ved udskr.
Pga. alder, skrøbelighed og pt.'s eget ønske fravalgt elektiv sigmoideumresektion efter samtale med pt. og datter. Behandlingsniveau: ikke genoplivning, men gerne ny endoskopisk detorsion ved recidiv.
Madopar givet til tiden under hele indlæggelsen (vigtigt ved Parkinson).

Diagnoser: Volvulus af sigmoideum, endoskopisk detorderet. Kronisk obstipation. Parkinsons sygdom. Hypokaliæmi.

Plan: Tilbage til plejecenter. Movicol øges til 2 breve dgl. efter afføringsskema. Ved udspilning eller manglende afføring > 2 døgn: kontakt vagtlæge.
"""
        ],
        "medications": [
            ("N04BA02", "levodopa/benserazid (Madopar)", "125 mg x 4"),
            ("A06AD65", "macrogol (Movicol)", "1 brev x 2"),
            ("A12BA01", "kaliumchlorid", "750 mg x 2"),
        ],
        "labs": [("NPU03230", "Kalium;P", 2.9, "mmol/L", 3.5, 4.6)],
        "codes": [("DK562B", "A"), ("DK590A", "B"), ("DG209", "B"), ("DE876", "B")],
        "evidence": [
            ("DK562B", "sigmoideumvolvulus"),
            ("DK562B", "Volvulus af sigmoideum"),
            ("DK590A", "Kronisk obstipation, Movicol dgl."),
            ("DK590A", "Kronisk obstipation.", "Diagnoser"),
            ("DG209", "Parkinsons sygdom siden 2012"),
            ("DG209", "Parkinsons sygdom.", "Diagnoser"),
            ("DE876", "Hypokaliæmi korrigeret"),
            ("DE876", "Hypokaliæmi.", "Diagnoser"),
        ],
        "distractors": [
            ("DK559", "ingen tegn på tarmiskæmi", "negated"),
            ("DC187", "ingen tumor", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW2-16",
        "department": "Urologisk afdeling",
        "specialty": "urologi",
        "patient": {"age": 15, "sex": "M"},
        "admission": {"start": "2025-06-07", "end": "2025-06-07"},
        "notes": [
            (
                "epikrise",
                """Akut urologi – epikrise

15-årig dreng, rask, ingen medicin.
Vågnede kl. 4 med pludselige stærke smerter i ve. testikel med udstråling til lysken, kvalme, 1 opkast. Intet traume. Ingen vandladningsgener, ikke seksuelt aktiv.
Obj.: Ve. testikel højtstående, tværlejret, meget øm, manglende cremasterrefleks ve. Ingen rødme af scrotalhuden. Hø. testikel normal.
U-stix neg.
Klinisk testistorsion ve. – direkte på OP uden UL (< 6 t fra debut).

Op. (se beskrivelse): torsio testis ve. 540°, testis blålig, men bløder ved incision efter detorsion og varme omslag – bevaret. Orkidopeksi bilat.
Postop. ukompliceret, udskrevet samme aften.

Diagnose: Testistorsion ve., detorderet, orkidopeksi bilat.
Ingen epididymitis, torsion af appendix testis afkræftet ved operationen.

Plan: Paracetamol/ibuprofen. Suspensorium. Ingen sport i 3 uger. Kontrol i urologisk amb. om 3 mdr. med UL mhp. testikelatrofi.
""",
            ),
            (
                "operationsbeskrivelse",
                """Operation: Scrotal eksploration, detorsion af ve. testis, orkidopeksi bilat.
Indikation: Klinisk torsio testis ve., symptomvarighed 4 t.
Anæstesi: Generel.
Fund: Ve. funiculus torderet 540° medialt. Testis og epididymis cyanotiske. Appendix testis normal. Efter detorsion og 10 min. varme omslag bedre farve og frisk blødning fra incision i tunica albuginea; testis bevares.
Procedure: Scrotal midtlinjeincision. Detorsion. Ve. testis fikseres med 3 ikke-resorberbare suturer. Profylaktisk fiksation af hø. testis på samme måde. Lukning i lag.
""",
            ),
        ],
        "medications": [("N02BE01", "paracetamol", "1 g x 4"), ("M01AE01", "ibuprofen", "400 mg x 3")],
        "labs": [],
        "codes": [("DN449", "A")],
        "evidence": [
            ("DN449", "Klinisk testistorsion ve."),
            ("DN449", "torsio testis ve. 540°"),
            ("DN449", "Testistorsion ve., detorderet"),
            ("DN449", "torsio testis ve.", "", 1),
            ("DN449", "Ve. funiculus torderet 540° medialt", "", 1),
        ],
        "distractors": [
            ("DN459", "Ingen epididymitis", "negated"),
            ("DN449D", "torsion af appendix testis afkræftet", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW2-17",
        "department": "Urologisk afdeling",
        "specialty": "urologi",
        "patient": {"age": 77, "sex": "M"},
        "admission": {"start": "2025-09-15", "end": "2025-09-20"},
        "notes": [
            """Epikrise, Urologisk afdeling

77-årig mand. Kendt med godartet prostataforstørrelse (tamsulosin + finasterid), DM2 kostbehandlet. Tidl. ryger 40 pakkeår. Far døde af prostatakræft.

Indl. via akutmodtagelsen: 2 dages synligt blod i urinen med koagler, siden i morges ude af stand til at lade vandet, stærke smerter over symfysen.
Obj.: Blæren palpabel til navlen. Blærescanning 1100 ml. PR: forstørret, glat, fast prostata, ikke suspekt.
Anlagt 3-løbskateter (22 Ch), udtømt koagler, skylning med NaCl. Hb 7,9 → 6,4 (dag 2), transfunderet 2 SAG.
PSA 2,4 (under finasterid, svarer til ca. 4,8), uændret siden 2023 – ikke mistanke om prostatacancer iflg. urolog.
CT-urografi: 3 cm tumor på blærens bagvæg, ingen øvre urotheltumorer, ingen hydronefrose, ingen nyresten.

Forløb: Cystoskopi + TURB dag 3: papillær tumor 3 cm på bagvæggen, makroradikalt reseceret, ingen efterblødning. Skylning stoppet dag 4, klar urin.
Histologi (fremskyndet): urotelialt karcinom, high grade, pT1, muscularis propria repræsenteret uden invasion.
Kateter fjernet dag 5, spontan vandladning med residualurin 90 ml.

Diagnoser: Blærekræft (urotelialt karcinom, bagvæg) med hæmaturi og koagelretention. Akut urinretention. Benign prostatahyperplasi. Akut blødningsanæmi. Type 2-diabetes, kostbeh.

Plan: Re-TURB om 6 uger jf. retningslinjer (high grade pT1), herefter BCG-instillationer. Drøftes på MDT-konference. Tamsulosin og finasterid fortsætter.
"""
        ],
        "medications": [
            ("G04CA02", "tamsulosin", "0,4 mg x 1"),
            ("G04CB01", "finasterid", "5 mg x 1"),
        ],
        "labs": [("NPU02319", "Hæmoglobin;B", 6.4, "mmol/L", 8.3, 10.5)],
        "codes": [("DC674", "A"), ("DR339B", "B"), ("DN409", "B"), ("DD629", "B"), ("DE119", "B")],
        "evidence": [
            ("DC674", "3 cm tumor på blærens bagvæg"),
            ("DC674", "urotelialt karcinom, high grade, pT1"),
            ("DC674", "Blærekræft (urotelialt karcinom, bagvæg)"),
            ("DR339B", "ude af stand til at lade vandet"),
            ("DR339B", "Akut urinretention"),
            ("DN409", "godartet prostataforstørrelse"),
            ("DN409", "Benign prostatahyperplasi"),
            ("DD629", "Akut blødningsanæmi"),
            ("DE119", "DM2 kostbehandlet"),
            ("DE119", "Type 2-diabetes, kostbeh."),
        ],
        "distractors": [
            ("DC619", "Far døde af prostatakræft", "family"),
            ("DC619", "ikke mistanke om prostatacancer", "negated"),
            ("DN133", "ingen hydronefrose", "negated"),
            ("DN200", "ingen nyresten", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW2-18",
        "department": "Gynækologisk afdeling",
        "specialty": "gynækologi",
        "patient": {"age": 36, "sex": "F"},
        "admission": {"start": "2025-02-10", "end": "2025-02-12"},
        "notes": [
            """Gynækologisk afdeling – epikrise

36-årig kvinde, G2 P1. Graviditet uge 10+2 efter sidste menstruation. Kendt med hypothyreose (Eltroxin 75 µg, TSH 1,9 ved graviditetens start). Mor med brystkræft.
Henv. fra e.l. pga. 3 dages let brunligt udflåd, ingen smerter.
TVUL: intrauterin gestationssæk med fosterekko, CRL 7 mm svarende til 6+4, ingen hjerteaktion. Kontrol-UL efter 7 dage: uændret, ingen hjerteaktion – missed abortion. Adnexa normale, ingen fri væske, ingen tegn på ekstrauterin graviditet.
Blodtype A Rh neg. → Rhophylac 1500 IE givet.

Beh.: Efter information om mulighederne valgt medicinsk behandling: mifepriston 200 mg p.o., efter 48 t misoprostol 800 µg vaginalt (indlagt til observation). Blødning og udstødning af væv samme dag. Kontrol-UL efter 10 dage: tom uterus, endometrium 6 mm – komplet.
Pt. ked af det, tilbudt samtale. Ingen tegn på infektion.

Diagnose: Missed abortion uge 10 (fosterdød ca. uge 6+4), medicinsk behandlet, komplet.

Plan: Graviditetstest om 3 uger. Eltroxin uændret, TSH hos e.l. Ny graviditet kan forsøges efter første menstruation; tidlig UL ved ny graviditet.
"""
        ],
        "medications": [
            ("G03XB01", "mifepriston", "200 mg x 1"),
            ("G02AD06", "misoprostol", "800 mikrog vaginalt x 1"),
            ("J06BB01", "anti-D immunglobulin (Rhophylac)", "1500 IE x 1"),
            ("H03AA01", "levothyroxin (Eltroxin)", "75 mikrog x 1"),
        ],
        "labs": [],
        "codes": [("DO021", "A"), ("DE039", "B")],
        "evidence": [
            ("DO021", "ingen hjerteaktion – missed abortion"),
            ("DO021", "Missed abortion uge 10"),
            ("DE039", "hypothyreose (Eltroxin 75 µg"),
        ],
        "distractors": [
            ("DC509", "Mor med brystkræft", "family"),
            ("DO009", "ingen tegn på ekstrauterin graviditet", "negated"),
            ("DO080", "Ingen tegn på infektion", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW2-19",
        "department": "Obstetrisk afdeling",
        "specialty": "obstetrik",
        "patient": {"age": 29, "sex": "F"},
        "admission": {"start": "2025-04-21", "end": "2025-04-27"},
        "notes": [
            """Epikrise – Obstetrisk afdeling

29-årig førstegangsgravid (G1 P0). Termin 08.06.2025 (UL). Gestationel diabetes påvist ved OGTT uge 28, kostbehandlet, velregulerede blodsukre. BMI 31 før graviditeten. Mor havde svangerskabsforgiftning. Ingen kendt hypertension før graviditeten, normalt BT ved første jordemoderbesøg (118/74).

Indlæggelse GA 34+1: Henvist fra jordemoder pga. BT 164/108, hovedpine og ødemer af hænder og ansigt. Proteinuri 3+.
Obj.: BT 168/112 ved gentagne målinger, P 88. Livlige reflekser, ingen klonus. Ingen epigastriesmerter. Intermitterende flimren for øjnene.
BS: Hb 7,6, trombocytter 128, ALAT 38, LDH 240, haptoglobin normal, urat 0,42, krea 74. U-protein/krea-ratio 480 mg/mmol. sFlt-1/PlGF 210.
CTG normalt. UL: fostervægt 2.050 g (-18 %), normalt flow i a. umbilicalis, normal fostervandsmængde, fundal placenta, ingen tegn på abruptio.

Vurd.: Svær præeklampsi (BT > 160/110, cerebrale symptomer) GA 34+1. Ikke HELLP (trombocytter > 100, normale levertal, ingen hæmolyse).

Forløb:
Dag 1: Labetalol p.o. og senere i.v. samt nifedipin, BT 145-155/95-100. Magnesiumsulfat i.v. som eklampsiprofylakse. Betametason 12 mg i.m. x 2 (lungemodning). Blodsukre op til 11 under betametason – kortvarigt insulin efter skema.
Dag 2: Stigende BT trods 3 præparater, tiltagende hovedpine, trombocytter 104. Besluttet forløsning efter afsluttet lungemodning.
Dag 2 kl. 16.42: Akut kejsersnit (kategori 2) i spinalanalgesi. Levende pige, 2.010 g, Apgar 8/10/10, overflyttet til neonatalafsnittet til observation pga. præmaturitet. Blødning 450 ml.
Dag 3-5: BT faldende, labetalol p.o. Magnesium seponeret 24 t postpartum. Trombocytter 156 dag 4. Insulin ophørt efter forløsningen, normale blodsukre.
Dag 6: BT 138/88 på labetalol 200 mg x 3. Ammer; barnet i bedring på neonatalafsnittet.

Konklusion:
- Svær præeklampsi GA 34+1, forløst ved akut sectio GA 34+2.
- Præterm fødsel.
- Gestationel diabetes, kostbehandlet.
- Levendefødt enkeltbarn.

Plan: Hjemmeblodtryk 2 x dgl., kontrol hos e.l. om 1 uge mhp. nedtrapning af labetalol. Opfølgning af BT og proteinuri ved 8-ugers-konsultationen. OGTT 3 mdr. postpartum. Ved ny graviditet: lavdosis ASA fra uge 12 pga. øget risiko for fornyet præeklampsi.
"""
        ],
        "medications": [
            ("C07AG01", "labetalol", "200 mg x 3"),
            ("C08CA05", "nifedipin", "20 mg x 2"),
            ("A12CC02", "magnesiumsulfat", "i.v. infusion"),
            ("H02AB01", "betametason", "12 mg i.m. x 2"),
        ],
        "labs": [
            (None, "Trombocytter;B", 104, "10^9/L", 145, 390),
            (None, "Protein/Kreatinin;U", 480, "mg/mmol", None, 30),
        ],
        "codes": [("DO141", "A"), ("DO603", "B"), ("DO244B", "B"), ("DZ370", "B")],
        "evidence": [
            ("DO141", "Svær præeklampsi (BT > 160/110, cerebrale symptomer)"),
            ("DO141", "Svær præeklampsi GA 34+1"),
            ("DO603", "Præterm fødsel"),
            ("DO244B", "Gestationel diabetes påvist ved OGTT uge 28"),
            ("DO244B", "Gestationel diabetes, kostbehandlet"),
            ("DZ370", "Levende pige"),
            ("DZ370", "Levendefødt enkeltbarn"),
        ],
        "distractors": [
            ("DO149", "Mor havde svangerskabsforgiftning", "family"),
            ("DO109", "Ingen kendt hypertension før graviditeten", "negated"),
            ("DO459", "ingen tegn på abruptio", "negated"),
            ("DO142", "Ikke HELLP", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW2-20",
        "department": "Børneafdeling",
        "specialty": "pædiatri",
        "patient": {"age": 0, "sex": "F"},
        "admission": {"start": "2025-05-14", "end": "2025-05-17"},
        "notes": [
            """Epikrise – Neonatalafsnittet

Pige, 3 døgn. Født til termin GA 39+5 ved ukompliceret vaginal fødsel, fødselsvægt 3.420 g, Apgar 10/10. Mor: blodtype 0 Rh pos., ingen irregulære antistoffer. Storebror fik lysbehandling for gulsot som nyfødt.
Overflyttet fra barselsafsnittet pga. tiltagende gulfarvning fra 20 timers alderen.
Obj.: Veltilpas, gul til under navlen, god tonus, normal gråd. Ingen hepatosplenomegali. T 37,1.
Vægt 3.010 g (vægttab 12 % fra fødselsvægt). Få våde bleer, mor har sparsom mælk, barnet trætter ved brystet.
BS: Bilirubin 342 µmol/l (over lysgrænsen for alder), konjugeret 9. Barnets blodtype A Rh pos., DAT positiv. Hb 10,2 mmol/l, retikulocytter forhøjede. CRP < 5, ingen tegn på infektion.

Vurd.: Hyperbilirubinæmi pga. AB0-immunisering (hæmolytisk sygdom, mor 0/barn A, DAT pos.). Ernæringsproblem med stort vægttab ved insufficient amning.

Forløb: Intensiv lysbehandling i 36 t, bilirubin faldende til 198. Ingen indikation for udskiftningstransfusion eller IVIG. Rebound-bilirubin efter 12 t: 214, acceptabel.
Ammevejledning, tilmad med modermælkserstatning efter amning, vægt 3.110 g ved udskr.

Diagnoser: Neonatal gulsot ved AB0-immunisering. Ammeproblemer med vægttab.

Plan: Sundhedsplejerske næste dag. Hb og bilirubin i børneamb. om 1 uge (risiko for sen anæmi ved AB0-hæmolyse).
"""
        ],
        "medications": [],
        "labs": [
            (None, "Bilirubiner;P", 342, "µmol/L", None, None),
            ("NPU02319", "Hæmoglobin;B", 10.2, "mmol/L", 9.0, 14.0),
        ],
        "codes": [("DP551", "A"), ("DP925", "B")],
        "evidence": [
            ("DP551", "Hyperbilirubinæmi pga. AB0-immunisering"),
            ("DP551", "Neonatal gulsot ved AB0-immunisering"),
            ("DP925", "vægttab ved insufficient amning"),
            ("DP925", "Ammeproblemer med vægttab"),
        ],
        "distractors": [
            ("DP599", "Storebror fik lysbehandling for gulsot", "family"),
            ("DR162", "Ingen hepatosplenomegali", "negated"),
            ("DP369", "ingen tegn på infektion", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW2-21",
        "department": "Børneafdeling",
        "specialty": "pædiatri",
        "patient": {"age": 4, "sex": "M"},
        "admission": {"start": "2025-11-17", "end": "2025-11-20"},
        "notes": [
            """Epikrise – Børneafdelingen

4-årig dreng, kendt med atopisk eksem (fugtighedscreme, hydrokortisoncreme p.n.). Halsbetændelse for 2 uger siden, beh. af e.l. med penicillin.
Indl. med 3 dages udslæt på ben og balder, hævede, ømme ankler, nu også kolikagtige mavesmerter og 1 opkast.
Obj.: Upåvirket mellem smerteanfaldene. Palpabel purpura symmetrisk på underben, lår og nates. Hævede, ømme ankler bilat., vil nødigt gå. Abdomen: let diffus ømhed, ingen udfyldning. BT 98/58 (normalt for alderen).
BS: trombocytter 342, koagulation normal, CRP 18, krea 28, albumin normal. U-stix: intet blod, intet protein.
UL abdomen: let fortykket tyndtarmsvæg, ingen invagination.

Vurd.: Henoch-Schönlein purpura (IgA-vaskulitis) med hud-, led- og tarmaffektion. Ingen nyreaffektion. Ikke ITP (normale trombocytter).

Forløb: Paracetamol og ibuprofen, hvile. Mavesmerterne aftog dag 2, spiser normalt. Ankelhævelsen aftagende. Nye purpuraelementer dag 2, ingen dag 3. Prednisolon ikke indiceret.

Diagnoser: Schönlein-Henochs purpura. Atopisk eksem.

Plan: Urinstix og BT hos e.l. ugentligt i 4 uger, herefter månedligt til 6 mdr. (risiko for nefritis). Kontakt ved blod i urinen, mørk urin, hævelser eller svære mavesmerter.
"""
        ],
        "medications": [("N02BE01", "paracetamol", "250 mg x 4"), ("M01AE01", "ibuprofen", "150 mg x 3")],
        "labs": [(None, "Trombocytter;B", 342, "10^9/L", 150, 450)],
        "codes": [("DD690B", "A"), ("DL209", "B")],
        "evidence": [
            ("DD690B", "Palpabel purpura"),
            ("DD690B", "Henoch-Schönlein purpura (IgA-vaskulitis)"),
            ("DD690B", "Schönlein-Henochs purpura"),
            ("DL209", "atopisk eksem"),
            ("DL209", "Atopisk eksem."),
        ],
        "distractors": [
            ("DJ029", "Halsbetændelse for 2 uger siden", "history"),
            ("DK561", "ingen invagination", "negated"),
            ("DN082D", "Ingen nyreaffektion", "negated"),
            ("DD693", "Ikke ITP", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW2-22",
        "department": "Psykiatrisk afdeling",
        "specialty": "psykiatri",
        "patient": {"age": 24, "sex": "M"},
        "admission": {"start": "2025-06-02", "end": "2025-06-27"},
        "notes": [
            """Epikrise – Psykiatrisk afdeling, lukket afsnit

Indlagt 02.06.2025 (tvangsindlæggelse på gule papirer), udskrevet 27.06.2025.

Baggrund: 24-årig mand, datalogistuderende, bor på kollegium. Far med bipolar lidelse, i lithiumbehandling.
Tidl. psykiatri: Depressiv episode 2022, behandlet hos privatpraktiserende psykiater med sertralin i 8 mdr. Ingen tidligere maniske episoder erkendt, men moren beskriver en periode i 2023 med meget energi og lidt søvn i ca. 1 uge.
Rusmidler: Ryger cannabis flere gange ugentligt siden 17-årsalderen, i ugerne før indlæggelsen dagligt; har haft sociale og studiemæssige konsekvenser (dumpet eksamen), ingen abstinenser eller tolerance beskrevet. Alkohol i weekenderne. Ingen andre stoffer (urinscreening kun THC).

Aktuelt: Gennem 3 uger tiltagende rastløs, sover 2-3 t pr. nat, bruger mange penge (3 computere købt på kredit), taler hurtigt og højt. Har skrevet til universitetets rektor, at han har opfundet en algoritme, der vil "redde verden", og at efterretningstjenesten vil stjæle den. Opsøgt af politiet efter konfrontation med naboer.

Psykisk status ved indlæggelsen: Vågen, klar, orienteret. Motorisk urolig, kan ikke sidde ned. Taletrængsel, tankeflugt, distraktibel. Eleveret stemningsleje med irritabilitet. Grandiose vrangforestillinger (særlige evner, "udvalgt") og paranoide forestillinger om efterretningstjenesten i relation hertil, stemningskongruente. Ingen hallucinationer. Ingen selvmordstanker. Ingen sygdomsindsigt.
Somatisk: upåvirket, BT 136/82, BS inkl. TSH normale. Urin: THC positiv.

Vurdering: Manisk episode med psykotiske symptomer (stemningskongruente) hos pt. med tidligere depressiv episode og sandsynlig hypoman periode → bipolar affektiv sindslidelse, aktuelt manisk episode med psykotiske symptomer. Skadelig brug af cannabis. Ikke skizofreni: ingen førsterangssymptomer, de psykotiske symptomer udelukkende i relation til stemningslejet. Skizoaffektiv lidelse overvejet, men kriterierne ikke opfyldt.

Forløb: Accepterede efter 2 døgn olanzapin op til 20 mg, senere lithium (start dag 6, s-lithium 0,7 dag 14). Tvangsmedicinering ikke nødvendig. Bæltefiksering én gang dag 1 (2 t) pga. udadreagerende adfærd. Gradvis normalisering af søvnen fra uge 2. De psykotiske symptomer aftog i uge 2-3, delvis sygdomsindsigt. Psykoedukation sammen med forældrene. Samtale om cannabis og risiko for nye episoder; pt. vil forsøge at stoppe og accepterer henvisning til rusmiddelcenter.
Ved udskrivelsen: euthym, ingen psykotiske symptomer, ingen selvmordstanker.

Diagnoser:
Bipolar affektiv sindslidelse, manisk episode med stemningskongruente psykotiske symptomer.
Skadelig brug af cannabis.

Medicin: Lithiumcitrat svarende til 24 mmol/dag, olanzapin 10 mg nocte (nedtrappes over 3 mdr.).

Plan: Overgår til klinik for bipolar lidelse, første samtale inden for 7 dage. S-lithium, krea og TSH om 1 uge, herefter hver 3. mdr. Rusmiddelcenter. Sygemeldt fra studiet 1 md.
"""
        ],
        "medications": [
            ("N05AN01", "lithiumcitrat", "24 mmol x 1"),
            ("N05AH03", "olanzapin", "10 mg nocte"),
        ],
        "labs": [(None, "Lithium;P", 0.7, "mmol/L", 0.5, 0.8)],
        "codes": [("DF3120", "A"), ("DF121", "B")],
        "evidence": [
            ("DF3120", "bipolar affektiv sindslidelse, aktuelt manisk episode med psykotiske symptomer"),
            ("DF3120", "Bipolar affektiv sindslidelse, manisk episode med stemningskongruente psykotiske symptomer"),
            ("DF121", "Skadelig brug af cannabis", "Vurdering"),
            ("DF121", "Skadelig brug af cannabis", "Diagnoser"),
        ],
        "distractors": [
            ("DF319", "Far med bipolar lidelse", "family"),
            ("DF329", "Depressiv episode 2022", "history"),
            ("DF209", "Ikke skizofreni", "negated"),
            ("DF259", "Skizoaffektiv lidelse overvejet, men kriterierne ikke opfyldt", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW2-23",
        "department": "Børne- og ungdomspsykiatrisk afdeling",
        "specialty": "børne- og ungdomspsykiatri",
        "patient": {"age": 16, "sex": "F"},
        "admission": {"start": "2025-09-22", "end": "2025-10-02"},
        "notes": [
            """Epikrise – Børne- og ungdomspsykiatrisk afdeling (somatisk stabilisering på Børneafdelingen)

16-årig pige, 2.g. Gennem 1 år restriktivt spisemønster og overdreven motion (løber 15-20 km dgl.), vægttab fra 58 til 41 kg (højde 168 cm, BMI 14,5). Ingen menstruation i 8 mdr. Ingen overspisning, ingen opkastninger eller laksantia. Mor behandlet for depression.
Diagnosticeret med anoreksi (restriktiv type) i ambulatoriet for 2 mdr. siden, ambulant behandling utilstrækkelig.

Indl. akut pga. svimmelhed og besvimelse i skolen, puls 38.
Obj.: Afmagret, kolde, cyanotiske akra, lanugobehåring. BT 84/50, P 38 regelmæssig liggende, 62 stående. T 35,6.
EKG: sinusbradykardi 38, QTc 440 ms.
BS: Glukose 3,6, Na 136, K 3,6, fosfat 0,82, Mg 0,78, ALAT 88, TSH 2,1, T3 lavnormal (forenelig med sult), ingen hyperthyreose. Hb 7,8.

Forløb: Indlagt på børneafd. med monitorering, forsigtig genernæring efter MARSIPAN start 1.400 kcal/dgl., øget dagligt. Profylaktisk fosfattilskud. Dag 3 fald i fosfat til 0,48 trods tilskud – refeeding-hypofosfatæmi, i.v. fosfat, normaliseret dag 5. Puls > 50 fra dag 6. Måltidsstøtte, initialt sengeleje. Dagligt psykiatrisk tilsyn; pt. ambivalent, men samarbejdende. Ingen selvmordstanker. Overflyttet til spiseforstyrrelsesafsnittet dag 10, vægt 43,1 kg.

Diagnoser:
Anorexia nervosa, restriktiv type.
Sinusbradykardi, sultbetinget.
Refeeding-hypofosfatæmi.
Sekundær amenoré.

Plan: Fortsat indlæggelse på spiseforstyrrelsesafsnittet. Fosfat, K, Mg og vægt 2 x ugl. Familiebaseret behandling. DXA-scanning efter 6 mdr.
"""
        ],
        "medications": [("A12CX", "fosfattilskud", "1 tbl. x 3")],
        "labs": [(None, "Fosfat;P", 0.48, "mmol/L", 0.9, 1.5)],
        "codes": [("DF500", "A"), ("DR001", "B"), ("DE833A", "B"), ("DN911", "B")],
        "evidence": [
            ("DF500", "anoreksi (restriktiv type)"),
            ("DF500", "Anorexia nervosa, restriktiv type"),
            ("DR001", "sinusbradykardi 38"),
            ("DR001", "Sinusbradykardi, sultbetinget"),
            ("DE833A", "refeeding-hypofosfatæmi"),
            ("DE833A", "Refeeding-hypofosfatæmi"),
            ("DN911", "Ingen menstruation i 8 mdr."),
            ("DN911", "Sekundær amenoré"),
        ],
        "distractors": [
            ("DF502", "Ingen overspisning, ingen opkastninger eller laksantia", "negated"),
            ("DF329", "Mor behandlet for depression", "family"),
            ("DE059", "ingen hyperthyreose", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW2-24",
        "department": "Geriatrisk afdeling",
        "specialty": "geriatri",
        "patient": {"age": 91, "sex": "F"},
        "admission": {"start": "2025-11-04", "end": "2025-11-18"},
        "notes": [
            """Epikrise – Geriatrisk afdeling

Indlagt 04.11.2025 via FAM, udskrevet 18.11.2025.

Indlæggelsesårsag: Fald i hjemmet, rygsmerter, akut forvirring.

Baggrund:
91-årig kvinde, enke, bor i ældrebolig med hjemmehjælp 3 x dgl. (personlig pleje, medicindispensering). Går med rollator indendørs. Datteren bor i nærheden og er kontaktperson.
Kendt med:
- Alzheimers demens, diagnosticeret 2022 i hukommelsesklinikken (MMSE 20/30 i 2024), i beh. med donepezil.
- Hypothyreose, Eltroxin 50 µg.
- Knogleskørhed, behandlet med alendronat 2015-2020 (pause siden).
- Grå stær bilat., opereret 2019.
- Tidl. apopleksi 2015 med let residual dysartri.
- Hørenedsættelse.
Ryger ikke, ingen alkohol.
Disp.: Datter med brystkræft 2020.

Aktuelt: Faldt i stuen i går aftes (gled på tæppe, ikke synkope iflg. pt., ingen vidner), lå på gulvet ca. 1 t, til hjemmehjælpen kom. Siden stærke smerter i lænden. Hjemmehjælpen og datteren beskriver ny forvirring: hun er "helt ved siden af sig selv", sover om dagen, er urolig om natten og ser katte i stuen.

Objektivt ved indlæggelsen:
Temp. 36,7, BT 148/82 (intet ortostatisk fald), puls 86 regelmæssig, SAT 95 % atm., RF 18.
Bevidsthed: vågen, men uopmærksom, desorienteret i tid og sted, fluktuerende. 4AT 9 – delir.
Columna: banke- og trykømhed over Th12-L1. Neurologisk: ingen nye udfald, normal kraft og sensibilitet i UE, normal blære- og tarmfunktion.
Hofter: fri bevægelighed, ingen forkortning eller udadrotation, ingen smerter ved aksialt stød.
St.p. og st.c. upåvirket.

Paraklinik:
Hb 7,4, leuk 8,2, CRP 12, Na 134, K 4,2, krea 78, Ca-ion 1,22, basisk fosfatase 110, TSH 3,2, B12 og folat normale, glukose 6,1.
M-komponent negativ, frie lette kæder normale – myelomatose afkræftet.
Urinstix: leuk 2+, nitrit neg. Urindyrkning: blandingsflora. Vurderet som ikke UVI, ingen antibiotika.
Rtg. bækken og hofter: ingen fraktur. CT columna thoracolumbalis: nyopstået kompressionsfraktur af L1 (ca. 40 % højdetab af forkanten), bagkanten intakt, stabil. Ældre kompressionsfrakturer af Th8 og Th11. Ingen tegn på knoglemetastaser.
EKG: SR 84, normalt.

Vurdering:
1) Osteoporotisk kompressionsfraktur L1 efter lavenergitraume, stabil, konservativ behandling.
2) Delir ved kendt Alzheimers demens, formentlig multifaktorielt (smerter, opioid, obstipation, nye omgivelser).
3) Obstipation.

Forløb:
Dag 1-2: Smertebehandling med paracetamol og lavdosis oxycodon. Delirforebyggelse: døgnrytme, briller og høreapparat, fast kontaktperson, datteren til stede om dagen. Ingen fiksering, haloperidol undgået. Obstipationen (ingen afføring i 5 dage, skybala ved PR) behandlet med klysma og derefter Movicol x 2 dgl.
Dag 3: Mobiliseret med fysioterapeut uden korset, går 10 m med rollator. Fortsat fluktuerende delir, værst om aftenen.
Dag 4-6: Delir i bedring efter normal afføring og reduktion af oxycodon. 4AT 4.
Dag 7: Osteoporosebehandling: DXA ikke nødvendig ved vertebral fraktur. eGFR 58, calcium normal, 25-OH-D 42 – egnet til zoledronsyre.
Dag 8: Zoledronsyre 5 mg i.v. efter D-vitamintilskud, ingen akutfasereaktion.
Dag 9-12: 4AT 1, på habituelt kognitivt niveau iflg. datteren. Går 40 m med rollator, klarer toiletbesøg med let hjælp.
Dag 10: Ernæringsscreening: BMI 20, vægt 48 kg, spist under halvdelen af maden de første dage; ingen egentlig underernæring, men proteindrik 2 x dgl. og diætistvurdering. Tandstatus: egne tænder, ingen tyggeproblemer.
Dag 11: Ergoterapeutisk ADL-vurdering: selvhjulpen ved spisning, behøver hjælp til bad og nedre påklædning (som før indl.). Hjælpemidler: toiletforhøjer og badebænk bestilt.
Dag 12: Medicingennemgang: oxycodon reduceret til p.n.; ingen antikolinerge præparater; donepezil fortsat (puls 78, ingen synkoper).
Dag 13: Tværfagligt udskrivningsmøde med hjemmeplejen og datteren: hjemmehjælp 4 x dgl. i 4 uger, nødkald, løse tæpper fjernet. Kommunal genoptræning.

Konklusion:
- Osteoporotisk kompressionsfraktur L1 (lavenergi), konservativt behandlet. Zoledronsyre påbegyndt.
- Delir ved Alzheimers demens, ophørt.
- Alzheimers demens.
- Obstipation.
- Hypothyreose, uændret behandling.
Ingen hoftefraktur, ingen UVI, myelomatose afkræftet.

Medicin ved udskrivelse: Paracetamol 1 g x 3. Oxycodon 5 mg p.n., max x 2 dgl. (nedtrappes). Movicol 1 brev x 2. Donepezil 10 mg nocte. Eltroxin 50 µg. Calcium + D-vitamin 1 tbl. x 2. Zoledronsyre næste gang nov. 2026.

Plan:
- E.l.: revurdere smertebehandlingen om 1 uge, seponere oxycodon.
- Zoledronsyre årligt i 3 år via osteoporoseklinikken.
- Kontrol i hukommelsesklinikken som planlagt.
"""
        ],
        "medications": [
            ("N02BE01", "paracetamol", "1 g x 3"),
            ("N02AA05", "oxycodon", "5 mg p.n."),
            ("A06AD65", "macrogol (Movicol)", "1 brev x 2"),
            ("N06DA02", "donepezil", "10 mg nocte"),
            ("H03AA01", "levothyroxin (Eltroxin)", "50 mikrog x 1"),
            ("M05BA08", "zoledronsyre", "5 mg i.v. årligt"),
        ],
        "labs": [
            ("NPU02319", "Hæmoglobin;B", 7.4, "mmol/L", 7.3, 9.5),
            ("NPU03429", "Natrium;P", 134, "mmol/L", 137, 145),
        ],
        "codes": [("DM809C", "A"), ("DF051", "B"), ("DF001", "B"), ("DE039", "B"), ("DK590", "B")],
        "evidence": [
            ("DM809C", "Knogleskørhed"),
            ("DM809C", "nyopstået kompressionsfraktur af L1"),
            ("DM809C", "Osteoporotisk kompressionsfraktur L1 efter lavenergitraume"),
            ("DM809C", "Osteoporotisk kompressionsfraktur L1 (lavenergi)"),
            ("DF051", "4AT 9 – delir"),
            ("DF051", "Delir ved kendt Alzheimers demens"),
            ("DF051", "Delir ved Alzheimers demens, ophørt"),
            ("DF001", "Alzheimers demens, diagnosticeret 2022"),
            ("DF001", "Alzheimers demens.", "ophørt."),
            ("DE039", "Hypothyreose, Eltroxin 50 µg"),
            ("DE039", "Hypothyreose, uændret behandling"),
            ("DK590", "Obstipation.", "Vurdering:"),
            ("DK590", "Obstipationen (ingen afføring i 5 dage"),
            ("DK590", "Obstipation.", "Konklusion"),
        ],
        "distractors": [
            ("DH259", "Grå stær bilat., opereret 2019", "history"),
            ("DI639", "Tidl. apopleksi 2015", "history"),
            ("DC509", "Datter med brystkræft 2020", "family"),
            ("DC900", "myelomatose afkræftet", "negated"),
            ("DN390", "ikke UVI", "negated"),
            ("DC795", "Ingen tegn på knoglemetastaser", "negated"),
            ("DS720", "Ingen hoftefraktur", "negated"),
            ("DE440", "ingen egentlig underernæring", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW2-25",
        "department": "Infektionsmedicinsk afdeling",
        "specialty": "infektionsmedicin",
        "patient": {"age": 46, "sex": "M"},
        "admission": {"start": "2025-08-11", "end": "2025-08-18"},
        "notes": [
            """Epikrise – Infektionsmedicinsk afdeling

46-årig mand, lagerarbejder. DM2 på metformin (dårligt reguleret, HbA1c 71), svær fedme, BMI 37. Fodsvamp mellem tæerne bilat.
Indl. med 1 døgns høj feber, kulderystelser og hurtigt tiltagende rødme og hævelse af hø. underben.
Obj.: T 39,8, BT 94/56, P 122, RF 24, let konfus. Hø. underben: diffus rødme og varme fra ankel til knæ, ødem, ømhed svarende til rødmen, ingen bullae, ingen krepitation, ingen smerter ude af proportion til fundet. Maceration og rhagader interdigitalt på hø. fod.
BS: CRP 318, leuk 21, laktat 4,1, krea 124, trombocytter 98.
Bloddyrkning: Streptococcus pyogenes (gruppe A) i 2/2 sæt.
CT underben pga. mistanke om nekrotiserende fasciitis: subkutant ødem, ingen luft, ingen fascieinvolvering; ved kirurgisk tilsyn ligeledes nekrotiserende fasciitis afkræftet. UL: ingen DVT.

Vurd.: Sepsis forårsaget af gruppe A-streptokokker med udgangspunkt i flegmone på hø. underben; indgangsport interdigital fodsvamp.

Forløb: Væskeresuscitering 3 l, benzylpenicillin 3 MIE x 6 + clindamycin 600 mg x 3 i.v. (toksinhæmning). BT stabiliseret, laktat normaliseret efter 8 t, intet behov for intensiv. Clindamycin seponeret dag 3. Rødmen aftog og blev afgrænset. Afebril fra dag 3. Skift til penicillin V 1,6 MIE x 3 p.o. dag 6 til i alt 14 dage.
Fodsvampen behandlet med terbinafin creme. Metformin pauseret dag 1-3, insulin efter skema, herefter metformin og tillagt semaglutid (Ozempic) efter samtale om vægttab og blodsukker.

Diagnoser: Streptokok gruppe A-sepsis. Flegmone hø. underben. Tinea pedis. Type 2-diabetes. Svær fedme.

Plan: Kompressionsstrømpe når rødmen er svundet (recidivforebyggelse). Fodpleje. E.l.: HbA1c om 3 mdr.
"""
        ],
        "medications": [
            ("J01CE02", "phenoxymethylpenicillin", "1,6 MIE x 3"),
            ("D01AE15", "terbinafin creme", "x 1 dgl."),
            ("A10BA02", "metformin", "1 g x 2"),
            ("A10BJ06", "semaglutid (Ozempic)", "0,25 mg x 1 ugl."),
        ],
        "labs": [
            ("NPU19748", "C-reaktivt protein [CRP];P", 318, "mg/L", None, 8),
            (None, "Laktat;P(vB)", 4.1, "mmol/L", 0.5, 2.5),
        ],
        "codes": [("DA400", "A"), ("DL031I", "B"), ("DB353", "B"), ("DE119", "B"), ("DE660C", "B")],
        "evidence": [
            ("DA400", "Streptococcus pyogenes (gruppe A) i 2/2 sæt"),
            ("DA400", "Sepsis forårsaget af gruppe A-streptokokker"),
            ("DA400", "Streptokok gruppe A-sepsis"),
            ("DL031I", "flegmone på hø. underben"),
            ("DL031I", "Flegmone hø. underben"),
            ("DB353", "Fodsvamp mellem tæerne bilat."),
            ("DB353", "interdigital fodsvamp"),
            ("DB353", "Tinea pedis"),
            ("DE119", "DM2 på metformin"),
            ("DE119", "Type 2-diabetes."),
            ("DE660C", "svær fedme, BMI 37"),
            ("DE660C", "Svær fedme."),
        ],
        "distractors": [
            ("DM725A", "mistanke om nekrotiserende fasciitis", "uncertain"),
            ("DM725A", "nekrotiserende fasciitis afkræftet", "negated"),
            ("DI802", "ingen DVT", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW2-26",
        "department": "Hæmatologisk afdeling",
        "specialty": "hæmatologi",
        "patient": {"age": 71, "sex": "F"},
        "admission": {"start": "2025-10-06", "end": "2025-10-15"},
        "notes": [
            """Epikrise – Hæmatologisk afdeling

71-årig kvinde. Kendt med urinsyregigt (allopurinol 100 mg, sidste anfald 2023) og hypertension. Bror har kronisk lymfatisk leukæmi.
Henvist i pakkeforløb: 2 mdr. med hævede lymfeknuder på halsen og i ve. aksil, nattesved, vægttab 7 kg, aftenfeber.
PET-CT: udbredt lymfadenopati på begge sider af diafragma, milt 16 cm med foci, knoglemarvsinvolvering. Tilfældigt fund: lungeemboli i hø. underlapsarterie, ingen højrebelastning.
Lymfeknudebiopsi (ve. aksil): diffust storcellet B-celle lymfom, non-GCB-type, Ki67 90 %. Stadium IV B, IPI 4. LDH 1.240. HIV, hepatitis B og C negative.

Indlagt til 1. serie R-CHOP pga. høj risiko for tumorlysesyndrom.
Forløb:
Dag 0: Prefase med prednisolon. Allopurinol skiftet til rasburicase pga. urat 0,62 og stor tumorbyrde. Hyperhydrering 3 l/dgl. Lungeembolien behandlet med Fragmin i terapeutisk dosis.
Dag 1: R-CHOP givet.
Dag 2: Laboratorisk og klinisk tumorlysesyndrom: K 6,0, fosfat 2,4, Ca 1,92, urat 0,48 trods rasburicase, krea 88 → 214, faldende diurese. Akut nyreskade KDIGO 2. Kalium behandlet med insulin/glukose og Lokelma, forceret diurese med furosemid. Nefrologisk tilsyn: ikke indikation for dialyse.
Dag 4-6: Krea faldende til 118, elektrolytter normaliseret.
Dag 7: Fragmin fortsat. BT velbehandlet på amlodipin. Klinisk intet der tyder på CNS-involvering; CNS-profylakse drøftet, ikke indiceret.
Dag 9: Udskrives.

Diagnoser:
- Diffust storcellet B-celle lymfom, stadium IV B.
- Tumorlysesyndrom efter 1. R-CHOP.
- Akut nyreskade (TLS), i bedring.
- Lungeemboli hø., tilfældigt fund, uden højrebelastning.
- Urinsyregigt.
- Hypertension.

Plan: R-CHOP serie 2 om 3 uger (ambulant, med allopurinol og hydrering). Fragmin i 6 mdr. Krea og elektrolytter om 3 dage. Kontrol i hæmatologisk amb. om 1 uge.
"""
        ],
        "medications": [
            ("L01FA01", "rituximab", "375 mg/m2 i.v."),
            ("H02AB06", "prednisolon", "100 mg x 1 dag 1-5"),
            ("V03AF07", "rasburicase", "0,2 mg/kg i.v."),
            ("B01AB04", "dalteparin (Fragmin)", "15.000 IE x 1"),
            ("M04AA01", "allopurinol", "100 mg x 1"),
            ("C08CA01", "amlodipin", "5 mg x 1"),
        ],
        "labs": [
            ("NPU03230", "Kalium;P", 6.0, "mmol/L", 3.5, 4.6),
            ("NPU18016", "Kreatinin;P", 214, "µmol/L", 45, 90),
            (None, "Laktatdehydrogenase;P", 1240, "U/L", 105, 205),
        ],
        "codes": [
            ("DC833", "A"),
            ("DE883", "B"),
            ("DN179", "B"),
            ("DI269", "B"),
            ("DM109", "B"),
            ("DI109", "B"),
        ],
        "evidence": [
            ("DC833", "diffust storcellet B-celle lymfom, non-GCB-type"),
            ("DC833", "Diffust storcellet B-celle lymfom, stadium IV B"),
            ("DE883", "Laboratorisk og klinisk tumorlysesyndrom"),
            ("DE883", "Tumorlysesyndrom efter 1. R-CHOP"),
            ("DN179", "Akut nyreskade KDIGO 2"),
            ("DN179", "Akut nyreskade (TLS)"),
            ("DI269", "lungeemboli i hø. underlapsarterie"),
            ("DI269", "Lungeemboli hø., tilfældigt fund"),
            ("DM109", "urinsyregigt (allopurinol 100 mg"),
            ("DM109", "Urinsyregigt.", "Diagnoser"),
            ("DI109", "hypertension"),
            ("DI109", "Hypertension.", "Diagnoser"),
        ],
        "distractors": [
            ("DC911", "Bror har kronisk lymfatisk leukæmi", "family"),
            ("DI260", "ingen højrebelastning", "negated"),
            ("DB240", "HIV, hepatitis B og C negative", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW2-27",
        "department": "Onkologisk afdeling",
        "specialty": "onkologi",
        "patient": {"age": 66, "sex": "F"},
        "admission": {"start": "2025-03-24", "end": "2025-03-29"},
        "notes": [
            """Epikrise – Onkologisk afdeling

66-årig kvinde. Brystkræft i ve. øvre laterale kvadrant 2019 (ER+, HER2-): lumpektomi og aksilrømning, strålebehandling, 5 års letrozol. 2024 recidiv med knoglemetastaser (columna, bækken, ribben), i beh. med letrozol + ribociclib; denosumab planlagt, men ikke startet pga. tandbehandling. Mor døde af ovariecancer.

Indlagt fra ambulatoriet pga. 1 uges tiltagende træthed, tørst, forstoppelse, kvalme og sløvhed.
Obj.: Dehydreret, sløv men orienteret. BT 102/64, P 96. Neurologisk: normal kraft i UE, normal sensibilitet, ingen ridebukseanæstesi, normal blærefunktion.
BS: Ca-ion 1,86 (albuminkorrigeret total-Ca 3,52), PTH 0,8 (supprimeret) – primær hyperparathyreoidisme udelukket. Krea 132 (habituel 70), Na 141, K 3,7, ALAT normal, basisk fosfatase 310.
MR columna: progression af knoglemetastaser i Th6, Th10 og L2, ingen medullær kompression. CT cerebrum: ingen hjernemetastaser.

Vurd.: Malign hyperkalcæmi pga. progredierende knoglemetastaser fra brystkræft.

Beh.: NaCl 4 l første døgn, zoledronsyre 4 mg i.v. dag 1 (dosisjusteret efter krea). Ca-ion 1,58 dag 3, 1,34 dag 5. Krea normaliseret (74). Kvalme og sløvhed svundet. Obstipation behandlet med Movicol og laktulose, normal afføring dag 3.
Tandlægetilsyn: ingen kontraindikation mod knoglemodificerende behandling fremover.
Pga. progression drøftet skift af systemisk behandling (fulvestrant, evt. capivasertib afhængigt af mutationstest).

Diagnoser: Hyperkalcæmi, malign. Brystkræft ve. med knoglemetastaser. Obstipation.

Plan: Kontrol i onkologisk amb. om 1 uge: Ca og krea, start af ny behandlingslinje. Denosumab 120 mg hver 4. uge fra næste besøg. Calciumtilskud holdes pause indtil videre.
"""
        ],
        "medications": [
            ("M05BA08", "zoledronsyre", "4 mg i.v. x 1"),
            ("A06AD65", "macrogol (Movicol)", "1 brev x 2"),
            ("A06AD11", "laktulose", "15 ml x 2"),
            ("L02BG04", "letrozol", "2,5 mg x 1"),
        ],
        "labs": [
            (None, "Calcium-ion frit (pH=7,4);P", 1.86, "mmol/L", 1.18, 1.32),
            ("NPU18016", "Kreatinin;P", 132, "µmol/L", 45, 90),
        ],
        "codes": [("DE835C", "A"), ("DC504", "B"), ("DC795B", "B"), ("DK590", "B")],
        "evidence": [
            ("DE835C", "Malign hyperkalcæmi"),
            ("DE835C", "Hyperkalcæmi, malign"),
            ("DC504", "Brystkræft i ve. øvre laterale kvadrant 2019"),
            ("DC504", "Brystkræft ve. med knoglemetastaser"),
            ("DC795B", "recidiv med knoglemetastaser (columna, bækken, ribben)"),
            ("DC795B", "progredierende knoglemetastaser"),
            ("DC795B", "knoglemetastaser", "Diagnoser"),
            ("DK590", "forstoppelse"),
            ("DK590", "Obstipation behandlet"),
            ("DK590", "Obstipation.", "Diagnoser"),
        ],
        "distractors": [
            ("DC569", "Mor døde af ovariecancer", "family"),
            ("DE210", "primær hyperparathyreoidisme udelukket", "negated"),
            ("DG952", "ingen medullær kompression", "negated"),
            ("DC793A", "ingen hjernemetastaser", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW2-28",
        "department": "Reumatologisk afdeling",
        "specialty": "reumatologi",
        "patient": {"age": 74, "sex": "F"},
        "admission": {"start": "2025-02-03", "end": "2025-02-05"},
        "notes": [
            """Epikrise – Reumatologisk afdeling

74-årig kvinde, tidl. frisør, aktiv golfspiller. Kendt med DM2 i tablet-beh. og essentiel HT. Hø.-sidig hoftealloplastik planlagt i april pga. slidgigt. Søster har leddegigt.

Henvist akut fra e.l.: 5 ugers smerter og stivhed i begge skuldre, nakke og hofter, morgenstivhed > 2 t, kan ikke selv tage tøj på eller rejse sig fra en stol. Træthed, let vægttab. Ingen hovedpine, ingen tyggeklaudikation, ingen synsforstyrrelser, ingen ømhed ved tindingerne.
Obj.: Smertebetinget nedsat aktiv bevægelighed af skuldre og hofter, passivt næsten fri. Ingen synovitis i hænderne, ingen hævede led. Aa. temporales palpable, uømme.
BS: SR 78, CRP 64, Hb 7,2, CK normal, TSH normal. IgM-RF og anti-CCP negative. Proteinelektroforese normal.
UL skuldre: bilateral subdeltoid bursitis og biceps-tenosynovitis. UL af aa. temporales og aa. axillares: ingen halo – ingen tegn på kæmpecellearteritis.
CT thorax/abdomen: ingen tegn på malignitet.

Vurd.: Polymyalgia reumatica (ACR/EULAR-score 6). Temporalisarteritis ikke sandsynlig klinisk eller ved UL. Ikke reumatoid artritis (seronegativ, ingen synovitis).

Beh.: Prednisolon 15 mg dgl., markant effekt efter 2 døgn (rejser sig fra stol uden hjælp). Osteoporoseprofylakse med alendronat 70 mg ugl. + calcium/D-vitamin, DXA bestilt.
Blodsukre 14-16 efter prednisolon: metformin øget og gliclazid tillagt efter aftale med e.l.; instrueret i blodsukkermåling.

Diagnoser: Polymyalgia rheumatica. Type 2-diabetes, forværret under prednisolon. Essentiel hypertension.

Plan: Prednisolon 15 mg i 4 uger, herefter nedtrapning efter skema. Kontrol i reumatologisk amb. om 4 uger (SR, CRP, blodsukker). Akut kontakt ved hovedpine, synsforstyrrelser eller tyggesmerter.
"""
        ],
        "medications": [
            ("H02AB06", "prednisolon", "15 mg x 1"),
            ("M05BA04", "alendronat", "70 mg x 1 ugl."),
            ("A10BA02", "metformin", "1 g x 2"),
            ("A10BB09", "gliclazid", "30 mg x 1"),
        ],
        "labs": [
            ("NPU19748", "C-reaktivt protein [CRP];P", 64, "mg/L", None, 8),
            (None, "Sænkningsreaktion;B", 78, "mm", None, 30),
        ],
        "codes": [("DM353", "A"), ("DE119", "B"), ("DI109", "B")],
        "evidence": [
            ("DM353", "Polymyalgia reumatica (ACR/EULAR-score 6)"),
            ("DM353", "Polymyalgia rheumatica.", "Diagnoser"),
            ("DE119", "DM2 i tablet-beh."),
            ("DE119", "Type 2-diabetes, forværret under prednisolon"),
            ("DI109", "essentiel HT"),
            ("DI109", "Essentiel hypertension"),
        ],
        "distractors": [
            ("DM161", "Hø.-sidig hoftealloplastik planlagt i april pga. slidgigt", "planned"),
            ("DM069", "Søster har leddegigt", "family"),
            ("DM315", "ingen tegn på kæmpecellearteritis", "negated"),
            ("DC809", "ingen tegn på malignitet", "negated"),
            ("DM316A", "Temporalisarteritis ikke sandsynlig", "negated"),
            ("DM069", "Ikke reumatoid artritis", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW2-29",
        "department": "Medicinsk afdeling",
        "specialty": "intern medicin",
        "patient": {"age": 68, "sex": "M"},
        "admission": {"start": "2025-12-08", "end": "2025-12-11"},
        "notes": [
            """Epikrise – Medicinsk afdeling/AMA

68 år, mand. Iskæmisk kardiomyopati med HFrEF (EF 30 %), St.p. AMI 2018 med PCI. CKD stadie 3 (eGFR 42). Psoriasis på albuer og knæ, lokalbeh. Far havde urinsyregigt.
Furosemid øget fra 40 til 120 mg dgl. for 3 uger siden pga. væskeophobning.

Aktuelt: Akut indsættende hævelse, rødme og stærke smerter i hø. knæ i nat, kan ikke støtte på benet. T 38,1.
Obj.: Hø. knæ: hydrops, varmt, rødt, meget ømt, nedsat bevægelighed. Ingen sår over knæet. Øvrige led ua.
Ledpunktur: 40 ml uklar ledvæske, leuk 28.000 (neutrofile), negativt dobbeltbrydende nåleformede krystaller (urat). Ingen CPPD-krystaller. Gramfarvning negativ, dyrkning negativ efter 48 t – septisk artrit afkræftet.
BS: Urat 0,68, CRP 96, krea 148 (habituel 135), K 4,3.
Rtg. knæ: ingen chondrocalcinose, let artrose.

Vurd.: Akut urinsyregigt i hø. knæ, udløst af øget loop-diuretikum (lægemiddelinduceret) hos pt. med CKD.

Beh.: NSAID og colchicin fravalgt pga. HFrEF og CKD. Intraartikulær Depo-Medrol 40 mg efter punkturen + prednisolon 25 mg i 5 dage. Furosemid reduceret til 80 mg (vægt stabil, ingen stase), hjertesvigtet kompenseret. Markant bedring dag 2.
Allopurinol startes ikke akut; e.l. starter 50 mg efter 2-4 uger (lav startdosis pga. CKD) under prednisolon-dække.

Diagnoser: Lægemiddelinduceret urinsyregigt hø. knæ (furosemid). Kronisk hjerteinsuficiens, HFrEF. Iskæmisk kardiomyopati. Kronisk nyresygdom stadie 3. Psoriasis.

Plan: E.l. om 2 uger: start allopurinol 50 mg, optitrering efter urat (mål < 0,36). Dgl. vægtkontrol. Hjerteamb. som planlagt.
"""
        ],
        "medications": [
            ("C03CA01", "furosemid", "80 mg x 1"),
            ("H02AB06", "prednisolon", "25 mg x 1 i 5 dage"),
            ("H02AB04", "methylprednisolon (Depo-Medrol)", "40 mg intraartikulært"),
            ("C07AB07", "bisoprolol", "5 mg x 1"),
            ("C09DX04", "sacubitril/valsartan", "49/51 mg x 2"),
        ],
        "labs": [
            (None, "Urat;P", 0.68, "mmol/L", 0.23, 0.48),
            ("NPU18016", "Kreatinin;P", 148, "µmol/L", 60, 105),
        ],
        "codes": [("DM102", "A"), ("DI501G", "B"), ("DI255", "B"), ("DN183", "B"), ("DL409", "B")],
        "evidence": [
            ("DM102", "Akut urinsyregigt i hø. knæ"),
            ("DM102", "Lægemiddelinduceret urinsyregigt hø. knæ (furosemid)"),
            ("DI501G", "HFrEF (EF 30 %)"),
            ("DI501G", "hjertesvigtet"),
            ("DI501G", "Kronisk hjerteinsuficiens, HFrEF"),
            ("DI255", "Iskæmisk kardiomyopati"),
            ("DI255", "Iskæmisk kardiomyopati.", "Diagnoser"),
            ("DN183", "CKD stadie 3 (eGFR 42)"),
            ("DN183", "Kronisk nyresygdom stadie 3"),
            ("DL409", "Psoriasis på albuer og knæ"),
            ("DL409", "Psoriasis.", "Diagnoser"),
        ],
        "distractors": [
            ("DI219", "St.p. AMI 2018 med PCI", "history"),
            ("DM109", "Far havde urinsyregigt", "family"),
            ("DM009", "septisk artrit afkræftet", "negated"),
            ("DM112A", "ingen chondrocalcinose", "negated"),
        ],
    }
)

CASES.append(
    {
        "case_id": "HW2-30",
        "department": "Dermatologisk afdeling",
        "specialty": "dermatologi",
        "patient": {"age": 81, "sex": "F"},
        "admission": {"start": "2025-07-01", "end": "2025-07-08"},
        "notes": [
            """Epikrise – Dermatologisk afdeling, sengeafsnit

81-årig kvinde. Kronisk lymfatisk leukæmi (B-CLL) siden 2021, i beh. med ibrutinib siden 2024. HT (amlodipin). Havde skoldkopper som barn. Ikke zostervaccineret.

Indl. fra dermatologisk amb.: 4 dage med smerter og derefter blærer i et bælte på ve. side af brystkassen (Th5), de sidste 2 døgn spredte enkeltstående blærer på ryg, arme og lår (> 20 uden for dermatomet).
Obj.: Grupperede vesikler og krustøse papler på erytematøs bund svarende til ve. Th5. Ca. 40 spredte vesikler på truncus og ekstremiteter. Intet udslæt i ansigtet, ingen øjenaffektion (oftalmologisk tilsyn: normale forhold). Upåvirket, T 37,9, ingen nakkestivhed, ingen konfusion – ingen tegn på encefalitis. St.p. normal, SAT 97 %.
VZV-PCR fra vesikel: positiv. BS: leuk 28 (lymfocytose, kendt), CRP 24, ALAT normal.

Vurd.: Dissemineret herpes zoster hos immunsupprimeret pt. (CLL, ibrutinib).

Beh.: Aciclovir 10 mg/kg x 3 i.v. i 5 døgn, herefter valaciclovir 1 g x 3 p.o. til i alt 10 dage. Ibrutinib pauseret efter aftale med hæmatolog. Smertebehandling med paracetamol + gabapentin, god effekt. Kontaktisolation og luftbåren isolation (dissemineret zoster). Ingen nye vesikler fra dag 3, alle elementer skorpebelagte dag 7.

Diagnoser: Dissemineret herpes zoster. Kronisk lymfatisk leukæmi. Hypertension.

Plan: Ibrutinib genoptages, når alle elementer er skorpebelagte, jf. hæmatolog. Henvist til Shingrix-vaccination efter udbruddet. E.l.: nedtrapning af gabapentin ved smertefrihed (obs. postherpetisk neuralgi).
"""
        ],
        "medications": [
            ("J05AB11", "valaciclovir", "1 g x 3"),
            ("N03AX12", "gabapentin", "300 mg x 3"),
            ("N02BE01", "paracetamol", "1 g x 4"),
            ("L01EL01", "ibrutinib", "pauseret"),
            ("C08CA01", "amlodipin", "5 mg x 1"),
        ],
        "labs": [
            ("NPU02593", "Leukocytter;B", 28, "10^9/L", 3.5, 8.8),
            ("NPU19748", "C-reaktivt protein [CRP];P", 24, "mg/L", None, 8),
        ],
        "codes": [("DB027", "A"), ("DC911", "B"), ("DI109", "B")],
        "evidence": [
            ("DB027", "Dissemineret herpes zoster hos immunsupprimeret pt."),
            ("DB027", "Dissemineret herpes zoster.", "Diagnoser"),
            ("DC911", "Kronisk lymfatisk leukæmi (B-CLL)"),
            ("DC911", "Kronisk lymfatisk leukæmi.", "Diagnoser"),
            ("DI109", "HT (amlodipin)"),
            ("DI109", "Hypertension.", "Diagnoser"),
        ],
        "distractors": [
            ("DB019", "Havde skoldkopper som barn", "history"),
            ("DB023", "ingen øjenaffektion", "negated"),
            ("DB020", "ingen tegn på encefalitis", "negated"),
            ("DB022", "obs. postherpetisk neuralgi", "uncertain"),
        ],
    }
)
