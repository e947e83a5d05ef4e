"""CodiEsp (CLEF eHealth 2020) diagnosis coding as a Dataset: real clinical cases with real codes.

Layout (../shared/data/codiesp, see its README)::

    train/trainD.tsv             case id <TAB> CIE-10-ES diagnosis code, no header
    train/text_files/ID.txt      the Spanish case report
    train/text_files_en/ID.txt   its machine translation to English, one sentence a line
    dev/...                      the same for dev
    codiesp_D_train_dev_mapped_to_sks.tsv   split, doc_id, cie10_es_code, sks_category, sks_4char_if_exists

Splits: the official test split is held outside the project, so CodiEsp **dev is our test split**, CodiEsp
train is our train split, and our validation split (early stopping, threshold tuning) is carved from
CodiEsp train by a hash of the case id (``val_share``, 15% by default). Each case report is its own
patient. Results on "test" here are therefore results on CodiEsp dev, comparable with published dev
numbers, not with the shared-task test results.

Code levels:
- ``full``: the CIE-10-ES code as given, upper-cased (``N44.8``).
- ``sks3``: the SKS category of the mapping file (``DN44``).
- ``sks4``: the SKS 4-character code where one exists (``DZ208``), else the category (so ``R52`` gives
  ``DR52``). Codes the mapping gives no SKS category (CIE-10-ES-only codes such as ``D49.59``) are left out
  of a case's targets, counted in a warning. Two codes of a case that map to one SKS code count once.
"""

from __future__ import annotations

import csv
from pathlib import Path

from coder_assist.datasets.examples import DataError, Dataset, Example, split_by_patient, unique, warn

LANGUAGES = {"en": "text_files_en", "es": "text_files"}
LEVELS = ("full", "sks3", "sks4")
MAPPING_FILE = "codiesp_D_train_dev_mapped_to_sks.tsv"
MAPPING_COLUMNS = ("split", "doc_id", "cie10_es_code", "sks_category", "sks_4char_if_exists")
OFFICIAL_SPLITS = {"train": "train", "test": "dev"}  # our split -> CodiEsp folder


def _need(path: Path) -> Path:
    if not path.exists():
        raise DataError("missing CodiEsp file or folder; expected the CodiEsp layout (see its README)", where=str(path))
    return path


def _read_codes(path: Path) -> dict[str, list[str]]:
    """Case id -> its CIE-10-ES codes (lower-case, as in the file), in file order."""
    codes: dict[str, list[str]] = {}
    with _need(path).open(encoding="utf-8", newline="") as f:
        for number, row in enumerate(csv.reader(f, delimiter="\t"), start=1):
            if not row or not "".join(row).strip():
                continue
            if len(row) < 2:
                raise DataError("expected a case id and a code separated by a tab", where=f"{path}, line {number}")
            codes.setdefault(row[0].strip(), []).append(row[1].strip().lower())
    return codes


def _read_mapping(path: Path) -> dict[str, tuple[str, str]]:
    """CIE-10-ES code (lower-case) -> (SKS category, SKS 4-character code or "")."""
    mapping: dict[str, tuple[str, str]] = {}
    with _need(path).open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, delimiter="\t")
        absent = [c for c in MAPPING_COLUMNS if c not in (reader.fieldnames or [])]
        if absent:
            raise DataError(f"the mapping file lacks the column(s) {', '.join(absent)}", where=str(path))
        for row in reader:
            mapping[row["cie10_es_code"].strip().lower()] = (
                row["sks_category"].strip().upper(),
                row["sks_4char_if_exists"].strip().upper(),
            )
    return mapping


def _level_code(code: str, level: str, mapping: dict[str, tuple[str, str]]) -> str:
    """The code at ``level``; "" when the mapping has no SKS category for it."""
    if level == "full":
        return code.upper()
    category, four = mapping.get(code, ("", ""))
    if level == "sks3" or not four:
        return category
    return four


def _load_split(
    root: Path, folder: str, language: str, level: str, mapping: dict[str, tuple[str, str]], warnings: list[str]
) -> list[Example]:
    codes_by_case = _read_codes(root / folder / f"{folder}D.tsv")
    text_dir = _need(root / folder / LANGUAGES[language])
    examples: list[Example] = []
    no_text = unmapped = no_codes = 0
    for case_id, raw_codes in codes_by_case.items():
        text_path = text_dir / f"{case_id}.txt"
        if not text_path.is_file():
            raise DataError(f"no text file for case {case_id} of {folder}D.tsv", where=str(text_path))
        text = text_path.read_text(encoding="utf-8").strip()
        leveled = [_level_code(code, level, mapping) for code in raw_codes]
        unmapped += leveled.count("")
        codes = unique(code for code in leveled if code)
        if not text:
            no_text += 1
        elif not codes:
            no_codes += 1
        else:
            examples.append(Example(case_id=case_id, patient_id=case_id, text=text, codes=codes, code_types=None))
    warn(warnings, no_text, f"CodiEsp {folder} cases with an empty {language} text skipped")
    warn(warnings, unmapped, f"CodiEsp {folder} code occurrences with no SKS category left out ({level})")
    warn(warnings, no_codes, f"CodiEsp {folder} cases with no code left at level {level} skipped")
    return examples


def load_codiesp(path: str | Path, *, language: str = "en", level: str = "full", val_share: float = 0.15) -> Dataset:
    """CodiEsp diagnosis coding (sub-track D) as a Dataset: train from train, val carved from train, test = dev.

    Args:
        path: the CodiEsp folder (holding ``train/``, ``dev/`` and, for SKS levels, the mapping file).
        language: ``"en"`` (machine translation) or ``"es"`` (the original Spanish).
        level: ``"full"``, ``"sks3"`` or ``"sks4"`` (module docstring).
        val_share: share of CodiEsp train cases carved out as our validation split (by a hash of the case id).

    Raises:
        DataError: an unknown option, or a file or column of the layout is missing (the error names it).
    """
    if language not in LANGUAGES:
        raise DataError(f"CodiEsp language must be one of {', '.join(LANGUAGES)}, not {language!r}")
    if level not in LEVELS:
        raise DataError(f"CodiEsp code level must be one of {', '.join(LEVELS)}, not {level!r}")
    root = _need(Path(path))
    mapping = _read_mapping(root / MAPPING_FILE) if level != "full" else {}
    warnings: list[str] = []
    splits = {
        ours: _load_split(root, folder, language, level, mapping, warnings) for ours, folder in OFFICIAL_SPLITS.items()
    }
    train, val, _ = split_by_patient(splits["train"], val_share, 0.0)
    source = f"codiesp:{root} (language={language}, level={level}; val carved from train, test = dev)"
    return Dataset(train=train, val=val, test=splits["test"], warnings=warnings, source=source)
