"""A plain ``pip install .`` works: the wheel carries the resources, and the installed commands find them.

The wheel is built from a copy of the checkout's package sources (so no stale ``build/`` folder and no file
outside the copy can slip in), installed with its dependencies into a fresh virtual environment, and its
commands are run from another folder with a minimal environment: no ``CODER_ASSIST_RESOURCES``, no
``PYTHONPATH``, user folders under the test's temporary folder. Nothing can reach the checkout's
``resources/``, so every file the commands read comes from the installed package.
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLE_CASE = REPO / "resources" / "examples" / "case.json"
# What a wheel build reads: the project's metadata, the readme it names, the package and the resources.
SOURCES = ("pyproject.toml", "README.md", "coder_assist", "resources")
# Checkout-only resources: the training recipes that tools/build_default_bundle.sh reads.
NOT_SHIPPED = ("models/default-pretrain.toml", "models/default-train.toml")

pytestmark = pytest.mark.slow


@dataclass(frozen=True)
class Installed:
    source: Path  # the copy of the checkout the wheel was built from
    wheel: Path
    bin: Path  # the fresh environment's scripts folder
    home: Path


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    """Build the wheel with pip (no extra build tool) and install it into a fresh virtual environment."""
    base = tmp_path_factory.mktemp("packaging")
    source = base / "source"
    source.mkdir()
    for name in SOURCES:
        if (REPO / name).is_dir():
            shutil.copytree(REPO / name, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
        else:
            shutil.copy(REPO / name, source / name)
    run = {"capture_output": True, "text": True, "timeout": 600}
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(base / "wheels"), str(source)], **run
    )
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    (wheel,) = (base / "wheels").glob("coder_assist-*.whl")
    subprocess.run([sys.executable, "-m", "venv", str(base / "venv")], check=True, timeout=120)
    scripts = base / "venv" / ("Scripts" if sys.platform == "win32" else "bin")
    # The runtime dependencies come from the package registries as for any user (pip's cache makes it quick).
    done = subprocess.run([str(scripts / "python"), "-m", "pip", "install", str(wheel)], **run)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    yield Installed(source, wheel, scripts, base / "home")
    shutil.rmtree(base)  # the environment holds about 500 MB (PySide6); pytest would keep it for three runs


def run_installed(installed: Installed, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    """Run the installed ``coder-assist`` from ``cwd`` with nothing of the checkout or the test's environment."""
    env = {name: os.environ[name] for name in ("SYSTEMROOT",) if name in os.environ}  # Windows needs it
    env |= {
        "PATH": os.pathsep.join([str(installed.bin), os.defpath]),
        "HOME": str(installed.home),
        "CODER_ASSIST_DATA_DIR": str(cwd / "data"),
        "CODER_ASSIST_CONFIG_DIR": str(cwd / "config"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    command = [str(installed.bin / "coder-assist"), *args]
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=180)


def test_wheel_holds_every_module_and_resource_but_no_tests(installed: Installed) -> None:
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    modules = {p.relative_to(installed.source).as_posix() for p in (installed.source / "coder_assist").rglob("*.py")}
    assert modules - names == set()  # a package left out of pyproject.toml's list would show here
    resources = installed.source / "resources"
    shipped = {
        f"coder_assist/resources/{p.relative_to(resources).as_posix()}"
        for p in resources.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.relative_to(resources).as_posix() not in NOT_SHIPPED
    }
    assert shipped - names == set()
    assert not [n for n in names if n.split("/")[0] in ("tests", "benchmarks", "runs", "tools", "resources")]
    assert not [n for n in names if n.endswith(NOT_SHIPPED)]


def test_installed_suggest_names_the_sample_cases_codes(installed: Installed, tmp_path: Path) -> None:
    shutil.copy(SAMPLE_CASE, tmp_path / "case.json")
    done = run_installed(installed, "suggest", "case.json", "--json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    suggestions = {s["code"]: s["text"] for s in json.loads(done.stdout)["suggestions"]}
    # The sample case is a pneumonia (its A diagnosis DJ189); the text comes from the installed catalogue.
    assert suggestions["DJ189"] == "Pneumoni UNS"


def test_installed_catalogue_search_finds_pneumonia_by_its_synonym(installed: Installed, tmp_path: Path) -> None:
    done = run_installed(installed, "catalogue", "search", "lungebetændelse", "--json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    first = json.loads(done.stdout)[0]
    assert first["code"] == "DJ18" and first["match"] == "synonym"  # the synonym table was found too


def test_installed_synth_writes_cases(installed: Installed, tmp_path: Path) -> None:
    done = run_installed(installed, "synth", "--n", "5", "--seed", "1", "--out", "cases", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    files = [tmp_path / "cases" / f"{split}.jsonl" for split in ("train", "val", "test")]
    lines = [line for path in files for line in path.read_text(encoding="utf-8").splitlines()]
    cases = [json.loads(line) for line in lines]
    # Lab results and drug names come from the generator's tables (resources/synth).
    assert len(cases) == 5 and all(case["notes"] and case["codes"] and case["labs"] for case in cases)


def test_installed_app_opens_the_sample_worklist(installed: Installed, tmp_path: Path) -> None:
    done = run_installed(installed, "gui", "--screenshot", "shot.png", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    png = (tmp_path / "shot.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    assert width >= 1000 and height >= 600
    assert (tmp_path / "data" / "store.sqlite3").is_file()  # the sample worklist was read and stored
