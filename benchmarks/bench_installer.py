"""The Linux desktop build: unpacked and packed size, and the bundled program's cold start to suggestions.

Run from the repository root: ``python benchmarks/bench_installer.py [--model DIR]``. Builds with
installer/build.py into a temporary folder, unpacks the tar.gz elsewhere and runs the bundled program
there with an empty environment (``env -i``), as the installer tests do. Writes
benchmarks/results/installer.json and installer.md. Targets (issue 7): unpacked <= 300 MB, packed <= 120 MB,
cold start to suggestions <= 3 s. MB here is 10^6 bytes.

"Cold start" is the wall time of a fresh ``coder-assist suggest case.json --json`` process, from exec to
exit: loading Python, numpy, onnxruntime, the catalogue and the model bundle, and scoring the case. The
first run after unpacking is reported with the median of the next five; the files are in the page cache
by then (they were just written), as on a machine where the program was used before.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
TARGETS = {"unpacked_mb": 300, "packed_mb": 120, "cold_start_s": 3}
RUNS = 5


def size(path: Path) -> int:
    """Bytes of the regular files under ``path`` (links not counted twice)."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def largest_parts(internal: Path, count: int = 8) -> dict[str, float]:
    """MB of the biggest top-level entries of the bundle's _internal folder (Qt libraries counted apart)."""
    parts = {p.name: size(p) if p.is_dir() else p.stat().st_size for p in internal.iterdir() if not p.is_symlink()}
    qt = internal / "PySide6" / "Qt" / "lib"
    if qt.is_dir():
        parts["PySide6/Qt/lib"] = size(qt)
        parts["PySide6"] -= parts["PySide6/Qt/lib"]
    ranked = sorted(parts.items(), key=lambda kv: -kv[1])[:count]
    return {name: round(n / 1e6, 1) for name, n in ranked}


def timed(command: list[str], cwd: Path, env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(["env", "-i", *(f"{k}={v}" for k, v in env.items()), *command], cwd=cwd,
                          capture_output=True, text=True)  # fmt: skip
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stderr}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", type=Path, default=ROOT / "resources" / "models" / "default")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="bench-installer-"))
    started = time.perf_counter()
    subprocess.run([sys.executable, str(ROOT / "installer" / "build.py"), "--model", str(args.model),
                    "--dist", str(scratch / "dist"), "--work", str(scratch / "work")], check=True)  # fmt: skip
    build_s = time.perf_counter() - started
    (archive,) = (scratch / "dist").glob("coder-assist-*-linux-*.tar.gz")
    unpacked = scratch / "unpacked"
    unpacked.mkdir()
    subprocess.run(["tar", "xzf", str(archive), "-C", str(unpacked)], check=True)
    (program,) = unpacked.iterdir()
    run_dir = scratch / "run"
    run_dir.mkdir()
    (run_dir / "case.json").write_bytes((ROOT / "resources" / "examples" / "case.json").read_bytes())
    env = {"PATH": "/usr/bin:/bin", "HOME": str(scratch / "home")}
    suggest = [str(program / "coder-assist"), "suggest", "case.json", "--json"]
    cold = [timed(suggest, run_dir, env) for _ in range(RUNS + 1)]
    explain = [timed([*suggest, "--explain"], run_dir, env) for _ in range(RUNS)]
    screenshot = [str(program / "coder-assist"), "gui", "--screenshot", "shot.png"]
    gui = [timed(screenshot, run_dir, {**env, "QT_QPA_PLATFORM": "offscreen"}) for _ in range(RUNS)]
    manifest = json.loads((program / "_internal/resources/models/default/manifest.json").read_text(encoding="utf-8"))
    from machine import describe

    result = {
        "machine": describe(("pyinstaller", "PySide6-Essentials", "onnxruntime")),
        "bundle": manifest.get("name"),
        "archive": archive.name,
        "build_and_pack_s": round(build_s, 1),
        "unpacked_mb": round(size(program) / 1e6, 1),
        "packed_mb": round(archive.stat().st_size / 1e6, 1),
        "largest_parts_mb": largest_parts(program / "_internal"),
        "cold_start_suggest_s": {"first": round(cold[0], 3), "median": round(statistics.median(cold[1:]), 3)},
        "suggest_with_evidence_s": {"median": round(statistics.median(explain), 3)},
        "gui_screenshot_s": {"median": round(statistics.median(gui), 3)},
        "targets": TARGETS,
        "command": "python benchmarks/bench_installer.py",
    }
    out = ROOT / "benchmarks" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "installer.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    m = result["machine"]
    parts = ", ".join(f"{name} {mb}" for name, mb in result["largest_parts_mb"].items())
    (out / "installer.md").write_text(
        "# Desktop build benchmark (Linux one-folder bundle)\n\n"
        f"Machine: {m['cpu']}, {m['cores']} cores, {m['memory_gib']} GiB, {m['os']}, Python {m['python']}, "
        f"PyInstaller {m['packages']['pyinstaller']}.\n"
        f"Bundle: {result['archive']}, model {result['bundle']}; built and packed in {result['build_and_pack_s']} s.\n"
        f"Command: `{result['command']}` (MB = 10^6 bytes; runs with `env -i`, from another folder).\n\n"
        "| measure | result | target |\n| --- | --- | --- |\n"
        f"| unpacked bundle | {result['unpacked_mb']} MB | <= {TARGETS['unpacked_mb']} MB |\n"
        f"| packed tar.gz | {result['packed_mb']} MB | <= {TARGETS['packed_mb']} MB |\n"
        f"| cold start to suggestions, `suggest --json` (first run / median of {RUNS}) | "
        f"{result['cold_start_suggest_s']['first']} s / {result['cold_start_suggest_s']['median']} s "
        f"| <= {TARGETS['cold_start_s']} s |\n"
        f"| same with evidence for all 10, `--explain` (median of {RUNS}) | "
        f"{result['suggest_with_evidence_s']['median']} s | |\n"
        f"| app start to a screenshot of the case with suggestions and evidence, offscreen (median of {RUNS}) | "
        f"{result['gui_screenshot_s']['median']} s | |\n\n"
        f"Largest parts of the unpacked bundle (MB): {parts}.\n",
        encoding="utf-8",
    )
    print(json.dumps(result, indent=2))
    shutil.rmtree(scratch)


if __name__ == "__main__":
    main()
