"""The 22 chapters of ICD-10 with Danish titles written by the project.

SKS publishes its chapters as Roman numerals only; these titles follow the wording of the Danish ICD-10
edition (Sundhedsstyrelsen, "Klassifikation af sygdomme") in plain, current Danish.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Chapter:
    numeral: str  # "IX"
    first: str  # first WHO category of the chapter, e.g. "I00"
    last: str  # last WHO category, e.g. "I99"
    title: str  # Danish title

    @property
    def range(self) -> str:
        return f"{self.first}-{self.last}"

    def contains(self, category: str) -> bool:
        """Whether a WHO category ("I10", without the SKS "D") falls in this chapter."""
        return self.first <= category[:3] <= self.last


CHAPTERS: tuple[Chapter, ...] = (
    Chapter("I", "A00", "B99", "Infektionssygdomme og parasitære sygdomme"),
    Chapter("II", "C00", "D48", "Svulster"),
    Chapter("III", "D50", "D89", "Sygdomme i blod og bloddannende organer samt visse immunsygdomme"),
    Chapter("IV", "E00", "E90", "Endokrine sygdomme, ernæringssygdomme og stofskiftesygdomme"),
    Chapter("V", "F00", "F99", "Psykiske lidelser og adfærdsmæssige forstyrrelser"),
    Chapter("VI", "G00", "G99", "Sygdomme i nervesystemet"),
    Chapter("VII", "H00", "H59", "Sygdomme i øje og øjenomgivelser"),
    Chapter("VIII", "H60", "H95", "Sygdomme i øre og processus mastoideus"),
    Chapter("IX", "I00", "I99", "Sygdomme i kredsløbsorganer"),
    Chapter("X", "J00", "J99", "Sygdomme i åndedrætsorganer"),
    Chapter("XI", "K00", "K93", "Sygdomme i fordøjelsesorganer"),
    Chapter("XII", "L00", "L99", "Sygdomme i hud og underhud"),
    Chapter("XIII", "M00", "M99", "Sygdomme i knogler, muskler og bindevæv"),
    Chapter("XIV", "N00", "N99", "Sygdomme i urinveje og kønsorganer"),
    Chapter("XV", "O00", "O99", "Svangerskab, fødsel og barsel"),
    Chapter("XVI", "P00", "P96", "Visse tilstande med udgangspunkt i perinatalperioden"),
    Chapter("XVII", "Q00", "Q99", "Medfødte misdannelser og kromosomanomalier"),
    Chapter("XVIII", "R00", "R99", "Symptomer, abnorme fund og ufuldstændigt definerede tilstande"),
    Chapter("XIX", "S00", "T98", "Læsioner, forgiftninger og visse andre følger af ydre påvirkninger"),
    Chapter("XX", "V01", "Y98", "Ydre årsager til sygdom og død"),
    Chapter("XXI", "Z00", "Z99", "Faktorer af betydning for helbredstilstand og kontakt med sundhedsvæsenet"),
    Chapter("XXII", "U00", "U99", "Koder til særlige formål"),
)

_BY_NUMERAL = {c.numeral: c for c in CHAPTERS}


def chapter_by_numeral(numeral: str) -> Chapter | None:
    return _BY_NUMERAL.get(numeral)


def chapter_for_category(category: str) -> Chapter | None:
    """The chapter of a WHO category such as "I10" (SKS "DI10" without its "D")."""
    for chapter in CHAPTERS:
        if chapter.contains(category):
            return chapter
    return None
