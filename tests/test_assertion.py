"""What a note asserts about a diagnosis it names, as a Danish physician writes it: status, cue, clause and section."""

from __future__ import annotations

import pytest

from coder_assist.cases import Case, Lab, Medication, Note, flatten
from coder_assist.mentions.assertion import Assertion, NoteContext, Status, assert_mention, clause_bounds, section_at

CURRENT, NEGATED, RULED_OUT, SUSPECTED = Status.CURRENT, Status.NEGATED, Status.RULED_OUT, Status.SUSPECTED
EARLIER, FAMILY, PLANNED = Status.EARLIER, Status.FAMILY, Status.PLANNED


def span(text: str, mention: str, after: str = "") -> tuple[int, int]:
    """Where ``mention`` stands in ``text``: its first occurrence after the first ``after``."""
    start = text.index(mention, text.index(after) if after else 0)
    return start, start + len(mention)


STATUS_ROWS = [
    # Negation before the mention, and the two negations written after it.
    ("Ingen tegn på pneumoni på røntgen af thorax.", "pneumoni", NEGATED),
    ("Pt. er ikke febril og har ikke hoste.", "hoste", NEGATED),
    ("Uden ødemer på underekstremiteterne.", "ødemer", NEGATED),
    ("Benægter brystsmerter og åndenød.", "åndenød", NEGATED),
    ("Intet holdepunkt for endokarditis ved TEE.", "endokarditis", NEGATED),
    ("Ingen holdepunkter for malignitet ved CT.", "malignitet", NEGATED),
    ("Negativ for covid-19 og influenza A.", "influenza A", NEGATED),
    ("Ej tegn på infektion.", "infektion", NEGATED),
    ("Pneumoni: nej", "Pneumoni", NEGATED),
    ("Covid-19: neg.", "Covid-19", NEGATED),
    ("HIV, hepatitis B og C negative.", "HIV", NEGATED),  # a result written after a list reaches back over it
    ("Podning for MRSA var negativ.", "MRSA", NEGATED),
    ("Screenet: HIV-negativ, hepatitis C positiv.", "HIV", NEGATED),  # a test written onto its disease
    ("HIV-test: negativ.", "HIV", NEGATED),
    ("HIV-test: positiv, konfirmeret.", "HIV", CURRENT),
    ("Ikke-ryger, alkohol 5 genstande/uge.", "ryger", NEGATED),  # a negation written onto the word
    ("Ikke-insulinkrævende diabetes.", "diabetes", CURRENT),  # ... but not onto the word before it
    ("Infiltrat ses ikke på røntgen af thorax.", "Infiltrat", NEGATED),
    ("D-dimer normal, lungeemboli ikke mistænkt.", "lungeemboli", NEGATED),
    # One negation reaches a whole list: commas do not end its scope.
    ("Ingen feber, kulderystelser, hoste eller dyspnø.", "kulderystelser", NEGATED),
    ("Ingen feber, kulderystelser, hoste eller dyspnø.", "dyspnø", NEGATED),
    # "ikke" and "uden" negate the words right after them, not the rest of a list.
    ("Kendt med delir uden demens, osteoporose og nyreinsufficiens.", "demens", NEGATED),
    ("Kendt med delir uden demens, osteoporose og nyreinsufficiens.", "osteoporose", CURRENT),
    ("Kan ikke holde væske, tiltagende dehydrering.", "dehydrering", CURRENT),
    # Known from the history, or had for long: a current chronic disease, not a past episode.
    ("Kendte lidelser: Anamnestisk hypertension og hypotyreose.", "hypertension", CURRENT),
    ("Pt. har længe haft type 2-diabetes og KOL.", "KOL", CURRENT),
    # ... but a sentence end, a contrast word, ";", a line break or a new finite clause does.
    ("Ingen feber. Pneumoni i højre underlap.", "Pneumoni", CURRENT),
    ("Ingen feber men produktiv hoste.", "produktiv hoste", CURRENT),
    ("Ikke dyspnøisk, dog svære brystsmerter.", "brystsmerter", CURRENT),
    ("Ingen infiltrater, derimod pleuraeffusion på højre side.", "pleuraeffusion", CURRENT),
    ("Ingen pneumoni; KOL i exacerbation.", "KOL", CURRENT),
    ("Ingen ødemer\nKendt hjertesvigt.", "hjertesvigt", CURRENT),
    ("Ingen feber ved indlæggelsen, hvor der blev fundet pneumoni.", "pneumoni", CURRENT),
    ("Ingen feber, og der er infiltrat forenelig med pneumoni.", "pneumoni", CURRENT),
    ("Ingen åndenød og derfor vurderet som let KOL-exacerbation.", "KOL-exacerbation", CURRENT),
    ("Sertralin genoptages ikke pga. hyponatriæmi.", "hyponatriæmi", CURRENT),
    ("Ingen feber trods udbredt pneumoni.", "pneumoni", CURRENT),
    ("Ingen tegn på DVT. Lungeemboli kan ikke udelukkes.", "Lungeemboli", SUSPECTED),
    # An abbreviation's dot before an acronym does not end the clause; before a capitalised word it ends a sentence.
    ("Tidl. AMI, PCI til RCA.", "AMI", EARLIER),
    ("St.p. AMI og CABG.", "AMI", EARLIER),
    ("Obs. LE efter lang flyrejse.", "LE", SUSPECTED),
    ("Tidl. lungeemboli, AK-beh. i 6 mdr. Astma.", "Astma", CURRENT),
    # Suspected.
    ("Mistanke om lungeemboli.", "lungeemboli", SUSPECTED),
    ("Obs. pro appendicitis.", "appendicitis", SUSPECTED),
    ("Obs for sepsis med udgangspunkt i urinvejene.", "sepsis", SUSPECTED),
    ("?pneumoni i venstre underlap", "pneumoni", SUSPECTED),
    ("Infiltrat basalt, pneumoni?", "pneumoni", SUSPECTED),
    ("Formentlig viral gastroenteritis.", "viral gastroenteritis", SUSPECTED),
    ("Mulig TCI.", "TCI", SUSPECTED),
    ("Differentialdiagnostisk overvejes perikarditis.", "perikarditis", SUSPECTED),
    ("DD: lungeemboli, pneumoni eller perikarditis.", "perikarditis", SUSPECTED),
    ("Lungeemboli mistænkes, CT-angiografi bestilt.", "Lungeemboli", SUSPECTED),
    ("Hjertesvigt kan ikke udelukkes.", "Hjertesvigt", SUSPECTED),
    # Ruled out: looked for and not found.
    ("AMI blev afkræftet ved normale troponiner.", "AMI", RULED_OUT),
    ("Udelukket lungeemboli ved CT.", "lungeemboli", RULED_OUT),
    ("Mistanke om AMI, som blev afkræftet.", "AMI", RULED_OUT),
    ("Diagnosen myokarditis kunne ikke bekræftes.", "myokarditis", RULED_OUT),
    ("Lungeemboli kunne udelukkes ved CT-angiografi.", "Lungeemboli", RULED_OUT),
    ("Appendicitis, cholecystitis og pankreatitis blev afkræftet.", "Appendicitis", RULED_OUT),
    # Earlier: a past episode that is over.
    ("Tidligere haft pneumoni.", "pneumoni", EARLIER),
    ("DVT i 2019, behandlet 6 mdr., intet recidiv.", "DVT", EARLIER),
    ("Pneumoni for 3 år siden.", "Pneumoni", EARLIER),
    ("Astma som barn, nu symptomfri.", "Astma", EARLIER),
    ("Epilepsi i barndommen.", "Epilepsi", EARLIER),
    ("Mammacancer, lumpektomi og strålebehandling, recidivfri.", "Mammacancer", EARLIER),
    ("Apopleksi 2018 uden sequelae.", "Apopleksi", EARLIER),
    # Known chronic disease is current: a start year, a duration or its treatment is no end.
    ("Type 2-diabetes siden 2016, velreguleret.", "Type 2-diabetes", CURRENT),
    ("Type 2-diabetes diagnosticeret i 2015, velreguleret.", "Type 2-diabetes", CURRENT),
    # Found once, with no time that makes it a start: the earlier cue stands.
    ("Tidl. diagnosticeret med ulcus og akut blødningsanæmi.", "akut blødningsanæmi", EARLIER),
    ("Tidligere konstateret galdesten.", "galdesten", EARLIER),
    ("Epilepsi siden barndommen.", "Epilepsi", CURRENT),
    ("Kendt med atrieflimren, i AK-behandling.", "atrieflimren", CURRENT),
    ("Tidl. kendt med hypertension.", "hypertension", CURRENT),
    ("Har haft astma i mange år.", "astma", CURRENT),
    ("Diagnosticeret med KOL i 2017.", "KOL", CURRENT),
    ("Ikke tidligere kendt diabetes, HbA1c 72.", "diabetes", CURRENT),
    ("Osteoporose i beh. med alendronat efter kompressionsfraktur 2022.", "Osteoporose", CURRENT),
    # A history section lists known diseases: current unless their own clause or list item dates them.
    ("Tidligere sygdomme: KOL, AMI 2015, hypertension.", "KOL", CURRENT),
    ("Tidligere sygdomme: KOL, AMI 2015, hypertension.", "AMI", EARLIER),
    ("Tidligere sygdomme: KOL, AMI 2015, hypertension.", "hypertension", CURRENT),
    ("Tidl.: Hypothyreose siden 2010, i beh. med levothyroxin. Psoriasis.", "Hypothyreose", CURRENT),
    ("Tidl.: Hypothyreose siden 2010, i beh. med levothyroxin. Psoriasis.", "Psoriasis", CURRENT),
    ("Tidl.: Brystkræft 2012, intet recidiv. Glaukom.", "Brystkræft", EARLIER),
    ("Tidl.: St.p. AMI 2014. KOL.", "AMI", EARLIER),
    ("Tidl.: St.p. AMI 2014. KOL.", "KOL", CURRENT),
    ("Tidligere sygdomme: AMI (2015), hypertension.", "AMI", EARLIER),
    ("Iskæmisk kardiomyopati (KAG uden signifikante stenoser), atrieflimren i AK-beh.", "atrieflimren", CURRENT),
    # Family: a relative's disease, not the patient's.
    ("Mor med brystkræft.", "brystkræft", FAMILY),
    ("Disp.: Bror med aortaaneurisme.", "aortaaneurisme", FAMILY),
    ("Familieanamnese: Tyktarmskræft.", "Tyktarmskræft", FAMILY),
    ("Familiær disposition til iskæmisk hjertesygdom.", "iskæmisk hjertesygdom", FAMILY),
    ("Diabetes hos mor og mormor.", "Diabetes", FAMILY),
    ("Hjertesygdom i familien.", "Hjertesygdom", FAMILY),
    ("Far med tidligere AMI.", "AMI", FAMILY),
    ("Mor dog af brystkræft som 50-årig.", "brystkræft", FAMILY),
    ("Ingen i familien med hjertesygdom.", "hjertesygdom", NEGATED),
    ("Familiær hyperkolesterolæmi, i statinbehandling.", "hyperkolesterolæmi", CURRENT),
    ("Bor med datter, ryger dagligt.", "ryger", CURRENT),
    ("Datter oplyser at pt. har KOL.", "KOL", CURRENT),
    # Planned: to be examined, not found.
    ("Planlagt operation for lyskebrok.", "lyskebrok", PLANNED),
    ("Henvises til udredning for søvnapnø.", "søvnapnø", PLANNED),
    ("Skal udredes for cøliaki.", "cøliaki", PLANNED),
    ("Indlagt til udredning for myelomatose.", "myelomatose", PLANNED),
    ("Planlægges operation for galdesten i januar.", "galdesten", PLANNED),
    ("Henvist til kardiologisk ambulatorium til vurdering af klapsygdom.", "klapsygdom", PLANNED),
    ("Planlagt indlagt mhp. operation for navlebrok.", "navlebrok", CURRENT),
    ("Planlagt kontrol om 3 mdr., hypertension velreguleret.", "hypertension", CURRENT),
    # The nearest cue wins; a negation of another cue negates; words that only look like cues do nothing.
    ("Ingen feber, mistanke om pneumoni.", "pneumoni", SUSPECTED),
    ("Ikke mistanke om pneumoni.", "pneumoni", NEGATED),
    ("Ingen mistanke om endokarditis.", "endokarditis", NEGATED),
    ("Aldrig haft krampeanfald.", "krampeanfald", NEGATED),
    ("Ingen tidligere hjertesygdom.", "hjertesygdom", NEGATED),
    ("Pt. ikke kendt med diabetes.", "diabetes", NEGATED),
    ("Ikke blot hoste, også pneumoni.", "pneumoni", CURRENT),
    ("Ikke længere smerter, pneumoni i bedring.", "pneumoni", CURRENT),
    ("Ingen bedring af pneumonien trods antibiotika.", "pneumonien", CURRENT),
    ("Ikke-insulinkrævende diabetes.", "diabetes", CURRENT),
    ("Ikke-signifikante ST-forandringer, non-STEMI.", "non-STEMI", CURRENT),
    ("Appendicitis uden komplikationer.", "Appendicitis", CURRENT),
    ("Ikke behov for antibiotika ved pneumoni.", "pneumoni", CURRENT),
    ("Tidligere på dagen brystsmerter.", "brystsmerter", CURRENT),
    # Phrasings met in the synthetic notes that are ordinary Danish too.
    ("Tidl. behandlet for akut myokardieinfarkt, nu rask.", "akut myokardieinfarkt", EARLIER),
    ("Tidl. behandlet for erysipelas.", "erysipelas", EARLIER),
    ("Der henvises til udredning mhp. ulcus urethrae.", "ulcus urethrae", PLANNED),
    ("Screening for idiopatisk skoliose aftalt.", "idiopatisk skoliose", PLANNED),
    ("Ikke muligt at udelukke synovitis transitoria – udredes videre.", "synovitis transitoria", SUSPECTED),
    ("Vagthavende mistænkte først neuropati, hvilket ikke blev bekræftet.", "neuropati", RULED_OUT),
    ("Monoplegi kan afvises klinisk.", "Monoplegi", NEGATED),
    ("Familiært hypertension hos to søskende.", "hypertension", FAMILY),
]


