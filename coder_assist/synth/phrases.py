# ruff: noqa: E501 -- a frame stays on one line, however long, so its choices read as one sentence
"""The sentence grammar of the synthetic epikrise: frames per section, style and clinical situation.

A frame is text with choices: ``[a|b|c]`` picks one alternative (nested choices allowed, an empty
alternative makes a part optional), ``{}`` is where a condition is named, ``{d}`` a small number and
``{name}`` a value the writer fills in (age, class, EWS, lab values). ``text.expand`` reads them.
Each pool holds whole frames; 20% of the frames of every pool are written only in the test split
(``text.split_templates``), so held-out material is a frame, never a single word.

Clause pools (names starting ``c_``) hold short clauses that the writer combines, in random order and
with varied connectors, into one sentence: most of the variety of a note comes from that combination.
"""

from __future__ import annotations

HOSPITALS = (
    "Aarhus Universitetshospital", "Odense Universitetshospital", "Rigshospitalet", "Herlev Hospital",
    "Hvidovre Hospital", "Bispebjerg Hospital", "Regionshospitalet Randers", "Regionshospitalet Gødstrup",
    "Aalborg Universitetshospital", "Sygehus Lillebælt, Vejle", "Sygehus Sønderjylland, Aabenraa",
    "Sjællands Universitetshospital, Køge", "Nordsjællands Hospital, Hillerød", "Holbæk Sygehus",
    "Nykøbing Falster Sygehus", "Regionshospitalet Viborg", "Sydvestjysk Sygehus, Esbjerg", "Slagelse Sygehus",
)  # fmt: skip
HEADERS = ("Epikrise", "EPIKRISE", "Udskrivningsepikrise", "Epikrise ved udskrivelse", "Epikrise til egen læge",
           "Udskrivningsbrev", "Epikrise (foreløbig)")  # fmt: skip

SECTIONS = {
    "reason": ("Indlæggelsesårsag:", "Årsag til indlæggelse:", "Indl.årsag:", "Henvisningsårsag:", "Kontaktårsag:"),
    "history": ("Anamnese:", "Aktuelt:", "Anamnese og aktuelt:", "Aktuelle problemstilling:", "Anamnestisk:"),
    "social": ("Socialt:", "Sociale forhold:", "Soc.:", "Socialt og funktionsniveau:"),
    "known": ("Tidligere sygdomme:", "Kendte lidelser:", "Tidl. sygd.:", "Vanlige lidelser:", "Tidligere:"),
    "exam": ("Objektivt:", "Obj.:", "Objektiv us.:", "Objektiv undersøgelse:", "Ved indlæggelsen:"),
    "psych": ("Psykisk status:", "Psyk. obj.:", "Psykopatologi ved indlæggelse:"),
    "labs": ("Paraklinik:", "Blodprøver:", "Parakliniske fund:", "Biokemi:", "Undersøgelser:"),
    "course": ("Forløb:", "Forløb under indlæggelsen:", "Indlæggelsesforløb:", "Under indlæggelsen:"),
    "surgery": ("Operation:", "Operativt:", "Indgreb:"),
    "conclusion": ("Konklusion:", "Diagnoser:", "Vurdering:", "Konkl.:", "Sammenfatning:"),
    "plan": ("Plan:", "Videre plan:", "Plan og opfølgning:", "Opfølgning:"),
    "meds": ("Medicin ved udskrivelse:", "Udskrivningsmedicin:", "Medicin:", "Aktuel medicin:"),
}

