"""Every user-visible string of the app, Danish by default, English selectable.

``tr(key, **values)`` looks the key up in the current language and fills ``{placeholders}``. A key missing
from a language falls back to Danish, so a new string shows up (in Danish) rather than as a crash.
"""

from __future__ import annotations

LANGUAGES = ("da", "en")

DA: dict[str, str] = {
    "app.title": "coder-assist – kodning af udskrivelser",
    "app.title_case": "coder-assist – {case_id}",
    # worklist
    "worklist.title": "Arbejdsliste",
    "worklist.filter": "Filtrér sager…",
    "worklist.all": "Alle",
    "worklist.id": "Sag",
    "worklist.department": "Afdeling",
    "worklist.status": "Status",
    "worklist.a_code": "A",
    "status.new": "Ny",
    "status.in_progress": "I gang",
    "status.done": "Færdig",
    # case
    "case.none": "Ingen sag valgt. Vælg en sag i arbejdslisten.",
    "case.not_found": "Sagen {case_id} findes ikke i arbejdslisten.",
    "case.patient": "{sex}, {age} år · indlagt {start}{end} · {department}",
    "case.unknown": "ukendt",
    "case.sex.M": "Mand",
    "case.sex.F": "Kvinde",
    "case.notes": "Notater",
    "case.medications": "Medicin",
    "case.labs": "Laboratoriesvar",
    "case.med.atc": "ATC",
    "case.med.name": "Præparat",
    "case.med.dose": "Dosis",
    "case.lab.name": "Analyse",
    "case.lab.value": "Værdi",
    "case.lab.unit": "Enhed",
    "case.lab.range": "Referenceinterval",
    "case.lab.flag": "Flag",
    "case.evidence_for": "Teksten understøtter: {codes}",
    "case.evidence_none": "Ingen fremhævet evidens her.",
    "case.truncated": "Modellen læste ikke hele sagen: {detail}",
    "truncation.detail": (
        "sagen er {total} tegn lang, og modellen læser højst {max} tokens (læst: {read}); ikke læst: {parts}"
    ),
    "truncation.from": "{source} {number} fra tegn {start}",
    "truncation.whole": "{source} {number}",
    "truncation.headers": "kun overskrifter",
    "source.note": "notat",
    "source.medication": "medicin",
    "source.lab": "laboratoriesvar",
    "button.close": "Luk",
    "keys.suggestions": "Taster: 1–0 accepterer forslag (Skift: som A)",
    "keys.text": "Taster: skrives i feltet (Esc: tilbage til forslagene)",
    "button.ok": "OK",
    "button.cancel": "Annuller",
    "case.note_continued": "{type} (fortsat)",
    "case.part": (
        "Sagen er lang og vises i dele, så vinduet ikke går i stå. Del {part} af {parts}: notat {first}–{last} "
        "af {notes}, {chars} af {total_chars} tegn. {links}"
    ),
    "case.part.previous": '<a href="{part}">Forrige del</a>',
    "case.part.next": '<a href="{part}">Næste del</a>',
    "case.part.evidence": (
        '{spans} evidenssteder for {code} ligger i andre dele, det stærkeste i <a href="{part}">del {number}</a>.'
    ),
    # suggestions
    "suggestions.title": "Forslag (top 10)",
    "suggestions.code": "Kode",
    "suggestions.text": "Tekst",
    "suggestions.score": "Score",
    "suggestions.tier": "Niveau",
    "suggestions.accept": "Acceptér",
    "suggestions.none": "Ingen forslag: {reason}",
    "suggestions.waiting": "Beregner forslag…",
    "suggestions.named": "Notatet nævner diagnosen som aktuel; modellen vurderer den også",
    "suggestions.named_only": "Notatet nævner diagnosen som aktuel; modellen er ikke trænet på koden",
    "suggestions.model_only": "Modellens vurdering ud fra hele sagen; notatet nævner ikke koden direkte",
    "suggestions.refines": "Mere specifik end {code}, som notatet nævner; vælg den, hvis notatet siger mere",
    "tier.suggested": "Foreslået",
    "tier.probably_missed": "Sandsynligt overset B",
    "tier.below": "Under tærskel",
    "tier.short.suggested": "Foreslået",
    "tier.short.probably_missed": "Overset B?",
    "tier.short.below": "",
    "accept.as_b": "B",
    "accept.as_a": "A",
    "accept.as_b.tip": "Acceptér som bidiagnose (B) – tast {key}",
    "accept.as_a.tip": "Acceptér som aktionsdiagnose (A) – tast Shift+{key}",
    # accepted
    "accepted.title": "Accepterede koder",
    "accepted.type": "Type",
    "accepted.code": "Kode",
    "accepted.text": "Tekst",
    "accepted.source": "Kilde",
    "accepted.make_a": "Gør til A",
    "accepted.make_b": "Gør til B",
    "accepted.up": "Op",
    "accepted.down": "Ned",
    "accepted.remove": "Fjern",
    "accepted.finish": "Afslut sag (Ctrl+Enter)",
    "accepted.reopen": "Genåbn sag",
    "source.suggestion": "forslag",
    "source.search": "søgning",
    "source.manual": "manuel",
    # search
    "search.title": "Søg i SKS-kataloget",
    "search.placeholder": "Søg kode eller tekst (Ctrl+F)…",
    "search.loading": "Indlæser kataloget…",
    "search.add_b": "Tilføj som B",
    "search.add_a": "Tilføj som A",
    "search.none": "Ingen koder matcher.",
    "search.children": "{count} mere specifikke underkoder: tryk → for at vise dem",
    "search.retired": "udgået",
    # finishing
    "finish.title": "Afslut sag",
    "finish.blocked": "Sagen kan ikke afsluttes: {problems}",
    "finish.warnings": "Sagen har advarsler:\n\n{warnings}\n\nAfslut alligevel?",
    "finish.no_a": "der er ingen aktionsdiagnose (A); acceptér præcis én",
    "finish.many_a": "der er {count} aktionsdiagnoser (A); der må kun være én",
    "finish.unknown_code": "{code} findes ikke i kataloget",
    "finish.invalid_code": "{code} er ikke gyldig på indlæggelsesdatoen {date}",
    "finish.has_children": "{code} har {count} mere specifikke underkoder; vælg den der passer",
    "finish.rule_M": "{code} ({what}) passer ikke til en mand",
    "finish.rule_F": "{code} ({what}) passer ikke til en kvinde",
    "finish.rule_age": "{code} ({what}) passer ikke til alderen {age} år",
    "finish.done": "Sag {case_id} er afsluttet.",
    "finish.all_done": "Alle sager i arbejdslisten er færdige.",
    # model and status bar
    "model.loading": "Indlæser model…",
    "model.none": "Ingen model: {reason}. Søgning og manuel kodning virker stadig.",
    "model.status": "Model: {name} · {provider}",
    "model.status_none": "Model: ingen",
    "busy": "Arbejder…",
    # files
    "files.error": "Kunne ikke læse {where}: {message}",
    "files.errors_more": "(og {count} fejl mere)",
    "files.imported": "{added} nye sager indlæst, {kept} fandtes allerede.",
    "files.changed": "{count} sager er ændret i filen siden første indlæsning; den gemte udgave bruges.",
    "files.missing": "Filen eller mappen findes ikke: {path}",
    "files.unlisted": "{path}: {count} problemer mere vises ikke (kun de første {shown} i hver fil)",
    # errors
    "error.title": "Fejl",
    # The exception's own text is never shown: it can quote patient data (the log keeps where it happened).
    "error.unexpected": "Uventet fejl ({kind}); handlingen blev ikke gennemført.",
    "error.log": "Detaljer er skrevet i logfilen {path}.",
    "store.read_only": "Skrivebeskyttet",
    "store.read_only_title": "{title} (skrivebeskyttet)",
    "store.read_only_banner": (
        "Lageret {path} er skrivebeskyttet: du kan se sager og koder, men ikke ændre dem. Bed IT om "
        "skriveadgang til filen og dens mappe, og start programmet igen."
    ),
    # menus
    "menu.file": "&Filer",
    "menu.open": "Åbn sager…",
    "menu.export": "Eksportér færdige sager…",
    "menu.settings": "Indstillinger…",
    "menu.quit": "Afslut",
    "menu.help": "&Hjælp",
    "menu.shortcuts": "Tastaturgenveje (F1)",
    "menu.about": "Om coder-assist…",
    "about.title": "Om coder-assist",
    "about.version": "Version",
    "about.model": "Model",
    "about.no_model": "ingen model indlæst",
    "about.training_data": "Træningsdata",
    "about.metrics": "Målt på testdata",
    "about.provider": "Kører på",
    "about.catalogue": "SKS-katalog",
    "about.released": "udgivet",
    "about.data": "Data og vilkår",
    "about.synthetic": "Eksempelsagerne er syntetiske (coder-assist synth) og beskriver ingen virkelige patienter.",
    "about.libraries": "Biblioteker og licenser",
    "export.done": "{count} færdige sager eksporteret til {path}.",
    # help
    "help.title": "Tastaturgenveje",
    "help.1-9": "Acceptér forslag 1–9 (0 = forslag 10) som B",
    "help.shift": "Shift+1–9, Shift+0: acceptér forslaget som A",
    "help.ctrl_f": "Gå til søgefeltet",
    "help.enter": "I søgningen: tilføj markeret kode som B (Shift+Enter som A)",
    "help.arrows": "Flyt i lister og tabeller",
    "help.right": "I søgningen: vis underkoderne af en kode mærket ▸",
    "help.esc": "Forlad et tekstfelt; tallene accepterer igen forslag",
    "help.del": "Fjern den markerede accepterede kode",
    "help.ctrl_enter": "Afslut sagen og åbn den næste",
    "help.f1": "Vis denne hjælp",
    "help.key": "Tast",
    "help.action": "Handling",
    # settings
    "settings.title": "Indstillinger",
    "settings.model": "Modelmappe",
    "settings.model_default": "(standardmodel)",
    "settings.browse": "Vælg…",
    "settings.user": "Brugernavn",
    "settings.font_size": "Skriftstørrelse",
    "settings.language": "Sprog",
    "settings.gpu": "Brug GPU når den findes",
    "settings.show_missed": 'Vis "sandsynligt overset"',
    "settings.restart": "Nogle ændringer træder i kraft, når programmet startes igen.",
    "language.da": "Dansk",
    "language.en": "English",
}