@pytest.mark.parametrize(("text", "mention", "status"), STATUS_ROWS)
def test_status_of_a_mention(text: str, mention: str, status: Status) -> None:
    assert assert_mention(text, *span(text, mention)).status == status


def test_enough_rows_for_every_status() -> None:
    statuses = [status for _, _, status in STATUS_ROWS]
    assert len(statuses) >= 60
    assert {status: statuses.count(status) >= 5 for status in Status} == dict.fromkeys(Status, True)


@pytest.mark.parametrize(
    ("text", "mention", "cue", "after"),
    [
        ("Troponin normalt, AMI blev afkræftet.", "AMI", "afkræftet", ""),
        ("Tidl. AMI, PCI til RCA.", "AMI", "Tidl.", ""),
        ("Ikke mistanke om pneumoni.", "pneumoni", "Ikke mistanke om", ""),
        ("?pneumoni i venstre underlap", "pneumoni", "?", ""),
        ("Konklusion: NSTEMI. DD: lungeemboli, perikarditis.", "perikarditis", "DD", ""),
        ("Anamnese: Rask. Disp.: Diabetes og hypertension.", "hypertension", "Disp.", ""),
        ("Pneumoni: nej. Urinvejsinfektion: nej.", "Urinvejsinfektion", "nej", "Urinvejsinfektion"),
        ("Pt. er rask. Mormor og mor med brystkræft.", "brystkræft", "mor", " og "),
    ],
)
def test_cue_offset_points_at_the_cue_as_written(text: str, mention: str, cue: str, after: str) -> None:
    assertion = NoteContext(text).assertion(*span(text, mention))
    assert assertion.cue == cue
    assert assertion.cue_start == text.index(cue, text.index(after) if after else 0)
    assert text[assertion.cue_start : assertion.cue_start + len(cue)] == cue


