"""Build resources/catalogue/sks_diagnoses.tsv from the SKS files in ../shared/data/sks.

Run from the repository root: ``python tools/make_catalogue_snapshot.py ../shared/data/sks``.
The snapshot is the catalogue a fresh install searches until the user imports SKScomplete.txt.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

from coder_assist.catalogue.io import META_NAME, write_catalogue_tsv
from coder_assist.catalogue.model import Catalogue, Code


def main(sks_dir: Path, out: Path) -> None:
    codes = {}
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
            code = r["sks_code"]
            codes[code] = Code(code, text, r["who_code"], r["kind"], r["chapter"], r["block"], tuple(aliases))
    meta = json.loads((out / META_NAME).read_text(encoding="utf-8"))
    path = write_catalogue_tsv(Catalogue(codes=codes, version=meta["version"]), out, meta)
    print(f"wrote {len(codes)} codes to {path}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path("resources/catalogue"))
