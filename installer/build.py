"""Build coder-assist for the system this runs on, and pack it for installation.

    python installer/build.py [--model DIR] [--dist DIR] [--work DIR] [--no-pack]

Linux: ``dist/coder-assist-VERSION-linux-ARCH.tar.gz`` (the program folder, a ``.desktop`` entry, the icon,
install.sh and uninstall.sh). Windows: the program folder, then a setup .exe from the Inno Setup script when
``ISCC`` is on PATH. macOS: ``coder-assist.app``, then a .dmg by ``macos/make_dmg.sh``. Needs PyInstaller
(``pip install 'coder-assist[installer]'``). The onnxruntime flavour installed in the building environment
(onnxruntime, onnxruntime-gpu or onnxruntime-directml) is the one shipped, and is named in the file name.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import shutil
import subprocess
import sys
import tarfile
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path[:0] = [str(REPO), str(HERE)]

from app_icon import write_icons  # noqa: E402

from coder_assist import __version__  # noqa: E402
from coder_assist.paths import APP_NAME  # noqa: E402

SPEC = HERE / "coder-assist.spec"
FLAVOURS = {"onnxruntime": "", "onnxruntime-gpu": "-cuda", "onnxruntime-directml": "-directml"}


def onnxruntime_flavour() -> str:
    """ "" for the CPU onnxruntime, "-cuda" or "-directml" for a GPU flavour: part of the file name."""
    for distribution, suffix in FLAVOURS.items():
        try:
            metadata.version(distribution)
        except metadata.PackageNotFoundError:
            continue
        return suffix
    raise SystemExit("no onnxruntime is installed in this environment: pip install -e '.[installer]'")


def run_pyinstaller(dist: Path, work: Path, model: Path | None) -> Path:
    """Build the one-folder program into ``dist``; return its folder (or the .app on macOS)."""
    if importlib.util.find_spec("PyInstaller") is None:
        raise SystemExit("PyInstaller is not installed: pip install 'coder-assist[installer]'")
    env = dict(os.environ)
    if model is not None:
        env["CODER_ASSIST_BUILD_MODEL"] = str(model.resolve())
    command = [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--log-level", "WARN",
               "--distpath", str(dist), "--workpath", str(work)]  # fmt: skip
    subprocess.run(command, check=True, env=env, cwd=REPO)
    return dist / (f"{APP_NAME}.app" if sys.platform == "darwin" else APP_NAME)


def _tar_filter(info: tarfile.TarInfo) -> tarfile.TarInfo:
    # Owned by root in the archive: unpacking as any user gives files that user owns.
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    return info


def pack_linux(program: Path, out: Path, flavour: str) -> Path:
    """A tar.gz whose one top folder holds the program, its .desktop entry, icon and install scripts."""
    top = f"{APP_NAME}-{__version__}"
    archive = out / f"{top}-linux-{platform.machine()}{flavour}.tar.gz"
    icons = write_icons(out / "icons")
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        for path in sorted(program.iterdir()):
            tar.add(path, arcname=f"{top}/{path.name}", filter=_tar_filter)
        tar.add(icons["png"], arcname=f"{top}/{APP_NAME}.png", filter=_tar_filter)
        for name in (f"{APP_NAME}.desktop", "install.sh", "uninstall.sh"):
            tar.add(HERE / "linux" / name, arcname=f"{top}/{name}", filter=_tar_filter)
    return archive


def pack_windows(program: Path, out: Path, flavour: str) -> Path | None:
    """A setup .exe by Inno Setup's compiler when it is installed; else None (the folder is usable as is)."""
    iscc = shutil.which("ISCC") or shutil.which("iscc")
    if iscc is None:
        print("Inno Setup (ISCC) not found: the program folder is built; install Inno Setup 6 for the setup .exe")
        return None
    icon = write_icons(out / "icons")["ico"]
    defines = {"AppName": APP_NAME, "AppVersion": __version__, "SourceDir": program, "OutputDir": out,
               "IconFile": icon, "Flavour": flavour}  # fmt: skip
    subprocess.run([iscc, *(f"/D{k}={v}" for k, v in defines.items()), str(HERE / "windows" / "coder-assist.iss")],
                   check=True)  # fmt: skip
    return out / f"{APP_NAME}-{__version__}-windows-x64{flavour}-setup.exe"


def pack_macos(app: Path, out: Path, flavour: str) -> Path:
    """A compressed disk image holding the .app and a link to /Applications."""
    dmg = out / f"{APP_NAME}-{__version__}-macos-{platform.machine()}{flavour}.dmg"
    subprocess.run(["sh", str(HERE / "macos" / "make_dmg.sh"), str(app), str(dmg), __version__], check=True)
    return dmg


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", type=Path, help="model bundle to ship (default: resources/models/default)")
    parser.add_argument("--dist", type=Path, default=REPO / "dist", help="output folder (default: dist)")
    parser.add_argument("--work", type=Path, default=REPO / "build", help="PyInstaller's scratch folder")
    parser.add_argument("--no-pack", action="store_true", help="build the program folder only")
    args = parser.parse_args(argv)
    flavour = onnxruntime_flavour()
    program = run_pyinstaller(args.dist.resolve(), args.work.resolve(), args.model)
    print(f"program: {program}")
    if args.no_pack:
        return 0
    out = args.dist.resolve()
    if sys.platform.startswith("linux"):
        packed = pack_linux(program, out, flavour)
    elif sys.platform == "win32":
        packed = pack_windows(program, out, flavour)
    elif sys.platform == "darwin":
        packed = pack_macos(program, out, flavour)
    else:
        raise SystemExit(f"no packing for {sys.platform}; the program folder is {program}")
    if packed is not None:
        print(f"packed: {packed}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
