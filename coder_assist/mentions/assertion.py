"""What a note says about a diagnosis it names: current, negated, ruled out, suspected, earlier, family or planned.

A ConText/NegEx-style reader adapted to how Danish physicians write. For a mention at ``[start, end)``:

1. Its **clause** runs between two boundaries: a sentence end (". ", "? " or "! " before a capital letter, or a
   full stop at a line end; the dot of an abbreviation such as "tidl.", "obs." or "St.p." only before a capitalised
   word, not before an acronym: "Tidl. AMI"), ";", a line break, a colon (a heading or label), a parenthesis (an
   aside, though "AMI (2015)" keeps its year), the contrast words "men", "dog", "derimod", "imidlertid", "og
   derfor", a stated cause ("pga.", "grundet"), and a comma that opens a new finite clause (", og der er",
   ", hvor"). A plain comma does not end a clause, so one cue reaches a whole list: "ingen feber, hoste eller
   dyspnø" negates all three. Commas do cut the clause into **segments** (one list item each), except a comma
   before a relative "som"/"der"/"hvilket" that still speaks of the item.
2. **Cues** (the tables below) are found once per note, case-insensitively on word boundaries, left to right;
   where cues of two tables could start at one place the earlier table wins, so "kan ikke udelukkes" is one
   suspicion cue and not a negation, and a pseudo cue ("ikke kun", "uden komplikationer") negates nothing.
3. The status, strongest rule first:
   a. "?" right before or after the mention ("?pneumoni", "pneumoni?") → suspected; ": nej" / ": neg." right
      after it → negated.
   b. An outcome cue after the mention in its own segment ("AMI blev afkræftet", "LE kan ikke udelukkes") wins
      over the cues before it: "Mistanke om AMI, som blev afkræftet" is ruled out.
   c. Else the nearest cue before the mention in its clause; a relative or a plan reaches only its own segment
      ("Bor med datter, ryger dagligt", "Planlagt kontrol, hypertension velreguleret"). A negation just before
      another cue (at most two words between, no comma) negates what that cue says: "ikke mistanke om", "aldrig
      haft", "ingen i familien med". A colon label that is itself a cue ("DD: lungeemboli", "Afkræftet: AMI")
      counts as the farthest cue.
   d. Else an outcome cue later in the clause ("AMI, LE og pneumoni blev afkræftet"), else a cue that dates or
      places the mention in its own segment ("DVT i 2019", "for 3 år siden", "diabetes hos mor").
   e. A relative before the mention in its segment, or "hos mor" / "i familien" after it, makes it the
      relative's (family) unless it is negated or ruled out: "Far med tidligere AMI", "Mor med mistanke om ...".
   f. Known chronic disease is current, not earlier: an ongoing marker in the mention's segment ("kendt med",
      "behandlet for", "i beh. med", "velreguleret", "i 10 år") cancels a weak earlier cue ("tidl.", "tidligere",
      "haft", "anamnestisk"); an onset marker ("siden 2016", "diagnosticeret i 2015", "debut for 3 år siden")
      also cancels a date after the mention (a bare "diagnosticeret" or "konstateret" cancels only the date),
      and so does an ongoing marker between the mention and the date ("Osteoporose i beh. med alendronat
      efter fraktur 2022"). A past episode keeps its date ("DVT i 2019,
      behandlet 6 mdr." is earlier), and so do "St.p.", "som barn" and "intet recidiv".
   g. In a family-history section ("Disp.:", "Familieanamnese:") what is not negated or ruled out is family,
      with the heading as its cue. A history section ("Tidl.:", "Kendte lidelser:") sets no status: the known
      diseases it lists are current unless their own clause dates them.
4. **Sections**: a known heading governs from where it stands until the next one: a line start "Label:" (also
   after a sentence end on the line, "... normal. Paraklinik: CRP 12"), a line that is only a heading
   ("Konklusion", "Epikrise"), or a title line "## medicin" that case flattening adds.
"""

from __future__ import annotations

import enum
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import NamedTuple


