"""Sentence templates of a Danish epikrise and a builder that records where each mention lands.

A template holds ``{}`` where a condition is named and may hold numbered fields (``{d}``) filled with
small numbers. Templates of each pool are split once, by a hash of their text, into shared ones and
test-only ones (``SynthConfig.heldout_template_share``).
"""

from __future__ import annotations

import random
import zlib
from dataclasses import dataclass, field

HEADERS = ("Epikrise", "EPIKRISE", "Udskrivningsepikrise", "Epikrise ved udskrivelse", "Epikrise til egen læge")
SECTIONS = {
    "reason": ("Indlæggelsesårsag:", "Årsag til indlæggelse:", "Indl.årsag:", "Henvisningsårsag:"),
    "history": ("Anamnese:", "Aktuelt:", "Anamnese og aktuelt:"),
    "known": ("Tidligere sygdomme:", "Kendte lidelser:", "Tidl. sygd.:", "Vanlige lidelser:"),
    "exam": ("Objektivt:", "Obj.:", "Objektiv us.:", "Objektiv undersøgelse:"),
    "labs": ("Paraklinik:", "Blodprøver:", "Parakliniske fund:", "Biokemi:"),
    "course": ("Forløb:", "Forløb under indlæggelsen:", "Indlæggelsesforløb:"),
    "conclusion": ("Konklusion:", "Diagnoser:", "Vurdering:", "Konkl.:"),
    "plan": ("Plan:", "Videre plan:", "Plan og opfølgning:"),
    "meds": ("Medicin ved udskrivelse:", "Udskrivningsmedicin:", "Medicin:"),
}