POOLS: dict[str, tuple[str, ...]] = {
    # --- why the patient came: acute and planned admissions
    "reason_acute": (
        "{}.",
        "[Indlagt akut|Akut indlagt|Indlagt] [via FAM|via akutmodtagelsen|fra skadestuen|via 1813|] [med|pga.|grundet] {}.",
        "[Henvist|Visiteret] af [egen læge|vagtlæge|1813|lægevagten] [og indlagt |][med|pga.] {}.",
        "Indbragt af [ambulance|præhospitalet|akutbilen] [med|pga.] {}.",
        "Overflyttet fra [andet sygehus|regionshospitalet|anden afdeling|intensiv] [med|pga.|til videre behandling af] {}.",
        "[Akut indlæggelse|Akut kontakt|Akut henvendelse] [pga.|med|grundet] {}.",
        "Pt. [indlægges|blev indlagt] [akut |][med|pga.] {}.",
        "Indlæggelse [i nat|i aftes|i dag|i weekenden] [med|pga.] {}.",
    ),
    "reason_elective": (
        "[Elektivt|Planlagt] indlagt [mhp.|med henblik på] [udredning og behandling af|behandling af|planlagt behandling af] {}.",
        "Planlagt indlæggelse [mhp.|med henblik på] [behandling af|udredning for|operation for] {}.",
        "Henvist fra [ambulatoriet|egen læge|praktiserende speciallæge] [mhp.|med henblik på] [elektiv |][behandling af|udredning af] {}.",
        "Indkaldt [elektivt |][til|mhp.] [behandling|operation|videre udredning] [for|af] {}.",
    ),
    "reason_psych": (
        "Indlagt [frivilligt|efter aftale|via psykiatrisk akutmodtagelse|efter henvisning fra distriktspsykiatrien] [pga.|med] {}.",
        "[Henvist|Visiteret] fra [egen læge|psykiatrisk skadestue|PAM] [pga.|med] {}[ og behov for indlæggelse|].",
        "Indlæggelse [pga.|grundet] {}[, som ikke har kunnet håndteres ambulant|].",
    ),
    # --- the opening of the anamnesis, after "67-årig kvinde"
    "onset_acute": (
        "[med|som henvender sig med] [tiltagende gener|symptomer] [gennem {d} dage|siden i går|det seneste døgn|siden i morges]",
        "der [i dag|i nat|i går] [fik|udviklede] [akut opståede|pludselige|tiltagende] gener",
        "[som|der] [gennem|over] {d} dage har [haft det dårligt|følt sig dårlig|været tiltagende utilpas]",
        "[bragt ind|indbragt] af [pårørende|ambulance] efter [akut|pludselig] forværring",
        "[der|som] har [haft feber og utilpashed|været sløj] [i|gennem] {d} dage",
    ),
    "onset_injury": (
        "[der|som] [faldt|er faldet] [i hjemmet|på cykel|på glat føre|fra en stige|på trappen] [i dag|i går|i aftes|i morges]",
        "[bragt ind|indbragt|henvender sig] efter [et fald|et cykeluheld|et uheld på arbejdet|et fald på glat føre][ i dag| i går|]",
        "[der|som] [slog sig|fik et slag] [ved et fald|under sport|på arbejdet] [i dag|i går|for {d} timer siden]",
    ),
    "onset_elective": (
        "[kendt i|fulgt i] [afdelingens|vores] ambulatorium",
        "henvist til [planlagt|elektiv] [behandling|udredning]",
        "[der|som] [følges ambulant|har været på venteliste] [gennem|i] {d} måneder",
        "[med|som har] gener gennem [længere tid|flere måneder|{d} måneder]",
    ),
    "onset_child": (
        "ledsaget af [mor|far|begge forældre|mor og mormor]",
        "[bragt ind af|set sammen med] [forældrene|mor|far]",
        "[hvis|] forældre [henvender sig|har kontaktet 1813] [pga.|efter] {d} dages [gener|symptomer]",
    ),
    # --- social history, by age and living situation (clauses, combined by the writer)
    "c_infant_home": ("bor med [mor og far|begge forældre|sine forældre|mor, far og storesøster|mor, far og {d}-årig storebror]",),
    "c_infant_care": ("[går i vuggestue|passes i dagpleje|er hjemme hos mor på barsel|passes hjemme af far på orlov]",),
    "c_infant_birth": ("født [til terminen|i uge 3{d}|til tiden] [ved normal fødsel|ved kejsersnit|][, ukompliceret neonatalt forløb|]",),
    "c_child_dev": ("[alderssvarende udvikling|normal psykomotorisk udvikling|udvikler sig alderssvarende|trives og tager på som forventet]",),
    "c_child_vacc": ("[vaccineret iflg.|vaccineret efter|følger] børnevaccinationsprogrammet",),
    "c_preschool_home": ("bor [med mor og far|med begge forældre|med mor og lillebror|med far, mor og {d} søskende|skiftevis hos mor og far]",),
    "c_preschool_care": ("går i børnehave[ og trives|, trives godt|]",),
    "c_school_home": ("bor [med forældre og {d} søskende|med mor og far|skiftevis hos mor og far|hos mor, far ikke inde i billedet|med mor og papfar]",),
    "c_school_class": ("går i {klasse}[ på den lokale folkeskole| på en privatskole| på skolen i nærheden|][, trives|, trives socialt|, trives fagligt og socialt|, har haft det svært socialt|]",),
    "c_school_leisure": ("går til [fodbold|håndbold|svømning|gymnastik|spejder][ et par gange om ugen| ugentligt|]",),
    "c_allergy": ("[ingen kendte allergier|kendt med pollenallergi|ingen allergier|allergi: ingen kendte]",),
    "c_youth_home": ("bor hjemme hos [forældrene|mor|far|mor og stedfar]",),
    "c_youth_school": ("går [i {klasse}|på gymnasiet|på HF|på erhvervsskole|på efterskole]",),
    "c_youth_job": ("har fritidsjob i [et supermarked|en bager|en sportsforretning]",),
    "c_youth_habits": ("[ryger ikke|ryger lejlighedsvis|ryger ikke, drikker ikke alkohol|drikker alkohol til fester]",),
    "c_adult_home": (
        "[gift, |]bor [sammen med ægtefælle|med {partner}] i [hus|lejlighed|rækkehus|andelsbolig][, {d} børn|, {d} voksne børn|, ingen børn|]",
        "bor alene i [lejlighed|hus|andelsbolig][, fraskilt|, enlig|][, {d} voksne børn|, ingen børn|]",
        "[samlevende, bor|bor] med [samlever|kæreste][ og {d} børn|] i [hus|lejlighed|rækkehus]",
    ),
    "c_adult_function": ("[selvhjulpen|fuldt selvhjulpen|klarer sig selv][ i hjemmet| i dagligdagen|]",),
    "c_work": (
        "arbejder som {job}[ på fuld tid| på deltid| i {d} år|]",
        "[sygemeldt|delvist sygemeldt] fra [arbejde|job] som {job}",
        "[ledig|arbejdsløs], [på dagpenge|på kontanthjælp]",
        "studerer [til sygeplejerske|til lærer|ved universitetet|på erhvervsakademi]",
        "[i fleksjob|i fleksjob {d} timer om ugen] som {job}",
    ),
    "c_early_pension": ("[førtidspensionist|på førtidspension] [siden|gennem] [mange år|{d} år]",),
    "c_retired_work": ("[pensionist|folkepensionist|alderspensionist][, tidl. {job}|, har arbejdet som {job}|]",),
    "c_retired_home": ("bor [alene|med ægtefælle|med {partner}] i [eget hus|lejlighed|ældrebolig|rækkehus]",),
    # a patient with dementia does not manage alone (replaces the function pools above)
    "c_dementia_function": (
        "[hukommelsesbesvær|kognitivt svækket] og [har brug for hjælp til|hjælpes med] [medicin og indkøb|personlig pleje|påklædning og medicin]",
        "[pårørende|datteren|sønnen] [doserer medicinen|står for medicin og økonomi|kommer dagligt og hjælper]",
        "[kan ikke længere|klarer ikke længere] [at lave mad|indkøb og økonomi|at tage medicinen] selv",
    ),
    "c_retired_function": ("[selvhjulpen|klarer sig selv|fuldt selvhjulpen][ uden hjælp| i hjemmet|]",),
    "c_retired_activity": ("[kører selv bil|cykler dagligt|går ture dagligt|passer haven]",),
    "c_old_home": ("bor [alene|med ægtefælle|alene efter ægtefællens død] i [eget hus|lejlighed|ældrebolig|lejlighed i stueplan]",),
    "c_old_help": ("[modtager|får] hjemmehjælp {times} [til personlig pleje|til bad og rengøring|til medicin|til påklædning]",),
    "c_old_walk": ("går med [rollator|stok|rollator udendørs og stok indendørs]",),
    "c_old_alarm": ("[har nødkald|har nødkald, ikke brugt]",),
    "c_old_family": ("[datter|søn|nevø] kommer [dagligt|ugentligt|et par gange om ugen] og hjælper med indkøb",),
    "c_nursing_home": ("bor på plejecenter[ efter forværring af funktionsniveauet| gennem {d} år|]",),
    "c_nursing_adl": ("[hjælp til alle ADL-funktioner|forflyttes med lift|mobiliseres i kørestol|går med rollator med støtte]",),
    "c_nursing_family": ("[datter|søn|ægtefælle] er nærmeste pårørende",),
    "c_habits_smoke": (
        "[ryger {d} cig. dgl.|ryger {d} cigaretter dagligt|røg: {d} cig./dag]", "[aldrig ryger|aldrig røget|ikke-ryger]",
        "[eks-ryger|tidl. ryger][, {d} pakkeår|, stoppet for {d} år siden|]",
    ),
    "c_habits_alcohol": (
        "[alkohol: {d} genstande/uge|drikker {d} genstande om ugen|alkohol {d} genst./uge]",
        "[intet alkoholforbrug|drikker ikke alkohol|alkohol: sjældent|alkohol: 0]",
    ),
    "c_pregnancy_no": (
        "[ikke gravid|negativ graviditetstest|U-hCG negativ]",
        "sidste menstruation for {d} uger siden",
    ),
    "c_pregnant": ("gravida {g}, para {p}", "[gravid i uge|GA] {ga}"),
    # --- known disease frames (a list "A, B og C" goes in {})
    "known": (
        "Kendt med {}.", "Tidl. diagnosticeret med {}.", "Pt. har [i flere år|gennem mange år|længe] haft {}.",
        "Har desuden {}.", "I vanlig behandling for {}.", "Anamnestisk {}[, i behandling ved egen læge|].",
        "[Kendt|Velkendt] {} gennem en årrække.", "Følges [i ambulatoriet|ved egen læge|i almen praksis] for {}.",
        "Desuden kendt med {}.", "[Vanligt|Sædvanligt] behandlet for {}.", "{}.",
        "[Kroniske lidelser|Kendte sygdomme] omfatter {}.",
    ),
    "known_none": (
        "[Tidligere rask|Tidl. rask|Tidligere væsentligt rask].", "Ingen kendte kroniske sygdomme.",
        "[Ingen|Ikke] [kendte|tidligere] [somatiske|væsentlige] lidelser.",
    ),
    # --- objective findings (clauses)
    "c_general": (
        "AT: [upåvirket|let påvirket|habituel|upåvirket, klar og velorienteret]",
        "[almentilstand|AT] [god|upåvirket|let reduceret]",
        "[vågen|vågen og klar], [orienteret|orienteret x 3|orienteret i tid, sted og egne data]",
    ),
    "c_exam": (
        "St.c.: [RCR, ingen mislyde|regelmæssig aktion, ingen mislyde|RCR|normale hjertelyde]",
        "St.p.: [VAM bilat.|vesikulær respiration bilat.|normale respirationslyde][, ingen RKL|, ingen knitren|]",
        "[abdomen|abd.]: [blødt og uømt|blødt, uømt, ingen udfyldninger|alm. tarmlyde, uømt|blødt, let ømt i epigastriet]",
        "[ingen|ingen perifere|ingen pitting] ødemer",
        "[neurologisk orienterende u.a.|ingen fokale neurologiske udfald|pupiller ens og lysreagerende]",
        "[huden|hud] [u.a.|varm og tør|uden udslæt]",
        "[kapillærrespons < 2 sek.|perifere pulse palpable|god perifer kapillærrespons]",
        "[RF {rf}|respirationsfrekvens {rf}]",
    ),
    "c_exam_child": (
        "[rask udseende|upåvirket barn|let påvirket, men kontaktbar|leger under undersøgelsen]",
        "[trommehinder u.a.|trommehinder normale bilat.]",
        "[svælg u.a.|let rødt svælg, ingen belægninger]",
        "[St.c. og St.p. u.a.|hjerte og lunger u.a.]",
        "[abdomen blødt og uømt|abd. u.a.]",
        "[ingen nakkestivhed|ingen meningeal irritation]",
        "[god kapillærrespons|kapillærrespons < 2 sek.]",
    ),
    "c_psych": (
        "[vågen, klar og orienteret|klar og orienteret i tid, sted og egne data|bevidsthedsklar]",
        "[kontaktbar|god kontakt|kontakten let at etablere|noget afventende i kontakten]",
        "[stemningsleje [let |]sænket|affekt afdæmpet|stemningslejet neutralt|affekten modulerbar]",
        "[ingen psykotiske symptomer|ikke psykotisk|ingen hallucinationer eller vrangforestillinger]",
        "[benægter aktuelle suicidaltanker|ingen aktuel suicidalitet|distancerer sig fra selvmordstanker|ingen konkrete selvmordsplaner]",
        "[psykomotorisk [let |]hæmmet|psykomotorisk rolig|let motorisk uro]",
        "[søvn|nattesøvn] [forstyrret|reduceret til {d} timer|uændret]",
    ),
    # --- paraclinic: the sentence around the lab values ({} takes the values)
    "labs": (
        "{}.", "[Ved indlæggelsen|Ved ankomst|Indlæggelsesprøver]: {}.", "Prøverne [viste|viser] {}.",
        "[Relevante|Udvalgte] [blodprøver|værdier]: {}.", "{}[, i øvrigt normale værdier|, øvrige værdier u.a.|].",
    ),
    "c_labs_more": (
        "[levertal|ALAT og basisk fosfatase] [normale|u.a.|inden for referenceområdet]",
        "[INR|koagulationstal] [normal|u.a.]",
        "[albumin|s-albumin] [normal|let lav]",
        "[TSH|thyreoideatal] [normal|u.a.]",
        "[væsker og elektrolytter|elektrolytter] [u.a.|normale]",
    ),
    "ecg": (
        "EKG: [sinusrytme|SR|regelmæssig sinusrytme][, normalt EKG|, ingen iskæmi|, ingen ST-forandringer|, normal akse|][, frekvens {pulse}|, HR {pulse}|][, PQ og QRS normale|, QTc normal|].",
        "EKG [viser|med|:] [sinusrytme|SR] [uden iskæmitegn|uden akutte forandringer|og normale intervaller|uden tegn på iskæmi][, frekvens {pulse}|][ – uændret fra tidligere| (ved indlæggelsen)|].",
    ),
    # --- the course of the main diagnosis
    "course_a": (
        "[Under indlæggelsen|Under opholdet] blev {} behandlet [efter gældende instruks|efter instruks|som vanligt] [med god effekt|med hurtig bedring|med langsom bedring].",
        "Forløbet har været præget af {}, [der|som] [er i bedring|nu er i klar bedring|er aftagende].",
        "[Vi har|Der er] behandlet {} og [ser|set] [pæn|fin|jævn] bedring.",
        "Ved udskrivelsen er {} [velbehandlet|i bedring|under kontrol].",
        "Vedr. {}: [langsom men sikker bedring|pæn bedring|gradvis bedring] under behandling.",
        "Pt. har haft et [ukompliceret|stille og roligt|langsommeligt, men ukompliceret] forløb af [sin|den] {}.",
        "Behandlingen af {} er [fulgt op|vurderet] [dagligt ved stuegang|løbende|ved stuegang].",
        "[Vi vurderer|Det vurderes], at {} er [tilstrækkeligt behandlet|behandlet tilstrækkeligt] til udskrivelse.",
        "Tilstanden [tolkes som|vurderes som|forenelig med] {}, og [behandling er iværksat|relevant behandling er opstartet].",
        "[Klinisk og biokemisk|Klinisk] bedring af {}[ under behandlingen|].",
        "{} [responderede|har responderet] [fint|godt|langsomt] på [behandlingen|den iværksatte behandling].",
    ),
    "course_b": (
        "Vedr. {}: [uændret|stabil], [fortsætter vanlig behandling|ingen ændringer|ingen tiltag].",
        "{} har været [velreguleret|velbehandlet|stabil] under indlæggelsen.",
        "[Kendt|Den kendte] {} – [ingen ændringer i behandlingen|uændret behandling].",
        "Der er taget hånd om {} i samråd med [egen læge|patienten|pårørende].",
        "{} har ikke givet anledning til [ændringer|særlige tiltag].",
        "[Desuden|Derudover] behandlet for {} under indlæggelsen.",
        "Vi har justeret behandlingen af {}[ lidt|].",
        "Pt.s {} er fulgt under indlæggelsen uden problemer.",
        "[Ift.|Mht.] {} anbefales fortsat kontrol ved egen læge.",
        "{}: [vanlig|sædvanlig] medicin [fortsat|genoptaget] under indlæggelsen.",
    ),
    # B conditions of this stay that are no chronic disease: self-harm, and injuries, poisonings and
    # acute infections (a "sædvanlig medicin fortsat" or "velreguleret" would not fit them)
    "course_b_selfharm": (
        "Efter {} [tilset af|vurderet af] psykiatrisk [vagthavende|tilsyn][, ikke aktuelt suicidal|, ingen aktuel selvmordsrisiko|].",
        "Vedr. {}: [psykiatrisk tilsyn|psykiatrisk vurdering] [under indlæggelsen|inden udskrivelse], [ikke aktuelt suicidal|aftalt ambulant opfølgning].",
        "{} – [psykiatrisk tilsyn|vurdering ved psykiatrisk vagthavende] [gennemført|foretaget], [aftalt opfølgning i psykiatrien|henvist til ambulant psykiatri].",
    ),
    "course_b_acute": (
        "{} behandlet under indlæggelsen[ med god effekt| uden komplikationer|].",
        "Vedr. {}: [i bedring|svundet|i aftagen] under behandlingen.",
        "{} [er behandlet|blev behandlet] og er [i bedring|i god bedring] ved udskrivelsen.",
        "[Desuden|Derudover] [behandlet for|tilset for] {}[, ingen videre tiltag| uden behov for videre opfølgning|].",
    ),
    "conclusion": (
        "{}.", "Diagnose: {}.", "Udskrives med [diagnosen|hoveddiagnosen] {}.", "Hoveddiagnose: {}.",
        "Primært {}.", "[Samlet|Samlet set] [vurderet som|tolket som] {}.", "A-diagnose: {}.",
    ),
    "conclusion_b": (" Bidiagnoser: {}.", " B-diagnoser: {}.", " Desuden: {}.", " Endvidere {}."),
    # --- hard negatives, each recorded in truth.distractors with its kind
    "negated": (
        "[Ingen|Ikke] tegn [på|til] {}[ ved objektiv undersøgelse| klinisk|].", "Der er ikke [holdepunkt|mistanke] for {}.",
        "Intet der taler for {}.", "[Ingen|Ikke] [klinisk mistanke|holdepunkter] for {}.",
        "{} kan [afvises|ikke påvises] klinisk.", "Pt. [benægter|har ingen] symptomer på {}.",
    ),
    "ruled_out": (
        "{} er afkræftet[ ved undersøgelse| ved CT| paraklinisk|].", "[Vi har|Der er] udelukket {}[ ved relevante undersøgelser|].",
        "[Negativ for|Afkræftet:] {}.", "Udredning for {} [var negativ|viste intet|uden fund].",
        "[CT|Ultralyd|Billeddiagnostik] har [udelukket|afkræftet] {}.",
    ),
    "dismissed": (
        "Initialt [mistanke om|mistænkt] {}, men dette blev afkræftet[ ved videre udredning|].",
        "[Man|Vagthavende] mistænkte [først|initialt] {}, [hvilket|som] ikke [kunne bekræftes|blev bekræftet].",
        "Differentialdiagnostisk [overvejet|overvejedes] {}, men [dette er afkræftet|ikke fundet holdepunkt herfor].",
        "Obs. pro {} – [afkræftet|ikke bekræftet ved videre udredning].",
        "[Indlagt|Henvist] under mistanke om {}, som [blev afkræftet|ikke kunne bekræftes].",
    ),
    "uncertain": (
        "Obs. pro {}.", "Mistanke om {}, [udredes ambulant|afventer svar|følges op af egen læge].",
        "[Kan ikke udelukke|Ikke muligt at udelukke] {}[ – udredes videre|].",
        "Muligvis {}, [afventer svar|vurderes ambulant].", "[Obs. for|Spørgsmål om] {} – ikke bekræftet.",
    ),
    "history": (
        "Tidl. behandlet for {}[, afsluttet uden følger|, nu rask|].", "[Haft|Havde] {} for [mange år siden|{d} år siden], ingen følger.",
        "[Anamnestisk|Tidligere] {} [i barndommen|som ung], nu rask.", "Behandlet for {} for {d} år siden, [velbehandlet og ophørt|helt overstået].",
        "Tidligere episode med {}[, helt overstået| for {d} år siden|].", "[I {d}-årsalderen|For {d} år siden] {}[, ingen recidiv|].",
    ),
    "family": (
        "[Mor|Far|Mormor|Farfar] [med|havde|har haft] {}.", "Disposition: [bror|søster|mor|far] med {}.",
        "[Familiær disposition til|Arvelig disposition til|Disponeret for] {}[ på mødrene side| på fædrene side|].",
        "[Morfar|Farmor|Far] døde af {}[ i 60-årsalderen|].", "[I familien|Familiært] {} hos [mor|far|to søskende].",
    ),
    "planned": (
        "Planlagt udredning for {} er ikke nået og [foretages ambulant|sker ved egen læge].",
        "Der henvises til udredning [mhp.|for] {}.", "Evt. {} vurderes ved [næste|kommende] ambulante kontrol.",
        "[Ved behov|Evt.] udredning for {} via egen læge.", "Screening for {} [planlagt|aftalt], men ikke foretaget under indlæggelsen.",
        "[Henvist|Henvises] til [ambulant|videre] vurdering mhp. {}.",
    ),
    # --- the course: daily notes, team and practical matters (clauses)
    "c_day_early": (
        "[fortsat|stadig] [påvirket|træt|medtaget]", "[sparsomt|begrænset] fødeindtag", "[dårlig|urolig] nattesøvn",
        "[behov for|fået] p.n. smertestillende", "[ilt|ilttilskud] [1|2|3] l/min på [næsekateter|brillerne]",
        "[let|moderat] kvalme, [fået|behandlet med] p.n. antiemetika",
    ),
    "c_day_late": (
        "[har det bedre|føler sig bedre|er i bedring|er frisk]", "[spiser og drikker tilfredsstillende|god appetit|spiser fint]",
        "[har sovet godt|rolig nat|sovet uden sovemedicin]", "[afebril|feberfri]",
        "[afføring og vandladning u.a.|vandladning u.a.|har haft afføring]", "[smerterne aftaget|smertefri|smerter dækket med p.n. paracetamol]",
        "[ønsker udskrivelse|føler sig klar til udskrivelse|glæder sig til at komme hjem]",
    ),
    # events that happen once in a stay (the writer uses each frame once)
    "c_day_event": (
        "[PVK seponeret|fri af drop|i.v.-behandling seponeret]", "[fri af ilt|ilten seponeret]",
        "[KAD seponeret|kateter fjernet], [lader vandet spontant|god spontan vandladning]",
        "[overgået til|skiftet til] p.o. medicin", "[i bad|har været i bad] for første gang",
        "[besøg af|haft besøg af] [familien|de nærmeste|pårørende]", "[medicinen|medicinlisten] gennemgået ved stuegang",
        "[blodprøver|kontrolblodprøver] taget",
    ),
    "c_day_obs": (
        "BT {bt}[, puls {pulse}|]", "[blodprøver|kontrolblodprøver] [uændrede|stabile|i bedring]",
        "[ved stuegang|stuegang]: [uændret klinisk|klinisk i bedring|fortsætter behandling]",
        "[væskebalance|væskeskema] [i balance|positiv|let negativ]", "[vægt|dagsvægt] [uændret|stabil]",
        "[smerter|smerterne] [VAS {vas}|VAS {vas} i hvile]", "[diurese|vandladning] [tilfredsstillende|god]",
        "[mobiliseret|oppe] [flere gange|{d} gange] i løbet af dagen",
    ),
    "c_mobility_adult": ("[oppegående|mobiliseret på gangen|går selv på afsnittet|selvhjulpen]",),
    "c_mobility_old": (
        "[mobiliseret med rollator|går med rollator på gangen|mobiliseres med hjælp af én|mobiliseret til stol med hjælp]",
    ),
    "c_child_day": (
        "[leger på stuen|er frisk og legende|er mere sig selv|har fået sin appetit igen]",
        "[mor|far|forældrene] [har været til stede hele tiden|sover hos barnet|er med på stuen]",
        "[drikker|spiser] [godt|tilfredsstillende|lidt bedre]",
    ),
    "c_team": (
        "[fysioterapeut|fysioterapeuten] har [vurderet|set] pt.[, der går [sikkert|stabilt] på gangen|, genoptræning ikke nødvendig|]",
        "[ergoterapeut|ergoterapeuten] har vurderet [ADL-funktionen|funktionsniveauet][, der er let nedsat|, der er habituelt|]",
        "[diætist|diætisten] har [vurderet|set på] ernæringstilstanden[, energi- og proteindrik tilbydes|, ingen tiltag|]",
        "[sygeplejerske|sygeplejersken] har gennemgået [medicinen|medicinlisten] med pt.",
        "[konfereret med|drøftet med] [bagvagt|overlæge|forvagt][, der er enig i planen|, enig|]",
        "[telefonisk kontakt|kontakt] med egen læge[ om videre forløb|]",
    ),
    "c_team_adult": (
        "[socialrådgiver|socialrådgiveren] har talt med pt. om [økonomi|boligforhold|hjælpemidler]",
    ),
    "c_team_old": (
        "[kommunen|hjemmeplejen] er kontaktet mhp. [genoptagelse af|øget] hjemmehjælp",
        "[genoptræningsplan|GOP] udarbejdet",
        "[tryksårsrisiko vurderet|risiko for tryksår vurderet], [ingen tiltag|trykaflastende madras]",
        "[pårørende|datter|søn] [er orienteret|informeret] om [forløbet|planen]",
        "[faldrisiko|risiko for fald] vurderet[, gangredskab tilpasset|]",
    ),
    "c_team_child": (
        "[forældrene|mor og far] er [informeret|orienteret] om [forløbet|planen|behandlingen]",
        "[sundhedsplejerske|egen læge] orienteres[ via epikrisen|]",
        "[skolen|institutionen] er informeret[ af forældrene|]",
    ),
    "c_team_psych": (
        "[samtaler|støttende samtaler] [dagligt|flere gange ugentligt] med [kontaktperson|primærbehandler]",
        "[deltaget i|deltager i] [afsnittets aktiviteter|gruppeterapi|ergoterapi]",
        "[netværksmøde|møde] med [pårørende|kommunen|distriktspsykiatrien] afholdt",
        "[ingen|ikke] [tvangsforanstaltninger|brug af tvang] under indlæggelsen",
        "[udgang|udgange] [med personale|alene|til hjemmet] [forløbet|gået] godt",
    ),
    # --- early warning score: words match the score (writer picks by band)
    "ews_low": ("EWS {ews}, [stabil|stabile værdier|ingen bemærkninger]", "[EWS|Early Warning Score] {ews} [gennem vagten|i døgnets løb], stabil"),
    "ews_mid": ("EWS {ews}, [vagthavende orienteret|vagtlæge tilkaldt, øget observation|tilset af forvagt]",),
    "ews_high": ("EWS {ews}, [tilset af vagthavende læge og behandling intensiveret|vurderet af forvagt, overvåges tæt]",),
    # --- plan (clauses)
    "c_plan_followup": (
        "kontrol hos egen læge om {d} uger[ med blodprøver| med væsketal|]",
        "ambulant kontrol i [afdelingens ambulatorium|ambulatoriet] om {d} [uger|måneder]",
        "[ingen ambulant opfølgning|ingen opfølgning i afdelingen], afsluttes til egen læge",
        "pt. indkaldes skriftligt til kontrol", "[vi har ikke planlagt yderligere|intet yderligere planlagt]",
    ),
    "c_plan": (
        "[genhenvendelse|ny kontakt] ved forværring", "[medicinændringer|ændringer i medicinen] fremgår af [medicinlisten|FMK]",
        "[pt. er informeret om planen og accepterer denne|pt. kender og accepterer planen|pt. er indforstået med planen]",
    ),
    "c_plan_old": ("[henvises|henvist] til [kommunal|kommunal ambulant] genoptræning", "hjemmeplejen [genoptager|fortsætter] [vanlig hjælp|hjælpen]"),
    "c_plan_child": ("[forældrene|mor og far] ved, [hvornår de skal henvende sig igen|at de kan ringe ved forværring]", "kontrol ved egen læge efter behov"),
    "c_plan_psych": ("[fortsat|videre] [behandling|forløb] i distriktspsykiatrien", "[kriseplan|sikkerhedsplan] udarbejdet sammen med pt.", "[ambulant samtale|opfølgende samtale] inden for {d} dage"),
    "ak_continued": ("AK-beh. fortsættes uændret.", "AK-behandling fortsat.", "Fortsat AK-beh.", "[Vanlig|Uændret] AK-behandling."),
    "diabetes_deep": ("Vedr. {}: fortsat uændret behandling og årskontrol ved egen læge.", "Mht. {}: [vanlig|uændret] behandling, årskontrol hos egen læge."),
    "afli_ecg": ("EKG: {} med ventrikelfrekvens {vf}.", "EKG [viser|med] {}[, frekvens| og ventrikelfrekvens] {vf}."),
    "no_meds": ("Ingen fast medicin.", "Ingen[ fast medicin ved udskrivelsen|].", "Intet fast."),
    "surgery_generic": (
        "Opereret [dag {d}|på indlæggelsesdagen|dagen efter indlæggelsen] i [generel|spinal] anæstesi[, ukompliceret peroperativt forløb|, se operationsbeskrivelse|].",
        "[Indgrebet|Operationen] forløb [ukompliceret|uden komplikationer|planmæssigt][, blodtab {d}00 ml|].",
    ),
    "surgery_post": (
        "[postoperativt|post op.] [ukompliceret|stille og roligt|upåvirket]", "[såret|operationssåret] [tørt og pænt|u.a.|uden tegn på infektion]",
        "[mobiliseret dagen efter operationen|mobiliseret dag 1 post op.]", "[smerter dækket med|smertebehandlet med] [p.o. analgetika|paracetamol og p.n. morfin]",
        "[dræn|drænet] seponeret", "[sutur|agraffer] fjernes [hos egen læge|ved kontrol] om {d} dage",
    ),
}  # fmt: skip