class Status(str, enum.Enum):
    """What the note asserts about a mention; compares equal to its value ("negated")."""

    # A str mixin rather than enum.StrEnum (Python 3.11+): the project still supports 3.10.
    CURRENT = "current"  # the patient has it now (default)
    NEGATED = "negated"  # "ingen tegn på pneumoni", "ikke feber", "uden ødemer", "pneumoni: nej"
    RULED_OUT = "ruled_out"  # "AMI blev afkræftet", "udelukket lungeemboli", "kunne ikke bekræftes"
    SUSPECTED = "suspected"  # "mistanke om", "obs. pro", "?pneumoni", "mulig", "kan ikke udelukkes", "DD:"
    EARLIER = "earlier"  # a past episode now over: "tidl. AMI", "St.p. apopleksi", "DVT i 2019", "i barndommen"
    FAMILY = "family"  # "mor med brystkræft", "disp.: bror med aortaaneurisme", "familiær disposition til"
    PLANNED = "planned"  # "planlagt operation for", "henvises til udredning for" (to be examined, not found)

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True, slots=True)
class Assertion:
    """The status of one mention, the words that set it and the kind of section it stands in."""

    status: Status
    cue: str | None  # the trigger words as written ("afkræftet", "Tidl."); None for CURRENT
    cue_start: int | None  # character offset of the cue in the text
    section: str  # "reason", "history", "family", "current", "objective", "paraclinical", "course",
    # "conclusion", "plan", "medication", "social" or "other"


# --- cue tables --------------------------------------------------------------------------------------------
# Each entry is a regex fragment; a space in it stands for a run of spaces or tabs (never a line break), so an
# optional space is written "(?: )?".


@dataclass(frozen=True)
class _Cues:
    status: Status | None  # None: a marker that changes how other cues read, not a status of its own
    side: str  # where it must stand: "before" the mention, "after" it, or "either"
    patterns: tuple[str, ...]
    # After the mention it reports what examining it found, so it reaches the whole clause (other cues after the
    # mention date or place only their own list item).
    outcome: bool = False
    segment_only: bool = False  # before the mention too it reaches only the mention's own list item
    cancelled_by: frozenset[str] = frozenset()  # markers in the mention's segment that make it current


_RELATIVE = (
    r"mor|moderen|mors|far|faderen|fars|forældre(?:ne)?|(?:store|lille|halv)?(?:bror|broderen|brødre(?:ne)?"
    r"|søster(?:en)?|søstre(?:ne)?)"
    r"|søskende|mormor|morfar|farmor|farfar|bedste(?:mor|far|forældre)|onkel|morbror|farbror|moster|faster|tante"
    r"|fætter|kusine|datter(?:en)?|døtre(?:ne)?|søn(?:nen)?|sønner(?:ne)?"
)
_YEAR = r"(?:19|20)\d\d"
_MONTH = r"(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-z]*\.?"