POOLS: dict[str, tuple[str, ...]] = {
    "reason": (
        "{}.", "Indlagt akut med {}.", "Henvist af egen læge pga. {}.", "Overflyttet fra andet sygehus med {}.",
        "Elektivt indlagt mhp. udredning og behandling af {}.", "Indlagt via FAM med {}.",
        "Visiteret af vagtlæge og indlagt med {}.", "Indbragt af ambulance med {}.", "Akut indlæggelse pga. {}.",
        "Henvist fra ambulatoriet mhp. behandling af {}.",
    ),
    "known": (
        "Kendt med {}.", "Tidl. diagnosticeret med {}.", "Pt. har i flere år haft {}.", "Har desuden {}.",
        "I vanlig behandling for {}.", "Anamnestisk {}, i behandling ved egen læge.", "Kendt {} gennem en årrække.",
        "Følges i ambulatoriet for {}.", "Desuden kendt med {}.", "Vanligt behandlet for {}.",
    ),
    "course_a": (
        "Under indlæggelsen blev {} behandlet efter gældende instruks med god effekt.",
        "Forløbet har været præget af {}, der er i bedring.", "Vi har behandlet {} og ser pæn bedring.",
        "Ved udskrivelsen er {} velbehandlet.", "Vedr. {}: langsom men sikker bedring under behandling.",
        "Pt. har haft et ukompliceret forløb af sin {}.", "Behandlingen af {} er fulgt op dagligt ved stuegang.",
        "Vi vurderer, at {} er tilstrækkeligt behandlet til udskrivelse.",
        "Tilstanden tolkes som {}, og behandling er iværksat.", "Klinisk og biokemisk bedring af {}.",
    ),
    "course_b": (
        "Vedr. {}: uændret, fortsætter vanlig behandling.", "{} har været velreguleret under indlæggelsen.",
        "Kendt {} – ingen ændringer i behandlingen.", "Der er taget hånd om {} i samråd med egen læge.",
        "Vedr. {}: stabil, ingen tiltag.", "{} har ikke givet anledning til ændringer.",
        "Desuden behandlet for {} under indlæggelsen.", "Vi har justeret behandlingen af {}.",
        "Pt.s {} er fulgt under indlæggelsen uden problemer.", "Ift. {} anbefales fortsat kontrol ved egen læge.",
    ),
    "conclusion": ("{}.", "Diagnose: {}.", "Udskrives med diagnosen {}.", "Hoveddiagnose: {}.", "Primært {}."),
    "negated": (
        "Ingen tegn på {}.", "{} er afkræftet.", "Der er ikke holdepunkt for {}.",
        "Mistanke om {} blev afkræftet ved undersøgelse.", "Ikke tegn til {} ved objektiv undersøgelse.",
        "Vi har udelukket {}.", "Negativ for {}.", "Intet der taler for {}.",
    ),
    "history": (
        "Tidl. behandlet for {}, afsluttet uden følger.", "Haft {} for mange år siden, ingen følger.",
        "Anamnestisk {} i barndommen, nu rask.", "Behandlet for {} for 10 år siden, velbehandlet og ophørt.",
        "Tidligere episode med {}, helt overstået.",
    ),
    "family": (
        "Mor med {}.", "Far havde {}.", "Disposition: bror med {}.", "Familiær disposition til {}.",
        "Søster med {}.", "Morfar døde af {}.",
    ),
    "uncertain": (
        "Obs. pro {}.", "Mistanke om {}, udredes ambulant.", "Differentialdiagnostisk overvejes {}.",
        "Kan ikke udelukke {}.", "Muligvis {}, afventer svar.", "Obs. for {} – ikke bekræftet.",
    ),
    "planned": (
        "Planlagt udredning for {} er ikke nået og foretages ambulant.", "Der henvises til udredning mhp. {}.",
        "Evt. {} vurderes ved næste ambulante kontrol.", "Ved behov udredning for {} via egen læge.",
        "Screening for {} planlagt, men ikke foretaget under indlæggelsen.",
    ),
    "filler": (
        "Dag {d}: Pt. har sovet godt og er mobiliseret til stol.",
        "Stuegang: pt. har det bedre, spiser og drikker tilfredsstillende.",
        "Fysioterapeut har vurderet pt., der går med rollator på gangen.",
        "Ergoterapeut har vurderet ADL-funktionen, der er let nedsat.",
        "Pårørende er orienteret om forløbet og plan.", "Samtale med pt. og datter om videre plan.",
        "Væskeskema og vægt dagligt.", "Afføring og vandladning upåvirket.",
        "Smerter dækket med p.n. paracetamol.", "Pt. er informeret om plan og accepterer denne.",
        "Konfereret med bagvagt, der er enig i plan.", "EWS {d}, stabil gennem vagten.",
        "Ingen behov for ilt i døgnets løb.", "Pt. føler sig klar til udskrivelse.",
        "Kommunen er kontaktet mhp. hjemmehjælp {d} gange dagligt.",
        "Dag {d}: Let træt, men oppegående og selvhjulpen.", "Nattevagt: urolig nat, sovet {d} timer.",
        "Diætist har vurderet ernæringstilstanden, energi- og proteindrik tilbydes.",
        "Pt. har været i bad og er fri af drop.", "Dag {d}: Temperaturen er normaliseret.",
        "Sygeplejerske har gennemgået medicinen med pt.", "Pt. mobiliseres med hjælp af en person.",
        "Blodprøver kontrolleret, uændrede.", "Socialrådgiver har talt med pt. om sygemelding.",
        "Pt. har haft besøg af ægtefælle og er ved godt mod.", "Tryksårsrisiko vurderet, ingen tiltag.",
        "Dag {d}: Vitalparametre stabile, ingen nye klager.", "PVK seponeret, indstikssted u.a.",
        "Pt. ønsker at komme hjem hurtigst muligt.", "Genoptræningsplan udarbejdet.",
        "Dag {d}: Pt. er afebril og mobiliseret på gangen.", "Telefonisk kontakt med egen læge.",
    ),
    "social_child": (
        "Bor med forældre og {d} søskende, går i skole.", "Bor skiftevis hos mor og far.",
        "Går i {d}. klasse, trives socialt.", "Går i vuggestue.", "Bor hos mor, far ikke inde i billedet.",
    ),
    "social_adult": (
        "Bor sammen med ægtefælle i hus, selvhjulpen.", "Bor alene i lejlighed på {d}. sal uden elevator.",
        "Gift, {d} voksne børn.", "Arbejder som pædagog, sygemeldt.",
        "Arbejder som tømrer, fuldtid.", "Samlevende, {d} hjemmeboende børn.", "Kontanthjælpsmodtager.",
    ),
    "social_old": (
        "Pensionist, tidl. håndværker.", "Bor på plejecenter.", "Modtager hjemmehjælp {d} gange ugentligt.",
        "Enkemand/enke, bor alene i eget hus.", "Bor med ægtefælle i ældrebolig, selvhjulpen.",
        "Pensionist, tidl. sygeplejerske.", "Har nødkald, hjemmepleje morgen og aften.",
    ),
    "habits": (
        "Ryger {d} cig. dgl.", "Aldrig ryger.", "Eks-ryger gennem {d} år.", "Alkohol: {d} genstande/uge.",
        "Intet alkoholforbrug.", "Alkohol: sjældent.", "Røg: 0, alkohol: {d} genst./uge.",
    ),
    "plan": (
        "Kontrol hos egen læge om {d} uger med blodprøver.", "Ambulant kontrol i afdelingens ambulatorium.",
        "Ingen ambulant opfølgning, afsluttes til egen læge.", "Genhenvendelse ved forværring.",
        "Kontrol af elektrolytter ved egen læge om {d} uger.", "Pt. indkaldes skriftligt til kontrol.",
        "Henvises til kommunal genoptræning.", "Vi har ikke planlagt yderligere.",
    ),
}  # fmt: skip

