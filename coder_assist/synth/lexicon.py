# ruff: noqa: E501 -- the table has one condition per line, however long
"""Hand-written Danish wording for the conditions that synthetic cases use most.

One line per code: ``CODE | surface forms | medications | signs | flags``. Surface forms mix the
catalogue wording, lay terms, clinical jargon and abbreviations (``AFLI``, ``DM2``, ``KOL``), inflected
forms and typical spelling slips; the programmatic forms of ``forms.py`` are added to them. Medications
are ``ATC dose`` pairs joined by ``+`` (names come from the ATC table in ``resources/synth``); a drug
with several indications is listed under each (metoprolol: atrial fibrillation, hypertension, angina,
heart failure), and one marked ``~`` is given for the condition but does not show it on its own
(alendronat after a hip fracture). Signs name measurements that imply the condition (``bt`` → "BT
168/96"; see ``clinical.SIGNS``). Flags: ``h`` the condition can be a resolved earlier episode (a
history distractor), ``f`` it runs in families (a family-history distractor).
"""

from __future__ import annotations

from dataclasses import dataclass

_TABLE = """
DI109 | hypertension; essentiel hypertension; forhøjet blodtryk; højt blodtryk; hypertensio arterialis; blodtryksforhøjelse; hypertention; arteriel hypertension; HT; hypertensionen | C08CA01 5 mg x 1 + C09CA01 50 mg x 1 + C03AA03 25 mg x 1 + C09AA05 5 mg x 1 + C07AB02 50 mg x 2 | bt | f
DE119 | type 2-diabetes; type 2 diabetes; DM2; T2DM; sukkersyge type 2; gammelmandssukkersyge; non-insulinkrævende diabetes; NIDDM; diabetes mellitus type 2; type-2 diabetes; type 2-diabets | A10BA02 1 g x 2 + A10BK01 10 mg x 1 + A10BJ06 1 mg 1 gang ugentligt + A10AE04 16 IE x 1 + A10AB05 6 IE til måltiderne | hba1c | f
DE109 | type 1-diabetes; type 1 diabetes; DM1; T1DM; insulinkrævende diabetes; IDDM; diabetes mellitus type 1; juvenil diabetes; type 1-diabets | A10AE04 20 IE x 1 + A10AB05 efter skema | hba1c | f
DE149 | diabetes; diabetes mellitus; DM; sukkersyge; diabetes mellitus af ukendt type; diabtes | A10BA02 500 mg x 2 | hba1c |
DE660A | overvægt; let overvægt; overvægtig; præadipositas; BMI-mæssig overvægt | | bmi25 |
DE660B | fedme; adipositas; svær overvægt; obesitas; overvægt med BMI over 30; adipøs; fedm | ~A10BJ06 2,4 mg 1 gang ugentligt | bmi30 |
DE660C | svær fedme; adipositas gradus II; betydelig overvægt; svært overvægtig; sværere adipositas | ~A10BJ06 2,4 mg 1 gang ugentligt | bmi35 |
DE660D | ekstrem fedme; morbid adipositas; morbid obesitas; sygelig overvægt; adipositas permagna | ~A10BJ06 2,4 mg 1 gang ugentligt | bmi40 |
DE669 | overvægtig patient; overvægtsproblematik; vægtproblemer; adipøs habitus; for høj vægt | | bmi30 |
DI489 | atrieflimren; AFLI; atrieflagren; AF; forkammerflimmer; hjerteflimmer; paroksystisk atrieflimren; permanent AFLI; atrieflimmer; atrieflimmren | B01AF02 5 mg x 2 + B01AF01 20 mg x 1 + C07AB02 50 mg x 1 + C01AA05 62,5 mikrog x 1 + C07AB07 2,5 mg x 1 | |
DJ449 | KOL; kronisk obstruktiv lungesygdom; rygerlunger; COPD; emfysem-bronkitis; kronisk obstruktiv lungelidelse; K.O.L. | R03BB04 18 mikrog x 1 + R03AL03 1 inh x 1 + R03AC02 p.n. + R03AK07 1 inh x 2 | |
DJ441 | KOL i exacerbation; exacerbation i KOL; KOL-exacerbation; akut forværring af KOL; exacerbatio morbi pulmonum chronici; KOL i eksacerbation; KOL-exaserbation | R03AC02 2,5 mg p.n. + H02AB06 37,5 mg x 1 + R03AL03 1 inh x 1 + R03BB04 18 mikrog x 1 + J01CA04 750 mg x 3 + ~A02BC01 20 mg x 1 | sat, crp |
DJ440 | KOL med pneumoni; KOL med nedre luftvejsinfektion; infektionsexacerbation i KOL; KOL-exacerbation med infektion; inficeret KOL | J01CA04 750 mg x 3 + H02AB06 37,5 mg x 1 + R03AL03 1 inh x 1 + R03AC02 2,5 mg p.n. | sat, crp |
DE785 | hyperlipidæmi; forhøjet kolesterol; hyperkolesterolæmi; dyslipidæmi; højt kolesteroltal; forhøjede lipider; hyperlipidaemi | C10AA05 40 mg x 1 + C10AA01 40 mg x 1 + C10AX09 10 mg x 1 | | f
DI259 | iskæmisk hjertesygdom; IHD; kronisk iskæmisk hjertesygdom; åreforkalkning i hjertet; stabil angina pectoris; kendt IHS; iskæmisk hjertesygdomm | B01AC06 75 mg x 1 + C10AA05 80 mg x 1 + C01DA02 p.n. + C08CA01 5 mg x 1 + C07AB07 5 mg x 1 + C07AB02 100 mg x 1 + C10AA01 40 mg x 1 + C10AX09 10 mg x 1 | | f
DI509 | hjertesvigt; hjerteinsufficiens; inkompenseret hjertesvigt; kronisk hjertesvigt; HF; nedsat pumpefunktion; hjertesvigd; systolisk hjertesvigt | C03CA01 40 mg x 1 + C03DA01 25 mg x 1 + C07AB07 5 mg x 1 + C09AA05 5 mg x 1 + C01AA05 62,5 mikrog x 1 + A10BK01 10 mg x 1 + A12BA01 750 mg x 2 + C09CA01 50 mg x 1 + C07AB02 100 mg x 1 + C09AA02 5 mg x 2 + ~C03AA03 25 mg x 1 | ef |
DI110 | hypertensiv hjertesygdom med hjertesvigt; hypertensiv hjertesvigt; hjertesvigt på baggrund af hypertension; hypertensiv kardiomyopati med svigt; hypertensivt hjertesvigt | C03CA01 40 mg x 2 + C09AA05 5 mg x 1 + C03AA03 25 mg x 1 | ef, bt |
DI214 | NSTEMI; non-ST-elevations myokardieinfarkt; non-STEMI; blodprop i hjertet uden ST-elevation; akut myokardieinfarkt uden ST-elevation; NSTEMi | B01AC06 75 mg x 1 + C10AA05 80 mg x 1 + C07AB02 50 mg x 2 + C09AA05 2,5 mg x 1 + ~A02BC05 20 mg x 1 | |
DI219 | akut myokardieinfarkt; AMI; blodprop i hjertet; hjerteinfarkt; akut hjerteinfarkt; myokardieinfakt | B01AC06 75 mg x 1 + C10AA05 80 mg x 1 + C07AB02 50 mg x 2 + C09AA05 2,5 mg x 1 + ~A02BC05 20 mg x 1 | | h
DI209 | angina pectoris; hjertekrampe; angina; AP-smerter; anstrengelsesudløst angina; angina pectors | C01DA02 0,4 mg p.n. + B01AC06 75 mg x 1 + C08CA01 5 mg x 1 + C07AB02 50 mg x 2 | |
DI269 | lungeemboli; LE; blodprop i lungen; lungeembolus; lungeemboli uden cor pulmonale; lungeembolli | B01AF01 15 mg x 2 + B01AF02 10 mg x 2 | sat | h
DI802 | dyb venetrombose; DVT; blodprop i benet; DVT i underekstremiteten; trombose i venstre underben; dyb venetrombose i læggen | B01AF02 10 mg x 2 + B01AF01 15 mg x 2 | | h
DI639 | apopleksi; hjerneinfarkt; blodprop i hjernen; iskæmisk apopleksi; cerebralt infarkt; stroke; apoplexia cerebri; hjerneinfakt | B01AC06 75 mg x 1 + B01AC04 75 mg x 1 + C10AA05 80 mg x 1 + C10AA01 40 mg x 1 + ~C08CA01 5 mg x 1 | | h
DI634 | kardioembolisk apopleksi; emboli til arteria cerebri media; embolisk hjerneinfarkt; kardioembolisk stroke; embolisk apopleksi | B01AF02 5 mg x 2 + ~C08CA01 5 mg x 1 | |
DI693 | følger efter apopleksi; sequelae efter hjerneinfarkt; halvsidig lammelse efter blodprop i hjernen; status efter apopleksi med restsymptomer; senfølger efter stroke | | |
DG459 | TCI; transitorisk cerebral iskæmi; drypper; forbigående iskæmisk anfald; TIA; transitorisk iskæmisk attak | B01AC04 75 mg x 1 + ~C09AA05 5 mg x 1 | | h
DG409 | epilepsi; epileptisk lidelse; krampeanfald ved kendt epilepsi; epilepsia; epilipsi; kendt epileptiker | N03AX14 500 mg x 2 + N03AG01 500 mg x 2 + N03AX09 100 mg x 2 | | f
DG209 | Parkinsons sygdom; morbus Parkinson; Parkinson; parkinsonisme; paralysis agitans; Parkinsons syge | N04BA02 125 mg x 4 + N04BC05 0,26 mg x 1 + ~A06AD11 15 ml x 2 | |
DG309 | Alzheimers sygdom; Alzheimers demens; demens af Alzheimer-type; alzheimer; DAT | N06DA02 10 mg x 1 | | f
DF039 | demens; demenssygdom; kognitiv svækkelse med demens; dement; uafklaret demens; demenz | ~N06DA02 5 mg x 1 + ~N05AH04 25 mg til natten + ~N05AX08 0,5 mg x 2 | | f
DG560 | karpaltunnelsyndrom; CTS; carpaltunnelsyndrom; medianusneuropati ved håndleddet; karpaltunnel syndrom; nervus medianus-kompression | | |
DG629 | polyneuropati; PNP; nervebetændelse i fødderne; perifer neuropati; polyneuropathia; sensorisk polyneuropati | | |
DG473 | søvnapnø; søvnapnøsyndrom; OSAS; obstruktiv søvnapnø; søvnapnø-syndrom; sleep apnea | | |
DG442 | spændingshovedpine; tensionshovedpine; hovedpine af spændingstype; kronisk spændingshovedpine; muskelspændingshovedpine | N02BE01 1 g p.n. + M01AE01 400 mg p.n. | |
DG430 | migræne; migræne uden aura; migræneanfald; almindelig migræne; migrene | N02CC01 50 mg p.n. + M01AE01 400 mg p.n. | | f
DN390 | urinvejsinfektion; UVI; infektion i urinvejene; urinvejsinf.; urinvejsinfection; uroinfektion | J01XE01 50 mg x 4 + J01EA01 100 mg x 2 + J01MA02 500 mg x 2 | uvi, crp | h
DN300 | blærebetændelse; cystitis; akut cystitis; nedre UVI; akut blærebetændelse | J01XE01 50 mg x 4 + J01EA01 200 mg x 2 | uvi | h
DN179 | akut nyresvigt; akut nyreinsufficiens; AKI; akut nyreskade; prærenalt nyresvigt; akut nyreinsuficiens | | krea |
DN189 | kronisk nyresygdom; kronisk nyreinsufficiens; CKD; nedsat nyrefunktion; kronisk nyresvigt; kronisk nyreinsuficiens | V03AE02 800 mg x 3 + C03CA01 40 mg x 1 + A10BK01 10 mg x 1 + M04AA01 100 mg x 1 + C09CA01 50 mg x 1 + A12AA04 500 mg x 2 + B03XA01 efter skema + A11CC03 0,25 mikrog x 1 + ~C08CA01 10 mg x 1 | egfr | f
DN184 | kronisk nyresygdom stadie 4; CKD 4; kronisk nyreinsufficiens stadie 4; svært nedsat nyrefunktion; CKD stadie IV | V03AE02 800 mg x 3 + B03XA01 efter skema + C03CA01 80 mg x 1 + A11CC03 0,25 mikrog x 1 + A12AA04 500 mg x 3 | egfr |
DE039 | hypothyreose; hypothyroidisme; lavt stofskifte; for lavt stofskifte; myksødem; hypotyreose | H03AA01 100 mikrog x 1 | | f
DE050 | Graves' sygdom; thyreotoksikose; højt stofskifte; morbus Basedow; toksisk diffus struma; hyperthyreose | ~H03BB02 10 mg x 1 + ~H03AA01 50 mikrog x 1 | |
DE212 | hyperparathyreoidisme; forhøjet PTH; hyperparathyroidisme; øget biskjoldbruskkirtelfunktion; HPT | A11CC03 0,5 mikrog x 1 | |
DE871 | hyponatriæmi; lavt natrium; natriummangel; hyponatræmi; hypoosmolalitet | ~C03AA03 25 mg x 1 | na |
DE876 | hypokaliæmi; lavt kalium; kaliummangel; hypokalæmi; hypokaliemi | A12BA01 750 mg x 2 + B05XA01 i.v. | klow |
DE875 | hyperkaliæmi; forhøjet kalium; højt kalium; hyperkalæmi; hyperkaliemi | | khigh |
DE869 | dehydrering; væskemangel; udtørring; dehydration; hypovolæmi; dehydreret | B05XA01 i.v. | |
DE559 | D-vitaminmangel; vitamin D-mangel; lavt D-vitamin; D-vitamin insufficiens; D-vitamin mangel | A11CC05 38 mikrog x 1 | |
DD649 | anæmi; blodmangel; lavt hæmoglobin; anæmia; lav blodprocent; anemi | ~B03AA07 100 mg x 1 | hb |
DD509 | jernmangelanæmi; jernmangel; blodmangel pga. jernmangel; sideropenisk anæmi; jernmangelanemi | B03AA07 100 mg x 1 | hb |
DK219 | refluks; GERD; sure opstød; gastroøsofageal refluks; halsbrand; reflukssygdom | A02BC01 20 mg x 1 + A02BC05 20 mg x 1 | |
DK922 | GI-blødning; gastrointestinal blødning; blødning fra mave-tarmkanalen; melæna; øvre GI-blødning; tarmblødning | A02BC05 40 mg x 2 + B03AA07 100 mg x 1 + A02BC01 40 mg x 2 | hb |
DK703 | alkoholisk levercirrose; alkoholisk cirrose; skrumpelever pga. alkohol; alkoholbetinget cirrose; alkoholisk levercirose | A06AD11 15 ml x 2 + A07AA11 550 mg x 2 + N07BB01 200 mg x 1 | |
DK746 | levercirrose; skrumpelever; cirrosis hepatis; kronisk leversygdom med cirrose; levercirose | A06AD11 15 ml x 2 + A07AA11 550 mg x 2 + C03DA01 100 mg x 1 | |
DK859 | akut pankreatitis; bugspytkirtelbetændelse; pankreatitis; akut pancreatitis; akut pankreatit | | crp |
DK802 | galdesten; cholecystolithiasis; galdeblæresten; sten i galdeblæren; cholelithiasis; galdestenssygdom | | | h
DK358 | akut appendicitis; blindtarmsbetændelse; appendicit; appendicitis acuta; akut blindtarmsbetændelse | J01DC02 1,5 g x 3 + J01CR02 500 mg x 3 | crp | h
DK409 | lyskebrok; ingvinalhernie; brok i lysken; hernia inguinalis; lyskebrog | | | h
DK566 | tarmslyng; ileus; tarmobstruktion; subileus; tyndtarmsileus | | |
DK579 | divertikulose; divertikler i tyktarmen; divertikelsygdom; tarmudposninger; divertikulitis | ~J01MA02 500 mg x 2 + ~J01CR02 500 mg x 3 | | h
DK509 | Crohns sygdom; morbus Crohn; Crohn; regional enteritis; Chrons sygdom | L04AB02 5 mg/kg + L04AX03 15 mg 1 gang ugentligt + A07EC02 1 g x 3 | | f
DK519 | colitis ulcerosa; ulcerøs colitis; UC; colitis ulcerosa i opblussen; colitis ulserosa | A07EC02 2 g x 2 + L04AB02 5 mg/kg | | f
DC189 | tyktarmskræft; coloncancer; cancer coli; kræft i tyktarmen; adenokarcinom i colon; koloncancer | | | f
DC209 | endetarmskræft; rektumcancer; cancer recti; kræft i endetarmen; adenokarcinom i rectum | | | f
DC349 | lungekræft; lungecancer; cancer pulmonis; NSCLC; kræft i lungen; ikke-småcellet lungecancer | ~N02AA01 10 mg p.n. | | f
DC509 | brystkræft; mammacancer; cancer mammae; kræft i brystet; brystcancer; mammacancer sin. | L02BA01 20 mg x 1 + L02BG04 2,5 mg x 1 | | f
DC619 | prostatacancer; prostatakræft; cancer prostatae; kræft i blærehalskirtlen; adenokarcinom i prostata | L02AE02 depot hver 3. md. + N02AA01 10 mg p.n. | | f
DC259 | kræft i bugspytkirtlen; pancreascancer; cancer pancreatis; pankreascancer; adenokarcinom i pancreas | | | f
DC679 | blærekræft; blærecancer; urotelialt karcinom i blæren; kræft i urinblæren; cancer vesicae urinariae | | |
DC859 | lymfom; lymfekræft; malignt lymfom; non-Hodgkin lymfom; lymfekraeft | L01XC02 375 mg/m2 + M04AA01 300 mg x 1 + ~B03XA01 efter skema | |
DC787 | levermetastaser; metastaser i leveren; spredning til leveren; hepatiske metastaser; levermetastase | | |
DC795 | knoglemetastaser; skeletmetastaser; spredning til knoglerne; ossøse metastaser; knoglemetastase | | |
DS720 | collum femoris-fraktur; hoftebrud; lårbenshalsbrud; brud på lårbenshalsen; collumfraktur; fractura colli femoris | ~M05BA04 70 mg 1 gang ugentligt + ~N02AA01 5 mg p.n. | | h
DS721 | pertrokantær femurfraktur; pertrokantært hoftebrud; pertrochantær fraktur; brud gennem trochanterregionen; pertrokantær fractur | ~M05BA04 70 mg 1 gang ugentligt + ~N02AA01 5 mg p.n. | | h
DS525 | håndledsbrud; distal radiusfraktur; Colles' fraktur; brud på underarmen ved håndleddet; radiusfraktur | | | h
DS822 | skinnebensbrud; tibiaskaftfraktur; crusfraktur; brud på skinnebenet; fraktur af tibiaskaftet | | | h
DS065 | subduralt hæmatom; SDH; blødning under den hårde hjernehinde; traumatisk subduralt hæmatom; subduralhæmatom | ~N03AX14 500 mg x 2 | |
DM171 | knæartrose; slidgigt i knæet; gonartrose; artrose i knæet; knæledsartrose; slidgigt i knæeet | M01AE01 400 mg x 3 | |
DM161 | hofteartrose; slidgigt i hoften; coxartrose; artrose i hoften; hofteledsartrose | M01AE01 400 mg x 3 | |
DM819 | osteoporose; knogleskørhed; skøre knogler; osteoporosis; osteporose | M05BA04 70 mg 1 gang ugentligt + A11CC05 38 mikrog x 1 + A12AA04 500 mg x 2 | | f
DM109 | urinsur gigt; podagra; arthritis urica; urinsyregigt; urinsur gigt i storetåen | M04AA01 100 mg x 1 + M01AE01 400 mg x 3 | |
DM069 | leddegigt; reumatoid artritis; RA; kronisk leddegigt; rheumatoid arthritis; reumatoid artrit | L04AX03 15 mg 1 gang ugentligt + H02AB06 5 mg x 1 + L04AB02 3 mg/kg + ~A02BC01 20 mg x 1 + L01XC02 1 g efter skema | | f
DR074 | brystsmerter; trykken for brystet; uspecifikke brystsmerter; thorakale smerter; smerter i brystet | | |
DR101 | smerter i øvre abdomen; epigastrielle smerter; ondt i maven øverst; øvre mavesmerter; smerter i epigastriet | | |
DR559 | synkope; besvimelse; kollaps; besvimelsesanfald; synkopering | | |
DR296 | faldtendens; gentagne fald; faldtilbøjelighed; tendens til fald; faldepisoder | | |
DR410 | konfusion; akut forvirring; konfus tilstand; delirøs; forvirringstilstand | | |
DN409 | prostatahypertrofi; forstørret prostata; benign prostatahyperplasi; BPH; godartet forstørrelse af blærehalskirtlen | G04CA02 0,4 mg x 1 | |
DN201 | uretersten; nyresten i urinlederen; sten i ureter; ureterolithiasis; stenanfald | N02AA01 10 mg p.n. + G04CA02 0,4 mg x 1 + ~C03AA03 25 mg x 1 | | h
DA419 | sepsis; blodforgiftning; septisk tilstand; urosepsis; sepsis med ukendt fokus; sespis | J01DC02 1,5 g x 3 + J01MA02 500 mg x 2 + J01CR02 500 mg x 3 | crp, temp |
DA415 | E. coli-sepsis; gramnegativ sepsis; sepsis med E. coli; bakteriæmi med gramnegative stave; sepsis forårsaget af E. coli | J01DC02 1,5 g x 3 + J01MA02 500 mg x 2 | crp, temp |
DA469 | rosen; erysipelas; erysipelas cruris; rosen på underbenet; erysipelas på benet | J01CE02 1 MIE x 4 + J01DC02 1,5 g x 3 | crp, temp | h
DL039 | cellulitis; flegmone; bløddelsinfektion; flegmonøs infektion; cellulit | J01CR02 500 mg x 3 + J01CE02 1 MIE x 4 | crp | h
DA090 | gastroenteritis; maveinfluenza; diarré og opkast; tarminfektion; gastroenterit | ~B05XA01 i.v. | | h
DB349 | virusinfektion; viral infektion; virose; virusinfection; uspecifik virusinfektion | | temp | h
DJ069 | øvre luftvejsinfektion; forkølelse; ØLI; halsbetændelse og snue; luftvejsinfektion | | temp | h
DJ210 | RS-virus bronkiolitis; RSV-bronkiolitis; bronkiolitis forårsaget af RS-virus; RSV-infektion med bronkiolitis; RS-bronkiolit | | sat |
DJ459 | astma; asthma bronchiale; astma bronkiale; allergisk astma; astmatiker | R03AK07 1 inh x 2 + R03AC02 p.n. + R03BB04 2,5 mikrog 2 pust x 1 + H02AB06 37,5 mg x 1 i 5 dage | | f
DJ189 | pneumoni; lungebetændelse; pneumonia; lungeinfektion; pnemoni; infiltrat forenelig med pneumoni | J01CE02 1 MIE x 4 + J01DC02 1,5 g x 3 + J01CA04 750 mg x 3 | crp, temp, sat | h
DJ181 | lobær pneumoni; lobærpneumoni; lapbetændelse i lungen; lobær lungebetændelse; pneumoni i højre underlap | J01CE02 1 MIE x 4 + J01CA04 750 mg x 3 | crp, temp | h
DJ159 | bakteriel pneumoni; bakteriel lungebetændelse; pneumoni af bakteriel genese; bakteriel pnemoni; pneumonia bacterialis | J01CR02 500 mg x 3 + J01CE02 1 MIE x 4 + J01CA04 750 mg x 3 | crp, temp | h
DJ690 | aspirationspneumoni; aspiration med pneumoni; fejlsynkning med lungebetændelse; pneumoni efter aspiration; aspirationspnemoni | J01CR02 500 mg x 3 | crp, sat |
DJ960 | akut respirationsinsufficiens; respirationssvigt; akut respiratorisk insufficiens; hypoksisk respirationssvigt; respirationsinsuficiens | | sat |
DJ931 | spontan pneumothorax; pneumothorax; sammenklappet lunge; PNX; spontan PNX | | | h
DJ841 | lungefibrose; interstitiel lungesygdom; ILD; fibrose i lungerne; interstitiel lungefibrose | | |
DD869 | sarkoidose; sarcoidose; morbus Boeck; pulmonal sarkoidose; sarkoidosis | | |
DR560 | feberkramper; feberkrampe; kramper ved feber; febrile kramper; simple feberkramper | N02BE01 15 mg/kg p.n. + N05BA01 5 mg rektalt ved kramper | temp |
DI471 | SVT; supraventrikulær takykardi; paroksystisk supraventrikulær takykardi; hjertejagen med smalle QRS; AVNRT | | |
DI441 | AV-blok II; 2. grads AV-blok; AV-blok grad 2; Wenckebach-blok; AV-blok af 2. grad | | |
DI350 | aortastenose; AS; forsnævring af aortaklappen; valvulær aortastenose; aortastenoce | | |
DI959 | hypotension; lavt blodtryk; lavt BT; lave blodtryk; hypotensiv | | |
DI702 | claudicatio; aterosklerose i benene; perifer arteriesygdom; vindueskiggerben; PAD | B01AC04 75 mg x 1 | |
DI839 | åreknuder; varicer; varicer på underbenene; varicøse vener; åreknuder i benene | | |
DE113 | type 2-diabetes med retinopati; diabetisk retinopati; diabetisk øjensygdom; DM2 med øjenkomplikationer; diabetisk retinopati ved T2DM | A10BA02 1 g x 2 | hba1c |
DE114 | diabetisk neuropati; DM2 med neuropati; type 2-diabetes med neuropati; diabetisk polyneuropati; diabetisk nervebetændelse | A10BA02 1 g x 2 + A10AE04 20 IE x 1 + A10AB05 4 IE til måltiderne | hba1c |
DE112 | diabetisk nefropati; DM2 med nyrepåvirkning; type 2-diabetes med nyrekomplikation; diabetisk nyresygdom; diabetes-nefropati | A10BA02 500 mg x 2 + C09CA01 50 mg x 1 + A10BK01 10 mg x 1 + V03AE02 800 mg x 3 + A10AE04 20 IE x 1 + C09AA02 10 mg x 1 + ~C08CA01 5 mg x 1 + A10AB05 efter skema | hba1c, egfr |
DF101 | skadeligt alkoholforbrug; alkoholoverforbrug; overforbrug af alkohol; skadelig brug af alkohol; alkoholoverforbrug gennem flere år | ~N07BB01 200 mg x 1 + ~A11DA01 300 mg x 1 | |
DF102 | alkoholafhængighed; alkoholisme; alkoholmisbrug; kronisk alkoholisme; alkoholafhængighedssyndrom; alkoholafhængighed med abstinenser | N07BB01 200 mg x 1 + N05BA01 efter skema + A11DA01 300 mg x 1 | | f
DF321 | moderat depression; depressiv episode af moderat grad; moderat depressiv enkeltepisode; middelsvær depression; depression af moderat grad | N06AB10 10 mg x 1 | |
DF329 | depression; depressiv episode; nedtrykthed; depressiv enkeltepisode; depresion; depressivt tilstandsbillede | N06AB10 10 mg x 1 + N06AB04 20 mg x 1 + N05AH04 50 mg til natten | | f
DF331 | periodisk depression; tilbagevendende depression; recidiverende depression; periodisk depression, moderat episode; rekurrent depression | N06AB04 20 mg x 1 + N05AN01 12 mmol x 2 | |
DF200 | paranoid skizofreni; skizofreni; paranoid psykose; skizofren lidelse; schizofreni | N05AH04 300 mg x 1 + N05AX08 2 mg x 2 | | f
DF431 | PTSD; posttraumatisk belastningsreaktion; posttraumatisk stressforstyrrelse; traume-relateret belastningsreaktion; PTSD efter krigstjeneste | ~N05BA01 5 mg p.n. | |
DF900 | ADHD; opmærksomhedsforstyrrelse; forstyrrelse af aktivitet og opmærksomhed; hyperkinetisk forstyrrelse; ADHD-symptomer; AD/HD | N06BA04 18 mg x 1 + N06BA12 30 mg x 1 | | f
DF845 | Aspergers syndrom; Asperger; autismespektrumforstyrrelse af Asperger-type; Aspergers; Asberger syndrom | ~N06BA04 18 mg x 1 + ~N05AX08 0,5 mg x 1 | |
DF840 | infantil autisme; autisme; børneautisme; autismespektrumforstyrrelse; autistisk | ~N06BA04 18 mg x 1 + ~N06BA12 30 mg x 1 + ~N05AX08 0,5 mg x 1 | | f
DF500 | anoreksi; anorexia nervosa; nervøs spisevægring; spiseforstyrrelse af anorektisk type; anorexi | | bmilow |
DF412 | angst og depression; blandet angst-depressionstilstand; angst-depression; lettere angst og depression; blandet angst- og depressionstilstand | N06AB10 10 mg x 1 | |
DF419 | angst; angsttilstand; angstlidelse; generaliseret angst; angstsymptomer | N06AB10 10 mg x 1 + N06AB04 10 mg x 1 + N05BA01 2 mg p.n. | |
DF603 | emotionelt ustabil personlighedsstruktur; borderline; EUP; emotionelt ustabil personlighed; borderline personlighedsforstyrrelse | ~N05AH04 50 mg til natten | |
DF913 | oppositionel adfærdsforstyrrelse; ODD; trodsig adfærd; oppositionel adfærd; adfærdsforstyrrelse af oppositionel type | | |
DF930 | separationsangst; abnorm separationsangst; adskillelsesangst; separationsangst i barndommen; angst ved adskillelse fra forældre | | |
DT390 | paracetamolforgiftning; forgiftning med paracetamol; paracetamol-intoksikation; overdosis af paracetamol; panodilforgiftning | V03AB23 efter skema | |
DT424 | benzodiazepinforgiftning; forgiftning med benzodiazepiner; overdosis med diazepam; benzodiazepin-intoksikation; stesolidforgiftning | | |
DX6010 | selvmordsforsøg med paracetamol; suicidalforsøg med paracetamol; suicidforsøg med håndkøbsmedicin; intenderet overdosis med paracetamol; selvmordsforsøg med panodil | | |
DX6110 | selvmordsforsøg med psykofarmaka; suicidalforsøg med benzodiazepiner; suicidforsøg med egen medicin; intenderet overdosis med sovemedicin; selvmordsforsøg med nervemedicin | | |
DX7810 | selvskade med kniv med suicidal hensigt; selvmordsforsøg med kniv; snitlæsioner med suicidal hensigt; suicidforsøg med skarp genstand; skar sig i håndleddet med suicidal intention | | |
DX7010 | selvmordsforsøg ved hængning; suicidforsøg ved strangulation; hængningsforsøg; forsøg på at hænge sig; suicidalforsøg ved kvælning | | |
DO800 | spontan fødsel; normal vaginal fødsel; ukompliceret fødsel; spontan vaginal forløsning; partus normalis | | |
DO141 | svær præeklampsi; svangerskabsforgiftning; svær svangerskabsforgiftning; præeklampsi med svære symptomer; svær preeklampsi | C07AG01 100 mg x 3 | bt |
DO139 | graviditetsbetinget hypertension; svangerskabshypertension; gestationel hypertension; forhøjet blodtryk i graviditeten; gestationel hypertention | C07AG01 100 mg x 2 | bt |
DO244 | gestationel diabetes; graviditetsdiabetes; GDM; svangerskabsdiabetes; gestationel diabetes mellitus | A10AE04 8 IE x 1 + A10BA02 500 mg x 2 + A10AB05 4 IE til måltiderne | |
DO034 | inkomplet abort; ufuldstændig spontan abort; inkomplet spontan abort; abortus incompletus; inkomplet abort uden komplikationer | | |
DO001 | ekstrauterin graviditet; graviditet uden for livmoderen; tubar graviditet; EUG; ektopisk graviditet | | |
DO200 | truende abort; blødning i første trimester; abortus imminens; truende spontan abort; blødning i tidlig graviditet | | |
DO600 | præterm veer; for tidlige veer; truende for tidlig fødsel; veer før termin; præterme veer | | |
DO021 | missed abortion; dødt foster i livmoderen; retineret dødt foster; abortus retentus; missed ab | | |
DN809 | endometriose; endometriosis; kendt endometriose; chokoladecyster; endometriose i bækkenet | L02AE02 depot hver 3. md. | | f
DN939 | abnorm vaginalblødning; unormal blødning fra livmoderen; uterin blødning; uregelmæssig blødning; abnorm uterin blødning | | |
DN950 | postmenopausal blødning; blødning efter overgangsalderen; PMB; postmenopausal metroragi; blødning efter menopausen | | |
DN920 | menoragi; kraftige menstruationer; kraftig menstruationsblødning; menorrhagia; stærk menstruation | B03AA07 100 mg x 1 | |
DD259 | fibromyom; fibroider i livmoderen; uterus myomatosus; myom i livmoderen; fibromyomer | L02AE02 depot månedligt | |
DN813 | prolaps; nedsynkning af livmoderen; underlivsprolaps; descensus uteri; uterovaginal prolaps | | |
DE055 | thyreotoksisk krise; thyreotoksisk storm; svær hyperthyreose med krise; thyroid storm; thyreotoksisk krise ved Graves | ~H03BB02 20 mg x 2 | |
DN133 | hydronefrose; afløbshindring fra nyren; udvidet nyrebækken; hydronephrose; stase i nyren | | |
DI200 | ustabil angina pectoris; UAP; ustabil angina; crescendo-angina; ustabil angina pektoris | B01AC06 75 mg x 1 + C07AB02 50 mg x 2 + C10AA05 80 mg x 1 | |
DJ029 | halsbetændelse; faryngitis; akut faryngitis; ondt i halsen med betændelse; pharyngitis | J01CE02 1 MIE x 3 | temp | h
DE282 | polycystisk ovariesyndrom; PCOS; polycystiske ovarier; PCO-syndrom; polycystisk ovariesyndrom med insulinresistens | A10BA02 500 mg x 2 + ~L02BG04 2,5 mg x 1 på cyklusdag 3-7 | |
DR730 | prædiabetes; nedsat glukosetolerance; forstadie til diabetes; let forhøjet blodsukker; præ-diabetes | A10BA02 500 mg x 2 | |
DE063 | Hashimotos thyreoiditis; autoimmun thyreoiditis; Hashimoto; kronisk lymfocytær thyreoiditis; Hashimotos sygdom | H03AA01 75 mikrog x 1 | | f
DE890 | hypothyreose efter thyreoidektomi; postoperativ hypothyreose; hypothyreose efter radiojodbehandling; myksødem efter behandling; thyreopriv tilstand | H03AA01 125 mikrog x 1 | |
DF319 | bipolar lidelse; bipolar affektiv sindslidelse; maniodepressiv sygdom; bipolar affektiv lidelse; BPAD | N05AN01 12 mmol x 2 + N03AX09 100 mg x 2 + N05AH04 300 mg x 1 + N03AG01 500 mg x 2 | | f
DG258A | restless legs; restless legs-syndrom; uro i benene; RLS; Willis-Ekbom sygdom | N04BC05 0,18 mg til natten + N04BA02 62,5 mg til natten | | f
DF901 | hyperkinetisk adfærdsforstyrrelse; ADHD med adfærdsforstyrrelse; hyperkinetisk forstyrrelse med adfærdsproblemer; ADHD og adfærdsforstyrrelse; hyperaktivitet med adfærdsforstyrrelse | N06BA04 27 mg x 1 + N06BA12 30 mg x 1 | | f
DD059 | carcinoma in situ i brystet; DCIS; duktalt carcinoma in situ; forstadie til brystkræft; cancer in situ mammae | L02BA01 20 mg x 1 + L02BG04 2,5 mg x 1 | | f
DG431 | migræne med aura; aura-migræne; klassisk migræne; migræneanfald med aura; migræne med synsaura | N02CC01 50 mg p.n. | | f
"""