# fmt: off
_TABLES: dict[str, _Cues] = {
    # Look like cues but assert nothing about a following diagnosis ("ikke-" words never match: see _cue_regex).
    "pseudo": _Cues(None, "either", (
        r"ikke (?:kun|blot|alene|længere|nødvendigvis|desto mindre|mindst|nødvendig[t]?|indiceret)",
        r"ikke mulig[t]?(?! at (?:helt |sikkert )?udelukke)",
        r"(?:ikke|intet|ingen) behov for",  # "ikke behov for AB ved pneumoni": the pneumonia is there
        r"(?:ingen|ikke|uden) (?:tegn på )?(?:ændring|bedring|forbedring|forværring|progression|effekt)",
        r"uden (?:komplikationer|for)",  # "appendicitis uden komplikationer" is appendicitis
        r"(?:planlagt|elektivt?) (?:indlagt|indlæggelse|indkaldt)",  # how the admission came, not a plan
        rf"(?:{_RELATIVE}) (?:oplyser|fortæller|beretter|informerer)",  # a relative as the informant
        r"(?:mor|far) til",  # the patient is the parent: "mor til 3"
        r"tidligere (?:på dagen|i dag|i går|i nat|i aftes|i morges|samme dag)",  # earlier today: this episode
    )),
    "suspected": _Cues(Status.SUSPECTED, "before", (
        r"mistanke (?:om|til|for)", r"mistanke", r"mistænkt(?:e)?", r"obs\.?(?: )?pro", r"obs\.? (?:for|på)", r"obs\.?",
        r"mulig(?:e|t|vis)?", r"formentlig(?:t)?", r"formodentlig", r"formodet", r"sandsynlig(?:e|t|vis)?",
        r"suspekt(?:e)?", r"tvivlsom(?:t|me)?", r"evt\.", r"eventuel(?:t|le)?", r"differentialdiagnosti(?:sk|ske)?",
        r"diff\.?(?: )?diagn\.?", r"dd", r"(?:kan|kunne) ikke (?:helt |sikkert )?udelukke",
        r"(?:ikke|ej) muligt at (?:helt |sikkert )?udelukke",
        r"(?:for at|mhp\.|til) (?:udelukke|udelukkelse af)",  # a test to rule it out: the question is open
    )),
    # Suspicion that stays open after the mention: "LE kan ikke udelukkes", "AMI ikke afkræftet".
    "suspected_after": _Cues(Status.SUSPECTED, "after", (
        r"(?:kan|kunne) ikke (?:helt |sikkert )?udelukkes", r"ikke (?:endnu |helt |sikkert )?(?:udelukket|afkræftet)",
        r"mistænkes", r"formodes",
    ), outcome=True),
    # Looked for and not found. Also before the mention: "udelukket lungeemboli", "Afkræftet: AMI".
    "ruled_out": _Cues(Status.RULED_OUT, "either", (
        r"afkræftet", r"afkræftes", r"udelukket", r"(?:kunne |kan )?udelukkes", r"ikke (?:påvist|bekræftet)",
        r"(?:kunne|kan) ikke (?:påvises|bekræftes)", r"ikke (?:blev|kunne|kan) (?:påvises|påvist|bekræftes|bekræftet)",
    ), outcome=True),
    "negated_after": _Cues(Status.NEGATED, "after", (
        r"ses ikke", r"findes ikke", r"ikke til stede", r"ikke (?:mistænkt|mistænkes|sandsynlig[t]?)",
        r"usandsynlig[t]?", r"(?:kan|kunne) (?:klinisk )?afvises", r"afvist",
        # a test result that reaches back over a list: "HIV, hepatitis B og C negative", "Covid-19-test negativ"
        r"(?:var |er |blev |alle )?negativ(?:e|t)?(?! for)",  # "negativ for X" negates forwards
    ), outcome=True),
    # A past episode that is over, whatever else the clause says.
    "resolved": _Cues(Status.EARLIER, "after", (
        r"(?:intet|ingen|uden) recidiv", r"recidivfri", r"helbredt", r"overstået", r"nu rask", r"svundet",
        r"uden (?:sequelae|følger|følgetilstande|men)",
    ), outcome=True),
    "earlier": _Cues(Status.EARLIER, "either", (
        r"st\.(?: )?p\.", r"status post", r"gennemgået",
        r"som (?:barn|spæd|ung|teenager|dreng|pige)",
        r"(?:tidl\.|tidligere) (?:behandlet|opereret|indlagt) (?:for|med|pga\.)",  # treated then, over now
        r"i (?:barndommen|ungdommen|barnealderen)", r"i \d+-års-?alderen",
    )),
    # Undated history: a chronic disease that is known or treated now is still current ("tidl. kendt med KOL").
    # Not "anamnestisk" (known from the history: "Anamnestisk hypertension" is a known, current disease) nor a
    # bare "haft" ("har længe haft sukkersyge", "har haft et roligt forløb").
    "earlier_weak": _Cues(Status.EARLIER, "either", (
        r"tidligere haft", r"tidl\. haft", r"tidl\.", r"tidligere",
    ), cancelled_by=frozenset({"ongoing", "onset"})),
    # A date after the mention: a past year ("i 2019", "AMI 2018", "i marts 2017") or "for 3 år siden"; not part
    # of a date such as 12.03.2019, not a dose ("2000 mg"). A start year ("siden 2016") is an onset marker.
    "earlier_after": _Cues(Status.EARLIER, "after", (
        rf"i (?:{_MONTH} )?{_YEAR}", rf"(?<![./]){_YEAR}(?!(?: )?(?:mg|µg|mikrog|ml|mmol|ie|e)\b)",
        r"for (?:[\w.]+ ){1,3}?(?:år|måneder|mdr\.) siden",
    ), cancelled_by=frozenset({"onset", "found"})),
    # Markers of a disease that goes on now ("nu", "fortsat", "i 10 år" of a duration, not a date).
    "ongoing": _Cues(None, "either", (
        r"ikke tidligere (?:kendt|erkendt|diagnosticeret|behandlet)",  # newly found, so current
        r"kendt(?:e)? med", r"kendt(?:e)?", r"(?:behandlet|behandles) for", r"i (?:beh\.|behandling) (?:med|for)",
        r"beh\. med", r"(?:ikke |dårligt |vel|godt )?reguleret", r"velbehandlet", r"vanligt?", r"fortsat",
        r"stadig", r"vedvarende", r"aktuel(?:t)?", r"nu", r"i årevis", r"nyopdaget", r"nydiagnosticeret",
        r"(?:i|gennem|igennem) (?:\d+|et par|mange|flere|adskillige) (?:år|måneder|mdr\.|uger|dage|døgn)",
    )),
    # When it began, which makes a date about it a start: "siden 2016", "diagnosticeret i 2015". Only with its
    # time: "Tidl. diagnosticeret med akut blødningsanæmi" tells that it was found once, not that it goes on.
    "onset": _Cues(None, "either", (
        rf"siden (?:{_MONTH} )?(?:{_YEAR}|barndommen|ungdommen|barnsben|fødslen|\d+ år|mange år|flere år)",
        rf"(?:diagnosticeret|konstateret|debut(?:eret)?|erkendt)(?: (?:i|ca\.|omkring) (?:{_MONTH} )?{_YEAR}"
        r"| for (?:[\w.]+ ){1,3}?(?:år|måneder|mdr\.) siden)",
    )),
    # Found, with the time elsewhere in the clause: "Diagnosticeret med KOL i 2017" dates a start, so it cancels a
    # date, but not "tidl.".
    "found": _Cues(None, "either", (r"diagnosticeret", r"konstateret", r"debut(?:eret)?", r"erkendt")),
    # Where the disease is, on either side of it: "diabetes hos mor", "hjertesygdom i familien".
    "in_family": _Cues(Status.FAMILY, "either", (
        rf"hos (?:sin |hans |hendes |patientens |en |to |tre |flere |\d+ )?(?:{_RELATIVE})", r"i (?:familien|slægten)",
    ), segment_only=True),
    # "familiær"/"arvelig" alone name a type of the patient's own disease ("familiær hyperkolesterolæmi"), so
    # only with a noun of inheritance.
    "family": _Cues(Status.FAMILY, "before", (
        rf"(?:{_RELATIVE})", r"familie(?:n|ns)?", r"arvelighed", r"disp\.",
        r"familiær(?:t|e)? (?:disposition|disponeret|ophobning|forekomst)(?: til| for)?",
        r"arvelig(?:t|e)? (?:disposition|disponeret)", r"disposition (?:til|for)", r"disponeret (?:til|for)",
    ), segment_only=True),  # "Bor med datter, ryger dagligt": the daughter is not the smoker
    # To be examined, not found: "udredning for" (for a possible disease), not "udredning af" (of a known one).
    "planned": _Cues(Status.PLANNED, "before", (
        r"planlagt", r"planlægges", r"(?:henvist|henvises|indkaldt|indkaldes) til udredning for",
        r"(?:til )?udredning for", r"(?:skal )?udredes for", r"til vurdering af",
        r"(?:til |videre )?(?:udredning|vurdering|undersøgelse|kontrol) (?:mhp\.|med henblik på)",
        r"screening for",
    ), segment_only=True),  # "Planlagt kontrol om 3 mdr., hypertension velreguleret": only the control is planned
    # Last, so that every longer cue starting with "ikke"/"ingen"/"uden" above is tried first.
    "negated": _Cues(Status.NEGATED, "before", (
        r"ingen (?:tegn|holdepunkt(?:er)?|mistanke|sikre tegn) (?:på|for|om)",
        r"(?:ikke|intet) (?:tegn|holdepunkt) (?:på|for)", r"negativ for", r"fri for", r"benægter", r"afviser",
        r"ingen", r"ej", r"intet", r"aldrig",
    )),
    # "ikke" and "uden" negate the words right after them, not a list: "kan ikke holde væske, vægttab",
    # "Kendt delir uden demens, osteoporose og nyreinsufficiens" (osteoporosis is not negated).
    "negated_near": _Cues(Status.NEGATED, "before", (r"ikke", r"uden"), segment_only=True),
}
# fmt: on


