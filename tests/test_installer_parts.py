"""The installer's parts that need no build: the network audit hook, the icon and the Linux desktop entry."""

from __future__ import annotations

import configparser
import os
import socket
import struct
import subprocess
import sys
from pathlib import Path

INSTALLER = Path(__file__).resolve().parent.parent / "installer"
sys.path.insert(0, str(INSTALLER))
from app_icon import icon_icns, icon_ico, icon_png  # noqa: E402


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # free again once closed: a connect is refused at once


def run_with_hook(snippet: str, audit: Path | None) -> None:
    code = (INSTALLER / "hooks" / "rthook_offline.py").read_text(encoding="utf-8") + "\n" + snippet
    env = {k: v for k, v in os.environ.items() if k != "CODER_ASSIST_AUDIT_NETWORK"}
    if audit is not None:
        env["CODER_ASSIST_AUDIT_NETWORK"] = str(audit)
    subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=60)


def test_the_audit_hook_records_a_connection_attempt(tmp_path: Path) -> None:
    audit = tmp_path / "audit.log"
    attempt = (
        f"import socket\ntry:\n    socket.create_connection(('127.0.0.1', {closed_port()}), timeout=2)\n"
        "except OSError:\n    pass\n"
    )
    run_with_hook(attempt, audit)
    lines = audit.read_text(encoding="utf-8").splitlines()
    assert any(line.startswith("socket.connect ") and "127.0.0.1" in line for line in lines)
    quiet = tmp_path / "quiet.log"
    run_with_hook("import json, hashlib; hashlib.sha256(b'x'); open(__import__('os').devnull).close()", quiet)
    assert quiet.read_text(encoding="utf-8") == ""  # file and other events are not network attempts


def test_the_hook_switches_hugging_face_libraries_offline(tmp_path: Path) -> None:
    out = tmp_path / "env.txt"
    run_with_hook(f"import os; open({str(out)!r}, 'w').write(os.environ['HF_HUB_OFFLINE'])", None)
    assert out.read_text() == "1"


def test_icon_is_a_256_pixel_png_inside_ico_and_icns() -> None:
    png = icon_png()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", png[16:24]) == (256, 256)
    assert icon_ico(png)[22:] == png and icon_icns(png).endswith(png)


def test_desktop_entry_opens_the_app_on_files_without_a_terminal() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(INSTALLER / "linux" / "coder-assist.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Terminal"] == "false"
    assert desktop["Exec"] == "coder-assist gui %F"  # install.sh makes the path absolute
    assert desktop["Icon"] == "coder-assist"