def test_a_current_mention_has_no_cue() -> None:
    text = "Konklusion: Pneumoni i højre underlap, behandlet med amoxicillin 2000 mg x 3."
    assertion = assert_mention(text, *span(text, "Pneumoni"))
    assert assertion == Assertion(CURRENT, None, None, "conclusion")
    assert assertion.status == "current"  # a str enum: compares and prints as its value
    assert f"{assertion.status}" == "current"


@pytest.mark.parametrize(
    ("text", "mention", "clause"),
    [
        ("Ingen feber, hoste eller dyspnø. Pneumoni.", "hoste", "Ingen feber, hoste eller dyspnø"),
        ("Ingen feber men let hoste.", "hoste", "let hoste"),
        ("Tidl. AMI og St.p. CABG; KOL.", "AMI", "Tidl. AMI og St.p. CABG"),
        ("Konklusion: NSTEMI, PCI til LAD.\nPlan: Kontrol.", "NSTEMI", "NSTEMI, PCI til LAD"),
        ("Obs. LE? Ingen feber.", "LE", "Obs. LE"),
        ("KAG 2021 (uden signifikante stenoser), atrieflimren.", "atrieflimren", "atrieflimren"),
        ("Forværring kl. 14:30 med hypoksi.", "hypoksi", "Forværring kl. 14:30 med hypoksi"),
    ],
)
def test_clause_bounds(text: str, mention: str, clause: str) -> None:
    low, high = clause_bounds(text, *span(text, mention))
    assert text[low:high] == clause


