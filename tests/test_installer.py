"""The Linux desktop build: built from this checkout, unpacked elsewhere, run with an empty environment.

One build per module (PyInstaller takes about a minute). The bundled program is run the way an installed
one is: from another directory, with ``env -i`` (no virtual environment, no PYTHONPATH), as a user whose
home is a fresh folder. Every run records Python's network attempts through the bundle's audit hook; where
the system allows, it also runs without a network (``unshare -rn``) and under ``strace`` to catch native
connections, which the audit hook cannot see.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import struct
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from coder_assist import __version__

REPO = Path(__file__).resolve().parent.parent
DEFAULT_MODEL = REPO / "resources" / "models" / "default"
SAMPLE_CASE = REPO / "resources" / "examples" / "case.json"
MAX_UNPACKED = 300_000_000  # bytes: the targets, also checked by benchmarks/bench_installer.py
MAX_PACKED = 120_000_000
TRAINING_STACK = ("torch", "transformers", "sklearn", "scipy", "matplotlib", "sentence_transformers", "onnx/")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle is built and run on Linux"),
]


def _works(*command: str) -> bool:
    if shutil.which(command[0]) is None:
        return False
    return subprocess.run([*command, "true"], capture_output=True).returncode == 0


@dataclass(frozen=True)
class Built:
    archive: Path
    program: Path  # the unpacked folder
    home: Path
    model: Path


@pytest.fixture(scope="module")
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Built:
    """Build with installer/build.py into a temporary folder, then unpack the tar.gz somewhere else."""
    pytest.importorskip("PyInstaller", reason="the installer extra is not installed: pip install -e '.[installer]'")
    # The shipped model when the checkout has one; else the tests' tiny model (trained once per session).
    model = DEFAULT_MODEL if (DEFAULT_MODEL / "manifest.json").is_file() else request.getfixturevalue("tiny_bundles")[1]
    out = tmp_path_factory.mktemp("build")
    command = [sys.executable, str(REPO / "installer" / "build.py"), "--model", str(model),
               "--dist", str(out / "dist"), "--work", str(out / "work")]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    (archive,) = (out / "dist").glob("coder-assist-*-linux-*.tar.gz")
    unpacked = tmp_path_factory.mktemp("unpacked")
    subprocess.run(["tar", "xzf", str(archive), "-C", str(unpacked)], check=True)  # as IT would
    shutil.rmtree(out / "dist" / "coder-assist")  # nothing can lean on the build folder
    return Built(archive, unpacked / f"coder-assist-{__version__}", tmp_path_factory.mktemp("home"), model)


@dataclass(frozen=True)
class Ran:
    process: subprocess.CompletedProcess
    python_network: list[str]  # audit-hook lines
    native_network: list[str]  # strace lines of sockets other than AF_UNIX (empty without strace)


def run_bundled(built: Built, *args: str, cwd: Path, qt_offscreen: bool = False) -> Ran:
    """Run the bundled program with a minimal environment, recording network attempts."""
    audit = cwd / "network-audit.log"
    audit.unlink(missing_ok=True)
    env = {"PATH": "/usr/bin:/bin", "HOME": str(built.home), "CODER_ASSIST_AUDIT_NETWORK": str(audit)}
    if qt_offscreen:
        env["QT_QPA_PLATFORM"] = "offscreen"
    command = [str(built.program / "coder-assist"), *args]
    if _works("unshare", "-rn"):
        command = ["unshare", "-rn", *command]
    trace = cwd / "strace.log"
    if _works("strace", "-o", os.devnull):
        command = ["strace", "-f", "-qq", "-e", "trace=socket,connect", "-o", str(trace), *command]
    process = subprocess.run(
        ["env", "-i", *(f"{k}={v}" for k, v in env.items()), *command],
        cwd=cwd, capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    native = []
    if trace.exists():
        native = [line for line in trace.read_text().splitlines() if re.search(r"AF_INET6?\b|AF_PACKET", line)]
    python = audit.read_text().splitlines() if audit.exists() else ["(the audit hook did not run)"]
    return Ran(process, python, native)


def test_bundled_suggest_gives_ten_codes_with_evidence_offline(built: Built, tmp_path: Path) -> None:
    case = tmp_path / "case.json"
    shutil.copy(SAMPLE_CASE, case)
    ran = run_bundled(built, "suggest", "case.json", "--json", "--explain", cwd=tmp_path)
    assert ran.process.returncode == 0, ran.process.stderr
    result = json.loads(ran.process.stdout)
    assert result["case_id"] == json.loads(SAMPLE_CASE.read_text(encoding="utf-8"))["case_id"]
    suggestions = result["suggestions"]
    assert len(suggestions) == 10
    assert all(s["code"].startswith("D") and s["text"] for s in suggestions)  # codes named from the catalogue
    assert all(isinstance(s["evidence"], list) for s in suggestions) and suggestions[0]["evidence"]
    span = suggestions[0]["evidence"][0]
    assert span["source"] in ("note", "medication", "lab") and span["end"] > span["start"]
    assert ran.python_network == [] and ran.native_network == []


def test_bundled_app_writes_a_screenshot_offscreen_offline(built: Built, tmp_path: Path) -> None:
    ran = run_bundled(built, "gui", "--screenshot", "shot.png", cwd=tmp_path, qt_offscreen=True)
    assert ran.process.returncode == 0, ran.process.stderr
    png = (tmp_path / "shot.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    assert width >= 1000 and height >= 600
    # The sample worklist was stored in the user's data folder under the fresh home (platformdirs).
    assert (built.home / ".local" / "share" / "coder-assist" / "store.sqlite3").is_file()
    assert ran.python_network == [] and ran.native_network == []


def test_bundle_holds_the_runtime_and_resources_but_no_training_stack(built: Built) -> None:
    internal = built.program / "_internal"
    names = [p.relative_to(internal).as_posix() + ("/" if p.is_dir() else "") for p in internal.rglob("*")]
    for package in TRAINING_STACK:
        assert not [n for n in names if n.startswith(package)], package
    for package in ("onnxruntime/", "tokenizers/", "numpy/", "rapidfuzz/", "PySide6/"):
        assert package in names
    assert not [n for n in names if re.match(r"PySide6/Qt/lib/libQt6(WebEngine|Quick|Qml|Network)", n)]
    resources = internal / "resources"
    for name in ("catalogue/sks_diagnoses.tsv", "catalogue/catalogue.json", "catalogue/SOURCE.md",
                 "catalogue/synonyms.tsv", "examples/case.json", "examples/worklist.jsonl"):  # fmt: skip
        assert (resources / name).is_file(), name
    shipped = json.loads((resources / "models" / "default" / "manifest.json").read_text(encoding="utf-8"))
    assert shipped == json.loads((built.model / "manifest.json").read_text(encoding="utf-8"))
    assert not (resources / "synth").exists()
    assert not [p for p in built.program.rglob("*") if p.is_symlink() and not p.exists()]  # no dangling links
    unpacked = sum(p.stat().st_size for p in built.program.rglob("*") if p.is_file() and not p.is_symlink())
    assert unpacked <= MAX_UNPACKED and built.archive.stat().st_size <= MAX_PACKED


def test_version_install_and_uninstall_keep_user_data(built: Built, tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home)}
    program = str(built.program / "coder-assist")
    version = subprocess.run([program, "--version"], env=env, capture_output=True, text=True)
    assert version.stdout.strip() == f"coder-assist {__version__}"

    subprocess.run(["sh", str(built.program / "install.sh")], env=env, check=True, capture_output=True)
    desktop = (home / ".local" / "share" / "applications" / "coder-assist.desktop").read_text(encoding="utf-8")
    exec_line = next(line for line in desktop.splitlines() if line.startswith("Exec="))
    installed = Path(exec_line.split('"')[1])
    assert installed == home / ".local" / "opt" / "coder-assist" / "coder-assist" and os.access(installed, os.X_OK)
    assert exec_line.endswith(" gui %F")
    assert (home / ".local" / "share" / "icons" / "hicolor" / "256x256" / "apps" / "coder-assist.png").is_file()
    linked = subprocess.run([str(home / ".local" / "bin" / "coder-assist"), "--version"], env=env, capture_output=True)
    assert linked.returncode == 0

    data = home / ".local" / "share" / "coder-assist"
    data.mkdir(parents=True)
    (data / "store.sqlite3").write_bytes(b"the coder's work")
    subprocess.run(["sh", str(installed.parent / "uninstall.sh")], env=env, check=True, capture_output=True)
    assert not installed.parent.exists() and not (home / ".local" / "bin" / "coder-assist").exists()
    assert (data / "store.sqlite3").read_bytes() == b"the coder's work"
    subprocess.run(["sh", str(built.program / "uninstall.sh"), "--purge"], env=env, check=True, capture_output=True)
    assert not data.exists()