_NEGATION = frozenset(("negated", "negated_near"))


def _cue_regex(tables: dict[str, _Cues]) -> re.Pattern[str]:
    """One scanner over all tables, a named group each, in table order; within a table the longest first.

    It reads the lower-cased text (see ``_lower``): matching without IGNORECASE is about three times faster."""
    space = r"[^\S\n]+"
    groups = []
    for name, table in tables.items():
        fragments = "|".join(f"(?:{f})" for f in sorted(table.patterns, key=len, reverse=True))
        groups.append(f"(?P<{name}>{fragments.replace(' ', space)})")
    # Word edges that also refuse a hyphen: "ikke-insulinkrævende", "ikke-signifikante" and "non-STEMI" are words.
    # The look-ahead first lets the scanner skip the many places where no word starts at little cost.
    return re.compile(rf"(?=\w)(?<![\w-])(?:{'|'.join(groups)})(?![\w-])")


# Words that end a clause: contrast, and a cause or concession, which the note asserts ("seponeres ikke pga.
# hyponatriæmi", "ingen feber trods pneumoni"). "dog af" is "died of" ("Mor dog af brystkræft"), not "however".
_CONTRAST = _Cues(None, "either", (
    r"men", r"dog(?! af)", r"derimod", r"imidlertid", r"og derfor", r"pga\.?", r"på grund af", r"grundet",
    r"som følge af", r"trods", r"på trods af",
))  # fmt: skip
_CUE = _cue_regex({"contrast": _CONTRAST, **_TABLES})
_STATUS_TABLES = frozenset(name for name, table in _TABLES.items() if table.status is not None)
_BEFORE = frozenset(name for name in _STATUS_TABLES if _TABLES[name].side in ("before", "either"))
_AFTER = frozenset(name for name in _STATUS_TABLES if _TABLES[name].side in ("after", "either"))
_OUTCOME = frozenset(name for name, table in _TABLES.items() if table.outcome)
_SEGMENT_ONLY = frozenset(name for name, table in _TABLES.items() if table.segment_only)
# A colon label that is one cue acts on what follows it ("DD: lungeemboli"); not an earlier cue, since "Tidl.:"
# heads a list of known diseases and "St.p.:" is status pulmonum.
_LABEL_TABLES = _STATUS_TABLES - {"earlier", "earlier_weak", "earlier_after", "resolved"}
_SHORT_GAP = re.compile(r"[^\S\n]*(?:[\w.]+[^\S\n]+){0,2}")  # at most two words, no punctuation
_ADJACENT_BEFORE = re.compile(r"\?[^\S\n]?$")
# "Ikke-ryger", "non-diabetiker": a negation written onto the mention's first word (while "ikke-insulinkrævende
# diabetes" is a kind of diabetes: there the mention does not start at the hyphen)
_NEGATED_PREFIX = re.compile(r"(?<![\w-])(?:ikke|non)-$", re.I)
# "AMI?", "Rygning: nej", "HIV-negativ", "HIV-test: negativ": a test named by its disease, read negative
_ADJACENT_AFTER = re.compile(
    r"[^\S\n]?(?:(?P<suspected>\?)|(?:[-\t ](?:test|pcr|podning|prøve)\w*)?(?::[^\S\n]*|-)"
    r"(?P<negated>nej|neg\.|negativ[et]?)(?![\w-]))",
    re.I,
)

