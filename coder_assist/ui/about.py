"""The About dialog: what is running (version, model bundle, execution provider, catalogue) and the terms
under which its data and libraries are shipped.

``about_info`` gathers plain data from the loaded engine and catalogue (no widgets); ``AboutDialog`` shows
it. The SKS terms are read from the shipped ``catalogue/SOURCE.md``, so the app and the repository state
the same terms.
"""

from __future__ import annotations

import html
import importlib
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from coder_assist import __version__
from coder_assist.catalogue import Catalogue
from coder_assist.paths import resources_dir
from coder_assist.runtime import Engine
from coder_assist.ui.strings import number, tr

# Headline metrics shown from the manifest's evaluation (metrics["full"], test split), in this order.
METRICS = (("f1_micro", "F1 micro"), ("f1_macro", "F1 macro"), ("recall@10", "Recall@10"), ("map", "MAP"))
# (module, shown name, licence) of the libraries in the installed program.
LIBRARIES = (
    ("PySide6", "PySide6 / Qt", "LGPL-3.0"),
    ("onnxruntime", "ONNX Runtime", "MIT"),
    ("tokenizers", "Hugging Face tokenizers", "Apache-2.0"),
    ("numpy", "NumPy", "BSD-3-Clause"),
    ("rapidfuzz", "RapidFuzz", "MIT"),
    ("platformdirs", "platformdirs", "MIT"),
)
APP_LICENCE = "Apache-2.0"
CODIESP = "CodiEsp (Miranda-Escalada et al., 2020), CC BY 4.0: https://zenodo.org/records/3837305"


@dataclass(frozen=True)
class AboutInfo:
    version: str
    bundle_name: str | None  # None: no model loaded
    bundle_created: str
    training_data: str
    metrics: tuple[tuple[str, float], ...]  # (label, value) from the bundle's manifest
    provider: str | None
    catalogue_version: str | None  # None: the catalogue is still loading
    catalogue_released: str
    catalogue_source: str
    sks_terms: str
    libraries: tuple[tuple[str, str, str], ...]  # (name, version, licence)
    uses_codiesp: bool


def sks_terms() -> str:
    """The "Terms of use" section of the shipped catalogue's SOURCE.md, as plain text."""
    try:
        text = (resources_dir() / "catalogue" / "SOURCE.md").read_text(encoding="utf-8")
    except OSError:
        return ""
    section = re.search(r"^## Terms of use\s*\n(.*?)(?=^## |\Z)", text, re.S | re.M)
    return " ".join(section.group(1).replace("`", "").split()) if section else ""


def _released(catalogue: Catalogue) -> str:
    """The release date in the catalogue's metadata (catalogue.json beside its TSV), or ""."""
    try:
        meta = json.loads((Path(catalogue.source).parent / "catalogue.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    return str(meta.get("released", ""))


def _library_version(module: str) -> str:
    # The module's own __version__: the frozen program carries no package metadata to ask.
    loaded = sys.modules.get(module) or importlib.import_module(module)
    return str(getattr(loaded, "__version__", ""))


def _metrics(manifest: dict[str, Any]) -> tuple[tuple[str, float], ...]:
    full = (manifest.get("metrics") or {}).get("full") or {}
    return tuple((label, float(full[key])) for key, label in METRICS if isinstance(full.get(key), (int, float)))


def about_info(engine: Engine | None, catalogue: Catalogue | None) -> AboutInfo:
    """What the About dialog shows, from the loaded engine (None: no model) and catalogue (None: loading)."""
    manifest: dict[str, Any] = engine.bundle.manifest if engine is not None else {}
    training_data = str(manifest.get("training_data", ""))
    return AboutInfo(
        version=__version__,
        bundle_name=engine.bundle.name if engine is not None else None,
        bundle_created=str(manifest.get("created", "")),
        training_data=training_data,
        metrics=_metrics(manifest),
        provider=engine.provider if engine is not None else None,
        catalogue_version=catalogue.version if catalogue is not None else None,
        catalogue_released=_released(catalogue) if catalogue is not None else "",
        catalogue_source=catalogue.source if catalogue is not None else "",
        sks_terms=sks_terms(),
        libraries=tuple((name, _library_version(module), licence) for module, name, licence in LIBRARIES),
        uses_codiesp="codiesp" in training_data.lower(),
    )


def about_html(info: AboutInfo) -> str:
    """The dialog's text as HTML; every value from files is escaped."""
    e = html.escape
    rows = [(tr("about.version"), f"coder-assist {e(info.version)} ({APP_LICENCE})")]
    if info.bundle_name is None:
        rows.append((tr("about.model"), tr("about.no_model")))
    else:
        rows.append((tr("about.model"), f"{e(info.bundle_name)} {e(info.bundle_created)}".strip()))
        rows.append((tr("about.training_data"), e(info.training_data) or "–"))
        metrics = " · ".join(f"{e(label)} {number(value, 2)}" for label, value in info.metrics)
        rows.append((tr("about.metrics"), metrics or "–"))
        rows.append((tr("about.provider"), e(info.provider or "–")))
    if info.catalogue_version is None:
        rows.append((tr("about.catalogue"), tr("search.loading")))
    else:
        released = f" · {tr('about.released')} {e(info.catalogue_released)}" if info.catalogue_released else ""
        source = f"<br><small>{e(info.catalogue_source)}</small>" if info.catalogue_source else ""
        rows.append((tr("about.catalogue"), f"{e(info.catalogue_version)}{released}{source}"))
    table = "".join(f"<tr><td><b>{label}</b>&nbsp;&nbsp;</td><td>{value}</td></tr>" for label, value in rows)
    data = [e(info.sks_terms), tr("about.synthetic")]
    if info.uses_codiesp:
        data.append(e(CODIESP))
    libraries = "".join(f"<li>{e(name)} {e(version)}: {e(licence)}</li>" for name, version, licence in info.libraries)
    return (
        f"<h2>coder-assist</h2><table>{table}</table>"
        f"<h3>{tr('about.data')}</h3>" + "".join(f"<p>{p}</p>" for p in data)
        + f"<h3>{tr('about.libraries')}</h3><ul>{libraries}</ul>"
    )  # fmt: skip


class AboutDialog(QDialog):
    def __init__(self, info: AboutInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("about.title"))
        self.text = QTextBrowser()
        self.text.setHtml(about_html(info))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(640, 560)