NOTE = (
    "Epikrise\n"
    "Indlæggelsesårsag: Brystsmerter.\n"
    "Anamnese: 71-årig mand med trykkende brystsmerter siden i går.\n"
    "Tidl.: Type 2-diabetes siden 2016, beh. med metformin. Hypertension.\n"
    "Disp.: Far med AMI i 60-årsalderen.\n"
    "Obj.: Upåvirket. St.p.: Knitren basalt på venstre side. Paraklinik: Troponin T 85.\n"
    "Pneumoni: nej\n"
    "Billeddiagnostik: Infiltrat i venstre underlap.\n"
    "Forløb\n"
    "KAG viste stenose i LAD.\n"
    "Konklusion: NSTEMI, pneumoni i venstre underlap.\n"
    "Plan: Kontrol af diabetes hos egen læge.\n"
    "Social: Ryger 20 cigaretter dagligt.\n"
)


@pytest.mark.parametrize(
    ("mention", "section"),
    [
        ("Epikrise", "other"),  # a note's title: no section yet
        ("Brystsmerter", "reason"),
        ("trykkende", "current"),
        ("Type 2-diabetes", "history"),
        ("Hypertension", "history"),
        ("AMI", "family"),
        ("Upåvirket", "objective"),
        ("Knitren", "objective"),  # "St.p.:" in an examination is status pulmonum
        ("Troponin", "paraclinical"),  # a heading after a sentence end on the same line
        ("Pneumoni", "paraclinical"),  # "Pneumoni:" is a label, not a heading: the section goes on
        ("Infiltrat", "paraclinical"),
        ("stenose", "course"),  # a line that is only a heading
        ("NSTEMI", "conclusion"),
        ("Kontrol", "plan"),
        ("Ryger", "social"),
    ],
)
def test_section_of_a_position(mention: str, section: str) -> None:
    assert section_at(NOTE, NOTE.index(mention)) == section