# --- clause boundaries -------------------------------------------------------------------------------------
# The boundary's own character first, then what must surround it: the scanner then jumps from one such character
# to the next. Contrast words ("men", "dog", ...) end clauses too; the cue scanner finds them (_CONTRAST).
_BOUNDARY = re.compile(
    r"[\n;:.!?,()](?:"
    r"(?<=[\n;)])"
    r"|(?<=\()(?![^\S\n]*(?:i[^\S\n]+)?(?:19|20)\d\d[^\S\n]*\))"  # an aside, but "AMI (2015)" dates the AMI
    r"|(?<=:)(?:(?<!\d:)|(?!\d))"  # a colon, but not in a time or ratio (14:30, 1:2)
    r"|(?<=\S[.!?])(?=[^\S\n]*(?:\n|$)|[^\S\n]+[\"'(]?[A-ZÆØÅ])"  # a sentence end; abbreviations sifted out below
    r"|(?<=,)(?=[^\S\n]*(?i:og[^\S\n]+(?:der|han|hun|pt\.|patienten)|hvor|hvorfor|idet|fordi|selvom)(?![\w-]))"
    r")"
)
# Dots that do not end a sentence before an acronym ("Tidl. AMI", "St.p. CABG", "obs. LE"); before a capitalised
# word they do ("behandlet i 6 mdr. Ingen recidiv", "ophørt AK-beh. Ryger ikke"), since Danish writes diagnoses in
# lower case mid-sentence.
_ABBREVIATIONS = frozenset({
    "tidl.", "obs.", "pt.", "ca.", "beh.", "st.p.", "st.c.", "ve.", "hø.", "mdr.", "dgl.", "dagl.", "bl.a.", "f.eks.",
    "evt.", "pga.", "mht.", "mhp.", "ift.", "iflg.", "jf.", "dvs.", "inkl.", "ekskl.", "obj.", "us.", "kl.", "nr.",
    "ktr.", "amb.", "indl.", "udskr.", "sygd.", "konkl.", "disp.", "soc.", "psyk.", "diff.", "diagn.", "bilat.",
    "tbl.", "inj.", "vedr.", "sv.t.", "hhv.", "dr.", "ang.", "rtg.", "st.",
})  # fmt: skip
_SEGMENT_COMMA = re.compile(
    r",(?!\d)(?![^\S\n]*(?i:som|der|hvilket|hvad)(?![\w-]))"
)  # not a decimal comma (7,2 mmol/L)