# Codes that may not appear together in one case: a patient has one diabetes type, one obesity grade,
# one kind of pneumonia, and so on. Keys are 4-character categories; the group is the value.
EXCLUSIVE_GROUPS: tuple[tuple[str, ...], ...] = (
    ("DE10", "DE11", "DE13", "DE14", "DO24", "DR73"),
    ("DE66",),
    ("DI10", "DI11", "DI13", "DO10", "DO13", "DO14"),
    ("DI50", "DI11"),
    ("DJ44", "DJ43"),
    ("DF00", "DF01", "DF03", "DG30"),
    ("DE03", "DE89"),
    ("DJ12", "DJ13", "DJ14", "DJ15", "DJ16", "DJ17", "DJ18", "DJ69"),
    ("DF31", "DF32", "DF33", "DF41"),
    ("DN17", "DN18", "DN19"),
    ("DI20", "DI21", "DI24", "DI25"),
    ("DI63", "DI64", "DI69", "DG45"),
    ("DD50", "DD51", "DD52", "DD53", "DD55", "DD59", "DD60", "DD61", "DD62", "DD63", "DD64"),
    ("DE87",),
    ("DK70", "DK74"),
    ("DN39", "DN30"),
    ("DA40", "DA41"),
    ("DO00", "DO02", "DO03", "DO20", "DO60", "DO80", "DO14", "DO13", "DO24"),
    ("DT39", "DT42", "DX60", "DX61", "DX70", "DX78"),
)