JOBS = (
    "pædagog", "tømrer", "SOSU-assistent", "lagerarbejder", "buschauffør", "lærer", "kontorassistent", "ingeniør",
    "sygeplejerske", "landmand", "murer", "frisør", "butiksassistent", "revisor", "elektriker", "lastbilchauffør",
    "IT-konsulent", "rengøringsassistent", "smed", "økonoma", "postbud", "maskinarbejder", "kok", "advokatsekretær",
)  # fmt: skip

# Pools whose frames exclude each other (one way of living, one follow-up): a sentence takes at most
# one of them. In every other clause pool each frame is its own topic.
EXCLUSIVE = frozenset(name for name in POOLS if name.startswith(("c_infant", "c_child", "c_preschool", "c_school",
    "c_allergy", "c_youth", "c_adult", "c_work", "c_early", "c_retired", "c_old", "c_nursing", "c_habits",
    "c_plan_followup", "c_mobility")))  # fmt: skip

# Connectors between clauses of one sentence, and the full stop or its dictation slips.
CONNECTORS = (", ", ", ", ", ", "; ", " og ", " – ")

# Work-up that follows the main diagnosis: paraclinic and course frames, by situation (clinical.WORKUP).
POOLS.update({
    "wk_ami_labs": (
        "TnT [stigende|steg] fra {tnt1} til {tnt2} ng/L.", "Troponin T {tnt1} → {tnt2} ng/L[ ved gentagen måling| efter 3 timer|].",
        "[Forhøjet|Dynamisk] troponin: TnT {tnt1} og {tnt2} ng/L.",
    ),
    "wk_ami_ecg": (
        "EKG: [ST-depression|T-tak-inversion|ST-elevation] i [anteriore|inferiore|laterale] afledninger.",
        "EKG med [ST-depressioner|negative T-takker|ST-elevationer] [i V2-V5|i II, III og aVF|lateralt].",
    ),
    "wk_ami_kag": (
        "KAG [dag 1|samme dag|dagen efter indlæggelsen] viste [signifikant stenose|okklusion|subtotal stenose] [af LAD|af RCA|af CX|proksimalt på LAD], [behandlet med PCI og DES|som blev behandlet med PCI og stent|PCI med implantation af DES].",
        "Akut KAG med PCI af [LAD|RCA|CX|1. diagonalgren][, ukompliceret|, god flow efterfølgende|].",
    ),
    "wk_ami_medical": (
        "KAG viste [diffus|udbredt] koronarsygdom uden PCI-egnede læsioner; [medicinsk behandling|konservativ behandling] [valgt|iværksat].",
        "[Pga. alder og komorbiditet|Efter samtale med pt.] [ikke tilbudt|fravalgt] KAG, behandles medicinsk.",
    ),
    "wk_echo": ("Ekko: LVEF {ef} %[, normal klapfunktion|, let nedsat kontraktilitet|].", "Ekkokardiografi [viser|med] LVEF {ef} %."),
    "wk_pneu_rtg": (
        "RTG thorax: [infiltrat|fortætning] [basalt |][i hø. underlap|i ve. underlap|i hø. mellemlap|bilat.].",
        "[RTG af thorax|Røntgen af thorax] [viser|med] [nytilkommet|] infiltrat [i hø. side|i ve. side|basalt hø.|perihilært ve.].",
    ),
    "wk_pneu_ab": (
        "Behandlet med [i.v. penicillin|i.v. cefuroxim|i.v. piperacillin/tazobactam|i.v. ampicillin], skiftet til p.o. [amoxicillin|penicillin|amoxicillin med clavulansyre] efter {d} døgn.",
        "Opstartet [i.v. antibiotika|i.v. penicillin] [ved ankomst|i FAM]; [faldende CRP|CRP faldende] og [afebril|feberfri] fra dag {day}.",
    ),
    "wk_hip_rtg": ("RTG [af hoften|hofte og bækken] bekræfter [frakturen|bruddet][, dislokeret|, udislokeret|].",),
    "wk_hip_op": (
        "Opereret [dag 1|inden for 24 timer|på indlæggelsesdagen] med [hemialloplastik|osteosyntese med glideskrue og plade|intramedullært søm|to skruer] i spinal anæstesi.",
        "[Osteosyntese|Hemialloplastik] [dagen efter indlæggelsen|inden for 24 timer][, ukompliceret|, planmæssigt forløb|].",
    ),
    "wk_rehab": (
        "Mobiliseret [dag 1 postoperativt|dagen efter operationen] med fysioterapeut[, fuld belastning tilladt|, støttebelastning|].",
        "Genoptræningsplan [udarbejdet|sendt til kommunen]; [fortsat genoptræning|genoptræning] i kommunalt regi.",
    ),
    "wk_fx_rtg": ("RTG bekræfter [frakturen|bruddet][ uden dislokation| med let dislokation|].", "Røntgen [viser|med] [udislokeret|let dislokeret] fraktur."),
    "wk_fx_cast": (
        "[Behandlet med|Anlagt] [gipsskinne|gips|bandage] i {d} uger[, kontrol i ambulatoriet|, kontrol i skadestuen|].",
        "[Gipsbehandling|Immobilisering i gips] i {d} uger[ og derefter genoptræning| med røntgenkontrol efter en uge|].",
    ),
    "wk_fx_beh": (
        "[Behandlet med|Anlagt] [gipsskinne|gips|bandage] i {d} uger[, kontrol i ambulatoriet|].",
        "Opereret med [plade og skruer|osteosyntese|K-tråde][, ukompliceret|] og henvist til genoptræning.",
    ),
    "wk_stroke_ct": (
        "CT cerebrum[ ved ankomst|]: [ingen blødning|ingen blødning, ingen tidlige iskæmiforandringer].",
        "MR cerebrum [viser|med] [frisk iskæmi|akut infarkt] [i ve. hemisfære|i hø. hemisfære|i lillehjernen|subkortikalt].",
    ),
    "wk_stroke": (
        "[Trombolyse|Ikke kandidat til trombolyse pga. tidsvindue|Ikke trombolyse pga. debut > 4,5 timer].",
        "Dysfagiscreening [bestået|ikke bestået, konsistenstilpasset kost]; [fysio- og ergoterapi|ergo- og fysioterapeutisk vurdering] iværksat.",
    ),
    "wk_pe_ct": ("CT-angiografi [af thorax|]: [fyldningsdefekter|embolier] [i begge lungearterier|i segmentarterier hø. side|centralt bilat.].",),
    "wk_sepsis": (
        "Bloddyrkning: [vækst af E. coli|vækst af gramnegative stave|vækst af S. aureus|ingen vækst].",
        "[Sepsispakke|Sepsisbehandling] [opstartet i FAM|givet ved ankomst] med [væske og i.v. antibiotika|i.v. piperacillin/tazobactam og væske].",
    ),
    "wk_copd": ("A-gas: pH {ph}, pCO2 {pco2} kPa[, pO2 {po2} kPa|].", "[Inhalationer|Forstøver] med [ipratropium og salbutamol|salbutamol] og p.o. prednisolon i 5 dage."),
    "wk_hf": ("[Diureseret|Behandlet] med i.v. furosemid, [vægttab {d} kg|god diurese|vægten faldet {d} kg].", "Væskeskema og [daglig vægt|vægt dagligt]; [ødemerne|bensødemerne] i aftagen."),
    "wk_dm": ("[Blodsukkerprofil|BS-profil] [fulgt|fulgt dagligt][, justeret insulin| uden behov for justering|].",),
    "wk_af": ("[Frekvensreguleret|Rytmen reguleret] med [metoprolol|digoxin|bisoprolol][, konverteret spontant til SR|, fortsat i AFLI med normofrekvens|].", "CHA2DS2-VASc {chads}, [AK-beh. opstartet|AK-behandling fortsættes]."),
})  # fmt: skip