# --- sections ----------------------------------------------------------------------------------------------
# Tried in order on the casefolded heading; the first that matches its start up to a word end wins. Medication
# comes first ("Aktuel medicin" lists drugs), objective before history ("St.p.:" there is status pulmonum).
_SECTION_KINDS = (
    ("medication", r"(?:(?:aktuel|fast|vanlig)\w* )?(?:udskrivnings)?medicin|medikamenter"),
    ("objective", r"st\. ?[cp]\.|obj\.|objektiv\w*|psyk\. obj\.|psykisk status|psykopatologi|ved indlæggelsen"),
    (
        "reason",
        r"indl(?:\.|æggelses) ?årsag|årsag til indlæggelse|(?:kontakt|henvisnings|henvendelses)årsag"
        r"|henvisningsdiagnose",
    ),
    ("history", r"tidl\.|tidligere|kendte (?:lidelser|sygdomme)|vanlige lidelser|kroniske sygdomme"),
    (
        "family",
        r"disp\.|dispositioner|disposition|familieanamnese|fam\. ?anamnese|familiære? \w+|arvelige forhold"
        r"|hereditet",
    ),
    ("current", r"aktuel(?:t|le)?|anamnese|anamnestisk|sygehistorie"),
    (
        "paraclinical",
        r"paraklinik|parakliniske \w+|billeddiagnostik|biokemi|blodprøver|laboratorie\w*|lab\.?"
        r"|undersøgelser|ekg|ekko\w*|tte|tee|rtg\.?|røntgen|ct|mr|ul|ultralyd|\w*scanning"
        r"|mikrobiologi|\w*dyrkning|urinstix|blodgas|kag|spirometri",
    ),
    ("course", r"forløb|indlæggelsesforløb|under indlæggelsen|behandling|operation|operativt|indgreb"),
    (
        "conclusion",
        r"konkl\.|konklusion|diagnoser?|hoveddiagnose|bidiagnoser?|aktionsdiagnose"
        r"|udskrivningsdiagnoser?|vurdering|samlet vurdering|resum[ée]|sammenfatning",
    ),
    ("plan", r"plan|videre plan|opfølgning|aftaler"),
    ("social", r"soc\.|social\w*|stimulantia|misbrug|rygning|alkohol"),
    ("other", r"\w*epikrise|udskrivningsbrev|\w*notat|allergi\w*"),  # a note's title: no section yet
)
_SECTION = re.compile("(?:" + "|".join(f"(?P<{kind}>{p})" for kind, p in _SECTION_KINDS) + r")(?!\w)")
_LINE_START = re.compile(r"^[^\S\n]*(?=[^\W\d]|#)", re.M)
_INLINE_LABEL = re.compile(r"[.!?][^\S\n]+(?=[^\W\d][^\n:]{0,40}:)")  # "... normal. Paraklinik: CRP 12"
_LABEL_MAX = 42  # characters; a longer stretch before a colon is text, not a heading


def _section_kind(label: str, whole: bool = False) -> str | None:
    """The kind of section a heading names, or None when it names none. A line without a colon must be the heading
    and nothing more ("Konklusion", not "Tidl. AMI."), unless it is a note's title ("Epikrise ved udskrivelse")."""
    words = " ".join(label.casefold().split())
    match = _SECTION.match(words)
    if match is None or (whole and match.end() < len(words) and match.lastgroup != "other"):
        return None
    return match.lastgroup


@dataclass(frozen=True, slots=True)
class _Heading:
    start: int
    kind: str
    label: str  # as written, without its colon


class _Cue(NamedTuple):  # a tuple: a note has hundreds, made in one pass
    start: int
    end: int
    table: str  # the name of its table in _TABLES