EN: dict[str, str] = {
    "app.title": "coder-assist – coding discharge cases",
    "app.title_case": "coder-assist – {case_id}",
    "worklist.title": "Worklist",
    "worklist.filter": "Filter cases…",
    "worklist.all": "All",
    "worklist.id": "Case",
    "worklist.department": "Department",
    "worklist.status": "Status",
    "worklist.a_code": "A",
    "status.new": "New",
    "status.in_progress": "In progress",
    "status.done": "Done",
    "case.none": "No case selected. Choose a case in the worklist.",
    "case.not_found": "There is no case {case_id} in the worklist.",
    "case.patient": "{sex}, {age} years · admitted {start}{end} · {department}",
    "case.unknown": "unknown",
    "case.sex.M": "Male",
    "case.sex.F": "Female",
    "case.notes": "Notes",
    "case.medications": "Medications",
    "case.labs": "Lab results",
    "case.med.atc": "ATC",
    "case.med.name": "Drug",
    "case.med.dose": "Dose",
    "case.lab.name": "Test",
    "case.lab.value": "Value",
    "case.lab.unit": "Unit",
    "case.lab.range": "Reference range",
    "case.lab.flag": "Flag",
    "case.evidence_for": "This text supports: {codes}",
    "case.evidence_none": "No highlighted evidence here.",
    "case.truncated": "The model did not read the whole case: {detail}",
    "truncation.detail": (
        "the case is {total} characters long and the model reads at most {max} tokens (read: {read}); not read: {parts}"
    ),
    "truncation.from": "{source} {number} from character {start}",
    "truncation.whole": "{source} {number}",
    "truncation.headers": "section headers only",
    "source.note": "note",
    "source.medication": "medication",
    "source.lab": "lab",
    "button.close": "Close",
    "keys.suggestions": "Keys: 1–0 accept suggestions (Shift: as A)",
    "keys.text": "Keys: typing in the field (Esc: back to the suggestions)",
    "button.ok": "OK",
    "button.cancel": "Cancel",
    "case.note_continued": "{type} (continued)",
    "case.part": (
        "The case is long and is shown in parts to keep the window responsive. Part {part} of {parts}: note "
        "{first}–{last} of {notes}, {chars} of {total_chars} characters. {links}"
    ),
    "case.part.previous": '<a href="{part}">Previous part</a>',
    "case.part.next": '<a href="{part}">Next part</a>',
    "case.part.evidence": (
        '{spans} evidence spans for {code} lie in other parts, the strongest in <a href="{part}">part {number}</a>.'
    ),
    "suggestions.title": "Suggestions (top 10)",
    "suggestions.code": "Code",
    "suggestions.text": "Text",
    "suggestions.score": "Score",
    "suggestions.tier": "Tier",
    "suggestions.accept": "Accept",
    "suggestions.none": "No suggestions: {reason}",
    "suggestions.waiting": "Computing suggestions…",
    "suggestions.named": "The note names the diagnosis as current; the model rates it too",
    "suggestions.named_only": "The note names the diagnosis as current; the model was not trained on the code",
    "suggestions.model_only": "The model's reading of the whole case; the note does not name the code itself",
    "suggestions.refines": "More specific than {code}, which the note names; pick it if the note says more",
    "tier.suggested": "Suggested",
    "tier.probably_missed": "Probably missed B",
    "tier.below": "Below threshold",
    "tier.short.suggested": "Suggested",
    "tier.short.probably_missed": "Missed B?",
    "tier.short.below": "",
    "accept.as_b": "B",
    "accept.as_a": "A",
    "accept.as_b.tip": "Accept as secondary diagnosis (B) – key {key}",
    "accept.as_a.tip": "Accept as main diagnosis (A) – key Shift+{key}",
    "accepted.title": "Accepted codes",
    "accepted.type": "Type",
    "accepted.code": "Code",
    "accepted.text": "Text",
    "accepted.source": "Source",
    "accepted.make_a": "Make A",
    "accepted.make_b": "Make B",
    "accepted.up": "Up",
    "accepted.down": "Down",
    "accepted.remove": "Remove",
    "accepted.finish": "Finish case (Ctrl+Enter)",
    "accepted.reopen": "Reopen case",
    "source.suggestion": "suggestion",
    "source.search": "search",
    "source.manual": "manual",
    "search.title": "Search the SKS catalogue",
    "search.placeholder": "Search code or text (Ctrl+F)…",
    "search.loading": "Loading the catalogue…",
    "search.add_b": "Add as B",
    "search.add_a": "Add as A",
    "search.none": "No codes match.",
    "search.children": "{count} more specific sub-codes: press → to show them",
    "search.retired": "retired",
    "finish.title": "Finish case",
    "finish.blocked": "The case cannot be finished: {problems}",
    "finish.warnings": "The case has warnings:\n\n{warnings}\n\nFinish anyway?",
    "finish.no_a": "there is no main diagnosis (A); accept exactly one",
    "finish.many_a": "there are {count} main diagnoses (A); only one is allowed",
    "finish.unknown_code": "{code} is not in the catalogue",
    "finish.invalid_code": "{code} is not valid on the admission date {date}",
    "finish.has_children": "{code} has {count} more specific sub-codes; pick the one that fits",
    "finish.rule_M": "{code} ({why}) does not fit a male patient",
    "finish.rule_F": "{code} ({why}) does not fit a female patient",
    "finish.rule_age": "{code} ({why}) does not fit the age {age}",
    "finish.done": "Case {case_id} is finished.",
    "finish.all_done": "All cases in the worklist are done.",
    "model.loading": "Loading the model…",
    "model.none": "No model: {reason}. Search and manual coding still work.",
    "model.status": "Model: {name} · {provider}",
    "model.status_none": "Model: none",
    "busy": "Working…",
    "files.error": "Could not read {where}: {message}",
    "files.errors_more": "(and {count} more problems)",
    "files.imported": "{added} new cases loaded, {kept} were already there.",
    "files.changed": "{count} cases changed in the file since first loaded; the stored version is used.",
    "files.missing": "No such file or folder: {path}",
    "files.unlisted": "{path}: {count} more problems not shown (only the first {shown} of each file)",
    "error.title": "Error",
    "error.unexpected": "Unexpected error ({kind}); the action was not carried out.",
    "error.log": "Details are in the log file {path}.",
    "store.read_only": "Read-only",
    "store.read_only_title": "{title} (read-only)",
    "store.read_only_banner": (
        "The store {path} is read-only: you can view cases and codes but not change them. Ask IT for write "
        "access to the file and its folder, then start the program again."
    ),
    "menu.file": "&File",
    "menu.open": "Open cases…",
    "menu.export": "Export finished cases…",
    "menu.settings": "Settings…",
    "menu.quit": "Quit",
    "menu.help": "&Help",
    "menu.shortcuts": "Keyboard shortcuts (F1)",
    "menu.about": "About coder-assist…",
    "about.title": "About coder-assist",
    "about.version": "Version",
    "about.model": "Model",
    "about.no_model": "no model loaded",
    "about.training_data": "Training data",
    "about.metrics": "Measured on test data",
    "about.provider": "Runs on",
    "about.catalogue": "SKS catalogue",
    "about.released": "released",
    "about.data": "Data and terms",
    "about.synthetic": "The sample cases are synthetic (coder-assist synth) and describe no real patients.",
    "about.libraries": "Libraries and licences",
    "export.done": "{count} finished cases exported to {path}.",
    "help.title": "Keyboard shortcuts",
    "help.1-9": "Accept suggestion 1–9 (0 = suggestion 10) as B",
    "help.shift": "Shift+1–9, Shift+0: accept the suggestion as A",
    "help.ctrl_f": "Go to the search box",
    "help.enter": "In search: add the selected code as B (Shift+Enter as A)",
    "help.arrows": "Move in lists and tables",
    "help.right": "In search: show the sub-codes of a code marked ▸",
    "help.esc": "Leave a text field; the number keys accept suggestions again",
    "help.del": "Remove the selected accepted code",
    "help.ctrl_enter": "Finish the case and open the next",
    "help.f1": "Show this help",
    "help.key": "Key",
    "help.action": "Action",
    "settings.title": "Settings",
    "settings.model": "Model folder",
    "settings.model_default": "(default model)",
    "settings.browse": "Browse…",
    "settings.user": "User name",
    "settings.font_size": "Font size",
    "settings.language": "Language",
    "settings.gpu": "Use the GPU when there is one",
    "settings.show_missed": 'Show "probably missed"',
    "settings.restart": "Some changes take effect when the program is started again.",
    "language.da": "Dansk",
    "language.en": "English",
}

