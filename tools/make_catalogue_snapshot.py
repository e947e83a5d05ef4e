"""Build resources/catalogue/sks_diagnoses.tsv from the SKS files in ../shared/data/sks.

Run from the repository root: ``python tools/make_catalogue_snapshot.py ../shared/data/sks``.
The snapshot is the catalogue a fresh install searches until the user imports SKScomplete.txt.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

COLUMNS = [
    "code",
    "who_code",
    "kind",
    "level",
    "chapter",
    "block",
    "text",
    "aliases",
    "valid_from",
    "valid_to",
]


def main(sks_dir: Path, out: Path) -> None:
    rows = []
    with open(sks_dir / "sks_diagnoses_merged.tsv", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            if r["sks_code"] == "D":  # the classification's root node is not a code anyone assigns
                continue
            text = r["text_da_best"].strip()
            # Earlier and longer texts stay searchable: users type the wording they learned.
            seen = {text.casefold()}
            aliases = []
            for alt in [r["text_da_sks_2026_06"], r["text_da_long_dst"], *r["text_history"].split(" || ")]:
                alt = alt.strip()
                if alt and alt.casefold() not in seen:
                    seen.add(alt.casefold())
                    aliases.append(alt)
            rows.append(
                [
                    r["sks_code"],
                    r["who_code"],
                    r["kind"],
                    r["level"],
                    r["chapter"],
                    r["block"],
                    text,
                    " || ".join(aliases),
                    "",
                    "",
                ]
            )
    # Plain tab-joined lines (no quoting): the fields come from TSV files and hold no tabs or newlines,
    # and the loader splits lines without the csv module because that is faster at start-up.
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for row in [COLUMNS, *rows]:
            f.write("\t".join(row) + "\n")
    print(f"wrote {len(rows)} codes to {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path("resources/catalogue/sks_diagnoses.tsv"))