KNOWN_NONE = ("Tidligere rask.", "Ingen kendte kroniske sygdomme.", "Tidl. væsentligt rask.")
EXAM_FIXED = (
    "AT: upåvirket.", "AT: let påvirket.", "St.c.: RCR, ingen mislyde.", "St.p.: VAM bilat., ingen RKL.",
    "Abdomen: blødt og uømt.", "Ingen perifere ødemer.", "Neurologisk orienterende u.a.", "Orienteret x 3.",
)  # fmt: skip


@dataclass(frozen=True)
class Templates:
    """The templates of each pool that a split may use."""

    shared: dict[str, tuple[str, ...]]
    test_only: dict[str, tuple[str, ...]]

    def pool(self, name: str, test: bool) -> tuple[str, ...]:
        return self.shared[name] + self.test_only[name] if test else self.shared[name]


def split_templates(share: float) -> Templates:
    shared: dict[str, tuple[str, ...]] = {}
    test_only: dict[str, tuple[str, ...]] = {}
    for name, pool in POOLS.items():
        ranked = sorted(pool, key=lambda t: zlib.crc32(t.encode()))
        held = set(ranked[: round(share * len(pool))])
        shared[name] = tuple(t for t in pool if t not in held)
        test_only[name] = tuple(t for t in pool if t in held)
    return Templates(shared, test_only)


def static_text() -> str:
    """All fixed text the generator writes, for checking that test-only forms never hide in it."""
    parts = [*HEADERS, *KNOWN_NONE, *EXAM_FIXED]
    for names in SECTIONS.values():
        parts.extend(names)
    for pool in POOLS.values():
        parts.extend(t.replace("{}", "\n").replace("{d}", "\n") for t in pool)
    return "\n".join(parts)


@dataclass
class Builder:
    """Text under construction, with the spans of the mentions written into it.

    ``spans`` holds ``(code, start, end, kind)``; kind is "evidence" or a distractor kind.
    """

    parts: list[str] = field(default_factory=list)
    length: int = 0
    spans: list[tuple[str, int, int, str]] = field(default_factory=list)

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def mention(self, template: str, code: str, form: str, kind: str = "evidence") -> None:
        """Write ``template`` with ``form`` in its ``{}``, capitalised when it opens the sentence."""
        before, after = template.split("{}", 1)
        if not before and form[:1].islower():
            form = form[0].upper() + form[1:]
        self.add(before)
        self.spans.append((code, self.length, self.length + len(form), kind))
        self.add(form)
        self.add(after)

    def mention_list(self, template: str, items: list[tuple[str, str]]) -> None:
        """``template`` with a list "A, B og C" in its ``{}``, each item ``(code, form)`` a mention."""
        before, after = template.split("{}", 1)
        self.add(before)
        for i, (code, form) in enumerate(items):
            if i:
                self.add(" og " if i == len(items) - 1 else ", ")
            if i == 0 and not before and form[:1].islower():
                form = form[0].upper() + form[1:]
            self.spans.append((code, self.length, self.length + len(form), "evidence"))
            self.add(form)
        self.add(after)

    def extend(self, other: Builder) -> None:
        shift = self.length
        self.spans.extend((c, s + shift, e + shift, k) for c, s, e, k in other.spans)
        self.parts.extend(other.parts)
        self.length += other.length

    def text(self) -> str:
        return "".join(self.parts)


def fill(template: str, rng: random.Random) -> str:
    """A template without a condition, its ``{d}`` fields filled with small numbers."""
    return template.replace("{d}", str(rng.randint(2, 9))) if "{d}" in template else template
