"""The package cut of docs/architecture.md: parts, checked: who may import what.

The app and runtime must install and run without torch, and only the ui package may touch Qt.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import coder_assist

PACKAGE = Path(coder_assist.__file__).parent
STDLIB = set(sys.stdlib_module_names) | {"__future__"}

# package -> (third-party modules it may import, coder_assist packages it may import)
ALLOWED: dict[str, tuple[set[str], set[str]]] = {
    # numpy: vectorised scoring keeps search within its 5 ms budget (the first design listed stdlib + rapidfuzz).
    "catalogue": ({"rapidfuzz", "numpy", "platformdirs"}, {"catalogue", "errors", "paths"}),
    "cases": (set(), {"cases", "catalogue", "errors", "paths"}),
    "synth": ({"numpy"}, {"synth", "cases", "catalogue", "errors", "paths"}),
    "runtime": (
        {"numpy", "onnxruntime", "tokenizers"},
        {"runtime", "cases", "catalogue", "mentions", "errors", "paths"},
    ),
    "mentions": (set(), {"mentions", "catalogue", "errors", "paths"}),
    "evaluation": ({"numpy", "matplotlib"}, {"evaluation", "errors", "paths"}),
    "store": ({"platformdirs"}, {"store", "cases", "errors", "paths"}),
}
EVERYWHERE = {"__init__", "errors", "paths"}


def imports_of(path: Path) -> set[str]:
    """Every module name imported anywhere in the file, lazily inside functions too."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return names


def test_only_ui_imports_qt_and_the_app_side_never_imports_torch() -> None:
    problems = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        package = relative.parts[0] if len(relative.parts) > 1 else relative.stem
        for name in imports_of(path):
            top = name.split(".")[0]
            if top == "PySide6" and package != "ui":
                problems.append(f"{relative}: imports {name} outside coder_assist/ui")
            if top in {"torch", "transformers"} and package in {
                "runtime",
                "catalogue",
                "cases",
                "store",
                "ui",
            }:
                problems.append(f"{relative}: imports {name}, but {package} must run without the train extra")
    assert problems == []


def test_each_package_imports_only_what_the_design_allows() -> None:
    problems = []
    for package, (third_party, internal) in ALLOWED.items():
        for path in sorted((PACKAGE / package).rglob("*.py")):
            for name in imports_of(path):
                parts = name.split(".")
                if parts[0] == "coder_assist":
                    sub = parts[1] if len(parts) > 1 else "__init__"
                    if sub not in internal | EVERYWHERE:
                        problems.append(f"{path.relative_to(PACKAGE)}: imports {name}")
                elif parts[0] not in STDLIB and parts[0] not in third_party:
                    problems.append(f"{path.relative_to(PACKAGE)}: imports {name}")
    assert problems == []


def test_search_runs_with_qt_and_torch_unavailable() -> None:
    blocker = (
        "import sys, importlib.abc\n"
        "class Block(importlib.abc.MetaPathFinder):\n"
        "    def find_spec(self, name, path, target=None):\n"
        "        if name.split('.')[0] in {'PySide6', 'torch', 'transformers'}:\n"
        "            raise ImportError(f'{name} is blocked in this test')\n"
        "sys.meta_path.insert(0, Block())\n"
        "from coder_assist.cli import main\n"
        "sys.exit(main(['catalogue', 'search', 'DJ44']))\n"
    )
    result = subprocess.run([sys.executable, "-c", blocker], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("DJ44 ")