@dataclass(frozen=True)
class Condition:
    """The hand-written description of one code."""

    code: str
    forms: tuple[str, ...]
    meds: tuple[tuple[str, str], ...]  # (ATC code, dose): the condition's own treatment
    co_meds: tuple[tuple[str, str], ...]  # drugs it also gets that do not show it on their own (marked
    # "~" in the table: alendronat after a hip fracture), so a note never shows it by them alone
    signs: tuple[str, ...]
    history_ok: bool  # can be mentioned as a resolved earlier episode
    family_ok: bool  # can be mentioned as family history


def _parse() -> dict[str, Condition]:
    table: dict[str, Condition] = {}
    for line in _TABLE.strip().splitlines():
        code, forms, meds, signs, flags = (part.strip() for part in line.split("|"))
        med_pairs, co_pairs = [], []
        for item in filter(None, (m.strip() for m in meds.split("+"))):
            atc, _, dose = item.partition(" ")
            (co_pairs if atc.startswith("~") else med_pairs).append((atc.lstrip("~"), dose))
        table[code] = Condition(
            code=code,
            forms=tuple(f.strip() for f in forms.split(";") if f.strip()),
            meds=tuple(med_pairs),
            co_meds=tuple(co_pairs),
            signs=tuple(s.strip() for s in signs.split(",") if s.strip()),
            history_ok="h" in flags,
            family_ok="f" in flags,
        )
    return table


CONDITIONS: dict[str, Condition] = _parse()


def group_of(category: str) -> list[int]:
    """The exclusive groups (indices into ``EXCLUSIVE_GROUPS``) that hold ``category``."""
    return [i for i, group in enumerate(EXCLUSIVE_GROUPS) if category in group]


_GROUPS: dict[str, tuple[int, ...]] = {}


def _groups(code: str) -> tuple[int, ...]:
    found = _GROUPS.get(code[:4])
    if found is None:
        found = _GROUPS[code[:4]] = tuple(group_of(code[:4]))
    return found


def conflicts(code: str, chosen: list[str]) -> bool:
    """Whether ``code`` cannot join ``chosen``: same category, or the same exclusive group."""
    groups = set(_groups(code))
    return any(other[:4] == code[:4] or groups & set(_groups(other)) for other in chosen)