class NoteContext:
    """One note's headings, clause boundaries and cues, found once; then each mention costs a few bisections."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._headings = _headings(text)
        self._heading_starts = [h.start for h in self._headings]
        cues = [_Cue(m.start(), m.end(), m.lastgroup or "") for m in _CUE.finditer(_lower(text))]
        stops = (m for m in _BOUNDARY.finditer(text) if text[m.start()] != "." or not _abbreviation(text, m.start()))
        bounds = sorted([m.span() for m in stops] + [(c.start, c.end) for c in cues if c.table == "contrast"])
        self._bound_starts = [s for s, _ in bounds]
        self._bound_ends = [e for _, e in bounds]
        self._commas = [m.start() for m in _SEGMENT_COMMA.finditer(text)]
        self._cues = [c for c in cues if c.table != "contrast"]
        self._cue_starts = [c.start for c in self._cues]

    def section_at(self, position: int) -> str:
        """The kind of section the heading that governs ``position`` names; "other" before any heading."""
        heading = self._heading_at(position)
        return heading.kind if heading else "other"

    def clause_bounds(self, start: int, end: int) -> tuple[int, int]:
        """The clause around ``[start, end)`` (rules in the module docstring), without blanks around it or a
        leading comma."""
        self._check(start, end)
        i = bisect_right(self._bound_ends, start) - 1
        j = bisect_left(self._bound_starts, end)
        low = self._bound_ends[i] if i >= 0 else 0
        high = self._bound_starts[j] if j < len(self._bound_starts) else len(self.text)
        while low < start and (self.text[low].isspace() or self.text[low] == ","):
            low += 1
        while high > end and self.text[high - 1].isspace():
            high -= 1
        return low, high

    def assertion(self, start: int, end: int) -> Assertion:
        """What the note asserts about the mention at ``[start, end)`` (rules in the module docstring)."""
        text = self.text
        low, high = self.clause_bounds(start, end)
        comma = bisect_left(self._commas, start) - 1
        seg_low = max(low, self._commas[comma] + 1 if comma >= 0 else 0)
        comma = bisect_left(self._commas, end)
        seg_high = min(high, self._commas[comma] if comma < len(self._commas) else len(text))
        heading = self._heading_at(start)
        section = heading.kind if heading else "other"

        def found(cue: _Cue | None, status: Status | None = None, cue_start: int | None = None) -> Assertion:
            if cue is None:
                return Assertion(Status.CURRENT, None, None, section)
            begin = cue.start if cue_start is None else cue_start
            return Assertion(status or _TABLES[cue.table].status, text[begin : cue.end], begin, section)

        # a. Marks right at the mention.
        if _ADJACENT_BEFORE.search(text, max(low, start - 2), start):
            mark = text.rindex("?", 0, start)
            return found(_Cue(mark, mark + 1, "suspected"))
        prefix = _NEGATED_PREFIX.search(text, max(low, start - 5), start)
        if prefix:
            return found(_Cue(prefix.start(), prefix.end(), "negated"))
        adjacent = _ADJACENT_AFTER.match(text, end)
        if adjacent:
            name = adjacent.lastgroup or ""
            return found(_Cue(adjacent.start(name), adjacent.end(name), name))

        before = [
            c
            for c in self._cues_in(low, start)
            if c.table in _BEFORE and (c.start >= seg_low or c.table not in _SEGMENT_ONLY)
        ]
        after = [
            c for c in self._cues_in(end, high) if c.table in _AFTER and (c.start < seg_high or c.table in _OUTCOME)
        ]
        outcome = next((c for c in after if c.table in _OUTCOME), None)

        # b-d. The cue that sets the status.
        # What examining it found reaches past a comma when it closes the episode: "Tidl. behandlet for MI, nu rask".
        if outcome is not None and (outcome.start < seg_high or outcome.table == "resolved"):
            cue = outcome
        elif before:
            cue = before[-1]
            previous = before[-2] if len(before) > 1 else None
            if (
                cue.table not in _NEGATION
                and previous is not None
                and previous.table in _NEGATION
                and _SHORT_GAP.fullmatch(text, previous.end, cue.start)
            ):
                return found(cue, Status.NEGATED, previous.start)
        else:
            cue = self._label_cue(low) or (after[0] if after else None)
        status = _TABLES[cue.table].status if cue else Status.CURRENT

        # e. Whose disease: a relative in the mention's segment outranks time and certainty.
        if status not in (Status.NEGATED, Status.RULED_OUT, Status.FAMILY):
            relative = next((c for c in reversed(before) if c.table in ("family", "in_family")), None)
            relative = relative or next((c for c in after if c.table == "in_family"), None)
            if relative is not None:
                return found(relative)
        # f. Known chronic disease is current. An ongoing marker between the mention and a later date makes the
        # date the marker's ("Osteoporose i beh. med alendronat efter fraktur 2022").
        if cue is not None and status == Status.EARLIER:
            cancelling = _TABLES[cue.table].cancelled_by
            if any(
                c.table in cancelling or (c.table == "ongoing" and end <= c.start and c.end <= cue.start)
                for c in self._cues_in(seg_low, seg_high)
            ):
                cue, status = None, Status.CURRENT
        # g. Everything in a family-history section is a relative's.
        if (
            section == "family"
            and heading is not None
            and status not in (Status.NEGATED, Status.RULED_OUT, Status.FAMILY)
        ):
            return Assertion(Status.FAMILY, heading.label, heading.start, section)
        return found(cue)

    # --- helpers -----------------------------------------------------------------------------------------
    def _check(self, start: int, end: int) -> None:
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span [{start}, {end}) is outside the text (length {len(self.text)})")

    def _heading_at(self, position: int) -> _Heading | None:
        i = bisect_right(self._heading_starts, position) - 1
        return self._headings[i] if i >= 0 else None

    def _cues_in(self, low: int, high: int) -> list[_Cue]:
        """The cues wholly inside ``[low, high)``, in order."""
        i = bisect_left(self._cue_starts, low)
        found = []
        while i < len(self._cues) and self._cues[i].start < high:
            if self._cues[i].end <= high:
                found.append(self._cues[i])
            i += 1
        return found

    def _label_cue(self, clause_start: int) -> _Cue | None:
        """The cue that a colon label just before the clause is ("DD: ...", "Obs. pro: ..."), if it is one."""
        i = bisect_right(self._bound_ends, clause_start) - 1
        if i < 0 or self.text[self._bound_starts[i]] != ":":
            return None
        label_start = self._bound_ends[i - 1] if i > 0 else 0
        label = self.text[label_start : self._bound_starts[i]].strip()
        cues = [c for c in self._cues_in(label_start, self._bound_starts[i]) if c.table in _STATUS_TABLES]
        if len(cues) == 1 and cues[0].table in _LABEL_TABLES and self.text[cues[0].start : cues[0].end] == label:
            return cues[0]
        return None


def _lower(text: str) -> str:
    """``text`` in lower case, letter for letter: a letter whose lower case is longer ("İ") stays as it is."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _abbreviation(text: str, position: int) -> bool:
    """Whether the full stop at ``position`` closes an abbreviation before an acronym ("Tidl. AMI") rather than a
    sentence."""
    begin = position
    while begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] == "."):
        begin -= 1
    if text[begin : position + 1].casefold() not in _ABBREVIATIONS:
        return False
    following = text[position + 1 : position + 12].lstrip(" \t\"'(")
    return following[:2].isupper()