_TABLES = {"da": DA, "en": EN}
_language = "da"


def set_language(language: str) -> None:
    """Switch every later ``tr`` to ``language`` ('da' or 'en'); an unknown language means Danish."""
    global _language
    _language = language if language in _TABLES else "da"


def language() -> str:
    return _language


def tr(key: str, /, **values: object) -> str:
    """The text for ``key`` in the current language, with ``{name}`` placeholders filled from ``values``."""
    text = _TABLES[_language].get(key) or DA[key]
    return text.format(**values) if values else text


def number(value: float, decimals: int) -> str:
    """A decimal number as the current language writes it: "0,91" in Danish, "0.91" in English."""
    text = f"{value:.{decimals}f}"
    return text.replace(".", ",") if _language == "da" else text


def truncation_text(truncation) -> str:
    """What the model did not read of a case (a ``runtime.Truncation``), in the current language."""
    parts = [
        tr("truncation.from" if start else "truncation.whole", source=tr(f"source.{kind}"), number=index + 1,
           start=count(start))
        for kind, index, start in truncation.parts
    ]  # fmt: skip
    return tr(
        "truncation.detail", total=count(truncation.total_chars), max=count(truncation.max_tokens),
        read=count(truncation.kept_tokens), parts="; ".join(parts) or tr("truncation.headers"),
    )  # fmt: skip


def count(value: int) -> str:
    """A whole number with thousands grouped as the current language writes it: "10.000" or "10,000"."""
    text = f"{value:,}"
    return text.replace(",", ".") if _language == "da" else text
