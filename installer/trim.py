"""Linux: leave out the Qt parts a desktop coder-assist never loads, and the libraries only they needed.

PySide6's PyInstaller hooks collect every plugin of QtGui, among them the GTK theme (which drags in GTK,
Pango and Cairo), embedded-display and VNC platforms, raw input devices and GL integrations, plus Qt's
translations, which the app does not load (its strings are its own). The app paints with the raster
engine on X11 (xcb), Wayland or offscreen, so those stay. Dropping the plugins first and then every shared
library that no remaining file links to keeps the bundle's dependency graph whole by construction.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path, PurePosixPath

from PyInstaller.depend.bindepend import get_imports

DROP = re.compile(
    r"^PySide6/Qt/("
    r"translations/"
    r"|plugins/(egldeviceintegrations|generic|wayland-graphics-integration-client|xcbglintegrations)/"
    r"|plugins/platformthemes/libqgtk3"
    r"|plugins/platforms/libq(eglfs|linuxfb|vnc|vkkhrdisplay|minimalegl)\."
    r"|plugins/(iconengines/libqsvgicon|imageformats/libqsvg|wayland-decoration-client/libadwaita)\."
    r")"
)

Entry = tuple[str, str, str]  # PyInstaller's TOC entry: (name in the bundle, source path or link target, kind)


def _is_dependency(entry: Entry) -> bool:
    """A shared library collected because something links to it (not a plugin, module or the interpreter)."""
    if entry[2] == "SYMLINK":
        return False
    path = PurePosixPath(entry[0])
    in_lib_folder = len(path.parts) == 1 or str(path.parent) == "PySide6/Qt/lib"
    return in_lib_folder and path.name.startswith("lib") and ".so" in path.name and "libpython" not in path.name


def trim(binaries: list[Entry], datas: list[Entry]) -> tuple[list[Entry], list[Entry]]:
    """The binaries and data files without the dropped Qt parts and the libraries nothing needs any more."""
    kept = [e for e in binaries if not DROP.search(e[0])]
    while True:
        needed = {PurePosixPath(lib).name for _, src, kind in kept if kind != "SYMLINK" for lib, _ in get_imports(src)}
        pruned = [e for e in kept if not _is_dependency(e) or PurePosixPath(e[0]).name in needed]
        if len(pruned) == len(kept):
            break
        kept = pruned
    datas = [e for e in datas if not DROP.search(e[0])]
    # PyInstaller links top-level names to libraries in package folders; a link to a dropped file goes too.
    files = {e[0] for e in (*kept, *datas) if e[2] != "SYMLINK"}
    return [e for e in kept if e[2] != "SYMLINK" or e[1] in files], [
        e for e in datas if e[2] != "SYMLINK" or e[1] in files
    ]


def strip_libpython(binaries: list[Entry], scratch: Path) -> list[Entry]:
    """Replace libpython by a copy without its symbol table (about 23 MB to 6 MB); unchanged without strip."""
    tool = shutil.which("strip")
    if tool is None:
        return binaries
    scratch.mkdir(parents=True, exist_ok=True)
    out = []
    for name, src, kind in binaries:
        if kind != "SYMLINK" and PurePosixPath(name).name.startswith("libpython"):
            copy = scratch / PurePosixPath(name).name
            shutil.copy2(src, copy)
            subprocess.run([tool, "--strip-unneeded", str(copy)], check=True)
            src = str(copy)
        out.append((name, src, kind))
    return out