def _headings(text: str) -> list[_Heading]:
    """The known headings of ``text`` in order: titles, "Label:" and lines that are only a heading."""
    headings = []
    starts = [(m.end(), True) for m in _LINE_START.finditer(text)]
    starts += [(m.end(), False) for m in _INLINE_LABEL.finditer(text)]
    for at, line_start in sorted(starts):
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        colon = text.find(":", at, min(line_end, at + _LABEL_MAX))
        if text[at] == "#":  # "## medicin", a title that case flattening adds
            label = text[at:line_end].lstrip("#").strip()
            headings.append(_Heading(at, _section_kind(label) or "other", label))
            continue
        if colon >= 0 and not text[colon + 1 : colon + 2].isdigit():
            label, whole = text[at:colon].rstrip(), False
        elif line_start and line_end - at <= _LABEL_MAX:
            label, whole = text[at:line_end].rstrip(), True
        else:
            continue
        kind = _section_kind(label, whole)
        if kind is not None:
            headings.append(_Heading(at, kind, label))
    return headings


def assert_mention(text: str, start: int, end: int) -> Assertion:
    """What ``text`` asserts about the mention at ``[start, end)``; for many mentions build one ``NoteContext``."""
    return NoteContext(text).assertion(start, end)


def section_at(text: str, position: int) -> str:
    """The kind of section that governs ``position`` in ``text`` ("conclusion", "history", ..., "other")."""
    return NoteContext(text).section_at(position)


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause of ``text`` that holds ``[start, end)``: the scope of the cues that can apply to it."""
    return NoteContext(text).clause_bounds(start, end)