def test_one_context_reads_a_whole_note() -> None:
    context = NoteContext(NOTE)
    found = {
        mention: (a.status, a.cue, a.section)
        for mention, a in (
            (m, context.assertion(*span(NOTE, m)))
            for m in ("Type 2-diabetes", "Hypertension", "AMI", "Knitren", "Pneumoni", "NSTEMI", "diabetes hos")
        )
    }
    assert found == {
        "Type 2-diabetes": (CURRENT, None, "history"),
        "Hypertension": (CURRENT, None, "history"),
        "AMI": (FAMILY, "Far", "family"),
        "Knitren": (CURRENT, None, "objective"),  # "St.p.:" is a heading here, not "status post"
        "Pneumoni": (NEGATED, "nej", "paraclinical"),
        "NSTEMI": (CURRENT, None, "conclusion"),
        "diabetes hos": (CURRENT, None, "plan"),
    }


def test_flattened_drug_and_lab_rows_stand_in_their_sections() -> None:
    case = Case(
        case_id="K-7",
        notes=[Note("epikrise", "Konklusion: Hjertesvigt, atrieflimren.")],
        medications=[Medication("C03CA01", "furosemid", "40 mg x 2")],
        labs=[Lab("NPU21570", "NT-proBNP;P", 4200, "ng/L", high=125)],
    )
    text = flatten(case).text
    assert section_at(text, text.index("Hjertesvigt")) == "conclusion"
    assert section_at(text, text.index("furosemid")) == "medication"
    assert section_at(text, text.index("NT-proBNP")) == "paraclinical"
    assert section_at(text, 0) == "other"  # "## epikrise", the note's title


def test_a_span_outside_the_text_is_refused() -> None:
    with pytest.raises(ValueError, match="outside the text"):
        assert_mention("Pneumoni.", 3, 40)
